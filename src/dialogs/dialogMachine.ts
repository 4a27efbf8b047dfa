// The interview as an XState v5 machine. Pure: no SDK, store or clock (the month comes with each message).
// One question at a time; the next is chosen by nextSlot() from what can still change the answer.
import { assign, setup } from 'xstate';
import { evaluate, type EligibilityResult } from '../rules';
import { absorb, toProfile, type Facts } from './facts';
import { nextSlot } from './nextQuestion';
import type { DialogEffect, Locale, Reply } from './replyModel';
import { choiceByLabel, choiceKeys, choiceMeaning } from './choices';
import {
  acknowledgeReply, askReply, compareReply, helpReply, notUnderstoodReply, replyText, resultReply, documentsReply, citationsReply,
  modifyWhichReply, modifySlot, freeQuestionReply, handoffReply,
} from './replies';
import { understand, type Command, type Understanding } from './understand';

export const DIALOG_VERSION = 1;
const MAX_HISTORY = 12;
const MAX_TEXT = 2000;

export interface DialogContext {
  locale: Locale;
  facts: Facts;
  /** The slot last asked for (what a bare answer answers). */
  asking: string | null;
  /** Facts and slot before each answer, for 上一步. */
  history: { facts: Facts; asking: string | null }[];
  /** Consecutive messages not understood / free questions without an answer. */
  misunderstood: number;
  unanswered: number;
  turns: number;
  /** This turn's output; cleared before each message and never persisted with content. */
  outbox: Reply[];
  effects: DialogEffect[];
  result?: EligibilityResult;
}

export type DialogEvent = { type: 'MESSAGE'; text: string; value?: unknown; asOf: string; locale?: Locale; notice?: 'state_reset' };
export interface DialogInput { locale?: Locale }

/** The text a message carries: typed text, or a card submission's choice. */
export function messageText(e: DialogEvent): string {
  const v = e.value as { choice?: unknown; text?: unknown } | undefined;
  const fromValue = v && typeof v === 'object' ? (typeof v.choice === 'string' ? v.choice : typeof v.text === 'string' ? v.text : '') : '';
  return (e.text?.trim() ? e.text : fromValue).slice(0, MAX_TEXT);
}

// Understanding once per event (guards and actions both need it).
const cache = new WeakMap<DialogEvent, Understanding>();
function heard(context: DialogContext, e: DialogEvent): Understanding {
  let u = cache.get(e);
  if (!u) {
    const text = messageText(e);
    u = chosen(context, text) ?? understand(text, { asOf: e.asOf, expecting: context.asking, region: context.facts.region, locale: context.locale });
    cache.set(e, u);
  }
  return u;
}

// What a message adds to the facts, once per event (the answer guards and the learn step both need it; beginTurn,
// which runs between them, changes neither the facts nor the slot asked).
const absorbed = new WeakMap<DialogEvent, ReturnType<typeof absorb>>();
function learnt(context: DialogContext, e: DialogEvent): ReturnType<typeof absorb> {
  let a = absorbed.get(e);
  if (!a) absorbed.set(e, (a = absorb(context.facts, heard(context, e), context.asking)));
  return a;
}

/** A numbered choice ("2") or a choice's own label, read as the choice it names, whatever the parser knows. */
function chosen(context: DialogContext, text: string): Understanding | undefined {
  const slot = context.asking;
  if (!slot) return undefined;
  const keys = choiceKeys(slot, context.facts);
  if (!keys.length) return undefined;
  const trimmed = text.trim();
  let key: string | undefined;
  if (/^[1-9]$/.test(trimmed) && Number(trimmed) <= keys.length) key = keys[Number(trimmed) - 1];
  else key = choiceByLabel(slot, trimmed, context);
  return key === undefined ? undefined : choiceMeaning(slot, key);
}
const command = (context: DialogContext, e: DialogEvent) => heard(context, e).command?.type;
const hasFacts = (u: Understanding) => Boolean(u.region || u.skills || u.titles || u.awards || u.workYears !== undefined
  || u.annualReviewsPassed !== undefined || u.relatedDiploma !== undefined || u.techSchoolClass !== undefined);

const initialContext = (locale: Locale = 'zh-CN'): DialogContext => ({
  locale, facts: {}, asking: null, history: [], misunderstood: 0, unanswered: 0, turns: 0, outbox: [], effects: [],
});

/** What the bot will ask after learning from this message, worked out once per event (a guard and the action both
 * need it): the next slot for the facts the message leaves, or null when the answer can be given. */
