// The clause index (src/rules/clauses.ts), generated from policies/<region>/*.txt: every clause stands word for
// word in its text, labels are the texts' own, and the committed JSON is what the build makes of the texts today.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPolicies, OUT } from '../../scripts/policies/build';
import { clause, clausesOf, indexedPolicies, narrowestClause, quoteInClause } from '../../src/rules/clauses';
import { POLICIES } from '../../src/rules/policies';
import { policyText } from '../qa/policyTexts';

describe('clause index', () => {
  it('holds every policy of the repository', () => {
    expect([...indexedPolicies()].sort()).toEqual(Object.keys(POLICIES).sort());
  });

  it('is what npm run policies:build makes of policies/ now (run it after editing a text or a yaml file)', () => {
    const built = buildPolicies().files;
    for (const [name, content] of Object.entries(built)) {
      expect([name, readFileSync(join(OUT, name), 'utf8') === content]).toEqual([name, true]);
    }
  });

  const all = indexedPolicies().flatMap((p) => clausesOf(p).map((c) => [`${p}:${c.id}`, c] as const));
  it.each(all)('%s stands word for word in its text, its sentences making up its words', (_k, c) => {
    const text = policyText(c.policy).replace(/[#*]/g, ''); // markdown marks of the texts that came as markdown
    expect(text).toContain(c.text);
    expect(text).toContain(c.fullText);
    if (c.title) expect(text).toContain(c.title);
    expect(c.sentences.join('')).toBe(c.text);
    expect(c.text).not.toMatch(/\s/);
  });

  // A quote is checked against the text as written (its heading marks kept): so each sentence must stand in it as it
  // is, and a header's lines (issuer, number, title, addressees) are sentences of their own, not one run across `#`.
  it.each(all)('%s: each sentence stands word for word in its text as written, heading marks and all', (_k, c) => {
    for (const s of c.sentences) expect([s, policyText(c.policy).includes(s)]).toEqual([s, true]);
  });

  it('cuts a header at its heading marks', () => {
    expect(clause('national-2020-96', '序言')?.sentences.slice(0, 2)).toEqual(['人力资源社会保障部文件', '人社部发〔2020〕96号']);
    expect(clause('jiangxi-2021-227', '通知正文')?.sentences[3]).toMatch(/^各设区市、省直管试点县（市）人力资源社会保障局，.*：$/);
  });

  it('covers each text from end to end: its clauses, put together with their labels, are the whole text', () => {
    for (const p of indexedPolicies()) {
      const text = policyText(p).replace(/[#*]/g, '');
      const whole = clausesOf(p).filter((c) => !c.parent)
        .map((c) => `${c.title ?? ''}${c.fullText}`).join('');
      const letters = (s: string) => s.replace(/[^\u4e00-\u9fa5]|[一二三四五六七八九十附件]/g, '').length;
      // Only the labels (一、, （一）, 附件1) are left out: the same letters but for numerals and 附件.
      expect([p, letters(text) - letters(whole)]).toEqual([p, 0]);
    }
  });

  it.each([
    ['chongqing-2020-32', '三（一）2', '获得技师职业资格或职业技能等级后，从事技术技能工作满3年，可申报评审相应专业工程师。'],
    ['national-2020-96', '二（二）1', '淡化学历要求。'],
    ['sichuan-2021', '附件1 六（一）1', '技艺精通，在国家级技能竞赛中获得奖牌。'],
    ['sichuan-2021', '附件2 四', '法律法规规定需取得技能人员职业资格的，应具备相应职业资格。'],
    ['suzhou-2019-28', '五、1', '本着先行先试、稳妥推进的原则，试点在机械、建设、化工等行业中推进此项工作。'],
    ['suzhou-2019-28', '附件 3 化工工程', '制冷工'],
    ['liaoning-2019-2', '三（四）3', '获得辽宁省技术能手，可破格申报工程师。'],
    ['jiangxi-2021-227', '一', '以支持高技能人才参加工程系列职称评审为工作重点'],
  ])('%s %s begins with its own words', (policy, id, start) => {
    expect(clause(policy, id)?.text.startsWith(start)).toBe(true);
  });

  it('gives headings apart, and a clause with its parts in full', () => {
    expect(clause('chongqing-2020-32', '三（一）')?.title).toBe('高技能人才参加工程系列专业技术职称评审');
    expect(clause('chongqing-2020-32', '三（一）')?.children).toEqual(['三（一）1', '三（一）2', '三（一）3']);
    expect(clause('chongqing-2020-32', '三（一）2')?.parent).toBe('三（一）');
    expect(clause('sichuan-2021', '附件1 六（一）')?.fullText).toMatch(/^具备下列条件之一者，可破格申报评审相应专业中级职称：1\.技艺精通/);
    expect(clause('national-2020-96', '二（二）1')?.sentences.at(-1)).toBe('高技能人才参加职称评审应在现工作岗位上近3年年度考核合格。');
    expect(clause('chongqing-2020-32', '三（九）')).toBeUndefined();
    expect(clausesOf('nowhere-2020-1')).toEqual([]);
  });

  it('finds a quote in its clause, and the narrowest clause holding it', () => {
    expect(quoteInClause('liaoning-2019-2', '三（四）', '获得辽宁省技术能手，可破格申报工程师。')).toBe(true);
    expect(narrowestClause('liaoning-2019-2', '三（四）', '获得辽宁省技术能手，可破格申报工程师。')?.id).toBe('三（四）3');
    expect(quoteInClause('liaoning-2019-2', '三（四）3', '全国技术能手')).toBe(false);
    expect(narrowestClause('liaoning-2019-2', '三（四）3', '全国技术能手')).toBeUndefined();
  });
});
