// The ladder picture as a link: an answer written into a query and read back draws the very same picture, and a
// query that does not describe a picture is refused naming its parameter.
import { isLadderQueryError, ladderQuery, readLadderQuery } from '../../src/ladder/link';
import { ladderPngHandler, ladderSvgHandler } from '../../src/ladder/http';
import { ladderSvg } from '../../src/ladder/ladderSvg';
import { evaluate } from '../../src/rules';

const AS_OF = '2026-11';
/** Answers of every region, with open, closed (not yet), conditional and unmet paths among them. */
const PROFILES: [string, Record<string, unknown>][] = [
  ['Chongqing technician, 2021', { region: 'chongqing', skills: [{ level: 'technician', since: '2021-06' }], annualReviewsPassed: true }],
  ['Chongqing technician, this year', { region: 'chongqing', skills: [{ level: 'technician', since: '2026-05' }], annualReviewsPassed: true }],
  ['Sichuan 副高 and 高级工', { region: 'sichuan', skills: [{ level: 'senior_worker', since: '2015-01' }], titles: [{ level: 'deputy_senior', since: '2020-01' }] }],
  ['Liaoning senior technician, reviews unknown', { region: 'liaoning', skills: [{ level: 'senior_technician', since: '2019-03' }] }],
  ['Suzhou intermediate title', { region: 'suzhou', titles: [{ level: 'intermediate', since: '2022-07' }] }],
  ['Jiangxi (national rows) technician', { region: 'jiangxi', skills: [{ level: 'technician', since: '2020-01' }], annualReviewsPassed: false }],
  ['national, nothing held', { region: 'national', skills: [] }],
];

describe('ladderQuery → readLadderQuery', () => {
  it.each(PROFILES)('%s: the link draws the same picture as the answer, in both languages', (_name, profile) => {
    const result = evaluate({ ...profile, asOf: AS_OF });
    for (const locale of ['zh-CN', 'en'] as const) {
      const q = readLadderQuery(new URLSearchParams(ladderQuery(result, locale)));
      if (isLadderQueryError(q)) throw new Error(`${q.field}: ${q.message}`);
      expect(q.region).toBe(result.region);
      expect(q.locale).toBe(locale);
      expect(q.result?.held).toEqual(result.held);
      expect(q.result?.paths).toEqual(result.paths.map((p) => ({
        ruleId: p.ruleId, direction: p.direction, target: p.target, route: p.route, status: p.status,
        ...(p.eligibleFrom ? { eligibleFrom: p.eligibleFrom } : {}),
      })));
      expect(ladderSvg(q)).toBe(ladderSvg({ region: result.region, locale, result }));
    }
  });

  it('is short enough for any chat client (under 2,000 characters) for every answer above', () => {
    for (const [, profile] of PROFILES) expect(ladderQuery(evaluate({ ...profile, asOf: AS_OF }), 'zh-CN').length).toBeLessThan(2000);
  });

  it('without p, skill or title it is the region\'s own picture', () => {
    expect(readLadderQuery(new URLSearchParams('region=sichuan&locale=en'))).toEqual({ region: 'sichuan', locale: 'en' });
  });
});

describe('readLadderQuery refuses, naming the parameter', () => {
  it.each([
    ['an unknown region', 'region', 'region=mars'],
    ['an unknown skill level', 'skill', 'region=chongqing&skill=wizard'],
    ['an unknown title level', 'title', 'region=chongqing&title=emperor'],
    ['an unknown rule row', 'p', 'region=chongqing&p=s2t.standard.nothing:e'],
    ['an unknown status', 'p', 'region=chongqing&p=s2t.standard.intermediate:x'],
    ['month 13', 'p', 'region=chongqing&p=s2t.standard.intermediate:n:2026-13'],
    ['a fourth part', 'p', 'region=chongqing&p=s2t.standard.intermediate:n:2026-12:extra'],
    // Another region's rule row is not one of this region's.
    ['a Sichuan row under Chongqing', 'p', 'region=chongqing&p=s2t.standard.full_senior.by_skill:e'],
    ['61 paths', 'p', `region=national&p=${Array(61).fill('s2t.standard.assistant:e').join(',')}`],
  ])('%s: refused naming %s', (_label, field, query) => {
    const q = readLadderQuery(new URLSearchParams(query));
    expect(isLadderQueryError(q) && q.field).toBe(field);
    const r = ladderSvgHandler(new URLSearchParams(query));
    expect(r.status).toBe(400);
    expect(String(r.body)).toContain(`${field}:`);
  });
});

describe('GET /api/ladder.png with a person\'s link', () => {
  it('draws a PNG, cacheable by the client, the same bytes for the same link', () => {
    const query = new URLSearchParams(ladderQuery(evaluate({ ...PROFILES[0][1], asOf: AS_OF }), 'zh-CN'));
    const a = ladderPngHandler(query);
    expect(a.status).toBe(200);
    expect(a.type).toBe('image/png');
    expect((a.body as Buffer).subarray(1, 4).toString()).toBe('PNG');
    expect(a.headers?.['cache-control']).toMatch(/public, max-age=\d+/);
    expect(ladderPngHandler(query).body).toEqual(a.body);
  });
});
