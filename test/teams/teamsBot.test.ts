// Teams through botbuilder's TestAdapter (channelId msteams): scripted conversations, cards, submissions, groups.
import { TestAdapter, type Activity } from 'botbuilder';
import { ConversationService } from '../../src/conversation/conversationService';
import { TeamsBot, onTurnError } from '../../src/bot/teams';
import { t } from '../../src/i18n';
import { silentLogger } from '../../src/log';
import { type StateStore } from '../../src/store';
import { REGION_CHOICES, TOY_VERSION, toyDialog } from '../helpers/toyDialog';
import { disposeTempStore, tempSqliteStore } from '../helpers/tempStore';

let dir: string;
let store: StateStore;
let service: ConversationService;

beforeEach(() => {
  ({ dir, store } = tempSqliteStore('guantong-teams-'));
  service = new ConversationService({ store, dialog: toyDialog, dialogVersion: TOY_VERSION });
});
afterEach(async () => {
  await disposeTempStore(store, dir);
});

function teamsAdapter(): TestAdapter {
  const bot = new TeamsBot(service, silentLogger);
  const adapter = new TestAdapter((ctx) => bot.run(ctx), { channelId: 'msteams' });
  adapter.onTurnError = onTurnError(silentLogger);
  return adapter;
}

type Card = { contentType: string; content: { type: string; actions: { type: string; title: string; data: Record<string, unknown> }[] } };
const valueOf = (a: Partial<Activity>) => a.value as { requestedSlot: string | null; result?: { region: string; paths: unknown[] } };
const cardOf = (a: Partial<Activity>) => (a.attachments ?? [])[0] as unknown as Card | undefined;

const BOT = { id: 'bot', name: 'Bot' };
const mention = (text: string) => ({
  type: 'message',
  text: `<at>Bot</at> ${text}`,
  entities: [{ type: 'mention', mentioned: BOT, text: '<at>Bot</at>' }],
});

describe('Teams turn handler', () => {
  it('runs an interview in a personal chat; every message carries value.requestedSlot', async () => {
    const seen: Partial<Activity>[] = [];
    await teamsAdapter()
      .send('你好')
      .assertReply((a) => {
        seen.push(a);
        expect(a.text).toBe('您在哪个地区申报？');
        expect(a.textFormat).toBe('markdown');
        expect(valueOf(a)).toEqual({ requestedSlot: 'region' });
      })
      .send('重庆')
      .assertReply((a) => {
        seen.push(a);
        expect(a.text).toContain('几年');
        expect(valueOf(a)).toEqual({ requestedSlot: 'workYears' });
        expect(a.attachments ?? []).toEqual([]);
      })
      .send('12')
      .assertReply((a) => {
        seen.push(a);
        expect(a.text).toContain('**结果**');
        expect(valueOf(a).requestedSlot).toBeNull();
        expect(valueOf(a).result?.region).toBe('chongqing');
        expect(Array.isArray(valueOf(a).result?.paths)).toBe(true);
      })
      .startTest();
    expect(seen).toHaveLength(3);
    for (const a of seen) expect(a.value).toHaveProperty('requestedSlot');
  });

  it('renders choices as an Adaptive Card with Action.Submit buttons that work in Teams and elsewhere', async () => {
    await teamsAdapter()
      .send('你好')
      .assertReply((a) => {
        const card = cardOf(a);
        expect(card?.contentType).toBe('application/vnd.microsoft.card.adaptive');
        expect(card?.content.type).toBe('AdaptiveCard');
        expect(card?.content.actions.map((x) => x.title)).toEqual(REGION_CHOICES);
        for (const action of card!.content.actions) {
          expect(action.type).toBe('Action.Submit');
          expect(action.data).toEqual({ msteams: { type: 'imBack', value: action.title }, choice: action.title });
        }
      })
      .startTest();
  });

  it('understands a card submission arriving as activity.value with no text', async () => {
    await teamsAdapter()
      .send('你好')
      .assertReply((a) => expect(valueOf(a).requestedSlot).toBe('region'))
      .send({ type: 'message', value: { msteams: { type: 'imBack', value: '四川' }, choice: '四川' } } as unknown as Partial<Activity>)
      .assertReply((a) => {
        expect(a.text).toContain('四川');
        expect(valueOf(a).requestedSlot).toBe('workYears');
      })
      .send({ type: 'message', value: { text: '9' } } as unknown as Partial<Activity>)
      .assertReply((a) => expect(valueOf(a).result?.region).toBe('sichuan'))
      .startTest();
  });

  it('in a group chat ignores messages without an @-mention and answers with one, one interview per person', async () => {
    const group = { id: 'group-1', conversationType: 'groupChat', isGroup: true };
    const alice = { id: 'alice', name: 'Alice' };
    const bob = { id: 'bob', name: 'Bob' };
    await teamsAdapter()
      .send({ type: 'message', text: '重庆', conversation: group, from: alice } as unknown as Partial<Activity>)
      .send({ ...mention('你好'), conversation: group, from: alice } as unknown as Partial<Activity>)
      .assertReply((a) => {
        // Channel and group replies @-mention the asker (a mention entity and its <at> text).
        expect(a.text).toBe('<at>Alice</at> 您在哪个地区申报？');
        expect(a.entities).toEqual([{ type: 'mention', mentioned: { id: 'alice', name: 'Alice' }, text: '<at>Alice</at>' }]);
        expect(valueOf(a).requestedSlot).toBe('region');
      })
      .send({ ...mention('重庆'), conversation: group, from: alice } as unknown as Partial<Activity>)
      .assertReply((a) => expect(valueOf(a).requestedSlot).toBe('workYears'))
      // Bob's first words start his own interview, not Alice's.
      .send({ ...mention('8'), conversation: group, from: bob } as unknown as Partial<Activity>)
      .assertReply((a) => expect(valueOf(a).requestedSlot).toBe('region'))
      .send({ ...mention('10'), conversation: group, from: alice } as unknown as Partial<Activity>)
      .assertReply((a) => expect(valueOf(a).result?.region).toBe('chongqing'))
      .assertNoReply('nothing else', 50)
      .startTest();
  });

  it('apologises in the person\'s language when a turn fails, and keeps going', async () => {
    const adapter = teamsAdapter();
    await adapter
      .send({ type: 'message', text: 'boom', locale: 'en-US' } as unknown as Partial<Activity>)
      .assertReply((a) => {
        expect(a.text).toBe(t('en', 'bot:errors.internal'));
        expect(valueOf(a)).toEqual({ requestedSlot: null });
      })
      .send('你好')
      .assertReply((a) => expect(valueOf(a).requestedSlot).toBe('region'))
      .startTest();
  });

  it('answers "temporarily unavailable" when the state store is down', async () => {
    await store.close();
    await teamsAdapter()
      .send('你好')
      .assertReply((a) => {
        expect(a.text).toBe(t('zh-CN', 'bot:errors.storeUnavailable'));
        expect(valueOf(a)).toEqual({ requestedSlot: null });
      })
      .startTest();
  });
});
