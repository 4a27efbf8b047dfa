// evaluate(profile, { asOf }): the rule rows of the person's region, applied to what they hold, with domain.md's
// rulings. Pure, general (no region is special-cased here) and small: the policies live in ./data.
import type { Locale } from './locale';
import { addMonths, monthIndex, monthString, yearsBetween } from './months';
import { POLICIES, POLICY_META, REGION_CONFIG, type PolicyId } from './policies';
import { ProfileError, validProfile, type Award, type Profile } from './profile';
import type { Citation, EligibilityResult, Note, OpenCondition, Path, Unmet } from './result';
import { regionForPlace } from './places';
import { specialtyForOccupation } from './data/suzhouAnnex';
import { rulesFor } from './ruleBook';
import { ruleText } from './texts';
import type { AwardMatcher, CitationRef, NoteRule, PathRule, Start } from './ruleSchema';
import {
  DIRECTIONS, ROUTES, skillRank, titleRank, type DocumentCode, type Series, type SkillLevel, type TitleLevel,
} from './vocabulary';

export interface EvaluateOptions {
  /** The month the answer is for (`YYYY-MM`), when the profile has no `asOf`. The clock stays outside. */
  asOf?: string;
  /** Language of `conditions[].text`; zh-CN by default. */
  locale?: Locale;
}

const cite = (c: CitationRef): Citation => ({ policy: c.policy, docNo: POLICIES[c.policy].docNo, clause: c.clause, quote: c.quote });
const citedCache = new WeakMap<object, Citation[]>();
/** A rule's citations with their document numbers, built once per rule. */
function cited(rule: { citations: CitationRef[] }): Citation[] {
  let c = citedCache.get(rule);
  if (!c) citedCache.set(rule, (c = rule.citations.map(cite)));
  return c;
}

/** Validates the profile, then evaluates it. Throws ProfileError naming the field. */
export function evaluate(input: unknown, opts: EvaluateOptions = {}): EligibilityResult {
  return evaluateProfile(validProfile(input), opts);
}

/** A starting point held: since when, whether only a higher level implies it, and the certificate's occupation. */
interface Held { since?: string; inferred: boolean; occupation?: string }
/** A quote of an award's clause, and the clause (when not the path's first citation's). */
interface AwardQuote { quote: string; clause?: string }
type AwardMatch = {
  matched: string[]; quotes: AwardQuote[]; unknownRank: boolean;
  /** Ruling 8 applied: a rank read as a medal (奖牌 = ranks 1–3), or a team event's own rank limit. */
  medalRanks?: AwardQuote; teamRanks?: AwardQuote;
};

function holdsSkill(p: Profile, level: SkillLevel): Held | undefined {
  const r = skillRank(level);
  let since: string | undefined;
  let held = false;
  let exact = false;
  // The certificate the start rests on: the earliest dated one at or above the level, else the exact one, else any.
  let basis: Profile['skills'][number] | undefined;
  for (const s of p.skills) {
    if (skillRank(s.level) < r) continue;
    held = true;
    if (s.level === level) exact = true;
    if (s.since && (!since || s.since < since)) { since = s.since; basis = s; }
  }
  basis ??= p.skills.find((s) => s.level === level) ?? p.skills.find((s) => skillRank(s.level) >= r);
  return held ? { since, inferred: !exact, ...(basis?.occupation ? { occupation: basis.occupation } : {}) } : undefined;
}

function holdsTitle(p: Profile, level: TitleLevel, series?: readonly Series[]): Held | undefined {
  const r = titleRank(level);
  let since: string | undefined;
  let held = false;
  let exact = false;
  for (const x of p.titles) {
    if (titleRank(x.level) < r || (series && !series.includes(x.series))) continue;
    held = true;
    if (x.level === level) exact = true;
    if (x.since && (!since || x.since < since)) since = x.since;
  }
  return held ? { since, inferred: !exact && level !== 'junior' } : undefined;
}

const awardLabel = (a: Award) => a.type === 'honor' ? `honor:${a.id}`
  : `competition:${a.tier}:${a.medal ?? (a.rank !== undefined ? `rank${a.rank}` : 'rank?')}${a.teamSize > 1 ? `:team${a.teamSize}` : ''}`;

