// What a question asks for that its answer must hold (src/qa/keyAsk.ts), the asking clause (askedClause.ts) and
// awards no list names (unlistedAward.ts): the pure checks table by table, then ask() end to end on questions that
// use the same words yet are answered by the texts (they must stay answered, quoting the texts).
import { ask } from '../../src/qa/ask';
import { askedClause } from '../../src/qa/askedClause';
import { covers, keyAsks, uncoveredAsk, type KeyAsk } from '../../src/qa/keyAsk';
import { placedAwards, unlistedAward } from '../../src/qa/unlistedAward';
import type { Region } from '../../src/rules/vocabulary';
import { inTexts } from './policyTexts';

describe('keyAsks: what a question asks for', () => {
  it.each([
    ['证件照要交几寸的', [{ kind: 'quantity', unit: '寸' }, { kind: 'spec' }]],
    ['材料复印几份', [{ kind: 'quantity', unit: '份' }]],
    ['每年要修多少个学时', [{ kind: 'quantity', unit: '学时' }]],
    ['学时每年要多少', [{ kind: 'quantity', unit: '学时' }]],
    ['how many hours of training a year', [{ kind: 'quantity', unit: 'hour', noun: 'hour' }]],
    ['用什么代替论文', [{ kind: 'substitute' }]],
    ['what can I hand in instead of a paper', [{ kind: 'substitute' }]],
    ['评委会都有谁', [{ kind: 'contact' }]],
    ['what is the website', [{ kind: 'contact' }]],
    ['理论考试考哪些内容', [{ kind: 'content' }]],
    ['退役军人有优惠吗', [{ kind: 'group', group: '退役' }]],
    ['地方工程师什么时候开始评', [{ kind: 'when' }]],
    ['when will the review open', [{ kind: 'when' }]],
    ['材料寄到什么地址', [{ kind: 'where' }]],
    ['where do I hand in the form', [{ kind: 'where' }]],
    ['需要本人到场吗', [{ kind: 'presence' }]],
    ['大概几成能过', [{ kind: 'rate' }]],
    ['有没有名额限制', [{ kind: 'quota' }]],
    ['how much training is required a year', [{ kind: 'quantity', unit: 'amount' }]],
    ['麻烦帮我起草一份业绩总结', [{ kind: 'compose' }]],
    ['could you draft my work summary for the review', [{ kind: 'compose' }]],
  ] as [string, KeyAsk[]][])('%s', (q, want) => {
    expect(keyAsks(q)).toEqual(want);
  });

  it.each([
    // a rough figure stated, a rank, a level, years, a date: nothing asked that the answer must hold
    '我干了十几年了能评技师吗', '省赛前几名可以破格', '区县赛第几名能直接报', '技师要满几年才能报工程师', '能评到几级',
    'how many years after senior worker', '高级技师领军人才能评什么', 'what achievements count when I apply', 'treated alike when it comes to promotion',
    '申报书里要写些什么', 'what should the work summary contain',
  ])('%s asks nothing more', (q) => {
    expect(keyAsks(q)).toEqual([]);
  });
});

describe('covers: an answer holds what is asked', () => {
  it.each([
    [{ kind: 'quantity', unit: '学时' }, '每年不少于90学时', true],
    [{ kind: 'quantity', unit: '学时' }, '职业技能培训成果可折算继续教育学时。', false],
    [{ kind: 'quantity', unit: '篇', noun: '论文' }, '论文不是门槛。不得将身份、论文等作为限制性条件。', true],
    [{ kind: 'quantity', unit: '小时' }, '有条件地免：可免于理论知识考试。', false],
    [{ kind: 'quantity', unit: 'hour', noun: 'hour' }, 'at least 90 hours a year', true],
    [{ kind: 'quantity', unit: 'paper', noun: 'paper' }, 'Papers are not a hurdle: papers must not be made a restrictive condition', true],
    [{ kind: 'substitute' }, '工作报告、操作手册等可以替代论文', true],
    [{ kind: 'substitute' }, '论文不是门槛。', false],
    [{ kind: 'contact' }, '文件要求积极吸纳优秀高技能人才参加评审委员会', false],
    [{ kind: 'group', group: '残疾人' }, '可以。助理级职称满2年可报高级工', false],
    [{ kind: 'compose' }, '申报材料包括：业绩总结、证书复印件。', false],
  ] as [KeyAsk, string, boolean][])('%j in %s: %s', (a, answer, want) => {
    expect(covers(answer, a)).toBe(want);
  });

  it('names the first thing missing', () => {
    expect(uncoveredAsk('照片几寸', '要能证明技能等级证书和取得时间')).toEqual({ kind: 'quantity', unit: '寸' });
    expect(uncoveredAsk('评工程师要几篇论文', '不将论文作为限制性条件')).toBeUndefined();
  });
});

