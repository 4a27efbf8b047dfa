import { CURATED, variantFor } from '../../src/qa/curated';
import { ask } from '../../src/qa/retrieval';
import { citationFor } from '../../src/qa/clauses';
import { has } from '../../src/i18n';
import { REGIONS, type Region } from '../../src/rules/vocabulary';
import { policyText } from './policyTexts';

const regionsOf = (e: (typeof CURATED)[number]): readonly Region[] => (e.regions === 'all' ? REGIONS : e.regions);
/** The text keys a variant may use: the annex answer picks one of three by what the question names. */
const keysOf = (entryId: string, key: string) => (entryId === 'suzhou_annex'
  ? (key === 'annex.suzhou' ? ['occupation', 'specialty', 'general'] : ['occupation', 'general']).map((k) => `${key}.${k}`)
  : [key]);

describe('curated questions', () => {
  it('has at least 40 entries with unique ids', () => {
    expect(CURATED.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CURATED.map((e) => e.id)).size).toBe(CURATED.length);
  });

  it.each(CURATED.map((e) => [e.id, e] as const))('%s: phrasings in Chinese and English, an answer for each of its regions', (_id, e) => {
    expect(e.zh.length).toBeGreaterThanOrEqual(2);
    expect(e.en.length).toBeGreaterThanOrEqual(1);
    for (const r of regionsOf(e)) expect([r, variantFor(e, r) !== undefined]).toEqual([r, true]);
    for (const v of e.answers) {
      for (const key of keysOf(e.id, v.key)) {
        expect([key, has('zh-CN', `qa:a.${key}`), has('en', `qa:a.${key}`)]).toEqual([key, true, true]);
      }
      for (const ref of v.cite) {
        const c = citationFor(ref);
        expect(policyText(c.policy)).toContain(c.quote);
      }
    }
  });

  // Every stored phrasing, asked for every region the entry serves, is answered by that entry with quotes that stand in the texts.
  const cases = CURATED.flatMap((e) => [...e.zh, ...e.en].flatMap((q) => regionsOf(e).map((r) => [e.id, r, q] as const)));
  it.each(cases)('%s for %s: %s', (id, region, q) => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const a = ask(q, { region, locale });
      expect([a.matched, a.id]).toEqual(['curated', id]);
      expect(a.citations.length).toBeGreaterThan(0);
      for (const c of a.citations) expect([c.clause, policyText(c.policy).includes(c.quote)]).toEqual([c.clause, true]);
      expect(a.answer).not.toMatch(/qa:|^a\.|\{\{/);
    }
  });

  it('keeps answers short enough for a phone: at most 3 sentences', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const e of CURATED) {
        for (const r of [...regionsOf(e), undefined]) {
          const a = ask(e.zh[0], { region: r, locale });
          const body = a.answer.replace(/^[^：:]{0,40}[：:]\s*/, '');
          const sentences = body.split(locale === 'en' ? /[.!?](?:\s|$)/ : /[。！？]/).filter((s) => s.trim()).length;
          expect([e.id, r, sentences <= 3]).toEqual([e.id, r, true]);
          expect([e.id, r, body.length <= (locale === 'en' ? 480 : 240)]).toEqual([e.id, r, true]);
        }
      }
    }
  });
});
