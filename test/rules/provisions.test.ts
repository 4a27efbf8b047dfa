// The fixes of issue 12's audit, each a case from the text: dates after asOf, impossible dates, the certificate an
// upgrade rests on, ruling 8's notes, notes worded as each region's own text, and the provisions that were missing.
import { evaluate, ProfileError, type EligibilityResult } from '../../src/rules';
import { clause } from '../../src/rules/clauses';

const run = (p: Record<string, unknown>): EligibilityResult => evaluate({ asOf: '2026-11', ...p });
const codes = (r: EligibilityResult) => r.notes.map((n) => n.code);
const pathTo = (r: EligibilityResult, target: string, route = 'standard') => r.paths.find((p) => p.target === target && p.route === route);

describe('dates after asOf', () => {
  it('a title dated after asOf is not held, and a note names it', () => {
    const r = run({ region: 'national', titles: [{ level: 'assistant', since: '2027-01' }], annualReviewsPassed: true });
    expect(r.paths.filter((p) => p.direction === 'title_to_skill')).toEqual([]);
    expect(r.held.title).toBeNull();
    expect(r.notes.find((n) => n.code === 'ruling_not_yet_obtained')?.fields).toEqual(['titles[0].since']);
  });

  it('a certificate dated after asOf neither opens a path nor hides one; one obtained before still counts', () => {
    const r = run({ region: 'chongqing', skills: [{ level: 'senior_worker', since: '2020-01' }, { level: 'technician', since: '2027-03' }], annualReviewsPassed: true });
    expect(pathTo(r, 'assistant')?.status).toBe('eligible');
    expect(pathTo(r, 'intermediate')).toBeUndefined();
    expect(r.held.skill).toBe('senior_worker');
    expect(r.notes.find((n) => n.code === 'ruling_not_yet_obtained')?.fields).toEqual(['skills[1].since']);
  });

  it('says nothing when every date is on or before asOf', () => {
    expect(codes(run({ region: 'chongqing', skills: [{ level: 'technician', since: '2026-11' }] }))).not.toContain('ruling_not_yet_obtained');
  });
});

describe('impossible dates', () => {
  it.each([
    [{ skills: [{ level: 'technician', since: '2020-02-30' }] }, 'skills[0].since'],
    [{ titles: [{ level: 'assistant', since: '2021-02-29' }] }, 'titles[0].since'],
    [{ asOf: '2026-04-31' }, 'asOf'],
  ])('%j is refused naming %s', (extra, field) => {
    expect(() => run({ region: 'national', ...extra })).toThrow(ProfileError);
    try { run({ region: 'national', ...extra }); } catch (e) { expect((e as ProfileError).issues.map((i) => i.path)).toEqual([field]); }
  });

  it('accepts 29 February of a leap year', () => {
    expect(run({ region: 'national', skills: [{ level: 'technician', since: '2020-02-29' }] }).asOf).toBe('2026-11');
  });
});

describe('an upgrade names the certificate it rests on', () => {
  it('names the occupation of the 高级工 certificate, not of another certificate listed first', () => {
    const r = run({ region: 'national', skills: [{ level: 'junior_worker', since: '2010-01', occupation: '电工' }, { level: 'senior_worker', since: '2019-01', occupation: '焊工' }], titles: [{ level: 'junior', since: '2012-01' }] });
    const up = r.paths.find((p) => p.route === 'upgrade' && p.target === 'technician');
    expect(up?.conditions.map((c) => c.text).join()).toContain('焊工');
    expect(up?.conditions.map((c) => c.text).join()).not.toContain('电工');
  });

  it('names no occupation when the certificate it rests on has none', () => {
    const r = run({ region: 'national', skills: [{ level: 'junior_worker', since: '2010-01', occupation: '电工' }, { level: 'senior_worker', since: '2019-01' }], titles: [{ level: 'junior', since: '2012-01' }] });
    const up = r.paths.find((p) => p.route === 'upgrade' && p.target === 'technician');
    expect(up?.conditions.map((c) => c.code)).toContain('occupation_standard');
  });
});

describe('ruling 8 is said when applied', () => {
  it('Sichuan 附件1 六（一）1: a national competition rank 1–3 is read as a medal, and the note says so', () => {
    const r = run({ region: 'sichuan', awards: [{ type: 'competition', tier: 'national_class2', rank: 3 }], annualReviewsPassed: true });
    expect(pathTo(r, 'intermediate', 'green_channel')?.status).toBe('eligible');
    expect(r.notes.find((n) => n.code === 'ruling_medal_ranks')?.citations[0].quote).toBe('技艺精通，在国家级技能竞赛中获得奖牌。');
  });

  it('Sichuan 附件1 六（二）3: a three-person event, 2nd place, counts as 前5名, and the note says so', () => {
    const r = run({ region: 'sichuan', awards: [{ type: 'competition', tier: 'national_class1', rank: 2, teamSize: 3 }], annualReviewsPassed: true });
    expect(pathTo(r, 'deputy_senior', 'green_channel')?.status).toBe('eligible');
    expect(codes(r)).toContain('ruling_team_event_ranks');
  });

  it('no note for an individual event or a medal given as a medal', () => {
    const r = run({ region: 'sichuan', awards: [{ type: 'competition', tier: 'national_class1', rank: 4 }, { type: 'competition', tier: 'worldskills', medal: 'bronze' }], annualReviewsPassed: true });
    expect(codes(r)).not.toContain('ruling_team_event_ranks');
    expect(codes(r)).not.toContain('ruling_medal_ranks');
  });
});

