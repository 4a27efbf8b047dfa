import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ALL_RULES, evaluate, loadRuleBook, occupationsForSpecialty, ProfileError, REGIONS, RuleBookError, rulesFor,
  specialtyForOccupation, SUZHOU_ANNEX, type EligibilityResult, type Path, type ProfileInput,
} from '../../src/rules';
import { addMonths } from '../../src/rules/months';
import type { PathRule } from '../../src/rules/ruleSchema';
import { ALWAYS_EXEMPT, ENGINEERING_ONLY, GREEN, STANDARD_S2T, T2S, T2S_NEEDS_REVIEW } from './policyTable';

const AS_OF = '2026-11';
const POLICIES = join(__dirname, '../../policies');
const corpus = readdirSync(POLICIES, { withFileTypes: true }).filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(POLICIES, d.name)).filter((f) => f.endsWith('.txt')).map((f) => join(POLICIES, d.name, f)))
  .map((f) => readFileSync(f, 'utf8')).join('\n').replace(/\s+/g, '');
const run = (p: ProfileInput) => evaluate(p, { asOf: AS_OF });
const find = (r: EligibilityResult, direction: string, target: string, route?: string) =>
  r.paths.filter((p) => p.direction === direction && p.target === target && (!route || p.route === route));

describe('standard skill → title, the month before and the month of eligibility', () => {
  it.each(STANDARD_S2T)('%s: %s → %s after %i years (%s)', (region, skill, target, years) => {
    const due = addMonths(AS_OF, -12 * years);
    const ok = run({ region, skills: [{ level: skill, since: due }], annualReviewsPassed: true });
    const [p] = find(ok, 'skill_to_title', target, 'standard');
    expect(p).toMatchObject({ status: 'eligible', eligibleFrom: AS_OF, unmet: [] });
    expect(ok.best.skill_to_title).not.toBeNull();

    const early = run({ region, skills: [{ level: skill, since: addMonths(due, 1) }], annualReviewsPassed: true });
    const [q] = find(early, 'skill_to_title', target, 'standard');
    expect(q).toMatchObject({ status: 'not_yet', eligibleFrom: addMonths(AS_OF, 1) });
    expect(q.unmet).toEqual([{ code: 'years_since_skill', required: years, actual: Math.round((years - 1 / 12) * 100) / 100 }]);
  });

  it.each(STANDARD_S2T)('%s: %s → %s needs passed annual reviews (unknown → conditional, false → unmet)', (region, skill, target, years) => {
    const since = addMonths(AS_OF, -12 * years - 5);
    const unknown = find(run({ region, skills: [{ level: skill, since }] }), 'skill_to_title', target, 'standard')[0];
    expect(unknown.status).toBe('conditional');
    expect(unknown.conditions.map((c) => c.code)).toContain('annual_review_unknown');
    const failed = find(run({ region, skills: [{ level: skill, since }], annualReviewsPassed: false }), 'skill_to_title', target, 'standard')[0];
    expect(failed.status).toBe('unmet');
    expect(failed.unmet).toContainEqual({ code: 'annual_review', required: true, actual: false });
  });

  it.each(STANDARD_S2T)('%s: %s → %s: a failed review and too few years are both listed', (region, skill, target) => {
    const [p] = find(run({ region, skills: [{ level: skill, since: AS_OF }], annualReviewsPassed: false }), 'skill_to_title', target, 'standard');
    expect(p.status).toBe('unmet');
    expect(p.unmet.map((u) => u.code).sort()).toEqual(['annual_review', 'years_since_skill']);
  });

  it('Sichuan 正高级 from a 副高级 title held 5 years, for a skilled worker', () => {
    const base = { region: 'sichuan' as const, skills: [{ level: 'technician' as const, since: '2010-01' }], annualReviewsPassed: true };
    const due = find(run({ ...base, titles: [{ level: 'deputy_senior', since: '2021-11' }] }), 'skill_to_title', 'full_senior', 'standard');
    expect(due.map((p) => p.status)).toEqual(['eligible']);
    const early = find(run({ ...base, titles: [{ level: 'deputy_senior', since: '2021-12' }] }), 'skill_to_title', 'full_senior', 'standard');
    expect(early[0]).toMatchObject({ status: 'not_yet', eligibleFrom: '2026-12' });
    // without any skill certificate it is not a skilled worker's route
    expect(find(run({ region: 'sichuan', titles: [{ level: 'deputy_senior', since: '2010-01' }] }), 'skill_to_title', 'full_senior')).toEqual([]);
  });
});

