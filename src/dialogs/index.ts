// The dialog's one entry point for every channel: (stored state, message) -> replies and the new state.
import { createActor, type AnyActorScope } from 'xstate';
import type { DialogTurn } from './replyModel';
import { dialogMachine, DIALOG_VERSION, type DialogContext } from './dialogMachine';
import type { DialogState, Locale, Reply } from './replyModel';
import { toProfile } from './facts';
import { interpret } from './interpret';
import { noAnswerer, type Answerer } from './replies';
import type { ProfileInput } from '../rules';

export { DIALOG_VERSION, dialogMachine, type DialogEvent } from './dialogMachine';
export type { Answerer, FreeAnswer } from './replies';
export type { Reply, TurnOutput, DialogState, Locale } from './replyModel';

type Snapshot = ReturnType<typeof dialogMachine.resolveState>;
type Stored = Parameters<typeof dialogMachine.resolveState>[0];

const isEmpty = (o: object | undefined) => { for (const _ in o) return false; return true; };

/**
 * The stored form of a snapshot with `context`: what XState's getPersistedSnapshot gives, field for field and in
 * its order. That walks the whole context looking for actors to serialise; this machine spawns none, invokes none
 * and has no history states, so without children and history the form is written directly.
 */
function persisted(after: Snapshot, context: DialogContext): unknown {
  if (!isEmpty(after.children) || !isEmpty(after.historyValue)) return dialogMachine.getPersistedSnapshot({ ...after, context } as Snapshot);
  return { status: after.status, output: after.output, error: after.error, value: after.value, historyValue: {}, context, children: {} };
}

/**
 * The scope every turn runs in: what XState's initialTransition() and transition() build afresh on each call (an
 * actor whose construction computes a whole initial snapshot, about a fifth of a turn), made once. It is inert: no
 * action is executed, nothing deferred runs; this machine has only assigns, spawns and invokes nothing, and XState
 * restores the executor it wraps after each microstep, so one scope serves every turn alike.
 */
const scope: AnyActorScope = (() => {
  const self = createActor(dialogMachine, { input: {} });
  const noop = () => {};
  return { self, defer: noop, id: '', logger: noop, sessionId: '', stopChild: noop, system: self.system, emit: noop, actionExecutor: noop };
})();

/**
 * The snapshot a conversation starts from, made once per locale: XState's getInitialSnapshot runs the whole initial
 * macrostep (about a sixth of a first turn). Snapshots are values (a transition makes new ones, never changes the one
 * it is given) and no step changes a context in place; the kept one is frozen, so a step that tried would throw
 * rather than leak into another conversation.
 */
const initial = new Map<string, Snapshot>();
function initialSnapshot(locale: Locale | undefined): Snapshot {
  if (locale !== undefined && locale !== 'zh-CN' && locale !== 'en') return dialogMachine.getInitialSnapshot(scope, { locale });
  const k = locale ?? '';
  let s = initial.get(k);
  if (s === undefined) {
    s = dialogMachine.getInitialSnapshot(scope, { locale });
    deepFreeze(s.context);
    initial.set(k, s);
  }
  return s;
}
function deepFreeze(v: unknown): void {
  if (v === null || typeof v !== 'object' || Object.isFrozen(v)) return;
  Object.freeze(v);
  for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]);
}

/** What the dialog is given from outside: the free-question answerer (src/qa's ask, wired by the host). */
export interface DialogDeps { ask?: Answerer }

/**
 * The interview's turn function with its dependencies. A state of another version is not accepted: the caller
 * starts afresh. Pure: the message is understood once (interpret.ts) and sent as one typed event to XState's
 * transition on the stored snapshot, in one inert scope (no actor runs).
 */
export function createDialogTurn(deps: DialogDeps = {}): DialogTurn {
  const ask = deps.ask ?? noAnswerer;
  return (state, input) => {
    const stored = state && state.version === DIALOG_VERSION ? state.snapshot : undefined;
    const snapshot = stored ? dialogMachine.resolveState(stored as Stored) : initialSnapshot(input.locale);
    const event = interpret(snapshot.context, { text: input.text ?? '', value: input.value, asOf: input.asOf, locale: input.locale, notice: input.notice }, ask);
    return output(dialogMachine.transition(snapshot, event, scope));
  };
}

/** The interview without a free-question answerer (free questions are honestly not answered). Hosts use
 * createDialogTurn({ ask }) (src/conversation/dialogWithQa.ts). */
export const dialogTurn: DialogTurn = createDialogTurn();

function output(after: Snapshot): ReturnType<DialogTurn> {
  const context: DialogContext = after.context;
  // The turn's output leaves with the replies; the stored snapshot keeps only what the next turn needs.
  const { result: _result, ...rest } = context;
  const kept: DialogContext = { ...rest, outbox: [], effects: [] };
  const keep = persisted(after, kept);
  const replies: Reply[] = context.outbox.length ? context.outbox : [{ text: '…', requestedSlot: context.asking }];
  const last = replies.at(-1)!;
  const requestedSlot = last.requestedSlot ?? (context.asking && context.asking !== 'modify' && !context.result ? context.asking : null);
  const result = replies.find((r) => r.result)?.result;
  return {
    replies, requestedSlot, ...(last.alsoRequested && last.requestedSlot ? { alsoRequested: last.alsoRequested } : {}), effects: context.effects, locale: context.locale,
    state: { version: DIALOG_VERSION, snapshot: keep },
    ...(result ? { result } : {}),
  };
}

/** The profile gathered so far in a stored dialog (for a hand-over packet), or undefined before the region is known. */
export function profileOf(state: DialogState | undefined, asOf: string): ProfileInput | undefined {
  if (!state || state.version !== DIALOG_VERSION) return undefined;
  const facts = (state.snapshot as { context?: DialogContext } | undefined)?.context?.facts;
  return facts ? toProfile(facts, asOf) : undefined;
}
