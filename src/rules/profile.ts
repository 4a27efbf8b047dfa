// The engine's input, validated with zod. Errors name the field path and what was expected.
import { z } from 'zod';
import {
  COMPETITION_TIERS, HONOR_IDS, MEDALS, REGIONS, SERIES, SKILL_LEVELS, TECH_SCHOOL_CLASSES, TITLE_LEVELS,
} from './vocabulary';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
/** A YYYY-MM-DD whose day exists in its month (2020-02-30 does not). */
const realDay = (s: string): boolean => {
  if (s.length === 7) return true;
  const [y, m, d] = s.split('-').map(Number);
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
};
const month = z.string().regex(MONTH, { message: 'expected a month as YYYY-MM (or a date YYYY-MM-DD)' })
  .refine(realDay, { message: 'no such day: expected a real date YYYY-MM-DD (or a month YYYY-MM)' })
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

// A fast check for the common case of a well-formed profile (the dialog evaluates several per message). It accepts
// only what profileSchema accepts and returns what parseProfile would; anything else — a bad field, an unusual shape,
// a date with a day — gets undefined, and the caller falls back to parseProfile (its errors stay zod's).
const SIMPLE_MONTH = /^\d{4}-(?:0[1-9]|1[0-2])$/;
const IN = <T extends string>(list: readonly T[]) => { const s = new Set<string>(list); return (v: unknown): v is T => typeof v === 'string' && s.has(v); };
const isRegion = IN(REGIONS);
const isSkillLevel = IN(SKILL_LEVELS);
const isTitleLevel = IN(TITLE_LEVELS);
const isSeries = IN(SERIES);
const isHonor = IN(HONOR_IDS);
const isTier = IN(COMPETITION_TIERS);
const isMedal = IN(MEDALS);
const isTechSchool = IN(TECH_SCHOOL_CLASSES);
const PROFILE_KEYS = new Set(['region', 'place', 'asOf', 'skills', 'titles', 'workYears', 'annualReviewsPassed', 'awards', 'relatedDiploma', 'techSchoolClass']);
const SKILL_KEYS = new Set(['level', 'since', 'occupation']);
const TITLE_KEYS = new Set(['level', 'since', 'series', 'specialty']);
const HONOR_KEYS = new Set(['type', 'id']);
const COMPETITION_KEYS = new Set(['type', 'tier', 'rank', 'medal', 'teamSize']);

type Plain = Record<string, unknown>;
function plain(v: unknown, keys: ReadonlySet<string>): v is Plain {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const k of Object.keys(v)) if (!keys.has(k)) return false;
  return true;
}
const optMonth = (v: unknown) => v === undefined || (typeof v === 'string' && SIMPLE_MONTH.test(v));
const optText = (v: unknown) => v === undefined || (typeof v === 'string' && v.length <= 100);
const optBool = (v: unknown) => v === undefined || typeof v === 'boolean';
const list = (v: unknown, max: number): v is unknown[] | undefined => v === undefined || (Array.isArray(v) && v.length <= max);

/** The profile parseProfile would return, when `input` is plainly valid; undefined when unsure. */
export function fastProfile(input: unknown): Profile | undefined {
  if (!plain(input, PROFILE_KEYS)) return undefined;
  const { region, place, asOf, skills, titles, workYears, annualReviewsPassed, awards, relatedDiploma, techSchoolClass } = input;
  if (!isRegion(region) || !optText(place) || !optMonth(asOf) || !optBool(annualReviewsPassed) || !optBool(relatedDiploma)) return undefined;
  if (workYears !== undefined && !(typeof workYears === 'number' && Number.isFinite(workYears) && workYears >= 0 && workYears <= 80)) return undefined;
  if (techSchoolClass !== undefined && !isTechSchool(techSchoolClass)) return undefined;
  if (!list(skills, 20) || !list(titles, 20) || !list(awards, 50)) return undefined;
  const outSkills: Skill[] = [];
  for (const s of skills ?? []) {
    if (!plain(s, SKILL_KEYS) || !isSkillLevel(s.level) || !optMonth(s.since) || !optText(s.occupation)) return undefined;
    outSkills.push({ level: s.level, ...(s.since !== undefined ? { since: s.since as string } : {}), ...(s.occupation !== undefined ? { occupation: s.occupation as string } : {}) });
  }
  const outTitles: Title[] = [];
  for (const x of titles ?? []) {
    if (!plain(x, TITLE_KEYS) || !isTitleLevel(x.level) || !optMonth(x.since) || !optText(x.specialty)) return undefined;
    if (x.series !== undefined && !isSeries(x.series)) return undefined;
    outTitles.push({
      level: x.level, series: x.series ?? 'engineering',
      ...(x.since !== undefined ? { since: x.since as string } : {}), ...(x.specialty !== undefined ? { specialty: x.specialty as string } : {}),
    });
  }
  const outAwards: Award[] = [];
  for (const a of awards ?? []) {
    if (typeof a !== 'object' || a === null) return undefined;
    const type = (a as Plain).type;
    if (type === 'honor') {
      if (!plain(a, HONOR_KEYS) || !isHonor(a.id)) return undefined;
      outAwards.push({ type: 'honor', id: a.id });
    } else if (type === 'competition') {
      if (!plain(a, COMPETITION_KEYS) || !isTier(a.tier)) return undefined;
      const { rank, medal, teamSize } = a;
      if (rank !== undefined && !(typeof rank === 'number' && Number.isSafeInteger(rank) && rank >= 1 && rank <= 1000)) return undefined;
      if (medal !== undefined && !isMedal(medal)) return undefined;
      if (teamSize !== undefined && teamSize !== 1 && teamSize !== 2 && teamSize !== 3) return undefined;
      outAwards.push({
        type: 'competition', tier: a.tier, teamSize: (teamSize ?? 1) as 1 | 2 | 3,
        ...(rank !== undefined ? { rank: rank as number } : {}), ...(medal !== undefined ? { medal } : {}),
      });
    } else return undefined;
  }
  return {
    region,
    ...(place !== undefined ? { place: place as string } : {}),
    ...(asOf !== undefined ? { asOf: asOf as string } : {}),
    skills: outSkills, titles: outTitles, awards: outAwards,
    ...(workYears !== undefined ? { workYears } : {}),
    ...(annualReviewsPassed !== undefined ? { annualReviewsPassed: annualReviewsPassed as boolean } : {}),
    ...(relatedDiploma !== undefined ? { relatedDiploma: relatedDiploma as boolean } : {}),
    ...(techSchoolClass !== undefined ? { techSchoolClass } : {}),
  };
}

/** parseProfile, by the fast check when it suffices: the same profile, or the same ProfileError. */
export function validProfile(input: unknown): Profile {
  return fastProfile(input) ?? parseProfile(input);
}
