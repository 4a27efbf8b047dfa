import { ALL_RULES } from '../src/rules/ruleBook';
import { REGION_CONFIG } from '../src/rules/policies';
import { clause, quoteInClause } from '../src/rules/clauses';
const bad = new Set<string>();
const check = (policy: string, cl: string, quote: string, who: string) => {
  if (!clause(policy, cl)) bad.add(`${who}: no clause ${policy}:${cl}`);
  else if (!quoteInClause(policy, cl, quote)) bad.add(`${who}: quote not in ${policy}:${cl}: ${quote.slice(0, 50)}`);
};
for (const r of ALL_RULES) {
  for (const c of r.citations) check(c.policy, c.clause, c.quote, r.id);
  if (r.kind === 'path') for (const s of r.starts) if (s.kind === 'award') for (const m of s.anyOf) check(r.citations[0].policy, r.citations[0].clause, m.quote, r.id + ' award');
}
for (const c of Object.values(REGION_CONFIG)) if (c.adoption) check(c.adoption.policy, c.adoption.clause, c.adoption.quote, 'adoption');
console.log([...bad].join('\n'));
import { narrowestClause } from '../src/rules/clauses';
const loose = new Set<string>();
for (const r of ALL_RULES) for (const c of r.citations) {
  const n = narrowestClause(c.policy, c.clause, c.quote);
  if (n && n.id !== c.clause) loose.add(`${r.id}: ${c.clause} → ${n.id}`);
}
console.log([...loose].join('\n'));
