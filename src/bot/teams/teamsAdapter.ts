// CloudAdapter built from the environment. Without MicrosoftAppId authentication is off (the Bot Framework
// Emulator); with it, a request without a valid token is refused with 401.
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type TurnContext } from 'botbuilder';
import type { Config } from '../../config';
import { t } from '../../i18n';
import type { Logger } from '../../log';
import { classifyTurnError, turnFailureReply } from '../../conversation/errors';
import { TeamsBot, noticeLocale, type TurnService } from './teamsBot';
import { renderNotice } from './teamsReply';

export type TeamsAuthConfig = Pick<Config, 'MicrosoftAppId' | 'MicrosoftAppPassword' | 'MicrosoftAppTenantId' | 'MicrosoftAppType'>;

/** CloudAdapter whose turn the server drives itself (the server reads and validates the body). */
class GuantongCloudAdapter extends CloudAdapter {
  runActivity(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>) {
    return this.processActivity(authHeader, activity, logic);
  }
}

/** What the HTTP server gets back for one activity. */
export interface TeamsHttpResult { status: number; body?: unknown }

export interface TeamsEndpoint {
  /** Runs one inbound activity; authentication errors become 401, never an exception. */
  process(activity: Record<string, unknown>, authHeader: string): Promise<TeamsHttpResult>;
  authEnabled: boolean;
}

export function onTurnError(logger: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
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

export function createTeamsEndpoint(config: TeamsAuthConfig, service: TurnService, logger: Logger): TeamsEndpoint {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
    MicrosoftAppType: config.MicrosoftAppType,
  });
  const adapter = new GuantongCloudAdapter(auth);
  adapter.onTurnError = onTurnError(logger);
  const bot = new TeamsBot(service, logger);
  return {
    authEnabled: Boolean(config.MicrosoftAppId),
    async process(activity, authHeader) {
      try {
        const res = await adapter.runActivity(authHeader, activity as unknown as Activity, (ctx) => bot.run(ctx));
        return { status: res?.status ?? 200, body: res?.body };
      } catch (e) {
        const status = (e as { statusCode?: unknown }).statusCode;
        if (typeof status === 'number' && (status === 401 || status === 403)) return { status: 401 };
        if (e instanceof Error && /^unauthorized/i.test(e.message)) return { status: 401 };
        if (e instanceof Error && /^'authheader'/i.test(e.message)) return { status: 401 };
        throw e;
      }
    },
  };
}

