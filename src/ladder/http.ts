// GET /api/ladder.svg?region=R[&locale=en] and GET /api/ladder.png?…: a mount-anywhere handler that takes the
// query and returns status, content type and body (no server types here).
import type { Locale } from '../dialogs/replyModel';
import { REGIONS, type Region } from '../rules/vocabulary';
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
