import { understand } from '../../src/dialogs/understand';
import { ALL, AS_OF, type Phrasing } from './fixtures';

const rows = (list: Phrasing[]): [string, Phrasing][] =>
  list.map(p => [`${JSON.stringify(p.text)}${p.ctx?.expecting ? ` (asked ${p.ctx.expecting})` : ''}`, p]);

describe.each(ALL)('%s', (_name, list) => {
  it.each(rows(list))('%s', (_label, p) => {
    const got = understand(p.text, { asOf: AS_OF, ...p.ctx });
    expect(got).toMatchObject(p.want);
    if (p.want.recognized === undefined) expect(got.recognized).toBe(true);
    for (const key of p.absent ?? []) expect(got[key]).toBeUndefined();
  });
});

test('the table holds at least 150 phrasings', () => {
  expect(ALL.reduce((n, [, list]) => n + list.length, 0)).toBeGreaterThanOrEqual(150);
});
