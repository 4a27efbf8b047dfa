// The detail a question asks of the topic it is answered on (issue 14 item 5: quotes are sentences, the sentence that
// answers). Once an answer's region is chosen, the words beside the question's asking words (啥会议审议, 对应目录叫啥,
// 首先看什么, 给啥证) that the answer does not already say are looked for in that region's text: the sentence carrying
// them is quoted with a topic's answer (only words of the texts, rare there, asked in few topics, and not two characters
// that meet across words). An engine's or the annex's answer only shows the part of its own quote that says the word
// (什么样的工作 → 从事技术技能工作; 教练 → 技术指导专家和教练). A document's number asked (几号文, 文号) quotes the header
// line with it. A term of another text that the region's own text never uses (高精尖缺 in Liaoning) gets the region's
// silence said before the answer, which is then what the text says nearby, not an answer about the term. (A thing no
// text names at all, 什么期刊, is keyAsk.ts's.) Pure: the clause index, the intents' phrasings and the question only.
import { clausesOf } from '../rules/clauses';
import { POLICY_META, REGION_CONFIG } from '../rules/policies';
import { placesIn } from '../rules/places';
import type { Citation } from '../rules/result';
import type { Region } from '../rules/vocabulary';
import { intents } from './intents';

interface Sentence {
  policy: string;
  clause: string;
  text: string;
  heading: boolean;
  grams: ReadonlySet<string>;
}

/** Characters that make a bigram no content word: particles, question words, pronouns, the commonest verbs. */
const FUNCTION_CHARS = /[的了吗呢么嘛吧呀哦啊哈啦咯噻撒嘞哇啥什哪几怎咋我你您他她俺咱这那是不没就都也还很再又个些]/u;

const han = (s: string) => s.replace(/[^\p{Script=Han}]+/gu, ' ');

/** The content bigrams of a text (Han characters only, none with a function character). */
export function contentGrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of han(text).split(' ')) {
    const cs = [...run];
    for (let i = 0; i + 1 < cs.length; i++) {
      const g = cs[i] + cs[i + 1];
      if (!FUNCTION_CHARS.test(g)) out.add(g);
    }
  }
  return out;
}

const ALL_GRAMS = (text: string) => {
  const out = new Set<string>();
  const cs = [...text.replace(/\s+/g, '')];
  for (let i = 0; i + 1 < cs.length; i++) out.add(cs[i] + cs[i + 1]);
  return out;
};

/** Every sentence of a policy (each clause's heading is one too), with its bigrams. */
function sentencesOf(policy: string): Sentence[] {
  return clausesOf(policy).flatMap((c) => [
    ...(c.title ? [{ text: c.title, heading: true }] : []), ...c.sentences.map((text) => ({ text, heading: false })),
  ].map(({ text, heading }) => ({ policy, clause: c.id, text, heading, grams: ALL_GRAMS(text) })));
}

/** A heading short enough to be a section's name (评价原则, 总体要求): no sentence that answers. */
const HEADING_MAX = 12;

const BY_REGION = new Map<string, { sentences: Sentence[]; df: Map<string, number> }>();
function regionText(region: Region) {
  let r = BY_REGION.get(region);
  if (!r) {
    const sentences = (REGION_CONFIG[region]?.policies ?? []).flatMap(sentencesOf);
    const df = new Map<string, number>();
    for (const s of sentences) for (const g of s.grams) df.set(g, (df.get(g) ?? 0) + 1);
    r = { sentences, df };
    BY_REGION.set(region, r);
  }
  return r;
}

/** The question without the places it names (重庆, 遂宁, 沈阳): where is context, never the detail asked. */
function withoutPlaces(q: string): string {
  let out = q;
  for (const h of [...placesIn(q)].reverse()) out = out.slice(0, h.start) + out.slice(h.end);
  return out;
}

/** A document's number asked (几号文, 文号, 发文字号): the line of its header that carries it. */
const DOC_NUMBER_ASKED = /几号文|啥号文|什么号文|哪号文|文号|发文字号|字号是|编号是|多少号文/u;

/** A detail's word stands in at most RARE sentences of the region's text and in the phrasings of at most DETAIL_TOPICS
 * topics (src/qa/intents); a word shown from an answer's own quote, in those of at most SHOWN_TOPICS. */
const RARE = 2;
const DETAIL_TOPICS = 2;
const SHOWN_TOPICS = 8;
/** A word right next to the question word (什么样的工作): asked of, unless every topic is asked in it (啥职称). */
const NEXT_TOPICS = 30;

