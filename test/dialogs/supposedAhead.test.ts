// Whole conversations, in wordings of our own: a supposition after the answer set in the future (明年拿到技师, 再干两年,
// two more years, in 2 years) is worked out by the engine as of that month on a copy of the facts, and the reply says
// so; the facts told stay as they were. And thanks, a goodbye or a closing typed to a yes/no question is no answer.
import type { TurnOutput } from '../../src/dialogs';
import { toProfile, type Facts } from '../../src/dialogs/facts';
import { formatMonth, leadingPath, targetLine } from '../../src/dialogs/renderResult';
import { evaluate } from '../../src/rules';
import { supposedLater } from '../../src/dialogs/supposedLater';
import { t } from '../../src/i18n';
import { converse as runConversation } from '../helpers/converse';

type Locale = 'zh-CN' | 'en';
const converse = (messages: string[], locale: Locale = 'zh-CN') => runConversation(messages, { locale, asOf: '2026-11' });
const textOf = (o: TurnOutput) => o.replies.map((r) => r.text).join('\n');

/** The lead route's line the engine gives for `facts` as of `at`: what the reply must show. */
function engineLine(facts: Facts, at: string, locale: Locale): string {
  const r = evaluate(toProfile(facts, at)!, { asOf: at, locale });
  const lead = leadingPath(r);
  expect(lead).toBeDefined();
  return targetLine(lead!, locale);
}

// Mianyang, an engineer since 2024-03, 3 years worked: 技师 needs 4 cumulative years (附件2 五（二）5), not open now
const ENGINEER_ZH = ['绵阳', '没有', '工程师', '2024年3月', '没有', '都合格', '3年'];
const ENGINEER_EN = ['Mianyang', 'no certificate', 'engineer', 'March 2024', 'no', 'all passed', '3 years'];

describe('time passing supposed after the answer: as of that month, years worked grown, nothing stored changed', () => {
  it.each([
    ['zh-CN', '要是我再干两年呢', ENGINEER_ZH, 2],
    ['zh-CN', '假设再过一年的话', ENGINEER_ZH, 1],
    ['zh-CN', '那我多做三年呢', ENGINEER_ZH, 3],
    ['zh-CN', '如果继续干上两年呢？', ENGINEER_ZH, 2],
    ['en', 'what if I stay on two more years', ENGINEER_EN, 2],
    ['en', 'suppose I keep working another year', ENGINEER_EN, 1],
    ['en', 'and 3 more yrs?', ENGINEER_EN, 3],
    ['en', 'what if i work 2 more years there', ENGINEER_EN, 2],
  ] as const)('%s, after the answer: %s', (locale, ask, interview, years) => {
    const { outs, last, facts } = converse([...interview, ask], locale);
    expect(outs.at(-2)!.result).toBeDefined();
    const before = structuredClone(facts());
    const at = `${2026 + years}-11`;
    const text = textOf(last);
    expect(text).toContain(formatMonth(at, locale));
    expect(text).toContain(t(locale, 'dialog:hypothetical.unchanged'));
    // (the years worked grown by the years supposed, not replaced by them)
    expect(text).toContain(engineLine({ ...(before as Facts), workYears: 3 + years }, at, locale));
    expect(facts()).toEqual(before);
    expect(facts().workYears).toBe(3);
  });
});

describe('a level supposed at a time ahead is held from then, the answer worked out as of then', () => {
  // Shenyang, 技师 since 2019-04: 工程师 now (see talkAndTrades.test.ts)
  const ZH = '沈阳的，技师2019年4月拿的，没有职称，没获过奖，考核都合格';
  const EN = 'Shenyang. Technician since April 2019, no title, no awards, all reviews passed';
  it.each([
    ['zh-CN', '如果我明年拿到高级技师呢', ZH, 1, 'senior_technician'],
    ['zh-CN', '假如两年后我考上高级技师', ZH, 2, 'senior_technician'],
    ['zh-CN', '要是后年评上工程师呢', ZH, 2, 'title:intermediate'],
    ['en', 'what if I get 高级技师 next year', EN, 1, 'senior_technician'],
    ['en', 'suppose I got a senior technician cert in 2 years', EN, 2, 'senior_technician'],
    ['en', 'and if I became an engineer 3 years from now?', EN, 3, 'title:intermediate'],
  ] as const)('%s, after the answer: %s', (locale, ask, said, years, level) => {
    const { outs, last, facts } = converse([said, ask], locale);
    expect(outs[0].result?.best.skill_to_title).toBe('intermediate');
    const before = structuredClone(facts()) as Facts;
    const at = `${2026 + years}-11`;
    const supposed: Facts = level.startsWith('title:')
      ? { ...before, titles: [...(before.titles ?? []), { level: 'intermediate', since: at, series: 'engineering' }] }
      : { ...before, skills: [...(before.skills ?? []), { level: level as 'senior_technician', since: at }] };
    const text = textOf(last);
    expect(text).toContain(t(locale, 'dialog:hypothetical.unchanged'));
    expect(text).toContain(formatMonth(at, locale));
    expect(text).toContain(engineLine(supposed, at, locale));
    expect(facts()).toEqual(before);
  });

  it('a supposition with no time said is still as of now (nothing moved ahead)', () => {
    const { last, facts } = converse([EN, 'what if I had a senior technician certificate?'], 'en');
    const before = facts() as Facts;
    expect(textOf(last)).toContain(engineLine({ ...before, skills: [...before.skills!, { level: 'senior_technician', since: '2026-11' }] }, '2026-11', 'en'));
    expect(textOf(last)).not.toContain(formatMonth('2027-11', 'en'));
  });
});

