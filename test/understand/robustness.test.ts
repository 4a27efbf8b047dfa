import fc from 'fast-check';
import { MAX_CHARS, understand, type Understanding } from '../../src/dialogs/understand';
import type { Slot } from '../../src/dialogs/slots';
import { COMPETITION_TIERS, HONOR_IDS, MEDALS, REGIONS, SERIES, SKILL_LEVELS, TECH_SCHOOL_CLASSES, TITLE_LEVELS } from '../../src/rules/vocabulary';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Everything returned is made of the contract's codes and well-formed values. */
function assertWellFormed(u: Understanding): void {
  expect(typeof u.recognized).toBe('boolean');
  if (u.region) expect(REGIONS).toContain(u.region.region);
  for (const sk of u.skills ?? []) {
    expect(SKILL_LEVELS).toContain(sk.level);
    if (sk.since) expect(sk.since).toMatch(MONTH);
  }
  for (const t of u.titles ?? []) {
    expect(TITLE_LEVELS).toContain(t.level);
    if (t.since) expect(t.since).toMatch(MONTH);
    if (t.series) expect(SERIES).toContain(t.series);
  }
  for (const a of u.awards ?? []) {
    if (a.type === 'honor') expect(HONOR_IDS).toContain(a.id);
    else {
      expect(COMPETITION_TIERS).toContain(a.tier);
      if (a.medal) expect(MEDALS).toContain(a.medal);
      if (a.rank !== undefined) expect(Number.isInteger(a.rank) && a.rank >= 1).toBe(true);
    }
  }
  if (u.month) expect(u.month).toMatch(MONTH);
  if (u.techSchoolClass) expect(TECH_SCHOOL_CLASSES).toContain(u.techSchoolClass);
  if (u.workYears !== undefined) expect(Number.isFinite(u.workYears) && u.workYears >= 0).toBe(true);
  if (u.number !== undefined) expect(Number.isFinite(u.number)).toBe(true);
  expect(() => JSON.stringify(u)).not.toThrow();
}

const SLOTS: (Slot | null)[] = [null, 'region', 'skills', 'skills.since', 'titles', 'titles.since', 'workYears', 'annualReviewsPassed', 'awards',
  'awards.rank', 'confirm', 'relatedDiploma', 'techSchoolClass', 'occupation', 'titles.series'];

/** Pieces that reach every extractor, put together at random. */
const TOKENS = ['技师', '高级工', '高级工程师', '工程师', '能评', '吗', '？', '，', '。', ' ', '重庆', '成都', '苏州', '北京', '2021年', '6月',
  '21年', '前年', '三年前', '拿证', '三', '两年半', '十来年', '年', '了', '没有', '职称', '证书', '获奖', '考核', '合格', '不合格',
  '国赛一类', '第二名', '双人赛项', '世赛', '金牌', '全国技术能手', '市技术能手', '焊工', '修改', '换个地区', '材料', '人工', '2',
  '第', '个', '名', '前', '.', '-', '/', '0', '9', '十', '百', '半', '多', 'senior', 'engineer', 'april', '2023', 'years', 'ago',
  'no', 'yes', '😀', '\u202e', '\u0000', '\n', '〇', '二', 'ⅱ', '１５'];

describe('any input', () => {
  const junk = ['😀😀😀', 'a'.repeat(5000), '\u0007\u001b[2J', "'; DROP TABLE users; --", '<script>alert(1)</script>',
    '1234567890'.repeat(200), '\u202eمرحبا\u202c', '   ', '', '\ud800', '\udfff\ud800abc', '年'.repeat(5000), '2021年'.repeat(1000),
    '第'.repeat(3000), '技师'.repeat(2000), '9'.repeat(5000), '.'.repeat(5000), '十'.repeat(400), '前三'.repeat(800)];
  it.each(junk.map(j => [JSON.stringify(j.slice(0, 20)) + ` (${j.length} chars)`, j]))('%s is read without throwing', (_l, j) => {
    for (const expecting of SLOTS) {
      const u = understand(j, { asOf: '2026-11', expecting });
      assertWellFormed(u);
    }
  });

  it('non-string and odd contexts do not throw', () => {
    expect(understand(undefined as unknown as string, { asOf: '2026-11' })).toEqual({ recognized: false });
    expect(understand(null as unknown as string, { asOf: '2026-11' }).recognized).toBe(false);
    assertWellFormed(understand('2021年6月', { asOf: 'not a month' }));
    assertWellFormed(understand('三年前', undefined as unknown as { asOf: string }));
  });

  it('only the first characters are read', () => {
    const late = '啊'.repeat(MAX_CHARS + 10) + '重庆';
    expect(understand(late, { asOf: '2026-11', expecting: 'region' }).region).toBeUndefined();
    expect(understand('重庆' + '啊'.repeat(5000), { asOf: '2026-11' }).region?.region).toBe('chongqing');
  });

  it('random strings never throw and give well-formed facts', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 700 }),
          fc.string({ unit: 'grapheme', maxLength: 200 }),
          fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map(a => a.join('')),
        ),
        fc.constantFrom(...SLOTS),
        fc.constantFrom(undefined, ...REGIONS),
        (text, expecting, region) => {
          assertWellFormed(understand(text, { asOf: '2026-11', expecting, region }));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map(a => a.join('')), text => {
        expect(understand(text, { asOf: '2026-11' })).toEqual(understand(text, { asOf: '2026-11' }));
      }),
      { numRuns: 300 },
    );
  });
});
