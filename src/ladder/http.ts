// GET /api/ladder.svg?region=R[&locale=en] and GET /api/ladder.png?…: a mount-anywhere handler that takes the
// query and returns status, content type and body (no server types here).
import type { Locale } from '../dialogs/replyModel';
import { z } from 'zod';
import { DIRECTIONS, REGIONS, ROUTES, SKILL_LEVELS, STATUSES, TITLE_LEVELS, type Region } from '../rules/vocabulary';
import { ladderSvg } from './ladderSvg';
import { ladderPng } from './ladderPng';

export interface HttpReply { status: number; type: string; body: string | Buffer; headers?: Record<string, string> }

function parse(params: URLSearchParams): { region: Region; locale: Locale } | HttpReply {
  const region = (params.get('region') ?? 'national').trim().toLowerCase();
  if (!(REGIONS as readonly string[]).includes(region)) {
    return { status: 400, type: 'text/plain; charset=utf-8', body: `unknown region "${region}"; known: ${REGIONS.join(', ')}` };
  }
  const locale = params.get('locale') === 'en' ? 'en' : 'zh-CN';
  return { region: region as Region, locale };
}

const CACHE = { 'cache-control': 'public, max-age=3600' };

/** The region's ladder picture as SVG; 400 for an unknown region. */
export function ladderSvgHandler(params: URLSearchParams): HttpReply {
  const p = parse(params);
  if ('status' in p) return p;
  return { status: 200, type: 'image/svg+xml; charset=utf-8', body: ladderSvg(p), headers: CACHE };
}

/** The same as PNG (needs the CJK font; 500 with the font error's message when it is missing). */
export function ladderPngHandler(params: URLSearchParams): HttpReply {
  const p = parse(params);
  if ('status' in p) return p;
  try {
    return { status: 200, type: 'image/png', body: ladderPng(p), headers: CACHE };
  } catch (e) {
    return { status: 500, type: 'text/plain; charset=utf-8', body: (e as Error).message };
  }
}

/** The person's picture: POST { result, locale? } where result is the engine's answer (as the chat gave it). */
export function personalLadderSvgHandler(body: unknown): HttpReply {
  const r = personalSchema.safeParse(body);
  if (!r.success) {
    const fields = [...new Set(r.error.issues.map((i) => i.path.join('.') || '(body)'))].join(', ');
    return { status: 400, type: 'text/plain; charset=utf-8', body: `invalid ladder request: ${fields}` };
  }
  const { result, locale } = r.data;
  return { status: 200, type: 'image/svg+xml; charset=utf-8', body: ladderSvg({ region: result.region, locale: locale ?? 'zh-CN', result: result as never }) };
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
