// The ladder picture after the answer in Teams: an activity with an inline image/png attachment (a data: URL),
// right after the answer; no picture when rendering fails, and the answer still arrives.
import { TestAdapter, type Activity } from 'botbuilder';
import { TeamsBot, onTurnError } from '../../src/bot/teams';
import { ConversationService } from '../../src/conversation/conversationService';
import type { DialogTurn } from '../../src/conversation/types';
import { t } from '../../src/i18n';
import { silentLogger } from '../../src/log';
import { type StateStore } from '../../src/store';
import { realDialog } from '../helpers/startServer';
import { TOY_VERSION, toyDialog } from '../helpers/toyDialog';
import { disposeTempStore, tempSqliteStore } from '../helpers/tempStore';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** The toy interview, asking for the picture on the turn that gives the answer (as the real dialog does). */
const toyWithLadder: DialogTurn = (state, input) => {
  const out = toyDialog(state, input);
  return out.result ? { ...out, effects: [...out.effects, { type: 'show_ladder' }] } : out;
};

let dir: string;
let store: StateStore;
beforeEach(() => {
  ({ dir, store } = tempSqliteStore('guantong-teams-ladder-'));
});
afterEach(async () => {
  await disposeTempStore(store, dir);
});

function adapter(dialog: DialogTurn, version: number, renderPng?: (svg: string) => Buffer, channelId = 'msteams'): TestAdapter {
  const bot = new TeamsBot(new ConversationService({ store, dialog, dialogVersion: version }), silentLogger, { renderPng });
  const a = new TestAdapter((ctx) => bot.run(ctx), { channelId });
  a.onTurnError = onTurnError(silentLogger);
  return a;
}

type Att = { contentType: string; contentUrl: string; name: string };
const pngOf = (a: Partial<Activity>): Buffer => {
  const att = (a.attachments ?? [])[0] as unknown as Att;
  expect(att.contentType).toBe('image/png');
  expect(att.name).toBe('ladder.png');
  expect(att.contentUrl.startsWith('data:image/png;base64,')).toBe(true);
  return Buffer.from(att.contentUrl.slice('data:image/png;base64,'.length), 'base64');
};

describe('Teams: the ladder picture after the answer', () => {
  it('sends the answer, then an activity with the PNG inline, value { requestedSlot: null }', async () => {
    await adapter(toyWithLadder, TOY_VERSION)
      .send('你好').assertReply((a) => expect((a.attachments ?? [])[0]?.contentType).not.toBe('image/png'))
      .send('重庆').assertReply((a) => expect(a.attachments ?? []).toEqual([]))
      .send('12')
      .assertReply((a) => {
        expect(a.text).toContain('**结果**');
        expect((a.value as { result?: unknown }).result).toBeDefined();
      })
      .assertReply((a) => {
        expect(pngOf(a).subarray(0, 8)).toEqual(PNG_SIGNATURE);
        expect(a.value).toEqual({ requestedSlot: null });
        expect(a.text).toBe(t('zh-CN', 'bot:ladder.alt'));
      })
      .startTest();
  });

  it('with the real interview: one message with every fact, the answer, then the picture', async () => {
    const { dialogTurn, DIALOG_VERSION } = await realDialog();
    const a = adapter(dialogTurn, DIALOG_VERSION);
    await a.send('我在重庆，2022年5月拿的技师证，没有职称，考核都合格，没获奖').startTest();
    const seen: Partial<Activity>[] = a.activeQueue.splice(0);
    const answer = seen.findIndex((a) => (a.value as { result?: unknown }).result);
    const picture = seen.findIndex((a) => (a.attachments ?? []).some((x) => x.contentType === 'image/png'));
    expect(answer).toBeGreaterThanOrEqual(0);
    expect(picture).toBe(answer + 1);
    expect(pngOf(seen[picture]).subarray(0, 8)).toEqual(PNG_SIGNATURE);
  });

  it('when rendering fails (no CJK font), the answer arrives and no picture follows', async () => {
    const noFont = () => { throw new Error('No CJK font found'); };
    const seen: Partial<Activity>[] = [];
    const a = adapter(toyWithLadder, TOY_VERSION, noFont);
    await a.send('四川').assertReply(() => undefined).send('8').assertReply((x) => { seen.push(x); }).startTest();
    expect(seen[0].text).toContain('**结果**');
    // Nothing else was queued after the answer.
    expect(a.activeQueue).toHaveLength(0);
  });

  it('asks for no picture on turns without show_ladder', async () => {
    const a = adapter(toyDialog, TOY_VERSION);
    await a.send('四川').assertReply(() => undefined).send('8').assertReply((x) => expect(x.text).toContain('**结果**')).startTest();
    expect(a.activeQueue).toHaveLength(0);
  });
});
