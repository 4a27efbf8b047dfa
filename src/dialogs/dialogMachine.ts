// The interview as an XState v5 machine. Pure: no SDK, store or clock (the month comes with each message).
// One question at a time; the next is chosen by nextSlot() from what can still change the answer.
import { assign, setup } from 'xstate';
import { evaluate, type EligibilityResult } from '../rules';
import { absorb, toProfile, type Facts } from './facts';
import { nextSlot } from './nextQuestion';
import type { DialogEffect, Locale, Reply } from './replyModel';
import { choiceKeys, choiceLabel, choiceMeaning } from './choices';
import {
  acknowledgeReply, askReply, compareReply, helpReply, notUnderstoodReply, replyText, resultReply, documentsReply, citationsReply,
  modifyWhichReply, modifySlot, freeQuestionReply, handoffReply,
} from './replies';
import { understand, type Understanding } from './understand';

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

// What a message adds to the facts, once per event (the hasNews guard and the learn action both need it;
// beginTurn, which runs between them, changes neither the facts nor the slot asked).
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
  else key = keys.find((k) => choiceLabel(slot, k, context).toLowerCase() === trimmed.toLowerCase());
  return key === undefined ? undefined : choiceMeaning(slot, key);
}
const command = (context: DialogContext, e: DialogEvent) => heard(context, e).command?.type;
const hasFacts = (u: Understanding) => Boolean(u.region || u.skills || u.titles || u.awards || u.workYears !== undefined
  || u.annualReviewsPassed !== undefined || u.relatedDiploma !== undefined || u.techSchoolClass !== undefined);

const initialContext = (locale: Locale = 'zh-CN'): DialogContext => ({
  locale, facts: {}, asking: null, history: [], misunderstood: 0, unanswered: 0, turns: 0, outbox: [], effects: [],
});

