// Privacy end to end: the server's own log output during a whole interview holds none of the texts sent nor the
// profile's values unless LOG_LEVEL=debug; "删除我的数据" over HTTP removes the person's rows (SQLite) and keys
// (Redis) and nobody else's; idle state expires (a short STATE_TTL_DAYS).
import path from 'node:path';
import Database from 'better-sqlite3';
import Redis from 'ioredis';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { hasRedisServer, startRedis, type RedisServer } from '../helpers/redisServer';
import { spawnServer, type SpawnedServer } from '../helpers/spawnServer';
import { startServer, type StartedServer } from '../helpers/startServer';
import { say } from './interviews';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const describeRedis = hasRedisServer() ? describe : describe.skip;

/** A whole interview with words nobody else would log, and the profile values they lead to. */
const INTERVIEW = ['你好，我是焊工老周师傅', '我在重庆江北区', '技师', '2021年6月', '没有职称', '没有获奖', '都合格'];
const SECRETS = [...INTERVIEW, '老周', '江北区', '2021-06', 'chongqing', 'technician'];

let dir: string;
const children: SpawnedServer[] = [];
beforeEach(() => { dir = mkdtempSync(path.join(os.tmpdir(), 'guantong-privacy-')); });
afterEach(async () => {
  for (const c of children.splice(0)) if (c.child.exitCode === null && c.child.signalCode === null) { c.child.kill('SIGKILL'); await c.exited; }
  rmSync(dir, { recursive: true, force: true });
});

async function interviewLogs(level: string): Promise<{ out: string; answered: boolean }> {
  const s = await spawnServer({ STATE_STORE: `sqlite:${path.join(dir, `${level}.db`)}`, LOG_LEVEL: level, STATE_KEY_SECRET: 'privacy-test' });
  children.push(s);
  let answered = false;
  for (const text of INTERVIEW) {
    const acts = await say(s.url, 'msteams', 'zhou-user-id', text);
    answered ||= acts.some((a) => a.value?.result);
  }
  s.child.kill('SIGTERM');
  expect((await s.exited).code).toBe(0);
  return { out: s.output(), answered };
}

describe('logs during a whole interview', () => {
  it('at info: requests and turns are logged, no text sent and no profile value', async () => {
    const { out, answered } = await interviewLogs('info');
    expect(answered).toBe(true);
    expect(out).toContain('"msg":"turn"');
    expect(out).toMatch(/"chars":\d+[^\n]*"msg":"turn"/);
    for (const s of SECRETS) expect([s, out.includes(s)]).toEqual([s, false]);
    // No raw ids either.
    expect(out).not.toContain('zhou-user-id');
  }, 30_000);

  it('at debug: the texts are there (the capture sees what the server logs)', async () => {
    const { out } = await interviewLogs('debug');
    expect(out).toContain(INTERVIEW[0]);
  }, 30_000);
});

describe('删除我的数据 over HTTP', () => {
  it('SQLite: the person\'s rows are gone, in every conversation of theirs, and nobody else\'s', async () => {
    const srv: StartedServer = await startServer();
    const db = path.join(srv.dir, 'state.db');
    try {
      const send = (who: string, conv: string, text: string) => fetch(`${srv.url}/api/messages`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies', from: { id: who }, recipient: { id: 'bot' }, conversation: { id: conv }, text }),
      }).then((r) => { expect(r.status).toBe(200); return r.json(); });
      await send('p', 'c1', '你好');
      await send('p', 'c1', '重庆');
      await send('p', 'c2', '我在四川');
      await send('q', 'c3', '你好');
      const count = () => { const d = new Database(db, { readonly: true }); try { return (d.prepare('SELECT count(*) AS n FROM conversations').get() as { n: number }).n; } finally { d.close(); } };
      const rows = () => { const d = new Database(db, { readonly: true }); try { return d.prepare('SELECT value FROM conversations').all() as { value: string }[]; } finally { d.close(); } };
      expect(count()).toBe(3);
      await send('p', 'c1', '删除我的数据');
      expect(count()).toBe(1);
      // The one left is q's, and nothing of p's words is in it.
      expect(rows().map((r) => r.value).join('')).not.toContain('重庆');
    } finally {
      await srv.stop();
    }
  });
});

