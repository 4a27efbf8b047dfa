// The policy texts as the tests compare them: all whitespace removed (the PDF extraction's breaks and padding).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const DIR = resolve(__dirname, '../../../shared/policies');
const FILES: Record<string, string> = {
  'national-2020-96': 'jiangxi-2021-227-with-national-2020-96.txt',
  'jiangxi-2021-227': 'jiangxi-2021-227-with-national-2020-96.txt',
  'chongqing-2020-32': 'chongqing-2020-32.txt',
  'sichuan-2021': 'sichuan-2021.txt',
  'liaoning-2019-2': 'liaoning-2019-2.txt',
  'suzhou-2019-28': 'suzhou-2019-28.txt',
};

export const squash = (s: string) => s.replace(/\s+/g, '');

const cache = new Map<string, string>();
/** The policy's text, whitespace removed; for the shared file, the half that belongs to the policy. */
export function policyText(policy: string): string {
  const hit = cache.get(policy);
  if (hit !== undefined) return hit;
  const file = FILES[policy];
  if (!file) throw new Error(`no text for policy ${policy}`);
  const all = squash(readFileSync(resolve(DIR, file), 'utf8'));
  const split = all.indexOf('人力资源社会保障部文件');
  const text = policy === 'national-2020-96' ? all.slice(split) : policy === 'jiangxi-2021-227' ? all.slice(0, split) : all;
  cache.set(policy, text);
  return text;
}
