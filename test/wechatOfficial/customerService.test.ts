// A certified Official Account (WECHAT_OA_APPSECRET): the rest of a long answer goes as customer-service messages
// through a loopback stand-in of WeChat's API (WECHAT_API_BASE); the access token is fetched once, reused, and
// fetched again when WeChat says it expired. The privacy page is served too.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { messageXml, plainQuery, readReply } from '../helpers/wechatServerSide';
import { startServer, type StartedServer } from '../helpers/startServer';

const TOKEN = 'csToken';
const APPID = 'wxcertified0001';
const SECRET = 'app-secret-1';

interface Api { url: string; tokenRequests: URLSearchParams[]; sent: { token: string; body: { touser: string; msgtype: string; text: { content: string } } }[]; expire(): void; close(): Promise<void> }

/** WeChat's API as far as the bot uses it: /cgi-bin/token and /cgi-bin/message/custom/send. */
async function wechatApi(): Promise<Api> {
  const tokenRequests: URLSearchParams[] = [];
  const sent: Api['sent'] = [];
  let current = 'TOKEN-1';
  let n = 1;
  const valid = new Set([current]);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const json = (o: unknown) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(JSON.stringify(o)); };
    if (url.pathname === '/cgi-bin/token') {
      tokenRequests.push(url.searchParams);
      if (url.searchParams.get('appid') !== APPID || url.searchParams.get('secret') !== SECRET) { json({ errcode: 40125, errmsg: 'invalid appsecret' }); return; }
      json({ access_token: current, expires_in: 7200 });
      return;
    }
    if (url.pathname === '/cgi-bin/message/custom/send' && req.method === 'POST') {
      let raw = '';
      req.on('data', (c: Buffer) => { raw += c.toString(); });
      req.on('end', () => {
        const token = url.searchParams.get('access_token') ?? '';
        if (!valid.has(token)) { json({ errcode: 42001, errmsg: 'access_token expired' }); return; }
        sent.push({ token, body: JSON.parse(raw) as Api['sent'][number]['body'] });
        json({ errcode: 0, errmsg: 'ok' });
      });
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    tokenRequests,
    sent,
    expire() { valid.clear(); current = `TOKEN-${++n}`; valid.add(current); },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

let api: Api;
let srv: StartedServer;
let id = 1;

beforeAll(async () => {
  api = await wechatApi();
  srv = await startServer({ env: { WECHAT_OA_TOKEN: TOKEN, WECHAT_OA_APPID: APPID, WECHAT_OA_APPSECRET: SECRET, WECHAT_API_BASE: api.url, PRIVACY_ORG: '某市总工会', PRIVACY_CONTACT: '职工服务热线 12351' } });
});
afterAll(async () => { await srv.stop(); await api.close(); });

async function say(from: string, content: string): Promise<string> {
  const body = messageXml({ ToUserName: 'gh_cert', FromUserName: from, CreateTime: 1, MsgType: 'text', Content: content, MsgId: id++ });
  const res = await fetch(`${srv.url}/wechat/official?${plainQuery(TOKEN)}`, { method: 'POST', body });
  expect(res.status).toBe(200);
  return readReply(await res.text()).content!;
}

async function webSay(text: string): Promise<string> {
  const res = await fetch(`${srv.url}/api/messages`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'message', channelId: 'webchat', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies', from: { id: 'w' }, recipient: { id: 'bot' }, conversation: { id: 'cw' }, text }),
  });
  return ((await res.json()) as { activities: { text: string }[] }).activities.map((a) => a.text).join('\n');
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 600 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
  expect(check()).toBe(true);
}

it('sends the rest of a long answer as customer-service messages, the token fetched once and again on expiry', async () => {
  const steps = ['你好', '四川', '技师', '2021年6月', '没有', '没有', '都合格'];
  for (const m of steps) { await say('o-cert', m); await webSay(m); }
  const head = await say('o-cert', '原文');
  const whole = await webSay('原文');
  expect(Buffer.byteLength(head)).toBeLessThanOrEqual(2048);
  expect(head).toContain('接着分几条');
  await until(() => api.sent.length > 0 && api.sent.map((s) => s.body.text.content).join('\n').includes(whole.trim().split('\n').at(-1)!));
  for (const s of api.sent) {
    expect(s.body).toMatchObject({ touser: 'o-cert', msgtype: 'text' });
    expect(Buffer.byteLength(s.body.text.content)).toBeLessThanOrEqual(2048);
  }
  // Every line of the whole answer reaches the follower, in the reply or the messages after it.
  const received = [head, ...api.sent.map((s) => s.body.text.content)].join('\n');
  for (const line of whole.split('\n').filter((l) => l.trim())) expect(received).toContain(line.trim());
  expect(api.tokenRequests).toHaveLength(1);

  // A second long answer reuses the token; after WeChat expires it, one new token is fetched.
  const sentBefore = api.sent.length;
  await say('o-cert', '原文');
  await until(() => api.sent.length > sentBefore);
  expect(api.tokenRequests).toHaveLength(1);
  api.expire();
  const sentExpired = api.sent.length;
  await say('o-cert', '原文');
  await until(() => api.sent.length > sentExpired);
  expect(api.tokenRequests).toHaveLength(2);
  expect(api.sent.at(-1)!.token).toBe('TOKEN-2');
});

it('serves the privacy page with the organisation, the contact and the retention from the configuration', async () => {
  const zh = await fetch(`${srv.url}/privacy`, { headers: { 'accept-language': 'zh-CN' } });
  expect(zh.status).toBe(200);
  expect(zh.headers.get('content-type')).toContain('text/html');
  const page = await zh.text();
  for (const s of ['某市总工会', '职工服务热线 12351', '30天', '删除我的数据', '不保存姓名']) expect(page).toContain(s);
  expect(await (await fetch(`${srv.url}/privacy`)).text()).toContain('隐私说明'); // Chinese unless English is asked for
  const en = await (await fetch(`${srv.url}/privacy?locale=en`)).text();
  expect(en).toContain('30 days');
  expect(en).toContain('某市总工会');
});
