import { CLAUSES, clauseById, citationFor } from '../../src/qa/clauses';
import { POLICIES } from '../../src/rules/policies';
import { policyText, squash } from './policyTexts';

describe('policy corpus', () => {
  it('holds the six texts, each with several clauses', () => {
    const count = (p: string) => CLAUSES.filter((c) => c.policy === p).length;
    expect(Object.keys(POLICIES).map((p) => [p, count(p) >= 4])).toEqual(Object.keys(POLICIES).map((p) => [p, true]));
    expect(CLAUSES.length).toBeGreaterThanOrEqual(100);
  });

  it('has unique ids of the form policy:clause', () => {
    expect(new Set(CLAUSES.map((c) => c.id)).size).toBe(CLAUSES.length);
    for (const c of CLAUSES) expect(c.id.startsWith(`${c.policy}:${c.clause}`)).toBe(true);
  });

  it.each(CLAUSES.map((c) => [c.id, c] as const))('%s stands word for word in its text', (_id, c) => {
    expect(c.text).toBe(squash(c.text));
    expect(c.text.length).toBeGreaterThan(0);
    expect(policyText(c.policy)).toContain(c.text);
    expect(c.docNo).toBe(POLICIES[c.policy].docNo);
  });

  it('gives the docNos of the brief', () => {
    const docNo = (p: string) => CLAUSES.find((c) => c.policy === p)?.docNo;
    expect(docNo('national-2020-96')).toBe('人社部发〔2020〕96号');
    expect(docNo('jiangxi-2021-227')).toBe('赣人社字〔2021〕227号');
    expect(docNo('chongqing-2020-32')).toBe('渝人社发〔2020〕32号');
    expect(docNo('sichuan-2021')).toBe('四川省高技能人才与专业技术人才职业发展贯通实施方案');
    expect(docNo('liaoning-2019-2')).toBe('辽人社规〔2019〕2号');
    expect(docNo('suzhou-2019-28')).toBe('苏人保职〔2019〕28号');
  });

  it('keeps the PDF texts free of their line breaks and padding', () => {
    const c = clauseById('chongqing-2020-32:三（一）1');
    expect(c?.text).toBe('获得高级工职业资格或职业技能等级后，从事技术技能工作满2年，可申报评审相应专业助理工程师。');
  });

  it('cites an excerpt only when it stands in the clause', () => {
    expect(citationFor({ id: 'liaoning-2019-2:三（四）3', excerpt: '获得辽宁省技术能手' })).toEqual({
      policy: 'liaoning-2019-2', docNo: '辽人社规〔2019〕2号', clause: '三（四）3', quote: '获得辽宁省技术能手',
    });
    expect(() => citationFor({ id: 'liaoning-2019-2:三（四）3', excerpt: '全国技术能手' })).toThrow(/excerpt not in clause/);
    expect(() => citationFor('nowhere:一')).toThrow(/unknown clause/);
  });
});
