// WeChat private and group conversations through wechaty-puppet-mock, with the real ConversationService and store.
import { Writable } from 'node:stream';
import { types, WechatyBuilder, type Wechaty } from 'wechaty';
import { mock, PuppetMock } from 'wechaty-puppet-mock';
import { qrcodeUrl, startWechat, WECHAT_MAX_CHARS, type WechatHandle } from '../../src/bot/wechat';
import { ConversationService } from '../../src/conversation/conversationService';
import type { DialogTurn } from '../../src/conversation/types';
import { t } from '../../src/i18n';
import { type StateStore } from '../../src/store';
import { realDialog } from '../helpers/startServer';
import { TOY_VERSION, toyDialog } from '../helpers/toyDialog';
import { disposeTempStore, tempSqliteStore } from '../helpers/tempStore';

type Mocker = InstanceType<typeof mock.Mocker>;
type ContactMock = ReturnType<Mocker['createContact']>;
type RoomMock = ReturnType<Mocker['createRoom']>;

let dir: string;
let store: StateStore;
let bot: Wechaty;
let handle: WechatHandle;
let mocker: Mocker;
let botContact: ContactMock;
/** Who sent the message being waited for → resolve when the bot has handled it. */
const waiting = new Map<string, () => void>();

async function setUp(dialog: DialogTurn = toyDialog, dialogVersion = TOY_VERSION) {
  ({ dir, store } = tempSqliteStore('guantong-wechat-'));
  const service = new ConversationService({ store, dialog, dialogVersion });
  mocker = new mock.Mocker();
  bot = WechatyBuilder.build({ puppet: new PuppetMock({ mocker }) });
  handle = await startWechat(bot, service, {
    qrOut: null,
    sendPerSecond: 10_000,
    onHandled: (m) => {
      const w = waiting.get(m.talker().id);
      if (w) { waiting.delete(m.talker().id); w(); }
    },
  });
  botContact = mocker.createContact({ name: 'Bot' });
  mocker.login(botContact);
}

afterEach(async () => {
  await handle.stop();
  await disposeTempStore(store, dir);
});

/** Collects what the bot says in one conversation. */
function listen(target: ContactMock | RoomMock): string[] {
  const said: string[] = [];
  (target as unknown as { on(e: 'message', f: (m: { payload: { text?: string; talkerId?: string } }) => void): void })
    .on('message', (m) => { if (m.payload.talkerId === botContact.id) said.push(m.payload.text ?? ''); });
  return said;
}

/** Sends one message from `from` and waits until the bot has answered it (or decided not to answer). */
async function turn(from: ContactMock, send: () => void, said: string[]): Promise<string[]> {
  const before = said.length;
  const handled = new Promise<void>((resolve) => waiting.set(from.id, resolve));
  send();
  await handled;
  // The mock turns each reply into a message event of its own; let those land.
  await new Promise((r) => setImmediate(r));
  return said.slice(before);
}

