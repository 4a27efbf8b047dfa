// Free policy questions: a curated answer when one matches, else the clause that may answer it, else an honest
// "I don't know". Pure: no fs, no clock, no SDK, so the dialog can call ask() mid-interview.
import MiniSearch from 'minisearch';
import { t } from '../i18n';
import type { Locale } from '../rules/locale';
import type { Citation } from '../rules/result';
import { REGION_CONFIG } from '../rules/policies';
import { placesIn, regionForPlace, regionsNamedIn } from '../rules/places';
import type { Region } from '../rules/vocabulary';
import { SUZHOU_ANNEX, specialtyForOccupation, occupationsForSpecialty } from '../rules/data/suzhouAnnex';
import { CLAUSES, citationFor, type Clause } from './clauses';
import { CURATED, entriesFor, variantFor, type CuratedEntry } from './curated';
import { DIRECTION, terms as termsOf, tokenize } from './tokenize';

export interface AskOptions {
  region?: Region;
  locale: Locale;
  /** The hotline to name in the "I don't know" answer. */
  hotline?: { phone?: string };
}

export interface AskResult {
  answer: string;
  citations: Citation[];
  /** 0..1: the weighted share of the question's terms that the match covers. */
  confidence: number;
  matched: 'curated' | 'clause' | 'none';
  /** The curated entry's id, or the clause's id. */
  id?: string;
  /** The region the answer speaks for (the question may name one); undefined: the national baseline, region unknown. */
  region?: Region;
}

/** A curated match must cover at least this share of the question. */
export const CURATED_THRESHOLD = 0.6;
/** …or at least this share when no other entry comes close (a clear winner with an unknown word or two). */
export const CURATED_CLEAR_THRESHOLD = 0.45;
export const CURATED_CLEAR_MARGIN = 0.2;
/** A clause match must cover at least this share of the question (and two distinct terms). */
export const CLAUSE_THRESHOLD = 0.7;

// ---------------------------------------------------------------------------------------------------------------
// Normalisation shared by indexing and search: trade names are looked up, not searched (苏州的焊工/车工 对应什么专业
// are one question); provinces without a text of their own become one word.

const EN_OCCUPATIONS: Record<string, string> = {
  welder: '焊工', welding: '焊工', electrician: '电工', turner: '车工', lathe: '车工', fitter: '钳工', grinder: '磨工', miller: '铣工',
  'mould maker': '模具工', 'mold maker': '模具工', 'car mechanic': '汽车维修工', 'auto mechanic': '汽车维修工', bricklayer: '砌筑工',
  carpenter: '手工木工', scaffolder: '架子工', 'rebar worker': '钢筋工', 'elevator mechanic': '电梯安装维修工', 'lift mechanic': '电梯安装维修工',
};
const OCCUPATIONS = [...new Set(SUZHOU_ANNEX.flatMap((r) => r.occupations))].sort((a, b) => b.length - a.length);
/** The region a question names, if it names exactly one; 'national' for a place without a text of its own. */
export function regionInText(text: string): Region | undefined {
  const hits = placesIn(text);
  const named = regionsNamedIn(text);
  if (named.length === 1) return named[0];
  if (named.length === 0 && hits.some((h) => h.fallback)) return 'national';
  return undefined;
}

function occupationIn(text: string): string | undefined {
  const zh = OCCUPATIONS.find((o) => text.includes(o));
  if (zh) return zh;
  const lower = text.toLowerCase();
  const en = Object.keys(EN_OCCUPATIONS).sort((a, b) => b.length - a.length).find((k) => lower.includes(k));
  return en ? EN_OCCUPATIONS[en] : undefined;
}

function specialtyIn(text: string): string | undefined {
  const m = /建设|机械|化工工程|化工|construction|machinery|chemical/i.exec(text);
  if (!m) return undefined;
  const w = m[0].toLowerCase();
  return ({ construction: '建设', machinery: '机械', chemical: '化工工程', 化工: '化工工程' } as Record<string, string>)[w] ?? m[0];
}

