// The interview as an XState v5 machine. Pure: no SDK, store or clock (the month comes with each event).
// It receives typed events (answer, correction, question, follow-up, command, small talk, confirmation, unclear),
// made from the person's message by interpret.ts; each step narrows its event with assertEvent, nothing re-reads text.
import { assertEvent, assign, setup } from 'xstate';
import { evaluate, type EligibilityResult } from '../rules';
import { absorb, toProfile, type Facts } from './facts';
import { BoundedMemo } from './memo';
import { nextSlot } from './nextQuestion';
import type { DialogEffect, Locale, Reply } from './replyModel';
import type { AskedSlot, Slot } from './slots';
import {
  acknowledgeReply, askReply, ladderQuestion, type LadderUnclear, levelQuestion, type LevelByQuestion, changedReply, compareReply, confirmDateReply, followUpReply, futureDateReply, guessedReply,
  handoffReply, helpReply, hypotheticalReply, learntElsewhere, modifyWhichReply, notUnderstoodReply, questionReplies, replyText, resultReply,
  smallTalkReply, stuckReply, documentsReply, citationsReply, detailsReply, type FreeAnswer,
} from './replies';
import type { Command, FollowUp, Guess, ParsedAward, ParsedTarget, SmallTalk } from './understand';

/** A follow-up answered from the result beside the understanding's own: a level wanted, what now, what is missing, can I trust it. */
export type ResultFollowUp = 'target' | 'now' | 'missing' | 'trust' | 'depends';

export const DIALOG_VERSION = 2;
const MAX_HISTORY = 12;

export interface DialogContext {
  locale: Locale;
  facts: Facts;
  /** The slot last asked for (what a bare answer answers). */
  asking: Slot | null;
  /** Levels the person wants or asked about: the answer puts them first. Never held. */
  targets: ParsedTarget[];
  /** Awards the person wants (想当辽宁工匠): the answer says what the texts give them. Never held. */
  wantedAwards?: ParsedAward[];
  /** Facts and slot before each answer, for 上一步 and for what a later correction corrects. */
  history: { facts: Facts; asking: Slot | null }[];
  /** A reading waiting for the person's yes (a bare number read as "N years ago"). */
  pending?: { slot: 'skills.since' | 'titles.since'; facts: Facts };
  /** A bare level of either ladder said with nothing asked (我是高级): asked which, once; its date goes to the one chosen. */
  ladder?: LadderUnclear & { asked?: true; askedAt?: number };
  /** Consecutive messages not understood for the slot asked / free questions without an answer. */
  misunderstood: number;
  unanswered: number;
  turns: number;
  /** This turn's output; cleared before each message and never persisted with content. */
  outbox: Reply[];
  effects: DialogEffect[];
  result?: EligibilityResult;
  /** Asked together with the slot asked (a whole note's last two facts in one question): a reply that says nothing
   * of it leaves it unsaid (counted as none, and the answer says it was not said). */
  alsoAsked?: 'awards';
}

interface Base {
  asOf: string; locale?: Locale; notice?: 'state_reset'; text: string;
  /** The message is a bare none (没有, no), read by interpret: to a question that asked the awards beside the reviews,
   * the awards' none. */
  bareNone?: true;
}
/** The events the machine receives, one per kind of message. */
export type DialogEvent =
  | Base & { type: 'answer'; facts: Facts; corrected?: true; assumed?: true; sinceBelow?: { below: number; said: string }; classByOrganiser?: true; targets?: ParsedTarget[]; wantedAwards?: ParsedAward[]; guessed?: Guess[]; future?: string; question?: FreeAnswer; then?: 'materials' | 'original'; levelByQuestion?: LevelByQuestion; ladder?: LadderUnclear }
  | Base & { type: 'correction'; facts: Facts; targets?: ParsedTarget[] }
  | Base & { type: 'confirmDate'; pending: { slot: 'skills.since' | 'titles.since'; facts: Facts } }
  | Base & { type: 'confirm'; yes: boolean }
  | Base & { type: 'question'; answer: FreeAnswer; targets?: ParsedTarget[] }
  | Base & { type: 'followUp'; kind: FollowUp | ResultFollowUp; targets?: ParsedTarget[]; year?: number; hypothetical?: Facts; at?: string }
  | Base & { type: 'command'; command: Command }
  | Base & { type: 'smallTalk'; kind: SmallTalk }
  | Base & { type: 'future'; month: string }
  | Base & { type: 'unclear'; confused?: true; yes?: true };
export interface DialogInput { locale?: Locale }