function decide(context: DialogContext, asOf: string): Partial<DialogContext> {
  const slot = nextSlot(context.facts, asOf);
  if (slot) return { asking: slot, outbox: [...context.outbox, askReply(slot, context.facts, context.locale)] };
  const profile = toProfile(context.facts, asOf)!;
  const result = evaluate(profile, { asOf, locale: context.locale });
  return {
    asking: null, result,
    outbox: [...context.outbox, resultReply(result, context.locale)],
    effects: [...context.effects, { type: 'show_ladder' }],
  };
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
    isFreeQuestion: ({ context, event }) => {
      const u = heard(context, event);
      return Boolean(u.question) && !hasFacts(u);
    },
  },
  actions: {
    beginTurn: assign(({ context, event }) => ({
      outbox: event.notice === 'state_reset' ? [{ text: replyText('stateReset', context.locale), requestedSlot: null }] : [],
      effects: [],
      result: undefined,
      turns: context.turns + 1,
      locale: event.locale ?? context.locale,
    })),
    reset: assign(({ context }) => ({ ...initialContext(context.locale), turns: context.turns, outbox: context.outbox, effects: context.effects })),
    greet: assign(({ context }) => ({
      asking: 'region',
      outbox: [...context.outbox, { text: replyText('greeting', context.locale), requestedSlot: null }, askReply('region', {}, context.locale)],
    })),
    erase: assign(({ context }) => ({
      effects: [...context.effects, { type: 'erase_my_data' as const }],
      outbox: [...context.outbox, { text: replyText('erased', context.locale), requestedSlot: null }],
    })),
    help: assign(({ context }) => ({ outbox: [...context.outbox, ...helpReply(context)] })),
    handoff: assign(({ context }) => ({
      effects: [...context.effects, { type: 'handoff' as const, reason: 'asked' as const }],
      outbox: [...context.outbox, handoffReply(context)],
    })),
    switchLocale: assign(({ context, event }) => {
      const c = heard(context, event).command;
      const locale = c?.type === 'switch_locale' ? c.locale : context.locale;
      const again = context.asking ? [askReply(context.asking, context.facts, locale)] : [];
      return { locale, outbox: [...context.outbox, { text: replyText('localeSwitched', locale), requestedSlot: null }, ...again] };
    }),
    goBack: assign(({ context }) => {
      const prev = context.history.at(-1);
      if (!prev) return { outbox: [...context.outbox, { text: replyText('nothingToGoBackTo', context.locale), requestedSlot: null }, askReply(context.asking ?? 'region', context.facts, context.locale)], asking: context.asking ?? 'region' };
      const asking = prev.asking ?? 'region';
      return { facts: prev.facts, asking, history: context.history.slice(0, -1), outbox: [...context.outbox, askReply(asking, prev.facts, context.locale)] };
    }),
    learn: assign(({ context, event }) => {
      const { facts } = learnt(context, event);
      const first = context.turns <= 1;
      const ack = acknowledgeReply(context.facts, facts, context.locale, first);
      const hello = first ? [{ text: replyText('hello', context.locale), requestedSlot: null }] : [];
      return {
        facts, misunderstood: 0, unanswered: 0,
        outbox: [...context.outbox, ...hello, ...(ack ? [ack] : [])],
        history: [...context.history, { facts: context.facts, asking: context.asking }].slice(-MAX_HISTORY),
      };
    }),
    decide: assign(({ context, event }) => decide(context, event.asOf)),
    notUnderstood: assign(({ context, event }) => {
      const first = context.turns <= 1 && context.asking === null;
      const asking = context.asking ?? 'region';
      const lead = first ? { text: replyText('greeting', context.locale), requestedSlot: null } : notUnderstoodReply(messageText(event), context.locale);
      return { asking, misunderstood: first ? 0 : context.misunderstood + 1, outbox: [...context.outbox, lead, askReply(asking, context.facts, context.locale)] };
    }),
    answerQuestion: assign(({ context, event }) => {
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
    }),
    noResultYet: assign(({ context }) => ({
      outbox: [...context.outbox, { text: replyText('noResultYet', context.locale), requestedSlot: null }, askReply(context.asking ?? 'region', context.facts, context.locale)],
      asking: context.asking ?? 'region',
    })),
    changeRegion: assign(({ context, event }) => {
      const c = heard(context, event).command;
      const region = c?.type === 'change_region' ? c.region : undefined;
      const history = [...context.history, { facts: context.facts, asking: context.asking }].slice(-MAX_HISTORY);
      return region
        ? { facts: { ...context.facts, region: region.region, place: region.place, fallback: region.fallback }, history }
        : { facts: { ...context.facts, region: undefined }, history };
    }),
    documents: assign(({ context, event }) => ({ outbox: [...context.outbox, documentsReply(context, event.asOf)] })),
    citations: assign(({ context, event }) => ({ outbox: [...context.outbox, citationsReply(context, event.asOf)] })),
    compare: assign(({ context, event }) => {
      const c = heard(context, event).command;
      const other = c?.type === 'change_region' ? c.region : undefined;
      return { outbox: [...context.outbox, compareReply(context, other, event.asOf)] };
    }),
    modify: assign(({ context, event }) => {
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
    }),
  },
}).createMachine({
  id: 'guantong',
  context: ({ input }) => initialContext(input?.locale),
  initial: 'interview',
  states: {
    interview: {
      on: {
        MESSAGE: [
          { guard: 'isRestart', target: 'interview', reenter: true, actions: ['beginTurn', 'reset', 'greet'] },
          { guard: 'isDelete', target: 'interview', reenter: true, actions: ['beginTurn', 'reset', 'erase', 'greet'] },
          { guard: 'isHelp', actions: ['beginTurn', 'help'] },
          { guard: 'isHandoff', actions: ['beginTurn', 'handoff'] },
          { guard: 'isBack', actions: ['beginTurn', 'goBack'] },
          { guard: 'isLocale', actions: ['beginTurn', 'switchLocale'] },
          { guard: 'isModify', target: 'deciding', actions: ['beginTurn', 'modify'] },
          { guard: 'isModifyAnswer', target: 'deciding', actions: ['beginTurn', 'modify'] },
          { guard: 'isMaterials', actions: ['beginTurn', 'noResultYet'] },
          { guard: 'isOriginal', actions: ['beginTurn', 'noResultYet'] },
          { guard: 'isCompare', target: 'deciding', actions: ['beginTurn', 'changeRegion'] },
          { guard: 'isFreeQuestion', actions: ['beginTurn', 'answerQuestion'] },
          { guard: 'hasNews', target: 'deciding', actions: ['beginTurn', 'learn'] },
          { actions: ['beginTurn', 'notUnderstood'] },
        ],
      },
    },
    deciding: {
      always: [
        { guard: ({ context }) => context.asking === 'modify', target: 'interview' },
        { target: 'routed', actions: 'decide' },
      ],
    },
    routed: {
      always: [
        { guard: ({ context }) => context.asking === null, target: 'answered' },
        { target: 'interview' },
      ],
    },
    answered: {
      on: {
        MESSAGE: [
          { guard: 'isRestart', target: 'interview', actions: ['beginTurn', 'reset', 'greet'] },
          { guard: 'isDelete', target: 'interview', actions: ['beginTurn', 'reset', 'erase', 'greet'] },
          { guard: 'isHelp', actions: ['beginTurn', 'help'] },
          { guard: 'isHandoff', actions: ['beginTurn', 'handoff'] },
          { guard: 'isBack', target: 'interview', actions: ['beginTurn', 'goBack'] },
          { guard: 'isLocale', actions: ['beginTurn', 'switchLocale'] },
          { guard: 'isMaterials', actions: ['beginTurn', 'documents'] },
          { guard: 'isOriginal', actions: ['beginTurn', 'citations'] },
          { guard: 'isCompare', actions: ['beginTurn', 'compare'] },
          { guard: 'isModify', target: 'deciding', actions: ['beginTurn', 'modify'] },
          { guard: 'isFreeQuestion', actions: ['beginTurn', 'answerQuestion'] },
          { guard: 'hasNews', target: 'deciding', actions: ['beginTurn', 'learn'] },
          { actions: ['beginTurn', 'help'] },
        ],
      },
    },
  },
});
