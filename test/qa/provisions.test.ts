// The provisions file (src/qa/intents/provisions.json): its `extend` entries add to intents of other files, every
// region gets an answer (its own rule, or its text's silence said plainly), and questions worded apart from the
// phrasings reach the provision with the sentence that answers it.
import { ask, rankIntents } from '../../src/qa/ask';
import { answerFor, INTENT_FILES, intents, loadIntents } from '../../src/qa/intents';
import { REGIONS } from '../../src/rules/vocabulary';
import { t } from '../../src/i18n';
import provisions from '../../src/qa/intents/provisions.json';

const topic = (id: string, zh: string[]) => ({
  id, kind: 'topic', regions: ['suzhou'], answers: [{ for: 'default', key: 'whatIs', cite: [] }], zh, en: ['what'],
});

describe('extend: more for an intent of another file', () => {
  const base = { about: 'a', intents: [topic('a', ['甲', '乙'])] };
  it('appends new phrasings (not repeated ones), puts its answers first and may widen the regions', () => {
    const ext = { about: 'b', intents: [], extend: [{ id: 'a', regions: 'all', zh: ['乙', '丙'], en: ['more'], answers: [{ for: ['liaoning'], key: 'noLimits', cite: [] }] }] };
    const [a] = loadIntents([base, ext]);
    expect(a.zh).toEqual(['甲', '乙', '丙']);
    expect(a.en).toEqual(['what', 'more']);
    expect(a.regions).toBe('all');
    expect(answerFor(a, 'liaoning')?.key).toBe('noLimits');
    expect(answerFor(a, 'sichuan')?.key).toBe('whatIs');
  });
  it('leaves the files it reads unchanged, and names an intent that does not exist', () => {
    const ext = { about: 'b', intents: [], extend: [{ id: 'a', zh: ['丁'] }] };
    loadIntents([base, ext]);
    expect(base.intents[0].zh).toEqual(['甲', '乙']);
    expect(() => loadIntents([base, { about: 'c', intents: [], extend: [{ id: 'nope', zh: ['x'] }] }])).toThrow(/intent file 1: extend: no intent nope/);
  });
  it('with a kind, defines the intent when no file does, and only extends it when one does', () => {
    const entry = { id: 'a', kind: 'topic', regions: 'all', answers: [{ for: 'default', key: 'noLimits', cite: [] }], zh: ['丙'], en: ['more'] };
    const alone = loadIntents([{ about: 'b', intents: [], extend: [entry] }]);
    expect(alone.map((i) => [i.id, i.kind, i.zh])).toEqual([['a', 'topic', ['丙']]]);
    const both = loadIntents([base, { about: 'b', intents: [], extend: [entry] }]);
    expect(both.map((i) => [i.id, i.zh])).toEqual([['a', ['甲', '乙', '丙']]]);
    expect(answerFor(both[0], 'sichuan')?.key).toBe('noLimits');
    expect(() => loadIntents([{ about: 'b', intents: [], extend: [{ ...entry, answers: [] }] }])).toThrow(/a topic needs an answer/);
    expect(() => loadIntents([{ about: 'b', intents: [], extend: [{ ...entry, zh: [] }] }])).toThrow(/extend a: zh/);
  });
  it('is wired in: the shipped intents carry the extensions', () => {
    expect(INTENT_FILES).toContain(provisions);
    const treatment = intents().find((i) => i.id === 'treatment')!;
    for (const p of provisions.extend.find((e) => e.id === 'treatment')!.zh ?? []) expect(treatment.zh).toContain(p);
  });
});

describe('every provision answers every region', () => {
  const ids = [...provisions.intents.map((i) => i.id), ...provisions.extend.filter((e) => e.answers).map((e) => e.id)];
  const cases = intents().filter((i) => ids.includes(i.id)).flatMap((i) => REGIONS.filter((r) => i.regions === 'all' || i.regions.includes(r)).map((r) => [i.id, r, i] as const));
  it.each([...new Set(cases.map(([id]) => id))])('%s: at least 20 Chinese and 10 English phrasings', (id) => {
    const it = intents().find((i) => i.id === id)!;
    expect([id, it.zh.length >= 20, it.en.length >= 10]).toEqual([id, true, true]);
  });
  it.each(cases)('%s in %s: an answer, and a silent text says so in both languages', (_id, region, it) => {
    const a = answerFor(it, region)!;
    expect(a).toBeDefined();
    if (/\.(silent|other)$/.test(a.key)) {
      expect(t('zh-CN', `qa:a.${a.key}`)).toMatch(/没有写|没有这一条|没有按/);
      expect(t('en', `qa:a.${a.key}`)).toMatch(/does not|has no|names no|gives no/);
    }
  });
});