const initialContext = (locale: Locale = 'zh-CN'): DialogContext => ({
  locale, facts: {}, asking: null, targets: [], wantedAwards: undefined, history: [], misunderstood: 0, unanswered: 0, turns: 0, outbox: [], effects: [],
});

/** Nothing said about the person yet. */
export const nothingSaid = (c: DialogContext): boolean => Object.keys(c.facts).length === 0 && c.targets.length === 0;

/** Targets named again replace the ones kept; none named keeps them. */
const targetsAfter = (c: DialogContext, t: ParsedTarget[] | undefined) => (t?.length ? t : c.targets);

// The answer is a function of the profile (its JSON names the month too) and the locale: many people give the same
// facts, and the engine evaluates them once. The result is shared by every turn that gets it, so it is frozen: a
// caller that tried to change it would throw, never change another person's answer.
const results = new BoundedMemo<EligibilityResult>(500);
function frozen<T>(v: T): T {
  if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const k of Object.keys(v)) frozen((v as Record<string, unknown>)[k]);
  }
  return v;
}

/** A first message that is a whole note (an HR agent's or a colleague's: the place, a dated certificate or title, the
 * titles said): the person gives everything at once and expects at most one more question. */
function wholeNote(f: Facts): boolean {
  const dated = [...(f.skills ?? []), ...(f.titles ?? [])].some((x) => x.since);
  return Boolean(f.region) && f.skills !== undefined && f.titles !== undefined && dated;
}

/** A first message that said the place and a dated certificate but no title: the person gives what they hold at
 * once, and the titles and the awards (most often both none) are asked in one question. */
function datedFirst(f: Facts): boolean {
  return Boolean(f.region) && f.skills !== undefined && f.skills.some((x) => x.since) && f.titles === undefined && f.awards === undefined;
}

/** The facts of a reply to a question that asked the awards beside another slot (the reviews, or the titles): that
 * slot answered and no award named, the awards are left unsaid (read as none, and the answer says they were not
 * said). A bare no (没有, no) to the titles and awards is none of both (the question says "都没有就回没有"); to the
 * reviews and awards it is the awards' none, the way that question is usually answered: the reviews are then asked
 * on their own. */
function withAlsoAsked(c: DialogContext, f: Facts, bareNone: boolean | undefined): Facts {
  if (c.alsoAsked !== 'awards' || f.awards !== undefined) return f;
  const asked = c.asking === 'titles' ? 'titles' : 'annualReviewsPassed';
  if (bareNone) {
    if (asked === 'titles') return { ...f, ...(f.titles === undefined ? { titles: [] } : {}), awards: [] };
    const { annualReviewsPassed: _r, ...rest } = f;
    return { ...rest, ...(c.facts.annualReviewsPassed !== undefined ? { annualReviewsPassed: c.facts.annualReviewsPassed } : {}), awards: [] };
  }
  if (f[asked] === undefined && !(f.unknown ?? []).includes(asked)) return f;
  return absorb(f, { recognized: true, dontKnow: true }, 'awards').facts;
}