/** Everyday words mapped to the texts' words, on both sides of the index. */
const SYNONYMS: [RegExp, string][] = [
  [/英语|英文/g, '外语'], [/电脑/g, '计算机'], [/文凭|学位/g, '学历'], [/技校|技工学校/g, '技工院校'], [/助工/g, '助理工程师'],
  [/(?<!提)高工(?!资|作)/g, '高级工程师'], [/世赛/g, '世界技能大赛'], [/高级技工/g, '高级工'], [/补助/g, '补贴'], [/好处/g, '待遇'],
  [/弄虚作假|造假|作假|伪造|假材料/g, '弄虚作假'], [/专业技术人员/g, '专业技术人才'], [/满(?=[0-9一二两三四五六七八九十几半])/g, '，'], [/\bdegree\b/gi, 'diploma'], [/\bfake|forged?|falsif\w*/gi, 'forged'],
];

/** The text as both indexes see it. */
export function normalizeQuestion(text: string): string {
  let s = text.normalize('NFKC');
  for (const [re, to] of SYNONYMS) s = s.replace(re, to);
  for (const o of OCCUPATIONS) s = s.split(o).join('，');
  for (const k of Object.keys(EN_OCCUPATIONS)) s = s.replace(new RegExp(`\\b${k}s?\\b`, 'gi'), ',');
  return markElsewhere(s);
}

/** Places with no text of their own become one word (外省), so that 北京的 and 广东的 questions read alike. */
function markElsewhere(s: string): string {
  const hits = placesIn(s).filter((h) => h.fallback);
  for (let i = hits.length - 1; i >= 0; i--) s = s.slice(0, hits[i].start) + '，外省，' + s.slice(hits[i].end);
  return s;
}

// ---------------------------------------------------------------------------------------------------------------
// Indexes, built once on first use.

interface Doc { id: string; key: string; text: string }

interface Index {
  search: MiniSearch<Doc>;
  terms: Map<string, Set<string>>;
  idf: (term: string) => number;
  known: (term: string) => boolean;
  /** The union of the terms of the documents that share a key (a curated entry's phrasings). */
  keyTerms: Map<string, Set<string>>;
}

const UNKNOWN_WORD = 1;
const STRAY_BIGRAM = 0.3;

function buildIndex(docs: Doc[]): Index {
  const search = new MiniSearch<Doc>({
    fields: ['text'], storeFields: ['key'], tokenize, processTerm: (term) => term,
    searchOptions: { tokenize, processTerm: (term) => term, combineWith: 'OR', prefix: false, fuzzy: false },
  });
  search.addAll(docs);
  const terms = new Map(docs.map((d) => [d.id, new Set(tokenize(d.text))]));
  const df = new Map<string, number>();
  for (const set of terms.values()) for (const term of set) df.set(term, (df.get(term) ?? 0) + 1);
  const n = docs.length;
  // Squared: a rare word (论文) should outweigh the common ones around it (评, 工程师) by more than plain idf does.
  const idf = (term: string) => Math.log(1 + n / ((df.get(term) ?? 0) + 0.5)) ** 2;
  const keyTerms = new Map<string, Set<string>>();
  for (const d of docs) {
    const set = keyTerms.get(d.key) ?? new Set<string>();
    for (const term of terms.get(d.id) ?? []) set.add(term);
    keyTerms.set(d.key, set);
  }
  return { search, terms, idf, known: (term) => df.has(term), keyTerms };
}

let curatedIndex: Index | undefined;
let clauseIndex: Index | undefined;

function curated(): Index {
  curatedIndex ??= buildIndex(CURATED.flatMap((e) => [...e.zh, ...e.en].map((p, i) => ({ id: `${e.id}#${i}`, key: e.id, text: normalizeQuestion(p) }))));
  return curatedIndex;
}

function clauses(): Index {
  clauseIndex ??= buildIndex(CLAUSES.map((c) => ({ id: c.id, key: c.policy, text: normalizeQuestion(c.text) })));
  return clauseIndex;
}

