// The picture's arrows come from the rule rows: per region, the standard routes with their years.
import { regionLadder } from '../../src/ladder/regionLadder';
import { REGIONS, rulesFor } from '../../src/rules';

const summary = (region: (typeof REGIONS)[number], direction: string) => regionLadder(region).arrows
  .filter((a) => a.direction === direction && a.route === 'standard')
  .map((a) => `${a.from.level}>${a.to.level}:${a.yearsKind}${a.years ?? ''}`);

describe('regionLadder', () => {
  it.each(REGIONS)('draws skill → title 高级工→助理 2年, 技师→中级 3年, 高级技师→副高 4年 in %s', (region) => {
    expect(summary(region, 'skill_to_title')).toEqual(expect.arrayContaining([
      'senior_worker>assistant:since2', 'technician>intermediate:since3', 'senior_technician>deputy_senior:since4',
    ]));
  });

  it('adds Sichuan\'s 正高级 routes: 高级技师 + 10 years, and 副高级 + 5 years with 高级工', () => {
    expect(summary('sichuan', 'skill_to_title')).toEqual(expect.arrayContaining(['senior_technician>full_senior:since10', 'deputy_senior>full_senior:since5']));
    const byTitle = regionLadder('sichuan').arrows.find((a) => a.ruleId === 'sichuan.s2t.standard.full_senior.by_title');
    expect(byTitle).toMatchObject({ from: { ladder: 'title', level: 'deputy_senior' }, to: { ladder: 'title', level: 'full_senior' }, alsoHolds: [{ ladder: 'skill', level: 'senior_worker' }] });
    expect(summary('chongqing', 'skill_to_title').some((s) => s.includes('full_senior'))).toBe(false);
  });

  it('gives each region its own title → skill years', () => {
    expect(summary('sichuan', 'title_to_skill')).toEqual(expect.arrayContaining([
      'assistant>senior_worker:cumulative2', 'intermediate>technician:cumulative4', 'deputy_senior>senior_technician:cumulative8', 'full_senior>senior_technician:none',
    ]));
    expect(summary('chongqing', 'title_to_skill')).toEqual(['assistant>senior_worker:occupation_standard', 'intermediate>technician:occupation_standard', 'deputy_senior>senior_technician:occupation_standard']);
    expect(summary('suzhou', 'title_to_skill')).toEqual(['assistant>senior_worker:none', 'intermediate>technician:none', 'deputy_senior>senior_technician:none']);
    expect(summary('liaoning', 'title_to_skill')).toEqual(expect.arrayContaining(['assistant>technician:since3', 'intermediate>senior_technician:since3']));
    expect(summary('jiangxi', 'title_to_skill')).toEqual(summary('national', 'title_to_skill'));
  });

  it('draws no green channel (awards are not rungs) and only rows the engine has', () => {
    for (const region of REGIONS) {
      const ids = new Set(rulesFor(region).paths.map((r) => r.id));
      for (const a of regionLadder(region).arrows) {
        expect(ids.has(a.ruleId)).toBe(true);
        expect(a.ruleId).not.toMatch(/green/);
      }
    }
  });

  it('draws the 晋级 (1 year) steps up the skill ladder for title holders', () => {
    const up = regionLadder('national').arrows.filter((a) => a.route === 'upgrade');
    expect(up.map((a) => `${a.from.level}>${a.to.level}:${a.years}`)).toEqual([
      'junior_worker>intermediate_worker:1', 'intermediate_worker>senior_worker:1', 'senior_worker>technician:1', 'technician>senior_technician:1',
    ]);
    expect(up.every((a) => a.alsoHolds.some((r) => r.ladder === 'title'))).toBe(true);
  });
});
