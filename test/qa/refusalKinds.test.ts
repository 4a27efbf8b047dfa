// The kinds of question that drew a nearby clause instead of an honest refusal on dev set nit-11 (src/qa/keyAsk.ts's
// detail, validity, selection, tier, form and document asks, the pass rate as 能过吗, money as 年薪 / 经费 / 扣工资, an award
// kind a list does not name): wordings of each kind written anew (none of the set's own), refused with no citation;
// and questions on the same topics the texts do answer, still answered with quotes that stand in the texts.
import { ask } from '../../src/qa/ask';
import { keyAsks } from '../../src/qa/keyAsk';
import { unlistedAward } from '../../src/qa/unlistedAward';
import type { Region } from '../../src/rules/vocabulary';
import { inTexts } from './policyTexts';

type Locale = 'zh-CN' | 'en';

describe('keyAsks: the new kinds', () => {
  it.each([
    ['我在海外干过两年焊工，这两年能算进去吗', 'detail'],
    ['我是兼职搞电工的 年限怎么算', 'detail'],
    ['派遣工在厂里干了五年 能报职称不', 'detail'],
    ['在外省考的高级工证 这边承认吗', 'detail'],
    ['do my years working abroad count toward the 3 years', 'detail'],
    ['答辩能不能用方言', 'detail'],
    ['考核年份按自然年算吗', 'detail'],
    ['毕业证弄丢了还能用学历吗', 'detail'],
    ['在外省评的职称到这边认可吗', 'detail'],
    ['工程师证书有没有有效期', 'validity'],
    ['技师证放了好几年会不会过期', 'validity'],
    ['does the technician certificate expire', 'validity'],
    ['江苏工匠是怎么选出来的', 'selection'],
    ['四川技能大师一年评几个', 'selection'],
    ['how is the Liaoning craftsman award chosen', 'selection'],
    ['省赛具体包括哪些比赛', 'tier'],
    ['一类赛和二类赛咋区分', 'tier'],
    ['什么样的比赛才算一类', 'tier'],
    ['业绩证明要哪个部门盖章', 'form'],
    ['评审用的表格从哪下载', 'form'],
    ['who signs the proof of my annual reviews', 'form'],
    ['辽委办发2017年48号文件讲了什么', 'document'],
    ['苏人社发〔2018〕380号里面技师怎么评', 'document'],
  ])('%s → %s', (q, kind) => {
    expect(keyAsks(q).map((a) => a.kind)).toContain(kind);
  });

  it.each([
    '技师满几年评工程师', '全国技术能手怎么申请职称', '辽宁工匠怎么评上正高', '重庆这些荣誉怎么认定 要拿啥证明',
    '去国外参加国际技能竞赛拿了第七', 'high-end skilled talent recognised by a province', '96号文有没有提年薪制', '渝人社发〔2020〕32号什么时候执行', '文件2020年4月22号印发的吗',
  ])('%s asks none of them', (q) => {
    expect(keyAsks(q).map((a) => a.kind).filter((k) => ['detail', 'validity', 'selection', 'tier', 'form', 'document'].includes(k))).toEqual([]);
  });

  it('an award kind a list does not name', () => {
    expect(unlistedAward('省级技能大师工作室领衔人能破格吗', '工程师（苏州技能大奖、江苏省技术能手）')).toBe('省级技能大师工作室');
    expect(unlistedAward('国家级技能大师工作室带头人能报啥', '副高级（担任国家级技能大师工作室领办人）')).toBeUndefined();
    expect(unlistedAward('市级非遗传承人能破格吗', '中级（四川省省级非物质文化遗产代表性传承人）')).toBeUndefined();
  });
});

