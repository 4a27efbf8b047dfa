// The engine's input, validated with zod. Errors name the field path and what was expected.
import { z } from 'zod';
import {
  COMPETITION_TIERS, HONOR_IDS, MEDALS, REGIONS, SERIES, SKILL_LEVELS, TECH_SCHOOL_CLASSES, TITLE_LEVELS,
} from './vocabulary';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
const month = z.string().regex(MONTH, { message: 'expected a month as YYYY-MM (or a date YYYY-MM-DD)' })
  .transform((s) => s.slice(0, 7));

export const skillSchema = z.strictObject({
  level: z.enum(SKILL_LEVELS),
  since: month.optional(),
  occupation: z.string().max(100).optional(),
});

export const titleSchema = z.strictObject({
  level: z.enum(TITLE_LEVELS),
  since: month.optional(),
  series: z.enum(SERIES).default('engineering'),
  specialty: z.string().max(100).optional(),
});

export const honorSchema = z.strictObject({ type: z.literal('honor'), id: z.enum(HONOR_IDS) });
export const competitionSchema = z.strictObject({
  type: z.literal('competition'),
  tier: z.enum(COMPETITION_TIERS),
  rank: z.number().int().min(1).max(1000).optional(),
  medal: z.enum(MEDALS).optional(),
  teamSize: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(1),
});
export const awardSchema = z.discriminatedUnion('type', [honorSchema, competitionSchema]);

export const profileSchema = z.strictObject({
  region: z.enum(REGIONS),
  /** The place the person named, when it is not one of the regions (the answer then says it used the national baseline). */
  place: z.string().max(100).optional(),
  asOf: month.optional(),
  skills: z.array(skillSchema).max(20).default([]),
  titles: z.array(titleSchema).max(20).default([]),
  workYears: z.number().min(0).max(80).optional(),
  annualReviewsPassed: z.boolean().optional(),
  awards: z.array(awardSchema).max(50).default([]),
  relatedDiploma: z.boolean().optional(),
  techSchoolClass: z.enum(TECH_SCHOOL_CLASSES).optional(),
});

export type ProfileInput = z.input<typeof profileSchema>;
export type Profile = z.output<typeof profileSchema>;
export type Skill = z.output<typeof skillSchema>;
export type Title = z.output<typeof titleSchema>;
export type Award = z.output<typeof awardSchema>;
export type Honor = z.output<typeof honorSchema>;
export type Competition = z.output<typeof competitionSchema>;

export interface FieldIssue { path: string; message: string }
export class ProfileError extends Error {
  readonly issues: FieldIssue[];
  constructor(issues: FieldIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('; '));
    this.name = 'ProfileError';
    this.issues = issues;
  }
}

/** `skills[0].since`-style path of a zod issue. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(profile)';
}

export function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
}

/** Parses a profile or throws a ProfileError naming every bad field. */
export function parseProfile(input: unknown): Profile {
  const r = profileSchema.safeParse(input);
  if (!r.success) throw new ProfileError(zodIssues(r.error));
  return r.data;
}
