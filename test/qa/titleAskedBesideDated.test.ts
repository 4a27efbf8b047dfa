// A title named beside a dated held certificate, with words asking to apply for it, is the title asked for, never
// one held (src/qa/eligibility.ts titleAskedBesideDated): the answer is the route to that title from the certificate.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { understand } from '../../src/dialogs/understand';
import { questionFacts } from '../../src/qa/eligibility';

const AS_OF = '2026-06';
const levels = (xs?: { level: string }[]) => (xs ?? []).map((x) => x.level).sort();
const TITLE: Record<string, string> = { 助理工程师: 'assistant', 助工: 'assistant', 工程师: 'intermediate', 中级工程师: 'intermediate', 副高: 'deputy_senior', 高工: 'deputy_senior', 高级工程师: 'deputy_senior' };
const dev = JSON.parse(readFileSync(join(__dirname, '..', 'dev', 'qa-questions-fa.json'), 'utf8')) as { q: string }[];

describe('titleAskedBesideDated', () => {
  it.each(dev.map((x) => [x.q]))('%s', (q) => {
    const u = questionFacts(understand(q, { asOf: AS_OF, awardsAsNamed: true }), q);
    expect(u.skills?.some((x) => !!(x as { since?: string }).since)).toBe(true);
    const named = Object.keys(TITLE).filter((k) => q.includes(k)).sort((a, b) => b.length - a.length)[0];
    expect(levels(u.targets)).toContain(TITLE[named]);
    expect(levels(u.titles)).not.toContain(TITLE[named]);
  });

  it.each([
    ['我是高级工程师，2021年拿的技师证，能评高级技师吗'],
    ['抚顺 高级技师证2022年3月 高工能报吗'],
  ])('%s: a held title or an already-read target is left as it is', (q) => {
    const before = understand(q, { asOf: AS_OF, awardsAsNamed: true });
    const u = questionFacts(before, q);
    expect(levels(u.targets).length).toBeGreaterThanOrEqual(levels(before.targets).length);
  });
});
