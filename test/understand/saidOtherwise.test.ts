// The parser's general rules for ways of talking met on the opened held-out sets, on phrasings of our own: a
// follow-up's years ahead, "sr" for senior, a question word before 一级, a space ending a clause, 就有了 after a year,
// an age after 今年, a date restated more exactly, honours a region's text does not list, what a don't-know is about.
import { understand } from '../../src/dialogs/understand';
import { yearsAhead } from '../../src/dialogs/yearsAhead';
import { resultQuestion } from '../../src/dialogs/followUps';

const AS_OF = '2026-11';
const read = (text: string, expecting: string | null = null, region?: string) =>
  understand(text, { asOf: AS_OF, expecting: expecting as never, region: region as never });

describe('years ahead: one table for follow-ups and events', () => {
  it.each([
    ['那大后年呢', 3], ['大后年能报吗', 3], ['后年可以吗', 2], ['明年呢', 1],
    ['and the year after next?', 2], ['three years from now?', 3], ['next year?', 1], ['现在呢', undefined],
  ] as const)('%s → %s', (text, n) => {
    expect(yearsAhead(text)).toBe(n);
  });
  it('a bare 大后年 after the answer asks three years ahead', () => {
    expect(resultQuestion('那大后年呢')).toEqual({ kind: 'when', year: 3 });
  });
});

describe('"sr" and "snr" are senior', () => {
  it.each([
    ['Sr technician, got it in 2018', 'skills', 'senior_technician'],
    ['snr. technician since 2017', 'skills', 'senior_technician'],
    ['I am a sr engineer', 'titles', 'deputy_senior'],
    ['sr worker cert from 2020', 'skills', 'senior_worker'],
  ] as const)('%s', (text, key, level) => {
    expect(read(text)[key]).toEqual([expect.objectContaining({ level })]);
  });
});

describe('a question word or quantifier before 一级 names no level', () => {
  it.each(['高级工程师，想知道能转到哪一级技能', '职称对应的是几级的技能', '每一级都要考吗'])('%s', (text) => {
    expect(read(text).skills ?? []).toEqual([]);
  });
  it('一级 said as a level is still read', () => {
    expect(read('我是一级，2019年拿的').skills).toEqual([expect.objectContaining({ level: 'senior_technician' })]);
  });
});

describe('a space ends a clause for a wish said after the level', () => {
  it.each([
    ['技师能评不 我是高级工 苏州的', 'technician', 'senior_worker'],
    ['工程师可以报吗 我技师 重庆', 'intermediate', 'technician'],
  ] as const)('%s', (text, wanted, held) => {
    const u = read(text);
    expect(u.targets).toEqual([expect.objectContaining({ level: wanted })]);
    expect([...(u.skills ?? []), ...(u.titles ?? [])].map((x) => x.level)).toEqual([held]);
  });
});

describe('a level\'s chances asked after it are a wish (有没有戏, 能冲吗)', () => {
  it.each([
    ['正高有没有希望 我是高工 四川', 'full_senior', 'deputy_senior'],
    ['高级技师20年 正高能冲吗', 'full_senior', 'senior_technician'],
  ] as const)('%s', (text, wanted, held) => {
    const u = read(text);
    expect(u.targets?.map((x) => x.level)).toEqual([wanted]);
    expect([...(u.skills ?? []), ...(u.titles ?? [])].map((x) => x.level)).toEqual([held]);
  });
});

describe('a two-digit year followed by 就 and a verb of getting is a date, not years held', () => {
  it.each([
    ['技师20年就拿了', '2020-12'],
    ['高级工19年就已经有了', '2019-12'],
    ['技师证16年便考到手了', '2016-12'],
  ] as const)('%s', (text, since) => {
    expect(read(text).skills?.[0]?.since).toBe(since);
  });
  it('a voice filler between the level and its year (技师 呃 19年)', () => {
    expect(read('成都的 技师 呃 19年 还有高级工 15年6月').skills?.map((x) => x.since)).toEqual(['2019-12', '2015-06']);
  });
  it('职称也没评过 said after the certificates is no title', () => {
    expect(read('高级工是一九年的职称也没评过').titles).toEqual([]);
  });
  it('高级工17年那会儿考的: that year', () => {
    expect(read('高级工17年那会儿考的').skills?.[0]?.since).toBe('2017-12');
  });
  it('技师3年了 stays three years held', () => {
    expect(read('技师3年了').skills?.[0]?.since).toBe('2023-11');
  });
});

describe('今年 before an age is no date', () => {
  it.each([
    ['今年五十岁了，技师2015年拿的', '2015-12'],
    ['我今年都48周岁了 高级技师是二零一八年考的', '2018-12'],
  ] as const)('%s', (text, since) => {
    const u = read(text);
    expect([...(u.skills ?? [])].map((x) => x.since)).toEqual([since]);
  });
  it('今年四十二 with no 岁, then the certificates: an age too', () => {
    expect(read('我今年四十二 技师2017年 高级工2011年').skills?.map((x) => x.since)).toEqual(['2017-12', '2011-12']);
  });
  it('今年拿的 is still this year', () => {
    expect(read('技师今年拿的').skills?.[0]?.since).toBe('2026-11');
  });
});