interface Scored { docId: string; key: string; confidence: number; matchedTerms: number }

/**
 * Confidence: the idf-weighted share of the question's terms that a match covers. For curated entries
 * ('entry'), the union of the entry's phrasings counts most, and its best phrasing breaks ties (the one that
 * covers the question and is covered by it: 技师 versus 高级技师). For clauses ('doc'), coverage alone.
 */
function score(index: Index, question: string, allow: (key: string) => boolean, mode: 'entry' | 'doc'): Scored[] {
  const qTerms = new Map<string, boolean>();
  for (const x of termsOf(question)) qTerms.set(x.term, (qTerms.get(x.term) ?? false) || x.word);
  const q = [...qTerms.keys()];
  if (!q.length) return [];
  // A bigram across words that no document has is noise of the question's wording (写论, 称到), not a topic the
  // index lacks; an unknown word is a topic the index lacks (提取, 天气), weighed like a rare word.
  // A known bigram across two words says less than the words themselves.
  const weight = (term: string) => {
    const isWord = qTerms.get(term);
    if (!index.known(term)) return isWord ? UNKNOWN_WORD * index.idf(term) : 0;
    return (isWord ? 1 : STRAY_BIGRAM) * index.idf(term);
  };
  const qWeight = q.reduce((sum, term) => sum + weight(term), 0);
  if (!qWeight) return [];
  // `shared`: the topic terms matched (评 and 考 tell the direction, they are no topic of their own).
  const covered = (set: Set<string>) => {
    const shared = q.filter((term) => set.has(term) && !DIRECTION.has(term));
    const all = q.filter((term) => set.has(term));
    return { shared, weight: all.reduce((sum, term) => sum + weight(term), 0) };
  };
  const hits = index.search.search(question, { filter: (r) => allow(r.key as string) });
  const best = new Map<string, Scored>();
  for (const h of hits) {
    const docId = String(h.id);
    const key = h.key as string;
    const docTerms = index.terms.get(docId) ?? new Set<string>();
    const doc = covered(docTerms);
    let confidence = doc.weight / qWeight;
    let matchedTerms = doc.shared.length;
    if (mode === 'entry') {
      const union = covered(index.keyTerms.get(key) ?? docTerms);
      const docTotal = [...docTerms].reduce((sum, term) => sum + index.idf(term), 0) || 1;
      confidence = 0.6 * (union.weight / qWeight) + 0.2 * confidence + 0.2 * (doc.weight / docTotal);
      matchedTerms = union.shared.length;
    }
    const id = mode === 'entry' ? key : docId;
    const prev = best.get(id);
    if (!prev || confidence > prev.confidence) best.set(id, { docId, key, confidence, matchedTerms });
  }
  return [...best.values()].sort((a, b) => b.confidence - a.confidence);
}

// ---------------------------------------------------------------------------------------------------------------
// Answers.

const round = (x: number) => Math.round(x * 100) / 100;

function prefix(locale: Locale, region: Region | undefined): string {
  return t(locale, `qa:prefix.${region ?? 'unknown'}`);
}

/** Jiangxi applies 96号 as is: an answer resting on 96号 cites Jiangxi's adoption too (ruling 9). */
function withAdoption(citations: Citation[], region: Region | undefined): Citation[] {
  const adoption = region ? REGION_CONFIG[region].adoption : undefined;
  if (!adoption || citations.some((c) => c.policy === adoption.policy) || !citations.some((c) => c.policy === 'national-2020-96')) return citations;
  return [citationFor({ id: `${adoption.policy}:${adoption.clause}`, excerpt: adoption.quote }), ...citations];
}

