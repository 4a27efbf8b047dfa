// A question as the Q&A reads it: the text the dialog's understanding reads (one normalisation for both), and for
// the classifier, without the place of a region the texts cover (one placeholder for a place they do not), asking words
// and particles, and numbers as one placeholder (what is asked does not depend on which city or how many years).
import { normalizeText as understandingText } from '../dialogs/understand';
import { placesIn } from '../rules/places';

/** The understanding's reading of the text (simplified by opencc, half-width, lower-case, mistypings and Cantonese
 * written forms read as meant), one space for any run of whitespace: the Q&A and the dialog read the same text. */
export function normalizeText(text: string): string {
  const raw = String(text ?? '');
  // ask() and the answer it calls read the same question: the last few readings are kept (pure, so the same text).
  for (const [k, v] of lastRead) if (k === raw) return v;
  const out = understandingText(raw).text.replace(/\s+/g, ' ').trim();
  lastRead.unshift([raw, out]);
  if (lastRead.length > 4) lastRead.pop();
  return out;
}
const lastRead: [string, string][] = [];

const NUMBER = /[0-9０-９]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百几]+(?=[年个月岁次])/g;

/** Mistypings of the topics' own words (pinyin keyboards, voice input) the understanding leaves alone, as the
 * classifier should read them: 论闻 → 论文, 待预 → 待遇, 破隔 → 破格. Applied to the phrasings as well as the questions. */
const TOPIC_TYPOS: [RegExp, string][] = [
  [/[论伦轮][闻问纹吻稳]/g, '论文'], [/(?<!期)[待代带]预|带遇|代遇/g, '待遇'], [/补[帖铁]/g, '补贴'], [/业[积迹继]/g, '业绩'],
  [/破[隔革个]/g, '破格'], [/申[抱保包宝](?!括)/g, '申报'], [/材[科]|才料/g, '材料'], [/学[厉例]/g, '学历'], [/评[申伸]/g, '评审'], [/否[绝诀觉掘]/g, '否决'],
];

/** Courtesy that carries no topic (老师好，请问一下 …；…谢谢哈; hi, quick question: … pls): at the start, said before
 * the question, and at the end, after it. The classifier reads the question without them, phrasings as well as
 * questions, so a greeting or a thanks added does not pull a borderline question towards another intent. */
const COURTESY_LEAD = /^(?:(?:(?:你好|您好|大家好|老师(?:您)?好?|领导好?|师傅好?|亲|在吗|请问(?:一下|下)?|(?:我)?(?:想|要)?(?:问|咨询|请教)(?:一下|下|个(?:问题|事)?)|麻烦(?:您|你)?(?:问|咨询)?(?:一下|下)?|打扰(?:一下|了|您了?)|不好意思)[\s,，.。!！:：~、]*)|(?:(?:hi|hello|hey|dear)(?: there| sir| madam| all| team)?|good (?:morning|afternoon|evening)|excuse me|sorry to bother(?: you)?|quick question|(?:quick|a|one) question|pls|please)\b[\s,.!:;~-]*)+/;
const COURTESY_TAIL = /(?:[\s,，.。!！~]*(?:谢谢|多谢|感谢|谢啦|谢了|麻烦了|辛苦了)(?:您|你|老师)?[哈啦呀啊了哦]*|[\s,.!~]*\b(?:pls|please|thanks?(?: you)?|thx|ty)\b)+[\s,，.。!！~?？]*$/;
/** A final particle (呢 啊 哈 撒 呀 吧 嘛 哦 啦) after a question: the tone, not the topic (干嘛 keeps its 嘛). */
const FINAL_PARTICLE = /(?<=[\p{Script=Han}])(?<!干)[呢啊哈撒呀吧嘛哦啦]+(?=[\s?？!！。.~]*$)/u;

/** The text without the courtesy around the question; all of it when nothing else is left (你好, thanks). */
export function withoutCourtesy(s: string): string {
  const out = s.replace(COURTESY_LEAD, '').replace(COURTESY_TAIL, '').replace(FINAL_PARTICLE, '').trim();
  return /[\p{L}\p{N}]/u.test(out) ? out : s;
}

/** What the classifier sees: the normalised text as featuresOf makes it with the shipped FEATURES. */
export const forClassifier = (text: string): string => classifierText(normalizeText(text));

/** The same, of a text normalised already (ask normalises the question once; normalising is idempotent). */
export function classifierText(normalized: string): string {
  // (answer() and weakTopic read the same text: the last one is kept)
  if (normalized === lastFeaturesOf) return lastFeatures;
  lastFeatures = featuresOf(normalized);
  lastFeaturesOf = normalized;
  return lastFeatures;
}
let lastFeaturesOf: string | undefined;
let lastFeatures = '';

