// SQLite only: crash safety (SIGKILL of a writer), two connections and two processes on one file, the cache against
// writes of others, the sweep timer, files written before the single-statement compare-and-set.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/store/sqliteStore';
import { ConflictError, conversationKey } from '../../src/store/stateStore';
import type { StoredConversation } from '../../src/conversation/types';

const key = conversationKey({ channel: 'wechat', conversationId: 'room-1', userId: 'alice' });
const conv = (items: string[]): StoredConversation => ({ dialog: { version: 1, snapshot: { items } }, updatedAt: 0 });
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gt-sqlite-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the writer child until it has acknowledged `atLeast` writes, SIGKILLs it, returns the last acknowledged count. */
function writeThenKill(path: string, atLeast: number): Promise<{ acked: number; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', 'tsx/cjs', join(__dirname, 'fixtures', 'sqliteWriter.ts'), path], {
      cwd: join(__dirname, '..', '..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let acked = 0;
    let killed = false;
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const lines = out.split('\n');
      out = lines.pop() ?? '';
      for (const l of lines) {
        const m = /^ok (\d+)$/.exec(l);
        if (m) acked = Number(m[1]);
      }
      if (!killed && acked >= atLeast) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (!killed) reject(new Error(`writer exited before it was killed: ${err}`));
      else resolve({ acked, signal });
    });
  });
}

