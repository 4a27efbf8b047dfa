// The parser's general mechanisms on phrasings of our own (not from any conversation set): years said beside a
// level, a year and its month said apart, homophones and pinyin, colloquial competitions, wishes, diplomas, reviews.
import { understand } from '../../src/dialogs/understand';
import { AS_OF, type Phrasing } from './fixtures';

const since = { expecting: 'skills.since' as const };

const CASES: [string, Phrasing[]][] = [
  ['years beside a level', [
    { text: '我16年中级工21年高级工', want: { skills: [{ level: 'intermediate_worker', since: '2016-12' }, { level: 'senior_worker', since: '2021-12' }] } },
    { text: '技师是23年 高级工是19年', want: { skills: [{ level: 'technician', since: '2023-12' }, { level: 'senior_worker', since: '2019-12' }] } },
    { text: '中级工一八年高级工二三年', want: { skills: [{ level: 'intermediate_worker', since: '2018-12' }, { level: 'senior_worker', since: '2023-12' }] } },
    { text: '18年考了中级工23年考了高级工', want: { skills: [{ level: 'intermediate_worker', since: '2018-12' }, { level: 'senior_worker', since: '2023-12' }] } },
    { text: '我20年拿了技师证24年又拿了高级技师', want: { skills: [{ level: 'technician', since: '2020-12' }, { level: 'senior_technician', since: '2024-12' }] } },
    { text: '中级工 十七年拿的 高级工 二十一年拿的', want: { skills: [{ level: 'intermediate_worker', since: '2017-12' }, { level: 'senior_worker', since: '2021-12' }] } },
    { text: '技师是两千零一十九年考的', want: { skills: [{ level: 'technician', since: '2019-12' }] } },
    { text: '干了十七年了', want: { workYears: 17 }, absent: ['month'] },
    { text: '拿了技师证八年了', want: { skills: [{ level: 'technician', since: '2018-11' }] } },
    { text: '中级工是2017年的，后来中级工是17年8月拿到的', want: { skills: [{ level: 'intermediate_worker', since: '2017-08' }] } },
    { text: '今年2026年2月评的助理工程师', want: { titles: [{ level: 'assistant', since: '2026-02' }] } },
    { text: '高级工是前年考的前年九月', want: { skills: [{ level: 'senior_worker', since: '2024-09' }] } },
  ]],
  ['denials after the level', [
    { text: '高级工二零年的，技师还没考', want: { skills: [{ level: 'senior_worker', since: '2020-12' }], denied: [{ kind: 'skill', level: 'technician' }] } },
    { text: '职称也没评', ctx: { expecting: 'titles' }, want: {}, absent: ['titles'] },
    { text: '技师还没满两年', want: { skills: [{ level: 'technician' }] }, absent: ['denied'] },
    { text: 'I mean engineer, not assistant engineer', want: { titles: [{ level: 'intermediate' }], denied: [{ kind: 'title', level: 'assistant' }] } },
  ]],
  ['a year and its month said apart', [
    { text: '高级工证是二零一九年考的，月份是十月', want: { skills: [{ level: 'senior_worker', since: '2019-10' }] } },
    { text: '2022年的 具体是5月份', ctx: since, want: { month: '2022-05' }, absent: ['monthApprox'] },
    { text: '202203', ctx: since, want: { month: '2022-03' } },
    { text: '2020年秋天', ctx: since, want: { month: '2020-11', monthApprox: true } },
    { text: 'late 2019', ctx: since, want: { month: '2019-12' } },
    { text: 'spring 2022', ctx: since, want: { month: '2022-05', monthApprox: true } },
  ]],
  ['homophones and pinyin', [
    { text: '我有纪师证书', want: { skills: [{ level: 'technician' }], guessed: [{ to: '技师' }] } },
    { text: '高级记师，去年评的', want: { skills: [{ level: 'senior_technician' }] } },
    { text: '工程施', ctx: { expecting: 'titles' }, want: { titles: [{ level: 'intermediate' }], guessed: [{ to: '工程师' }] } },
    { text: '攻城师，2020年评的', want: { titles: [{ level: 'intermediate', since: '2020-12' }], guessed: [{ to: '工程师' }] } },
    { text: '高极技师证', want: { skills: [{ level: 'senior_technician' }], guessed: [{ to: '高级' }] } },
    { text: '高集工资', want: {}, absent: ['skills', 'guessed'] },
    { text: '会计师证', want: { titles: [{ level: 'intermediate', outside: '会计师' }] }, absent: ['guessed'] },
    { text: '高级经济师证', want: { titles: [{ level: 'deputy_senior', outside: '高级经济师' }] }, absent: ['guessed', 'skills'] },
    { text: '及时回复我', want: {}, absent: ['skills'] },
    { text: 'meiyou', ctx: { expecting: 'awards' }, want: { awards: [] } },
    { text: 'dou hege', ctx: { expecting: 'annualReviewsPassed' }, want: { annualReviewsPassed: true } },
    { text: 'gaojigong', ctx: { expecting: 'skills' }, want: { skills: [{ level: 'senior_worker' }] } },
    { text: '住力工程师', ctx: { expecting: 'titles' }, want: { titles: [{ level: 'assistant' }], guessed: [{ to: '助理' }] } },
    { text: '高技，2019年拿的', want: { skills: [{ level: 'senior_technician', since: '2019-12' }] } },
  ]],
  ['competitions as people say them', [
    { text: '得过全省第二', ctx: { expecting: 'awards' }, want: { awards: [{ type: 'competition', tier: 'provincial_class2', rank: 2, classUnknown: true }] } },
    { text: '全国前五', ctx: { expecting: 'awards' }, want: { awards: [{ type: 'competition', tier: 'national_class2', rank: 5 }] } },
    { text: '省级技能比武第一名', want: { awards: [{ type: 'competition', tier: 'provincial_class2', rank: 1 }] } },
    { text: '参加过全国行业职业技能竞赛，第八名', want: { awards: [{ type: 'competition', tier: 'national_class2', rank: 8 }] }, absent: [] },
    { text: '省里面的一类大赛拿了第二', want: { awards: [{ type: 'competition', tier: 'provincial_class1', rank: 2 }] } },
    { text: 'placed 2nd in a county-level skills competition', want: { awards: [{ type: 'competition', tier: 'district', rank: 2 }] } },
    { text: '2023年全省第三 技师', want: { awards: [{ type: 'competition', rank: 3 }], skills: [{ level: 'technician' }] }, absent: ['month'] },
  ]],
  ['wishes and questions', [
    { text: '想打听一下高级工程师', want: { targets: [{ kind: 'title', level: 'deputy_senior' }] }, absent: ['titles'] },
    { text: '技师要满足哪些条件', want: { targets: [{ kind: 'skill', level: 'technician' }] }, absent: ['skills'] },
    { text: '高级技师哪一年能考', want: { targets: [{ kind: 'skill', level: 'senior_technician' }], followUp: 'when' }, absent: ['skills'] },
    { text: '助工啥时候能评呢', want: { targets: [{ kind: 'title', level: 'assistant' }] }, absent: ['titles'] },
    { text: '我是助工 工程师多久能报', want: { titles: [{ level: 'assistant' }], targets: [{ kind: 'title', level: 'intermediate' }] } },
    { text: '高级工可以报什么', want: { skills: [{ level: 'senior_worker' }], question: true }, absent: ['targets'] },
    { text: '工程师，在昆山，可以直接认定技师吗', want: { titles: [{ level: 'intermediate' }], targets: [{ kind: 'skill', level: 'technician' }] } },
    { text: '在吗 高级工 在成都', want: { skills: [{ level: 'senior_worker' }], region: { region: 'sichuan' } } },
    { text: '下一步的目标是高级技师', want: { targets: [{ kind: 'skill', level: 'senior_technician' }] }, absent: ['skills'] },
    { text: '工程师是我下一步的目标', want: { targets: [{ kind: 'title', level: 'intermediate' }] }, absent: ['titles'] },
    { text: 'my aim is to become a senior technician', want: { targets: [{ kind: 'skill', level: 'senior_technician' }] }, absent: ['skills'] },
    { text: 'could I be certified as a technician?', want: { targets: [{ kind: 'skill', level: 'technician' }] }, absent: ['skills'] },
    { text: "I'd sit the senior technician exam next year", want: { targets: [{ kind: 'skill', level: 'senior_technician' }] }, absent: ['skills'] },
    { text: 'engineer since 2018, would like a technician certificate', want: { titles: [{ level: 'intermediate' }], targets: [{ kind: 'skill', level: 'technician' }] } },
  ]],
  ['competitions in English and team sizes', [
    { text: 'we were a team of two, 1st at the provincial contest', want: { awards: [{ type: 'competition', rank: 1, teamSize: 2 }] } },
    { text: 'won the city skills contest', want: { awards: [{ type: 'competition', tier: 'municipal_class1', rank: 1 }] } },
    { text: 'won a medal at the national contest', want: { awards: [{ type: 'competition', tier: 'national_class2' }] }, absent: [] },
    { text: 'runner-up, provincial competition', want: { awards: [{ type: 'competition', tier: 'provincial_class2', rank: 2 }] } },
    { text: 'second prize on the national level', want: { awards: [{ type: 'competition', tier: 'national_class2', rank: 2 }] } },
    { text: '省赛第二，我们俩一组', want: { awards: [{ type: 'competition', rank: 2, teamSize: 2 }] } },
    { text: '国赛第四 我们仨', want: { awards: [{ type: 'competition', rank: 4, teamSize: 3 }] } },
  ]],
  ['English dates follow their level', [
    { text: 'intermediate worker (level 4) since 2015 and senior worker since 2020', want: { skills: [{ level: 'intermediate_worker', since: '2015-12' }, { level: 'senior_worker', since: '2020-12' }] } },
    { text: 'Senior worker since 2017. Assistant engineer? Dalian.', want: { skills: [{ level: 'senior_worker', since: '2017-12' }], region: { region: 'liaoning' } }, absent: ['titles'] },
    { text: 'What could a senior worker apply for?', want: { skills: [{ level: 'senior_worker' }], question: true } },
  ]],
  ['phone shorthand', [
    { text: '高级工 19.10', want: { skills: [{ level: 'senior_worker', since: '2019-10' }] } },
    { text: '22.3', ctx: since, want: { month: '2022-03' } },
    { text: '干了2.5年', want: { workYears: 2.5 }, absent: ['month'] },
    { text: '电工 技师 2020', want: { skills: [{ level: 'technician', since: '2020-12' }] } },
    { text: '车工 高级', want: { skills: [{ level: 'senior_worker' }] } },
  ]],
  ['answers to the question asked', [
    { text: '目前还没有呢', ctx: { expecting: 'titles' }, want: { titles: [] }, absent: ['question'] },
    { text: '么有', ctx: { expecting: 'awards' }, want: { awards: [] } },
    { text: '暂时没评', ctx: { expecting: 'titles' }, want: { titles: [] } },
    { text: "no I haven't", ctx: { expecting: 'skills' }, want: { skills: [] } },
    { text: 'not at the moment', ctx: { expecting: 'titles' }, want: { titles: [] } },
    { text: '只有个焊工证', ctx: { expecting: 'skills' }, want: { dontKnow: true }, absent: ['skills'] },
    { text: 'just a welding permit', ctx: { expecting: 'skills' }, want: { dontKnow: true }, absent: ['skills'] },
    { text: '沒有職稱么', want: { titles: [] } },
  ]],
  ['competition details asked', [
    { text: '二等', ctx: { expecting: 'awards.rank' }, want: { number: 2 } },
    { text: '金', ctx: { expecting: 'awards.rank' }, want: { medal: 'gold', number: 1 } },
    { text: '拿的优秀奖', ctx: { expecting: 'awards.rank' }, want: { medal: 'excellence' }, absent: ['number'] },
    { text: '没能进前五', ctx: { expecting: 'awards.rank' }, want: { dontKnow: true }, absent: ['number'] },
    { text: '没拿到名次', ctx: { expecting: 'awards.rank' }, want: { number: 99 } },
    { text: 'just took part', ctx: { expecting: 'awards.rank' }, want: { number: 99 } },
    { text: '五个人一队', ctx: { expecting: 'awards.teamSize' }, want: { teamSize: 3 } },
    { text: '我自己一个人参加的', ctx: { expecting: 'awards.teamSize' }, want: { teamSize: 1 } },
    { text: '十个人', ctx: { expecting: 'awards.teamSize' }, want: { teamSize: 3 } },
  ]],
  ['reviews and years asked', [
    { text: '我们单位没有年度考核', ctx: { expecting: 'annualReviewsPassed' }, want: { dontKnow: true }, absent: ['annualReviewsPassed'] },
    { text: '大部分合格', ctx: { expecting: 'annualReviewsPassed' }, want: { annualReviewsPassed: false } },
    { text: 'roughly 12', ctx: { expecting: 'workYears' }, want: { workYears: 12 } },
    { text: 'two decades', ctx: { expecting: 'workYears' }, want: { workYears: 20 } },
    { text: '将近二十吧', ctx: { expecting: 'workYears' }, want: { workYears: 20 } },
    { text: '其实都合格', want: { annualReviewsPassed: true } },
    { text: 'one year was only basically competent', ctx: { expecting: 'annualReviewsPassed' }, want: { annualReviewsPassed: false } },
    { text: "haven't won anything", ctx: { expecting: 'awards' }, want: { awards: [] } },
    { text: 'not that I know of', ctx: { expecting: 'awards' }, want: { awards: [] } },
    { text: '2016年开始干的', ctx: { expecting: 'workYears' }, want: { workYears: 9.91 } },
    { text: 'since 2020', ctx: { expecting: 'workYears' }, want: { workYears: 5.91 } },
  ]],
  ['Cantonese and traditional forms', [
    { text: '佢係技師，喺瀋陽', want: { skills: [{ level: 'technician' }], region: { region: 'liaoning' } } },
    { text: '冇拎過任何獎', ctx: { expecting: 'awards' }, want: { awards: [] } },
    { text: '點樣先可以評高工', want: { targets: [{ kind: 'title', level: 'deputy_senior' }], question: true } },
    { text: '唔知', ctx: { expecting: 'skills.since' }, want: { dontKnow: true } },
    { text: '不知哪一年', ctx: { expecting: 'titles.since' }, want: { dontKnow: true } },
    { text: '年資八年', want: { workYears: 8 } },
  ]],
  ['corrections as people make them', [
    { text: '等一下，高级工是2016年的', ctx: { expecting: 'titles' }, want: { skills: [{ level: 'senior_worker', since: '2016-12' }], correction: {} } },
    { text: 'no, my senior worker cert is from 2015', ctx: { expecting: 'awards' }, want: { skills: [{ level: 'senior_worker', since: '2015-12' }], correction: {} }, absent: ['awards'] },
    { text: 'my bad, it was March 2021', ctx: { expecting: 'titles' }, want: { month: '2021-03', correction: {} }, absent: ['titles'] },
    { text: 'no, none', ctx: { expecting: 'titles' }, want: { titles: [] }, absent: ['awards', 'correction'] },
  ]],
  ['title holders', [
    { text: '有中级职称，电气类的', want: { titles: [{ level: 'intermediate', series: 'engineering' }] } },
    { text: '持有机电工程师（中级），2019年取得', want: { titles: [{ level: 'intermediate', series: 'engineering', since: '2019-12' }] }, absent: ['occupation'] },
  ]],
  ['the place of work, not of origin', [
    { text: '老家江西的，现在在沈阳上班', want: { region: { region: 'liaoning' } } },
    { text: '户籍是重庆 人在昆山', want: { region: { region: 'suzhou' } } },
    { text: "I'm from Liaoning, now working in Chengdu", want: { region: { region: 'sichuan' } } },
  ]],
  ['a related diploma', [
    { text: '我是焊接专业毕业的', want: { relatedDiploma: true } },
    { text: '学的是数控技术专业', want: { relatedDiploma: true } },
    { text: '读的机电', ctx: { expecting: 'relatedDiploma' }, want: { relatedDiploma: true } },
    { text: '跨专业的', ctx: { expecting: 'relatedDiploma' }, want: { relatedDiploma: false } },
    { text: '专业不对口', want: { relatedDiploma: false }, absent: ['correction'] },
    { text: 'my degree is in electrical engineering', want: { relatedDiploma: true } },
  ]],
  ['annual reviews', [
    { text: '考核没有都合格', want: { annualReviewsPassed: false } },
    { text: 'not all of my annual reviews were passed', want: { annualReviewsPassed: false } },
    { text: 'not all', ctx: { expecting: 'annualReviewsPassed' }, want: { annualReviewsPassed: false } },
  ]],
];

describe.each(CASES)('%s', (_name, list) => {
  it.each(list.map((p): [string, Phrasing] => [`${JSON.stringify(p.text)}${p.ctx?.expecting ? ` (asked ${p.ctx.expecting})` : ''}`, p]))('%s', (_l, p) => {
    const got = understand(p.text, { asOf: AS_OF, ...p.ctx });
    expect(got).toMatchObject(p.want);
    for (const key of p.absent ?? []) expect(got[key]).toBeUndefined();
  });
});