describeRedis('删除我的数据 over HTTP, and expiry, on Redis', () => {
  let redis: RedisServer;
  let client: Redis;
  beforeAll(async () => {
    const r = await startRedis();
    if (!r) throw new Error('redis-server did not start');
    redis = r;
    client = new Redis(redis.url, { lazyConnect: false, maxRetriesPerRequest: 1 });
  });
  afterAll(async () => {
    client?.disconnect();
    await redis?.stop();
  });

  it('removes the person\'s keys (conversations and index), and nobody else\'s', async () => {
    await client.flushall();
    const srv = await startServer({ env: { STATE_STORE: redis.url } });
    try {
      await say(srv.url, 'msteams', 'p', '你好');
      await say(srv.url, 'msteams', 'p', '重庆');
      await say(srv.url, 'msteams', 'q', '你好');
      const before = await client.keys('*');
      expect(before.length).toBeGreaterThanOrEqual(2);
      const done = await say(srv.url, 'msteams', 'p', 'delete my data');
      expect(done.length).toBeGreaterThan(0);
      const after = await client.keys('*');
      expect(after.length).toBeLessThan(before.length);
      // What is left is q's alone: a fresh message from p starts afresh, q's interview goes on.
      const dump = (await Promise.all(after.map((k) => client.type(k).then((ty) => (ty === 'hash' ? client.hgetall(k).then((h) => JSON.stringify(h)) : client.smembers(k).then((m) => m.join())))))).join('');
      expect(dump).not.toContain('重庆');
      expect((await say(srv.url, 'msteams', 'q', '四川')).at(-1)?.value?.requestedSlot).not.toBe('region');
    } finally {
      await srv.stop();
    }
  });

  it('expires idle conversations by itself (STATE_TTL_DAYS of about two seconds)', async () => {
    await client.flushall();
    const srv = await startServer({ env: { STATE_STORE: redis.url, STATE_TTL_DAYS: '0.00002' } });
    try {
      await say(srv.url, 'msteams', 'idle', '你好');
      await say(srv.url, 'msteams', 'idle', '重庆');
      const keys = await client.keys('*');
      expect(keys.length).toBeGreaterThan(0);
      for (const k of keys) expect(await client.pttl(k)).toBeGreaterThan(0);
      for (let i = 0; i < 60 && (await client.dbsize()) > 0; i++) await sleep(100);
      expect(await client.dbsize()).toBe(0);
      // The person starts afresh.
      expect((await say(srv.url, 'msteams', 'idle', '技师')).at(-1)?.value?.requestedSlot).not.toBe('skills.since');
    } finally {
      await srv.stop();
    }
  });
});

describe('expiry of idle state in SQLite', () => {
  it('an idle conversation is gone on the next read: the person starts afresh', async () => {
    const srv = await startServer({ env: { STATE_TTL_DAYS: '0.00002' } });
    const db = path.join(srv.dir, 'state.db');
    const count = () => { const d = new Database(db, { readonly: true }); try { return (d.prepare('SELECT count(*) AS n FROM conversations').get() as { n: number }).n; } finally { d.close(); } };
    try {
      await say(srv.url, 'msteams', 'idle', '你好');
      expect((await say(srv.url, 'msteams', 'idle', '重庆')).at(-1)?.value?.requestedSlot).toBe('skills');
      expect(count()).toBe(1);
      await sleep(2500);
      // Past the TTL: the interview starts afresh rather than taking "技师" as the answer to the skills question.
      expect((await say(srv.url, 'msteams', 'idle', '技师')).at(-1)?.value?.requestedSlot).not.toBe('skills.since');
    } finally {
      await srv.stop();
    }
  });
});