describe('the asking clause', () => {
  it.each([
    ['重庆的工程师去考技能等级，能领补贴不', '能领补贴不'],
    ['我是技师，拿证四年了，能评工程师不', '能评工程师不'],
    ['能评工程师吗', undefined],
  ])('%s → %s', (q, want) => {
    expect(askedClause(q)).toBe(want);
  });
});

describe('awards of a place or a level no list names', () => {
  it.each([
    ['比如赣州市技术能手能直接报啥', ['赣州市技术能手']],
    ['区级技术能手能破格吗', ['区级技术能手']],
    ['a Changsha city technical expert, which title', ['Changsha city technical expert']],
    ['全国技术能手能评什么', []],
  ])('%s', (q, want) => {
    expect(placedAwards(q)).toEqual(want);
  });

  it('compares whatever 级 and 的', () => {
    expect(unlistedAward('省级技术能手能评啥', '工程师（苏州技能大奖、江苏省技术能手、市级劳模）')).toBeUndefined();
    expect(unlistedAward('市级劳模能评啥', '工程师（江苏省技术能手、市级劳模）')).toBeUndefined();
    expect(unlistedAward('县级劳模能评啥', '中级（四川省技术能手）')).toBe('县级劳模');
  });
});

describe('ask(): the same words in questions the texts answer stay answered', () => {
  it.each([
    ['评高工要几篇论文', 'sichuan', 'zh-CN'],
    ['评工程师需要发几篇论文啊', 'chongqing', 'zh-CN'],
    ['没有论文的话拿啥能代替', 'liaoning', 'zh-CN'],
    ['技能培训能抵继续教育学时吗', 'suzhou', 'zh-CN'],
    ['高级工干几年能评助理工程师', 'chongqing', 'zh-CN'],
    ['省赛前几名可以破格', 'chongqing', 'zh-CN'],
    ['四川省技术能手能破格评啥', 'sichuan', 'zh-CN'],
    ['苏州市级劳模能直接报工程师吗', 'suzhou', 'zh-CN'],
    ['评审委员会里要有技能人才吗', 'sichuan', 'zh-CN'],
    ['职称评审主要看哪些内容', 'sichuan', 'zh-CN'],
    ['how many papers do I need for a senior engineer title', 'sichuan', 'en'],
    ['do I need papers for a senior engineer title', 'chongqing', 'en'],
    ['what can replace a paper in Liaoning', 'liaoning', 'en'],
    ['From when are my working years counted?', 'sichuan', 'en'],
    ['拿到技能等级证书以后要多久才能晋级', 'chongqing', 'zh-CN'],
    ['Suzhou: I am a city-level model worker. Which title can I go for directly?', 'suzhou', 'en'],
    ['A Suzhou city technical expert, which title can they apply for directly?', 'suzhou', 'en'],
  ] as [string, Region, 'zh-CN' | 'en'][])('%s (%s, %s)', (q, region, locale) => {
    const a = ask(q, { region, locale, asOf: '2026-12' });
    expect([q, a.matched]).toEqual([q, 'curated']);
    expect(a.citations.length).toBeGreaterThan(0);
    for (const c of a.citations) expect([c.quote, inTexts(c)]).toEqual([c.quote, true]);
  });
});
