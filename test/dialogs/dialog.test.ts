import fc from 'fast-check';
import { createActor, initialTransition, transition } from 'xstate';
import { dialogMachine, DIALOG_VERSION, type DialogState } from '../../src/dialogs';
import { dialogTurn } from '../../src/conversation/dialogWithQa';
import { interpret } from '../../src/dialogs/interpret';
import { noAnswerer } from '../../src/dialogs/replies';
import { resources } from '../../src/i18n';
import { ALL_IN_ONE, CONVERSATIONS } from './conversations';
import { converse as runConversation } from '../helpers/converse';

const AS_OF = '2026-11';

const converse = (locale: 'zh-CN' | 'en', messages: string[]) => runConversation(messages, { locale, asOf: AS_OF });

/** Plays a person who answers whatever the bot asks for, until the answer comes. */
function interview(c: (typeof CONVERSATIONS)[number]) {
  let state: DialogState | undefined;
  let out = dialogTurn(state, { text: c.open, asOf: AS_OF, locale: c.locale });
  const asked: (string | null)[] = [];
  let messages = 1;
  while (!out.result && messages < 16) {
    asked.push(out.requestedSlot);
    const answer = out.requestedSlot ? c.answers[out.requestedSlot] : undefined;
    if (answer === undefined) throw new Error(`${c.id}: asked ${out.requestedSlot}, which the script cannot answer (asked ${asked.join(',')}): ${out.replies.map((r) => r.text).join(' / ')}`);
    state = out.state;
    out = dialogTurn(state, { text: answer, asOf: AS_OF, locale: c.locale });
    messages++;
  }
  return { out, asked, messages };
}

describe('whole conversations in every region and both locales', () => {
  it.each(CONVERSATIONS.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const { out, asked, messages } = interview(c);
    expect(out.result?.best).toEqual(c.best);
    expect(out.result?.region).toBe(c.region);
    for (const slot of c.neverAsks ?? []) expect(asked).not.toContain(slot);
    expect(new Set(asked).size).toBe(asked.length); // never the same question twice
    if (c.maxMessages) expect(messages).toBeLessThanOrEqual(c.maxMessages);
    expect(out.requestedSlot).toBeNull();
    expect(out.replies.at(-1)!.text.length).toBeGreaterThan(20);
  });

  it('asks at most 7 messages in the median', () => {
    const counts = CONVERSATIONS.map((c) => interview(c).messages).sort((a, b) => a - b);
    expect(counts[Math.floor((counts.length - 1) / 2)]).toBeLessThanOrEqual(7);
  });

  it.each(ALL_IN_ONE.map((x) => [x.text, x] as const))('answers at once: %s', (_t, x) => {
    const { last } = converse(x.locale, [x.text]);
    expect(last.result?.best).toEqual(x.best);
  });

  it('never asks for a title date when there is no title, nor a rank without a competition', () => {
    const { interviews } = { interviews: CONVERSATIONS.filter((c) => /没有|none|no|5/.test(c.answers.titles)).map(interview) };
    for (const i of interviews) expect(i.asked).not.toContain('titles.since');
    for (const c of CONVERSATIONS.filter((x) => !x.answers['awards.rank'])) expect(interview(c).asked).not.toContain('awards.rank');
  });

  it('says in the answer when it used the national baseline for another place', () => {
    const { out } = interview(CONVERSATIONS.find((c) => c.region === 'national')!);
    expect(out.result?.notes.map((n) => n.code)).toContain('national_fallback');
    expect(out.replies.at(-1)!.text).toContain('96号');
  });

  it('gives the best path first, the status of the others in words, the clause and the documents', () => {
    const { last } = converse('zh-CN', ['重庆，技师，2024年5月拿证，没有职称，没有获奖，考核都合格']);
    const text = last.replies.at(-1)!.text;
    expect(text).toMatch(/渝人社发〔2020〕32号/);
    expect(text).toMatch(/从2027年5月起可以/); // 中级: 3 years after 2024-05
    expect(text).toMatch(/要带的材料/);
    expect(text.indexOf('助理级')).toBeLessThan(text.indexOf('中级'));
  });
});