describe('thanks, a goodbye or a closing typed to a yes/no question: one short reply and the question again, nothing recorded', () => {
  const UNTIL_REVIEWS_ZH = ['苏州', '高级工，2019年3月', '没有职称', '没有奖'];
  const UNTIL_REVIEWS_EN = ['Suzhou', 'senior worker since March 2019', 'no title', 'no awards'];
  it.each([
    ['zh-CN', '好的谢谢 先这样', 'bye'], ['zh-CN', '嗯嗯好的，谢谢你', 'thanks'], ['zh-CN', '行，就这样吧', 'ok'], ['zh-CN', '谢谢 我先走了', 'bye'],
    ['zh-CN', '收到 辛苦了', 'thanks'],
    ['en', 'ok thx bye', 'bye'], ['en', "thanks, that's all", 'thanks'], ['en', 'ok cheers, gotta run', 'bye'], ['en', 'okay thank you so much', 'thanks'],
    ['en', "alright that'll be all", 'ok'], ['en', 'k thx ttyl', 'bye'],
  ] as const)('%s: %s', (locale, said, kind) => {
    const { outs, last, facts } = converse([...(locale === 'en' ? UNTIL_REVIEWS_EN : UNTIL_REVIEWS_ZH), said], locale);
    expect(outs.at(-2)!.requestedSlot).toBe('annualReviewsPassed');
    expect(last.result).toBeUndefined();
    expect(last.requestedSlot).toBe('annualReviewsPassed');
    expect(facts().annualReviewsPassed).toBeUndefined();
    expect(textOf(last)).toBe(`${t(locale, `dialog:smallTalk.${kind}`)}\n${t(locale, 'dialog:ask.annualReviewsPassed')}`);
  });

  it.each([['zh-CN', '好的'], ['en', 'ok'], ['en', 'yes thanks'], ['zh-CN', '都合格，谢谢']] as const)('%s: %s is still an answer', (locale, said) => {
    const { last, facts } = converse([...(locale === 'en' ? UNTIL_REVIEWS_EN : UNTIL_REVIEWS_ZH), said], locale);
    expect(facts().annualReviewsPassed).toBe(true);
    expect(last.result).toBeDefined();
  });

  it.each([['zh-CN', '高级工', '3', '好的 谢谢'], ['en', 'senior worker', '3', 'ok thanks, bye']] as const)('%s: "%s" to "is it 3 years ago?" confirms nothing', (locale, level, n, said) => {
    const { outs, facts } = converse([locale === 'en' ? 'Suzhou' : '苏州', level, n, said], locale);
    expect(outs[2].requestedSlot).toBe('confirm');
    expect((facts().skills as { since?: string }[])[0].since).toBeUndefined();
    expect(outs[3].requestedSlot).toBe('skills.since');
  });
});

describe('how far ahead a supposition is set, and whether it only lets time pass', () => {
  it.each([
    ['多干一年', { years: 1, passing: true }], ['再过两年', { years: 2, passing: true }], ['继续干三年', { years: 3, passing: true }],
    ['两年后', { years: 2, passing: false }], ['过两年', { years: 2, passing: false }], ['明年', { years: 1, passing: false }],
    ['another year', { years: 1, passing: true }], ['2 more yrs', { years: 2, passing: true }], ['keep working for 4 years', { years: 4, passing: true }],
    ['in 3 years', { years: 3, passing: false }], ['two years from now', { years: 2, passing: false }], ['next year', { years: 1, passing: false }],
  ] as const)('%s', (text, want) => expect(supposedLater(text)).toEqual(want));

  it.each(['差不多3年', '考过三年', 'this year', '工作8年', 'for 3 years'])('%s: none ahead', (text) => expect(supposedLater(text)).toBeUndefined());
});
