// "那明年呢 / 后年 / 大后年 / next year / this year": how many years ahead a follow-up asks about, in one table for the follow-up
// reader (followUps.ts) and the event builder (interpret.ts). Longest word first: 大后年 holds 后年.
export const YEAR_AHEAD: readonly [RegExp, number][] = [
  [/大后年|\bin three years\b|\bthree years from now\b/, 3],
  [/后年|\bin two years\b|\bthe year after(?: next)?\b|\btwo years from now\b/, 2],
  [/明年|\bnext year\b/, 1],
  // (English "this year?": by the end of the current year)
  [/\bthis year\b|\bbefore (?:the )?year'?s? end\b|\bby the end of the year\b/, 0],
];

/** The years ahead a text names (大后年 → 3), if any. */
export function yearsAhead(text: string): number | undefined {
  return YEAR_AHEAD.find(([re]) => re.test(text))?.[1];
}