/** 'yes' with what matched, 'unknown' when only a missing rank or medal stands in the way, or undefined. */
function matchAwards(p: Profile, anyOf: readonly AwardMatcher[]): AwardMatch | undefined {
  const out: AwardMatch = { matched: [], quotes: [], unknownRank: false };
  let unknown = false;
  for (const a of p.awards) {
    for (const m of anyOf) {
      let hit: boolean | 'unknown' = false;
      if (m.type === 'honor') hit = a.type === 'honor' && m.ids.includes(a.id);
      else if (a.type === 'competition' && m.tiers.includes(a.tier)) {
        if (m.medals) hit = a.medal ? m.medals.includes(a.medal) : 'unknown';
        else if (a.rank === undefined) hit = a.medal ? false : 'unknown';
        else {
          const max = (a.teamSize === 2 || a.teamSize === 3 ? m.rankMaxByTeamSize?.[a.teamSize] : undefined) ?? m.rankMax ?? Infinity;
          hit = a.rank >= (m.rankMin ?? 1) && a.rank <= max;
        }
      }
      if (hit === true) {
        const label = awardLabel(a);
        const q: AwardQuote = { quote: m.quote, ...(m.clause ? { clause: m.clause } : {}) };
        if (!out.matched.includes(label)) out.matched.push(label);
        if (!out.quotes.some((x) => x.quote === m.quote)) out.quotes.push(q);
        if (m.type === 'competition' && a.type === 'competition' && a.rank !== undefined) {
          if (m.medalsAsRanks) out.medalRanks ??= q;
          if ((a.teamSize === 2 || a.teamSize === 3) && m.rankMaxByTeamSize?.[a.teamSize] !== undefined) out.teamRanks ??= q;
        }
      } else if (hit === 'unknown') unknown = true;
    }
  }
  if (out.matched.length) return out;
  return unknown ? { ...out, unknownRank: true } : undefined;
}

interface Evaluated { path: Path; inferred: boolean; award?: AwardMatch }

/** A condition left open, in words. (Module-level helpers rather than closures: the dialog evaluates often.) */
function open(conditions: OpenCondition[], locale: Locale, code: string, vars?: Record<string, unknown>): void {
  conditions.push({ code, text: ruleText(locale, `condition.${code}`, vars) });
}

