// English eligibility questions as people type them (issue 14's English round): the level wanted said last with the
// verb dropped, levels wanted after "go on to" / "skip to", awards by their English names, a bare award read in each
// region asked, the annex named with a trade. Phrasings written for this test, none from a Q&A set.
import { ask } from '../../src/qa/ask';
import type { Region } from '../../src/rules/vocabulary';

type Case = [string, Region | undefined, RegExp, string];

/** Answered by the engine: the level the answer must name and a word of the row it must quote. */
const ENGINE: Case[] = [
  ['liaoning, senior worker got 2022 - assistant engineer now?', 'liaoning', /apply for assistant/, '满2年'],
  ['Kunshan. technician since 2021. engineer possible?', 'suzhou', /apply for intermediate/, '满3年'],
  ['sichuan senior technician 2019, senior engineer ok?', 'sichuan', /apply for deputy senior/, '满4年'],
  ['chongqing, engineer title + technician cert 2023, can I progress to senior technician?', 'chongqing', /senior technician/, '1年后'],
  ['suzhou technical expert (city) — could I jump to an assistant title?', 'suzhou', /apply directly for assistant/, '苏州市技术能手'],
  ['jiangxi: does leading a national-level master skills studio count for a senior title?', 'jiangxi', /full senior|deputy senior/i, '国家级技能大师工作室'],
  ['I lead a state-level skills master studio in Liaoning, what is the highest title open to me?', 'liaoning', /apply directly for full senior/, '国家级技能大师工作室负责人'],
];

describe('English eligibility questions as typed', () => {
  it.each(ENGINE)('%s (%s)', (q, region, level, quoted) => {
    const a = ask(q, { region, locale: 'en', asOf: '2026-12' });
    expect([q, a.kind, level.test(a.answer), a.citations.some((c) => c.quote.includes(quoted))]).toEqual([q, 'engine', true, true]);
  });

  it('reads a bare provincial award as each region names it, one line per region', () => {
    const a = ask('provincial technical expert: which title in Suzhou and which in Sichuan?', { locale: 'en', asOf: '2026-12' });
    expect(a.kind).toBe('engine');
    expect(a.regions).toEqual(['suzhou', 'sichuan']);
    expect(a.answer).toMatch(/Jiangsu Technical Expert/);
    expect(a.answer).toMatch(/Sichuan Technical Expert/);
    expect(a.citations.map((c) => c.quote).join('')).toMatch(/江苏省技术能手[\s\S]*四川省技术能手|四川省技术能手[\s\S]*江苏省技术能手/);
  });

  it('names no level wanted where the level ending the sentence is held ("I am an engineer?")', () => {
    const a = ask('so I am an engineer?', { region: 'chongqing', locale: 'en', asOf: '2026-12' });
    expect(a.kind).not.toBe('engine');
  });
});

/** Who a text covers, asked in so many words, between two topics: the coverage topic, not a refusal. */
describe('who a text covers, asked in English', () => {
  it.each([
    ['Sichuan: who is covered by this through-route plan?', 'sichuan'],
  ] as [string, Region][])('%s', (q, region) => {
    const a = ask(q, { region, locale: 'en', asOf: '2026-12' });
    expect([q, a.matched, a.id]).toEqual([q, 'curated', 'who_s2t']);
  });
});

/** The annex named with a trade: its row, or that it lists no such trade. */
describe('the annex named with a trade', () => {
  it.each([
    ['does the annex put scaffolders under a specialty?', /construction/, '架子工'],
    ['is a security guard on the suzhou annex?', /does not list/, '指导目录'],
    ['my husband services lifts, which specialty in the annex?', /construction/, '电梯安装维修工'],
  ])('%s', (q, said, quoted) => {
    const a = ask(q, { region: 'suzhou', locale: 'en', asOf: '2026-12' });
    expect([q, a.kind, said.test(a.answer), a.citations.some((c) => c.quote.includes(quoted))]).toEqual([q, 'annex', true, true]);
  });
});

/** Labels written to stand alone (Intermediate (engineer)) start lower-case where an English answer puts them inside a
 * sentence; at a sentence's start, and in Chinese, they stay as written. */
describe('labels in the sentence position of an English answer', () => {
  it('lower-cases a level inside the sentence, keeps it at the start', () => {
    const a = ask('chongqing, technician since 2020, can I apply for engineer?', { region: 'chongqing', locale: 'en', asOf: '2026-12' });
    expect(a.answer).toMatch(/^Chongqing: Technician \((?:技师, )?level 2\) plus 3 years after obtaining it: you can apply for intermediate \(engineer\)/);
  });

  it('keeps a name\'s capitals (an award, a region) inside the sentence', () => {
    const a = ask('provincial technical expert in Liaoning, which title?', { region: 'liaoning', locale: 'en', asOf: '2026-12' });
    expect(a.answer).toMatch(/Liaoning Technical Expert: you can apply directly for intermediate \(engineer\)/);
  });

  it('leaves the Chinese answer as it was', () => {
    const a = ask('重庆 技师2020年拿的 能评工程师吗', { region: 'chongqing', locale: 'zh-CN', asOf: '2026-12' });
    expect(a.answer).toContain('可申报中级（工程师）');
  });
});
