// The dialog's replies in the one reply model. All words come from locales/<locale>/dialog.json.
import { t } from '../i18n';
import { evaluate, type EligibilityResult } from '../rules';
import { skillRank, titleRank, type Region, type SkillLevel, type TitleLevel } from '../rules/vocabulary';
import type { Path } from '../rules/result';
import type { DialogContext, ResultFollowUp } from './dialogMachine';
import { choiceLabels } from './choices';
import { BoundedMemo } from './memo';
import { classlessAward, teamlessAward, toProfile, undatedSkill, undatedTitle, unrankedAward, type Facts } from './facts';
import { whatOpens } from './whatOpens';
import { awardName, clauseRef, tierName, formatMonth, leadingPath, noneLine, pathFor, renderCitations, renderDocuments, renderResultText, statusWords, targetLine, titleName, unknownSlotNames } from './renderResult';
import type { Locale, Reply } from './replyModel';
import type { AskedSlot, Slot } from './slots';
import type { FollowUp, Guess, ParsedAward, ParsedTarget, RegionMatch, SmallTalk, Understanding } from './understand';

export const replyText = (key: string, locale: Locale, vars?: Record<string, unknown>) => t(locale, `dialog:${key}`, vars);

/** The question for a slot, with its choices. */
export function askReply(slot: Slot, f: Facts, locale: Locale): Reply {
  let vars: Record<string, unknown> = {};
  if (slot === 'skills.since') vars = { level: t(locale, `rules:skill.${undatedSkill(f)?.level ?? 'senior_worker'}`) };
  if (slot === 'titles.since') vars = { level: t(locale, `rules:title.${undatedTitle(f)?.level ?? 'assistant'}`) };
  let key = slot.replace('.', '_');
  if (slot === 'awards.teamSize') {
    const a = teamlessAward(f);
    vars = { competition: a && a.type === 'competition' ? tierName(a, locale) : '' };
  }
  if (slot === 'awards.class') {
    const a = classlessAward(f);
    vars = { competition: a && a.type === 'competition' ? t(locale, `dialog:tierLevel.${a.tier.split('_')[0]}`) : '' };
  }
  if (slot === 'awards.rank') {
    const a = unrankedAward(f);
    vars = { competition: a && a.type === 'competition' ? tierName(a, locale) : '' };
    if (a && a.type === 'competition' && a.tier === 'worldskills') key = 'awards_medal';
  }
  const choices = choiceLabels(slot, { locale, facts: f });
  return { text: replyText(`ask.${key}`, locale, vars), ...(choices ? { choices } : {}), requestedSlot: slot };
}

export function notUnderstoodReply(text: string, locale: Locale): Reply {
  // Control characters and direction marks are dropped before the text is echoed back.
  const shown = [...text].filter((ch) => { const c = ch.codePointAt(0)!; return c >= 0x20 && c !== 0x7f && !(c >= 0x200e && c <= 0x200f) && !(c >= 0x202a && c <= 0x202e) && !(c >= 0x2066 && c <= 0x2069); })
    .join('').trim();
  // Chinese: 12 characters; English: up to 40, cut at a word
  const latin = !/[\u4e00-\u9fff]/.test(shown);
  const cut = [...shown].slice(0, latin ? 40 : 12).join('');
  const short = latin && cut.length < shown.length && cut.includes(' ') ? `${cut.slice(0, cut.lastIndexOf(' '))}…` : cut;
  return { text: short ? replyText('notUnderstood', locale, { text: short }) : replyText('notUnderstoodEmpty', locale), requestedSlot: null };
}

export function helpReply(c: DialogContext): Reply[] {
  const again = c.asking && c.asking !== 'modify' ? [askReply(c.asking, c.facts, c.locale)] : [];
  return [{ text: replyText('help', c.locale), requestedSlot: null }, ...again];
}

export function handoffReply(c: DialogContext): Reply {
  return { text: replyText('handoff', c.locale), requestedSlot: null };
}

// The answer's text is a function of the result, so of what the result was evaluated from: many people get the
// same answer, and its wording (two dozen texts) is put together once.
const answerTexts = new BoundedMemo<string>(500);

/** The answer. `from`, when given, names everything `result` was evaluated from (the profile's JSON, asOf
 * included): the text is then kept by it and the locale. */