describe('SqliteStore', () => {
  it('keeps every acknowledged write when the writing process is SIGKILLed', async () => {
    const path = join(dir, 'crash', 'state.db');
    const { acked, signal } = await writeThenKill(path, 200);
    expect(signal).toBe('SIGKILL');
    expect(acked).toBeGreaterThanOrEqual(200);

    const db = new Database(path);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();

    const store = new SqliteStore({ path, ttlSeconds: 3600, sweepIntervalMs: 0 });
    const got = await store.get(key);
    // The child may have committed one more write after its last "ok" line reached us, never fewer.
    const n = (got?.value.dialog.snapshot as { n: number }).n;
    expect(n).toBeGreaterThanOrEqual(acked);
    // and the recovered store goes on with compare-and-set
    await store.put(key, { dialog: { version: 1, snapshot: { n: n + 1 } }, updatedAt: 0 }, got!.eTag);
    expect((await store.get(key))?.value.dialog.snapshot).toEqual({ n: n + 1 });
    await store.close();
  });

  it('creates the folder of the database file', async () => {
    const path = join(dir, 'deep', 'er', 'state.db');
    const store = new SqliteStore({ path, ttlSeconds: 60, sweepIntervalMs: 0 });
    await store.ping();
    expect(existsSync(path)).toBe(true);
    await store.close();
  });

  it('two connections on one file see each other and compare-and-set across them', async () => {
    const path = join(dir, 'shared', 'state.db');
    const a = new SqliteStore({ path, ttlSeconds: 60, sweepIntervalMs: 0 });
    const b = new SqliteStore({ path, ttlSeconds: 60, sweepIntervalMs: 0 });
    const e1 = await a.put(key, { dialog: { version: 1, snapshot: 'a' }, updatedAt: 0 }, null);
    expect((await b.get(key))?.eTag).toBe(e1);
    await b.put(key, { dialog: { version: 1, snapshot: 'b' }, updatedAt: 0 }, e1);
    await expect(a.put(key, { dialog: { version: 1, snapshot: 'late' }, updatedAt: 0 }, e1)).rejects.toBeInstanceOf(ConflictError);
    expect((await a.get(key))?.value.dialog.snapshot).toBe('b');
    await a.close();
    await b.close();
  });

  it('two store objects on one file racing puts with the same eTag: exactly one wins', async () => {
    const path = join(dir, 'race', 'state.db');
    const a = new SqliteStore({ path, ttlSeconds: 60, sweepIntervalMs: 0 });
    const b = new SqliteStore({ path, ttlSeconds: 60, sweepIntervalMs: 0 });
    for (let round = 0; round < 20; round++) {
      const k = conversationKey({ channel: 'wechat', conversationId: `race-${round}`, userId: 'alice' });
      // creating: both with eTag null
      const created = await Promise.allSettled([a.put(k, conv(['a']), null), b.put(k, conv(['b']), null)]);
      expect(created.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const [ga, gb] = await Promise.all([a.get(k), b.get(k)]);
      expect(ga?.eTag).toBe(gb?.eTag);
      // updating: both from the same eTag
      const results = await Promise.allSettled([a.put(k, conv(['a2']), ga!.eTag), b.put(k, conv(['b2']), gb!.eTag)]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
      const winner = results[0].status === 'fulfilled' ? 'a2' : 'b2';
      expect((await a.get(k))?.value.dialog.snapshot).toEqual({ items: [winner] });
      expect((await b.get(k))?.value.dialog.snapshot).toEqual({ items: [winner] });
    }
    await a.close();
    await b.close();
  });

  it('two processes adding to one counter with compare-and-set lose no update', async () => {
    const path = join(dir, 'processes', 'state.db');
    const times = 1500;
    const children = [0, 1].map(() => spawn(process.execPath, ['--require', 'tsx/cjs', join(__dirname, 'fixtures', 'sqliteCounter.ts'), path, key, String(times)], {
      cwd: join(__dirname, '..', '..'),
      stdio: ['pipe', 'pipe', 'pipe'],
    }));
    const lines = (c: (typeof children)[number]) => {
      let out = '';
      let err = '';
      c.stderr.on('data', (d: Buffer) => { err += d.toString(); });
      const ready = new Promise<void>((resolve, reject) => {
        c.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          if (out.includes('ready\n')) resolve();
        });
        c.on('exit', (code) => reject(new Error(`child exited (${code}): ${err}`)));
      });
      const done = new Promise<number>((resolve, reject) => {
        c.on('exit', (code) => {
          const m = /done (\d+)/.exec(out);
          if (code === 0 && m) resolve(Number(m[1]));
          else reject(new Error(`child exited (${code}): ${err}`));
        });
      });
      return { ready, done };
    };
    const io = children.map(lines);
    let conflicts: number[];
    try {
      await Promise.all(io.map((x) => x.ready));
      for (const c of children) c.stdin.end('go\n');
      conflicts = await Promise.all(io.map((x) => x.done));
    } finally {
      // a child left waiting for "go" would keep jest from exiting
      for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    }
    const store = new SqliteStore({ path, ttlSeconds: 3600, sweepIntervalMs: 0 });
    expect((await store.get(key))?.value.dialog.snapshot).toEqual({ n: 2 * times });
    // they did race: some compare-and-sets lost and were retried
    expect(conflicts[0] + conflicts[1]).toBeGreaterThan(0);
    await store.close();
  }, 60_000);

  it('never serves a remembered conversation after another instance wrote, nor after it expired', async () => {
    let clock = Date.UTC(2025, 0, 1);
    const path = join(dir, 'stale', 'state.db');
    const a = new SqliteStore({ path, ttlSeconds: 10, sweepIntervalMs: 0, now: () => clock });
    const b = new SqliteStore({ path, ttlSeconds: 10, sweepIntervalMs: 0, now: () => clock });
    const e1 = await a.put(key, conv(['a']), null);
    const first = await a.get(key);
    expect(first).toEqual({ value: conv(['a']), eTag: e1 });
    // a hit hands out the same (frozen) object
    expect((await a.get(key))?.value).toBe(first?.value);
    expect(Object.isFrozen(first?.value)).toBe(true);

    const e2 = await b.put(key, conv(['b']), e1);
    expect(await a.get(key)).toEqual({ value: conv(['b']), eTag: e2 });
    // the same bytes written again: same value, the new eTag
    const e3 = await b.put(key, conv(['b']), e2);
    expect(await a.get(key)).toEqual({ value: conv(['b']), eTag: e3 });
    await expect(a.put(key, conv(['late']), e2)).rejects.toBeInstanceOf(ConflictError);
    // deleted by the other: gone here too
    await b.delete(key);
    expect(await a.get(key)).toBeUndefined();
    await a.put(key, conv(['c']), null);
    expect((await a.get(key))?.value).toEqual(conv(['c']));
    clock += 11_000;
    expect(await a.get(key)).toBeUndefined();
    expect(await b.get(key)).toBeUndefined();
    await a.close();
    await b.close();
  });

  it('opens a file written before: rows read back, the updated_at index goes', async () => {
    const path = join(dir, 'old', 'state.db');
    const old = new SqliteStore({ path, ttlSeconds: 3600, sweepIntervalMs: 0 });
    await old.close();
    const db = new Database(path);
    db.exec('CREATE INDEX conversations_updated ON conversations(updated_at)');
    const raw = '{"d":{"v":3,"s":{"a":[1,null,"贯通"]}},"t":1700000000000,"r":[["u","你好"],["b","您好"]]}';
    db.prepare('INSERT INTO conversations (key, person, value, etag, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run(key, key.split('.')[0], raw, 'old-random-etag', Date.now());
    db.close();
    const store = new SqliteStore({ path, ttlSeconds: 3600, sweepIntervalMs: 0 });
    expect(await store.get(key)).toEqual({
      value: { dialog: { version: 3, snapshot: { a: [1, null, '贯通'] } }, updatedAt: 1_700_000_000_000, recent: [{ from: 'user', text: '你好' }, { from: 'bot', text: '您好' }] },
      eTag: 'old-random-etag',
    });
    await store.put(key, conv(['next']), 'old-random-etag');
    expect(await store.deletePerson('wechat', 'alice')).toBe(1);
    await store.close();
    const check = new Database(path);
    const indexes = (check.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'conversations'").all() as { name: string }[]).map((r) => r.name);
    check.close();
    expect(indexes).toContain('conversations_person');
    expect(indexes).not.toContain('conversations_updated');
  });

  it('sweeps on its timer', async () => {
    let clock = 0;
    const store = new SqliteStore({ path: join(dir, 'timer', 'state.db'), ttlSeconds: 10, sweepIntervalMs: 20, now: () => clock });
    await store.put(key, { dialog: { version: 1, snapshot: 1 }, updatedAt: 0 }, null);
    clock = 60_000;
    const db = new Database(join(dir, 'timer', 'state.db'));
    const count = () => (db.prepare('SELECT count(*) AS n FROM conversations').get() as { n: number }).n;
    expect(count()).toBe(1);
    for (let i = 0; i < 200 && count() > 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(count()).toBe(0);
    db.close();
    await store.close();
  });

  it('stores the person index as a hash and no ids in clear', async () => {
    const path = join(dir, 'clear', 'state.db');
    const store = new SqliteStore({ path, ttlSeconds: 60, sweepIntervalMs: 0 });
    await store.put(conversationKey({ channel: 'msteams', conversationId: '19:meeting_abc', userId: '29:alice-aad' }),
      { dialog: { version: 1, snapshot: {} }, updatedAt: 0 }, null);
    await store.close();
    const db = new Database(path);
    const rows = db.prepare('SELECT key, person FROM conversations').all() as { key: string; person: string }[];
    db.close();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toMatch(/alice|meeting|msteams/);
    expect(rows[0].key.startsWith(`${rows[0].person}.`)).toBe(true);
  });
});
