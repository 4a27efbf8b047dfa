// Real HTTP requests (fetch) against the started server on a free port.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type StartedServer } from '../helpers/startServer';
import { TOY_VERSION, toyDialog } from '../helpers/toyDialog';
import { currentMonth } from '../../src/clock';

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

const activity = (text: string, extra: Record<string, unknown> = {}) => ({
  type: 'message',
  id: `a-${Math.random().toString(36).slice(2)}`,
  channelId: 'emulator',
  serviceUrl: 'http://127.0.0.1:9/',
  from: { id: 'user-1', name: 'Li' },
  recipient: { id: 'bot', name: 'Guantong' },
  conversation: { id: 'conv-1' },
  text,
  deliveryMode: 'expectReplies',
  ...extra,
});

type Replies = { activities: { type: string; text: string; value: { requestedSlot: string | null; result?: { region: string } }; attachments?: unknown[] }[] };

describe('HTTP server (auth off)', () => {
  let srv: StartedServer;
  beforeAll(async () => {
    srv = await startServer({ dialog: toyDialog, dialogVersion: TOY_VERSION });
  });
  afterAll(() => srv.stop());

  it('answers an expectReplies activity with the replies in the response, interview continuing', async () => {
    const r1 = await post(`${srv.url}/api/messages`, activity('你好'));
    expect(r1.status).toBe(200);
    const b1 = (await r1.json()) as Replies;
    expect(b1.activities).toHaveLength(1);
    expect(b1.activities[0].value).toEqual({ requestedSlot: 'region' });
    expect(b1.activities[0].attachments).toHaveLength(1);

    const r2 = await post(`${srv.url}/api/messages`, activity('重庆'));
    const b2 = (await r2.json()) as Replies;
    expect(b2.activities[0].value.requestedSlot).toBe('workYears');

    const r3 = await post(`${srv.url}/api/messages`, activity('15'));
    const b3 = (await r3.json()) as Replies;
    expect(b3.activities[0].value.requestedSlot).toBeNull();
    expect(b3.activities[0].value.result?.region).toBe('chongqing');
  });

  it('POST /api/eligibility: one profile → one result, asOf defaulting to this month in Asia/Shanghai', async () => {
    const res = await post(`${srv.url}/api/eligibility`, { region: 'chongqing', skills: [{ level: 'technician', since: '2022-05' }], annualReviewsPassed: true });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as { region: string; asOf: string; paths: unknown[]; best: unknown };
    expect(body.region).toBe('chongqing');
    expect(body.asOf).toBe(currentMonth());
    expect(body.paths.length).toBeGreaterThan(0);
    expect(body).toHaveProperty('best');
  });

  it('POST /api/eligibility: an array → an array, in order, with each profile\'s asOf kept', async () => {
    const res = await post(`${srv.url}/api/eligibility`, [
      { region: 'chongqing', asOf: '2024-11', skills: [{ level: 'technician', since: '2022-05' }], annualReviewsPassed: true },
      { region: 'sichuan', asOf: '2025-01' },
    ]);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { region: string; asOf: string }[];
    expect(body.map((r) => [r.region, r.asOf])).toEqual([['chongqing', '2024-11'], ['sichuan', '2025-01']]);
  });

  it('POST /api/eligibility: an invalid profile → 400 naming the field', async () => {
    const res = await post(`${srv.url}/api/eligibility`, { region: 'chongqing', skills: [{ level: 'wizard' }] });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; issues: { path: string; message: string }[] } };
    expect(body.error.code).toBe('invalid_profile');
    expect(body.error.issues.map((i) => i.path)).toContain('skills[0].level');

    const arr = await post(`${srv.url}/api/eligibility`, [{ region: 'chongqing' }, { region: 'mars' }]);
    expect(arr.status).toBe(400);
    const arrBody = (await arr.json()) as { error: { issues: { path: string }[] } };
    expect(arrBody.error.issues.map((i) => i.path)).toEqual(['[1].region']);
  });

  it('refuses bodies over 256 KB with 413', async () => {
    const res = await post(`${srv.url}/api/eligibility`, JSON.stringify({ region: 'chongqing', place: 'x'.repeat(300 * 1024) }));
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
  });

  it('refuses invalid JSON and non-activities with 400, without a stack trace', async () => {
    const bad = await post(`${srv.url}/api/messages`, '{"type": "message",');
    expect(bad.status).toBe(400);
    const badText = await bad.text();
    expect(JSON.parse(badText).error.code).toBe('invalid_json');
    expect(badText).not.toMatch(/at .*\.ts:\d+/);

    const notActivity = await post(`${srv.url}/api/messages`, { hello: 'world' });
    expect(notActivity.status).toBe(400);
    const body = (await notActivity.json()) as { error: { code: string; issues: { path: string }[] } };
    expect(body.error.code).toBe('invalid_activity');
    expect(body.error.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['type', 'conversation', 'from']));

    const noFromId = await post(`${srv.url}/api/messages`, { type: 'message', conversation: { id: 'c' }, from: {} });
    expect(noFromId.status).toBe(400);
  });

  it('GET /healthz reports the store', async () => {
    const res = await fetch(`${srv.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers unknown routes with 404 and wrong methods with 405', async () => {
    expect((await fetch(`${srv.url}/nope`)).status).toBe(404);
    const wrong = await fetch(`${srv.url}/api/eligibility`);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
    expect((await post(`${srv.url}/healthz`, {})).status).toBe(405);
  });

  it('serves nothing at / while there is no web page folder', async () => {
    expect((await fetch(`${srv.url}/`)).status).toBe(404);
    expect((await fetch(`${srv.url}/static/app.js`)).status).toBe(404);
  });
});

describe('HTTP server: the web chat page', () => {
  let srv: StartedServer;
  let pub: string;
  beforeAll(async () => {
    pub = mkdtempSync(path.join(os.tmpdir(), 'guantong-public-'));
    mkdirSync(path.join(pub, 'css'), { recursive: true });
    writeFileSync(path.join(pub, 'index.html'), '<!doctype html><title>贯通助手</title>');
    writeFileSync(path.join(pub, 'css', 'app.css'), 'body{}');
    writeFileSync(path.join(pub, 'app.js'), 'console.log(1)');
    writeFileSync(path.join(pub, '..', `${path.basename(pub)}-secret.txt`), 'secret');
    srv = await startServer({ dialog: toyDialog, dialogVersion: TOY_VERSION, publicDir: pub });
  });
  afterAll(async () => {
    await srv.stop();
    rmSync(pub, { recursive: true, force: true });
    rmSync(path.join(pub, '..', `${path.basename(pub)}-secret.txt`), { force: true });
  });

  it('serves index.html at / and assets under /static/ with their content types', async () => {
    const index = await fetch(`${srv.url}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toContain('贯通助手');
    const css = await fetch(`${srv.url}/static/css/app.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const js = await fetch(`${srv.url}/static/app.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(`${srv.url}/static/missing.js`)).status).toBe(404);
    expect((await fetch(`${srv.url}/static/css`)).status).toBe(404);
  });

  it('never serves a file outside the folder', async () => {
    const name = `${path.basename(pub)}-secret.txt`;
    for (const p of [`/static/..%2f${name}`, `/static/%2e%2e/${name}`, `/static/..%5c${name}`, `/static/%00index.html`]) {
      const res = await fetch(`${srv.url}${p}`);
      expect([p, res.status]).toEqual([p, 404]);
      expect(await res.text()).not.toContain('secret');
    }
  });
});
