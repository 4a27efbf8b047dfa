// The interview's conversation behaviour (issue 13, items 2, 3, 6–10) in wordings of our own: follow-ups that name
// a level, misses that end in a skipped question, greetings that are not questions, the region choices from the one
// list of places, months in each locale's own form.
import type { TurnOutput } from '../../src/dialogs';
import { t } from '../../src/i18n';
import { REGIONS_WITH_TEXT } from '../../src/rules/places';
import { converse as runConversation } from '../helpers/converse';

const AS_OF = '2026-11';

const converse = (messages: string[], locale: 'zh-CN' | 'en' = 'zh-CN') => runConversation(messages, { locale, asOf: AS_OF });
const textOf = (o: TurnOutput) => o.replies.map((r) => r.text).join('\n');

// 技师 2020-09 and 高级技师 2025-07 in Liaoning: 工程师 now, 高工 from 2029-07 (4 years after the 高级技师)
const DALIAN = '我在大连，技师2020年9月拿的，高级技师2025年7月拿的，没有职称，没获过奖，考核都合格';

describe('follow-ups after the answer that name a level', () => {
  it.each([
    ['高工什么时候能报', '副高级（高级工程师）：从2029年7月起可以'],
    ['高级工程师要等到什么时候', '副高级（高级工程师）：从2029年7月起可以'],
    ['那工程师哪年能报', '中级（工程师）：可以申报'],
    ['工程师几时能评', '中级（工程师）：可以申报'],
  ])('%s: answered from the person\'s own result, nothing recorded as held', (text, line) => {
    const { outs, last, facts } = converse([DALIAN, text]);
    expect(outs[0].result?.best.skill_to_title).toBe('intermediate');
    expect(textOf(last)).toContain(line);
    expect(last.result).toBeUndefined();
    expect(facts().titles).toEqual([]);
  });

  it('a level asked about that the person already holds is where they start from, not what they ask for', () => {
    const { last } = converse([DALIAN, '技师评高工要几年']);
    expect(textOf(last)).toContain('副高级（高级工程师）');
    expect(textOf(last)).not.toContain('没有通往技师');
  });

  it('a policy question naming a level after the answer still goes to the policy answer', () => {
    const { last } = converse([DALIAN, '评高级工程师要论文吗']);
    expect(textOf(last)).toMatch(/论文/);
  });

  it.each([
    ['我忘了说，前年省赛一类拿过第二名，个人赛', '省级一类'],
    ['补充一下，我还有助理工程师，2022年3月评的', '助理级'],
  ])('%s: one fact added after the answer is echoed before the answer is given again', (text, echoed) => {
    const { last } = converse([DALIAN, text]);
    expect(last.result).toBeDefined();
    const first = last.replies[0].text;
    expect(first.startsWith(t('zh-CN', 'dialog:ack.line', { facts: '' }).split('：')[0])).toBe(true);
    expect(first).toContain(echoed);
  });

  it('a dated level after the answer is a new fact, and the answer is given again', () => {
    const { last, facts } = converse([DALIAN, '我还有工程师职称，2021年6月评的']);
    expect(last.result).toBeDefined();
    expect((facts().titles as { level: string }[])[0].level).toBe('intermediate');
  });
});

