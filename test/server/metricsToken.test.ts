// GET /metrics with METRICS_TOKEN set: only `Authorization: Bearer <token>` gets the counters; /healthz stays open
// and says nothing but its status.
import { startServer, type StartedServer } from '../helpers/startServer';
import { TOY_VERSION, toyDialog } from '../helpers/toyDialog';
import { bearerMatches } from '../../src/server/httpServer';

const TOKEN = 'scrape-7f3a9c2e41b8d6';

describe('METRICS_TOKEN set', () => {
  let srv: StartedServer;
  beforeAll(async () => { srv = await startServer({ dialog: toyDialog, dialogVersion: TOY_VERSION, env: { METRICS_TOKEN: TOKEN } }); });
  afterAll(() => srv.stop());

  it.each([
    ['no header', undefined],
    ['a wrong token', 'Bearer wrong'],
    ['the token without the scheme', TOKEN],
    ['another scheme', `Basic ${TOKEN}`],
    ['a prefix of the token', `Bearer ${TOKEN.slice(0, -1)}`],
    ['the token and more', `Bearer ${TOKEN}x`],
  ])('refuses %s with 401 and no counters', async (_name, authorization) => {
    const res = await fetch(`${srv.url}/metrics`, { headers: authorization ? { authorization } : {} });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const text = await res.text();
    expect(text).not.toMatch(/messages_total|turn_latency/);
    expect((JSON.parse(text) as { error: { code: string } }).error.code).toBe('metrics_unauthorized');
  });

  it('answers the right token with the Prometheus text', async () => {
    const res = await fetch(`${srv.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toMatch(/# TYPE \w+/);
  });

  it('keeps /healthz open, with only its status', async () => {
    const res = await fetch(`${srv.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });
});

describe('METRICS_TOKEN unset', () => {
  it('serves /metrics without a header (as before; the start log warns)', async () => {
    const srv = await startServer({ dialog: toyDialog, dialogVersion: TOY_VERSION });
    try {
      expect((await fetch(`${srv.url}/metrics`)).status).toBe(200);
    } finally {
      await srv.stop();
    }
  });
});

describe('bearerMatches', () => {
  it.each([
    ['Bearer abc', 'abc', true],
    ['bearer abc', 'abc', true],
    ['Bearer  abc ', 'abc', true],
    ['Bearer abc', 'abd', false],
    ['Bearer ab', 'abc', false],
    ['Bearer', 'abc', false],
    ['Bearer abc def', 'abc', false],
    [undefined, 'abc', false],
  ])('%p against %p → %p', (header, token, ok) => {
    expect(bearerMatches(header, token)).toBe(ok);
  });
});
