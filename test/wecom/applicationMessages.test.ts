// A WeCom app with its Secret and AgentId: the rest of a long answer goes as application messages (应用消息)
// through a loopback stand-in of qyapi (WECOM_API_BASE), after the sealed passive reply with the head.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { messageXml, openSealed, readReply, wecomRequest } from '../helpers/wechatServerSide';
import { startServer, type StartedServer } from '../helpers/startServer';

const TOKEN = 'wecomTok';
const KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const CORP = 'ww-app-1';
const SECRET = 'app-secret';

type Sent = { touser: string; msgtype: string; agentid: number; text: { content: string } };
let api: { url: string; tokens: URLSearchParams[]; sent: Sent[]; close(): Promise<void> };
let srv: StartedServer;
let id = 1;

beforeAll(async () => {
  const tokens: URLSearchParams[] = [];
  const sent: Sent[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const json = (o: unknown) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(JSON.stringify(o)); };
    if (url.pathname === '/cgi-bin/gettoken') {
      tokens.push(url.searchParams);
      json(url.searchParams.get('corpid') === CORP && url.searchParams.get('corpsecret') === SECRET ? { errcode: 0, access_token: 'WT-1', expires_in: 7200 } : { errcode: 40001 });
      return;
    }
    if (url.pathname === '/cgi-bin/message/send' && url.searchParams.get('access_token') === 'WT-1') {
      let raw = '';
      req.on('data', (c: Buffer) => { raw += c.toString(); });
      req.on('end', () => { sent.push(JSON.parse(raw) as Sent); json({ errcode: 0, errmsg: 'ok' }); });
      return;
    }
    json({ errcode: 40014, errmsg: 'invalid access_token' });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  api = { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, tokens, sent, close: () => new Promise<void>((r) => server.close(() => r())) };
  srv = await startServer({ env: { WECOM_TOKEN: TOKEN, WECOM_AES_KEY: KEY, WECOM_CORP_ID: CORP, WECOM_SECRET: SECRET, WECOM_AGENT_ID: '1000002', WECOM_API_BASE: api.url } });
});
afterAll(async () => { await srv.stop(); await api.close(); });

async function say(content: string): Promise<string> {
  const req = wecomRequest(TOKEN, KEY, CORP, messageXml({ ToUserName: CORP, FromUserName: 'emp-long', CreateTime: 1, MsgType: 'text', Content: content, MsgId: id++, AgentID: 1000002 }));
  const res = await fetch(`${srv.url}/wecom/callback?${req.query}`, { method: 'POST', body: req.body });
  expect(res.status).toBe(200);
  return readReply(openSealed(await res.text(), TOKEN, KEY, CORP)).content!;
}

async function webSay(text: string): Promise<string> {
  const res = await fetch(`${srv.url}/api/messages`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'message', channelId: 'webchat', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies', from: { id: 'w' }, recipient: { id: 'bot' }, conversation: { id: 'cw' }, text }),
  });
  return ((await res.json()) as { activities: { text: string }[] }).activities.map((a) => a.text).join('\n');
}

it('sends the head in the passive reply and the rest as application messages of the app', async () => {
  for (const m of ['你好', '四川', '技师', '2021年6月', '没有', '没有', '都合格']) { await say(m); await webSay(m); }
  const head = await say('原文');
  const whole = await webSay('原文');
  const lastLine = whole.trim().split('\n').at(-1)!.trim();
  expect(Buffer.byteLength(head)).toBeLessThanOrEqual(2048);
  expect(head).toContain('接着分几条');
  const got = () => api.sent.map((x) => x.text.content).join('\n');
  for (let i = 0; i < 600 && !got().includes(lastLine); i++) await new Promise((r) => setTimeout(r, 25));
  expect(got()).toContain(lastLine);
  for (const s of api.sent) expect(s).toMatchObject({ touser: 'emp-long', msgtype: 'text', agentid: 1000002 });
  expect(api.tokens).toHaveLength(1);
  // Nothing of the answer is lost: every line of the web chat's answer is in the reply or the messages after it.
  const received = [head, ...api.sent.map((x) => x.text.content)].join('\n');
  for (const line of whole.split('\n').filter((l) => l.trim())) expect(received).toContain(line.trim());
});