const decided = new WeakMap<DialogEvent, { facts: Facts; slot: ReturnType<typeof nextSlot> }>();
function slotFor(facts: Facts, e: DialogEvent): ReturnType<typeof nextSlot> {
  const d = decided.get(e);
  if (d && d.facts === facts) return d.slot;
  const slot = nextSlot(facts, e.asOf);
  decided.set(e, { facts, slot });
  return slot;
}

function decide(context: DialogContext, e: DialogEvent): Partial<DialogContext> {
  const asOf = e.asOf;
  const slot = slotFor(context.facts, e);
  if (slot) return { asking: slot, outbox: [...context.outbox, askReply(slot, context.facts, context.locale)] };
  const profile = toProfile(context.facts, asOf)!;
  const result = evaluate(profile, { asOf, locale: context.locale });
  return {
    asking: null, result,
    outbox: [...context.outbox, resultReply(result, context.locale, JSON.stringify(profile))],
    effects: [...context.effects, { type: 'show_ladder' }],
  };
}

// The steps of a turn. A transition runs its steps as one assign, each step seeing the context the one before left:
// the same context as one assign per step, but XState builds one snapshot per message instead of one per step.
type Step = (args: { context: DialogContext; event: DialogEvent }) => Partial<DialogContext>;

const beginTurn: Step = ({ context, event }) => ({
  outbox: event.notice === 'state_reset' ? [{ text: replyText('stateReset', context.locale), requestedSlot: null }] : [],
  effects: [],
  result: undefined,
  turns: context.turns + 1,
  locale: event.locale ?? context.locale,
});
const reset: Step = ({ context }) => ({ ...initialContext(context.locale), turns: context.turns, outbox: context.outbox, effects: context.effects });
const greet: Step = ({ context }) => ({
  asking: 'region',
  outbox: [...context.outbox, { text: replyText('greeting', context.locale), requestedSlot: null }, askReply('region', {}, context.locale)],
});
const erase: Step = ({ context }) => ({
  effects: [...context.effects, { type: 'erase_my_data' as const }],
  outbox: [...context.outbox, { text: replyText('erased', context.locale), requestedSlot: null }],
});
const help: Step = ({ context }) => ({ outbox: [...context.outbox, ...helpReply(context)] });
const handoff: Step = ({ context }) => ({
  effects: [...context.effects, { type: 'handoff' as const, reason: 'asked' as const }],
  outbox: [...context.outbox, handoffReply(context)],
});
const switchLocale: Step = ({ context, event }) => {
  const c = heard(context, event).command;
  const locale = c?.type === 'switch_locale' ? c.locale : context.locale;
  const again = context.asking ? [askReply(context.asking, context.facts, locale)] : [];
  return { locale, outbox: [...context.outbox, { text: replyText('localeSwitched', locale), requestedSlot: null }, ...again] };
};
const goBack: Step = ({ context }) => {
  const prev = context.history.at(-1);
  if (!prev) return { outbox: [...context.outbox, { text: replyText('nothingToGoBackTo', context.locale), requestedSlot: null }, askReply(context.asking ?? 'region', context.facts, context.locale)], asking: context.asking ?? 'region' };
  const asking = prev.asking ?? 'region';
  return { facts: prev.facts, asking, history: context.history.slice(0, -1), outbox: [...context.outbox, askReply(asking, prev.facts, context.locale)] };
};
const learn: Step = ({ context, event }) => {
  const { facts } = learnt(context, event);
  const first = context.turns <= 1;
  const ack = acknowledgeReply(context.facts, facts, context.locale, first);
  const hello = first ? [{ text: replyText('hello', context.locale), requestedSlot: null }] : [];
  return {
    facts, misunderstood: 0, unanswered: 0,
    outbox: [...context.outbox, ...hello, ...(ack ? [ack] : [])],
    history: [...context.history, { facts: context.facts, asking: context.asking }].slice(-MAX_HISTORY),
  };
};
const decideNext: Step = ({ context, event }) => decide(context, event);
const notUnderstood: Step = ({ context, event }) => {
  const first = context.turns <= 1 && context.asking === null;
  const asking = context.asking ?? 'region';
  const lead = first ? { text: replyText('greeting', context.locale), requestedSlot: null } : notUnderstoodReply(messageText(event), context.locale);
  return { asking, misunderstood: first ? 0 : context.misunderstood + 1, outbox: [...context.outbox, lead, askReply(asking, context.facts, context.locale)] };
};
const answerQuestion: Step = ({ context, event }) => {
  const { replies, answered, matched, id } = freeQuestionReply(messageText(event), context);
  const asked = { type: 'question' as const, text: messageText(event), matched, ...(id ? { id } : {}) };
  const unanswered = answered ? 0 : context.unanswered + 1;
  const handoff = unanswered >= 2;
  const again = context.asking ? [askReply(context.asking, context.facts, context.locale)] : context.turns <= 1 ? [askReply('region', {}, context.locale)] : [];
  return {
    unanswered: handoff ? 0 : unanswered,
    asking: context.asking ?? (context.turns <= 1 ? 'region' : null),
    effects: [...context.effects, asked, ...(handoff ? [{ type: 'handoff' as const, reason: 'unanswered' as const }] : [])],
    outbox: [...context.outbox, ...replies, ...(handoff ? [handoffReply(context)] : []), ...again],
  };
};
const noResultYet: Step = ({ context }) => ({
  outbox: [...context.outbox, { text: replyText('noResultYet', context.locale), requestedSlot: null }, askReply(context.asking ?? 'region', context.facts, context.locale)],
  asking: context.asking ?? 'region',
});
const changeRegion: Step = ({ context, event }) => {
  const c = heard(context, event).command;
  const region = c?.type === 'change_region' ? c.region : undefined;
  const history = [...context.history, { facts: context.facts, asking: context.asking }].slice(-MAX_HISTORY);
  return region
    ? { facts: { ...context.facts, region: region.region, place: region.place, fallback: region.fallback }, history }
    : { facts: { ...context.facts, region: undefined }, history };
};
const documents: Step = ({ context, event }) => ({ outbox: [...context.outbox, documentsReply(context, event.asOf)] });
const citations: Step = ({ context, event }) => ({ outbox: [...context.outbox, citationsReply(context, event.asOf)] });
const compare: Step = ({ context, event }) => {
  const c = heard(context, event).command;
  const other = c?.type === 'change_region' ? c.region : undefined;
  return { outbox: [...context.outbox, compareReply(context, other, event.asOf)] };
};
const modify: Step = ({ context, event }) => {
  const c = heard(context, event).command;
  const rest = c?.type === 'modify' ? c.rest : context.asking === 'modify' ? messageText(event) : '';
  const u = rest ? understand(rest, { asOf: event.asOf, expecting: null, region: context.facts.region, locale: context.locale }) : undefined;
  const history = [...context.history, { facts: context.facts, asking: context.asking }].slice(-MAX_HISTORY);
  if (u && hasFacts(u)) return { facts: absorb(context.facts, u, null).facts, history, asking: null };
  const slot = modifySlot(rest);
  if (slot) {
    const facts: Facts = { ...context.facts, [slot]: undefined, unknown: (context.facts.unknown ?? []).filter((s) => !s.startsWith(slot)) };
    return { facts, history, asking: null };
  }
  return { outbox: [...context.outbox, modifyWhichReply(context.locale)], asking: 'modify' };
};

