// A small DialogTurn for the channel tests: region (with choices) → work years → the engine's answer.
// "boom" throws, to exercise the channels' error handling. Real dialogs are tested in test/dialogs.
import type { DialogTurn } from '../../src/conversation/types';
import type { Reply, TurnOutput } from '../../src/dialogs/replyModel';
import { evaluate } from '../../src/rules';

export const TOY_VERSION = 1;
export const REGION_CHOICES = ['重庆', '四川'];
const REGION_CODES: Record<string, string> = { 重庆: 'chongqing', 四川: 'sichuan' };

interface ToyState { step: 'region' | 'workYears' | 'done'; region?: string; askedRegion?: number }

export const toyDialog: DialogTurn = (state, input) => {
  if (input.text === 'boom') throw new Error('toy dialog exploded');
  const locale = input.locale ?? 'zh-CN';
  const s: ToyState = state ? { ...(state.snapshot as ToyState) } : { step: 'region' };
  const choice = typeof (input.value as { choice?: unknown })?.choice === 'string' ? (input.value as { choice: string }).choice : undefined;
  const said = (choice ?? input.text).trim();
  const replies: Reply[] = [];
  let result: TurnOutput['result'];
  if (s.step === 'region' && REGION_CODES[said]) {
    s.region = REGION_CODES[said];
    s.step = 'workYears';
    replies.push({ text: `好的，${said}。您累计工作了几年？`, requestedSlot: 'workYears' });
  } else if (s.step === 'region') {
    s.askedRegion = (s.askedRegion ?? 0) + 1;
    replies.push({ text: '您在哪个地区申报？', choices: REGION_CHOICES, requestedSlot: 'region' });
  } else if (s.step === 'workYears' && /^\d+$/.test(said)) {
    result = evaluate({ region: s.region, workYears: Number(said), skills: [{ level: 'technician', since: '2015-01' }] }, { asOf: input.asOf });
    s.step = 'done';
    replies.push({ text: `**结果**：工作 ${said} 年。\n${'可申报的路径见下。\n'.repeat(3)}`, requestedSlot: null, result });
  } else if (s.step === 'workYears') {
    replies.push({ text: '请告诉我年数，例如 8。', requestedSlot: 'workYears' });
  } else {
    replies.push({ text: '已经答完了。', requestedSlot: null });
  }
  const requestedSlot = replies[replies.length - 1].requestedSlot;
  return { replies, requestedSlot, result, effects: [], state: { version: TOY_VERSION, snapshot: s }, locale };
};
