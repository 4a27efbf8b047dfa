// The understanding layer: what a person typed → typed facts for the dialog. Pure: no clock (asOf comes in), no I/O.
// API (also for the Q&A): understand(text, { asOf, expecting?, region?, locale? }) → Understanding: facts held
// (region, skills, titles, awards, workYears, annualReviewsPassed …), targets (wanted or asked-about levels, never
// held), readings (each fact with its meaning), correction, denied, guessed, smallTalk, followUp, question, command.
// normalizeText(raw) gives the text every reader sees (simplified characters, half-width, mistypings fixed).
import type { Medal as ParsedAwardMedal, Region, Series, SkillLevel, TechSchoolClass, TitleLevel } from '../../rules/vocabulary';
import { type AwardMeaning, FIRST_PLACE_ZH, PLACE_WORDS_ZH, classByOrganiser, contestClassSaid, contestInRegion, findAwards, findRank, teamSize } from './awards';
import { findCommand } from './commands';
import { asOfIndex, correctedSince, findDates, monthIndex, monthString, type FoundDate } from './dates';
import { type LevelHit, findLevels, isBareLevelAsk, isWish } from './levels';
import { EN_NUM, bareNumber, findDurations, parseNumber } from './numbers';
import { findOccupations } from './occupations';
import { findPlace } from './places';
import { bareReview, findReviews } from './reviews';
import { findDiploma } from './diploma';
import { readNotes } from './notes';
import { MAX_CHARS, Scratch, type Span, allMatches, bare, normalize } from './text';
import type { ParsedAward, ParsedSkill, ParsedTarget, ParsedTitle, Reading, UnderstandContext, Understanding } from './types';
import { choiceNumber, dontKnow, yesNo } from './yesNo';
import { leadingNo, splitCorrection, withoutSlip } from './corrections';
import { chatEnglish, fixEnglishMistypings, fixMistypings, spokenEnglishYears, fromPinyin, mandarin, simplified, type Guess } from './simplify';
import { closingTalk, smallTalk } from './smallTalk';
import { unknownTopic } from './unknownTopic';
import { BoundedMemo, keepableText, sized } from '../memo';

export type {
  Command, FollowUp, Locale, Meaning, ParsedAward, ParsedSkill, ParsedTarget, ParsedTitle, Reading, RegionMatch, UnderstandContext,
  Understanding,
} from './types';
export type { Guess } from './simplify';
export type { SmallTalk } from './smallTalk';
export { cnInt, parseNumber, findDurations } from './numbers';
export { correctedSince, findDates } from './dates';
export { findPlace } from './places';
export { bareNone, choiceNumber } from './yesNo';

/** Honours said before the region was known (省技术能手), read now that it is: what counts there, what is not listed. */
export function awardsInRegion(names: readonly string[], region: Region): { awards: ParsedAward[]; unlisted: string[] } {
  const awards: ParsedAward[] = [];
  const unlisted: string[] = [];
  for (const name of names) {
    const found = findAwards(normalize(name), region);
    awards.push(...found.awards);
    unlisted.push(...found.unlisted);
  }
  return { awards, unlisted };
}
export { findLevels } from './levels';
export { findRank } from './awards';
export { distance as editDistance } from './simplify';
export { soundSlips } from './sounds';
export { normalize, MAX_CHARS } from './text';

// Most messages are short answers many people give (没有, 重庆, 技师, 都合格): such a message is read once (only
// short texts are kept: see keepableText).
const readings = new BoundedMemo<Understanding>(1000);
const nullableString = (v: unknown): v is string | null | undefined => v === undefined || v === null || typeof v === 'string';

/** For tests: forget what was read. */
export function forgetReadings(): void { readings.clear(); }
export const readingsKept = (): number => readings.size;

/** Reads one message. Never throws: on anything unexpected it returns `{ recognized: false }`. */
export function understand(text: string, ctx: UnderstandContext): Understanding {
  try {
    const t = typeof text === 'string' ? text : String(text ?? '');
    const c = ctx ?? { asOf: '2000-01' };
    if (!keepableText(t) || typeof c.asOf !== 'string' || !nullableString(c.expecting) || !nullableString(c.region)) return read(t, c);
    // What is read depends on the text, the month, the slot asked and the region known, nothing else (absent
    // and null read alike); the parts are length-prefixed so that no two make the same key.
    const key = `${c.awardsAsNamed ? '!' : ''}${sized(c.asOf.slice(0, 7))}${c.expecting == null ? '-' : sized(c.expecting)}${c.region == null ? '-' : sized(c.region)}${t}`;
    let u = readings.get(key);
    if (u === undefined) readings.set(key, (u = read(t, c)));
    // Each caller gets its own copy: the kept reading is never handed out.
    return copy(u);
  } catch {
    return { recognized: false };
  }
}

/** A deep copy of plain data (objects, arrays, primitives), keys with undefined values kept. */
function copy<T>(v: T): T {
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) return v.map(copy) as T;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) out[k] = copy((v as Record<string, unknown>)[k]);
  return out as T;
}

const SKILL_SLOTS = new Set(['skills', 'skills.since', 'skills.level']);
const TITLE_SLOTS = new Set(['titles', 'titles.since', 'titles.level']);
const SINCE_SLOTS = new Set(['skills.since', 'titles.since']);
const OCCUPATION_SLOTS = new Set(['occupation', 'skills.occupation']);
const SERIES_SLOTS = new Set(['series', 'titles.series']);

const NONE_ANSWER = /^(?:没有?|无|暂无|都没有?|还没有?|没有的|木有|莫得|没得|啥都没有|一个都没有|没考|没评|没拿|没考过|没评过|没拿过|没得过|没有过|从来没有|none|no|nope|nothing|n\/a|na|notyet|nonone|noneatall|nothingatall|nonenone|zero|0|零)$/;

