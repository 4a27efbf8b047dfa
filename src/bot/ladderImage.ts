// The ladder picture the chat channels send after the answer (WeChat: an image message; Teams: a link to
// /api/ladder.png, or an inline attachment when the server's address is unknown). Rendering needs a CJK font: when it fails the answer goes out without the picture, and the log says why.
// Rendering takes about 200 ms of CPU, so the last pictures are kept by the SVG's hash (same answer, same picture).
import { createHash } from 'node:crypto';
import type { TurnOutput } from '../dialogs/replyModel';
import { findCjkFont, ladderQuery, ladderSvg, renderSvg } from '../ladder';
import type { Logger } from '../log';

export const LADDER_FILE_NAME = 'ladder.png';

/** SVG → PNG; replaceable in tests (a renderer that throws stands for a machine without a CJK font). */
export type PngRenderer = (svg: string) => Buffer;

const defaultRenderer: PngRenderer = (svg) => renderSvg(svg).png;

const CACHE_SIZE = 32;
const cache = new Map<string, Buffer>();

function cached(svg: string, render: PngRenderer): Buffer {
  const key = createHash('sha256').update(svg).digest('hex');
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const png = render(svg);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, png);
  return png;
}

/** Whether this turn gives the answer and asks for the picture. */
export function wantsLadder(out: Pick<TurnOutput, 'effects' | 'result'>): boolean {
  return Boolean(out.result) && out.effects.some((e) => e.type === 'show_ladder');
}

/**
 * The PNG for a turn that gives the answer (`show_ladder` effect and a result), highlighting the result's paths;
 * undefined when the turn asks for none or rendering fails (logged, never thrown).
 */
export function ladderImageFor(out: Pick<TurnOutput, 'effects' | 'result' | 'locale'>, logger: Logger, render?: PngRenderer): Buffer | undefined {
  if (!wantsLadder(out)) return undefined;
  const result = out.result!;
  try {
    const svg = ladderSvg({ region: result.region, locale: out.locale, result });
    return render ? render(svg) : cached(svg, defaultRenderer);
  } catch (e) {
    const err = e as Error;
    logger.warn({ err: { name: err?.name, message: err?.message }, region: result.region }, 'ladder picture skipped');
    return undefined;
  }
}

let fontChecked: boolean | undefined;
/** Whether this machine can draw the picture (a CJK font is installed); looked up once. */
function canDraw(logger: Logger): boolean {
  if (fontChecked === undefined) {
    try {
      findCjkFont();
      fontChecked = true;
    } catch (e) {
      fontChecked = false;
      logger.warn({ err: { name: (e as Error).name, message: (e as Error).message } }, 'ladder pictures off: no CJK font');
    }
  }
  return fontChecked;
}

/**
 * A link to the turn's picture on this server (`<base>/api/ladder.png?…`, drawn when the client fetches it), for a
 * turn that gives the answer; undefined when the turn asks for none or the server cannot draw it.
 */
export function ladderLinkFor(out: Pick<TurnOutput, 'effects' | 'result' | 'locale'>, base: string, logger: Logger): string | undefined {
  if (!wantsLadder(out) || !canDraw(logger)) return undefined;
  return `${base}/api/ladder.png?${ladderQuery(out.result!, out.locale)}`;
}

/** The index after which the picture goes: after the reply that carries the result (the answer), else at the end. */
export function ladderPosition(replies: readonly { result?: unknown }[]): number {
  const i = replies.findIndex((r) => r.result !== undefined);
  return i >= 0 ? i + 1 : replies.length;
}