describe('WeChat', () => {
  it('runs the full interview in a private chat, choices numbered, "2" picking the second', async () => {
    await setUp();
    const alice = mocker.createContact({ name: 'Alice' });
    const said = listen(alice);
    const r1 = await turn(alice, () => alice.say('你好').to(botContact), said);
    expect(r1).toEqual(['您在哪个地区申报？\n1. 重庆\n2. 四川']);
    const r2 = await turn(alice, () => alice.say('2').to(botContact), said);
    expect(r2).toEqual(['好的，四川。您累计工作了几年？']);
    const r3 = await turn(alice, () => alice.say('11').to(botContact), said);
    expect(r3).toHaveLength(1);
    expect(r3[0]).toContain('结果');
    expect(r3[0].startsWith('@')).toBe(false);
  });

  it('in a room answers only @-mentions and quote-replies to its messages, @-mentions the asker, offers private chat once', async () => {
    await setUp();
    const alice = mocker.createContact({ name: 'Alice' });
    const carol = mocker.createContact({ name: 'Carol' });
    const room = mocker.createRoom({ topic: '焊工群', memberIdList: [alice.id, carol.id, botContact.id] });
    const said = listen(room);

    expect(await turn(alice, () => alice.say('大家好').to(room), said)).toEqual([]);
    const r1 = await turn(alice, () => alice.say('@Bot 你好', [botContact]).to(room), said);
    expect(r1).toHaveLength(1);
    expect(r1[0].startsWith('@Alice ')).toBe(true);
    expect(r1[0]).toContain('1. 重庆\n2. 四川');
    expect(r1[0]).not.toContain(t('zh-CN', 'bot:wechat.privateOffer'));

    // Mid-interview, an ordinary message is not for the bot ("好的，没有问题" to a colleague).
    expect(await turn(alice, () => alice.say('好的，没有问题').to(room), said)).toEqual([]);
    // A quote-reply to the bot's question is. The next question asks about her, so the private offer comes once.
    const r2 = await turn(alice, () => alice.say(`「Bot：${r1[0].slice(0, 20)}」\n- - - - - - - - - - - - - - -\n1`).to(room), said);
    expect(r2).toHaveLength(1);
    expect(r2[0].startsWith('@Alice 好的，重庆。')).toBe(true);
    expect(r2[0]).toContain(t('zh-CN', 'bot:wechat.privateOffer'));

    // Carol is not in an interview: ignored without a mention.
    expect(await turn(carol, () => carol.say('8').to(room), said)).toEqual([]);

    const r3 = await turn(alice, () => alice.say('@Bot abc', [botContact]).to(room), said);
    expect(r3).toEqual([`@Alice 请告诉我年数，例如 8。`]);
    expect(r3[0]).not.toContain(t('zh-CN', 'bot:wechat.privateOffer'));

    // A quote of someone else's message is not for the bot.
    expect(await turn(alice, () => alice.say('「Carol：几年？」\n- - - - - - - - - - - - - - -\n20').to(room), said)).toEqual([]);
    const r4 = await turn(alice, () => alice.say('@Bot 20', [botContact]).to(room), said);
    expect(r4[0].startsWith('@Alice ')).toBe(true);
    expect(r4[0]).toContain('结果');

    // The interview is over: plain chatter is ignored again.
    expect(await turn(alice, () => alice.say('谢谢').to(room), said)).toEqual([]);
  });

  it('keeps separate interviews for two people interleaving in one room', async () => {
    await setUp();
    const alice = mocker.createContact({ name: 'Alice' });
    const bob = mocker.createContact({ name: 'Bob' });
    const room = mocker.createRoom({ topic: '电工群', memberIdList: [alice.id, bob.id, botContact.id] });
    const said = listen(room);

    const a1 = await turn(alice, () => alice.say('@Bot 你好', [botContact]).to(room), said);
    expect(a1[0]).toMatch(/^@Alice 您在哪个地区申报？/);
    const b1 = await turn(bob, () => bob.say('@Bot 四川', [botContact]).to(room), said);
    expect(b1[0]).toMatch(/^@Bob 好的，四川。/);
    const a2 = await turn(alice, () => alice.say('@Bot 1', [botContact]).to(room), said);
    expect(a2[0]).toMatch(/^@Alice 好的，重庆。/);
    const b2 = await turn(bob, () => bob.say('@Bot 6', [botContact]).to(room), said);
    expect(b2[0]).toMatch(/^@Bob \*\*结果\*\*：工作 6 年/);
    const a2b = await turn(alice, () => alice.say('@Bot 13', [botContact]).to(room), said);
    expect(a2b[0]).toMatch(/^@Alice \*\*结果\*\*：工作 13 年/);
  });

  it('splits a long answer on line breaks into parts of at most 1500 characters', async () => {
    const line = '第'.repeat(99);
    const long: DialogTurn = (_state, input) => ({
      replies: [{ text: Array.from({ length: 40 }, (_, i) => `${i}${line}`).join('\n'), requestedSlot: null }],
      requestedSlot: null, effects: [], state: { version: TOY_VERSION, snapshot: {} }, locale: input.locale ?? 'zh-CN',
    });
    await setUp(long);
    const alice = mocker.createContact({ name: 'Alice' });
    const room = mocker.createRoom({ topic: '长消息', memberIdList: [alice.id, botContact.id] });
    const said = listen(room);
    const parts = await turn(alice, () => alice.say('@Bot 全部结果', [botContact]).to(room), said);
    expect(parts.length).toBeGreaterThan(2);
    for (const p of parts) {
      expect(p.startsWith('@Alice ')).toBe(true);
      expect(Array.from(p).length).toBeLessThanOrEqual(WECHAT_MAX_CHARS);
    }
    const joined = parts.map((p) => p.slice('@Alice '.length)).join('\n');
    expect(joined.split('\n')).toHaveLength(40);
    expect(joined.split('\n')[39]).toBe(`39${line}`);
  });

  it('apologises and keeps answering when a turn fails', async () => {
    await setUp();
    const alice = mocker.createContact({ name: 'Alice' });
    const said = listen(alice);
    expect(await turn(alice, () => alice.say('boom').to(botContact), said)).toEqual([t('zh-CN', 'bot:errors.internal')]);
    expect(await turn(alice, () => alice.say('你好').to(botContact), said)).toEqual(['您在哪个地区申报？\n1. 重庆\n2. 四川']);
  });
});

