// The stored bytes of a conversation: compact JSON with short field names, validated on the way back.
//   {"d":{"v":<dialog version>,"s":<snapshot>},"t":<updatedAt ms>,"r":[["u","text"],["b","text"]]}
// Validation is written out by hand (it runs on every read that misses the cache); it accepts exactly what the zod
// schema it replaced accepted (test/store/codec.test.ts keeps that schema and compares):
//   z.object({ d: z.object({ v: z.number().int(), s: z.unknown() }), t: z.number().finite(),
//              r: z.array(z.tuple([z.enum(['u', 'b']), z.string()])).optional() })   and s present.
import type { RecentMessage, StoredConversation } from './types';

export function encodeConversation(c: StoredConversation): string {
  const out: { d: { v: number; s: unknown }; t: number; r?: [string, string][] } = { d: { v: c.dialog.version, s: c.dialog.snapshot }, t: c.updatedAt };
  if (c.recent && c.recent.length > 0) out.r = c.recent.map((m) => [m.from === 'user' ? 'u' : 'b', m.text]);
  return JSON.stringify(out);
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The conversation, or undefined when the bytes are not JSON or not of this shape. */
export function decodeConversation(raw: string): StoredConversation | undefined {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isRecord(json)) return undefined;
  const { d, t, r } = json;
  if (!isRecord(d)) return undefined;
  const { v, s } = d;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || s === undefined) return undefined;
  if (typeof t !== 'number' || !Number.isFinite(t)) return undefined;
  const c: StoredConversation = { dialog: { version: v, snapshot: s }, updatedAt: t };
  if (r !== undefined) {
    if (!Array.isArray(r)) return undefined;
    const recent: RecentMessage[] = new Array(r.length);
    for (let i = 0; i < r.length; i++) {
      const m: unknown = r[i];
      if (!Array.isArray(m) || m.length !== 2) return undefined;
      const from: unknown = m[0];
      const text: unknown = m[1];
      if ((from !== 'u' && from !== 'b') || typeof text !== 'string') return undefined;
      recent[i] = { from: from === 'u' ? 'user' : 'bot', text };
    }
    c.recent = recent;
  }
  return c;
}

// The JSON a store last wrote for a conversation object, so that what the caller reports about it (its size) need
// not encode it a second time.
const written = new WeakMap<StoredConversation, string>();

/** Called by the stores with what they stored for `c`. */
export function rememberEncoding(c: StoredConversation, json: string): void {
  written.set(c, json);
}

/**
 * UTF-8 size of encodeConversation(c): of the bytes a store wrote for this very object when there were any (the
 * object must not have changed since, which the stores require anyway), else encoded now.
 */
export function encodedBytes(c: StoredConversation): number {
  return Buffer.byteLength(written.get(c) ?? encodeConversation(c));
}
