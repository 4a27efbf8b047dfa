// SQLite backend (better-sqlite3): one file, WAL journal, so a SIGKILLed process loses nothing it acknowledged.
// The SQL is in sqliteDb.js; expiry by updated_at + TTL, checked on every read and swept on a timer.
//
// A turn costs one read and one write statement:
//   get  SELECT of the row; the decoded conversation comes from the cache (valueCache.ts) when the bytes match.
//   put  one compare-and-set statement, atomic under SQLite's write lock, so it holds across connections and
//        processes sharing the file.
// Where the statements run: on a worker thread with its own connection (sqliteWorker.js), by default for a file, so
// the event loop never waits on SQLite and the puts posted together share one WAL commit; or on this thread
// (':memory:', `thread: false`, or when the worker cannot start or dies: then this thread takes over for good, and
// the calls that were in flight fail with StoreUnavailableError, as a lost connection would).
// Calls run in the order they were made, on one connection at a time.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { StoredConversation } from './types';
import { encodeConversation } from './codec';
import { personKey, personOfKey } from './keys';
import {
  openConversations, type Call, type CallResult, type Connection, type ConversationOps, type ConversationRow, type CrossError, type OpName,
} from './sqliteDb';
import {
  asStoreError, checkTtl, ConflictError, newETag, StoreUnavailableError, type StateStore,
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
  /** Decoded conversations kept in memory (see valueCache.ts); default 2,000, 0 = none. */
  cacheEntries?: number;
  /** Statements on a worker thread (default true; never for ':memory:'). */
  thread?: boolean;
  /** Told when the worker thread could not start or stopped, and this thread took over. */
  onThreadFailed?: (e: Error) => void;
}

/** Where the statements run now. */
export type SqliteThread = 'worker' | 'main';

const BUSY_TIMEOUT_MS = 5000;
const SWEEP_STEP_ROWS = 1000;
const CLOSE_WAIT_MS = 5000;

type Args<K extends OpName> = Parameters<ConversationOps[K]>;
type Result<K extends OpName> = ReturnType<ConversationOps[K]>;

/** An Error of this thread from what the worker sent (name, message, SQLite code). */
function revive(e: CrossError): Error {
  const err = new Error(e.message) as Error & { code?: string };
  err.name = e.name;
  if (e.code !== undefined) err.code = e.code;
  return err;
}

/** The worker thread and the calls waiting for it. Calls made in one turn of the event loop are posted together. */
class WorkerLink {
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private outbox: Call[] = [];
  private scheduled = false;
  private nextId = 0;
  private dead = false;

  constructor(private readonly worker: Worker, private readonly onDeath: (e: Error) => void) {
    worker.unref();
    worker.on('message', (m: CallResult[] | { t: 'failed'; error: CrossError }) => {
      if (Array.isArray(m)) this.settle(m);
      else if (m.t === 'failed') this.die(revive(m.error));
    });
    worker.on('error', (e) => this.die(e));
    worker.on('exit', (code) => this.die(new Error(`SQLite worker thread exited (${code})`)));
  }

  call<K extends OpName>(op: K, args: Args<K>): Promise<Result<K>> {
    if (this.dead) return Promise.reject(new StoreUnavailableError('SQLite worker thread stopped'));
    return new Promise((resolve, reject) => {
      const id = ++this.nextId;
      // While calls wait, the worker keeps the process alive; idle, it does not.
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.outbox.push([id, op, args]);
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(this.flush);
      }
    });
  }

  private readonly flush = (): void => {
    this.scheduled = false;
    if (this.dead || this.outbox.length === 0) return;
    const calls = this.outbox;
    this.outbox = [];
    try {
      this.worker.postMessage(calls);
    } catch (e) {
      this.die(e instanceof Error ? e : new Error(String(e)));
    }
  };

  private settle(results: CallResult[]): void {
    for (const [id, ok, value] of results) {
      const p = this.pending.get(id);
      if (p === undefined) continue;
      this.pending.delete(id);
      if (ok) p.resolve(value);
      else p.reject(revive(value as CrossError));
    }
    if (this.pending.size === 0) this.worker.unref();
  }

  /** Ends the link: what waits fails, the owner is told (once). */
  private die(e: Error): void {
    if (this.dead) return;
    this.dead = true;
    this.outbox = [];
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) p.reject(new StoreUnavailableError(`SQLite worker thread stopped: ${e.message}`, { cause: e }));
    void this.worker.terminate().catch(() => undefined);
    this.onDeath(e);
  }

  /** Runs what was posted, closes the worker's connection and waits for the thread to end. */
  async close(): Promise<void> {
    if (this.dead) return;
    this.flush();
    const worker = this.worker;
    worker.ref();
    await new Promise<void>((resolve) => {
      const giveUp = setTimeout(() => void worker.terminate().catch(() => undefined), CLOSE_WAIT_MS);
      giveUp.unref();
      worker.once('exit', () => {
        clearTimeout(giveUp);
        resolve();
      });
      try {
        worker.postMessage('close');
      } catch {
        void worker.terminate().catch(() => undefined);
      }
    });
  }

  /** Whether it has died (then the owner runs calls itself). */
  get stopped(): boolean {
    return this.dead;
  }
}

