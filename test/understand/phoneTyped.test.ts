// Short phone-typed messages, phrasings of our own (not from any conversation set): dialect yeses and noes to a
// yes-or-no question, a date then the years worked (a duration, not the start of work), homophones typed with a space.
import { understand } from '../../src/dialogs/understand';
import { AS_OF, type Phrasing } from './fixtures';

const reviews = { expecting: 'annualReviewsPassed' as const };
const confirm = { expecting: 'confirm' as const };

const CASES: [string, Phrasing[]][] = [
  ['dialect yes and no to the reviews question', [
    { text: '中', ctx: reviews, want: { annualReviewsPassed: true } },
    { text: '中嘞', ctx: reviews, want: { annualReviewsPassed: true } },
    { text: '得行', ctx: reviews, want: { annualReviewsPassed: true } },
    { text: '嗯呐', ctx: reviews, want: { annualReviewsPassed: true } },
    { text: '不中', ctx: reviews, want: { annualReviewsPassed: false } },
    { text: '不得行', ctx: reviews, want: { annualReviewsPassed: false } },
    { text: '冇问题', ctx: reviews, want: { annualReviewsPassed: true } },
    { text: '没有啥问题', ctx: reviews, want: { annualReviewsPassed: true } },
  ]],
  ['dialect words read as Mandarin', [
    { text: '就俺一个人', ctx: { expecting: 'awards.teamSize' }, want: { teamSize: 1 } },
    { text: '俺是鞍山的 高级工', want: { region: { region: 'liaoning' }, skills: [{ level: 'senior_worker' }] } },
    { text: '莫得奖', ctx: { expecting: 'awards' }, want: { awards: [] } },
    { text: '职称木有', ctx: { expecting: 'titles' }, want: { titles: [] } },
    { text: '乜都冇', ctx: { expecting: 'awards' }, want: { awards: [] }, absent: ['question'] },
    { text: '冇印象', ctx: { expecting: 'skills.since' }, want: { dontKnow: true } },
  ]],
  ['none said the long way, with 啥 / 什么 asking nothing', [
    { text: '啥证书都没得', ctx: { expecting: 'skills' }, want: { skills: [] }, absent: ['question'] },
    { text: '什么职称也没评过', ctx: { expecting: 'titles' }, want: { titles: [] }, absent: ['question'] },
    { text: '一项奖都没拿到', ctx: { expecting: 'awards' }, want: { awards: [] }, absent: ['question'] },
    { text: '没得过什么奖', ctx: { expecting: 'awards' }, want: { awards: [] }, absent: ['question'] },
    { text: '荣誉也没有撒', ctx: { expecting: 'awards' }, want: { awards: [] }, absent: ['question'] },
    // a real question stays one
    { text: '啥奖都没有能评吗', ctx: { expecting: 'awards' }, want: { question: true } },
  ]],
  ['a year with 年底 / 年初 after its own 年', [
    { text: '高级工 20年年底', want: { skills: [{ level: 'senior_worker', since: '2020-12' }] } },
    { text: '技师2019年年初拿的', want: { skills: [{ level: 'technician', since: '2019-03' }] } },
    { text: '一七年年末', ctx: { expecting: 'skills.since' }, want: { month: '2017-12' }, absent: ['monthApprox'] },
  ]],
  ['dialect yes and no to a confirmation', [
    { text: '得行', ctx: confirm, want: { yesNo: true } },
    { text: '嗯哪', ctx: confirm, want: { yesNo: true } },
    { text: '是嘞', ctx: confirm, want: { yesNo: true } },
    { text: '唔係', ctx: confirm, want: { yesNo: false } },
    { text: '不得行', ctx: confirm, want: { yesNo: false } },
  ]],
  ['a date, then the years worked', [
    { text: '电工 高级工 2017年3月 干了9年', want: { skills: [{ level: 'senior_worker', since: '2017-03' }], workYears: 9 } },
    { text: '技师 2021年10月 工作十三年了', want: { skills: [{ level: 'technician', since: '2021-10' }], workYears: 13 } },
    { text: '高级技师2016年5月 已经干了快二十年', want: { skills: [{ level: 'senior_technician', since: '2016-05' }] } },
    // a start of work is still one
    { text: '2012年3月参加工作 技师', want: { skills: [{ level: 'technician' }] }, absent: ['month'] },
  ]],
  ['homophones typed on a phone', [
    { text: '继师 2020年4月', want: { skills: [{ level: 'technician', since: '2020-04' }], guessed: [{ to: '技师' }] } },
    { text: '告级工 一九年的', want: { skills: [{ level: 'senior_worker' }], guessed: [{ to: '高级' }] } },
    { text: '稿级技师', want: { skills: [{ level: 'senior_technician' }], guessed: [{ to: '高级' }] } },
    // words in their own right stay
    { text: '搞技术的 高级工', want: { skills: [{ level: 'senior_worker' }] }, absent: ['guessed'] },
  ]],
];

describe.each(CASES)('%s', (_name, list) => {
  it.each(list.map((p): [string, Phrasing] => [`${JSON.stringify(p.text)}${p.ctx?.expecting ? ` (asked ${p.ctx.expecting})` : ''}`, p]))('%s', (_l, p) => {
    const got = understand(p.text, { asOf: AS_OF, ...p.ctx });
    expect(got).toMatchObject(p.want);
    for (const key of p.absent ?? []) expect(got[key]).toBeUndefined();
  });
});