function decide(context: DialogContext, e: DialogEvent): Partial<DialogContext> {
  let slot = nextSlot(context.facts, e.asOf);
  let skipped: Facts | undefined;
  // The same question again after answers that did not fill it (each understood as something else): after two such,
  // with examples and a way out; after three, left open as 不知道 would leave it; never a loop.
  if (slot && slot === context.asking && (e.type === 'answer' || e.type === 'correction') && context.misunderstood > 0) {
    if (context.misunderstood >= MAX_MISSES) {
      const open = absorb(context.facts, { recognized: true, dontKnow: true }, slot).facts;
      if (JSON.stringify(open) !== JSON.stringify(context.facts)) {
        skipped = open;
        slot = nextSlot(open, e.asOf);
      }
    } else if (context.misunderstood >= 2) {
      return { asking: slot, outbox: [...context.outbox, stuckReply(slot, context)] };
    }
  }
  const facts = skipped ?? context.facts;
  const notice = skipped ? [{ text: replyText('skipped', context.locale), requestedSlot: null }] : [];
  // 我是高级: before the next question, which ladder (asked once; the answer is read as the certificate's or the title's)
  if (slot && context.ladder && !context.ladder.asked && (facts.skills === undefined || facts.titles === undefined)) {
    const asking = facts.skills === undefined ? 'skills' : 'titles';
    return { asking, ladder: { ...context.ladder, asked: true, askedAt: context.turns }, outbox: [...context.outbox, ...notice, ladderQuestion(context.ladder, asking, context.locale)] };
  }
  // The first message said everything at once: the awards (most often none) are asked beside the question that follows.
  const firstMessage = !skipped && e.type === 'answer' && (context.asking === null || context.asking === 'region') && Object.keys(context.history.at(-1)?.facts ?? {}).length === 0;
  const withAwards = (asking: 'annualReviewsPassed' | 'titles'): Partial<DialogContext> => ({
    asking, alsoAsked: 'awards',
    outbox: [...context.outbox, ...notice, { ...askReply(asking, facts, context.locale), text: replyText(`ask.${asking}_awards`, context.locale), alsoRequested: ['awards'] }],
  });
  // a whole note with the awards and the reviews left: both in one question (the reviews', which changes every path;
  // an award named in the reply is read with it)
  if (firstMessage && slot === 'awards' && wholeNote(facts) && facts.annualReviewsPassed === undefined && nextSlot({ ...facts, awards: [] }, e.asOf) === 'annualReviewsPassed') return withAwards('annualReviewsPassed');
  // the place and a dated certificate, no title said: the titles and the awards in one question
  if (firstMessage && slot === 'titles' && datedFirst(facts) && nextSlot({ ...facts, titles: [] }, e.asOf) === 'awards') return withAwards('titles');
  if (slot) return { asking: slot, ...(skipped ? { facts, misunderstood: 0 } : {}), outbox: [...context.outbox, ...notice, askReply(slot, facts, context.locale)] };
  if (skipped) context = { ...context, facts, misunderstood: 0, outbox: [...context.outbox, ...notice] };
  const profile = toProfile(context.facts, e.asOf)!;
  const from = JSON.stringify(profile);
  const result = results.getOrMake(`${context.locale}\u0000${from}`, () => frozen(evaluate(profile, { asOf: e.asOf, locale: context.locale })));
  return {
    asking: null, result,
    outbox: [...context.outbox, resultReply(result, context.locale, from, context.targets, context.facts, context.wantedAwards)],
    effects: [...context.effects, { type: 'show_ladder' }],
  };
}

// The steps of a turn. A transition runs its steps as one assign, each step seeing the context the one before left.
type Step = (args: { context: DialogContext; event: DialogEvent }) => Partial<DialogContext>;
const say = (c: DialogContext, ...r: Reply[]): Reply[] => [...c.outbox, ...r];
const again = (c: DialogContext): Reply[] => (c.asking && c.asking !== 'modify' ? [askReply(c.asking, c.facts, c.locale)] : []);

const beginTurn: Step = ({ context, event }) => ({
  outbox: event.notice === 'state_reset' ? [{ text: replyText('stateReset', context.locale), requestedSlot: null }] : [],
  effects: [], result: undefined, turns: context.turns + 1, locale: event.locale ?? context.locale,
});
const reset: Step = ({ context }) => ({ ...initialContext(context.locale), turns: context.turns, outbox: context.outbox, effects: context.effects });
const greet: Step = ({ context }) => ({
  asking: 'region',
  outbox: say(context, { text: replyText('greeting', context.locale), requestedSlot: null }, askReply('region', {}, context.locale)),
});
const erase: Step = ({ context }) => ({
  effects: [...context.effects, { type: 'erase_my_data' as const }],
  outbox: say(context, { text: replyText('erased', context.locale), requestedSlot: null }),
});
const help: Step = ({ context }) => ({ outbox: say(context, ...helpReply(context)) });
const handoff: Step = ({ context }) => ({
  effects: [...context.effects, { type: 'handoff' as const, reason: 'asked' as const, ...(nothingSaid(context) ? { nothingSaid: true } : {}) }],
  outbox: say(context, handoffReply(context), ...again(context)),
});
const switchLocale: Step = ({ context, event }) => {
  assertEvent(event, 'command');
  const locale = event.command.type === 'switch_locale' ? event.command.locale : context.locale;
  const ask = context.asking && context.asking !== 'modify' ? [askReply(context.asking, context.facts, locale)] : [];
  return { locale, outbox: say(context, { text: replyText('localeSwitched', locale), requestedSlot: null }, ...ask) };
};
const goBack: Step = ({ context }) => {
  const prev = context.history.at(-1);
  const asking = (prev ? prev.asking : context.asking) ?? 'region';
  if (!prev) return { asking, outbox: say(context, { text: replyText('nothingToGoBackTo', context.locale), requestedSlot: null }, askReply(asking, context.facts, context.locale)) };
  return { facts: prev.facts, asking, pending: undefined, history: context.history.slice(0, -1), outbox: say(context, askReply(asking, prev.facts, context.locale)) };
};
const remember = (c: DialogContext) => [...c.history, { facts: c.facts, asking: c.asking }].slice(-MAX_HISTORY);

