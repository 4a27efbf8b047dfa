// From a message to the machine's typed event: understand the text once (with the slot asked and the facts known),
// then decide what kind of message it is: an answer, a correction, a question (answered by the injected answerer),
// a follow-up on the answer, a command, small talk, a confirmation, or not understood.
import { absorb, type Facts, type HeldSkill, type HeldTitle } from './facts';
import type { DialogContext, DialogEvent } from './dialogMachine';
import { choiceByLabel, choiceKeys, choiceMeaning } from './choices';
import { resultQuestion } from './followUps';
import { yearsAhead } from './yearsAhead';
import { monthsOn, supposedLater, type Later } from './supposedLater';
import { nextSlot } from './nextQuestion';
import { modifySlot, type AnswerFacts, type Answerer } from './replies';
import type { Locale } from './replyModel';
import { isAskedSlot, type Slot } from './slots';
import type { SkillLevel, TitleLevel } from '../rules/vocabulary';
import { bareNone, choiceNumber, correctedSince, findRank, normalizeText, understand, type ParsedAward, type ParsedTarget, type Understanding } from './understand';

const MAX_TEXT = 2000;

export interface TurnMessage { text: string; value?: unknown; asOf: string; locale?: Locale; notice?: 'state_reset' }

/** The text a message carries: typed text, or a card submission's choice. */
export function messageText(m: { text?: string; value?: unknown }): string {
  const v = m.value as { choice?: unknown; text?: unknown } | undefined;
  const fromValue = v && typeof v === 'object' ? (typeof v.choice === 'string' ? v.choice : typeof v.text === 'string' ? v.text : '') : '';
  return (m.text?.trim() ? m.text : fromValue).slice(0, MAX_TEXT);
}

export const hasFacts = (u: Understanding): boolean => Boolean(u.region || u.skills || u.titles || u.awards || u.workYears !== undefined
  || u.annualReviewsPassed !== undefined || u.relatedDiploma !== undefined || u.techSchoolClass !== undefined);

