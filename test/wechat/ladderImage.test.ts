// The ladder picture after the answer in WeChat (wechaty-puppet-mock): an image message after the answer text, in
// rooms after the @-mention text; when rendering fails the answer still arrives, without the picture.
import { ConversationService } from '../../src/conversation/conversationService';
import type { DialogTurn } from '../../src/conversation/types';
import { type StateStore } from '../../src/store';
import { realDialog } from '../helpers/startServer';
import { TOY_VERSION, toyDialog } from '../helpers/toyDialog';
import { startWechatHarness, type WechatHarness } from '../helpers/wechatHarness';
import { disposeTempStore, tempSqliteStore } from '../helpers/tempStore';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const toyWithLadder: DialogTurn = (state, input) => {
  const out = toyDialog(state, input);
  return out.result ? { ...out, effects: [...out.effects, { type: 'show_ladder' }] } : out;
};

let dir: string;
let store: StateStore;
let h: WechatHarness | undefined;
beforeEach(() => {
  ({ dir, store } = tempSqliteStore('guantong-wechat-ladder-'));
});
afterEach(async () => {
  await h?.stop();
  h = undefined;
  await disposeTempStore(store, dir);
});

describe('WeChat: the ladder picture after the answer', () => {
  it('in a private chat: the answer text, then an image message ladder.png', async () => {
    h = await startWechatHarness(new ConversationService({ store, dialog: toyWithLadder, dialogVersion: TOY_VERSION }));
    const alice = h.mocker.createContact({ name: 'Alice' });
    const said = h.listen(alice);
    expect((await h.turn(alice, () => alice.say('四川').to(h!.botContact), said)).map((s) => s.type)).toEqual(['text']);
    const answer = await h.turn(alice, () => alice.say('9').to(h!.botContact), said);
    expect(answer.map((s) => s.type)).toEqual(['text', 'image']);
    expect(answer[0].text).toContain('结果');
    expect(answer[1].fileName).toBe('ladder.png');
    expect(answer[1].bytes!.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  });

  it('in a room: after the @-mention text', async () => {
    h = await startWechatHarness(new ConversationService({ store, dialog: toyWithLadder, dialogVersion: TOY_VERSION }));
    const alice = h.mocker.createContact({ name: 'Alice' });
    const room = h.mocker.createRoom({ topic: '焊工群', memberIdList: [alice.id, h.botContact.id] });
    const said = h.listen(room);
    await h.turn(alice, () => alice.say('@Bot 重庆', [h!.botContact]).to(room), said);
    const answer = await h.turn(alice, () => alice.say('@Bot 10', [h!.botContact]).to(room), said);
    expect(answer.map((s) => s.type)).toEqual(['text', 'image']);
    expect(answer[0].text.startsWith('@Alice ')).toBe(true);
    expect(answer[1].bytes!.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  });

  it('with the real interview: the picture follows the answer', async () => {
    const { dialogTurn, DIALOG_VERSION } = await realDialog();
    h = await startWechatHarness(new ConversationService({ store, dialog: dialogTurn, dialogVersion: DIALOG_VERSION }));
    const bob = h.mocker.createContact({ name: 'Bob' });
    const said = h.listen(bob);
    const out = await h.turn(bob, () => bob.say('我在重庆，2022年5月拿的技师证，没有职称，考核都合格，没获奖').to(h!.botContact), said);
    const image = out.findIndex((s) => s.type === 'image');
    expect(image).toBeGreaterThan(0);
    expect(out.slice(0, image).some((s) => s.text.includes('渝人社发〔2020〕32号'))).toBe(true);
    expect(out[image].bytes!.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  });

  it('when rendering fails, the answer arrives and no picture', async () => {
    const noFont = () => { throw new Error('No CJK font found'); };
    h = await startWechatHarness(new ConversationService({ store, dialog: toyWithLadder, dialogVersion: TOY_VERSION }), { renderPng: noFont });
    const alice = h.mocker.createContact({ name: 'Alice' });
    const said = h.listen(alice);
    await h.turn(alice, () => alice.say('四川').to(h!.botContact), said);
    const answer = await h.turn(alice, () => alice.say('9').to(h!.botContact), said);
    expect(answer.map((s) => s.type)).toEqual(['text']);
    expect(answer[0].text).toContain('结果');
    // And the conversation goes on.
    expect((await h.turn(alice, () => alice.say('好').to(h!.botContact), said)).map((s) => s.text)).toEqual(['已经答完了。']);
  });
});
