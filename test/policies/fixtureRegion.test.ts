// A region added from a folder alone (test/fixtures/policies/testland: a made-up text, its policy.yaml, places.yaml,
// rules.yaml and cases.yaml): built with the repository's build step, it gets answers from the engine and the HTTP
// API's handler, the dialog's parser reads its places, and the ladder picture draws it, with no TypeScript change.
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

  it('is understood by the dialog\'s parser and drawn by the ladder picture, under its name from policy.yaml', () => {
    const got = withFixture(({ evaluate }) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
      const { understand } = require('../../src/dialogs/understand') as typeof import('../../src/dialogs/understand');
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
      const { ladderSvg } = require('../../src/ladder/ladderSvg') as typeof import('../../src/ladder/ladderSvg');
      const result = evaluate({ region: 'testland', asOf: '2026-11', skills: [{ level: 'technician', since: '2023-01' }], annualReviewsPassed: true });
      return {
        region: understand('我在样例县上班', { asOf: '2026-11', expecting: 'region' }).region,
        svg: ladderSvg({ region: 'testland' as never, locale: 'zh-CN', result, profile: { skills: [{ level: 'technician' }] } }),
      };
    });
    expect(got.region).toMatchObject({ region: 'testland', fallback: false });
    expect(got.svg).toContain('测试省');
    expect(got.svg).toContain('测人社发〔2025〕1号');
    expect(got.svg).not.toContain('rules:region');
  });

  it('gets an answer through the dialog, in one message', () => {
    const out = withFixture(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
      const { dialogTurn } = require('../../src/dialogs') as typeof import('../../src/dialogs');
      let state: Parameters<typeof dialogTurn>[0];
      const said: string[] = [];
      let result;
      for (const text of ['我在样例县，2023年1月拿的技师证，没有职称，考核都合格，没获奖', '对', '对']) {
        const o = dialogTurn(state, { text, asOf: '2026-11' });
        state = o.state;
        said.push(o.replies.map((r) => r.text).join('\n'));
        if (o.result) { result = o.result; break; }
      }
      return { result, said: said.join('\n') };
    });
    expect(out.result?.region).toBe('testland');
    expect(out.result?.best.skill_to_title).toBe('intermediate');
    expect(out.said).toContain('测人社发〔2025〕1号');
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
