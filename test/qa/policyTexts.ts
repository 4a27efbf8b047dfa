// The policy texts as the tests compare them: all whitespace removed (the PDF extraction's breaks and padding).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const DIR = resolve(__dirname, '../../policies');
const FILES: Record<string, string> = {
  'national-2020-96': 'national/renshebufa-2020-96.txt',
  'jiangxi-2021-227': 'jiangxi/gan-renshezi-2021-227.txt',
  'chongqing-2020-32': 'chongqing/yu-renshefa-2020-32.txt',
  'sichuan-2021': 'sichuan/sichuan-guantong-2021.txt',
  'liaoning-2019-2': 'liaoning/liao-renshegui-2019-2.txt',
  'suzhou-2019-28': 'suzhou/su-renbaozhi-2019-28.txt',
};

export const squash = (s: string) => s.replace(/\s+/g, '');

const cache = new Map<string, string>();
/** The policy's text (policies/<region>/), whitespace removed. */
export function policyText(policy: string): string {
  const hit = cache.get(policy);
  if (hit !== undefined) return hit;
  const file = FILES[policy];
  if (!file) throw new Error(`no text for policy ${policy}`);
  const text = squash(readFileSync(resolve(DIR, file), 'utf8'));
  cache.set(policy, text);
  return text;
}

/** Whether a citation's quote stands word for word in its policy's text. */
export const inTexts = (c: { policy: string; quote: string }): boolean => policyText(c.policy).includes(squash(c.quote));

/** The answer quotes a sentence holding `quotePart`, and every quote it gives stands word for word in its text. */
export function expectQuoted(a: { citations: readonly { policy: string; quote: string }[] }, quotePart: string): void {
  expect(a.citations.some((c) => squash(c.quote).includes(quotePart))).toBe(true);
  for (const c of a.citations) expect([c.quote, inTexts(c)]).toEqual([c.quote, true]);
}
