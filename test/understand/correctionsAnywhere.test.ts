// Corrections at any point, years said digit by digit, 分别, and homophones of the domain's words (branch dlg1): our
// own phrasings, table by table, read by understand(); then whole conversations in which a corrected fact replaces
// only itself and the reply says what changed.
import { understand } from '../../src/dialogs/understand';
import { converse } from '../helpers/converse';
import { AS_OF, type Phrasing } from './fixtures';

const since = { expecting: 'skills.since' as const };
const sw = (since?: string) => ({ level: 'senior_worker' as const, ...(since ? { since } : {}) });
const tech = (since?: string) => ({ level: 'technician' as const, ...(since ? { since } : {}) });

const CASES: [string, Phrasing[]][] = [
  ['a correction marker anywhere; the date corrected goes to the level it was said of', [
    { text: '技师2019年3月哦不对是2018年3月', want: { skills: [tech('2018-03')], correction: {} } },
    { text: '技师2019年哦不是2018年', want: { skills: [tech('2018-12')], correction: {} } },
    { text: '我记得是二零年，哦不，是二一年', want: { month: '2021-12', correction: {} } },
    { text: '技师是2019年考的说错了是18年', want: { skills: [tech('2018-12')], correction: {} }, absent: ['number'] },
    { text: '嗯不对我记错了是一九年', want: { month: '2019-12', correction: {} }, absent: ['number'] },
    { text: '高级工2021年3月，不是三月，是九月', want: { skills: [sw('2021-09')] } },
    { text: '刚才那个日期错了，是2020年5月', want: { month: '2020-05', correction: {} } },
    { text: '啊不是，我是四川的', want: { region: { region: 'sichuan' }, correction: {} } },
  ]],
  ['the old value denied beside the new one goes; English markers', [
    { text: '工作不是十年是十二年', want: { workYears: 12, correction: {} } },
    { text: '不是十年，十二年', want: { number: 12, correction: {} } },
    { text: 'not 10 years, 12', ctx: { locale: 'en' }, want: { number: 12, correction: {} } },
    { text: "I said 2019 but it's 2018", ctx: { locale: 'en' }, want: { month: '2018-12', correction: {} } },
    { text: 'make it 2018', ctx: { locale: 'en' }, want: { month: '2018-12', correction: {} } },
    { text: 'the year is wrong, should be 2018', ctx: { locale: 'en' }, want: { month: '2018-12', correction: {} } },
    { text: 'change the technician date to 2018', ctx: { locale: 'en' }, want: { skills: [tech('2018-12')], correction: {} } },
    { text: "the technician one is wrong, it's 2018", ctx: { locale: 'en' }, want: { skills: [tech('2018-12')], correction: {} } },
    { text: '是技师，不是高级技师', want: { skills: [tech()], denied: [{ level: 'senior_technician' }] } },
  ]],
  ['the subject before the marker names the question its correction answers', [
    { text: '等等，考核那个我说错了，前年有一年是基本称职', want: { annualReviewsPassed: false, correction: {} }, absent: ['month', 'number'] },
    { text: '年限那个说错了，是十二年', want: { workYears: 12, correction: {} }, absent: ['month'] },
  ]],
  ['a year alone corrects the year of a dated level and keeps its month', [
    { text: '技师2019年3月哦不对是2018年', want: { skills: [tech('2018-03')] } },
    { text: '高级工2018年6月技师2022年6月，技师不是2022年是2021年', want: { skills: [sw('2018-06'), tech('2021-06')] } },
    { text: '技师2019年3月哦不对是二六年', want: { skills: [tech('2026-03')] } },
  ]],
  ['a month alone, with fillers, belongs to the year just said', [
    { text: '高级工是二零一八年几月份来着六月份吧然后技师是二零二三年', want: { skills: [sw('2018-06'), tech('2023-12')] } },
    { text: '我那个技师呢是二零二二年那个那个十月份拿的', want: { skills: [tech('2022-10')] } },
  ]],
  ['one of two certificates corrected: the other stays', [
    { text: '高级工2018年技师2022年，不对，技师是2021年', want: { skills: [sw('2018-12'), tech('2021-12')], correction: {} } },
    { text: '高级工2018年技师2022年，技师应该是2021年', want: { skills: [sw('2018-12'), tech('2021-12')], correction: {} } },
    { text: '不是技师是高级技师', want: { skills: [{ level: 'senior_technician' }], denied: [{ level: 'technician' }] } },
  ]],
  ['the subject said before the marker belongs to the correction', [
    { text: '技师的时间错了应该是2020年', want: { skills: [tech('2020-12')], correction: {} } },
    { text: '年限说错了，八年', want: { workYears: 8, correction: {} } },
    { text: '高级工改成2017年', want: { skills: [sw('2017-12')], correction: {} } },
    { text: '把技师改成2021年3月', want: { skills: [tech('2021-03')], correction: {} } },
    { text: '工作年限改为八年', want: { workYears: 8, correction: {} } },
  ]],
  ['weak markers (不好意思, sorry, 其实) correct only when a fact follows', [
    { text: '不好意思高级工是2017年', want: { skills: [sw('2017-12')], correction: {} } },
    { text: '考核其实有一年没过', want: { annualReviewsPassed: false, correction: {} } },
    { text: 'sorry I got that wrong, it\'s 2017', want: { month: '2017-12', correction: {} } },
    { text: '不好意思，我不知道', want: { dontKnow: true }, absent: ['correction'] },
    { text: 'sorry, no idea', want: { dontKnow: true }, absent: ['correction'] },
    { text: '不好意思问一下', want: {}, absent: ['correction'] },
  ]],
  ['a year said digit by digit is a year; a range of two steps is not', [
    { text: '是一九年', want: { month: '2019-12' } },
    { text: '一六年考的高级工', want: { skills: [sw('2016-12')] } },
    { text: '干了二三年', want: {}, absent: ['month'] },
    { text: '三四年', ctx: { expecting: 'workYears' }, want: {}, absent: ['month'] },
    { text: '二零年', ctx: since, want: { month: '2020-12' } },
  ]],
  ['vague spoken dates and years: the reading that promises least', [
    { text: '大概二零年左右', ctx: since, want: { month: '2020-12' }, absent: ['monthFromNumber'] },
    { text: '二零二一年的六七月份', ctx: since, want: { month: '2021-07' } },
    { text: '二零二一年十一二月', ctx: since, want: { month: '2021-12' } },
    { text: '2021年6-7月', ctx: since, want: { month: '2021-07' } },
    { text: '二零年还是二一年', ctx: since, want: { month: '2021-12' } },
    { text: '2021年6月还是7月', ctx: since, want: { month: '2021-07' } },
    { text: '二零二一年十二月', ctx: since, want: { month: '2021-12' } },
    { text: '十一二年', ctx: { expecting: 'workYears' }, want: { workYears: 11 } },
    { text: '干了有十五六年了', want: { workYears: 15 } },
    { text: '二十一二年', ctx: { expecting: 'workYears' }, want: { workYears: 21 } },
  ]],
  ['English dates as voice input writes them', [
    { text: 'i got the technician in june twenty twenty one', ctx: { locale: 'en' }, want: { skills: [tech('2021-06')] } },
    { text: 'senior worker twenty sixteen technician twenty twenty one', ctx: { locale: 'en' }, want: { skills: [sw('2016-12'), tech('2021-12')] } },
    { text: 'two thousand and nineteen', ctx: { locale: 'en', ...since }, want: { month: '2019-12' } },
    { text: 'twenty oh five', ctx: { locale: 'en', ...since }, want: { month: '2005-12' } },
    { text: 'i have had the technician cert for three years', ctx: { locale: 'en' }, want: { skills: [tech('2023-11')] } },
    { text: 'i worked as a welder for ten years', ctx: { locale: 'en' }, want: { workYears: 10 }, absent: ['month'] },
    { text: 'twenty one years', ctx: { locale: 'en', expecting: 'workYears' }, want: { workYears: 21 }, absent: ['month'] },
  ]],
  ['分别: levels and dates paired in order', [
    { text: '我高级工和技师分别是一六年和二一年拿的', want: { skills: [sw('2016-12'), tech('2021-12')] } },
    { text: '技师和高级工分别是2021年和2016年', want: { skills: [tech('2021-12'), sw('2016-12')] } },
  ]],
  ['不知道 in its many forms: the fact stays unknown, and what is not known is no question and no number', [
    ...['不造', '这个不好说', '不太确定', '这个要问单位', '得问问人事', '没关注过', 'not really sure', "can't say", 'have to check'].map((text): Phrasing => ({
      text, ctx: { expecting: 'annualReviewsPassed' }, want: { dontKnow: true }, absent: ['annualReviewsPassed', 'question'],
    })),
    { text: '有没有不合格的我不太清楚', ctx: { expecting: 'annualReviewsPassed' }, want: { dontKnow: true }, absent: ['annualReviewsPassed'] },
    { text: '不记得是哪一年了', ctx: since, want: { dontKnow: true }, absent: ['month', 'number', 'question', 'followUp'] },
    { text: '不清楚哪里的政策', ctx: { expecting: 'region' }, want: { dontKnow: true }, absent: ['question'] },
    { text: '算不清', ctx: { expecting: 'workYears' }, want: { dontKnow: true }, absent: ['workYears'] },
    { text: '不知道 大概十年吧', ctx: { expecting: 'workYears' }, want: { workYears: 10 } },
    // a question still
    { text: '不知道能不能评工程师', want: { question: true } },
  ]],
  ['run-ons: a level denied before the next clause, years of work after another fact', [
    { text: '那个工程帅没有哈我是技师二零二零年八月的', want: { denied: [{ kind: 'title', level: 'intermediate' }], skills: [tech('2020-08')] }, absent: ['titles'] },
    { text: '技师没有我只有高级工', want: { denied: [{ level: 'technician' }], skills: [sw()] } },
    { text: '高级技师是今年五月才拿到的考核都合格二十年工龄', want: { skills: [{ level: 'senior_technician', since: '2026-05' }], annualReviewsPassed: true, workYears: 20 } },
  ]],
  ['homophones of the domain words, each a guess', [
    { text: '高级公', want: { skills: [sw()], guessed: [{ from: '高级公', to: '高级工' }] } },
    { text: '中级公证书', want: { skills: [{ level: 'intermediate_worker' }], guessed: [{ to: '中级工' }] } },
    { text: '四川的，高级公，2020年6月，年度靠核都合格', want: { skills: [sw('2020-06')], annualReviewsPassed: true, guessed: [{ to: '高级工' }, { to: '考核' }] } },
    { text: '都合个', ctx: { expecting: 'annualReviewsPassed' }, want: { annualReviewsPassed: true, guessed: [{ to: '合格' }] } },
    { text: '不和格', ctx: { expecting: 'annualReviewsPassed' }, want: { annualReviewsPassed: false } },
    { text: '没有职城', want: { titles: [], guessed: [{ to: '职称' }] } },
    { text: '高级工程事', want: { titles: [{ level: 'deputy_senior' }], guessed: [{ to: '工程师' }] } },
    // English, one edit away (two for long words), the first letter kept
    { text: 'techician since 2020', ctx: { locale: 'en' }, want: { skills: [tech('2020-12')], guessed: [{ from: 'techician', to: 'technician' }] } },
    { text: "i'm a senoir worker", ctx: { locale: 'en' }, want: { skills: [sw()], guessed: [{ to: 'senior' }] } },
    { text: 'senior enginner', ctx: { locale: 'en' }, want: { titles: [{ level: 'deputy_senior' }], guessed: [{ to: 'engineer' }] } },
    { text: 'assistent engineer', ctx: { locale: 'en' }, want: { titles: [{ level: 'assistant' }] } },
    { text: 'reveiws passed', ctx: { locale: 'en' }, want: { annualReviewsPassed: true, guessed: [{ to: 'reviews' }] } },
    ...['I worked there for years', 'the seniority of the engineers', 'technical assistance', 'a preview of the reviewing process', 'he passes the welding exam', 'still the same'].map((text): Phrasing => ({
      text, ctx: { locale: 'en' }, want: {}, absent: ['guessed'],
    })),
    // words in their own right stay
    { text: '我是高级公务员', want: {}, absent: ['skills', 'guessed'] },
    { text: '结合个人情况', want: {}, absent: ['guessed'] },
    { text: '参考和对比', want: {}, absent: ['guessed'] },
    { text: '工程事故', want: {}, absent: ['guessed'] },
  ]],
];

