// The clause of a question that asks (重庆的工程师去考技能等级，能领补贴不 → 能领补贴不): the last one with a question
// word. ask() reads it alone when its answer to the whole question is unsure: what is asked comes last, after context.
// Pure; the text only.

/** Question words and particles, Chinese and English. */
const ASKS = /吗|么|呢|嘛|不$|啥|什么|多少|几|怎么|咋|如何|能否|是否|哪|[?？]|\b(?:can|could|do|does|is|are|what|how|which|will|should)\b/i;

/** The asking clause when the question has context before it (two clauses or more of 3+ characters); else undefined. */
export function askedClause(text: string): string | undefined {
  const parts = text.split(/[，,。；;！!？?\s]+/u).map((s) => s.trim()).filter((s) => [...s].length >= 3);
  if (parts.length < 2) return undefined;
  return [...parts].reverse().find((s) => ASKS.test(s)) ?? parts[parts.length - 1];
}
