// Teams over HTTP: after the answer the ladder picture goes out as a link to this server's /api/ladder.png
// (PUBLIC_URL, else the address the request came to), and that link draws the person's picture.
import http from 'node:http';
import { PNG } from 'pngjs';
import { requestBase } from '../../src/server/httpServer';
import { startServer, type StartedServer } from '../helpers/startServer';

type Attachment = { contentType: string; contentUrl: string; name: string };
type Activity = { text: string; value: { requestedSlot: string | null; result?: { region: string } }; attachments?: Attachment[] };

const ONE_MESSAGE = '我在重庆，2021年6月拿的技师证，没有职称，没获奖，考核都合格';

async function answer(url: string, headers: Record<string, string> = {}, user = 'ladder-link'): Promise<Activity[]> {
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({
      type: 'message', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies', locale: 'zh-CN',
      from: { id: user }, recipient: { id: 'bot' }, conversation: { id: `conv-${user}` }, text: ONE_MESSAGE,
    }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { activities: Activity[] }).activities;
}

const pictureOf = (acts: Activity[]): Attachment => {
  const i = acts.findIndex((a) => a.value.result);
  expect(i).toBeGreaterThanOrEqual(0);
  const att = acts[i + 1]?.attachments?.[0];
  expect(att).toMatchObject({ contentType: 'image/png', name: 'ladder.png' });
  return att!;
};

describe('the ladder picture as a link', () => {
  let srv: StartedServer;
  beforeAll(async () => { srv = await startServer(); });
  afterAll(() => srv.stop());

  it('links to this server (the Host asked for), and the link draws the person\'s PNG', async () => {
    const att = pictureOf(await answer(srv.url));
    expect(att.contentUrl.startsWith(`${srv.url}/api/ladder.png?`)).toBe(true);
    const q = new URL(att.contentUrl).searchParams;
    expect(q.get('region')).toBe('chongqing');
    expect(q.get('skill')).toBe('technician');
    expect(q.get('p')).toContain('s2t.standard.intermediate:e');
    const res = await fetch(att.contentUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toMatch(/public/);
    expect(PNG.sync.read(Buffer.from(await res.arrayBuffer())).width).toBeGreaterThan(300);
    // The same link as SVG shows the person on the technician rung and the open path.
    const svg = await (await fetch(att.contentUrl.replace('/api/ladder.png?', '/api/ladder.svg?'))).text();
    expect(svg).toMatch(/data-current="true"[^>]*data-level="technician"|data-level="technician"[^>]*data-current="true"/);
  });

  it('follows a proxy\'s X-Forwarded-Proto and X-Forwarded-Host', async () => {
    const att = pictureOf(await answer(srv.url, { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'bot.example.cn' }, 'proxied'));
    expect(att.contentUrl.startsWith('https://bot.example.cn/api/ladder.png?')).toBe(true);
  });

  it('refuses a link that names no rule of the region, with 400 naming the parameter', async () => {
    const res = await fetch(`${srv.url}/api/ladder.png?region=chongqing&p=nothing:e`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('p:');
  });
});

describe('PUBLIC_URL', () => {
  let srv: StartedServer;
  beforeAll(async () => { srv = await startServer({ env: { PUBLIC_URL: 'https://guantong.example.cn/' } }); });
  afterAll(() => srv.stop());

  it('is the address in the link, whatever the request says', async () => {
    const att = pictureOf(await answer(srv.url, { 'x-forwarded-host': 'elsewhere.example.com' }));
    expect(att.contentUrl.startsWith('https://guantong.example.cn/api/ladder.png?region=chongqing')).toBe(true);
  });
});

describe('requestBase', () => {
  const req = (headers: Record<string, string>) => ({ headers, socket: {} }) as unknown as http.IncomingMessage;
  it.each([
    [{ host: '127.0.0.1:3978' }, 'http://127.0.0.1:3978'],
    [{ host: 'bot.example.cn' }, 'http://bot.example.cn'],
    [{ host: '[::1]:3978' }, 'http://[::1]:3978'],
    [{ host: 'a', 'x-forwarded-proto': 'https, http', 'x-forwarded-host': 'b.example.cn, c' }, 'https://b.example.cn'],
    [{ host: 'a', 'x-forwarded-proto': 'gopher' }, 'http://a'],
    [{ host: 'evil.example/../x' }, undefined],
    [{ host: 'a b' }, undefined],
    [{}, undefined],
  ])('%j → %s', (headers, base) => {
    expect(requestBase(req(headers))).toBe(base);
  });

  it('without a usable Host the picture goes inline instead', async () => {
    const srv = await startServer();
    try {
      const { port } = new URL(srv.url);
      // node's fetch always sends a proper Host: a raw request sends a broken one.
      const body = JSON.stringify({
        type: 'message', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies', locale: 'zh-CN',
        from: { id: 'hostless' }, recipient: { id: 'bot' }, conversation: { id: 'conv-hostless' }, text: ONE_MESSAGE,
      });
      const text = await new Promise<string>((resolve, reject) => {
        const r = http.request({ host: '127.0.0.1', port, path: '/api/messages', method: 'POST', setHost: false,
          headers: { host: 'not a host', 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
          let d = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => { d += c; });
          res.on('end', () => resolve(d));
        });
        r.on('error', reject);
        r.end(body);
      });
      const att = pictureOf((JSON.parse(text) as { activities: Activity[] }).activities);
      expect(att.contentUrl.startsWith('data:image/png;base64,')).toBe(true);
    } finally {
      await srv.stop();
    }
  });
});
