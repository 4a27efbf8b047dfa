// The SQLite store's worker thread: where statements run, puts made together (one transaction), the worker's death
// (this thread takes over; calls in flight fail as on a lost connection), close with calls in flight, and a process
// that ends by itself with the store left open.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { SqliteStore } from '../../src/store/sqliteStore';
import { ConflictError, conversationKey, StoreUnavailableError } from '../../src/store/stateStore';
import type { StoredConversation } from '../../src/conversation/types';

const conv = (n: number): StoredConversation => ({ dialog: { version: 1, snapshot: { n } }, updatedAt: 0 });
const keyOf = (i: number) => conversationKey({ channel: 'msteams', conversationId: `t-${i}`, userId: `u-${i % 7}` });
let dir: string;
let seq = 0;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'gt-sqlite-thread-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = () => join(dir, `s${++seq}`, 'state.db');
/** Runs fixtures/sqliteIdle.ts: `count` puts of conversations <tag>-<i> into the file, the store left open. */
function idleChild(path: string, count: number, tag: string, goAt?: number): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', join(__dirname, 'fixtures', 'sqliteIdle.ts'), path, String(count), tag], {
    cwd: join(__dirname, '..', '..'), stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GO_AT: goAt === undefined ? '' : String(goAt) },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
  child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
  return new Promise((resolve) => {
    const t = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('exit', (code) => { clearTimeout(t); resolve({ code, out, err }); });
  });
}
const workerOf = (s: SqliteStore) => (s as unknown as { link?: { worker: Worker } }).link?.worker;

describe('SqliteStore worker thread', () => {
  it('runs statements on a worker for a file, on this thread for :memory: or when asked', async () => {
    const a = new SqliteStore({ path: file(), ttlSeconds: 60, sweepIntervalMs: 0 });
    const b = new SqliteStore({ path: ':memory:', ttlSeconds: 60, sweepIntervalMs: 0 });
    const c = new SqliteStore({ path: file(), ttlSeconds: 60, sweepIntervalMs: 0, thread: false });
    expect([a.thread, b.thread, c.thread]).toEqual(['worker', 'main', 'main']);
    for (const s of [a, b, c]) {
      const e = await s.put(keyOf(1), conv(1), null);
      expect(await s.get(keyOf(1))).toEqual({ value: conv(1), eTag: e });
      await s.close();
    }
  });

  it('puts made together all land, each compare-and-set on its own', async () => {
    const path = file();
    const s = new SqliteStore({ path, ttlSeconds: 60, sweepIntervalMs: 0 });
    const n = 300; // more than one batch of the worker (256)
    const eTags = await Promise.all(Array.from({ length: n }, (_, i) => s.put(keyOf(i), conv(i), null)));
    expect(new Set(eTags).size).toBe(n);
    // in one batch: creating a key twice, and two updates from the same eTag: one of each wins
    const again = await Promise.allSettled([s.put(keyOf(0), conv(-1), null), s.put(keyOf(1), conv(10), eTags[1]), s.put(keyOf(1), conv(11), eTags[1])]);
    expect(again.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'rejected']);
    expect((again[0] as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    expect((again[2] as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    await s.close();
    // read back through a connection of another store object, on this thread
    const check = new SqliteStore({ path, ttlSeconds: 60, sweepIntervalMs: 0, thread: false });
    const got = await Promise.all(Array.from({ length: n }, (_, i) => check.get(keyOf(i))));
    expect(got.map((g) => (g?.value.dialog.snapshot as { n: number }).n)).toEqual(Array.from({ length: n }, (_, i) => (i === 1 ? 10 : i)));
    await check.close();
  });

  it('when the worker dies, calls in flight fail as unavailable and this thread takes over', async () => {
    const failures: Error[] = [];
    const s = new SqliteStore({ path: file(), ttlSeconds: 60, sweepIntervalMs: 0, onThreadFailed: (e) => failures.push(e) });
    const e1 = await s.put(keyOf(1), conv(1), null);
    const worker = workerOf(s)!;
    const inFlight = s.put(keyOf(2), conv(2), null);
    await worker.terminate();
    await expect(inFlight).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(s.thread).toBe('main');
    expect(failures).toHaveLength(1);
    // what the worker committed is there, and the store goes on
    expect(await s.get(keyOf(1))).toEqual({ value: conv(1), eTag: e1 });
    const e3 = await s.put(keyOf(3), conv(3), null);
    expect(await s.get(keyOf(3))).toEqual({ value: conv(3), eTag: e3 });
    expect(await s.deletePerson('msteams', 'u-3')).toBe(1);
    await s.close();
  });

  it('close waits for the calls already made, then refuses new ones', async () => {
    const path = file();
    const s = new SqliteStore({ path, ttlSeconds: 60, sweepIntervalMs: 0 });
    const puts = Array.from({ length: 50 }, (_, i) => s.put(keyOf(i), conv(i), null));
    await s.close();
    await expect(Promise.all(puts)).resolves.toHaveLength(50);
    await expect(s.get(keyOf(0))).rejects.toBeInstanceOf(StoreUnavailableError);
    const again = new SqliteStore({ path, ttlSeconds: 60, sweepIntervalMs: 0 });
    expect((await again.get(keyOf(49)))?.value).toEqual(conv(49));
    await again.close();
  });

  it('sweeps through the worker, in steps', async () => {
    let clock = Date.UTC(2026, 0, 1);
    const s = new SqliteStore({ path: file(), ttlSeconds: 10, sweepIntervalMs: 0, now: () => clock });
    await Promise.all(Array.from({ length: 2500 }, (_, i) => s.put(keyOf(i), conv(i), null)));
    clock += 5_000;
    await s.put(keyOf(5000), conv(5000), null);
    clock += 6_000;
    // the sweep's steps share batches with puts made meanwhile (its deletes nest in their transaction)
    const [removed] = await Promise.all([s.sweep(), ...Array.from({ length: 50 }, (_, i) => s.put(keyOf(6000 + i), conv(i), null))]);
    expect(removed).toBe(2500);
    expect((await s.get(keyOf(5000)))?.value).toEqual(conv(5000));
    expect((await s.get(keyOf(6049)))?.value).toEqual(conv(49));
    expect(await s.get(keyOf(0))).toBeUndefined();
    expect(s.thread).toBe('worker');
    await s.close();
  });

  it('a process that leaves its store open still ends by itself, after its puts were acknowledged', async () => {
    expect(await idleChild(file(), 40, 'idle')).toEqual({ code: 0, out: 'done 40 worker\n', err: '' });
  }, 30_000);

  it('processes opening one new file at the same moment all start (each with its two connections)', async () => {
    for (let round = 0; round < 3; round++) {
      const path = file();
      const goAt = Date.now() + 3000; // after the children have started
      const runs = await Promise.all([0, 1, 2, 3].map((p) => idleChild(path, 5, `p${p}`, goAt)));
      expect(runs).toEqual([0, 1, 2, 3].map(() => ({ code: 0, out: 'done 5 worker\n', err: '' })));
      const check = new SqliteStore({ path, ttlSeconds: 60, sweepIntervalMs: 0, thread: false });
      for (const p of [0, 1, 2, 3]) expect(await check.get(conversationKey({ channel: 'wechat', conversationId: `p${p}-4`, userId: 'alice' }))).toBeDefined();
      await check.close();
    }
  }, 60_000);
});