/** An answer or a correction: the new facts, what was understood in a line, a guess to confirm, a free answer. */
const learn: Step = ({ context, event }) => {
  assertEvent(event, ['answer', 'correction', 'confirm']);
  const read = event.type === 'confirm' ? context.pending!.facts : withAlsoAsked(context, event.facts, event.bareNone);
  // the ladder asked (我是高级 → 高级工 or 高级职称): the date said with the bare word goes to the level chosen
  const ladder: DialogContext['ladder'] = event.type === 'answer' && event.ladder && !context.ladder ? event.ladder : context.ladder;
  const facts = ladder?.asked ? withLadderDate(read, context.facts, ladder) : read;
  // (kept until a level of either ladder is said after it was asked)
  const ladderAfter = ladder?.asked && (JSON.stringify(read.skills) !== JSON.stringify(context.facts.skills) || JSON.stringify(read.titles) !== JSON.stringify(context.facts.titles)) ? undefined : ladder;
  const first = context.turns <= 1;
  const hello = first ? [{ text: replyText('hello', context.locale), requestedSlot: null }] : [];
  // (a message that corrects itself before anything was known is acknowledged as learnt: nothing was changed)
  const correcting = (event.type === 'correction' || (event.type === 'answer' && event.corrected === true)) && Object.keys(context.facts).length > 0;
  const ack = correcting ? changedReply(context.facts, facts, context.locale)
    // a date worked out (三年前, a year alone, a number confirmed) is echoed: the person sees the month it was read as
    // and so is a date given instead of the one proposed ("是3年前吗？" "不是，是2019年5月")
    // (and a place with no text of its own: the person sees that the national text answers; and a fact added after
    // the answer, 我漏说了…: the answer is given again, so the person sees what it now counts)
    : acknowledgeReply(context.facts, facts, context.locale, first || context.asking === null || event.type === 'confirm' || context.pending !== undefined
      || (facts.fallback === true && !context.facts.fallback) || (event.type === 'answer' && (event.assumed === true || event.levelByQuestion !== undefined))
      || learntElsewhere(context.asking, context.facts, facts), event.type === 'confirm', event.type === 'answer' ? event.levelByQuestion : undefined,
      event.type === 'answer' ? event.sinceBelow : undefined);
  const extra: Reply[] = [];
  if (event.type === 'answer') {
    if (event.guessed?.length) extra.push(guessedReply(event.guessed, context.locale));
    // 高级 to the title question: 副高级 or 正高级? noted as 副高级 (the lower), asked
    const ask = event.levelByQuestion && levelQuestion(event.levelByQuestion, context.locale);
    if (ask) extra.push(ask);
    if (event.future) extra.push(futureDateReply(event.future, context.locale, false));
    if (event.classByOrganiser) extra.push({ text: replyText('ack.classByOrganiser', context.locale), requestedSlot: null });
    if (event.question) extra.push(...questionReplies(event.question, context.locale));
  }
  const targets = event.type === 'confirm' ? context.targets : targetsAfter(context, event.targets);
  const wantedAwards = event.type === 'answer' && event.wantedAwards?.length ? event.wantedAwards : context.wantedAwards;
  // an answer that leaves the question asked as open as it was counts as a miss of it (decide: no loop)
  const open = context.asking !== null && context.asking !== 'modify' && event.type !== 'confirm' && slotUnchanged(context.asking, context.facts, facts);
  return {
    facts, targets, ...(wantedAwards ? { wantedAwards } : {}), pending: undefined, alsoAsked: undefined, ladder: ladderAfter, misunderstood: open ? context.misunderstood + 1 : 0, unanswered: 0,
    outbox: say(context, ...hello, ...(ack ? [ack] : []), ...extra),
    history: remember(context),
  };
};
/** The level of the ladder chosen, newly named without a date: the date said with the bare word (我是高级，2019年的). */
function withLadderDate(f: Facts, before: Facts, l: LadderUnclear): Facts {
  if (!l.since) return f;
  const date = { since: l.since, ...(l.sinceApprox ? { sinceApprox: true } : {}) };
  const skill = f.skills?.findIndex((x) => x.level === l.skill && !x.since && !before.skills?.some((b) => b.level === x.level)) ?? -1;
  if (skill >= 0) return { ...f, skills: f.skills!.map((x, i) => (i === skill ? { ...x, ...date } : x)) };
  const title = f.titles?.findIndex((x) => x.level === l.title && !x.since && !before.titles?.some((b) => b.level === x.level)) ?? -1;
  if (title >= 0) return { ...f, titles: f.titles!.map((x, i) => (i === title ? { ...x, ...date } : x)) };
  return f;
}
const decideNext: Step = ({ context, event }) => decide(context, event);
/** 材料清单 / 原文 asked with the facts in one message: given after the answer. */
const thenDetails: Step = ({ context, event }) => {
  if (event.type !== 'answer' || !event.then || context.asking !== null) return {};
  return { outbox: say(context, event.then === 'materials' ? documentsReply(context, event.asOf) : citationsReply(context, event.asOf)) };
};
const askToConfirmDate: Step = ({ context, event }) => {
  assertEvent(event, 'confirmDate');
  return { pending: event.pending, outbox: say(context, confirmDateReply(event.pending, context, event.asOf)) };
};
const dateRefused: Step = ({ context }) => ({
  pending: undefined, asking: context.pending?.slot ?? context.asking,
  outbox: say(context, askReply(context.pending?.slot ?? context.asking ?? 'region', context.facts, context.locale)),
});
const futureDate: Step = ({ context, event }) => {
  assertEvent(event, 'future');
  const misunderstood = context.asking ? context.misunderstood + 1 : context.misunderstood;
  const ask = misunderstood >= 2 && context.asking && context.asking !== 'modify' ? [stuckReply(context.asking, context)] : again(context);
  return { misunderstood, outbox: say(context, futureDateReply(event.month, context.locale, true), ...ask) };
};
const notUnderstood: Step = ({ context, event }) => {
  const first = context.turns <= 1 && context.asking === null;
  const asking = context.asking ?? 'region';
  if (first) return { asking, misunderstood: 0, outbox: say(context, { text: replyText('greeting', context.locale), requestedSlot: null }, askReply(asking, context.facts, context.locale)) };
  const misunderstood = context.misunderstood + 1;
  // "有" / "yes" to "do you hold one?" the first time: which one (it still counts, so that it cannot loop)
  if (event.type === 'unclear' && event.yes && misunderstood < 2) {
    return { asking, misunderstood, outbox: say(context, { text: replyText('whichOne', context.locale), requestedSlot: null }, askReply(asking, context.facts, context.locale)) };
  }
  // the second miss of the same question (or the question itself not understood): the choices with an example
  // each, a way to skip, a person to talk to
  if ((misunderstood >= 2 || (event.type === 'unclear' && event.confused)) && asking !== 'modify') {
    return { asking, misunderstood, outbox: say(context, stuckReply(asking, context, misunderstood < 2)) };
  }
  return { asking, misunderstood, outbox: say(context, notUnderstoodReply(event.text, context.locale), askReply(asking, context.facts, context.locale)) };
};
/** A third miss of the same question: it is left open (as 不知道 would), said so, and the interview goes on. */
const giveUp: Step = ({ context }) => ({
  facts: skippedFacts(context)!, misunderstood: 0, unanswered: 0, history: remember(context),
  outbox: say(context, { text: replyText('skipped', context.locale), requestedSlot: null }),
});
const answeredUnclear: Step = ({ context, event }) => ({
  outbox: say(context, notUnderstoodReply(event.text, context.locale), { text: replyText('afterAnswerHint', context.locale), requestedSlot: null }),
});
const answerQuestion: Step = ({ context, event }) => {
  assertEvent(event, 'question');
  const answered = event.answer.matched !== 'none';
  const asked = { type: 'question' as const, text: event.text, matched: event.answer.matched, ...(event.answer.id ? { id: event.answer.id } : {}) };
  const unanswered = answered ? 0 : context.unanswered + 1;
  const toHuman = unanswered >= 2;
  const starting = context.turns <= 1 && nothingSaid(context) && !context.asking;
  // not answered while a question is pending: it counts as a miss of that question (no loop: examples next time)
  const misunderstood = !answered && context.asking && context.asking !== 'modify' ? context.misunderstood + 1 : context.misunderstood;
  const asking = context.asking ?? (starting ? 'region' : null);
  const ask = !asking ? [] : misunderstood >= 2 && !toHuman ? [stuckReply(asking, context)] : [askReply(asking, context.facts, context.locale)];
  // a first message asking what the interview is for ("我这个情况能评职称吗"): the greeting, then the first question
  const reply = starting && !answered ? [{ text: replyText('greeting', context.locale), requestedSlot: null }] : questionReplies(event.answer, context.locale);
  return {
    unanswered: toHuman ? 0 : unanswered, misunderstood,
    targets: targetsAfter(context, event.targets),
    asking,
    effects: [...context.effects, asked, ...(toHuman ? [{ type: 'handoff' as const, reason: 'unanswered' as const }] : [])],
    outbox: say(context, ...reply, ...(toHuman ? [handoffReply(context)] : []), ...ask),
  };
};
const followUp: Step = ({ context, event }) => {
  assertEvent(event, 'followUp');
  const targets = targetsAfter(context, event.targets);
  const c = { ...context, targets };
  if (event.kind === 'hypothetical' && event.hypothetical) return { outbox: say(context, hypotheticalReply(c, event.hypothetical, event.asOf, event.at)) };
  return { targets, outbox: say(context, followUpReply(c, event.kind, event.asOf, event.year)) };
};
const chat: Step = ({ context, event }) => {
  assertEvent(event, 'smallTalk');
  const first = context.turns <= 1 && context.asking === null && event.kind === 'greeting';
  if (first) return { asking: 'region', outbox: say(context, { text: replyText('greeting', context.locale), requestedSlot: null }, askReply('region', {}, context.locale)) };
  const asking = context.asking ?? (context.result || context.history.length ? null : 'region');
  const c = { ...context, asking };
  return { asking, outbox: say(context, smallTalkReply(event.kind, c), ...again(c)) };
};
const noResultYet: Step = ({ context }) => ({
  outbox: say(context, { text: replyText('noResultYet', context.locale), requestedSlot: null }, askReply(context.asking ?? 'region', context.facts, context.locale)),
  asking: context.asking ?? 'region',
});
const changeRegion: Step = ({ context, event }) => {
  assertEvent(event, 'command');
  const region = event.command.type === 'change_region' ? event.command.region : undefined;
  const history = remember(context);
  return region
    ? { facts: { ...context.facts, region: region.region, place: region.place, fallback: region.fallback }, history }
    : { facts: { ...context.facts, region: undefined }, history };
};
const documents: Step = ({ context, event }) => ({
  outbox: say(context, documentsReply(context, event.asOf, event.type === 'command' && event.command.type === 'materials' ? event.command.targets : undefined)),
});
const citations: Step = ({ context, event }) => ({
  outbox: say(context, isCommand(event, 'details') ? detailsReply(context, event.asOf) : citationsReply(context, event.asOf)),
});
const compare: Step = ({ context, event }) => {
  assertEvent(event, 'command');
  const other = event.command.type === 'change_region' ? event.command.region : undefined;
  return { outbox: say(context, compareReply(context, other, event.asOf)) };
};
/** 修改 with what to change: facts (made by interpret.ts into `facts`), a slot to ask again, or which one. */
const modify: Step = ({ context, event }) => {
  assertEvent(event, ['command', 'answer']);
  const history = remember(context);
  if (event.type === 'answer') return { facts: event.facts, history, asking: null };
  const slot = event.command.type === 'modify' ? event.command.slot : undefined;
  if (slot) {
    const facts: Facts = { ...context.facts, [slot]: undefined, unknown: (context.facts.unknown ?? []).filter((s) => !s.startsWith(slot)) };
    return { facts, history, asking: null };
  }
  if (context.asking !== 'modify') return { outbox: say(context, modifyWhichReply(context.locale)), asking: 'modify', misunderstood: 0 };
  // asked which fact to change: 算了 / a second answer naming none keeps everything (no loop), and the interview goes on
  const rest = event.command.type === 'modify' ? event.command.rest.trim() : '';
  if (context.misunderstood >= 1 || KEEP_ALL.test(rest)) {
    return { asking: null, misunderstood: 0, outbox: say(context, { text: replyText('modifyKept', context.locale), requestedSlot: null }) };
  }
  return { misunderstood: 1, asking: 'modify', outbox: say(context, notUnderstoodReply(event.text, context.locale), modifyWhichReply(context.locale)) };
};
const KEEP_ALL = /^(?:算了|不改了?|不用改了?|不修改了?|取消|没有?要改的?|都对|没问题|没有|cancel|never ?mind|nothing|none|no|skip)$/i;

