// One conversation through the dialog, message by message, as a channel runs it: the dialog tests' common driver.
import { dialogTurn } from '../../src/conversation/dialogWithQa';
import type { DialogState, TurnOutput } from '../../src/dialogs';

type Turn = (state: DialogState | undefined, input: { text: string; asOf: string; locale: 'zh-CN' | 'en' }) => TurnOutput;

export function converse(messages: string[], opts: { locale?: 'zh-CN' | 'en'; asOf?: string; turn?: Turn } = {}) {
  const { locale = 'zh-CN', asOf = '2026-11', turn = dialogTurn } = opts;
  let state: DialogState | undefined;
  const outs: TurnOutput[] = [];
  for (const text of messages) {
    const out = turn(state, { text, asOf, locale });
    state = out.state;
    outs.push(out);
  }
  return {
    outs, state, last: outs.at(-1)!,
    text: (o: TurnOutput) => o.replies.map((r) => r.text).join('\n'),
    facts: () => (state!.snapshot as { context: { facts: Record<string, unknown> } }).context.facts,
  };
}
