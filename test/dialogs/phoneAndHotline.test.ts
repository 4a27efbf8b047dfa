// Whole conversations as phone typists and HR hotline agents have them (held-out set 7's misses, by kind, on wordings
// of our own): 么得 answers the question asked, years said as not reached yet are echoed as counted, a choice picked by
// its number is echoed by its name, and a caller's facts in one message get the answer at once.
import type { TurnOutput } from '../../src/dialogs';
import { converse as runConversation } from '../helpers/converse';

const converse = (messages: string[]) => runConversation(messages, { locale: 'zh-CN', asOf: '2026-11' });
const textOf = (o: TurnOutput) => o.replies.map((r) => r.text).join('\n');

describe('没 typed as 么 / 木 answers the question asked', () => {
  // Suzhou, 技师 2018: 工程师 (苏人保职〔2019〕28号 四（一）2)
  it.each([['常熟 技师 18年 考核都过 么奖', '么得'], ['常熟 技师 18年 考核都过 木得奖', '职称么有'], ['常熟 技师 18年 考核都过 奖没得', '木得']])('%s / %s', (first, second) => {
    const { outs, facts, last } = converse([first, second]);
    expect(outs[0].requestedSlot).toBe('titles');
    expect(facts().awards).toEqual([]);
    expect(facts().titles).toEqual([]);
    expect(last.result?.best.skill_to_title).toBe('intermediate');
  });
});

describe('years said as not reached yet: echoed as counted', () => {
  it.each([['快五年', 4, 5], ['将近七年', 6, 7], ['干了快十年了', 9, 10]])('%s to the years question', (said, years, below) => {
    // Sichuan 助理工程师 → 技师 counts years of work (附件2): the years question is asked
    const { outs, facts } = converse(['四川 助理工程师 2019年6月 考核合格 没有技能证书 没奖', said]);
    expect(outs[0].requestedSlot).toBe('workYears');
    expect(facts().workYears).toBe(years);
    expect(textOf(outs[1])).toContain(`不到${below}年，按满${years}年计`);
  });
  it('the number said given after all: the years it says, the note gone', () => {
    const { outs, facts } = converse(['四川 助理工程师 2019年6月 考核合格 没有技能证书 没奖', '快五年', '不对，是5年']);
    expect(facts().workYears).toBe(5);
    expect(facts().workYearsBelow).toBeUndefined();
    expect(textOf(outs[2])).toContain('已改为：累计工作5年');
  });
  it('a certificate held 快三年: counted back two whole years, said so', () => {
    const { outs, facts } = converse(['抚顺的 高级工拿证快三年了 没有职称 没有奖 考核合格']);
    expect(facts().skills).toEqual([{ level: 'senior_worker', since: '2024-11' }]);
    expect(textOf(outs[0])).toContain('不到3年，按满2年往前推算');
  });
});

describe('a choice picked by its number is echoed by its name', () => {
  it('1 to the title question', () => {
    const { outs, facts } = converse(['重庆 技师 2020年5月', '1']);
    expect(outs[0].requestedSlot).toBe('titles');
    expect(facts().titles).toEqual([{ level: 'assistant' }]);
    expect(textOf(outs[1])).toContain('记下了：助理级');
  });
  it.each(['2', '选2', '第二个'])('%s to the class question', (pick) => {
    const { outs, last } = converse(['苏州 省赛第二名 没职称 考核合格 没有证书', pick]);
    expect(outs[0].requestedSlot).toBe('awards.class');
    expect(textOf(outs[1])).toContain('记下了：省级二类技能竞赛第2名');
    // 省级二类技能竞赛前二至三名: 工程师 (苏人保职〔2019〕28号 四（一）4)
    expect(last.result?.best.skill_to_title).toBe('intermediate');
  });
  it('4 to the place question is the 4th place, not 其他名次', () => {
    // Suzhou 省级一类技能竞赛前四至六名: 工程师 (苏人保职〔2019〕28号 四（一）4)
    const { outs, last } = converse(['苏州 省里一类比赛 没职称 考核合格 没有证书', '4']);
    expect(outs[0].requestedSlot).toBe('awards.rank');
    expect(last.result?.best.skill_to_title).toBe('intermediate');
  });
});

describe('a caller\'s facts in one message: the answer at once', () => {
  it.each([
    ['来电人吴师傅重庆永川焊工技师证书二零年七月考核都合格么得奖么得职称', 'intermediate'],
    ['来电人：郑女士；成都双流；高级工2021年4月；考核均合格；奖项无；职称无；问能评什么', 'assistant'],
    ['这位师傅 南昌的 高级技师 一九年拿的 考核合格 没得奖 没评职称 干了快八年', 'deputy_senior'],
  ])('%s', (first, best) => {
    const { outs } = converse([first]);
    expect(outs[0].requestedSlot).toBeNull();
    expect(outs[0].result?.best.skill_to_title).toBe(best);
  });
});
