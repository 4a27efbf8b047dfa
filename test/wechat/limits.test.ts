// WeChat limits through wechaty-puppet-mock: the per-person rate limit (one polite notice, then silence) and the
// per-room flood guard (messages to the bot per minute for the whole room; one notice per window, then silence).
import { ConversationService } from '../../src/conversation/conversationService';
import { createRateLimiter, withRateLimit } from '../../src/conversation/rateLimit';
import { t } from '../../src/i18n';
import { type StateStore } from '../../src/store';
import { TOY_VERSION, toyDialog } from '../helpers/toyDialog';
import { startWechatHarness, textsOf, type WechatHarness } from '../helpers/wechatHarness';
import { disposeTempStore, tempSqliteStore } from '../helpers/tempStore';

let dir: string;
let store: StateStore;
let h: WechatHarness | undefined;
let now = 1_000_000;
const clock = () => now;
beforeEach(() => {
  now = 1_000_000;
  ({ dir, store } = tempSqliteStore('guantong-wechat-limits-'));
});
afterEach(async () => {
  await h?.stop();
  h = undefined;
  await disposeTempStore(store, dir);
});

const service = () => new ConversationService({ store, dialog: toyDialog, dialogVersion: TOY_VERSION });

describe('WeChat limits', () => {
  it('per person: over the limit, one polite notice per window, then silence; answers again after the refill', async () => {
    h = await startWechatHarness(withRateLimit(service(), createRateLimiter({ perMinute: 2, now: clock })));
    const alice = h.mocker.createContact({ name: 'Alice' });
    const bob = h.mocker.createContact({ name: 'Bob' });
    const said = h.listen(alice);
    const bobSaid = h.listen(bob);
    const send = (text: string) => h!.turn(alice, () => alice.say(text).to(h!.botContact), said);
    expect(textsOf(await send('你好'))).toEqual(['您在哪个地区申报？\n1. 重庆\n2. 四川']);
    expect(textsOf(await send('2'))).toEqual(['好的，四川。您累计工作了几年？']);
    expect(textsOf(await send('3'))).toEqual([t('zh-CN', 'bot:limits.person')]);
    expect(textsOf(await send('4'))).toEqual([]);
    // Bob is not affected.
    expect(textsOf(await h.turn(bob, () => bob.say('你好').to(h!.botContact), bobSaid))).toHaveLength(1);
    now += 30_000; // one token back: the refused messages ran no turn, so the interview goes on where it was
    expect(textsOf(await send('7'))[0]).toContain('结果');
  });

  it('per room: beyond ROOM_FLOOD_PER_MINUTE the bot is silent in that room but for one notice per window', async () => {
    h = await startWechatHarness(service(), { roomFlood: createRateLimiter({ perMinute: 3, now: clock }) });
    const people = ['A', 'B', 'C', 'D', 'E'].map((name) => h!.mocker.createContact({ name }));
    const room = h.mocker.createRoom({ topic: '大群', memberIdList: [...people.map((p) => p.id), h.botContact.id] });
    const other = h.mocker.createRoom({ topic: '小群', memberIdList: [people[0].id, h.botContact.id] });
    const said = h.listen(room);
    const otherSaid = h.listen(other);
    const ask = (i: number, r = room, s = said) => h!.turn(people[i], () => people[i].say('@Bot 你好', [h!.botContact]).to(r), s);

    // Chatter not addressed to the bot does not count.
    for (let i = 0; i < 5; i++) expect(await h.turn(people[i], () => people[i].say('大家好').to(room), said)).toEqual([]);
    for (let i = 0; i < 3; i++) expect(textsOf(await ask(i))[0]).toMatch(new RegExp(`^@${'ABC'[i]} 您在哪个地区申报？`));
    expect(textsOf(await ask(3))).toEqual([t('zh-CN', 'bot:limits.room')]);
    expect(textsOf(await ask(4))).toEqual([]);
    expect(textsOf(await ask(0))).toEqual([]);
    // Another room is not affected.
    expect(textsOf(await ask(0, other, otherSaid))).toHaveLength(1);
    now += 60_000;
    expect(textsOf(await ask(4))[0]).toMatch(/^@E 您在哪个地区申报？/);
  });
});
