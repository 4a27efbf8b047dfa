// Eligibility questions answered by the rule engine, not by search: the question's facts (levels, titles, awards,
// years) → evaluate() per region → the paths that answer it, with the route, its years or award, the status for the
// facts given, and the row's own sentence quoted.
import { t, listSep } from '../i18n';
import { evaluate, rulesFor, type Citation, type Path } from '../rules';
import type { PathRule } from '../rules/ruleSchema';
import type { Region, SkillLevel, TitleLevel } from '../rules/vocabulary';
import { skillRank, titleRank } from '../rules/vocabulary';
import { findLevels, type Locale, type ParsedAward, type ParsedSkill, type ParsedTarget, type ParsedTitle, type Reading, type Understanding } from '../dialogs/understand';
import { POLICIES } from '../rules/policies';
import { clause as indexedClause } from '../rules/clauses';
import { heldAbovePrefix } from './heldAbove';
import { greenTo } from './greenTo';
import { placeAsked, type CompetitionMatcher } from './contestPlace';
import { EN_LEVELS } from './englishRoute';

/** The person's facts, as the dialog keeps them (a subset of the engine's profile). */
export interface PersonFacts {
  skills?: { level: SkillLevel; since?: string; occupation?: string }[];
  titles?: { level: TitleLevel; since?: string; series?: string }[];
  awards?: ParsedAward[];
  workYears?: number;
  annualReviewsPassed?: boolean;
  /** 专业技术职业资格 passed by exam (初级 / 中级): Sichuan's 附件2 counts it with the title of that level. */
  qualifications?: Qualification[];
}

export interface Qualification { level: 'junior' | 'intermediate' }
/** The understanding's reading, with what the Q&A reads itself (专业技术资格, which the understanding does not read). */
export type QAUnderstanding = Understanding & { qualifications?: Qualification[] };

export interface EligibilityLine { region: Region; text: string; citations: Citation[]; paths: Path[] }

type Facts = Required<Pick<PersonFacts, 'skills' | 'titles' | 'awards'>> & Pick<PersonFacts, 'workYears' | 'annualReviewsPassed' | 'qualifications'>;

// (…years for / until / to get <level>, how long until <level>: the level after is the one the years lead to.)
const EN_WANT = new RegExp(`\\b(?:(?:years?|how long)(?: [a-z]+){0,3}? (?:for|until|till|to get|to become|to reach|to)|take|sit|apply(?: for| to be)?|(?:be |get )?(?:recogni[sz]ed|certified|rated|assessed|evaluated|accredited) as|apply (?:directly|straight) for|(?:go|jump|move|skip|step|progress|advance|upgrade|proceed|work)(?: on| up| straight| directly)? (?:for|to|up to)|before|get(?: me)?|become|reach|move up to|go for|enough for|qualify for|eligible for|try for)\\s+(?:the\\s+|an?\\s+)?(${EN_LEVELS.map(([n]) => n).join('|')})\\b`, 'i');

/** The level wanted said as what an evaluation is for, or as what opens ("for a senior technician rating", "when does
 * the assistant-level title open for me", "which month will engineer open up", "skip the usual route to an engineer
 * title"): not held. */
const EN_LEVEL_ALT = EN_LEVELS.map(([n]) => n.replace(/ /g, '[- ]')).join('|');
const EN_WANT_FOR = new RegExp(`\\b(?:for|towards?)\\s+(?:the\\s+|an?\\s+)?(${EN_LEVEL_ALT})(?:[- ]level)?\\s+(?:rating|evaluation|assessment|appraisal|exam|test|review|application|title|cert(?:ificate)?|qualification)s?\\b|\\b(?:does|do|will|would|can|could|is|when)\\s+(?:the\\s+|an?\\s+|my\\s+)?(${EN_LEVEL_ALT})(?:[- ]level)?(?:\\s+(?:title|level|grade|cert(?:ificate)?|rating))?\\s+(?:open|opens|open up|become available|be available|be open|unlock)\\b|\\b(?:route|path|way|road|channel|track|short-?cut|access)\\s+(?:straight\\s+|directly\\s+)?(?:to|into|towards?)\\s+(?:the\\s+|an?\\s+)?(${EN_LEVEL_ALT})\\b`, 'i');

/** A level said to open ("when does the engineer title open for me"): when the facts let it, not a review's dates. */
export const levelOpensAsked = (text: string): boolean => !!EN_WANT_FOR.exec(text)?.[2];

/** The question's facts as the Q&A evaluates them. The understanding types each level it reads (`readings`): held
 * ones are in skills / titles; wanted or asked-about ones that are the answer's subject are in targets; the other
 * levels an impersonal question asks about are what it supposes held ("工程师能考技师吗": 工程师 asked, 技师 the
 * target: the answer is for someone holding 工程师). Those go back to skills / titles, without a date. */
export function questionFacts(u: QAUnderstanding, text = ''): QAUnderstanding {
  u = englishLevelAsked(titleAskedBesideDated(reachedFor(withQualifications(withReviewSaidFailed(u, text), text), text), text), text);
  let targets = u.targets ?? [];
  const rankOf = (what: string, level: string) => (what === 'skill' ? skillRank(level as SkillLevel) : titleRank(level as TitleLevel));
  // "…能报副高还是正高": a level read as held, at or above a level asked for on its ladder, with 还是 / or between
  // them, is the other alternative asked for.
  if (targets.length && /还是|或者|\bor\b/i.test(text)) {
    const above = (kind: 'skill' | 'title', level: string) => targets.some((x) => x.kind === kind && rankOf(kind, level) >= rankOf(x.kind, x.level));
    const heldSkills = (u.skills ?? []).filter((x) => !x.since && above('skill', x.level));
    const heldTitles = (u.titles ?? []).filter((x) => !x.since && above('title', x.level));
    if (heldSkills.length || heldTitles.length) {
      targets = [...targets, ...heldSkills.map((x) => ({ kind: 'skill', level: x.level }) as ParsedTarget), ...heldTitles.map((x) => ({ kind: 'title', level: x.level }) as ParsedTarget)];
      const skills = (u.skills ?? []).filter((x) => !heldSkills.includes(x));
      const titles = (u.titles ?? []).filter((x) => !heldTitles.includes(x));
      u = { ...u, targets, skills: skills.length ? skills : undefined, titles: titles.length ? titles : undefined };
    }
  }
  // "副高…高级技师还差多久": a level asked about with how long is still to go after it is the level the years lead to.
  const toGo = levelsStillToGo(text);
  const stillToGo = toGo.length ? (u.readings ?? []).filter((r) => r.meaning === 'asks' && (r.what === 'skill' || r.what === 'title') && r.level
    && !targets.some((x) => x.kind === r.what && x.level === r.level) && toGo.some((x) => x.kind === r.what && x.level === r.level)) : [];
  if (stillToGo.length) {
    targets = [...targets, ...stillToGo.map((r) => ({ kind: r.what, level: r.level }) as ParsedTarget)];
    u = { ...u, targets };
  }
  const isTarget = (r: Reading) => targets.some((x) => x.kind === r.what && x.level === r.level);
  let supposed = (u.readings ?? []).filter((r) => r.meaning === 'asks' && (r.what === 'skill' || r.what === 'title') && r.level && !isTarget(r));
  // "副高还是正高": a level asked about on the target's ladder, at or above it, is an alternative target, not held.
  const alternative = (r: Reading) => targets.some((x) => x.kind === r.what && rankOf(r.what, r.level!) >= rankOf(x.kind, x.level));
  const alts = supposed.filter(alternative);
  if (alts.length) {
    targets = [...targets, ...alts.map((r) => ({ kind: r.what, level: r.level }) as ParsedTarget)];
    supposed = supposed.filter((r) => !alternative(r));
    u = { ...u, targets };
  }
  if (!supposed.length) return u;
  const skills = [...(u.skills ?? [])];
  const titles = [...(u.titles ?? [])];
  for (const r of supposed) {
    if (r.what === 'skill' && !skills.some((x) => x.level === r.level)) skills.push({ level: r.level as SkillLevel });
    if (r.what === 'title' && !titles.some((x) => x.level === r.level)) titles.push({ level: r.level as TitleLevel });
  }
  return { ...u, ...(skills.length ? { skills } : {}), ...(titles.length ? { titles } : {}) };
}

