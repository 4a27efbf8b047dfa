// Questions the policy texts do not answer (test/qa/refusalProbes.ts), each refused: matched 'none', no citation,
// and the answer says who does answer (the hotline given), never a nearby clause presented as the answer.
import { t } from '../../src/i18n';
import { ask } from '../../src/qa/ask';
import { PROBES } from './refusalProbes';

const HOTLINE = { phone: '023-12333-01' };

describe('not in the texts: refused with who to ask', () => {
  it('has probes in both languages across the regions', () => {
    expect(PROBES.length).toBeGreaterThanOrEqual(80);
    expect(PROBES.filter((x) => x[2] === 'en').length).toBeGreaterThanOrEqual(25);
    expect(new Set(PROBES.map((x) => x[1])).size).toBeGreaterThanOrEqual(4);
  });

  it.each(PROBES)('%s (%s, %s)', (q, region, locale) => {
    const a = ask(q, { region, locale, asOf: '2026-12', hotline: HOTLINE });
    expect([q, a.matched, a.citations]).toEqual([q, 'none', []]);
    // An eligibility question naming no facts is asked for them (no answer given, nothing made up); any other says who.
    const asked = a.kind === 'engine' ? t(locale, 'qa:elig.needFacts') : HOTLINE.phone;
    expect([q, a.answer.includes(asked)]).toEqual([q, true]);
  });
});
