// All rule rows, validated when loaded: a malformed row stops the program with an error naming the row.
import { chongqingRules } from './data/chongqing';
import { liaoningRules } from './data/liaoning';
import { nationalRules } from './data/national';
import { sichuanRules } from './data/sichuan';
import { suzhouRules } from './data/suzhou';
import { REGION_CONFIG, type RegionConfig } from './policies';
import { ruleSchema, type NoteRule, type PathRule, type Rule } from './ruleSchema';
import type { Region } from './vocabulary';

export class RuleBookError extends Error {}

export const ALL_RULES: readonly Rule[] = [...nationalRules, ...chongqingRules, ...sichuanRules, ...liaoningRules, ...suzhouRules];

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
