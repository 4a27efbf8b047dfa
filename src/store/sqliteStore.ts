// SQLite backend (better-sqlite3): one file, WAL journal, so a SIGKILLed process loses nothing it acknowledged.
// Table conversations(key, person, value, etag, updated_at); expiry by updated_at + TTL, checked on every read and
// swept on a timer.
//
// A turn costs one read and one write statement, each its own autocommit transaction:
//   get  SELECT of the row; the decoded conversation comes from the cache (valueCache.ts) when the bytes match.
//   put  one compare-and-set statement, atomic under SQLite's write lock, so it holds across connections and
//        processes sharing the file: UPDATE ... WHERE etag = ? AND not expired, or for eTag null an INSERT whose
//        ON CONFLICT update only replaces an expired row; `changes` says whether it happened.
// The sweep walks the table by key in steps of 1,000 rows, letting other work run between steps.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { StoredConversation } from '../conversation/types';
import { decodeConversation, encodeConversation, rememberEncoding } from './codec';
import { personKey, personOfKey } from './keys';
import {
  asStoreError, checkTtl, ConflictError, CorruptStateError, newETag, StoreUnavailableError, type StateStore,
} from './stateStore';
import { DEFAULT_CACHE_ENTRIES, ValueCache } from './valueCache';

export interface SqliteStoreOptions {
  /** File path, or ':memory:'. The folder is created. */
  path: string;
  ttlSeconds: number;
  /** How often expired conversations are swept; default one hour. 0 turns the timer off. */
  sweepIntervalMs?: number;
  /** The clock, in ms since the epoch (tests). */
  now?: () => number;
  /** Decoded conversations kept in memory (see valueCache.ts); default 10,000, 0 = none. */
  cacheEntries?: number;
}

type Row = [value: string, etag: string, updatedAt: number];

const SWEEP_STEP_ROWS = 1000;

export class SqliteStore implements StateStore {
  private readonly db: Database.Database;
  private readonly ttlMs: number;
  private readonly now: () => number;
  private readonly timer: NodeJS.Timeout | undefined;
  private readonly cache: ValueCache;
  private closed = false;
  private readonly q: {
    get: Database.Statement<[string], Row>;
    insert: Database.Statement<[string, string | null, string, string, number, number]>;
    update: Database.Statement<[string, string, number, string, string, number]>;
    del: Database.Statement<[string]>;
    delIfAt: Database.Statement<[string, number]>;
    delPerson: Database.Statement<[string]>;
    scan: Database.Statement<[string, number], [string, number]>;
    delExpired: Database.Statement<[string, number]>;
    ping: Database.Statement<[], unknown>;
  };
  private readonly delAllExpired: (keys: string[], cutoff: number) => number;

  constructor(opts: SqliteStoreOptions) {
    this.ttlMs = checkTtl(opts.ttlSeconds);
    this.now = opts.now ?? Date.now;
    this.cache = new ValueCache(opts.cacheEntries ?? DEFAULT_CACHE_ENTRIES);
    try {
      if (opts.path !== ':memory:') mkdirSync(dirname(opts.path), { recursive: true });
      this.db = new Database(opts.path, { timeout: 5000 });
      this.db.pragma('journal_mode = WAL');
      // NORMAL in WAL mode: a committed transaction survives a crash of the process (not always a power cut).
      this.db.pragma('synchronous = NORMAL');
      // No index on updated_at: keeping it cost a second page write per put; the sweep walks the table by key.
      this.db.exec(`
        CREATE TABLE IF NOT EXISTS conversations (
          key TEXT PRIMARY KEY,
          person TEXT,
          value TEXT NOT NULL,
          etag TEXT NOT NULL,
          updated_at INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS conversations_person ON conversations(person);
        DROP INDEX IF EXISTS conversations_updated;`);
    } catch (e) {
      throw asStoreError(e, `cannot open SQLite state store at ${opts.path}`);
    }
    this.q = {
      get: this.db.prepare<[string], Row>('SELECT value, etag, updated_at FROM conversations WHERE key = ?').raw(),
      // person never changes for a key, so an update leaves the person index alone
      insert: this.db.prepare(`INSERT INTO conversations (key, person, value, etag, updated_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT(key) DO UPDATE SET value = excluded.value, etag = excluded.etag, updated_at = excluded.updated_at
        WHERE conversations.updated_at < ?`),
      update: this.db.prepare('UPDATE conversations SET value = ?, etag = ?, updated_at = ? WHERE key = ? AND etag = ? AND updated_at >= ?'),
      del: this.db.prepare('DELETE FROM conversations WHERE key = ?'),
      delIfAt: this.db.prepare('DELETE FROM conversations WHERE key = ? AND updated_at = ?'),
      delPerson: this.db.prepare('DELETE FROM conversations WHERE person = ?'),
      scan: this.db.prepare<[string, number], [string, number]>('SELECT key, updated_at FROM conversations WHERE key > ? ORDER BY key LIMIT ?').raw(),
      delExpired: this.db.prepare('DELETE FROM conversations WHERE key = ? AND updated_at < ?'),
      ping: this.db.prepare('SELECT 1'),
    };
    const delAll = this.db.transaction((keys: string[], cutoff: number) => {
      let n = 0;
      for (const k of keys) n += this.q.delExpired.run(k, cutoff).changes;
      return n;
    });
    this.delAllExpired = (keys, cutoff) => delAll.immediate(keys, cutoff);

    const every = opts.sweepIntervalMs ?? 3600_000;
    if (every > 0) {
      this.timer = setInterval(() => void this.sweep().catch(() => undefined), every);
      this.timer.unref();
    }
  }

