// The clause index: every labelled part of every policy text, with its own words and sentences, generated from
// policies/<region>/*.txt by `npm run policies:build` (src/rules/generated/clauses.json). Pure data, no fs.
import CLAUSE_DATA from './generated/clauses.json';

export interface IndexedClause {
  /** The policy id (`chongqing-2020-32`). */
  policy: string;
  /** The clause's label in its text, unique within the policy: `三（一）2`, `附件1 六（一）`, `五、1`, `附件 1 建设`. */
  id: string;
  /** The heading's words where the heading stands apart from the text (`（一）指导思想`). */
  title?: string;
  /** The clause's own words, without its sub-clauses, whitespace removed. */
  text: string;
  /** Its own words cut into sentences (at 。！？). */
  sentences: readonly string[];
  /** Its own words followed by every sub-clause, each with its label as printed (`1.`, `（一）`). */
  fullText: string;
  parent?: string;
  children: readonly string[];
}

interface Raw { id: string; title?: string; text: string; sentences: string[]; parent?: string; marker?: string }

const BY_POLICY = new Map<string, IndexedClause[]>();
const BY_KEY = new Map<string, IndexedClause>();

for (const [policy, raws] of Object.entries(CLAUSE_DATA as Record<string, Raw[]>)) {
  const children = new Map<string, Raw[]>();
  for (const r of raws) if (r.parent) children.set(r.parent, [...(children.get(r.parent) ?? []), r]);
  const full = (r: Raw): string =>
    r.text + (children.get(r.id) ?? []).map((c) => `${c.marker ?? ''}${c.title ?? ''}${full(c)}`).join('');
  const list = raws.map((r): IndexedClause => ({
    policy, id: r.id, ...(r.title ? { title: r.title } : {}), text: r.text, sentences: r.sentences, fullText: full(r),
    ...(r.parent ? { parent: r.parent } : {}), children: (children.get(r.id) ?? []).map((c) => c.id),
  }));
  BY_POLICY.set(policy, list);
  for (const c of list) BY_KEY.set(`${policy}:${c.id}`, c);
}

/** Every clause of a policy, in the order of its text; empty for a policy with no text in the repository. */
export function clausesOf(policy: string): readonly IndexedClause[] {
  return BY_POLICY.get(policy) ?? [];
}

/** One clause by its label (`clause('chongqing-2020-32', '三（一）2')`). */
export function clause(policy: string, id: string): IndexedClause | undefined {
  return BY_KEY.get(`${policy}:${id}`);
}

/** The policies the index holds. */
export function indexedPolicies(): readonly string[] {
  return [...BY_POLICY.keys()];
}

/** Whether `quote` stands word for word in the clause (its heading and full text, whitespace ignored). */
export function quoteInClause(policy: string, id: string, quote: string): boolean {
  const c = clause(policy, id);
  const q = quote.replace(/\s+/g, '');
  return c !== undefined && ((c.title ?? '') + c.fullText).includes(q);
}

/**
 * The most precise clause a quote stands in: the sub-clause holding all of it, else the clause itself
 * (`三（四）` quoting only its item 2 → `三（四）2`). Undefined when the quote is not in the clause.
 */
export function narrowestClause(policy: string, id: string, quote: string): IndexedClause | undefined {
  if (!quoteInClause(policy, id, quote)) return undefined;
  let c = clause(policy, id)!;
  for (;;) {
    const child = c.children.map((k) => clause(policy, k)!).find((k) => quoteInClause(policy, k.id, quote));
    if (!child) return c;
    c = child;
  }
}
