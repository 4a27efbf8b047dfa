// The WeCom callback over real HTTP, as WeCom's servers call it: the documentation's published URL-verification
// vector, encrypted messages in and sealed replies out, one interview per employee, the same answer as the web
// chat, and bad signatures, XXE and broken bodies refused before any turn.
import { decrypt, getSignature } from '@wecom/crypto';
import { msgSignature, openEncrypted } from '../../src/bot/wechatOfficial';
import type { DialogTurn } from '../../src/conversation/types';
import { messageXml, openSealed, readReply, sha1, wecomRequest, wxEncrypt, wxTimestamp } from '../helpers/wechatServerSide';
import { realDialog, startServer, type StartedServer } from '../helpers/startServer';

// WeCom's documentation (加解密方案说明), checked in ../shared/docs/notes.md.
const DOC = {
  token: 'QDG6eK',
  aesKey: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C',
  corpId: 'wx5823bf96d3bd56c7',
  timestamp: '1409659589',
  nonce: '263014780',
  echostr: 'P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==',
  signature: '5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3',
  message: '1616140317555161061',
};

let srv: StartedServer;
let turns = 0;
let msgId = 5000;

beforeAll(async () => {
  const real = await realDialog();
  const dialog: DialogTurn = (s, i) => { turns++; return real.dialogTurn(s, i); };
  srv = await startServer({ env: { WECOM_TOKEN: DOC.token, WECOM_AES_KEY: DOC.aesKey, WECOM_CORP_ID: DOC.corpId }, dialog, dialogVersion: real.DIALOG_VERSION });
});
afterAll(() => srv.stop());

