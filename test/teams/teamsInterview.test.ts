// The real interview (src/dialogs) through Teams: greeting, a card choice clicked, typed answers, the result.
import { TestAdapter, type Activity } from 'botbuilder';
import { TeamsBot, onTurnError } from '../../src/bot/teams';
import { ConversationService } from '../../src/conversation/conversationService';
import { silentLogger } from '../../src/log';
import { type StateStore } from '../../src/store';
import { realDialog } from '../helpers/startServer';
import { disposeTempStore, tempSqliteStore } from '../helpers/tempStore';

type Value = { requestedSlot: string | null; result?: { region: string; paths: unknown[]; best: Record<string, string | null> } };
type Card = { content: { actions: { title: string; data: { choice: string } }[] } };

let dir: string;
let store: StateStore;
afterEach(async () => {
  await disposeTempStore(store, dir);
});

it('runs the whole interview in Teams, clicking card buttons and typing, to the result', async () => {
  ({ dir, store } = tempSqliteStore('guantong-teams-real-'));
  const { dialogTurn, DIALOG_VERSION } = await realDialog();
  const bot = new TeamsBot(new ConversationService({ store, dialog: dialogTurn, dialogVersion: DIALOG_VERSION }), silentLogger);
  const adapter = new TestAdapter((ctx) => bot.run(ctx), { channelId: 'msteams' });
  adapter.onTurnError = onTurnError(silentLogger);

  const all: Partial<Activity>[] = [];
  const slotOf = (a: Partial<Activity>) => { all.push(a); return (a.value as Value).requestedSlot; };
  let regionCard: Card | undefined;
  const click = (title: string) => {
    const action = regionCard!.content.actions.find((x) => x.title === title)!;
    return { type: 'message', value: action.data } as unknown as Partial<Activity>;
  };

  await adapter
    .send('你好')
    .assertReply((a) => expect(slotOf(a)).toBeNull()) // the greeting
    .assertReply((a) => {
      expect(slotOf(a)).toBe('region');
      regionCard = a.attachments?.[0] as unknown as Card;
      expect(regionCard.content.actions.map((x) => x.title)).toContain('重庆');
    })
    .startTest();

  await adapter
    .send(click('重庆'))
    .assertReply((a) => expect(slotOf(a)).toBe('skills'))
    .send('技师')
    .assertReply((a) => expect(slotOf(a)).toBe('skills.since'))
    .send('2021年6月')
    .assertReply((a) => expect(slotOf(a)).toBe('titles'))
    .send('没有')
    .assertReply((a) => expect(slotOf(a)).toBe('awards'))
    .send('没有')
    .assertReply((a) => expect(slotOf(a)).toBe('annualReviewsPassed'))
    .send('都合格')
    .assertReply((a) => {
      expect(slotOf(a)).toBeNull();
      const v = a.value as Value;
      expect(v.result?.region).toBe('chongqing');
      expect(v.result?.paths.length).toBeGreaterThan(0);
      expect(v.result?.best.skill_to_title).toBe('intermediate');
      expect(a.text).toContain('渝人社发〔2020〕32号');
    })
    .startTest();

  for (const a of all) expect(a.value).toHaveProperty('requestedSlot');
});
