// The compose file's topology, run for real on loopback: deploy/nginx.conf (its upstream pointed at two server
// processes instead of the app1/app2 containers, TLS with a throwaway certificate) in front of two instances sharing
// one redis-server. One conversation goes round-robin over both and answers as one instance would; the ladder link
// is built from the proxy's X-Forwarded-* headers. Skipped, loudly, where nginx is not installed (CI installs it).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { freePort, startRedis, type RedisServer } from '../helpers/redisServer';
import { REPO, spawnServer, type SpawnedServer } from '../helpers/spawnServer';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => { try { execFileSync(p, ['-v'], { stdio: 'ignore' }); return true; } catch { return false; } });
if (!NGINX && !process.env.CI) console.warn('\n!!!!! nginx is not installed: the reverse proxy test is SKIPPED. apt-get install nginx-light !!!!!\n');
const d = NGINX || process.env.CI ? describe : describe.skip;

type Activity = { text?: string; value?: { result?: unknown }; attachments?: { contentType: string; contentUrl?: string }[] };
interface Res { status: number; headers: http.IncomingHttpHeaders; body: string }

d('behind nginx, two instances on one Redis', () => {
  let dir: string;
  let redis: RedisServer | null;
  const apps: SpawnedServer[] = [];
  let nginx: ChildProcess | undefined;
  let ca: string;
  let httpsPort: number;
  let httpPort: number;

  const request = (method: string, url: string, body?: unknown): Promise<Res> => new Promise((resolve, reject) => {
    const u = new URL(url);
    const lib = u.protocol === 'https:' ? https : http;
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = lib.request(u, { method, ca, headers: data ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('latin1') }));
    });
    req.on('error', reject);
    req.end(data);
  });

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'guantong-proxy-'));
    // nginx's workers (nobody, when started as root) write large request bodies to temp folders in here.
    chmodSync(dir, 0o755);
    redis = await startRedis();
    if (!redis) throw new Error('redis-server is needed');
    for (let i = 0; i < 2; i++) apps.push(await spawnServer({ STATE_STORE: redis.url, RATE_LIMIT_PER_MINUTE: '0', PUBLIC_URL: '' }));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost',
      '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', path.join(dir, 'privkey.pem'), '-out', path.join(dir, 'fullchain.pem')], { stdio: 'ignore' });
    ca = readFileSync(path.join(dir, 'fullchain.pem'), 'utf8');
    httpPort = await freePort();
    httpsPort = await freePort();
    // The repository's file, with only the addresses and paths this machine needs changed.
    const site = readFileSync(path.join(REPO, 'deploy', 'nginx.conf'), 'utf8')
      .replace(/server app1:3978/, `server 127.0.0.1:${new URL(apps[0].url).port}`)
      .replace(/server app2:3978/, `server 127.0.0.1:${new URL(apps[1].url).port}`)
      .replace(/^\s*listen \[::\].*$/gm, '')
      .replace(/listen 80;/, `listen 127.0.0.1:${httpPort};`)
      .replace(/listen 443 ssl http2;/, `listen 127.0.0.1:${httpsPort} ssl http2;`)
      .replace(/\/etc\/nginx\/tls\//g, `${dir}/`)
      .replace(/\/var\/www\/acme/g, dir);
    expect(site).not.toMatch(/app[12]:3978|\/etc\/nginx\/tls/);
    writeFileSync(path.join(dir, 'site.conf'), site);
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((k) => `${k}_temp_path ${dir}/${k};`).join(' ');
    writeFileSync(path.join(dir, 'nginx.conf'), `daemon off; worker_processes 1; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 256; }
http { access_log off; ${temp} include ${dir}/site.conf; }
`);
    execFileSync(NGINX!, ['-t', '-q', '-p', dir, '-e', `${dir}/error.log`, '-c', path.join(dir, 'nginx.conf')], { stdio: 'pipe' });
    nginx = spawn(NGINX!, ['-p', dir, '-e', `${dir}/error.log`, '-c', path.join(dir, 'nginx.conf')], { stdio: 'ignore' });
    for (let i = 0; ; i++) {
      try {
        await request('GET', `https://127.0.0.1:${httpsPort}/healthz`);
        break;
      } catch (e) {
        if (i > 200) throw e;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  });

  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const gone = new Promise((r) => nginx!.once('exit', r));
      nginx.kill('SIGQUIT');
      await gone;
    }
    for (const a of apps) if (a.child.exitCode === null) { a.child.kill('SIGTERM'); await a.exited; }
    await redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('redirects http to https and answers /healthz over TLS', async () => {
    const plain = await request('GET', `http://127.0.0.1:${httpPort}/healthz`);
    expect(plain.status).toBe(301);
    expect(plain.headers.location).toBe(`https://127.0.0.1:${httpPort}/healthz`.replace(`:${httpPort}`, ''));
    const ok = await request('GET', `https://127.0.0.1:${httpsPort}/healthz`);
    expect([ok.status, ok.body]).toEqual([200, '{"status":"ok"}']);
  });

  it('serves one conversation from both instances, as one instance would, with the ladder link on the proxy\'s address', async () => {
    const turns = ['你好', '重庆', '技师', '2021年6月', '没有', '没有', '都合格'];
    const say = async (base: string, who: string, text: string): Promise<Activity[]> => {
      const r = await request('POST', `${base}/api/messages`, {
        type: 'message', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies', locale: 'zh-CN',
        from: { id: who }, recipient: { id: 'bot' }, conversation: { id: `conv-${who}` }, text,
      });
      expect(r.status).toBe(200);
      return (JSON.parse(Buffer.from(r.body, 'latin1').toString('utf8')) as { activities: Activity[] }).activities;
    };
    const turnLines = () => apps.map((a) => a.output().split('\n').filter((l) => l.includes('"msg":"turn"')).length);
    const before = turnLines();
    const proxied: Activity[][] = [];
    for (const text of turns) proxied.push(await say(`https://127.0.0.1:${httpsPort}`, 'via-proxy', text));
    // A turn's log line reaches this process through the child's stdout pipe, which can lag the HTTP reply: wait for
    // the lines (up to 5 s) rather than count them the instant the last reply arrives.
    const servedNow = () => turnLines().map((n, i) => n - before[i]);
    for (const until = Date.now() + 5000; servedNow()[0] + servedNow()[1] < turns.length && Date.now() < until;) {
      await new Promise((r) => setTimeout(r, 20));
    }
    const served = servedNow();
    // Round-robin: both instances took turns of the one conversation.
    expect(served.every((n) => n > 0)).toBe(true);
    expect(served[0] + served[1]).toBe(turns.length);
    // The same words to one instance directly, as another person: the same replies.
    const direct: Activity[][] = [];
    for (const text of turns) direct.push(await say(apps[0].url, 'direct', text));
    const texts = (runs: Activity[][]) => runs.map((acts) => acts.map((a) => a.text ?? ''));
    expect(texts(proxied)).toEqual(texts(direct));
    expect(proxied.at(-1)!.some((a) => a.value?.result)).toBe(true);
    // PUBLIC_URL unset: the link is built from X-Forwarded-Proto / X-Forwarded-Host, i.e. the proxy's https address.
    const link = proxied.at(-1)!.flatMap((a) => a.attachments ?? []).find((x) => x.contentType === 'image/png')?.contentUrl;
    expect(link?.startsWith(`https://127.0.0.1:${httpsPort}/api/ladder.png?`)).toBe(true);
    const png = await request('GET', link!);
    expect([png.status, png.headers['content-type']]).toEqual([200, 'image/png']);
  });

  it('passes the server\'s own 413 through for a body over 256 KB', async () => {
    const r = await request('POST', `https://127.0.0.1:${httpsPort}/api/eligibility`, { region: 'chongqing', pad: 'x'.repeat(270_000) });
    expect(r.status).toBe(413);
  });
});
