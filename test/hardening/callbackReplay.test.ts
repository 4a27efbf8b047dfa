// The replay window of the WeChat Official Account and WeCom callbacks over real HTTP, signed and encrypted as their
// servers send them, at the app's injected clock: fresh and edge timestamps answered, stale, future and non-numeric
// ones refused after the signature and before the body is read or decrypted, with a log line holding no content.
import { Writable } from 'node:stream';
import type { DialogTurn } from '../../src/conversation/types';
import { createLogger } from '../../src/log';
import { messageXml, openSealed, plainQuery, readReply, safeModeRequest, sha1, wecomRequest, wxEncrypt, wxTimestamp, type Signed } from '../helpers/wechatServerSide';
import { realDialog, startServer, type StartedServer } from '../helpers/startServer';

const OA = { token: 'oaReplayToken', aesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG', appId: 'wxreplay0000000001' };
const WC = { token: 'wcReplayToken', aesKey: 'ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zyxwvut', corpId: 'wwreplay000000001' };
/** A word that must never reach the log: it is only ever inside a message's content. */
const SECRET_WORDS = '我的证书编号是机密';
const SENDER = 'o-replay-private-id';

let clock = new Date('2026-12-01T06:00:00Z');
let srv: StartedServer;
let turns = 0;
let msgId = 70_000;
const lines: Record<string, unknown>[] = [];
let raw = '';

beforeAll(async () => {
  const real = await realDialog();
  const dialog: DialogTurn = (s, i) => { turns++; return real.dialogTurn(s, i); };
  const sink = new Writable({ write(chunk: Buffer, _e, cb) { raw += chunk.toString(); for (const l of chunk.toString().split('\n')) if (l.trim()) lines.push(JSON.parse(l) as Record<string, unknown>); cb(); } });
  srv = await startServer({
    env: { WECHAT_OA_TOKEN: OA.token, WECHAT_OA_AES_KEY: OA.aesKey, WECHAT_OA_APPID: OA.appId, WECOM_TOKEN: WC.token, WECOM_AES_KEY: WC.aesKey, WECOM_CORP_ID: WC.corpId, RATE_LIMIT_PER_MINUTE: '0' },
    dialog, dialogVersion: real.DIALOG_VERSION, clock: () => clock, logger: createLogger('info', sink),
  });
});
afterAll(() => srv.stop());

const at = (offsetSeconds: number) => wxTimestamp(new Date(clock.getTime() + offsetSeconds * 1000));
const text = (to: string, content: string, id = ++msgId) =>
  messageXml({ ToUserName: to, FromUserName: SENDER, CreateTime: Math.floor(clock.getTime() / 1000), MsgType: 'text', Content: content, MsgId: id });

interface Channel {
  name: string;
  path: string;
  /** A signed (and, but for plaintext, encrypted) message over `timestamp`. */
  request(inner: string, timestamp: string): Signed;
  /** The reply's content, as the platform reads it. */
  content(body: string): string | undefined;
  to: string;
}

const CHANNELS: Channel[] = [
  {
    name: 'Official Account, plaintext', path: '/wechat/official', to: 'gh_replay',
    request: (inner, ts) => ({ query: plainQuery(OA.token, {}, ts), body: inner }),
    content: (b) => readReply(b).content,
  },
  {
    name: 'Official Account, safe mode', path: '/wechat/official', to: 'gh_replay',
    request: (inner, ts) => safeModeRequest(OA.token, OA.aesKey, OA.appId, inner, SENDER, ts),
    content: (b) => readReply(openSealed(b, OA.token, OA.aesKey, OA.appId)).content,
  },
  {
    name: 'WeCom', path: '/wecom/callback', to: WC.corpId,
    request: (inner, ts) => wecomRequest(WC.token, WC.aesKey, WC.corpId, inner, '1000002', ts),
    content: (b) => readReply(openSealed(b, WC.token, WC.aesKey, WC.corpId)).content,
  },
];

async function post(c: Channel, req: Signed): Promise<{ status: number; body: string }> {
  const res = await fetch(`${srv.url}${c.path}?${req.query}`, { method: 'POST', body: req.body });
  return { status: res.status, body: await res.text() };
}

const refusals = () => lines.filter((l) => l.msg === 'callback refused: timestamp outside the replay window');

let senders = 0;

describe.each(CHANNELS)('$name', (c) => {
  const rows: [string, number, string | undefined, () => string][] = [
    ['fresh (the same second)', 200, undefined, () => at(0)],
    ['at the edge, 300 s old', 200, undefined, () => at(-300)],
    ['at the edge, 300 s ahead', 200, undefined, () => at(300)],
    ['stale, 301 s old', 403, 'stale', () => at(-301)],
    ['stale, a day old', 403, 'stale', () => at(-86_400)],
    ['from the future, 301 s ahead', 403, 'future', () => at(301)],
    ['not a number', 400, 'invalid', () => 'yesterday'],
    ['negative', 400, 'invalid', () => '-5'],
    ['a fraction', 400, 'invalid', () => `${at(0)}.5`],
    ['in milliseconds (13 digits)', 400, 'invalid', () => String(clock.getTime())],
    ['missing (empty)', 401, undefined, () => ''],
  ];
  it.each(rows)('a message signed over a timestamp %s gets %d', async (_n, status, reason, timestamp) => {
    const before = turns;
    const refusedBefore = refusals().length;
    const inner = messageXml({ ToUserName: c.to, FromUserName: `${SENDER}-${++senders}`, CreateTime: 1, MsgType: 'text', Content: `你好 ${SECRET_WORDS}`, MsgId: ++msgId });
    const r = await post(c, c.request(inner, timestamp()));
    expect(r.status).toBe(status);
    if (status === 200) {
      expect(c.content(r.body)).toBeTruthy();
      expect(turns).toBe(before + 1);
    } else {
      expect(turns).toBe(before);
      expect(r.body).toMatch(status === 400 ? /^invalid timestamp$/ : status === 403 ? /^stale timestamp$/ : /signature/);
    }
    const logged = refusals().slice(refusedBefore);
    expect(logged).toHaveLength(reason ? 1 : 0);
    if (reason) expect(logged[0]).toMatchObject({ level: 40, channel: c.path === '/wecom/callback' ? 'wecom' : 'wechat-official', method: 'POST', reason });
    // Nothing of the message reaches the log, refused or answered: not its words, not its sender.
    expect(raw).not.toContain(SECRET_WORDS);
    expect(raw).not.toContain(SENDER);
  });

  it('refuses a stale message before its body is read or decrypted: 403, where the same body fresh gets 400', async () => {
    // Plaintext: an XXE body ("malformed XML" when fresh). Encrypted: for another AppID / CorpID ("cannot decrypt").
    const broken = (ts: string): Signed => (c.name.includes('plaintext')
      ? { query: plainQuery(OA.token, {}, ts), body: '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xml>&e;</xml>' }
      : c.name.includes('safe')
        ? safeModeRequest(OA.token, OA.aesKey, 'wxSOMEONEELSE', text(c.to, '你好'), SENDER, ts)
        : wecomRequest(WC.token, WC.aesKey, 'ww-another-corp', text(c.to, '你好'), '1', ts));
    const before = turns;
    expect((await post(c, broken(at(0)))).status).toBe(400);
    expect((await post(c, broken(at(-600)))).status).toBe(403);
    expect(turns).toBe(before);
  });

  it('answers WeChat\'s retry (same MsgId, seconds later, signed anew) once, and refuses the captured request replayed after the window', async () => {
    const inner = text(c.to, '你好');
    const captured = c.request(inner, at(0));
    const first = await post(c, captured);
    expect(first.status).toBe(200);
    const before = turns;
    clock = new Date(clock.getTime() + 5000);
    const retry = await post(c, c.request(inner, at(0)));
    expect(retry.status).toBe(200);
    expect(c.content(retry.body)).toBe(c.content(first.body));
    expect(turns).toBe(before);
    // The same request byte for byte within the window is a redelivery too: the same reply, no turn.
    expect(c.content((await post(c, captured)).body)).toBe(c.content(first.body));
    clock = new Date(clock.getTime() + 600_000);
    const replay = await post(c, captured);
    expect(replay).toEqual({ status: 403, body: 'stale timestamp' });
    expect(turns).toBe(before);
  });
});

describe('URL verification (GET) is answered whatever its timestamp\'s age, and a skewed one is logged', () => {
  const oaGet = (ts: string) => `/wechat/official?${plainQuery(OA.token, { echostr: 'echo-31415' }, ts)}`;
  const wcGet = (ts: string) => {
    const echostr = wxEncrypt(WC.aesKey, 'echo-27182', WC.corpId);
    return `/wecom/callback?${new URLSearchParams({ msg_signature: sha1(WC.token, ts, '42', echostr), timestamp: ts, nonce: '42', echostr })}`;
  };
  const rows: [string, number, boolean, (ts: string) => string, string][] = [
    ['Official Account', 0, false, oaGet, 'echo-31415'],
    ['Official Account', -3600, true, oaGet, 'echo-31415'],
    ['Official Account', 3600, true, oaGet, 'echo-31415'],
    ['WeCom', 0, false, wcGet, 'echo-27182'],
    ['WeCom', -3600, true, wcGet, 'echo-27182'],
    ['WeCom', 3600, true, wcGet, 'echo-27182'],
  ];
  it.each(rows)('%s, timestamp %d s off: echoed (skew logged: %s)', async (_n, offset, warned, url, echo) => {
    const before = lines.length;
    const res = await fetch(`${srv.url}${url(at(offset))}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(echo);
    const skewed = lines.slice(before).filter((l) => String(l.msg).startsWith('URL verification answered, but its timestamp is outside'));
    expect(skewed).toHaveLength(warned ? 1 : 0);
    if (warned) expect(skewed[0]).toMatchObject({ reason: offset < 0 ? 'stale' : 'future', skewSeconds: -offset });
  });

  it('still refuses a badly signed verification (401), fresh or not', async () => {
    expect((await fetch(`${srv.url}${oaGet(at(-3600)).replace(/signature=[0-9a-f]+/, `signature=${'0'.repeat(40)}`)}`)).status).toBe(401);
    expect((await fetch(`${srv.url}${wcGet(at(0)).replace(/msg_signature=[0-9a-f]+/, `msg_signature=${'0'.repeat(40)}`)}`)).status).toBe(401);
  });
});

describe('CALLBACK_MAX_SKEW_SECONDS', () => {
  let narrow: StartedServer;
  beforeAll(async () => {
    const real = await realDialog();
    narrow = await startServer({ env: { WECHAT_OA_TOKEN: OA.token, CALLBACK_MAX_SKEW_SECONDS: '60' }, dialog: real.dialogTurn, dialogVersion: real.DIALOG_VERSION, clock: () => clock });
  });
  afterAll(() => narrow.stop());

  it.each([[-60, 200], [-61, 403], [60, 200], [61, 403]] as const)('with 60: a message %d s off gets %d', async (offset, status) => {
    const res = await fetch(`${narrow.url}/wechat/official?${plainQuery(OA.token, {}, at(offset))}`, { method: 'POST', body: text('gh_narrow', '你好') });
    expect(res.status).toBe(status);
  });
});
