// policies/<region>/rules.yaml → the engine's rule rows (src/rules/ruleSchema.ts): named fields for a policy expert
// (`years_since: {of: skill, years: 3}`), citations by clause id, resolved here to the words of the clause index.
import { z } from 'zod';
import type { ParsedClause } from './clauseParser';
import { ruleSchema, type Rule } from '../../src/rules/ruleSchema';
import {
  COMPETITION_TIERS, CRITERIA, DIRECTIONS, DOCUMENTS, HONOR_IDS, MEDALS, ROUTES, SERIES, SKILL_LEVELS, TITLE_LEVELS,
} from '../../src/rules/vocabulary';

const label = z.string().min(1);
/** A citation: a clause's own words, some of its sentences (from 1), it with its parts, an excerpt, or a named excerpt. */
const citeSchema = z.union([
  label,
  z.strictObject({ policy: z.string().optional(), clause: label }),
  z.strictObject({ policy: z.string().optional(), clause: label, with_parts: z.literal(true) }),
  z.strictObject({ policy: z.string().optional(), clause: label, sentences: z.union([z.tuple([z.number().int().min(1)]), z.tuple([z.number().int().min(1), z.number().int().min(1)])]) }),
  z.strictObject({ policy: z.string().optional(), clause: label, quote: z.string().min(4) }),
  z.strictObject({ excerpt: label }),
]);
type CiteRef = z.infer<typeof citeSchema>;

const matcherSchema = z.union([
  z.strictObject({ honor: z.array(z.enum(HONOR_IDS)).min(1), cite: citeSchema }),
  z.strictObject({
    competition: z.array(z.enum(COMPETITION_TIERS)).min(1),
    rank_min: z.number().int().min(1).optional(),
    rank_max: z.number().int().min(1).optional(),
    rank_max_by_team_size: z.strictObject({ 2: z.number().int().min(1).optional(), 3: z.number().int().min(1).optional() }).optional(),
    medals: z.array(z.enum(MEDALS)).min(1).optional(),
    medals_as_ranks: z.literal(true).optional(),
    cite: citeSchema,
  }),
]);
const startSchema = z.union([
  z.strictObject({ skill: z.enum(SKILL_LEVELS) }),
  z.strictObject({ title: z.enum(TITLE_LEVELS), series: z.array(z.enum(SERIES)).min(1).optional(), or_qualification: z.enum(['junior', 'intermediate']).optional() }),
  z.strictObject({ award: z.array(matcherSchema).min(1) }),
]);
const conditionSchema = z.union([
  z.enum(['annual_review', 'occupation_standard', 'local_measures', 'annex_occupation']),
  z.strictObject({ years_since: z.strictObject({ of: z.enum(['skill', 'title']), years: z.number().positive() }) }),
  z.strictObject({ work_years: z.number().positive() }),
]);
const pathRow = z.strictObject({
  id: z.string(),
  direction: z.enum(DIRECTIONS),
  route: z.enum(ROUTES),
  from: z.union([startSchema, z.array(startSchema).min(1)]),
  to: z.union([z.enum(SKILL_LEVELS), z.enum(TITLE_LEVELS)]),
  conditions: z.array(conditionSchema),
  series: z.array(z.enum(SERIES)).optional(),
  theory_exam: z.enum(['exempt', 'exempt_with_related_diploma']).optional(),
  criteria: z.array(z.enum(CRITERIA)),
  documents: z.array(z.enum(DOCUMENTS)).min(1),
  cite: z.array(citeSchema).min(1),
});
const noteRow = z.strictObject({ id: z.string(), note: z.string().min(1), when: z.string().min(1), cite: z.array(citeSchema).min(1) });
export const rulesFileSchema = z.strictObject({
  excerpts: z.record(z.string(), citeSchema).optional(),
  rules: z.array(z.unknown()).min(1),
});

export class RulesFileError extends Error {}

const issues = (e: z.ZodError) => e.issues.map((x) => `${x.path.join('.') || '(row)'}: ${x.message}`).join('; ');

/**
 * The rows of one rules.yaml as the engine's rule rows, each validated twice (the file's shape, then the row's);
 * an error names the file, the row and the field.
 */