/** Words after a level that ask how long is still to go before it, ending the clause (高级技师还差多久, 还要几年？,
 * 还得等多久呢): the level is where the years lead, not one held (技师还差多久能评工程师 asks of 工程师). */
const STILL_TO_GO = /^[^,，。;；!！?？]{0,4}?(?:(?:还差|还要|还得|还需|差)(?:多久|多少年|几年|多长时间|几个月|多少时间)|(?:还要|还得|得|要)等(?:多久|几年|多长时间))(?:[呢啊吗呀哇嘛哦]|\s)*(?:[,，。;；!！?？]|$)/;
/** The levels named with how long is still to go after them (none, without reading the levels, when no such words). */
function levelsStillToGo(text: string): { kind: string; level: string }[] {
  if (!/多久|多少年|几年|多长时间|几个月|多少时间/.test(text)) return [];
  return findLevels(text, text).flatMap((hit) => ((hit.entry.kind === 'skill' || hit.entry.kind === 'title') && STILL_TO_GO.test(text.slice(hit.end))
    ? [{ kind: hit.entry.kind, level: hit.entry.level }] : []));
}

/** A year's review said below 合格 in words the understanding leaves unread (有一年考核评了个不称职, 有一年基本称职,
 * 2024年度考核基本合格, my annual appraisal was unsatisfactory, a basically competent rating): 近3年年度考核合格 is not met.
 * 基本称职 / 基本合格 are the grades below 称职 / 合格, so they do not meet it either. A double negative (没有一年不合格)
 * is no failure. */
const REVIEW_BELOW_ZH = /(?:考核|考评|年度考评|年终考核)[^，,。；;？?！!]{0,8}?(?:不称职|不合格|基本称职|基本合格|没(?:有)?(?:评上|评到|拿到|达到)?(?:过|通过|合格)|未(?:通过|合格|达标)|挂了|不达标)|(?:有一年|有1年|有两年|有2年|去年|前年|今年|(?:19|20)\d{2}年度?)[^，,。；;？?！!]{0,6}?(?:不称职|基本称职|基本合格|考核不合格)/;
const REVIEW_BELOW_EN = /\b(?:(?:annual|yearly) (?:reviews?|appraisals?|evaluations?|assessments?|ratings?)|appraisals?|ratings?)\b[^.;?!]{0,40}?\b(?:unsatisfactory|a fail|failed|failing|not (?:satisfactory|competent|passed|qualified)|incompetent|basic(?:ally)? (?:competent|satisfactory|pass(?:ed)?)|below (?:standard|par))\b|\b(?:unsatisfactory|basic(?:ally)? competent|basic(?:ally)? satisfactory|incompetent|failing|failed)\b[^.;?!]{0,15}?\b(?:(?:annual|yearly) (?:reviews?|appraisals?|evaluations?|ratings?)|appraisals?|ratings?|grades?)\b/i;
const NOT_BEFORE = /(?:没有|没|从没|从未|无|不是)\S{0,2}$|\b(?:never|no|not)\s+(?:\w+\s+)?$/i;
function withReviewSaidFailed(u: QAUnderstanding, text: string): QAUnderstanding {
  if (!text || u.annualReviewsPassed === false) return u;
  const m = REVIEW_BELOW_ZH.exec(text) ?? REVIEW_BELOW_EN.exec(text);
  if (!m || NOT_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index)) || /没有?(?:一年|哪年)?(?:考核)?不合格/.test(m[0])) return u;
  // (passed said of it already, with no failure the understanding read: the failure said here wins, one year is enough)
  return { ...u, annualReviewsPassed: false };
}

/** Words after a title that ask whether, or when, it can be applied for (高工现在能整不, 工程师要等到哪个月, 助工最早好久可以报,
 * 副高级职称是否可报, 助理工程师最早申报月份, 副高级职称可申报时间). */
const APPLY_AFTER = /^[^,，。;；!！?？]{0,8}?(?:能|可以|可|阿能|是否可|够条件|够不够|够(?:了(?:吗|没|么|不|嘛|呢)|吗|么|嘛|没|格|资格|得上|不|呢)|夠(?:不夠|了(?:嗎|沒|麼)|嗎|麼|沒|格|不)|要等|等到|最早|最快|什么时候|啥时候|啥子时候|啥辰光|好久|哪年|哪个月|几时|何时|申报|报|评|整)/;
/** The title named by a dated held certificate's holder, with words asking to apply for it after it, is the title
 * asked for, never one held: "高级技师证2022年3月的 高工现在能整不" asks the route to 高工 from the certificate. */
function titleAskedBesideDated(u: QAUnderstanding, text: string): QAUnderstanding {
  // (a dated title held counts too, for a title above it: 副高职称2022年6月取得 正高级最早哪年哪月)
  const datedTitle = Math.max(-1, ...(u.titles ?? []).filter((x) => x.since).map((x) => titleRank(x.level)));
  if (!text || !(u.skills?.some((x) => x.since) || datedTitle >= 0) || (u.targets ?? []).some((x) => x.kind === 'title')) return u;
  const byTitleOnly = !u.skills?.some((x) => x.since);
  const undated = (u.titles ?? []).filter((x) => !x.since);
  const askedTitles = (u.readings ?? []).filter((r) => r.what === 'title' && r.level && r.meaning === 'asks' && !undated.some((x) => x.level === r.level));
  if (!undated.length && !askedTitles.length) return u;
  const moved: ParsedTarget[] = [];
  for (const hit of findLevels(text, text)) {
    if (hit.entry.kind !== 'title') continue;
    const level = hit.entry.level;
    const known = undated.some((x) => x.level === level) || askedTitles.some((r) => r.level === level);
    if (!known || moved.some((x) => x.level === level) || (byTitleOnly && titleRank(level) <= datedTitle)) continue;
    if (!APPLY_AFTER.test(text.slice(hit.end, hit.end + 14))) continue;
    moved.push({ kind: 'title', level, ...(hit.entry.series ? { series: hit.entry.series } : {}) } as ParsedTarget);
  }
  if (!moved.length) return u;
  const titles = (u.titles ?? []).filter((x) => !moved.some((m) => m.level === x.level) || x.since);
  const readings = (u.readings ?? []).map((r) => (r.what === 'title' && r.level && moved.some((m) => m.level === r.level) ? { ...r, meaning: 'wants' as const } : r));
  return { ...u, titles: titles.length ? titles : undefined, targets: [...(u.targets ?? []), ...moved], readings };
}

