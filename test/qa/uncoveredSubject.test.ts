// Questions about what the texts never give (leave from work, 落户, a figure the text names no amount of, a level no
// route of the region reaches) are refused or told the text is silent: never rescued by a topic word or a fact they
// share with a covered intent. Phrasings written for this test, not from any held-out set.
import { ask } from '../../src/qa/ask';
import { SUBJECT_WORDS, uncoveredSubject } from '../../src/qa/uncoveredSubject';
import type { Region } from '../../src/rules/vocabulary';
import { policyText } from './policyTexts';

const HOTLINE = { phone: '023-12333-01' };
const POLICIES = ['national-2020-96', 'jiangxi-2021-227', 'chongqing-2020-32', 'sichuan-2021', 'liaoning-2019-2', 'suzhou-2019-28'];
type Case = [string, Region | undefined, 'zh-CN' | 'en'];

const LEAVE: Case[] = [
  ['成都的 参加技能鉴定单位给不给请假', 'sichuan', 'zh-CN'],
  ['考职称那天能不能请公假', 'chongqing', 'zh-CN'],
  ['去考技师能算公假吗', 'jiangxi', 'zh-CN'],
  ['技师考完单位给几天假', 'suzhou', 'zh-CN'],
  ['报名参加技能等级评价能请假吗', 'national', 'zh-CN'],
  ['評職稱答辯那天可以調休嗎', 'liaoning', 'zh-CN'],
  ['can I take paid leave to sit the skill exam in Liaoning?', 'liaoning', 'en'],
  ["I'm a technician, can I get time off work for the title review in Sichuan?", 'sichuan', 'en'],
];

const HUKOU: Case[] = [
  ['我是技师，能不能在沈阳上户口', 'liaoning', 'zh-CN'],
  ['高级技师能把户口落到重庆不', 'chongqing', 'zh-CN'],
  ['评上高级工程师，户籍能迁到成都吗', 'sichuan', 'zh-CN'],
  ['拿了高级工证能在苏州洛户不', 'suzhou', 'zh-CN'],
  ['评上助理工程师能在南昌络户吗', 'jiangxi', 'zh-CN'],
  ['does an engineer title let me get hukou in chongqing', 'chongqing', 'en'],
];

/** A figure asked with the thing counted between numeral and unit (多少个继续教育学时): no text gives one. */
const AMOUNT: Case[] = [
  ['苏州技能培训能折算多少个继续教育学时', 'suzhou', 'zh-CN'],
  ['苏州 参加一次技能培训算多少继续教育学分', 'suzhou', 'zh-CN'],
  ['四川考下技师证能抵几个继续教育课时', 'sichuan', 'zh-CN'],
  ['参加技能大赛能顶多少个专业课学时', 'suzhou', 'zh-CN'],
  ['how many continuing education hours does skills training count for in suzhou', 'suzhou', 'en'],
];

/** An age limit, retirement, this year's dates (English), asked beside a level or a topic word the texts do have. */
const AGE_RETIREMENT_DATES: Case[] = [
  ['评高级技师年龄有没有上限', 'liaoning', 'zh-CN'],
  ['多大年纪就不能评工程师了', 'chongqing', 'zh-CN'],
  ['is there an upper age for the technician assessment in suzhou', 'suzhou', 'en'],
  ['am I too old at 59 to go for senior engineer, sichuan', 'sichuan', 'en'],
  ['can a retired welder still sit the senior technician evaluation', 'liaoning', 'en'],
  ['once retired, does my engineer title count for my pension in chongqing', 'chongqing', 'en'],
  ['what time of year does the liaoning title review usually take place', 'liaoning', 'en'],
  ['when are applications for the technician assessment due in chengdu', 'sichuan', 'en'],
];

/** When a review's or an exam's result comes out: no text says 结果 or 公示 at all (a schedule word must not carry it). */
const RESULT_WAIT: Case[] = [
  ['我上礼拜答辩完的工程师评审啥时候出结果', 'suzhou', 'zh-CN'],
  ['高级技师鉴定考完了，成绩多久能出来', 'sichuan', 'zh-CN'],
  ['今年报的副高名单什么时候公示', 'chongqing', 'zh-CN'],
  ['評審結果甚麼時候公布', 'liaoning', 'zh-CN'],
  ['when will the results of my engineer review be out in jiangxi', 'jiangxi', 'en'],
  ['sat the technician exam last month, when do i get the results?', 'national', 'en'],
];

/** An employer refusing, blocking or not recognising: what to do or where to complain, no text says. */
const EMPLOYER: Case[] = [
  ['车间领导压着不给我推荐高级技师，能找谁', 'liaoning', 'zh-CN'],
  ['公司就是不同意我报工程师，有啥子办法', 'chongqing', 'zh-CN'],
  ['被厂里拒绝推荐了，能不能自己去人社局报', 'sichuan', 'zh-CN'],
  ['人事不给出考核证明，职称报不了咋整', 'jiangxi', 'zh-CN'],
  ['老板不肯盖章，苏州这边助工还能报伐', 'suzhou', 'zh-CN'],
  ['单位不认我的技師證，可以投訴嗎', 'national', 'zh-CN'],
  ["my manager won't sign off my technician application, who do I turn to", 'sichuan', 'en'],
  ['the company refused to recommend me for senior engineer, can I appeal in Liaoning?', 'liaoning', 'en'],
];

