// Messages sent after the passive reply: the rest of a long answer. For a certified Official Account these are
// customer-service messages (客服消息, AppID + AppSecret); for a WeCom app, application messages (应用消息, CorpID +
// the app's Secret + AgentId). The access token is kept until shortly before it expires, and fetched again when
// the API says it is invalid or expired (40001, 40014, 42001).
import type { Logger } from '../../log';

export interface CustomerServiceOptions {
  appId: string;
  appSecret: string;
  /** WECHAT_API_BASE, e.g. https://api.weixin.qq.com, or WECOM_API_BASE (a loopback stand-in in tests). */
  apiBase: string;
  /** A WeCom app's AgentId: application messages through qyapi instead of customer-service messages. */
  wecomAgentId?: number;
  logger: Logger;
  now?: () => number;
  /** Per request; default 5 s. */
  timeoutMs?: number;
}

const TOKEN_ERRORS = new Set([40001, 40014, 42001]);

export interface CustomerService {
  /** Sends texts to a follower in order; resolves false (logged) when WeChat refused or could not be reached. */
  sendTexts(openId: string, texts: string[]): Promise<boolean>;
  /** Sends one text (a reminder); throws when WeChat refused it (e.g. 45015: the follower has not written lately). */
  sendText(openId: string, text: string): Promise<void>;
  /** How many access tokens were fetched (tests). */
  tokensFetched(): number;
}

export function createCustomerService(o: CustomerServiceOptions): CustomerService {
  const now = o.now ?? Date.now;
  const timeoutMs = o.timeoutMs ?? 5000;
  let cached: { token: string; until: number } | undefined;
  let fetching: Promise<string> | undefined;
  let fetched = 0;

  async function call(url: string, init?: RequestInit): Promise<Record<string, unknown>> {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) throw new Error(`WeChat API answered HTTP ${res.status}`);
    return (await res.json()) as Record<string, unknown>;
  }

  function token(): Promise<string> {
    if (cached && now() < cached.until) return Promise.resolve(cached.token);
    fetching ??= (async () => {
      try {
        const body = o.wecomAgentId === undefined
          ? await call(`${o.apiBase}/cgi-bin/token?${new URLSearchParams({ grant_type: 'client_credential', appid: o.appId, secret: o.appSecret })}`)
          : await call(`${o.apiBase}/cgi-bin/gettoken?${new URLSearchParams({ corpid: o.appId, corpsecret: o.appSecret })}`);
        if (typeof body.access_token !== 'string') throw new Error(`no access token (errcode ${String(body.errcode)})`);
        fetched++;
        const seconds = typeof body.expires_in === 'number' ? body.expires_in : 7200;
        // Five minutes early, as WeChat advises: its tokens overlap for five minutes after a refresh.
        cached = { token: body.access_token, until: now() + Math.max(60, seconds - 300) * 1000 };
        return body.access_token;
      } finally {
        fetching = undefined;
      }
    })();
    return fetching;
  }

  async function sendOne(openId: string, content: string): Promise<void> {
    const payload = JSON.stringify({ touser: openId, msgtype: 'text', ...(o.wecomAgentId === undefined ? {} : { agentid: o.wecomAgentId }), text: { content } });
    const path = o.wecomAgentId === undefined ? '/cgi-bin/message/custom/send' : '/cgi-bin/message/send';
    for (let attempt = 1; ; attempt++) {
      const tk = await token();
      const body = await call(`${o.apiBase}${path}?access_token=${encodeURIComponent(tk)}`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: payload,
      });
      const code = typeof body.errcode === 'number' ? body.errcode : 0;
      if (code === 0) return;
      if (TOKEN_ERRORS.has(code) && attempt === 1) { if (cached?.token === tk) cached = undefined; continue; }
      throw new Error(`message refused (errcode ${code})`);
    }
  }

  return {
    async sendTexts(openId, texts) {
      try {
        for (const text of texts) await sendOne(openId, text);
        return true;
      } catch (e) {
        o.logger.warn({ err: { name: (e as Error).name, message: (e as Error).message } }, 'messages after the reply not sent');
        return false;
      }
    },
    sendText: (openId, text) => sendOne(openId, text),
    tokensFetched: () => fetched,
  };
}
