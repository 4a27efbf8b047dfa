// The dialog's handoff effect reaches HANDOFF_WEBHOOK_URL with the conversation's recent messages.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DialogTurn } from '../../src/conversation/types';
import { startServer } from '../helpers/startServer';

const humanPlease: DialogTurn = (_state, input) => ({
  replies: [{ text: '好的，我请人工客服联系您。', requestedSlot: null }],
  requestedSlot: null,
  effects: input.text === '转人工' ? [{ type: 'handoff', reason: 'asked' }] : [],
  state: { version: 1, snapshot: {} },
  locale: 'zh-CN',
});

it('POSTs a handoff to the webhook with the recent messages', async () => {
  let received!: (b: Record<string, unknown>) => void;
  const got = new Promise<Record<string, unknown>>((r) => { received = r; });
  const hook = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c: Buffer) => { data += c.toString(); });
    req.on('end', () => { res.writeHead(204); res.end(); received(JSON.parse(data)); });
  });
  await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
  const srv = await startServer({
    dialog: humanPlease,
    env: { HANDOFF_WEBHOOK_URL: `http://127.0.0.1:${(hook.address() as AddressInfo).port}/handoff` },
  });
  try {
    const res = await fetch(`${srv.url}/api/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message', channelId: 'emulator', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies',
        from: { id: 'u-7' }, recipient: { id: 'bot' }, conversation: { id: 'c-7' }, text: '转人工',
      }),
    });
    expect(res.status).toBe(200);
    const body = await got;
    expect(body).toMatchObject({ type: 'handoff', reason: 'asked', channel: 'emulator', conversationId: 'c-7', userId: 'u-7' });
    expect(JSON.stringify(body.recent)).toContain('转人工');
  } finally {
    await srv.stop();
    await new Promise((r) => hook.close(r));
  }
});
