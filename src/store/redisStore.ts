// Redis backend (ioredis): several instances share one Redis. Compare-and-set and the person index in Lua scripts
// (atomic), idle expiry with PEXPIRE refreshed on every write. When Redis is down, calls fail fast with
// StoreUnavailableError (no offline queue, no retries per request) and the client reconnects by itself.
// Decoded conversations are remembered (valueCache.ts): a read whose bytes are the ones last written or read for that
// key skips JSON.parse and validation; the bytes are always read from Redis, so nothing stale is served.
//   <prefix>c:<key>    hash { v: compact JSON, e: eTag }
//   <prefix>p:<person> set of the person's keys (expires with the last of their conversations)
// Reminders (reminderStore.ts), kept until sent or cancelled, no expiry:
//   <prefix>r:<id>       hash { v: JSON, k: conversation key, p: person, s: due as YYYYMM }
//   <prefix>rdue         sorted set of ids by due month (YYYYMM)
//   <prefix>rk:<key>     set of a conversation's reminder ids;  <prefix>rp:<person>  set of a person's
//   <prefix>rl:<id>      the lease: the sending instance's id, with a PX expiry (SET NX)
import Redis, { type RedisOptions, type StandaloneConnectionOptions } from 'ioredis';
import StandaloneConnector from 'ioredis/built/connectors/StandaloneConnector';
import type { StoredConversation } from './types';
import { encodeConversation } from './codec';
import { personKey, personOfKey } from './keys';
import { decodeReminder, type Reminder, type ReminderStore } from './reminderStore';
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

// Removes one reminder and its index entries (a Lua function shared by the scripts below). ARGV-free: P is the prefix.
const DROP_REMINDER = `
local function drop(P, id)
  local kp = redis.call('HMGET', P .. 'r:' .. id, 'k', 'p')
  redis.call('DEL', P .. 'r:' .. id, P .. 'rl:' .. id)
  redis.call('ZREM', P .. 'rdue', id)
  if kp[1] then redis.call('SREM', P .. 'rk:' .. kp[1], id) end
  if kp[2] and kp[2] ~= '' then redis.call('SREM', P .. 'rp:' .. kp[2], id) end
end`;

// KEYS[1] person index, KEYS[2] the person's reminder index. ARGV[1] prefix of conversation keys, ARGV[2] prefix.
// The person's conversations and reminders ("删除我的数据"); returns how many conversations were removed.
const DELETE_PERSON = `${DROP_REMINDER}
local n = 0
for _, m in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  n = n + redis.call('DEL', ARGV[1] .. m)
end
redis.call('DEL', KEYS[1])
for _, id in ipairs(redis.call('SMEMBERS', KEYS[2])) do drop(ARGV[2], id) end
redis.call('DEL', KEYS[2])
return n`;

// ARGV: prefix, id, JSON, conversation key, person ('' none), due as YYYYMM.
const REM_PUT = `
local P, id = ARGV[1], ARGV[2]
redis.call('HSET', P .. 'r:' .. id, 'v', ARGV[3], 'k', ARGV[4], 'p', ARGV[5], 's', ARGV[6])
redis.call('ZADD', P .. 'rdue', tonumber(ARGV[6]), id)
redis.call('SADD', P .. 'rk:' .. ARGV[4], id)
if ARGV[5] ~= '' then redis.call('SADD', P .. 'rp:' .. ARGV[5], id) end
return 1`;

// ARGV: prefix, conversation key. Returns how many were removed.
const REM_CANCEL = `${DROP_REMINDER}
local ids = redis.call('SMEMBERS', ARGV[1] .. 'rk:' .. ARGV[2])
for _, id in ipairs(ids) do drop(ARGV[1], id) end
redis.call('DEL', ARGV[1] .. 'rk:' .. ARGV[2])
return #ids`;

// ARGV: prefix, id, owner, lease ms, month as YYYYMM. The JSON when the lease is taken, else false.
const REM_CLAIM = `
local P, id = ARGV[1], ARGV[2]
local s = redis.call('HGET', P .. 'r:' .. id, 's')
if not s or tonumber(s) > tonumber(ARGV[5]) then return false end
if not redis.call('SET', P .. 'rl:' .. id, ARGV[3], 'NX', 'PX', ARGV[4]) then return false end
return redis.call('HGET', P .. 'r:' .. id, 'v')`;

