// The HTTP routes of the channels that start when configured (WeChat Official Account, WeCom) and the privacy
// page, for the one server (src/server/app.ts adds them with one entry).
import type { Config } from '../config';
import type { Logger } from '../log';
import { PRIVACY_PATH, privacyLine, privacyOptions, privacyPage } from '../privacy';
import type { StateStore } from '../store/stateStore';
import type { Route } from './httpServer';
import { createOfficialAccountRoute, OFFICIAL_ACCOUNT_PATH } from '../bot/wechatOfficial';
import type { TurnService } from '../bot/wechatOfficial/passive';
import { createWecomRoute, WECOM_PATH } from '../bot/wecom';
import type { ReminderSender } from '../reminders';

export interface ChannelRouteDeps {
  service: TurnService; store: StateStore; logger: Logger; track?: (p: Promise<unknown>) => void;
  /** The server's clock (the callbacks' replay window); default the system's. */
  now?: () => Date;
  /** Reminders: each channel with outbound messages configured registers its sender (else the next message). */
  reminders?: { register(sender: ReminderSender): void };
}

export function channelRoutes(config: Config, deps: ChannelRouteDeps): Record<string, Route> {
  const privacy = privacyOptions(config);
  const welcomeFooter = (locale: 'zh-CN' | 'en') => privacyLine(locale, privacy);
  const maxSkewSeconds = config.CALLBACK_MAX_SKEW_SECONDS;
  const routes: Record<string, Route> = {
    [PRIVACY_PATH]: {
      methods: ['GET', 'HEAD'],
      async handle(req, res, url) {
        const q = url.searchParams.get('locale');
        // Chinese first: English when asked for (?locale=en, or a browser preferring English).
        const locale = q === 'en' || (!q && String(req.headers['accept-language'] ?? '').toLowerCase().startsWith('en')) ? 'en' : 'zh-CN';
        const html = privacyPage(locale, privacy);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(Buffer.byteLength(html)), 'x-content-type-options': 'nosniff', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" });
        res.end(req.method === 'HEAD' ? undefined : html);
      },
    },
  };
  if (config.WECHAT_OA_TOKEN) {
    const oa = createOfficialAccountRoute({
      token: config.WECHAT_OA_TOKEN, aesKey: config.WECHAT_OA_AES_KEY, appId: config.WECHAT_OA_APPID, appSecret: config.WECHAT_OA_APPSECRET,
      apiBase: config.WECHAT_API_BASE, publicUrl: config.PUBLIC_URL,
    }, { ...deps, welcomeFooter, maxSkewSeconds });
    routes[OFFICIAL_ACCOUNT_PATH] = oa;
    // A customer-service message; refused (not written within 48 hours), the reminder waits for the next message.
    const cs = oa.sender;
    if (cs) deps.reminders?.register({ channel: 'wechat-official', send: (a, text) => cs.sendText(a.openId, text) });
    deps.logger.info({ path: OFFICIAL_ACCOUNT_PATH, safeMode: Boolean(config.WECHAT_OA_AES_KEY), customerService: Boolean(config.WECHAT_OA_APPSECRET) }, 'wechat official account on');
  }
  if (config.WECOM_TOKEN && config.WECOM_AES_KEY && config.WECOM_CORP_ID) {
    const wecom = createWecomRoute({
      token: config.WECOM_TOKEN, aesKey: config.WECOM_AES_KEY, corpId: config.WECOM_CORP_ID, publicUrl: config.PUBLIC_URL,
      secret: config.WECOM_SECRET, agentId: config.WECOM_AGENT_ID, apiBase: config.WECOM_API_BASE,
    }, { ...deps, welcomeFooter, maxSkewSeconds });
    routes[WECOM_PATH] = wecom;
    const app = wecom.sender;
    if (app) deps.reminders?.register({ channel: 'wecom', send: (a, text) => app.sendText(a.userId, text) });
    deps.logger.info({ path: WECOM_PATH, applicationMessages: Boolean(config.WECOM_SECRET) }, 'wecom on');
  }
  if ((routes[OFFICIAL_ACCOUNT_PATH] || routes[WECOM_PATH]) && !config.PUBLIC_URL) {
    deps.logger.warn('PUBLIC_URL is not set: the privacy line and long answers in WeChat link to a bare path; set it to this server\'s https address');
  }
  return routes;
}