describe('questions about the person\'s own result that name no fact', () => {
  it.each(['要准备些啥', '需要哪些证明材料', '材料要哪些', '要帶什麼材料'])('%s: the checklist of their own paths', (text) => {
    const { last } = converse([DALIAN, text]);
    expect(textOf(last).startsWith(t('zh-CN', 'dialog:documents.title'))).toBe(true);
    expect(textOf(last)).toContain('中级（工程师）');
  });

  it.each(['我现在能报啥', '能评几级', '技师能评啥'])('%s: the best path and the others open now', (text) => {
    const { last } = converse([DALIAN, text]);
    expect(textOf(last).split('\n')).toEqual(['中级（工程师）：可以申报（辽人社规〔2019〕2号 三（二）2）', '助理级（助理工程师）：可以申报（辽人社规〔2019〕2号 三（二）2）']);
    expect(last.result).toBeUndefined();
  });

  it.each([
    ['what documents do I need', 'dialog:documents.title'],
    ['what can I apply for now', null],
    ['can I apply next year for senior engineer', null],
  ])('in English: %s', (text, startKey) => {
    const { outs, last } = converse(['I work in Dalian, technician since Sep 2020, senior technician since Jul 2025, no title, no awards, reviews all passed', text], 'en');
    expect(outs[0].result?.best.skill_to_title).toBe('intermediate');
    expect(last.result).toBeUndefined();
    if (startKey) expect(textOf(last).startsWith(t('en', startKey))).toBe(true);
    else expect(textOf(last)).toMatch(/[Ii]ntermediate \(engineer\): you can apply|[Dd]eputy senior \(senior engineer\): from July 2029/);
  });

  it.each(['还差什么', '还差几年', '还缺啥条件'])('%s: the routes not open yet, with what each lacks', (text) => {
    const { last } = converse([DALIAN, text]);
    const lines = textOf(last).split('\n');
    expect(lines[0]).toBe(t('zh-CN', 'dialog:followUp.stillMissing'));
    expect(lines[1]).toBe('• 副高级（高级工程师）：从2029年7月起可以（还差：取得证书满4年（目前1.33年））（辽人社规〔2019〕2号 三（二）2）');
  });

  it('nothing missing is said so, with the route open now', () => {
    const { last } = converse(['我在重庆，2022年5月拿的技师证，没有职称，考核都合格，没获奖', '还差什么']);
    expect(textOf(last).startsWith(t('zh-CN', 'dialog:followUp.nothingMissing', { line: '' }))).toBe(true);
  });

  it.each([['那明年呢', '按现在的情况，到2027年还不够：副高级（高级工程师）：从2029年7月起可以'], ['大后年呢', '到2029年可以：副高级（高级工程师）：从2029年7月起可以']])(
    '%s: the route that opens soonest, by then or not', (text, line) => {
      expect(textOf(converse([DALIAN, text]).last)).toContain(line);
    });

  it('理论考试能免不 is the exemption follow-up', () => {
    const { last } = converse(['苏州，工程师2018年评的，没有技能证书，考核合格，没获奖', '理论考试能免不']);
    expect(textOf(last)).toContain('可免理论知识考试');
  });

  it('这个结果准吗: how the answer was worked out and that local rules prevail', () => {
    const { last } = converse([DALIAN, '这个结果准吗']);
    expect(textOf(last)).toBe(t('zh-CN', 'dialog:followUp.trust', { docs: '辽人社规〔2019〕2号' }));
  });

  it('"compare with Sichuan" compares, side by side, and keeps the region; the same region is said to be the same', () => {
    const en = converse(['I work in Dalian, technician since Sep 2020, senior technician since Jul 2025, no title, no awards, reviews all passed', 'compare with Sichuan'], 'en');
    expect(en.last.result).toBeUndefined();
    expect(textOf(en.last)).toContain('Liaoning and Sichuan');
    expect(en.facts().region).toBe('liaoning');
    const same = converse([DALIAN, '换个地区 沈阳']);
    expect(textOf(same.last)).toBe(t('zh-CN', 'dialog:compareSame', { region: '辽宁' }));
  });

  it.each(['还差什么', '我能报啥'])('%s before there is an answer: no result yet and the pending question, no hand-over', (text) => {
    const { outs } = converse(['重庆', text, text]);
    for (const o of outs.slice(1)) {
      expect(textOf(o)).toBe(`${t('zh-CN', 'dialog:noResultYet')}\n${t('zh-CN', 'dialog:ask.skills')}`);
      expect(o.effects.some((e) => e.type === 'handoff')).toBe(false);
    }
  });

  it('before the answer, 要准备些啥 is not taken for the checklist of a result there is not yet', () => {
    const { last } = converse(['重庆', '要准备些啥']);
    expect(textOf(last).startsWith(t('zh-CN', 'dialog:documents.title'))).toBe(false);
    expect(last.requestedSlot).toBe('skills');
  });
});

