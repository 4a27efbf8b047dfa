// The one place that reads the clock: the current month in China (Asia/Shanghai), as YYYY-MM.
// One formatter for the process: building an Intl.DateTimeFormat costs about half a millisecond, once per turn before.
const SHANGHAI_MONTH = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' });

export function currentMonth(now: Date = new Date()): string {
  const parts = SHANGHAI_MONTH.formatToParts(now);
  const y = parts.find((p) => p.type === 'year')?.value;
  const m = parts.find((p) => p.type === 'month')?.value;
  return `${y}-${m}`;
}
