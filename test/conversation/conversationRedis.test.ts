// The conversation service scaled out: two instances (two Redis connections) on one real redis-server.
import { ConversationService } from '../../src/conversation/conversationService';
import type { ConversationEvent, Message } from '../../src/conversation/types';
import { RedisStore } from '../../src/store/redisStore';
import { conversationKey, StoreUnavailableError } from '../../src/store/stateStore';
import { hasRedisServer, startRedis, type RedisServer } from '../helpers/redisServer';
import { countingDialog, itemsOf } from './countingDialog';

const V = 1;
const msg = (text: string, conversationId = 'room-1'): Message => ({ channel: 'wechat', conversationId, userId: 'alice', text });

const d = hasRedisServer() ? describe : describe.skip;
d('ConversationService on Redis, two instances', () => {
  let server: RedisServer;
  const stores: RedisStore[] = [];
  const instance = (prefix: string) => {
    const store = new RedisStore({ url: server.url, ttlSeconds: 3600, prefix });
    stores.push(store);
    const events: ConversationEvent[] = [];
    return { store, events, svc: new ConversationService({ store, dialog: countingDialog(V), dialogVersion: V, onEvent: (e) => events.push(e) }) };
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

  it('applies 8 simultaneous messages to one conversation exactly once each', async () => {
    const a = instance('eight:');
    const b = instance('eight:');
    const texts = Array.from({ length: 8 }, (_, i) => `m${i}`);
    const outs = await Promise.all(texts.map((t, i) => (i % 2 ? a : b).svc.handle(msg(t))));
    const items = itemsOf((await a.store.get(conversationKey(msg(''))))?.value.dialog);
    expect([...items].sort()).toEqual(texts);
    // every reply saw a distinct count: each turn ran on the state left by the one before it
    expect(outs.map((o) => o.replies[0].text).sort()).toEqual(texts.map((_, i) => `n=${i + 1}`).sort());
    // each instance keeps its own messages in order
    expect(items.filter((t) => Number(t.slice(1)) % 2 === 1)).toEqual(['m1', 'm3', 'm5', 'm7']);
    expect(items.filter((t) => Number(t.slice(1)) % 2 === 0)).toEqual(['m0', 'm2', 'm4', 'm6']);
  });

  it('survives many rounds of contention without losing or doubling a message', async () => {
    const a = instance('rounds:');
    const b = instance('rounds:');
    const texts: string[] = [];
    for (let round = 0; round < 5; round++) {
      const batch = Array.from({ length: 8 }, (_, i) => `r${round}m${i}`);
      texts.push(...batch);
      await Promise.all(batch.map((t, i) => (i % 2 ? a : b).svc.handle(msg(t))));
    }
    const items = itemsOf((await b.store.get(conversationKey(msg(''))))?.value.dialog);
    expect([...items].sort()).toEqual([...texts].sort());
  });

  it('erase through one instance is seen by the other', async () => {
    const a = instance('erase:');
    const b = instance('erase:');
    await a.svc.handle(msg('one', 'room-1'));
    await b.svc.handle(msg('two', 'private'));
    await b.svc.handle(msg('erase', 'room-1'));
    expect(b.events).toContainEqual({ type: 'erase', channel: 'wechat', removed: 2 });
    expect((await a.svc.handle(msg('again', 'private'))).replies[0].text).toBe('n=1');
  });

  it('fails fast with StoreUnavailableError while Redis is down under load, then recovers with the state intact', async () => {
    const a = instance('load:');
    const b = instance('load:');
    const sent: string[] = [];
    const ok: string[] = [];
    const failures: unknown[] = [];
    const fire = (t: string, i: number) => {
      sent.push(t);
      return (i % 2 ? a : b).svc.handle(msg(t)).then(() => { ok.push(t); }, (e: unknown) => { failures.push(e); });
    };
    // load before, during and after the outage
    await Promise.all(Array.from({ length: 8 }, (_, i) => fire(`before${i}`, i)));
    expect(ok).toHaveLength(8);
    const during = Array.from({ length: 8 }, (_, i) => fire(`inflight${i}`, i));
    await server.halt();
    await Promise.all(during);
    const down = Array.from({ length: 8 }, (_, i) => fire(`down${i}`, i));
    await Promise.all(down);
    const downFailures = failures.slice(-8);
    expect(downFailures).toHaveLength(8);
    for (const e of downFailures) expect(e).toBeInstanceOf(StoreUnavailableError);
    for (const e of failures) expect(e).toBeInstanceOf(StoreUnavailableError);
    expect(a.events.some((e) => e.type === 'turn_failed' && e.failure === 'store_unavailable')).toBe(true);

    await server.start();
    let back = false;
    for (let i = 0; i < 100 && !back; i++) {
      back = await a.svc.handle(msg('after')).then(() => true, () => false);
      if (!back) await new Promise((r) => setTimeout(r, 100));
    }
    expect(back).toBe(true);
    await b.svc.handle(msg('after-b'));
    ok.push('after', 'after-b');

    const items = itemsOf((await b.store.get(conversationKey(msg(''))))?.value.dialog);
    // Nothing doubled; everything acknowledged is there (a message whose reply was lost in the outage may be there too).
    expect(new Set(items).size).toBe(items.length);
    for (const t of ok) expect(items).toContain(t);
    for (const t of items) expect([...sent, 'after', 'after-b']).toContain(t);
    expect(items.filter((t) => t.startsWith('down'))).toEqual([]);
  });
});
