// The server's warm-up: run once, after the first healthy /healthz has been answered (or on its own after listening),
// never twice; the real one trains the Q&A's model in a worker thread while the server answers, so the first
// /api/ask finds it trained.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { startServer, type StartedServer } from '../helpers/startServer';
import { qaWarmUp } from '../../src/conversation/dialogWithQa';
import type { WarmUp } from '../../src/conversation/types';
import { model, modelTrained } from '../../src/qa';

const servers: StartedServer[] = [];
afterEach(async () => { await Promise.all(servers.splice(0).map((s) => s.stop())); });
const start = async (hook: WarmUp) => { const s = await startServer({ warmUp: hook }); servers.push(s); return s; };
const turnOfLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
/** Waits (at most ~60 s: training takes 4–6 s of CPU, far more on a loaded machine; no timing asserted) until `done`. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 6000 && !done(); i++) await new Promise((r) => setTimeout(r, 10));
}

describe('warm-up', () => {
  it('runs once, after the first healthy /healthz, not before and not again', async () => {
    let calls = 0;
    const s = await start(() => { calls++; });
    await turnOfLoop();
    expect(calls).toBe(0);
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    await until(() => calls > 0);
    expect(calls).toBe(1);
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    await turnOfLoop();
    expect(calls).toBe(1);
  });

  it('runs on its own when no health check comes', async () => {
    let calls = 0;
    await start(() => { calls++; });
    await until(() => calls > 0);
    expect(calls).toBe(1);
  });

  it('a failing warm-up leaves the server serving', async () => {
    const s = await start(() => { throw new Error('boom'); });
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    await turnOfLoop();
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
  });

  const cacheDir = mkdtempSync(join(tmpdir(), 'qa-warm-cache-')); // empty: the first start trains

  it("the real warm-up trains the Q&A's model in a worker while /healthz is answered, and /api/ask uses it without training again", async () => {
    expect(modelTrained()).toBe(false);
    const events: string[] = [];
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } }));
    const s = await start((ctx) => {
      events.push('warm-up started');
      return (qaWarmUp({ cacheDir })({ ...ctx, logger }) as Promise<void>).then(() => { events.push(`warm-up done, trained: ${modelTrained()}`); });
    });
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    await until(() => events.length > 0);
    // While the worker trains, the event loop is free: /healthz is answered before the model arrives.
    const health = await fetch(`${s.url}/healthz`);
    events.push(`healthz ${health.status}, trained: ${modelTrained()}`);
    await until(() => events.length > 2);
    expect(events).toEqual(['warm-up started', 'healthz 200, trained: false', 'warm-up done, trained: true']);
    expect(lines.map((l) => (JSON.parse(l) as { msg: string }).msg)).toEqual(['Q&A model trained in a worker thread']);
    const trained = model();
    const r = await fetch(`${s.url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: '评职称要论文吗', region: 'sichuan' }) });
    expect(r.status).toBe(200);
    expect(((await r.json()) as { matched: string }).matched).toBe('curated');
    expect(model()).toBe(trained);
    // … and leaves it in the cache for the next start
    expect(readdirSync(cacheDir).filter((f) => f.startsWith('.qa-model-'))).toHaveLength(1);
  }, 90_000); // the worker trains for seconds; on a loaded machine far longer than the default 30 s allow

  it('the next start (a fresh process state) loads the model from that cache: no worker, no training', async () => {
    await jest.isolateModulesAsync(async () => {
      const qa = await import('../../src/qa');
      const { qaWarmUp: fresh } = await import('../../src/conversation/dialogWithQa');
      expect(qa.modelTrained()).toBe(false);
      const lines: string[] = [];
      const logger = pino({ level: 'info' }, new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } }));
      await fresh({ cacheDir, workerFile: join(__dirname, 'no-such-worker.js') })({ logger, signal: new AbortController().signal });
      expect(lines.map((l) => (JSON.parse(l) as { msg: string }).msg)).toEqual(['Q&A model loaded from its cache']);
      expect(qa.modelTrained()).toBe(true);
      expect(qa.ask('评职称要论文吗', { locale: 'zh-CN', region: 'sichuan' }).matched).toBe('curated');
    });
  });

  it('stopping the server while the warm-up runs aborts it and waits for it', async () => {
    let aborted: boolean | undefined;
    let started = false;
    let finished = false;
    const s = await start(({ signal }) => new Promise<void>((resolve) => {
      started = true;
      signal.addEventListener('abort', () => { aborted = true; setImmediate(() => { finished = true; resolve(); }); });
    }));
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    await until(() => started);
    await turnOfLoop();
    expect([started, aborted]).toEqual([true, undefined]);
    await servers.splice(0)[0].stop();
    expect([aborted, finished]).toEqual([true, true]);
  });
});
