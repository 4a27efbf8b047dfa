// The reminder operations, the same table of cases against SQLite (a temp file) and Redis (a real redis-server):
// replace by id, list and cancel per conversation, due by month, one lease holder at a time, complete and move only
// under one's own lease, the lease ending, and 删除我的数据 taking a person's reminders with their conversations.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RedisStore, SqliteStore, type StateStore } from '../../src/store';
import { conversationKey, personKey } from '../../src/store/keys';
import { reminderId, type Reminder, type ReminderStore } from '../../src/store/reminderStore';
import { hasRedisServer, startRedis, type RedisServer } from '../helpers/redisServer';

type Store = StateStore & ReminderStore;

function reminder(who: string, ruleId: string, due: string): Reminder {
  const key = conversationKey({ channel: 'wechat', conversationId: `c-${who}`, userId: who });
  return {
    id: reminderId(key, ruleId), key, channel: 'wechat', due, ruleId, direction: 'skill_to_title', target: 'intermediate', region: 'chongqing',
    profile: { region: 'chongqing', skills: [{ level: 'technician', since: '2025-06' }] }, locale: 'zh-CN', setIn: '2026-12', address: { contactId: `wx-${who}` },
  };
}

interface Backend { name: string; available: boolean; setup(): Promise<void>; teardown(): Promise<void>; make(): Store; elapse(ms: number): Promise<void> }

function sqlite(): Backend {
  let dir = '';
  let now = Date.parse('2027-06-15T00:00:00Z');
  const open: Store[] = [];
  return {
    name: 'SQLite', available: true,
    async setup() { dir = mkdtempSync(path.join(os.tmpdir(), 'guantong-remstore-')); },
    async teardown() { await Promise.all(open.map((s) => s.close())); rmSync(dir, { recursive: true, force: true }); },
    make() { const s = new SqliteStore({ path: path.join(dir, `s${open.length}.db`), ttlSeconds: 3600, now: () => now, sweepIntervalMs: 0 }); open.push(s); return s; },
    async elapse(ms) { now += ms; },
  };
}

function redis(): Backend {
  let server: RedisServer | null = null;
  const open: Store[] = [];
  return {
    name: 'Redis', available: hasRedisServer(),
    async setup() { server = await startRedis(); },
    async teardown() { await Promise.all(open.map((s) => s.close())); await server?.stop(); },
    make() { const s = new RedisStore({ url: server!.url, ttlSeconds: 3600, prefix: `r${open.length}:` }); open.push(s); return s; },
    // Redis ends a lease on its own clock.
    async elapse(ms) { await new Promise((r) => setTimeout(r, ms + 20)); },
  };
}

