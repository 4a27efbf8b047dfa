// The in-memory shortcuts of the store layer: remembered keys (same bytes as computing them), eTags without
// randomness per call, the bounded map, and the cache of decoded conversations.
import { execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { join } from 'node:path';
import fc from 'fast-check';
import type { StoredConversation } from '../../src/conversation/types';
import { BoundedMap } from '../../src/boundedMap';
import { conversationKey, KEY_CACHE_ENTRIES, personKey } from '../../src/store/keys';
import { newETag } from '../../src/store/stateStore';
import { ValueCache } from '../../src/store/valueCache';

/** The key as computed before keys were remembered. */
function reference(k: { channel: string; conversationId: string; userId: string }, secret = 'guantong-state-key-v1'): string {
  const digest = (parts: string[]) => createHmac('sha256', secret).update(parts.join('\u0000')).digest().subarray(0, 16).toString('base64url');
  return `${digest(['p', k.channel, k.userId])}.${digest(['c', k.channel, k.conversationId, k.userId])}`;
}

describe('conversation keys', () => {
  it('are the bytes stored before (keys already stored are found)', () => {
    expect(conversationKey({ channel: 'wechat', conversationId: 'room-1', userId: 'alice' }))
      .toBe('Vsnwb_bVDqZTr-O-R3NYMw.yY2aHEbf8zDuZ5D6p77OMg');
    expect(conversationKey({ channel: 'msteams', conversationId: '19:meeting_abc', userId: '29:alice-aad' }, 'another secret'))
      .toBe('acNw9TJ0pHPRKtN9JCWp0A.ow0xgXnuVUCdMy3nPz70cw');
    expect(personKey('wechat', 'alice')).toBe('Vsnwb_bVDqZTr-O-R3NYMw');
  });

  it('computed or remembered, are always what the hash gives, whatever the ids hold', () => {
    const id = fc.oneof(fc.string(), fc.constantFrom('', ':', '1:', '\u0000', 'a\u0000b', '2:ab', '10:'));
    const triple = fc.record({ channel: id, conversationId: id, userId: id });
    fc.assert(fc.property(fc.array(triple, { minLength: 1, maxLength: 8 }), fc.constantFrom('s1', 's2', 'guantong-state-key-v1'), (ks, secret) => {
      for (let round = 0; round < 2; round++) for (const k of ks) expect(conversationKey(k, secret)).toBe(reference(k, secret));
    }), { numRuns: 300 });
    // ids that a naive joined cache key would confuse
    const a = { channel: 'a', conversationId: 'b\u0000c', userId: 'd' };
    const b = { channel: 'a', conversationId: 'b', userId: 'c\u0000d' };
    for (const k of [a, b, a, b]) expect(conversationKey(k)).toBe(reference(k));
  });

  it('stay right past the bound of the remembered keys', () => {
    const n = KEY_CACHE_ENTRIES + 500;
    const ks = Array.from({ length: n }, (_, i) => ({ channel: 'webchat', conversationId: `c${i}`, userId: `u${i % 7}` }));
    for (const k of ks) conversationKey(k);
    for (const i of [0, 1, n - 1, Math.floor(n / 2)]) expect(conversationKey(ks[i])).toBe(reference(ks[i]));
  });
});

describe('eTags', () => {
  it('never repeat within a process, nor across processes', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 100_000; i++) seen.add(newETag());
    expect(seen.size).toBe(100_000);
    const other = () => execFileSync(process.execPath, ['-r', 'tsx/cjs', '-e', "process.stdout.write(require('./src/store/stateStore').newETag())"],
      { cwd: join(__dirname, '..', '..'), encoding: 'utf8' });
    const [x, y] = [other(), other()];
    expect(x).not.toBe(y);
    expect(seen.has(x) || seen.has(y)).toBe(false);
    expect(x).toMatch(/^[\w-]{12}[0-9a-z]+$/);
  });
});

describe('BoundedMap', () => {
  it('holds at most its bound and keeps what was used recently', () => {
    const m = new BoundedMap<number, number>(100);
    for (let i = 0; i < 1000; i++) {
      m.set(i, i);
      // 7 is read all the time: it stays
      expect(m.get(7)).toBe(i >= 7 ? 7 : undefined);
      expect(m.size).toBeLessThanOrEqual(100);
    }
    expect(m.get(999)).toBe(999);
    expect(m.get(0)).toBeUndefined();
    m.set(999, -1);
    expect(m.get(999)).toBe(-1);
    m.delete(999);
    expect(m.get(999)).toBeUndefined();
    m.deleteWhere((k) => k === 7);
    expect(m.get(7)).toBeUndefined();
    m.clear();
    expect(m.size).toBe(0);
    const none = new BoundedMap<string, number>(0);
    none.set('a', 1);
    expect(none.get('a')).toBeUndefined();
  });
});

describe('ValueCache', () => {
  const conv = (n: number): StoredConversation => ({ dialog: { version: 1, snapshot: { n, 技能: ['高级工'] } }, updatedAt: n });

  it('serves an entry only for the very bytes it stands for', () => {
    const c = new ValueCache(10, false);
    const v = conv(1);
    c.set('p.k', '{"raw":1}', v, 100);
    expect(c.get('p.k', '{"raw":1}')).toBe(v);
    expect(c.get('p.k', '{"raw":2}')).toBeUndefined();
    expect(c.get('p.other', '{"raw":1}')).toBeUndefined();
  });

  it('forgets a person, and what was written before a time', () => {
    const c = new ValueCache(10, false);
    c.set('alice.1', 'a1', conv(1), 100);
    c.set('alice.2', 'a2', conv(2), 300);
    c.set('bob.1', 'b1', conv(3), 100);
    c.set('alicebob.1', 'ab', conv(4), 300);
    c.deletePerson('alice');
    expect([c.get('alice.1', 'a1'), c.get('alice.2', 'a2')]).toEqual([undefined, undefined]);
    expect(c.get('alicebob.1', 'ab')).toEqual(conv(4));
    c.deleteOlderThan(200);
    expect(c.get('bob.1', 'b1')).toBeUndefined();
    expect(c.get('alicebob.1', 'ab')).toEqual(conv(4));
  });

  it('is bounded', () => {
    const c = new ValueCache(50, false);
    for (let i = 0; i < 500; i++) c.set(`p.${i}`, String(i), conv(i), i);
    expect(c.size).toBeLessThanOrEqual(50);
  });

  it('freezes what it holds under test, so a caller that mutates a shared conversation fails loudly', () => {
    const c = new ValueCache(10);
    const v = conv(1);
    c.set('p.k', 'x', v, 1);
    expect(Object.isFrozen(v)).toBe(true);
    expect(() => {
      (v.dialog.snapshot as { 技能: string[] }).技能.push('技师');
    }).toThrow(TypeError);
  });
});