describe('commands at any point', () => {
  it('帮助 explains and asks the same question again', () => {
    const { outs } = converse('zh-CN', ['你好', '重庆', '帮助']);
    expect(outs[2].replies[0].text).toMatch(/重新开始/);
    expect(outs[2].requestedSlot).toBe(outs[1].requestedSlot);
  });

  it('重新开始 returns to the first question; 上一步 goes back one', () => {
    const { outs } = converse('zh-CN', ['你好', '重庆', '高级工', '重新开始', '四川', '上一步']);
    expect(outs[3].requestedSlot).toBe(outs[0].requestedSlot);
    expect(outs[4].requestedSlot).toBe('skills');
    expect(outs[5].requestedSlot).toBe('region');
  });

  it('修改 changes one fact and answers again', () => {
    const first = '重庆，技师，2020年5月拿证，没有职称，没有获奖，考核都合格';
    const { outs } = converse('zh-CN', [first, '修改 地区 成都']);
    expect(outs[0].result?.region).toBe('chongqing');
    expect(outs[1].result?.region).toBe('sichuan');
  });

  it('修改 without a fact asks which one, then re-asks it', () => {
    const { outs } = converse('zh-CN', ['重庆，技师，2020年5月拿证，没有职称，没有获奖，考核都合格', '修改', '职称', '工程师']);
    expect(outs[1].replies.at(-1)!.choices?.length).toBeGreaterThan(3);
    expect(outs[2].requestedSlot).toBe('titles');
    expect(outs.at(-1)!.result).toBeDefined();
  });

  it('换个地区 compares the same facts side by side', () => {
    const { last } = converse('zh-CN', ['重庆，技师，2020年5月拿证，没有职称，没有获奖，考核都合格', '换个地区 四川']);
    const text = last.replies[0].text;
    expect(text).toMatch(/重庆/);
    expect(text).toMatch(/四川/);
  });

  it('材料清单 and 原文 give the checklist and the quoted clauses', () => {
    const { outs } = converse('zh-CN', ['重庆，技师，2020年5月拿证，没有职称，没有获奖，考核都合格', '材料清单', '原文']);
    expect(outs[1].replies[0].text).toMatch(/☐ 职业资格证书/);
    expect(outs[2].replies[0].text).toContain('获得技师职业资格或职业技能等级后，从事技术技能工作满3年，可申报评审相应专业工程师。');
  });

  it('删除我的数据 asks the host to erase and starts afresh', () => {
    const { last } = converse('zh-CN', ['重庆', '删除我的数据']);
    expect(last.effects).toContainEqual({ type: 'erase_my_data' });
    expect(last.requestedSlot).toBe('region');
  });

  it('switches language on request', () => {
    const { last } = converse('zh-CN', ['你好', 'English']);
    expect(last.locale).toBe('en');
    expect(last.replies.at(-1)!.text).toMatch(/province|city/i);
  });
});

