// Questions asked the way phone typists ask them (development set 7's misses, by kind, on phrasings of our own):
// 好久 for 多久 before a verb of applying, "is it enough for" (够了没), the month asked in other words (which month,
// 什么时间), handing in said with other verbs (交 / 提供, 东西), a date that times a wish (打算今年评…), and a 工种
// named by its own name read as its 职业 (数控车工 → 车工); then set 9's kinds: 整 / 弄 / 搞 as the wish's verb, a year
// and month with a space (2024 3), 有人莫 / 谢啦, a filler after a correction marker, English chat shorthand (wat, docs).
import { understand } from '../../src/dialogs/understand';
import { resultQuestion } from '../../src/dialogs/followUps';
import { AS_OF, type Phrasing } from './fixtures';

const CASES: [string, Phrasing[]][] = [
  ['好久 (多久) before a verb of applying: the level is wanted, not held', [
    { text: '我是技师 工程师好久能评', want: { skills: [{ level: 'technician' }], targets: [{ kind: 'title', level: 'intermediate' }] }, absent: ['titles'] },
    { text: '高级工2023年的 技师还要好久才可以考', want: { skills: [{ level: 'senior_worker' }], targets: [{ kind: 'skill', level: 'technician' }] } },
    { text: '万州 高工好久以后才能报', want: { targets: [{ kind: 'title', level: 'deputy_senior' }] }, absent: ['titles'] },
    // the failing shape: place, level with its date, then the title 好久能报
    { text: '涪陵 我技师是前年三月的 工程师好久能申报', want: { skills: [{ level: 'technician', since: '2024-03' }], targets: [{ kind: 'title', level: 'intermediate' }] }, absent: ['titles'] },
    // 好久 with no verb of applying after it is how long it has been held
    { text: '技师好久了', want: { skills: [{ level: 'technician' }] }, absent: ['targets'] },
  ]],
  ['"is it enough for" after a level: wanted', [
    { text: '高级技师 副高够了吗', want: { skills: [{ level: 'senior_technician' }], targets: [{ kind: 'title', level: 'deputy_senior' }] }, absent: ['titles'] },
    { text: '技师证20年的 工程师够不', want: { skills: [{ level: 'technician' }], targets: [{ kind: 'title', level: 'intermediate' }] }, absent: ['titles'] },
    { text: '太仓 焊工技师 2019年5月 中级职称够得着不', want: { skills: [{ level: 'technician', since: '2019-05' }], targets: [{ kind: 'title', level: 'intermediate' }] }, absent: ['titles'] },
    // said of oneself it stays held
    { text: '我是工程师 够了吗', want: { titles: [{ level: 'intermediate' }] }, absent: ['targets'] },
  ]],
  ['the month or the time asked in other words: when', [
    { text: 'which month would that be', want: { followUp: 'when' } },
    { text: 'what year then?', want: { followUp: 'when' } },
    { text: 'ok but exactly when', want: { followUp: 'when' } },
    { text: '那具体什么时间', want: { followUp: 'when' } },
    { text: '哪天可以报名', want: { followUp: 'when' } },
    { text: '那好久可以申报嘛', want: { followUp: 'when' } },
  ]],
  ['a date that times a wish is no date of a level held', [
    { text: '准备今年评助理工程师 高级工是前年考的', want: { skills: [{ level: 'senior_worker', since: '2024-12' }], targets: [{ kind: 'title', level: 'assistant' }] }, absent: ['titles'] },
    { text: '今年想考个电工技师 高级工2021年3月', want: { skills: [{ level: 'senior_worker', since: '2021-03' }], targets: [{ kind: 'skill', level: 'technician' }] } },
    // a date with a level obtained stays that level's, and so does a past one or one with its month before a wish
    { text: '今年评上了工程师', want: { titles: [{ level: 'intermediate' }] }, absent: ['targets'] },
    { text: '大连 高级工 2023.05 能报助工不', want: { skills: [{ level: 'senior_worker', since: '2023-05' }], targets: [{ kind: 'title', level: 'assistant' }] } },
    { text: '营口 技师 2021年 想评工程师', want: { skills: [{ level: 'technician', since: '2021-12' }], targets: [{ kind: 'title', level: 'intermediate' }] } },
    { text: '高级工 2025年9月 准备评助工', want: { skills: [{ level: 'senior_worker', since: '2025-09' }], targets: [{ kind: 'title', level: 'assistant' }] } },
    { text: '今年考的技师', want: { skills: [{ level: 'technician', since: '2026-11' }] } },
  ]],
  ['a 工种 read as its 职业', [
    { text: '数控铣工 高级工', want: { occupation: '铣工', skills: [{ level: 'senior_worker', occupation: '铣工' }] } },
    { text: '我是机修钳工 技师', want: { occupation: '钳工', skills: [{ level: 'technician', occupation: '钳工' }] } },
    { text: '氩弧焊工 高级技师', want: { occupation: '焊工' } },
    { text: '车工 技师', want: { occupation: '车工' } },
  ]],
  // development set 9's misses (phone typing of our own), by kind, in other words again
  ['整 / 弄 / 搞 as the verb of a wish after the level', [
    { text: '高级工 技师能弄个不', want: { skills: [{ level: 'senior_worker' }], targets: [{ kind: 'skill', level: 'technician' }] } },
    { text: '俺高级技师 高工能整吗', want: { skills: [{ level: 'senior_technician' }], targets: [{ kind: 'title', level: 'deputy_senior' }] }, absent: ['titles'] },
    { text: '技师 工程师可以搞不', want: { skills: [{ level: 'technician' }], targets: [{ kind: 'title', level: 'intermediate' }] }, absent: ['titles'] },
    { text: '工程师整下来了 2019年', want: { titles: [{ level: 'intermediate', since: '2019-12' }] }, absent: ['targets'] },
  ]],
  ['a year and its month typed with a space', [
    { text: '高级工 2019 11', want: { skills: [{ level: 'senior_worker', since: '2019-11' }] } },
    { text: '2020 7', ctx: { expecting: 'skills.since' }, want: { month: '2020-07' } },
    { text: '高级工 2018 5 技师 2023 9', want: { skills: [{ level: 'senior_worker', since: '2018-05' }, { level: 'technician', since: '2023-09' }] } },
  ]],
  ['checking the bot is there, in dialect; thanks cut short', [
    { text: '有人莫', want: { smallTalk: 'ping' } },
    { text: '哈喽 在没', want: { smallTalk: 'ping' } },
    { text: '好 谢啦', want: { smallTalk: 'thanks' } },
    { text: '晓得了 谢啦', want: { smallTalk: 'thanks' } },
  ]],
  ['a filler after a correction marker', [
    { text: '刚才说错了 考核实际上都合格', want: { annualReviewsPassed: true, correction: { fields: ['annualReviewsPassed'] } } },
    { text: '打错了 技师其实是2020年5月', want: { skills: [{ level: 'technician', since: '2020-05' }], correction: {} } },
  ]],
  ['English typed on a phone', [
    { text: 'dunno', ctx: { expecting: 'annualReviewsPassed' }, want: { dontKnow: true } },
    { text: 'idk tbh', ctx: { expecting: 'annualReviewsPassed' }, want: { dontKnow: true } },
    { text: 'i wanna apply for engineer, technician since 2020', want: { skills: [{ level: 'technician' }], targets: [{ kind: 'title', level: 'intermediate' }] }, absent: ['titles'] },
    { text: 'technician 3 yrs', want: { skills: [{ level: 'technician', since: '2023-11' }] } },
  ]],
];

