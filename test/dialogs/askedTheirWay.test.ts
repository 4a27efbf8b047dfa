// Whole conversations asked the way phone typists ask (development set 7's misses, by kind, wordings of our own):
// 好久能报 wants the level and gets its month, "够了没" is no holding, the month asked in other words gets it (each
// level's when none was named), handing in things gets the person's checklist, a wish's year is no certificate's
// date, and a 工种 named by its own name meets Suzhou's annex by its 职业; then set 9's kinds (整 as the wish's verb,
// 2024 4, 有人莫, 实际上 after a marker, wat docs, 晓得了 谢啦).
import type { TurnOutput } from '../../src/dialogs';
import { t } from '../../src/i18n';
import { converse as runConversation } from '../helpers/converse';

const converse = (messages: string[], locale: 'zh-CN' | 'en' = 'zh-CN') => runConversation(messages, { locale, asOf: '2026-11' });
const textOf = (o: TurnOutput) => o.replies.map((r) => r.text).join('\n');

describe('好久能报: the level wanted, and its month', () => {
  // Chongqing, 高级工 2025-08: 助理工程师 from 2027-08 (渝人社发〔2020〕32号 三（一）1)
  it.each(['万州 高级工25年8月拿的 助工好久能报', '万州 高级工25年8月拿的 助理工程师还要好久才可以申报'])('%s', (first) => {
    const { outs, facts, last } = converse([first, '没有', '没有', '合格', '那是哪年哪月']);
    expect(facts().titles).toEqual([]);
    expect(outs[0].requestedSlot).toBe('titles');
    expect(textOf(outs[3])).toContain('2027年8月');
    expect(textOf(last)).toContain('2027年8月');
  });
});

describe('够了没 after a level is no holding', () => {
  it.each(['太仓 钳工技师 2020年3月 工程师够了没', '太仓 钳工技师 2020年3月 中级职称够不'])('%s', (first) => {
    const { facts, last } = converse([first, '没有', '没有', '合格']);
    expect(facts().titles).toEqual([]);
    expect(last.result?.best.skill_to_title).toBe('intermediate');
  });
});

describe('the month asked in other words', () => {
  // Sichuan, 技师 2025-02: 助理工程师 from 2027-02, 工程师 from 2028-02; no level was named or wanted
  it.each(['大概几月份', '那具体什么时间'])('%s: each level not open yet, with its month', (ask) => {
    const { last } = converse(['乐山的 技师 2025年2月拿的', '没有', '没有', '合格', ask]);
    expect(textOf(last)).toContain('2027年2月');
    expect(textOf(last)).toContain('2028年2月');
  });
  it('in English: what month would that be?', () => {
    const { last } = converse(['technician since March 2025, Chongqing, no title', 'no', 'yes', 'what month would that be?'], 'en');
    expect(textOf(last)).toMatch(/March 2027/);
    expect(textOf(last)).toMatch(/March 2028/);
  });
  it('a level wanted: its own month only', () => {
    const { last } = converse(['乐山的 技师 2025年2月拿的 想评工程师', '没有', '没有', '合格', '具体什么时间']);
    expect(textOf(last)).toContain('2028年2月');
    expect(textOf(last)).not.toContain('2027年2月');
  });
});

describe('handing in things asks for the person\'s own checklist', () => {
  it.each(['得交哪些东西', '需要提供点啥'])('%s', (ask) => {
    const { last } = converse(['营口 高级技师 2018年拿的 评高工行不', '没有', '没有', '都合格', ask]);
    expect(textOf(last)).toContain('职业资格证书或职业技能等级证书');
    expect(textOf(last)).toContain('近3年年度考核结果');
  });
});

describe('a wish\'s year is no certificate\'s date', () => {
  it('准备今年评…, the certificate 前年: dated 2024', () => {
    const { outs, facts } = converse(['准备今年评助理工程师 高级工是前年考的 张家港', '没有', '没有', '合格']);
    expect((facts().skills as { since?: string }[])[0].since).toBe('2024-12');
    expect(textOf(outs[0])).not.toContain('2026年');
  });
});

describe('a 工种 meets Suzhou\'s annex by its 职业', () => {
  it.each(['数控铣工', '机修钳工'])('苏州 %s 技师: 工程师 open, no annex check left', (trade) => {
    const { last } = converse([`苏州 ${trade} 技师 2019年4月 没有职称 考核合格 没获奖`]);
    expect(last.result?.best.skill_to_title).toBe('intermediate');
    expect(textOf(last)).not.toContain('指导目录（第一批）》中');
  });
});

// development set 9's kinds (phone typing of our own), in other words again
describe('typed on a phone', () => {
  it('副高能整不: wanted, and open', () => {
    const { facts, last } = converse(['铁岭 高级技师 2017年 副高能整不', '木有', '木有', '年年合格']);
    expect(facts().titles).toEqual([]);
    expect(last.result?.best.skill_to_title).toBe('deputy_senior');
  });
  it('资阳 技师 2024 4: the month after the space is the certificate\'s', () => {
    const { outs } = converse(['资阳 技师 2024 4 没职称', '没有', '合格', '工程师几时可以报']);
    expect(textOf(outs[0])).toContain('技师（二级）（2024年4月）');
    expect(textOf(outs.at(-1)!)).toContain('2027年4月');
  });
  it('有人莫 first: checked, then the region asked', () => {
    const { outs } = converse(['有人莫']);
    expect(outs[0].requestedSlot).toBe('region');
    expect(textOf(outs[0])).not.toContain('没看懂');
  });
  it('a correction with 实际上 after the answer gives the answer again', () => {
    const { outs, last } = converse(['吴江 钳工 高级工 2021年9月 没有职称 去年考核基本合格 没获奖', '刚才说错了 考核实际上都合格']);
    expect(outs[0].result?.best.skill_to_title).toBeNull();
    expect(last.result?.best.skill_to_title).toBe('assistant');
  });
  it('wat docs do i need (English chat shorthand): the checklist', () => {
    const { last } = converse(['senior technician since 2018, dalian, no title', 'no', 'yes', 'wat docs do i need'], 'en');
    expect(textOf(last)).toMatch(/skill certificate/i);
  });
  it('晓得了 谢啦: the short courtesy', () => {
    const { last } = converse(['鹰潭 高级工 2022年11月 没有职称 没获奖 考核合格', '晓得了 谢啦']);
    expect(textOf(last)).toBe(t('zh-CN', 'dialog:smallTalk.thanksAnswered'));
  });
});
