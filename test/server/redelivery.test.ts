// A redelivered activity (same id, same conversation) runs once: on two instances sharing a real redis-server, and
// across a SIGKILL of the real server process (SQLite). The redelivery gets no replies and never a second turn.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createStore } from '../../src/store';
import { conversationKey } from '../../src/store/keys';
import { hasRedisServer, startRedis, type RedisServer } from '../helpers/redisServer';
import { spawnServer, type SpawnedServer } from '../helpers/spawnServer';
import { startServer, type StartedServer } from '../helpers/startServer';
import { countingDialog, itemsOf, type Call } from '../conversation/countingDialog';
import { privacyLine } from '../../src/privacy';

/** The first reply of a new conversation in Teams: the turn's text and the privacy notice every channel adds, as paragraphs. */
const FIRST = `n=1\n\n${privacyLine('zh-CN', { ttlDays: 30 })}`;

const describeRedis = hasRedisServer() ? describe : describe.skip;

type Act = { text?: string; value?: { requestedSlot?: string | null } };

async function deliver(url: string, id: string, text: string, who = 'w1'): Promise<Act[]> {
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message', id, channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/cn/', deliveryMode: 'expectReplies',
      from: { id: who }, recipient: { id: 'bot' }, conversation: { id: `conv-${who}` }, text,
    }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { activities: Act[] }).activities;
}

describeRedis('redelivery on two instances sharing Redis', () => {
  let redis: RedisServer;
  let a: StartedServer;
  let b: StartedServer;
  const calls: Call[] = [];
  beforeAll(async () => {
    const r = await startRedis();
    if (!r) throw new Error('redis-server did not start');
    redis = r;
    const env = { STATE_STORE: redis.url, RATE_LIMIT_PER_MINUTE: '0' };
    a = await startServer({ dialog: countingDialog(1, calls), dialogVersion: 1, env });
    b = await startServer({ dialog: countingDialog(1, calls), dialogVersion: 1, env });
  });
  afterAll(async () => {
    await Promise.allSettled([a?.stop(), b?.stop()]);
    await redis?.stop();
  });

  it('six simultaneous deliveries of one activity, three on each instance: one turn, one answer', async () => {
    const all = await Promise.all([a, b, a, b, a, b].map((s) => deliver(s.url, 'act-1', 'first')));
    const answered = all.filter((acts) => acts.length > 0);
    expect(answered).toHaveLength(1);
    expect(answered[0].map((x) => x.text)).toEqual([FIRST]);
    // Later redeliveries, on either instance, are silent too; a new id is the next turn.
    expect(await deliver(b.url, 'act-1', 'first')).toEqual([]);
    expect(await deliver(a.url, 'act-1', 'first')).toEqual([]);
    expect((await deliver(b.url, 'act-2', 'second')).map((x) => x.text)).toEqual(['n=2']);
    const store = createStore(redis.url, { ttlSeconds: 3600 });
    try {
      const stored = await store.get(conversationKey({ channel: 'msteams', conversationId: 'conv-w1', userId: 'w1' }));
      expect(itemsOf(stored?.value.dialog)).toEqual(['first', 'second']);
    } finally {
      await store.close();
    }
  });

  it('the same id in another conversation is another message', async () => {
    expect((await deliver(a.url, 'act-1', 'x', 'w2')).map((x) => x.text)).toEqual([FIRST]);
    expect((await deliver(b.url, 'act-1', 'x', 'w2'))).toEqual([]);
  });
});

describe('redelivery across a SIGKILL (real server process, SQLite)', () => {
  let dir: string;
  const children: SpawnedServer[] = [];
  beforeAll(() => { dir = mkdtempSync(path.join(os.tmpdir(), 'guantong-redeliver-')); });
  afterAll(async () => {
    for (const c of children) if (c.child.exitCode === null && c.child.signalCode === null) { c.child.kill('SIGKILL'); await c.exited; }
    rmSync(dir, { recursive: true, force: true });
  });

  it('an activity answered before the kill gets nothing after the restart, and the interview goes on once', async () => {
    const env = { STATE_STORE: `sqlite:${path.join(dir, 'state.db')}`, STATE_KEY_SECRET: 'redelivery-test' };
    const first = await spawnServer(env);
    children.push(first);
    expect((await deliver(first.url, 'k-1', '你好')).at(-1)?.value?.requestedSlot).toBe('region');
    const second = await deliver(first.url, 'k-2', '重庆');
    const askedAfterRegion = second.at(-1)?.value?.requestedSlot;
    expect(askedAfterRegion).toBeTruthy();
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');

    const again = await spawnServer(env);
    children.push(again);
    expect(await deliver(again.url, 'k-2', '重庆')).toEqual([]);
    expect(await deliver(again.url, 'k-1', '你好')).toEqual([]);
    // The next new message still finds the interview where k-2 left it.
    const next = await deliver(again.url, 'k-3', '技师');
    expect(next.at(-1)?.value?.requestedSlot).not.toBe('region');
    again.child.kill('SIGTERM');
    await again.exited;

    const store = createStore(env.STATE_STORE, { ttlSeconds: 3600 });
    try {
      const stored = await store.get(conversationKey({ channel: 'msteams', conversationId: 'conv-w1', userId: 'w1' }, env.STATE_KEY_SECRET));
      const said = (stored?.value.recent ?? []).filter((m) => m.from === 'user').map((m) => m.text);
      expect(said).toEqual(['你好', '重庆', '技师']);
    } finally {
      await store.close();
    }
  });
});
