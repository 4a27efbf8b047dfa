// The pure WeChat helpers: numbered choices, splitting below the limit, picking a choice by number.
import { formatReply, isPersonalSlot, pickChoice, splitMessage } from '../../src/bot/wechat';

describe('formatReply', () => {
  it('numbers the choices under the text', () => {
    expect(formatReply({ text: '哪里？', choices: ['重庆', '四川'], requestedSlot: 'region' })).toBe('哪里？\n1. 重庆\n2. 四川');
    expect(formatReply({ text: '几年？', requestedSlot: 'workYears' })).toBe('几年？');
  });
});

describe('splitMessage', () => {
  it.each([
    ['short text stays whole', 'a\nb', 10, ['a\nb']],
    ['splits on line breaks', 'aaaa\nbbbb\ncccc', 9, ['aaaa\nbbbb', 'cccc']],
    ['cuts a line longer than the limit', 'x'.repeat(7), 3, ['xxx', 'xxx', 'x']],
    ['drops empty parts', '\n\naaaa\n\n', 4, ['aaaa']],
    ['counts characters, not bytes', '重'.repeat(5), 5, ['重重重重重']],
  ])('%s', (_name, text, max, parts) => {
    expect(splitMessage(text, max)).toEqual(parts);
  });

  it('keeps every part within the limit and loses no line', () => {
    const lines = Array.from({ length: 300 }, (_, i) => `${i}:${'技'.repeat(i % 97)}`);
    const parts = splitMessage(lines.join('\n'), 1500);
    for (const p of parts) expect(Array.from(p).length).toBeLessThanOrEqual(1500);
    expect(parts.join('\n').split('\n')).toEqual(lines);
  });
});

describe('pickChoice', () => {
  const choices = ['重庆', '四川', '辽宁'];
  it.each([
    ['2', '四川'], ['２', '四川'], [' 3. ', '辽宁'], ['1、', '重庆'],
    ['4', undefined], ['0', undefined], ['两', undefined], ['12年', undefined],
  ])('%j → %j', (text, expected) => {
    expect(pickChoice(text, choices)).toBe(expected);
  });
  it('picks nothing when no list was offered', () => expect(pickChoice('1', undefined)).toBeUndefined());
});

describe('isPersonalSlot', () => {
  it.each([
    ['skills', true], ['skills.since', true], ['workYears', true], ['annualReviewsPassed', true], ['awards.rank', true],
    ['titles[0].since', true], ['region', false], ['confirm', false], [null, false],
  ])('%j → %j', (slot, personal) => expect(isPersonalSlot(slot)).toBe(personal));
});
