// Months as integers (year * 12 + month - 1): dates are kept to the month (domain.md ruling 1).

export function monthIndex(ym: string): number {
  return Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
}

export function monthString(index: number): string {
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${y}-${m < 10 ? '0' : ''}${m}`;
}

export function addMonths(ym: string, n: number): string {
  return monthString(monthIndex(ym) + n);
}

/** Years between two months, to two decimals (for `unmet[].actual`). */
export function yearsBetween(from: string, to: string): number {
  return Math.round(((monthIndex(to) - monthIndex(from)) / 12) * 100) / 100;
}