/** 户籍 / 户口 said of the person beside facts the engine computes from: context, answered; asked alone: refused. */
const HUKOU_CONTEXT: [string, Region, RegExp][] = [
  ['江西户籍的电工，技师证2020年4月拿的，工程师能报吗', 'jiangxi', /工程师/],
  ['重庆户口 高级工2022年5月拿证 助理工程师现在能报不', 'chongqing', /助理工程师/],
  ['外地户口在沈阳上班，高级技师2019年的，高级工程师能报不', 'liaoning', /高级工程师/],
  ['来电人四川户籍，获得中华技能大奖，问可直接申报哪级职称', 'sichuan', /正高|高级工程师/],
];

describe('subjects no text speaks of', () => {
  it.each(EMPLOYER)('%s (%s, %s): an employer refusing is refused with who to ask', (q, region, locale) => {
    const a = ask(q, { region, locale, asOf: '2026-12', hotline: HOTLINE });
    expect([q, a.matched, a.citations, a.answer.includes(HOTLINE.phone)]).toEqual([q, 'none', [], true]);
  });

  it.each(HUKOU_CONTEXT)('%s (%s): 户籍 said of the person is context, the engine answers', (q, region, level) => {
    const a = ask(q, { region, locale: 'zh-CN', asOf: '2026-12' });
    expect([q, a.kind, level.test(a.answer), a.citations.length > 0]).toEqual([q, 'engine', true, true]);
  });

  it('户口 asked with no facts of the person is the hukou subject', () => {
    for (const q of ['外省户口能参加贯通吗', '户籍不在本地影响评职称不']) expect([q, uncoveredSubject(q)?.subject]).toEqual([q, 'hukou']);
    expect(uncoveredSubject('重庆户籍的技师', true)).toBeUndefined();
  });

  it.each(SUBJECT_WORDS.map((re) => [re.source.slice(0, 30), re] as const))('%s appears in no policy text', (_s, re) => {
    for (const p of POLICIES) expect([p, re.test(policyText(p))]).toEqual([p, false]);
  });

  it.each([...LEAVE, ...HUKOU, ...AMOUNT, ...AGE_RETIREMENT_DATES, ...RESULT_WAIT])('%s (%s, %s) is refused with who to ask', (q, region, locale) => {
    const a = ask(q, { region, locale, asOf: '2026-12', hotline: HOTLINE });
    expect([q, a.matched, a.citations, a.answer.includes(HOTLINE.phone)]).toEqual([q, 'none', [], true]);
  });

  it('reads leave and 落户 as the subject, not fraud or a household word', () => {
    expect(uncoveredSubject('请假去考试')?.subject).toBe('leave');
    expect(uncoveredSubject('能落户吗')?.subject).toBe('hukou');
    for (const q of ['弄虚作假会怎么样', '买假证会被查吗', '用户反馈', '个体户能评职称吗']) expect([q, uncoveredSubject(q)]).toEqual([q, undefined]);
    // An age said as context, the effective date, the years counted from a date: not those subjects.
    for (const q of ['我今年四十五岁，技师能评工程师吗', 'when did the opinion come into force', 'when do the years start counting', 'sichuan: during which months was the plan drawn up']) expect([q, uncoveredSubject(q)]).toEqual([q, undefined]);
  });

  it('still answers the covered question the subject rode on', () => {
    const a = ask('苏州技能培训能折算继续教育学时吗', { region: 'suzhou', locale: 'zh-CN', asOf: '2026-12' });
    expect(a.matched).toBe('curated');
  });
});

/** 正高 asked where no route of the region's text leads there: the text's silence, never a flat "cannot". */
const BEYOND: Case[] = [
  ['重庆 工程师满五年能评正高不', 'chongqing', 'zh-CN'],
  ['我在万州，高级工程师干了六年，能冲正高级工程师吗', 'chongqing', 'zh-CN'],
  ['重庆这边高级技师满十二年了，正高级工程师能报不', 'chongqing', 'zh-CN'],
  ['chongqing senior technician for 12 years, can I apply for full senior engineer?', 'chongqing', 'en'],
];

describe('a level no route of the region reaches', () => {
  it.each(BEYOND)('%s (%s, %s) says the text is silent', (q, region, locale) => {
    const a = ask(q, { region, locale, asOf: '2026-12' });
    expect([q, /没有写正高级|does not mention full senior/.test(a.answer), /不能直接申报|cannot apply/i.test(a.answer)]).toEqual([q, true, false]);
  });

  it('computes where a route exists (四川: 高级技师 + 10 years)', () => {
    const a = ask('四川高级技师干了十年能不能评正高级工程师', { region: 'sichuan', locale: 'zh-CN', asOf: '2026-12' });
    expect([a.kind, a.answer]).toEqual(['engine', expect.stringContaining('满10年')]);
  });
});
