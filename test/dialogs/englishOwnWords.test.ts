// Whole English conversations in wordings of our own (none from a conversation set): a level wanted in other words is
// no holding, a supposition "since then" is dated from the date said before and changes nothing stored, a none said of
// a fact's noun answers that fact (no loop, nothing else recorded), "when" before the answer waits for it, and thanks
// after the answer get the short courtesy.
import type { TurnOutput } from '../../src/dialogs';
import { t } from '../../src/i18n';
import { converse as runConversation } from '../helpers/converse';

const converse = (messages: string[]) => runConversation(messages, { locale: 'en', asOf: '2026-11' });
const textOf = (o: TurnOutput) => o.replies.map((r) => r.text).join('\n');

describe('a level wanted in other English words is not held', () => {
  it.each([
    'Guang\'an, Sichuan. Technician since March 2019. Considering the engineer title, no clue how',
    'Sichuan Mianyang, technician cert from 2019 March, keen on engineer',
    'mianyang sichuan - technician since 03/2019 - my next step would be engineer',
  ])('%s', (first) => {
    const { facts, last } = converse([first, 'no', 'yes']);
    expect(facts().titles).toEqual([]);
    expect(last.result?.best.skill_to_title).toBe('intermediate');
  });
});

describe('a supposition after the answer', () => {
  const SICHUAN = ['Nanchong, Sichuan. Senior worker since May 2022, want assistant engineer', 'none', 'yes'];
  it.each([
    'and what if I\'d been a technician since then?',
    'ok and if i was technician from then on?',
    'let\'s say I had technician since then, what changes?',
  ])('%s: answered from the date said before, the facts kept', (text) => {
    const { outs, facts, last } = converse([...SICHUAN, text]);
    expect(outs[2].result?.best.skill_to_title).toBe('assistant');
    expect(textOf(last)).toMatch(/May 2022/);
    expect(textOf(last)).toMatch(/ntermediate \(engineer\)/);
    expect(facts().skills).toEqual([{ level: 'senior_worker', since: '2022-05' }]);
  });
});

describe('a none said of a fact\'s noun answers that fact', () => {
  it.each([
    ['never got any title', 'i no have any award'],
    ['no have title', 'haven\'t received a single prize'],
    ['dont hold any titles', 'nothing of the sort'],
  ])('titles "%s", awards "%s" in one answer to the one question for both: nothing else recorded', (noTitle, noAward) => {
    const { outs, facts } = converse(['Yibin, senior worker since 2020', `${noTitle}, ${noAward}`, 'reviews no problem']);
    expect(outs.map((o) => o.requestedSlot)).toEqual(['titles', 'annualReviewsPassed', null]);
    expect(outs[0].alsoRequested).toEqual(['awards']);
    expect(facts()).toMatchObject({ titles: [], awards: [], skills: [{ level: 'senior_worker' }] });
    expect(outs[2].result?.best.skill_to_title).toBe('assistant');
  });
});

describe('"when" before there is an answer, and thanks after it', () => {
  it.each(['so when is the earliest i can apply?', 'when could I apply then', 'how soon can i apply'])('%s: no answer yet, the question asked again', (text) => {
    const { last } = converse(['senior worker 2019 chongqing, want engineer some day, no awards no titles', text]);
    expect(textOf(last)).toContain(t('en', 'dialog:noResultYet'));
    expect(last.requestedSlot).toBe('annualReviewsPassed');
  });
  it.each(['thx a lot', 'good, thanks', 'gotcha, many thx'])('%s after the answer: the short courtesy', (text) => {
    const { last } = converse(['Chengdu. technician since 2019, no title, no awards, reviews ok', text]);
    expect(textOf(last)).toBe(t('en', 'dialog:smallTalk.thanksAnswered'));
  });
});

describe('follow-ups after the answer in short English', () => {
  // Kunshan, technician 2022-12: 工程师 open now (苏人保职〔2019〕28号 四（一）2); 高级工程师 needs 高级技师 first
  const KUNSHAN = ['hello, kunshan here. senior worker 2016 then technician 2022', 'no', 'yes'];
  it.each(['and this year?', 'is it possible this year?', 'so, could i make it before the year\'s end'])('%s: by this year, from the own result', (text) => {
    const { last } = converse([...KUNSHAN, text]);
    expect(textOf(last)).toMatch(/^Intermediate \(engineer\): you can apply/);
  });
  it.each(['what\'s missing for senior engineer', 'what is still missing for senior engineer?', 'what can i get for senior engineer, what is missing'])('%s: the level named, not the best route', (text) => {
    const { last } = converse([...KUNSHAN, text]);
    expect(textOf(last)).toMatch(/senior technician \(level 1\)/);
    expect(textOf(last)).toMatch(/deputy senior \(senior engineer\)/);
  });
  it.each(['and the documents?', 'paperwork then', 'ok the checklist please', 'what do i need prepare', 'what i must bring'])('%s: the own checklist', (text) => {
    const { last } = converse([...KUNSHAN, text]);
    expect(textOf(last)).toMatch(/Document checklist/);
  });
});

describe('"pass" to the reviews question', () => {
  it('is a pass, not a skip', () => {
    const { facts, last } = converse(['Liaoning Anshan. technician since 2020', 'none', 'pass']);
    expect(facts()).toMatchObject({ annualReviewsPassed: true });
    expect(facts().unknown ?? []).not.toContain('annualReviewsPassed');
    expect(last.result?.best.skill_to_title).toBe('intermediate');
  });
});
