// Whole conversations for set 8's dialog misses, in wordings of our own: an award wanted (想当, 目标是, hoping to
// become) is kept as the person's target, never held: the answer says what the texts give it and that they do not
// say how it is conferred; the checklist asked after the answer in people's own words lists the documents; thanks,
// goodbyes and okays after the answer get one short reply in the person's language.
import type { TurnOutput } from '../../src/dialogs';
import { converse } from '../helpers/converse';

const textOf = (o: TurnOutput) => o.replies.map((r) => r.text).join('\n');

describe('an award wanted is the target, never held', () => {
  // Liaoning, 技师 2020-11, no title, reviews passed: 工程师 by the standard route (辽人社规〔2019〕2号 三（二）2);
  // 辽宁工匠 would open 正高级 by the green channel (三（四）1)
  it.each([
    ['zh-CN', ['技师 2020年11月 辽宁鞍山 目标是评上辽宁工匠', '没有', '合格']],
    ['zh-CN', ['我在大连，以后要当辽宁工匠，技师证2020年11月拿的', '无', '都合格']],
    ['zh-CN', ['辽宁营口 技師 2020年11月 希望將來拿到遼寧工匠', '沒有', '合格']],
    ['zh-CN', ['盘锦的，技师2020年11月，还不是辽宁工匠，想评', '没有', '合格']],
    ['en', ['Liaoning, Dalian, technician since Nov 2020, hoping to become a Liaoning craftsman', 'no', 'yes']],
    ['en', ['my goal is liaoning craftsman. technician cert nov 2020, shenyang', 'none', 'yes all passed']],
  ] as const)('%s %j', (locale, messages) => {
    const { outs, facts, last } = converse([...messages], { locale });
    expect(outs[0].requestedSlot).toBe('titles');
    expect(JSON.stringify(facts().awards ?? [])).not.toContain('liaoning_craftsman');
    expect(last.result?.best.skill_to_title).toBe('intermediate');
    expect(textOf(last)).toMatch(locale === 'en' ? /You want Liaoning Craftsman: with it, full senior/ : /您想获得的辽宁工匠：获得后，正高级/);
    expect(textOf(last)).toContain('12333');
  });

  it('a wish said to the awards question: none held, the wish kept', () => {
    const { facts, last } = converse(['辽宁锦州 技师 2020年11月', '没有职称，没有奖，以后想评全国技术能手', '合格']);
    expect(facts().awards).toEqual([]);
    expect(last.result?.best.skill_to_title).toBe('intermediate');
    expect(textOf(last)).toMatch(/您想获得的全国技术能手：获得后/);
  });
});

describe('the checklist asked after the answer, in people\'s own words', () => {
  // Suzhou, 技师 2021-04, no title, reviews passed: 工程师 (苏人保职〔2019〕28号)
  const zh = ['苏州吴中 电工技师 2021年4月 没有职称 考核都合格 没获奖'];
  it.each([
    '申请的时候要带齐哪些东西', '要带啥', '准备哪些东西', '交些什么', '需要啥手续材料', '把需要准备的资料列一下',
    '麻烦告诉我要交的文件', '要备齐哪些证件嘛', '申報時得帶哪些資料', '那我要整啥材料', '要带些啥子哦',
  ])('%s', (ask) => {
    const { last } = converse([...zh, ask]);
    expect(textOf(last)).toContain('职业资格证书或职业技能等级证书');
    expect(textOf(last)).toContain('近3年年度考核结果');
  });
  it.each(['what do I hand in', 'what papers do i need to bring', 'paperwork?', 'list the documents pls', 'what should i take with me'])('%s', (ask) => {
    const { last } = converse(['Suzhou, electrician technician since April 2021, no title, passed every review, no awards', ask], { locale: 'en' });
    expect(textOf(last)).toContain('Skill certificate');
    expect(textOf(last)).toContain('Annual review results');
  });
});

describe('thanks, goodbyes and okays after the answer: one short reply', () => {
  const zh = ['苏州吴中 电工技师 2021年4月 没有职称 考核都合格 没获奖'];
  it.each([
    '谢谢啦，祝你工作顺利', '好的谢谢，我回去准备一下', '多谢多谢 辛苦了老师 祝您生活愉快', '好嘞 多谢 我先去问问单位',
    '行 谢了 兄弟们辛苦', '要得要得 谢谢了哈', '妥了 谢谢', '謝謝你，祝你週末愉快', '好滴 晓得了 我去找人事', '中 谢谢恁',
  ])('%s', (say) => {
    const { last } = converse([...zh, say]);
    expect(last.replies).toHaveLength(1);
    expect(textOf(last).length).toBeLessThanOrEqual(200);
    expect(textOf(last)).toMatch(/[\u4e00-\u9fff]/);
  });
  it.each([
    'brilliant, thanks heaps, have a good one', "thanks a million you're a star", 'ok will do cheers', 'cheers mate have a great weekend',
    'thnx heaps legend', 'ty ty!! gonna go prep the docs now', 'ok got it, will check with HR', 'perfect ta, have a nice one',
  ])('%s', (say) => {
    const { last } = converse(['Suzhou, electrician technician since April 2021, no title, passed every review, no awards', say], { locale: 'en' });
    expect(last.replies).toHaveLength(1);
    expect(textOf(last).length).toBeLessThanOrEqual(200);
    expect(textOf(last)).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
