// wechaty the way its users run it, through wechaty-puppet-mock: friend requests accepted with a welcome (or not,
// WECHAT_ACCEPT_FRIENDS=false), a room introduction once, new members greeted only when asked, ordinary room
// messages never answered, quote-replies read, and the paced queue of outbound messages.
import { types } from 'wechaty';
import { createPacedQueue, quoteReply } from '../../src/bot/wechat';
import { ConversationService } from '../../src/conversation/conversationService';
import { t } from '../../src/i18n';
import { privacyLine, privacyNotice } from '../../src/privacy';
import type { StateStore } from '../../src/store';
import { realDialog } from '../helpers/startServer';
import { disposeTempStore, tempSqliteStore } from '../helpers/tempStore';
import { startWechatHarness, textsOf, type WechatHarness } from '../helpers/wechatHarness';

const PRIVACY = { ttlDays: 30, publicUrl: 'https://gt.example.cn' };
let dir: string;
let store: StateStore;
let h: WechatHarness | undefined;

beforeEach(() => { ({ dir, store } = tempSqliteStore('guantong-wechat-org-')); });
afterEach(async () => {
  await h?.stop();
  h = undefined;
  await disposeTempStore(store, dir);
});

async function start(options: Parameters<typeof startWechatHarness>[1] = {}): Promise<WechatHarness> {
  const { dialogTurn, DIALOG_VERSION } = await realDialog();
  const service = new ConversationService({ store, dialog: dialogTurn, dialogVersion: DIALOG_VERSION, startNotice: privacyNotice(PRIVACY) });
  h = await startWechatHarness(service, { welcomeFooter: (l) => privacyLine(l, PRIVACY), ...options });
  return h;
}

/** The puppet reports a friend request, as a real puppet does; resolves when the bot has handled it. */
async function friendRequest(hh: WechatHarness, contactId: string, id: string): Promise<void> {
  const puppet = hh.bot.puppet;
  await puppet.friendshipPayload(id, { id, contactId, hello: '你好，我想问职称', ticket: 'ticket-1', timestamp: Math.floor(Date.now() / 1000), type: types.Friendship.Receive });
  // The bot's own handler is registered first: once wechaty emits the event, its work is in handle.idle().
  const seen = new Promise<void>((r) => hh.bot.once('friendship', () => r()));
  puppet.emit('friendship', { friendshipId: id });
  await seen;
  await hh.handle.idle();
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
}

describe('friend requests', () => {
  it('accepts a request and welcomes the new friend with the privacy notice', async () => {
    const hh = await start();
    const carol = hh.mocker.createContact({ name: 'Carol' });
    const said = hh.listen(carol);
    const accepted = jest.spyOn(hh.bot.puppet, 'friendshipAccept');
    await friendRequest(hh, carol.id, 'fr-1');
    await hh.handle.idle();
    expect(accepted).toHaveBeenCalledWith('fr-1');
    const texts = textsOf(said);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain(t('zh-CN', 'channels:wechat.friendWelcome'));
    expect(texts[0]).toContain('删除我的数据');
  });

  it('leaves requests alone with WECHAT_ACCEPT_FRIENDS off', async () => {
    const hh = await start({ acceptFriends: false });
    const carol = hh.mocker.createContact({ name: 'Carol' });
    const said = hh.listen(carol);
    const accepted = jest.spyOn(hh.bot.puppet, 'friendshipAccept');
    await friendRequest(hh, carol.id, 'fr-2');
    expect(accepted).not.toHaveBeenCalled();
    expect(said).toEqual([]);
  });
});

