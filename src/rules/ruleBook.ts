// All rule rows, from policies/<region>/rules.yaml (src/rules/generated/rules.json, by `npm run policies:build`),
// validated again when loaded: a malformed row stops the program with an error naming the row.
import RULE_ROWS from './generated/rules.json';
import { POLICIES, REGION_CONFIG, type RegionConfig } from './policies';
import { ruleSchema, type NoteRule, type PathRule, type Rule } from './ruleSchema';
import type { Region } from './vocabulary';

export class RuleBookError extends Error {}

export const ALL_RULES: readonly Rule[] = RULE_ROWS as unknown as Rule[];

export interface RuleBook { paths: readonly PathRule[]; notes: readonly NoteRule[] }

/** Validates rows and groups them by rule set. Throws a RuleBookError naming the first bad row. */
export function loadRuleBook(rows: readonly unknown[]): Record<RegionConfig['ruleSet'], RuleBook> {
  const books: Record<string, { paths: PathRule[]; notes: NoteRule[] }> = {};
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const r = ruleSchema.safeParse(row);
    const id = (row as { id?: unknown })?.id;
    const name = typeof id === 'string' ? id : `#${i}`;
    if (!r.success) {
      const why = r.error.issues.map((x) => `${x.path.join('.') || '(row)'}: ${x.message}`).join('; ');
      throw new RuleBookError(`rule ${name} is malformed: ${why}`);
    }
    if (seen.has(r.data.id)) throw new RuleBookError(`rule ${name} is defined twice`);
    const unknown = r.data.citations.find((c) => !POLICIES[c.policy]);
    if (unknown) throw new RuleBookError(`rule ${name} cites an unknown policy ${unknown.policy}`);
    seen.add(r.data.id);
    const book = (books[r.data.ruleSet] ??= { paths: [], notes: [] });
    if (r.data.kind === 'path') book.paths.push(r.data);
    else book.notes.push(r.data);
  });
  return books as Record<RegionConfig['ruleSet'], RuleBook>;
}

const BOOKS = loadRuleBook(ALL_RULES);

/** The rule rows that apply in a region (Jiangxi: 96号's rows, ruling 9). */
export function rulesFor(region: Region): RuleBook {
  return BOOKS[REGION_CONFIG[region].ruleSet];
}