/** How the classifier's text is made; scripts/qa-cv.ts compares these by cross-validation, FEATURES is the shipped one.
 * places: 'one' puts one placeholder (某地) for every place; 'covered' drops a place that has a text of its own, with
 * the words that only say where (我在…, …这边, I'm in …), and keeps the placeholder for a place with none (广东: what
 * the not-covered region topic is about) and for each of two regions named (a comparison or a move is asked).
 * 'covered' is not shipped: by cross-validation it is as accurate (75.8%) and no held-out prediction moves with a
 * place said first (693 of 3,722 do with 'one'), but the answers' rules downstream lean on the placeholder (an award's
 * place, 江苏省技术能手; 四川评啥 as an eligibility question): on the open sets it lost 8 answers and made one up.
 * fillers: asking words and particles inside the question too, not only around it (shipped). */
/** (ma: the question particle 吗 too, compared by qa-cv.ts, not shipped.) */
export interface FeatureOptions { places: 'one' | 'covered'; fillers: boolean; ma?: boolean }
export const FEATURES: FeatureOptions = { places: 'one', fillers: true };

/** Chatty words inside a question (…，请问…, 那个…, 麻烦问一下, 你好) and particles before a clause's end (…呢，…啊): the
 * tone of asking, not what is asked (COURTESY_LEAD and FINAL_PARTICLE take them at the ends only). */
const INNER_FILLER = /(?<=^|[\s,，.。;；:：!！?？、])(?:请问(?:一下|下)?|麻烦(?:您|你)?(?:问|咨询)?(?:一下|下)|(?:我)?(?:想|要)?(?:问|咨询|请教)(?:一下|下)|你好|您好|那个(?=[,，\s]))[\s,，、]*/gu;
const innerParticle = (ma: boolean) => new RegExp(`(?<=[\\p{Script=Han}])(?<!干)[${ma ? '吗' : ''}呢啊哈撒呀嘛哦啦]+(?=[\\s,，.。;；!！?？~]|$)`, 'gu');
const INNER_PARTICLE = innerParticle(false);
const INNER_PARTICLE_MA = innerParticle(true);

/** Words before and after a place that say only where the person is (我在, 我是…的, 在, 从; 这边, 那边, 的话, 的, 市, 人;
 * English: I'm in, I work in, in, from; here). */
const PLACE_BEFORE = /(?:我(?:们)?(?:是|在|人在)?(?:在)?|在|从|(?:i(?:'m| am)|we(?:'re| are)|i work|i live|we work|based|working|living)?\s*(?:in|from|at))\s*$/iu;
const PLACE_AFTER = /^(?:\s*(?:here|area)\b|(?:省|市|区|县)?(?:这边|那边|这里|那里|这块|那块|当地|本地)?(?:的话|的|人(?![社力事才大民])|这儿|那儿)?)/iu;

export function featuresOf(normalized: string, opts: FeatureOptions = FEATURES): string {
  let s = withoutCourtesy(normalized);
  const places = placesIn(s);
  // (two regions named is a comparison or a move between them: each keeps its placeholder)
  const one = opts.places === 'one' || new Set(places.filter((x) => !x.fallback).map((x) => x.region)).size > 1;
  let dropped = false;
  for (const p of [...places].reverse()) {
    const within = p.fallback && p.contains?.some((r) => places.some((x) => !x.fallback && x.region === r));
    if (one || (p.fallback && !within)) { s = s.slice(0, p.start) + '某地' + s.slice(p.end); continue; }
    // the place with the words that only say where (我在…, …这边, …的话, I'm in …): what is left is what is asked
    const before = s.slice(0, p.start).replace(PLACE_BEFORE, '');
    const after = s.slice(p.end).replace(PLACE_AFTER, '');
    s = before + (before && after && !/[\s\p{P}]$/u.test(before) && /^[a-z]/i.test(after) ? ' ' : '') + after;
    dropped = true;
  }
  if (dropped) s = s.replace(/^[\s\p{P}]+/u, '').replace(/([,，、:：;；])[\s,，、:：;；]+/gu, '$1').replace(/\s{2,}/g, ' ').trim();
  if (opts.fillers) {
    const out = s.replace(INNER_FILLER, '').replace(opts.ma ? INNER_PARTICLE_MA : INNER_PARTICLE, '').replace(/[\s,，、]+$/u, '').trim();
    // (a greeting alone, 你好, is what it says)
    if (/[\p{L}\p{N}]/u.test(out)) s = out;
  }
  for (const [typo, word] of TOPIC_TYPOS) s = s.replace(typo, word);
  return s.replace(NUMBER, '几');
}
