// The reminder commands people type (or pick as a choice): 到时提醒我 / remind me, 我的提醒 / my reminders,
// 取消提醒 / cancel reminders. Whole messages only, so that no answer to a dialog question is taken for one.
import type { Locale } from '../dialogs/replyModel';

export type ReminderCommand = 'set' | 'list' | 'cancel';

const PHRASES: Record<ReminderCommand, Record<Locale, string[]>> = {
  set: {
    'zh-CN': ['到时提醒我', '到时候提醒我', '提醒我', '到时通知我', '设提醒', '设置提醒'],
    en: ['remind me', 'remind me then', 'set a reminder', 'set reminder'],
  },
  list: {
    'zh-CN': ['我的提醒', '查看提醒', '提醒列表', '我设的提醒'],
    en: ['my reminders', 'list reminders', 'show reminders', 'show my reminders'],
  },
  cancel: {
    'zh-CN': ['取消提醒', '删除提醒', '不用提醒了', '取消我的提醒'],
    en: ['cancel reminders', 'cancel reminder', 'cancel my reminders', 'delete reminders'],
  },
};

/** Full-width forms folded, case and spaces ignored, closing punctuation dropped. */
function normalize(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s]+/g, ' ').trim().replace(/[。.!！~～?？,，、]+$/u, '').trim();
}

const INDEX = new Map<string, { command: ReminderCommand; locale: Locale }>();
for (const [command, byLocale] of Object.entries(PHRASES) as [ReminderCommand, Record<Locale, string[]>][]) {
  for (const [locale, phrases] of Object.entries(byLocale) as [Locale, string[]][]) {
    for (const p of phrases) INDEX.set(normalize(p), { command, locale });
  }
}

/** The command a message is, with the language it was said in; undefined for anything else. */
export function reminderCommand(text: string, value?: unknown): { command: ReminderCommand; locale: Locale } | undefined {
  const picked = value && typeof value === 'object' && typeof (value as { choice?: unknown }).choice === 'string'
    ? (value as { choice: string }).choice : undefined;
  const said = picked ?? text;
  if (typeof said !== 'string' || said.length > 40) return undefined;
  return INDEX.get(normalize(said));
}