function annexText(entryKey: string, question: string, locale: Locale): string {
  const occupation = occupationIn(question);
  const specialty = occupation ? specialtyForOccupation(occupation) : undefined;
  if (occupation && specialty) return t(locale, `qa:a.${entryKey}.occupation`, { occupation, specialty });
  const named = specialtyIn(question);
  if (entryKey === 'annex.suzhou' && named && occupationsForSpecialty(named).length) {
    return t(locale, 'qa:a.annex.suzhou.specialty', { specialty: named, occupations: occupationsForSpecialty(named).join('、') });
  }
  return t(locale, `qa:a.${entryKey}.general`);
}

function curatedAnswer(entry: CuratedEntry, region: Region | undefined, question: string, locale: Locale, confidence: number): AskResult | undefined {
  const picked = variantFor(entry, region);
  if (!picked) return undefined;
  const { variant } = picked;
  const body = entry.id === 'suzhou_annex' ? annexText(variant.key, question, locale) : t(locale, `qa:a.${variant.key}`);
  const citations = withAdoption(variant.cite.map(citationFor), picked.region);
  return {
    answer: entry.plain ? body : prefix(locale, picked.region) + body,
    citations, confidence: round(confidence), matched: 'curated', id: entry.id, region: picked.region,
  };
}

const QUOTE_MAX = 120;

function clauseAnswer(clause: Clause, region: Region | undefined, locale: Locale, confidence: number): AskResult {
  const quote = clause.text.length > QUOTE_MAX ? clause.text.slice(0, QUOTE_MAX) + '…' : clause.text;
  return {
    answer: t(locale, 'qa:clause.leadIn', { doc: clause.docNo, clause: clause.clause, quote }),
    citations: withAdoption([citationFor(clause.id)], region),
    confidence: round(confidence), matched: 'clause', id: clause.id, region,
  };
}

function noAnswer(locale: Locale, opts: AskOptions, confidence: number): AskResult {
  const phone = opts.hotline?.phone;
  return {
    answer: phone ? t(locale, 'qa:none.withPhone', { phone }) : t(locale, 'qa:none.text'),
    citations: [], confidence: round(confidence), matched: 'none',
  };
}

/** The curated entries nearest to a question, best first (for tests and for tuning the phrasings). */
export function rankCurated(question: string, region?: Region, n = 3): { id: string; confidence: number }[] {
  return rank(normalizeQuestion(question), region).slice(0, n).map((s) => ({ id: s.key, confidence: round(s.confidence) }));
}

const TITLE_WORDS = /职称|工程师|副高|正高|助理级|技术员|专业技术人才/;
const SKILL_WORDS = /高级工(?!程)|技师|技能等级|技能证|中级工|初级工|技能评价|职业资格/;

/** Which way a question goes, from the order of its words: 技师能评工程师吗 (skill first) / 工程师能考技师吗 (title first). */
export function directionOf(text: string): 'skill_to_title' | 'title_to_skill' | undefined {
  const title = TITLE_WORDS.exec(text)?.index;
  const skill = SKILL_WORDS.exec(text)?.index;
  if (title === undefined || skill === undefined) return undefined;
  return skill < title ? 'skill_to_title' : 'title_to_skill';
}

const DIRECTION_BIAS = 0.05;

function rank(text: string, region: Region | undefined): Scored[] {
  const entries = entriesFor(region);
  const allowed = new Set(entries.map((e) => e.id));
  const direction = directionOf(text);
  const scored = score(curated(), text, (key) => allowed.has(key), 'entry');
  if (!direction) return scored;
  const dir = new Map(entries.map((e) => [e.id, e.direction]));
  return scored.map((s) => {
    const d = dir.get(s.key);
    const bias = !d ? 0 : d === direction ? DIRECTION_BIAS : -DIRECTION_BIAS;
    return { ...s, confidence: Math.min(1, Math.max(0, s.confidence + bias)) };
  }).sort((a, b) => b.confidence - a.confidence);
}