/** Words just before an English level that say it is held (I'm a, I have an, holding, with a, as an). */
const EN_HELD_BEFORE = /\b(?:(?:i'?m|am|have|has|had|hold|holds|holding|got|earned|obtained|became|become|with|as|being|own|my)\s+(?:an?\s+|the\s+|my\s+)?|(?:is|was|and)\s+an?\s+)$/i;
/** Words just after an English level that date it (since 2019, from May 2020, title since, for 4 years): held. */
const EN_DATED_AFTER = /^(?:[- ](?:level|title|grade|cert(?:ificate)?|qualification))?\s*(?:since|from|for|in\s+(?:19|20)\d{2}|\(?(?:19|20)\d{2})\b/i;
/** In English, a level of the other ladder named beside a dated level held, neither said held nor dated itself
 * (senior technician since 2020-11, is senior engineer application open for me; technician since Oct 2022, am I ok
 * for intermediate now; senior technician, got it in 2019. engineer or senior engineer?): the level asked for. A bare
 * 中级 / intermediate beside a skill level above 中级工 is the title. */
function englishLevelAsked(u: QAUnderstanding, text: string): QAUnderstanding {
  if (!text || (u.targets ?? []).length || !/[a-z]{3}/i.test(text) || /\p{Script=Han}{4}/u.test(text)) return u;
  // (the context comes first: only levels named after the first level of the ladder held are asked; years said with a
  // skill level named first, senior worker 2 years experience, date it as much as a month does)
  const hits = findLevels(text, text).filter((h) => h.entry.kind !== 'series');
  const first = hits[0]?.entry.kind;
  const titleDated = (u.titles ?? []).some((x) => x.since);
  const skillDated = (u.skills ?? []).some((x) => x.since) || (!titleDated && u.workYears !== undefined && !!u.skills?.length && first === 'skill');
  if (skillDated === titleDated) return u;
  const heldSide = skillDated ? 'skill' : 'title';
  const from = hits.findIndex((h) => h.entry.kind === heldSide);
  if (from < 0) return u;
  const heldSkill = Math.max(-1, ...(u.skills ?? []).map((x) => skillRank(x.level)));
  const asked: ParsedTarget[] = [];
  for (const hit of hits.slice(from + 1)) {
    const e = hit.entry;
    const want: ParsedTarget | undefined = skillDated
      ? e.kind === 'title' ? { kind: 'title', level: e.level, ...(e.series ? { series: e.series } : {}) } as ParsedTarget
        : e.kind === 'ambiguous' && e.title && heldSkill > skillRank('intermediate_worker') ? { kind: 'title', level: e.title } : undefined
      : e.kind === 'skill' ? { kind: 'skill', level: e.level } : undefined;
    if (!want || asked.some((x) => x.level === want.level)) continue;
    if ((want.kind === 'title' ? u.titles : u.skills)?.some((x) => x.level === want.level && x.since)) continue;
    const before = text.slice(0, hit.start).split(/[,.;:!?()]/).pop() ?? '';
    // (a route named by where it starts, "and senior technician route?", asks from that level, not for it)
    if (EN_HELD_BEFORE.test(before) || EN_DATED_AFTER.test(text.slice(hit.end)) || /^\s*(?:route|path|way|track)s?\b/i.test(text.slice(hit.end))) continue;
    asked.push(want);
  }
  if (!asked.length) return u;
  const isAsked = (kind: string, level: string) => asked.some((x) => x.kind === kind && x.level === level);
  const titles = (u.titles ?? []).filter((x) => x.since || !isAsked('title', x.level));
  const skills = (u.skills ?? []).filter((x) => x.since || !isAsked('skill', x.level));
  const readings = (u.readings ?? []).map((r) => (r.level && isAsked(r.what, r.level) ? { ...r, meaning: 'wants' as const } : r));
  return { ...u, titles: titles.length ? titles : undefined, skills: skills.length ? skills : undefined, targets: asked, readings };
}

/** 初级 / 中级专业技术(职业)资格 held (not denied: 没有 / 未 before it), in Chinese or English. */
const QUALIFICATION_ZH = /(?<![没无未])(?:有|拿了|取得|考过了?|考了|只有|具有|获得)?(初级|中级)(?:的)?(?:专业技术|专技)(?:职业)?资格/;
const QUALIFICATION_EN = /\b(junior|intermediate)(?:[- ]level)? professional(?: and)?(?: technical)? qualification/i;

/** Whether a region's rows take a 专业技术职业资格 in place of a title (Sichuan's 附件2 五). */
export const takesQualification = (region: Region): boolean => rulesFor(region).paths.some((r) => r.starts.some((s) => s.kind === 'title' && !!s.orQualification));

/** The question's 专业技术资格, beside the levels the understanding read; a title it read from the same words (中级
 * of 中级专业技术资格) is no title held, unless the question names that title elsewhere. */
function withQualifications(u: QAUnderstanding, text: string): QAUnderstanding {
  if (!text || u.qualifications?.length) return u;
  const m = QUALIFICATION_ZH.exec(text) ?? QUALIFICATION_EN.exec(text);
  if (!m) return u;
  const level: Qualification['level'] = /初级|junior/i.test(m[1]) ? 'junior' : 'intermediate';
  const title = level === 'junior' ? 'assistant' : 'intermediate';
  const rest = text.slice(0, m.index) + ' '.repeat(m[0].length) + text.slice(m.index + m[0].length);
  const named = findLevels(rest, rest).some((h) => h.entry.kind === 'title' && h.entry.level === title && !h.target);
  const titles = named ? u.titles : u.titles?.filter((x) => x.level !== title || x.since);
  return { ...u, titles: titles?.length ? titles : undefined, qualifications: [{ level }] };
}

/** A level after what one can reach (能不能到正高, 算不算能破格副高, 可以直接高级技师吗): the level wanted, not held. */
const REACH_BEFORE = /(?:能|可以|可|能否|是否|算不算|够不够|有没有可能)[^了过的,，。;；!！?？]{0,6}?(?:到|破格|直接|够)\s*$/;
/** A cheap look first: without these characters no level is asked to be reached (findLevels is the costly part). */
const REACH_HINT = /[到够]|破格|直接/;
const HELD_BEFORE = /(?:是|有|持有|拿了|拿到|考了|评了|评上|取得|当了)[^,，。;；!！?？]{0,3}$/;

/** The levels the understanding read as held (no date given) that the question asks to reach: moved to targets. */
function reachedFor(u: Understanding, text: string): Understanding {
  const asked = (kind: string, level: string) => (u.readings ?? []).some((r) => r.meaning === 'asks' && r.what === kind && r.level === level)
    && !(u.targets ?? []).some((x) => x.kind === kind && x.level === level);
  if (!text || !REACH_HINT.test(text) || !(u.skills?.length || u.titles?.length || u.readings?.some((r) => r.meaning === 'asks' && r.level))) return u;
  const reached: ParsedTarget[] = [];
  for (const hit of findLevels(text, text)) {
    if (hit.target || hit.entry.kind === 'series') continue;
    const clause = text.slice(Math.max(0, hit.start - 14), hit.start).split(/[,，。;；!！?？]/).pop() ?? '';
    if (!REACH_BEFORE.test(clause) || HELD_BEFORE.test(clause)) continue;
    // 中级 (a title or 中级工): the ladder the understanding read it on (能破格中级不 → the title held, so the title wanted).
    const a = hit.entry;
    const e = a.kind !== 'ambiguous' ? a : a.title && u.titles?.some((x) => x.level === a.title && !x.since) ? { kind: 'title' as const, level: a.title }
      : a.skill && u.skills?.some((x) => x.level === a.skill && !x.since) ? { kind: 'skill' as const, level: a.skill } : undefined;
    if (!e) continue;
    const held = e.kind === 'skill' ? u.skills?.find((x) => x.level === e.level) : u.titles?.find((x) => x.level === e.level);
    if ((held && !held.since) || (!held && asked(e.kind, e.level))) reached.push(e.kind === 'skill' ? { kind: 'skill', level: e.level } : { kind: 'title', level: e.level, ...(e.series ? { series: e.series } : {}) } as ParsedTarget);
  }
  if (!reached.length) return u;
  const isReached = (kind: string, level: string) => reached.some((x) => x.kind === kind && x.level === level);
  const skills = (u.skills ?? []).filter((x) => !isReached('skill', x.level));
  const titles = (u.titles ?? []).filter((x) => !isReached('title', x.level));
  const readings = (u.readings ?? []).map((r) => (r.level && isReached(r.what, r.level) ? { ...r, meaning: 'wants' as const } : r));
  return { ...u, skills: skills.length ? skills : undefined, titles: titles.length ? titles : undefined, targets: [...(u.targets ?? []), ...reached], readings };
}

/** English wishes the understanding reads as holdings ("can a senior engineer take the senior technician evaluation"):
 * the level after take / apply for / become is what is wanted, not held. (Telegraphic asks, with no such verb, are
 * englishRoute.ts's one reading.) */
export function withEnglishTargets(text: string, u: Understanding): Understanding {
  if (u.targets?.length) return u;
  const m = EN_WANT.exec(text) ?? EN_WANT_FOR.exec(text);
  if (!m) return u;
  const said = (m[1] ?? m[2] ?? m[3]).toLowerCase().replace(/-/g, ' ');
  const want = EN_LEVELS.find(([n]) => n.replace(/-/g, ' ') === said)?.[1];
  if (!want) return u;
  const skills = want.kind === 'skill' ? (u.skills ?? []).filter((x) => x.level !== want.level) : u.skills;
  const titles = want.kind === 'title' ? (u.titles ?? []).filter((x) => x.level !== want.level) : u.titles;
  return { ...u, skills, titles, targets: [want] };
}

/** No title said of oneself in English ("no title, just a worker", "I don't have any professional title", "without a
 * title"), as 没有职称 is read: none held, so a topic for title holders says whom it is for. */
const EN_NO_TITLE = /\b(?:no|without(?: an?| any)?|(?:do not|don't|dont|does not|doesn't|never) (?:have|hold|had|got)(?: an?| any)?|not (?:holding|having)(?: an?| any)?)\s+(?:professional(?:[- ]technical)? |technical |engineering )?titles?\b(?!\s*(?:holders?|needed|required|requirements?|review|evaluation))|\bnot an? (?:title[- ]holder|titled)\b/i;
export function withEnglishNoTitle(text: string, u: Understanding): Understanding {
  if (u.titles?.length || !EN_NO_TITLE.test(text)) return u;
  return { ...u, titles: [] };
}

/** "I've been a senior technician for 12 years", "senior worker for 3 years": one level held, the years said with it
 * (the understanding reads the number, not as years of work): held that long, like 高级工干了三年. */
const EN_HELD_FOR = /\bfor (?:about |around |over |almost |nearly )?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)(?: full)? (?:years?|yrs?)\b/i;
export function withEnglishYears(text: string, u: Understanding): Understanding {
  if (u.workYears !== undefined || u.number === undefined || !EN_HELD_FOR.test(text)) return u;
  const held = [...(u.skills ?? []), ...(u.titles ?? [])];
  if (held.length !== 1 || held[0].since) return u;
  return { ...u, workYears: u.number };
}

const EN_ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, one: 1, two: 2, three: 3, four: 4, five: 5 };
const EN_CONTEST = /\b(contest|competition|championship|skills games)\b/i;

/** An English contest result the understanding did not read ("2nd place in a provincial Class-II skills contest",
 * "came 3rd in a city-level industry contest"): its tier, class and place. A class not given counts as the second,
 * marked so that both classes are evaluated; nothing is read without a contest, a level and a place. */
export function withEnglishAwards(text: string, u: Understanding): Understanding {
  if (u.awards?.length || !EN_CONTEST.test(text)) return u;
  const place = /\b(\d)(?:st|nd|rd|th)\b|\b(first|second|third|fourth|fifth)\b(?: place)?|\btop (\d|three|five)\b/i.exec(text);
  const medal = /\b(gold|silver|bronze)\b/i.exec(text)?.[1].toLowerCase() as 'gold' | 'silver' | 'bronze' | undefined;
  const rank = place ? Number(place[1] ?? EN_ORDINAL[(place[2] ?? place[3]).toLowerCase()] ?? place[3]) : undefined;
  if (!rank && !medal) return u;
  const cls = /\bclass[- ]?(ii|2|two)\b|\bsecond[- ]class\b/i.test(text) ? 'class2' : /\bclass[- ]?(i|1|one)\b|\bfirst[- ]class\b/i.test(text) ? 'class1' : undefined;
  let tier: string | undefined;
  if (/world ?skills/i.test(text)) tier = 'worldskills';
  else if (/\binternational\b/i.test(text)) tier = 'international';
  else if (/\bnational\b/i.test(text)) tier = `national_${cls ?? 'class2'}`;
  else if (/\bprovincial\b|\bprovince\b/i.test(text)) tier = `provincial_${cls ?? 'class2'}`;
  else if (/\bindustry\b/i.test(text) && /\b(city|municipal)\b/i.test(text)) tier = 'municipal_industry';
  else if (/\b(city|municipal)\b/i.test(text)) tier = 'municipal_class1';
  if (!tier) return u;
  const team = /\b(two|2)[- ]person\b/i.test(text) ? 2 : /\b(three|3)[- ]person\b/i.test(text) ? 3 : undefined;
  const award = {
    type: 'competition' as const, tier: tier as Extract<ParsedAward, { type: 'competition' }>['tier'],
    ...(medal ? { medal } : rank ? { rank } : {}), ...(team ? { teamSize: team as 2 | 3 } : {}),
    ...(!cls && /class[12]$/.test(tier) ? { classUnknown: true as const } : {}),
  };
  return { ...u, awards: [award] };
}

/** Whether the question itself names something the engine starts from (a level held, a title, an award). */
export function namesFacts(u: QAUnderstanding): boolean {
  return !!(u.skills?.length || u.titles?.length || u.awards?.length || u.qualifications?.length);
}

/** The facts to evaluate: the question's own when it names any, else the person's (mid-interview). */
export function factsFor(u: QAUnderstanding, asOf: string, person: PersonFacts | undefined): { facts: Facts; own: boolean } | undefined {
  if (namesFacts(u)) {
    const skills = (u.skills ?? []).map((s: ParsedSkill) => ({ level: s.level, ...(s.since ? { since: s.since } : {}), ...(s.occupation ? { occupation: s.occupation } : {}) }));
    const titles = (u.titles ?? []).map((x: ParsedTitle) => ({ level: x.level, ...(x.since ? { since: x.since } : {}) }));
    // "高级工干了三年": one level named with a duration and no date is held that long.
    const held = skills.length + titles.length;
    if (held === 1 && u.workYears !== undefined) {
      const only = skills[0] ?? titles[0];
      if (!only.since) (only as { since?: string }).since = monthsBefore(asOf, Math.round(u.workYears * 12));
    }
    return { facts: { skills, titles, awards: u.awards ?? [], workYears: u.workYears, annualReviewsPassed: u.annualReviewsPassed, ...(u.qualifications?.length ? { qualifications: u.qualifications } : {}) }, own: true };
  }
  if (person && (person.skills?.length || person.titles?.length || person.awards?.length)) {
    return {
      facts: {
        skills: person.skills ?? [], titles: person.titles ?? [], awards: person.awards ?? [],
        workYears: person.workYears, annualReviewsPassed: person.annualReviewsPassed,
      },
      own: false,
    };
  }
  return undefined;
}

function monthsBefore(asOf: string, months: number): string {
  const [y, m] = asOf.split('-').map(Number);
  const i = y * 12 + (m - 1) - months;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

const RULES = new Map<string, PathRule>();
function ruleById(region: Region, id: string): PathRule | undefined {
  if (!RULES.size) for (const r of (['national', 'chongqing', 'sichuan', 'liaoning', 'suzhou'] as Region[]).flatMap((x) => rulesFor(x).paths)) RULES.set(r.id, r);
  return RULES.get(id) ?? rulesFor(region).paths.find((r) => r.id === id);
}

/** The paths that answer the question: to the levels asked for, else those the named award opens, else the named level's. */
function select(paths: Path[], u: Understanding, facts: Facts): Path[] {
  const targets = u.targets ?? [];
  let chosen = paths;
  if (targets.length) {
    chosen = paths.filter((p) => targets.some((x) => x.level === p.target && (x.kind === 'skill') === (p.direction === 'title_to_skill')));
  } else if (facts.awards.length) {
    chosen = paths.filter((p) => p.route === 'green_channel');
  } else {
    const titled = facts.titles.length || facts.qualifications?.length;
    const dir = titled && !facts.skills.length ? 'title_to_skill' : facts.skills.length && !titled ? 'skill_to_title' : undefined;
    chosen = paths.filter((p) => (!dir || p.direction === dir) && p.route !== 'green_channel');
  }
  // Best first: eligible, then conditional, then not yet; higher targets first within a status.
  const order = { eligible: 0, conditional: 1, not_yet: 2, unmet: 3 } as const;
  const rank = (p: Path) => (p.direction === 'skill_to_title' ? titleRank(p.target as TitleLevel) : skillRank(p.target as SkillLevel));
  // Within a status, the route with fewer open conditions (正高级 → 高级技师 without years, before 副高级's 8 years).
  const sorted = [...chosen].sort((a, b) => order[a.status] - order[b.status] || rank(b) - rank(a) || a.conditions.length - b.conditions.length);
  // One path per target and direction: the best way there (an engineer is not told the assistant engineer's way too).
  // (A best way there open only on a date not said is shown with the way the dates said do decide: 高级技师 with no date
  // and 副高 since 2021, both to 正高.)
  const dateless = (p: Path) => p.conditions.some((c) => c.code === 'skill_since_unknown' || c.code === 'title_since_unknown');
  return sorted.filter((p, i) => {
    const first = sorted.findIndex((q) => q.target === p.target && q.direction === p.direction);
    return first === i || (dateless(sorted[first]) && !dateless(p) && p.route === sorted[first].route
      && sorted.slice(first + 1, i).every((q) => q.target !== p.target || q.direction !== p.direction));
  }).slice(0, 3);
}

const level = (locale: Locale, p: Path) => t(locale, p.direction === 'skill_to_title' ? `rules:title.${p.target}` : `rules:skill.${p.target}`);

function startLabel(locale: Locale, rule: PathRule, facts: Facts = NO_FACTS): string {
  // A row that takes a 专业技术职业资格 in place of its title, reached by the qualification alone: named so.
  const byQualification = (s: PathRule['starts'][number]) => s.kind === 'title' && !!s.orQualification && !facts.titles.length
    && !!facts.qualifications?.some((q) => q.level === s.orQualification || q.level === 'intermediate');
  const labels = rule.starts.flatMap((s) => (s.kind === 'skill' ? [t(locale, `rules:skill.${s.level}`)] : s.kind === 'title'
    ? [byQualification(s) ? t(locale, `qa:elig.qualification.${facts.qualifications!.find((q) => q.level === s.orQualification)?.level ?? 'intermediate'}`) : t(locale, `rules:title.${s.level}`)] : []));
  if (!labels.length) return '';
  // A row starting from two things (Sichuan's 正高级: a 副高级 title held by a 高级工 or above) names both.
  return labels.length === 1 ? labels[0] : t(locale, 'qa:elig.both', { first: labels[0], rest: labels.slice(1).join('、') });
}

function awardLabel(locale: Locale, facts: Facts, path: Path): string {
  const id = path.matchedAwards?.[0] ?? '';
  const [type, code] = id.split(':');
  if (type === 'honor') return t(locale, `qa:honor.${code}`);
  const a = facts.awards.find((x) => x.type === 'competition' && x.tier === code);
  if (a && a.type === 'competition') {
    const tier = t(locale, `dialog:tier.${a.tier}`);
    if (a.medal) return t(locale, `qa:elig.medal.${a.medal}`, { tier });
    if (a.rank) return t(locale, 'qa:elig.rank', { tier, rank: a.rank });
    return tier;
  }
  return t(locale, 'qa:elig.award');
}

/** A row quoting one alternative of a sentence that sets a condition two ways (四川 附件1 五（四）5: 取得副高级职称后…满5年；
 * 或取得高级技师…满10年): the whole sentence, as the text says it; other quotes as they are. */
function wholeAlternatives(c: Citation): Citation {
  const squash = (x: string) => x.replace(/\s+/g, '');
  const q = squash(c.quote).replace(/。$/, '');
  const sentence = indexedClause(c.policy, c.clause)?.sentences.find((x) => squash(x).includes(q));
  if (!sentence) return c;
  const parts = squash(sentence).replace(/。$/, '').split('；');
  const i = parts.indexOf(q);
  if (parts.length < 2 || i < 0 || !(parts[i].startsWith('或') || parts[i + 1]?.startsWith('或'))) return c;
  return { ...c, quote: sentence };
}

/** The sentences of the row that answer: rowQuote's, and on an upgrade the sentence naming the title held with it
 * (助理工程师 / 工程师 在取得…1年后), which the row quotes after its general sentence. */
function rowQuotes(path: Path, rule: PathRule | undefined, facts?: Facts): Citation[] {
  const first = rowQuote(path, rule, facts);
  if (path.route !== 'upgrade') return [wholeAlternatives(first)];
  const named = path.citations.filter((c) => c !== first && c.clause === first.clause && c.quote !== first.quote);
  return [first, ...named];
}

/** The sentence of the row that answers: the item naming the award on a green channel, else the row's own clause. */
function rowQuote(path: Path, rule: PathRule | undefined, facts?: Facts): Citation {
  if (path.route === 'green_channel' && rule) {
    const quotes = new Set(rule.starts.flatMap((s) => (s.kind === 'award' ? s.anyOf.map((m) => m.quote) : [])));
    const hit = path.citations.find((c) => quotes.has(c.quote));
    if (hit) return hit;
    // A contest named without its place or medal (a medal at a national contest): the item naming that contest.
    const tiers = new Set((facts?.awards ?? []).flatMap((a) => (a.type === 'competition' ? [a.tier] : [])));
    const m = rule.starts.flatMap((s) => (s.kind === 'award' ? s.anyOf : [])).find((x) => x.type === 'competition' && x.tiers.some((t) => tiers.has(t)));
    if (m && rule.citations[0]) return itemCitation(rule, m);
  }
  return path.citations[0];
}

/** Whether the text calls a green channel 破格申报 (四川 附件1 六, 辽宁's items, 苏州's 破格条件): its sentences, the row's
 * and its items', say so; the answer then uses the text's own word (重庆 and 96号 say 直接申报). */
function saysExceptional(rule: PathRule): boolean {
  return [...rule.citations.map((c) => c.quote), ...rule.starts.flatMap((s) => (s.kind === 'award' ? s.anyOf.map((m) => m.quote) : []))]
    .some((q) => !!q && q.includes('破格申报'));
}

function ruleSentence(locale: Locale, path: Path, rule: PathRule | undefined, facts: Facts): string {
  const target = level(locale, path);
  if (!rule) return t(locale, 'qa:elig.rule.plain', { target });
  if (path.route === 'green_channel') {
    const local = rule.conditions.some((c) => c.type === 'local_measures');
    const key = local ? 'qa:elig.rule.greenLocal' : saysExceptional(rule) ? 'qa:elig.rule.greenExceptional' : 'qa:elig.rule.green';
    return t(locale, key, { award: awardLabel(locale, facts, path), target });
  }
  const start = startLabel(locale, rule, facts);
  if (path.route === 'upgrade') return t(locale, 'qa:elig.rule.upgrade', { start, target });
  const since = rule.conditions.find((c) => c.type === 'years_since');
  if (since && since.type === 'years_since') return t(locale, 'qa:elig.rule.yearsSince', { start, target, years: since.years });
  const work = rule.conditions.find((c) => c.type === 'work_years');
  if (work && work.type === 'work_years') return t(locale, 'qa:elig.rule.workYears', { start, target, years: work.years });
  if (rule.conditions.some((c) => c.type === 'occupation_standard')) return t(locale, 'qa:elig.rule.occupation', { start, target });
  // (a skill level asked of a title held, in the occupation of one's own work: 从事本职业（工种）或相关职业（工种）工作)
  if (rule.criteria?.includes('related_post')) return t(locale, 'qa:a.dev10.noYearsRelated', { start, target });
  return t(locale, 'qa:elig.rule.noYears', { start, target });
}

function formatMonth(locale: Locale, month: string): string {
  const [y, m] = month.split('-').map(Number);
  return locale === 'en' ? `${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1]} ${y}` : `${y}年${m}月`;
}

function statusSentence(locale: Locale, path: Path, datesKnown: boolean, timed: boolean, reviewFailed = false): string {
  const open = path.conditions.filter((c) => c.code !== 'annual_review_unknown');
  const review = path.conditions.some((c) => c.code === 'annual_review_unknown');
  const parts: string[] = [];
  if (path.status === 'unmet') parts.push(t(locale, reviewFailed ? 'qa:elig.status.reviewFailed' : 'qa:elig.status.unmet'));
  else if (path.status === 'not_yet' && path.eligibleFrom) parts.push(t(locale, 'qa:elig.status.from', { month: formatMonth(locale, path.eligibleFrom) }));
  else if (!open.length && datesKnown && timed) {
    // A path already open still names the month its years were met (the asker of 哪年能报 learns it is since then).
    parts.push(path.eligibleFrom ? t(locale, 'qa:elig.status.nowFrom', { month: formatMonth(locale, path.eligibleFrom) }) : t(locale, 'qa:elig.status.now'));
  }
  else if (open.some((c) => c.code === 'skill_since_unknown' || c.code === 'title_since_unknown')) parts.push(t(locale, 'qa:elig.status.sinceUnknown'));
  if (open.some((c) => c.code === 'work_years_unknown')) parts.push(t(locale, 'qa:elig.status.workYearsUnknown'));
  for (const c of open) {
    if (c.code === 'skill_since_unknown' || c.code === 'title_since_unknown' || c.code === 'work_years_unknown') continue;
    if (c.code === 'local_measures' || c.code === 'occupation_standard') continue;
    parts.push(c.text.replace(/（尚未确认）|\s*\(not yet confirmed\)/, ''));
  }
  if (review && path.status !== 'unmet') parts.push(t(locale, 'qa:elig.status.review'));
  return parts.join(locale === 'en' ? '; ' : '；');
}

const NO_FACTS: Facts = { skills: [], titles: [], awards: [] };

/** A rule row's own clause as a citation. */
function rowCitation(r: PathRule): Citation {
  const c = r.citations[0];
  return wholeAlternatives({ policy: c.policy, docNo: POLICIES[c.policy].docNo, clause: c.clause, quote: c.quote });
}

/** The item of a row naming an award, as a citation: the row's citation with the item's clause (if it has one) and quote. */
function itemCitation(r: PathRule, m: { clause?: string; quote: string }): Citation {
  const row = rowCitation(r);
  return { ...row, clause: m.clause ?? row.clause, quote: m.quote };
}

/** The text's own standard routes to the levels wanted, said as rules: what it would take. */
function routesTo(region: Region, targets: readonly ParsedTarget[], locale: Locale): { routes: PathRule[]; how: string[] } {
  const routes = rulesFor(region).paths.filter((r) => r.route === 'standard' && targets.some((x) => x.level === r.target
    && (x.kind === 'skill') === (r.direction === 'title_to_skill')));
  return { routes, how: routes.map((r) => ruleSentence(locale, { target: r.target, direction: r.direction, route: r.route } as Path, r, NO_FACTS)) };
}

/** The text's upgrade routes (晋级: a skill level held a year, for title holders) to the skill levels wanted: said as
 * rules, quoted with the sentences of the row's clause (重庆: 助理工程师在取得…高级工…1年后). */
function upgradesTo(region: Region, targets: readonly ParsedTarget[], locale: Locale): { text: string; citations: Citation[] } | undefined {
  const rows = rulesFor(region).paths.filter((r) => r.route === 'upgrade' && r.direction === 'title_to_skill' && targets.some((x) => x.kind === 'skill' && x.level === r.target));
  if (!rows.length) return undefined;
  const how = rows.map((r) => ruleSentence(locale, { target: r.target, direction: r.direction, route: r.route } as Path, r, NO_FACTS));
  const citations: Citation[] = [];
  for (const r of rows) {
    const first = rowCitation(r);
    for (const c of [first, ...r.citations.filter((c) => c.clause === first.clause && c.quote !== first.quote).map((c) => ({ ...first, quote: c.quote }))]) {
      if (!citations.some((x) => x.quote === c.quote)) citations.push(c);
    }
  }
  return { text: t(locale, 'qa:elig.upgradeTo', { routes: how.join(locale === 'en' ? '; ' : '；') }), citations: citations.slice(0, 3) };
}

/** "怎样才能评上工程师" with no facts: per region, the text's routes to that level. */
export function routeLines(targets: readonly ParsedTarget[], regions: readonly Region[], locale: Locale): EligibilityLine[] {
  return regions.map((region) => {
    const { routes, how } = routesTo(region, targets, locale);
    const wanted = targets.map((x) => t(locale, x.kind === 'skill' ? `rules:skill.${x.level}` : `rules:title.${x.level}`)).join('、');
    const text = how.length ? t(locale, 'qa:elig.routesOnly', { wanted, routes: how.join(locale === 'en' ? '; ' : '；') }) : t(locale, 'qa:elig.noRoute', { wanted });
    return { region, text, citations: routes.slice(0, 3).map(rowCitation), paths: [] };
  });
}

/** An award as the engine's profile takes it: the understanding's reading marks (classUnknown, team) left out; a team
 * event without its size counts as a three-person one (the reading that promises least). */
function profileAward(a: ParsedAward): ParsedAward {
  if (a.type !== 'competition') return a;
  const { classUnknown: _c, team, ...rest } = a;
  return team && rest.teamSize === undefined ? { ...rest, teamSize: 3 } : rest;
}

/** One line per region: the paths that answer the question for those facts, or what the facts do open. A competition
 * named without its class (省赛第四名) is evaluated as 一类 and as 二类; when the two differ the line says both. */
export function eligibilityLines(u: Understanding, facts: Facts, regions: readonly Region[], asOf: string, locale: Locale): EligibilityLine[] {
  const classless = facts.awards.findIndex((a) => a.type === 'competition' && a.classUnknown && /class[12]$/.test(a.tier));
  const clean = { ...facts, awards: facts.awards.map(profileAward) };
  if (classless < 0) return linesFor(u, clean, regions, asOf, locale);
  const variant = (c: 'class1' | 'class2'): Facts => ({
    ...clean, awards: clean.awards.map((a, i) => (i === classless && a.type === 'competition' ? { ...a, tier: a.tier.replace(/class[12]$/, c) as typeof a.tier } : a)),
  });
  const one = linesFor(u, variant('class1'), regions, asOf, locale);
  const two = linesFor(u, variant('class2'), regions, asOf, locale);
  return one.map((a, i) => {
    const b = two[i];
    if (a.text === b.text) return a;
    const citations = [...a.citations];
    for (const c of b.citations) if (!citations.some((x) => x.quote === c.quote && x.clause === c.clause)) citations.push(c);
    const lower = (x: string) => (locale === 'en' ? x.charAt(0).toLowerCase() + x.slice(1) : x);
    return { region: a.region, text: t(locale, 'qa:elig.classBoth', { first: lower(a.text), second: lower(b.text) }), citations, paths: [...a.paths, ...b.paths] };
  });
}

/** The sentence setting a region's team-event ranks, when the facts name a team event: found by asking the engine
 * about the same event won (the note comes with the path it counts for). */
function teamRanks(facts: Facts, region: Region, asOf: string, locale: Locale): Citation[] | undefined {
  const i = facts.awards.findIndex((a) => a.type === 'competition' && (a.teamSize === 2 || a.teamSize === 3));
  if (i < 0) return undefined;
  const awards = facts.awards.map((a, k) => (k === i && a.type === 'competition' ? { type: a.type, tier: a.tier, teamSize: a.teamSize, rank: 1 } : a));
  const r = evaluate({ region, asOf, skills: [], titles: [], awards }, { asOf, locale });
  return r.notes.find((n) => n.code === 'ruling_team_event_ranks')?.citations;
}

type Matcher = CompetitionMatcher;

/** Per competition named, the region's green channels for that contest (to the levels wanted, if any): what place
 * each asks, quoted from the item that names it. */
function awardNeeds(region: Region, facts: Facts, targets: readonly ParsedTarget[], locale: Locale): { text: string; cite: Citation }[] {
  const out: { text: string; cite: Citation }[] = [];
  for (const a of facts.awards) {
    if (a.type !== 'competition') continue;
    for (const rule of rulesFor(region).paths) {
      if (rule.route !== 'green_channel' || rule.direction !== 'skill_to_title') continue;
      if (targets.length && !targets.some((x) => x.kind === 'title' && x.level === rule.target)) continue;
      for (const s of rule.starts) {
        if (s.kind !== 'award') continue;
        const m = s.anyOf.find((x): x is Matcher => x.type === 'competition' && x.tiers.includes(a.tier));
        if (!m) continue;
        const cite = itemCitation(rule, m);
        const target = t(locale, `rules:title.${rule.target}`);
        // (a text that says 奖牌 is said as it, beside the places ruling 8 reads it as)
        const need = placeAsked(m, a.teamSize, locale) + (m.medalsAsRanks ? t(locale, 'qa:elig.medalsNeeded') : '');
        out.push({ text: t(locale, 'qa:elig.awardNeeds', { tier: t(locale, `dialog:tier.${a.tier}`), need, target }), cite });
      }
    }
  }
  return out.slice(0, 2);
}

/** A contest place that opens a green channel: the place the text asks, said beside it (第5名: 文件写的是前6名). */
function placeNeeded(locale: Locale, path: Path, rule: PathRule | undefined, facts: Facts): string {
  if (path.route !== 'green_channel' || !rule) return '';
  for (const a of facts.awards) {
    if (a.type !== 'competition' || a.rank === undefined) continue;
    for (const s of rule.starts) {
      if (s.kind !== 'award') continue;
      const m = s.anyOf.find((x): x is Matcher => x.type === 'competition' && x.tiers.includes(a.tier));
      // (A text that says 奖牌 is said as it: ruling 8 reads ranks 1–3 as medals, and the answer says so.)
      if (m) return t(locale, m.medalsAsRanks ? 'qa:elig.medalsNeeded' : 'qa:elig.placeNeeded', { need: placeAsked(m, a.teamSize, locale) });
    }
  }
  return '';
}

/** A title asked for from a title held, where the region's row starts from that title and a skill level together
 * (四川 正高级: 副高级职称 held by a 高级工 or above) and the question says no skill level at all: the skill level the
 * row asks is supposed held, and the answer says so (a worker's title on this ladder came from a skill level). */
function supposedSkill(u: Understanding, facts: Facts, region: Region): SkillLevel | undefined {
  if (u.skills !== undefined || facts.skills.length || !facts.titles.length) return undefined;
  const wanted = (u.targets ?? []).filter((x) => x.kind === 'title');
  if (!wanted.length) return undefined;
  const row = rulesFor(region).paths.find((r) => r.route === 'standard' && r.direction === 'skill_to_title' && wanted.some((x) => x.level === r.target)
    && r.starts.some((st) => st.kind === 'title' && facts.titles.some((x) => x.level === st.level)) && r.starts.some((st) => st.kind === 'skill'));
  const start = row?.starts.find((st) => st.kind === 'skill');
  return start?.kind === 'skill' ? start.level : undefined;
}

function linesFor(u: Understanding, facts0: Facts, regions: readonly Region[], asOf: string, locale: Locale): EligibilityLine[] {
  return regions.map((region) => {
    const assumed = supposedSkill(u, facts0, region);
    const facts = assumed ? { ...facts0, skills: [{ level: assumed }] } : facts0;
    const line = lineFor(u, facts, region, asOf, locale);
    return assumed && line.paths.length ? { ...line, text: t(locale, 'qa:elig.skillSupposed', { skill: t(locale, `rules:skill.${assumed}`) }) + line.text } : line;
  });
}

function lineFor(u: Understanding, facts: Facts, region: Region, asOf: string, locale: Locale): EligibilityLine {
  {
    const result = evaluate({
      region, asOf, skills: facts.skills, titles: facts.titles, awards: facts.awards,
      ...(facts.qualifications?.length ? { qualifications: facts.qualifications } : {}),
      ...(facts.workYears !== undefined ? { workYears: facts.workYears } : {}),
      ...(facts.annualReviewsPassed !== undefined ? { annualReviewsPassed: facts.annualReviewsPassed } : {}),
    }, { asOf, locale });
    const picked = select(result.paths, u, facts);
    const datesKnown = facts.skills.every((s) => s.since) && facts.titles.every((x) => x.since);
    if (!picked.length) {
      const targets = u.targets ?? [];
      const wanted = targets.map((x) => t(locale, x.kind === 'skill' ? `rules:skill.${x.level}` : `rules:title.${x.level}`)).join('、');
      // What the facts open on the same ladder as the level wanted (a title asked for: the titles they open).
      const wantsSkill = targets.length > 0 && targets.every((x) => x.kind === 'skill');
      const others = select(result.paths, { ...u, targets: [] }, facts)
        .filter((p) => !targets.length || (p.direction === 'title_to_skill') === wantsSkill);
      const { routes, how } = routesTo(region, targets, locale);
      const sep = locale === 'en' ? '; ' : '；';
      // A title wanted from the skill side (levels, awards) with no route for the facts: a plain no, said first (the
      // texts set every way from skills to titles). From a title held, or for a skill level, the texts may be silent.
      const cannot = targets.every((x) => x.kind === 'title') && !facts.titles.length && !facts.qualifications?.length;
      let text = wanted
        ? t(locale, others.length ? 'qa:elig.noRouteBut' : cannot ? 'qa:elig.cannot' : 'qa:elig.noRoute', { wanted, open: others.map((p) => level(locale, p)).join(listSep(locale)) })
        : t(locale, 'qa:elig.nothing');
      if (how.length) text += t(locale, 'qa:elig.routesTo', { wanted, routes: how.join(sep) });
      // A title held and a skill level wanted: the text's upgrade (晋级) route to it, with the sentence naming the title.
      const up = facts.titles.length ? upgradesTo(region, targets, locale) : undefined;
      if (up) text += up.text;
      // No award named: the awards the text names for the level wanted (辽宁, 高级技师 → 正高: its green channels).
      const green = facts.awards.length ? undefined : greenTo(region, targets, locale);
      if (green) text += (locale === 'en' ? ' ' : '') + green.text;
      const cites = [...routes.slice(0, 2).map(rowCitation), ...others.slice(0, 1).map((p) => wholeAlternatives(rowQuote(p, ruleById(region, p.ruleId)))), ...(up?.citations ?? []), ...(green?.citations ?? [])];
      // A contest place below what the text asks: what it asks of that contest, with the item naming it (区县赛第1名).
      for (const need of awardNeeds(region, facts, targets, locale)) {
        text += need.text;
        if (!cites.some((x) => x.quote === need.cite.quote && x.clause === need.cite.clause)) cites.push(need.cite);
      }
      // A team event whose place does not count: the text's team ranks, said and quoted (三人赛项前2名).
      const teamNote = teamRanks(facts, region, asOf, locale);
      if (teamNote) {
        text += (locale === 'en' ? ' ' : '') + t(locale, 'rules:note.ruling_team_event_ranks');
        for (const c of teamNote) if (!cites.some((x) => x.quote === c.quote && x.clause === c.clause)) cites.push(c);
      }
      return { region, text, citations: cites, paths: others };
    }
    // The national green channel names 正高级或副高级 in one sentence: said once, not once per level.
    const localOnce = picked.filter((p, i) => !(p.conditions.some((c) => c.code === 'local_measures')
      && picked.slice(0, i).some((q) => q.conditions.some((c) => c.code === 'local_measures'))));
    const sentences = localOnce.map((p) => {
      const rule = ruleById(region, p.ruleId);
      const timed = !!rule?.conditions.some((c) => c.type === 'years_since' || c.type === 'work_years');
      const reviewFailed = facts.annualReviewsPassed === false && !!rule?.conditions.some((c) => c.type === 'annual_review');
      const status = statusSentence(locale, p, datesKnown, timed, reviewFailed);
      const above = p.route === 'green_channel' ? '' : heldAbovePrefix(locale, rule, facts);
      return above + ruleSentence(locale, p, rule, facts) + placeNeeded(locale, p, rule, facts) + (status ? (locale === 'en' ? ` (${status})` : `（${status}）`) : '');
    });
    const citations: Citation[] = [];
    for (const p of picked) {
      for (const c of rowQuotes(p, ruleById(region, p.ruleId), facts)) if (!citations.some((x) => x.quote === c.quote && x.clause === c.clause)) citations.push(c);
    }
    // Annual reviews said failed: the sentence that requires them is quoted too.
    if (facts.annualReviewsPassed === false && picked.some((p) => p.status === 'unmet')) {
      const asIfUnknown = evaluate({ region, asOf, skills: facts.skills, titles: facts.titles, awards: facts.awards }, { asOf, locale });
      const c = asIfUnknown.notes.find((n) => n.code === 'ruling_annual_review_required')?.citations[0];
      if (c && !citations.some((x) => x.quote === c.quote && x.clause === c.clause)) citations.push(c);
    }
    // A team event counted by the text's own team ranks: said, with the sentence that sets them.
    const teamNote = result.notes.find((n) => n.code === 'ruling_team_event_ranks');
    const team = teamNote && picked.some((p) => p.route === 'green_channel') ? t(locale, 'rules:note.ruling_team_event_ranks') : '';
    for (const c of team ? teamNote!.citations : []) if (!citations.some((x) => x.quote === c.quote && x.clause === c.clause)) citations.push(c);
    // Several levels asked for (能直接考高级技师吗？还是要先考技师): one the facts reach no route to is said so.
    const missing = (u.targets ?? []).filter((x) => !picked.some((p) => p.target === x.level && (x.kind === 'skill') === (p.direction === 'title_to_skill')));
    const none = missing.length ? t(locale, 'qa:elig.noRoute', { wanted: missing.map((x) => t(locale, x.kind === 'skill' ? `rules:skill.${x.level}` : `rules:title.${x.level}`)).join('、') }) : '';
    const twice = [result.notes.some((n) => n.code === 'award_listed_twice') ? t(locale, 'rules:note.award_listed_twice') : '', team, none]
      .filter(Boolean).map((x) => (locale === 'en' ? ' ' : '') + x).join('');
    return { region, text: sentences.join(locale === 'en' ? '; ' : '；') + (twice ? (locale === 'en' ? '.' : '。') + twice : ''), citations, paths: picked };
  }
}