describe('green channels', () => {
  it.each(GREEN)('%s: %j opens %j (%s)', (region, award, levels) => {
    const r = run({ region, awards: [award], annualReviewsPassed: true });
    const green = r.paths.filter((p) => p.route === 'green_channel').map((p) => p.target).sort();
    expect(green).toEqual([...levels].sort());
    for (const p of r.paths.filter((x) => x.route === 'green_channel')) {
      expect(p.documents).toContain('award_proof');
      expect(p.unmet).toEqual([]);
      // the item of the clause that names the award is quoted
      expect(p.citations.length).toBeGreaterThan(1);
    }
  });

  it('national and Jiangxi leave the level to local measures: both levels are conditional (ruling 6)', () => {
    for (const region of ['national', 'jiangxi'] as const) {
      const r = run({ region, awards: [{ type: 'honor', id: 'china_skills_award' }], annualReviewsPassed: true });
      expect(r.paths.map((p) => [p.target, p.status])).toEqual([['full_senior', 'conditional'], ['deputy_senior', 'conditional']]);
      expect(r.best.skill_to_title).toBeNull();
      expect(r.notes.map((n) => n.code)).toContain('ruling_local_measures');
    }
  });

  it('the green channel still needs the annual reviews (ruling 4)', () => {
    const r = run({ region: 'liaoning', awards: [{ type: 'honor', id: 'liaoning_craftsman' }], annualReviewsPassed: false });
    expect(find(r, 'skill_to_title', 'full_senior')[0]).toMatchObject({ status: 'unmet', unmet: [{ code: 'annual_review' }] });
  });

  it('a competition without a rank leaves the green channel to confirm', () => {
    const r = run({ region: 'chongqing', awards: [{ type: 'competition', tier: 'national_class1' }], annualReviewsPassed: true });
    expect(find(r, 'skill_to_title', 'intermediate', 'green_channel')[0].conditions.map((c) => c.code)).toEqual(['award_rank_unknown']);
  });

  it('Suzhou lists 市级以上技术发明奖 twice and says so (ruling 5)', () => {
    const r = run({ region: 'suzhou', awards: [{ type: 'honor', id: 'municipal_invention_award' }], annualReviewsPassed: true });
    expect(r.notes.map((n) => n.code)).toContain('award_listed_twice');
    expect(r.best.skill_to_title).toBe('deputy_senior');
  });
});