// Questions written for this test, apart from the intents' phrasings: [question, region, locale, intent, the answer
// has, a quote has].
const ROWS: [string, string, 'zh-CN' | 'en', string, string, string][] = [
  ['我是高级技师，在厂里评先进能和高工一个待遇不', 'liaoning', 'zh-CN', 'treatment', '同等待遇', '比照助理工程师、工程师、高级工程师'],
  ['技师申报科研课题时能按中级职称对待吗', 'sichuan', 'zh-CN', 'treatment', '同等待遇', '科研项目申报'],
  ['does my employer have to give a technician the same chances as an engineer', 'national', 'en', 'treatment', 'same treatment', '同等待遇'],
  ['重庆的贯通文件是哪天出的', 'chongqing', 'zh-CN', 'schedule', '2020年4月22日', '本实施意见自发布之日起执行'],
  ['苏州这个实施意见哪年印发的', 'suzhou', 'zh-CN', 'schedule', '2019年9月11日', '2019年9月11日'],
  ['when did the liaoning policy come out', 'liaoning', 'en', 'schedule', '21 August 2019', '2019年8月21日'],
  ['获奖名次靠什么来认定', 'chongqing', 'zh-CN', 'award_proof', '证书或文件', '以上项目的认定均以证书或文件为准'],
  ['获奖凭证以啥为准', 'sichuan', 'zh-CN', 'award_proof', '没有写', '以证书或文件为准'],
  ['技能人才有机会进评委会吗', 'national', 'zh-CN', 'committee_experts', '专家库', '专家库'],
  ['技能人才能进评审专家库吗', 'suzhou', 'zh-CN', 'committee_experts', '没有写', '专家库'],
  ['新兴的职业有没有贯通评职称的办法', 'national', 'zh-CN', 'emerging_occupations', '新兴职业', '新兴职业、新兴领域贯通办法'],
  ['企业能不能自己制定专技人员考技能的标准', 'national', 'zh-CN', 'skill_standards', '标准条件', '本单位实际'],
  ['四川技能评价的考评细则谁定', 'sichuan', 'zh-CN', 'skill_standards', '考评细则', '考评细则'],
  ['评职称品德这块有要求吗', 'sichuan', 'zh-CN', 'ethics', '职业道德', '职业道德'],
  ['江西转发通知有什么补充', 'jiangxi', 'zh-CN', 'jiangxi_measures', '主管部门', '完善高技能人才职称评审政策'],
  ['我还没职称，只是个技术员，能报技能鉴定吗', 'liaoning', 'zh-CN', 't2s_no_title', '技术员资格', '取得技术员资格或尚未取得专业技术资格'],
  ['技术员能不能考技能等级', 'suzhou', 'zh-CN', 't2s_no_title', '没有写', '取得助理工程师、工程师、高级工程师职称后'],
  ['四川评副高业绩要到什么水平', 'sichuan', 'zh-CN', 'level_conditions', '副高级', '做出突出贡献'],
  ['苏州申报职称除了年限还有啥要求', 'suzhou', 'zh-CN', 'level_conditions', '近3年年度考核合格', '在现工作岗位上近3年年度考核合格'],
  ['what conditions besides years does chongqing set for the title review', 'chongqing', 'en', 'level_conditions', 'annual reviews', '在现工作岗位上近3年年度考核合格'],
  ['评职称标准会因为贯通降低吗', 'liaoning', 'zh-CN', 'standards_balance', '不得随意降低', '不得随意降低评价标准条件'],
  ['企业里技能岗位和技术岗位能相互比照吗', 'national', 'zh-CN', 'post_sequences', '相互比照', '相互比照'],
  ['技能培训可以折继续教育学时吗', 'chongqing', 'zh-CN', 'suzhou_continuing_education', '没有写', '可折算继续教育学时'],
  ['重庆有地方工程师转评的说法吗', 'chongqing', 'zh-CN', 'suzhou_local_engineer', '没有这一条', '地方工程师'],
  ['学历不够评职称卡不卡', 'national', 'zh-CN', 'education', '限制性条件', '不将学历'],
  ['can skilled workers be on the expert panel', 'sichuan', 'en', 'committee_experts', 'expert pools', '专家库'],
  ['are the standards eased for skilled workers', 'national', 'en', 'standards_balance', 'balanced', '大体平衡'],
  ['how are awards proven for direct application', 'chongqing', 'en', 'award_proof', 'certificate', '以证书或文件为准'],
  ['给技能大拿搞年薪的说法有没有', 'chongqing', 'zh-CN', 'leader_incentives', '没有写', '年薪制、股权期权激励'],
  ['四川对技能领军人才有年薪制吗', 'sichuan', 'zh-CN', 'leader_incentives', '年薪制', '年薪制、股权期权激励'],
  ['民营厂的工人在苏州能参加贯通不', 'suzhou', 'zh-CN', 'who_s2t', '各类企业', '我市各类企业工程技术领域'],
  ['四川职称评审由谁来评', 'sichuan', 'zh-CN', 'procedure', '评审委员会', '相关职称评审委员会'],
  ['四川学历低能破格吗', 'sichuan', 'zh-CN', 'green_list', '不受学历', '不受学历、资历、层级限制'],
  ['辽宁评审看哪方面的业绩', 'liaoning', 'zh-CN', 'achievements', '工作业绩', '以职业能力和工作业绩评定为重点'],
  ['苏州贯通工作讲究哪几条原则', 'suzhou', 'zh-CN', 'principles', '鼓励互通', '鼓励互通。'],
  ['what principles does the chongqing opinion follow', 'chongqing', 'en', 'principles', 'scientific evaluation', '坚持科学评价。'],
];