const CHOICE_SAID = /^(?:选(?:择)?|我选|就选|第)|号$|^(?:option|choice|no\.?|#)\s*\S/i;
/** A numbered choice ("2") or a choice's own label, read as the choice it names, whatever the parser knows. */
function chosen(context: DialogContext, text: string): Understanding | undefined {
  const slot = context.asking;
  if (!slot) return undefined;
  const keys = choiceKeys(slot, context.facts);
  if (!keys.length) return undefined;
  const trimmed = text.trim();
  let key: string | undefined;
  // (1, 选2, 第二个号: the choice's number, a bare 三 is not one; to "how many per team?" a number above the sizes
  // offered is a count, 4 people, not the 4th choice; to "which place?" a number past the places offered is that
  // place, 4th, not 其他名次)
  const n = /^[1-9]$/.test(trimmed) ? Number(trimmed) : CHOICE_SAID.test(trimmed) ? choiceNumber(trimmed) : undefined;
  const byNumber = n !== undefined && n <= keys.length && !(slot === 'awards.rank' && n > 3)
    && !(slot === 'awards.teamSize' && (n > 3 || !/^[1-9]$/.test(trimmed)));
  if (byNumber) key = keys[n - 1];
  else key = choiceByLabel(slot, trimmed, context);
  if (key === undefined) return undefined;
  // a number says nothing of what was chosen: the echo names it (记下了：二类竞赛)
  const u = choiceMeaning(slot, key);
  return byNumber && u ? { ...u, byNumber: true } : u;
}

/** The answer to "高级工证书还是高级职称？" asked just before: the ladder named alone (证书, 职称, the title) or the choice's
 * number; anything else is read as usual (高级职称, 高级工). */
const LADDER_SKILL = /^(?:是|选)?(?:1|一|第一个|前面那个|前一个|技能|技能证书?|证书|证|技能等级|职业资格|工人的?|(?:the )?(?:first(?: one)?|certificate|cert|skill(?: level| certificate)?))(?:的|吧|啊|呀)?[.。!]?$/;
const LADDER_TITLE = /^(?:是|选)?(?:2|二|第二个|后面那个|后一个|职称|职称证书?|(?:the )?(?:second(?: one)?|(?:professional )?title))(?:的|吧|啊|呀)?[.。!]?$/;
function ladderChosen(context: DialogContext, text: string): Understanding | undefined {
  const l = context.ladder;
  if (!l?.asked || l.askedAt !== context.turns || !context.asking) return undefined;
  const t = text.trim().toLowerCase();
  if (LADDER_SKILL.test(t)) return { recognized: true, skills: [{ level: l.skill }] };
  if (LADDER_TITLE.test(t)) return { recognized: true, titles: [{ level: l.title }] };
  return undefined;
}

const CONFUSED = /^(?:啥|啥\?|什么|什么\?|嗯\?|啊\?|\?+|？+|what\??|huh\??|sorry\??)$|啥意思|什么意思|不懂|没懂|看不懂|听不懂|不明白|不太明白|没明白|\bwhat do you mean\b|\b(?:don'?t|do not) understand\b/;
const SKIP = /^(?:先|这个|这题|这个问题)?(?:跳过|略过|下一个|下一题|不说了|算了|不答了|不回答)(?:吧|了|这个|这题|这个问题)?$|^(?:skip|pass|next)(?: (?:it|this|this one|that|please|the question))?$/;

type BothSlot = 'titles' | 'awards' | 'annualReviewsPassed';
const BOTH = new Set<string>(['titles', 'awards', 'annualReviewsPassed']);
/** An answer to a question that asked two slots at once (the titles, or the reviews, and the awards): a clause that
 * names no fact of its own (没弄过, nothing of the sort) answers the first of the two still unanswered, in order, the
 * way it would answer that question asked alone; so 没弄过，一个奖没有 is none of both. */
function clausesOfBoth(u: Understanding, text: string, slots: Slot[], context: DialogContext, asOf: string): Understanding {
  // (spaces part clauses in Chinese, as voice-to-text leaves them; in English they part words)
  const clauses = text.split(/[a-z]{2}/i.test(text) ? /[，,；;。.!！?？、]+/u : /[，,；;。.!！?？、\s]+/u).map((c) => c.trim()).filter(Boolean);
  if (clauses.length < 2) return u;
  let out = u;
  for (const clause of clauses) {
    const slot = slots.find((x): x is BothSlot => BOTH.has(x) && out[x as BothSlot] === undefined);
    if (!slot) break;
    if (hasFacts(understand(clause, { asOf, expecting: null, region: context.facts.region, locale: context.locale }))) continue;
    const r = understand(clause, { asOf, expecting: slot, region: context.facts.region, locale: context.locale });
    if (r[slot] !== undefined) out = { ...out, [slot]: r[slot] };
  }
  return out;
}

/** The event for one message in this context. */
export function interpret(context: DialogContext, m: TurnMessage, ask: Answerer): DialogEvent {
  const text = messageText(m);
  const base = { asOf: m.asOf, locale: m.locale, notice: m.notice, text, ...(bareNone(text) ? { bareNone: true as const } : {}) };
  const asking = context.asking;
  // after the answer (a question about it, from the person's own result)
  const answered = asking === null && context.history.length > 0;
  const read = ladderChosen(context, text) ?? chosen(context, text) ?? understand(text, { asOf: m.asOf, expecting: asking, region: context.facts.region, locale: context.locale });
  const u = context.alsoAsked && asking ? clausesOfBoth(read, text, [asking, context.alsoAsked], context, m.asOf) : read;
  // ("pass" to the reviews question is the answer, not a skip)
  // (a level named after the answer, neither dated nor held nor said to be held: the path a checklist is asked for)
  const namedNotHeld = () => (answered && !STATES_HOLDING.test(text) ? undatedNewLevels(context.facts, u) : undefined);
  if (SKIP.test(text.trim().toLowerCase()) && !(asking === 'annualReviewsPassed' && u.annualReviewsPassed !== undefined)) u.dontKnow = true;

  // a reading waiting for a yes: 对 / 是的 / no
  if (context.pending && u.yesNo !== undefined && !hasFacts(u) && !u.month) return { ...base, type: 'confirm', yes: u.yesNo };

  if (u.command) {
    const c = u.command;
    // 申报技师要带什么 after the answer: the checklist of the paths to the level named
    if (c.type === 'materials' && u.targets?.length && context.asking === null && context.history.length > 0 && (!hasFacts(u) || bringsNothing(context.facts, u))) {
      return { ...base, type: 'command', command: { type: 'materials', targets: u.targets } };
    }
    // 副高那条材料清单发我: after the answer, a level named with the checklist, not dated nor held and not said to be
    // held, is the path asked about, not a new holding
    const named = c.type === 'materials' ? namedNotHeld() : undefined;
    if (named) return { ...base, type: 'command', command: { type: 'materials', targets: named } };
    // 材料清单 / 原文 with facts: the answer, then the details
    if ((c.type === 'materials' || c.type === 'original' || c.type === 'details') && hasFacts(u)) {
      return answerEvent(context, u, base, ask, c.type === 'materials' ? 'materials' : 'original');
    }
    if (c.type === 'modify') {
      const rest = understand(c.rest, { asOf: m.asOf, expecting: null, region: context.facts.region, locale: context.locale });
      if (c.rest && hasFacts(rest)) return { ...base, type: 'answer', facts: absorb(context.facts, rest, null, true).facts };
      return { ...base, type: 'command', command: { type: 'modify', rest: c.rest, ...(c.rest ? { slot: modifySlot(c.rest) } : {}) } };
    }
    return { ...base, type: 'command', command: c };
  }
  if (asking === 'modify') {
    if (hasFacts(u)) return { ...base, type: 'answer', facts: absorb(context.facts, u, null, true).facts };
    const slot = modifySlot(text);
    return { ...base, type: 'command', command: { type: 'modify', rest: text, ...(slot ? { slot } : {}) } };
  }

  // after the answer: what to bring, what can I get now, what is missing, 那明年呢, 对比四川 (no new fact named):
  // from the person's own result ("技师能评啥" names a level already held: nothing new)
  // 考技师要准备啥, 工程师的材料有哪些: what to bring for a level wanted or asked about, nothing new held: the checklist of
  // the paths to it
  const askedFor = answered ? askedLevels(u, context.facts) : undefined;
  if (askedFor && (!hasFacts(u) || bringsNothing(context.facts, u)) && resultQuestion(text)?.kind === 'materials') {
    return { ...base, type: 'command', command: { type: 'materials', targets: askedFor } };
  }
  // (高工那个要交哪些材料: the level named, not held nor dated, is the path the checklist is asked for)
  const namedFor = namedNotHeld();
  if (namedFor && resultQuestion(text)?.kind === 'materials') return { ...base, type: 'command', command: { type: 'materials', targets: namedFor } };
  // 再干两年呢, two more years?: time passing said without 如果 / what if is a supposition too, not the years worked
  const later = supposedLater(normalizeText(text).text.toLowerCase());
  if (answered && u.followUp === undefined && !u.region && !u.skills && !u.titles && !u.awards && u.annualReviewsPassed === undefined
    && later?.passing) {
    return hypotheticalEvent(context, u, text, m.asOf, base, askedLevels(u, context.facts), later);
  }
  if (answered && !u.targets?.length && u.followUp === undefined) {
    const onlyRegion = u.region !== undefined && !u.skills && !u.titles && !u.awards && u.workYears === undefined && u.annualReviewsPassed === undefined;
    const q = onlyRegion ? resultQuestion(text, true) : !hasFacts(u) || bringsNothing(context.facts, u) ? resultQuestion(text) : undefined;
    if (q?.kind === 'materials') return { ...base, type: 'command', command: { type: 'materials' } };
    if (q?.kind === 'compare') return { ...base, type: 'command', command: { type: 'change_region', region: u.region } };
    if (q?.kind === 'when') return { ...base, type: 'followUp', kind: 'when', year: q.year };
    // "what is missing for senior engineer": the level asked about answers it, not the best route
    const about = q && (q.kind === 'missing' || q.kind === 'now') ? askedLevels(u, context.facts) : undefined;
    if (about) return { ...base, type: 'followUp', kind: 'target', targets: about };
    if (q) return { ...base, type: 'followUp', kind: q.kind };
  }
  // after the answer: a question about it, from the person's own result
  const asked = askedLevels(u, context.facts);
  if (answered && (u.followUp || (u.question && (asked || undatedNewLevels(context.facts, u)) && !OTHER_QUESTION.test(text)))) {
    if (u.followUp === 'hypothetical') {
      // "if I had X": X held from now on, unless a date is said; "要是我拿到正高" supposes the level it names held
      const named = !u.skills?.length && !u.titles?.length && u.targets?.length ? {
        skills: u.targets.flatMap((x) => (x.kind === 'skill' ? [{ level: x.level }] : [])),
        titles: u.targets.flatMap((x) => (x.kind === 'title' ? [{ level: x.level, ...(x.series ? { series: x.series } : {}) }] : [])),
      } : {};
      const supposedU = { ...u, ...(named.skills?.length ? { skills: named.skills } : {}), ...(named.titles?.length ? { titles: named.titles } : {}) };
      return hypotheticalEvent(context, supposedU, text, m.asOf, base, asked, later);
    }
    // "那工程师哪年能报": a level asked about by when, with no date and not held, is a level wanted, not a new holding
    const levels = !hasFacts(u) ? asked : !asked && !u.targets?.length && !STATES_HOLDING.test(text) ? undatedNewLevels(context.facts, u) : undefined;
    if (!hasFacts(u) || levels) {
      const year = yearsAhead(text);
      return { ...base, type: 'followUp', kind: u.followUp ?? 'target', targets: levels, ...(year ? { year } : {}) };
    }
  }

  // "如果我有…" before there is an answer: a supposition, not a fact; answered as a question
  if (u.followUp === 'hypothetical' && !(context.asking === null && context.history.length > 0)) {
    return { ...base, type: 'question', answer: ask(text, askOptions(context.facts, context.locale, m.asOf)), targets: u.targets };
  }
  if (u.correction) {
    // "不对，都合格" after the answer: the corrected part read as an answer to the question answered last
    const last = context.history.at(-1)?.asking ?? null;
    // (a number after a date was asked last is that date's year: 应该是20年不是21年)
    const c = !hasFacts(u) && !u.month && (u.number === undefined || last === 'skills.since' || last === 'titles.since') && last && last !== asking
      ? understand(text, { asOf: m.asOf, expecting: last, region: context.facts.region, locale: context.locale }) : u;
    if (hasFacts(c) || c.month || c.number !== undefined || c.yesNo !== undefined) {
      const corrected = correct(context, c);
      if (corrected) return { ...base, type: 'correction', facts: corrected, targets: c.targets };
    }
  }

  // a bare number to a date question: N years ago, to be confirmed
  if ((asking === 'skills.since' || asking === 'titles.since') && u.monthFromNumber && u.month && !hasFacts(u)) {
    const proposed = absorb(context.facts, u, asking).facts;
    return { ...base, type: 'confirmDate', pending: { slot: asking, facts: proposed } };
  }
  if (u.futureMonth && !hasFacts(u)) return { ...base, type: 'future', month: u.futureMonth };

  // 啥 / 什么意思 / 不懂 to a question: not a policy question, the question was not clear
  if (asking && CONFUSED.test(text.trim().toLowerCase()) && !hasFacts(u)) return { ...base, type: 'unclear', confused: true };
  // 忘了哪年拿的, 不清楚怎么算: a don't-know to the question asked is its answer (left unknown), not a free question,
  // unless it names a level wanted or asked about (不知道能不能评工程师)
  const unknownAnswer = u.dontKnow === true && asking !== null && !u.targets?.length && !u.readings?.some((r) => r.meaning === 'asks');
  if (u.question && !hasFacts(u) && !unknownAnswer) {
    const answer = ask(text, askOptions(context.facts, context.locale, m.asOf));
    // 还差什么 / 我能报啥 before there is an answer, and the answerer has none: no result yet (not a question unanswered)
    const q = !answered && answer.matched === 'none' && !u.targets?.length ? resultQuestion(text) : undefined;
    if (q && q.kind !== 'compare' && q.kind !== 'materials') return { ...base, type: 'followUp', kind: q.kind };
    // (so when can I apply? before there is an answer, naming no level: when is what the answer will say)
    if (!answered && answer.matched === 'none' && !u.targets?.length && u.followUp === 'when') return { ...base, type: 'followUp', kind: 'when' };
    return { ...base, type: 'question', answer, targets: u.targets };
  }

  const { facts, learnt } = absorb(context.facts, u, asking);
  if (hasFacts(u) || learnt || u.targets?.length || u.wantedAwards?.length || u.ladderUnclear) return answerEvent(context, u, base, ask, undefined, facts);
  if (u.smallTalk) return { ...base, type: 'smallTalk', kind: u.smallTalk };
  // "is there an exam": a question by its first word, put to the answerer rather than "not understood"
  if (!asking && ENGLISH_QUESTION.test(text.trim())) return { ...base, type: 'question', answer: ask(text, askOptions(context.facts, context.locale, m.asOf)) };
  // 有 / yes to "do you hold a certificate / a title / an award?": which one is asked
  if ((asking === 'skills' || asking === 'titles' || asking === 'awards') && u.yesNo === true) return { ...base, type: 'unclear', yes: true };
  return { ...base, type: 'unclear' };
}

/**
 * "如果我明年拿到技师", "假如我再干两年": the facts supposed, on a copy. A level supposed without a date is held from the
 * month the supposition is set at (now, the date said last for "since then", or N years ahead); a supposition set
 * ahead is answered as of that month, the years worked grown by as many years (再干两年 is two more, not two in all).
 */
function hypotheticalEvent(context: DialogContext, su: Understanding, text: string, asOf: string, base: { asOf: string; locale?: Locale; notice?: 'state_reset'; text: string },
  targets: ParsedTarget[] | undefined, later: Later | undefined): DialogEvent {
  const u: Understanding = { ...su };
  // (the duration of 再干两年 is the time passing, not the years worked)
  if (later && (later.passing || u.workYears === later.years)) delete u.workYears;
  const supposed = absorb(context.facts, u, null).facts;
  // 要是当时拿的是铜牌呢, what if I had placed third: another result of the contest told, no contest named
  if (!su.awards?.length) {
    const awards = otherResult(context.facts, normalizeText(text).text.toLowerCase());
    if (awards) supposed.awards = awards;
  }
  const month = asOf.slice(0, 7);
  const at = later ? monthsOn(month, later.years) : undefined;
  // ("and if I was a technician since then?": from the date said last, the latest the person gave)
  const from = at ?? (SINCE_THEN.test(text) ? latestSince(context.facts) ?? month : month);
  const now = <T extends { since?: string; sinceUnknown?: boolean }>(list: T[] | undefined, before: T[] | undefined) =>
    list?.map((x) => (x.since || before?.some((b) => JSON.stringify(b) === JSON.stringify(x)) ? x : { ...x, since: from }));
  const hypothetical: Facts = { ...supposed, skills: now(supposed.skills, context.facts.skills), titles: now(supposed.titles, context.facts.titles) };
  if (at && later && hypothetical.workYears !== undefined && u.workYears === undefined) hypothetical.workYears = Math.round((hypothetical.workYears + later.years) * 100) / 100;
  return { ...base, type: 'followUp', kind: 'hypothetical', targets, hypothetical, ...(at ? { at } : {}) };
}

/** A contest's result named (铜牌, 第二名, 冠军, silver, placed third). */
const RESULT_WORD = /[金银铜](?:牌|奖)|第\s*(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,3})\s*名|冠军|亚军|季军|优胜奖|\b(?:gold|silver|bronze)\b|\b(?:1st|2nd|3rd|\d{1,2}th|first|second|third|fourth|fifth|sixth)(?: place| prize)\b|\bplaced (?:1st|2nd|3rd|\d{1,2}th|first|second|third|fourth|fifth|sixth)\b|\bwon\b(?! (?:a|an|the)? ?(?:award|title|honou?r))/;
const PLACE_EN = /\bplaced (1st|2nd|3rd|first|second|third)\b|\bwon\b(?!.*\b(?:gold|silver|bronze|place)\b)/;
/** The awards held with the competition's result replaced by the one a supposition names (undefined: none named, or
 * no competition held). A world contest keeps medals, the others places (gold = 1st ...). */
function otherResult(f: Facts, text: string): Facts['awards'] | undefined {
  const awards = f.awards ?? [];
  const i = awards.map((a) => a.type === 'competition').lastIndexOf(true);
  if (i < 0 || !RESULT_WORD.test(text)) return undefined;
  const r = findRank(text);
  const en = PLACE_EN.exec(text);
  const rank = r.rank ?? (en ? (en[1] ? ({ '1st': 1, first: 1, '2nd': 2, second: 2, '3rd': 3, third: 3 } as Record<string, number>)[en[1]] : 1) : undefined);
  const medal = r.medal ?? (rank !== undefined && rank <= 3 ? (['gold', 'silver', 'bronze'] as const)[rank - 1] : undefined);
  const a = awards[i];
  if (a.type !== 'competition' || (rank === undefined && !medal)) return undefined;
  const patched = a.tier === 'worldskills' ? (medal ? { ...a, medal } : undefined)
    : { ...a, rank: rank ?? ({ gold: 1, silver: 2, bronze: 3, excellence: 99 } as const)[medal!] };
  return patched ? awards.map((x, j) => (j === i ? patched : x)) : undefined;
}

/** "since then", 从那时起: the time meant is the one the person spoke of before. */
const SINCE_THEN = /\b(?:since|from) then\b|\bsince that (?:time|date|year|month)\b|\bever since\b|从那(?:时|时候|以后|之后|年)(?:起|开始)?|那时(?:候)?(?:起|开始)/i;
/** The latest month among the levels held (the date said last, as people tell their career in order). */
function latestSince(f: Facts): string | undefined {
  return [...(f.skills ?? []), ...(f.titles ?? [])].map((x) => x.since).filter((x): x is string => Boolean(x)).sort().at(-1);
}

/** The levels a message wants or asks about: its targets, else the levels its readings ask about or want
 * (高工什么时候能报 reads 高工 as asked about), less those the person holds (技师评工程师: 技师 is where they start from);
 * both ladders named, the one they do not climb from is the one asked about. */
function askedLevels(u: Understanding, f: Facts): ParsedTarget[] | undefined {
  if (u.targets?.length) return u.targets;
  let out: ParsedTarget[] = [];
  for (const r of u.readings ?? []) {
    if ((r.meaning !== 'asks' && r.meaning !== 'wants') || !r.level) continue;
    if (r.what === 'skill' && !f.skills?.some((x) => x.level === r.level)) out.push({ kind: 'skill', level: r.level as SkillLevel });
    else if (r.what === 'title' && !f.titles?.some((x) => x.level === r.level)) out.push({ kind: 'title', level: r.level as TitleLevel });
  }
  if (out.some((x) => x.kind === 'skill') && out.some((x) => x.kind === 'title')) {
    const from = f.titles?.length && !f.skills?.length ? 'title' : 'skill';
    out = out.filter((x) => x.kind !== from);
  }
  return out.length ? out : undefined;
}

/** The message's facts are what is known already (a level held named again without anything new). */
const bringsNothing = (f: Facts, u: Understanding) => JSON.stringify(absorb(f, u, null).facts) === JSON.stringify(f);

/** Words by which a person says they hold something (我还有…, I also have …): a level named with them is held. */
const STATES_HOLDING = /我(?:还|也)?有|还有|拿了|考了|取得了|评上了|\bi (?:also )?(?:have|hold|got)\b|\bi've got\b/i;

/** A message naming only levels, none dated nor held already: the levels as targets (else undefined). */
function undatedNewLevels(f: Facts, u: Understanding): ParsedTarget[] | undefined {
  const other = u.region || u.awards || u.workYears !== undefined || u.annualReviewsPassed !== undefined || u.relatedDiploma !== undefined
    || u.techSchoolClass !== undefined || u.month;
  const skills = u.skills ?? [];
  const titles = u.titles ?? [];
  if (other || (!skills.length && !titles.length) || [...skills, ...titles].some((x) => x.since)) return undefined;
  if (skills.some((x) => f.skills?.some((h) => h.level === x.level)) || titles.some((x) => f.titles?.some((h) => h.level === x.level))) return undefined;
  return [...skills.map((x): ParsedTarget => ({ kind: 'skill', level: x.level })),
    ...titles.map((x): ParsedTarget => ({ kind: 'title', level: x.level, ...(x.series && x.series !== 'engineering' ? { series: x.series } : {}) }))];
}

const ENGLISH_QUESTION = /^(?:is|are|do|does|did|can|could|will|would|should|how|what|when|where|why|which|who)\s+\S+\s+\S+/i;

/** What the answerer is told: the region, the month, and the person's facts so far (a question naming none of its
 * own, 我能评什么, is answered with them); titles outside the 贯通 series and undated levels' unknowns left out. */
function askOptions(f: Facts, locale: Locale, asOf: string): Parameters<Answerer>[1] {
  const facts: AnswerFacts = {
    ...(f.skills?.length ? { skills: f.skills.map((x) => ({ level: x.level, ...(x.since ? { since: x.since } : {}), ...(x.occupation ? { occupation: x.occupation } : {}) })) } : {}),
    ...(f.titles?.some((x) => !x.outside) ? { titles: f.titles.filter((x) => !x.outside).map((x) => ({ level: x.level, ...(x.since ? { since: x.since } : {}), ...(x.series ? { series: x.series } : {}) })) } : {}),
    ...(f.awards?.length ? { awards: f.awards } : {}),
    ...(f.workYears !== undefined ? { workYears: f.workYears } : {}),
    ...(f.annualReviewsPassed !== undefined ? { annualReviewsPassed: f.annualReviewsPassed } : {}),
  };
  return { region: f.region, locale, asOf: asOf.slice(0, 7), ...(Object.keys(facts).length ? { facts } : {}) };
}

const answersNow = (f: Facts, asOf: string) => { try { return nextSlot(f, asOf) === null; } catch { return false; } };

/** A question beside a wanted level that the result does not answer (论文, 外语, 待遇 …). */
const OTHER_QUESTION = /论文|外语|英语|学历|计算机|待遇|流程|去哪|哪里报|怎么报|费用|多少钱|\b(?:paper|thesis|foreign language|degree|diploma|benefits?|fees?|where)\b/i;

const ASKING = /[?？]|吗|什么|怎么|如何|哪些|多少|要不要|需不需要|是否|\b(?:how|what|which|when|where|why|do i|does|is there|are there)\b/i;
const GREETING = /^(?:\s*(?:喂+|你好|您好|在吗|在不在|在么|有人吗|有人在吗|hi|hello|hey)[\s,，。.!！~～]*)+/i;
/** The clause that asks, from a message that also gives facts (the answerer reads the question, not the case). */
function questionPart(text: string): string {
  const clauses = text.split(/[,，。;；!！\n]|(?<=[?？])/).map((c) => c.trim()).filter(Boolean);
  return clauses.filter((c) => ASKING.test(c)).at(-1) ?? text;
}

/** Facts with, when the message also asks something the facts do not answer, the answer to that question. */
function answerEvent(context: DialogContext, u: Understanding, base: { asOf: string; locale?: Locale; notice?: 'state_reset'; text: string }, ask: Answerer,
  then?: 'materials' | 'original', facts = absorb(context.facts, u, context.asking).facts): DialogEvent {
  // a question about a level wanted is answered by the result itself; another question by the answerer
  const other = !u.targets?.length || OTHER_QUESTION.test(base.text);
  // a greeting is not the question ("在吗 美发师技师 重庆的" asks nothing); a text that asks nothing is not split
  const part = ASKING.test(base.text) ? questionPart(base.text.replace(GREETING, '')) : '';
  // what to bring, asked with the facts: the person's own checklist after the answer, not the general answer
  // (when these facts give the answer now; else the general answer, and the interview goes on)
  const wants = then ?? (ASKING.test(part) && resultQuestion(part)?.kind === 'materials' && answersNow(facts, base.asOf) ? 'materials' : undefined);
  const asks = u.question || OTHER_QUESTION.test(part);
  const question = asks && other && !wants && ASKING.test(part) ? ask(part, askOptions(facts, context.locale, base.asOf)) : undefined;
  // Built by assignment, not as a literal spreading `base` then optional parts: on Node 20 that literal costs
  // several µs (each property after a spread takes V8's slow path), a tenth of a turn. Same keys, same order.
  const event: DialogEvent & { type: 'answer' } = Object.assign({}, base, { type: 'answer' as const, facts, targets: u.targets, guessed: u.guessed, future: u.futureMonth });
  if (u.wantedAwards?.length) event.wantedAwards = u.wantedAwards;
  // a fact already known said differently is a correction, marker or not (不好意思高级工是2017年): the reply says what changed
  if (u.correction || overwrites(context.facts, facts)) event.corrected = true;
  if (u.monthRelative || u.monthApprox) event.assumed = true;
  if (u.monthBelow) event.sinceBelow = u.monthBelow;
  if (u.classByOrganiser) { event.assumed = true; event.classByOrganiser = true; }
  if (u.byNumber) event.assumed = true;
  if (u.levelByQuestion?.length) event.levelByQuestion = u.levelByQuestion;
  if (u.ladderUnclear) event.ladder = u.ladderUnclear;
  if (question && question.matched !== 'none') event.question = question;
  if (wants) event.then = wants;
  return event;
}

/** Whether `after` replaces something `before` knew (a region, a date, years, reviews, a level dropped), rather than
 * only adding to it; a year said alone made precise in that year (2023 → 2023年5月) is no change. */
export function overwrites(before: Facts, after: Facts): boolean {
  if (before.region && after.region !== before.region) return true;
  if (before.workYears !== undefined && after.workYears !== before.workYears) return true;
  if (before.annualReviewsPassed !== undefined && after.annualReviewsPassed !== before.annualReviewsPassed) return true;
  const redated = (old: (HeldSkill | HeldTitle)[] | undefined, now: (HeldSkill | HeldTitle)[] | undefined) => (old ?? []).some((o) => {
    const n = now?.find((x) => x.level === o.level);
    if (!n) return now !== undefined && now.length > 0;
    return Boolean(o.since && n.since && n.since !== o.since && !(o.sinceApprox && n.since.slice(0, 4) === o.since.slice(0, 4)));
  });
  return redated(before.skills, after.skills) || redated(before.titles, after.titles);
}

/**
 * What a correction leaves: the fact it names replaced, everything else kept. Undefined when it names nothing known
 * (then it is an answer: "应该是2020年" to the date question).
 */
function correct(context: DialogContext, u: Understanding): Facts | undefined {
  const f = context.facts;
  const asking = context.asking;
  const last = context.history.at(-1)?.asking ?? null;
  const out: Facts = { ...f };
  let changed = false;
  if (u.region && f.region) { Object.assign(out, { region: u.region.region, place: u.region.place, fallback: u.region.fallback }); changed = true; }
  if (u.skills?.length && f.skills?.length) { out.skills = replaceHeld(f.skills, u.skills, u.month, u.monthApprox); changed = true; }
  if (u.titles?.length && f.titles?.length) { out.titles = replaceHeld(f.titles, u.titles, u.month, u.monthApprox); changed = true; }
  if (u.workYears !== undefined && f.workYears !== undefined) {
    out.workYears = u.workYears;
    if (u.workYearsBelow) out.workYearsBelow = u.workYearsBelow; else delete out.workYearsBelow;
    changed = true;
  }
  if (u.annualReviewsPassed !== undefined && f.annualReviewsPassed !== undefined) { out.annualReviewsPassed = u.annualReviewsPassed; changed = true; }
  if (u.awards && f.awards?.length) { out.awards = u.awards; changed = true; }
  // a date alone, while asked something else: the date given last
  const answeringDate = asking === 'skills.since' || asking === 'titles.since';
  if (u.month && !u.skills?.length && !u.titles?.length && !answeringDate) {
    const key = last === 'titles.since' ? 'titles' : last === 'skills.since' ? 'skills' : f.skills?.some((s) => s.since) ? 'skills' : 'titles';
    const list = (key === 'skills' ? f.skills : f.titles) as (HeldSkill | HeldTitle)[] | undefined;
    const i = list ? lastDated(list) : -1;
    if (list && i >= 0) {
      const patched = list.map((x, j) => j === i ? { ...x, sinceApprox: undefined, ...correctedSince(x, u.month!, u.monthApprox) } : x);
      if (key === 'skills') out.skills = patched as HeldSkill[]; else out.titles = patched as HeldTitle[];
      changed = true;
    }
  }
  // a bare value: the question answered last
  if (!changed && last && last !== asking && isAskedSlot(last) && !hasFacts(u)) {
    const redone = absorb(context.history.at(-1)!.facts, u, last);
    if (redone.learnt) {
      const slotKey = last.split('.')[0] as keyof Facts;
      Object.assign(out, { [slotKey]: redone.facts[slotKey] });
      // (the years said again: how they were said goes with them)
      if (slotKey === 'workYears') { if (redone.facts.workYearsBelow) out.workYearsBelow = redone.facts.workYearsBelow; else delete out.workYearsBelow; }
      changed = true;
    }
  }
  return changed ? out : undefined;
}

function lastDated(list: { since?: string }[]): number {
  for (let i = list.length - 1; i >= 0; i--) if (list[i].since) return i;
  return list.length - 1;
}

/**
 * A level corrected: the same level named → its date updated; another level → it replaces the only (or last) one,
 * unless a known level is named beside it (搞错了，我其实2020年1月就拿了技师，高级工是更早考的): then it is added, and the
 * message's date is the new level's, not the known one's.
 */
function replaceHeld<T extends { level: string; since?: string; sinceApprox?: boolean }>(old: T[], said: T[], month?: string, monthApprox?: boolean): T[] {
  const out = old.map((x) => ({ ...x }));
  const anyKnown = said.some((n) => old.some((x) => x.level === n.level));
  for (const n of said) {
    const same = out.findIndex((x) => x.level === n.level);
    if (same >= 0) {
      const o = out[same];
      const since = n.since ?? (said.length === 1 ? month : undefined);
      out[same] = { ...o, ...defined(n) };
      if (since) { delete out[same].sinceApprox; Object.assign(out[same], correctedSince(o, since, n.since ? n.sinceApprox : monthApprox)); }
      continue;
    }
    if (anyKnown && said.length > 1) { out.push({ ...n }); continue; }
    const i = out.length - 1;
    out[i] = { ...out[i], ...defined(n), since: n.since ?? out[i].since };
  }
  return out;
}
const defined = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

export type { ParsedAward };