describe.each([sqlite(), redis()].map((b) => [b.name, b] as const))('%s reminders', (_name, backend) => {
  const d = backend.available ? describe : describe.skip;
  d('', () => {
    let store: Store;
    beforeAll(() => backend.setup());
    afterAll(() => backend.teardown());
    beforeEach(() => { store = backend.make(); });

    it('replaces by id, lists and cancels per conversation, lists by month', async () => {
      const a1 = reminder('a', 'r1', '2028-06');
      const a2 = reminder('a', 'r2', '2027-06');
      const b1 = reminder('b', 'r1', '2027-01');
      await store.saveReminders([a1, a2, b1]);
      await store.saveReminders([{ ...a1, due: '2028-07' }]);
      expect((await store.remindersOf(a1.key)).map((r) => [r.ruleId, r.due])).toEqual([['r2', '2027-06'], ['r1', '2028-07']]);
      expect((await store.dueReminders('2027-06', 10)).map((r) => r.id)).toEqual([b1.id, a2.id]);
      expect((await store.dueReminders('2027-06', 1)).map((r) => r.id)).toEqual([b1.id]);
      expect((await store.dueRemindersOf(a1.key, '2028-06')).map((r) => r.id)).toEqual([a2.id]);
      expect(await store.cancelReminders(a1.key)).toBe(2);
      expect(await store.remindersOf(a1.key)).toEqual([]);
      expect(await store.cancelReminders(a1.key)).toBe(0);
      expect((await store.dueReminders('2099-12', 10)).map((r) => r.id)).toEqual([b1.id]);
    });

    it('gives the lease to one owner, completes and moves under it only, frees it', async () => {
      const r = reminder('c', 'r1', '2027-06');
      await store.saveReminders([r]);
      expect(await store.claimReminder(r.id, 'one', 60_000, '2027-05')).toBeUndefined(); // not due yet
      expect((await store.claimReminder(r.id, 'one', 60_000, '2027-06'))?.id).toBe(r.id);
      expect(await store.claimReminder(r.id, 'two', 60_000, '2027-06')).toBeUndefined();
      expect(await store.dueReminders('2027-06', 10)).toEqual([]); // being sent
      expect((await store.dueReminders('2027-06', 10, { all: true })).map((x) => x.id)).toEqual([r.id]);
      expect(await store.completeReminder(r.id, 'two')).toBe(false);
      expect(await store.rescheduleReminder({ ...r, due: '2028-01' }, 'two')).toBe(false);
      await store.releaseReminder(r.id, 'two'); // not two's: nothing happens
      expect(await store.claimReminder(r.id, 'two', 60_000, '2027-06')).toBeUndefined();
      await store.releaseReminder(r.id, 'one');
      expect((await store.claimReminder(r.id, 'two', 60_000, '2027-06'))?.id).toBe(r.id);
      expect(await store.rescheduleReminder({ ...r, due: '2028-01' }, 'two')).toBe(true);
      expect((await store.remindersOf(r.key)).map((x) => x.due)).toEqual(['2028-01']);
      expect(await store.claimReminder(r.id, 'one', 60_000, '2027-12')).toBeUndefined();
      expect((await store.claimReminder(r.id, 'one', 60_000, '2028-01'))?.due).toBe('2028-01');
      expect(await store.completeReminder(r.id, 'one')).toBe(true);
      expect(await store.remindersOf(r.key)).toEqual([]);
      expect(await store.completeReminder(r.id, 'one')).toBe(false);
    });

    it('does not let reminders being sent hide the ones due after them', async () => {
      const rs = ['r1', 'r2', 'r3'].map((id, i) => reminder('h', id, `2027-0${i + 1}`));
      await store.saveReminders(rs);
      for (const r of rs.slice(0, 2)) expect(await store.claimReminder(r.id, 'busy', 60_000, '2027-06')).toBeDefined();
      expect((await store.dueReminders('2027-06', 1)).map((r) => r.id)).toEqual([rs[2].id]);
      expect((await store.dueReminders('2027-06', 1, { all: true })).map((r) => r.id)).toEqual([rs[0].id]);
    });

    it('lets another owner take it once the lease has ended, and the first can no longer complete it', async () => {
      const r = reminder('e', 'r1', '2027-06');
      await store.saveReminders([r]);
      expect(await store.claimReminder(r.id, 'dead', 50, '2027-06')).toBeDefined();
      await backend.elapse(60);
      expect((await store.dueReminders('2027-06', 10)).map((x) => x.id)).toEqual([r.id]);
      expect(await store.claimReminder(r.id, 'alive', 60_000, '2027-06')).toBeDefined();
      expect(await store.completeReminder(r.id, 'dead')).toBe(false);
      expect(await store.completeReminder(r.id, 'alive')).toBe(true);
    });

    it('删除我的数据 removes the person\'s reminders with their conversations, and no one else\'s', async () => {
      const mine = [reminder('f', 'r1', '2027-06'), reminder('f', 'r2', '2028-06')];
      const other = reminder('g', 'r1', '2027-06');
      await store.saveReminders([...mine, other]);
      await store.put(mine[0].key, { dialog: { version: 1, snapshot: {} }, updatedAt: 1 }, null);
      expect(personKey('wechat', 'f')).toBe(mine[0].key.split('.')[0]);
      expect(await store.deletePerson('wechat', 'f')).toBe(1);
      expect(await store.remindersOf(mine[0].key)).toEqual([]);
      expect((await store.dueReminders('2099-12', 10, { all: true })).map((r) => r.id)).toEqual([other.id]);
      expect(await store.get(mine[0].key)).toBeUndefined();
    });
  });
});
