// Picks the state backend from STATE_STORE: `sqlite:<path>` (default sqlite:./data/state.db) or `redis://host:port`.
import { SqliteStore } from './sqliteStore';
import { RedisStore } from './redisStore';
import type { StateStore } from './stateStore';

export const DEFAULT_STATE_STORE = 'sqlite:./data/state.db';

export interface CreateStoreOptions {
  ttlSeconds: number;
  /** SQLite: sweep interval (default one hour). */
  sweepIntervalMs?: number;
  /** SQLite: told when its worker thread stopped and the statements moved to the main thread (for the log). */
  onThreadFailed?: (e: Error) => void;
}

export function createStore(url: string, opts: CreateStoreOptions): StateStore {
  const u = url.trim();
  if (u.startsWith('sqlite:')) {
    const path = u.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!path) throw new Error(`STATE_STORE "${url}" names no SQLite file: use sqlite:./data/state.db`);
    return new SqliteStore({ path, ttlSeconds: opts.ttlSeconds, sweepIntervalMs: opts.sweepIntervalMs, onThreadFailed: opts.onThreadFailed });
  }
  if (/^rediss?:\/\/[^/]/.test(u)) return new RedisStore({ url: u, ttlSeconds: opts.ttlSeconds });
  throw new Error(`STATE_STORE "${url}" is not a state store URL: use sqlite:<path> (default ${DEFAULT_STATE_STORE}) or redis://host:port`);
}