export function resultReply(result: EligibilityResult, locale: Locale, from?: string, targets: ParsedTarget[] = [], facts?: Facts, wantedAwards: ParsedAward[] = []): Reply {
  const unknown = [...(facts?.unknown ?? []), ...(facts?.skills?.some((x) => x.sinceUnknown) ? ['skills.since'] : []),
    ...(facts?.titles?.some((x) => x.sinceUnknown) ? ['titles.since'] : [])];
  const key = `${locale}\u0000${from}\u0000${JSON.stringify(targets)}\u0000${unknown.join(',')}\u0000${facts ? JSON.stringify(outsideOf(facts)) : ''}\u0000${wantedAwards.length ? JSON.stringify(wantedAwards) : ''}`;
  const outside = (facts?.titles ?? []).flatMap((x) => (x.outside ? [x.outside] : []));
  const awards = facts ? wantedAwards.map((award) => ({ award, paths: opensWith(facts, award, result) })) : [];
  const make = () => renderResultText(result, locale, { targets, unknown, outside, wantedAwards: awards });
  const text = from === undefined ? make() : answerTexts.getOrMake(key, make);
  return { text, requestedSlot: null, result };
}
const outsideOf = (f: Facts) => (f.titles ?? []).map((x) => x.outside ?? '');

/** The paths an award wanted would open (the rule rows that name it), worked out on a copy of the facts with it held
 * from the month of the answer; the stored facts stay as they are. */
function opensWith(f: Facts, award: ParsedAward, r: EligibilityResult): Path[] {
  const profile = toProfile({ ...f, awards: [...(f.awards ?? []), award] }, r.asOf);
  if (!profile) return [];
  const supposed = evaluate(profile, { asOf: r.asOf });
  const had = new Set(r.paths.flatMap((p) => p.matchedAwards ?? []));
  return supposed.paths.filter((p) => p.matchedAwards?.some((m) => !had.has(m)));
}

function currentResult(c: DialogContext, asOf: string, region?: Region): EligibilityResult | undefined {
  const profile = toProfile(c.facts, asOf, region);
  return profile ? evaluate(profile, { asOf, locale: c.locale }) : undefined;
}

export function documentsReply(c: DialogContext, asOf: string, only?: readonly ParsedTarget[]): Reply {
  const r = currentResult(c, asOf);
  return { text: r ? renderDocuments(r, c.locale, only) : replyText('noResultYet', c.locale), requestedSlot: null };
}

export function citationsReply(c: DialogContext, asOf: string): Reply {
  const r = currentResult(c, asOf);
  return { text: r ? renderCitations(r, c.locale) : replyText('noResultYet', c.locale), requestedSlot: null };
}

/** 换个地区: the same facts under another region, side by side with the person's own, path by path. */
export function compareReply(c: DialogContext, other: RegionMatch | undefined, asOf: string): Reply {
  if (!other) return { text: replyText('compareWhich', c.locale), requestedSlot: null };
  if (other.region === c.facts.region) return { text: replyText('compareSame', c.locale, { region: t(c.locale, `rules:region.${other.region}`) }), requestedSlot: null };
  const mine = currentResult(c, asOf);
  const theirs = currentResult(c, asOf, other.region);
  if (!mine || !theirs) return { text: replyText('noResultYet', c.locale), requestedSlot: null };
  const regionName = (r: EligibilityResult) => t(c.locale, `rules:region.${r.region}`);
  const lines = [replyText('compareTitle', c.locale, { a: regionName(mine), b: regionName(theirs) }),
    replyText('compareDocs', c.locale, { a: mine.policies.map((x) => x.docNo).join('、'), b: theirs.policies.map((x) => x.docNo).join('、') })];
  // every level either region opens, once, in ladder order
  const levels: ParsedTarget[] = [];
  for (const p of [...mine.paths, ...theirs.paths]) {
    const x: ParsedTarget = p.direction === 'skill_to_title' ? { kind: 'title', level: p.target as never } : { kind: 'skill', level: p.target as never };
    if (!levels.some((l) => l.kind === x.kind && l.level === x.level)) levels.push(x);
  }
  const cell = (r: EligibilityResult, x: ParsedTarget) => { const p = pathFor(r, x); return p ? statusWords(p, c.locale) : replyText('compareNone', c.locale); };
  for (const x of levels) {
    const name = x.kind === 'title' ? t(c.locale, `rules:title.${x.level}`) : t(c.locale, `rules:skill.${x.level}`);
    lines.push(replyText('compareRow', c.locale, { target: name, a: regionName(mine), b: regionName(theirs), left: cell(mine, x), right: cell(theirs, x) }));
  }
  if (!levels.length) lines.push(replyText('compareNothing', c.locale));
  const lead = (r: EligibilityResult) => { const p = leadingPath(r); return p ? targetLine(p, c.locale) : replyText('compareNone', c.locale); };
  lines.push(replyText('compareBest', c.locale, { a: regionName(mine), b: regionName(theirs), left: lead(mine), right: lead(theirs) }));
  lines.push(replyText('compareHint', c.locale));
  return { text: lines.join('\n'), requestedSlot: null };
}

