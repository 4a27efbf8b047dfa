// All user-facing text lives in locales/<locale>/<namespace>.json; this is the one way to read it.
// Static imports keep the dialog and the rules free of file access.
import i18next, { type TOptions } from 'i18next';
import type { Locale } from './rules/locale';
import zhCommon from '../locales/zh-CN/common.json';
import zhDialog from '../locales/zh-CN/dialog.json';
import zhRules from '../locales/zh-CN/rules.json';
import zhQa from '../locales/zh-CN/qa.json';
import zhQaProvisions from '../locales/zh-CN/qa-provisions.json';
import zhLadder from '../locales/zh-CN/ladder.json';
import zhBot from '../locales/zh-CN/bot.json';
import zhChannels from '../locales/zh-CN/channels.json';
import zhWeb from '../locales/zh-CN/web.json';
import zhReminders from '../locales/zh-CN/reminders.json';
import enCommon from '../locales/en/common.json';
import enDialog from '../locales/en/dialog.json';
import enRules from '../locales/en/rules.json';
import enQa from '../locales/en/qa.json';
import enQaProvisions from '../locales/en/qa-provisions.json';
import enLadder from '../locales/en/ladder.json';
import enBot from '../locales/en/bot.json';
import enChannels from '../locales/en/channels.json';
import enWeb from '../locales/en/web.json';
import POLICY_DATA from './rules/generated/policies.json';
import enReminders from '../locales/en/reminders.json';

export const NAMESPACES = ['common', 'dialog', 'rules', 'qa', 'ladder', 'bot', 'channels', 'web', 'reminders'] as const;
export type Namespace = (typeof NAMESPACES)[number];

// qa-provisions.json holds the answers of src/qa/intents/provisions.json, read as qa:a.prov.<key>.
// The regions' names come from policies/<region>/policy.yaml (name:), as rules:region.<code>.
const regionNames = (locale: Locale) => Object.fromEntries(
  Object.values(POLICY_DATA as Record<string, { region: string; name: Record<Locale, string> }>).map((m) => [m.region, m.name[locale]]),
);

export const resources = {
  'zh-CN': { common: zhCommon, dialog: zhDialog, rules: { ...zhRules, region: regionNames('zh-CN') }, qa: { ...zhQa, a: { ...zhQa.a, prov: zhQaProvisions } }, ladder: zhLadder, bot: zhBot, channels: zhChannels, web: zhWeb, reminders: zhReminders },
  en: { common: enCommon, dialog: enDialog, rules: { ...enRules, region: regionNames('en') }, qa: { ...enQa, a: { ...enQa.a, prov: enQaProvisions } }, ladder: enLadder, bot: enBot, channels: enChannels, web: enWeb, reminders: enReminders },
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
// Kept per locale and key, then per JSON of the variables (no string is built to look up a text without variables).
const plain = new Map<string, Map<string, string>>();
const withVars = new Map<string, Map<string, Map<string, string>>>();
let kept = 0;
const MEMO_MAX = 10_000;

function remember(): void {
  if (kept >= MEMO_MAX) { plain.clear(); withVars.clear(); kept = 0; }
  kept++;
}

export function t(locale: Locale, key: string, vars?: Record<string, unknown>): string {
  if (!vars) {
    let texts = plain.get(locale);
    const hit = texts?.get(key);
    if (hit !== undefined) return hit;
    const text = (i18n.t as (k: string, o: TOptions) => string)(key, { lng: locale });
    remember();
    if (!texts || !plain.has(locale)) plain.set(locale, (texts = new Map()));
    texts.set(key, text);
    return text;
  }
  let byKey = withVars.get(locale);
  let byVars = byKey?.get(key);
  const varsKey = JSON.stringify(vars);
  const hit = byVars?.get(varsKey);
  if (hit !== undefined) return hit;
  const text = (i18n.t as (k: string, o: TOptions) => string)(key, { ...vars, lng: locale });
  remember();
  if (!byKey || !withVars.has(locale)) withVars.set(locale, (byKey = new Map()));
  if (!byVars || byKey.get(key) !== byVars) byKey.set(key, (byVars = new Map()));
  byVars.set(varsKey, text);
  return text;
}

/** Whether a key exists in a locale (for optional texts). */
export function has(locale: Locale, key: string): boolean {
  return i18n.exists(key, { lng: locale });
}
