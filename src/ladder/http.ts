// GET /api/ladder.svg?region=R[&locale=en][&skill=…&title=…&p=…] and GET /api/ladder.png?…: mount-anywhere handlers
// that take the query and return status, content type and body (no server types here).
import { z } from 'zod';
import { DIRECTIONS, REGIONS, ROUTES, SKILL_LEVELS, STATUSES, TITLE_LEVELS } from '../rules/vocabulary';
import { ladderSvg } from './ladderSvg';
import { ladderPng } from './ladderPng';
import { isLadderQueryError, ladderQuery, readLadderQuery, type LadderQueryError } from './link';

export interface HttpReply { status: number; type: string; body: string | Buffer; headers?: Record<string, string> }

const CACHE = { 'cache-control': 'public, max-age=86400' };
const TEXT = 'text/plain; charset=utf-8';

/** A bad query: 400 naming the parameter. */
const refused = (e: LadderQueryError): HttpReply => ({ status: 400, type: TEXT, body: `invalid ladder request: ${e.field}: ${e.message}` });

/** The region's ladder picture, or a person's (see link.ts for the query), as SVG; 400 naming a bad parameter. */
export function ladderSvgHandler(params: URLSearchParams): HttpReply {
  const q = readLadderQuery(params);
  if (isLadderQueryError(q)) return refused(q);
  return { status: 200, type: 'image/svg+xml; charset=utf-8', body: ladderSvg(q), headers: CACHE };
}

// Drawing a PNG takes tens of milliseconds: the last pictures are kept by their canonical query.
const PNG_CACHE_SIZE = 64;
const pngCache = new Map<string, Buffer>();

function cachedPng(key: string, draw: () => Buffer): Buffer {
  const hit = pngCache.get(key);
  if (hit) {
    pngCache.delete(key);
    pngCache.set(key, hit);
    return hit;
  }
  const png = draw();
  if (pngCache.size >= PNG_CACHE_SIZE) pngCache.delete(pngCache.keys().next().value as string);
  pngCache.set(key, png);
  return png;
}

/** PNG widths a request may ask for (`width=`, in pixels; the default is the SVG's 720). */
export const PNG_MIN_WIDTH = 200;
export const PNG_MAX_WIDTH = 3000;

/** The `width` parameter: a whole number of pixels in range, or the bad field. */
function pngWidth(params: URLSearchParams): number | LadderQueryError | undefined {
  const w = params.get('width');
  if (w === null || w === '') return undefined;
  if (!/^\d{1,5}$/.test(w) || Number(w) < PNG_MIN_WIDTH || Number(w) > PNG_MAX_WIDTH) {
    return { field: 'width', message: `expected a whole number of pixels from ${PNG_MIN_WIDTH} to ${PNG_MAX_WIDTH}` };
  }
  return Number(w);
}

/** The same as PNG, `width` pixels wide (needs the CJK font; 500 with the font error's message when it is missing). */
export function ladderPngHandler(params: URLSearchParams): HttpReply {
  const q = readLadderQuery(params);
  if (isLadderQueryError(q)) return refused(q);
  const width = pngWidth(params);
  if (typeof width === 'object') return refused(width);
  try {
    const key = `${q.result ? ladderQuery(q.result, q.locale) : `region=${q.region}&locale=${q.locale}`}&width=${width ?? ''}`;
    return { status: 200, type: 'image/png', body: cachedPng(key, () => ladderPng({ ...q, ...(width ? { width } : {}) })), headers: CACHE };
  } catch (e) {
    return { status: 500, type: TEXT, body: (e as Error).message };
  }
}

/** The person's picture: POST { result, locale? } where result is the engine's answer (as the chat gave it). */
export function personalLadderSvgHandler(body: unknown): HttpReply {
  const r = personalSchema.safeParse(body);
  if (!r.success) {
    const fields = [...new Set(r.error.issues.map((i) => i.path.join('.') || '(body)'))].join(', ');
    return { status: 400, type: TEXT, body: `invalid ladder request: ${fields}` };
  }
  const { result, locale } = r.data;
  return { status: 200, type: 'image/svg+xml; charset=utf-8', body: ladderSvg({ region: result.region, locale: locale ?? 'zh-CN', result: { held: { skill: null, title: null }, ...result } }) };
}

const personalSchema = z.object({
  locale: z.enum(['zh-CN', 'en']).optional(),
  result: z.object({
    region: z.enum(REGIONS),
    asOf: z.string().max(10).optional(),
    paths: z.array(z.object({
      ruleId: z.string().max(100).optional(),
      direction: z.enum(DIRECTIONS),
      target: z.union([z.enum(SKILL_LEVELS), z.enum(TITLE_LEVELS)]),
      route: z.enum(ROUTES),
      status: z.enum(STATUSES),
      eligibleFrom: z.string().regex(/^\d{4}-\d{2}$/).optional(),
    })).max(60),
    held: z.object({ skill: z.enum(SKILL_LEVELS).nullable(), title: z.enum(TITLE_LEVELS).nullable() }).optional(),
  }),
});