function evaluateRule(rule: PathRule, p: Profile, asOf: string, locale: Locale, extra: Citation[]): Evaluated | undefined {
  if (rule.direction === 'skill_to_title') {
    if (p.titles.some((x) => titleRank(x.level) >= titleRank(rule.target as TitleLevel))) return undefined;
  } else if (p.skills.some((s) => skillRank(s.level) >= skillRank(rule.target as SkillLevel))) return undefined;

  const starts: (Held | undefined)[] = [];
  let award: AwardMatch | undefined;
  let inferred = false;
  for (const s of rule.starts as Start[]) {
    if (s.kind === 'award') {
      award = matchAwards(p, s.anyOf);
      if (!award) return undefined;
      starts.push(undefined);
    } else {
      const h = s.kind === 'skill' ? holdsSkill(p, s.level) : holdsTitle(p, s.level, s.series);
      if (!h) return undefined;
      inferred ||= h.inferred;
      starts.push(h);
    }
  }

  const unmet: Unmet[] = [];
  const conditions: OpenCondition[] = [];
  let hard = false;
  let timeShort = false;
  let timeKnown = true;
  let hasTime = false;
  let latest = -Infinity;
  const now = monthIndex(asOf);

  for (const c of rule.conditions) {
    switch (c.type) {
      case 'years_since': {
        hasTime = true;
        const since = starts[c.start]?.since;
        const kind = rule.starts[c.start].kind;
        if (!since) { timeKnown = false; open(conditions, locale, kind === 'skill' ? 'skill_since_unknown' : 'title_since_unknown'); break; }
        const from = monthIndex(since) + Math.round(c.years * 12);
        latest = Math.max(latest, from);
        if (from > now) {
          timeShort = true;
          unmet.push({ code: kind === 'skill' ? 'years_since_skill' : 'years_since_title', required: c.years, actual: yearsBetween(since, asOf) });
        }
        break;
      }
      case 'work_years': {
        hasTime = true;
        if (p.workYears === undefined) { timeKnown = false; open(conditions, locale, 'work_years_unknown', { years: c.years }); break; }
        const diffMonths = Math.round((c.years - p.workYears) * 12 * 1000) / 1000;
        if (diffMonths > 0) {
          timeShort = true;
          latest = Math.max(latest, now + Math.ceil(diffMonths));
          unmet.push({ code: 'work_years', required: c.years, actual: p.workYears });
        } else latest = Math.max(latest, now + Math.ceil(diffMonths));
        break;
      }
      case 'annual_review':
        if (p.annualReviewsPassed === false) { hard = true; unmet.push({ code: 'annual_review', required: true, actual: false }); }
        else if (p.annualReviewsPassed === undefined) open(conditions, locale, 'annual_review_unknown');
        break;
      case 'occupation_standard': {
        // The occupation of the certificate the path rests on (an upgrade); on a title's path, the person's trade.
        const skillStart = rule.starts.findIndex((x) => x.kind === 'skill');
        const occupation = skillStart >= 0 ? starts[skillStart]?.occupation : p.skills.find((s) => s.occupation)?.occupation;
        open(conditions, locale, occupation ? 'occupation_standard_named' : 'occupation_standard', { occupation });
        break;
      }
      case 'local_measures':
        open(conditions, locale, 'local_measures');
        break;
      case 'annex_occupation': {
        // 苏人保职〔2019〕28号 附件 lists the occupations of each title specialty: an occupation it does not list
        // (厨师) may have no engineering specialty at all, which the review office decides.
        const occupation = starts.find((h) => h?.occupation)?.occupation;
        if (occupation && !specialtyForOccupation(occupation)) open(conditions, locale, 'occupation_not_in_annex', { occupation });
        break;
      }
    }
  }
  if (award?.unknownRank) open(conditions, locale, 'award_rank_unknown');

  let eligibleFrom: string | undefined;
  if (hasTime && timeKnown) {
    // A path cannot open before its starting point was obtained.
    for (const h of starts) if (h?.since) latest = Math.max(latest, monthIndex(h.since));
    eligibleFrom = monthString(latest);
  }
  const status = hard ? 'unmet' : timeShort ? 'not_yet' : conditions.length ? 'conditional' : 'eligible';

  const documents: DocumentCode[] = [...rule.documents];
  let theoryExamExempt: boolean | undefined;
  if (rule.direction === 'title_to_skill') {
    theoryExamExempt = rule.theoryExam === 'exempt' || (rule.theoryExam === 'exempt_with_related_diploma' && p.relatedDiploma === true);
    if (theoryExamExempt && rule.theoryExam === 'exempt_with_related_diploma') documents.push('related_diploma');
  }
  const citations = [...cited(rule)];
  if (award) {
    for (const q of award.quotes) {
      if (!citations.some((c) => c.quote === q.quote)) citations.splice(1, 0, cite({ policy: rule.citations[0].policy, clause: q.clause ?? rule.citations[0].clause, quote: q.quote }));
    }
  }
  citations.push(...extra);

  const path: Path = {
    direction: rule.direction, target: rule.target, route: rule.route, status,
    ...(eligibleFrom ? { eligibleFrom } : {}),
    unmet, conditions,
    ...(rule.series ? { series: rule.series } : {}),
    ...(theoryExamExempt !== undefined ? { theoryExamExempt } : {}),
    citations, documents, criteria: rule.criteria, ruleId: rule.id,
    ...(award?.matched.length ? { matchedAwards: award.matched } : {}),
  };
  return { path, inferred, ...(award ? { award } : {}) };
}

function noteApplies(n: NoteRule, p: Profile, paths: readonly Path[]): boolean {
  switch (n.when) {
    case 'always': return true;
    case 'any_path': return paths.length > 0;
    case 'skill_to_title_path': return paths.some((x) => x.direction === 'skill_to_title');
    case 'title_to_skill_path': return paths.some((x) => x.direction === 'title_to_skill');
    case 'tech_school': return p.techSchoolClass !== undefined;
    case 'holds_skill': return p.skills.some((s) => skillRank(s.level) >= skillRank('senior_worker'));
    case 'holds_junior_title_only': return p.titles.length > 0 && p.titles.every((x) => x.level === 'junior');
    default: {
      const id = n.when.slice('has_award:'.length);
      return p.awards.some((a) => a.type === 'honor' && a.id === id);
    }
  }
}

const TARGET_RANK = (x: Path) => x.direction === 'skill_to_title' ? titleRank(x.target as TitleLevel) : skillRank(x.target as SkillLevel);

const FALLBACK_CITATION: CitationRef = {
  policy: 'national-2020-96', clause: '序言',
  quote: '现就进一步加强高技能人才与专业技术人才职业发展贯通提出如下实施意见。',
};

