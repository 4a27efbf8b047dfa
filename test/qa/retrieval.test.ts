import { ask, isPolicyQuestion, regionInText, CURATED_THRESHOLD } from '../../src/qa/retrieval';
import { CURATED } from '../../src/qa/curated';
import { occupationsForSpecialty, specialtyForOccupation } from '../../src/qa';
import type { Region } from '../../src/rules/vocabulary';
import { PARAPHRASES, OUT_OF_SCOPE } from './fixtures';
import { policyText } from './policyTexts';

describe('retrieval: paraphrases', () => {
  it('has at least two paraphrases per curated entry, none of them a stored phrasing', () => {
    for (const e of CURATED) {
      const mine = PARAPHRASES.filter(([id]) => id === e.id);
      expect([e.id, mine.length >= 2]).toEqual([e.id, true]);
      for (const [, , q] of mine) expect([...e.zh, ...e.en]).not.toContain(q);
    }
  });

  it.each(PARAPHRASES)('%s (region %s): %s', (id, region, q) => {
    const a = ask(q, { region, locale: 'zh-CN' });
    expect([a.matched, a.id]).toEqual(['curated', id]);
    for (const c of a.citations) expect(policyText(c.policy)).toContain(c.quote);
  });
});

describe('retrieval: out of scope', () => {
  it.each(OUT_OF_SCOPE.flatMap((q) => [[q, undefined], [q, 'chongqing'], [q, 'suzhou']] as [string, Region | undefined][]))('refuses %s (region %s)', (q, region) => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const a = ask(q, { region, locale });
      expect(a.matched).toBe('none');
      expect(a.citations).toEqual([]);
      expect(a.id).toBeUndefined();
    }
  });

  it('says so honestly and names the hotline when it has one', () => {
    expect(ask('公积金怎么提取', { locale: 'zh-CN' }).answer).toContain('人工客服');
    expect(ask('公积金怎么提取', { locale: 'zh-CN', hotline: { phone: '023-12333' } }).answer).toContain('023-12333');
    expect(ask('how do I cook rice', { locale: 'en' }).answer).toMatch(/not sure/);
  });

  it('answers nothing for an empty or wordless question', () => {
    for (const q of ['', '   ', '？？', '吗', '什么']) expect(ask(q, { locale: 'zh-CN' }).matched).toBe('none');
  });
});

describe('retrieval: the same question, answered for the region', () => {
  const nte = '全国技术能手能直接申报什么职称';
  it.each([
    ['chongqing', '工程师（中级）', '四（二）'],
    ['sichuan', '副高级', '附件1 六（二）'],
    ['suzhou', '高级工程师（副高级）', '四（一）4'],
    ['liaoning', '正高级工程师', '三（四）1'],
    ['national', '正高级或副高级', '二（二）3'],
  ] as [Region, string, string][])('全国技术能手 in %s: %s', (region, level, clause) => {
    const a = ask(nte, { region, locale: 'zh-CN' });
    expect(a.id).toBe('green_national_technical_expert');
    expect(a.answer).toContain(level);
    expect(a.citations.map((c) => c.clause)).toContain(clause);
    expect(a.citations.some((c) => c.quote.includes('全国技术能手'))).toBe(true);
  });

  it('gives different answers where the texts differ', () => {
    const answers = (q: string) => new Set((['chongqing', 'sichuan', 'liaoning', 'suzhou', 'national'] as Region[]).map((r) => ask(q, { region: r, locale: 'zh-CN' }).answer));
    expect(answers(nte).size).toBe(5);
    expect(answers('哪些职称系列可以贯通').size).toBeGreaterThanOrEqual(3);
    expect(answers('工程师能考什么技能等级').size).toBeGreaterThanOrEqual(4);
    expect(ask('哪些职称系列可以贯通', { region: 'chongqing', locale: 'zh-CN' }).answer).toContain('只有工程系列');
    expect(ask('哪些职称系列可以贯通', { region: 'sichuan', locale: 'zh-CN' }).answer).toContain('文物博物（群众文化）');
  });

  it('answers 正高 for Sichuan by its own route, and says other regions have none', () => {
    expect(ask('技能人才能评正高级职称吗', { region: 'sichuan', locale: 'zh-CN' }).answer).toMatch(/满5年.*满10年/);
    expect(ask('技能人才能评正高级职称吗', { region: 'chongqing', locale: 'zh-CN' }).answer).toContain('没有写正高级');
  });

  it('cites Jiangxi and 96号 both for Jiangxi', () => {
    const a = ask('评职称要论文吗', { region: 'jiangxi', locale: 'zh-CN' });
    expect(a.citations.map((c) => c.docNo)).toEqual(['赣人社字〔2021〕227号', '人社部发〔2020〕96号']);
    expect(a.answer.startsWith('江西')).toBe(true);
  });

  it('says the answer is the national baseline when the region is unknown', () => {
    const a = ask('评职称要论文吗', { locale: 'zh-CN' });
    expect(a.answer).toMatch(/^按全国文件/);
    expect(a.citations[0].docNo).toBe('人社部发〔2020〕96号');
    expect(a.region).toBeUndefined();
  });

  it('takes the region the question names over the person\'s', () => {
    expect(regionInText('成都的全国技术能手能评什么')).toBe('sichuan');
    expect(regionInText('广东有没有这个政策')).toBe('national');
    expect(regionInText('重庆和四川一样吗')).toBeUndefined();
    const a = ask('沈阳的全国技术能手可以破格评什么', { region: 'chongqing', locale: 'zh-CN' });
    expect([a.region, a.answer.includes('正高级工程师')]).toEqual(['liaoning', true]);
  });

  it('answers a Liaoning-only rule for other regions by saying their text is silent', () => {
    expect(ask('材料造假会怎么样', { region: 'liaoning', locale: 'zh-CN' }).answer).not.toContain('没有写');
    expect(ask('材料造假会怎么样', { region: 'sichuan', locale: 'zh-CN' }).answer).toContain('没有写这一条');
  });

  it('keeps Suzhou-only entries to Suzhou', () => {
    expect(ask('地方工程师能转国家职称吗', { region: 'suzhou', locale: 'zh-CN' }).id).toBe('suzhou_local_engineer');
    expect(ask('地方工程师能转国家职称吗', { region: 'chongqing', locale: 'zh-CN' }).id).not.toBe('suzhou_local_engineer');
  });

  it('answers in English with the same citations', () => {
    const zh = ask('全国技术能手能评什么职称', { region: 'liaoning', locale: 'zh-CN' });
    const en = ask('What title can a National Technical Expert apply for?', { region: 'liaoning', locale: 'en' });
    expect(en.id).toBe(zh.id);
    expect(en.citations).toEqual(zh.citations);
    expect(en.answer).toMatch(/^Liaoning: .*full senior engineer/);
  });
});

