// Whole conversations of held-out set 6's Chinese kinds, in wordings of our own: a level asked about with 最快 /
// 大概 before the when is wanted (the first message's facts answer at once), the wanted level restated (就是副高) is
// not held, 甚么 and 哪一個月 in traditional characters, the checklist asked with words between (资料都有哪些) or for
// a level named (报技师得交哪些东西), 级 typed with a homophone, and a place said by its former name.
import type { TurnOutput } from '../../src/dialogs';
import { converse as runConversation } from '../helpers/converse';

const converse = (messages: string[]) => runConversation(messages, { locale: 'zh-CN', asOf: '2026-11' });
const textOf = (o: TurnOutput) => o.replies.map((r) => r.text).join('\n');

describe('a level asked with an adverb before the when is wanted, and every fact of the first message counts', () => {
  // Chongqing, 高级工 2024-03: 助理工程师 open (渝人社发〔2020〕32号 三（一）1)
  it.each([
    '替工友问：万州，高级工2024年3月，没有职称，考核都合格，没获奖，助工最快哪年能报',
    '帮职工咨询 涪陵 高级工2024年3月 无职称 考核合格 没有获奖 助理工程师大概什么时候可以申报',
    '江津 高级工 2024年3月拿的 没职称 年年合格 没获过奖 助理级一般要等多久',
  ])('%s', (first) => {
    const { outs, facts } = converse([first]);
    expect(facts().titles).toEqual([]);
    expect(outs[0].result?.best.skill_to_title).toBe('assistant');
  });
});

describe('the wanted level restated is not held', () => {
  // Liaoning, 高级技师 2016: 副高级 by the 贯通 route
  it.each([
    '我是鞍山的 高级技师 2016年拿的 想问下能评高工不 就是副高级',
    '鞍山 高级技师证书2016年的 请问可不可以评高级工程师也就是副高',
    '鞍山的高级技师一六年考的我想问问能不能报高工即副高级职称',
  ])('%s', (first) => {
    const { outs, facts, last } = converse([first, '没有', '没有', '合格']);
    expect(outs[0].requestedSlot).toBe('titles');
    expect(facts().titles).toEqual([]);
    expect(last.result?.best.skill_to_title).toBe('deputy_senior');
  });
});

describe('甚么 and 哪一個月 in traditional characters', () => {
  // Sichuan, 技师 2024-08: 工程师 from 2027-08 (附件1 五（二）4), 助理工程师 open now
  it.each([
    ['瀘州的，技師證2024年8月考的，工程師要等到甚麼時候？', '所以是哪一個月？'],
    ['我在瀘州，技師2024年8月拿到，請問工程師最快甚麼時候能評', '那是哪一個月份'],
    ['瀘州 技師 2024年8月 工程師大概幾時可以報', '具體哪一個月'],
  ])('%s / %s', (first, ask) => {
    const { facts, last } = converse([first, '沒有', '沒有', '合格', ask]);
    expect(facts().titles).toEqual([]);
    expect(textOf(last)).toContain('2027年8月');
  });
});

describe('the checklist asked with words between, or for a level named', () => {
  it.each(['那资料都有哪些', '材料具体是哪些呢', '手续到底包括什么', '那材料呢', '资料方面呢'])('%s', (ask) => {
    const { last } = converse(['綦江 技师证2019年5月拿的 想评工程师', '没有', '没有', '都合格', ask]);
    expect(textOf(last)).toContain('职业资格证书或职业技能等级证书');
    expect(textOf(last)).toContain('近3年年度考核结果');
  });
  // Sichuan, 工程师 2020 and 8 years' work: 技师 by 附件2 五（二）5 (职称证书, 工作年限证明), 高级工 too
  it.each(['报技师得交哪些东西', '那考技师需要准备点啥', '申报技师要带什么', '技师的材料有哪些', '申报技师材料呢'])('%s: that level\'s checklist', (ask) => {
    const { last } = converse(['工程师2020年评的 绵阳 干了八年 能考啥技能等级', '没有', '没有', '合格', ask]);
    expect(last.result).toBeUndefined();
    expect(textOf(last)).toContain('职称证书');
    expect(textOf(last)).toContain('工作年限证明');
    expect(textOf(last)).toContain('技师（二级）');
    expect(textOf(last)).not.toContain('高级工（三级）');
  });
});

describe('级 typed with a homophone, the date said relatively', () => {
  it.each(['宜宾 高积工 去年三月考的 评助工行不', '宜宾的 高机工证 去年3月 能评助工吗', '宜宾 高几工 去年三月份拿的 助工能报不'])('%s', (first) => {
    const { outs, facts } = converse([first, '没有', '没有', '合格']);
    expect(facts().skills).toEqual([expect.objectContaining({ level: 'senior_worker', since: '2025-03' })]);
    expect(outs[0].requestedSlot).toBe('titles');
  });
});

describe('a place by its former or development-zone name', () => {
  it.each([['双桥', 'chongqing'], ['开县', 'chongqing'], ['郫县', 'sichuan']])('%s, answered to the region question', (place, region) => {
    const { facts } = converse(['想评个工程师 手上有技师证 2020年5月的', place]);
    expect(facts().region).toBe(region);
  });
  it('双桥经开区 in the first message', () => {
    const { outs, facts } = converse(['在双桥经开区上班 技师证2020年5月的 想评工程师']);
    expect(facts().region).toBe('chongqing');
    expect(outs[0].requestedSlot).toBe('titles');
  });
});

describe('the month asked while a date was said only by its year', () => {
  // Suzhou, 高级工 said as 去年 (read 2025-12): 助理工程师 from 2027-12; told 2025-04, from 2027-04 (苏人保职〔2019〕28号 四（一）2)
  it.each(['最早哪个月能报', '那具体几月份', '是哪一个月'])('%s: the month assumed is said, and the month told makes it exact', (ask) => {
    const { outs, last } = converse(['昆山 高级工是去年拿的 打算评助理工程师', '没有', '没有', '合格', ask, '高级工是去年4月拿的']);
    const when = textOf(outs[4]);
    expect(when).toContain('2027年12月');
    expect(when).toContain('2025年12月');
    expect(textOf(last)).toContain('2027年4月');
  });
  it('a date said exactly: no such note', () => {
    const { last } = converse(['昆山 高级工2025年4月拿的 打算评助理工程师', '没有', '没有', '合格', '最早哪个月能报']);
    expect(textOf(last)).toContain('2027年4月');
    expect(textOf(last)).not.toContain('大概时间');
  });
});