/** None, said with a time word or a verb: 还没评过, 暂时没有, 目前还没有呢, 么有. */
/** (with the colloquial verbs of getting one: 没弄过, 还没搞, 从来没申请过, 一直没去办, 没评上过) */
const NONE_SAID = /^(?:暂时|目前|现在|暂|还|都|也|我|一直|从来|从|压根|根本)*(?:没有?|无|木有|么有|莫有|莫得|没得)(?:有)?(?:去)?(?:考|评|拿|获得|取得|参加|得|弄|搞|整|办|申请|申报|报)?(?:过|到|上|下来)?(?:过)?(?:呢|的|哦|啊|哈|呀)*$/;
// 啥奖都没得 / 什么都没拿过 / 一个奖都没有 / 没拿过啥奖 / 职称没得: none said the long way (啥 here asks nothing)
// (the noun said, 都 may go: 什么奖没拿过, 一个奖没有)
const NONE_ANY = /^(?:我|俺)?(?:啥|什么|一个|一项|一样)(?:(?:奖|奖项|职称|证|证书|荣誉)(?:都|也)?|都|也)(?:没有?|没得|无|木有|么有)(?:有)?(?:考|评|拿|获|获得|取得|得|参加)?(?:过|到|上)?(?:呢|的|哦|啊|哈|呀|撒|嘛|咯|噢)*$|^(?:我|俺)?(?:奖|奖项|职称|证书?|荣誉)(?:也|都|还|一直)?(?:没有|没得|木有|么有)(?:呢|的|哦|啊|哈|呀|撒|嘛|咯|噢)*$|^(?:我|俺)?(?:都|也|还)?没(?:有)?(?:考|评|拿|获|得|得到|获得)过?(?:啥|什么|任何)(?:奖|奖项|职称|证|证书|荣誉)?(?:呢|的|哦|啊|哈|呀|撒|嘛|咯)*$/;
/** None in English words: I don't have one, none so far, not at the moment. */
const NONE_EN = /^(?:no,? )?(?:none|nothing|nothing yet|not yet|not so far|none (?:so far|yet)|nope|not at the moment|not really|(?:i )?(?:do not|don'?t|haven'?t|have not)(?: got| have)?(?: one| any(?:thing)?| it| that)?(?: yet)?)$/;
const TITLES_NONE = /(?:没有?|没得|没的|无|未|暂无|还没有?|还没|尚未)(?:评|考|拿|获得|取得)?(?:过|上|到)?(?:任何|什么)?(?:的)?(?:专业技术)?职称(?:证书?)?|(?:啥|什么|任何)?职称[:：]?\s*(?:也|都|还|一直)?(?:无|没有|暂无|没得|没的)|职称(?:也|还|都|一直|从来)?(?:没|没有|未|从没|从来没)(?:评|考|拿|取得|申报)过(?!的话)|\bno (?:professional )?titles?\b|\b(?:not|isn'?t|aren'?t) an? (?:professional )?title[- ]?holders?\b|\b(?:do not|don'?t|doesn'?t|does not|(?:has|have) not got|(?:hasn'?t|haven'?t) got) (?:have |hold )?(?:a |any )?(?:professional )?titles?\b|\bwithout (?:a |any )?titles?\b/g;
const SKILLS_NONE = /(?:没有?|没得|没的|无|未|暂无|还没有?|还没|尚未)(?:考|拿|获得|取得)?(?:过|到)?(?:任何|什么)?(?:的)?(?:技能|职业资格|职业技能)?(?:等级)?(?:证书?|资格证)|(?:技能)?(?:证书|技能证|等级证)[:：]?\s*(?:无|没有|暂无)|\bno (?:skills? )?(?:certificates?|certs?|skill levels?)\b|\b(?:do not|don'?t|doesn'?t|does not|(?:has|have) not got|(?:hasn'?t|haven'?t) got) (?:have |hold )?(?:a |any )?(?:skills? )?(?:certificates?|certs?)\b/g;
/** Not knowing how to go about it (no idea where to start, not sure how): no fact is what is not known. */
const PROCEDURE_UNKNOWN_EN = /\b(?:no (?:idea|clue)|not sure|(?:don'?t|do not) know|dunno|idk)\s+(?:how|where to (?:start|begin|go)|what to do|what i should do|(?:about )?the (?:process|procedure|steps)|what the (?:process|steps) (?:is|are)|where i stand|lol|haha)\b|\b(?:no (?:idea|clue)|not sure|dunno|idk)\s*(?:lol|haha|tbh)?\s*[.!?]?\s*$/;
/** English none of a fact, by its noun: the denying words, fillers only, then title / award / certificate. */
const NONE_OF_NOUN_EN = /\b(?:no|not|never|none|nothing|without|zero|(?:do|does|did|have|has) not|(?:don|doesn|didn|haven|hasn)'?t|dont|havent|didnt)(?: (?:have|has|had|got|get|gotten|hold|held|own|any|a|an|the|single|one|professional|vocational|skills?|yet|ever|really|received|obtained|earned|won|win|been given|given|awarded|of|kind|such|type|at all|so far))* (titles?|awards?|prizes?|honou?rs?|certs?|certificates?|qualifications?|competitions?|contests?)\b(?: (?:yet|at all|so far|either|whatsoever|ever))?/g;
/** A whole answer that is only denying words and fillers (i no have any, i have none of those, nothing of the sort). */
const NONE_WORDS_NEG = new Set(['no', 'not', 'never', 'none', 'nothing', 'nope', 'nah', "don't", 'dont', "doesn't", "haven't", 'havent', "hasn't", "didn't", 'didnt', 'zero', 'neither', 'nor']);
const NONE_WORDS_FILL = new Set(['i', 'have', 'has', 'had', 'got', 'get', 'any', 'a', 'an', 'the', 'of', 'those', 'them', 'these', 'that', 'this', 'kind', 'sort', 'yet', 'ever', 'really', 'at', 'all', 'so', 'far', 'one', 'single', 'thing', 'things', 'such', 'like', 'me', 'my', 'actually', 'sorry', 'unfortunately', 'still', 'currently', 'right', 'now', 'do', 'does', 'did', 'hold', 'either', 'whatsoever', 'unfortunatly', 'lol', 'haha', 'mate', 'sir', 'am', 'im', "i'm", 'afraid', 'nothing', 'yeah', 'ok', 'well', 'um', 'uh', 'hmm']);
function noneInWords(norm: string): boolean {
  const words = norm.replace(/[,.!?;:()]+/g, ' ').trim().split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 10 || !/^[a-z' ]+$/.test(words.join(' '))) return false;
  const last = words.findLastIndex((w) => NONE_WORDS_NEG.has(w));
  // (no, I have one: a having said after the denial, not right after it as in "no have", takes it back)
  if (last < 0 || words.slice(last + 2).some((w) => /^(?:have|has|got|hold)$/.test(w))) return false;
  return words.every((w) => NONE_WORDS_NEG.has(w) || NONE_WORDS_FILL.has(w));
}
const NEGATED_BEFORE = /(?:没有|没|无|不是|未|还没有?|并非|尚未)(?:考|拿|评|获得|取得)?(?:过|到|上)?(?:任何)?$|\b(?:not(?: an?| the| a| any)?|no|without|never (?:got|had))\s*$/;

/** English says the denial further before the level (I don't have the technician cert, I'm not an engineer, never got
 * the assistant engineer title): the clause before the level, the denying words then only fillers. */
const NEGATED_BEFORE_EN = /\b(?:not|no|without|never|neither|nor|(?:do|does|did|have|has|am|is|was) not|(?:don|doesn|didn|haven|hasn|isn|wasn|ain|aren)['’]?t|'m not|im not|yet to|still to)(?: (?:a|an|the|any|my|yet|even|really|actually|ever|got|get|have|hold|held|own|received|obtained|passed|been|achieved|earned|gotten|that|this|one|single|taken|take|sat|sit|done|do|written|attempted|tried|for|gone for|gotten round to|got round to|applied for))*\s*$/;
/** The level named, then denied in English (technician: not yet, engineer title - no). */
const NEGATED_AFTER_EN = /^\s*(?:cert(?:ificate)?s?|titles?|level)?\s*[:\-–]?\s*(?:not yet|none|nope|no|not(?: really| at all)?|n\/a)\s*(?:[,.;!?]|$)|^\s*(?:cert(?:ificate)?|exam|test|assessment)?\s*[:\-–]?\s*(?:(?:is |was )?not (?:yet )?(?:taken|sat|done|passed|attempted|got|gotten|obtained)|(?:i )?(?:have )?(?:not|never) (?:yet )?(?:taken|sat|done|passed|attempted|got|gotten)|(?:i )?(?:haven['’]?t|havent) (?:yet )?(?:taken|sat|done|passed|attempted|got|gotten))\b/;
const lastClauseEn = (t: string): string => t.split(/[,.;!?]/).pop() ?? '';
/** The level at [start, end) said as not held, in Chinese or English. */
const negatedAt = (norm: string, start: number, end: number): boolean => NEGATED_BEFORE.test(norm.slice(Math.max(0, start - 6), start))
  || NEGATED_AFTER.test(norm.slice(end, end + 12))
  || (/[a-z]/.test(norm.slice(Math.max(0, start - 2), end)) && (NEGATED_BEFORE_EN.test(lastClauseEn(norm.slice(Math.max(0, start - 40), start))) || NEGATED_AFTER_EN.test(norm.slice(end, end + 20))));

/** Words that say an award was conferred (获评, 荣获, 被评为, 当选): the award before is held, whatever verb of applying
 * ends them (评 of 获评 is no wish). */
const AWARD_CONFERRED_BEFORE = /(?:获评|荣获|获得了?|被评(?:为|上)?|评上了|评为|当选(?:为)?|入选(?:了)?|授予(?:了)?|(?:has been|was|were|got|been) (?:named|awarded|given|granted|honou?red as)(?: an?| the)?)\s*$/;
/** What the award named at [start, end) is to the person: wanted (the wish words of a level), denied, or held. */
function awardMeaning(norm: string, start: number, end: number): AwardMeaning {
  if (negatedAt(norm, start, end)) return WISH_AFTER_DENIAL.test(norm.slice(end)) ? 'wants' : 'denies';
  if (AWARD_CONFERRED_BEFORE.test(norm.slice(Math.max(0, start - 16), start))) return undefined;
  return isWish(norm, start, end) ? 'wants' : undefined;
}

const TECH_SCHOOL: [RegExp, TechSchoolClass][] = [
  [/预备技师(?:\(技师\))?班|技师班|\bpreparatory technician class\b|\btechnician class\b/g, 'preparatory_technician'],
  [/高级工班|\badvanced(?:[- ]worker)? class\b|\bsenior(?:[- ]worker)? class\b/g, 'advanced'],
  [/中级工班|\bintermediate(?:[- ]worker)? class\b/g, 'intermediate'],
];
const TECH_SCHOOL_NONE = /^(?:没有?|无|不是|没上过|没读过|没念过|没有上过|不是技校的?|不是技工院校|否|none|no|nope|not|did not|didn'?t)$/;

const WORK_CUE = /工作|年资|资历|干了|干这行|干这个|做了|从事|工龄|在岗|入行|年限|经验|上班|累计|做这行|干|\bwork(?:ed|ing)?\b|\bexperience\b|\bin (?:the|this) (?:field|trade|job)\b|\b(?:doing|done|did) (?:this|the|that|my) (?:job|work|trade)\b|\b(?:on|in) the job\b|\bline of work\b|\bcareer\b|\bemployed\b|\bjob\b/;
// …but not a duration said next (2018年6月 干了10年, 2020年 工作十二年): that date is a certificate's, the years are work
/** The words of working just before the years (工作九年, 干了八年, worked for 9 years). */
const WORKED_RIGHT_BEFORE = /(?:工作|干了|做了|从事|工龄|干这行|做这行|上班|入行)(?:了|有|已经|都)?(?:快|近|差不多|大概|将近|有)?\s*$|\b(?:worked|working|work(?:ed)? experience of)(?: for)?(?: about| nearly| almost| around)?\s*$/;
const WORK_DURATION_AFTER = /^\s*(?:又|已经|总共|一共)?(?:干|做|工作|上班|从事)(?:这行|了)?\s*(?:快|近|差不多|大概|将近|有)?\s*[0-9零一二两三四五六七八九十]+(?:多|来)?(?:个)?年/;
const WORK_START_AFTER = /^\s*(?:就|起|开始|年起)?(?:参加|开始)?(?:工作|上班|入职|入行|参工|干这行|从事|干起|干的|干|做起|做这行|进厂)|^\s*(?:started|began) work/;

/** 啥奖都没得, 什么职称也没有: a none said with 啥 / 什么, which asks nothing. */
const NONE_OF_ANY = /(?:啥|什么|任何)(?:奖项?|职称|证书?|荣誉|称号|比赛|竞赛)?(?:都|也)(?:没有?|没得|没的|无)(?:评|拿|考|获|得)?(?:过|到)?/g;
const QUESTION = /[?？]|吗|(?:能|可以|行|对|是|有)[不没]$|[报评考][不没]$|(?:要|需要|得|还差|差|满)几(?:年|个月)|几年(?:能|可以|才|后)|多久|什么|怎么|怎样|如何|能不能|可不可以|是不是|可以吗|是否|哪些|哪个|哪里|哪年|哪一年|几时|何时|多少|为什么|啥|咋|[么呢]$|能否|可否|\b(?:how|what|which|when|where|why|who|can i|could i|may i|am i|is it|are there|do i|does(?! not\b)|should i|will i)\b/;

/** 不记得是哪一年了, 不清楚哪里的政策, 不知道有没有: what is not known, after the words that say so (not a question). */
const NOT_KNOWN_WHAT = /(?:不知道|不清楚|不太清楚|不记得|记不清|记不得|忘了|忘记了|说不清|搞不清楚?|不确定|不太确定)(?:了)?(?:是|在|有|算)?(?:具体)?(?:哪年|哪一年|哪个月|几月份?|几号|什么时候|啥时候|多少年|几年|哪里的?(?:政策)?|哪个地方|怎么说|怎么算|有没有|算不算|是不是|合不合格|过没过|有几年)(?:了)?/g;
/** Whether-words (有没有, 算不算): with 不知道, the fact they ask about is what is not known. */
const WHETHER = /有没有|算不算|是不是|合不合格|过没过|有无|评没评|考没考|拿没拿|得没得|获没获|参没参加|参加没参加|\bwhether\b|\bif (?:i|they|it|my|his|her|their|our|we|he|she|the|all|those|these|that|this)\b/;
/** The annual reviews said as not known (不清楚他考核合不合格, 考核情况我不太清楚, no idea if my reviews count as passed,
 * reviews - not sure): whatever word of passing comes with them, they are not known. */
const REVIEWS_UNKNOWN = /(?:不知道|不清楚|不太清楚|不确定|不太确定|说不准|说不好|搞不清楚?|记不清|拿不准)[^,。;!?]{0,12}考核|考核(?:的)?(?:情况|结果)?(?:合格不合格|合不合格|过没过|过没有|有没有过|过了没)?(?:我|他|她|本人)?(?:也|都|还|就)?(?:不知道|不清楚|不太清楚|不确定|不太确定|说不准|说不好|搞不清楚?|拿不准|记不清)|\b(?:no (?:idea|clue)|not (?:sure|certain)|unsure|(?:don'?t|do not|doesn'?t|does not) know|dunno|idk|uncertain)\b[^,.;!?]{0,30}\b(?:reviews?|appraisals?|evaluations?)\b|\b(?:reviews?|appraisals?|evaluations?)\b(?: (?:i'?m|i am|he'?s|she'?s|is|are|were|was|[-:–]))* (?:no idea|not sure|unsure|unknown|unclear|uncertain|dunno|idk)\b/;
/** 哪年忘了, 几月份记不清了, 什么时候拿的不记得: a question word that is what was forgotten, not a question asked. */
const FORGOTTEN_ASK = /(?:具体)?(?:哪年|哪一年|哪个月|几月份?|几号|什么时候|啥时候|多少年|几年)(?:拿|考|评|取得|开始)?(?:的)?(?:我)?(?:也|都|就|真|实在|有点|已经)?(?:忘了|忘记了|忘掉了|记不清了?|记不得了?|记不太清了?|不记得了?|不太记得了?|想不起来了?|不清楚|不太清楚|说不准|说不好|没印象)/g;

/** What every reader sees: simplified characters, half-width, lower-case ASCII, mistypings and chat shorthand (wat,
 * docs) fixed, run-ons split. */
export function normalizeText(raw: string): { text: string; guessed: Guess[] } {
  const plain = normalize(simplified(mandarin(String(raw ?? '').slice(0, MAX_CHARS))));
  const fixed = fixMistypings(fromPinyin(plain) ?? plain);
  const en = fixEnglishMistypings(spokenEnglishYears(chatEnglish(fixed.text)));
  return { text: splitRunOns(readNotes(en.text)), guessed: en.guessed.length ? [...fixed.guessed, ...en.guessed] : fixed.guessed };
}

// Voice input without punctuation: a clause ends after "拿的 / 考的 / 取得的" when more follows, and before "还有 /
// 另外 / 然后", so that each certificate keeps its own date.
const RUN_ON_AFTER = /((?:(?:19|20)\d{2}|\d{2}|[零〇幺一二三四五六七八九]{2,4})年(?:(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月份?)?(?:拿|考|取得|评|获得|考取|办)(?:的|到的|下来的|上的)(?:证书?)?)(?=[\u4e00-\u9fff\d])/g;
const RUN_ON_BEFORE = /(?<=[\u4e00-\u9fff\d])(还有|另外|然后|以及|再就是)/g;
function splitRunOns(text: string): string {
  return text.replace(RUN_ON_AFTER, '$1,').replace(RUN_ON_BEFORE, ',$1');
}

/** The fields of a reading that carry facts (what a correction's second part can replace). */
const FACT_FIELDS: (keyof Understanding)[] = [
  'region', 'skills', 'titles', 'workYears', 'annualReviewsPassed', 'awards', 'relatedDiploma', 'techSchoolClass', 'occupation',
  'workYearsBelow', 'month', 'monthApprox', 'monthRelative', 'monthBelow', 'monthFromNumber', 'teamSize', 'contestClass', 'number', 'medal', 'series', 'yesNo', 'dontKnow', 'dontKnowAbout', 'targets', 'wantedAwards', 'futureMonth', 'unlistedAwards', 'awardsAwaitingRegion',
];

function read(raw: string, ctx: UnderstandContext): Understanding {
  const { text: norm, guessed } = normalizeText(raw);
  if (!norm) return { recognized: false };
  // (技师是2022年3月拿的，我手滑打成2024了: what is said of the slip goes; a slip said is a correction, marker or not)
  const slipless = withoutSlip(norm);
  let split = splitCorrection(slipless ?? norm) ?? (slipless ? { before: '', after: slipless } : undefined);
  // the part after the marker, when it was read already to decide whether this is a correction (read once)
  let readAfter: Understanding | undefined;
  // no, the technician cert is from 2018: a correction when what follows names a fact
  if (!split) {
    const rest = leadingNo(norm);
    const r = rest !== undefined ? readClause(rest, ctx) : undefined;
    // (no, class 2: a contest's class said again corrects the class answered before)
    if (r && (r.region || r.skills?.length || r.titles?.length || r.month || r.awards?.length || (ctx.expecting !== 'awards.class' && contestClassSaid(rest!) !== undefined))) { split = { before: '', after: rest! }; readAfter = r; }
  }
  // 不好意思 / sorry / 其实 correct only when a fact follows
  if (split?.weak) {
    readAfter = split.after ? readClause(split.after, ctx) : undefined;
    if (!(readAfter && namesFact(readAfter))) split = undefined;
  }
  if (!split) return withGuesses(readClause(norm, ctx), guessed);
  // 不对 alone: what the whole says (a no), marked as a correction of nothing named
  if (!split.after) return withGuesses({ ...readClause(norm, ctx), correction: { fields: [] }, recognized: true }, guessed);
  // The corrected part replaces what it names; the part before still counts for everything else.
  const before: Understanding = split.before ? readClause(split.before, ctx) : { recognized: false };
  let after = split.after ? readAfter ?? readClause(split.after, ctx) : { recognized: false };
  // 工作不是十年是十二年: a number of years corrects the years of work said before it
  if (after.workYears === undefined && after.number !== undefined && after.month === undefined && before.workYears !== undefined) after = { ...after, workYears: after.number };
  // 考核那个我说错了，前年有一年是基本称职: what follows answers the question its subject names
  if (split.slot && after[split.slot] === undefined) {
    const asked = readClause(split.after, { ...ctx, expecting: split.slot });
    if (asked[split.slot] !== undefined) after = { ...asked, month: undefined, monthApprox: undefined, monthRelative: undefined, number: undefined };
  }
  // 技师2019年，说错了，是18年 / 哦不是一九年: a year said to correct a date is a date, not a number of years
  if (after.month === undefined && after.workYears === undefined && after.number !== undefined && YEAR_SAID.test(split.after)
    && (before.month || datedIn(before) || SINCE_SLOTS.has(ctx.expecting ?? ''))) {
    const asDate = readClause(split.after, { ...ctx, expecting: before.titles?.some((x) => x.since) && !before.skills?.some((x) => x.since) ? 'titles.since' : 'skills.since' });
    if (asDate.month) after = { ...after, month: asDate.month, ...(asDate.monthApprox ? { monthApprox: true } : {}), number: undefined };
  }
  // 2021年3月，不是三月，是九月: a month alone corrects the month of the date said before it, in that date's year
  const beforeDate = lastDate(before);
  if (after.month && beforeDate && !/年|(?:19|20)\d{2}|\b(?:year|ago)\b/.test(split.after)) {
    after = { ...after, month: `${beforeDate.slice(0, 4)}-${after.month.slice(5, 7)}`, monthApprox: undefined, monthRelative: undefined, futureMonth: undefined };
  }
  const u: Understanding = { ...before };
  const fields: (keyof Understanding)[] = [];
  for (const k of FACT_FIELDS) {
    if (after[k] === undefined) continue;
    (u as unknown as Record<string, unknown>)[k] = after[k];
    fields.push(k);
  }
  // Two certificates said, one corrected: the other stays (高级工2018年技师2022年，不对，技师是2021年); a date alone
  // corrects the date said last before it (技师2019年3月，哦不对，2018年3月)
  for (const key of ['skills', 'titles'] as const) {
    const merged = mergeCorrected<ParsedSkill | ParsedTitle>(before[key], after[key], after.month && !after.skills?.length && !after.titles?.length ? after : undefined, [...(before.denied ?? []), ...(after.denied ?? [])]);
    if (!merged) continue;
    (u as { skills?: unknown; titles?: unknown })[key] = merged;
    if (!fields.includes(key)) fields.push(key);
  }
  // denials count on both sides (不是技师，是高级技师; I meant engineer, not assistant engineer)
  if (after.denied?.length) u.denied = [...(before.denied ?? []), ...after.denied];
  if (after.command) u.command = after.command;
  if (after.question) u.question = true;
  if (before.month && fields.includes('month') && !fields.includes('monthApprox')) delete u.monthApprox;
  u.readings = [...(before.readings ?? []).filter((r) => !fields.some((f) => readingField(r) === f)),
    ...(after.readings ?? []).map((r) => ({ ...r, meaning: r.meaning === 'holds' ? 'corrects' as const : r.meaning }))];
  u.correction = { fields };
  u.recognized = true;
  return withGuesses(u, guessed);
}

/** Between a level and a duration in English: how long it has been held (for 3 years, since 3 years, already 2 years). */
const HELD_FOR_EN = /^\s*(?:\((?:level \d|[a-z ]+)\)\s*)?(?:(?:skill |vocational )?cert(?:ificate)?s?|level|title|grade|qualification)?\s*(?:(?:i (?:have|had|'ve) )?(?:had|held|got|owned) (?:it|that|this|one)\s*)?(?:for|since|already|now)?\s*(?:already|about|around|almost|nearly|over|more than|roughly|approx\.?|approximately|just|only|the (?:last|past))?\s*$/;
/** A year as people say one (18年, 一九年, 2019年): what follows a correction marker in place of a date. */
const YEAR_SAID = /(?:(?<!\d)\d{2}|[零〇一二九][零〇一二三四五六七八九])\s*年(?!多|了|半|以上|左右)/;
/** The date said last in a reading: its last dated level's, else its month. */
function lastDate(u: Understanding): string | undefined {
  const dated = [...(u.skills ?? []), ...(u.titles ?? [])].filter((x) => x.since);
  return dated.at(-1)?.since ?? u.month;
}
const datedIn = (u: Understanding): boolean => Boolean(u.skills?.some((x) => x.since) || u.titles?.some((x) => x.since));
/** What a weak marker (不好意思, sorry) needs after it to be a correction. */
const namesFact = (u: Understanding): boolean => Boolean(u.region || u.skills?.length || u.titles?.length || u.month || u.awards?.length
  || u.workYears !== undefined || u.annualReviewsPassed !== undefined);

/**
 * The levels a correction leaves, from the part before and the part after it: the same level named again takes its
 * new date; another level replaces the one denied, else the only one; a date alone goes to the level dated last.
 * Undefined when the part before named no level (then the part after stands as it is).
 */
function mergeCorrected<T extends { level: string; since?: string; sinceApprox?: boolean }>(
  before: T[] | undefined, after: T[] | undefined, dateOnly: Understanding | undefined, denied: { level: string }[],
): T[] | undefined {
  if (!before?.length) return undefined;
  const out = before.filter((x) => !denied.some((d) => d.level === x.level && !after?.some((a) => a.level === x.level))).map((x) => ({ ...x }));
  if (after?.length) {
    for (const n of after) {
      const same = out.findIndex((x) => x.level === n.level);
      if (same >= 0) {
        const o = out[same];
        out[same] = { ...o, ...n };
        if (n.since) { delete out[same].sinceApprox; Object.assign(out[same], correctedSince(o, n.since, n.sinceApprox)); }
        continue;
      }
      if (out.length === before.length && out.length === 1) out[0] = { ...n, ...(n.since ? {} : out[0].since ? { since: out[0].since, ...(out[0].sinceApprox ? { sinceApprox: true } : {}) } : {}) } as T;
      else out.push({ ...n });
    }
    return out;
  }
  if (dateOnly?.month) {
    let i = -1;
    for (let k = out.length - 1; k >= 0 && i < 0; k--) if (out[k].since) i = k;
    // the technician one is wrong, it's 2018: the one level named is the one dated
    if (i < 0 && out.length === 1) i = 0;
    if (i < 0) return undefined;
    const o = out[i];
    out[i] = { ...o };
    delete out[i].sinceApprox;
    Object.assign(out[i], correctedSince(o, dateOnly.month, dateOnly.monthApprox));
    return out;
  }
  return undefined;
}

const readingField = (r: { what: string }): keyof Understanding | undefined =>
  ({ region: 'region', skill: 'skills', title: 'titles', award: 'awards', date: 'month', workYears: 'workYears', annualReviews: 'annualReviewsPassed' } as const)[r.what as 'region'];

function withGuesses(u: Understanding, guessed: Guess[]): Understanding {
  return guessed.length && u.recognized ? { ...u, guessed } : u;
}

// 想 / 打算 / 准备: someone's own wish (高级技师想评高工: the speaker is the 高级技师)
const PERSONAL = /我|本人|俺|咱|自己|想|打算|准备|他|她|该员工|该职工|职工|员工|来电|对方|学员|师傅|\bhe\b|\bshe\b|\bhis\b|\bher\b|\bthey\b|\bcaller\b|拿了|拿的|拿到|取得|考了|考的|考过|考到|评了|评的|评上|获得了?|持有|来电人|\b(?:i|i'm|i've|im|my|me|mine)\b/;
const WORK_KEY_NUMBER = /(?:工龄|工作年限|从业年限|年限|工作经验|年资)[:：\s]*(\d{1,2}(?:\.\d)?|[一二两三四五六七八九十]{1,3})(?![\d.年个月])/;
const ALL_PASSED = /^(?:(?:都|全都|全部|每年都|年年都?|一直都?|三年都|近三年都|这三年都|其实都|其实是都)(?:是)?(?:合格|称职|优秀|良好|通过)|(?:是|其实)?(?:合格|称职))(?:了|的)?$/;
/** Award names read with the region (awards.ts's byRegion rules). */
const REGIONAL_AWARD = /技术能手|技能大师|工匠|\btechnical experts?\b|\bskills? masters?\b|\bcraftsman\b/;
/** A permit named as a certificate (特种作业操作证, 电工证, 上岗证): not a skill level by itself. */
const PERMIT = /特种作业|操作证|上岗证|作业证|[电焊]工证|电工本|焊工本|\b(?:special (?:operations?|work) (?:permit|certificate|licen[cs]e)|operating (?:permit|licen[cs]e)|work permit|welding (?:permit|licen[cs]e)|electrician'?s? (?:permit|licen[cs]e))\b/;
const DASH_AFTER = /^\s*(?:—+|–|―|\s-+\s)/;
/** Where a sentence ends (a clause ends at a comma too: a sentence only at these). */
const SENTENCE_END = /[?。!;\n]/;
/** The words of asking (想问, 请问, 咨询一下): they say the person asks, not what the person holds. */
const ASKING_WORDS = /想问(?:一下|下|问)?|请问|问一下|问问|想了解(?:一下)?|想咨询(?:一下)?|咨询(?:一下)?|打听(?:一下)?|\bi (?:want|wanted|would like|'d like) to (?:ask|know)\b/g;
const ASKS = new RegExp(ASKING_WORDS.source);
/** 在吗, 有人吗: a greeting, not a question about the facts. */
const GREETING_ASK = /在吗|在么|在不在|有人吗|有人在吗|\b(?:hello|hi)\?/g;
/** After a level: what can it get me (能评啥, 可以报什么职称, 能评职称吗). */
const WHAT_IT_OPENS = /^\s*(?:证书?)?(?:的话|的人)?\s*(?:我)?(?:能|可以|可不可以|能不能|可否|能否|还能|都能|有资格)(?:评|报|申报|申请|考|转|升|拿|走)(?:个|点|上)?(?:啥|什么|哪些|哪个|几级|哪一级|哪级|职称|技能等级)/;
/** 高级技师还没有, 职称也没评: the level named, then denied (the clause ends there, with a particle (没有哈), or a wish
 * or the person's own facts follow: 工程师没有我是技师, 技师没有我只有高级工). */
const NEGATED_AFTER = /^\s*(?:证书?|书|职称)?(?:的话)?(?:我|我们|他|她)?(?:还|也|暂时|目前|现在|都|就|今年|一直|从来|至今)*(?:没有|没|未|木有|莫得|尚未)(?:来得及|顾上|时间)?(?:去|有去|参加|报名|报名去)?(?:考|拿|评|考过|拿到|评上|取得|考出来|下来|过|报名|报|申报|考试)?(?:下来|出来|上|到|到手|过)?(?:证)?(?:(?:呢|啊|哦|哈|呀|嘛)+|(?:呢|啊|哦|的|哈|呀|啦|嘛)*\s*(?:[,。;!?]|$|(?=想|打算|准备|但|不过|可以|能|我|就|只|然后)))/;
const WISH_AFTER_DENIAL = /想考|想评|想报|想拿|想当|是想|争取|希望|打算考|准备考|准备评|想申报|want to|wanna|plan to|planning to|hope to|hoping to|would like|trying to|going to (?:get|take|apply)|aim(?:ing)? (?:to|for)|working on it|working towards/;
const FOLLOW_UPS: [RegExp, 'when' | 'exempt' | 'hypothetical'][] = [
  // (English conditionals as people type them: if I was / were / 'd had / already had, say I had, let's say, assuming
  // I, imagine I, in case I, hypothetically)
  [/如果|要是|假如|假设|万一|若是|倘若|\bwhat if\b|\bif i(?:'d| would)?(?: (?:already|also|instead|still|just|ever|now))? (?:had|have|got|get|held|hold|was|were|am|been|became|become|obtained?|passed?|earned?|received?|won|win|reach(?:ed)?|make|made)\b|\bif i (?:keep|stay|continue|carry on|go on|work|wait|stick)\b|\bsuppose\b|\bsupposing\b|\b(?:say|said) i(?:'d| had| have| got| was| were| get| am)\b|\blet'?s say\b|\bassum(?:e|ing)(?: that)? i\b|\bimagine(?: that)? i\b|\bin case i\b|\bhypothetically\b|\bpretend i\b/, 'hypothetical'],
  [/免(?:考|试|理论|笔试|于)|不用考|可以不考|不考理论|考理论|理论(?:知识)?(?:考试)?(?:要|需要|用|得|还要)(?:不要)?考|理论(?:知识)?考试(?:要|需要|用)|\bexempt|\bexemption|\bskip the (?:theory|exam|written)|\b(?:theory|written) (?:test|exam)/, 'exempt'],
  // (the wait said as a complaint is a when: 还得等多长时间, 要等很久吧, 得熬好几年, I have to wait a while?)
  // (the month or the time asked in other words is a when too: 什么时间, 哪天, 好久能报 (多久 in south-western speech),
  // which month, what year, what date, exactly when)
  [/(?:几|多少)个?(?:年|月)(?:后|以后|之后)?(?:才|就)?(?:能|可以|可|能够)(?:去)?(?:报|评|申报|申请|考|升)|什么时间|啥时间|哪天|哪一天|好久(?:以后|之后)?(?:才)?(?:能|可以|可)|\b(?:which|what) (?:exact |precise |actual |earliest )?(?:month|year|date)\b|\bthe (?:exact|precise|actual|earliest) (?:month|year|date)\b|\bexactly when\b|\bwhen exactly\b|什么时候|何时|哪年|哪一年|几时|多久|啥时候|啥时|几年后|几年以后|多少年后|还要等|还差多久|要等到|哪一?个月|几月|(?:等|熬)(?:上)?(?:好久|很久|多长时间|好几年|多少年|那么久|这么久|一阵子?|一段时间)|(?:要|得|还要|还得|需要)(?:好久|很久|好几年|多长时间)|多长时间|(?:还|再|要|得|需要)(?:要|得|干|等|熬)?(?:几|多少)(?:年|个月)|等到(?:哪天|哪一天|猴年马月)|\bwhen\b|\bhow long\b|\bhow (?:much|many) (?:longer|more (?:years|months))\b|\bhow soon\b|\b(?:have to|need to|must|got to|gotta) wait\b|\bwait (?:long|a while|for years|that long|so long)\b/, 'when'],
];

/** Between a year and a level wanted: the wish's verb (今年评, 今年想考个, 2027年去报): the year is the wish's. */
const WISH_TIME_BETWEEN = /^\s*(?:就|再|也|还)?(?:想|打算|准备|计划|要|争取)?(?:去)?(?:评|考|报|申报|申请|报考|冲|冲击|拿|升|转评)(?:个|一个|一下)?\s*$/;

function readClause(norm: string, ctx: UnderstandContext): Understanding {
  const u: Understanding = { recognized: false };
  if (!norm) return u;
  const asOf = String(ctx.asOf ?? '').slice(0, 7);
  const now = asOfIndex(asOf);
  const expecting = ctx.expecting ?? null;
  const s = new Scratch(norm);
  // 不记得是哪一年了, 哪年拿的忘了: what is not known holds no number or date (哪一年 is not "one year")
  const notKnown = /不|忘|记|清|确定/.test(norm) ? [...allMatches(norm, NOT_KNOWN_WHAT), ...allMatches(norm, FORGOTTEN_ASK)] : [];
  for (const m of notKnown) s.mask(m.index, m.index + m[0].length);

  // commands
  const cmd = findCommand(norm);
  if (cmd) {
    const otherRegionAnswer = cmd.command.type === 'change_region' && expecting === 'region' && !/换|切换|更换|改|change|switch/.test(norm);
    if (!otherRegionAnswer) {
      if (cmd.command.type === 'modify') return { command: cmd.command, recognized: true };
      u.command = cmd.command;
      s.mask(cmd.span.start, cmd.span.end);
    }
  }

  // a technical-school class (before levels: 高级工班 is not 高级工)
  for (const [re, cls] of TECH_SCHOOL) {
    for (const m of allMatches(s.text, re)) {
      if (u.techSchoolClass === undefined) u.techSchoolClass = cls;
      s.mask(m.index, m.index + m[0].length);
    }
  }

  // annual reviews (before numbers: 近3年 is not a duration)
  const reviews = findReviews(s.text);
  if (reviews) {
    u.annualReviewsPassed = reviews.passed;
    for (const sp of reviews.spans) s.mask(sp.start, sp.end);
  }

  // awards (before places: 重庆市技术能手, 江苏工匠 name no place)
  // (the place is looked up only for an award whose name depends on it: the lookup is the costliest step)
  const regionForAwards: Region | undefined = ctx.region ?? (REGIONAL_AWARD.test(norm) ? findPlace(norm, norm, false)?.match.region : undefined);
  // (an award named as a wish or denied is read by the words that say so for a level: 想当辽宁工匠, 争取评上全国技术能手,
  // my goal is …, 还不是辽宁工匠: the same award, wanted or not held, never among the awards held)
  const awards = findAwards(s.text, regionForAwards, ctx.awardsAsNamed ? undefined : (start, end) => awardMeaning(norm, start, end));
  for (const sp of awards.spans) s.mask(sp.start, sp.end);
  if (awards.wanted.length) u.wantedAwards = awards.wanted;
  if (awards.awards.length > 0) u.awards = awards.awards;
  else if (awards.none) u.awards = [];
  // (还不是辽宁工匠 to "any awards?": of the awards named, none held)
  else if (awards.denied && expecting === 'awards') u.awards = [];
  // 鞍山市技术能手 where the text names no city's honour: heard, and counted as none (the reply says so)
  else if (awards.unlisted.length) { u.awards = []; u.unlistedAwards = awards.unlisted; }
  // 省技术能手 with no region known yet: kept as said, read once the region is (the dialog does)
  if (awards.awaitingRegion.length) u.awardsAwaitingRegion = awards.awaitingRegion;

  // explicit "no title" / "no certificate" (before levels: 没有职称证书 is about titles)
  let titlesNone = false;
  for (const m of allMatches(s.text, TITLES_NONE)) { titlesNone = true; s.mask(m.index, m.index + m[0].length); }

  // occupations, then levels
  const occupations = findOccupations(s.text).filter(o => !NEGATED_BEFORE.test(norm.slice(Math.max(0, o.start - 6), o.start)));
  for (const o of occupations) s.mask(o.start, o.end);
  const levels = findLevels(s.text, norm);
  for (const l of levels) s.mask(l.start, l.end);

  let skillsNone = false;
  for (const m of allMatches(s.text, SKILLS_NONE)) { skillsNone = true; s.mask(m.index, m.index + m[0].length); }
  // English none said of a fact's noun, fillers between (never got any title, i no have any award, haven't received a
  // single prize, don't hold any certs): that fact's none, whatever was asked; a "no" that begins it is no bare no
  let noneLeads = false;
  for (const m of allMatches(s.text, NONE_OF_NOUN_EN)) {
    const noun = m[1];
    if (/^title/.test(noun)) titlesNone = true;
    else if (/^(?:cert|qualif)/.test(noun)) skillsNone = true;
    else if (u.awards === undefined) u.awards = [];
    if (s.text.slice(0, m.index).trim() === '') noneLeads = true;
    s.mask(m.index, m.index + m[0].length);
  }

  // dates
  const sinceSlot = SINCE_SLOTS.has(expecting ?? '');
  const dates = findDates(s.text, asOf, sinceSlot, levels);
  const sinceDates: FoundDate[] = [];
  // (打算今年评助理工程师, 准备2027年考技师: a date with a verb of applying and a level wanted after it is when the wish
  // is for, not when anything was obtained; the occupation may stand between: 今年想考个电工技师)
  const outsideOccupations = (from: number, to: number): string => [...norm.slice(from, to)].filter((_, k) => !occupations.some((o) => from + k >= o.start && from + k < o.end)).join('');
  for (const d of dates) {
    // (工龄十一年, 干了十八年: years said in words right after the words of working are a duration, not the year 2011)
    if (/^[一二两三四五六七八九十]+年$/.test(norm.slice(d.start, d.end)) && WORKED_RIGHT_BEFORE.test(norm.slice(Math.max(0, d.start - 8), d.start))) continue;
    s.mask(d.start, d.end);
    // (only a year said alone, this year or later: 2022.03 能报助工不, 2020年考技师 date what was obtained)
    if (d.approx && Number(d.month.slice(0, 4)) >= Number(asOf.slice(0, 4))
      && levels.some((l) => l.target && l.start >= d.end && l.start - d.end <= 10 && WISH_TIME_BETWEEN.test(outsideOccupations(d.end, l.start)))) continue;
    if (WORK_START_AFTER.test(s.original.slice(d.end, d.end + 8)) && !WORK_DURATION_AFTER.test(s.original.slice(d.end, d.end + 14))) {
      const months = now - monthIndex(d.month);
      if (months >= 0 && u.workYears === undefined) u.workYears = Math.floor((months / 12) * 100) / 100;
    } else sinceDates.push(d);
  }
  // 2020 or 2021, march or april 2019: of two dates said as either, the later (the reading that promises least)
  for (let i = sinceDates.length - 2; i >= 0; i--) {
    const [a, b2] = [sinceDates[i], sinceDates[i + 1]];
    if (!/^\s*(?:or|or maybe|or perhaps|or so|\/)\s*$/.test(norm.slice(a.end, b2.start))) continue;
    // (one date, where the first was said: its level is the one before it)
    sinceDates.splice(i, 2, { ...(monthIndex(a.month) > monthIndex(b2.month) ? a : b2), start: a.start, end: b2.end });
  }
  // 拿了快四年 22年12月, 高级工证有四年多了 22年5月拿的: a time counted back and a month named beside it, no level between,
  // say one date; the month named is the exact one (the years counted back only round it)
  for (let i = sinceDates.length - 1; i >= 0; i--) {
    const r = sinceDates[i];
    if (!r.relative) continue;
    const exact = sinceDates.find((d) => !d.relative && !d.approx && Math.abs(monthIndex(d.month) - monthIndex(r.month)) <= 18
      && (d.start >= r.end ? d.start - r.end : r.start - d.end) <= 12 && !levels.some((l) => l.start >= Math.min(r.end, d.end) && l.start < Math.max(r.start, d.start)));
    if (exact) sinceDates.splice(i, 1);
  }
  if (sinceDates.length > 0) {
    u.month = sinceDates[0].month;
    if (sinceDates[0].approx) u.monthApprox = true;
    if (sinceDates[0].relative) u.monthRelative = true;
    if (sinceDates[0].below) u.monthBelow = sinceDates[0].below;
    const cue = norm.slice(sinceDates[0].end, sinceDates[0].end + 4).split(/[\s,。;!?]/)[0];
    if (/评|职称/.test(cue)) u.dateCue = cue;
  }

  // place
  let place = findPlace(s.text, norm, expecting === 'region');
  // 渝北区比赛第一名: the district named with its contest is where the contest was, not where one works
  if (place && expecting !== 'region' && awards.spans.some((a) => a.start >= place!.end && a.start <= place!.end + 1 && /^[区县]/.test(norm.slice(a.start, a.start + 1) || norm.slice(place!.end, place!.end + 1)))) place = undefined;
  if (place) {
    s.mask(place.start, place.end);
    if (u.command?.type === 'change_region') u.command = { type: 'change_region', region: place.match };
    else u.region = place.match;
  }
  // (a contest read with the region it was held in: Chongqing's 市赛 is its own city-wide contest)
  const contestRegion = u.region?.region ?? ctx.region;
  if (u.awards?.length && contestRegion) u.awards = u.awards.map((a) => contestInRegion(a, contestRegion));

  // durations and numbers
  const durations = findDurations(s.text);
  // (voice without punctuation: 前年有一年考核是基本称职其他都合格工作九年: of the years said, those right after the words
  // of working are the work's; the others (a year of the reviews) are not, when both are said)
  const workedAdjacent = durations.find((d) => WORKED_RIGHT_BEFORE.test(norm.slice(Math.max(0, d.start - 24), d.start)));
  for (const d of durations) {
    if (workedAdjacent && d !== workedAdjacent && expecting !== 'workYears') { s.mask(d.start, d.end); continue; }
    s.mask(d.start, d.end);
    // the clause, and the key before a colon (年限：12年)
    const local = localClause(s, d);
    const c = s.clauseText(d.start);
    const key = norm.slice(c.start, d.start).trim() === '' && /(?:工龄|工作年限|从业年限|年限|工作经验|年资|工作)[:：\s]*$/.test(norm.slice(Math.max(0, c.start - 8), c.start));
    // 二十年工龄: the key after the years
    const keyAfter = /^\s*(?:的)?(?:工龄|工作经验|工作年限|从业经验|年资|经验)/.test(norm.slice(d.end, d.end + 6));
    if (u.workYears === undefined && (expecting === 'workYears' || WORK_CUE.test(local) || key || keyAfter)) {
      u.workYears = d.years;
      if (d.below !== undefined) u.workYearsBelow = { below: d.below, said: s.original.slice(d.start, d.end) };
    }
  }
  if (durations.length > 0) u.number = durations[0].years;
  // 工龄12, 工作年限：15: the years after their key, unit unsaid
  if (u.workYears === undefined) {
    const k = WORK_KEY_NUMBER.exec(s.text);
    if (k) { const v = parseNumber(k[1]); if (v !== undefined && v <= 60) u.workYears = v; }
  }
  const bareNum = bareNumber(norm);
  if (bareNum !== undefined && u.number === undefined && u.month === undefined) u.number = bareNum;

  // levels → skills, titles, targets
  const skillSlot = SKILL_SLOTS.has(expecting ?? '');
  const titleSlot = TITLE_SLOTS.has(expecting ?? '');
  type Held = { kind: 'skill'; level: SkillLevel; hit: LevelHit; since?: string; approx?: boolean; occupation?: string; datedAt?: number }
    | { kind: 'title'; level: TitleLevel; series?: Series; hit: LevelHit; since?: string; approx?: boolean; named?: string; datedAt?: number };
  const held: Held[] = [];
  const targets: ParsedTarget[] = [];
  const seriesNamed: { series: Series; hit: LevelHit }[] = [];
  const unclear: { said: string; skill: SkillLevel; title: TitleLevel }[] = [];
  for (const hit of levels) {
    const e = hit.entry;
    if (e.kind === 'series') { seriesNamed.push({ series: e.series, hit }); continue; }
    let kind: 'skill' | 'title' | undefined;
    let skill: SkillLevel | undefined;
    let title: TitleLevel | undefined;
    let series: Series | undefined;
    let named: string | undefined;
    if (e.kind === 'skill') { kind = 'skill'; skill = e.level; }
    else if (e.kind === 'title') { kind = 'title'; title = e.level; series = e.series; named = e.outside ? norm.slice(hit.start, hit.end) : undefined; }
    else {
      const after = norm.slice(hit.end, hit.end + 2);
      const occupationAfter = occupations.some(o => (o.start >= hit.end && o.start - hit.end <= 1) || (o.end <= hit.start && hit.start - o.end <= 1 && /^\s?$/.test(norm.slice(o.end, hit.start))));
      if (expecting === 'techSchoolClass') {
        if (e.skill === 'senior_worker') u.techSchoolClass ??= 'advanced';
        if (e.skill === 'intermediate_worker') u.techSchoolClass ??= 'intermediate';
        continue;
      }
      // (a bare 高级 read by the question asked: the echo says how it was taken)
      const bareWord = /^[\u4e00-\u9fff]+$/.test(norm.slice(hit.start, hit.end)) ? norm.slice(hit.start, hit.end) : undefined;
      if (skillSlot && e.skill) { kind = 'skill'; skill = e.skill; if (bareWord) (u.levelByQuestion ??= []).push({ said: bareWord, kind, level: skill }); }
      else if (titleSlot && e.title) { kind = 'title'; title = e.title; if (bareWord) (u.levelByQuestion ??= []).push({ said: bareWord, kind, level: title }); }
      else if (e.skill && (after.startsWith('证') || occupationAfter)) { kind = 'skill'; skill = e.skill; }
      // 考了个中级 (a certificate is sat for), 评了高级 (a title is conferred): the verb says which ladder
      else if (e.skill && /考(?:了|过|到|的|取)?(?:个|一个)?$/.test(norm.slice(Math.max(0, hit.start - 4), hit.start))) { kind = 'skill'; skill = e.skill; }
      else if (e.title && /评(?:了|上|过|的|到|上了)?(?:个|一个)?$/.test(norm.slice(Math.max(0, hit.start - 4), hit.start))) { kind = 'title'; title = e.title; }
      else if (e.title === 'intermediate' && /[\u4e00-\u9fff]/.test(norm.slice(hit.start, hit.end))) { kind = 'title'; title = e.title; }
    }
    if (expecting === 'techSchoolClass' && kind === 'skill' && skill === 'technician') { u.techSchoolClass ??= 'preparatory_technician'; continue; }
    // 我是高级, I am senior since 2019: either ladder, nothing asked to tell which (the dialog asks)
    if (!kind && e.kind === 'ambiguous' && e.skill && e.title && !hit.target && !skillSlot && !titleSlot && expecting !== 'techSchoolClass'
      && !negatedAt(norm, hit.start, hit.end)) {
      unclear.push({ said: norm.slice(hit.start, hit.end), skill: e.skill, title: e.title });
    }
    if (!kind) continue;
    // 没有技师证: not held, and says nothing about other levels
    if (negatedAt(norm, hit.start, hit.end)) {
      const level: ParsedTarget | undefined = kind === 'skill' && skill ? { kind: 'skill', level: skill } : kind === 'title' && title ? { kind: 'title', level: title } : undefined;
      if (level) {
        (u.denied ??= []).push(level);
        // 我没有技师证啊，是想考: denied, and wanted
        if (WISH_AFTER_DENIAL.test(norm.slice(hit.end))) targets.push(level);
      }
      continue;
    }
    if (hit.target) {
      // (高级工程师就是副高: the level said twice is one target, with the series either names)
      const same = targets.find((x) => x.kind === kind && x.level === (kind === 'skill' ? skill : title));
      if (same) { if (same.kind === 'title' && !same.series && series) same.series = series; continue; }
      if (kind === 'skill' && skill) targets.push({ kind: 'skill', level: skill });
      if (kind === 'title' && title) targets.push({ kind: 'title', level: title, ...(series ? { series } : {}) });
      continue;
    }
    if (kind === 'skill' && skill) held.push({ kind: 'skill', level: skill, hit });
    if (kind === 'title' && title) held.push({ kind: 'title', level: title, hit, ...(series ? { series } : {}), ...(named ? { named } : {}) });
  }

  // dates → the level they belong to
  const slotKind = expecting === 'skills.since' ? 'skill' : expecting === 'titles.since' ? 'title' : undefined;
  const awardDated = new Set<FoundDate>();
  // (in the order said: a year said first and restated after is refined, not handed to the next level)
  for (const d of [...sinceDates].sort((a, b) => a.start - b.start)) {
    const free = held.filter(h => h.since === undefined && (!slotKind || h.kind === slotKind));
    // 2022年省赛第二名，高级工: a date said with an award and no level is the award's
    if (!slotKind && awards.spans.some(a => s.clause(a.start) === s.clause(d.start)) && !free.some(h => s.clause(h.hit.start) === s.clause(d.start))) {
      awardDated.add(d);
      continue;
    }
    const owner = ownerOf(s, d, free);
    // 今年拿了技师证，就是2026年3月份拿的: the month said right after a level dated by its year alone, in that year, is
    // that date made precise (not the next level's date), unless a level of its own clause follows it
    const refined = d.approx ? undefined : restated(s, d, held, levels);
    if (refined && (RESTATING.test(norm.slice(Math.max(0, d.start - 8), d.start)) || (!owner && s.clause(d.start) - s.clause(refined.hit.start) <= 1))) {
      refined.since = d.month;
      delete refined.approx;
      refined.datedAt = d.end;
      continue;
    }
    if (owner) {
      owner.since = d.month;
      if (d.approx) owner.approx = true;
      owner.datedAt = d.end;
    }
  }
  // 高级工和技师分别是一六年和二一年: levels, then 分别 (respectively), then as many dates: paired in order
  // (in English too: "senior worker and technician, 2016 and 2021 (respectively)": every level named before every date)
  let respectively = norm.indexOf('分别');
  if (respectively < 0 && /[a-z]/.test(norm) && held.length >= 2 && sinceDates.length === held.length) {
    const lastLevel = Math.max(...held.map((h) => h.hit.end));
    if (sinceDates.every((d) => d.start > lastLevel) && /^[\s,:(]*(?:(?:respectively|in|since|from|got (?:them|those) in|obtained in)\s+)?[\s,:(]*$/.test(norm.slice(lastLevel, Math.min(...sinceDates.map((d) => d.start))))) respectively = lastLevel;
  }
  if (respectively >= 0) {
    const named = held.filter(h => h.hit.end <= respectively);
    const dated = sinceDates.filter(d => d.start > respectively && !awardDated.has(d));
    if (named.length >= 2 && named.length === dated.length) {
      named.forEach((h, i) => { h.since = dated[i].month; if (dated[i].approx) h.approx = true; else delete h.approx; });
    }
  }
  // the month read is no award's date
  if (awardDated.size && awardDated.has(sinceDates[0])) {
    const other = sinceDates.find(d => !awardDated.has(d));
    delete u.month; delete u.monthApprox; delete u.monthRelative; delete u.monthBelow; delete u.dateCue;
    if (other) {
      u.month = other.month;
      if (other.approx) u.monthApprox = true;
      if (other.relative) u.monthRelative = true;
    }
  }
  // 技师3年, 高级工两年: a duration right after a level is how long it has been held
  for (const d of durations) {
    // (in English with the words between: technician for 3 years, technician certificate since 3 years, title for about 2 years)
    const h = held.find(x => x.since === undefined && d.start >= x.hit.end && (d.start - x.hit.end <= 1 ? /^\s?$/.test(norm.slice(x.hit.end, d.start))
      : d.start - x.hit.end <= 40 && HELD_FOR_EN.test(norm.slice(x.hit.end, d.start))));
    if (!h) continue;
    // (a time ahead is no time held: engineer in 3 years, 3 years from now, 技师两年后)
    if (/^\s*(?:from now|later|hence|'?s? time|(?:以|之)?后)/.test(norm.slice(d.end)) || /\bin\s*$/.test(norm.slice(0, d.start))) continue;
    h.since = monthString(now - Math.round(d.years * 12));
    if (u.month === undefined) u.month = h.since;
  }
  // a bare duration when asked since when: that many years ago (to be confirmed)
  if (sinceSlot && u.month === undefined && u.number !== undefined && u.number <= 60) {
    u.month = monthString(now - Math.round(u.number * 12));
    u.monthFromNumber = true;
    const only = held.filter(h => h.kind === slotKind);
    if (only.length === 1 && !only[0].since) only[0].since = u.month;
  }

  // occupations → the skill they qualify
  if (occupations.length > 0) u.occupation = occupations[0].name;
  for (const o of occupations) {
    const skills = held.filter(h => h.kind === 'skill');
    const owner = (ownerOf(s, o, skills) ?? (skills.length === 1 ? skills[0] : undefined)) as Extract<Held, { kind: 'skill' }> | undefined;
    if (owner && owner.occupation === undefined) owner.occupation = o.name;
  }
  // series named apart → the titles of their clause
  for (const sn of seriesNamed) {
    const owner = held.find(h => h.kind === 'title' && h.series === undefined && s.clause(h.hit.start) === s.clause(sn.hit.start));
    if (owner && owner.kind === 'title') owner.series = sn.series;
  }
  // 中级职称，机械类: one title without a series, and one series named in another clause
  const unseriesed = held.filter(h => h.kind === 'title' && h.series === undefined && !h.named);
  if (unseriesed.length === 1 && seriesNamed.length === 1) (unseriesed[0] as { series?: Series }).series = seriesNamed[0].series;
  if (seriesNamed.length > 0 && (SERIES_SLOTS.has(expecting ?? '') || held.length === 0)) u.series = seriesNamed[0].series;
  // asked the series: a specialty of the engineering series named alone (机械, 电气的, 建筑工程)
  if (u.series === undefined && SERIES_SLOTS.has(expecting ?? '') && ENGINEERING_SPECIALTY.test(norm.replace(/[\s,。.!?]+$/g, ''))) u.series = 'engineering';
  if (u.series === undefined && SERIES_SLOTS.has(expecting ?? '')) {
    const t = held.find(h => h.kind === 'title' && h.series);
    if (t && t.kind === 'title') u.series = t.series;
  }

  // A level named in a question by someone who says nothing of themselves (技师评工程师要几年) is asked about, not held.
  const isQuestion = QUESTION.test(norm.replace(/(?:没有?|没得?过?|不|无|也没)(?:什么|啥)/g, '').replace(NONE_OF_ANY, '').replace(GREETING_ASK, '').replace(FORGOTTEN_ASK, '').replace(NOT_KNOWN_WHAT, ''));
  const asked: Held[] = [];
  // But 技师能评啥, 高级工能评职称吗: the level is what the asker has, the question what it opens (no level asked).
  if (isQuestion && !PERSONAL.test(norm)) {
    for (let i = held.length - 1; i >= 0; i--) {
      if (held[i].since) continue;
      if (targets.length === 0 && (WHAT_IT_OPENS.test(norm.slice(held[i].hit.end))
        || (/\bwhat (?:can|could|may) (?:an? )?$/.test(norm.slice(0, held[i].hit.start)) && /^\s*(?:certificate |cert |title )?(?:holders? )?(?:apply for|get|go for|aim for|become|upgrade to)\b/.test(norm.slice(held[i].hit.end))))) continue;
      // technician - eligible for engineer?, 技师——能评高工吗: a level, a dash, and a question about another level: the
      // first is what the asker has (a level asked alone, senior technician - can I?, stays asked)
      if (DASH_AFTER.test(norm.slice(held[i].hit.end)) && levels.some((l) => l.target && l.start > held[i].hit.end)) continue;
      // 高级工程师，苏州的，能直接认定高级技师吗: a level said in a clause of its own, before or after the question
      if (!QUESTION.test(clauseWithMark(s, held[i].hit).replace(GREETING_ASK, ''))) continue;
      asked.push(...held.splice(i, 1));
    }
  }
  // 想问技师评工程师要几年？我自己只有高级工: a question of its own sentence that says nothing of the asker, beside a
  // sentence where the asker says what they hold: the levels of the question are asked about (想问 / 请问 ask, they
  // hold nothing)
  else if ((isQuestion || ASKS.test(norm)) && held.length > 1) {
    const sentenceOf = (at: number): Span => {
      let start = at, end = at;
      while (start > 0 && !SENTENCE_END.test(norm[start - 1])) start--;
      while (end < norm.length && !SENTENCE_END.test(norm[end])) end++;
      return { start, end: Math.min(norm.length, end + 1) };
    };
    const personal = (sp: Span): boolean => PERSONAL.test(norm.slice(sp.start, sp.end).replace(ASKING_WORDS, ''));
    const own = held.filter((h) => personal(sentenceOf(h.hit.start)));
    for (let i = held.length - 1; i >= 0 && own.length; i--) {
      const sp = sentenceOf(held[i].hit.start);
      if (held[i].since || personal(sp) || own.some((o) => sentenceOf(o.hit.start).start === sp.start)) continue;
      const sentence = norm.slice(sp.start, sp.end);
      // (想咨询一下技师转工程师的条件。: asking words make the sentence a question without a question mark)
      if (!(QUESTION.test(sentence.replace(GREETING_ASK, '')) || ASKS.test(sentence)) || WHAT_IT_OPENS.test(norm.slice(held[i].hit.end))) continue;
      asked.push(...held.splice(i, 1));
    }
  }
  // Engineer title?, 高级技师呢？: a level asked on its own clause is what the person wants, whoever they are
  // (not when the bot asked for that kind of level: "高级工程师？" is then a hesitant answer)
  for (const list of [asked, held]) {
    for (let i = list.length - 1; i >= 0; i--) {
      const h = list[i];
      if (h.since || (h.kind === 'skill' ? skillSlot : titleSlot) || !isBareLevelAsk(clauseWithMark(s, h.hit), norm.slice(h.hit.start, h.hit.end))) continue;
      list.splice(i, 1);
      targets.push(h.kind === 'skill' ? { kind: 'skill', level: h.level } : { kind: 'title', level: h.level, ...(h.series ? { series: h.series } : {}) });
    }
  }
  // a date after asOf is questioned, never held
  for (const h of held) {
    if (h.since && monthIndex(h.since) > now) { u.futureMonth ??= h.since; delete h.since; delete h.approx; }
  }
  if (u.month && monthIndex(u.month) > now) { u.futureMonth ??= u.month; delete u.month; delete u.monthApprox; }

  const skills: ParsedSkill[] = [];
  const titles: ParsedTitle[] = [];
  for (const h of held) {
    if (h.kind === 'skill') {
      const existing = skills.find(x => x.level === h.level);
      if (existing) { refineSince(existing, h); existing.occupation ??= h.occupation; continue; }
      skills.push({ level: h.level, ...(h.since ? { since: h.since } : {}), ...(h.approx ? { sinceApprox: true } : {}), ...(h.occupation ? { occupation: h.occupation } : {}) });
    } else {
      const existing = titles.find(x => x.level === h.level);
      if (existing) { refineSince(existing, h); existing.series ??= h.series; continue; }
      titles.push({ level: h.level, ...(h.since ? { since: h.since } : {}), ...(h.approx ? { sinceApprox: true } : {}), ...(h.series ? { series: h.series } : {}), ...(h.named ? { outside: h.named } : {}) });
    }
  }
  // one bare level word of either ladder, no other level named: asked which, with the date said (if one)
  if (unclear.length === 1 && !held.length && !targets.length && !(u.denied?.length) && !asked.length) {
    u.ladderUnclear = { ...unclear[0], ...(u.month ? { since: u.month } : {}), ...(u.month && u.monthApprox ? { sinceApprox: true as const } : {}) };
  }
  // 技师评工程师要几年 我还没考技师: a level said as not held is not held where it is named again without a date
  const deniedHere = (kind: 'skill' | 'title', level: string): boolean => !!u.denied?.some((d) => d.kind === kind && d.level === level);
  for (let i = skills.length - 1; i >= 0; i--) if (!skills[i].since && deniedHere('skill', skills[i].level)) skills.splice(i, 1);
  for (let i = titles.length - 1; i >= 0; i--) if (!titles[i].since && deniedHere('title', titles[i].level)) titles.splice(i, 1);
  if (skills.length > 0) u.skills = skills;
  else if (skillsNone) u.skills = [];
  if (titles.length > 0) u.titles = titles;
  else if (titlesNone) u.titles = [];
  if (targets.length > 0) u.targets = targets;

  // bare answers
  const b = bare(norm);
  // "no idea" / 不知道 is not a no
  // (no clue how, no idea where to start: the way is not known, not a fact; said beside facts it answers nothing)
  const unsure = dontKnow(norm) && !(PROCEDURE_UNKNOWN_EN.test(norm) && (held.length > 0 || targets.length > 0 || u.region !== undefined));
  const yn = unsure ? undefined : yesNo(norm);
  if (yn !== undefined && !u.command && !noneLeads) u.yesNo = yn;
  if (unsure) {
    u.dontKnow = true;
    const about = unknownTopic(norm);
    if (about) u.dontKnowAbout = about;
  }

  const choice = choiceNumber(norm);
  if (choice !== undefined) u.choice = choice;
  const noneAnswer = NONE_ANSWER.test(b) || NONE_SAID.test(b) || NONE_ANY.test(b) || NONE_EN.test(norm.replace(/[,.!?]+/g, ' ').replace(/ +/g, ' ').trim()) || (yn === false && b.length <= 4) || noneInWords(norm);

  // 都合格 / 年年称职 said after the question (a correction, or the answer given again): only reviews are 合格
  if (u.annualReviewsPassed === undefined && expecting !== 'annualReviewsPassed' && ALL_PASSED.test(b)) u.annualReviewsPassed = true;
  // a related diploma, said when asked or in passing (我是机电专业毕业的)
  const diploma = findDiploma(norm, expecting === 'relatedDiploma');
  if (diploma !== undefined) u.relatedDiploma = diploma;

  switch (expecting) {
    case 'skills':
      if (u.skills === undefined && noneAnswer) u.skills = [];
      // 电工证, 焊工证, 特种作业证 with no level: an operating permit, maybe no skill level at all; not known
      else if (u.skills === undefined && PERMIT.test(norm)) u.dontKnow = true;
      break;
    case 'titles':
      if (u.titles === undefined && noneAnswer) u.titles = [];
      break;
    case 'awards':
      if (u.awards === undefined && noneAnswer) u.awards = [];
      break;
    case 'workYears':
      // around 10, ten plus, 大概十, a decade: the one number said
      if (u.workYears === undefined && u.number === undefined && u.month === undefined) {
        const n = looseYears(norm);
        if (n !== undefined) u.number = n;
      }
      if (u.workYears === undefined && u.number !== undefined) {
        u.workYears = u.number;
        const d = durations[0];
        if (d?.below !== undefined && d.years === u.number) u.workYearsBelow = { below: d.below, said: s.original.slice(d.start, d.end) };
      }
      // since 2012, 2010年开始: counted from that month
      if (u.workYears === undefined && u.month && monthIndex(u.month) <= now) {
        u.workYears = Math.floor(((now - monthIndex(u.month)) / 12) * 100) / 100;
        delete u.month; delete u.monthApprox;
      }
      if (u.workYears === undefined && /^(?:0|零|zero|刚入行|刚工作|刚开始|不到一年|没满一年)$/.test(b)) u.workYears = 0;
      break;
    case 'annualReviewsPassed':
      if (u.annualReviewsPassed === undefined) {
        const r = bareReview(norm);
        if (r !== undefined) u.annualReviewsPassed = r;
        else if (yn !== undefined) u.annualReviewsPassed = yn;
        // 没考核, 单位不考核: not known whether the condition is met
        else if (/(?:没|没有|不|从不|从来不|不搞|不做)(?:年度)?考核|没(?:有)?(?:搞|做)(?:过)?(?:年度)?考核|\b(?:no|never had|don'?t have|do not have) (?:annual )?(?:reviews?|appraisals?|evaluations?)\b/.test(norm)) u.dontKnow = true;
      }
      break;
    case 'awards.class':
      // who ran it: a contest run by the 人社 department across trades is of the first class, one run by a trade's
      // department or association (or the union), with 人社 or alone, of the second
      { const cls = contestClassSaid(norm); if (cls !== undefined) u.number = cls; }
      // 人社厅办的: the class read from who ran it, not said (the answer says so)
      if (u.number !== undefined && classByOrganiser(norm) !== undefined && !/[一二12]类|\b(?:class|category|type|tier)\b/.test(norm)) u.classByOrganiser = true;
      // 一类的，第三名: the result said with the class
      { const r = findRank(norm); if (r.rank !== undefined || r.medal !== undefined) u.placed = { ...(r.rank !== undefined ? { rank: r.rank } : {}), ...(r.medal ? { medal: r.medal } : {}) }; }
      break;
    case 'awards.teamSize':
      { const cls = contestClassSaid(norm); if (cls !== undefined) u.contestClass = cls; }
      break;
    case 'awards.rank': {
      // 一类赛第二名: the class said with the result
      { const cls = contestClassSaid(norm); if (cls !== undefined) u.contestClass = cls; }
      const r = findRank(norm);
      if (r.rank !== undefined) u.number = r.rank;
      if (r.medal) {
        u.medal = r.medal;
        if (u.number === undefined && r.medal !== 'excellence') u.number = { gold: 1, silver: 2, bronze: 3 }[r.medal];
      }
      if (u.number === undefined && choice !== undefined) u.number = choice;
      // 5名, 第5: the place with its counter only
      if (u.number === undefined) { const n = /^(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*名$/.exec(b); if (n) u.number = parseNumber(n[1]); }
      // we won, 拿了第一: first
      if (u.number === undefined && !u.medal && FIRST_PLACE_ALONE.test(norm.replace(/[.!,。!]+$/, ''))) u.number = 1;
      // 没进前三: a place below the top N, not which
      if (/(?:没|没有|未)(?:进|能进|进入|拿到|挤进)?前\s*(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,3})|\b(?:not|didn'?t (?:make|get into)) (?:the )?top\b/.test(norm)) { delete u.number; u.dontKnow = true; }
      // 没名次, 只是参赛: in the competition, placed nowhere the rules name
      else if (u.number === undefined && !u.medal && (u.awards?.length === 0 || /没(?:有)?(?:拿到|拿|得)?(?:名次|排名)|只是参(?:赛|加)|参与奖|入围|\b(?:no (?:place|rank|placing)|unplaced|just took part|only took part|did not place|didn'?t place)\b/.test(norm))) u.number = 99;
      if (u.number !== undefined && u.awards?.length === 0) delete u.awards;
      break;
    }
    case 'relatedDiploma':
      if (u.relatedDiploma === undefined && yn !== undefined) u.relatedDiploma = yn;
      break;
    case 'techSchoolClass':
      if (u.techSchoolClass === undefined && (TECH_SCHOOL_NONE.test(b) || yn === false)) u.techSchoolClass = null;
      break;
    default:
      break;
  }
  // 团体 / 三个人一队 said while a competition's details are asked: its team
  if (expecting === 'awards.rank' || expecting === 'awards.class' || expecting === 'awards.teamSize') {
    const size = teamSize(norm);
    if (size !== undefined && !(expecting === 'awards.teamSize' && size === 'team')) u.teamSize = size;
  } else if (!u.awards?.length) {
    // 拿了个第四, 我们队三个人 said after the contest was named, while something else is asked: its result, its team
    const late = lateResult(norm);
    // (got 3rd place: the 3 is the place, not a number of years)
    if (late.placed) { u.placed = late.placed; delete u.number; delete u.workYears; }
    if (late.teamSize !== undefined) u.teamSize = late.teamSize;
  }
  if (OCCUPATION_SLOTS.has(expecting ?? '') && u.occupation === undefined && !u.command && !u.dontKnow && yn === undefined) {
    const t = norm.replace(/^(?:我是|我做|我干|做|干|是|工种是?|职业是?|i am an?|i'm an?|i work as an?)\s*/, '').replace(/[\s,。.!?的]+$/g, '').trim();
    if (t.length >= 2 && t.length <= 16 && /^[\u4e00-\u9fffa-z /-]+$/.test(t)) u.occupation = t;
  }

  const talk = u.command ? undefined : smallTalk(norm);
  // "ok thx bye", "thanks, that's all", 好的谢谢 先这样: a message made only of thanks, a goodbye or a closing is no yes to
  // the question asked (a yes-or-no question would otherwise record it); a bare 好的 / ok alone stays a yes
  if (talk && (talk === 'thanks' || talk === 'bye' || CLOSING.test(b))) {
    if (u.yesNo === true) delete u.yesNo;
    if (u.annualReviewsPassed === true) delete u.annualReviewsPassed;
    if (u.relatedDiploma === true) delete u.relatedDiploma;
  }
  if (isQuestion && !talk && !(u.command?.type === 'help' && b.length <= 1) && !(noneAnswer && !/[?？吗]/.test(norm))) u.question = true;
  const followText = notKnown.length ? s.text : norm;
  const follow = FOLLOW_UPS.find(([re]) => re.test(followText));
  if (follow) u.followUp = follow[1];
  // suppose I get a technician certificate: the level supposed is supposed held, not wanted
  // (要是评上辽宁工匠呢: the award supposed is supposed held too)
  if (u.followUp === 'hypothetical' && u.wantedAwards?.length && !u.awards?.length) { u.awards = u.wantedAwards; delete u.wantedAwards; }
  if (u.followUp === 'hypothetical' && u.targets?.length && !u.skills?.length && !u.titles?.length) {
    const skills = u.targets.filter(t => t.kind === 'skill').map(t => ({ level: t.level as SkillLevel }));
    const titles = u.targets.filter(t => t.kind === 'title').map(t => ({ level: t.level as TitleLevel, ...(t.kind === 'title' && t.series ? { series: t.series } : {}) }));
    if (skills.length) u.skills = skills;
    if (titles.length) u.titles = titles;
    delete u.targets;
  }

  if (u.annualReviewsPassed !== undefined && expecting !== 'annualReviewsPassed' && REVIEWS_UNKNOWN.test(norm)) delete u.annualReviewsPassed;
  // 有没有不合格的我不太清楚: the fact asked about under 有没有 is what is not known, not held
  if (u.dontKnow && WHETHER.test(norm)) {
    if (expecting === 'annualReviewsPassed' || /考核|review/.test(norm)) delete u.annualReviewsPassed;
    if ((expecting === 'titles' || u.dontKnowAbout === 'titles') && !u.titles?.length) delete u.titles;
    if ((expecting === 'awards' || u.dontKnowAbout === 'awards') && !u.awards?.length) delete u.awards;
    if (expecting === 'skills' && !u.skills?.length) delete u.skills;
  }

  // the readings: every fact with what the person means by it
  const readings: Reading[] = [];
  if (u.region) readings.push({ meaning: 'holds', what: 'region' });
  for (const x of u.skills ?? []) readings.push({ meaning: 'holds', what: 'skill', level: x.level });
  for (const x of u.titles ?? []) readings.push({ meaning: 'holds', what: 'title', level: x.level });
  if (u.awards?.length) readings.push({ meaning: 'holds', what: 'award' });
  if (u.workYears !== undefined) readings.push({ meaning: 'holds', what: 'workYears' });
  if (u.annualReviewsPassed !== undefined) readings.push({ meaning: 'holds', what: 'annualReviews' });
  if (u.month && !u.skills?.length && !u.titles?.length) readings.push({ meaning: 'holds', what: 'date' });
  for (const x of u.targets ?? []) readings.push({ meaning: u.question ? 'asks' : 'wants', what: x.kind, level: x.level });
  if (u.wantedAwards?.length) readings.push({ meaning: u.question ? 'asks' : 'wants', what: 'award' });
  if (awards.denied) readings.push({ meaning: 'denies', what: 'award' });
  for (const h of asked) readings.push({ meaning: 'asks', what: h.kind, level: h.level });
  for (const x of u.denied ?? []) readings.push({ meaning: 'denies', what: x.kind, level: x.level });
  if (readings.length) u.readings = readings;
  if (talk && !readings.length) u.smallTalk = talk;
  // (thanks or a goodbye with words of one's own around it, nothing else read: small talk all the same)
  // (a thanks or a goodbye is no yes to the question asked, as above; an okay stays one)
  else if (!talk && !u.command && Object.keys(u).every((k) => k === 'recognized' || k === 'yesNo')) {
    const closing = closingTalk(norm);
    if (closing) u.smallTalk = closing;
    if (closing && closing !== 'ok') delete u.yesNo;
  }

  u.recognized = Object.keys(u).some(k => k !== 'recognized' && (u as unknown as Record<string, unknown>)[k] !== undefined);
  return u;
}

/** Words that close the talk (that's all, 就这样, 先这样, nothing else), matched on the bare text. */
const CLOSING = /that(?:s|is|was|llbe)?(?:all|it|everything)|nothingelse|nomorequestions|nofurtherquestions|就这样|就这些|先这样|先这么着|没别的|就这么多|没其他|gottago|gotago|gtg|gottarun|imdone|iamdone|thatllbeall/;

const ENGINEERING_SPECIALTY = /^(?:是|我是|属于)?(?:机械|电气|电子|机电|化工|自动化|建筑|建设|土木|电力|冶金|材料|计算机|通信|信息|环保|轻工|纺织|交通|水利|测绘|船舶|汽车|数控|焊接|安全)(?:工程)?(?:类|专业|方向|系列)?(?:的)?$|^(?:mechanical|electrical|electronic|civil|chemical|construction|automation)(?: engineering)?$/;

/** A contest's result or team said alone, the contest unnamed (拿了个第四, 得了铜牌, got 3rd place; 我们队三个人, 个人赛). */
const RESULT_ALONE = new RegExp(String.raw`^(?:我|我们|俺)?(?:也|还|就|是|最后|最终)?(?:拿|得|获|获得|排|考|取得|进了?)?(?:了|到|过|的是)?(?:个|一个)?(?:(?:第\s*(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,3})\s*名?)|[一二三]等奖|[金银铜](?:牌|奖)|${PLACE_WORDS_ZH}|优胜奖)(?:名)?(?:的|了|吧|呢)?$|^(?:i |we )?(?:came|got|won|took|finished|placed)(?: a| the)? (?:1st|2nd|3rd|\d{1,2}th|first|second|third|fourth|fifth|sixth|gold|silver|bronze)(?: place| prize| medal)?$`);
/** The whole message a first place (我们赢了, 拿了冠军, 头名). */
const FIRST_PLACE_ALONE = new RegExp(String.raw`^(?:we|i) won(?: it| the (?:competition|contest|event))?$|^(?:拿了?|得了?|是)?(?:${FIRST_PLACE_ZH}|第一)(?:名)?$`);
const TEAM_WORDS = /队|组|团体|团队|赛|双人|单人|搭档|\b(?:team|individual|pairs?|solo|trio|duo)\b/;
function lateResult(norm: string): { placed?: { rank?: number; medal?: ParsedAwardMedal }; teamSize?: number | 'team' } {
  const out: { placed?: { rank?: number; medal?: ParsedAwardMedal }; teamSize?: number | 'team' } = {};
  const t = norm.replace(/[\s,。.!?！？]+$/g, '').trim();
  if (RESULT_ALONE.test(t)) {
    const r = findRank(t);
    if (r.rank !== undefined || r.medal) out.placed = { ...(r.rank !== undefined ? { rank: r.rank } : {}), ...(r.medal ? { medal: r.medal } : {}) };
  }
  if (TEAM_WORDS.test(t) && t.length <= 16) {
    const size = teamSize(t);
    if (size !== undefined) out.teamSize = size;
  }
  return out;
}

/** The one number in an answer to the years question (around 10, ten plus, 大概十, a decade), when it is alone. */
function looseYears(text: string): number | undefined {
  const decade = /\b(a|one|two|three) decades?\b/.exec(text);
  if (decade) return { a: 10, one: 10, two: 20, three: 30 }[decade[1] as 'a'];
  const nums = allMatches(text, LOOSE_NUMBER);
  if (nums.length !== 1 || text.length > 40) return undefined;
  const v = parseNumber(nums[0][1]);
  return v !== undefined && v >= 0 && v <= 60 ? v : undefined;
}
const LOOSE_NUMBER = new RegExp(`(?<![\\d.])(\\d{1,2}(?:\\.\\d)?|[一二两三四五六七八九十]{1,3}|\\b${EN_NUM}\\b)(?![\\d.])`, 'g');

/** A level named twice (技师二三年考的 … 技师是二三年五月): the month said of the second mention refines a year alone. */
function refineSince(existing: { since?: string; sinceApprox?: boolean }, h: { since?: string; approx?: boolean }): void {
  if (!h.since) return;
  if (!existing.since || (existing.sinceApprox && !h.approx)) {
    existing.since = h.since;
    if (h.approx) existing.sinceApprox = true; else delete existing.sinceApprox;
  }
}

/** Words that say the same thing again, more exactly (是, 就是, 具体是, 准确说是, that is); a level named between the
 * two dates makes the second that level's (restated() checks). */
const RESTATING = /(?:是|就是|也就是|具体(?:是|来说|说)?|准确(?:地)?(?:说|来说)(?:是)?|确切(?:地)?(?:说|来说)(?:是)?|\b(?:that is|i\.e\.|to be exact|precisely|exactly))[\s,]*(?:在|于|in)?\s*$/;
/** The level whose year alone, said just before, a full date restates: same year, and no other level named between
 * that level (or its year) and the date. */
function restated<T extends { hit: LevelHit; since?: string; approx?: boolean; datedAt?: number }>(s: Scratch, d: FoundDate, held: T[], levels: LevelHit[]): T | undefined {
  const h = held.filter((x) => x.approx && x.since && x.datedAt !== undefined && x.datedAt <= d.start && x.since.slice(0, 4) === d.month.slice(0, 4))
    .sort((a, b) => b.datedAt! - a.datedAt!)[0];
  if (!h) return undefined;
  const from = Math.min(h.hit.start, h.datedAt!);
  if (levels.some((l) => l !== h.hit && l.entry.kind !== 'series' && l.start >= from && l.start < d.start)) return undefined;
  return h;
}

/** The text of the span's clause in the unmasked message, up to the span's end. */
function localClause(s: Scratch, span: Span): string {
  const c = s.clauseText(span.start);
  return s.original.slice(c.start, c.end);
}

const EN_DATE_AFTER_LEVEL = /(?:[a-z)]\s+|\)\s*)(?:since|from|in|on|obtained(?: in)?|got (?:it )?in|awarded in|issued in|dated)\s*$/;

/** English, the level then only the words that lead to its date (senior worker cert end of 2017, the technician one in
 * spring 2022, engineer title got it back in 2020): the date is that level's, not the next one's. */
const EN_LEVEL_THEN_DATE = /\b(?:workers?|technicians?|engineers?|cert(?:ificate)?s?|titles?|one|level \d\)?|\))\s+(?:(?:cert(?:ificate)?|one|title|level|got|get|it|obtained|received|issued|awarded|dated|back|the|in|on|at|around|about|since|from|end|start|beginning|middle|mid|early|late|of|spring|summer|autumn|fall|winter)\s+)*$/;

/** The span's clause with the mark that ends it (Engineer title? asks). */
function clauseWithMark(s: Scratch, span: Span): string {
  const c = s.clauseText(span.start);
  return s.original.slice(c.start, Math.min(s.original.length, c.end + 1));
}

/** The held level a date or an occupation belongs to: same clause (nearest), else the nearest before, else the next clause. */
function ownerOf<T extends { hit: LevelHit }>(s: Scratch, span: Span, candidates: T[]): T | undefined {
  if (candidates.length === 0) return undefined;
  const clause = s.clause(span.start);
  const dist = (h: T): number => (h.hit.end <= span.start ? span.start - h.hit.end : h.hit.start - span.end);
  // English puts the date after its level: "senior worker (level 3) since 2019 and technician since 2023"
  if (EN_DATE_AFTER_LEVEL.test(s.original.slice(Math.max(0, span.start - 14), span.start)) || EN_LEVEL_THEN_DATE.test(s.original.slice(Math.max(0, span.start - 40), span.start))) {
    const prior = candidates.filter(h => h.hit.end <= span.start).sort((a, b) => b.hit.end - a.hit.end)[0];
    if (prior) return prior;
  }
  const same = candidates.filter(h => s.clause(h.hit.start) === clause);
  // people say the level, then its date (高级工证书是2018年6月拿的): a level just before wins over one just after
  const justBefore = same.filter(h => h.hit.end <= span.start && span.start - h.hit.end <= 6).sort((a, b) => b.hit.end - a.hit.end)[0];
  if (justBefore) return justBefore;
  if (same.length > 0) return same.sort((a, b) => Math.abs(dist(a)) - Math.abs(dist(b)))[0];
  const before = candidates.filter(h => h.hit.end <= span.start).sort((a, b) => b.hit.end - a.hit.end);
  if (before.length > 0) return before[0];
  const after = candidates.filter(h => h.hit.start >= span.end && s.clause(h.hit.start) <= clause + 2).sort((a, b) => a.hit.start - b.hit.start);
  return after[0];
}
