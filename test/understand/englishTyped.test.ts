// English as people type it, wordings of our own (none from a conversation set): the domain's words and the trades
// mistyped, "no <level> title" as a none (not a correction), durations below the number said (less than, not quite,
// 不到), durations and dates said the English way, a time ahead after a level, places, ranks and medals, mixed
// Chinese-English, and thanks or a goodbye typed to a yes/no question as no yes; and 么得 / 么奖 typed for 没得 / 没奖.
import { understand } from '../../src/dialogs/understand';
import { AS_OF, type Phrasing } from './fixtures';

const en = { locale: 'en' as const };
const asked = (expecting: NonNullable<Phrasing['ctx']>['expecting']) => ({ ...en, expecting });

const CASES: [string, Phrasing[]][] = [
  ['the domain\'s words and the trades mistyped are read as meant, and the guess is said', [
    { text: 'got my techincian cert in 2021', want: { skills: [{ level: 'technician', since: '2021-12' }], guessed: [{ to: 'technician' }] } },
    { text: 'senoir techician since june 2018', want: { skills: [{ level: 'senior_technician', since: '2018-06' }] } },
    { text: 'assitant enginer from 2022', want: { titles: [{ level: 'assistant', since: '2022-12' }] } },
    { text: 'i have the senior worker certifcate', want: { skills: [{ level: 'senior_worker' }], guessed: [{ to: 'certificate' }] } },
    { text: 'carpentar, technician 2019', want: { occupation: '木工', skills: [{ level: 'technician' }] } },
    { text: 'im a plumer', want: { occupation: '管工' } },
    { text: 'electrican with senior worker level', want: { occupation: '电工', skills: [{ level: 'senior_worker' }] } },
    { text: 'machinsit', want: { occupation: 'machinist' } },
    // (words one letter from a domain word but words in their own right are left alone)
    { text: 'the machines in that context', want: {}, absent: ['occupation', 'awards', 'guessed'] },
  ]],
  ['"no <level> title / cert" is a none, not a correction', [
    { text: 'no enginer title', ctx: asked('titles'), want: { denied: [{ kind: 'title', level: 'intermediate' }] }, absent: ['titles', 'correction'] },
    { text: 'no assistant engineer title either', ctx: asked('titles'), want: { denied: [{ kind: 'title', level: 'assistant' }] }, absent: ['titles', 'correction'] },
    { text: 'no senoir worker cert', ctx: asked('skills'), want: { denied: [{ kind: 'skill', level: 'senior_worker' }] }, absent: ['skills', 'correction'] },
    // (a no with a comma, or before "the / my …", still corrects)
    { text: 'no, engineer since 2020', want: { titles: [{ level: 'intermediate' }], correction: {} } },
    { text: 'no my technician cert is from 2018', want: { skills: [{ level: 'technician', since: '2018-12' }], correction: {} } },
  ]],
  ['durations as typed: plus, below the number (never counted as reached), nearly, since a year', [
    { text: '4+ years', ctx: asked('workYears'), want: { workYears: 4 } },
    { text: 'less than 5 yrs', ctx: asked('workYears'), want: { workYears: 4.5 } },
    { text: 'not quite 10 years', ctx: asked('workYears'), want: { workYears: 9.5 } },
    { text: 'just under 3 years', ctx: asked('workYears'), want: { workYears: 2.5 } },
    // (Chinese below the number: the whole years below, said in the 记下了 line: test/understand/phoneAndHotline.test.ts)
    { text: '不到6年', ctx: { expecting: 'workYears' }, want: { workYears: 5 } },
    { text: '还没满八年', ctx: { expecting: 'workYears' }, want: { workYears: 7 } },
    // (English nearly / almost, as Chinese 将近 / 快 / 差不多, is the whole years below, with a note: issue 13)
    { text: 'nearly 5 yrs', ctx: asked('workYears'), want: { workYears: 4, workYearsBelow: { below: 5 } } },
    { text: '将近十年', ctx: { expecting: 'workYears' }, want: { workYears: 9 } },
    { text: '6年多', ctx: { expecting: 'workYears' }, want: { workYears: 6 } },
    { text: 'working since 2016', ctx: asked('workYears'), want: { workYears: 9.91 } },
  ]],
  ['a time ahead after a level is no time it has been held', [
    { text: 'engineer 3 years from now', want: { titles: [{ level: 'intermediate' }] }, absent: ['month'] },
    { text: 'technician in 2 years', want: { skills: [{ level: 'technician' }] }, absent: ['month'] },
    { text: '技师两年后', want: { skills: [{ level: 'technician' }] }, absent: ['month'] },
    // (held for: still read as held that long)
    { text: 'technician for 3 years', want: { skills: [{ level: 'technician', since: '2023-11' }] } },
  ]],
  ['ranks, medals and mixed Chinese-English', [
    { text: 'i came 2nd in the provincial contest', ctx: asked('awards'), want: { awards: [{ type: 'competition', rank: 2 }] } },
    { text: 'runner-up, national competition', ctx: asked('awards'), want: { awards: [{ type: 'competition', tier: 'national_class2', rank: 2 }] } },
    { text: 'won bronze at a provincial contset', ctx: asked('awards'), want: { awards: [{ type: 'competition', rank: 3 }] } },
    { text: '3rd place in a natinal competition', ctx: asked('awards'), want: { awards: [{ tier: 'national_class2', rank: 3 }] } },
    { text: 'got 高级工 back in 2017', want: { skills: [{ level: 'senior_worker', since: '2017-12' }] } },
    { text: 'im working in 成都, 技师 since march 2021', want: { region: { region: 'sichuan' }, skills: [{ level: 'technician', since: '2021-03' }] } },
  ]],
  ['thanks, a goodbye or a closing to a yes/no question: small talk, no yes', [
    { text: 'ok thx bye', ctx: asked('annualReviewsPassed'), want: { smallTalk: 'bye' }, absent: ['annualReviewsPassed', 'yesNo'] },
    { text: 'okay cheers, gotta go', ctx: asked('annualReviewsPassed'), want: { smallTalk: 'bye' }, absent: ['annualReviewsPassed', 'yesNo'] },
    { text: 'ok thanks', ctx: asked('relatedDiploma'), want: { smallTalk: 'thanks' }, absent: ['relatedDiploma', 'yesNo'] },
    { text: 'ok, nothing else', ctx: asked('annualReviewsPassed'), want: { smallTalk: 'ok' }, absent: ['annualReviewsPassed', 'yesNo'] },
    { text: '好的好的 谢谢了', ctx: { expecting: 'annualReviewsPassed' }, want: { smallTalk: 'thanks' }, absent: ['annualReviewsPassed', 'yesNo'] },
    { text: '行 先这样吧 改天再问', ctx: { expecting: 'annualReviewsPassed' }, want: { smallTalk: 'bye' }, absent: ['annualReviewsPassed', 'yesNo'] },
    // (a bare okay, a yes with thanks, or the answer with thanks still answer)
    { text: 'ok', ctx: asked('annualReviewsPassed'), want: { annualReviewsPassed: true } },
    { text: 'yes, thanks', ctx: asked('annualReviewsPassed'), want: { annualReviewsPassed: true } },
    { text: '都合格 谢谢', ctx: { expecting: 'annualReviewsPassed' }, want: { annualReviewsPassed: true } },
  ]],
  ['(and in Chinese) 么 typed for 没 before what is not had (西南, 湘), and 么 as itself elsewhere', [
    { text: '么得', ctx: { expecting: 'titles' }, want: { titles: [] } },
    { text: '么有职称', ctx: { expecting: 'titles' }, want: { titles: [] } },
    { text: '我么得奖', ctx: { expecting: 'awards' }, want: { awards: [] } },
    { text: '德阳 高级工 19年 考核都过 么奖', want: { awards: [], skills: [{ level: 'senior_worker' }], annualReviewsPassed: true } },
    { text: '这么有名的比赛', ctx: { expecting: 'awards' }, want: {}, absent: ['awards'] },
    { text: '能评什么职称么', want: { question: true }, absent: ['titles'] },
  ]],
];

describe.each(CASES)('%s', (_name, list) => {
  it.each(list.map((p): [string, Phrasing] => [`${JSON.stringify(p.text)}${p.ctx?.expecting ? ` (asked ${p.ctx.expecting})` : ''}`, p]))('%s', (_l, p) => {
    const got = understand(p.text, { asOf: AS_OF, ...en, ...p.ctx });
    expect(got).toMatchObject(p.want);
    for (const key of p.absent ?? []) expect(got[key]).toBeUndefined();
  });
});
