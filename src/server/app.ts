// The wiring: store → ConversationService → channels (Teams over HTTP, WeChat when configured) → one HTTP server.
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ttlSeconds, type Config } from '../config';
import { ConversationService } from '../conversation/conversationService';
import { createRateLimiter, withRateLimit } from '../conversation/rateLimit';
import type { DialogTurn, Message, WarmUp } from '../conversation/types';
import type { TurnOutput } from '../dialogs/replyModel';
import type { Logger } from '../log';
import { createStore, type StateStore } from '../store';
import { hasReminders } from '../store/reminderStore';
import { ReminderService, startReminderSchedule, withReminders, type ReminderSchedule } from '../reminders';
import { createTeamsEndpoint } from '../bot/teams';
import { channelRoutes } from './channelRoutes';
import { privacyLine, privacyNotice, privacyOptions } from '../privacy';
import { hotlineFromEnv } from '../handoff';
import { metrics } from '../metrics';
import { withEffects, type StaffNotifier } from './turnEffects';
import { createHttpServer } from './httpServer';
import { createChatEndpoint, derivedSecret } from './chatApi';
import { conversationKey } from '../store/keys';

export const DEFAULT_PUBLIC_DIR = path.resolve(__dirname, '..', 'web', 'public');

export interface AppOptions {
  config: Config;
  logger: Logger;
  dialog: DialogTurn;
  dialogVersion: number;
  /** Default: a store built from STATE_STORE. */
  store?: StateStore;
  publicDir?: string;
  /** Host to listen on; default all interfaces. */
  host?: string;
  /** The clock of the rate limits (ms); default Date.now. */
  now?: () => number;
  /**
   * The clock of conversations' months, reminders and the WeChat/WeCom callbacks' replay window; default the
   * system's (tests drive reminders' months and callbacks' ages with it).
   */
  clock?: () => Date;
  /**
   * Work done once, off the request path, when the server is healthy (the Q&A's model training, in a worker thread):
   * right after the first healthy /healthz has been answered, or WARM_UP_AFTER_MS after listening if none is asked.
   * A request that needs the work first does it itself, and the warm-up then finds it done. Stopping the server
   * aborts it (its signal) and waits for it.
   */
  warmUp?: WarmUp;
}

/** When the warm-up runs if no /healthz comes first: late enough for a health check's first polls, early enough to
 * be done before the first person's question. */
export const WARM_UP_AFTER_MS = 1000;

export interface App {
  url: string;
  port: number;
  service: ConversationService;
  store: StateStore;
  /** Reminders, when the store keeps them (SQLite and Redis do). */
  reminders?: ReminderService;
  /** Stop accepting, finish the turns in flight, close the store. */
  stop(): Promise<void>;
}

interface Stoppable { stop(): Promise<void> }

