// The conversation service on SQLite: load, run, save with compare-and-set; resets; erase; recent; drain; errors.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ConversationService } from '../../src/conversation/conversationService';
import { classifyTurnError, isStoreUnavailable, turnFailureReply, TURN_FAILURE_KEYS } from '../../src/conversation/errors';
import type { ConversationEvent, Message } from '../../src/conversation/types';
import { SqliteStore } from '../../src/store/sqliteStore';
import { ConflictError, conversationKey, StoreUnavailableError, type StateStore } from '../../src/store/stateStore';
import { countingDialog, itemsOf, type Call } from './countingDialog';

const V = 3;
let dir: string;
let n = 0;
const open: StateStore[] = [];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gt-conv-'));
});
afterAll(async () => {
  await Promise.all(open.map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
});

function sqlite(path = join(dir, `db${++n}`, 'state.db')): SqliteStore {
  const s = new SqliteStore({ path, ttlSeconds: 3600, sweepIntervalMs: 0 });
  open.push(s);
  return s;
}

const msg = (text: string, over: Partial<Message> = {}): Message => ({ channel: 'wechat', conversationId: 'room-1', userId: 'alice', text, ...over });
const keyOf = (m: Message) => conversationKey(m);

function setup(over: { store?: StateStore; now?: () => Date; maxRecent?: number } = {}) {
  const calls: Call[] = [];
  const events: ConversationEvent[] = [];
  const store = over.store ?? sqlite();
  const svc = new ConversationService({
    store, dialog: countingDialog(V, calls), dialogVersion: V, now: over.now, maxRecent: over.maxRecent, onEvent: (e) => events.push(e),
  });
  return { svc, store, calls, events };
}

describe('ConversationService', () => {
  it('starts a conversation, then goes on from the stored state', async () => {
    const { svc, store, calls, events } = setup();
    const first = await svc.handle(msg('你好'));
    expect(first.replies[0].text).toBe('n=1');
    expect(calls[0].state).toBeUndefined();
    expect(calls[0].input.notice).toBeUndefined();
    const second = await svc.handle(msg('两年半'));
    expect(second.replies[0].text).toBe('n=2');
    expect(itemsOf(calls[1].state)).toEqual(['你好']);
    expect(itemsOf((await store.get(keyOf(msg(''))))?.value.dialog)).toEqual(['你好', '两年半']);
    expect(events.filter((e) => e.type === 'conversation_started')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'turn')).toHaveLength(2);
    expect(events.find((e) => e.type === 'turn')).toMatchObject({ channel: 'wechat', attempts: 1, outcome: 'saved', bytes: expect.any(Number) });
  });

  it('keeps conversations apart by channel, conversation and person', async () => {
    const { svc, store } = setup();
    await svc.handle(msg('a'));
    await svc.handle(msg('b', { userId: 'bob' }));
    await svc.handle(msg('c', { conversationId: 'private' }));
    await svc.handle(msg('d', { channel: 'msteams' }));
    expect(itemsOf((await store.get(keyOf(msg(''))))?.value.dialog)).toEqual(['a']);
    expect(itemsOf((await store.get(keyOf(msg('', { userId: 'bob' }))))?.value.dialog)).toEqual(['b']);
  });

  it('passes text, value, locale and the month in Asia/Shanghai', async () => {
    const { svc, calls } = setup({ now: () => new Date('2024-12-31T16:30:00Z') });
    await svc.handle(msg('', { value: { choice: '苏州' }, locale: 'en' }));
    expect(calls[0].input).toEqual({ text: '', value: { choice: '苏州' }, locale: 'en', asOf: '2025-01' });
  });

  it('serializes simultaneous messages of one conversation within an instance, in arrival order', async () => {
    const { svc, store, events } = setup();
    const texts = Array.from({ length: 8 }, (_, i) => `m${i}`);
    const outs = await Promise.all(texts.map((t) => svc.handle(msg(t))));
    expect(outs.map((o) => o.replies[0].text)).toEqual(texts.map((_, i) => `n=${i + 1}`));
    expect(itemsOf((await store.get(keyOf(msg(''))))?.value.dialog)).toEqual(texts);
    expect(events.filter((e) => e.type === 'conflict_retry')).toHaveLength(0);
  });

  it('applies every message exactly once across two instances on one SQLite file', async () => {
    const path = join(dir, 'two', 'state.db');
    const a = setup({ store: sqlite(path) });
    const b = setup({ store: sqlite(path) });
    const texts = Array.from({ length: 8 }, (_, i) => `m${i}`);
    await Promise.all(texts.map((t, i) => (i % 2 ? a : b).svc.handle(msg(t))));
    const items = itemsOf((await a.store.get(keyOf(msg(''))))?.value.dialog);
    expect([...items].sort()).toEqual(texts);
  });

  it('retries on a conflict with the fresh state', async () => {
    const inner = sqlite();
    let injected = false;
    // Another instance writes between our read and our write, once.
    const racing: StateStore = Object.assign(Object.create(inner) as StateStore, {
      put: async (key: string, value: Parameters<StateStore['put']>[1], eTag: string | null) => {
        if (!injected && eTag !== null) {
          injected = true;
          await inner.put(key, { ...value, dialog: { version: V, snapshot: { items: ['a', 'other'] } } }, eTag);
        }
        return inner.put(key, value, eTag);
      },
    });
    const { svc, events } = setup({ store: racing });
    await svc.handle(msg('a'));
    await svc.handle(msg('b'));
    expect(itemsOf((await inner.get(keyOf(msg(''))))?.value.dialog)).toEqual(['a', 'other', 'b']);
    expect(events.filter((e) => e.type === 'conflict_retry')).toEqual([{ type: 'conflict_retry', channel: 'wechat', attempt: 1 }]);
    expect(events.filter((e) => e.type === 'turn').at(-1)).toMatchObject({ attempts: 2 });
  });

  it('gives up with ConflictError after the bounded attempts', async () => {
    const inner = sqlite();
    const hostile: StateStore = Object.assign(Object.create(inner) as StateStore, {
      put: async () => {
        throw new ConflictError('always');
      },
    });
    const events: ConversationEvent[] = [];
    const svc = new ConversationService({ store: hostile, dialog: countingDialog(V), dialogVersion: V, maxAttempts: 3, onEvent: (e) => events.push(e) });
    const err = await svc.handle(msg('x')).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect(classifyTurnError(err)).toBe('busy');
    expect(events.filter((e) => e.type === 'conflict_retry')).toHaveLength(2);
    expect(events.at(-1)).toMatchObject({ type: 'turn_failed', failure: 'busy' });
  });

  it('restarts politely when the stored state is of another dialog version', async () => {
    const { svc, store, calls, events } = setup();
    await store.put(keyOf(msg('')), { dialog: { version: V - 1, snapshot: { items: ['old'] } }, updatedAt: 0, recent: [{ from: 'user', text: 'old' }] }, null);
    const out = await svc.handle(msg('hi'));
    expect(calls[0].state).toBeUndefined();
    expect(calls[0].input.notice).toBe('state_reset');
    expect(out.replies[0].text).toBe('reset; n=1');
    const saved = (await store.get(keyOf(msg(''))))?.value;
    expect(saved?.dialog).toEqual({ version: V, snapshot: { items: ['hi'] } });
    expect(saved?.recent).toEqual([{ from: 'user', text: 'hi' }, { from: 'bot', text: 'reset; n=1' }]);
    expect(events).toContainEqual({ type: 'state_reset', channel: 'wechat', reason: 'version' });
    expect(events).toContainEqual({ type: 'conversation_started', channel: 'wechat' });
    // the next turn goes on normally
    await svc.handle(msg('again'));
    expect(calls[1].input.notice).toBeUndefined();
  });

  it('restarts politely when the stored state is corrupt', async () => {
    const path = join(dir, 'corrupt', 'state.db');
    const { svc, store, calls, events } = setup({ store: sqlite(path) });
    await svc.handle(msg('one'));
    const db = new Database(path);
    db.prepare('UPDATE conversations SET value = ?').run('{"d":{"v":3,"s":{"items":[');
    db.close();
    const out = await svc.handle(msg('two'));
    expect(calls[1].state).toBeUndefined();
    expect(calls[1].input.notice).toBe('state_reset');
    expect(out.replies[0].text).toBe('reset; n=1');
    expect(itemsOf((await store.get(keyOf(msg(''))))?.value.dialog)).toEqual(['two']);
    expect(events).toContainEqual({ type: 'state_reset', channel: 'wechat', reason: 'corrupt' });
  });

  it('starts afresh, once, when the dialog throws on the stored state', async () => {
    const { svc, store, calls, events } = setup();
    await store.put(keyOf(msg('')), { dialog: { version: V, snapshot: { items: ['x'], poison: true } }, updatedAt: 0 }, null);
    const out = await svc.handle(msg('hi'));
    expect(calls).toHaveLength(2);
    expect(calls[1].state).toBeUndefined();
    expect(calls[1].input.notice).toBe('state_reset');
    expect(out.replies[0].text).toBe('reset; n=1');
    expect(itemsOf((await store.get(keyOf(msg(''))))?.value.dialog)).toEqual(['hi']);
    expect(events).toContainEqual({ type: 'state_reset', channel: 'wechat', reason: 'dialog_error' });
  });

  it('lets a dialog error on a fresh conversation through', async () => {
    const events: ConversationEvent[] = [];
    const svc = new ConversationService({
      store: sqlite(), dialog: () => { throw new Error('bug'); }, dialogVersion: V, onEvent: (e) => events.push(e),
    });
    await expect(svc.handle(msg('hi'))).rejects.toThrow('bug');
    expect(events.at(-1)).toMatchObject({ type: 'turn_failed', failure: 'internal' });
    // and the queue goes on after a failed turn
    await expect(svc.handle(msg('again'))).rejects.toThrow('bug');
  });

  it('erases all of the person\'s conversations in that channel and saves nothing', async () => {
    const { svc, store, events } = setup();
    await svc.handle(msg('group'));
    await svc.handle(msg('private', { conversationId: 'private' }));
    await svc.handle(msg('bob', { userId: 'bob' }));
    await svc.handle(msg('teams', { channel: 'msteams' }));
    const out = await svc.handle(msg('erase'));
    expect(out.effects).toEqual([{ type: 'erase_my_data' }]);
    expect(await store.get(keyOf(msg('')))).toBeUndefined();
    expect(await store.get(keyOf(msg('', { conversationId: 'private' })))).toBeUndefined();
    expect(await store.get(keyOf(msg('', { userId: 'bob' })))).toBeDefined();
    expect(await store.get(keyOf(msg('', { channel: 'msteams' })))).toBeDefined();
    expect(events).toContainEqual({ type: 'erase', channel: 'wechat', removed: 2 });
    expect(events.at(-1)).toMatchObject({ type: 'turn', outcome: 'erased' });
    // the next message starts over
    expect((await svc.handle(msg('hello'))).replies[0].text).toBe('n=1');
  });

  it('keeps the last messages for a hand-over, bounded in number and length', async () => {
    const { svc } = setup({ maxRecent: 4 });
    await svc.handle(msg('一'));
    await svc.handle(msg('', { value: { choice: '苏州' } }));
    await svc.handle(msg('长'.repeat(500)));
    const recent = await svc.recent(msg(''));
    expect(recent).toHaveLength(4);
    expect(recent[0]).toEqual({ from: 'user', text: '苏州' });
    expect(recent[1]).toEqual({ from: 'bot', text: 'n=2' });
    expect(recent[2].from).toBe('user');
    expect([...recent[2].text].length).toBe(160);
    expect(recent[2].text.endsWith('…')).toBe(true);
    expect(recent[3]).toEqual({ from: 'bot', text: 'n=3' });
    expect(await svc.recent(msg('', { userId: 'nobody' }))).toEqual([]);
  });

  it('keeps the stored conversation small (recent history bounded in bytes)', async () => {
    const events: ConversationEvent[] = [];
    // A snapshot of the size a real dialog keeps (about 400 bytes), and long Chinese messages both ways.
    const snapshot = {
      status: 'active', value: { asking: 'skills.since' }, historyValue: {},
      context: { locale: 'zh-CN', region: 'suzhou', skills: [{ level: '高级工', occupation: '电工', since: '2019-06' }],
        titles: [], workYears: 8, annualReviewsPassed: null, awards: [], pending: ['titles', 'awards'] },
    };
    const svc = new ConversationService({
      store: sqlite(), dialogVersion: V, onEvent: (e) => events.push(e),
      dialog: (_s, input) => ({
        replies: [{ text: `好的，已记录：${input.text}。请问您取得高级工（三级）职业资格证书是哪一年？例如 2019年6月。`, requestedSlot: 'skills.since' }],
        requestedSlot: 'skills.since', effects: [], state: { version: V, snapshot }, locale: 'zh-CN',
      }),
    });
    for (let i = 0; i < 12; i++) await svc.handle(msg(`我在苏州做了${i}年电工，有高级工证书，想评技师，请问可以吗？还需要什么材料？`));
    const sizes = events.flatMap((e) => (e.type === 'turn' && e.bytes ? [e.bytes] : []));
    expect(sizes).toHaveLength(12);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(2048);
  });

  it('reports events without message text or ids', async () => {
    const { svc, events } = setup();
    await svc.handle(msg('秘密的文字', { userId: 'wxid_secret' }));
    await svc.handle(msg('erase', { userId: 'wxid_secret' }));
    const json = JSON.stringify(events);
    expect(json).not.toMatch(/秘密|secret|room-1/);
    expect(events.map((e) => e.type)).toEqual(['conversation_started', 'turn', 'erase', 'turn']);
  });

  it('drain resolves only when no turn is in flight', async () => {
    const inner = sqlite();
    let open = (): void => undefined;
    const gate = new Promise<void>((r) => { open = r; });
    const slow: StateStore = Object.assign(Object.create(inner) as StateStore, {
      put: async (...args: Parameters<StateStore['put']>) => {
        await gate;
        return inner.put(...args);
      },
    });
    const { svc } = setup({ store: slow });
    await svc.drain(); // nothing in flight
    let handled = 0;
    const turns = [svc.handle(msg('a')), svc.handle(msg('b')), svc.handle(msg('c', { userId: 'bob' }))].map((p) => p.then(() => { handled++; }));
    let drained = false;
    const d = svc.drain().then(() => { drained = true; });
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    expect(drained).toBe(false);
    open();
    await d;
    expect(drained).toBe(true);
    await Promise.all(turns);
    expect(handled).toBe(3);
  });

  it('propagates StoreUnavailableError for the channels to reply "temporarily unavailable"', async () => {
    const inner = sqlite();
    const down: StateStore = Object.assign(Object.create(inner) as StateStore, {
      get: async () => {
        throw new StoreUnavailableError('down');
      },
    });
    const { svc, events } = setup({ store: down });
    const err = await svc.handle(msg('hi', { locale: 'en' })).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(StoreUnavailableError);
    expect(isStoreUnavailable(err)).toBe(true);
    expect(classifyTurnError(err)).toBe('store_unavailable');
    expect(turnFailureReply(err, 'en', (locale, key) => `${locale}|${key}`)).toBe(`en|${TURN_FAILURE_KEYS.store_unavailable}`);
    expect(classifyTurnError(new Error('x'))).toBe('internal');
    expect(events.at(-1)).toMatchObject({ type: 'turn_failed', failure: 'store_unavailable' });
  });
});