// ARGV: prefix, id, owner. 1 when removed under this owner's lease.
const REM_DONE = `${DROP_REMINDER}
if redis.call('GET', ARGV[1] .. 'rl:' .. ARGV[2]) ~= ARGV[3] then return 0 end
drop(ARGV[1], ARGV[2])
return 1`;

// ARGV: prefix, id, owner, JSON, due as YYYYMM. 1 when moved under this owner's lease (which it frees).
const REM_MOVE = `
local P, id = ARGV[1], ARGV[2]
if redis.call('GET', P .. 'rl:' .. id) ~= ARGV[3] or redis.call('EXISTS', P .. 'r:' .. id) == 0 then return 0 end
redis.call('HSET', P .. 'r:' .. id, 'v', ARGV[4], 's', ARGV[5])
redis.call('ZADD', P .. 'rdue', tonumber(ARGV[5]), id)
redis.call('DEL', P .. 'rl:' .. id)
return 1`;

// ARGV: prefix, id, owner.
const REM_RELEASE = `
if redis.call('GET', ARGV[1] .. 'rl:' .. ARGV[2]) == ARGV[3] then redis.call('DEL', ARGV[1] .. 'rl:' .. ARGV[2]) end
return 1`;

const monthScore = (ym: string): number => Number(ym.replace('-', ''));

/**
 * ioredis's connector, except that disconnecting from a socket already closed does nothing. ioredis 5 hands its
 * closed socket to the connector when disconnect() is called while it waits to reconnect, and the connector then
 * arms a timer (disconnectTimeout, 2 s) for a 'close' event that never comes: close() left an open handle.
 */
class Connector extends StandaloneConnector {
  constructor(options: unknown) {
    super(options as StandaloneConnectionOptions);
  }

  override disconnect(): void {
    if (this.stream?.destroyed) {
      this.connecting = false;
      return;
    }
    super.disconnect();
  }
}

type ScriptClient = Redis & {
  gtPut(conv: string, idx: string, mode: string, expected: string, value: string, eTag: string, ttlMs: number, member: string): Promise<number>;
  gtDeletePerson(idx: string, remIdx: string, convPrefix: string, prefix: string): Promise<number>;
  gtRemPut(...args: string[]): Promise<number>;
  gtRemCancel(...args: string[]): Promise<number>;
  gtRemClaim(...args: string[]): Promise<string | null>;
  gtRemDone(...args: string[]): Promise<number>;
  gtRemMove(...args: string[]): Promise<number>;
  gtRemRelease(...args: string[]): Promise<number>;
};

