// Memory per 10,000 idle conversations (the server process's RSS and heap after a full GC, before and after creating
// them, each one or two turns, then idle), bytes per stored conversation (read back from the SQLite file), and time
// from process start to a healthy /healthz (`node dist/src/index.js`, what `npm start` runs after its build; temp
// SQLite, free PORT; median of runs).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import http from 'node:http';
import Database from 'better-sqlite3';
import { decodeConversation } from '../src/store/codec';
import { round1, sleep } from './interview';
import { activity } from './load';
import { freePort, getStatus, serveApp, spawnNode } from './procs';

export interface MemoryFigures {
  conversations: number; requests: number;
  before: { rssMB: number; heapUsedMB: number }; after: { rssMB: number; heapUsedMB: number };
  rssMBPer10k: number; heapMBPer10k: number;
}
export interface SnapshotFigures { file: string; rows: number; avgBytes: number; maxBytes: number; avgDialogBytes: number; maxDialogBytes: number; avgRecentBytes: number; maxRecentBytes: number; target: number }
export interface StartupFigures { runs: number; msToHealthy: number[]; medianMs: number }

const MB = 1024 * 1024;

function post(agent: http.Agent, url: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

export async function benchMemory(conversations = 10_000, concurrency = 50): Promise<MemoryFigures & { sqliteFile: string; dir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gt-bench-mem-'));
  const sqliteFile = path.join(dir, 'state.db');
  const app = await serveApp(`sqlite:${sqliteFile}`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const url = `${app.url}/api/messages`;
  try {
    // Warm up on other conversations, so that lazy code is loaded before "before".
    for (let i = 0; i < 20; i++) for (const text of ['你好', '重庆']) await post(agent, url, activity(`warm-${i}`, text));
    const take = async () => { const m = await app.mem(); return { rssMB: round1(m.rss / MB), heapUsedMB: round1(m.heapUsed / MB) }; };
    const before = await take();
    let next = 0;
    let requests = 0;
    const worker = async () => {
      for (let i = next++; i < conversations; i = next++) {
        const conv = `idle-${i}`;
        requests++;
        if ((await post(agent, url, activity(conv, '你好'))) !== 200) throw new Error('memory run: a request failed');
        if (i % 2 === 1) { requests++; await post(agent, url, activity(conv, '重庆')); }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    agent.destroy();
    await sleep(1000); // idle
    const after = await take();
    const per10k = 10_000 / conversations;
    return {
      conversations, requests, before, after, sqliteFile, dir,
      rssMBPer10k: round1((after.rssMB - before.rssMB) * per10k), heapMBPer10k: round1((after.heapUsedMB - before.heapUsedMB) * per10k),
    };
  } finally {
    await app.stop();
  }
}

/** UTF-8 bytes of the stored values, and of their two parts (the dialog snapshot and the recent messages). */
export function snapshotSizes(file: string): SnapshotFigures {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db.prepare('SELECT value FROM conversations').all() as { value: string }[];
    let sum = 0, max = 0, dSum = 0, dMax = 0, rSum = 0, rMax = 0;
    for (const { value } of rows) {
      const bytes = Buffer.byteLength(value);
      const c = decodeConversation(value);
      const d = Buffer.byteLength(JSON.stringify({ v: c?.dialog.version, s: c?.dialog.snapshot }));
      const r = Buffer.byteLength(JSON.stringify((c?.recent ?? []).map((m) => [m.from, m.text])));
      sum += bytes; max = Math.max(max, bytes); dSum += d; dMax = Math.max(dMax, d); rSum += r; rMax = Math.max(rMax, r);
    }
    const n = Math.max(1, rows.length);
    return {
      file, rows: rows.length, avgBytes: Math.round(sum / n), maxBytes: max, avgDialogBytes: Math.round(dSum / n), maxDialogBytes: dMax,
      avgRecentBytes: Math.round(rSum / n), maxRecentBytes: rMax, target: 2048,
    };
  } finally {
    db.close();
  }
}

export async function benchStartup(runs = 5): Promise<StartupFigures> {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const dir = mkdtempSync(path.join(tmpdir(), 'gt-bench-start-'));
    const port = await freePort();
    const t0 = performance.now();
    const child = spawnNode('dist/src/index.js', { PORT: String(port), STATE_STORE: `sqlite:${path.join(dir, 'state.db')}`, LOG_LEVEL: 'info' });
    const url = `http://127.0.0.1:${port}/healthz`;
    try {
      for (;;) {
        if (child.exitCode !== null) throw new Error(`src/index.ts exited with ${child.exitCode}`);
        if ((await getStatus(url)) === 200) break;
        if (performance.now() - t0 > 60_000) throw new Error('src/index.ts not healthy after 60 s');
        await sleep(5);
      }
      times.push(Math.round(performance.now() - t0));
    } finally {
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) { resolve(); return; }
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { runs, msToHealthy: times, medianMs: sorted[Math.floor((sorted.length - 1) / 2)] };
}