/** Answer a free policy question for the person's region; never makes an answer up. */
export function ask(question: string, opts: AskOptions): AskResult {
  const region = regionInText(question) ?? opts.region;
  const text = normalizeQuestion(question);

  const [best, second] = rank(text, region);
  const margin = best ? best.confidence - (second?.confidence ?? 0) : 0;
  if (best && best.matchedTerms > 0 && (best.confidence >= CURATED_THRESHOLD || (best.confidence >= CURATED_CLEAR_THRESHOLD && margin >= CURATED_CLEAR_MARGIN))) {
    const entry = CURATED.find((e) => e.id === best.key);
    const answer = entry && curatedAnswer(entry, region, question, opts.locale, best.confidence);
    if (answer) return answer;
  }

  const own = region ? new Set<string>(REGION_CONFIG[region].policies) : undefined;
  const pick = (allow: (policy: string) => boolean) => score(clauses(), text, allow, 'doc')[0];
  let hit = pick((policy) => !own || own.has(policy));
  if (own && !own.has('national-2020-96') && (!hit || hit.confidence < CLAUSE_THRESHOLD)) {
    const national = pick((policy) => policy === 'national-2020-96');
    if (national && (!hit || national.confidence > hit.confidence)) hit = national;
  }
  if (hit && hit.confidence >= CLAUSE_THRESHOLD && hit.matchedTerms >= 2) {
    const clause = CLAUSES.find((c) => c.id === hit.docId);
    if (clause) return clauseAnswer(clause, region, opts.locale, hit.confidence);
  }
  return noAnswer(opts.locale, opts, Math.max(best?.confidence ?? 0, hit?.confidence ?? 0));
}

// ---------------------------------------------------------------------------------------------------------------
// Question or answer? The dialog asks its own questions; a free question must not be taken for an answer.

const ANSWER_LIKE = new RegExp(
  '^(有|没有|没|无|是|是的|对|对的|不是|不|不对|好|好的|嗯|行|可以|不知道|不清楚|yes|no|ok|okay|none|sure|nope|yep|' +
  '初级工|中级工|高级工|技师|高级技师|[一二三四五]级|技术员|助理工程师|助工|工程师|高级工程师|高工|正高级工程师|正高|副高|中级|初级|助理级|' +
  '[0-9０-９零〇一二两三四五六七八九十百半来多几个年月日号前去今明后天左右大概约\\-./ ]+)$', 'i');

const QUESTION_START = /^(请问|问一下|问下|想问|什么|怎么|怎样|哪些|哪个|哪里|如何|能不能|可不可以|可以不可以|是否|为什么|为啥|有没有|要不要|需不需要|需要什么|多少|几年|啥|咋)/;
const QUESTION_ANYWHERE = /(什么|怎么|怎样|哪些|哪个|哪里|多少|如何|为什么|能不能|可不可以|是不是|有没有|要不要|需不需要|会不会|算不算|行不行|对不对|[吗么呢嘛][?？!！。,，\s]|[?？])/;
const QUESTION_END = /[吗么呢嘛][~～!！。.…]*$|[?？]\s*$/;
const EN_QUESTION = /^(can|could|what|how|do|does|did|is|are|am|which|why|when|where|who|should|will|would|may|must|i\s+(want|would like)\s+to\s+know)\b/i;

/** A bare place name is an answer to "where do you work?" (成都, 昆山), not a question. */
function isPlaceAnswer(s: string): boolean {
  const r = regionForPlace(s);
  return r !== undefined && !r.fallback && r.place.kind !== 'alias';
}

/** A cheap test: a free policy question ("评职称要论文吗"), not an answer to the dialog's own question ("高级工", "2021年6月", "没有"). */
export function isPolicyQuestion(text: string): boolean {
  const s = text.normalize('NFKC').trim();
  if (!s) return false;
  const bare = s.replace(/[?？!！。.,，~～\s]+$/u, '');
  if (ANSWER_LIKE.test(bare) || isPlaceAnswer(bare)) return false;
  if (/^什么(都|也)(没|不)|^没(有)?(什么|啥)/.test(s)) return false;
  return QUESTION_END.test(s) || QUESTION_START.test(s) || QUESTION_ANYWHERE.test(s) || EN_QUESTION.test(s);
}
