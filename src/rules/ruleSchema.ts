// The shape of a rule row, validated with zod when the rules load: a malformed row stops the program
// with an error that names the row.
import { z } from 'zod';
import { POLICY_IDS, type PolicyId } from './policies';
import {
  COMPETITION_TIERS, CRITERIA, DIRECTIONS, DOCUMENTS, HONOR_IDS, MEDALS, REGIONS, ROUTES, SERIES, SKILL_LEVELS,
  TITLE_LEVELS,
} from './vocabulary';

const policyId = z.enum(POLICY_IDS as [PolicyId, ...PolicyId[]]);

export const citationRefSchema = z.strictObject({
  policy: policyId,
  clause: z.string().min(1),
  quote: z.string().min(4),
});

/** A way to hold an award that opens a green channel; `quote` is the item of the clause that names it. */
export const awardMatcherSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('honor'), ids: z.array(z.enum(HONOR_IDS)).min(1), quote: z.string().min(4),
    /** The clause the quote stands in, when not the path's first citation's (辽 三（四）2). */
    clause: z.string().min(1).optional(),
  }),
  z.strictObject({
    type: z.literal('competition'),
    tiers: z.array(z.enum(COMPETITION_TIERS)).min(1),
    /** Ranks that count, 1 = first; `rankMaxByTeamSize` overrides rankMax for team events. */
    rankMin: z.number().int().min(1).optional(),
    rankMax: z.number().int().min(1).optional(),
    rankMaxByTeamSize: z.strictObject({ 2: z.number().int().min(1).optional(), 3: z.number().int().min(1).optional() }).optional(),
    medals: z.array(z.enum(MEDALS)).min(1).optional(),
    /** The text says 奖牌 and the profile gives a rank: ranks 1–3 count as medals (ruling 8), and the answer says so. */
    medalsAsRanks: z.literal(true).optional(),
    quote: z.string().min(4),
    clause: z.string().min(1).optional(),
  }),
]);

export const startSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('skill'), level: z.enum(SKILL_LEVELS) }),
  z.strictObject({ kind: z.literal('title'), level: z.enum(TITLE_LEVELS), series: z.array(z.enum(SERIES)).min(1).optional() }),
  z.strictObject({ kind: z.literal('award'), anyOf: z.array(awardMatcherSchema).min(1) }),
]);

export const conditionSchema = z.discriminatedUnion('type', [
  /** Full years since the `start`-th starting point was obtained (ruling 1). */
  z.strictObject({ type: z.literal('years_since'), start: z.number().int().min(0), years: z.number().positive() }),
  /** Cumulative years of work (累计), counted from now if short (ruling 1). */
  z.strictObject({ type: z.literal('work_years'), years: z.number().positive() }),
  /** 近3年年度考核合格 (ruling 4). */
  z.strictObject({ type: z.literal('annual_review') }),
  /** "累计工作年限达到相应职业（工种）申报条件": the occupation's national skill standard decides (ruling 7). */
  z.strictObject({ type: z.literal('occupation_standard') }),
  /** The level is left to local measures (ruling 6). */
  z.strictObject({ type: z.literal('local_measures') }),
  /** 苏州: the certificate's occupation should be one the annex lists for an engineering specialty. */
  z.strictObject({ type: z.literal('annex_occupation') }),
]);

export const pathRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z]+\.[a-z0-9_.]+$/),
  kind: z.literal('path'),
  ruleSet: z.enum(['national', 'chongqing', 'sichuan', 'liaoning', 'suzhou']),
  direction: z.enum(DIRECTIONS),
  route: z.enum(ROUTES),
  /** Every starting point must be held (a skill level, a title level, an award). */
  starts: z.array(startSchema).min(1),
  target: z.union([z.enum(SKILL_LEVELS), z.enum(TITLE_LEVELS)]),
  conditions: z.array(conditionSchema),
  /** Title series the path opens (skill → title). */
  series: z.array(z.enum(SERIES)).optional(),
  /** Theory exam on title → skill paths: exempt always, or with a related diploma. */
  theoryExam: z.enum(['exempt', 'exempt_with_related_diploma']).optional(),
  criteria: z.array(z.enum(CRITERIA)),
  documents: z.array(z.enum(DOCUMENTS)).min(1),
  citations: z.array(citationRefSchema).min(1),
}).superRefine((r, ctx) => {
  const skillTarget = (SKILL_LEVELS as readonly string[]).includes(r.target);
  if ((r.direction === 'title_to_skill') !== skillTarget) {
    ctx.addIssue({ code: 'custom', path: ['target'], message: `target ${r.target} does not fit direction ${r.direction}` });
  }
  for (const c of r.conditions) {
    if (c.type === 'years_since' && (c.start >= r.starts.length || r.starts[c.start].kind === 'award')) {
      ctx.addIssue({ code: 'custom', path: ['conditions'], message: 'years_since must point at a skill or title start' });
    }
  }
});

/** When a note applies. */
export const noteWhenSchema = z.union([
  z.enum(['always', 'any_path', 'skill_to_title_path', 'title_to_skill_path', 'tech_school', 'holds_skill', 'holds_junior_title_only']),
  z.templateLiteral(['has_award:', z.enum(HONOR_IDS)]),
]);

export const noteRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z]+\.[a-z0-9_.]+$/),
  kind: z.literal('note'),
  ruleSet: z.enum(['national', 'chongqing', 'sichuan', 'liaoning', 'suzhou']),
  code: z.string().min(1),
  when: noteWhenSchema,
  citations: z.array(citationRefSchema).min(1),
});

export const ruleSchema = z.discriminatedUnion('kind', [pathRuleSchema, noteRuleSchema]);

export type CitationRef = z.infer<typeof citationRefSchema>;
export type AwardMatcher = z.infer<typeof awardMatcherSchema>;
export type Start = z.infer<typeof startSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type PathRule = z.infer<typeof pathRuleSchema>;
export type NoteRule = z.infer<typeof noteRuleSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type NoteWhen = z.infer<typeof noteWhenSchema>;

// Re-exported so data files need one import.
export { REGIONS };
