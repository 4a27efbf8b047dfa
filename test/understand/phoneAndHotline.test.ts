// How phone typists and HR hotline agents say things (held-out set 7's misses, by kind, on wordings of our own): 没 typed
// as its dialect homophones (么得, 木得, 莫有), a none said noun first inside a run-on (奖项无, 奖没得), 俩 / 仨 as numbers,
// years said as not reached yet (快五年, 将近六年: the whole years below), and several facts of a caller in one message.
import { understand } from '../../src/dialogs/understand';
import { AS_OF, type Phrasing } from './fixtures';

const CASES: [string, Phrasing[]][] = [
  ['没 typed as 么 / 木 / 莫 before 得, 有 or a fact\'s noun', [
    { text: '么得', ctx: { expecting: 'titles' }, want: { titles: [] } },
    { text: '么有职称', ctx: { expecting: 'titles' }, want: { titles: [] } },
    { text: '么奖', ctx: { expecting: 'awards' }, want: { awards: [] } },
    { text: '木得奖', ctx: { expecting: 'awards' }, want: { awards: [] } },
    { text: '綦江 技帅 19年 考核过了 么的奖', want: { skills: [{ level: 'technician' }], awards: [] } },
    { text: '证书莫有', ctx: { expecting: 'skills' }, want: { skills: [] } },
    { text: '啥奖都么得', ctx: { expecting: 'awards' }, want: { awards: [] }, absent: ['question'] },
    { text: '宜宾 技师 二二年 么职称 么奖 考核都过', want: { region: { region: 'sichuan' }, skills: [{ level: 'technician' }], titles: [], awards: [], annualReviewsPassed: true } },
    // 么 ending a word, 木 / 莫 in words of their own, stay
    { text: '技师能评什么职称', want: { skills: [{ level: 'technician' }], question: true }, absent: ['titles'] },
    { text: '我是木工 高级工', want: { skills: [{ level: 'senior_worker' }] }, absent: ['titles', 'awards'] },
    { text: '高级工能评助工么', want: { question: true }, absent: ['awards', 'titles'] },
  ]],
  ['a none said with the fact\'s noun first, inside a run-on with no marks', [
    { text: '万州 技师 2021.09 考核合格 奖项无 职称无', want: { skills: [{ level: 'technician', since: '2021-09' }], awards: [], titles: [] } },
    { text: '南充 高级工 一九年 奖没得 考核都合格', want: { skills: [{ level: 'senior_worker' }], awards: [], annualReviewsPassed: true } },
    { text: '铁岭 技师 20年 职称没得 获奖无', want: { titles: [], awards: [] } },
    { text: '九江高级工前年考的考核合格啥奖都没得', want: { skills: [{ level: 'senior_worker' }], awards: [], annualReviewsPassed: true }, absent: ['question'] },
    { text: '昆山 技师 没的奖', want: { awards: [] } },
    // a contest placed nowhere is no none
    { text: '重庆 技师 省赛没名次', want: { awards: [{ type: 'competition' }] } },
  ]],
  ['俩 and 仨 as numbers', [
    { text: '俩年前', ctx: { expecting: 'skills.since' }, want: { month: '2024-11' } },
    { text: '仨年多', ctx: { expecting: 'workYears' }, want: { workYears: 3 } },
    { text: '自贡 技师 仨年前考的', want: { skills: [{ level: 'technician', since: '2023-11' }] } },
    { text: '我们俩', ctx: { expecting: 'awards.teamSize' }, want: { teamSize: 2 } },
  ]],
  ['years of work said as not reached yet: the whole years below, the number said kept', [
    { text: '快五年', ctx: { expecting: 'workYears' }, want: { workYears: 4, workYearsBelow: { below: 5, said: '快五年' } } },
    { text: '干了将近六年了', ctx: { expecting: 'workYears' }, want: { workYears: 5, workYearsBelow: { below: 6 } } },
    { text: '接近10年', ctx: { expecting: 'workYears' }, want: { workYears: 9, workYearsBelow: { below: 10 } } },
    { text: '还不到三年', ctx: { expecting: 'workYears' }, want: { workYears: 2, workYearsBelow: { below: 3 } } },
    { text: '泸州 技师 2020年5月 干这行快八年了', want: { skills: [{ level: 'technician', since: '2020-05' }], workYears: 7, workYearsBelow: { below: 8 } } },
    // more than, or full, is the number said
    { text: '四年多', ctx: { expecting: 'workYears' }, want: { workYears: 4 }, absent: ['workYearsBelow'] },
    { text: '干满四年了', ctx: { expecting: 'workYears' }, want: { workYears: 4 }, absent: ['workYearsBelow'] },
    { text: '工作了十年多', want: { workYears: 10 }, absent: ['workYearsBelow'] },
  ]],
  ['a certificate held for years not reached yet: counted back by the whole years below', [
    { text: '丹东 高级工 拿证快三年了', want: { skills: [{ level: 'senior_worker', since: '2024-11' }], monthBelow: { below: 3 } } },
    { text: '技师证拿了将近五年', want: { skills: [{ level: 'technician', since: '2022-11' }], monthBelow: { below: 5, said: '将近五年' } } },
    { text: '拿证三年了', ctx: { expecting: 'skills.since' }, want: { month: '2023-11' }, absent: ['monthBelow'] },
  ]],
  ['a caller\'s facts in one message, in the third person, with 、，； or none', [
    { text: '来电人黄师傅成都龙泉驿电工高级工2018年5月技师2022年9月考核都合格没有获奖没有职称',
      want: { region: { region: 'sichuan' }, skills: [{ level: 'senior_worker', since: '2018-05' }, { level: 'technician', since: '2022-09' }], annualReviewsPassed: true, awards: [], titles: [] } },
    { text: '来电人：钱女士；辽宁营口；车工技师，二〇二一年三月取得；近三年考核均合格；无奖项；无职称',
      want: { region: { region: 'liaoning' }, skills: [{ level: 'technician', since: '2021-03' }], annualReviewsPassed: true, awards: [], titles: [] } },
    { text: '这位师傅是赣州的、高级技师、一七年拿的证、考核合格、全国技术能手、没评职称',
      want: { region: { region: 'jiangxi' }, skills: [{ level: 'senior_technician', since: '2017-12' }], awards: [{ type: 'honor', id: 'national_technical_expert' }], titles: [] } },
    { text: '她在太仓 钳工高级工 20年 考核合格 么奖 么职称 干了快六年',
      want: { region: { region: 'suzhou' }, skills: [{ level: 'senior_worker' }], awards: [], titles: [], workYears: 5, workYearsBelow: { below: 6 } } },
  ]],
];

describe.each(CASES)('%s', (_name, list) => {
  it.each(list.map((p): [string, Phrasing] => [`${JSON.stringify(p.text)}${p.ctx?.expecting ? ` (asked ${p.ctx.expecting})` : ''}`, p]))('%s', (_l, p) => {
    const got = understand(p.text, { asOf: AS_OF, ...p.ctx });
    expect(got).toMatchObject(p.want);
    for (const key of p.absent ?? []) expect(got[key]).toBeUndefined();
  });
});
