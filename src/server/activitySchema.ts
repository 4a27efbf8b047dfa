// The least an inbound Bot Framework activity must have before the adapter sees it.
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

export function checkActivity(body: unknown): { ok: true; activity: ActivityShape } | { ok: false; issues: { path: string; message: string }[] } {
  const r = activityShape.safeParse(body);
  if (r.success) return { ok: true, activity: r.data };
  return { ok: false, issues: r.error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(activity)', message: i.message })) };
}
