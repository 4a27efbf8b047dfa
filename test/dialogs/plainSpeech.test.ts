// Whole conversations in plain speech, wordings of our own: a none said with a colloquial verb answers the question
// (no loop), a wish with a pointing word is no holding, a wait complained of gets the month, thanks with the person
// addressed get the courtesy, and Chongqing's city-wide contest said plainly opens its green channel.
import type { TurnOutput } from '../../src/dialogs';
import { t } from '../../src/i18n';
import { converse as runConversation } from '../helpers/converse';

const converse = (messages: string[], locale: 'zh-CN' | 'en' = 'zh-CN') => runConversation(messages, { locale, asOf: '2026-11' });
const textOf = (o: TurnOutput) => o.replies.map((r) => r.text).join('\n');

describe('none said plainly answers the pending question', () => {
  it.each([
    ['没弄过', '什么奖没拿过'], ['还没搞过呢', '一个奖没有'], ['从来没申请过', '啥荣誉没得过'],
  ])('titles %s, awards %s in one answer to the one question for both: each read', (noTitle, noAward) => {
    const { outs, facts } = converse(['大连的 高级工 大前年五月份考下来的 想评助理工程师', `${noTitle}，${noAward}`, '都合格']);
    expect(outs.map((o) => o.requestedSlot)).toEqual(['titles', 'annualReviewsPassed', null]);
    expect(facts()).toMatchObject({ titles: [], awards: [] });
    expect(outs[2].result?.best.skill_to_title).toBe('assistant');
  });
});

describe('a wish with a pointing word or a formal verb is wanted, not held', () => {
  it.each([
    '成都的，技师证2019年拿的，想问问可不可以评这个工程师',
    '成都的，技师證書2019年取得，請問可否評定工程師',
  ])('%s', (first) => {
    const { outs, facts } = converse([first, '没有', '没有', '合格']);
    expect(facts().titles).toEqual([]);
    expect(outs.at(-1)!.result?.best.skill_to_title).toBe('intermediate');
  });
  it('in English, "apply" with no "for"', () => {
    const { facts, last } = converse(['technician since May 2019 in Chengdu, could I apply engineer?', 'no', 'yes'], 'en');
    expect(facts().titles).toEqual([]);
    expect(last.result?.best.skill_to_title).toBe('intermediate');
  });
});

describe('after the answer', () => {
  // Chongqing, 技师 2025-03: 工程师 from 2028-03 (三（一）2)
  const CQ = ['重庆 技师2025年3月拿的 能评工程师吗', '没有', '没有', '合格'];
  it.each(['还得等多长时间', '那要等很久吧', '得熬好几年啊'])('the wait complained of (%s) gets the month', (text) => {
    const { last } = converse([...CQ, text]);
    expect(textOf(last)).toMatch(/2028年3月/);
  });
  it('in English: so I have to wait a while?', () => {
    const { last } = converse(['Chongqing, technician since March 2025, can I get engineer?', 'no', 'yes', 'so I have to wait a while?'], 'en');
    expect(textOf(last)).toMatch(/March 2028/);
  });
  it.each(['好嘞 多谢大哥', '谢谢兄弟', '收到 谢啦老弟'])('thanks with the person addressed (%s) get the short courtesy', (text) => {
    const { last } = converse([...CQ, text]);
    expect(textOf(last)).toBe(t('zh-CN', 'dialog:smallTalk.thanksAnswered'));
  });
});

describe('Chongqing\'s city-wide contest said plainly', () => {
  it.each([
    ['璧山的 前年参加过市里的技能大赛 得了第三名'],
    ['重庆市技能比赛拿过第二 永川的'],
  ])('%s: the green channel to 助理工程师, with the award proof to bring', (first) => {
    const { outs, last } = converse([first, '没有', '没有', '合格', '要带什么材料']);
    expect(outs[3].result?.best.skill_to_title).toBe('assistant');
    expect(textOf(last)).toContain('获奖证书或表彰文件');
  });
});
