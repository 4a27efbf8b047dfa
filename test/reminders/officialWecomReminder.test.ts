// Reminders set through the Official Account (signed plaintext callbacks) and WeCom (encrypted callbacks), time
// driven by the app's injected clock: in its month the server's schedule sends each one, once, to a loopback
// stand-in of WeChat's / WeCom's API as a customer-service / application message to that person. Without the API
// configured, or when WeChat refuses the message (45015), it comes at the person's next message instead.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { conversationKey } from '../../src/store/keys';
import { hasReminders } from '../../src/store/reminderStore';
import { messageXml, openSealed, plainQuery, readReply, wecomRequest, wxTimestamp } from '../helpers/wechatServerSide';
import { startServer, type StartedServer } from '../helpers/startServer';

// 技师 since 2025-06 in Chongqing: 助理级 from 2027-06, 中级 from 2028-06 (3 years), asked in 2026-12.
const PROFILE = '我在重庆，2025年6月拿的技师证，没有职称，考核都合格，没获奖';
const SET = '好的，2027年6月提醒您申报助理级（助理工程师）；2028年6月提醒您申报中级（工程师）。';
const DUE = '⏰ 到时提醒：您在2026年12月让我到时提醒您申报助理级（助理工程师）。';

const OA_TOKEN = 'remOaToken';
const APPID = 'wxremind0001';
const APP_SECRET = 'oa-secret';
const WC_TOKEN = 'remWcToken';
const WC_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const CORP = 'ww-remind';
const WC_SECRET = 'wc-secret';
const AGENT = 1000002;

let clock = new Date('2026-12-10T04:00:00Z');
const setMonth = (ym: string) => { clock = new Date(`${ym}-15T04:00:00Z`); };
/** A little later in the same month (the visit check runs at most once per half hour per conversation). */
const later = () => { clock = new Date(clock.getTime() + 3600_000); };

type Sent = { path: string; touser: string; msgtype: string; agentid?: number; text: { content: string } };

