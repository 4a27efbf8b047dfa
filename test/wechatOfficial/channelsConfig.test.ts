// The organisations' channels in the one server: each route exists only when its configuration is present, and
// bad values stop startup with one line per variable (secrets never echoed).
import { ConfigError, loadConfig } from '../../src/config';
import { startServer, type StartedServer } from '../helpers/startServer';

const KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
}

describe('configuration', () => {
  it('has the documented defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ WECHAT_API_BASE: 'https://api.weixin.qq.com', WECHAT_ACCEPT_FRIENDS: true, WECHAT_GREET_NEW_MEMBERS: false, WECHAT_SEND_PER_SECOND: 1, CALLBACK_MAX_SKEW_SECONDS: 300 });
    expect(c.WECHAT_OA_TOKEN).toBeUndefined();
    expect(c.WECOM_TOKEN).toBeUndefined();
  });

  it.each([
    [{ WECHAT_OA_TOKEN: 't', WECHAT_OA_AES_KEY: 'short', WECHAT_OA_APPID: 'wx1' }, 'WECHAT_OA_AES_KEY'],
    [{ WECHAT_OA_TOKEN: 't', WECHAT_OA_AES_KEY: KEY }, 'WECHAT_OA_APPID'],
    [{ WECHAT_OA_APPSECRET: 's', WECHAT_OA_APPID: 'wx1' }, 'WECHAT_OA_TOKEN'],
    [{ WECOM_TOKEN: 't', WECOM_CORP_ID: 'ww1' }, 'WECOM_TOKEN, WECOM_AES_KEY and WECOM_CORP_ID'],
    [{ WECHAT_SEND_PER_SECOND: '0' }, 'WECHAT_SEND_PER_SECOND'],
    [{ WECOM_TOKEN: 't', WECOM_AES_KEY: KEY, WECOM_CORP_ID: 'ww1', WECOM_SECRET: 's' }, 'WECOM_SECRET and WECOM_AGENT_ID'],
    [{ WECOM_TOKEN: 't', WECOM_AES_KEY: KEY, WECOM_CORP_ID: 'ww1', WECOM_SECRET: 's', WECOM_AGENT_ID: 'abc' }, 'WECOM_AGENT_ID'],
    [{ WECHAT_ACCEPT_FRIENDS: 'maybe' }, 'WECHAT_ACCEPT_FRIENDS'],
    [{ WECHAT_API_BASE: 'ftp://x' }, 'WECHAT_API_BASE'],
    [{ CALLBACK_MAX_SKEW_SECONDS: '0' }, 'CALLBACK_MAX_SKEW_SECONDS: expected between 1 and 86400 seconds'],
    [{ CALLBACK_MAX_SKEW_SECONDS: '86401' }, 'CALLBACK_MAX_SKEW_SECONDS: expected between 1 and 86400 seconds'],
    [{ CALLBACK_MAX_SKEW_SECONDS: '5m' }, 'CALLBACK_MAX_SKEW_SECONDS: expected a whole number of seconds'],
    [{ CALLBACK_MAX_SKEW_SECONDS: '-300' }, 'CALLBACK_MAX_SKEW_SECONDS: expected a whole number of seconds'],
    [{ CALLBACK_MAX_SKEW_SECONDS: '2.5' }, 'CALLBACK_MAX_SKEW_SECONDS: expected a whole number of seconds'],
  ])('refuses %j naming the variable', (env, named) => {
    const p = problems(env);
    expect(p.join('\n')).toContain(named);
  });

  it.each([['60', 60], [' 120 ', 120], ['', 300], ['86400', 86400]])('reads CALLBACK_MAX_SKEW_SECONDS=%j as %d seconds', (v, n) => {
    expect(loadConfig({ CALLBACK_MAX_SKEW_SECONDS: v }).CALLBACK_MAX_SKEW_SECONDS).toBe(n);
  });

  it('never echoes an AES key or a secret', () => {
    expect(problems({ WECOM_TOKEN: 't', WECOM_AES_KEY: 'not-a-key-value', WECOM_CORP_ID: 'c' }).join('\n')).not.toContain('not-a-key-value');
  });
});

describe('the one server', () => {
  let srv: StartedServer;
  afterEach(() => srv.stop());

  it('serves neither callback without its configuration, and the privacy page always', async () => {
    srv = await startServer();
    expect((await fetch(`${srv.url}/wechat/official`)).status).toBe(404);
    expect((await fetch(`${srv.url}/wecom/callback`)).status).toBe(404);
    expect((await fetch(`${srv.url}/privacy`)).status).toBe(200);
  });

  it('serves both when configured, beside Teams and the API', async () => {
    srv = await startServer({ env: { WECHAT_OA_TOKEN: 'tok', WECOM_TOKEN: 'tok2', WECOM_AES_KEY: KEY, WECOM_CORP_ID: 'ww1' } });
    expect((await fetch(`${srv.url}/wechat/official?signature=x&timestamp=1&nonce=1&echostr=e`)).status).toBe(401);
    expect((await fetch(`${srv.url}/wecom/callback?msg_signature=x&timestamp=1&nonce=1&echostr=e`)).status).toBe(401);
    expect((await fetch(`${srv.url}/wechat/official`, { method: 'PUT' })).status).toBe(405);
    expect((await fetch(`${srv.url}/healthz`)).status).toBe(200);
  });

  it('welcomes a Teams install through /api/messages with the privacy line linking PUBLIC_URL/privacy', async () => {
    srv = await startServer({ env: { PUBLIC_URL: 'https://gt.example.cn', STATE_TTL_DAYS: '14' } });
    const res = await fetch(`${srv.url}/api/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'conversationUpdate', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies',
        from: { id: '29:admin' }, recipient: { id: '28:bot' }, conversation: { id: 'a:personal' }, membersAdded: [{ id: '28:bot' }],
      }),
    });
    expect(res.status).toBe(200);
    const { activities } = (await res.json()) as { activities: { text: string }[] };
    expect(activities).toHaveLength(1);
    expect(activities[0].text).toContain('贯通助手');
    expect(activities[0].text).toContain('14天');
    expect(activities[0].text).toContain('https://gt.example.cn/privacy');
  });
});
