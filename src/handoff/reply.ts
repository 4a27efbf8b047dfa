// What the person reads when a human takes over: the hotline, its hours, and whether their case was passed on.
import { t } from '../i18n';
import type { Locale } from '../dialogs/replyModel';

export interface Hotline { phone: string; hours: string }

/**
 * `forwarded`: the case goes to staff (a webhook or a staff chat is configured); otherwise the hotline alone, no
 * failure. `nothingSaid`: asked before anything was said, so there is no case to pass on, and nothing failed either.
 */
export function handoffReply(locale: Locale, hotline: Hotline, forwarded = true, nothingSaid = false): string {
  if (nothingSaid) return t(locale, 'dialog:handoffNothingSaid', { phone: hotline.phone, hours: hotline.hours });
  return t(locale, forwarded ? 'qa:handoff.reply' : 'qa:handoff.replyCall', { phone: hotline.phone, hours: hotline.hours });
}

/** The hotline from the environment (HOTLINE_PHONE, HOTLINE_HOURS), with placeholders a deployment must replace. */
export function hotlineFromEnv(env: NodeJS.ProcessEnv = process.env): Hotline {
  return { phone: env.HOTLINE_PHONE?.trim() || '12333', hours: env.HOTLINE_HOURS?.trim() || '工作日 9:00–17:00' };
}