describe('a full date restating the year a level was given with refines it', () => {
  it('前年考的技师，也就是2024年6月，高级工是2019年', () => {
    const u = read('前年考的技师，也就是2024年6月，高级工是2019年');
    expect(u.skills).toEqual([
      expect.objectContaining({ level: 'technician', since: '2024-06' }),
      expect.objectContaining({ level: 'senior_worker', since: '2019-12' }),
    ]);
    expect(u.skills?.[0].sinceApprox).toBeUndefined();
  });
  it('高级技师去年拿的，具体是2025年4月', () => {
    expect(read('高级技师去年拿的，具体是2025年4月').skills).toEqual([expect.objectContaining({ level: 'senior_technician', since: '2025-04' })]);
  });
  it('今年拿的高级技师证 是5月份 技师是2018年: the month is this year\'s certificate\'s', () => {
    expect(read('今年拿的高级技师证 是5月份 技师是2018年').skills?.map((x) => [x.level, x.since])).toEqual([['senior_technician', '2026-05'], ['technician', '2018-12']]);
  });
  it('a level named between the year and the month takes the month', () => {
    expect(read('高级技师今年拿的 技师是3月份').skills?.map((x) => x.since)).toEqual(['2026-11', '2026-03']);
  });
  it('a date of another year goes to the next level as before', () => {
    const u = read('技师2021年 高级工2018年3月');
    expect(u.skills?.map((x) => x.since)).toEqual(['2021-12', '2018-03']);
  });
});

describe("honours the region's text does not list are heard, and count as none", () => {
  it.each([
    ['我拿过市级技术能手', 'liaoning', '市级技术能手'],
    ['有一个省技术能手的称号', 'jiangxi', '省技术能手'],
    ['得过技能大师称号', 'liaoning', '技能大师'],
  ] as const)('%s in %s', (text, region, name) => {
    const u = read(text, 'awards', region);
    expect(u.awards).toEqual([]);
    expect(u.unlistedAwards).toEqual([name]);
  });
  it.each([
    ['chongqing', [{ type: 'honor', id: 'chongqing_technical_expert' }], undefined],
    ['liaoning', [], ['市里的技术能手']],
  ] as const)('市里的技术能手 is a city honour (%s), never the province\'s', (region, awards, unlisted) => {
    const u = read('市里的技术能手', 'awards', region);
    expect(u.awards).toEqual(awards);
    expect(u.unlistedAwards).toEqual(unlisted);
  });
  it.each([
    ['车间评的技术能手', 'liaoning'], ['集团内部技术能手', 'sichuan'], ['区里的技术能手', 'chongqing'],
  ] as const)('%s (%s): an employer\'s or a district\'s, not the province\'s', (text, region) => {
    const u = read(text, 'awards', region);
    expect(u.awards).toEqual([]);
    expect(u.unlistedAwards?.length).toBe(1);
  });
  it('a listed one still counts', () => {
    expect(read('省技术能手', 'awards', 'sichuan').awards).toEqual([{ type: 'honor', id: 'sichuan_technical_expert' }]);
  });
  it('with no region known nothing is set aside', () => {
    expect(read('市级技术能手', 'awards').unlistedAwards).toBeUndefined();
  });
});

describe('what a don\'t-know is about', () => {
  it.each([
    ['年度考核那块我不太清楚', 'titles', 'annualReviewsPassed'],
    ['职称这个我也说不清', 'awards', 'titles'],
    ["not sure about my competitions", 'titles', 'awards'],
    ['工龄多少我不记得了', 'annualReviewsPassed', 'workYears'],
  ] as const)('%s (asked %s)', (text, asked, about) => {
    const u = read(text, asked);
    expect(u.dontKnow).toBe(true);
    expect(u.dontKnowAbout).toBe(about);
  });
  it.each([
    ['评没评过中级职称我也说不好', 'awards', 'titles'],
    ['拿没拿过奖项我记不清', 'titles', 'awards'],
  ] as const)('%s (asked %s): whether, not a none', (text, asked, about) => {
    const u = read(text, asked);
    expect(u.dontKnowAbout).toBe(about);
    expect(u[about as 'titles' | 'awards']).toBeUndefined();
  });
  it.each(['不知道哪年评的职称', '不清楚', '考核和职称都不清楚'])('%s names no one topic', (text) => {
    expect(read(text, 'titles').dontKnowAbout).toBeUndefined();
  });
});

describe('what the answer depends on, asked after it', () => {
  it.each(['这个结果取决于什么', '还要确认哪些', 'what does the answer depend on?', 'what do I still need to confirm'])('%s', (text) => {
    expect(resultQuestion(text)).toEqual({ kind: 'depends' });
  });
});
