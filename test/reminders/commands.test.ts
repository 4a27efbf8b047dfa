// The reminder commands: whole messages in both languages (typed or picked), nothing else taken for one.
import { reminderCommand } from '../../src/reminders';

describe('reminderCommand', () => {
  it.each([
    ['到时提醒我', 'set', 'zh-CN'],
    ['到时提醒我。', 'set', 'zh-CN'],
    [' 提醒我！', 'set', 'zh-CN'],
    ['Remind me', 'set', 'en'],
    ['remind me then.', 'set', 'en'],
    ['我的提醒', 'list', 'zh-CN'],
    ['ＭＹ REMINDERS', 'list', 'en'],
    ['取消提醒', 'cancel', 'zh-CN'],
    ['不用提醒了', 'cancel', 'zh-CN'],
    ['cancel reminders', 'cancel', 'en'],
  ])('%s → %s (%s)', (text, command, locale) => {
    expect(reminderCommand(text)).toEqual({ command, locale });
  });

  it.each(['', '你好', '提醒', '到时提醒我2028年', '我在重庆，到时提醒我', 'remind me about my certificate', '2', '取消'])('%j is no command', (text) => {
    expect(reminderCommand(text)).toBeUndefined();
  });

  it('reads a picked choice (card submission) before the text', () => {
    expect(reminderCommand('', { choice: '到时提醒我' })).toEqual({ command: 'set', locale: 'zh-CN' });
    expect(reminderCommand('你好', { choice: 'my reminders' })).toEqual({ command: 'list', locale: 'en' });
    expect(reminderCommand('', { choice: 3 })).toBeUndefined();
  });
});