describe('no loops: misses of one question', () => {
  it('what is not understood three times is left open, said so, and the next question comes', () => {
    const { outs, facts } = converse(['我在重庆，技师2021年5月', 'qwer', 'asdf', 'zxcv']);
    expect(outs.slice(1).map((o) => o.requestedSlot)).toEqual(['titles', 'titles', 'awards']);
    expect(textOf(outs[2])).toContain(t('zh-CN', 'dialog:stuck'));
    expect(textOf(outs[3])).toContain(t('zh-CN', 'dialog:skipped'));
    expect(facts().unknown).toContain('titles');
  });

  it('the last question missed three times gives the answer, which says what it depends on', () => {
    const { last } = converse(['我在重庆，技师2021年5月，没有职称，没获奖', 'zxcv', 'qwer', 'asdf']);
    expect(last.result).toBeDefined();
    expect(textOf(last)).toContain(t('zh-CN', 'dialog:skipped'));
    expect(textOf(last)).toMatch(/您没能确定：年度考核/);
  });

  it('which fact to change (修改): a second answer naming none, or 算了, keeps everything and goes on', () => {
    const { outs } = converse([DALIAN, '修改', 'xyz', 'xyz']);
    expect(outs[2].requestedSlot).toBe('modify');
    expect(textOf(outs[3]).startsWith(t('zh-CN', 'dialog:modifyKept'))).toBe(true);
    expect(outs[3].result?.best.skill_to_title).toBe('intermediate');
    const { last } = converse(['重庆', '修改', '算了']);
    expect(textOf(last)).toBe(`${t('zh-CN', 'dialog:modifyKept')}\n${t('zh-CN', 'dialog:ask.skills')}`);
  });

  it('有 / yes to "do you hold one?" asks which one the first time, and still cannot loop', () => {
    const { outs } = converse(['重庆', '技师2020年5月', '有', '有', '有']);
    expect(textOf(outs[2])).toBe(`${t('zh-CN', 'dialog:whichOne')}\n${t('zh-CN', 'dialog:ask.titles')}`);
    expect(textOf(outs[3])).toContain(t('zh-CN', 'dialog:stuck'));
    expect(outs[4].requestedSlot).not.toBe('titles');
    const en = converse(['Chongqing', 'technician since May 2020', 'yes'], 'en');
    expect(textOf(en.last).startsWith(t('en', 'dialog:whichOne'))).toBe(true);
  });

  it('a place with no text of its own is echoed with the national text that answers for it', () => {
    const { last } = converse(['你好', '无锡']);
    expect(textOf(last)).toContain('记下了：无锡→全国（人社部文件）');
  });

  it('"什么意思" at once gets the examples with its own lead, not "still not understood"', () => {
    const { last } = converse(['重庆', '什么意思']);
    expect(textOf(last).startsWith(t('zh-CN', 'dialog:stuckConfused'))).toBe(true);
    expect(textOf(last)).not.toContain(t('zh-CN', 'dialog:stuck'));
  });

  it('in English too', () => {
    const { outs } = converse(['I work in Chongqing', 'blah', 'blah blah', 'blah blah blah'], 'en');
    expect(textOf(outs[3])).toContain(t('en', 'dialog:skipped'));
    expect(outs[3].requestedSlot).not.toBe('skills');
  });
});

describe('small talk in people\'s words: one short reply and the pending question, never a miss', () => {
  it.each([
    ['哈哈', 'smallTalk.ok'], ['嗯嗯好的', 'smallTalk.ok'], ['晚安', 'smallTalk.bye'], ['你是机器人吗', 'smallTalk.who'], ['你叫什么', 'smallTalk.who'],
  ])('%s', (text, key) => {
    const { outs } = converse(['重庆', text, text, text]);
    for (const o of outs.slice(1)) {
      expect(textOf(o)).toBe(`${t('zh-CN', `dialog:${key}`)}\n${t('zh-CN', 'dialog:ask.skills')}`);
      expect(o.requestedSlot).toBe('skills');
      expect(o.effects.some((e) => e.type === 'handoff')).toBe(false);
    }
  });

  it.each(['明白了，谢谢', '好吧谢谢'])('%s is thanks', (text) => {
    expect(textOf(converse([DALIAN, text]).last)).toBe(t('zh-CN', 'dialog:smallTalk.thanksAnswered'));
  });

  it('"is there …" after the answer goes to the policy answerer, and an English echo is cut at a word', () => {
    const { last } = converse(['I work in Dalian, technician since Sep 2020, no title, no awards, reviews all passed', 'is there a green channel'], 'en');
    expect(textOf(last)).not.toContain("didn't understand");
    const odd = converse(['I work in Dalian', 'purple elephants dancing on the roof tonight'], 'en');
    expect(textOf(odd.last)).toContain('purple elephants dancing on the roof…');
  });

  it('are you a bot? in English, and after the answer', () => {
    const { last } = converse(['hello', 'are you a bot?'], 'en');
    expect(textOf(last)).toBe(`${t('en', 'dialog:smallTalk.who')}\n${t('en', 'dialog:ask.region')}`);
    const after = converse([DALIAN, '你是真人吗']);
    expect(textOf(after.last)).toBe(t('zh-CN', 'dialog:smallTalk.whoAnswered'));
  });
});