/** One assign running `steps` in order. */
const turn = (...steps: Step[]) => assign<DialogContext, DialogEvent, undefined, DialogEvent, never>(({ context, event }) => {
  let current = context;
  const update: Partial<DialogContext> = {};
  for (let i = 0; i < steps.length; i++) {
    const part = steps[i]({ context: current, event });
    Object.assign(update, part);
    if (i < steps.length - 1) current = { ...current, ...part };
  }
  return update;
});

/** Whether these facts give the answer now. Facts the engine refuses are left to the decide step to throw on (XState
 * wraps what a guard throws; the caller sees the engine's own ProfileError, as from any action). */
function answersWith(facts: Facts, event: DialogEvent): boolean {
  try {
    return slotFor(facts, event) === null;
  } catch {
    return false;
  }
}

/** Every command the parser knows; each has its guard below (a new kind of command fails to compile until it is
 * listed here, so that it can never be taken for a plain answer). */
const COMMAND_TYPES: Record<Command['type'], true> = {
  restart: true, delete_my_data: true, help: true, handoff: true, back: true, switch_locale: true, modify: true,
  materials: true, original: true, details: true, change_region: true,
};
const COMMANDS = new Set<string>(Object.keys(COMMAND_TYPES));

/**
 * A plain answer: no command, not a free question, not what 修改 asked for, and it teaches something. Exactly the
 * messages that, after every command guard, isModifyAnswer and isFreeQuestion, reach hasNews; most messages are
 * such answers, so their transitions come first. Anything that throws here is left to the guards after it, which
 * throw it as they always did.
 */