describe('ask(): refused honestly, no citation', () => {
  it.each([
    ['我在海外干过两年焊工，技师年限能算进去吗', 'national', 'zh-CN'],
    ['兼职搞电工的年限算不算从事技术技能工作', 'sichuan', 'zh-CN'],
    ['派遣工能在厂里报职称不', 'chongqing', 'zh-CN'],
    ['工程师职称证书有没有有效期', 'liaoning', 'zh-CN'],
    ['技师证放了好几年会不会过期', 'national', 'zh-CN'],
    ['江苏工匠是怎么选出来的', 'suzhou', 'zh-CN'],
    ['天府工匠每年评几个', 'sichuan', 'zh-CN'],
    ['重庆技能大师一年评几次', 'chongqing', 'zh-CN'],
    ['省赛具体包括哪些比赛', 'suzhou', 'zh-CN'],
    ['一类赛和二类赛咋区分', 'sichuan', 'zh-CN'],
    ['业绩证明要哪个部门盖章', 'liaoning', 'zh-CN'],
    ['评审用的表格从哪下载', 'chongqing', 'zh-CN'],
    ['辽委办发2017年48号文件讲了什么', 'liaoning', 'zh-CN'],
    ['辽宁高级工评助理工程师 一般好过吗', 'liaoning', 'zh-CN'],
    ['高技能领军人才年薪能拿多少', 'sichuan', 'zh-CN'],
    ['技能大师工作室每年经费有多少', 'national', 'zh-CN'],
    ['请假去答辩会不会扣工资', 'national', 'zh-CN'],
    ['苏州 省级技能大师工作室负责人能直接报什么', 'suzhou', 'zh-CN'],
    ['技师答辩可以讲方言不', 'sichuan', 'zh-CN'],
    ['评审那天穿什么 要正装吗', 'chongqing', 'zh-CN'],
    ['技工学校高级工班毕业证遗失了怎么办', 'liaoning', 'zh-CN'],
    ['辽宁评的工程师到外省还认可吗', 'liaoning', 'zh-CN'],
    ['省级技能大师工作站每年给多少补助', 'liaoning', 'zh-CN'],
    ['评上高工以后医疗上有没有照顾', 'sichuan', 'zh-CN'],
    ['市里的职称评审委员会设在哪', 'jiangxi', 'zh-CN'],
    ['Is a Sichuan engineer title recognized in other provinces?', 'sichuan', 'en'],
    ['does the engineer title expire after some years', 'national', 'en'],
    ['how is the Liaoning craftsman award chosen', 'liaoning', 'en'],
    ['do my years working abroad count toward the 3 years after technician', 'national', 'en'],
  ] as [string, Region, Locale][])('%s (%s, %s)', (q, region, locale) => {
    const a = ask(q, { region, locale, asOf: '2026-12' });
    expect([q, a.matched, a.citations.length]).toEqual([q, 'none', 0]);
  });
});

describe('ask(): the same topics the texts answer stay answered', () => {
  it.each([
    ['重庆获得全市技术能手能直接申报什么', 'chongqing', 'zh-CN'],
    ['重庆直接申报的那些荣誉怎么认定', 'chongqing', 'zh-CN'],
    ['辽宁工匠能破格报什么职称', 'liaoning', 'zh-CN'],
    ['苏州国家级一类技能竞赛前六名能直接报啥', 'suzhou', 'zh-CN'],
    ['四川国家级技能大师工作室领办人可以破格报什么', 'sichuan', 'zh-CN'],
    ['辽宁原来干技能工作的经历能连续计算吗', 'liaoning', 'zh-CN'],
    ['苏州事业单位的工人能参加贯通吗，还是只有企业的', 'suzhou', 'zh-CN'],
    ['文件鼓励单位给高技能领军人才实行年薪制吗', 'national', 'zh-CN'],
    ['苏州高技能人才申报材料要经过哪些审核', 'suzhou', 'zh-CN'],
    ['我2021年拿的技师证，重庆能评工程师了吗', 'chongqing', 'zh-CN'],
    ['Can a Liaoning craftsman apply directly for a senior title?', 'liaoning', 'en'],
    ['苏州考下技能证书有补贴吗', 'suzhou', 'zh-CN'],
    ['技工院校高级工班毕业算什么学历', 'liaoning', 'zh-CN'],
    ['评职称要不要考外语', 'liaoning', 'zh-CN'],
  ] as [string, Region, Locale][])('%s (%s, %s)', (q, region, locale) => {
    const a = ask(q, { region, locale, asOf: '2026-12' });
    expect([q, a.matched]).toEqual([q, 'curated']);
    expect(a.citations.length).toBeGreaterThan(0);
    for (const c of a.citations) expect([c.quote, inTexts(c)]).toEqual([c.quote, true]);
  });
});