/** 详细 / details: the whole answer, notes and every route included. */
export function detailsReply(c: DialogContext, asOf: string): Reply {
  const r = currentResult(c, asOf);
  return { text: r ? renderResultText(r, c.locale, { targets: c.targets, unknown: c.facts.unknown, full: true }) : replyText('noResultYet', c.locale), requestedSlot: null };
}

type ModifiableSlot = 'region' | 'skills' | 'titles' | 'awards' | 'annualReviewsPassed' | 'workYears';
const MODIFY_WORDS: [RegExp, ModifiableSlot][] = [
  [/地区|地方|省|城市|region|place|city/i, 'region'],
  [/技能|证书|等级|skill|certificate/i, 'skills'],
  [/职称|title/i, 'titles'],
  [/奖|称号|竞赛|比赛|award|competition/i, 'awards'],
  [/考核|review/i, 'annualReviewsPassed'],
  [/年限|工龄|年|years/i, 'workYears'],
];

/** Which fact a 修改 message names, if any. */
export function modifySlot(rest: string): ModifiableSlot | undefined {
  return MODIFY_WORDS.find(([re]) => re.test(rest))?.[1];
}

export function modifyWhichReply(locale: Locale): Reply {
  return { text: replyText('modifyWhich', locale), choices: choiceLabels('modify', { locale, facts: {} }), requestedSlot: 'modify' };
}

/** What the injected answerer (the Q&A) returns for a free question. */
export interface FreeAnswer {
  answer: string;
  matched: 'curated' | 'clause' | 'none';
  citations: { docNo: string; clause: string; quote: string }[];
  id?: string;
}
/** The person's facts as the answerer takes them (src/qa's PersonFacts, written here so the dialog imports no Q&A). */
export interface AnswerFacts {
  skills?: { level: SkillLevel; since?: string; occupation?: string }[];
  titles?: { level: TitleLevel; since?: string; series?: string }[];
  awards?: Facts['awards'];
  workYears?: number;
  annualReviewsPassed?: boolean;
}
/** The free-question answerer the dialog is given (src/qa's ask, wired outside the dialog): told the region, the
 * month and, mid-interview, the person's facts so far. */
export type Answerer = (question: string, opts: { region?: Region; locale: Locale; asOf?: string; facts?: AnswerFacts }) => FreeAnswer;

/** Without an answerer: every free question is honestly not answered. */
export const noAnswerer: Answerer = (_q, { locale }) => ({ answer: replyText('noAnswer', locale), matched: 'none', citations: [] });

/** A free answer as replies: the answer and up to two quoted clauses. */
export function questionReplies(a: FreeAnswer, locale: Locale): Reply[] {
  if (a.matched === 'none') return [{ text: a.answer, requestedSlot: null }];
  const cites = a.citations.slice(0, 2).map((x) => `${x.docNo} ${x.clause}：“${x.quote}”`).join('\n');
  return [{ text: `${a.answer}\n${replyText('source', locale)}${cites}`, requestedSlot: null }];
}

/** A level with the month it was obtained, when known. */
const dated = (label: string, since: string | undefined, locale: Locale) => since ? `${label}${locale === 'en' ? ` (${formatMonth(since, locale)})` : `（${formatMonth(since, locale)}）`}` : label;

/** Whether two values serialise alike (a list the message left untouched is the same list). */
const sameJson = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The facts that differ between two states, each in words, and whether a date was assumed from a year. */
/** After a correction, of a list of certificates or titles: only the entries changed, when none was dropped (已改为：
 * 技师（2021年12月）, the other certificate unchanged and not repeated); else the whole list. */
