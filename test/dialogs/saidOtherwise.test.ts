// The interview on ways of talking met on the opened held-out sets, in our own wordings: a don't-know about another
// topic, one fact given for another question, an honour the region's text does not list, a level with no route yet,
// what the answer depends on, and 大后年.
import type { TurnOutput } from '../../src/dialogs';
import { t } from '../../src/i18n';
import { converse as runConversation } from '../helpers/converse';

const converse = (messages: string[], locale: 'zh-CN' | 'en' = 'zh-CN') => runConversation(messages, { locale, asOf: '2026-11' });
const textOf = (o: TurnOutput) => o.replies.map((r) => r.text).join('\n');

describe("a don't-know about another topic, said while a question is asked, answers that topic", () => {
  it.each([
    [['重庆，技师2019年5月', '考核的情况我不太清楚'], 'titles', 'annualReviewsPassed'],
    [['Chengdu, technician since May 2019', "I'm not sure about the annual reviews"], 'titles', 'annualReviewsPassed'],
  ] as const)('%j', (messages, asked, about) => {
    const { outs, facts } = converse([...messages], /[a-z]{4}/i.test(messages[0]) ? 'en' : 'zh-CN');
    expect(outs[0].requestedSlot).toBe(asked);
    expect(facts()[asked]).toBeUndefined();
    expect(facts().unknown).toContain(about);
    // the question asked is asked again
    expect(outs[1].requestedSlot).toBe(asked);
  });
});

describe('one fact given for another question is echoed', () => {
  it.each([
    [['成都，高级工2018年3月', '近三年考核都合格'], 'zh-CN', '近3年考核合格'],
    [['Chongqing, technician since June 2020', 'my annual reviews were all fine'], 'en', 'review'],
  ] as const)('%j', (messages, locale, line) => {
    const { outs } = converse([...messages], locale);
    const noted = textOf(outs[1]).split('\n').find((l) => /记下了|Noted/.test(l));
    expect(noted).toBeDefined();
    expect(noted).toContain(line);
  });
  it('an answer to the question asked, one fact, is not echoed', () => {
    const { outs } = converse(['成都的', '高级工']);
    expect(textOf(outs[1])).not.toMatch(/记下了/);
  });
  it('the titles said to the question that asked the awards beside them: the awards left unsaid are echoed as counted none', () => {
    const { outs, facts } = converse(['成都，高级工2018年3月', '没有职称']);
    expect(outs[0].alsoRequested).toEqual(['awards']);
    expect(textOf(outs[1])).toContain(t('zh-CN', 'dialog:ack.awardsUnsaid'));
    expect(facts()).toMatchObject({ titles: [], awards: [] });
  });
});

describe("an honour the region's text does not list is heard, counted as none, and said so", () => {
  it('市里的技术能手 in Liaoning', () => {
    const { outs, facts } = converse(['辽宁沈阳 技师2016年4月 没有职称 拿过市里的技术能手']);
    expect(facts().awards).toEqual([]);
    expect(textOf(outs[0])).toMatch(/技术能手（辽宁的贯通文件没有列这一称号，没有计入）/);
    expect(outs[0].requestedSlot).not.toBe('awards');
  });
  it('省技术能手 in Jiangxi, answering the awards question', () => {
    const { outs, facts } = converse(['江西南昌，高级工2017年，没有职称', '有个省里的技术能手']);
    // (a whole first message: the awards are asked beside the reviews, in one question)
    expect(outs[0].requestedSlot).toBe('annualReviewsPassed');
    expect(outs[0].replies.at(-1)!.text).toMatch(/奖项/);
    expect(facts().awards).toEqual([]);
    expect(outs[1].requestedSlot).not.toBe('awards');
  });
});

describe('an honour that counts for nothing, said after one that counts, leaves it', () => {
  it('全国技术能手, then 车间的技术能手', () => {
    const { facts } = converse(['辽宁鞍山 高级工2015年 没有职称 全国技术能手', '另外还有个车间的技术能手']);
    expect(facts().awards).toEqual([{ type: 'honor', id: 'national_technical_expert' }]);
  });
});

describe('a level with no route from what is held: the rung to reach first', () => {
  it('高级工 asking about 工程师 hears that 技师 comes first', () => {
    const { last } = converse(['佛山的，高级工2020年6月，没有职称', '没有', '合格', '那中级工程师呢']);
    expect(textOf(last)).toMatch(/没有通往中级（工程师）/);
    expect(textOf(last)).toMatch(/先要取得技师/);
  });
});

describe('what the answer depends on', () => {
  it.each([
    [['四川成都，技师2019年，没有职称，没有获奖', '考核不清楚', '结果取决于什么'], 'zh-CN', /考核/],
    [['Sichuan Chengdu, technician since 2019, no title, no awards', 'not sure', 'so what does it depend on?'], 'en', /review/],
  ] as const)('%j', (messages, locale, said) => {
    const { last } = converse([...messages], locale);
    expect(textOf(last)).toMatch(said);
  });
});

describe('大后年 is three years ahead in a follow-up naming a level', () => {
  it('那工程师大后年能报吗 answers by 2029', () => {
    const { last } = converse(['重庆，技师2025年10月，没有职称', '没有', '合格', '那工程师大后年能报吗']);
    expect(textOf(last)).toMatch(/2029/);
  });
});
