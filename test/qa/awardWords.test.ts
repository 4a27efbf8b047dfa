// Awards in the words people type: 工匠 with a homophone (大公匠, 功匠), an English award with its place after it and a
// typo (techincal expert of suzhou city), the coach of a medallist (not the medal), a second award said by its modifier
// alone (…领衔专家跟首席的), and a text's 奖牌 said as the text says it. Phrasings written for this test.
import { ask } from '../../src/qa/ask';
import type { Region } from '../../src/rules/vocabulary';

type Case = [string, Region, 'zh-CN' | 'en', RegExp, string];

const CASES: Case[] = [
  // 工匠 slips: the award's own item quoted.
  ['江苏大功匠在苏州能直接评啥', 'suzhou', 'zh-CN', /江苏大工匠/, '江苏大工匠称号'],
  ['苏州 我是江苏大攻匠 正高能直接报吗', 'suzhou', 'zh-CN', /正高级/, '江苏大工匠称号'],
  ['辽宁公匠能破格吗', 'liaoning', 'zh-CN', /辽宁工匠/, '辽宁工匠'],
  ['拿了天府功匠，四川能破格评啥', 'sichuan', 'zh-CN', /天府工匠/, '天府工匠'],
  // English: the place after the award, typos.
  ['suzhou: a techical expert of suzhou city, can I go straight for assistant engineer?', 'suzhou', 'en', /Suzhou Technical Expert/, '苏州市技术能手'],
  ['I am a technical expert of Sichuan province, which title can I apply for directly?', 'sichuan', 'en', /Sichuan/, '四川省技术能手'],
  ['craftsman of liaoning, can I apply for full senior engineer directly?', 'liaoning', 'en', /Liaoning Craftsman|full senior/i, '辽宁工匠'],
  // The coach of a medallist: the coach's item (Liaoning: 技术指导专家和教练).
  ['我是世界技能大赛银牌选手的教练 辽宁能直接评正高吗', 'liaoning', 'zh-CN', /教练/, '技术指导专家和教练'],
  ['辽宁的，世赛金牌获得者的技术指导专家能评什么', 'liaoning', 'zh-CN', /技术指导专家/, '技术指导专家和教练'],
  ['我带的徒弟拿了世赛金牌，我是他的教练，辽宁能破格不', 'liaoning', 'zh-CN', /教练/, '技术指导专家和教练'],
  ['I coached a WorldSkills bronze medallist, what can I get in Liaoning?', 'liaoning', 'en', /coach/i, '技术指导专家和教练'],
  ['Liaoning: as the coach of a worldskills silver medallist, can I apply for full senior engineer?', 'liaoning', 'en', /coach/i, '技术指导专家和教练'],
  // A second award by its modifier alone: both told apart, each quoted.
  ['重庆 市级技能大师工作室领衔专家和首席的有啥不一样', 'chongqing', 'zh-CN', /市级首席技能大师工作室领衔专家[^；]*中级[\s\S]*市级技能大师工作室领衔专家[^；]*助理级/, '市级首席技能大师工作室领衔专家，可直接申报工程师'],
  ['四川 省级技能大师工作室领办人跟国家级的分别能破格到哪', 'sichuan', 'zh-CN', /国家级技能大师工作室[\s\S]*省级技能大师工作室领办人/, '担任国家级技能大师工作室领办人'],
  ['全国技术能手和市级的在重庆分别能评啥', 'chongqing', 'zh-CN', /全国技术能手[\s\S]*重庆市技术能手/, '全市技术能手'],
  // A text that says 奖牌 (四川 附件1 六（一）): said so, and a medal in a class-2 contest counts for the 中级 asked.
  ['四川 国赛二类拿了银牌 能直接报工程师吗', 'sichuan', 'zh-CN', /奖牌/, '在国家级技能竞赛中获得奖牌'],
  ['四川 国家级二类竞赛铜牌 能破格中级不', 'sichuan', 'zh-CN', /^(?![\s\S]*没有可以申报)[\s\S]*奖牌/, '在国家级技能竞赛中获得奖牌'],
  ['Sichuan: bronze medal at a national class-2 contest, can I apply for engineer directly?', 'sichuan', 'en', /medal/, '在国家级技能竞赛中获得奖牌'],
];

describe('award words as people type them', () => {
  it.each(CASES)('%s (%s, %s)', (q, region, locale, said, quoted) => {
    const a = ask(q, { region, locale, asOf: '2026-12' });
    expect([q, a.matched, said.test(a.answer), a.citations.some((c) => c.quote.includes(quoted))]).toEqual([q, 'curated', true, true]);
  });
});
