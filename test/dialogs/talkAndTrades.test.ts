// Whole conversations, in wordings of our own: small talk strung together gets one short reply and the pending question
// (never the help text), mid-interview and after the answer, in both languages; a contest's class said with its place;
// an English trade name counts as the trade; the place of work among other places; "what does it depend on".
import type { TurnOutput } from '../../src/dialogs';
import { t } from '../../src/i18n';
import { converse as runConversation } from '../helpers/converse';

const converse = (messages: string[], locale: 'zh-CN' | 'en' = 'zh-CN') => runConversation(messages, { locale, asOf: '2026-11' });
const textOf = (o: TurnOutput) => o.replies.map((r) => r.text).join('\n');

// 技师 since 2019-04 in Shenyang: 工程师 now
const SHENYANG = '沈阳的，技师2019年4月拿的，没有职称，没获过奖，考核都合格';
const SHENYANG_EN = 'Shenyang. Technician since April 2019, no title, no awards, all reviews passed';

describe('small talk in several pieces: one short reply, then the pending question again', () => {
  it.each([
    ['好的，辛苦辛苦', 'thanks'], ['嗯嗯 收到 谢谢老师', 'thanks'], ['您好 有人吗', 'ping'], ['好嘞 先这样 再见', 'bye'],
  ])('mid-interview: %s', (text, kind) => {
    const { outs } = converse(['大连', text]);
    expect(textOf(outs[1])).toBe(`${t('zh-CN', `dialog:smallTalk.${kind}`)}\n${t('zh-CN', 'dialog:ask.skills')}`);
    expect(outs[1].requestedSlot).toBe('skills');
  });

  it.each([['ok great, many thanks', 'thanks'], ['alright, that is it for now, bye', 'bye']])('mid-interview in English: %s', (text, kind) => {
    const { outs } = converse(['Dalian', text], 'en');
    expect(textOf(outs[1])).toBe(`${t('en', `dialog:smallTalk.${kind}`)}\n${t('en', 'dialog:ask.skills')}`);
  });

  it.each([['谢谢啦，麻烦你了', 'zh-CN', SHENYANG], ['Cheers, that is all I needed', 'en', SHENYANG_EN], ['thanks a lot, bye bye', 'en', SHENYANG_EN]] as const)(
    'after the answer: %s gets the short courtesy, not the help text',
    (text, locale, facts) => {
      const { outs, last } = converse([facts, text], locale);
      expect(outs[0].result?.best.skill_to_title).toBe('intermediate');
      const kind = /bye/.test(text) ? 'bye' : 'thanks';
      expect(textOf(last)).toBe(t(locale, `dialog:smallTalk.${kind}Answered`));
      expect(textOf(last).length).toBeLessThanOrEqual(120);
    },
  );
});

describe('a contest as the person answers its questions', () => {
  it('the class said with the place, to "which place?", is kept: the class is not asked again', () => {
    // Suzhou, 高级工 2024-05: 省级一类 第2 opens 副高 (四（一）4), 省级二类 第2 only 中级
    const { outs, facts } = converse(['苏州，高级工2024年5月，没有职称，考核合格，参加过省里的技能比赛', '是一类赛，拿的第二名'], 'zh-CN');
    const slots = outs.map((o) => o.requestedSlot);
    expect(slots).not.toContain('awards.class');
    const awards = facts().awards as { tier: string; rank?: number }[];
    expect(awards).toEqual([expect.objectContaining({ tier: 'provincial_class1', rank: 2 })]);
  });
});

describe('a contest\'s class answered by who ran it', () => {
  // Suzhou, 高级工 2024-05, a provincial contest, 3rd: 一类 opens 副高, 二类 only 中级 (四（一）4)
  const FACTS = '苏州的，高级工2024年5月，没有职称，考核合格，省里的比赛第三名';
  it('is read as the class and the reply says it was worked out so; a correction of the class then sticks', () => {
    const { outs } = converse([FACTS, '是人社厅组织的', '不对，是二类']);
    expect(outs[0].requestedSlot).toBe('awards.class');
    expect(outs[1].result?.best.skill_to_title).toBe('deputy_senior');
    expect(textOf(outs[1])).toContain(t('zh-CN', 'dialog:ack.classByOrganiser'));
    expect(outs[2].result?.best.skill_to_title).toBe('intermediate');
  });
  it('a class said outright carries no such note, and in English a "no, class 1" corrects it after the answer', () => {
    const { outs } = converse(['Suzhou, senior worker since May 2024, no title, reviews passed, 3rd in a provincial contest', 'class 2', 'no, it was class 1'], 'en');
    expect(outs[1].result?.best.skill_to_title).toBe('intermediate');
    expect(textOf(outs[1])).not.toContain(t('en', 'dialog:ack.classByOrganiser'));
    expect(outs[2].result?.best.skill_to_title).toBe('deputy_senior');
  });
});

describe('English trade names and places', () => {
  it('an electrician in Suzhou is in the annex: no condition on the trade', () => {
    const { last } = converse(['I am an electrician in Changshu, technician since March 2019, no title, no awards, reviews passed'], 'en');
    expect(last.result?.best.skill_to_title).toBe('intermediate');
    expect(textOf(last)).not.toMatch(/guiding list/);
  });

  it('a contest held elsewhere does not move the region; the place of work does', () => {
    const { last, facts } = converse(['I won 1st at a provincial class 1 contest in Sichuan, but I work in Taicang now. Senior worker since 2023, no title, reviews passed'], 'en');
    expect(facts().region).toBe('suzhou');
    expect(textOf(last)).toContain('Suzhou');
  });
});

describe('a company named after a province is not where the person works', () => {
  it('the region is asked, and the same words to that question answer it', () => {
    const { outs, facts } = converse(['我在辽宁某某重工集团做电工，高级工是2020年3月拿的', '辽宁某某重工集团']);
    expect(outs[0].requestedSlot).toBe('region');
    expect(facts().region).toBe('liaoning');
  });
  it('a branch or a place of work named beside it decides', () => {
    const { outs, facts } = converse(['江西某某建工集团重庆分公司的，技师2021年拿的']);
    expect(outs[0].requestedSlot).not.toBe('region');
    expect(facts().region).toBe('chongqing');
  });
});

describe('"what does it depend on" after a conditional answer', () => {
  it('lists what is still to be confirmed', () => {
    const { outs, last } = converse(['沈阳，技师2019年4月，没有职称，没有获奖，考核情况我不清楚', '不知道', '那这个结果取决于什么'], 'zh-CN');
    expect(outs.some((o) => o.result)).toBe(true);
    expect(textOf(last)).toMatch(/考核/);
    expect(textOf(last)).not.toMatch(/没有把握/);
  });
});
