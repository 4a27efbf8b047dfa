// The dialog's one entry point for every channel: (stored state, message) -> replies and the new state.
import { createActor } from 'xstate';
import type { DialogTurn } from '../conversation/types';
import { dialogMachine, DIALOG_VERSION, type DialogContext } from './dialogMachine';
import type { DialogState, Reply, TurnOutput } from './replyModel';
import { toProfile } from './facts';
import type { ProfileInput } from '../rules';

export { DIALOG_VERSION, dialogMachine } from './dialogMachine';
export type { Reply, TurnOutput, DialogState, Locale } from './replyModel';

/** Runs one message through the interview. A state of another version is not accepted: the caller starts afresh. */
export const dialogTurn: DialogTurn = (state, input) => {
  const snapshot = state && state.version === DIALOG_VERSION ? state.snapshot : undefined;
  const actor = createActor(dialogMachine, {
    input: { locale: input.locale },
    ...(snapshot ? { snapshot: snapshot as never } : {}),
  });
  actor.start();
  actor.send({ type: 'MESSAGE', text: input.text ?? '', value: input.value, asOf: input.asOf, locale: input.locale, notice: input.notice });
  const after = actor.getSnapshot();
  const context: DialogContext = after.context;
  const persisted = actor.getPersistedSnapshot() as unknown as { context: DialogContext };
  actor.stop();
  // The turn's output leaves with the replies; the stored snapshot keeps only what the next turn needs.
  const stored = { ...persisted, context: { ...persisted.context, outbox: [], effects: [], result: undefined } };
  const replies: Reply[] = context.outbox.length ? context.outbox : [{ text: '…', requestedSlot: context.asking }];
  const last = replies.at(-1)!;
  const requestedSlot = last.requestedSlot ?? (context.asking && context.asking !== 'modify' && !context.result ? context.asking : null);
  const result = replies.find((r) => r.result)?.result;
  const out: TurnOutput = {
    replies, requestedSlot, effects: context.effects, locale: context.locale,
    state: { version: DIALOG_VERSION, snapshot: JSON.parse(JSON.stringify(stored)) as DialogState['snapshot'] },
    ...(result ? { result } : {}),
  };
  return out;
};

/** The profile gathered so far in a stored dialog (for a hand-over packet), or undefined before the region is known. */
export function profileOf(state: DialogState | undefined, asOf: string): ProfileInput | undefined {
  if (!state || state.version !== DIALOG_VERSION) return undefined;
  const facts = (state.snapshot as { context?: DialogContext } | undefined)?.context?.facts;
  return facts ? toProfile(facts, asOf) : undefined;
}