describe('WeChat login', () => {
  it('prints the QR code URL and an ASCII QR code on scan', async () => {
    ({ dir, store } = tempSqliteStore('guantong-wechat-'));
    let printed = '';
    let wrote!: () => void;
    const written = new Promise<void>((resolve) => { wrote = resolve; });
    const out = new Writable({ write(chunk, _enc, cb) { printed += chunk.toString(); cb(); wrote(); } });
    mocker = new mock.Mocker();
    bot = WechatyBuilder.build({ puppet: new PuppetMock({ mocker }) });
    handle = await startWechat(bot, new ConversationService({ store, dialog: toyDialog, dialogVersion: TOY_VERSION }), { qrOut: out });
    const qrcode = 'https://login.weixin.qq.com/l/guantong-test';
    // The puppet reports a login QR code as a real one does; wechaty passes it on as its 'scan' event.
    bot.puppet.emit('scan', { qrcode, status: types.ScanStatus.Waiting });
    // The handler renders the QR code asynchronously and prints it in one write.
    await written;
    expect(printed).toContain(qrcodeUrl(qrcode));
    expect(qrcodeUrl(qrcode)).toBe(`https://wechaty.js.org/qrcode/${encodeURIComponent(qrcode)}`);
    expect(printed).toMatch(/[█▀▄]/);
  });
});

describe('WeChat with the real interview', () => {
  it('runs a private interview to the result, numbers picking choices', async () => {
    const { dialogTurn, DIALOG_VERSION } = await realDialog();
    await setUp(dialogTurn, DIALOG_VERSION);
    const alice = mocker.createContact({ name: 'Alice' });
    const said = listen(alice);
    const hello = await turn(alice, () => alice.say('你好').to(botContact), said);
    expect(hello).toHaveLength(2);
    expect(hello[1]).toMatch(/\n1\. 重庆\n2\. 四川/);
    expect((await turn(alice, () => alice.say('1').to(botContact), said))[0]).toMatch(/\n2\. 技师（二级）/);
    expect((await turn(alice, () => alice.say('2').to(botContact), said))[0]).toContain('技师（二级）证书是哪年哪月拿到的');
    await turn(alice, () => alice.say('2021年6月').to(botContact), said);
    await turn(alice, () => alice.say('没有').to(botContact), said);
    await turn(alice, () => alice.say('没有').to(botContact), said);
    const answer = (await turn(alice, () => alice.say('都合格').to(botContact), said)).join('\n');
    expect(answer).toContain('渝人社发〔2020〕32号');
    expect(answer).not.toContain(t('zh-CN', 'bot:wechat.privateOffer'));
  });

  it('keeps two people\'s interviews apart in one room, each reply @-mentioning its asker', async () => {
    const { dialogTurn, DIALOG_VERSION } = await realDialog();
    await setUp(dialogTurn, DIALOG_VERSION);
    const alice = mocker.createContact({ name: 'Alice' });
    const bob = mocker.createContact({ name: 'Bob' });
    const room = mocker.createRoom({ topic: '技能人才群', memberIdList: [alice.id, bob.id, botContact.id] });
    const said = listen(room);

    const a1 = await turn(alice, () => alice.say('@Bot 你好', [botContact]).to(room), said);
    expect(a1.every((m) => m.startsWith('@Alice '))).toBe(true);
    const b1 = await turn(bob, () => bob.say('@Bot 我在四川', [botContact]).to(room), said);
    expect(b1.every((m) => m.startsWith('@Bob '))).toBe(true);
    expect(b1.join('\n')).toContain('技能证书');
    // Bob was asked about his certificates: the private-chat offer comes once.
    expect(b1.join('\n')).toContain(t('zh-CN', 'bot:wechat.privateOffer'));

    const a2 = await turn(alice, () => alice.say('「Bot：您在哪个省市工作？」\n- - - - - - - - - - - - - - -\n1').to(room), said); // 重庆, as a quote-reply
    expect(a2[0]).toMatch(/^@Alice 您有哪一级技能证书/);
    const b2 = await turn(bob, () => bob.say('@Bot 高级技师', [botContact]).to(room), said);
    expect(b2[0]).toMatch(/^@Bob 高级技师（一级）证书是哪年哪月拿到的/);
    expect(b2.join('\n')).not.toContain(t('zh-CN', 'bot:wechat.privateOffer'));
    const a3 = await turn(alice, () => alice.say('@Bot 技师', [botContact]).to(room), said);
    expect(a3[0]).toMatch(/^@Alice 技师（二级）证书是哪年哪月拿到的/);
  });
});
