// A region added from a folder alone (test/fixtures/policies/testland: a made-up text, its policy.yaml, places.yaml,
// rules.yaml and cases.yaml): built with the repository's build step, it gets answers from the engine and its
// places are read, with no TypeScript change.
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPolicies } from '../../scripts/policies/build';
import { checkCase, loadCases } from '../../scripts/policies/cases';

const ROOT = join(__dirname, '..', '..');
const GENERATED = join(ROOT, 'src', 'rules', 'generated');

describe('a region from a folder alone', () => {
  let root: string;
  let files: Record<string, string>;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'guantong-region-'));
    cpSync(join(ROOT, 'policies'), join(root, 'policies'), { recursive: true });
    cpSync(join(__dirname, '..', 'fixtures', 'policies', 'testland'), join(root, 'policies', 'testland'), { recursive: true });
    files = buildPolicies(root).files;
    mkdirSync(join(root, 'generated'));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(root, 'generated', name), content);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** src/rules as it would load with the folder's JSON generated into it. */
  function withFixture<T>(use: (rules: typeof import('../../src/rules'), places: typeof import('../../src/rules/places')) => T): T {
    let out: T | undefined;
    jest.isolateModules(() => {
      for (const name of Object.keys(files)) jest.doMock(join(GENERATED, name), () => JSON.parse(files[name]));
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- isolateModules loads synchronously, with the mocks
      out = use(require('../../src/rules'), require('../../src/rules/places'));
    });
    for (const name of Object.keys(files)) jest.dontMock(join(GENERATED, name));
    return out as T;
  }

  it('is built with the others', () => {
    expect(JSON.parse(files['policies.json'])['testland-2025-1'].docNo).toBe('测人社发〔2025〕1号');
  });

  it('gets answers from the engine, citing its own text', () => {
    const r = withFixture(({ evaluate }) => evaluate({ region: 'testland', asOf: '2026-11', skills: [{ level: 'technician', since: '2023-01' }], annualReviewsPassed: true }));
    expect(r.best.skill_to_title).toBe('intermediate');
    expect(r.policies.map((p) => p.docNo)).toEqual(['测人社发〔2025〕1号']);
    expect(r.paths.find((p) => p.ruleId === 'testland.s2t.standard.intermediate')?.citations[0]).toMatchObject({
      clause: '一（一）2', quote: '获得技师职业资格或职业技能等级后，从事技术技能工作满3年，可申报评审相应专业工程师。',
    });
  });

  it('gets answers from the HTTP API\'s handler (POST /api/eligibility), and a bad profile still names the field', () => {
    const out = withFixture(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
      const { answerEligibility } = require('../../src/server/eligibilityApi') as typeof import('../../src/server/eligibilityApi');
      const now = new Date('2026-11-15T00:00:00Z');
      return [
        answerEligibility({ region: 'testland', skills: [{ level: 'senior_worker', since: '2020-01' }], annualReviewsPassed: true }, { now, locale: 'zh-CN' }),
        answerEligibility({ region: 'nowhere' }, { now, locale: 'zh-CN' }),
      ];
    });
    expect(out[0]).toMatchObject({ status: 200, body: { region: 'testland', best: { skill_to_title: 'assistant' } } });
    expect(out[1]).toMatchObject({ status: 400, issues: [{ path: 'region' }] });
  });

  it('passes its own cases', () => {
    const [{ cases }] = loadCases(root, 'testland');
    const wrong = withFixture(({ evaluate }) => cases.flatMap((c) => checkCase(c, evaluate({ region: 'testland', ...c.input, asOf: c.asOf }))));
    expect(wrong).toEqual([]);
  });

  it('reads its places, and the six regions still answer as before', () => {
    const got = withFixture(({ evaluate, REGIONS }, places) => ({
      place: places.regionForPlace('样例县')?.region,
      regions: [...REGIONS],
      chongqing: evaluate({ region: 'chongqing', asOf: '2026-11', skills: [{ level: 'technician', since: '2022-05' }], annualReviewsPassed: true }).best,
    }));
    expect(got).toEqual({
      place: 'testland',
      regions: ['national', 'chongqing', 'sichuan', 'liaoning', 'jiangxi', 'suzhou', 'testland'],
      chongqing: { skill_to_title: 'intermediate', title_to_skill: null },
    });
  });

  it('leaves the repository\'s own regions as the contract names them', () => {
    const { REGIONS } = jest.requireActual('../../src/rules') as typeof import('../../src/rules');
    expect([...REGIONS]).toEqual(['national', 'chongqing', 'sichuan', 'liaoning', 'jiangxi', 'suzhou']);
  });
});
