// Places → the rule set that answers for them: one list for the dialog, the Q&A and the poster, generated from
// policies/<region>/places.yaml (src/rules/generated/places.json). A place elsewhere gets the national baseline.
import PLACE_DATA from './generated/places.json';
import { REGIONS, type Region } from './vocabulary';

/** One name a person may type for a place; `R` is `Region` here, a plain string in the build that writes them. */
export interface PlaceName<R extends string = Region> {
  name: string;
  region: R;
  lang: 'zh' | 'en';
  /** The region itself, a city (地级), a county-level division, another name, or a place with no text of its own. */
  kind: 'region' | 'city' | 'county' | 'alias' | 'elsewhere';
  /** strong: read anywhere in a message; weak: only when the bot asked for a place; bare: only as the whole answer;
   * framed: a short form that is also a common word (朝阳, 三台), read only where the message names a place. */
  strength: 'strong' | 'weak' | 'bare' | 'framed';
  /** The official name a short form stands for (成都 → 成都市). */
  of?: string;
  /** For a place elsewhere: the regions lying within it (江苏 → suzhou). */
  contains?: R[];
}

export const PLACE_NAMES: readonly PlaceName[] = (PLACE_DATA as PlaceName[]).map((p) => {
  if (!(REGIONS as readonly string[]).includes(p.region)) throw new Error(`places.json: ${p.name}: unknown region ${p.region}`);
  return p;
});

/** The regions with a text of their own (a place of kind 'region'), in policy.yaml order: the region question's choices. */
export const REGIONS_WITH_TEXT: readonly Region[] = REGIONS.filter((r) => PLACE_NAMES.some((p) => p.region === r && p.kind === 'region'));

export interface PlaceHit {
  start: number;
  end: number;
  /** The name as listed (lower case for English names). */
  name: string;
  region: Region;
  /** The place has no text of its own: the national baseline answers, and says so. */
  fallback: boolean;
  kind: PlaceName['kind'];
  /** The regions lying within the place (江苏 → suzhou). */
  contains?: Region[];
}

// In a message, 成都市 is read as 成都 followed by 市 (the place as the person shortened it is what the answer names).
// (a framed short form does not stand for its official name: 朝阳市 is read whole, 朝阳 only in a place's frame)
const SHORTENED = new Set(PLACE_NAMES.flatMap((p) => (p.of && p.strength !== 'framed' ? [p.of] : [])));
const ZH = PLACE_NAMES.filter((p) => p.lang === 'zh' && p.strength !== 'bare' && !SHORTENED.has(p.name))
  .sort((a, b) => b.name.length - a.name.length);
