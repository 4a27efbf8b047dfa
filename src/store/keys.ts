// Store keys: keyed hashes of the channel's ids, so the store never holds a WeChat or Teams id in clear.
// A key is `<person>.<conversation>`; the person part is hash(channel, userId), which is what
// StateStore.deletePerson needs to find every conversation of one person without knowing the ids.
// Every message needs its key: the keys are remembered in memory (bounded, per secret), the bytes are the same.
import { createHmac } from 'node:crypto';
import type { ConversationKey } from './types';
import { BoundedMap } from '../boundedMap';

const DEFAULT_SECRET = 'guantong-state-key-v1';

/** The hash key: STATE_KEY_SECRET when set (keep it stable: changing it orphans stored conversations). */
export function keySecret(): string {
  return process.env.STATE_KEY_SECRET || DEFAULT_SECRET;
}

/** How many conversation keys are remembered per secret. */
export const KEY_CACHE_ENTRIES = 10_000;
const SECRETS_REMEMBERED = 4;
const remembered = new Map<string, BoundedMap<string, string>>();

function digest(secret: string, parts: string[]): string {
  // 16 bytes of HMAC-SHA256, base64url (22 characters, never contains '.').
  return createHmac('sha256', secret).update(parts.join('\u0000')).digest().subarray(0, 16).toString('base64url');
}

/** The person part of a key: hash(channel, userId). */
export function personKey(channel: string, userId: string, secret: string = keySecret()): string {
  return digest(secret, ['p', channel, userId]);
}

/** The store key of one conversation of one person: `<personKey>.<hash(channel, conversationId, userId)>`. */
export function conversationKey(k: ConversationKey, secret: string = keySecret()): string {
  const { channel, conversationId, userId } = k;
  if (typeof channel !== 'string' || typeof conversationId !== 'string' || typeof userId !== 'string') return keyOf(k, secret);
  let keys = remembered.get(secret);
  if (keys === undefined) {
    if (remembered.size >= SECRETS_REMEMBERED) remembered.clear();
    keys = new BoundedMap(KEY_CACHE_ENTRIES);
    remembered.set(secret, keys);
  }
  // Length-prefixed, so no two different id triples share an entry (whatever characters the ids hold).
  const id = `${channel.length}:${channel}${conversationId.length}:${conversationId}${userId}`;
  let key = keys.get(id);
  if (key === undefined) {
    key = keyOf(k, secret);
    keys.set(id, key);
  }
  return key;
}

function keyOf(k: ConversationKey, secret: string): string {
  return `${personKey(k.channel, k.userId, secret)}.${digest(secret, ['c', k.channel, k.conversationId, k.userId])}`;
}

/** The person part of a key built by conversationKey, or undefined for a foreign key. */
export function personOfKey(key: string): string | undefined {
  const dot = key.indexOf('.');
  return dot > 0 ? key.slice(0, dot) : undefined;
}