/** The first path matching `pred`, by its citation quoting `quoteHas` (else its first). */
function firstWith(paths: readonly Path[], pred: (x: Path) => boolean, quoteHas?: string): Citation[] {
  const x = paths.find(pred);
  if (!x) return [];
  const c = (quoteHas && x.citations.find((c) => c.quote.includes(quoteHas))) || x.citations[0];
  return [c];
}
/** The citation of the award clause a ruling was applied to, as it stands on the path. */
function awardCitation(e: Evaluated, q: AwardQuote): Citation[] {
  const c = e.path.citations.find((x) => x.quote === q.quote);
  return c ? [c] : [];
}
function ruling(notes: Note[], code: string, citations: Citation[]): void {
  if (citations.length) notes.push({ code, citations });
}

const month = (d: string) => d.slice(0, 7);

/** The first of the region's texts not in force in the month asOf, and why; undefined when all are. */
function notInForce(ids: readonly PolicyId[], asOf: string): { id: PolicyId; code: 'ruling_not_in_force' | 'ruling_no_longer_in_force' } | undefined {
  for (const id of ids) {
    const f = POLICY_META[id].inForce;
    // Month granularity: a text in force from 2020-04-22 answers for 2020-04.
    if (f.from && asOf < month(f.from)) return { id, code: 'ruling_not_in_force' };
    if (f.until && asOf > month(f.until)) return { id, code: 'ruling_no_longer_in_force' };
  }
  return undefined;
}

/** The answer for a month the region's text does not cover: no path, and a note naming the text and its dates. */
function closedAnswer(p: Profile, asOf: string, ids: readonly PolicyId[], closed: NonNullable<ReturnType<typeof notInForce>>): EligibilityResult {
  const m = POLICY_META[closed.id];
  const f = m.inForce;
  const citation = f.clause && f.quote ? { policy: m.id, clause: f.clause, quote: f.quote } : { policy: m.id, clause: m.preamble, quote: m.docNo };
  const values: Record<string, string> = { docNo: m.docNo, from: f.from ?? '', until: f.until ?? '', asOf };
  const notes: Note[] = [{ code: closed.code, citations: [cite(citation)], values }];
  if (closed.code === 'ruling_not_in_force' && m.before) {
    const b = POLICY_META[m.before];
    notes.push({ code: 'ruling_text_before', citations: [cite({ policy: b.id, clause: b.preamble, quote: b.docNo })], values: { docNo: m.docNo, before: b.docNo } });
  }
  return {
    region: p.region, asOf, policies: ids.map((id) => ({ ...POLICIES[id] })), paths: [],
    best: { skill_to_title: null, title_to_skill: null }, notes, held: heldLevels(p),
  };
}

function heldLevels(p: Profile): EligibilityResult['held'] {
  let skill: SkillLevel | null = null;
  for (const x of p.skills) if (skill === null || skillRank(x.level) > skillRank(skill)) skill = x.level;
  let title: TitleLevel | null = null;
  for (const x of p.titles) if (title === null || titleRank(x.level) > titleRank(title)) title = x.level;
  return { skill, title };
}

/** The profile without the certificates and titles obtained after `asOf` (not held yet), and their fields. */
function heldOn(p: Profile, asOf: string): { held: Profile; later: string[] } {
  const later: string[] = [];
  const skills = p.skills.filter((s, i) => !(s.since && s.since > asOf && later.push(`skills[${i}].since`)));
  const titles = p.titles.filter((x, i) => !(x.since && x.since > asOf && later.push(`titles[${i}].since`)));
  return { held: later.length ? { ...p, skills, titles } : p, later };
}

