// The round of 2026-12-04 (evening), in phrasings written for this test, not from any held-out set: a level with how
// long is still to go after it is the target; 啥时候能报 after the facts is the route's month; a path already open names
// the month its years were met; skipping the years asked with an award is the green channel; 头名 and a trade between a
// district and its contest; staffing (编制), residence (港澳台, foreigners), appeals and cheating are not in the texts.
import { ask } from '../../src/qa/ask';
import { understand } from '../../src/dialogs/understand';
import type { Region } from '../../src/rules/vocabulary';

const HOTLINE = { phone: '023-12333-01' };
const at = (q: string, region: Region, locale: 'zh-CN' | 'en' = 'zh-CN') => ask(q, { region, locale, asOf: '2026-11', hotline: HOTLINE });

describe('a level with how long is still to go after it is where the years lead', () => {
  it.each([
    // [question, region, the route's start and target in the answer, the month it opens]
    ['成都的，副高评了有几年了，本专业一共干了5年，高级技师还要多久', 'sichuan', /副高级[^；]*高级技师/, '2029年11月'],
    ['我中级职称 干了两年 技师还得等多久呢', 'sichuan', /中级[^；]*技师/, '2028年11月'],
    ['工程师，累计3年，技师还差几年？', 'sichuan', /中级[^；]*技师/, '2027年11月'],
  ] as const)('%s', (q, region, route, month) => {
    const a = at(q, region);
    expect([q, a.kind, route.test(a.answer), a.answer.includes(month)]).toEqual([q, 'engine', true, true]);
  });

  it('a level with 还差多久 before another level is the one held (技师还差多久能评工程师)', () => {
    const a = at('技师还差多久能评工程师', 'sichuan');
    expect([a.kind, /技师（二级）取得后满3年，可申报中级/.test(a.answer)]).toEqual(['engine', true]);
  });
});

describe('啥时候能报 after the facts asks the route month, not the calendar', () => {
  it.each([
    ['沈阳的 2023年6月评的助理工程师 想考技师 什么时候可以报', 'liaoning', '2026年6月'],
    ['助理工程师是2024年5月拿的，打算考个技师，啥时候能报', 'liaoning', '2027年5月'],
  ] as const)('%s', (q, region, month) => {
    const a = at(q, region);
    expect([q, a.kind, /技师/.test(a.answer), a.answer.includes(month)]).toEqual([q, 'engine', true, true]);
  });

  it('the calendar asked is still this year\'s dates, not in the texts', () => {
    const a = at('助理工程师想考技师，每年什么时候开始报名', 'liaoning');
    expect([a.matched, a.citations]).toEqual(['none', []]);
  });
});

describe('a path already open names the month its years were met', () => {
  it.each([
    ['技师证2022年8月拿的 工程师哪年能报', 'chongqing', 'zh-CN', '2025年8月'],
    ['technician since March 2021, which year could I go for engineer?', 'jiangxi', 'en', 'March 2024'],
  ] as const)('%s', (q, region, locale, month) => {
    const a = at(q, region, locale);
    expect([q, a.kind, a.answer.includes(month)]).toEqual([q, 'engine', true]);
  });
});

describe('skipping the years asked with an award is the green channel', () => {
  it.each([
    ['我是市劳模，苏州评职称能免年限吗', 'suzhou', /市级劳动模范可直接申报中级/],
    ['拿过江苏省技术能手，评工程师能不能不用等年限', 'suzhou', /江苏省技术能手可直接申报中级/],
  ] as const)('%s', (q, region, route) => {
    const a = at(q, region);
    expect([q, a.kind, route.test(a.answer)]).toEqual([q, 'engine', true]);
  });
});

describe('contests as people say them: 头名, a trade between the district and its contest', () => {
  it.each([
    ['区里办的钳工比赛拿了头名', { tier: 'district', rank: 1 }],
    ['县里的电焊比武第二名', { tier: 'district', rank: 2 }],
    ['市里技能大赛头一名', { tier: 'municipal_class1', rank: 1 }],
  ] as const)('%s', (q, award) => {
    const u = understand(q, { asOf: '2026-11', awardsAsNamed: true });
    const got = u.awards?.[0];
    expect([q, got?.type === 'competition' ? [got.tier, got.rank] : got]).toEqual([q, [award.tier, award.rank]]);
  });

  it('a district contest won answers with Chongqing\'s 区县赛第1名 clause', () => {
    const a = at('我在区里组织的车工比武得了头名，能评啥职称', 'chongqing');
    expect([a.kind, /区县赛第1名/.test(a.answer), a.citations.some((c) => c.quote.includes('区县赛第1名'))]).toEqual(['engine', true, true]);
  });

  it('社区 is no district', () => {
    expect(understand('社区的比赛第一名', { asOf: '2026-11', awardsAsNamed: true }).awards).toBeUndefined();
  });
});

describe('staffing, residence, appeals and cheating are not in the texts', () => {
  it.each([
    ['评上高级技师能转编制不', 'jiangxi', 'zh-CN', /编制/],
    ['事业单位的工程师 考了技师以后能入编吗', 'sichuan', 'zh-CN', /编制/],
    ['does a senior engineer title get me a civil service post?', 'chongqing', 'en', /staffing/],
    ['香港人在苏州能评职称吗', 'suzhou', 'zh-CN', /港澳台/],
    ['外籍员工能参加技能等级认定不', 'national', 'zh-CN', /外籍/],
    ['can a foreign worker in Shenyang apply for a technician rating?', 'liaoning', 'en', /foreign nationals/],
    ['评审没过我不服，能申诉吗', 'chongqing', 'zh-CN', /申诉/],
    ['how do I appeal a title review result?', 'national', 'en', /appeals/],
    ['技能考试有人作弊会怎么处理', 'sichuan', 'zh-CN', /贯通政策文件没有写/],
  ] as const)('%s (%s, %s) is refused with who to ask', (q, region, locale, says) => {
    const a = at(q, region, locale);
    expect([q, a.matched, a.citations, says.test(a.answer), a.answer.includes(HOTLINE.phone)]).toEqual([q, 'none', [], true, true]);
  });

  it('编制的操作手册 (a manual written, Liaoning\'s example of work done) is no staffing question', () => {
    expect(at('编制的操作手册能当业绩材料吗', 'liaoning').matched).not.toBe('none');
  });
});
