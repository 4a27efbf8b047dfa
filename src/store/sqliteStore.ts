// SQLite backend (better-sqlite3): one file, WAL journal, so a SIGKILLed process loses nothing it acknowledged.
// Table conversations(key, person, value, etag, updated_at); expiry by updated_at + TTL, swept on a timer and on read.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { StoredConversation } from '../conversation/types';
import { decodeConversation, encodeConversation } from './codec';
import { personKey, personOfKey } from './keys';
import {
  asStoreError, checkTtl, ConflictError, CorruptStateError, newETag, StoreUnavailableError, type StateStore,
} from './stateStore';

export interface SqliteStoreOptions {
  /** File path, or ':memory:'. The folder is created. */
  path: string;
  ttlSeconds: number;
  /** How often expired conversations are swept; default one hour. 0 turns the timer off. */
  sweepIntervalMs?: number;
  /** The clock, in ms since the epoch (tests). */
  now?: () => number;
}

interface Row { value: string; etag: string; updated_at: number }

export class SqliteStore implements StateStore {
  private readonly db: Database.Database;
  private readonly ttlMs: number;
  private readonly now: () => number;
  private readonly timer: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly q: {
    get: Database.Statement<[string], Row>;
    head: Database.Statement<[string], { etag: string; updated_at: number }>;
    upsert: Database.Statement<[string, string | null, string, string, number]>;
    del: Database.Statement<[string]>;
    delIfAt: Database.Statement<[string, number]>;
    delPerson: Database.Statement<[string]>;
    sweep: Database.Statement<[number]>;
  };
  private readonly putTx: (key: string, json: string, eTag: string | null) => string;

  constructor(opts: SqliteStoreOptions) {
    this.ttlMs = checkTtl(opts.ttlSeconds);
    this.now = opts.now ?? Date.now;
    try {
      if (opts.path !== ':memory:') mkdirSync(dirname(opts.path), { recursive: true });
      this.db = new Database(opts.path, { timeout: 5000 });
      this.db.pragma('journal_mode = WAL');
      // NORMAL in WAL mode: a committed transaction survives a crash of the process (not always a power cut).
      this.db.pragma('synchronous = NORMAL');
      this.db.exec(`
        CREATE TABLE IF NOT EXISTS conversations (
          key TEXT PRIMARY KEY,
          person TEXT,
          value TEXT NOT NULL,
          etag TEXT NOT NULL,
          updated_at INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS conversations_person ON conversations(person);
        CREATE INDEX IF NOT EXISTS conversations_updated ON conversations(updated_at);`);
    } catch (e) {
      throw asStoreError(e, `cannot open SQLite state store at ${opts.path}`);
    }
    this.q = {
      get: this.db.prepare('SELECT value, etag, updated_at FROM conversations WHERE key = ?'),
      head: this.db.prepare('SELECT etag, updated_at FROM conversations WHERE key = ?'),
      upsert: this.db.prepare(`INSERT INTO conversations (key, person, value, etag, updated_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT(key) DO UPDATE SET person = excluded.person, value = excluded.value, etag = excluded.etag,
        updated_at = excluded.updated_at`),
      del: this.db.prepare('DELETE FROM conversations WHERE key = ?'),
      delIfAt: this.db.prepare('DELETE FROM conversations WHERE key = ? AND updated_at = ?'),
      delPerson: this.db.prepare('DELETE FROM conversations WHERE person = ?'),
      sweep: this.db.prepare('DELETE FROM conversations WHERE updated_at < ?'),
    };
    const tx = this.db.transaction((key: string, json: string, eTag: string | null): string => {
      const now = this.now();
      const row = this.q.head.get(key);
      const live = row !== undefined && !this.expired(row.updated_at, now);
      if (eTag === null ? live : !live || row.etag !== eTag) throw new ConflictError('conversation changed since it was read');
      const next = newETag();
      this.q.upsert.run(key, personOfKey(key) ?? null, json, next, now);
      return next;
    });
    // IMMEDIATE: take the write lock before reading, so two processes never both pass the eTag check.
    this.putTx = (key, json, eTag) => tx.immediate(key, json, eTag);
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

  get(key: string): Promise<{ value: StoredConversation; eTag: string } | undefined> {
    return this.run('get', () => {
      const row = this.q.get.get(key);
      if (!row) return undefined;
      if (this.expired(row.updated_at, this.now())) {
        this.q.delIfAt.run(key, row.updated_at);
        return undefined;
      }
      const value = decodeConversation(row.value);
      if (!value) throw new CorruptStateError(row.etag);
      return { value, eTag: row.etag };
    });
  }

  put(key: string, value: StoredConversation, eTag: string | null): Promise<string> {
    return this.run('put', () => this.putTx(key, encodeConversation(value), eTag));
  }

  delete(key: string): Promise<void> {
    return this.run('delete', () => void this.q.del.run(key));
  }

  deletePerson(channel: string, userId: string): Promise<number> {
    return this.run('deletePerson', () => this.q.delPerson.run(personKey(channel, userId)).changes);
  }

  sweep(): Promise<number> {
    return this.run('sweep', () => this.q.sweep.run(this.now() - this.ttlMs).changes);
  }

  ping(): Promise<void> {
    return this.run('ping', () => void this.db.prepare('SELECT 1').get());
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    try {
      this.db.close();
    } catch {
      // closing twice or a busy handle: nothing to keep
    }
    return Promise.resolve();
  }
}
