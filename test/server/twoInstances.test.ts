// Two server instances on one Redis: a conversation started on one continues on the other; /healthz follows Redis.
import { t } from '../../src/i18n';
import { hasRedisServer, startRedis, type RedisServer } from '../helpers/redisServer';
import { startServer, type StartedServer } from '../helpers/startServer';
import { TOY_VERSION, toyDialog } from '../helpers/toyDialog';

const describeRedis = hasRedisServer() ? describe : describe.skip;

type Replies = { activities: { text: string; value: { requestedSlot: string | null; result?: { region: string } } }[] };

async function say(url: string, text: string, from: string): Promise<Replies['activities']> {
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message', channelId: 'emulator', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies',
      from: { id: from }, recipient: { id: 'bot' }, conversation: { id: `conv-${from}` }, text,
    }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as Replies).activities;
}

describeRedis('two instances on one Redis', () => {
  let redis: RedisServer;
  let a: StartedServer;
  let b: StartedServer;
  beforeAll(async () => {
    const r = await startRedis();
    if (!r) throw new Error('redis-server did not start');
    redis = r;
    const env = { STATE_STORE: redis.url };
    a = await startServer({ dialog: toyDialog, dialogVersion: TOY_VERSION, env });
    b = await startServer({ dialog: toyDialog, dialogVersion: TOY_VERSION, env });
  });
  afterAll(async () => {
    await Promise.allSettled([a?.stop(), b?.stop()]);
    await redis?.stop();
  });

  it('continues one interview across instances, turn by turn', async () => {
    expect((await say(a.url, '你好', 'w1'))[0].value.requestedSlot).toBe('region');
    expect((await say(b.url, '四川', 'w1'))[0].value.requestedSlot).toBe('workYears');
    const last = await say(a.url, '7', 'w1');
    expect(last[0].value.requestedSlot).toBeNull();
    expect(last[0].value.result?.region).toBe('sichuan');
  });

  it('keeps two people apart when their turns arrive on different instances at once', async () => {
    await Promise.all([say(a.url, '你好', 'p1'), say(b.url, '你好', 'p2')]);
    const [p1, p2] = await Promise.all([say(b.url, '重庆', 'p1'), say(a.url, '四川', 'p2')]);
    expect(p1[0].text).toContain('重庆');
    expect(p2[0].text).toContain('四川');
  });

  it('reports 503 on /healthz and answers "temporarily unavailable" while Redis is down, 200 again when it is back', async () => {
    expect((await fetch(`${a.url}/healthz`)).status).toBe(200);
    await redis.halt();
    try {
      const down = await fetch(`${a.url}/healthz`);
      expect(down.status).toBe(503);
      expect(await down.json()).toEqual({ status: 'unavailable' });
      // A turn meanwhile gets the short "temporarily unavailable" reply, not an error.
      const reply = await say(b.url, '你好', 'w-down');
      expect(reply.map((x) => x.text)).toEqual([t('zh-CN', 'bot:errors.storeUnavailable')]);
      expect(reply[0].value).toEqual({ requestedSlot: null });
    } finally {
      await redis.start();
    }
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      status = (await fetch(`${a.url}/healthz`)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe(200);
  });
});
