// The Official Account callback over real HTTP, as WeChat's servers call it: URL verification, plaintext and safe
// mode, redeliveries (same MsgId) across a restart, events, voice, images, bad signatures, XXE, malformed XML.
import path from 'node:path';
import type { DialogTurn } from '../../src/conversation/types';
import { messageXml, openSealed, plainQuery, readReply, safeModeRequest, sha1 } from '../helpers/wechatServerSide';
import { realDialog, startServer, type StartedServer } from '../helpers/startServer';

const TOKEN = 'oaToken123';
const AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const APPID = 'wx1234567890abcdef';
const ENV = { WECHAT_OA_TOKEN: TOKEN, WECHAT_OA_AES_KEY: AES_KEY, WECHAT_OA_APPID: APPID, PUBLIC_URL: 'https://gt.example.cn', STATE_TTL_DAYS: '30' };

let srv: StartedServer;
let turns = 0;
let dialog: DialogTurn;
let version = 0;
let msgId = 1000;
const nextId = () => ++msgId;

beforeAll(async () => {
  const real = await realDialog();
  version = real.DIALOG_VERSION;
  dialog = (s, i) => { turns++; return real.dialogTurn(s, i); };
  srv = await startServer({ env: ENV, dialog, dialogVersion: real.DIALOG_VERSION });
});
afterAll(() => srv.stop());

const text = (from: string, content: string, id = nextId()) => messageXml({ ToUserName: 'gh_test', FromUserName: from, CreateTime: Math.floor(Date.now() / 1000), MsgType: 'text', Content: content, MsgId: id });

async function post(query: string, body: string, base = srv.url): Promise<{ status: number; body: string }> {
  const res = await fetch(`${base}/wechat/official?${query}`, { method: 'POST', headers: { 'content-type': 'text/xml' }, body });
  return { status: res.status, body: await res.text() };
}

/** A plaintext-mode message; the reply's text. */
async function say(from: string, content: string, id?: number): Promise<string> {
  const r = await post(plainQuery(TOKEN), text(from, content, id));
  expect(r.status).toBe(200);
  const reply = readReply(r.body);
  expect(reply).toMatchObject({ to: from, from: 'gh_test', type: 'text' });
  return reply.content!;
}

