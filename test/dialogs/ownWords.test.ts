// The interview with people typing in their own words (issue 13): wishes, corrections, everything in a first
// message, traditional characters and mistypings, competitions, no loops, dates, follow-ups, small talk, and how
// the answer reads. Conversations written for the development set, apart from the held-out ones.
import { dialogTurn } from '../../src/conversation/dialogWithQa';
import { dialogTurn as bareDialogTurn, type TurnOutput } from '../../src/dialogs';
import { resources, t } from '../../src/i18n';
import { evaluate } from '../../src/rules';
import { renderResultText } from '../../src/dialogs/renderResult';
import { converse as runConversation } from '../helpers/converse';

const AS_OF = '2026-11';
const zh = resources['zh-CN'].dialog as Record<string, unknown>;

const converse = (messages: string[], locale: 'zh-CN' | 'en' = 'zh-CN', turn = dialogTurn) => runConversation(messages, { locale, asOf: AS_OF, turn });
const textOf = (o: TurnOutput) => o.replies.map((r) => r.text).join('\n');

describe('1. wishes and questions are targets, never holdings; the answer puts the target first', () => {
  it.each([
    ['想冲高工', 'titles'],
    ['想考个电工技师', 'skills'],
    ['工程师能报不', 'titles'],
  ])('%s records nothing held', (text, field) => {
    const { facts } = converse(['重庆', text]);
    expect(facts()[field]).toBeUndefined();
  });

  it('a wanted level comes first in the answer, with whether it is open', () => {
    const { last } = converse(['南充的 技师 2021年9月拿的证 想评个工程师 考核都合格 没拿过奖 没有职称']);
    expect(last.result?.best.skill_to_title).toBe('intermediate');
    const answer = last.replies.find((r) => r.result)!.text.split('\n');
    expect(answer[1]).toMatch(/^🎯/);
    expect(answer[1]).toContain('中级（工程师）：可以申报');
  });

  it('a wanted level not reachable is said so, with the best route there is', () => {
    const { last } = converse(['我在成都，高级工2019年拿的，想冲高工，没职称，考核合格，没获奖']);
    expect(textOf(last)).toMatch(/🎯 您问的副高级（高级工程师）：按您说的情况，没有通往它的贯通路径/);
    expect(last.result?.best.skill_to_title).toBe('assistant');
  });

  it('a denial with a wish ("没有技师证，是想考") is an answer, not the help text', () => {
    const { last } = converse(['重庆', '我没有技师证啊，是想考']);
    expect(textOf(last)).not.toContain((zh.help as string).slice(0, 20));
    expect(last.requestedSlot).toBe('titles');
  });
});

describe('2. corrections replace what they correct and keep the rest, and say what changed', () => {
  it('within one message', () => {
    const { outs } = converse(['沈阳', '技师', '2021年5月，哦不对，是2020年5月']);
    expect(textOf(outs[2])).toContain('已改为：技师（二级）（2020年5月）');
  });

  it('given to another question: the earlier date is replaced, the pending question stays', () => {
    const { outs, facts } = converse(['沈阳', '技师', '2024年6月', '不对，是2022年6月', '没有']);
    expect(outs[3].requestedSlot).toBe('titles');
    expect(textOf(outs[3])).toContain('已改为');
    expect(facts().skills).toEqual([{ level: 'technician', since: '2022-06' }]);
    expect(facts().titles).toEqual([]);
  });

  it('after the answer: the answer is given again, other facts kept', () => {
    const first = '我在重庆，2022年5月拿的技师证，没有职称，考核都合格，没获奖';
    const { outs, facts } = converse([first, '说错了，技师是2020年5月拿的']);
    expect(outs[1].result).toBeDefined();
    expect(textOf(outs[1])).toContain('已改为：技师（二级）（2020年5月）');
    expect(facts()).toMatchObject({ region: 'chongqing', titles: [], awards: [], annualReviewsPassed: true });
  });

  it('restating one of two certificates keeps the other', () => {
    const { facts } = converse(['成都', '高级工和技师', '高级工2015年3月 技师2020年6月', '技师是2020年9月拿的']);
    expect(facts().skills).toEqual([{ level: 'senior_worker', since: '2015-03' }, { level: 'technician', since: '2020-09' }]);
  });

  it('a region corrected in English', () => {
    const { facts } = converse(['I am in Chongqing', 'sorry I meant Chengdu'], 'en');
    expect(facts().region).toBe('sichuan');
  });
});

