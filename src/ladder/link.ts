// The person's ladder picture as a link: the answer's highlights written into a short query, so a chat can send
// `<public URL>/api/ladder.png?…` instead of the picture's bytes, and any instance can draw it again from the link.
//   region=chongqing&locale=zh-CN&skill=technician&title=&p=s2t.standard.intermediate:e:2024-06,s2t.standard.assistant:e
// `p` lists the answer's paths by rule row (without the region's rule-set prefix), status (e eligible, n not yet,
// c conditional, u unmet) and the month the path opens (opened), when the answer gives one. Direction, target and route come from the rule row.
import type { Locale } from '../dialogs/replyModel';
import { REGION_CONFIG } from '../rules/policies';
import type { EligibilityResult, Path } from '../rules/result';
import { rulesFor } from '../rules/ruleBook';
import { REGIONS, SKILL_LEVELS, STATUSES, TITLE_LEVELS, type Region, type SkillLevel, type Status, type TitleLevel } from '../rules/vocabulary';
import { regionByName } from './regionName';

const STATUS_CODE: Record<Status, string> = { eligible: 'e', not_yet: 'n', conditional: 'c', unmet: 'u' };
const CODE_STATUS = new Map(Object.entries(STATUS_CODE).map(([s, c]) => [c, s as Status]));
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MAX_PATHS = 60;

/** What the picture needs of an answer. */
export type LadderHighlights = Pick<EligibilityResult, 'region' | 'held'> & {
  paths: (Pick<Path, 'direction' | 'target' | 'route' | 'status' | 'eligibleFrom'> & { ruleId?: string })[];
};

export interface LadderRequest { region: Region; locale: Locale; result?: LadderHighlights }

/** A query parameter the request got wrong. */
export interface LadderQueryError { field: string; message: string }

const prefixOf = (region: Region) => `${REGION_CONFIG[region].ruleSet}.`;

/** The query (without `?`) that draws this answer's picture. */
export function ladderQuery(result: LadderHighlights, locale: Locale): string {
  const prefix = prefixOf(result.region);
  // A path without its rule row (a hand-made POST) cannot be linked; the chats' answers always name theirs.
  const p = result.paths.flatMap((x) => {
    if (!x.ruleId) return [];
    const id = x.ruleId.startsWith(prefix) ? x.ruleId.slice(prefix.length) : x.ruleId;
    return [`${id}:${STATUS_CODE[x.status]}${x.eligibleFrom ? `:${x.eligibleFrom}` : ''}`];
  }).join(',');
  const q = new URLSearchParams({ region: result.region, locale, skill: result.held.skill ?? '', title: result.held.title ?? '', p });
  return q.toString();
}

/** The ladder picture a query asks for: the region's (no `p`, `skill` or `title`) or a person's; else the bad field. */
export function readLadderQuery(params: URLSearchParams): LadderRequest | LadderQueryError {
  const given = params.get('region') ?? 'national';
  const r = regionByName(given);
  if (!r) return { field: 'region', message: `unknown region "${given.trim().slice(0, 40)}"; known: ${REGIONS.join(', ')} (or their names, e.g. 四川)` };
  const locale: Locale = params.get('locale') === 'en' ? 'en' : 'zh-CN';
  const skill = params.get('skill') ?? '';
  const title = params.get('title') ?? '';
  const p = params.get('p');
  if (p === null && !skill && !title) return { region: r, locale };
  if (skill && !(SKILL_LEVELS as readonly string[]).includes(skill)) return { field: 'skill', message: `unknown skill level "${skill.slice(0, 40)}"` };
  if (title && !(TITLE_LEVELS as readonly string[]).includes(title)) return { field: 'title', message: `unknown title level "${title.slice(0, 40)}"` };
  const items = p ? p.split(',') : [];
  if (items.length > MAX_PATHS) return { field: 'p', message: `at most ${MAX_PATHS} paths` };
  const prefix = prefixOf(r);
  const rows = rulesFor(r).paths;
  const paths: LadderHighlights['paths'] = [];
  for (const item of items) {
    const [id, code, from, ...rest] = item.split(':');
    // The rule row with or without the region's prefix (the web page writes the answer's own ruleIds).
    const row = rows.find((x) => x.id === prefix + id) ?? (id?.startsWith(prefix) ? rows.find((x) => x.id === id) : undefined);
    const status = CODE_STATUS.get(code ?? '');
    if (!row || !status || rest.length || (from !== undefined && !MONTH.test(from))) {
      return { field: 'p', message: `"${item.slice(0, 80)}" is not rule:status[:YYYY-MM] of a ${r} rule` };
    }
    paths.push({ ruleId: row.id, direction: row.direction, target: row.target, route: row.route, status, ...(from ? { eligibleFrom: from } : {}) });
  }
  return {
    region: r, locale,
    result: { region: r, held: { skill: (skill || null) as SkillLevel | null, title: (title || null) as TitleLevel | null }, paths },
  };
}

export const isLadderQueryError = (x: LadderRequest | LadderQueryError): x is LadderQueryError => 'field' in x;

/** STATUSES in the order the codes were written (for tests). */
export const STATUS_CODES: readonly [Status, string][] = STATUSES.map((s) => [s, STATUS_CODE[s]]);