describe('title → skill', () => {
  it.each(T2S)('%s: %s → %s (%j, %s)', (region, title, target, years) => {
    const base = { region, titles: [{ level: title, since: '2020-01' }], workYears: 30, annualReviewsPassed: true };
    const [p] = find(run(base), 'title_to_skill', target, 'standard');
    expect(p).toBeDefined();
    expect(p.citations.length).toBeGreaterThan(0);
    if (years === 'none') expect(p.status).toBe('eligible');
    else if (years === 'standard') {
      expect(p.status).toBe('conditional');
      expect(p.conditions.map((c) => c.code)).toEqual(['occupation_standard']);
    } else if (years[0] === 'work') {
      expect(p.status).toBe('eligible');
      const short = find(run({ ...base, workYears: years[1] - 0.5 }), 'title_to_skill', target, 'standard')[0];
      expect(short).toMatchObject({ status: 'not_yet', eligibleFrom: addMonths(AS_OF, 6), unmet: [{ code: 'work_years', required: years[1], actual: years[1] - 0.5 }] });
      const unknown = find(run({ ...base, workYears: undefined }), 'title_to_skill', target, 'standard')[0];
      expect(unknown.status).toBe('conditional');
    } else {
      const due = addMonths(AS_OF, -12 * years[1]);
      expect(find(run({ ...base, titles: [{ level: title, since: due }] }), 'title_to_skill', target, 'standard')[0]).toMatchObject({ status: 'eligible', eligibleFrom: AS_OF });
      expect(find(run({ ...base, titles: [{ level: title, since: addMonths(due, 1) }] }), 'title_to_skill', target, 'standard')[0])
        .toMatchObject({ status: 'not_yet', eligibleFrom: addMonths(AS_OF, 1), unmet: [{ code: 'years_since_title' }] });
    }
    const reviewFailed = find(run({ ...base, annualReviewsPassed: false }), 'title_to_skill', target, 'standard')[0];
    expect(reviewFailed.status === 'unmet').toBe(T2S_NEEDS_REVIEW.includes(region));
  });

  it.each(REGIONS)('%s: theory exam exemption', (region) => {
    const title = region === 'sichuan' ? 'full_senior' : 'deputy_senior';
    const plain = run({ region, titles: [{ level: title, since: '2015-01' }], workYears: 20, annualReviewsPassed: true });
    const withDiploma = run({ region, titles: [{ level: title, since: '2015-01' }], workYears: 20, annualReviewsPassed: true, relatedDiploma: true });
    const p = find(plain, 'title_to_skill', 'senior_technician')[0];
    expect(p.theoryExamExempt).toBe(ALWAYS_EXEMPT.includes(region));
    expect(find(withDiploma, 'title_to_skill', 'senior_technician')[0].theoryExamExempt).toBe(true);
  });

  it.each(ENGINEERING_ONLY)('%s covers the engineering series only', (region) => {
    const r = run({ region, titles: [{ level: 'intermediate', since: '2010-01', series: 'agriculture' }], workYears: 20 });
    expect(r.paths.filter((p) => p.direction === 'title_to_skill')).toEqual([]);
    const s2t = run({ region, skills: [{ level: 'technician', since: '2010-01' }], annualReviewsPassed: true });
    for (const p of s2t.paths) expect(p.series).toEqual(['engineering']);
  });

  it.each(['national', 'jiangxi', 'sichuan'] as const)('%s opens eight series', (region) => {
    const r = run({ region, skills: [{ level: 'technician', since: '2010-01' }], annualReviewsPassed: true });
    expect(find(r, 'skill_to_title', 'intermediate')[0].series).toHaveLength(8);
  });

  it.each(REGIONS)('%s: upgrade (晋级) after a skill level held 1 year, for a title holder', (region) => {
    const base = { region, titles: [{ level: 'assistant' as const, since: '2015-01' }], annualReviewsPassed: true };
    const due = find(run({ ...base, skills: [{ level: 'senior_worker', since: addMonths(AS_OF, -12) }] }), 'title_to_skill', 'technician', 'upgrade')[0];
    expect(due.status).toBe('conditional');
    expect(due.eligibleFrom).toBe(AS_OF);
    const early = find(run({ ...base, skills: [{ level: 'senior_worker', since: addMonths(AS_OF, -11) }] }), 'title_to_skill', 'technician', 'upgrade')[0];
    expect(early).toMatchObject({ status: 'not_yet', eligibleFrom: addMonths(AS_OF, 1) });
    // no title: not a professional's upgrade
    expect(find(run({ region, skills: [{ level: 'senior_worker', since: '2010-01' }] }), 'title_to_skill', 'technician', 'upgrade')).toEqual([]);
  });
});