describe('everything in the first message counts', () => {
  it('facts, a level wanted and a question beside it (要不要论文): the answer with the level first, and the question answered', () => {
    const { last } = converse(['我在重庆，技师2021年5月拿的，没职称，考核都合格，没获奖，评工程师要不要论文']);
    expect(textOf(last)).toMatch(/论文/);
    expect(textOf(last)).toContain('🎯 您问的：中级（工程师）：可以申报');
  });

  it.each([
    ['HR咨询：员工在苏州，高级技师2016年6月取得，无职称，考核合格，无获奖，请问能申报什么，要哪些材料', 'zh-CN'],
    ['Chongqing, senior worker since June 2018, no title, passed reviews, no awards, what documents do I need?', 'en'],
  ] as const)('a whole case asking what to bring: the answer, then the person\'s own checklist (%s)', (text, locale) => {
    const { last } = converse([text], locale);
    expect(last.result).toBeDefined();
    const i = last.replies.findIndex((r) => r.result);
    expect(last.replies[i + 1].text.startsWith(t(locale, 'dialog:documents.title'))).toBe(true);
    expect(last.replies.length).toBe(i + 2);
  });
});

describe('a policy question mid-interview is answered with the person\'s facts so far', () => {
  it('我这种情况能评什么, after the region and a dated certificate: the routes for them, then the pending question', () => {
    const { last } = converse(['我在重庆', '技师，2021年5月', '我这种情况能评什么']);
    expect(last.replies[0].text.startsWith(t('zh-CN', 'qa:elig.yourFacts'))).toBe(true);
    expect(last.replies[0].text).toContain('年限已经够了');
    expect(last.requestedSlot).toBe('titles');
  });
});

describe('dates', () => {
  it('a date given instead of the one proposed for a bare number is echoed', () => {
    const { outs, facts } = converse(['沈阳', '技师', '3', '不是，是2019年5月']);
    expect(outs[2].requestedSlot).toBe('confirm');
    // an answer or, read as one, a correction of the reading proposed: either way the date is said
    expect(textOf(outs[3])).toMatch(/(?:记下了|已改为)：技师（二级）（2019年5月）/);
    expect((facts().skills as { since?: string }[])[0].since).toBe('2019-05');
  });
});

describe('a greeting before the facts is not a question', () => {
  it('在吗 with facts: the facts noted, no policy answer to "在吗"', () => {
    const { last } = converse(['在吗 重庆的 技师证2021年5月拿的']);
    expect(textOf(last)).toContain('记下了：重庆；技师（二级）（2021年5月）');
    expect(last.replies.some((r) => r.text.startsWith('依据：') || r.text.includes('我收录了'))).toBe(false);
  });

  it('a greeting with facts and a real question: the question is still answered', () => {
    const { last } = converse(['你好，我在重庆，技师2021年5月，没有职称，考核合格，没获奖，评职称要论文吗']);
    expect(last.result?.best.skill_to_title).toBe('intermediate');
    expect(textOf(last)).toMatch(/论文/);
  });
});

describe('presentation', () => {
  it('the region choices are the regions with a text of their own, by their policy names, and elsewhere', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const { last } = converse([locale === 'en' ? 'hello' : '你好'], locale);
      const choices = last.replies.at(-1)!.choices!;
      expect(choices).toEqual([...REGIONS_WITH_TEXT.map((r) => t(locale, `rules:region.${r}`)), t(locale, 'dialog:choice.region.other')]);
    }
    expect(REGIONS_WITH_TEXT).not.toContain('national');
  });

  it.each(REGIONS_WITH_TEXT.map((r) => [r]))('tapping the choice for %s records that region', (region) => {
    const { facts } = converse(['你好', t('zh-CN', `rules:region.${region}`)]);
    expect(facts().region).toBe(region);
  });

  it('no route at all for someone at the top of what the text covers: says nothing leads further up, not what a route starts from', () => {
    const { last } = converse(['重庆，高级技师2010年6月，高级工程师2015年6月评的，考核合格，重庆技能大师']);
    expect(last.result?.paths).toEqual([]);
    expect(textOf(last)).toContain(t('zh-CN', 'dialog:answer.noneHigher', { region: '重庆', held: '高级技师（一级）、副高级（高级工程师）' }));
    expect(textOf(last)).not.toContain(t('zh-CN', 'dialog:answer.none'));
    const nothing = converse(['重庆，没有证书，没有职称，没获奖']);
    expect(textOf(nothing.last)).toContain(t('zh-CN', 'dialog:answer.none'));
  });

  it('months in each locale\'s own form: January 2027, 2027年1月', () => {
    const en = converse(['I got my senior worker certificate in January 2025, I live in Chongqing, no title, no awards, reviews passed'], 'en');
    expect(textOf(en.last)).toContain('January 2027');
    expect(textOf(en.last)).not.toMatch(/（\d{4}-\d+）/);
    const zh = converse(['重庆，高级工2025年1月拿的，没有职称，没获奖，考核合格']);
    expect(textOf(zh.last)).toContain('2027年1月');
  });
});
