// WeChat (wechaty-puppet-mock): the offer arrives as a numbered choice, its number sets the reminder, and in its
// month the reminder reaches the contact (sayToContact), once.
import { ConversationService } from '../../src/conversation/conversationService';
import { DIALOG_VERSION, dialogTurn } from '../../src/dialogs';
import { ReminderService, withReminders } from '../../src/reminders';
import { hasReminders } from '../../src/store/reminderStore';
import { disposeTempStore, tempSqliteStore } from '../helpers/tempStore';
import { startWechatHarness, textsOf, type WechatHarness } from '../helpers/wechatHarness';

let clock = new Date('2026-12-10T04:00:00Z');

it('sets it by the choice\'s number and sends it to the contact in its month', async () => {
  const { dir, store } = tempSqliteStore('guantong-remwx-');
  let h: WechatHarness | undefined;
  try {
    if (!hasReminders(store)) throw new Error('the store keeps reminders');
    const service = new ConversationService({ store, dialog: dialogTurn, dialogVersion: DIALOG_VERSION, now: () => clock });
    const reminders = new ReminderService({ store, conversations: service, now: () => clock });
    h = await startWechatHarness(withReminders(service, reminders));
    const harness = h;
    reminders.register({ channel: 'wechat', send: (a, text) => harness.handle.sayToContact(a.contactId, text) });
    const alice = h.mocker.createContact({ name: 'Alice' });
    const toAlice = h.listen(alice);

    const answer = textsOf(await h.turn(alice, () => alice.say('我在重庆，2025年6月拿的技师证，没有职称，考核都合格，没获奖').to(h!.botContact), toAlice)).join('\n');
    const offered = /(\d+)\. 到时提醒我/.exec(answer);
    expect(offered).not.toBeNull();
    const set = textsOf(await h.turn(alice, () => alice.say(offered![1]).to(h!.botContact), toAlice)).join('\n');
    expect(set).toContain('好的，2027年6月提醒您申报助理级（助理工程师）；2028年6月提醒您申报中级（工程师）。');

    clock = new Date('2027-06-01T04:00:00Z');
    const before = toAlice.length;
    expect(await reminders.sendDue()).toMatchObject({ sent: 1, failed: 0 });
    await new Promise((r) => setImmediate(r));
    const sent = textsOf(toAlice.slice(before)).join('\n');
    expect(sent).toContain('⏰ 到时提醒：您在2026年12月让我到时提醒您申报助理级（助理工程师）。');
    expect(sent).toContain('现在可以申报了');
    expect(await reminders.sendDue()).toMatchObject({ sent: 0 });
  } finally {
    await h?.stop();
    await disposeTempStore(store, dir);
  }
});