describe('rulings', () => {
  it('a higher certificate counts as the lower ones from no later than its own month (ruling 2)', () => {
    const r = run({ region: 'chongqing', skills: [{ level: 'senior_technician', since: '2025-01' }], annualReviewsPassed: true });
    expect(find(r, 'skill_to_title', 'assistant')[0]).toMatchObject({ status: 'not_yet', eligibleFrom: '2027-01' });
    const earlier = run({ region: 'chongqing', skills: [{ level: 'senior_technician', since: '2025-01' }, { level: 'senior_worker', since: '2019-03' }], annualReviewsPassed: true });
    expect(find(earlier, 'skill_to_title', 'assistant')[0]).toMatchObject({ status: 'eligible', eligibleFrom: '2021-03' });
    expect(r.notes.map((n) => n.code)).toContain('ruling_higher_level_includes_lower');
  });

  it('paths to what one already holds are not paths (ruling 3)', () => {
    const r = run({ region: 'chongqing', skills: [{ level: 'senior_technician', since: '2010-01' }], titles: [{ level: 'intermediate', since: '2015-01' }], annualReviewsPassed: true });
    expect(r.paths.filter((p) => p.direction === 'skill_to_title').map((p) => p.target)).toEqual(['deputy_senior']);
    expect(r.paths.filter((p) => p.direction === 'title_to_skill')).toEqual([]);
  });

  it('a place outside the six regions uses the national baseline and says so', () => {
    const r = run({ region: 'national', place: '北京', skills: [{ level: 'senior_worker', since: '2020-01' }], annualReviewsPassed: true });
    expect(r.notes.map((n) => n.code)).toContain('national_fallback');
    expect(r.policies.map((p) => p.docNo)).toEqual(['人社部发〔2020〕96号']);
  });

  it('Jiangxi cites both 227号 and 96号 on every path (ruling 9)', () => {
    const r = run({ region: 'jiangxi', skills: [{ level: 'technician', since: '2020-01' }], titles: [{ level: 'assistant', since: '2020-01' }], annualReviewsPassed: true });
    expect(r.policies.map((p) => p.docNo)).toEqual(['赣人社字〔2021〕227号', '人社部发〔2020〕96号']);
    for (const p of r.paths) expect(new Set(p.citations.map((c) => c.policy))).toEqual(new Set(['national-2020-96', 'jiangxi-2021-227']));
  });

  it('notes that are not paths: tech-school equivalence, one-vote veto, equal treatment', () => {
    const r = run({ region: 'liaoning', skills: [{ level: 'technician', since: '2015-01' }], techSchoolClass: 'advanced', annualReviewsPassed: true });
    expect(r.notes.map((n) => n.code)).toEqual(expect.arrayContaining(['tech_school_equivalence', 'veto_forgery', 'equal_treatment_encouraged', 'liaoning_thesis_requirement']));
    for (const n of r.notes) expect(n.citations.length).toBeGreaterThan(0);
  });
});

describe('every rule row', () => {
  const pathRows = ALL_RULES.filter((r): r is PathRule => r.kind === 'path');

  /** A profile that holds the row's starting points, obtained `monthsAgo` months before AS_OF. */
  function holderOf(rule: PathRule, monthsAgo: number): ProfileInput {
    const region = rule.ruleSet;
    const skills: { level: never; since: string }[] = [];
    const titles: { level: never; since: string }[] = [];
    const awards: unknown[] = [];
    for (const s of rule.starts) {
      if (s.kind === 'skill') skills.push({ level: s.level as never, since: addMonths(AS_OF, -monthsAgo) });
      else if (s.kind === 'title') titles.push({ level: s.level as never, since: addMonths(AS_OF, -monthsAgo) });
      else {
        const m = s.anyOf[0];
        awards.push(m.type === 'honor' ? { type: 'honor', id: m.ids[0] }
          : m.medals ? { type: 'competition', tier: m.tiers[0], medal: m.medals[0] } : { type: 'competition', tier: m.tiers[0], rank: m.rankMin ?? 1 });
      }
    }
    return { region, skills, titles, awards, workYears: 40, annualReviewsPassed: true } as ProfileInput;
  }
  const yearsOf = (rule: PathRule) => Math.max(0, ...rule.conditions.map((c) => c.type === 'years_since' ? c.years : 0));

  it.each(pathRows.map((r) => [r.id, r] as const))('%s: appears for a holder, at the month of eligibility and not before', (_id, rule) => {
    const months = Math.round(yearsOf(rule) * 12);
    const at = run(holderOf(rule, months)).paths.find((p) => p.ruleId === rule.id) as Path;
    expect(at).toBeDefined();
    const expected = rule.conditions.some((c) => c.type === 'occupation_standard' || c.type === 'local_measures') ? 'conditional' : 'eligible';
    expect(at.status).toBe(expected);
    if (months > 0) {
      expect(at.eligibleFrom).toBe(AS_OF);
      const before = run(holderOf(rule, months - 1)).paths.find((p) => p.ruleId === rule.id) as Path;
      expect(before).toMatchObject({ status: 'not_yet', eligibleFrom: addMonths(AS_OF, 1) });
    }
    expect(at.documents.length).toBeGreaterThan(0);
  });

  it('every quote stands in the policy texts word for word (whitespace aside)', () => {
    const quotes: string[] = [];
    for (const r of ALL_RULES) {
      for (const c of r.citations) quotes.push(c.quote);
      if (r.kind === 'path') for (const s of r.starts) if (s.kind === 'award') for (const m of s.anyOf) quotes.push(m.quote);
    }
    const missing = quotes.filter((q) => !corpus.includes(q.replace(/\s+/g, '')));
    expect(missing).toEqual([]);
    expect(quotes.length).toBeGreaterThan(100);
  });

  it('every region has standard routes both ways, a green channel and upgrades', () => {
    for (const region of REGIONS) {
      const routes = new Set(rulesFor(region).paths.map((r) => `${r.direction}/${r.route}`));
      expect([...routes].sort()).toEqual(['skill_to_title/green_channel', 'skill_to_title/standard', 'title_to_skill/standard', 'title_to_skill/upgrade']);
    }
  });

  it('a malformed row stops loading with an error that names the row', () => {
    const bad = { ...(ALL_RULES[0] as PathRule), id: 'broken.row', documents: [] };
    expect(() => loadRuleBook([...ALL_RULES, bad])).toThrow(RuleBookError);
    expect(() => loadRuleBook([...ALL_RULES, bad])).toThrow(/broken\.row.*documents/);
    expect(() => loadRuleBook([ALL_RULES[0], ALL_RULES[0]])).toThrow(/defined twice/);
  });
});

