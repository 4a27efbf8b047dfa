// All user-facing text lives in locales/<locale>/<namespace>.json; this is the one way to read it.
// Static imports keep the dialog and the rules free of file access.
import i18next, { type TOptions } from 'i18next';
import type { Locale } from './rules/locale';
import zhCommon from '../locales/zh-CN/common.json';
import zhDialog from '../locales/zh-CN/dialog.json';
import zhRules from '../locales/zh-CN/rules.json';
import zhQa from '../locales/zh-CN/qa.json';
import zhQaProvisions from '../locales/zh-CN/qa-provisions.json';
import zhQaCoverageCls from '../locales/zh-CN/qa-coverage-cls.json';
import zhQaCoverageSnj from '../locales/zh-CN/qa-coverage-snj.json';
import zhQaDev10 from '../locales/zh-CN/qa-dev10.json';
import zhQaJx from '../locales/zh-CN/qa-jx.json';
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
import enQaCoverageCls from '../locales/en/qa-coverage-cls.json';
import enQaCoverageSnj from '../locales/en/qa-coverage-snj.json';
import enQaDev10 from '../locales/en/qa-dev10.json';
import enQaJx from '../locales/en/qa-jx.json';
import enLadder from '../locales/en/ladder.json';
import enBot from '../locales/en/bot.json';
import enChannels from '../locales/en/channels.json';
import enWeb from '../locales/en/web.json';
import POLICY_DATA from './rules/generated/policies.json';
import enReminders from '../locales/en/reminders.json';

export const NAMESPACES = ['common', 'dialog', 'rules', 'qa', 'ladder', 'bot', 'channels', 'web', 'reminders'] as const;
export type Namespace = (typeof NAMESPACES)[number];

// qa-provisions.json holds the answers of src/qa/intents/provisions.json, read as qa:a.prov.<key>;
// qa-coverage-cls.json those of src/qa/intents/coverage-cls.json, read as qa:a.cls.<key>;
// qa-coverage-snj.json those of src/qa/intents/coverage-snj.json, as qa:a.snj.<key>;
// qa-dev10.json those of src/qa/intents/dev10.json, as qa:a.dev10.<key>; qa-jx.json those of src/qa/intents/zh-jx-11.json, as qa:a.jx.<key>.
// The regions' names come from policies/<region>/policy.yaml (name:), as rules:region.<code>.
const regionNames = (locale: Locale) => Object.fromEntries(
  Object.values(POLICY_DATA as Record<string, { region: string; name: Record<Locale, string> }>).map((m) => [m.region, m.name[locale]]),
);

export const resources = {
  'zh-CN': { common: zhCommon, dialog: zhDialog, rules: { ...zhRules, region: regionNames('zh-CN') }, qa: { ...zhQa, a: { ...zhQa.a, prov: zhQaProvisions, cls: zhQaCoverageCls, snj: zhQaCoverageSnj, dev10: zhQaDev10, jx: zhQaJx } }, ladder: zhLadder, bot: zhBot, channels: zhChannels, web: zhWeb, reminders: zhReminders },
  en: { common: enCommon, dialog: enDialog, rules: { ...enRules, region: regionNames('en') }, qa: { ...enQa, a: { ...enQa.a, prov: enQaProvisions, cls: enQaCoverageCls, snj: enQaCoverageSnj, dev10: enQaDev10, jx: enQaJx } }, ladder: enLadder, bot: enBot, channels: enChannels, web: enWeb, reminders: enReminders },
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

/** What separates the items of a list said inline: 、 in Chinese, a comma in English. */
export const listSep = (locale: Locale): string => (locale === 'en' ? ', ' : '、');

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
  const text = (i18n.t as (k: string, o: TOptions) => string)(key, { ...(locale === 'en' && (key.startsWith('dialog:') || key.startsWith('qa:')) ? inSentence(key, vars) : vars), lng: locale });
  remember();
  if (!byKey || !withVars.has(locale)) withVars.set(locale, (byKey = new Map()));
  if (!byVars || byKey.get(key) !== byVars) byKey.set(key, (byVars = new Map()));
  byVars.set(varsKey, text);
  return text;
}

