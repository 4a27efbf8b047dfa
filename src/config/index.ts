// Configuration from the environment, validated once at startup: a clear message per bad value.
import { z } from 'zod';
import { channelEnv, channelProblems } from './channels';
import { parseAllowedServiceUrls } from './serviceUrls';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Empty strings count as unset, so `FOO=` in a .env file means "use the default". */
const optionalText = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().trim().optional());

/** A whole number of messages per minute, 0 = no limit. */
const perMinute = (dflt: string) => z.preprocess((v) => (v === undefined || (typeof v === 'string' && v.trim() === '') ? dflt : typeof v === 'string' ? v.trim() : v),
  z.string().regex(/^\d+$/, { message: 'expected a whole number of messages per minute (0 = no limit)' }).transform(Number)
    .refine((n) => n <= 100_000, { message: 'expected at most 100000 messages per minute' }));

const envSchema = z.object({
  PORT: z.preprocess((v) => (v === undefined || v === '' ? '3978' : v),
    z.string().regex(/^\d+$/, { message: 'expected a port number (0-65535)' }).transform(Number)
      .refine((n) => n >= 0 && n <= 65535, { message: 'expected a port number (0-65535)' })),
  STATE_STORE: z.preprocess((v) => (v === undefined || v === '' ? 'sqlite:./data/state.db' : v),
    z.string().regex(/^(sqlite:.+|rediss?:\/\/.+)$/, { message: 'expected sqlite:PATH, redis://HOST:PORT or rediss://…' })),
  STATE_TTL_DAYS: z.preprocess((v) => (v === undefined || v === '' ? '30' : v),
    z.string().regex(/^\d+(\.\d+)?$/, { message: 'expected a number of days > 0' }).transform(Number)
      .refine((n) => n > 0 && n <= 3650, { message: 'expected a number of days between 0 and 3650' })),
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppTenantId: optionalText,
  MicrosoftAppType: z.preprocess((v) => (v === '' ? undefined : v),
    z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], { message: 'expected MultiTenant, SingleTenant or UserAssignedMSI' }).optional()),
  WECHATY_PUPPET: optionalText,
  WECHATY_PUPPET_SERVICE_TOKEN: optionalText,
  LOG_LEVEL: z.preprocess((v) => (v === undefined || v === '' ? 'info' : typeof v === 'string' ? v.toLowerCase() : v),
    z.enum(LOG_LEVELS, { message: `expected one of ${LOG_LEVELS.join(', ')}` })),
  HOTLINE_PHONE: optionalText,
  HOTLINE_HOURS: optionalText,
  RATE_LIMIT_PER_MINUTE: perMinute('20'),
  ROOM_FLOOD_PER_MINUTE: perMinute('60'),
  /** The topic of a WeChat room of HR staff that receives hand-overs (the bot must be a member). */
  HANDOFF_WECHAT_ROOM: optionalText,
  /** A Teams conversation of HR staff that receives hand-overs: its service URL and conversation id (both, or neither). */
  HANDOFF_TEAMS_SERVICE_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().url('expected the Teams service URL, e.g. https://smba.trafficmanager.net/cn/').optional()),
  HANDOFF_TEAMS_CONVERSATION_ID: optionalText,
  HANDOFF_WEBHOOK_URL: z.preprocess((v) => (v === '' ? undefined : v),
    z.url({ protocol: /^https?$/, message: 'expected an http(s) URL' }).optional()),
  /** How often the server sends the reminders due this month (minutes, fractions allowed); 0 = never (only `npm run reminders -- send`). */
  REMINDER_CHECK_MINUTES: z.preprocess((v) => (v === undefined || v === '' ? '60' : v),
    z.string().regex(/^\d+(\.\d+)?$/, { message: 'expected a number of minutes (0 = off)' }).transform(Number)
      .refine((n) => n <= 1440, { message: 'expected at most 1440 minutes' })),
  /** How long one instance holds a reminder while it sends it (seconds). */
  REMINDER_LEASE_SECONDS: z.preprocess((v) => (v === undefined || v === '' ? '120' : v),
    z.string().regex(/^\d+(\.\d+)?$/, { message: 'expected a number of seconds > 0' }).transform(Number)
      .refine((n) => n > 0 && n <= 3600, { message: 'expected between 0 and 3600 seconds' })),
  /** Where chat clients reach this server (links to the ladder picture); default: the Host of each request. */
  PUBLIC_URL: z.preprocess((v) => (v === '' ? undefined : v),
    z.url({ protocol: /^https?$/, message: 'expected the server\'s public http(s) URL, e.g. https://guantong.example.cn' })
      .transform((u) => u.replace(/\/+$/, '')).optional()),
  ...channelEnv,
  /** Where replies may be POSTed without an app id (comma-separated URL prefixes, `http://localhost:*` = any port). */
  ALLOWED_SERVICE_URLS: z.preprocess((v) => (typeof v === 'string' ? v : ''), z.string().superRefine((v, ctx) => {
    try { parseAllowedServiceUrls(v); } catch (e) { ctx.addIssue({ code: 'custom', message: `expected comma-separated http(s) URLs (${(e as Error).message})` }); }
  })),
  /** When set, GET /metrics needs `Authorization: Bearer <METRICS_TOKEN>`. */
  METRICS_TOKEN: optionalText,
  /** Signs the web chat's cookie; keep it stable across restarts and instances (else generated at each start). */
  CHAT_COOKIE_SECRET: optionalText.refine((v) => v === undefined || v.length >= 16, { message: 'expected at least 16 characters' }),
});

/** Rules across variables, checked on the raw values so they are reported beside the other problems. */
function crossProblems(env: NodeJS.ProcessEnv): string[] {
  const set = (k: string) => Boolean(env[k]?.trim());
  const out: string[] = [];
  if (env.MicrosoftAppType === 'SingleTenant' && !set('MicrosoftAppTenantId')) out.push('MicrosoftAppTenantId: required when MicrosoftAppType=SingleTenant');
  if (set('HANDOFF_TEAMS_SERVICE_URL') !== set('HANDOFF_TEAMS_CONVERSATION_ID')) out.push('HANDOFF_TEAMS_SERVICE_URL and HANDOFF_TEAMS_CONVERSATION_ID: set both, or neither');
  if (set('MicrosoftAppId') && env.MicrosoftAppType !== 'UserAssignedMSI' && !set('MicrosoftAppPassword')) out.push('MicrosoftAppPassword: required when MicrosoftAppId is set');
  out.push(...channelProblems(env));
  return out;
}

export type Config = z.output<typeof envSchema>;
export type LogLevel = (typeof LOG_LEVELS)[number];

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** Reads the configuration from `env`; throws ConfigError with one line per bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const r = envSchema.safeParse(env);
  const cross = crossProblems(env);
  if (r.success && !cross.length) return r.data;
  throw new ConfigError([...(r.success ? [] : r.error.issues.map((i) => {
    const name = i.path.map(String).join('.') || '(environment)';
    const raw = env[name];
    // Never echo secrets back.
    const shown = raw === undefined || /PASSWORD|TOKEN|SECRET|AES_KEY/i.test(name) ? '' : ` (got ${JSON.stringify(raw)})`;
    return `${name}: ${i.message}${shown}`;
  })), ...cross]);
}

/** Parsed STATE_TTL_DAYS in seconds, as the store wants it. */
export const ttlSeconds = (c: Config): number => Math.round(c.STATE_TTL_DAYS * 24 * 3600);