export async function startApp(opts: AppOptions): Promise<App> {
  const { config, logger } = opts;
  const store = opts.store ?? createStore(config.STATE_STORE, {
    ttlSeconds: ttlSeconds(config),
    onThreadFailed: (e) => logger.error({ err: { name: e.name, message: e.message } }, 'SQLite worker thread stopped; statements now run on the main thread'),
  });
  const service = new ConversationService({
    store,
    dialog: opts.dialog,
    dialogVersion: opts.dialogVersion,
    ...(opts.clock ? { now: opts.clock } : {}),
    onEvent: (e) => { metrics.event(e); logger.debug({ event: e }, 'conversation event'); },
    startNotice: privacyNotice(privacyOptions(config)),
  });
  const handoffs = new Set<Promise<void>>();
  const staff: StaffNotifier[] = [];
  const turns: { handle(msg: Message): Promise<TurnOutput> } = withEffects(service, {
    hotline: hotlineFromEnv({ HOTLINE_PHONE: config.HOTLINE_PHONE, HOTLINE_HOURS: config.HOTLINE_HOURS }),
    webhookUrl: config.HANDOFF_WEBHOOK_URL,
    logger,
    metrics,
    staff,
    track: (p) => { handoffs.add(p); void p.finally(() => handoffs.delete(p)); },
  });

  // 到时提醒我 / 我的提醒 / 取消提醒 before the dialog, the offer after it, due reminders at the person's next message.
  const reminders = hasReminders(store)
    ? new ReminderService({ store, conversations: service, logger, leaseMs: config.REMINDER_LEASE_SECONDS * 1000, ...(opts.clock ? { now: opts.clock } : {}) })
    : undefined;
  const withRem = reminders ? withReminders(turns, reminders, { logger }) : turns;

  // Every channel's messages enter here: a token bucket per (channel, person) first (RATE_LIMIT_PER_MINUTE).
  const limited = withRateLimit(withRem, createRateLimiter({ perMinute: config.RATE_LIMIT_PER_MINUTE, now: opts.now }));

  const teams = createTeamsEndpoint(config, limited, logger, { welcomeFooter: (locale) => privacyLine(locale, privacyOptions(config)) });
  const teamsStaff = config.HANDOFF_TEAMS_SERVICE_URL && config.HANDOFF_TEAMS_CONVERSATION_ID
    ? { serviceUrl: config.HANDOFF_TEAMS_SERVICE_URL, conversationId: config.HANDOFF_TEAMS_CONVERSATION_ID } : undefined;
  if (teamsStaff) staff.push((_packet, summary) => teams.notify(teamsStaff, summary));
  const cookieSecret = config.CHAT_COOKIE_SECRET ?? derivedSecret();
  if (!config.CHAT_COOKIE_SECRET) logger.warn('CHAT_COOKIE_SECRET is not set: the web chat\'s cookies are signed with a secret derived from STATE_KEY_SECRET; set CHAT_COOKIE_SECRET in production');
  const chat = createChatEndpoint({
    service: limited,
    transcript: (k) => service.transcript(k),
    forget: (k) => store.delete(conversationKey(k)),
    secret: cookieSecret,
    maxAgeSeconds: ttlSeconds(config),
    logger,
  });
  // Teams reminders as proactive messages into the conversation where they were set.
  reminders?.register({
    channel: 'msteams',
    send: (a, text) => teams.notify({ serviceUrl: a.serviceUrl, conversationId: a.conversationId, channelId: a.channelId }, text),
  });
  const warm = oneWarmUp(opts.warmUp, logger);
  const http = createHttpServer({
    teams,
    chat,
    logger,
    metrics,
    publicDir: opts.publicDir ?? DEFAULT_PUBLIC_DIR,
    publicUrl: config.PUBLIC_URL,
    extraRoutes: channelRoutes(config, { service: limited, store, logger, ...(opts.clock ? { now: opts.clock } : {}), ...(reminders ? { reminders } : {}), track: (p) => { const q = p.then(() => undefined, () => undefined); handoffs.add(q); void q.finally(() => handoffs.delete(q)); } }),
    metricsToken: config.METRICS_TOKEN,
    checkHealth: async () => {
      try {
        await store.ping();
        // the warm-up after this answer is sent (setImmediate runs after the reply's write), not before it
        if (warm.pending) setImmediate(warm.run);
        return true;
      } catch {
        return false;
      }
    },
  });

  await new Promise<void>((resolve, reject) => {
    http.server.once('error', reject);
    http.server.listen(config.PORT, opts.host, () => {
      http.server.off('error', reject);
      resolve();
    });
  });
  const port = (http.server.address() as AddressInfo).port;
  const warmTimer = warm.pending ? setTimeout(warm.run, WARM_UP_AFTER_MS) : undefined;
  warmTimer?.unref();
  logger.info({ port, auth: teams.authEnabled, store: config.STATE_STORE.split(':')[0] }, 'listening');
  if (!config.METRICS_TOKEN) logger.warn('METRICS_TOKEN is not set: GET /metrics is open to anyone who reaches this server');

  let wechat: Stoppable | undefined;
  if (config.WECHATY_PUPPET) {
    // Loaded only when asked for: wechaty and its puppet are heavy.
    try {
      const { buildWechaty, startWechat } = await import('../bot/wechat');
      const roomFlood = createRateLimiter({ perMinute: config.ROOM_FLOOD_PER_MINUTE, now: opts.now });
      const handle = await startWechat(buildWechaty(config), limited, {
        logger, store, roomFlood, acceptFriends: config.WECHAT_ACCEPT_FRIENDS, greetNewMembers: config.WECHAT_GREET_NEW_MEMBERS,
        sendPerSecond: config.WECHAT_SEND_PER_SECOND, welcomeFooter: (locale) => privacyLine(locale, privacyOptions(config)),
      });
      wechat = handle;
      logger.info({ puppet: config.WECHATY_PUPPET }, 'wechat started');
      reminders?.register({ channel: 'wechat', send: (a, text) => handle.sayToContact(a.contactId, text) });
      const room = config.HANDOFF_WECHAT_ROOM;
      if (room) staff.push((_packet, summary) => handle.sayToRoom(room, summary));
    } catch (e) {
      // Teams and the JSON API keep serving; the log says why WeChat is off.
      logger.error({ err: { name: (e as Error).name, message: (e as Error).message }, puppet: config.WECHATY_PUPPET }, 'wechat could not start');
    }
  }

  const schedule: ReminderSchedule | undefined = reminders && config.REMINDER_CHECK_MINUTES > 0
    ? startReminderSchedule(reminders, { everyMs: config.REMINDER_CHECK_MINUTES * 60_000, firstMs: Math.min(5_000, config.REMINDER_CHECK_MINUTES * 60_000), logger })
    : undefined;

  let stopping: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    service,
    store,
    ...(reminders ? { reminders } : {}),
    stop() {
      stopping ??= (async () => {
        clearTimeout(warmTimer);
        await warm.stop();
        const closed = http.close();
        // A reminder being sent finishes (and is removed) before the channels and the store close.
        await schedule?.stop();
        await Promise.allSettled([wechat?.stop()]);
        await service.drain();
        // Requests whose turn is done finish writing; a stuck client does not hold the exit.
        const timer = setTimeout(() => http.server.closeAllConnections(), 10_000);
        await closed;
        clearTimeout(timer);
        await Promise.allSettled([...handoffs]);
        await store.close();
        logger.info('stopped');
      })();
      return stopping;
    },
  };
}

/** The warm-up run at most once, whichever of its triggers comes first; a failure is logged, never thrown. */
function oneWarmUp(work: WarmUp | undefined, logger: Logger): { pending: boolean; run: () => void; stop: () => Promise<void> } {
  const aborter = new AbortController();
  const failed = (e: unknown) => logger.error({ err: { name: (e as Error)?.name, message: (e as Error)?.message } }, 'warm-up failed');
  let running: Promise<void> | undefined;
  const warm = {
    pending: work !== undefined,
    run: () => {
      if (!warm.pending) return;
      warm.pending = false;
      try {
        const r = work!({ logger, signal: aborter.signal });
        if (r) running = r.catch(failed);
      } catch (e) {
        failed(e);
      }
    },
    stop: async () => {
      warm.pending = false;
      aborter.abort();
      await running;
    },
  };
  return warm;
}
