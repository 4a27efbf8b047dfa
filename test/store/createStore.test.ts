import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoredConversation } from '../../src/conversation/types';
import { createStore } from '../../src/store/createStore';
import { decodeConversation, encodeConversation } from '../../src/store/codec';
import { conversationKey, personKey, personOfKey } from '../../src/store/keys';
import { RedisStore } from '../../src/store/redisStore';
import { SqliteStore } from '../../src/store/sqliteStore';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gt-create-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('createStore', () => {
  it('picks SQLite for sqlite: URLs and creates the folder', async () => {
    const path = join(dir, 'data', 'state.db');
    const s = createStore(`sqlite:${path}`, { ttlSeconds: 60 });
    expect(s).toBeInstanceOf(SqliteStore);
    await s.ping();
    expect(existsSync(path)).toBe(true);
    await s.close();
    const mem = createStore('sqlite::memory:', { ttlSeconds: 60 });
    await mem.ping();
    await mem.close();
  });

  it('picks Redis for redis:// URLs', async () => {
    const s = createStore('redis://127.0.0.1:1', { ttlSeconds: 60 });
    expect(s).toBeInstanceOf(RedisStore);
    await s.close();
  });

  it.each(['postgres://x', 'state.db', '', 'redis:/nohost', 'sqlite:'])('names STATE_STORE for a bad URL (%j)', (url) => {
    expect(() => createStore(url, { ttlSeconds: 60 })).toThrow(/STATE_STORE/);
  });

  it('refuses a TTL that is not a positive number', () => {
    expect(() => createStore('sqlite::memory:', { ttlSeconds: 0 })).toThrow(/TTL/);
    expect(() => createStore('sqlite::memory:', { ttlSeconds: Number.NaN })).toThrow(/TTL/);
  });
});

describe('keys', () => {
  const k = { channel: 'wechat', conversationId: 'room@chatroom', userId: 'wxid_alice' };
  it('are stable keyed hashes, one person part per (channel, user)', () => {
    expect(conversationKey(k)).toBe(conversationKey({ ...k }));
    expect(conversationKey(k)).not.toBe(conversationKey({ ...k, conversationId: 'other' }));
    expect(conversationKey(k)).not.toBe(conversationKey(k, 'another secret'));
    expect(personOfKey(conversationKey(k))).toBe(personKey('wechat', 'wxid_alice'));
    expect(personOfKey(conversationKey({ ...k, conversationId: 'x' }))).toBe(personKey('wechat', 'wxid_alice'));
    expect(personKey('msteams', 'wxid_alice')).not.toBe(personKey('wechat', 'wxid_alice'));
    expect(conversationKey(k)).toMatch(/^[\w-]{22}\.[\w-]{22}$/);
    expect(personOfKey('plain')).toBeUndefined();
  });
  it('do not mix up ids that concatenate alike', () => {
    expect(conversationKey({ channel: 'a', conversationId: 'bc', userId: 'd' }))
      .not.toBe(conversationKey({ channel: 'a', conversationId: 'b', userId: 'cd' }));
  });
});

describe('codec', () => {
  it('round-trips and keeps a conversation with 10 recent messages under 2 KB', () => {
    const c: StoredConversation = {
      dialog: {
        version: 3,
        snapshot: {
          status: 'active', value: { asking: 'skills.since' },
          context: { region: 'suzhou', skills: [{ level: '高级工', since: '2019-06' }], titles: [], workYears: 8, locale: 'zh-CN' },
        },
      },
      updatedAt: 1_760_000_000_000,
      recent: Array.from({ length: 10 }, (_, i) => ({
        from: i % 2 ? 'bot' as const : 'user' as const,
        text: i % 2 ? '请问您是哪一年取得高级工（三级）证书的？例如：2019年6月。' : `我在苏州做电工，${i}年前拿的高级工`,
      })),
    };
    const json = encodeConversation(c);
    expect(decodeConversation(json)).toEqual(c);
    expect(json).not.toMatch(/\n|": /);
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(2048);
  });
  it('rejects what is not a conversation', () => {
    expect(decodeConversation('{')).toBeUndefined();
    expect(decodeConversation('null')).toBeUndefined();
    expect(decodeConversation('{"d":{"v":1.5,"s":1},"t":1}')).toBeUndefined();
    expect(decodeConversation('{"d":{"v":1,"s":1},"t":1,"r":[["x","hi"]]}')).toBeUndefined();
    expect(decodeConversation('{"d":{"v":1,"s":null},"t":1}')).toEqual({ dialog: { version: 1, snapshot: null }, updatedAt: 1 });
  });
});
