// WeChat's redeliveries between two instances on one Redis (as behind a load balancer): a message redelivered to
// the other instance, or delivered to both at once, runs one turn and both answers are the same. WeCom's envelope.
import type { DialogTurn } from '../../src/conversation/types';
import { hasRedisServer, startRedis, type RedisServer } from '../helpers/redisServer';
import { startServer, type StartedServer } from '../helpers/startServer';
import { TOY_VERSION, toyDialog } from '../helpers/toyDialog';
import { messageXml, openSealed, readReply, wecomRequest } from '../helpers/wechatServerSide';

const describeRedis = hasRedisServer() ? describe : describe.skip;
const TOKEN = 'redisTok';
const KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const CORP = 'ww-redis';

describeRedis('redeliveries on two instances', () => {
  let redis: RedisServer;
  let a: StartedServer;
  let b: StartedServer;
  let turns = 0;
  const dialog: DialogTurn = (s, i) => { turns++; return toyDialog(s, i); };

  beforeAll(async () => {
    const r = await startRedis();
    if (!r) throw new Error('redis-server did not start');
    redis = r;
    const env = { STATE_STORE: redis.url, WECOM_TOKEN: TOKEN, WECOM_AES_KEY: KEY, WECOM_CORP_ID: CORP };
    a = await startServer({ dialog, dialogVersion: TOY_VERSION, env });
    b = await startServer({ dialog, dialogVersion: TOY_VERSION, env });
  });
  afterAll(async () => {
    await Promise.allSettled([a?.stop(), b?.stop()]);
    await redis?.stop();
  });

  async function deliver(srv: StartedServer, inner: string): Promise<string> {
    const req = wecomRequest(TOKEN, KEY, CORP, inner);
    const res = await fetch(`${srv.url}/wecom/callback?${req.query}`, { method: 'POST', body: req.body });
    expect(res.status).toBe(200);
    return readReply(openSealed(await res.text(), TOKEN, KEY, CORP)).content!;
  }
  const msg = (content: string, id: number) => messageXml({ ToUserName: CORP, FromUserName: 'emp-1', CreateTime: 1, MsgType: 'text', Content: content, MsgId: id });

  it('answers a redelivery to the other instance from the store, without a second turn', async () => {
    const first = await deliver(a, msg('重庆', 1));
    const before = turns;
    expect(await deliver(b, msg('重庆', 1))).toBe(first);
    expect(turns).toBe(before);
  });

  it('runs one turn when both instances get the same message at once', async () => {
    const before = turns;
    const [x, y] = await Promise.all([deliver(a, msg('8', 2)), deliver(b, msg('8', 2))]);
    expect(x).toBe(y);
    expect(x).toContain('结果');
    expect(turns).toBe(before + 1);
  });
});
