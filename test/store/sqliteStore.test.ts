// SQLite only: crash safety (SIGKILL of a writer), two connections on one file, the sweep timer.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/store/sqliteStore';
import { ConflictError, conversationKey } from '../../src/store/stateStore';

const key = conversationKey({ channel: 'wechat', conversationId: 'room-1', userId: 'alice' });
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
