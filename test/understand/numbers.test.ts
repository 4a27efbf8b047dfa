import { cnInt, findDurations, parseNumber } from '../../src/dialogs/understand';

describe('Chinese numerals', () => {
  it.each([
    ['一', 1], ['两', 2], ['三', 3], ['十', 10], ['十二', 12], ['二十', 20], ['二十三', 23], ['一百', 100], ['一百零五', 105],
    ['两百', 200], ['二〇二一', 2021], ['二零二三', 2023], ['九', 9], ['两三', 2], ['五六', 5], ['二一', 21],
  ] as const)('%s → %d', (s, n) => {
    expect(cnInt(s)).toBe(n);
  });
  it.each(['', '年', 'abc', '十x'])('%j is not a number', s => {
    expect(cnInt(s)).toBeUndefined();
  });
});

describe('any number token', () => {
  it.each([
    ['3', 3], ['3.5', 3.5], ['15', 15], ['fifteen', 15], ['twenty-three', 23], ['twenty three', 23], ['one', 1], ['十二', 12],
  ] as const)('%s → %d', (s, n) => {
    expect(parseNumber(s)).toBe(n);
  });
});

describe('durations', () => {
  it.each([
    ['两年半', 2.5], ['一年半', 1.5], ['8年多', 8], ['十来年', 10], ['十几年', 10], ['二十多年', 20], ['半年', 0.5], ['3年零6个月', 3.5],
    ['6个月', 0.5], ['15 years', 15], ['fifteen years', 15], ['2.5 years', 2.5], ['two and a half years', 2.5], ['half a year', 0.5],
    ['a year and a half', 1.5], ['8+ years', 8], ['18 months', 1.5],
  ] as const)('%s → %d years', (s, n) => {
    expect(findDurations(s).map(d => d.years)).toEqual([n]);
  });
});