describe('the machine', () => {
  const send = (snapshot: ReturnType<typeof initialTransition<typeof dialogMachine>>[0], text: string) =>
    transition(dialogMachine, snapshot, interpret(snapshot.context, { text, asOf: AS_OF }, noAnswerer))[0];

  it('is pure: initialTransition and transition give the next question without running an actor', () => {
    const [s0] = initialTransition(dialogMachine, { locale: 'zh-CN' });
    const s1 = send(s0, '我在重庆');
    expect(s1.value).toBe('interview');
    expect(s1.context.asking).toBe('skills');
    expect(s1.context.facts.region).toBe('chongqing');
    const s2 = send(s1, '没有');
    expect(s2.context.asking).toBe('titles');
  });

  it('receives typed events: the text is understood once, before the machine', () => {
    const [s0] = initialTransition(dialogMachine, { locale: 'zh-CN' });
    expect(interpret(s0.context, { text: '我在重庆', asOf: AS_OF }, noAnswerer).type).toBe('answer');
    expect(interpret(s0.context, { text: '帮助', asOf: AS_OF }, noAnswerer)).toMatchObject({ type: 'command', command: { type: 'help' } });
    expect(interpret(s0.context, { text: '谢谢', asOf: AS_OF }, noAnswerer)).toMatchObject({ type: 'smallTalk', kind: 'thanks' });
    expect(interpret(s0.context, { text: '评职称要论文吗', asOf: AS_OF }, noAnswerer).type).toBe('question');
    expect(interpret(s0.context, { text: '啊啊啊', asOf: AS_OF }, noAnswerer).type).toBe('unclear');
    const s1 = send(send(s0, '重庆'), '技师');
    expect(interpret(s1.context, { text: '2021年5月，哦不对，是2020年5月', asOf: AS_OF }, noAnswerer).type).toBe('answer');
    expect(interpret(send(s1, '2021年5月').context, { text: '不对，是2020年5月', asOf: AS_OF }, noAnswerer).type).toBe('correction');
  });

  it('persists through JSON and resumes where it was', () => {
    const [s0] = initialTransition(dialogMachine, { locale: 'zh-CN' });
    const s1 = send(s0, '沈阳');
    const json = JSON.parse(JSON.stringify(dialogMachine.getPersistedSnapshot(s1)));
    const a = createActor(dialogMachine, { snapshot: json, input: {} }).start();
    expect(a.getSnapshot().context.facts.region).toBe('liaoning');
    a.send(interpret(a.getSnapshot().context, { text: '技师', asOf: AS_OF }, noAnswerer));
    expect(a.getSnapshot().context.asking).toBe('skills.since');
    a.stop();
  });

  it('keeps the stored state small (at most 2 KB after a whole interview)', () => {
    const { out } = interview(CONVERSATIONS[0]);
    expect(out.state.version).toBe(DIALOG_VERSION);
    expect(Buffer.byteLength(JSON.stringify(out.state))).toBeLessThanOrEqual(2048);
  });

  it('ignores a state of another version', () => {
    const { state } = converse('zh-CN', ['重庆']);
    const out = dialogTurn({ ...state!, version: DIALOG_VERSION + 1 }, { text: '你好', asOf: AS_OF });
    expect(out.requestedSlot).toBe('region');
  });

  it('says it restarted when the host lost the state', () => {
    const out = dialogTurn(undefined, { text: '技师', asOf: AS_OF, notice: 'state_reset' });
    expect(out.replies[0].text).toBe(resources['zh-CN'].dialog.stateReset);
  });
});

describe('any text gets a reply and the conversation goes on', () => {
  const junk = ['😀😀😀', 'a'.repeat(5000), '\u0007\u001b[2J', "'; DROP TABLE users; --", '<script>alert(1)</script>', '‮مرحبا‬', '   ', '', '1234567890'.repeat(200)];
  it.each(junk.map((j) => [JSON.stringify(j.slice(0, 20)), j]))('%s', (_n, j) => {
    const { outs } = converse('zh-CN', ['你好', '重庆', j, '技师']);
    expect(outs[2].replies.map((r) => r.text).join('').trim().length).toBeGreaterThan(0);
    expect(outs[2].requestedSlot).toBe('skills');
    expect(outs[3].requestedSlot).toBe('skills.since');
  });

  it('property: any string yields a non-empty reply and a valid, resumable state', () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 300 }), { minLength: 1, maxLength: 6 }), fc.constantFrom<'zh-CN' | 'en'>('zh-CN', 'en'), (messages, locale) => {
      let state: DialogState | undefined;
      for (const text of messages) {
        const out = dialogTurn(state, { text, asOf: AS_OF, locale });
        if (!out.replies.length || !out.replies.map((r) => r.text).join('').trim()) return false;
        state = JSON.parse(JSON.stringify(out.state));
        if (state!.version !== DIALOG_VERSION) return false;
      }
      return true;
    }), { numRuns: 200 });
  });
});
