// The clause of a question that asks (重庆的工程师去考技能等级，能领补贴不 → 能领补贴不): the last one with a question
// word. ask() reads it alone when its answer to the whole question is unsure: what is asked comes last, after context.
// A clause that only says where the asker is (…，渝中区的 / 我是大连的 / 人在苏州) is context, never the asking clause.
// Pure; the text only.
import { placesIn } from '../rules/places';

/** Question words and particles, Chinese and English. */
const ASKS = /吗|么|呢|嘛|不$|啥|什么|多少|几|怎么|咋|如何|能否|是否|哪|[?？]|\b(?:can|could|do|does|is|are|what|how|which|will|should)\b/i;

/** What is left of a clause that only says where (我是…的, 人在…, …这边): nothing of a question. */
const WHERE_WORDS = /^(?:我|俺|本人|人)?(?:是|在|住在|人在|来自|身在)?(?:的|这边|那边|这里|那里|这儿|那儿|本地|当地|人|市|区|县|的人|这块)*$/;

/** A clause that names a place and nothing else but where-words. */
export function onlyPlace(clause: string): boolean {
  const hits = placesIn(clause);
  if (!hits.length) return false;
  let rest = clause;
  for (const h of [...hits].reverse()) rest = rest.slice(0, h.start) + rest.slice(h.end);
  return WHERE_WORDS.test(rest.replace(/\s+/g, ''));
}

/** The asking clause when the question has context before it (two clauses or more of 3+ characters); else undefined. */
export function askedClause(text: string): string | undefined {
  const parts = text.split(/[，,。；;！!？?\s]+/u).map((s) => s.trim()).filter((s) => [...s].length >= 3 && !onlyPlace(s));
  if (parts.length < 2) return undefined;
  return [...parts].reverse().find((s) => ASKS.test(s)) ?? parts[parts.length - 1];
}
