// Dates in force (policies/<region>/policy.yaml): an asOf before a text applied gives no path under it and a note
// naming the text and its date; every answer from a 试行 text says so.
import { evaluate } from '../../src/rules';
import { POLICY_META } from '../../src/rules/policies';
import { renderResultText } from '../../src/dialogs/renderResult';

const skilled = { skills: [{ level: 'technician', since: '2010-01' }], annualReviewsPassed: true };

describe('dates in force', () => {
  it.each([
    ['chongqing', '2019-06', '渝人社发〔2020〕32号', '2020-04-22', '六'],
    ['liaoning', '2019-07', '辽人社规〔2019〕2号', '2019-08-21', '序言'],
    ['suzhou', '2019-08', '苏人保职〔2019〕28号', '2019-09-11', '通知'],
    ['jiangxi', '2021-06', '赣人社字〔2021〕227号', '2021-07-14', '通知正文'],
  ])('%s in %s: no path, and a note naming %s and %s', (region, asOf, docNo, from, clause) => {
    const r = evaluate({ region, asOf, ...skilled });
    expect(r.paths).toEqual([]);
    expect(r.best).toEqual({ skill_to_title: null, title_to_skill: null });
    const n = r.notes.find((x) => x.code === 'ruling_not_in_force');
    expect(n?.values).toMatchObject({ docNo, from, asOf });
    expect(n?.citations[0]).toMatchObject({ docNo, clause });
  });

  it('the month the text was issued in is answered under it (2020-04 for a text of 2020-04-22)', () => {
    const r = evaluate({ region: 'chongqing', asOf: '2020-04', ...skilled });
    expect(r.paths.length).toBeGreaterThan(0);
    expect(r.notes.map((n) => n.code)).not.toContain('ruling_not_in_force');
  });

  it('Jiangxi before 227号 names the text that applied before it, 96号', () => {
    const r = evaluate({ region: 'jiangxi', asOf: '2021-03', ...skilled });
    expect(r.notes.find((n) => n.code === 'ruling_text_before')?.values).toEqual({ docNo: '赣人社字〔2021〕227号', before: '人社部发〔2020〕96号' });
  });

  it('a text with no date in the repository (96号, Sichuan) is not held back', () => {
    expect(evaluate({ region: 'national', asOf: '2015-01', ...skilled }).paths.length).toBeGreaterThan(0);
    expect(evaluate({ region: 'sichuan', asOf: '2015-01', ...skilled }).paths.length).toBeGreaterThan(0);
  });

  it('the dialog says it in words, with the text and the date', () => {
    const text = renderResultText(evaluate({ region: 'chongqing', asOf: '2019-06', ...skilled }), 'zh-CN');
    expect(text).toContain('渝人社发〔2020〕32号自2020-04-22起施行');
  });
});

describe('试行 texts', () => {
  const trial = Object.values(POLICY_META).filter((m) => m.trial).map((m) => m.region).sort();
  it('are Chongqing\'s, Liaoning\'s and Suzhou\'s, by their titles', () => {
    expect(trial).toEqual(['chongqing', 'liaoning', 'suzhou']);
    for (const m of Object.values(POLICY_META)) expect([m.id, m.trial]).toEqual([m.id, m.title.includes('（试行）')]);
  });

  it.each(['chongqing', 'liaoning', 'suzhou'])('every %s answer says its text is 试行, quoting the title', (region) => {
    for (const p of [skilled, {}, { titles: [{ level: 'assistant', since: '2015-01' }] }]) {
      const n = evaluate({ region, asOf: '2026-11', ...p }).notes.find((x) => x.code === 'ruling_trial_text');
      expect(n?.citations[0].quote).toContain('（试行）');
    }
  });

  it.each(['national', 'jiangxi', 'sichuan'])('%s answers do not', (region) => {
    expect(evaluate({ region, asOf: '2026-11', ...skilled }).notes.map((n) => n.code)).not.toContain('ruling_trial_text');
  });
});
