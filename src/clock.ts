// The one place that reads the clock: the current month in China (Asia/Shanghai), as YYYY-MM.
// One formatter for the process: building an Intl.DateTimeFormat costs about half a millisecond, once per turn before.
const SHANGHAI_MONTH = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' });

// formatToParts is still microseconds, and every message asks: the answer is kept for the minute it was read in
// (Shanghai's month changes on a whole minute).
let last: { minute: number; month: string } | undefined;

export function currentMonth(now: Date = new Date()): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (last && last.minute === minute) return last.month;
  const parts = SHANGHAI_MONTH.formatToParts(now);
  const y = parts.find((p) => p.type === 'year')?.value;
  const m = parts.find((p) => p.type === 'month')?.value;
  const month = `${y}-${m}`;
  if (Number.isFinite(minute)) last = { minute, month };
  return month;
}