// English composes sentences from labels written to stand alone ("Senior worker (level 3)", "Proof of years of work")
// and from lead-ins written to open a sentence ("Your … counts as …"). Put inside a sentence, after words or a colon
// ("you can apply for …", "Noted: …", "Bring: …; …"), such a label or lead-in starts lower-case; a name keeps its
// capitals (Sichuan, National Technical Expert, WorldSkills: not in the label list, or more than one capital word).
// (The dialog's texts, dialog:…, and the Q&A's, qa:…, which put the same labels into their answers; Chinese has no case.)
const LEAD_WORDS = new Set(['Your', 'You', 'The', 'A', 'An', 'If', 'With', 'From', 'By', 'As', 'Not', 'No', 'Also', 'Then', 'And', 'But', 'Each', 'Every', 'This', 'That', 'It', 'Its', 'Where', 'When', 'Once', 'Only', 'Until', 'For', 'In', 'On', 'At', 'To', 'Any', 'All']);
let labels: Set<string> | undefined;
/** The English labels that may start lower-case inside a sentence: levels, documents, criteria, routes, choices. */
function englishLabels(): Set<string> {
  if (labels) return labels;
  const out = new Set<string>();
  const add = (v: unknown): void => {
    if (typeof v === 'string') {
      // (a name: a second capitalised word, or a capital inside the first, WorldSkills, keeps its capitals)
      if (/^[A-Z][a-z'’-]*(?:[\s(,]|$)/.test(v) && !/^\S*[A-Z]\S*[A-Z]/.test(v) && !/\s[A-Z][a-z]/.test(v.replace(/\([^)]*\)/g, ''))) out.add(v);
    } else if (v && typeof v === 'object') for (const x of Object.values(v)) add(x);
  };
  const r = resources.en;
  for (const k of ['skill', 'title', 'document', 'criterion', 'condition', 'route', 'routeShort'] as const) add((r.rules as Record<string, unknown>)[k]);
  add((r.dialog as Record<string, unknown>).choice);
  labels = out;
  return labels;
}
/** Whether a text starts with a label or a lead-in (its first letter may then go lower-case). */
function lowerable(s: string): boolean {
  const first = /^[A-Z][a-z'’]*/.exec(s)?.[0];
  if (!first) return false;
  if (LEAD_WORDS.has(first)) return true;
  for (const l of englishLabels()) if (s.startsWith(l) && (s.length === l.length || !/[a-z]/i.test(s[l.length]))) return true;
  return false;
}
const lcFirst = (s: string): string => (lowerable(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
/** A list's items after the first ("…; Annual review results…, Technician (level 2) …"): inside the sentence. */
function lcItems(s: string): string {
  let out = s;
  for (const m of s.matchAll(/[;,]\s+(?=[A-Z])/g)) {
    const at = m.index + m[0].length;
    if (lowerable(s.slice(at))) out = out.slice(0, at) + out.charAt(at).toLowerCase() + out.slice(at + 1);
  }
  return out;
}

/** For each placeholder of a key's English template: whether it stands inside a sentence (after words or a colon). */
const insideByKey = new Map<string, Map<string, boolean>>();
function placeholdersInside(key: string): Map<string, boolean> {
  let m = insideByKey.get(key);
  if (m) return m;
  m = new Map();
  const [ns, path] = key.includes(':') ? [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)] : ['common', key];
  const template = i18n.getResource('en', ns, path) as unknown;
  if (typeof template === 'string') {
    for (const ph of template.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)) {
      const before = template.slice(0, ph.index).replace(/\{\{[^}]*\}\}/g, 'x');
      // a sentence's start: nothing but marks and emoji before, or a full stop, a question or a line break
      m.set(ph[1], /[\p{L}\p{N})\]"'”:;,]\s*$/u.test(before) && !/[.!?]\s*$/.test(before));
    }
  }
  insideByKey.set(key, m);
  return m;
}
function inSentence(key: string, vars: Record<string, unknown>): Record<string, unknown> {
  let out: Record<string, unknown> | undefined;
  const inside = placeholdersInside(key);
  for (const [k, v] of Object.entries(vars)) {
    if (typeof v !== 'string' || !/[A-Z]/.test(v)) continue;
    const items = lcItems(v);
    const w = inside.get(k) ? lcFirst(items) : items;
    if (w !== v) (out ??= { ...vars })[k] = w;
  }
  return out ?? vars;
}

/** Whether a key exists in a locale (for optional texts). */
export function has(locale: Locale, key: string): boolean {
  return i18n.exists(key, { lng: locale });
}
