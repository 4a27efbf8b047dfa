// The engine's words (condition texts) from locales/<locale>/rules.json, read without i18n: src/rules imports
// nothing above it. The same {{name}} interpolation as i18n's (no escaping), memoized: the dialog evaluates often.
import en from '../../locales/en/rules.json';
import zh from '../../locales/zh-CN/rules.json';
import type { Locale } from './locale';

const TEXTS: Record<Locale, unknown> = { 'zh-CN': zh, en };
const memo = new Map<string, string>();

function lookup(locale: Locale, path: string): string {
  let node: unknown = TEXTS[locale];
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : `rules:${path}`;
}

/** The text at `path` of rules.json (`condition.work_years_unknown`) in `locale`, with its {{variables}} filled in. */
export function ruleText(locale: Locale, path: string, vars?: Record<string, unknown>): string {
  const key = vars ? `${locale}\u0000${path}\u0000${JSON.stringify(vars)}` : `${locale}\u0000${path}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const text = lookup(locale, path).replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) =>
    vars && vars[name] !== undefined ? String(vars[name]) : m);
  if (memo.size > 10_000) memo.clear();
  memo.set(key, text);
  return text;
}