describe('3. everything in the first message counts', () => {
  it('an HR agent\'s whole case with a question about documents: the answer, then the checklist', () => {
    const { outs } = converse(['来电人：辽宁大连，技师2021年7月取得，无职称，近三年考核合格，无获奖，想问评工程师要带哪些材料']);
    expect(outs[0].result?.best.skill_to_title).toBe('intermediate');
    expect(textOf(outs[0])).toMatch(/📋 材料清单/);
  });

  it('facts and a policy question: the answer and the question\'s answer', () => {
    const { outs } = converse(['我在重庆，2020年5月拿的技师证，没有职称，考核都合格，没获奖。评职称要论文吗']);
    expect(outs[0].result).toBeDefined();
    expect(textOf(outs[0])).toContain('论文');
  });

  it('a first message asking what the interview is for starts it', () => {
    const { outs } = converse(['喂 你好 我想问一下我这个情况能不能评职称']);
    expect(outs[0].requestedSlot).toBe('region');
    expect(textOf(outs[0])).not.toMatch(/没有把握/);
  });
});

describe('4. normalisation: traditional characters, full width, mistypings, run-ons', () => {
  it('traditional characters all the way', () => {
    const { last } = converse(['我在重慶，高級工2022年3月拿的，沒有職稱，考核合格，沒有獲獎']);
    expect(last.result?.region).toBe('chongqing');
  });

  it('a guessed word is confirmed', () => {
    const { outs } = converse(['南昌', '高级技术证书']);
    expect(textOf(outs[1])).toContain('您是说“高级技师证书”吗');
    expect(outs[1].requestedSlot).toBe('skills.since');
  });

  it('two certificates in one breath keep their own dates', () => {
    const { facts } = converse(['我是成都的焊工 高级工证书2018年3月拿的 技师证2022年10月拿的 没有职称']);
    expect(facts().skills).toMatchObject([{ level: 'senior_worker', since: '2018-03' }, { level: 'technician', since: '2022-10' }]);
  });
});

describe('5. competitions as people say them', () => {
  it('the award button records what it says, and the class is asked with choices when it matters', () => {
    const { outs } = converse(['苏州', '高级工', '2020年3月', '没有', '省级技能竞赛名次', '第2名']);
    expect(outs[4].requestedSlot).toBe('awards.rank');
    expect(outs[5].requestedSlot).toBe('awards.class');
    expect(outs[5].replies.at(-1)!.choices).toEqual(['一类竞赛', '二类竞赛', '不清楚']);
  });

  it('"I came 3rd in a provincial contest"', () => {
    const { facts } = converse(['I am in Suzhou', 'senior worker', 'March 2020', 'no title', 'I came 3rd in a provincial contest'], 'en');
    expect(facts().awards).toEqual([{ type: 'competition', tier: 'provincial_class2', rank: 3, classUnknown: true }]);
  });
});

describe('6. no loops', () => {
  it('after two misunderstandings: the choices with an example each, a way to skip, the hand-over', () => {
    const { outs } = converse(['你好', '啊啊啊', '呃呃呃']);
    const stuck = textOf(outs[2]);
    expect(stuck).toContain((zh.examples as Record<string, string>).region);
    expect(stuck).toContain('不知道');
    expect(stuck).toContain('转人工');
    expect(outs[2].replies.at(-1)!.choices?.length).toBeGreaterThan(3);
  });

  it('"什么意思" gets the examples at once', () => {
    const { outs } = converse(['重庆', '什么意思']);
    expect(textOf(outs[1])).toContain((zh.examples as Record<string, string>).skills);
  });

  it('不知道 / 跳过 leave the fact unknown, and the answer says what it depends on', () => {
    const { last } = converse(['重庆', '技师', '2020年5月', '没有', '没有', '跳过']);
    expect(last.result).toBeDefined();
    expect(textOf(last)).toMatch(/您没能确定：年度考核/);
    const { last: noDate } = converse(['重庆', '技师', '不记得了', '没有', '没有', '都合格']);
    expect(textOf(noDate)).toMatch(/您没能确定：取证时间/);
  });

  it('a conversation never asks the same question more than three times: the third miss leaves it open and goes on', () => {
    const { outs, facts } = converse(['重庆', 'x', 'y', 'z', 'w']);
    expect(outs.filter((o) => o.requestedSlot === 'skills').length).toBe(3);
    expect(textOf(outs[3])).toBe(`${t('zh-CN', 'dialog:skipped')}\n${t('zh-CN', 'dialog:ask.titles')}`);
    expect(textOf(outs[3])).toContain('转人工');
    expect(outs[3].requestedSlot).toBe('titles');
    expect(facts().unknown).toContain('skills');
  });
});