/** One assign running `steps` in order. */
const turn = (...steps: Step[]) => assign<DialogContext, DialogEvent, undefined, DialogEvent, never>(({ context, event }) => {
  if (steps.length === 1) return steps[0]({ context, event });
  // One working copy for the whole turn, each step's part written into it (steps return new parts and keep no
  // reference to the context they were given): not a copy per step.
  const current = Object.assign({}, context);
  const update: Partial<DialogContext> = {};
  for (let i = 0; i < steps.length; i++) {
    const part = steps[i]({ context: current, event });
    Object.assign(update, part);
    if (i < steps.length - 1) Object.assign(current, part);
  }
  return update;
});

/** Whether the facts for the slot asked (its key, and whether it is known to be unknown) are as they were. */
function slotUnchanged(slot: string, before: Facts, after: Facts): boolean {
  const key = slot.split('.')[0] as keyof Facts;
  return (before[key] === after[key] || JSON.stringify(before[key]) === JSON.stringify(after[key])) && (before.unknown?.includes(slot) ?? false) === (after.unknown?.includes(slot) ?? false);
}

/** A message that misses the question asked: not understood, a date not yet come, a question not answered. */
const misses = (e: DialogEvent) => e.type === 'unclear' || e.type === 'future' || (e.type === 'question' && e.answer.matched === 'none');
const MAX_MISSES = 3;
/** The facts with the slot asked left open, when this message is its third miss in a row (else undefined). */
function skippedFacts(c: DialogContext): Facts | undefined {
  if (!c.asking || c.asking === 'modify' || c.misunderstood < MAX_MISSES - 1) return undefined;
  const { facts } = absorb(c.facts, { recognized: true, dontKnow: true }, c.asking);
  return JSON.stringify(facts) === JSON.stringify(c.facts) ? undefined : facts;
}