export class RedisStore implements StateStore, ReminderStore {
  private readonly client: ScriptClient;
  private readonly ttlMs: number;
  private readonly prefix: string;
  private readonly connectWaitMs: number;
  private readonly reconnectWaitMs: number;
  private readonly cache: ValueCache;
  private everReady = false;
  private closed = false;
  private readyWait: Promise<void> | undefined;
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
      // Commands issued in the same turn of the event loop (many conversations at once) go out in one write and
      // come back in one read: each is still its own command (a put is still one atomic script).
      enableAutoPipelining: true,
      Connector,
      ...opts.redis,
    }) as ScriptClient;
    this.client.defineCommand('gtPut', { numberOfKeys: 2, lua: PUT });
    this.client.defineCommand('gtDeletePerson', { numberOfKeys: 2, lua: DELETE_PERSON });
    // The reminder scripts touch keys they find in the indexes (not in KEYS): one Redis, not a cluster.
    for (const [name, lua] of [['gtRemPut', REM_PUT], ['gtRemCancel', REM_CANCEL], ['gtRemClaim', REM_CLAIM], ['gtRemDone', REM_DONE],
      ['gtRemMove', REM_MOVE], ['gtRemRelease', REM_RELEASE]] as const) this.client.defineCommand(name, { numberOfKeys: 0, lua });
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

  /** Resolves at the next 'ready': one listener however many calls wait (one each made Node warn past ten). */
  private nextReady(): Promise<void> {
    this.readyWait ??= new Promise<void>((resolve) => {
      this.client.once('ready', () => {
        this.readyWait = undefined;
        resolve();
      });
    });
    return this.readyWait;
  }

  private waitReady(): Promise<void> {
    if (this.client.status === 'ready') return Promise.resolve();
    if (this.client.status === 'end') return Promise.reject(new StoreUnavailableError('Redis connection ended'));
    const ms = this.everReady ? this.reconnectWaitMs : this.connectWaitMs;
    return new Promise((resolve, reject) => {
      // Each call still waits its own time.
      const timer = setTimeout(() => {
        const why = this.lastError ? `: ${this.lastError.message}` : '';
        reject(new StoreUnavailableError(`Redis not reachable (${this.client.status})${why}`));
      }, ms);
      void this.nextReady().then(() => {
        clearTimeout(timer);
        resolve();
      });
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
      return this.client.gtDeletePerson(this.index(person), `${this.prefix}rp:${person}`, `${this.prefix}c:`, this.prefix);
    });
  }

  // Reminders (see reminderStore.ts). Leases expire on Redis's own clock.

  saveReminders(reminders: Reminder[]): Promise<void> {
    return this.run('saveReminders', async () => {
      if (reminders.length === 0) return;
      const m = this.client.multi();
      for (const r of reminders) {
        (m as unknown as { gtRemPut(...a: string[]): void }).gtRemPut(this.prefix, r.id, JSON.stringify(r), r.key, personOfKey(r.key) ?? '', String(monthScore(r.due)));
      }
      const res = await m.exec();
      const failed = res?.find(([e]) => e);
      if (failed) throw failed[0];
    });
  }

  /** The reminders of these ids, with whether someone holds their lease. */
  private async reminders(ids: string[]): Promise<{ r: Reminder; leased: boolean }[]> {
    if (ids.length === 0) return [];
    const m = this.client.multi();
    for (const id of ids) m.hget(`${this.prefix}r:${id}`, 'v').exists(`${this.prefix}rl:${id}`);
    const res = (await m.exec()) ?? [];
    const out: { r: Reminder; leased: boolean }[] = [];
    for (let i = 0; i < ids.length; i++) {
      const json = res[2 * i]?.[1];
      const r = typeof json === 'string' ? decodeReminder(json) : undefined;
      if (r) out.push({ r, leased: res[2 * i + 1]?.[1] === 1 });
    }
    return out.sort((a, b) => (a.r.due < b.r.due ? -1 : a.r.due > b.r.due ? 1 : a.r.id < b.r.id ? -1 : a.r.id > b.r.id ? 1 : 0));
  }

  remindersOf(key: string): Promise<Reminder[]> {
    return this.run('remindersOf', async () => (await this.reminders(await this.client.smembers(`${this.prefix}rk:${key}`))).map((x) => x.r));
  }

  cancelReminders(key: string): Promise<number> {
    return this.run('cancelReminders', () => this.client.gtRemCancel(this.prefix, key));
  }

  dueReminders(month: string, limit: number, opts: { all?: boolean } = {}): Promise<Reminder[]> {
    return this.run('dueReminders', async () => {
      // Page by page, so that reminders being sent by others (leased, skipped) do not hide the ones after them.
      const out: Reminder[] = [];
      for (let offset = 0; out.length < limit; offset += limit) {
        const ids = await this.client.zrangebyscore(`${this.prefix}rdue`, '-inf', monthScore(month), 'LIMIT', offset, limit);
        for (const x of await this.reminders(ids)) if ((opts.all || !x.leased) && out.length < limit) out.push(x.r);
        if (ids.length < limit) break;
      }
      return out;
    });
  }

  dueRemindersOf(key: string, month: string): Promise<Reminder[]> {
    return this.run('dueRemindersOf', async () => (await this.reminders(await this.client.smembers(`${this.prefix}rk:${key}`)))
      .filter((x) => !x.leased && x.r.due <= month).map((x) => x.r));
  }

  claimReminder(id: string, owner: string, leaseMs: number, month: string): Promise<Reminder | undefined> {
    return this.run('claimReminder', async () => {
      const json = await this.client.gtRemClaim(this.prefix, id, owner, String(Math.max(1, Math.round(leaseMs))), String(monthScore(month)));
      return typeof json === 'string' ? decodeReminder(json) : undefined;
    });
  }

  completeReminder(id: string, owner: string): Promise<boolean> {
    return this.run('completeReminder', async () => (await this.client.gtRemDone(this.prefix, id, owner)) === 1);
  }

  rescheduleReminder(reminder: Reminder, owner: string): Promise<boolean> {
    return this.run('rescheduleReminder', async () =>
      (await this.client.gtRemMove(this.prefix, reminder.id, owner, JSON.stringify(reminder), String(monthScore(reminder.due)))) === 1);
  }

  releaseReminder(id: string, owner: string): Promise<void> {
    return this.run('releaseReminder', async () => void (await this.client.gtRemRelease(this.prefix, id, owner)));
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
