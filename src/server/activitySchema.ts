// The least an inbound Bot Framework activity must have before the adapter sees it.
import { z } from 'zod';

export const activityShape = z.looseObject({
  type: z.string().min(1),
  conversation: z.looseObject({ id: z.string().min(1) }),
  from: z.looseObject({ id: z.string().min(1) }),
});

export type ActivityShape = z.infer<typeof activityShape>;

export function checkActivity(body: unknown): { ok: true; activity: ActivityShape } | { ok: false; issues: { path: string; message: string }[] } {
  const r = activityShape.safeParse(body);
  if (r.success) return { ok: true, activity: r.data };
  return { ok: false, issues: r.error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(activity)', message: i.message })) };
}
