// Every case of policies/<region>/cases.yaml, against the engine; and the case checker itself can fail.
import { join } from 'node:path';
import { checkCase, loadCases } from '../../scripts/policies/cases';
import { evaluate } from '../../src/rules';

const ROOT = join(__dirname, '..', '..');
const all = loadCases(ROOT).flatMap(({ region, cases }) => cases.map((c) => [`${region}: ${c.name}`, region, c] as const));

describe('policies/*/cases.yaml', () => {
  it('has cases for every region', () => {
    expect(new Set(all.map(([, region]) => region))).toEqual(new Set(['national', 'jiangxi', 'chongqing', 'sichuan', 'liaoning', 'suzhou']));
  });

  it.each(all)('%s', (_name, region, c) => {
    expect(checkCase(c, evaluate({ region, ...c.input, asOf: c.asOf }))).toEqual([]);
  });

  it('says what is wrong when a case does not hold', () => {
    const [, region, c] = all[0];
    const r = evaluate({ region, ...c.input, asOf: c.asOf });
    const wrong = checkCase({ ...c, expect: { best: { skill_to_title: 'full_senior' }, paths: [{ ruleId: 'nowhere.rule' }], absent: [r.paths[0]?.target ?? 'x'], notes: ['no_such_note'] } }, r);
    expect(wrong.length).toBe(r.paths.length ? 4 : 3);
    expect(wrong.join('\n')).toMatch(/best\.skill_to_title: expected full_senior/);
    expect(wrong.join('\n')).toMatch(/no note no_such_note/);
  });
});
