// One table of behaviours, run against every backend: SQLite always, Redis when redis-server is on the PATH
// (always in CI).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import Redis from 'ioredis';
import type { StoredConversation } from '../../src/conversation/types';
import { RedisStore } from '../../src/store/redisStore';
import { SqliteStore } from '../../src/store/sqliteStore';
import {
  ConflictError, conversationKey, CorruptStateError, StoreUnavailableError, type StateStore,
} from '../../src/store/stateStore';
import { hasRedisServer, startRedis, type RedisServer } from '../helpers/redisServer';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Backend {
  name: string;
  available: boolean;
  setup(): Promise<void>;
  teardown(): Promise<void>;
  /** A fresh, empty store. */
  make(opts: { ttlSeconds: number }): StateStore;
  /** Lets `seconds` pass for the store's expiry. */
  elapse(seconds: number): Promise<void>;
  /** Overwrites the stored bytes of a key behind the store's back. */
  corrupt(store: StateStore, key: string, raw: string): Promise<void>;
  /** Redis expires by itself: sweep() reports 0 there. */
  sweepCounts: boolean;
}

function sqliteBackend(): Backend {
  let dir = '';
  let clock = Date.UTC(2025, 0, 1);
  const paths = new WeakMap<StateStore, string>();
  const open: StateStore[] = [];
  let n = 0;
  return {
    name: 'SqliteStore',
    available: true,
    sweepCounts: true,
    async setup() {
      dir = mkdtempSync(join(tmpdir(), 'gt-sqlite-'));
    },
    async teardown() {
      await Promise.all(open.map((s) => s.close()));
      rmSync(dir, { recursive: true, force: true });
    },
    make({ ttlSeconds }) {
      const path = join(dir, `s${++n}`, 'state.db');
      const s = new SqliteStore({ path, ttlSeconds, sweepIntervalMs: 0, now: () => clock });
      paths.set(s, path);
      open.push(s);
      return s;
    },
    async elapse(seconds) {
      clock += seconds * 1000;
    },
    async corrupt(store, key, raw) {
      const db = new Database(paths.get(store)!);
      db.prepare('UPDATE conversations SET value = ? WHERE key = ?').run(raw, key);
      db.close();
    },
  };
}

function redisBackend(): Backend {
  let server: RedisServer | null = null;
  let raw: Redis | undefined;
  const prefixes = new WeakMap<StateStore, string>();
  const open: StateStore[] = [];
  let n = 0;
  return {
    name: 'RedisStore',
    available: hasRedisServer(),
    sweepCounts: false,
    async setup() {
      server = await startRedis();
      if (!server) throw new Error('redis-server did not start');
      raw = new Redis(server.url);
    },
    async teardown() {
      await Promise.all(open.map((s) => s.close()));
      await raw?.quit();
      await server?.stop();
    },
    make({ ttlSeconds }) {
      const prefix = `t${++n}:`;
      const s = new RedisStore({ url: server!.url, ttlSeconds, prefix });
      prefixes.set(s, prefix);
      open.push(s);
      return s;
    },
    async elapse(seconds) {
      await sleep(seconds * 1000);
    },
    async corrupt(store, key, value) {
      await raw!.hset(`${prefixes.get(store)}c:${key}`, 'v', value);
    },
  };
}

const conv = (items: string[], version = 1): StoredConversation => ({
  dialog: { version, snapshot: { items, 地区: '苏州' } },
  updatedAt: 1_700_000_000_000,
  recent: [{ from: 'user', text: '我有高级工证书' }, { from: 'bot', text: '您是哪一年取得的？' }],
});

const alice = (conversationId: string, channel = 'wechat') => conversationKey({ channel, conversationId, userId: 'alice' });
const bob = (conversationId: string) => conversationKey({ channel: 'wechat', conversationId, userId: 'bob' });