function isPlainAnswer(context: DialogContext, event: DialogEvent): boolean {
  try {
    if (context.asking === 'modify') return false;
    const u = heard(context, event);
    if (u.command && COMMANDS.has(u.command.type)) return false;
    if (u.question && !hasFacts(u)) return false;
    return hasFacts(u) || learnt(context, event).learnt;
  } catch {
    return false;
  }
}

export const dialogMachine = setup({
  types: {} as { context: DialogContext; events: DialogEvent; input: DialogInput },
  guards: {
    isRestart: ({ context, event }) => command(context, event) === 'restart',
    isDelete: ({ context, event }) => command(context, event) === 'delete_my_data',
    isHelp: ({ context, event }) => command(context, event) === 'help',
    isHandoff: ({ context, event }) => command(context, event) === 'handoff',
    isBack: ({ context, event }) => command(context, event) === 'back',
    isLocale: ({ context, event }) => command(context, event) === 'switch_locale',
    isMaterials: ({ context, event }) => command(context, event) === 'materials',
    isOriginal: ({ context, event }) => command(context, event) === 'original' || command(context, event) === 'details',
    isCompare: ({ context, event }) => command(context, event) === 'change_region',
    isModify: ({ context, event }) => command(context, event) === 'modify',
    isModifyAnswer: ({ context }) => context.asking === 'modify',
    hasNews: ({ context, event }) => {
      const u = heard(context, event);
      return hasFacts(u) || learnt(context, event).learnt;
    },
    // a plain answer, and what it leaves gives the answer / asks the next question (learning changes no slot asked)
    answerGivesResult: ({ context, event }) => isPlainAnswer(context, event) && answersWith(learnt(context, event).facts, event),
    answerLeadsOn: ({ context, event }) => isPlainAnswer(context, event),
    isFreeQuestion: ({ context, event }) => {
      const u = heard(context, event);
      return Boolean(u.question) && !hasFacts(u);
    },
    awaitsModify: ({ context }) => context.asking === 'modify',
    answers: ({ context, event }) => answersWith(context.facts, event),
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
    learnAndDecide: turn(beginTurn, learn, decideNext),
    learn: turn(beginTurn, learn),
    notUnderstood: turn(beginTurn, notUnderstood),
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
  // the named steps. A message that teaches something goes straight to the next question or to the answer;
  // 修改 and 换个地区 pass through `deciding`, which asks the next question or gives the answer.
  states: {
    interview: {
      on: {
        MESSAGE: [
          { guard: 'answerGivesResult', target: 'answered', actions: 'learnAndDecide' },
          { guard: 'answerLeadsOn', actions: 'learnAndDecide' },
          { guard: 'isRestart', target: 'interview', reenter: true, actions: 'restart' },
          { guard: 'isDelete', target: 'interview', reenter: true, actions: 'deleteData' },
          { guard: 'isHelp', actions: 'help' },
          { guard: 'isHandoff', actions: 'handoff' },
          { guard: 'isBack', actions: 'goBack' },
          { guard: 'isLocale', actions: 'switchLocale' },
          { guard: 'isModify', target: 'deciding', actions: 'modify' },
          { guard: 'isModifyAnswer', target: 'deciding', actions: 'modify' },
          { guard: 'isMaterials', actions: 'noResultYet' },
          { guard: 'isOriginal', actions: 'noResultYet' },
          { guard: 'isCompare', target: 'deciding', actions: 'changeRegion' },
          { guard: 'isFreeQuestion', actions: 'answerQuestion' },
          { guard: 'hasNews', target: 'deciding', actions: 'learn' },
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
    // No transition leads here any more (deciding now routes itself); kept so that a stored snapshot naming it
    // still resolves and behaves as before.
    routed: {
      always: [
        { guard: ({ context }) => context.asking === null, target: 'answered' },
        { target: 'interview' },
      ],
    },
    answered: {
      on: {
        MESSAGE: [
          { guard: 'answerGivesResult', target: 'answered', actions: 'learnAndDecide' },
          { guard: 'answerLeadsOn', target: 'interview', actions: 'learnAndDecide' },
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
          { guard: 'isFreeQuestion', actions: 'answerQuestion' },
          { guard: 'hasNews', target: 'deciding', actions: 'learn' },
          { actions: 'help' },
        ],
      },
    },
  },
});
