// Whole conversations in English as typed, wordings of our own: a trade said in English (mistyped too) counts as the
// trade where Suzhou's annex lists it (the route is open), and where the annex does not settle it (a trade it does
// not list, or a CNC machinist, who may be a 车工, a 铣工 or a 加工中心操作工) the answer says so honestly: to confirm.
import type { TurnOutput } from '../../src/dialogs';
import { converse as runConversation } from '../helpers/converse';

const converse = (messages: string[]) => runConversation(messages, { locale: 'en', asOf: '2026-11' });
const textOf = (o: TurnOutput) => o.replies.map((r) => r.text).join('\n');
// Suzhou, technician since 2019-12: 工程师 by 四（一）2 for a trade of the annex
const FACTS = (trade: string) => `Suzhou, ${trade}, techincian cert since 2019, no title, no awards, reviews all passed`;

describe('a trade in English against Suzhou\'s annex', () => {
  it.each(['electrician', 'electrican', 'welder', 'I work as a lathe operator'])('listed: %s opens the route', (trade) => {
    const { outs } = converse([FACTS(trade)]);
    const r = outs[0].result!;
    expect(r.best.skill_to_title).toBe('intermediate');
    expect(r.paths.find((p) => p.target === 'intermediate')?.status).toBe('eligible');
  });

  it.each([['plumber', '管工'], ['plumer', '管工'], ['CNC machinist', 'cnc operator'], ['hairdresser', '美发师']])('not settled by the annex: %s is to be confirmed, and said so', (trade, occupation) => {
    const { outs } = converse([FACTS(trade)]);
    const r = outs[0].result!;
    const path = r.paths.find((p) => p.target === 'intermediate');
    expect(path?.status).toBe('conditional');
    expect(textOf(outs[0])).toContain(`${occupation} is not in Suzhou's guiding list`);
  });
});
