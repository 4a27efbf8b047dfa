// The scripted interview every load generator sends: a Chongqing technician, answered in 7 messages. A conversation
// starts with 你好; each further round starts with 重新开始 (the bot's own restart command) and runs the same script.
export const FIRST = '你好';
export const AGAIN = '重新开始';
export const ANSWERS = ['重庆', '技师', '2021年6月', '没有', '没有', '都合格'] as const;

/** The n-th message (0-based) of a conversation that loops the interview. */
export function scriptMessage(n: number): string {
  const len = ANSWERS.length + 1;
  const i = n % len;
  if (i === 0) return n === 0 ? FIRST : AGAIN;
  return ANSWERS[i - 1];
}

/** Whether the n-th message is the one that gets the answer (the engine's result). */
export const isAnswerMessage = (n: number): boolean => n % (ANSWERS.length + 1) === ANSWERS.length;

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const round1 = (x: number): number => Math.round(x * 10) / 10;
export const round2 = (x: number): number => Math.round(x * 100) / 100;
export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
