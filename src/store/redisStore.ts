// Redis backend (ioredis): several instances share one Redis. Compare-and-set and the person index in Lua scripts
// (atomic), idle expiry with PEXPIRE refreshed on every write. When Redis is down, calls fail fast with
// StoreUnavailableError (no offline queue, no retries per request) and the client reconnects by itself.
// Decoded conversations are remembered (valueCache.ts): a read whose bytes are the ones last written or read for that
// key skips JSON.parse and validation; the bytes are always read from Redis, so nothing stale is served.
//   <prefix>c:<key>    hash { v: compact JSON, e: eTag }
//   <prefix>p:<person> set of the person's keys (expires with the last of their conversations)
import Redis, { type RedisOptions } from 'ioredis';
import type { StoredConversation } from './types';
import { encodeConversation } from './codec';
import { personKey, personOfKey } from './keys';
import {
  asStoreError, checkTtl, ConflictError, newETag, StoreUnavailableError, type StateStore,
} from './stateStore';
import { DEFAULT_CACHE_ENTRIES, ValueCache } from './valueCache';

export interface RedisStoreOptions {
  url: string;
  ttlSeconds: number;
  /** Prefix of every Redis key; default 'gt:'. */
  prefix?: string;
  /** How long a call waits for the first connection; default 2000 ms. */
  connectWaitMs?: number;
  /** How long a call waits for a reconnection once Redis was seen down; default 200 ms, then it fails. */
  reconnectWaitMs?: number;
  /** A command without an answer fails after this; default 2000 ms. */
  commandTimeoutMs?: number;
  /** Extra ioredis options (tests). */
  redis?: RedisOptions;
  /** Decoded conversations kept in memory (see valueCache.ts); default 2,000, 0 = none. */
  cacheEntries?: number;
}

// KEYS[1] conversation, KEYS[2] person index. ARGV: mode ('n' must not exist | 'c' compare), expected eTag,
// value, new eTag, ttl ms, person member ('' = no index).
const PUT = `
local exists = redis.call('EXISTS', KEYS[1]) == 1
if ARGV[1] == 'n' then
  if exists then return 0 end
else
  if not exists then return 0 end
  local cur = redis.call('HGET', KEYS[1], 'e')
  if (cur or '') ~= ARGV[2] then return 0 end
end
redis.call('HSET', KEYS[1], 'v', ARGV[3], 'e', ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[5])
if ARGV[6] ~= '' then
  redis.call('SADD', KEYS[2], ARGV[6])
  redis.call('PEXPIRE', KEYS[2], ARGV[5])
end
return 1`;

// KEYS[1] person index. ARGV[1] prefix of conversation keys.
const DELETE_PERSON = `
local n = 0
for _, m in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  n = n + redis.call('DEL', ARGV[1] .. m)
end
redis.call('DEL', KEYS[1])
return n`;

type ScriptClient = Redis & {
  gtPut(conv: string, idx: string, mode: string, expected: string, value: string, eTag: string, ttlMs: number, member: string): Promise<number>;
  gtDeletePerson(idx: string, convPrefix: string): Promise<number>;
};

export class RedisStore implements StateStore {
  private readonly client: ScriptClient;
  private readonly ttlMs: number;
  private readonly prefix: string;
  private readonly connectWaitMs: number;
  private readonly reconnectWaitMs: number;
  private readonly cache: ValueCache;
  private everReady = false;
  private closed = false;
  /** The last connection error, for logs. */
  lastError: Error | undefined;