  private expired(updatedAt: number, now: number): boolean {
    return now - updatedAt > this.ttlMs;
  }

  private run<T>(what: string, fn: () => T): Promise<T> {
    if (this.closed) return Promise.reject(new StoreUnavailableError('state store is closed'));
    try {
      return Promise.resolve(fn());
    } catch (e) {
      return Promise.reject(asStoreError(e, `SQLite ${what}`));
    }
  }

  /** See valueCache.ts: the value is shared, callers must not mutate it. */
  get(key: string): Promise<{ value: StoredConversation; eTag: string } | undefined> {
    return this.run('get', () => {
      const row = this.q.get.get(key);
      if (row === undefined) {
        this.cache.delete(key);
        return undefined;
      }
      const [raw, eTag, at] = row;
      if (this.expired(at, this.now())) {
        this.q.delIfAt.run(key, at);
        this.cache.delete(key);
        return undefined;
      }
      let value = this.cache.get(key, raw);
      if (value === undefined) {
        value = decodeConversation(raw);
        if (value === undefined) {
          this.cache.delete(key);
          throw new CorruptStateError(eTag);
        }
        this.cache.set(key, raw, value, at);
      }
      return { value, eTag };
    });
  }

  /** The store keeps `value` (see valueCache.ts): callers must not mutate it afterwards. */
  put(key: string, value: StoredConversation, eTag: string | null): Promise<string> {
    return this.run('put', () => {
      const json = encodeConversation(value);
      const now = this.now();
      const next = newETag();
      const live = now - this.ttlMs; // a row written before this has expired
      const done = eTag === null
        ? this.q.insert.run(key, personOfKey(key) ?? null, json, next, now, live).changes
        : this.q.update.run(json, next, now, key, eTag, live).changes;
      if (done !== 1) throw new ConflictError('conversation changed since it was read');
      this.cache.set(key, json, value, now);
      rememberEncoding(value, json);
      return next;
    });
  }

  delete(key: string): Promise<void> {
    return this.run('delete', () => {
      this.q.del.run(key);
      this.cache.delete(key);
    });
  }

  deletePerson(channel: string, userId: string): Promise<number> {
    return this.run('deletePerson', () => {
      const person = personKey(channel, userId);
      const n = this.q.delPerson.run(person).changes;
      this.cache.deletePerson(person);
      return n;
    });
  }

  /** Removes what is idle past the TTL, in steps of 1,000 rows with other work between them. */
  sweep(): Promise<number> {
    if (this.closed) return Promise.reject(new StoreUnavailableError('state store is closed'));
    const cutoff = this.now() - this.ttlMs;
    this.cache.deleteOlderThan(cutoff);
    return this.sweepHere(cutoff);
  }

  private async sweepHere(cutoff: number): Promise<number> {
    let removed = 0;
    let after = '';
    try {
      for (;;) {
        if (this.closed) throw new StoreUnavailableError('state store is closed');
        const rows = this.q.scan.all(after, SWEEP_STEP_ROWS);
        const expired: string[] = [];
        for (const [key, at] of rows) if (at < cutoff) expired.push(key);
        if (expired.length > 0) removed += this.delAllExpired(expired, cutoff);
        if (rows.length < SWEEP_STEP_ROWS) return removed;
        after = rows[rows.length - 1][0];
        await new Promise((r) => setImmediate(r));
      }
    } catch (e) {
      throw asStoreError(e, 'SQLite sweep');
    }
  }

  ping(): Promise<void> {
    return this.run('ping', () => void this.q.ping.get());
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.cache.clear();
    try {
      this.db.close();
    } catch {
      // closing twice or a busy handle: nothing to keep
    }
    return Promise.resolve();
  }
}
