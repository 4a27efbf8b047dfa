// The month in China, read once per minute: the cached answer never crosses a month boundary in Shanghai.
import { currentMonth } from '../../src/clock';

describe('currentMonth (Asia/Shanghai)', () => {
  it.each([
    // UTC instant → month in Shanghai (UTC+8)
    ['2026-11-30T15:59:59.999Z', '2026-11'],
    ['2026-11-30T16:00:00.000Z', '2026-12'],
    ['2026-12-31T15:59:00.000Z', '2026-12'],
    ['2026-12-31T16:00:00.000Z', '2027-01'],
    ['2026-01-31T16:00:59.999Z', '2026-02'],
  ])('%s → %s', (iso, month) => {
    expect(currentMonth(new Date(iso))).toBe(month);
  });

  it('within one minute answers alike, and the next minute is read afresh', () => {
    // Two reads in the last minute of November (Shanghai), then the first minute of December.
    expect(currentMonth(new Date('2026-11-30T15:59:00.000Z'))).toBe('2026-11');
    expect(currentMonth(new Date('2026-11-30T15:59:30.000Z'))).toBe('2026-11');
    expect(currentMonth(new Date('2026-11-30T16:00:00.000Z'))).toBe('2026-12');
    // Back in time (a test clock): still right.
    expect(currentMonth(new Date('2026-11-30T15:59:30.000Z'))).toBe('2026-11');
  });
});