export function rulesFromFile(
  where: string, data: unknown, ruleSet: string, policy: string, clausesOf: (policy: string) => readonly ParsedClause[] | undefined,
): Rule[] {
  const file = rulesFileSchema.safeParse(data);
  if (!file.success) throw new RulesFileError(`${where}: ${issues(file.error)}`);
  const excerpts = file.data.excerpts ?? {};

  return file.data.rules.map((raw, i) => {
    const id = (raw as { id?: unknown })?.id;
    const row = `${where}: rules[${i}]${typeof id === 'string' ? ` (${id})` : ''}`;
    const fail = (field: string, message: string): never => { throw new RulesFileError(`${row}: ${field}: ${message}`); };

    const resolve = (ref: CiteRef, field: string): { policy: string; clause: string; quote: string } => {
      if (typeof ref === 'object' && 'excerpt' in ref) {
        const named = excerpts[ref.excerpt];
        if (!named) fail(field, `no excerpt named ${ref.excerpt} under excerpts:`);
        return resolve(named, field);
      }
      type Direct = { policy?: string; clause: string; with_parts?: true; sentences?: [number] | [number, number]; quote?: string };
      const r: Direct = typeof ref === 'string' ? { clause: ref } : (ref as Direct);
      const pol = r.policy || policy;
      const clauses = clausesOf(pol) ?? fail(field, `no policy ${pol}`);
      const c = clauses.find((x) => x.id === r.clause) ?? fail(field, `no clause ${r.clause} in ${pol}`);
      const full = (x: ParsedClause): string => x.text + clauses.filter((k) => k.parent === x.id).map((k) => `${k.marker ?? ''}${k.title ?? ''}${full(k)}`).join('');
      let quote = c.text;
      if (r.with_parts) quote = full(c);
      else if (r.sentences) {
        const [a, b = a] = r.sentences;
        if (b < a || b > c.sentences.length) fail(field, `${r.clause} has ${c.sentences.length} sentences`);
        quote = c.sentences.slice(a - 1, b).join('');
      } else if (r.quote !== undefined) {
        quote = r.quote;
        if (!`${c.title ?? ''}${full(c)}`.includes(quote.replace(/\s+/g, ''))) fail(field, `quote not found word for word in ${pol} ${r.clause}: ${quote}`);
      }
      if (!quote) fail(field, `${r.clause} has no words of its own`);
      return { policy: pol, clause: r.clause, quote };
    };

    let rule: unknown;
    if (raw && typeof raw === 'object' && 'note' in raw) {
      const n = noteRow.safeParse(raw);
      if (!n.success) throw new RulesFileError(`${row}: ${issues(n.error)}`);
      rule = { id: n.data.id, kind: 'note', ruleSet, code: n.data.note, when: n.data.when, citations: n.data.cite.map((c, k) => resolve(c, `cite.${k}`)) };
    } else {
      const p = pathRow.safeParse(raw);
      if (!p.success) throw new RulesFileError(`${row}: ${issues(p.error)}`);
      const r = p.data;
      const citations = r.cite.map((c, k) => resolve(c, `cite.${k}`));
      const from = Array.isArray(r.from) ? r.from : [r.from];
      const starts = from.map((s, k) => {
        if ('skill' in s) return { kind: 'skill', level: s.skill };
        if ('title' in s) return { kind: 'title', level: s.title, ...(s.series ? { series: s.series } : {}), ...(s.or_qualification ? { orQualification: s.or_qualification } : {}) };
        return {
          kind: 'award',
          anyOf: s.award.map((m, j) => {
            const { policy: _p, clause, quote } = resolve(m.cite, `from.${k}.award.${j}.cite`);
            if ('honor' in m) return { type: 'honor', ids: m.honor, quote, clause };
            return {
              type: 'competition', tiers: m.competition,
              ...(m.rank_min !== undefined ? { rankMin: m.rank_min } : {}),
              ...(m.rank_max !== undefined ? { rankMax: m.rank_max } : {}),
              ...(m.rank_max_by_team_size ? { rankMaxByTeamSize: m.rank_max_by_team_size } : {}),
              ...(m.medals ? { medals: m.medals } : {}),
              ...(m.medals_as_ranks ? { medalsAsRanks: true } : {}),
              quote, clause,
            };
          }),
        };
      });
      const conditions = r.conditions.map((c, k) => {
        if (typeof c === 'string') return { type: c };
        if ('work_years' in c) return { type: 'work_years', years: c.work_years };
        const start = starts.findIndex((s) => s.kind === c.years_since.of);
        if (start < 0) fail(`conditions.${k}.years_since.of`, `the row starts from no ${c.years_since.of}`);
        return { type: 'years_since', start, years: c.years_since.years };
      });
      rule = {
        id: r.id, kind: 'path', ruleSet, direction: r.direction, route: r.route, starts, target: r.to, conditions,
        ...(r.series ? { series: r.series } : {}), ...(r.theory_exam ? { theoryExam: r.theory_exam } : {}),
        criteria: r.criteria, documents: r.documents, citations,
      };
    }
    const checked = ruleSchema.safeParse(rule);
    if (!checked.success) throw new RulesFileError(`${row}: ${issues(checked.error)}`);
    return checked.data;
  });
}