for (const b of [sqliteBackend(), redisBackend()]) {
  const d = b.available ? describe : describe.skip;
  d(`${b.name}: shared behaviours`, () => {
    let store: StateStore;
    beforeAll(() => b.setup());
    afterAll(() => b.teardown());
    beforeEach(() => {
      store = b.make({ ttlSeconds: 3600 });
    });

    it('returns undefined for an absent key', async () => {
      expect(await store.get(alice('c1'))).toBeUndefined();
      await expect(store.ping()).resolves.toBeUndefined();
    });

    it('creates with eTag null and reads back the same value and eTag', async () => {
      const eTag = await store.put(alice('c1'), conv(['a']), null);
      expect(typeof eTag).toBe('string');
      expect(eTag.length).toBeGreaterThan(0);
      expect(await store.get(alice('c1'))).toEqual({ value: conv(['a']), eTag });
    });

    it('refuses to create a key that exists', async () => {
      await store.put(alice('c1'), conv(['a']), null);
      await expect(store.put(alice('c1'), conv(['b']), null)).rejects.toBeInstanceOf(ConflictError);
      expect((await store.get(alice('c1')))?.value).toEqual(conv(['a']));
    });

    it('compare-and-set: the current eTag wins, a stale one conflicts', async () => {
      const e1 = await store.put(alice('c1'), conv(['a']), null);
      const e2 = await store.put(alice('c1'), conv(['a', 'b']), e1);
      expect(e2).not.toBe(e1);
      await expect(store.put(alice('c1'), conv(['x']), e1)).rejects.toBeInstanceOf(ConflictError);
      expect(await store.get(alice('c1'))).toEqual({ value: conv(['a', 'b']), eTag: e2 });
    });

    it('conflicts on an update of an absent key', async () => {
      await expect(store.put(alice('nope'), conv(['a']), 'some-etag')).rejects.toBeInstanceOf(ConflictError);
      expect(await store.get(alice('nope'))).toBeUndefined();
    });

    it('lets exactly one of two writers with the same eTag win', async () => {
      const e1 = await store.put(alice('c1'), conv([]), null);
      const results = await Promise.allSettled([
        store.put(alice('c1'), conv(['first']), e1),
        store.put(alice('c1'), conv(['second']), e1),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(lost.reason).toBeInstanceOf(ConflictError);
    });

    it('deletes a key (and deleting an absent key is fine)', async () => {
      await store.put(alice('c1'), conv(['a']), null);
      await store.delete(alice('c1'));
      expect(await store.get(alice('c1'))).toBeUndefined();
      await expect(store.delete(alice('c1'))).resolves.toBeUndefined();
      // after a delete the key can be created again
      await expect(store.put(alice('c1'), conv(['b']), null)).resolves.toEqual(expect.any(String));
    });

    it('deletePerson erases every conversation of one person in one channel, and nothing else', async () => {
      await store.put(alice('private'), conv(['a']), null);
      await store.put(alice('room-1'), conv(['b']), null);
      await store.put(alice('private', 'msteams'), conv(['c']), null);
      await store.put(bob('room-1'), conv(['d']), null);
      await store.put('foreign-key-without-person', conv(['e']), null);
      expect(await store.deletePerson('wechat', 'alice')).toBe(2);
      expect(await store.get(alice('private'))).toBeUndefined();
      expect(await store.get(alice('room-1'))).toBeUndefined();
      expect((await store.get(alice('private', 'msteams')))?.value).toEqual(conv(['c']));
      expect((await store.get(bob('room-1')))?.value).toEqual(conv(['d']));
      expect((await store.get('foreign-key-without-person'))?.value).toEqual(conv(['e']));
      expect(await store.deletePerson('wechat', 'alice')).toBe(0);
      expect(await store.deletePerson('wechat', 'nobody')).toBe(0);
    });

    it('deletePerson does not count a conversation deleted before', async () => {
      await store.put(alice('a'), conv([]), null);
      await store.put(alice('b'), conv([]), null);
      await store.delete(alice('a'));
      expect(await store.deletePerson('wechat', 'alice')).toBe(1);
    });

    it('expires a conversation idle longer than the TTL; each write restarts the clock', async () => {
      const s = b.make({ ttlSeconds: 2 });
      let eTag = await s.put(alice('c1'), conv(['a']), null);
      await b.elapse(0.2);
      expect((await s.get(alice('c1')))?.value).toEqual(conv(['a']));
      eTag = await s.put(alice('c1'), conv(['a', 'b']), eTag);
      await b.elapse(2.5);
      expect(await s.get(alice('c1'))).toBeUndefined();
      // an expired key counts as absent: it can be created again, and an old eTag no longer matches
      await expect(s.put(alice('c1'), conv(['x']), eTag)).rejects.toBeInstanceOf(ConflictError);
      await expect(s.put(alice('c1'), conv(['new']), null)).resolves.toEqual(expect.any(String));
      expect((await s.get(alice('c1')))?.value).toEqual(conv(['new']));
    });

    it('sweep removes what is idle past the TTL and keeps the rest', async () => {
      const s = b.make({ ttlSeconds: 2 });
      await s.put(alice('old-1'), conv([]), null);
      await s.put(alice('old-2'), conv([]), null);
      await b.elapse(2.5);
      await s.put(alice('fresh'), conv(['f']), null);
      const removed = await s.sweep();
      expect(removed).toBe(b.sweepCounts ? 2 : 0);
      expect(await s.get(alice('old-1'))).toBeUndefined();
      expect(await s.get(alice('old-2'))).toBeUndefined();
      expect((await s.get(alice('fresh')))?.value).toEqual(conv(['f']));
    });

    it.each([
      ['not JSON', '{"d":{"v":1,"s":'],
      ['wrong shape', '{"d":{"v":"one"},"t":1}'],
      ['no snapshot', '{"d":{"v":1},"t":1}'],
      ['a JSON string', '"hello"'],
    ])('reports corrupt bytes (%s) with an eTag that lets the caller overwrite them', async (_what, raw) => {
      await store.put(alice('c1'), conv(['a']), null);
      await b.corrupt(store, alice('c1'), raw);
      const err = await store.get(alice('c1')).then(() => undefined, (e: unknown) => e);
      expect(err).toBeInstanceOf(CorruptStateError);
      const eTag = (err as CorruptStateError).eTag;
      await store.put(alice('c1'), conv(['repaired']), eTag);
      expect((await store.get(alice('c1')))?.value).toEqual(conv(['repaired']));
    });

    it('keeps Chinese text, nulls and nested snapshots exactly', async () => {
      const v: StoredConversation = {
        dialog: { version: 7, snapshot: { value: { 技能: ['高级工', null], years: 2.5 }, context: { a: [] } } },
        updatedAt: 1,
      };
      await store.put(alice('c1'), v, null);
      expect((await store.get(alice('c1')))?.value).toEqual(v);
    });

    it('does not keep the ids in clear', async () => {
      const key = conversationKey({ channel: 'wechat', conversationId: 'wxid_room_42@chatroom', userId: 'wxid_alice' });
      expect(key).not.toContain('wxid');
      await store.put(key, conv([]), null);
      expect(await store.get(key)).toBeDefined();
    });

    it('fails with StoreUnavailableError once closed', async () => {
      const s = b.make({ ttlSeconds: 60 });
      await s.close();
      await expect(s.get(alice('c1'))).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(s.put(alice('c1'), conv([]), null)).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(s.close()).resolves.toBeUndefined();
    });
  });
}