let asked: Map<string, number> | undefined;
/** In how many topics' Chinese phrasings a bigram stands (the words the topics are asked in). */
function topicsAskedIn(g: string): number {
  if (!asked) {
    const by = new Map<string, Set<string>>();
    for (const it of intents()) for (const z of it.zh) for (const x of ALL_GRAMS(z)) (by.get(x) ?? by.set(x, new Set()).get(x)!).add(it.id);
    asked = new Map([...by].map(([x, ids]) => [x, ids.size]));
  }
  return asked.get(g) ?? 0;
}

/** The two characters right after a question word (什么样的工作 → 工作). */
function nextToAsking(q: string): Set<string> {
  const out = new Set<string>();
  for (const m of q.matchAll(ASKING)) {
    const rest = q.slice((m.index ?? 0) + m[0].length).replace(/^(?:样的|样|的|是)/u, '');
    const cs = [...rest];
    if (cs.length >= 2) out.add(cs[0] + cs[1]);
  }
  return out;
}

export type AskedDetail =
  | { kind: 'quote'; citation: Citation; words: string[] }
  | { kind: 'show'; quote: string; words: string[] }
  | { kind: 'silent'; term: string };

/** Words for the text itself (这个政策, 文件里) and for whom it is for (针对, 适用): the question pointing at the document,
 * never a detail of it. */
const DOC_WORDS = /政策|文件|意见|方案|通知|规定|办法|细则|条文|原文|里面|针对|面向|适用|对象/gu;

/** A word asked in other words than the text's (首先看什么 → 首位): the text's word stands in for it. */
const ASKED_AS: readonly [RegExp, string][] = [
  [/首先|第一位|最看重|最重要|优先看|头一条/u, '首位'],
  [/(?:啥|什么|哪种|哪个|哪些)证(?!书|明)/u, '证书'],
];

/** Where a question asks (啥, 什么, 哪, 几, 吗, 管不管, 能不能…): the words next to it are what it asks about. */
const ASKING = /啥|什么|什麼|哪|几|幾|多少|怎么|咋|如何|吗|嗎|么|呢|嘛|(?:能|管|是|可|有|算|用|行|给|让|准)[不没](?:能|管|是|可以|有|算|用|行|给|让|准)|不(?=[？?。！!\s，,]|$)/gu;
const BEFORE = 6;
const AFTER = 4;

/** The words beside the question's asking words, within its clause (对应目录叫啥 → 对应目录叫; 给啥证 → 以后给, 证): what
 * the question asks about, where a quote must carry it. */
export function askedFocus(q: string): string {
  const out: string[] = [];
  for (const m of q.matchAll(ASKING)) {
    const i = m.index ?? 0;
    const before = q.slice(Math.max(0, i - BEFORE), i).split(/[，,。；;！!？?\s]/u).pop() ?? '';
    const after = q.slice(i + m[0].length, i + m[0].length + AFTER).split(/[，,。；;！!？?\s]/u)[0] ?? '';
    out.push(before + m[0] + after);
  }
  return out.join(' ');
}

/** The question's detail in the region's text: the sentence to quote, the region's silence, or nothing to add.
 * `asking`: the clause that asks (askedClause), when the question has context before it. `computed`: the engine's or
 * the annex's answer, which cites its own row: only that row's words are shown, no other sentence is added. */
