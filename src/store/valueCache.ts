// Decoded conversations remembered by key, so a read can skip JSON.parse and validation. An entry is only served
// when the stored bytes just read from the backend are exactly the bytes it was decoded from (or encoded to): a
// write by another instance, a corrupt row or an edit behind the store's back is never hidden. Expiry is the
// backend's business (checked on every read, before the cache).
//
// The objects are shared: the store hands the same object to every get of those bytes, and put keeps the caller's
// object. Callers must not mutate a conversation they got from get or gave to put. Under jest (NODE_ENV=test) the
// objects are frozen, so a mutation throws in the tests instead of corrupting a later turn.
import type { StoredConversation } from './types';
import { BoundedMap } from '../boundedMap';
import { decodeConversation, rememberEncoding } from './codec';
import { CorruptStateError } from './stateStore';

// Enough for the people mid-conversation on one instance; idle conversations need no place here.
export const DEFAULT_CACHE_ENTRIES = 2_000;

interface Entry {
  raw: string;
  value: StoredConversation;
  /** When the row was written (ms), so a sweep can forget what it removed. */
  at: number;
}

export class ValueCache {
  private readonly map: BoundedMap<string, Entry>;
  private readonly freeze: boolean;

  constructor(maxEntries: number = DEFAULT_CACHE_ENTRIES, freeze = process.env.NODE_ENV === 'test') {
    this.map = new BoundedMap(maxEntries);
    this.freeze = freeze;
  }

  get size(): number {
    return this.map.size;
  }

  /** The conversation for `key` when `raw` is the very bytes it stands for. */
  get(key: string, raw: string): StoredConversation | undefined {
    const e = this.map.get(key);
    return e !== undefined && e.raw === raw ? e.value : undefined;
  }

  set(key: string, raw: string, value: StoredConversation, at: number): void {
    if (this.map.maxEntries === 0) return;
    if (this.freeze) deepFreeze(value);
    this.map.set(key, { raw, value, at });
  }

  /**
   * The conversation stored as `raw` for `key`: remembered, or decoded now and remembered (`at`: when it was
   * written, ms). Bytes that are not a conversation are forgotten and throw CorruptStateError with their eTag.
   */
  read(key: string, raw: string, eTag: string, at: number): StoredConversation {
    const kept = this.get(key, raw);
    if (kept !== undefined) return kept;
    const value = decodeConversation(raw);
    if (value === undefined) {
      this.map.delete(key);
      throw new CorruptStateError(eTag);
    }
    this.set(key, raw, value, at);
    return value;
  }

  /** A store wrote `json` for `value` under `key` at `at` (ms): remembered, and its size known (codec.encodedBytes). */
  wrote(key: string, json: string, value: StoredConversation, at: number): void {
    this.set(key, json, value, at);
    rememberEncoding(value, json);
  }

  delete(key: string): void {
    this.map.delete(key);
  }

  /** Forgets every conversation of one person (the key prefix `<person>.`). */
  deletePerson(person: string): void {
    const prefix = `${person}.`;
    this.map.deleteWhere((k) => k.startsWith(prefix));
  }

  /** Forgets what was written before `cutoff` (ms). */
  deleteOlderThan(cutoff: number): void {
    this.map.deleteWhere((_k, e) => e.at < cutoff);
  }

  clear(): void {
    this.map.clear();
  }
}

function deepFreeze(v: unknown): void {
  if (v === null || typeof v !== 'object' || Object.isFrozen(v)) return;
  Object.freeze(v);
  for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]);
}
