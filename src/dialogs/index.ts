// The dialog's one entry point for every channel: (stored state, message) -> replies and the new state.
import { initialTransition, transition } from 'xstate';
import type { DialogTurn } from '../conversation/types';
import { dialogMachine, DIALOG_VERSION, type DialogContext } from './dialogMachine';
import type { DialogState, Reply } from './replyModel';
import { toProfile } from './facts';
import type { ProfileInput } from '../rules';

export { DIALOG_VERSION, dialogMachine } from './dialogMachine';
export type { Reply, TurnOutput, DialogState, Locale } from './replyModel';

/** Runs one message through the interview. A state of another version is not accepted: the caller starts afresh.
 * Pure: XState's transition() on the stored snapshot, no actor. */
export const dialogTurn: DialogTurn = (state, input) => {
  const stored = state && state.version === DIALOG_VERSION ? state.snapshot : undefined;
  const snapshot = stored
    ? dialogMachine.resolveState(stored as Parameters<typeof dialogMachine.resolveState>[0])
    : initialTransition(dialogMachine, { locale: input.locale })[0];
  const [after] = transition(dialogMachine, snapshot, {
    type: 'MESSAGE', text: input.text ?? '', value: input.value, asOf: input.asOf, locale: input.locale, notice: input.notice,
  });
  const context: DialogContext = after.context;
  const persisted = dialogMachine.getPersistedSnapshot(after) as unknown as { context: DialogContext };
  // The turn's output leaves with the replies; the stored snapshot keeps only what the next turn needs.
  const keep = { ...persisted, context: { ...persisted.context, outbox: [], effects: [] } };
  delete (keep.context as Partial<DialogContext>).result;
  const replies: Reply[] = context.outbox.length ? context.outbox : [{ text: '…', requestedSlot: context.asking }];
  const last = replies.at(-1)!;
  const requestedSlot = last.requestedSlot ?? (context.asking && context.asking !== 'modify' && !context.result ? context.asking : null);
  const result = replies.find((r) => r.result)?.result;
  return {
    replies, requestedSlot, effects: context.effects, locale: context.locale,
    state: { version: DIALOG_VERSION, snapshot: keep },
    ...(result ? { result } : {}),
  };
};

/** The profile gathered so far in a stored dialog (for a hand-over packet), or undefined before the region is known. */
export function profileOf(state: DialogState | undefined, asOf: string): ProfileInput | undefined {
  if (!state || state.version !== DIALOG_VERSION) return undefined;
  const facts = (state.snapshot as { context?: DialogContext } | undefined)?.context?.facts;
  return facts ? toProfile(facts, asOf) : undefined;
}
