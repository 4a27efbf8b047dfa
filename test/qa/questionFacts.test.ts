// The Q&A's reading of a question's typed facts (src/qa/eligibility.ts questionFacts): what is held is evaluated,
// what is wanted or asked about is the target, and the other levels an impersonal question asks about are supposed held.
import { understand } from '../../src/dialogs/understand';
import { questionFacts } from '../../src/qa/eligibility';

const AS_OF = '2026-06';
const levels = (xs?: { level: string }[]) => (xs ?? []).map((x) => x.level).sort();

describe('questionFacts', () => {
  it.each([
    // question, skills evaluated, titles evaluated, targets
    ['工程师能考技师吗', [], ['intermediate'], ['technician']],
    ['高级工能直接评工程师吗', ['senior_worker'], [], ['intermediate']],
    ['副高职称干了6年能评正高吗', [], ['deputy_senior'], ['full_senior']],
    ['高级工能评什么职称', ['senior_worker'], [], []],
    ['我是技师，去年才拿的证，能评工程师吗', ['technician'], [], ['intermediate']],
    ['怎样才能评上工程师', [], [], ['intermediate']],
  ] as [string, string[], string[], string[]][])('%s', (q, skills, titles, targets) => {
    const u = questionFacts(understand(q, { asOf: AS_OF }));
    expect([levels(u.skills), levels(u.titles), levels(u.targets)]).toEqual([skills, titles, targets]);
  });

  it('keeps a held level\'s date and adds no level twice', () => {
    const u = questionFacts(understand('我是技师，2021年拿的证，技师能评工程师吗', { asOf: AS_OF }));
    expect(u.skills).toEqual([expect.objectContaining({ level: 'technician', since: expect.stringMatching(/^2021-/) })]);
    expect(levels(u.targets)).toEqual(['intermediate']);
  });

  it('leaves a reading with nothing asked as it was', () => {
    const u = understand('我高级工干了三年了在沈阳能报助理工程师不', { asOf: AS_OF });
    expect(questionFacts(u)).toBe(u);
  });
});
