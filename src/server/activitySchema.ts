// The least an inbound Bot Framework activity must have before the adapter sees it. A well-formed activity (nearly
// every one) is recognised by hand; anything else goes to the zod schema, which decides and names the field.
import { z } from 'zod';

// Fields the adapter reads must have their type: a wrong one (serviceUrl: []) would fail deep inside the SDK.
const text = z.string().max(100_000);
export const activityShape = z.looseObject({
  type: z.string().min(1).max(100),
  conversation: z.looseObject({ id: z.string().min(1).max(1000), conversationType: z.string().max(100).optional(), isGroup: z.boolean().optional() }),
  from: z.looseObject({ id: z.string().min(1).max(1000), name: z.string().max(1000).optional() }),
  recipient: z.looseObject({ id: z.string().max(1000).optional(), name: z.string().max(1000).optional() }).optional(),
  serviceUrl: z.string().max(2000).optional(),
  channelId: z.string().max(100).optional(),
  id: z.string().max(1000).optional(),
  replyToId: z.string().max(1000).optional(),
  deliveryMode: z.string().max(100).optional(),
  locale: z.string().max(100).optional(),
  text: text.optional(),
});

export type ActivityShape = z.infer<typeof activityShape>;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown, min: number, max: number): boolean => typeof x === 'string' && x.length >= min && x.length <= max;
const optStr = (x: unknown, max: number): boolean => x === undefined || (typeof x === 'string' && x.length <= max);

/**
 * True only for bodies the schema accepts (test/server/activitySchema.test.ts checks that over many bodies); false
 * may still be accepted by it. Zod costs about 15 µs per activity; this, well under one.
 */
export function plainlyWellFormed(b: unknown): b is ActivityShape {
  if (!isObject(b)) return false;
  const { conversation: c, from: f, recipient: r } = b;
  return str(b.type, 1, 100)
    && isObject(c) && str(c.id, 1, 1000) && optStr(c.conversationType, 100) && (c.isGroup === undefined || typeof c.isGroup === 'boolean')
    && isObject(f) && str(f.id, 1, 1000) && optStr(f.name, 1000)
    && (r === undefined || (isObject(r) && optStr(r.id, 1000) && optStr(r.name, 1000)))
    && optStr(b.serviceUrl, 2000) && optStr(b.channelId, 100) && optStr(b.id, 1000) && optStr(b.replyToId, 1000)
    && optStr(b.deliveryMode, 100) && optStr(b.locale, 100) && optStr(b.text, 100_000);
}

export function checkActivity(body: unknown): { ok: true; activity: ActivityShape } | { ok: false; issues: { path: string; message: string }[] } {
  if (plainlyWellFormed(body)) return { ok: true, activity: body };
  const r = activityShape.safeParse(body);
  if (r.success) return { ok: true, activity: r.data };
  return { ok: false, issues: r.error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(activity)', message: i.message })) };
}
