// CloudAdapter built from the environment. Without MicrosoftAppId authentication is off (the Bot Framework
// Emulator); with it, a request without a valid token is refused with 401. Without it, an activity may make the server
// POST replies only to ALLOWED_SERVICE_URLS (serviceUrls.ts); otherwise it must ask for expectReplies (403).
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type TurnContext } from 'botbuilder';
import type { Config } from '../../config';
import { t } from '../../i18n';
import type { Logger } from '../../log';
import { classifyTurnError, turnFailureReply } from '../../conversation/errors';
import { RATE_LIMIT_KEYS, RateLimitedError } from '../../conversation/rateLimit';
import type { PngRenderer } from '../ladderImage';
import { PUBLIC_URL_KEY, TeamsBot, noticeLocale, type TurnService } from './teamsBot';
import { createClientCache } from './clientCache';
import { renderNotice } from './teamsReply';
import { mayPostTo, parseAllowedServiceUrls } from '../../config/serviceUrls';

export type TeamsAuthConfig = Pick<Config, 'MicrosoftAppId' | 'MicrosoftAppPassword' | 'MicrosoftAppTenantId' | 'MicrosoftAppType'>
  & Partial<Pick<Config, 'ALLOWED_SERVICE_URLS'>>;

type BotFrameworkAuthentication = NonNullable<ConstructorParameters<typeof CloudAdapter>[0]>;
type AuthenticateRequestResult = Awaited<ReturnType<BotFrameworkAuthentication['authenticateRequest']>>;

/** CloudAdapter whose turn the server drives itself (the server reads and validates the body). */
class GuantongCloudAdapter extends CloudAdapter {
  runActivity(auth: AuthenticateRequestResult, activity: Activity, logic: (context: TurnContext) => Promise<void>) {
    return this.processActivity(auth, activity, logic);
  }
}

/** What the HTTP server gets back for one activity; `refused` says why a 403 ran no turn. */
export interface TeamsHttpResult { status: number; body?: unknown; refused?: 'service_url_not_allowed' }

export interface TeamsEndpoint {
  /** Runs one inbound activity; authentication errors become 401, never an exception. */
  process(activity: Record<string, unknown>, authHeader: string, opts?: { publicUrl?: string }): Promise<TeamsHttpResult>;
  /** Posts a text into a Teams conversation (HR staff's channel for hand-overs), as a proactive message. */
  notify(target: { serviceUrl: string; conversationId: string; channelId?: string }, text: string): Promise<void>;
  authEnabled: boolean;
}

export function onTurnError(logger: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    if (error instanceof RateLimitedError) {
      // Too many messages from this person: no turn ran. Bot Framework callers wait for an answer, so say so briefly.
      if (error.notify) logger.warn({ channel: context.activity.channelId }, 'rate limited');
      try {
        await context.sendActivity(renderNotice(t(noticeLocale(context), RATE_LIMIT_KEYS.person)));
      } catch (sendError) {
        logger.error({ err: { name: (sendError as Error).name, message: (sendError as Error).message } }, 'could not send the rate-limit notice');
      }
      return;
    }
    // Log the kind of failure, never the person's words.
    const failure = classifyTurnError(error);
    const err = { name: error.name, message: error.message, ...(failure === 'internal' ? { stack: error.stack } : {}) };
    logger[failure === 'internal' ? 'error' : 'warn']({ err, failure, channel: context.activity.channelId }, 'turn failed');
    try {
      await context.sendActivity(renderNotice(turnFailureReply(error, noticeLocale(context), t)));
    } catch (sendError) {
      logger.error({ err: { name: (sendError as Error).name, message: (sendError as Error).message } }, 'could not send the apology');
    }
  };
}

export interface TeamsEndpointOptions {
  /** How long the token check may take (it fetches Bot Framework's signing keys); then 401. Default 10 s. */
  authTimeoutMs?: number;
  /** Replaces the Bot Framework authentication (tests). */
  auth?: BotFrameworkAuthentication;
  /** Replaces the ladder picture's renderer (tests). */
  renderPng?: PngRenderer;
  /** A line under the welcome on install (the privacy notice). */
  welcomeFooter?: (locale: 'zh-CN' | 'en') => string;
}

const DEFAULT_AUTH_TIMEOUT_MS = 10_000;

class AuthTimeoutError extends Error {
  constructor(ms: number) {
    super(`token check took longer than ${ms} ms`);
    this.name = 'AuthTimeoutError';
  }
}

/** The promise, or a rejection after `ms`. */
function within<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => { timer = setTimeout(() => reject(new AuthTimeoutError(ms)), ms); });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

export function createTeamsEndpoint(config: TeamsAuthConfig, service: TurnService, logger: Logger, opts: TeamsEndpointOptions = {}): TeamsEndpoint {
  const auth = opts.auth ?? new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
    MicrosoftAppType: config.MicrosoftAppType,
  });
  const authTimeoutMs = opts.authTimeoutMs ?? DEFAULT_AUTH_TIMEOUT_MS;
  const authEnabled = Boolean(config.MicrosoftAppId);
  const allowed = parseAllowedServiceUrls(config.ALLOWED_SERVICE_URLS);
  // Connector and user-token clients are reused across turns instead of built for each one (see clientCache.ts).
  const clients = createClientCache(auth);
  const adapter = new GuantongCloudAdapter(clients.auth);
  adapter.onTurnError = onTurnError(logger);
  const bot = new TeamsBot(service, logger, { renderPng: opts.renderPng, welcomeFooter: opts.welcomeFooter });
  return {
    authEnabled,
    async process(activity, authHeader, opts = {}) {
      // Authenticate first, on its own: any failure of the token check (a bad or expired token, a wrong issuer, the
      // signing keys unreachable or slow) is a 401, never a 500 or a hang, and no turn runs.
      let authenticated: AuthenticateRequestResult;
      try {
        authenticated = await within(auth.authenticateRequest(activity as unknown as Activity, authHeader), authTimeoutMs);
      } catch (e) {
        const err = e as Error;
        logger.warn({ err: { name: err?.name, message: err?.message }, status: (e as { statusCode?: unknown })?.statusCode }, 'request refused: token not verified');
        return { status: 401 };
      }
      // Nothing vouches for an unauthenticated serviceUrl: no request leaves for it unless it is allow-listed.
      if (!mayPostTo(activity, authEnabled, allowed)) {
        logger.warn({ channel: typeof activity.channelId === 'string' ? activity.channelId.slice(0, 40) : undefined }, 'request refused: serviceUrl not allowed without expectReplies');
        return { status: 403, refused: 'service_url_not_allowed' };
      }
      const res = await adapter.runActivity(clients.reuse(authenticated), activity as unknown as Activity, (ctx) => {
        if (opts.publicUrl) ctx.turnState.set(PUBLIC_URL_KEY, opts.publicUrl);
        return bot.run(ctx);
      });
      return { status: res?.status ?? 200, body: res?.body };
    },
    async notify(target, text) {
      const appId = config.MicrosoftAppId ?? '';
      const reference = {
        serviceUrl: target.serviceUrl, channelId: target.channelId ?? 'msteams',
        conversation: { id: target.conversationId, isGroup: true, conversationType: 'channel', name: '' },
        bot: { id: appId || 'guantong', name: 'guantong' },
      };
      await adapter.continueConversationAsync(appId, reference, async (ctx) => { await ctx.sendActivity(renderNotice(text)); });
    },
  };
}

