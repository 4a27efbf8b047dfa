// policies/<region>/cases.yaml: cases as data, OpenFisca style (name, asOf, input, what the answer must hold), run
// against the engine by the test suite and by `npm run policies:check`. Returns what is wrong, in words.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { z } from 'zod';
import type { EligibilityResult, Path } from '../../src/rules/result';

const ym = z.string().regex(/^\d{4}-\d{2}$/, 'expected YYYY-MM (quote it if YAML reads it as a date)');
const pathExpect = z.strictObject({
  ruleId: z.string().optional(),
  to: z.string().optional(),
  route: z.string().optional(),
  status: z.enum(['eligible', 'not_yet', 'unmet', 'conditional']).optional(),
  eligibleFrom: ym.optional(),
  theoryExamExempt: z.boolean().optional(),
  /** A clause the path must cite. */
  clause: z.string().optional(),
});
export const caseSchema = z.strictObject({
  name: z.string().min(1),
  asOf: ym,
  input: z.record(z.string(), z.unknown()),
  expect: z.strictObject({
    best: z.strictObject({ skill_to_title: z.string().nullable().optional(), title_to_skill: z.string().nullable().optional() }).optional(),
    paths: z.array(pathExpect).optional(),
    absent: z.array(z.string()).optional(),
    notes: z.array(z.string()).optional(),
  }),
});
export type PolicyCase = z.infer<typeof caseSchema>;

/** The cases of every region (or one), with the file they are in; throws naming the file and case on a bad one. */
export function loadCases(root: string, only?: string): { region: string; file: string; cases: PolicyCase[] }[] {
  const dir = join(root, 'policies');
  return readdirSync(dir).filter((r) => (!only || r === only) && existsSync(join(dir, r, 'cases.yaml'))).sort().map((region) => {
    const file = `policies/${region}/cases.yaml`;
    const data = load(readFileSync(join(root, file), 'utf8'));
    if (!Array.isArray(data)) throw new Error(`${file}: expected a list of cases`);
    const cases = data.map((c, i) => {
      const r = caseSchema.safeParse(c);
      if (!r.success) throw new Error(`${file}: case ${i + 1}: ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
      return r.data;
    });
    return { region, file, cases };
  });
}

const describePath = (p: Path) => `${p.ruleId} (${p.target}, ${p.route}, ${p.status})`;

/** What is wrong with the answer for a case; [] when it holds. */
export function checkCase(c: PolicyCase, r: EligibilityResult): string[] {
  const wrong: string[] = [];
  const e = c.expect;
  for (const [dir, want] of Object.entries(e.best ?? {})) {
    const got = r.best[dir as keyof EligibilityResult['best']];
    if (got !== want) wrong.push(`best.${dir}: expected ${want}, got ${got}`);
  }
  if (e.paths && e.paths.length === 0 && r.paths.length) wrong.push(`expected no path, got ${r.paths.map(describePath).join('; ')}`);
  for (const want of e.paths ?? []) {
    const p = r.paths.find((x) => (!want.ruleId || x.ruleId === want.ruleId) && (!want.to || x.target === want.to) && (!want.route || x.route === want.route));
    const label = want.ruleId ?? `${want.to} ${want.route ?? ''}`.trim();
    if (!p) { wrong.push(`no path ${label}; paths: ${r.paths.map(describePath).join('; ') || 'none'}`); continue; }
    if (want.status && p.status !== want.status) wrong.push(`${label}: status ${p.status}, expected ${want.status}`);
    if (want.eligibleFrom && p.eligibleFrom !== want.eligibleFrom) wrong.push(`${label}: eligibleFrom ${p.eligibleFrom}, expected ${want.eligibleFrom}`);
    if (want.theoryExamExempt !== undefined && p.theoryExamExempt !== want.theoryExamExempt) wrong.push(`${label}: theoryExamExempt ${p.theoryExamExempt}`);
    if (want.clause && !p.citations.some((x) => x.clause === want.clause)) wrong.push(`${label}: does not cite ${want.clause} (cites ${p.citations.map((x) => x.clause).join(', ')})`);
  }
  for (const target of e.absent ?? []) {
    const p = r.paths.find((x) => x.target === target);
    if (p) wrong.push(`expected no path to ${target}, got ${describePath(p)}`);
  }
  for (const code of e.notes ?? []) if (!r.notes.some((n) => n.code === code)) wrong.push(`no note ${code}; notes: ${r.notes.map((n) => n.code).join(', ')}`);
  return wrong;
}