describe('the published test vector', () => {
  it('signs and decrypts as the documentation says, in @wecom/crypto and in our wrapper', () => {
    expect(getSignature(DOC.token, DOC.timestamp, DOC.nonce, DOC.echostr)).toBe(DOC.signature);
    expect(sha1(DOC.token, DOC.timestamp, DOC.nonce, DOC.echostr)).toBe(DOC.signature);
    expect(msgSignature(DOC.token, DOC.timestamp, DOC.nonce, DOC.echostr)).toBe(DOC.signature);
    expect(decrypt(DOC.aesKey, DOC.echostr)).toMatchObject({ message: DOC.message, id: DOC.corpId });
    expect(openEncrypted({ token: DOC.token, aesKey: DOC.aesKey, receiveId: DOC.corpId }, DOC.echostr)).toBe(DOC.message);
    expect(openEncrypted({ token: DOC.token, aesKey: DOC.aesKey, receiveId: 'another-corp' }, DOC.echostr)).toBeUndefined();
  });

  it('answers the URL verification of the vector over HTTP with the decrypted echostr', async () => {
    const q = new URLSearchParams({ msg_signature: DOC.signature, timestamp: DOC.timestamp, nonce: DOC.nonce, echostr: DOC.echostr });
    const res = await fetch(`${srv.url}/wecom/callback?${q}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(DOC.message);
  });

  it('accepts the vector with its echostr as WeCom encodes it in the URL, and with a raw "+" too', async () => {
    const encoded = `msg_signature=${DOC.signature}&timestamp=${DOC.timestamp}&nonce=${DOC.nonce}&echostr=${encodeURIComponent(DOC.echostr)}`;
    expect(await (await fetch(`${srv.url}/wecom/callback?${encoded}`)).text()).toBe(DOC.message);
    const raw = `msg_signature=${DOC.signature}&timestamp=${DOC.timestamp}&nonce=${DOC.nonce}&echostr=${DOC.echostr.replace(/=/g, '%3D')}`;
    expect(raw).toContain('+');
    expect(await (await fetch(`${srv.url}/wecom/callback?${raw}`)).text()).toBe(DOC.message);
  });

  it.each([
    ['a changed nonce', { nonce: '263014781' }],
    ['another signature', { msg_signature: '0'.repeat(40) }],
    ['no signature', { msg_signature: '' }],
  ])('refuses the verification with %s (401)', async (_n, change) => {
    const q = new URLSearchParams({ msg_signature: DOC.signature, timestamp: DOC.timestamp, nonce: DOC.nonce, echostr: DOC.echostr, ...change });
    const res = await fetch(`${srv.url}/wecom/callback?${q}`);
    expect(res.status).toBe(401);
    expect(await res.text()).not.toContain(DOC.message);
  });
});

async function send(inner: string): Promise<{ status: number; body: string }> {
  const req = wecomRequest(DOC.token, DOC.aesKey, DOC.corpId, inner);
  const res = await fetch(`${srv.url}/wecom/callback?${req.query}`, { method: 'POST', body: req.body });
  return { status: res.status, body: await res.text() };
}

const textMsg = (from: string, content: string, id = ++msgId) =>
  messageXml({ ToUserName: DOC.corpId, FromUserName: from, CreateTime: Math.floor(Date.now() / 1000), MsgType: 'text', Content: content, MsgId: id, AgentID: 1000002 });

async function say(from: string, content: string, id?: number): Promise<string> {
  const r = await send(textMsg(from, content, id));
  expect(r.status).toBe(200);
  const reply = readReply(openSealed(r.body, DOC.token, DOC.aesKey, DOC.corpId));
  expect(reply).toMatchObject({ to: from, from: DOC.corpId, type: 'text' });
  return reply.content!;
}

/** The same words through the web chat's endpoint, for comparison. */
async function webSay(user: string, text: string): Promise<string> {
  const res = await fetch(`${srv.url}/api/messages`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'message', channelId: 'webchat', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies', from: { id: user }, recipient: { id: 'bot' }, conversation: { id: `c-${user}` }, text }),
  });
  const { activities } = (await res.json()) as { activities: { text: string }[] };
  return activities.map((a) => a.text).join('\n');
}

describe('messages', () => {
  it('interviews each employee to the same answer as the web chat gives, privacy notice first', async () => {
    const steps = ['你好', '重庆', '技师', '2021年6月', '没有', '没有', '都合格'];
    let last = '';
    let lastWeb = '';
    for (const [i, m] of steps.entries()) {
      last = await say('zhangsan', m);
      lastWeb = await webSay('web-worker', m);
      if (i === 0) expect(last).toContain('删除我的数据');
    }
    expect(last).toContain('中级');
    // The web chat's answer, line by line, is in the WeCom reply (WeCom numbers choices instead of buttons).
    for (const line of lastWeb.split('\n').filter((l) => l.trim())) expect(last).toContain(line);
    // Another employee starts from the beginning.
    expect(await say('lisi', '技师')).toContain('删除我的数据');
  });

  it('answers a redelivery (same MsgId) with the same reply and runs no second turn', async () => {
    const id = ++msgId;
    const first = await say('wangwu', '你好', id);
    const before = turns;
    expect(await say('wangwu', '你好', id)).toBe(first);
    expect(turns).toBe(before);
  });

  it('welcomes an employee entering the app (enter_agent) and says nothing for other events', async () => {
    const ev = (event: string) => messageXml({ ToUserName: DOC.corpId, FromUserName: 'zhaoliu', CreateTime: 1, MsgType: 'event', Event: event, AgentID: 1 });
    const r = await send(ev('enter_agent'));
    expect(readReply(openSealed(r.body, DOC.token, DOC.aesKey, DOC.corpId)).content).toContain('贯通助手');
    expect(await send(ev('LOCATION'))).toEqual({ status: 200, body: '' });
  });
});

describe('refused before any turn', () => {
  it.each([
    ['a wrong msg_signature', (q: string, b: string) => [q.replace(/msg_signature=[0-9a-f]+/, `msg_signature=${'f'.repeat(40)}`), b], 401],
    ['a body changed after signing', (q: string, b: string) => [q, b.replace(/<Encrypt><!\[CDATA\[(.)/, (_m, c: string) => `<Encrypt><![CDATA[${c === 'A' ? 'B' : 'A'}`)], 401],
    ['no Encrypt', (q: string) => [q, '<xml><ToUserName>x</ToUserName></xml>'], 400],
    ['no signature at all', (_q: string, b: string) => ['timestamp=1&nonce=1', b], 401],
  ] as const)('%s', async (_n, change, status) => {
    const before = turns;
    const req = wecomRequest(DOC.token, DOC.aesKey, DOC.corpId, textMsg('x', '你好'));
    const [q, b] = change(req.query, req.body!);
    const res = await fetch(`${srv.url}/wecom/callback?${q}`, { method: 'POST', body: b });
    expect(res.status).toBe(status);
    expect(turns).toBe(before);
  });

  it.each([
    ['an external entity (XXE)', '<!DOCTYPE xml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xml><FromUserName>u</FromUserName><MsgType>text</MsgType><Content>&xxe;</Content></xml>'],
    ['broken XML', '<xml><FromUserName>u</FromUserName><MsgType>text</MsgType>'],
    ['a message without a sender', '<xml><MsgType>text</MsgType><Content>hi</Content></xml>'],
  ])('answers an encrypted, signed body holding %s with 400', async (_n, inner) => {
    const before = turns;
    const r = await send(inner);
    expect(r.status).toBe(400);
    expect(turns).toBe(before);
  });

  it('refuses a message encrypted for another CorpID with 400', async () => {
    const encrypt = wxEncrypt(DOC.aesKey, textMsg('u', '你好'), 'another-corp');
    const ts = wxTimestamp();
    const q = new URLSearchParams({ msg_signature: sha1(DOC.token, ts, '2', encrypt), timestamp: ts, nonce: '2' });
    const res = await fetch(`${srv.url}/wecom/callback?${q}`, { method: 'POST', body: `<xml><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>` });
    expect(res.status).toBe(400);
  });
});
