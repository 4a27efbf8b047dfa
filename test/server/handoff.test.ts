// Hand-over to a person: the hotline's number and hours in the reply, and a packet without names or raw ids to
// HANDOFF_WEBHOOK_URL, caught by a webhook receiver on loopback.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startServer } from '../helpers/startServer';

function receiver() {
  const got: Record<string, unknown>[] = [];
  let notify: () => void = () => undefined;
  const server = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c: Buffer) => { data += c.toString(); });
    req.on('end', () => { res.writeHead(204); res.end(); got.push(JSON.parse(data)); notify(); });
  });
  return {
    got,
    next: () => new Promise<Record<string, unknown>>((r) => { notify = () => r(got.at(-1)!); }),
    listen: () => new Promise<string>((r) => server.listen(0, '127.0.0.1', () => r(`http://127.0.0.1:${(server.address() as AddressInfo).port}/handoff`))),
    close: () => new Promise((r) => server.close(r)),
  };
}

const say = (url: string, conversation: string, text: string) => fetch(`${url}/api/messages`, {
  method: 'POST', headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    type: 'message', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies',
    from: { id: 'user-张三-13800138000', name: '张三' }, recipient: { id: 'bot' }, conversation: { id: conversation }, text,
  }),
}).then(async (r) => ({ status: r.status, texts: ((await r.json()) as { activities: { text: string }[] }).activities.map((a) => a.text) }));

describe('转人工', () => {
  it('gives the hotline and sends the profile so far, the result and the last messages, without ids', async () => {
    const hook = receiver();
    const srv = await startServer({ env: { HANDOFF_WEBHOOK_URL: await hook.listen(), HOTLINE_PHONE: '023-88888888', HOTLINE_HOURS: '工作日 9:00-17:00' } });
    try {
      await say(srv.url, 'conv-1', '我在重庆，2022年5月拿的技师证，没有职称，考核都合格，没获奖');
      const packet = hook.next();
      const r = await say(srv.url, 'conv-1', '转人工');
      expect(r.status).toBe(200);
      expect(r.texts.join('\n')).toContain('023-88888888');
      expect(r.texts.join('\n')).toContain('工作日 9:00-17:00');
      const body = await packet;
      expect(body).toMatchObject({ type: 'handoff', reason: 'asked', channel: 'msteams', region: 'chongqing' });
      expect(body.profile).toMatchObject({ region: 'chongqing', skills: [{ level: 'technician', since: '2022-05' }] });
      expect(JSON.stringify(body.recent)).toContain('转人工');
      const raw = JSON.stringify(body);
      for (const secret of ['conv-1', '张三', '13800138000', 'user-']) expect(raw).not.toContain(secret);
    } finally {
      await srv.stop();
      await hook.close();
    }
  });

  it('hands over after two questions in a row it cannot answer', async () => {
    const hook = receiver();
    const srv = await startServer({ env: { HANDOFF_WEBHOOK_URL: await hook.listen() } });
    try {
      await say(srv.url, 'conv-2', '你好');
      await say(srv.url, 'conv-2', '今天天气怎么样？');
      const packet = hook.next();
      const r = await say(srv.url, 'conv-2', '公积金怎么提取？');
      expect((await packet).reason).toBe('unanswered');
      expect(r.texts.join('\n')).toMatch(/12333|热线|电话/);
    } finally {
      await srv.stop();
      await hook.close();
    }
  });

  it('without a webhook gives the hotline and its hours and reports no failure (Teams and the web chat)', async () => {
    const srv = await startServer({ env: { HOTLINE_PHONE: '028-12333', HOTLINE_HOURS: '工作日 8:30–17:30' } });
    try {
      const r = await say(srv.url, 'conv-3', '转人工');
      expect(r.status).toBe(200);
      const text = r.texts.join('\n');
      expect(text).toContain('028-12333');
      expect(text).toContain('工作日 8:30–17:30');
      expect(text).not.toMatch(/没能|失败|未能|已把您的情况转给/);
      const chat = await fetch(`${srv.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: '转人工' }) });
      const body = (await chat.json()) as { replies: { text: string }[] };
      const said = body.replies.map((x) => x.text).join('\n');
      expect(said).toContain('028-12333');
      expect(said).not.toMatch(/没能|失败|未能/);
    } finally {
      await srv.stop();
    }
  });

  it('转人工 before anything was said posts no packet (there is no case yet); the first packet is the later case', async () => {
    const hook = receiver();
    const srv = await startServer({ env: { HANDOFF_WEBHOOK_URL: await hook.listen(), HOTLINE_PHONE: '023-66666666' } });
    try {
      const first = await say(srv.url, 'conv-4', '转人工');
      expect(first.texts.join('\n')).toContain('023-66666666');
      expect(first.texts.join('\n')).not.toMatch(/已把您的情况转给|没能|失败/);
      await say(srv.url, 'conv-4', '我在重庆，2022年5月拿的技师证，没有职称，考核都合格，没获奖');
      const packet = hook.next();
      await say(srv.url, 'conv-4', '转人工');
      expect((await packet).region).toBe('chongqing');
      expect(hook.got).toHaveLength(1);
    } finally {
      await srv.stop();
      await hook.close();
    }
  });
});
