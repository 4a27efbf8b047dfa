// Token buckets per key (a person in a channel, a WeChat room), pure apart from the injected clock.
// A bucket holds up to `perMinute` tokens and refills at `perMinute` per minute: a burst of `perMinute` messages
// passes, then one every 60/perMinute seconds. When a message is refused, `notify` is true for the first refusal
// in a window (`noticeWindowMs`, default one minute), so a channel can say one polite sentence and then stay silent.
import type { Message } from './types';

export interface RateLimitOptions {
  /** Messages per minute per key (also the burst); 0 turns the limit off. */
  perMinute: number;
  /** Milliseconds since some epoch; default Date.now. */
  now?: () => number;
  /** At most one notice per key in this many ms; default 60 000. */
  noticeWindowMs?: number;
  /** Keys kept in memory; the least recently used is dropped beyond this (default 50 000). */
  maxKeys?: number;
}

export type RateDecision = { ok: true } | { ok: false; notify: boolean };

export interface RateLimiter {
  /** Takes one token for `key`: ok, or refused (with notify on the first refusal of a window). */
  take(key: string): RateDecision;
  /** How many keys are tracked (for tests). */
  size(): number;
}

interface Bucket { tokens: number; at: number; noticeAt?: number }

const OK: RateDecision = { ok: true };

export function createRateLimiter(opts: RateLimitOptions): RateLimiter {
  const perMinute = opts.perMinute;
  const now = opts.now ?? Date.now;
  const window = opts.noticeWindowMs ?? 60_000;
  const maxKeys = Math.max(1, opts.maxKeys ?? 50_000);
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, Bucket>();

  return {
    take(key) {
      if (!(perMinute > 0)) return OK;
      const t = now();
      let b = buckets.get(key);
      if (b) {
        buckets.delete(key); // re-inserted below: the Map's order is the recency order
        // A clock that goes backwards refills nothing.
        b.tokens = Math.min(perMinute, b.tokens + Math.max(0, t - b.at) * perMs);
        b.at = t;
      } else {
        b = { tokens: perMinute, at: t };
        if (buckets.size >= maxKeys) buckets.delete(buckets.keys().next().value as string);
      }
      buckets.set(key, b);
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return OK;
      }
      const notify = b.noticeAt === undefined || t - b.noticeAt >= window || t < b.noticeAt;
      if (notify) b.noticeAt = t;
      return { ok: false, notify };
    },
    size: () => buckets.size,
  };
}

/** Thrown instead of running a turn when the person sends too many messages; channels reply politely (or not). */
export class RateLimitedError extends Error {
  /** True for the first refusal in a window: say so once, then stay silent (WeChat). */
  readonly notify: boolean;
  constructor(notify: boolean) {
    super('rate limited');
    this.name = 'RateLimitedError';
    this.notify = notify;
  }
}

/** The i18n keys of the notices (locales/<locale>/bot.json). */
export const RATE_LIMIT_KEYS = { person: 'bot:limits.person', room: 'bot:limits.room' } as const;

/** The key of a person in a channel (in memory only, never stored or logged). */
export const personKey = (msg: Pick<Message, 'channel' | 'userId'>): string => `${msg.channel}\u0000${msg.userId}`;

/**
 * Wraps a turn service: each message takes a token from its (channel, person) bucket first; a refused message
 * runs no turn and rejects with RateLimitedError.
 */
export function withRateLimit<T>(service: { handle(msg: Message): Promise<T> }, limiter: RateLimiter): { handle(msg: Message): Promise<T> } {
  return {
    handle(msg) {
      const d = limiter.take(personKey(msg));
      if (!d.ok) return Promise.reject(new RateLimitedError(d.notify));
      return service.handle(msg);
    },
  };
}
