// WeChat waits 5 seconds for a passive reply: a turn not done within the reply time is answered "success" (no
// reply), the turn goes on, and WeChat's redelivery of the same message gets its reply, without a second turn.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createOfficialAccountRoute } from '../../src/bot/wechatOfficial';
import type { Message } from '../../src/conversation/types';
import type { TurnOutput } from '../../src/dialogs/replyModel';
import { t } from '../../src/i18n';
import { silentLogger } from '../../src/log';
import type { StateStore } from '../../src/store';
import { disposeTempStore, tempSqliteStore } from '../helpers/tempStore';
import { messageXml, plainQuery, readReply } from '../helpers/wechatServerSide';

let dir: string;
let store: StateStore;
let server: http.Server;
let url: string;
let release!: () => void;
let markCalled!: () => void;
const called = new Promise<void>((r) => { markCalled = r; });
const calls: Message[] = [];

beforeAll(async () => {
  ({ dir, store } = tempSqliteStore('guantong-oa-slow-'));
  const gate = new Promise<void>((r) => { release = r; });
  // A turn that finishes only when the test says so (the store or the dialog being slow).
  const service = {
    async handle(msg: Message): Promise<TurnOutput> {
      calls.push(msg);
      markCalled();
      await gate;
      return { replies: [{ text: `答：${msg.text}`, requestedSlot: null }], requestedSlot: null, effects: [], state: { version: 1, snapshot: {} }, locale: 'zh-CN' };
    },
  };
  const route = createOfficialAccountRoute({ token: 'slow', apiBase: 'http://127.0.0.1:9' }, { service, store, logger: silentLogger, replyWithinMs: 100 });
  server = http.createServer((req, res) => void route.handle(req, res, new URL(req.url ?? '/', 'http://localhost')));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/wechat/official`;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  await disposeTempStore(store, dir);
});

const body = messageXml({ ToUserName: 'gh', FromUserName: 'o-slow', CreateTime: 1, MsgType: 'text', Content: '你好', MsgId: 77 });
const post = async () => (await fetch(`${url}?${plainQuery('slow')}`, { method: 'POST', body })).text();

it('answers "success" in time, then gives the redelivery the reply of the one turn', async () => {
  // The turn cannot finish before release(): the first delivery is answered "success" when the reply time is up.
  expect(await post()).toBe('success');
  await called;
  const redelivery = post();
  release();
  expect(readReply(await redelivery).content).toBe('答：你好');
  expect(readReply(await post()).content).toBe('答：你好');
  expect(calls).toHaveLength(1);
});

it('answers "temporarily unavailable" (200, a text) when the state store is down, and runs no turn', async () => {
  const other = tempSqliteStore('guantong-oa-down-');
  await other.store.close();
  const seen: Message[] = [];
  const service = { handle: async (msg: Message): Promise<TurnOutput> => { seen.push(msg); throw new Error('not reached'); } };
  const route = createOfficialAccountRoute({ token: 'down', apiBase: 'http://127.0.0.1:9' }, { service, store: other.store, logger: silentLogger });
  const srv = http.createServer((req, res) => void route.handle(req, res, new URL(req.url ?? '/', 'http://localhost')));
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  try {
    const res = await fetch(`http://127.0.0.1:${(srv.address() as AddressInfo).port}/wechat/official?${plainQuery('down')}`, { method: 'POST', body });
    expect(res.status).toBe(200);
    expect(readReply(await res.text()).content).toBe(t('zh-CN', 'bot:errors.storeUnavailable'));
    expect(seen).toEqual([]);
  } finally {
    await new Promise<void>((r) => srv.close(() => r()));
    await disposeTempStore(other.store, other.dir);
  }
});
