// The ladder picture: SVG (pure), PNG (resvg + a CJK font file), the region's arrows, and an HTTP handler.
export { ladderSvg, ladderPicture, LADDER_WIDTH, LADDER_HEIGHT, type LadderOptions, type LadderProfile } from './ladderSvg';
export { ladderPng, renderSvg, findCjkFont, FontNotFoundError, KNOWN_CJK_FONTS, type FontOptions, type RenderOptions } from './ladderPng';
export { regionLadder, type LadderArrow, type RegionLadder, type Rung, type YearsKind } from './regionLadder';
export { ladderSvgHandler, ladderPngHandler, type HttpReply } from './http';
export { ladderQuery, readLadderQuery, isLadderQueryError, type LadderHighlights, type LadderRequest, type LadderQueryError } from './link';
