// Phrasings of our own (reworded, not from any conversation set) for issue 13's remaining weak spots: a question word
// that is what was forgotten (哪年忘了), a homophone of 技师 right before its date, and reviews said with a particle
// or with the years after 考核.
import { understand } from '../../src/dialogs/understand';
import { AS_OF, type Phrasing } from './fixtures';

const since = { expecting: 'skills.since' as const };

const CASES: [string, Phrasing[]][] = [
  ['a question word that was forgotten is not a question', [
    { text: '哪一年记不清了，应该是2019年', ctx: since, want: { month: '2019-12' }, absent: ['question'] },
    { text: '几月份忘记了，反正是2021年', ctx: since, want: { month: '2021-12' }, absent: ['question'] },
    { text: '什么时候拿的不记得了', ctx: since, want: { dontKnow: true }, absent: ['question', 'month'] },
    { text: '具体哪个月想不起来了', ctx: since, want: { dontKnow: true }, absent: ['question'] },
    { text: '技师是哪年拿的我也忘了', want: { skills: [{ level: 'technician' }], dontKnow: true }, absent: ['question'] },
    // still questions when asked
    { text: '哪年能评工程师', want: { question: true } },
    { text: '技师几年能评高工', want: { question: true } },
  ]],
  ['a homophone of 技师 before its date', [
    { text: '我是技是二零二三年拿的', want: { skills: [{ level: 'technician', since: '2023-12' }], guessed: [{ to: '技师' }] } },
    { text: '计师2020年5月', want: { skills: [{ level: 'technician', since: '2020-05' }], guessed: [{ to: '技师' }] } },
    { text: '及时2020年就报了', want: {}, absent: ['skills'] },
    { text: '会计师2020年评的', want: { titles: [{ level: 'intermediate', outside: '会计师' }] }, absent: ['skills', 'guessed'] },
  ]],
  ['reviews with a particle or the years after 考核', [
    { text: '年度考核呢都是合格', want: { annualReviewsPassed: true } },
    { text: '考核的话每年都合格', want: { annualReviewsPassed: true } },
    { text: '单位考核近三年都称职干了九年', want: { annualReviewsPassed: true, workYears: 9 } },
    { text: '考核3年都通过了工作年限十五年', want: { annualReviewsPassed: true, workYears: 15 } },
    { text: '考核嘛有一年不合格', want: { annualReviewsPassed: false } },
    { text: '单位考核向来都是称职的', want: { annualReviewsPassed: true } },
    { text: '考核也一直是合格', want: { annualReviewsPassed: true } },
    { text: '考核的话呢每年都合格', want: { annualReviewsPassed: true } },
  ]],
];

describe.each(CASES)('%s', (_name, list) => {
  it.each(list.map((p): [string, Phrasing] => [`${JSON.stringify(p.text)}${p.ctx?.expecting ? ` (asked ${p.ctx.expecting})` : ''}`, p]))('%s', (_l, p) => {
    const got = understand(p.text, { asOf: AS_OF, ...p.ctx });
    expect(got).toMatchObject(p.want);
    for (const key of p.absent ?? []) expect(got[key]).toBeUndefined();
  });
});