/** Evaluates a profile already validated by parseProfile. */
export function evaluateProfile(profile: Profile, opts: EvaluateOptions = {}): EligibilityResult {
  const asOf = profile.asOf ?? opts.asOf;
  if (!asOf) throw new ProfileError([{ path: 'asOf', message: 'expected a month as YYYY-MM: the profile has none and no default was given' }]);
  const { held: p, later } = heldOn(profile, asOf);
  const config0 = REGION_CONFIG[p.region];
  const closed = notInForce(config0.policies, asOf);
  if (closed) return closedAnswer(p, asOf, config0.policies, closed);
  const locale = opts.locale ?? 'zh-CN';
  const config = REGION_CONFIG[p.region];
  const book = rulesFor(p.region);
  const extra = config.adoption ? [cite(config.adoption)] : [];

  const evaluated: { e: Evaluated; order: number }[] = [];
  book.paths.forEach((rule, order) => {
    const e = evaluateRule(rule, p, asOf, locale, extra);
    if (e) evaluated.push({ e, order });
  });
  evaluated.sort((a, b) => DIRECTIONS.indexOf(a.e.path.direction) - DIRECTIONS.indexOf(b.e.path.direction)
    || TARGET_RANK(b.e.path) - TARGET_RANK(a.e.path)
    || ROUTES.indexOf(a.e.path.route) - ROUTES.indexOf(b.e.path.route)
    || a.order - b.order);
  const paths = evaluated.map((x) => x.e.path);

  const best: EligibilityResult['best'] = { skill_to_title: null, title_to_skill: null };
  for (const x of paths) {
    if (x.status !== 'eligible') continue;
    const cur = best[x.direction];
    if (x.direction === 'skill_to_title') {
      if (cur === null || titleRank(x.target as TitleLevel) > titleRank(cur as TitleLevel)) best.skill_to_title = x.target as TitleLevel;
    } else if (cur === null || skillRank(x.target as SkillLevel) > skillRank(cur as SkillLevel)) best.title_to_skill = x.target as SkillLevel;
  }

  const notes: Note[] = [];
  for (const n of book.notes) if (noteApplies(n, p, paths)) notes.push({ code: n.code, citations: cited(n) });
  ruling(notes, 'ruling_years_counted', firstWith(paths, (x) => x.unmet.some((u) => u.code.startsWith('years_since') || u.code === 'work_years') || x.eligibleFrom !== undefined));
  ruling(notes, 'ruling_higher_level_includes_lower', evaluated.some((x) => x.e.inferred) ? [evaluated.find((x) => x.e.inferred)!.e.path.citations[0]] : []);
  ruling(notes, 'ruling_annual_review_required', p.annualReviewsPassed === undefined ? firstWith(paths, (x) => x.conditions.some((c) => c.code === 'annual_review_unknown'), '年度考核') : []);
  ruling(notes, 'ruling_green_channel_bypasses', firstWith(paths, (x) => x.route === 'green_channel'));
  ruling(notes, 'ruling_local_measures', firstWith(paths, (x) => x.conditions.some((c) => c.code === 'local_measures')));
  ruling(notes, 'ruling_occupation_standard', firstWith(paths, (x) => x.conditions.some((c) => c.code.startsWith('occupation_standard'))));
  const medal = evaluated.find((x) => x.e.award?.medalRanks);
  if (medal) ruling(notes, 'ruling_medal_ranks', awardCitation(medal.e, medal.e.award!.medalRanks!));
  const team = evaluated.find((x) => x.e.award?.teamRanks);
  if (team) ruling(notes, 'ruling_team_event_ranks', awardCitation(team.e, team.e.award!.teamRanks!));
  if (later.length && book.paths.length) {
    // A certificate or title dated after asOf is not held on asOf: said, naming the fields left out.
    notes.push({ code: 'ruling_not_yet_obtained', citations: [cite(book.paths[0].citations[0])], fields: later });
  }
  if (p.region === 'national' && p.place) {
    // A place with a text of its own (重庆) asked under the national text is covered: say so, not "not covered".
    const where = regionForPlace(p.place);
    if (where && !where.fallback && where.region !== 'national') ruling(notes, 'national_chosen_place_covered', [cite(FALLBACK_CITATION)]);
    else if (!where || where.fallback) ruling(notes, 'national_fallback', [cite(FALLBACK_CITATION)]);
  }
  if (config.adoption) ruling(notes, 'ruling_adopts_national', [cite(config.adoption)]);
  for (const id of config.policies) {
    const m = POLICY_META[id];
    if (m.trial) notes.push({ code: 'ruling_trial_text', citations: [cite({ policy: id, clause: m.preamble, quote: m.title })], values: { docNo: m.docNo } });
  }

  let topSkill: SkillLevel | null = null;
  for (const x of p.skills) if (topSkill === null || skillRank(x.level) > skillRank(topSkill)) topSkill = x.level;
  let topTitle: TitleLevel | null = null;
  for (const x of p.titles) if (topTitle === null || titleRank(x.level) > titleRank(topTitle)) topTitle = x.level;

  return {
    region: p.region,
    asOf,
    policies: config.policies.map((id: PolicyId) => ({ ...POLICIES[id] })),
    paths,
    best,
    notes,
    held: { skill: topSkill, title: topTitle },
  };
}

export { addMonths };
