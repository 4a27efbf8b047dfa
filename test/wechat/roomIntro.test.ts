// A WeChat room's one introduction, marked in the conversations' state store: not repeated after a restart on the
// same SQLite file, nor by a second instance logged in to the same account on one real redis-server; another account
// introduces itself; the mark expires with the store's TTL; with the store down the room is introduced anyway.
import path from 'node:path';
import { createRoomIntroMarks, roomIntroKey } from '../../src/bot/wechat';
import { ConversationService } from '../../src/conversation/conversationService';
import { t } from '../../src/i18n';
import { createStore, SqliteStore, type StateStore } from '../../src/store';
import { countingDialog } from '../conversation/countingDialog';
import { hasRedisServer, startRedis, type RedisServer } from '../helpers/redisServer';
import { disposeTempStore, tempSqliteStore } from '../helpers/tempStore';
import { startWechatHarness, textsOf, type BotSaid, type WechatHarness } from '../helpers/wechatHarness';

const INTRO = t('zh-CN', 'channels:wechat.roomIntro');
const BOT_ID = 'bot-account-1';
const ROOM_ID = 'room-union-1@chatroom';
const ALICE_ID = 'alice-1';

const started: WechatHarness[] = [];
afterEach(async () => {
  await Promise.allSettled(started.splice(0).map((h) => h.stop()));
});

/** One instance of the bot on `store`, logged in as `botId`, in the room (as each instance's puppet sees it). */
async function instance(store: StateStore, botId = BOT_ID): Promise<{ h: WechatHarness; said: BotSaid[] }> {
  const service = new ConversationService({ store, dialog: countingDialog(1), dialogVersion: 1 });
  const h = await startWechatHarness(service, { store }, { botId });
  started.push(h);
  const alice = h.mocker.createContact({ id: ALICE_ID, name: 'Alice' });
  const room = h.mocker.createRoom({ id: ROOM_ID, topic: '工会群', memberIdList: [alice.id, h.botContact.id] });
  return { h, said: h.listen(room) };
}

/** The puppet reports the bot added to the room; resolves when the bot has handled it. */
async function added(h: WechatHarness): Promise<void> {
  const seen = new Promise<void>((r) => h.bot.once('room-join', () => r()));
  h.bot.puppet.emit('room-join', { roomId: ROOM_ID, inviteeIdList: [h.botContact.id], inviterId: ALICE_ID, timestamp: Math.floor(Date.now() / 1000) });
  await seen;
  await h.handle.idle();
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
}

const intros = (said: BotSaid[]) => textsOf(said).filter((x) => x.includes(INTRO));

describe('on a real SQLite file', () => {
  let dir: string;
  let store: StateStore;
  beforeEach(() => { ({ dir, store } = tempSqliteStore('guantong-room-intro-')); });
  afterEach(() => disposeTempStore(store, dir));

  it('introduces itself once, and not again after a restart on the same file', async () => {
    const first = await instance(store);
    await added(first.h);
    await added(first.h);
    expect(intros(first.said)).toHaveLength(1);
    await started.pop()!.stop();
    await store.close();

    // The process restarts: a new store on the same file, a new bot logged in to the same account.
    store = createStore(`sqlite:${path.join(dir, 'state.db')}`, { ttlSeconds: 3600 });
    const again = await instance(store);
    await added(again.h);
    expect(intros(again.said)).toEqual([]);
    expect(await store.get(roomIntroKey(BOT_ID, ROOM_ID))).toBeDefined();
  });

  it('another bot account in the same room introduces itself', async () => {
    const a = await instance(store, 'bot-account-1');
    await added(a.h);
    const b = await instance(store, 'bot-account-2');
    await added(b.h);
    expect(intros(a.said)).toHaveLength(1);
    expect(intros(b.said)).toHaveLength(1);
  });

  it('keeps the mark as long as a conversation is kept (the store\'s TTL), then introduces itself again', async () => {
    let now = Date.parse('2026-12-01T06:00:00Z');
    const file = path.join(dir, 'ttl.db');
    const ttl = new SqliteStore({ path: file, ttlSeconds: 3600, now: () => now });
    try {
      const marks = createRoomIntroMarks({ store: ttl });
      expect(await marks.claim(BOT_ID, ROOM_ID)).toBe(true);
      // A restart (a new process's marks) within the TTL: no second introduction.
      now += 3599_000;
      expect(await createRoomIntroMarks({ store: ttl }).claim(BOT_ID, ROOM_ID)).toBe(false);
      // Past the TTL the mark is gone, as an idle conversation would be.
      now += 2000;
      expect(await createRoomIntroMarks({ store: ttl }).claim(BOT_ID, ROOM_ID)).toBe(true);
      // An introduction that could not be sent is released: the next addition tries again.
      const m = createRoomIntroMarks({ store: ttl });
      await m.release(BOT_ID, ROOM_ID);
      expect(await m.claim(BOT_ID, ROOM_ID)).toBe(true);
      expect(await m.claim(BOT_ID, ROOM_ID)).toBe(false);
    } finally {
      await ttl.close();
    }
  });

  it('is not erased by a member\'s "删除我的数据" (it is the bot\'s, not a person\'s)', async () => {
    expect(await createRoomIntroMarks({ store }).claim(BOT_ID, ROOM_ID)).toBe(true);
    await store.deletePerson('wechat', ALICE_ID);
    await store.deletePerson('wechat', BOT_ID);
    expect(await createRoomIntroMarks({ store }).claim(BOT_ID, ROOM_ID)).toBe(false);
  });
});

const describeRedis = hasRedisServer() ? describe : describe.skip;

describeRedis('two instances on one real redis-server', () => {
  let redis: RedisServer;
  const stores: StateStore[] = [];
  beforeAll(async () => {
    const r = await startRedis();
    if (!r) throw new Error('redis-server did not start');
    redis = r;
  });
  afterAll(async () => {
    await Promise.allSettled(stores.map((s) => s.close()));
    await redis?.stop();
  });
  const redisStore = () => { const s = createStore(redis.url, { ttlSeconds: 3600 }); stores.push(s); return s; };

  it('both hear the bot added to the room at once: one introduction between them, none after', async () => {
    const a = await instance(redisStore());
    const b = await instance(redisStore());
    await Promise.all([added(a.h), added(b.h)]);
    expect(intros(a.said).length + intros(b.said).length).toBe(1);
    await Promise.all([added(a.h), added(b.h)]);
    // A third instance, started later, knows it too.
    const c = await instance(redisStore());
    await added(c.h);
    expect(intros(a.said).length + intros(b.said).length + intros(c.said).length).toBe(1);
  });

  it('with Redis down, introduces itself anyway (the privacy line reaches the room) and logs why', async () => {
    const store = redisStore();
    const warned: string[] = [];
    const marks = createRoomIntroMarks({ store, onStoreFailed: (e) => warned.push(e.name) });
    await redis.halt();
    try {
      expect(await marks.claim(BOT_ID, 'room-while-down')).toBe(true);
      expect(warned).toEqual(['StoreUnavailableError']);
      // This process still remembers it.
      expect(await marks.claim(BOT_ID, 'room-while-down')).toBe(false);
    } finally {
      await redis.start();
      // Back before it is closed (ioredis leaves a timer behind when closed while reconnecting).
      for (let i = 0; i < 100 && !(await store.ping().then(() => true, () => false)); i++) await new Promise((r) => setTimeout(r, 50));
    }
  });
});