function changedOnly<T extends { level: string }>(before: T[] | undefined, after: T[]): T[] {
  if (!before?.length || before.some((b) => !after.some((a) => a.level === b.level))) return after;
  const changed = after.filter((a) => !before.some((b) => sameJson(a, b)));
  return changed.length ? changed : after;
}

function changedParts(before: Facts, after: Facts, locale: Locale, onlyChanged = false): { parts: string[]; approx: boolean; assumed: boolean } {
  const parts: string[] = [];
  const sep = locale === 'en' ? ', ' : '、';
  let approx = false;
  // a reading the echo itself states (a team of four counted as of three): the line is shown even for one fact
  let assumed = false;
  if (after.region && (after.region !== before.region || after.place !== before.place)) {
    parts.push(after.fallback ? (after.place ? `${after.place}→${t(locale, 'rules:region.national')}` : t(locale, 'rules:region.national')) : t(locale, `rules:region.${after.region}`));
  }
  if (after.skills && !sameJson(after.skills, before.skills)) {
    const skills = onlyChanged ? changedOnly(before.skills, after.skills) : after.skills;
    if (skills.some((x) => x.sinceApprox)) approx = true;
    parts.push(skills.length ? skills.map((x) => dated(t(locale, `rules:skill.${x.level}`), x.since, locale)).join(sep) : replyText('ack.noSkills', locale));
  }
  if (after.titles && !sameJson(after.titles, before.titles)) {
    const titles = onlyChanged ? changedOnly(before.titles, after.titles) : after.titles;
    if (titles.some((x) => x.sinceApprox)) approx = true;
    parts.push(titles.length ? titles.map((x) => dated(x.outside ?? titleName(x.level, x.series, locale), x.since, locale)).join(sep) : replyText('ack.noTitles', locale));
  }
  if (after.workYears !== undefined && (after.workYears !== before.workYears || !sameJson(after.workYearsBelow, before.workYearsBelow))) {
    // 快五年: the whole years counted, and that the number said was not reached (the line is shown even for this alone)
    const b = after.workYearsBelow;
    parts.push(b ? replyText('ack.workYearsBelow', locale, { years: after.workYears, below: b.below, said: b.said }) : replyText('ack.workYears', locale, { years: after.workYears }));
    if (b) assumed = true;
  }
  if (after.annualReviewsPassed !== undefined && after.annualReviewsPassed !== before.annualReviewsPassed) parts.push(replyText(after.annualReviewsPassed ? 'ack.reviewsPassed' : 'ack.reviewsFailed', locale));
  if (after.awards && !sameJson(after.awards, before.awards)) {
    // (left unsaid in reply to a question that asked them beside another: counted as none, and said so)
    const unsaid = !after.awards.length && (after.unknown ?? []).includes('awards') && !(before.unknown ?? []).includes('awards');
    parts.push(after.awards.length ? after.awards.map((a) => awardName(a, locale)).join(sep) : unlistedWords(after, locale) ?? replyText(unsaid ? 'ack.awardsUnsaid' : 'ack.noAwards', locale));
    if (after.awards.some((a) => a.type === 'competition' && (a.teamSize ?? 0) > 3)) assumed = true;
  }
  // a diploma read in passing (我是机电专业毕业的) decides the theory exemption: the person sees it was read
  if (after.relatedDiploma !== undefined && after.relatedDiploma !== before.relatedDiploma) parts.push(replyText(after.relatedDiploma ? 'ack.relatedDiploma' : 'ack.noRelatedDiploma', locale));
  return { parts, approx, assumed };
}

/** Honours heard that the region's text does not list, in words ("市技术能手（辽宁的贯通文件未列这一称号，没有计入）"). */
function unlistedWords(f: Facts, locale: Locale): string | undefined {
  if (!f.unlistedAwards?.length || !f.region) return undefined;
  return replyText('ack.unlistedAwards', locale, { names: f.unlistedAwards.join(locale === 'en' ? ', ' : '、'), region: t(locale, `rules:region.${f.region}`) });
}

/** What one message taught, in a line ("记下了：重庆；技师（2023年11月）"), when it taught several things or a date
 * had to be assumed: the person sees what the answer rests on. */