  constructor(opts: RedisStoreOptions) {
    this.ttlMs = checkTtl(opts.ttlSeconds);
    this.prefix = opts.prefix ?? 'gt:';
    this.connectWaitMs = opts.connectWaitMs ?? 2000;
    this.reconnectWaitMs = opts.reconnectWaitMs ?? 200;
    this.cache = new ValueCache(opts.cacheEntries ?? DEFAULT_CACHE_ENTRIES);
    const timeout = opts.commandTimeoutMs ?? 2000;
    this.client = new Redis(opts.url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: timeout,
      commandTimeout: timeout,
      retryStrategy: (times) => Math.min(50 * 2 ** Math.min(times, 5), 1000),
      ...opts.redis,
    }) as ScriptClient;
    this.client.defineCommand('gtPut', { numberOfKeys: 2, lua: PUT });
    this.client.defineCommand('gtDeletePerson', { numberOfKeys: 1, lua: DELETE_PERSON });
    this.client.on('ready', () => {
      this.everReady = true;
      this.lastError = undefined;
    });
    this.client.on('error', (e: Error) => {
      this.lastError = e;
    });
  }

  private conv(key: string): string {
    return `${this.prefix}c:${key}`;
  }

  private index(person: string): string {
    return `${this.prefix}p:${person}`;
  }

  private waitReady(): Promise<void> {
    if (this.client.status === 'ready') return Promise.resolve();
    if (this.client.status === 'end') return Promise.reject(new StoreUnavailableError('Redis connection ended'));
    const ms = this.everReady ? this.reconnectWaitMs : this.connectWaitMs;
    return new Promise((resolve, reject) => {
      const done = (err?: Error) => {
        clearTimeout(timer);
        this.client.off('ready', onReady);
        if (err) reject(err);
        else resolve();
      };
      const onReady = () => done();
      const timer = setTimeout(() => {
        const why = this.lastError ? `: ${this.lastError.message}` : '';
        done(new StoreUnavailableError(`Redis not reachable (${this.client.status})${why}`));
      }, ms);
      this.client.on('ready', onReady);
    });
  }

  private async run<T>(what: string, fn: () => Promise<T>): Promise<T> {
    if (this.closed) throw new StoreUnavailableError('state store is closed');
    await this.waitReady();
    try {
      return await fn();
    } catch (e) {
      throw asStoreError(e, `Redis ${what}`);
    }
  }

  /** See valueCache.ts: the value is shared, callers must not mutate it. */
  get(key: string): Promise<{ value: StoredConversation; eTag: string } | undefined> {
    return this.run('get', async () => {
      const [raw, eTag] = await this.client.hmget(this.conv(key), 'v', 'e');
      if (raw === null) {
        this.cache.delete(key);
        return undefined;
      }
      return { value: this.cache.read(key, raw, eTag ?? '', Date.now()), eTag: eTag ?? '' };
    });
  }

  /** The store keeps `value` (see valueCache.ts): callers must not mutate it afterwards. */
  put(key: string, value: StoredConversation, eTag: string | null): Promise<string> {
    return this.run('put', async () => {
      const next = newETag();
      const person = personOfKey(key);
      const json = encodeConversation(value);
      const ok = await this.client.gtPut(this.conv(key), this.index(person ?? ''), eTag === null ? 'n' : 'c', eTag ?? '',
        json, next, this.ttlMs, person === undefined ? '' : key);
      if (ok !== 1) throw new ConflictError('conversation changed since it was read');
      this.cache.wrote(key, json, value, Date.now());
      return next;
    });
  }

  delete(key: string): Promise<void> {
    return this.run('delete', async () => {
      const person = personOfKey(key);
      this.cache.delete(key);
      const m = this.client.multi().del(this.conv(key));
      if (person !== undefined) m.srem(this.index(person), key);
      await m.exec();
    });
  }

  deletePerson(channel: string, userId: string): Promise<number> {
    return this.run('deletePerson', () => {
      const person = personKey(channel, userId);
      this.cache.deletePerson(person);
      return this.client.gtDeletePerson(this.index(person), `${this.prefix}c:`);
    });
  }

  /** Redis expires keys by itself; this only forgets remembered conversations idle past the TTL. */
  sweep(): Promise<number> {
    this.cache.deleteOlderThan(Date.now() - this.ttlMs);
    return Promise.resolve(0);
  }

  ping(): Promise<void> {
    return this.run('ping', async () => void (await this.client.ping()));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.cache.clear();
    try {
      if (this.client.status === 'ready') await this.client.quit();
      else this.client.disconnect();
    } catch {
      this.client.disconnect();
    }
  }
}
