// The parser on the development set of phrasings in people's own words (test/understand/ownWords.ts).
import { understand } from '../../src/dialogs/understand';
import { AS_OF, type Phrasing } from './fixtures';
import { OWN_WORDS } from './ownWords';

const rows = (list: Phrasing[]): [string, Phrasing][] =>
  list.map(p => [`${JSON.stringify(p.text)}${p.ctx?.expecting ? ` (asked ${p.ctx.expecting})` : ''}`, p]);

describe.each(OWN_WORDS)('%s', (_name, list) => {
  it.each(rows(list))('%s', (_label, p) => {
    const got = understand(p.text, { asOf: AS_OF, ...p.ctx });
    expect(got).toMatchObject(p.want);
    expect(got.recognized).toBe(true);
    for (const key of p.absent ?? []) expect(got[key]).toBeUndefined();
  });
});

test('wishes and questions never become holdings', () => {
  for (const [, list] of OWN_WORDS) {
    for (const p of list) {
      const got = understand(p.text, { asOf: AS_OF, ...p.ctx });
      const held = new Set([...(got.skills ?? []).map(s => `skill:${s.level}`), ...(got.titles ?? []).map(x => `title:${x.level}`)]);
      for (const r of got.readings ?? []) if (r.meaning === 'wants' || r.meaning === 'asks') expect(held.has(`${r.what}:${r.level}`)).toBe(false);
    }
  }
});
