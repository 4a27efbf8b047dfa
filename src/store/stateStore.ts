// The one state store interface (compare-and-set on an eTag) and its errors. Backends: sqliteStore, redisStore;
// pick one with createStore(url).
import { randomBytes } from 'node:crypto';
import type { StoredConversation } from './types';

export { conversationKey, personKey, personOfKey, keySecret } from './keys';
export { encodeConversation, decodeConversation, encodedBytes } from './codec';

export interface StateStore {
  /**
   * The stored conversation and its eTag; undefined when absent or expired.
   * Throws CorruptStateError (carrying the eTag, so the caller may overwrite it) when the stored bytes are not a
   * conversation.
   */
  get(key: string): Promise<{ value: StoredConversation; eTag: string } | undefined>;
  /** eTag null = the key must not exist yet. Throws ConflictError when the stored eTag differs. Returns the new eTag. */
  put(key: string, value: StoredConversation, eTag: string | null): Promise<string>;
  delete(key: string): Promise<void>;
  /** Erase every conversation of one person in one channel ("删除我的数据"); returns how many were removed. */
  deletePerson(channel: string, userId: string): Promise<number>;
  /** Remove conversations idle longer than the TTL (Redis does it by itself; SQLite on a timer and on read). */
  sweep(): Promise<number>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The stored eTag differs from the one given to put (someone else wrote first), or the key exists when it should not. */
export class ConflictError extends Error {
  override name = 'ConflictError';
}

/** The backend is down or refused the operation: callers reply "temporarily unavailable". */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}

/** The stored bytes are not a conversation (not JSON, wrong shape). `eTag` lets the caller overwrite them with put. */
export class CorruptStateError extends Error {
  override name = 'CorruptStateError';
  constructor(readonly eTag: string) {
    super('stored conversation is corrupt');
  }
}

export interface StoreOptions {
  /** Idle time after which a conversation is removed, in seconds (fractions allowed). */
  ttlSeconds: number;
}

export const DEFAULT_TTL_SECONDS = 30 * 24 * 3600;

// An eTag is this process's random prefix (72 bits, new at every start) and a counter: never the same twice, in this
// process or any other, without asking the kernel for randomness on every write.
const ETAG_PREFIX = randomBytes(9).toString('base64url');
let etagCounter = 0;

export function newETag(): string {
  return ETAG_PREFIX + (++etagCounter).toString(36);
}

export function checkTtl(ttlSeconds: number): number {
  if (!Number.isFinite(ttlSeconds) || ttlSeconds <= 0) throw new Error(`state TTL must be a positive number of seconds, got ${ttlSeconds}`);
  return Math.max(1, Math.round(ttlSeconds * 1000));
}

/** Wraps a backend error (anything but the store's own errors) as StoreUnavailableError. */
export function asStoreError(e: unknown, what: string): Error {
  if (e instanceof ConflictError || e instanceof CorruptStateError || e instanceof StoreUnavailableError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  return new StoreUnavailableError(`${what}: ${msg}`, { cause: e });
}
