import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildHandoffPacket, sendHandoff, handoffReply, hashId, scrubText, type HandoffPacket } from '../../src/handoff';
import type { EligibilityResult } from '../../src/rules/result';

/** A real webhook receiver on 127.0.0.1, on a free port: answers with the statuses given, in turn, then 200. */
async function receiver(statuses: number[] = []): Promise<{ url: string; received: unknown[]; close: () => Promise<void>; server: Server }> {
  const received: unknown[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => { body += c; });
    req.on('end', () => {
      received.push({ method: req.method, type: req.headers['content-type'], body: JSON.parse(body) as unknown });
      res.statusCode = statuses.shift() ?? 200;
      res.end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/handoff`, received, server, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const result: EligibilityResult = {
  region: 'chongqing', asOf: '2025-06', policies: [],
  paths: [{
    direction: 'skill_to_title', target: 'intermediate', route: 'standard', status: 'eligible', unmet: [], conditions: [], citations: [],
    documents: [], criteria: [], ruleId: 'chongqing.s2t.standard.intermediate',
  }],
  best: { skill_to_title: 'intermediate', title_to_skill: null }, notes: [], held: { skill: 'technician', title: null },
};

const packet = (): HandoffPacket => buildHandoffPacket({
  channel: 'wechat', conversationHash: 'wxid_zhangsan_8812345:room@chatroom', locale: 'zh-CN', reason: 'asked', at: '2025-06-01T08:00:00.000Z',
  profile: { region: 'chongqing', skills: [{ level: 'technician', since: '2021-06', occupation: '焊工 13812345678' }], name: '张三', phone: '13812345678' },
  result,
  recent: [{ from: 'user', text: '我叫张三，电话13812345678，身份证500101199001011234，能评工程师吗' }, { from: 'bot', text: '您在哪个地区？' }],
});

describe('hand-over packet', () => {
  it('hashes the conversation and carries no names, numbers or raw ids', () => {
    const p = packet();
    const json = JSON.stringify(p);
    expect(p.conversation).toBe(hashId('wxid_zhangsan_8812345:room@chatroom'));
    expect(p.conversation).toMatch(/^[0-9a-f]{32}$/);
    for (const secret of ['wxid', 'zhangsan', '张三', '13812345678', '500101199001011234', 'chatroom']) expect(json).not.toContain(secret);
    expect(p).toMatchObject({ type: 'handoff', version: 1, channel: 'wechat', locale: 'zh-CN', reason: 'asked', region: 'chongqing' });
    expect(p.profile).toEqual({ region: 'chongqing', skills: [{ level: 'technician', since: '2021-06', occupation: '焊工 [号码]' }] });
    expect(p.result).toEqual({ asOf: '2025-06', best: result.best, paths: [{ direction: 'skill_to_title', target: 'intermediate', route: 'standard', status: 'eligible' }] });
    expect(p.recent[0].text).toContain('能评工程师吗');
  });

  it('keeps a hash given as one, and closes the labels', () => {
    const h = hashId('x');
    const p = buildHandoffPacket({ channel: 'Web Chat!', conversationHash: h, locale: 'en', reason: 'unanswered' });
    expect([p.conversation, p.channel, p.recent]).toEqual([h, 'other', []]);
  });

  it.each([
    ['call me on 138 1234 5678', 'call me on [号码]'],
    ['mail a@b.cn or see https://x.y/z', 'mail [邮箱] or see [链接]'],
    ['@Alice 高级工', '@ 高级工'],
  ])('scrubs %s', (raw, clean) => expect(scrubText(raw)).toBe(clean));
});

describe('sending the hand-over', () => {
  it('POSTs the packet as JSON to the webhook', async () => {
    const hook = await receiver();
    try {
      const r = await sendHandoff(packet(), { webhookUrl: hook.url, timeoutMs: 2000 });
      expect(r).toEqual({ ok: true, status: 200, attempts: 1 });
      expect(hook.received).toEqual([{ method: 'POST', type: expect.stringContaining('application/json'), body: packet() }]);
    } finally { await hook.close(); }
  });

  it('retries once after a server error', async () => {
    const hook = await receiver([503]);
    try {
      const r = await sendHandoff(packet(), { webhookUrl: hook.url, timeoutMs: 2000 });
      expect(r).toEqual({ ok: true, status: 200, attempts: 2 });
      expect(hook.received).toHaveLength(2);
    } finally { await hook.close(); }
  });

  it('gives up after the retry, and does not retry a refusal', async () => {
    const failing = await receiver([500, 500, 500]);
    const refusing = await receiver([400]);
    try {
      expect(await sendHandoff(packet(), { webhookUrl: failing.url, timeoutMs: 2000 })).toEqual({ ok: false, status: 500, attempts: 2, error: 'HTTP 500' });
      expect(failing.received).toHaveLength(2);
      expect(await sendHandoff(packet(), { webhookUrl: refusing.url, timeoutMs: 2000 })).toMatchObject({ ok: false, status: 400, attempts: 1 });
    } finally { await failing.close(); await refusing.close(); }
  });

  it('never throws: an unreachable webhook or a bad URL gives ok false', async () => {
    const hook = await receiver();
    const { url } = hook;
    await hook.close();
    await expect(sendHandoff(packet(), { webhookUrl: url, timeoutMs: 1000 })).resolves.toMatchObject({ ok: false, attempts: 2 });
    await expect(sendHandoff(packet(), { webhookUrl: 'not a url', timeoutMs: 1000 })).resolves.toMatchObject({ ok: false });
  });

  it('times out a webhook that does not answer', async () => {
    const silent = createServer(() => { /* never answers */ });
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const { port } = silent.address() as AddressInfo;
    try {
      const r = await sendHandoff(packet(), { webhookUrl: `http://127.0.0.1:${port}/`, timeoutMs: 200 });
      expect(r).toMatchObject({ ok: false, attempts: 2 });
      expect(r.error).toMatch(/TimeoutError|AbortError/);
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((r) => silent.close(() => r()));
    }
  });
});

describe('hand-over reply', () => {
  it('names the hotline and its hours, in both languages', () => {
    const zh = handoffReply('zh-CN', { phone: '023-12333', hours: '工作日 9:00–17:00' });
    expect(zh).toContain('023-12333');
    expect(zh).toContain('工作日 9:00–17:00');
    expect(zh).toContain('转给工作人员');
    expect(handoffReply('en', { phone: '12333', hours: '9–17' })).toMatch(/Hotline 12333, open 9–17/);
    // Nothing forwarded (no webhook, no staff chat): the hotline and its hours, and no word of a failure.
    const call = handoffReply('zh-CN', { phone: '12333', hours: '9–17' }, false);
    expect(call).toContain('12333');
    expect(call).toContain('9–17');
    expect(call).not.toMatch(/没能|失败|未能/);
    expect(handoffReply('en', { phone: '12333', hours: '9–17' }, false)).not.toMatch(/could not|fail/i);
  });
});