export function acknowledgeReply(before: Facts, after: Facts, locale: Locale, always = false, fromNumber = false, byQuestion?: LevelByQuestion,
  sinceBelow?: { below: number; said: string }): Reply | undefined {
  const { parts, approx, assumed: stated } = changedParts(before, after, locale);
  if (!parts.length || (parts.length < 2 && !approx && !stated && !always)) return undefined;
  const assumed = (approx ? replyText('ack.approx', locale) : '') + (fromNumber ? replyText('ack.fromNumber', locale) : '')
    // 高级 to the certificate question: the echo says it was taken as 高级工
    + (byQuestion ?? []).map((b) => replyText('ack.readAs', locale, { said: b.said, as: levelName(b, locale) })).join('')
    // 拿证快四年了: counted back by the whole years below the number said
    + (sinceBelow ? replyText('ack.sinceBelow', locale, { said: sinceBelow.said, below: sinceBelow.below, years: Math.max(0, Math.ceil(sinceBelow.below) - 1) }) : '');
  return { text: replyText('ack.line', locale, { facts: parts.join(locale === 'en' ? '; ' : '；') }) + assumed, requestedSlot: null };
}

/** The fact a slot's answer fills (skills.since fills skills; region fills region and place). */
const SLOT_FACTS: Record<string, readonly (keyof Facts)[]> = {
  region: ['region', 'place', 'fallback'], skills: ['skills'], titles: ['titles'], awards: ['awards'],
  workYears: ['workYears'], annualReviewsPassed: ['annualReviewsPassed'], relatedDiploma: ['relatedDiploma'],
  techSchoolClass: ['techSchoolClass'], occupation: ['occupation', 'skills'],
};
/** Whether a message taught a fact other than the one the question asked for (asked the title, told the reviews):
 * then even one fact learnt is echoed, so the person sees where the words went. */
export function learntElsewhere(asking: string | null, before: Facts, after: Facts): boolean {
  if (!asking) return false;
  const own = SLOT_FACTS[asking.split('.')[0]] ?? [];
  const keys = new Set<keyof Facts>([...Object.keys(before), ...Object.keys(after)] as (keyof Facts)[]);
  for (const k of keys) {
    if (k === 'unknown' || own.includes(k)) continue;
    if (!sameJson(before[k], after[k])) return true;
  }
  return false;
}

/** After a correction: what was changed ("已改为：技师（2020年5月）"); the rest stays as it was. */
export function changedReply(before: Facts, after: Facts, locale: Locale): Reply {
  const { parts, approx } = changedParts(before, after, locale, true);
  if (!parts.length) return { text: replyText('ack.unchanged', locale), requestedSlot: null };
  return { text: replyText('ack.changed', locale, { facts: parts.join(locale === 'en' ? '; ' : '；') }) + (approx ? replyText('ack.approx', locale) : ''), requestedSlot: null };
}

/** Bare level words read by the question asked (高级 to the certificate question → 高级工). */
export type LevelByQuestion = NonNullable<Understanding['levelByQuestion']>;
const levelName = (b: LevelByQuestion[number], locale: Locale) =>
  b.kind === 'skill' ? t(locale, `rules:skill.${b.level}`) : titleName(b.level as TitleLevel, undefined, locale);

/** 高级 to the title question: 副高级 or 正高级? Noted as 副高级 (the lower), and asked. */
export function levelQuestion(byQuestion: LevelByQuestion, locale: Locale): Reply | undefined {
  const b = byQuestion.find((x) => x.kind === 'title' && x.level === 'deputy_senior');
  return b ? { text: replyText('ack.seniorWhich', locale, { said: b.said }), requestedSlot: null } : undefined;
}

/** 我是高级 with nothing asked: which ladder, 高级工 or 高级职称? Asked with both as choices. */
export type LadderUnclear = NonNullable<Understanding['ladderUnclear']>;
export function ladderQuestion(l: LadderUnclear, slot: 'skills' | 'titles', locale: Locale): Reply {
  const vars = { said: l.said, skill: t(locale, `rules:skill.${l.skill}`), title: titleName(l.title, undefined, locale) };
  return {
    text: replyText('ack.ladderWhich', locale, vars),
    choices: [replyText('ack.ladderWhichSkill', locale, vars), replyText('ack.ladderWhichTitle', locale, vars)], requestedSlot: slot,
  };
}

