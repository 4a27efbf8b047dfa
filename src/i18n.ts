// All user-facing text lives in locales/<locale>/<namespace>.json; this is the one way to read it.
// Static imports keep the dialog and the rules free of file access.
import i18next, { type TOptions } from 'i18next';
import type { Locale } from './dialogs/replyModel';
import zhCommon from '../locales/zh-CN/common.json';
import zhDialog from '../locales/zh-CN/dialog.json';
import zhRules from '../locales/zh-CN/rules.json';
import zhQa from '../locales/zh-CN/qa.json';
import zhLadder from '../locales/zh-CN/ladder.json';
import zhBot from '../locales/zh-CN/bot.json';
import enCommon from '../locales/en/common.json';
import enDialog from '../locales/en/dialog.json';
import enRules from '../locales/en/rules.json';
import enQa from '../locales/en/qa.json';
import enLadder from '../locales/en/ladder.json';
import enBot from '../locales/en/bot.json';

export const NAMESPACES = ['common', 'dialog', 'rules', 'qa', 'ladder', 'bot'] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const resources = {
  'zh-CN': { common: zhCommon, dialog: zhDialog, rules: zhRules, qa: zhQa, ladder: zhLadder, bot: zhBot },
  en: { common: enCommon, dialog: enDialog, rules: enRules, qa: enQa, ladder: enLadder, bot: enBot },
} as const;

const i18n = i18next.createInstance();
void i18n.init({
  resources,
  lng: 'zh-CN',
  fallbackLng: false,
  ns: [...NAMESPACES],
  defaultNS: 'common',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
} as Parameters<typeof i18n.init>[0]);

/** Text for `key` ("ns:key.path") in `locale`. A missing key returns the key itself, which the parity test forbids. */
// i18next's t() costs microseconds; the same texts are asked for again and again (the engine's conditions).
const memo = new Map<string, string>();
const MEMO_MAX = 10_000;

export function t(locale: Locale, key: string, vars?: Record<string, unknown>): string {
  const memoKey = vars ? `${locale}\u0000${key}\u0000${JSON.stringify(vars)}` : `${locale}\u0000${key}`;
  const hit = memo.get(memoKey);
  if (hit !== undefined) return hit;
  const opts: TOptions = { ...vars, lng: locale };
  const text = (i18n.t as (k: string, o: TOptions) => string)(key, opts);
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(memoKey, text);
  return text;
}

/** Whether a key exists in a locale (for optional texts). */
export function has(locale: Locale, key: string): boolean {
  return i18n.exists(key, { lng: locale });
}