/** Whether these facts give the answer now (facts the engine refuses are left to the decide step to throw on). */
function answersWith(facts: Facts, asOf: string): boolean {
  try {
    return nextSlot(facts, asOf) === null;
  } catch {
    return false;
  }
}
const isCommand = (event: DialogEvent, ...types: Command['type'][]) => event.type === 'command' && types.includes(event.command.type);
const factsOf = (context: DialogContext, event: DialogEvent): Facts | undefined =>
  event.type === 'answer' || event.type === 'correction' ? withAlsoAsked(context, event.facts, event.bareNone) : event.type === 'confirm' && event.yes && context.pending ? context.pending.facts : undefined;

export const dialogMachine = setup({
  types: {} as { context: DialogContext; events: DialogEvent; input: DialogInput },
  guards: {
    learnsAndAnswers: ({ context, event }) => { const f = factsOf(context, event); return f !== undefined && answersWith(f, event.asOf); },
    learns: ({ context, event }) => factsOf(context, event) !== undefined,
    givesUpAndAnswers: ({ context, event }) => { if (!misses(event)) return false; const f = skippedFacts(context); return f !== undefined && answersWith(f, event.asOf); },
    givesUp: ({ context, event }) => misses(event) && skippedFacts(context) !== undefined,
    isRestart: ({ event }) => isCommand(event, 'restart'),
    isDelete: ({ event }) => isCommand(event, 'delete_my_data'),
    isHelp: ({ event }) => isCommand(event, 'help'),
    isHandoff: ({ event }) => isCommand(event, 'handoff'),
    isBack: ({ event }) => isCommand(event, 'back'),
    isLocale: ({ event }) => isCommand(event, 'switch_locale'),
    isMaterials: ({ event }) => isCommand(event, 'materials'),
    isOriginal: ({ event }) => isCommand(event, 'original', 'details'),
    isCompare: ({ event }) => isCommand(event, 'change_region'),
    isModify: ({ event }) => isCommand(event, 'modify'),
    isModifyAnswer: ({ context, event }) => context.asking === 'modify' && event.type === 'answer',
    isQuestion: ({ event }) => event.type === 'question',
    isFollowUp: ({ event }) => event.type === 'followUp',
    isSmallTalk: ({ event }) => event.type === 'smallTalk',
    isConfirmDate: ({ event }) => event.type === 'confirmDate',
    isRefusal: ({ context, event }) => event.type === 'confirm' && !event.yes && context.pending !== undefined,
    isFuture: ({ event }) => event.type === 'future',
    awaitsModify: ({ context }) => context.asking === 'modify',
    answers: ({ context, event }) => answersWith(context.facts, event.asOf),
  },
  actions: {
    restart: turn(beginTurn, reset, greet),
    deleteData: turn(beginTurn, reset, erase, greet),
    help: turn(beginTurn, help),
    handoff: turn(beginTurn, handoff),
    goBack: turn(beginTurn, goBack),
    switchLocale: turn(beginTurn, switchLocale),
    modify: turn(beginTurn, modify),
    noResultYet: turn(beginTurn, noResultYet),
    changeRegion: turn(beginTurn, changeRegion),
    answerQuestion: turn(beginTurn, answerQuestion),
    followUp: turn(beginTurn, followUp),
    chat: turn(beginTurn, chat),
    learnAndDecide: turn(beginTurn, learn, decideNext, thenDetails),
    giveUpAndDecide: turn(beginTurn, giveUp, decideNext),
    askToConfirmDate: turn(beginTurn, askToConfirmDate),
    dateRefused: turn(beginTurn, dateRefused),
    futureDate: turn(beginTurn, futureDate),
    notUnderstood: turn(beginTurn, notUnderstood),
    answeredUnclear: turn(beginTurn, answeredUnclear),
    documents: turn(beginTurn, documents),
    citations: turn(beginTurn, citations),
    compare: turn(beginTurn, compare),
    decide: turn(decideNext),
  },
}).createMachine({
  id: 'guantong',
  context: ({ input }) => initialContext(input?.locale),
  initial: 'interview',
  // Every action name is one whole turn: beginTurn (clears the outbox, counts the turn, takes the locale), then
  // the named steps. 修改 and 换个地区 pass through `deciding`, which asks the next question or gives the answer.
  states: {
    interview: {
      on: {
        '*': [
          { guard: 'isModifyAnswer', target: 'deciding', actions: 'modify' },
          { guard: 'learnsAndAnswers', target: 'answered', actions: 'learnAndDecide' },
          { guard: 'learns', actions: 'learnAndDecide' },
          { guard: 'givesUpAndAnswers', target: 'answered', actions: 'giveUpAndDecide' },
          { guard: 'givesUp', actions: 'giveUpAndDecide' },
          { guard: 'isConfirmDate', actions: 'askToConfirmDate' },
          { guard: 'isRefusal', actions: 'dateRefused' },
          { guard: 'isFuture', actions: 'futureDate' },
          { guard: 'isRestart', target: 'interview', reenter: true, actions: 'restart' },
          { guard: 'isDelete', target: 'interview', reenter: true, actions: 'deleteData' },
          { guard: 'isHelp', actions: 'help' },
          { guard: 'isHandoff', actions: 'handoff' },
          { guard: 'isBack', actions: 'goBack' },
          { guard: 'isLocale', actions: 'switchLocale' },
          { guard: 'isModify', target: 'deciding', actions: 'modify' },
          { guard: 'isMaterials', actions: 'noResultYet' },
          { guard: 'isOriginal', actions: 'noResultYet' },
          { guard: 'isFollowUp', actions: 'noResultYet' },
          { guard: 'isCompare', target: 'deciding', actions: 'changeRegion' },
          { guard: 'isQuestion', actions: 'answerQuestion' },
          { guard: 'isSmallTalk', actions: 'chat' },
          { actions: 'notUnderstood' },
        ],
      },
    },
    deciding: {
      always: [
        { guard: 'awaitsModify', target: 'interview' },
        { guard: 'answers', target: 'answered', actions: 'decide' },
        { target: 'interview', actions: 'decide' },
      ],
    },
    answered: {
      on: {
        '*': [
          { guard: 'isModifyAnswer', target: 'deciding', actions: 'modify' },
          { guard: 'learnsAndAnswers', target: 'answered', actions: 'learnAndDecide' },
          { guard: 'learns', target: 'interview', actions: 'learnAndDecide' },
          { guard: 'isConfirmDate', target: 'interview', actions: 'askToConfirmDate' },
          { guard: 'isFuture', actions: 'futureDate' },
          { guard: 'isRestart', target: 'interview', actions: 'restart' },
          { guard: 'isDelete', target: 'interview', actions: 'deleteData' },
          { guard: 'isHelp', actions: 'help' },
          { guard: 'isHandoff', actions: 'handoff' },
          { guard: 'isBack', target: 'interview', actions: 'goBack' },
          { guard: 'isLocale', actions: 'switchLocale' },
          { guard: 'isMaterials', actions: 'documents' },
          { guard: 'isOriginal', actions: 'citations' },
          { guard: 'isCompare', actions: 'compare' },
          { guard: 'isModify', target: 'deciding', actions: 'modify' },
          { guard: 'isFollowUp', actions: 'followUp' },
          { guard: 'isQuestion', actions: 'answerQuestion' },
          { guard: 'isSmallTalk', actions: 'chat' },
          { actions: 'answeredUnclear' },
        ],
      },
    },
  },
});

export type { AskedSlot };