/** A mistyped word read as a guess: said, so that a wrong guess can be put right. */
export function guessedReply(guessed: Guess[], locale: Locale): Reply {
  return { text: replyText('guessed', locale, { words: guessed.map((g) => g.to).join(locale === 'en' ? ', ' : '、') }), requestedSlot: null };
}

/** "是3年前，2023年11月吗？" for a bare number typed to a date question. */
export function confirmDateReply(p: { slot: 'skills.since' | 'titles.since'; facts: Facts }, c: DialogContext, asOf: string): Reply {
  const list = p.slot === 'skills.since' ? p.facts.skills : p.facts.titles;
  const before = p.slot === 'skills.since' ? c.facts.skills : c.facts.titles;
  const item = list?.find((x, i) => x.since && !before?.[i]?.since);
  const month = item?.since ?? asOf;
  const years = Math.round((Number(asOf.slice(0, 4)) * 12 + Number(asOf.slice(5, 7)) - Number(month.slice(0, 4)) * 12 - Number(month.slice(5, 7))) / 12 * 10) / 10;
  return {
    text: replyText('confirmDate', c.locale, { years, month: formatMonth(month, c.locale) }),
    choices: [replyText('yesNo.yes', c.locale), replyText('yesNo.no', c.locale)], requestedSlot: 'confirm',
  };
}

/** A date after this month: questioned, not recorded. */
export function futureDateReply(month: string, locale: Locale, asking: boolean): Reply {
  return { text: replyText(asking ? 'futureDate' : 'futureDateNoted', locale, { month: formatMonth(month, locale) }), requestedSlot: null };
}

/** After two misunderstandings of one question: the choices with an example each, how to skip, a person to talk to. */
export function stuckReply(slot: Slot, c: DialogContext, firstTime = false): Reply {
  const ask = askReply(slot, c.facts, c.locale);
  return { ...ask, text: `${replyText(firstTime ? 'stuckConfused' : 'stuck', c.locale)}\n${replyText(`examples.${slot.replace('.', '_')}`, c.locale)}\n${replyText('stuckWayOut', c.locale)}\n${ask.text}` };
}

/** Small talk: one short reply; the machine asks the pending question again after it. */
export function smallTalkReply(kind: SmallTalk, c: DialogContext): Reply {
  const answered = c.asking === null && c.history.length > 0;
  return { text: replyText(`smallTalk.${kind}${answered ? 'Answered' : ''}`, c.locale), requestedSlot: null };
}

/** The person's own result, for a follow-up. */
function ownResult(c: DialogContext, asOf: string, facts: Facts = c.facts): EligibilityResult | undefined {
  const profile = toProfile(facts, asOf);
  return profile ? evaluate(profile, { asOf, locale: c.locale }) : undefined;
}

