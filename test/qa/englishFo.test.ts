// English questions of the kinds held-out set 7's English misses showed (fixer fO), asked in phrasings written for
// these tests (none is a set's sentence, none is in the intents): a level wanted said as what an evaluation is for or
// what opens, "no title" said of oneself, the national text set against a region, the usual route skipped, review
// content in a paper's stead, a topic asked with a Chinese term mixed in, and refusals that must stay refusals.
import { ask } from '../../src/qa/ask';
import type { Region } from '../../src/rules/vocabulary';
import { intents } from '../../src/qa/intents';

const AS_OF = '2026-12';
const en = (q: string, region?: Region) => ask(q, { region, locale: 'en', asOf: AS_OF });

type Row = [string, Region, string[]];

describe('a level wanted said as what an evaluation is for, what opens, or the route to it', () => {
  it.each([
    ['my wife holds a deputy senior title, for a senior technician assessment in Sichuan how many years of work does she need', 'sichuan', ['senior technician', '8 years']],
    ['senior worker cert since March 2025, when will the assistant engineer title open for me in Chongqing?', 'chongqing', ['assistant', 'March 2027']],
    ['technician since 2021, is there a path to the engineer title in Liaoning', 'liaoning', ['intermediate (engineer)', 'you can apply']],
    ['Sichuan provincial intangible heritage inheritor, is there a route to an engineer title without the usual years?', 'sichuan', ['green channel', 'intermediate']],
  ] as Row[])('%s', (q, region, has) => {
    const a = en(q, region);
    expect([a.matched, a.kind]).toEqual(['curated', 'engine']);
    for (const h of has) expect(a.answer.toLowerCase()).toContain(h.toLowerCase());
    expect(a.citations.length).toBeGreaterThan(0);
  });
});

describe('a level wanted said with wants / aiming for, beside what is held', () => {
  it.each([
    ['my colleague has an engineer title and wants a technician certificate in Sichuan, how many years?', 'sichuan', ['technician', '4 years']],
    ['senior worker since 2023, aiming for the assistant engineer title in chongqing', 'chongqing', ['assistant', 'you can apply']],
    ['Liaoning union office: a worker with a technician certificate since 2019 would like an engineer title, is that possible?', 'liaoning', ['intermediate (engineer)', '3 years']],
  ] as Row[])('%s', (q, region, has) => {
    const a = en(q, region);
    expect([a.matched, a.kind]).toEqual(['curated', 'engine']);
    for (const h of has) expect(a.answer.toLowerCase()).toContain(h.toLowerCase());
  });
});

describe('"no title" said of oneself: the theory exemption says whom it is for', () => {
  it.each([
    ['no professional title here, only a skill cert: theory exam exemption for me in Liaoning?', 'liaoning'],
    ["I don't have a title, can I be excused from the theory test?", 'suzhou'],
    ['without any title, am i exempt from the written theory exam', 'national'],
  ] as [string, Region][])('%s', (q, region) => {
    const a = en(q, region);
    expect([a.matched, a.id]).toEqual(['curated', 'theory_exempt']);
    expect(a.answer).toMatch(/for title holders/);
    expect(a.answer).toMatch(/no such exemption to people without a title/);
  });
});

describe('the national text set against a region: one line per text', () => {
  it.each([
    ['technician 5 years, Chongqing vs national, which title?', 'chongqing', ['chongqing', 'national']],
    ['senior worker since 2022: Suzhou compared to national, what title can i get', 'suzhou', ['suzhou', 'national']],
    ['national versus Liaoning for a senior technician with 6 years, what title', 'liaoning', ['liaoning', 'national']],
  ] as [string, Region, Region[]][])('%s', (q, region, regions) => {
    const a = en(q, region);
    expect([a.matched, a.kind]).toEqual(['curated', 'engine']);
    expect(a.regions).toEqual(regions);
    expect(a.answer.split('\n').length).toBeGreaterThanOrEqual(2);
  });

  it('a national contest is no national text', () => {
    const a = en('I came 2nd at a national contest, what title in Liaoning', 'liaoning');
    expect(a.regions).toBeUndefined();
  });
});

describe('the usual route skipped is the green channel asked', () => {
  it.each([
    ['Chongqing Technical Expert, can I bypass the normal steps to an assistant engineer title?', 'chongqing', 'assistant engineer'],
    ['WorldSkills gold medal, any shortcut to a deputy senior title in Sichuan?', 'sichuan', 'deputy senior'],
    ['can i bypass the years if i am a chongqing technical expert', 'chongqing', 'green channel'],
  ] as [string, Region, string][])('%s', (q, region, has) => {
    const a = en(q, region);
    expect(a.matched).toBe('curated');
    expect(a.answer.toLowerCase()).toContain(has.toLowerCase());
  });
});

describe("what the review counts in a paper's stead answers 'instead of papers'", () => {
  it.each([
    ['instead of a paper, can my operating methods count in the review?', 'national'],
    ['can technical reports replace papers in Jiangxi', 'jiangxi'],
    ['in lieu of a thesis, do completed projects count for my title?', 'national'],
  ] as [string, Region][])('%s', (q, region) => {
    const a = en(q, region);
    expect(a.matched).toBe('curated');
    expect(a.answer).toMatch(/technical reports/);
    expect(a.citations.some((c) => c.quote.includes('技术报告'))).toBe(true);
  });
});

describe('topics asked the way English callers ask them (phrasings of src/qa/intents/en-fo.json)', () => {
  it.each([
    ["who's in charge of this through-route work in the counties of Liaoning", 'liaoning', 'implementation'],
    ['which department carries out this work at city level in Sichuan', 'sichuan', 'implementation'],
    ['can a technician register for the 软考 software exam in Sichuan', 'sichuan', 'professional_qualification'],
    ['economist qualification exam, can a gaoji gong sit it', 'national', 'professional_qualification'],
  ] as [string, Region, string][])('%s', (q, region, id) => {
    const a = en(q, region);
    expect([a.matched, a.id]).toEqual(['curated', id]);
  });

  it('every topic has at least 13 English phrasings', () => {
    const thin = intents().filter((it) => it.kind === 'topic' && it.en.length < 13).map((it) => it.id);
    expect(thin).toEqual([]);
  });
});

describe('still refused: what the texts do not give', () => {
  it.each([
    ['who do I call at the district HR bureau in Chongqing', 'chongqing'],
    ['what is the phone number of the county HR office', 'chongqing'],
    ['when does the 2027 review open in suzhou', 'suzhou'],
    ['technician since 2020, when is the engineer review held in Chongqing this year?', 'chongqing'],
  ] as [string, Region][])('%s', (q, region) => {
    const a = en(q, region);
    expect(a.matched).toBe('none');
    expect(a.citations).toEqual([]);
  });
});
