// No outbound request to an address an unauthenticated activity names: a loopback "connector" receives nothing by
// default, and receives the replies once ALLOWED_SERVICE_URLS lists it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config';
import { parseAllowedServiceUrls, serviceUrlAllowed } from '../../src/config/serviceUrls';
import { startServer } from '../helpers/startServer';
import { TOY_VERSION, toyDialog } from '../helpers/toyDialog';

/** A listener on loopback that records every request it gets. */
async function listener(): Promise<{ url: string; hits: string[]; close(): Promise<void> }> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: `r${hits.length}` }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, hits, close: () => new Promise((r) => server.close(() => r())) };
}

const activity = (serviceUrl: string, extra: Record<string, unknown> = {}) => ({
  type: 'message', id: `m-${Math.random().toString(36).slice(2)}`, channelId: 'emulator', serviceUrl,
  from: { id: 'u1' }, recipient: { id: 'bot' }, conversation: { id: 'c1' }, text: '你好', ...extra,
});
const post = (url: string, body: unknown) => fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('serviceUrl allow-list (no app id)', () => {
  it('by default: an activity naming a loopback listener gets 403 naming serviceUrl, runs no turn, and reaches nothing', async () => {
    const target = await listener();
    const srv = await startServer({ dialog: toyDialog, dialogVersion: TOY_VERSION });
    try {
      for (const extra of [{}, { deliveryMode: 'normal' }, { serviceUrl: `${target.url}v3/` }, { channelId: 'msteams' }]) {
        const res = await post(srv.url, activity(target.url, extra));
        expect(res.status).toBe(403);
        const body = (await res.json()) as { error: { code: string; field: string; message: string } };
        expect(body.error).toMatchObject({ code: 'service_url_not_allowed', field: 'serviceUrl' });
        expect(body.error.message).toMatch(/expectReplies/);
      }
      // Anything sent would have arrived by now: the turn ran to completion before the 403 in the allowed case.
      const ok = await post(srv.url, activity(target.url, { deliveryMode: 'expectReplies' }));
      expect(ok.status).toBe(200);
      expect(((await ok.json()) as { activities: unknown[] }).activities.length).toBeGreaterThan(0);
      expect(target.hits).toEqual([]);
      expect(await srv.app.service.recent({ channel: 'msteams', conversationId: 'c1', userId: 'u1' })).toEqual([]);
    } finally {
      await srv.stop();
      await target.close();
    }
  });

  it('allow-listed: the same activity reaches the listener', async () => {
    const target = await listener();
    const port = new URL(target.url).port;
    const srv = await startServer({ dialog: toyDialog, dialogVersion: TOY_VERSION, env: { ALLOWED_SERVICE_URLS: `https://example.org/, http://127.0.0.1:${port}` } });
    try {
      const res = await post(srv.url, activity(target.url, { id: 'in-1' }));
      expect(res.status).toBe(200);
      expect(target.hits).toEqual(['POST /v3/conversations/c1/activities/in-1']);
      // Another port on the same host is still refused.
      const other = await post(srv.url, activity('http://127.0.0.1:9/'));
      expect(other.status).toBe(403);
    } finally {
      await srv.stop();
      await target.close();
    }
  });
});

describe('serviceUrlAllowed', () => {
  const allowed = parseAllowedServiceUrls('http://localhost:*, https://smba.trafficmanager.net/cn/');
  it.each([
    ['http://localhost:58963', true],
    ['http://localhost:3978/', true],
    ['http://LOCALHOST:1/x', true],
    ['https://localhost:443/', false],
    ['https://smba.trafficmanager.net/cn/', true],
    ['https://smba.trafficmanager.net/cn/v3/x', true],
    ['https://smba.trafficmanager.net:443/cn/', true],
    ['https://smba.trafficmanager.net/cnx/', false],
    ['https://smba.trafficmanager.net/amer/', false],
    ['https://smba.trafficmanager.net.evil.example/cn/', false],
    ['http://localhost:1@evil.example/', false],
    ['https://user:pw@smba.trafficmanager.net/cn/', false],
    ['http://127.0.0.1:3978/', false],
    ['not a url', false],
    [42, false],
    [undefined, false],
  ])('%p → %p', (url, ok) => {
    expect(serviceUrlAllowed(url, allowed)).toBe(ok);
  });

  it('nothing is allowed by default', () => {
    expect(parseAllowedServiceUrls(loadConfig({}).ALLOWED_SERVICE_URLS)).toEqual([]);
    expect(serviceUrlAllowed('http://localhost:3978/', [])).toBe(false);
  });

  it.each(['ftp://x/', 'localhost:3978', 'https://a.example/?q=1', 'http://u:p@h/'])('the configuration refuses %p, naming the variable', (bad) => {
    expect(() => loadConfig({ ALLOWED_SERVICE_URLS: bad })).toThrow(/ALLOWED_SERVICE_URLS: expected comma-separated http\(s\) URLs/);
  });
});
