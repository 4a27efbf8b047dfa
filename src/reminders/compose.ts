// The words of reminders, from locales/*/reminders.json: the confirmation, the list, and the reminder itself with
// the answer evaluated again under the rules in force when it is sent (and said so when that answer changed).
import type { Locale } from '../dialogs/replyModel';
import { t } from '../i18n';
import type { EligibilityResult, Path } from '../rules/result';
import type { Reminder } from '../store/reminderStore';

export function monthWords(ym: string, locale: Locale): string {
  const [y, m] = ym.split('-');
  return t(locale, 'reminders:month', { year: y, name: t(locale, `reminders:monthNames.${Number(m)}`) });
}

export function targetWords(r: Pick<Reminder, 'direction' | 'target'>, locale: Locale): string {
  return t(locale, `rules:${r.direction === 'skill_to_title' ? 'title' : 'skill'}.${r.target}`);
}

export function setText(reminders: Reminder[], locale: Locale): string {
  const items = reminders.map((r) => t(locale, 'reminders:set.item', { month: monthWords(r.due, locale), target: targetWords(r, locale) }));
  return `${t(locale, 'reminders:set.done', { items: items.join(t(locale, 'reminders:set.join')) })}\n${t(locale, 'reminders:set.how')}`;
}

export function listText(reminders: Reminder[], locale: Locale): string {
  if (reminders.length === 0) return t(locale, 'reminders:list.none');
  const lines = reminders.map((r) => t(locale, 'reminders:list.item', {
    month: monthWords(r.due, locale), target: targetWords(r, locale), region: t(locale, `rules:region.${r.region}`),
  }));
  return [t(locale, 'reminders:list.head'), ...lines, t(locale, 'reminders:list.tail')].join('\n');
}

export function cancelText(count: number, locale: Locale): string {
  return count > 0 ? t(locale, 'reminders:cancel.done', { count }) : t(locale, 'reminders:cancel.none');
}

/** The path of the reminder's rule row in a result (the same row, else the same direction and target). */
export function samePath(r: Reminder, result: EligibilityResult | undefined): Path | undefined {
  if (!result) return undefined;
  return result.paths.find((p) => p.ruleId === r.ruleId) ?? result.paths.find((p) => p.direction === r.direction && p.target === r.target);
}

export interface DueMessage {
  text: string;
  /** The answer is not what the person was told: the text says so. */
  changed: boolean;
  /** Still not open, from this later month: the reminder is kept and moved there. */
  later?: string;
}

/**
 * The reminder, for the month it is sent in: `result` is the person's stored facts evaluated under the rules in
 * force now (undefined when they no longer make a valid profile). Expected then: the path is open.
 */
export function dueMessage(r: Reminder, result: EligibilityResult | undefined, month: string): DueMessage {
  const l = r.locale;
  const head = t(l, 'reminders:due.head', { setIn: monthWords(r.setIn, l), target: targetWords(r, l) });
  const path = samePath(r, result);
  const more = t(l, 'reminders:due.more');
  if (path?.status === 'eligible') {
    const c = path.citations[0];
    return { text: [head, t(l, 'reminders:due.eligible', { docNo: c?.docNo ?? '', clause: c?.clause ?? '' }), more].join('\n'), changed: false };
  }
  const changed = t(l, 'reminders:due.changed');
  if (path?.status === 'not_yet' && path.eligibleFrom && path.eligibleFrom > month) {
    return { text: [head, `${changed}${t(l, 'reminders:due.notYet', { month: monthWords(path.eligibleFrom, l) })}`, more].join('\n'), changed: true, later: path.eligibleFrom };
  }
  if (path?.status === 'conditional') {
    const conditions = path.conditions.map((c) => c.text).join(t(l, 'reminders:set.join'));
    return { text: [head, `${changed}${t(l, 'reminders:due.conditional', { conditions })}`, more].join('\n'), changed: true };
  }
  return { text: [head, `${changed}${t(l, 'reminders:due.gone')}`, more].join('\n'), changed: true };
}