describe('retrieval: Suzhou annex', () => {
  it('looks up both ways', () => {
    expect(specialtyForOccupation('焊工')).toBe('机械');
    expect(specialtyForOccupation('制冷工')).toBe('化工工程');
    expect(occupationsForSpecialty('建设')).toContain('钢筋工');
    expect(specialtyForOccupation('厨师')).toBeUndefined();
  });

  it.each([
    ['苏州的焊工对应什么专业', '焊工对应工程系列“机械”专业'],
    ['电梯安装维修工评职称报哪个专业', '电梯安装维修工对应工程系列“建设”专业'],
    ['制冷工对应什么职称专业', '制冷工对应工程系列“化工工程”专业'],
    ['机械专业对应哪些工种', '焊工、电工'],
  ])('%s', (q, expected) => {
    const a = ask(q, { region: 'suzhou', locale: 'zh-CN' });
    expect(a.id).toBe('suzhou_annex');
    expect(a.answer).toContain(expected);
    expect(a.citations[0]).toMatchObject({ docNo: '苏人保职〔2019〕28号', clause: '附件' });
  });

  it('tells other regions there is no such list, with Suzhou\'s for reference', () => {
    const a = ask('焊工对应什么职称专业', { region: 'chongqing', locale: 'zh-CN' });
    expect(a.answer).toContain('没有对照目录');
    expect(a.answer).toContain('机械');
  });
});

describe('retrieval: clause fallback', () => {
  it('quotes a clause with a lead-in when no curated answer fits, and cites it', () => {
    const a = ask('高技能人才参加相关职称评审委员会和专家库', { locale: 'zh-CN' });
    expect(a.matched).toBe('clause');
    expect(a.answer).toMatch(/^这条原文可能与您的问题有关：/);
    expect(a.citations).toHaveLength(1);
    expect(policyText(a.citations[0].policy)).toContain(a.citations[0].quote);
  });

  it('reports confidence between 0 and 1, above the threshold for curated answers', () => {
    const a = ask('评职称要论文吗', { locale: 'zh-CN' });
    expect(a.confidence).toBeGreaterThanOrEqual(CURATED_THRESHOLD);
    expect(a.confidence).toBeLessThanOrEqual(1);
  });
});

describe('isPolicyQuestion', () => {
  it.each([
    '评职称要论文吗', '要学历吗？', '技工院校毕业算什么学历', '怎么评工程师', '哪些职称系列可以贯通', '如何申报',
    '能不能免理论考试', '有没有外语要求', '技师几年能评工程师呢', '我是高级工，可以评职称吗？', 'can I get a title?',
    'What documents do I need', 'how do I apply', 'do I need a degree', '请问年度考核怎么算',
  ])('%s is a question', (q) => expect(isPolicyQuestion(q)).toBe(true));

  it.each([
    '高级工', '2021年6月', '没有', '有', '是的', '重庆', '技师', '3年', '三年', '两年半', '十来年', '前年', '21年',
    '高级工程师', '不知道', 'no', 'yes', '2021-06', '什么都没有', '什么也没有', '', '   ', '好的', '没有？',
  ])('%s is an answer', (q) => expect(isPolicyQuestion(q)).toBe(false));
});