describe('a year with a space before a count is no month', () => {
  it.each(['高级工 2020 5年', '技师 2019 3个'])('%s', (text) => {
    expect(understand(text, { asOf: AS_OF }).month).not.toMatch(/^20(?:20-05|19-03)$/);
  });
});

describe.each(CASES)('%s', (_name, list) => {
  it.each(list.map((p): [string, Phrasing] => [`${JSON.stringify(p.text)}${p.ctx?.expecting ? ` (asked ${p.ctx.expecting})` : ''}`, p]))('%s', (_l, p) => {
    const got = understand(p.text, { asOf: AS_OF, ...p.ctx });
    expect(got).toMatchObject(p.want);
    for (const key of p.absent ?? []) expect(got[key]).toBeUndefined();
  });
});

describe('handing in said with other verbs asks for the checklist', () => {
  it.each(['得交哪些', '需要提供什么', '要准备啥东西', '报上去要些什么东西', '递交些啥', 'wat do i need to bring', 'pls what docs'])('%s', (text) => {
    expect(resultQuestion(text)).toEqual({ kind: 'materials' });
  });
  it.each([['我能报什么', 'now'], ['还差什么', 'missing']] as const)('%s stays %s', (text, kind) => {
    expect(resultQuestion(text)).toEqual({ kind });
  });
});