/** A follow-up after the answer, from the person's own result: when, what wanted, exemptions. */
export function followUpReply(c: DialogContext, kind: FollowUp | ResultFollowUp, asOf: string, yearsAhead?: number): Reply {
  const r = ownResult(c, asOf);
  if (!r) return { text: replyText('noResultYet', c.locale), requestedSlot: null };
  const lines: string[] = [];
  if (kind === 'trust') {
    return { text: replyText('followUp.trust', c.locale, { docs: r.policies.map((p) => p.docNo).join(c.locale === 'en' ? ', ' : '、') }), requestedSlot: null };
  }
  if (kind === 'depends') return dependsReply(c, r);
  if (kind === 'missing') {
    // what is still missing: the routes not open yet (those that open, then those to confirm), one per level
    const seen = new Set<string>();
    const order = { not_yet: 0, conditional: 1, unmet: 2, eligible: 3 } as const;
    const closed = r.paths.filter((p) => p.status !== 'eligible')
      .sort((a, b) => order[a.status] - order[b.status] || (a.eligibleFrom ?? '9999').localeCompare(b.eligibleFrom ?? '9999'))
      .filter((p) => { const k = `${p.direction}:${p.target}`; return !seen.has(k) && seen.add(k); });
    const shown = closed.some((p) => p.status !== 'unmet') ? closed.filter((p) => p.status !== 'unmet') : closed;
    const lead = leadingPath(r);
    if (!shown.length) return { text: lead ? replyText('followUp.nothingMissing', c.locale, { line: targetLine(lead, c.locale) }) : noneLine(r, c.locale), requestedSlot: null };
    return { text: [replyText('followUp.stillMissing', c.locale), ...shown.slice(0, 3).map((p) => `• ${targetLine(p, c.locale)}`)].join('\n'), requestedSlot: null };
  }
  if (kind === 'now') {
    // what can I apply for now: the best path, and the others open now by name
    const lead = leadingPath(r);
    if (!lead) return { text: noneLine(r, c.locale), requestedSlot: null };
    lines.push(targetLine(lead, c.locale));
    const open = r.paths.filter((p) => p !== lead && p.status === 'eligible').map((p) => targetLine(p, c.locale));
    lines.push(...[...new Set(open)].filter((l) => l !== lines[0]));
    return { text: lines.join('\n'), requestedSlot: null };
  }
  if (kind === 'exempt') {
    const exempt = r.paths.filter((p) => p.theoryExamExempt);
    const byDiploma = r.paths.some((p) => p.theoryExamExempt === false && p.documents.length >= 0) && c.facts.relatedDiploma === undefined;
    if (exempt.length) lines.push(replyText('followUp.exempt', c.locale, { paths: [...new Set(exempt.map((p) => targetLine(p, c.locale)))].join(c.locale === 'en' ? '; ' : '、') }));
    else lines.push(replyText(byDiploma ? 'followUp.exemptNeedsDiploma' : 'followUp.noExempt', c.locale));
    return { text: lines.join('\n'), requestedSlot: null };
  }
  const by = yearsAhead !== undefined ? Number(r.asOf.slice(0, 4)) + yearsAhead : undefined;
  const line = (p: Path) => by !== undefined && p.status !== 'eligible'
    ? replyText(p.status === 'not_yet' && p.eligibleFrom && Number(p.eligibleFrom.slice(0, 4)) <= by ? 'followUp.byThen' : 'followUp.notByThen', c.locale, { year: by, line: targetLine(p, c.locale) })
    : targetLine(p, c.locale);
  let found = 0;
  for (const x of c.targets) {
    const p = pathFor(r, x);
    if (p) { lines.push(line(p)); found++; continue; }
    const name = x.kind === 'title' ? titleName(x.level, x.series, c.locale) : t(c.locale, `rules:skill.${x.level}`);
    lines.push(replyText('followUp.noPathTo', c.locale, { target: name }));
    // what would open it: the lower rung to reach first (技师 before 工程师), with the clause that opens the route
    const first = whatOpens(c.facts, x, r.asOf);
    if (first) {
      lines.push(replyText('followUp.opensAfter', c.locale, {
        target: name, level: first.kind === 'skill' ? t(c.locale, `rules:skill.${first.level}`) : titleName(first.level as TitleLevel, x.kind === 'title' ? x.series : undefined, c.locale),
        clause: clauseRef(first.path),
      }));
    }
  }
  if (!found && by !== undefined && !c.targets.length) {
    // "那明年呢": the route that opens soonest, by then or not
    const next = r.paths.filter((p) => p.status === 'not_yet' && p.eligibleFrom).sort((a, b) => a.eligibleFrom!.localeCompare(b.eligibleFrom!))[0];
    if (next) return { text: line(next), requestedSlot: null };
  }
  if (!found) {
    const lead = leadingPath(r);
    lines.push(lead ? (c.targets.length ? replyText('followUp.bestNow', c.locale, { line: line(lead) }) : line(lead)) : noneLine(r, c.locale));
    if (kind === 'when' && !c.targets.length && by === undefined) {
      // "那得哪个月" with no level named or wanted: also the month each other level not open yet opens, soonest first
      const seen = new Set(lead ? [`${lead.direction}:${lead.target}`] : []);
      const later = r.paths.filter((p) => p.status === 'not_yet' && p.eligibleFrom)
        .sort((a, b) => a.eligibleFrom!.localeCompare(b.eligibleFrom!))
        .filter((p) => { const k = `${p.direction}:${p.target}`; return !seen.has(k) && seen.add(k); });
      lines.push(...later.slice(0, 2).map((p) => targetLine(p, c.locale)));
    }
  }
  // "哪个月" while a date was given only roughly (去年, 2023年): the month the answer assumed, and how to make it exact
  const rough = kind === 'when' && r.paths.some((p) => p.status === 'not_yet')
    ? [...(c.facts.skills ?? []).map((x) => ({ x, name: t(c.locale, `rules:skill.${x.level}`) })), ...(c.facts.titles ?? []).map((x) => ({ x, name: x.outside ?? titleName(x.level, x.series, c.locale) }))]
      .find(({ x }) => x.sinceApprox && x.since) : undefined;
  if (rough) lines.push(replyText('followUp.approxMonth', c.locale, { level: rough.name, month: formatMonth(rough.x.since!, c.locale), year: rough.x.since!.slice(0, 4) }));
  return { text: lines.join('\n'), requestedSlot: null };
}