export function askedDetail(question: string, region: Region, answer: string, quoted: readonly string[], asking?: string, computed = false): AskedDetail | undefined {
  const { sentences, df } = regionText(region);
  if (!sentences.length) return undefined;
  const q = withoutPlaces(question).replace(DOC_WORDS, ' ');
  const said = ALL_GRAMS(answer);
  const inQuotes = (g: string) => quoted.some((x) => x.includes(g));
  const isQuoted = (s: Sentence) => quoted.some((x) => x.includes(s.text) || s.text.includes(x));
  const cite = (s: Sentence, words: string[]): AskedDetail => ({
    kind: 'quote', words, citation: { policy: s.policy, docNo: POLICY_META[s.policy].docNo, clause: s.clause, quote: s.text },
  });
  // A document's number: the header line with it, for the region's own text (the first of its policies).
  if (DOC_NUMBER_ASKED.test(question)) {
    // (a text with no number, Sichuan's plan, has its title for docNo: nothing to quote for it)
    const policy = REGION_CONFIG[region].policies[0];
    const docNo = POLICY_META[policy].docNo.replace(/\s+/g, '');
    const s = sentences.find((x) => x.policy === policy && x.text.includes(docNo));
    if (s && /号$/u.test(docNo) && !inQuotes(docNo)) return cite(s, [docNo]);
  }
  // A term of another text the region's never uses: the region's text is silent on it.
  const silent = silentTerm(q, df, said);
  if (silent) return { kind: 'silent', term: silent };
  const focus = askedFocus(q);
  const extra = ASKED_AS.filter(([re]) => re.test(focus)).map(([, w]) => w);
  // (a word the answer says is answered)
  // (only words of the question's own detail: rare in the region's text and in the phrasings of few topics; the words every
  // topic is asked in, 申报 / 单位 / 要求, and the pairs that straddle two words, 级一 / 报工, are no detail)
  const grams = computed ? [] : [...[...contentGrams(focus)].filter((g) => (df.get(g) ?? 0) <= RARE && topicsAskedIn(g) <= DETAIL_TOPICS && cohesive(g)), ...extra].filter((g) => !said.has(g));
  let best: { s: Sentence; score: number; words: string[] } | undefined;
  for (const s of sentences) {
    if (s.heading && [...s.text].length <= HEADING_MAX) continue;
    const words = grams.filter((g) => s.text.includes(g));
    if (!words.length) continue;
    const score = words.reduce((sum, g) => sum + Math.log((sentences.length + 1) / (df.get(g) ?? 1)), 0);
    if (!best || score > best.score) best = { s, score, words };
  }
  if (best && !isQuoted(best.s)) return cite(best.s, best.words);
  // The asking clause's own word that the answer lacks and its quote carries (这两年要干什么样的工作 → 从事技术技能工作):
  // the quote's part that says it.
  // (a word next to the question word, 什么样的工作, or one few topics are asked in, 教练 / 企业)
  const clause = withoutPlaces(asking ?? question).replace(DOC_WORDS, ' ');
  const next = nextToAsking(clause);
  const own = [...contentGrams(askedFocus(clause))].filter((g) => !said.has(g) && cohesive(g) && topicsAskedIn(g) <= (next.has(g) ? NEXT_TOPICS : SHOWN_TOPICS));
  // (the quote carrying most of them)
  const shown = quoted.map((x) => ({ x, words: own.filter((g) => x.includes(g)) })).sort((a, b) => b.words.length - a.words.length)[0];
  return shown?.words.length ? { kind: 'show', quote: shown.x, words: shown.words } : undefined;
}

/** A run of the question's Han characters (four or more) none of whose bigrams the region's text or the answer has,
 * standing whole in another text held (高精尖缺 in a Liaoning question): a term of the policies the region's own text
 * does not use. */
const TERM_MIN = 4;
function silentTerm(q: string, df: Map<string, number>, said: Set<string>): string | undefined {
  for (const run of han(q).split(' ')) {
    const cs = [...run];
    let start = 0;
    for (let i = 0; i <= cs.length; i++) {
      const g = i + 1 < cs.length ? cs[i] + cs[i + 1] : undefined;
      const inTerm = g !== undefined && !FUNCTION_CHARS.test(g) && !df.has(g) && !said.has(g);
      if (!inTerm) {
        const term = cs.slice(start, i + 1).join('');
        // (the longest part of the run that stands in another text: 里高精尖缺人 → 高精尖缺)
        const run = [...term];
        for (let n = run.length; n >= TERM_MIN; n--) {
          for (let k = 0; k + n <= run.length; k++) if (inOtherText(run.slice(k, k + n).join(''))) return run.slice(k, k + n).join('');
        }
        start = i + 1;
      }
    }
  }
  return undefined;
}

const COHESION = 0.2;
/** The texts held, each its sentences run together, and how often each character and each pair of characters stands
 * in them: counted once, on the first question that needs them. */
let held: { texts: string[]; chars: Map<string, number>; pairs: Map<string, number> } | undefined;
function heldTexts() {
  if (!held) {
    const texts = Object.keys(POLICY_META).map((id) => sentencesOf(id).map((x) => x.text).join(''));
    const chars = new Map<string, number>();
    const pairs = new Map<string, number>();
    for (const t of texts) {
      const cs = [...t];
      cs.forEach((c, i) => {
        chars.set(c, (chars.get(c) ?? 0) + 1);
        if (i + 1 < cs.length) pairs.set(c + cs[i + 1], (pairs.get(c + cs[i + 1]) ?? 0) + 1);
      });
    }
    held = { texts, chars, pairs };
  }
  return held;
}

/** A pair that is a word of the texts (审议, 教练, 企业), not two characters that meet across words (报工 in 申报工程师,
 * 历要 in 学历要求): it stands for at least COHESION of the occurrences of its rarer character in the texts held. */
function cohesive(g: string): boolean {
  const { chars, pairs } = heldTexts();
  const [a, b] = [...g];
  const rarer = Math.min(chars.get(a) ?? 0, chars.get(b) ?? 0);
  if (!rarer) return false;
  return (pairs.get(g) ?? 0) / rarer >= COHESION;
}

/** Whether a term stands word for word in some text held. */
function inOtherText(term: string): boolean {
  return heldTexts().texts.some((x) => x.includes(term));
}
