// Provisions the texts do state, asked in callers' words (带徒津贴, when a document takes effect, an earlier policy in
// conflict, who the scope covers, 软考, a title certificate among the materials), each answered with the sentence that
// states it; and the guards beside them (what one may bring into an exam, a group named only in a place's lead-in, a
// named substitute for the paper, a route topic asked for the other ladder). Phrasings written for this test.
import { ask } from '../../src/qa/ask';
import type { Region } from '../../src/rules/vocabulary';

type Case = [string, Region, 'zh-CN' | 'en', RegExp, string];

const ANSWERED: Case[] = [
  ['国家文件里有没有讲师傅带徒弟的津贴', 'national', 'zh-CN', /带徒津贴/, '带徒津贴'],
  ['江西 带徒弟能拿津贴吗 文件有说法没', 'jiangxi', 'zh-CN', /带徒津贴/, '带徒津贴'],
  ['When was No. 96 put into effect?', 'national', 'en', /issued/, '本意见自印发之日起施行'],
  ['from what date does the national opinion apply?', 'national', 'en', /issued/, '本意见自印发之日起施行'],
  ['重庆老的双师评定办法跟新意见冲突了以谁为准', 'chongqing', 'zh-CN', /按本实施意见执行/, '按本实施意见执行'],
  ['重庆原来的双师政策和现在的不一致听哪个', 'chongqing', 'zh-CN', /按本实施意见执行/, '按本实施意见执行'],
  ['重庆这个贯通，不在车间干的行政人员适用吗', 'chongqing', 'zh-CN', /生产一线/, '在我市工程技术领域生产一线岗位'],
  ['重庆 不在一线岗位的技能人员能参加吗', 'chongqing', 'zh-CN', /生产一线/, '在我市工程技术领域生产一线岗位'],
  ['四川技能人才能考计算机技术与软件资格吗', 'sichuan', 'zh-CN', /计算机技术与软件/, '计算机技术与软件'],
  ['苏州 我是工程师，申请技能等级要交职称证书吗', 'suzhou', 'zh-CN', /职称证书/, '职称证书'],
];

const REFUSED: [string, Region, 'zh-CN' | 'en'][] = [
  ['考试能带计算器吗', 'liaoning', 'zh-CN'],
  ['鉴定能带卷尺进考场不', 'suzhou', 'zh-CN'],
  ['can I bring a calculator into the exam?', 'chongqing', 'en'],
  ['Can a Hong Kong resident get a skill level certificate in Suzhou?', 'suzhou', 'en'],
  ['重庆没论文的话可以拿技术总结代替吗', 'chongqing', 'zh-CN'],
  ['苏州 用技术总结代替论文行不', 'suzhou', 'zh-CN'],
  ['镇级技术标兵可以直接报助理工程师吗', 'sichuan', 'zh-CN'],
];

describe('provisions in callers\' words', () => {
  it.each(ANSWERED)('%s (%s, %s)', (q, region, locale, said, quoted) => {
    const a = ask(q, { region, locale, asOf: '2026-12' });
    expect([q, a.matched, said.test(a.answer), a.citations.some((c) => c.quote.includes(quoted))]).toEqual([q, 'curated', true, true]);
  });

  it.each(REFUSED)('%s (%s, %s) is refused', (q, region, locale) => {
    const a = ask(q, { region, locale, asOf: '2026-12' });
    expect([q, a.matched, a.citations]).toEqual([q, 'none', []]);
  });

  it('answers a named substitute where the text lists substitutes (辽宁: 工作报告、…操作手册…替代论文)', () => {
    const a = ask('辽宁没有论文可以拿操作手册代替吗', { region: 'liaoning', locale: 'zh-CN', asOf: '2026-12' });
    expect([a.matched, a.citations.some((c) => c.quote.includes('替代论文'))]).toEqual(['curated', true]);
  });
});
