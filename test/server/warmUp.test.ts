// The server's warm-up: run once, after the first healthy /healthz has been answered (or on its own after listening),
// never twice; the real one trains the Q&A's model, so the first /api/ask finds it trained.
import { startServer, type StartedServer } from '../helpers/startServer';
import { warmUp } from '../../src/conversation/dialogWithQa';
import { model, modelTrained } from '../../src/qa';

const servers: StartedServer[] = [];
afterEach(async () => { await Promise.all(servers.splice(0).map((s) => s.stop())); });
const start = async (hook: () => void) => { const s = await startServer({ warmUp: hook }); servers.push(s); return s; };
const turnOfLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
/** Waits (at most ~10 s, no timing asserted) until `done` holds. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !done(); i++) await new Promise((r) => setTimeout(r, 10));
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

  it("the real warm-up trains the Q&A's model, and /api/ask uses that model without training again", async () => {
    expect(modelTrained()).toBe(false);
    const s = await start(warmUp);
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    await until(modelTrained);
    expect(modelTrained()).toBe(true);
    const trained = model();
    const r = await fetch(`${s.url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: '评职称要论文吗', region: 'sichuan' }) });
    expect(r.status).toBe(200);
    expect(((await r.json()) as { matched: string }).matched).toBe('curated');
    expect(model()).toBe(trained);
  });
});
