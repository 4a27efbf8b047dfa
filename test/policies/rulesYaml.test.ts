// rules.yaml, the rule rows as a policy expert reads them: a bad row stops the build naming the file, the row and
// the field; citations resolve to the clause index's words.
import { load } from 'js-yaml';
import { rulesFromFile, RulesFileError } from '../../scripts/policies/rules';
import { clausesOf } from '../../src/rules/clauses';
import { ALL_RULES } from '../../src/rules';

const clauses = (p: string) => clausesOf(p).map((c) => ({ ...c, sentences: [...c.sentences] })) as never;
const rows = (yaml: string) => rulesFromFile('policies/chongqing/rules.yaml', load(yaml), 'chongqing', 'chongqing-2020-32', clauses);
const ROW = `
rules:
  - id: chongqing.s2t.standard.assistant
    direction: skill_to_title
    route: standard
    from: { skill: senior_worker }
    to: assistant
    conditions: [{ years_since: { of: skill, years: 2 } }, annual_review]
    criteria: [ethics]
    documents: [skill_certificate]
    cite: [三（一）1, { clause: 三（一）, quote: "近3年年度考核合格" }, { clause: 四（二）, sentences: [2] }]
`;

describe('rules.yaml', () => {
  it('resolves named fields and clause ids to the engine\'s rows', () => {
    const [r] = rows(ROW);
    expect(r).toMatchObject({
      id: 'chongqing.s2t.standard.assistant', kind: 'path', ruleSet: 'chongqing', target: 'assistant',
      starts: [{ kind: 'skill', level: 'senior_worker' }],
      conditions: [{ type: 'years_since', start: 0, years: 2 }, { type: 'annual_review' }],
      citations: [
        { policy: 'chongqing-2020-32', clause: '三（一）1', quote: '获得高级工职业资格或职业技能等级后，从事技术技能工作满2年，可申报评审相应专业助理工程师。' },
        { clause: '三（一）', quote: '近3年年度考核合格' },
        { clause: '四（二）', quote: '全市技术能手、中国·重庆职业技能大赛前6名、市级行业赛前3名，区县赛第1名的人员，市级技能大师工作室领衔专家，可直接申报助理工程师。' },
      ],
    });
  });

  it.each([
    ['years: 2 }', 'years: "two" }', /rules\[0\] \(chongqing\.s2t\.standard\.assistant\): conditions\.0/],
    ['三（一）1,', '三（九）1,', /rules\[0\] \(chongqing\.s2t\.standard\.assistant\): cite\.0: no clause 三（九）1/],
    ['"近3年年度考核合格"', '"近5年年度考核合格"', /cite\.1: quote not found word for word/],
    ['sentences: [2]', 'sentences: [9]', /cite\.2: 四（二） has 5 sentences/],
    ['of: skill', 'of: title', /conditions\.0\.years_since\.of: the row starts from no title/],
    ['to: assistant', 'to: astronaut', /rules\[0\].*: to: /],
  ])('names the file, row and field: %s → %s', (from, to, message) => {
    expect(() => rows(ROW.replace(from, to))).toThrow(RulesFileError);
    expect(() => rows(ROW.replace(from, to))).toThrow(/^policies\/chongqing\/rules\.yaml: /);
    expect(() => rows(ROW.replace(from, to))).toThrow(message);
  });

  it('holds every rule row the engine uses, with explicit ids', () => {
    const sets = new Set(ALL_RULES.map((r) => r.ruleSet));
    expect([...sets].sort()).toEqual(['chongqing', 'liaoning', 'national', 'sichuan', 'suzhou']);
    expect(new Set(ALL_RULES.map((r) => r.id)).size).toBe(ALL_RULES.length);
  });
});