describe('7. dates', () => {
  it('a bare number is confirmed, and the confirmed date is echoed with what was assumed', () => {
    const { outs, facts } = converse(['重庆', '技师', '3', '是']);
    expect(textOf(outs[2])).toBe('是3年前，2023年11月吗？');
    expect(outs[2].requestedSlot).toBe('confirm');
    expect(textOf(outs[3])).toMatch(/记下了：技师（二级）（2023年11月）。（您说的是几年前/);
    expect(facts().skills).toEqual([{ level: 'technician', since: '2023-11' }]);
  });

  it('a bare number refused asks the date again', () => {
    const { outs } = converse(['重庆', '技师', '3', '不是']);
    expect(outs[3].requestedSlot).toBe('skills.since');
  });

  it('a date in the future is questioned, not recorded', () => {
    const { outs, facts } = converse(['重庆', '技师', '2027年']);
    expect(textOf(outs[2])).toContain('2027年12月还没到');
    expect(outs[2].requestedSlot).toBe('skills.since');
    expect(facts().skills).toEqual([{ level: 'technician' }]);
  });
});

describe('8. follow-ups after the answer, from the person\'s own result', () => {
  const first = '我在重庆，2024年5月拿的技师证，没有职称，考核都合格，没获奖';
  it('when', () => {
    const { last } = converse([first, '什么时候能评工程师']);
    expect(textOf(last)).toContain('从2027年5月起可以');
  });
  it('by a year named', () => {
    const { last } = converse([first, '那我后年能评工程师吗']);
    expect(textOf(last)).toMatch(/到2028年可以/);
  });
  it('what if: answered on a copy, said so, the facts unchanged', () => {
    const { last, facts } = converse([first, '如果我有高级技师证呢']);
    expect(textOf(last)).toContain('这只是假设');
    expect(facts().skills).toEqual([{ level: 'technician', since: '2024-05' }]);
  });
  it('a supposition before the answer is not recorded as held', () => {
    const { facts } = converse(['重庆', '如果我有技师证，能评什么']);
    expect(facts().skills).toBeUndefined();
  });
  it('exemptions', () => {
    const { last } = converse([first, '能免理论考试吗']);
    expect(textOf(last)).toMatch(/理论考试/);
  });
  it('what to bring', () => {
    const { last } = converse([first, '要带什么材料']);
    expect(textOf(last)).toMatch(/☐/);
  });
});

describe('9. small talk', () => {
  it.each(['在吗', '谢谢', '好的', '人呢', '好的拜拜'])('%s: one short reply and the pending question, never the help text', (text) => {
    const { outs } = converse(['重庆', text]);
    expect(outs[1].replies).toHaveLength(2);
    expect(outs[1].requestedSlot).toBe('skills');
    expect(textOf(outs[1])).not.toContain((zh.help as string).slice(0, 20));
  });
  it('thanks in English after the answer', () => {
    const { last } = converse(['I am in Chongqing, technician since May 2020, no title, reviews passed, no awards', 'thanks'], 'en');
    expect(last.replies).toHaveLength(1);
    expect(textOf(last)).toMatch(/welcome/i);
  });
  it('"没有了" after the answer is a short close, not a misunderstanding', () => {
    const { last } = converse(['重庆，技师，2020年5月拿证，没有职称，没有获奖，考核都合格', '没有了']);
    expect(last.replies).toHaveLength(1);
    expect(textOf(last)).not.toMatch(/没看懂/);
  });
  it('转人工 with nothing said yet does not report a failed hand-over', () => {
    const { last } = converse(['转人工'], 'zh-CN', bareDialogTurn);
    expect(last.effects).toContainEqual({ type: 'handoff', reason: 'asked', nothingSaid: true });
  });
});

