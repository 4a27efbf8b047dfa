// The interview on competitions, wishes and diplomas as people say them (our own wordings): the 记下了 line names
// a diploma read in passing, a level asked on its own is answered as the target, a city's second-class contest is kept.
import type { TurnOutput } from '../../src/dialogs';
import { converse as runConversation } from '../helpers/converse';

const AS_OF = '2026-11';
const converse = (messages: string[], locale: 'zh-CN' | 'en' = 'zh-CN') => runConversation(messages, { locale, asOf: AS_OF });
const textOf = (o: TurnOutput) => o.replies.map((r) => r.text).join('\n');

describe('the 记下了 line names a diploma read', () => {
  it.each([
    ['zh-CN', '我是重庆的，高级工程师，2019年评的，机电专业毕业的', '相关专业毕业'],
    ['zh-CN', '我在成都，工程师，2020年3月评的，专业不对口', '没有相关专业学历'],
    ['en', "I'm in Chengdu, engineer since March 2020, my degree is in electrical engineering", 'a diploma in a related field'],
  ] as const)('%s %s', (locale, text, line) => {
    const { outs, facts } = converse([text], locale);
    const noted = textOf(outs[0]).split('\n').find((l) => /记下了|Noted/.test(l));
    expect(noted).toContain(line);
    expect(facts().relatedDiploma).toBeDefined();
  });
});

describe('a level asked on its own is the target, never held', () => {
  it.each([
    [['Engineer title?', 'Chongqing', 'technician, May 2019', 'no', 'no', 'yes'], 'en'],
    [['高级工程师？', '重庆', '技师，2019年5月', '没有', '没有', '合格'], 'zh-CN'],
  ] as const)('%j', (messages, locale) => {
    const { facts } = converse([...messages], locale);
    expect(facts().titles).toEqual([]);
    expect(facts().skills).toEqual([expect.objectContaining({ level: 'technician' })]);
  });
});

describe('a city contest of the second class is kept', () => {
  it('市里的二类比赛 is recorded, with its rank', () => {
    const { facts } = converse(['重庆的，高级工，2023年4月，没有职称', '市里的二类比赛拿了第三']);
    expect(facts().awards).toEqual([expect.objectContaining({ type: 'competition', tier: 'municipal_industry', rank: 3 })]);
  });
});

describe("a contest's result and team said after it was named, while something else is asked", () => {
  it('拿了个第四 and 我们队三个人 complete the contest named before', () => {
    const { facts } = converse(['四川成都的，技师2021年7月，没有职称', '参加过省里的比赛', '拿了个第四', '我们队三个人']);
    expect(facts().awards).toEqual([expect.objectContaining({ type: 'competition', rank: 4, teamSize: 3 })]);
  });
});

describe("asked a contest's class, the contest named again with it", () => {
  it.each([
    ['zh-CN', ['苏州的，高级工2020年，没有职称，省赛拿了第二名', '是省级一类技能竞赛'], 'provincial_class1'],
    ['zh-CN', ['苏州的，高级工2020年，没有职称，省赛拿了第二名', '省里二类的'], 'provincial_class2'],
    ['en', ['Suzhou, senior worker since 2020, no title, I came 2nd in a provincial contest', 'it was a class 1 provincial competition'], 'provincial_class1'],
  ] as const)('%s %j: one contest, its class set, its rank kept', (locale, messages, tier) => {
    const { outs, facts } = converse([...messages], locale);
    expect(outs[0].requestedSlot).toBe('awards.class');
    expect(facts().awards).toEqual([expect.objectContaining({ type: 'competition', tier, rank: 2 })]);
  });
});

describe('a contest named again with its result while another question is asked', () => {
  it('省赛拿了第四 after 参加过省里的比赛: one contest, with its rank and team', () => {
    const { facts } = converse(['四川成都的，技师2021年7月，没有职称', '参加过省里的比赛', '省赛拿了第四，团体三个人']);
    expect(facts().awards).toEqual([expect.objectContaining({ type: 'competition', rank: 4, teamSize: 3 })]);
  });
  it('a contest of another level is another contest', () => {
    const { facts } = converse(['四川成都的，技师2021年7月，没有职称', '参加过省里的比赛', '国赛拿了第三']);
    expect(facts().awards).toHaveLength(2);
  });
});