/** WeChat's and WeCom's APIs as far as the bot uses them; `refuse` gets 45015 (not written within 48 hours). */
async function wechatApis(refuse = new Set<string>()) {
  const sent: Sent[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const json = (o: unknown) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(JSON.stringify(o)); };
    const q = url.searchParams;
    if (url.pathname === '/cgi-bin/token') {
      json(q.get('appid') === APPID && q.get('secret') === APP_SECRET ? { access_token: 'OA-1', expires_in: 7200 } : { errcode: 40125 });
      return;
    }
    if (url.pathname === '/cgi-bin/gettoken') {
      json(q.get('corpid') === CORP && q.get('corpsecret') === WC_SECRET ? { errcode: 0, access_token: 'WC-1', expires_in: 7200 } : { errcode: 40001 });
      return;
    }
    const ok = (url.pathname === '/cgi-bin/message/custom/send' && q.get('access_token') === 'OA-1')
      || (url.pathname === '/cgi-bin/message/send' && q.get('access_token') === 'WC-1');
    if (!ok || req.method !== 'POST') { json({ errcode: 40014, errmsg: 'invalid access_token' }); return; }
    let raw = '';
    req.on('data', (c: Buffer) => { raw += c.toString(); });
    req.on('end', () => {
      const body = JSON.parse(raw) as Omit<Sent, 'path'>;
      if (refuse.has(body.touser)) { json({ errcode: 45015, errmsg: 'response out of time limit or subscription is canceled' }); return; }
      sent.push({ path: url.pathname, ...body });
      json({ errcode: 0, errmsg: 'ok' });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sent,
    /** The reminders that reached `to` (the rest of long answers goes through the same API). */
    reminders: (to: string) => sent.filter((s) => s.touser === to && s.text.content.includes('⏰')),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

let msgId = 1;

/** A follower's text to the Official Account (plaintext mode, signed at the app's clock); the passive reply's content. */
async function oaSay(srv: StartedServer, from: string, content: string): Promise<string> {
  const body = messageXml({ ToUserName: 'gh_remind', FromUserName: from, CreateTime: 1, MsgType: 'text', Content: content, MsgId: msgId++ });
  const res = await fetch(`${srv.url}/wechat/official?${plainQuery(OA_TOKEN, {}, wxTimestamp(clock))}`, { method: 'POST', body });
  expect(res.status).toBe(200);
  return readReply(await res.text()).content ?? '';
}

/** An employee's text to the WeCom app (encrypted, signed at the app's clock); the opened passive reply's content. */
async function wcSay(srv: StartedServer, from: string, content: string): Promise<string> {
  const req = wecomRequest(WC_TOKEN, WC_KEY, CORP, messageXml({ ToUserName: CORP, FromUserName: from, CreateTime: 1, MsgType: 'text', Content: content, MsgId: msgId++, AgentID: AGENT }), undefined, wxTimestamp(clock));
  const res = await fetch(`${srv.url}/wecom/callback?${req.query}`, { method: 'POST', body: req.body });
  expect(res.status).toBe(200);
  return readReply(openSealed(await res.text(), WC_TOKEN, WC_KEY, CORP)).content ?? '';
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 600 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
  expect(check()).toBe(true);
}

const channels = [
  { name: 'Official Account', channel: 'wechat-official', say: oaSay, who: 'o-remind-1', path: '/cgi-bin/message/custom/send', address: { openId: 'o-remind-1' }, extra: {} },
  { name: 'WeCom', channel: 'wecom', say: wcSay, who: 'emp-remind-1', path: '/cgi-bin/message/send', address: { userId: 'emp-remind-1' }, extra: { agentid: AGENT } },
] as const;

const apiEnv = (apiUrl: string) => ({
  WECHAT_OA_TOKEN: OA_TOKEN, WECHAT_OA_APPID: APPID, WECHAT_OA_APPSECRET: APP_SECRET, WECHAT_API_BASE: apiUrl,
  WECOM_TOKEN: WC_TOKEN, WECOM_AES_KEY: WC_KEY, WECOM_CORP_ID: CORP, WECOM_SECRET: WC_SECRET, WECOM_AGENT_ID: String(AGENT), WECOM_API_BASE: apiUrl,
});

beforeEach(() => setMonth('2026-12'));

describe('with the customer-service / application message API configured, the schedule pushes it', () => {
  let api: Awaited<ReturnType<typeof wechatApis>>;
  let srv: StartedServer;
  beforeAll(async () => {
    api = await wechatApis();
    srv = await startServer({ clock: () => clock, env: { RATE_LIMIT_PER_MINUTE: '0', REMINDER_CHECK_MINUTES: '0.005', ...apiEnv(api.url) } });
  });
  afterAll(async () => { await srv.stop(); await api.close(); });

  it.each(channels)('$name: set by callback, sent in its month to that person, once', async (c) => {
    await c.say(srv, c.who, PROFILE);
    expect(await c.say(srv, c.who, '到时提醒我')).toContain(SET);
    // Stored with only the id the sender needs.
    const store = srv.app.store;
    if (!hasReminders(store)) throw new Error('the store keeps reminders');
    const stored = await store.remindersOf(conversationKey({ channel: c.channel, conversationId: c.who, userId: c.who }));
    expect(stored).toHaveLength(2);
    for (const r of stored) expect(r.address).toEqual(c.address);
    expect(srv.app.reminders!.pushes(c.channel)).toBe(true);

    setMonth('2027-05');
    await srv.app.reminders!.sendDue();
    expect(api.reminders(c.who)).toHaveLength(0);

    setMonth('2027-06');
    await until(() => api.reminders(c.who).length > 0);
    const [sent] = api.reminders(c.who);
    expect(sent).toMatchObject({ path: c.path, touser: c.who, msgtype: 'text', ...c.extra });
    expect(sent.text.content).toContain(DUE);
    expect(sent.text.content).toContain('按现行规定，现在可以申报了。依据：渝人社发〔2020〕32号');
    // Once: a further run finds nothing for this person, nor does the next message; June 2028's is kept.
    await srv.app.reminders!.sendDue('2027-06');
    later();
    const next = await c.say(srv, c.who, '我的提醒');
    expect(next).not.toContain('⏰');
    expect(next).not.toContain('2027年6月');
    expect(next).toContain('2028年6月');
    expect(api.reminders(c.who)).toHaveLength(1);
  });
});

describe('without the API configured, or refused by WeChat, it comes at the next message', () => {
  let api: Awaited<ReturnType<typeof wechatApis>>;
  let bare: StartedServer;
  let refusing: StartedServer;
  beforeAll(async () => {
    api = await wechatApis(new Set(['o-stale', 'emp-stale']));
    // Token and keys only: no AppSecret, no app Secret / AgentId.
    bare = await startServer({ clock: () => clock, env: { RATE_LIMIT_PER_MINUTE: '0', REMINDER_CHECK_MINUTES: '0.005', WECHAT_OA_TOKEN: OA_TOKEN, WECOM_TOKEN: WC_TOKEN, WECOM_AES_KEY: WC_KEY, WECOM_CORP_ID: CORP } });
    // The API configured but refusing these people; sent by hand (no schedule) so no run races the visit.
    refusing = await startServer({ clock: () => clock, env: { RATE_LIMIT_PER_MINUTE: '0', REMINDER_CHECK_MINUTES: '0', ...apiEnv(api.url) } });
  });
  afterAll(async () => { await bare.stop(); await refusing.stop(); await api.close(); });

  const cases = channels.flatMap((c) => [
    { ...c, server: 'bare', who: `${c.who}-bare`, report: { waiting: 1, sent: 0, failed: 0 } },
    { ...c, server: 'refusing', who: c.channel === 'wecom' ? 'emp-stale' : 'o-stale', report: { waiting: 0, sent: 0, failed: 1 } },
  ]);

  it.each(cases)('$name, $server: at the next message in its month, once', async (c) => {
    const srv = c.server === 'bare' ? bare : refusing;
    expect(srv.app.reminders!.pushes(c.channel)).toBe(c.server === 'refusing');
    await c.say(srv, c.who, PROFILE);
    expect(await c.say(srv, c.who, '到时提醒我')).toContain(SET);
    setMonth('2027-06');
    expect(await srv.app.reminders!.sendDue()).toMatchObject(c.report);
    const visit = await c.say(srv, c.who, '你好');
    expect(visit).toContain(DUE);
    later();
    expect(await c.say(srv, c.who, '你好')).not.toContain('⏰');
    expect(await srv.app.reminders!.sendDue()).toMatchObject({ waiting: 0, sent: 0, failed: 0 });
    expect(api.reminders(c.who)).toHaveLength(0);
  });
});
