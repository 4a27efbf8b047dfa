// Dialog: whole interviews per second in this process, driving dialogTurn through the personas of
// test/dialogs/conversations.ts (every region, both locales), as the test suite's `interview()` does.
import type { DialogState, TurnOutput } from '../src/dialogs';
import { dialogTurn } from '../src/conversation/dialogWithQa';
import { CONVERSATIONS, type Conversation } from '../test/dialogs/conversations';
import { round1 } from './interview';

export interface DialogFigures { personas: number; interviews: number; turns: number; interviewsPerSecond: number; usPerTurn: number; turnsPerInterview: number }

const AS_OF = '2026-11';

function interview(c: Conversation): number {
  let state: DialogState | undefined;
  let out: TurnOutput = dialogTurn(state, { text: c.open, asOf: AS_OF, locale: c.locale });
  let turns = 1;
  while (!out.result && turns < 16) {
    const answer = out.requestedSlot ? c.answers[out.requestedSlot] : undefined;
    if (answer === undefined) throw new Error(`${c.id}: asked ${out.requestedSlot}, which the script cannot answer`);
    state = out.state;
    out = dialogTurn(state, { text: answer, asOf: AS_OF, locale: c.locale });
    turns++;
  }
  if (!out.result) throw new Error(`${c.id}: no answer after ${turns} turns`);
  return turns;
}

export function benchDialog(seconds = 4): DialogFigures {
  for (let k = 0; k < 3; k++) for (const c of CONVERSATIONS) interview(c); // warm up
  let interviews = 0;
  let turns = 0;
  const start = process.hrtime.bigint();
  const until = start + BigInt(Math.round(seconds * 1e9));
  let now = start;
  while (now < until) {
    for (const c of CONVERSATIONS) { turns += interview(c); interviews++; }
    now = process.hrtime.bigint();
  }
  const s = Number(now - start) / 1e9;
  return {
    personas: CONVERSATIONS.length, interviews, turns,
    interviewsPerSecond: round1(interviews / s), usPerTurn: round1((s * 1e6) / turns), turnsPerInterview: round1(turns / interviews),
  };
}
