// After the answer, the follow-ups of the round that opened set 11 (their kinds, in wordings of our own, none from a
// conversation set): a level named with "which month" asks when it opens (it is not a title held, and 哪一年哪一月 is
// no date); the things to bring asked with a list wanted a few words on, or after a pause; "get ready" as a verb of
// bringing; thanks said as learners say them; pinyin follow-ups; "in how many months can I apply"; the level after an
// "or" wished as the one before it; a correction naming a new level beside a known one adds it.
import { converse } from '../helpers/converse';

type L = 'zh-CN' | 'en';
// a person whose result has a path not yet open (assistant from 2027-06) and one open
const ZH = ['辽宁抚顺 高级工 2025年6月取得', '没有', '合格'];
const EN = ['Jiangxi Jiujiang, senior worker since June 2025', 'no; none', 'yes'];
/** The last reply's whole text, read by the driver's own helper. */
const said = (c: ReturnType<typeof converse>) => c.text(c.last);

describe('a level named with "which month" after the answer asks when it opens', () => {
  // senior technician 2023-10 in Liaoning: intermediate open now, deputy senior from 2027-10 (4 years)
  const LN = ['丹东 高级技师 2023年10月 考核合格', '没有'];
  it.each(['副高级几月', '高级工程师是哪一年哪个月', '高工哪年几月呀', '那高级工程师要哪个月'])('%s', (ask) => {
    const c = converse([...LN, ask]);
    expect(said(c)).toContain('2027年10月');
    expect(c.facts().titles).toEqual([]);
  });
});

describe('the things to bring, asked with a list wanted or after a pause', () => {
  it.each([
    '把要带的东西帮我写个清单', '能不能把他要提交的资料整理张单子', '公司叫准备资料，都有啥', '领导让提供证明材料 到底要哪些',
    'yao dai sha cailiao',
  ])('zh %s', (ask) => {
    expect(said(converse([...ZH, ask]))).toContain('📋');
  });
  it.each(['what do i have to get ready', 'what should he gather for it', 'ok so what must i sort out beforehand'])('en %s', (ask) => {
    expect(said(converse([...EN, ask], { locale: 'en' }))).toMatch(/checklist/i);
  });
});

describe('when, in words of the phone and of learners', () => {
  it.each(['shenme shihou neng bao', 'duojiu neng bao', '还有几个月能报', '几年以后才能评'])('zh %s', (ask) => {
    expect(said(converse([...ZH, ask]))).toContain('2027年6月');
  });
  it.each(['what is the earliest month i can apply', 'so the precise date it opens is?', 'and when exactly'])('en %s', (ask) => {
    expect(said(converse([...EN, ask], { locale: 'en' }))).toMatch(/June 2027/);
  });
});

describe('thanks as learners type them get thanks back, not an okay', () => {
  it.each(['many thank for your help', 'thank for the help', 'so many thanks', 'big thanks for all the help'])('%s', (bye) => {
    const reply = said(converse([...EN, bye], { locale: 'en' }));
    expect(reply).toMatch(/welcome|luck|glad/i);
    expect(reply.length).toBeLessThan(200);
  });
});

describe('a level after an "or" is wished as the one before it', () => {
  it.each<[L, string]>([
    ['zh-CN', '南昌 焊工技师 2020年5月，想报高级技师或者工程师'], ['zh-CN', '打算评助理工程师还是工程师 我是成都的技师 2022年3月'],
    ['zh-CN', '沈阳 高级工2019年 准备考技师或高级技师'],
  ])('%s %s', (locale, first) => {
    const { facts } = converse([first], { locale });
    expect((facts().titles as unknown[] | undefined) ?? []).toEqual([]);
    expect(JSON.stringify(facts().skills)).not.toContain('senior_technician');
  });
  it('a level held before the "or" stays held', () => {
    const { facts } = converse(['重庆 我有高级工或者说三级证 2019年6月']);
    expect(JSON.stringify(facts().skills)).toContain('senior_worker');
  });
});

describe('a correction naming a new level beside a known one adds it, keeping the known one', () => {
  it.each([
    ['重庆万州 高级工 2022年3月 考核合格 没奖', '没有', '说错了 2019年8月我就考到技师了，高级工在那之前'],
    ['重庆万州 高级工 2022年3月 考核合格 没奖', '没有', '不对不对，技师是2019年8月拿的，高级工比这还早'],
  ])('%s / %s / %s', (...msgs) => {
    const { facts } = converse(msgs);
    const skills = facts().skills as { level: string; since?: string }[];
    expect(skills.map((s) => s.level).sort()).toEqual(['senior_worker', 'technician']);
    expect(skills.find((s) => s.level === 'technician')!.since).toBe('2019-08');
  });
  it('one level said again with its date still moves only that date', () => {
    const { facts } = converse(['重庆万州 高级工 2022年3月 考核合格 没奖', '没有', '不对，高级工是2021年3月']);
    expect(facts().skills).toEqual([expect.objectContaining({ level: 'senior_worker', since: '2021-03' })]);
  });
});
