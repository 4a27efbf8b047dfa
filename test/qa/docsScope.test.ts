// Documents and scope (fixer fS, audit set test/dev/qa-questions-cov-ds.json), each kind tested on wordings written
// for this file, not the set's: what proves an award, a route with its proof asked, documents asked of a level with no
// facts, groups and file handling no text names (refused), Chongqing's scope in both halves. Quotes stand in the texts.
import { ask } from '../../src/qa/ask';
import type { Region } from '../../src/rules/vocabulary';
import { inTexts } from './policyTexts';

type Case = [string, Region, 'zh-CN' | 'en'];
const opts = (region: Region, locale: 'zh-CN' | 'en') => ({ region, locale, asOf: '2026-12' });

describe('the documents asked with an award named', () => {
  it.each<[string, Region, 'zh-CN' | 'en', string]>([
    ['苏州拿了中华技能大奖报正高，要准备啥证明', 'suzhou', 'zh-CN', '以证书、表彰文件为准'],
    ['辽宁工匠破格报正高级工程师 证明材料交哪些', 'liaoning', 'zh-CN', '以证书和表彰文件为准'],
    ['重庆技能大师直接申报高工 要附啥材料', 'chongqing', 'zh-CN', '以上项目的认定均以证书或文件为准'],
    ['liaoning craftsman applying by exception: what proves the honour?', 'liaoning', 'en', '以证书和表彰文件为准'],
  ])('%s (%s, %s) quotes how the award is recognised', (q, region, locale, quote) => {
    const a = ask(q, opts(region, locale));
    expect([q, a.matched, a.citations.some((c) => c.quote.replace(/\s/g, '').includes(quote)), a.citations.every(inTexts)]).toEqual([q, 'curated', true, true]);
  });
});

describe('a route named with what proves it asked', () => {
  it.each<Case>([
    ['重庆 区县赛第1名直接报助理工程师 凭什么证明名次', 'chongqing', 'zh-CN'],
    ['重庆 市级行业赛第二名想直接报助工 名次要拿啥证明', 'chongqing', 'zh-CN'],
    ['chongqing: came 2nd in a Chongqing vocational skills competition, going for assistant engineer directly, what proves it?', 'chongqing', 'en'],
  ])('%s (%s, %s) is the engine with the text\'s proof', (q, region, locale) => {
    const a = ask(q, opts(region, locale));
    expect([q, a.kind, a.citations.some((c) => c.quote.includes('以上项目的认定均以证书或文件为准')), a.citations.every(inTexts)]).toEqual([q, 'engine', true, true]);
  });
});

describe('documents asked of a level with no facts', () => {
  it.each<Case>([
    ['suzhou: for someone applying for assistant engineer, what goes in the file?', 'suzhou', 'en'],
    ['Suzhou - staff member applying for senior engineer, what should be in the application?', 'suzhou', 'en'],
    ['suzhou: a colleague wants the engineer title, which documents go in the file?', 'suzhou', 'en'],
  ])('%s (%s, %s) gets the materials, not a request for facts', (q, region, locale) => {
    const a = ask(q, opts(region, locale));
    expect([q, a.matched, a.citations.some((c) => c.quote.includes('其申报材料（含国家职业资格证书或职业技能等级证书）')), a.citations.every(inTexts)]).toEqual([q, 'curated', true, true]);
  });
});

describe('groups and file handling no text names', () => {
  it.each<Case>([
    ['重庆 劳务派遣过来的焊工能评职称不', 'chongqing', 'zh-CN'],
    ['四川 灵活就业的电工可以参加贯通吗', 'sichuan', 'zh-CN'],
    ['辽宁 农民工有技师证能报工程师吗 文件管不管', 'liaoning', 'zh-CN'],
    ['苏州 开个体户的修车师傅能不能走这个', 'suzhou', 'zh-CN'],
    ['can a freelancer with a technician cert use the chongqing policy?', 'chongqing', 'en'],
    ['sichuan: are self-employed welders covered?', 'sichuan', 'en'],
    ['重庆的申报材料要不要公证', 'chongqing', 'zh-CN'],
    ['辽宁 职称申报表要盖公司公章吗', 'liaoning', 'zh-CN'],
    ['suzhou: must the copies of my certificates be notarized?', 'suzhou', 'en'],
    ['sichuan: does the application form need a company stamp?', 'sichuan', 'en'],
  ])('%s (%s, %s) is refused, no citation', (q, region, locale) => {
    const a = ask(q, opts(region, locale));
    expect([q, a.matched, a.citations]).toEqual([q, 'none', []]);
  });
});

describe('Chongqing scope in both halves', () => {
  it.each<Case>([
    ['重庆这个贯通文件适用哪些人，专业技术人员也管吗', 'chongqing', 'zh-CN'],
    ['重庆的贯通覆盖哪些工人和哪些专业技术人员', 'chongqing', 'zh-CN'],
    ['chongqing: does the text cover professionals as well as skilled workers?', 'chongqing', 'en'],
  ])('%s (%s, %s) quotes 二（一） and 二（二）', (q, region, locale) => {
    const a = ask(q, opts(region, locale));
    const quotes = a.citations.map((c) => c.quote.replace(/\s/g, ''));
    expect([q, quotes.some((s) => s.includes('在我市工程技术领域生产一线岗位')), quotes.some((s) => s.includes('在我市技能岗位工作的专业技术人才')), a.citations.every(inTexts)]).toEqual([q, true, true, true]);
  });
});