describe('notes say what each region\'s own text says', () => {
  const skilled = { skills: [{ level: 'technician', since: '2015-01' }], annualReviewsPassed: true };
  it.each([
    ['chongqing', 'no_identity_thesis_requirement', '四（一）'],
    ['liaoning', 'liaoning_thesis_requirement', '三（三）3'],
    ['sichuan', 'no_degree_requirement', '三（一）2'],
    ['national', 'no_degree_requirement', '二（二）1'],
  ])('%s: %s (%s)', (region, code, label) => {
    const n = run({ region, ...skilled }).notes.find((x) => x.code === code);
    expect(n?.citations[0].clause).toBe(label);
  });

  it('Liaoning 三（三）3: the substitutes for a paper are quoted', () => {
    const n = run({ region: 'liaoning', ...skilled }).notes.find((x) => x.code === 'liaoning_thesis_requirement');
    expect(n?.citations[0].quote).toContain('替代论文或论著要求');
  });

  it.each([['chongqing', '五（二）'], ['liaoning', '五（二）'], ['suzhou', '六、2']])('%s %s: equal treatment is what employers are encouraged to give', (region, label) => {
    const n = run({ region, ...skilled }).notes.find((x) => x.code.startsWith('equal_treatment'));
    expect([n?.code, n?.citations[0].clause]).toEqual(['equal_treatment_encouraged', label]);
    expect(n?.citations[0].quote.startsWith('鼓励用人单位')).toBe(true);
  });

  it.each([['national', '二（五）'], ['sichuan', '五（三）']])('%s %s: equal treatment is stated as the text states it', (region, label) => {
    const n = run({ region, ...skilled }).notes.find((x) => x.code.startsWith('equal_treatment'));
    expect([n?.code, n?.citations[0].clause]).toEqual(['equal_treatment', label]);
  });
});

describe('provisions that were missing', () => {
  it('Suzhou 五、1: the pilot trades are said', () => {
    expect(run({ region: 'suzhou', skills: [{ level: 'senior_worker', since: '2020-01' }], annualReviewsPassed: true }).notes.find((n) => n.code === 'suzhou_pilot')?.citations[0].clause).toBe('五、1');
  });

  it('Suzhou 附件: an occupation outside the annex (厨师) is told to confirm the specialty; 焊工 is not', () => {
    const chef = run({ region: 'suzhou', skills: [{ level: 'senior_worker', since: '2020-01', occupation: '厨师' }], annualReviewsPassed: true });
    expect(pathTo(chef, 'assistant')?.status).toBe('conditional');
    expect(pathTo(chef, 'assistant')?.conditions.map((c) => c.code)).toEqual(['occupation_not_in_annex']);
    expect(pathTo(chef, 'assistant')?.conditions[0].text).toContain('厨师');
    const welder = run({ region: 'suzhou', skills: [{ level: 'senior_worker', since: '2020-01', occupation: '焊工' }], annualReviewsPassed: true });
    expect(pathTo(welder, 'assistant')?.status).toBe('eligible');
  });

  it('Sichuan 附件1 四 is quoted whole, 以考代评 included', () => {
    const n = run({ region: 'sichuan', skills: [{ level: 'technician', since: '2015-01' }] }).notes.find((x) => x.code === 'access_qualification');
    expect(n?.citations[0].quote).toBe(clause('sichuan-2021', '附件1 四')?.text);
  });

  it('Sichuan 附件2 四 on title → skill paths, 三（二）3 for skilled workers', () => {
    const t2s = run({ region: 'sichuan', titles: [{ level: 'intermediate', since: '2015-01' }], workYears: 10, annualReviewsPassed: true });
    expect(t2s.notes.find((n) => n.code === 'skill_access_qualification')?.citations[0].clause).toBe('附件2 四');
    const s2t = run({ region: 'sichuan', skills: [{ level: 'senior_worker', since: '2015-01' }] });
    expect(s2t.notes.find((n) => n.code === 'translation_computer_exams')?.citations[0].clause).toBe('三（二）3');
  });

  it('Liaoning 三（四）2 and 三（四）3 are cited by their own labels; 三（一） is quoted with its first sentence', () => {
    const dep = run({ region: 'liaoning', awards: [{ type: 'honor', id: 'liaoning_outstanding_talent' }], annualReviewsPassed: true });
    expect(pathTo(dep, 'deputy_senior', 'green_channel')?.citations.map((c) => c.clause)).toContain('三（四）2');
    const mid = run({ region: 'liaoning', awards: [{ type: 'honor', id: 'liaoning_technical_expert' }], annualReviewsPassed: true });
    const cites = pathTo(mid, 'intermediate', 'green_channel')!.citations;
    expect(cites.find((c) => c.quote === '获得辽宁省技术能手，可破格申报工程师。')?.clause).toBe('三（四）3');
    expect(cites.find((c) => c.clause === '三（一）')?.quote).toBe(clause('liaoning-2019-2', '三（一）')?.text);
  });
});
