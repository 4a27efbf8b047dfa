// Eligibility and refusals as callers word them (issue 14, items 1 and 4): a level one asks to reach is the target,
// not a level held; a contest place short of what the text asks gets what it asks, quoted; a city's own practice is
// refused; a national answer says the national text is silent; English topics need words of their own (by the model).
import { ask, buildModel, ownEnglishWord } from '../../src/qa/ask';
import { questionFacts } from '../../src/qa/eligibility';
import { intents } from '../../src/qa/intents';
import { understand } from '../../src/dialogs/understand';
import { normalizeText } from '../../src/qa/normalize';
import type { Region } from '../../src/rules/vocabulary';
import { inTexts } from './policyTexts';

const AS_OF = '2026-12';
const levels = (xs?: { level: string }[]) => (xs ?? []).map((x) => x.level).sort();

describe('a level asked to be reached is the target', () => {
  it.each([
    // question, titles held, targets
    ['世赛金牌在四川能不能到正高', [], ['full_senior']],
    ['国家级一类大赛双人赛项拿了第三名，在四川算不算能破格副高', [], ['deputy_senior']],
    ['省赛第一名可以直接高级工程师吗', [], ['deputy_senior']],
    ['我是工程师，能评高工吗', ['intermediate'], ['deputy_senior']],
  ] as [string, string[], string[]][])('%s', (q, titles, targets) => {
    const text = normalizeText(q);
    const u = questionFacts(understand(text, { asOf: AS_OF }), text);
    expect([levels(u.titles), levels(u.targets)]).toEqual([titles, targets]);
  });

  it.each([
    ['世赛金牌在四川能不能到正高', 'sichuan', 'zh-CN', /世界技能大赛金牌.*正高级/, '附件1 六（三）'],
    ['国家级一类大赛双人赛项拿了第三名，在四川算不算能破格副高', 'sichuan', 'zh-CN', /副高级/, '附件1 六（二）'],
    ['I have been a senior technician (高级技师) in Chengdu for years. Can I go straight for a full senior (正高) title?', 'sichuan', 'en', /apply for full senior/, '附件1 五（四）5'],
  ] as [string, Region, 'zh-CN' | 'en', RegExp, string][])('answered by the engine for the level wanted: %s', (q, region, locale, want, clause) => {
    const a = ask(q, { region, locale, asOf: AS_OF });
    expect([a.matched, a.kind]).toEqual(['curated', 'engine']);
    expect(a.answer).toMatch(want);
    expect(a.citations.some((c) => c.clause === clause)).toBe(true);
    for (const c of a.citations) expect([c.quote, inTexts(c)]).toEqual([c.quote, true]);
  });
});

describe('more of what is asked, read', () => {
  it.each([
    // two levels asked, one out of reach: both answered
    ['我一个工程师能直接考高级技师吗？还是要先考技师', 'chongqing', 'zh-CN', /技师（二级）.*没有申报高级技师（一级）的路径/],
    // a statement, then the question after 那
    ['高级工能评助工，那助工能考高级工吗', 'sichuan', 'zh-CN', /^四川：助理级（助理工程师）.*可申报高级工（三级）/],
    // English: years said with the one level held; a title holder asking to be recognised at a skill level
    ['senior worker for 3 years in chongqing, assistant engineer possible?', 'chongqing', 'en', /years are met/],
    ['Can a full senior engineer (正高) be recognised as a senior technician in Liaoning?', 'liaoning', 'en', /apply for senior technician \((?:高级技师, )?level 1\)/],
    // English level names one slip off (enginner, technican, asistant)
    ['i m a enginner in suzhou can i get technican level', 'suzhou', 'en', /Intermediate \(engineer\): you can apply for technician/],
    ['asistant enginer, can i take the senior worker test', 'liaoning', 'en', /Assistant \(assistant engineer\): you can apply for senior worker/],
    // an honour in other English words, whatever a not-covered topic its words resemble
    ['I lead a provincial skills master workshop, what title could I go for?', 'sichuan', 'en', /apply directly for intermediate \(engineer\)/],
  ] as [string, Region, 'zh-CN' | 'en', RegExp][])('%s', (q, region, locale, want) => {
    const a = ask(q, { region, locale, asOf: AS_OF });
    expect([a.matched, a.kind]).toEqual(['curated', 'engine']);
    expect(a.answer).toMatch(want);
    for (const c of a.citations) expect([c.quote, inTexts(c)]).toEqual([c.quote, true]);
  });
});

