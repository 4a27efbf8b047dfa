// Competitions, wishes, places and shorthand as people say them, on phrasings of our own (not from any
// conversation set): each row is a general mechanism of the parser (tier, class, rank, team; a level asked on its
// own; a school's name is no place of work; the verb deciding the ladder of a bare 中级).
import { understand } from '../../src/dialogs/understand';
import { AS_OF, type Phrasing } from './fixtures';

const comp = (tier: string, extra: Record<string, unknown> = {}) => ({ awards: [{ type: 'competition', tier, ...extra }] }) as Phrasing['want'];

const CASES: [string, Phrasing[]][] = [
  ['a city contest of the second class is its trade contest', [
    { text: '市里的二类比赛拿了第三', want: comp('municipal_industry', { rank: 3 }) },
    { text: '市二类比赛第二名', want: comp('municipal_industry', { rank: 2 }) },
    { text: '市级二类竞赛一等奖', want: comp('municipal_industry', { rank: 1 }) },
    { text: 'a city class 2 contest, 1st', want: comp('municipal_industry', { rank: 1 }) },
    { text: '市一类比赛第一', want: comp('municipal_class1', { rank: 1 }) },
  ]],
  ['county contests', [
    { text: '县赛第一名', want: comp('district', { rank: 1 }) },
    { text: '县级技能大赛第一', want: comp('district', { rank: 1 }) },
  ]],
  ['the level said with no contest word (English)', [
    { text: 'won bronze at the national', want: comp('national_class2', { rank: 3, classUnknown: true }) },
    { text: 'won bronze at the national in 2022', want: comp('national_class2', { rank: 3, classUnknown: true }) },
    { text: 'I came 2nd at the provincials', want: comp('provincial_class2', { rank: 2, classUnknown: true }) },
    { text: 'third place at nationals', want: comp('national_class2', { rank: 3, classUnknown: true }) },
    { text: '2nd in a national class-2 contest', want: comp('national_class2', { rank: 2 }), absent: [] },
    { text: "I'm a national technical expert", want: { awards: [{ type: 'honor', id: 'national_technical_expert' }] } },
    { text: 'national-level technical expert', want: { awards: [{ type: 'honor', id: 'national_technical_expert' }] } },
    { text: 'provincial level, 2nd place', want: comp('provincial_class2', { rank: 2, classUnknown: true }) },
    { text: 'I won a provincial class-1 contest', want: comp('provincial_class1', { rank: 1 }) },
    { text: 'placed fourth at a national category 1 competition', want: comp('national_class1', { rank: 4 }) },
    { text: 'I came 3rd in the city contest, class 2', want: comp('municipal_industry', { rank: 3 }) },
    { text: '市赛第二，二类的', want: comp('municipal_industry', { rank: 2 }) },
    { text: '市赛第二名', want: comp('municipal_class1', { rank: 2 }) },
    { text: 'me and two colleagues', ctx: { expecting: 'awards.teamSize' }, want: { teamSize: 3 } },
  ]],
  ['the number in a team', [
    { text: '我们队三个', ctx: { expecting: 'awards.teamSize' }, want: { teamSize: 3 } },
    { text: '队里一共两个人', ctx: { expecting: 'awards.rank' }, want: { teamSize: 2 } },
    { text: '一组三个人', ctx: { expecting: 'awards.teamSize' }, want: { teamSize: 3 } },
    { text: '省赛第二，我们队三个', want: comp('provincial_class2', { rank: 2, teamSize: 3 }) },
  ]],
  ['the class by who ran the contest, the team by who was with me', [
    { text: '人社厅办的', ctx: { expecting: 'awards.class' }, want: { number: 1 } },
    { text: '行业协会办的', ctx: { expecting: 'awards.class' }, want: { number: 2 } },
    { text: '交通厅办的', ctx: { expecting: 'awards.class' }, want: { number: 2 } },
    { text: '人社局和交通局一起办的', ctx: { expecting: 'awards.class' }, want: { number: 2 } },
    { text: '好像是二类', ctx: { expecting: 'awards.class' }, want: { number: 2 } },
    { text: '我和两个同事一起', ctx: { expecting: 'awards.teamSize' }, want: { teamSize: 3 } },
    { text: '跟一个同事一起', ctx: { expecting: 'awards.teamSize' }, want: { teamSize: 2 } },
    { text: '5名', ctx: { expecting: 'awards.rank' }, want: { number: 5 } },
  ]],
  ['a result or team said later, alone', [
    { text: '拿了个第四', ctx: { expecting: 'annualReviewsPassed' }, want: { placed: { rank: 4 } } },
    { text: '得了铜牌', ctx: { expecting: 'workYears' }, want: { placed: { medal: 'bronze' } }, absent: ['workYears'] },
    { text: 'got 3rd place', ctx: { expecting: 'workYears' }, want: { placed: { rank: 3 } }, absent: ['workYears', 'number'] },
    { text: '我们队三个人', ctx: { expecting: 'annualReviewsPassed' }, want: { teamSize: 3 } },
    { text: '个人赛', ctx: { expecting: 'workYears' }, want: { teamSize: 1 }, absent: ['workYears'] },
    // no team word: 就我一个人 to the years question is about work
    { text: '就我一个人', ctx: { expecting: 'workYears' }, want: {}, absent: ['teamSize'] },
    { text: '3', ctx: { expecting: 'workYears' }, want: { workYears: 3 }, absent: ['placed'] },
  ]],
  ['a level asked on its own is wanted, never held', [
    { text: 'Engineer title?', want: { targets: [{ kind: 'title', level: 'intermediate' }] }, absent: ['titles'] },
    { text: 'Senior engineer?', want: { targets: [{ kind: 'title', level: 'deputy_senior' }] }, absent: ['titles'] },
    { text: "engineer title? I'm a technician since 2019", want: { skills: [{ level: 'technician' }], targets: [{ kind: 'title', level: 'intermediate' }] }, absent: ['titles'] },
    { text: '高级技师呢？', want: { targets: [{ kind: 'skill', level: 'senior_technician' }] }, absent: ['skills'] },
    { text: '我是技师，工程师呢？', want: { skills: [{ level: 'technician' }], targets: [{ kind: 'title', level: 'intermediate' }] }, absent: ['titles'] },
    { text: '工程师职称吗', want: { targets: [{ kind: 'title', level: 'intermediate' }] }, absent: ['titles'] },
    { text: 'Engineer title?', ctx: { expecting: 'region' }, want: { targets: [{ kind: 'title', level: 'intermediate' }] }, absent: ['titles'] },
    { text: 'senior technician - can I?', want: { targets: [{ kind: 'skill', level: 'senior_technician' }] }, absent: ['skills'] },
    { text: "I'm a technician. Engineer?", want: { skills: [{ level: 'technician' }], targets: [{ kind: 'title', level: 'intermediate' }] }, absent: ['titles'] },
    { text: 'senior technician next?', want: { targets: [{ kind: 'skill', level: 'senior_technician' }] }, absent: ['skills'] },
    { text: '高级工程师的话呢', want: { targets: [{ kind: 'title', level: 'deputy_senior' }] }, absent: ['titles'] },
    { text: '工程师还要几年', want: { targets: [{ kind: 'title', level: 'intermediate' }] }, absent: ['titles'] },
    { text: '我是工程师 技师能直接认定吗', want: { titles: [{ level: 'intermediate' }], targets: [{ kind: 'skill', level: 'technician' }] }, absent: ['skills'] },
    // 想 speaks of the speaker: the level before it is theirs
    { text: '高级技师想评高工要几年', want: { skills: [{ level: 'senior_technician' }], targets: [{ kind: 'title', level: 'deputy_senior' }] }, absent: ['titles'] },
    // applied for, not yet held
    { text: '工程师在评', ctx: { expecting: 'titles' }, want: { targets: [{ kind: 'title', level: 'intermediate' }] }, absent: ['titles'] },
    { text: '工程师正在评审中', want: { targets: [{ kind: 'title', level: 'intermediate' }] }, absent: ['titles'] },
    { text: '申报了工程师还没出结果', ctx: { expecting: 'titles' }, want: { targets: [{ kind: 'title', level: 'intermediate' }] }, absent: ['titles'] },
    { text: '技师报名了还没考', ctx: { expecting: 'skills' }, want: { targets: [{ kind: 'skill', level: 'technician' }] }, absent: ['skills'] },
    { text: '技师在考，高级工2019年拿的', want: { skills: [{ level: 'senior_worker' }], targets: [{ kind: 'skill', level: 'technician' }] } },
    { text: 'technician exam next month', ctx: { expecting: 'skills' }, want: { targets: [{ kind: 'skill', level: 'technician' }] }, absent: ['skills'] },
    { text: 'engineer application pending', ctx: { expecting: 'titles' }, want: { targets: [{ kind: 'title', level: 'intermediate' }] }, absent: ['titles'] },
    { text: '工程师还没评下来', ctx: { expecting: 'titles' }, want: { denied: [{ kind: 'title', level: 'intermediate' }] }, absent: ['titles'] },
    // but held: 已经考了, 在考核 (the reviews)
    { text: '技师已经考了', want: { skills: [{ level: 'technician' }] }, absent: ['targets'] },
    { text: '技师在考核都合格', want: { skills: [{ level: 'technician' }], annualReviewsPassed: true }, absent: ['targets'] },
    // asked for a title, "高级工程师？" is a hesitant answer, not a wish
    { text: '高级工程师?', ctx: { expecting: 'titles' }, want: {}, absent: ['targets'] },
  ]],
  ['a school named after a place is no place of work', [
    { text: '毕业于重庆大学', want: {}, absent: ['region'] },
    { text: '毕业于重庆大学', ctx: { expecting: 'region' }, want: {}, absent: ['region'] },
    { text: '我是重庆工业职业技术学院毕业的', want: {}, absent: ['region'] },
    { text: '重庆的技校毕业的', want: {}, absent: ['region'] },
    { text: 'Chongqing University graduate', want: {}, absent: ['region'] },
    { text: '重庆大学毕业，现在在苏州', want: { region: { region: 'suzhou' } } },
    { text: '成都理工大学毕业，在深圳上班', want: { region: { region: 'national', fallback: true } } },
    { text: 'graduated from Sichuan Vocational College, now in Shenzhen', want: { region: { region: 'national', fallback: true } } },
    { text: '我在重庆上班以前读的技校', want: { region: { region: 'chongqing' } } },
    // a factory or company is where one works, unless its branch elsewhere is named
    { text: '重庆某机械厂钳工', want: { region: { region: 'chongqing' } } },
    // a company named after a province, alone and unasked, does not say where the person works: the region is asked
    { text: '在四川某某公司上班', want: {}, absent: ['region'] },
    { text: '在四川某某公司上班', ctx: { expecting: 'region' }, want: { region: { region: 'sichuan' } } },
    { text: '在四川某某公司深圳分公司上班', want: { region: { region: 'national', fallback: true } } },
    { text: '重庆某集团在苏州的厂里', want: { region: { region: 'suzhou' } } },
    { text: '在江苏某公司上班，人在昆山', want: { region: { region: 'suzhou' } } },
    { text: '我在成都，公司是重庆的', want: { region: { region: 'sichuan' } } },
    { text: '重庆某机械厂钳工，老家四川', want: { region: { region: 'chongqing' } } },
  ]],
  ['county-level cities and places elsewhere', [
    { text: '张家港的', want: { region: { region: 'suzhou', fallback: false } } },
    { text: '常熟', want: { region: { region: 'suzhou', fallback: false } } },
    { text: '都江堰', want: { region: { region: 'sichuan', fallback: false } } },
    { text: '瓦房店', want: { region: { region: 'liaoning', fallback: false } } },
    { text: 'I work in Kunshan', want: { region: { region: 'suzhou', fallback: false } } },
    { text: 'I work in Dujiangyan', want: { region: { region: 'sichuan', fallback: false } } },
    { text: 'Wafangdian', ctx: { expecting: 'region' }, want: { region: { region: 'liaoning', fallback: false } } },
    { text: 'from Jinggangshan, Jiangxi', want: { region: { region: 'jiangxi', fallback: false } } },
    { text: 'I work in Jinhua', want: { region: { region: 'national', fallback: true } } },
    { text: '我在南京上班', want: { region: { region: 'national', fallback: true } } },
    { text: 'Shenzhen', ctx: { expecting: 'region' }, want: { region: { region: 'national', fallback: true } } },
    // Jiangsu outside Suzhou, its county-level cities too: the national baseline
    { text: '江苏江阴', want: { region: { region: 'national', fallback: true } } },
    { text: '宜兴', ctx: { expecting: 'region' }, want: { region: { region: 'national', fallback: true } } },
    { text: 'I work in Jiangyin', want: { region: { region: 'national', fallback: true } } },
    { text: '我在晋江上班', want: { region: { region: 'national', fallback: true } } },
    { text: '我在上海闵行上班', want: { region: { region: 'national', fallback: true } } },
    { text: '江宁', ctx: { expecting: 'region' }, want: { region: { region: 'national', fallback: true } } },
    { text: '黄山', ctx: { expecting: 'region' }, want: { region: { region: 'national', fallback: true } } },
    { text: '宜春', ctx: { expecting: 'region' }, want: { region: { region: 'jiangxi', fallback: false } } },
  ]],
  ["a province's one-character name as a word of its own", [
    { text: '渝 技师 20年', want: { region: { region: 'chongqing' }, skills: [{ level: 'technician' }] } },
    { text: '川 高级工 19年', want: { region: { region: 'sichuan' }, skills: [{ level: 'senior_worker' }] } },
    { text: '赣，高级工', want: { region: { region: 'jiangxi' } } },
    { text: '高级 技师 辽', want: { region: { region: 'liaoning' } } },
    { text: '川', ctx: { expecting: 'region' }, want: { region: { region: 'sichuan' } } },
    // inside a word it is no place (四川 is read whole; 川菜 names none)
    { text: '我做川菜的厨师', want: {}, absent: ['region'] },
    { text: '渝', want: {}, absent: ['region'] },
  ]],
  ['shorthand', [
    { text: '考了个中级', want: { skills: [{ level: 'intermediate_worker' }] }, absent: ['titles'] },
    { text: '评了高级', want: { titles: [{ level: 'deputy_senior' }] }, absent: ['skills'] },
    { text: '评上中级了', want: { titles: [{ level: 'intermediate' }] }, absent: ['skills'] },
    { text: '高工证', want: { titles: [{ level: 'deputy_senior', series: 'engineering' }] } },
    { text: '助工', want: { titles: [{ level: 'assistant', series: 'engineering' }] } },
    { text: '高技证', want: { skills: [{ level: 'senior_technician' }] } },
    { text: 'grade 3 certificate', want: { skills: [{ level: 'senior_worker' }] } },
    { text: 'mid-level title', want: { titles: [{ level: 'intermediate' }] } },
    { text: '机械', ctx: { expecting: 'titles.series' }, want: { series: 'engineering' } },
    { text: '电气的', ctx: { expecting: 'titles.series' }, want: { series: 'engineering' } },
    { text: 'mechanical', ctx: { expecting: 'titles.series' }, want: { series: 'engineering' } },
    { text: '机械厂', want: {}, absent: ['series'] },
    { text: '成都 高技 18年10月 考核都过 20年工龄', want: { annualReviewsPassed: true, workYears: 20, skills: [{ level: 'senior_technician', since: '2018-10' }] } },
    { text: '考核都过了', want: { annualReviewsPassed: true } },
    { text: '考核都合格二十年工龄', want: { annualReviewsPassed: true, workYears: 20 } },
  ]],
  ['a level denied with a particle, the person going on', [
    { text: '工程师没有哈我是技师二零二零年八月的', want: { denied: [{ kind: 'title', level: 'intermediate' }], skills: [{ level: 'technician', since: '2020-08' }] }, absent: ['titles'] },
    { text: '技师没有呢', want: { denied: [{ kind: 'skill', level: 'technician' }] }, absent: ['skills'] },
  ]],
  ['thanks in English words', [
    { text: 'ok thanks a lot', want: { smallTalk: 'thanks' } },
    { text: 'thanks so much', want: { smallTalk: 'thanks' } },
    { text: 'thank you again', want: { smallTalk: 'thanks' } },
  ]],
];

describe.each(CASES)('%s', (_name, list) => {
  it.each(list.map((p): [string, Phrasing] => [`${JSON.stringify(p.text)}${p.ctx?.expecting ? ` (asked ${p.ctx.expecting})` : ''}`, p]))('%s', (_l, p) => {
    const got = understand(p.text, { asOf: AS_OF, ...p.ctx });
    expect(got).toMatchObject(p.want);
    for (const key of p.absent ?? []) expect(got[key]).toBeUndefined();
  });
});