describe('rooms', () => {
  async function join(hh: WechatHarness, roomId: string, inviteeIdList: string[], inviterId: string): Promise<void> {
    // wechaty loads the room and contacts, then emits room-join; the bot's handler (registered first) has then
    // put its work in handle.idle().
    const seen = new Promise<void>((r) => hh.bot.once('room-join', () => r()));
    hh.bot.puppet.emit('room-join', { roomId, inviteeIdList, inviterId, timestamp: Math.floor(Date.now() / 1000) });
    await seen;
    await hh.handle.idle();
    for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
  }

  it.each([
    ['off by default', {}, 0],
    ['on with WECHAT_GREET_NEW_MEMBERS', { greetNewMembers: true }, 1],
  ])('introduces itself once when added to a room; new members are greeted %s', async (_n, options, greetings) => {
    const hh = await start(options);
    const alice = hh.mocker.createContact({ name: 'Alice' });
    const dave = hh.mocker.createContact({ name: 'Dave' });
    const room = hh.mocker.createRoom({ topic: '工会群', memberIdList: [alice.id, hh.botContact.id] });
    const said = hh.listen(room);
    await join(hh, room.id, [hh.botContact.id], alice.id);
    await join(hh, room.id, [hh.botContact.id], alice.id);
    const intro = textsOf(said);
    expect(intro).toHaveLength(1);
    expect(intro[0]).toContain(t('zh-CN', 'channels:wechat.roomIntro'));
    expect(intro[0]).toContain('删除我的数据');
    await join(hh, room.id, [dave.id], alice.id);
    expect(textsOf(said).slice(1)).toEqual(greetings ? [t('zh-CN', 'channels:wechat.newMember')] : []);
  });

  it('never answers ordinary messages, even mid-interview, and reads quote-replies to its own messages', async () => {
    const hh = await start();
    const alice = hh.mocker.createContact({ name: 'Alice' });
    const bob = hh.mocker.createContact({ name: 'Bob' });
    const room = hh.mocker.createRoom({ topic: '车间群', memberIdList: [alice.id, bob.id, hh.botContact.id] });
    const said = hh.listen(room);
    const asked = textsOf(await hh.turn(alice, () => alice.say('@Bot 你好', [hh.botContact]).to(room), said));
    expect(asked.join('\n')).toContain('哪个省市');
    for (const chatter of ['好的，没有问题', '重庆', '1', '技师']) {
      expect(await hh.turn(alice, () => alice.say(chatter).to(room), said)).toEqual([]);
    }
    // Bob quoting Alice is not for the bot either.
    expect(await hh.turn(bob, () => bob.say('「Alice：好的，没有问题」\n- - - - - - - - - - - - - - -\n收到').to(room), said)).toEqual([]);
    const quoted = textsOf(await hh.turn(alice, () => alice.say('「Bot：您在哪个省市工作？」\n- - - - - - - - - - - - - - -\n重庆').to(room), said));
    expect(quoted[0].startsWith('@Alice ')).toBe(true);
    expect(quoted.join('\n')).toContain('技能证书');
  });
});

describe('private chats', () => {
  it('reads a quote-reply as what the person wrote', async () => {
    const hh = await start();
    const erin = hh.mocker.createContact({ name: 'Erin' });
    const said = hh.listen(erin);
    await hh.turn(erin, () => erin.say('你好').to(hh.botContact), said);
    const r = textsOf(await hh.turn(erin, () => erin.say('「Bot：您在哪个省市工作？」\n- - - - - - - - - - - - - - -\n重庆').to(hh.botContact), said));
    expect(r.join('\n')).toContain('技能证书');
  });
});

describe('quoteReply', () => {
  it.each([
    ['「Bot：您在哪个省市工作？」\n- - - - - - - - - - - - - - -\n重庆', { name: 'Bot', quoted: '您在哪个省市工作？', reply: '重庆' }],
    ['「贯通助手:第一行\n第二行」\n- - - - - - - - - - - - - - -\n2', { name: '贯通助手', quoted: '第一行\n第二行', reply: '2' }],
    ['重庆', undefined],
    ['「Bot：问题」\n重庆', undefined],
    ['「Bot：问题」\n- - - - - - - - - - - - - - -\n   ', undefined],
  ])('%j', (text, expected) => {
    expect(quoteReply(text)).toEqual(expected);
  });
});

describe('the paced queue', () => {
  it('sends one at a time, in order, spaced by the interval with jitter', async () => {
    let clock = 0;
    const waits: number[] = [];
    const randoms = [0, 1, 0.5];
    const q = createPacedQueue({ perSecond: 2, jitter: 0.3, now: () => clock, random: () => randoms.shift() ?? 0.5, sleep: async (ms) => { waits.push(ms); clock += ms; } });
    const order: number[] = [];
    let running = 0;
    const send = (n: number) => q.run(async () => {
      running++;
      expect(running).toBe(1);
      await new Promise((r) => setImmediate(r));
      order.push(n);
      running--;
      return n;
    });
    expect(await Promise.all([send(1), send(2), send(3), send(4)])).toEqual([1, 2, 3, 4]);
    expect(order).toEqual([1, 2, 3, 4]);
    // 500 ms per message at 2/s, ±30%: random 0 → 350, 1 → 650, 0.5 → 500.
    expect(waits).toEqual([350, 650, 500]);
    expect(q.size()).toBe(0);
  });

  it('goes on after a failed send', async () => {
    const q = createPacedQueue({ perSecond: 1000 });
    await expect(q.run(async () => { throw new Error('puppet offline'); })).rejects.toThrow('puppet offline');
    await expect(q.run(async () => 'ok')).resolves.toBe('ok');
  });

  it.each([0, -1, Number.NaN])('refuses %p messages per second', (n) => {
    expect(() => createPacedQueue({ perSecond: n })).toThrow();
  });
});