describe('10. presentation', () => {
  it('the headline is the highest eligible path', () => {
    const r = evaluate({ region: 'chongqing', asOf: AS_OF, skills: [{ level: 'technician', since: '2018-05' }], titles: [], awards: [], annualReviewsPassed: true }, { asOf: AS_OF });
    const text = renderResultText(r, 'zh-CN');
    expect(text.split('\n')[1]).toContain('中级（工程师）');
  });
  it('English answers stay short, with dates in English and no full-width brackets around them', () => {
    const { last } = converse(['I am in Sichuan, senior technician since March 2018, engineer title since May 2019, reviews passed, National Technical Expert'], 'en');
    const answer = last.replies.find((r) => r.result)!.text;
    const before = answer.slice(0, answer.indexOf('Reply "details"'));
    expect(before.length).toBeLessThanOrEqual(760);
    expect(textOf(last)).not.toMatch(/（\d{4}-\d+）/);
    expect(textOf(last)).toContain('March 2018');
  });
  it('awards by name and the person\'s own title series in the echo', () => {
    const { outs } = converse(['我在成都，有高级工，农艺师2020年评的，全国技术能手']);
    expect(textOf(outs[0])).toContain('全国技术能手');
    expect(textOf(outs[0])).toContain('农业系列中级');
    expect(textOf(outs[0])).not.toContain('1项奖励');
  });
  it('a title outside the 贯通 series is echoed as named and left out of the answer, saying so', () => {
    const { last } = converse(['我是中级会计师，2019年取得，在重庆，没有技能证书，没获奖，考核合格']);
    expect(textOf(last)).toContain('记下了：重庆；没有技能证书；中级会计师（2019年12月）');
    expect(textOf(last)).toMatch(/中级会计师不在贯通的职称系列/);
    expect(textOf(last)).not.toContain('中级（工程师）（2019');
  });
  it('a date said after the question moved on goes to the title still undated', () => {
    const { facts } = converse(['昆山', '电工高级工', '去年三月', '工程师', '2021年评的']);
    expect(facts().titles).toMatchObject([{ level: 'intermediate', since: '2021-12' }]);
  });
  it('换个地区 puts the two regions side by side, path by path', () => {
    const { last } = converse(['重庆，技师，2020年5月拿证，没有职称，没有获奖，考核都合格', '换个地区 四川']);
    expect(textOf(last)).toMatch(/• 中级（工程师）：重庆 可以申报｜四川 可以申报/);
  });
  it('the theory-exam exemption reaches the text', () => {
    const r = evaluate({ region: 'chongqing', asOf: AS_OF, skills: [], titles: [{ level: 'intermediate', since: '2018-01', series: 'engineering' }], awards: [], annualReviewsPassed: true, workYears: 10, relatedDiploma: true }, { asOf: AS_OF });
    const exempt = r.paths.some((p) => p.theoryExamExempt);
    expect(exempt).toBe(true);
    expect(renderResultText(r, 'zh-CN')).toContain('可免理论知识考试');
  });
  it.each(['chongqing', 'sichuan', 'liaoning', 'jiangxi', 'suzhou', 'national'] as const)('every note of the result reaches the text (%s)', (region) => {
    const r = evaluate({ region, asOf: AS_OF, skills: [{ level: 'technician', since: '2020-01' }], titles: [{ level: 'intermediate', since: '2019-01', series: 'engineering' }], awards: [], relatedDiploma: true, workYears: 10 }, { asOf: AS_OF });
    const text = renderResultText(r, 'zh-CN');
    for (const n of r.notes) expect(text).toContain(t('zh-CN', `rules:note.${n.code}`, n.values as Record<string, unknown>).slice(0, 12));
    const en = renderResultText(r, 'en', { full: true });
    for (const n of r.notes) expect(en).toContain(t('en', `rules:note.${n.code}`, n.values as Record<string, unknown>).slice(0, 12));
  });
  it('after a correction of a review: "不对，都合格" replaces the failed one and answers again', () => {
    const { last, facts } = converse(['辽宁', '高级工', '2020年3月', '没有', '没有', '考核有一年不合格', '不对，都合格']);
    expect(facts().annualReviewsPassed).toBe(true);
    expect(last.result?.best.skill_to_title).toBe('assistant');
  });
  it('the national fallback reaches the text', () => {
    const { last } = converse(['我在杭州，技师2019年5月，没有职称，考核合格，没获奖']);
    expect(textOf(last)).toContain('96号全国文件');
  });
});