describe('input and output', () => {
  it.each([
    [{ region: 'beijing' }, 'region'],
    [{ region: 'chongqing', skills: [{ level: 'master', since: '2020-01' }] }, 'skills[0].level'],
    [{ region: 'chongqing', skills: [{ level: 'technician', since: '2022-13' }] }, 'skills[0].since'],
    [{ region: 'chongqing', workYears: -1 }, 'workYears'],
    [{ region: 'chongqing', awards: [{ type: 'honor', id: 'nobel' }] }, 'awards[0].id'],
    [{ region: 'chongqing', awards: [{ type: 'competition', tier: 'district', teamSize: 4 }] }, 'awards[0].teamSize'],
    [{ region: 'chongqing', annualReviewPassed: true }, '(profile)'],
    [{ skills: [] }, 'region'],
  ])('%j is refused naming %s', (input, path) => {
    let err: unknown;
    try { evaluate(input, { asOf: AS_OF }); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(ProfileError);
    expect((err as ProfileError).issues.map((i) => i.path)).toContain(path);
  });

  it('needs a month to answer for', () => {
    expect(() => evaluate({ region: 'chongqing' })).toThrow(/asOf/);
    expect(evaluate({ region: 'chongqing', asOf: '2026-11-05' }).asOf).toBe('2026-11');
  });

  it('gives byte-identical JSON for the same profile', () => {
    const p = { region: 'sichuan', skills: [{ level: 'senior_technician', since: '2012-03' }], titles: [{ level: 'intermediate', since: '2016-01' }], workYears: 14, awards: [{ type: 'honor', id: 'tianfu_craftsman' }] };
    const a = JSON.stringify(evaluate(p, { asOf: AS_OF }));
    expect(JSON.stringify(evaluate(JSON.parse(JSON.stringify(p)), { asOf: AS_OF }))).toBe(a);
    expect(a.length).toBeGreaterThan(500);
  });

  it('best is the highest eligible target per direction', () => {
    const r = run({ region: 'sichuan', skills: [{ level: 'senior_technician', since: '2010-01' }], titles: [{ level: 'assistant', since: '2010-01' }], workYears: 20, annualReviewsPassed: true });
    expect(r.best).toEqual({ skill_to_title: 'full_senior', title_to_skill: null });
    const t2s = run({ region: 'suzhou', titles: [{ level: 'intermediate', since: '2020-01' }] });
    expect(t2s.best).toEqual({ skill_to_title: null, title_to_skill: 'technician' });
  });
});

describe('Suzhou specialty ↔ occupation annex', () => {
  it.each(SUZHOU_ANNEX.flatMap((r) => r.occupations.map((o) => [o, r.specialty])))('%s ↔ %s', (occupation, specialty) => {
    expect(specialtyForOccupation(occupation)).toBe(specialty);
    expect(occupationsForSpecialty(specialty)).toContain(occupation);
  });
  it('answers nothing for what the annex does not list', () => {
    expect(specialtyForOccupation('厨师')).toBeUndefined();
    expect(occupationsForSpecialty('医学')).toEqual([]);
    expect(occupationsForSpecialty('机械专业')).toContain('焊工');
  });
});