describe('URL verification (GET)', () => {
  it('echoes echostr when the signature is sha1(sort(token, timestamp, nonce))', async () => {
    const res = await fetch(`${srv.url}/wechat/official?${plainQuery(TOKEN, { echostr: 'echo-4711' })}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('echo-4711');
  });
  it.each([
    ['a wrong token', () => plainQuery('other', { echostr: 'x' })],
    ['no signature', () => 'timestamp=1&nonce=2&echostr=x'],
    ['a signature of other values', () => `signature=${sha1(TOKEN, '1', '2')}&timestamp=1&nonce=3&echostr=x`],
  ])('refuses %s with 401', async (_name, q) => {
    const res = await fetch(`${srv.url}/wechat/official?${q()}`);
    expect(res.status).toBe(401);
    expect(await res.text()).not.toContain('x');
  });
});

describe('messages in plaintext mode', () => {
  it('runs the interview per follower, with the privacy notice on the first reply only', async () => {
    const first = await say('o-alice', '你好');
    expect(first).toContain('贯通助手');
    expect(first).toContain('删除我的数据');
    expect(first).toContain('30天');
    expect(first).toContain('https://gt.example.cn/privacy');
    const second = await say('o-alice', '重庆');
    expect(second).not.toContain('https://gt.example.cn/privacy');
    expect(second).toMatch(/技能证书/);
    // Another follower has an interview of their own.
    expect(await say('o-bob', '技师')).toContain('删除我的数据');
  });

  it('answers a redelivery (same MsgId) with the same reply and no second turn, also after a restart', async () => {
    await say('o-carol', '你好');
    const id = nextId();
    const reply = await say('o-carol', '四川', id);
    const before = turns;
    expect(await say('o-carol', '四川', id)).toBe(reply);
    expect(turns).toBe(before);
    // Two deliveries at once: one turn.
    const id2 = nextId();
    const both = await Promise.all([say('o-carol', '技师', id2), say('o-carol', '技师', id2)]);
    expect(both[0]).toBe(both[1]);
    expect(turns).toBe(before + 1);

    // A new instance on the same state file knows the delivery.
    const again = await startServer({ env: { ...ENV, STATE_STORE: `sqlite:${path.join(srv.dir, 'state.db')}` }, dialog, dialogVersion: version });
    try {
      const r = await post(plainQuery(TOKEN), text('o-carol', '技师', id2), again.url);
      expect(readReply(r.body).content).toBe(both[0]);
      expect(turns).toBe(before + 1);
    } finally {
      await again.stop();
    }
  });

  it('welcomes a new follower (subscribe) with the privacy notice, and says nothing on unsubscribe', async () => {
    const ev = (event: string) => messageXml({ ToUserName: 'gh_test', FromUserName: 'o-dan', CreateTime: Math.floor(Date.now() / 1000), MsgType: 'event', Event: event });
    const before = turns;
    const r = await post(plainQuery(TOKEN), ev('subscribe'));
    const welcome = readReply(r.body).content!;
    expect(welcome).toContain('感谢关注');
    expect(welcome).toContain('删除我的数据');
    const un = await post(plainQuery(TOKEN), ev('unsubscribe'));
    expect(un).toEqual({ status: 200, body: 'success' });
    expect(turns).toBe(before);
  });

  it('reads a menu CLICK as its key and a voice message by its Recognition text', async () => {
    const now = Math.floor(Date.now() / 1000);
    const help = await post(plainQuery(TOKEN), messageXml({ ToUserName: 'gh_test', FromUserName: 'o-erin', CreateTime: now, MsgType: 'event', Event: 'CLICK', EventKey: 'HELP' }));
    const helpText = readReply(help.body).content!;
    expect(helpText).toContain('重新开始'); // the dialog's help lists the commands
    const voice = await post(plainQuery(TOKEN), messageXml({ ToUserName: 'gh_test', FromUserName: 'o-erin', CreateTime: now, MsgType: 'voice', MediaId: 'm1', Format: 'amr', Recognition: '我在重庆', MsgId: nextId() }));
    expect(readReply(voice.body).content).toMatch(/技能证书/);
    const unclear = await post(plainQuery(TOKEN), messageXml({ ToUserName: 'gh_test', FromUserName: 'o-erin', CreateTime: now, MsgType: 'voice', MediaId: 'm2', Format: 'amr', Recognition: '', MsgId: nextId() }));
    expect(readReply(unclear.body).content).toContain('语音');
  });

  it.each(['image', 'video', 'location', 'link'])('answers a %s message with a polite text and no turn', async (type) => {
    const before = turns;
    const r = await post(plainQuery(TOKEN), messageXml({ ToUserName: 'gh_test', FromUserName: 'o-frank', CreateTime: 1, MsgType: type, MediaId: 'x', MsgId: nextId() }));
    expect(readReply(r.body).content).toContain('文字');
    expect(turns).toBe(before);
  });
});

describe('safe mode (encrypt_type=aes)', () => {
  it('decrypts the message and answers with an encrypted reply WeChat can verify', async () => {
    const req = safeModeRequest(TOKEN, AES_KEY, APPID, text('o-grace', '你好'));
    const r = await post(req.query, req.body!);
    expect(r.status).toBe(200);
    expect(r.body).not.toContain('贯通');
    const inner = openSealed(r.body, TOKEN, AES_KEY, APPID);
    expect(readReply(inner)).toMatchObject({ to: 'o-grace', type: 'text' });
    expect(readReply(inner).content).toContain('贯通助手');
  });

  it.each([
    ['a wrong msg_signature', (q: string) => q.replace(/msg_signature=[0-9a-f]+/, `msg_signature=${'0'.repeat(40)}`), (b: string) => b],
    ['a body changed after signing', (q: string) => q, (b: string) => b.replace(/<Encrypt><!\[CDATA\[(.)/, (_m, c: string) => `<Encrypt><![CDATA[${c === 'A' ? 'B' : 'A'}`)],
    ['a wrong signature', (q: string) => q.replace(/(^|&)signature=[0-9a-f]+/, `$1signature=${'1'.repeat(40)}`), (b: string) => b],
  ])('refuses %s with 401 and runs no turn', async (_n, q, b) => {
    const before = turns;
    const req = safeModeRequest(TOKEN, AES_KEY, APPID, text('o-heidi', '你好'));
    const r = await post(q(req.query), b(req.body!));
    expect(r.status).toBe(401);
    expect(turns).toBe(before);
  });

  it('refuses a message encrypted for another AppID with 400', async () => {
    const req = safeModeRequest(TOKEN, AES_KEY, 'wxOTHERAPP', text('o-ivan', '你好'));
    expect((await post(req.query, req.body!)).status).toBe(400);
  });
});

describe('hostile and broken bodies', () => {
  it.each([
    ['an external entity (XXE)', '<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xml><ToUserName>gh</ToUserName><FromUserName>o-x</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType><Content>&xxe;</Content><MsgId>1</MsgId></xml>'],
    ['an entity expansion (billion laughs)', '<!DOCTYPE xml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><xml><FromUserName>o-x</FromUserName><MsgType>text</MsgType><Content>&b;</Content></xml>'],
    ['unclosed tags', '<xml><FromUserName>o-x</FromUserName><MsgType>text'],
    ['not XML', 'hello'],
    ['XML of another shape', '<root><FromUserName>o-x</FromUserName></root>'],
  ])('answers %s with 400 and no turn', async (_n, body) => {
    const before = turns;
    const r = await post(plainQuery(TOKEN), body);
    expect(r.status).toBe(400);
    expect(r.body).not.toContain('root:');
    expect(turns).toBe(before);
  });

  it('refuses a body over the limit with 413', async () => {
    const r = await post(plainQuery(TOKEN), text('o-x', 'a'.repeat(70 * 1024)));
    expect(r.status).toBe(413);
  });

  it('checks the signature before reading the body: an unsigned XXE body gets 401', async () => {
    const r = await post('timestamp=1&nonce=2', '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xml/>');
    expect(r.status).toBe(401);
  });
});

describe('a long answer', () => {
  it('holds the head of the answer within 2048 bytes and a link to the web chat', async () => {
    const who = 'o-long';
    for (const m of ['你好', '四川', '技师', '2021年6月', '没有', '没有', '都合格']) await say(who, m);
    const quoted = await say(who, '原文');
    expect(Buffer.byteLength(quoted)).toBeLessThanOrEqual(2048);
    expect(quoted).toContain('https://gt.example.cn/');
    expect(quoted).toMatch(/川人社|四川/);
  });
});
