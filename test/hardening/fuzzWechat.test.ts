// WeChat through wechaty-puppet-mock with arbitrary text (real interview, SQLite): every message to the bot gets a
// reply, in private chats and when @-mentioned in a room, and nothing crashes.
import fc from 'fast-check';
import { ConversationService } from '../../src/conversation/conversationService';
import { type StateStore } from '../../src/store';
import { realDialog } from '../helpers/startServer';
import { startWechatHarness, textsOf, type WechatHarness } from '../helpers/wechatHarness';
import { text } from './arbitraries';
import { disposeTempStore, tempSqliteStore } from '../helpers/tempStore';

let dir: string;
let store: StateStore;
let h: WechatHarness;
beforeAll(async () => {
  ({ dir, store } = tempSqliteStore('guantong-wechat-fuzz-'));
  const { dialogTurn, DIALOG_VERSION } = await realDialog();
  h = await startWechatHarness(new ConversationService({ store, dialog: dialogTurn, dialogVersion: DIALOG_VERSION }));
});
afterAll(async () => {
  await h.stop();
  await disposeTempStore(store, dir);
});

let n = 0;

describe('WeChat under arbitrary text', () => {
  it('answers every private message', async () => {
    await fc.assert(fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 5 }), async (texts) => {
      const who = h.mocker.createContact({ name: `P${n++}` });
      const said = h.listen(who);
      for (const t of texts) {
        const out = await h.turn(who, () => who.say(t).to(h.botContact), said);
        expect(textsOf(out).length).toBeGreaterThan(0);
        for (const s of textsOf(out)) expect(s.trim().length).toBeGreaterThan(0);
      }
    }), { numRuns: 40 });
  });

  it('answers every @-mention in a room, @-mentioning the asker', async () => {
    await fc.assert(fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 4 }), async (texts) => {
      const name = `R${n++}`;
      const who = h.mocker.createContact({ name });
      const room = h.mocker.createRoom({ topic: `群${n}`, memberIdList: [who.id, h.botContact.id] });
      const said = h.listen(room);
      for (const t of texts) {
        const out = textsOf(await h.turn(who, () => who.say(`@Bot ${t}`, [h.botContact]).to(room), said));
        expect(out.length).toBeGreaterThan(0);
        for (const s of out) expect(s.startsWith(`@${name} `)).toBe(true);
      }
    }), { numRuns: 30 });
  });
});
