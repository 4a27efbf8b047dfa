// Redis only: fail fast when Redis is down, recover when it is back, several instances on one Redis.
import { createHook } from 'node:async_hooks';
import { RedisStore } from '../../src/store/redisStore';
import { ConflictError, conversationKey, StoreUnavailableError } from '../../src/store/stateStore';
import { hasRedisServer, startRedis, type RedisServer } from '../helpers/redisServer';

const key = conversationKey({ channel: 'wechat', conversationId: 'room-1', userId: 'alice' });
const value = (n: number) => ({ dialog: { version: 1, snapshot: { n } }, updatedAt: 0 });

const d = hasRedisServer() ? describe : describe.skip;
d('RedisStore against a real redis-server', () => {
  let server: RedisServer;
  const stores: RedisStore[] = [];
  const make = (prefix = 'r:') => {
    const s = new RedisStore({ url: server.url, ttlSeconds: 3600, prefix });
    stores.push(s);
    return s;
  };
  beforeAll(async () => {
    const s = await startRedis();
    if (!s) throw new Error('redis-server did not start');
    server = s;
  });
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    await server.stop();
  });

  it('fails with StoreUnavailableError when nothing listens', async () => {
    const s = new RedisStore({ url: 'redis://127.0.0.1:1', ttlSeconds: 60, connectWaitMs: 300 });
    await expect(s.get(key)).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(s.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
    await s.close();
  });

  it('many calls waiting for the connection: one listener between them (eleven made Node warn), each fails on its own time', async () => {
    const s = new RedisStore({ url: 'redis://127.0.0.1:1', ttlSeconds: 60, connectWaitMs: 300 });
    const client = (s as unknown as { client: { listenerCount(e: string): number } }).client;
    const calls = Array.from({ length: 25 }, (_, i) => s.get(`${key}${i}`));
    await new Promise((r) => setImmediate(r));
    // the store's own, ioredis's while it connects, and the one the waiting calls share (it was one per call)
    expect(client.listenerCount('ready')).toBeLessThanOrEqual(3);
    const results = await Promise.allSettled(calls);
    expect(results.map((r) => r.status === 'rejected' && r.reason instanceof StoreUnavailableError)).toEqual(results.map(() => true));
    await s.close();
  });

  it('calls made before the first connection go through once it is ready', async () => {
    const s = make('early:');
    const got = await Promise.all(Array.from({ length: 25 }, (_, i) => s.get(`${key}${i}`)));
    expect(got).toEqual(got.map(() => undefined));
    await s.put(key, value(7), null);
    expect((await s.get(key))?.value).toEqual(value(7));
  });

  it('two instances share the conversations and compare-and-set across them', async () => {
    const a = make('shared:');
    const b = make('shared:');
    const e1 = await a.put(key, value(1), null);
    expect((await b.get(key))?.eTag).toBe(e1);
    await b.put(key, value(2), e1);
    await expect(a.put(key, value(3), e1)).rejects.toBeInstanceOf(ConflictError);
    expect(await b.deletePerson('wechat', 'alice')).toBe(1);
    expect(await a.get(key)).toBeUndefined();
  });

  it('fails fast while Redis is down and recovers by itself, data intact', async () => {
    const s = make('down:');
    const eTag = await s.put(key, value(41), null);
    await server.halt();
    await expect(s.get(key)).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(s.put(key, value(42), eTag)).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(s.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
    await server.start();
    let back = false;
    for (let i = 0; i < 100 && !back; i++) {
      back = await s.ping().then(() => true, () => false);
      if (!back) await new Promise((r) => setTimeout(r, 100));
    }
    expect(back).toBe(true);
    expect(await s.get(key)).toEqual({ value: value(41), eTag });
    await s.put(key, value(42), eTag);
    expect((await s.get(key))?.value).toEqual(value(42));
  });

  it('close() while reconnecting leaves no timer behind (no open handle), and the store stays closed', async () => {
    const s = make('closing:');
    await s.ping();
    await server.halt();
    const status = () => (s as unknown as { client: { status: string } }).client.status;
    for (let i = 0; i < 200 && status() !== 'reconnecting'; i++) await new Promise((r) => setTimeout(r, 5));
    expect(status()).toBe('reconnecting');
    // every timer created while closing, and whether it is still pending
    const pending = new Map<number, string>();
    const hook = createHook({
      init(id, type) { if (type === 'Timeout') pending.set(id, new Error().stack ?? ''); },
      destroy(id) { pending.delete(id); },
    }).enable();
    try {
      await s.close();
      await new Promise((r) => setImmediate(r));
    } finally {
      hook.disable();
    }
    expect([...pending.values()]).toEqual([]);
    await server.start();
    await expect(s.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(status()).not.toBe('ready');
  });
});
