// A hand-over reaches the HR staff's WeChat room: a summary without the person's name or ids, with the last messages.
import { ConversationService } from '../../src/conversation/conversationService';
import { dialogTurn, DIALOG_VERSION } from '../../src/dialogs';
import { silentLogger } from '../../src/log';
import { Metrics } from '../../src/metrics';
import { withEffects, type StaffNotifier } from '../../src/server/turnEffects';
import { disposeTempStore, tempSqliteStore } from '../helpers/tempStore';
import { startWechatHarness, textsOf } from '../helpers/wechatHarness';

it('sends 转人工 to the HR room, and tells the person the hotline', async () => {
  const { dir, store } = tempSqliteStore('guantong-hr-');
  const service = new ConversationService({ store, dialog: dialogTurn, dialogVersion: DIALOG_VERSION });
  const staff: StaffNotifier[] = [];
  const turns = withEffects(service, { hotline: { phone: '0512-12333', hours: '工作日 9-17' }, logger: silentLogger, metrics: new Metrics(), staff });
  const h = await startWechatHarness(turns);
  let delivered: Promise<void> = Promise.resolve();
  staff.push((_p, summary) => (delivered = h.handle.sayToRoom('人社窗口', summary)));
  try {
    const alice = h.mocker.createContact({ name: '李小明' });
    const officer = h.mocker.createContact({ name: 'HR' });
    const hr = h.mocker.createRoom({ topic: '人社窗口', memberIdList: [h.botContact.id, officer.id] });
    const inRoom = h.listen(hr);
    const toAlice = h.listen(alice);
    await h.turn(alice, () => alice.say('我在苏州，技师，2020年6月拿证，没有职称，考核合格，没有获奖').to(h.botContact), toAlice);
    const said = await h.turn(alice, () => alice.say('转人工').to(h.botContact), toAlice);
    expect(textsOf(said).join('\n')).toContain('0512-12333');
    await delivered;
    await new Promise((r) => setImmediate(r));
    const summary = textsOf(inRoom).join('\n');
    expect(summary).toContain('【转人工】');
    expect(summary).toContain('suzhou');
    expect(summary).toContain('转人工');
    expect(summary).not.toContain('李小明');
    expect(summary).not.toContain(alice.id);
  } finally {
    await h.stop();
    await disposeTempStore(store, dir);
  }
});
