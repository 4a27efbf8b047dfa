// A tiny DialogTurn for the conversation tests: it appends each text to a list in its state.
// "erase" asks for erase_my_data; a snapshot with poison: true makes it throw.
import type { DialogState, TurnOutput } from '../../src/dialogs/replyModel';
import type { DialogTurn, DialogTurnInput } from '../../src/conversation/types';

export interface CountingSnapshot { items: string[]; poison?: boolean }

export interface Call { state: DialogState | undefined; input: DialogTurnInput }

export function countingDialog(version: number, calls: Call[] = []): DialogTurn {
  return (state, input) => {
    calls.push({ state, input });
    const snap = state?.snapshot as CountingSnapshot | undefined;
    if (snap?.poison) throw new Error('cannot go on from this state');
    const items = [...(snap?.items ?? []), input.text];
    const out: TurnOutput = {
      replies: [{ text: `${input.notice ? 'reset; ' : ''}n=${items.length}`, requestedSlot: null }],
      requestedSlot: null,
      effects: input.text === 'erase' ? [{ type: 'erase_my_data' }] : [],
      state: { version, snapshot: { items } satisfies CountingSnapshot },
      locale: input.locale ?? 'zh-CN',
    };
    return out;
  };
}

export const itemsOf = (s: DialogState | undefined): string[] => (s?.snapshot as CountingSnapshot | undefined)?.items ?? [];