export class SqliteStore implements StateStore {
  private readonly conn: Connection;
  private readonly ttlMs: number;
  private readonly now: () => number;
  private readonly timer: NodeJS.Timeout | undefined;
  private readonly cache: ValueCache;
  private link: WorkerLink | undefined;
  private closed = false;

  constructor(opts: SqliteStoreOptions) {
    this.ttlMs = checkTtl(opts.ttlSeconds);
    this.now = opts.now ?? Date.now;
    this.cache = new ValueCache(opts.cacheEntries ?? DEFAULT_CACHE_ENTRIES);
    // Opened here first in any case: a bad path fails now, in the constructor, and this connection takes over if the
    // worker cannot.
    try {
      if (opts.path !== ':memory:') mkdirSync(dirname(opts.path), { recursive: true });
      this.conn = openConversations(Database, opts.path, BUSY_TIMEOUT_MS);
    } catch (e) {
      throw asStoreError(e, `cannot open SQLite state store at ${opts.path}`);
    }
    if (opts.path !== ':memory:' && opts.thread !== false) this.startWorker(opts.path, opts.onThreadFailed);
    const every = opts.sweepIntervalMs ?? 3600_000;
    if (every > 0) {
      this.timer = setInterval(() => void this.sweep().catch(() => undefined), every);
      this.timer.unref();
    }
  }

  private startWorker(path: string, told?: (e: Error) => void): void {
    const failed = (e: Error) => {
      this.link = undefined;
      if (this.closed) return;
      try {
        told?.(e);
      } catch {
        // a listener never breaks the store
      }
    };
    try {
      const worker = new Worker(join(__dirname, 'sqliteWorker.js'), {
        workerData: { driver: require.resolve('better-sqlite3'), path, busyTimeoutMs: BUSY_TIMEOUT_MS },
        // plain JavaScript: no TypeScript loader, whatever this process was started with
        execArgv: [],
      });
      this.link = new WorkerLink(worker, failed);
    } catch (e) {
      failed(e instanceof Error ? e : new Error(String(e)));
    }
  }

  /** Where the statements run now. */
  get thread(): SqliteThread {
    return this.link && !this.link.stopped ? 'worker' : 'main';
  }

  private call<K extends OpName>(what: string, op: K, ...args: Args<K>): Promise<Result<K>> {
    if (this.closed) return Promise.reject(new StoreUnavailableError('state store is closed'));
    const link = this.link;
    if (link && !link.stopped) return link.call(op, args).catch((e: unknown) => Promise.reject(asStoreError(e, `SQLite ${what}`)));
    try {
      return Promise.resolve((this.conn.ops[op] as (...a: Args<K>) => Result<K>)(...args));
    } catch (e) {
      return Promise.reject(asStoreError(e, `SQLite ${what}`));
    }
  }

  /** See valueCache.ts: the value is shared, callers must not mutate it. */
  async get(key: string): Promise<{ value: StoredConversation; eTag: string } | undefined> {
    const row: ConversationRow | undefined = await this.call('get', 'get', key, this.now() - this.ttlMs);
    if (row === undefined) {
      this.cache.delete(key);
      return undefined;
    }
    const [raw, eTag, at] = row;
    return { value: this.cache.read(key, raw, eTag, at), eTag };
  }

  /** The store keeps `value` (see valueCache.ts): callers must not mutate it afterwards. */
  async put(key: string, value: StoredConversation, eTag: string | null): Promise<string> {
    let json: string;
    try {
      json = encodeConversation(value);
    } catch (e) {
      throw asStoreError(e, 'SQLite put');
    }
    const now = this.now();
    const next = newETag();
    // a row written before now - TTL has expired
    const done = await this.call('put', 'put', key, personOfKey(key) ?? null, json, next, now, now - this.ttlMs, eTag);
    if (done !== 1) throw new ConflictError('conversation changed since it was read');
    this.cache.wrote(key, json, value, now);
    return next;
  }

  // Forgotten before and after: a read in flight meanwhile may have remembered the bytes being deleted.
  async delete(key: string): Promise<void> {
    this.cache.delete(key);
    await this.call('delete', 'del', key);
    this.cache.delete(key);
  }

  async deletePerson(channel: string, userId: string): Promise<number> {
    const person = personKey(channel, userId);
    this.cache.deletePerson(person);
    const n = await this.call('deletePerson', 'delPerson', person);
    this.cache.deletePerson(person);
    return n;
  }

  /** Removes what is idle past the TTL, in steps of 1,000 rows with other calls between them. */
  async sweep(): Promise<number> {
    if (this.closed) throw new StoreUnavailableError('state store is closed');
    const cutoff = this.now() - this.ttlMs;
    this.cache.deleteOlderThan(cutoff);
    let removed = 0;
    let after: string | null = '';
    while (after !== null) {
      const [n, last]: [number, string | null] = await this.call('sweep', 'sweepStep', after, cutoff, SWEEP_STEP_ROWS);
      removed += n;
      after = last;
      // on this thread, let other work run between steps
      if (after !== null && this.thread === 'main') await new Promise((r) => setImmediate(r));
    }
    return removed;
  }

  async ping(): Promise<void> {
    await this.call('ping', 'ping');
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.cache.clear();
    const link = this.link;
    this.link = undefined;
    // calls already made run first; then the worker's connection closes
    await link?.close();
    try {
      this.conn.db.close();
    } catch {
      // closing twice or a busy handle: nothing to keep
    }
  }
}