// The Chinese names by their first character, as indices into ZH: a text is searched only for the names that can
// start in it (a few of several hundred), in ZH's order, so what is found and its order are unchanged.
const ZH_BY_FIRST = new Map<string, number[]>();
ZH.forEach((p, i) => {
  const list = ZH_BY_FIRST.get(p.name[0]);
  if (list) list.push(i); else ZH_BY_FIRST.set(p.name[0], [i]);
});
const EN = new Map(PLACE_NAMES.filter((p) => p.lang === 'en').map((p) => [p.name, p]));
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\']/g, (m) => (m === "'" ? "['’]?" : '\\' + m));
const EN_RE = new RegExp(`\\b(?:${[...EN.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})\\b`, 'gi');
const BY_NAME = new Map<string, PlaceName>();
for (const p of PLACE_NAMES) if (!BY_NAME.has(p.name)) BY_NAME.set(p.name, p);

/** Before a framed name: the message's start, a mark or a space, or the words that lead to a place. */
const FRAME_BEFORE = /(?:^|[\s,.;:!?()、，。；：！？（）]|在|是|到|去|回|住|来自|老家|家在|地址|我们|咱们|俺们|坐标|位于|调到|派到|\u2581)$/;
/** After a framed name: the message's end, a mark or a space, or a word that says it is a place (的, 这边, 人, 上班, 市). */
const FRAME_AFTER = /^(?:$|[\s,.;:!?()、，。；：！？（）]|的(?!产业|行业|太阳|阳光)|这边|那边|这里|那里|这块|那块|本地|当地|人|地区|一带|上班|工作|干活|打工|做|干|市(?!报|场|民)|县|\u2581)/;

const hit = (p: PlaceName, start: number, end: number): PlaceHit => ({
  start, end, name: p.name, region: p.region, fallback: p.kind === 'elsewhere', kind: p.kind,
  ...(p.contains ? { contains: p.contains } : {}),
});

/**
 * Every place a text names, leftmost-longest and not overlapping, in text order. `asked`: the bot asked where the
 * person works, so weak names (园区, 荣县) count too. Bare names (渝, 长寿) are never found inside a text: see bareName.
 */
export function placesIn(text: string, opts: { asked?: boolean } = {}): PlaceHit[] {
  const found: PlaceHit[] = [];
  const candidates: number[] = [];
  const seen = new Set<string>();
  for (let j = 0; j < text.length; j++) {
    const c = text[j];
    if (seen.has(c)) continue;
    seen.add(c);
    const list = ZH_BY_FIRST.get(c);
    if (list) for (const i of list) candidates.push(i);
  }
  candidates.sort((a, b) => a - b);
  const framed: PlaceHit[] = [];
  for (const k of candidates) {
    const p = ZH[k];
    if (p.strength === 'weak' && !opts.asked) continue;
    for (let i = text.indexOf(p.name), guard = 0; i >= 0 && guard < 50; i = text.indexOf(p.name, i + p.name.length), guard++) {
      (p.strength === 'framed' ? framed : found).push(hit(p, i, i + p.name.length));
    }
  }
  // 朝阳的, 在三台上班, 辽宁朝阳, 朝阳 技师: a short form that is also a word counts where a place is named (not in
  // 朝阳产业, 有三台机床, 不会理我, 长江南岸)
  for (const h of framed) {
    const before = text.slice(Math.max(0, h.start - 6), h.start);
    const after = text.slice(h.end, h.end + 4);
    const sameRegionBefore = found.some((f) => f.region === h.region && f.end <= h.start && /^[\s省市]*$/.test(text.slice(f.end, h.start)));
    if ((FRAME_BEFORE.test(before) || sameRegionBefore) && FRAME_AFTER.test(after)) found.push(h);
  }
  EN_RE.lastIndex = 0;
  for (let m = EN_RE.exec(text); m; m = EN_RE.exec(text)) {
    const key = m[0].toLowerCase().replace(/’/g, "'");
    const p = EN.get(key) ?? EN.get(key.replace(/'/g, ''));
    if (p && (p.strength !== 'weak' || opts.asked)) found.push(hit(p, m.index, m.index + m[0].length));
  }
  found.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
  const out: PlaceHit[] = [];
  let lastEnd = -1;
  for (const h of found) {
    if (h.start >= lastEnd) {
      out.push(h);
      lastEnd = h.end;
    }
  }
  return out;
}

/** A name counted only as the whole answer to "where do you work?" (渝, 长寿), with its region. */
export function bareName(answer: string): PlaceName | undefined {
  const p = BY_NAME.get(answer);
  return p && p.strength === 'bare' ? p : undefined;
}

/**
 * The region of one place as typed (`成都`, `成都市`, `昆山`, `无锡`, `Chengdu`), a trailing 省/市/区/县 allowed:
 * `fallback` when the place has no text of its own. Undefined for a name the lists do not hold.
 */
export function regionForPlace(name: string): { region: Region; fallback: boolean; place: PlaceName } | undefined {
  const s = name.trim();
  const p = BY_NAME.get(s) ?? BY_NAME.get(s.toLowerCase()) ?? BY_NAME.get(s.replace(/[省市区县]$/, ''));
  return p ? { region: p.region, fallback: p.kind === 'elsewhere', place: p } : undefined;
}

/** The regions with a text of their own that a text names (each once, in order of first mention). */
export function regionsNamedIn(text: string): Region[] {
  const out: Region[] = [];
  for (const h of placesIn(text)) if (!h.fallback && !out.includes(h.region)) out.push(h.region);
  return out;
}