describe('topics with one answer, and awards stated', () => {
  it('a question on two topics that one sentence answers is answered, not refused as torn between them', () => {
    const a = ask('Do I need an English test or a computer test to get a title in Sichuan as a skilled worker?', { region: 'sichuan', locale: 'en', asOf: '2026-12' });
    expect([a.matched, ['foreign_language', 'computer'].includes(a.id ?? '')]).toEqual(['curated', true]);
    expect(a.citations.some((c) => c.quote.includes('外语、计算机'))).toBe(true);
  });
  it('an eligibility question that asks for the proof too gets the engine\'s answer, then how the award is recognised', () => {
    const a = ask('苏州 获得江苏省技术能手直接报工程师 要凭什么证明', { region: 'suzhou', locale: 'zh-CN', asOf: '2026-12' });
    expect([a.matched, a.kind]).toEqual(['curated', 'engine']);
    expect(a.answer).toContain('工程师');
    expect(a.answer).toContain('表彰文件');
    expect(a.citations.some((c) => c.quote.includes('以证书、表彰文件为准'))).toBe(true);
  });
  it('an eligibility question asking from when the years count gets the engine\'s answer, then how years count', () => {
    const a = ask('我在四川 高级技师干满10年了能评正高不 这10年从哪天算起', { region: 'sichuan', locale: 'zh-CN', asOf: '2026-12' });
    expect([a.matched, a.kind]).toEqual(['curated', 'engine']);
    expect(a.answer).toContain('从取得证书之后算');
  });
  it('an engine answer below 高级工 quotes the basic condition (高级工以上, 近3年年度考核合格)', () => {
    const a = ask('辽宁 我是中级工 能评助理工程师吗', { region: 'liaoning', locale: 'zh-CN', asOf: '2026-12' });
    expect([a.matched, a.kind]).toEqual(['curated', 'engine']);
    expect(a.citations.some((c) => c.quote.includes('具有高级工及以上职业资格或职业技能等级，在现工作岗位上近3年年度考核合格'))).toBe(true);
  });
  it('a question a Jiangxi-only topic takes is answered elsewhere by the intents competing there (renormalised)', () => {
    const q = '苏州的意见对各地各单位提了啥要求';
    expect(rankIntents(q, 1)[0].label).toBe('jiangxi_measures');
    const a = ask(q, { region: 'suzhou', locale: 'zh-CN', asOf: '2026-12' });
    expect([a.matched, a.id]).toEqual(['curated', 'implementation']);
    expect(a.citations.some((c) => c.quote.includes('加强组织领导'))).toBe(true);
  });
  it('an award stated with nothing asked is asked what it opens (the engine), as in the interview', () => {
    const a = ask('苏州 市级一类技能竞赛拿了第二名', { region: 'suzhou', locale: 'zh-CN', asOf: '2026-12' });
    expect([a.matched, a.kind]).toEqual(['curated', 'engine']);
    expect(a.answer).toContain('助理');
  });
});

describe('questions in other words reach the provision, with the sentence that answers', () => {
  it.each(ROWS)('%s (%s)', (q, region, locale, id, has, quote) => {
    const a = ask(q, { region: region as (typeof REGIONS)[number], locale, asOf: '2026-12' });
    expect([a.matched, a.id]).toEqual(['curated', id]);
    expect(a.answer).toContain(has);
    expect(a.citations.some((c) => c.quote.includes(quote))).toBe(true);
  });
});
