// The stored bytes of a conversation: compact JSON with short field names, validated on the way back.
//   {"d":{"v":<dialog version>,"s":<snapshot>},"t":<updatedAt ms>,"r":[["u","text"],["b","text"]]}
import { z } from 'zod';
import type { StoredConversation } from '../conversation/types';

const wire = z.object({
  d: z.object({ v: z.number().int(), s: z.unknown() }),
  t: z.number().finite(),
  r: z.array(z.tuple([z.enum(['u', 'b']), z.string()])).optional(),
});

export function encodeConversation(c: StoredConversation): string {
  const out: z.infer<typeof wire> = { d: { v: c.dialog.version, s: c.dialog.snapshot }, t: c.updatedAt };
  if (c.recent && c.recent.length > 0) out.r = c.recent.map((m) => [m.from === 'user' ? 'u' : 'b', m.text]);
  return JSON.stringify(out);
}

/** The conversation, or undefined when the bytes are not JSON or not of this shape. */
export function decodeConversation(raw: string): StoredConversation | undefined {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const parsed = wire.safeParse(json);
  if (!parsed.success || parsed.data.d.s === undefined) return undefined;
  const { d, t, r } = parsed.data;
  const c: StoredConversation = { dialog: { version: d.v, snapshot: d.s }, updatedAt: t };
  if (r) c.recent = r.map(([from, text]) => ({ from: from === 'u' ? 'user' : 'bot', text }));
  return c;
}
