// npm run backup: an online copy of the SQLite file taken while a real server process writes turns, restored into
// a fresh folder, read back through the store and served by a second server.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBackupCli } from '../../src/cli/backupCli';
import { createStore } from '../../src/store';
import { spawnServer, type SpawnedServer } from '../helpers/spawnServer';
import { say, storedState } from '../hardening/interviews';

const CHANNEL = 'webchat';
const TURNS = ['你好', '重庆', '技师', '2021年6月', '没有', '重新开始'];

let dir: string;
const servers: SpawnedServer[] = [];
beforeAll(() => { dir = mkdtempSync(path.join(os.tmpdir(), 'guantong-backup-')); });
afterAll(async () => {
  for (const s of servers) if (s.child.exitCode === null && s.child.signalCode === null) { s.child.kill('SIGKILL'); await s.exited; }
  rmSync(dir, { recursive: true, force: true });
});

const quiet = () => {
  const lines: string[] = [];
  return { lines, io: { out: (s: string) => lines.push(s), err: (s: string) => lines.push(s) } };
};

it('copies the file while turns are written; the copy restores and serves', async () => {
  const live = `sqlite:${path.join(dir, 'live', 'state.db')}`;
  const server = await spawnServer({ STATE_STORE: live, RATE_LIMIT_PER_MINUTE: '0' });
  servers.push(server);

  const people = Array.from({ length: 12 }, (_, i) => ({ who: `b${i}`, acked: 0 }));
  let total = 0;
  let stop = false;
  let startBackup!: () => void;
  const backupStarted = new Promise<void>((r) => { startBackup = r; });
  const writers = Promise.all(people.map(async (p) => {
    for (let k = 0; !stop; k++) {
      await say(server.url, CHANNEL, p.who, TURNS[k % TURNS.length]);
      p.acked++;
      if (++total === 60) startBackup();
    }
  }));

  await backupStarted;
  const ackedBefore = new Map(people.map((p) => [p.who, p.acked]));
  const totalBefore = total;
  const file = path.join(dir, 'copies', 'state-backup.db');
  const { lines, io } = quiet();
  const code = await runBackupCli([file], { STATE_STORE: live }, io);
  const totalAfterBackup = total;
  // The writers go on after the copy, so the copy was taken in the middle of the writes.
  while (total < totalAfterBackup + 24) await new Promise((r) => setTimeout(r, 5));
  stop = true;
  await writers;
  expect(code).toBe(0);
  expect(lines.join('\n')).toMatch(/conversations \d+/);
  expect(totalBefore).toBeGreaterThanOrEqual(60);

  server.child.kill('SIGTERM');
  expect((await server.exited).code).toBe(0);

  // Restore: the copy, alone, as the state file of a fresh folder.
  const restoredDir = path.join(dir, 'restored');
  mkdirSync(restoredDir);
  copyFileSync(file, path.join(restoredDir, 'state.db'));
  expect(existsSync(`${file}-wal`)).toBe(false);
  const restored = `sqlite:${path.join(restoredDir, 'state.db')}`;
  const store = createStore(restored, { ttlSeconds: 3600 });
  try {
    for (const p of people) {
      const state = await storedState(store, CHANNEL, `conv-${p.who}`, p.who);
      // Every conversation acknowledged before the copy began is in it.
      if (ackedBefore.get(p.who)! > 0) expect([p.who, state !== undefined]).toEqual([p.who, true]);
    }
  } finally {
    await store.close();
  }

  const second = await spawnServer({ STATE_STORE: restored, RATE_LIMIT_PER_MINUTE: '0' });
  servers.push(second);
  const acts = await say(second.url, CHANNEL, people[0].who, '帮助');
  expect(acts.length).toBeGreaterThan(0);
  second.child.kill('SIGTERM');
  expect((await second.exited).code).toBe(0);
});

describe('usage', () => {
  it.each([
    { name: 'no FILE', args: [] as string[], env: {}, code: 2 },
    { name: 'a Redis store', args: ['x.db'], env: { STATE_STORE: 'redis://127.0.0.1:1' }, code: 2 },
    { name: 'an unknown option', args: ['x.db', '--nope'], env: {}, code: 2 },
    { name: 'a missing state file', args: ['x.db', '--store', 'sqlite:/nonexistent/guantong/state.db'], env: {}, code: 1 },
  ])('$name exits $code with the reason', async ({ args, env, code }) => {
    const { lines, io } = quiet();
    expect(await runBackupCli(args.map((a) => (a.endsWith('.db') && !a.startsWith('sqlite:') ? path.join(dir, a) : a)), env, io)).toBe(code);
    expect(lines.join('\n').length).toBeGreaterThan(0);
    expect(existsSync(path.join(dir, 'x.db'))).toBe(false);
  });

  it('refuses to overwrite FILE without --force', async () => {
    const src = path.join(dir, 'usage', 'state.db');
    const store = createStore(`sqlite:${src}`, { ttlSeconds: 3600 });
    await store.ping();
    await store.close();
    const file = path.join(dir, 'usage', 'exists.db');
    writeFileSync(file, 'keep me');
    const { lines, io } = quiet();
    expect(await runBackupCli([file, '--store', `sqlite:${src}`], {}, io)).toBe(2);
    expect(lines.join('\n')).toContain('--force');
    expect(await runBackupCli([file, '--store', `sqlite:${src}`, '--force'], {}, io)).toBe(0);
  });
});