describe.each(CASES)('%s', (_name, list) => {
  it.each(list.map((p): [string, Phrasing] => [`${JSON.stringify(p.text)}${p.ctx?.expecting ? ` (asked ${p.ctx.expecting})` : ''}`, p]))('%s', (_l, p) => {
    const got = understand(p.text, { asOf: AS_OF, ...p.ctx });
    expect(got).toMatchObject(p.want);
    for (const key of p.absent ?? []) expect(got[key]).toBeUndefined();
  });
});

// A whole interview, then one correction after the answer: only that fact changes, and the reply says so.
const INTERVIEW = ['重庆的高级工2018年技师2022年', '没有', '没有', '合格', '十年'];
describe('a correction after the answer replaces only the fact it names and says what changed', () => {
  it.each([
    ['技师应该是2021年', { skills: [sw('2018-12'), tech('2021-12')] }],
    ['刚才那个日期错了，技师是2021年5月', { skills: [sw('2018-12'), tech('2021-05')] }],
    ['把技师改成2021年3月', { skills: [sw('2018-12'), tech('2021-03')] }],
    ['不好意思高级工是2017年', { skills: [sw('2017-12'), tech('2022-12')] }],
    ['工作年限改为八年', { workYears: 8, skills: [sw('2018-12'), tech('2022-12')] }],
    ['啊不是，我是四川的', { region: 'sichuan', skills: [sw('2018-12'), tech('2022-12')] }],
    ['是2021年才对', { skills: [sw('2018-12'), tech('2021-12')] }],
  ])('%s', (text, want) => {
    const { facts, last } = converse([...INTERVIEW.slice(0, 4), text], { locale: 'zh-CN', asOf: AS_OF });
    expect(facts()).toMatchObject({ ...want, annualReviewsPassed: true, titles: [], awards: [] });
    expect(last.replies.map((r) => r.text).join('\n')).toContain('已改为');
    expect(last.result).toBeDefined();
  });

  it('应该是20年不是21年 while another question is asked, after the date: the date is corrected', () => {
    const { facts } = converse(['重庆的技师', '2021年6月', '应该是20年不是21年'], { locale: 'zh-CN', asOf: AS_OF });
    expect(facts().skills).toMatchObject([tech('2020-06')]);
  });

  it('the reply names only the certificate changed, not the one left as it was', () => {
    const { last } = converse([...INTERVIEW.slice(0, 4), '技师应该是2021年'], { locale: 'zh-CN', asOf: AS_OF });
    const line = last.replies.map((r) => r.text).find((x) => x.startsWith('已改为'))!;
    expect(line).toContain('技师（二级）（2021年12月）');
    expect(line).not.toContain('高级工');
  });

  it('a first message that corrects itself is acknowledged as learnt (记下了), nothing having been known', () => {
    const { outs, facts } = converse(['高级工2018年技师2022年，不对，技师是2021年'], { locale: 'zh-CN', asOf: AS_OF });
    const text = outs[0].replies.map((r) => r.text).join('\n');
    expect(text).toContain('记下了');
    expect(text).not.toContain('已改为');
    expect(facts().skills).toMatchObject([sw('2018-12'), tech('2021-12')]);
  });

  it('a correction while another question is asked keeps that question', () => {
    const { facts, last } = converse(['重庆的高级工2018年技师2022年', '没有', '说错了技师是21年'], { locale: 'zh-CN', asOf: AS_OF });
    expect(facts().skills).toMatchObject([sw('2018-12'), tech('2021-12')]);
    expect(last.requestedSlot).toBe('annualReviewsPassed');
  });

  it.each([['先跳过'], ['跳过吧'], ['下一个吧'], ['这个要问单位']])('%s to the reviews question: unknown, no loop, the answer says it depends on it', (text) => {
    const { facts, last } = converse(['四川的高级工2020年5月', '没有', text], { locale: 'zh-CN', asOf: AS_OF });
    expect(facts().unknown).toContain('annualReviewsPassed');
    expect(facts().annualReviewsPassed).toBeUndefined();
    expect(last.result).toBeDefined();
    expect(last.replies.map((r) => r.text).join('\n')).toMatch(/没能确定：[^\n]*年度考核/);
  });

  it.each([['忘了哪年拿的'], ['不知道是什么时候拿的啊']])('%s to the date question: left unknown, the interview goes on', (text) => {
    const { facts, last } = converse(['辽宁的高级工', text], { locale: 'zh-CN', asOf: AS_OF });
    expect(facts().skills).toEqual([{ level: 'senior_worker', sinceUnknown: true }]);
    expect(last.requestedSlot).toBe('titles');
  });

  it('a year made precise is no correction (记下了, not 已改为)', () => {
    const { last } = converse(['重庆的技师2022年', '没有', '没有', '合格', '技师是2022年5月拿的'], { locale: 'zh-CN', asOf: AS_OF });
    expect(last.replies.map((r) => r.text).join('\n')).not.toContain('已改为');
  });
});

// An answer understood as some other fact leaves the question open: asked again, then with examples, then left open.
describe('no loop when every answer is understood as something else', () => {
  it.each([['重庆'], ['合格'], ['没有职称']])('%s said to every question still ends in an answer', (text) => {
    const { outs } = converse(['重庆的技师', ...Array.from({ length: 15 }, () => text)], { locale: 'zh-CN', asOf: AS_OF });
    const first = outs.findIndex((o) => o.result);
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(15);
  });

  it('the date question: again, then with examples, then left open and said so', () => {
    const { outs, facts } = converse(['重庆的技师', '重庆', '重庆', '重庆'], { locale: 'zh-CN', asOf: AS_OF });
    expect(outs.slice(1).map((o) => o.requestedSlot)).toEqual(['skills.since', 'skills.since', 'titles']);
    expect(outs[2].replies.map((r) => r.text).join('\n')).toContain('2021年6月');
    expect(outs[3].replies.map((r) => r.text).join('\n')).toContain('跳过');
    expect(facts().skills).toEqual([{ level: 'technician', sinceUnknown: true }]);
  });
});