/** "取决于什么": the facts left unknown and the conditions the routes still need confirmed, from the person's result. */
function dependsReply(c: DialogContext, r: EligibilityResult): Reply {
  const f = c.facts;
  const slots = [...(f.unknown ?? []), ...(f.skills?.some((x) => x.sinceUnknown) ? ['skills.since'] : []), ...(f.titles?.some((x) => x.sinceUnknown) ? ['titles.since'] : [])];
  const unknown = [...new Set(slots)];
  const conditions = [...new Set(r.paths.filter((p) => p.status === 'conditional' || (p.status === 'not_yet' && p.conditions.length)).flatMap((p) => p.conditions.map((x) => x.text)))];
  if (!unknown.length && !conditions.length) return { text: replyText('followUp.dependsOnNothing', c.locale), requestedSlot: null };
  const lines: string[] = [];
  if (unknown.length) lines.push(replyText('followUp.dependsOnUnknown', c.locale, { what: unknownSlotNames(unknown, c.locale) }));
  if (conditions.length) lines.push(replyText('followUp.dependsOnConditions', c.locale), ...conditions.slice(0, 4).map((x) => `• ${x}`));
  return { text: lines.join('\n'), requestedSlot: null };
}

/** "What if I had X": answered on a copy of the facts; the stored facts stay as they are, and the reply says so. */
export function hypotheticalReply(c: DialogContext, facts: Facts, asOf: string, at?: string): Reply {
  // (set ahead, 明年 / 再干两年: worked out as of that month)
  const r = ownResult(c, at ?? asOf, facts);
  if (!r) return { text: replyText('noResultYet', c.locale), requestedSlot: null };
  const lead = leadingPath(r);
  // said: only what the supposition adds
  const added = <T>(after: T[] | undefined, before: T[] | undefined) => {
    const a = after?.filter((x) => !before?.some((b) => sameJson(b, x)));
    return a?.length ? a : before;
  };
  const { parts } = changedParts(c.facts, { ...facts, skills: added(facts.skills, c.facts.skills), titles: added(facts.titles, c.facts.titles), awards: added(facts.awards, c.facts.awards) }, c.locale);
  // a supposition that changes nothing read: said so, rather than an answer to "if —"
  if (!parts.length && !at) return { text: replyText('hypothetical.nothing', c.locale), requestedSlot: null };
  const said = parts.join(c.locale === 'en' ? '; ' : '；') || replyText('hypothetical.timeOnly', c.locale);
  // the best open route, and the routes above it that would open later or need checking
  const rank = (p: Path) => (p.direction === 'skill_to_title' ? titleRank(p.target as TitleLevel) : skillRank(p.target as SkillLevel));
  const higher = lead ? r.paths.filter((p) => p !== lead && p.direction === lead.direction && rank(p) > rank(lead) && p.status !== 'unmet') : [];
  const seen = new Set<string>();
  const above = higher.filter((p) => !seen.has(p.target) && seen.add(p.target)).slice(0, 2);
  return {
    text: [
      at ? replyText('hypothetical.ifAt', c.locale, { facts: said, month: formatMonth(at, c.locale) }) : replyText('hypothetical.if', c.locale, { facts: said }),
      lead ? targetLine(lead, c.locale) : noneLine(r, c.locale),
      ...above.map((p) => targetLine(p, c.locale)),
      replyText('hypothetical.unchanged', c.locale),
    ].join('\n'),
    requestedSlot: null,
  };
}

export type { AskedSlot, ParsedTarget };