describe('awards naming other regions', () => {
  it('are evaluated in the person\'s region and in theirs', () => {
    const a = ask('辽宁工匠能评什么', { region: 'chongqing', locale: 'zh-CN', asOf: AS_OF });
    expect([a.matched, a.kind, a.regions]).toEqual(['curated', 'engine', ['chongqing', 'liaoning']]);
    expect(a.answer).toMatch(/辽宁：辽宁工匠可直接申报正高级/);
  });
  it('a province containing the person\'s own region is that region', () => {
    const a = ask('手上有江苏工匠称号，能直接评高级工程师不', { region: 'suzhou', locale: 'zh-CN', asOf: AS_OF });
    expect([a.matched, a.kind, a.regions]).toEqual(['curated', 'engine', undefined]);
  });
});

describe('a contest place short of what the text asks', () => {
  it.each([
    ['重庆 区县技能比赛第二名可以直接申报助理工程师吗', 'chongqing', 'zh-CN', '区县赛要第1名', '区县赛第1名'],
    ['came 8th at a national class 1 contest, can I get senior engineer', 'sichuan', 'en', 'top 5', '国家级一类技能竞赛中获得前5名'],
  ] as [string, Region, 'zh-CN' | 'en', string, string][])('says what the text asks of that contest, quoting the item: %s', (q, region, locale, has, quote) => {
    const a = ask(q, { region, locale, asOf: AS_OF });
    expect([a.matched, a.kind]).toEqual(['curated', 'engine']);
    expect(a.answer).toContain(has);
    expect(a.citations.some((c) => c.quote.replace(/\s+/g, '').includes(quote))).toBe(true);
    for (const c of a.citations) expect([c.quote, inTexts(c)]).toEqual([c.quote, true]);
  });
});

describe('a city inside a region', () => {
  it.each([
    ['大连的技师可以单独申报工程师吗', 'liaoning'],
    ['昆山的技师能评工程师吗', 'suzhou'],
  ] as [string, Region][])('asked what its people can apply for, is the region\'s text: %s', (q, region) => {
    const a = ask(q, { region, locale: 'zh-CN', asOf: AS_OF });
    expect([a.matched, a.kind]).toEqual(['curated', 'engine']);
  });

  it('asked about a topic, is answered from the region\'s text', () => {
    const a = ask('沈阳评职称要论文吗', { region: 'liaoning', locale: 'zh-CN', asOf: AS_OF });
    expect([a.matched, a.id]).toEqual(['curated', 'paper']);
  });
});

describe('the national text silent on a topic another region\'s text has', () => {
  it.each([
    ['national', 'zh-CN', '全国文件没有写'], [undefined, 'zh-CN', '全国文件没有写'], ['jiangxi', 'zh-CN', '全国文件没有写'],
    ['national', 'en', 'The national text does not say'], ['sichuan', 'zh-CN', '您所在地区的文件没有写'],
  ] as [Region | undefined, 'zh-CN' | 'en', string][])('says whose text is silent (%s, %s)', (region, locale, has) => {
    const q = locale === 'en' ? 'what happens if I fake my documents' : '材料弄虚作假会怎么样';
    const a = ask(q, { region, locale, asOf: AS_OF });
    expect([a.matched, a.id]).toEqual(['curated', 'fraud']);
    expect(a.answer).toContain(has);
    if (region !== 'sichuan') expect(a.answer).not.toMatch(/您所在地区|Your region/);
  });
});

describe('English words of a topic\'s own, judged by the model', () => {
  const m = buildModel(intents());
  it.each([
    ['is a paper needed for the engineer title', 'paper', true],
    ['are the standards eased for skilled workers', 'standards_balance', true],
    ['which series can i apply in', 'series', true],
    ['what title can i apply for', 'paper', false],
  ] as [string, string, boolean][])('%s → %s: %s', (q, id, own) => {
    expect(ownEnglishWord(q, id, m)).toBe(own);
  });

  it('does not depend on how many intents use a word: phrasings naming papers added to another intent keep paper\'s', () => {
    const more = intents().map((it) => (it.id === 'materials'
      ? { ...it, en: [...it.en, 'do i bring my papers', 'bring the papers with the form', 'which papers go in the folder'] } : it));
    expect(ownEnglishWord('is a paper needed for the engineer title', 'paper', buildModel(more))).toBe(true);
  });
});
