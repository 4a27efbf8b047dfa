// Each reminder is sent exactly once: two instances (processes) on one real redis-server competing for the same
// due reminders, and an instance SIGKILLed in the middle of a send and started again (SQLite and Redis). Sends go
// through botbuilder to a loopback Bot Framework connector, which counts what it accepted (answered 200).
// What is not covered, because no store can: a crash after the channel accepted a message and before the store
// removed the reminder (milliseconds) sends it again once the lease ends.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createStore } from '../../src/store';
import { conversationKey } from '../../src/store/keys';
import { hasReminders, reminderId, type Reminder } from '../../src/store/reminderStore';
import { hasRedisServer, startRedis, type RedisServer } from '../helpers/redisServer';
import { REPO } from '../helpers/spawnServer';

jest.setTimeout(120_000);

const MONTH = '2027-06';
const FIXTURE = path.join(__dirname, 'fixtures', 'reminderSender.ts');
const profile = { region: 'chongqing', skills: [{ level: 'technician', since: '2025-06' }], titles: [], awards: [], annualReviewsPassed: true } as Reminder['profile'];

interface Connector {
  url: string;
  /** Conversation ids of the messages answered 200, in order. */
  accepted: string[];
  /** Conversation ids of every message received. */
  received: string[];
  /** Called with each request before it is answered; return false to leave it unanswered. */
  hold?: (conversationId: string, res: http.ServerResponse) => boolean;
  delayMs: number;
  close(): Promise<void>;
}

async function startConnector(delayMs = 0): Promise<Connector> {
  const c: Connector = { url: '', accepted: [], received: [], delayMs, close: async () => undefined };
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const id = decodeURIComponent(/\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '')?.[1] ?? '');
      c.received.push(id);
      if (c.hold && !c.hold(id, res)) return;
      setTimeout(() => {
        c.accepted.push(id);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"id":"x"}');
      }, c.delayMs);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  c.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  c.close = () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); });
  return c;
}

async function seed(storeUrl: string, serviceUrl: string, n: number): Promise<string[]> {
  const store = createStore(storeUrl, { ttlSeconds: 3600, sweepIntervalMs: 0 });
  if (!hasReminders(store)) throw new Error('no reminders in this store');
  const ids = Array.from({ length: n }, (_, i) => `conv-${i}`);
  await store.saveReminders(ids.map((conversationId, i) => {
    const key = conversationKey({ channel: 'msteams', conversationId, userId: `u${i}` });
    const ruleId = 'chongqing.s2t.standard.assistant';
    return {
      id: reminderId(key, ruleId), key, channel: 'msteams', due: i % 2 ? MONTH : '2027-05', ruleId, direction: 'skill_to_title' as const,
      target: 'assistant', region: 'chongqing' as const, profile, locale: 'zh-CN' as const, setIn: '2026-12',
      address: { serviceUrl, conversationId, channelId: 'msteams' },
    };
  }));
  await store.close();
  return ids;
}

interface Child { child: ChildProcess; lines: string[]; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>; line(s: string): Promise<void> }

function sender(storeUrl: string, leaseMs: number): Child {
  const child = spawn(process.execPath, ['-r', 'tsx/cjs', FIXTURE, storeUrl, MONTH, String(leaseMs)], { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiters: { s: string; r: () => void }[] = [];
  let buf = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => {
    buf += d.toString();
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const l = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      lines.push(l);
      for (const w of waiters.filter((x) => x.s === l)) { waiters.splice(waiters.indexOf(w), 1); w.r(); }
    }
  });
  child.stderr!.on('data', (d: Buffer) => { err += d.toString(); });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => {
    if (code) process.stderr.write(err);
    resolve({ code, signal });
  }));
  return {
    child, lines, exited,
    line: (s) => (lines.includes(s) ? Promise.resolve() : new Promise((r, j) => {
      waiters.push({ s, r });
      void exited.then(({ code, signal }) => j(new Error(`sender exited (${code ?? signal}) before "${s}": ${err}`)));
    })),
  };
}

const children: Child[] = [];
afterAll(async () => {
  for (const c of children) if (c.child.exitCode === null && c.child.signalCode === null) { c.child.kill('SIGKILL'); await c.exited; }
});

const onRedis = hasRedisServer() ? describe : describe.skip;

onRedis('two instances on one Redis', () => {
  let redis: RedisServer | null;
  beforeAll(async () => { redis = await startRedis(); });
  afterAll(async () => { await redis?.stop(); });

  it('send each due reminder exactly once between them', async () => {
    const connector = await startConnector(15);
    try {
      const ids = await seed(redis!.url, connector.url, 40);
      const a = sender(redis!.url, 30_000);
      const b = sender(redis!.url, 30_000);
      children.push(a, b);
      await Promise.all([a.line('ready'), b.line('ready')]);
      a.child.stdin!.write('go\n');
      b.child.stdin!.write('go\n');
      expect(await a.exited).toEqual({ code: 0, signal: null });
      expect(await b.exited).toEqual({ code: 0, signal: null });
      expect([...connector.accepted].sort()).toEqual([...ids].sort());
      expect(connector.received).toHaveLength(ids.length);
      const sentBy = (c: Child) => c.lines.filter((l) => l.startsWith('sent ')).map((l) => l.slice(5));
      // Both took part, and no reminder went out from both.
      expect(sentBy(a).length).toBeGreaterThan(0);
      expect(sentBy(b).length).toBeGreaterThan(0);
      expect(sentBy(a).filter((id) => sentBy(b).includes(id))).toEqual([]);
    } finally {
      await connector.close();
    }
  });
});

describe.each([
  { backend: 'sqlite' },
  ...(hasRedisServer() ? [{ backend: 'redis' }] : []),
])('SIGKILL while sending ($backend)', ({ backend }) => {
  let redis: RedisServer | null = null;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'guantong-remkill-'));
    if (backend === 'redis') redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loses none and repeats none of what the channel accepted', async () => {
    const storeUrl = backend === 'redis' ? redis!.url : `sqlite:${path.join(dir, 'state.db')}`;
    const connector = await startConnector();
    try {
      const ids = await seed(storeUrl, connector.url, 20);
      const first = sender(storeUrl, 1500);
      children.push(first);
      let killedOn: string | undefined;
      // The 8th send: the process dies while the channel has not answered it yet.
      connector.hold = (id, res) => {
        if (connector.received.length !== 8) return true;
        killedOn = id;
        first.child.kill('SIGKILL');
        res.destroy();
        return false;
      };
      await first.line('ready');
      first.child.stdin!.write('go\n');
      expect((await first.exited).signal).toBe('SIGKILL');
      expect(connector.accepted).toHaveLength(7);
      expect(connector.accepted).not.toContain(killedOn);
      connector.hold = undefined;

      // Started again: the rest, and the one in flight once its lease has ended.
      const second = sender(storeUrl, 1500);
      children.push(second);
      await second.line('ready');
      second.child.stdin!.write('go\n');
      expect(await second.exited).toEqual({ code: 0, signal: null });
      expect([...connector.accepted].sort()).toEqual([...ids].sort());
      const store = createStore(storeUrl, { ttlSeconds: 3600, sweepIntervalMs: 0 });
      try {
        if (!hasReminders(store)) throw new Error('no reminders in this store');
        expect(await store.dueReminders('2099-12', 100, { all: true })).toEqual([]);
      } finally {
        await store.close();
      }
    } finally {
      await connector.close();
    }
  });
});
