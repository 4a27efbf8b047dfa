// npm run reminders: the operators' listing (month, channel, rule id, hashed key; no names or ids) and sending the
// due ones now (Teams through botbuilder to a loopback connector; WeChat and web chat left, and said so).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { runRemindersCli } from '../../src/cli/remindersCli';
import { conversationKey } from '../../src/store/keys';
import { hasReminders, reminderId, type Reminder } from '../../src/store/reminderStore';
import { disposeTempStore, tempSqliteStore } from '../helpers/tempStore';

const profile = { region: 'chongqing', skills: [{ level: 'technician', since: '2025-06' }], titles: [], awards: [], annualReviewsPassed: true } as Reminder['profile'];

function reminder(channel: string, who: string, due: string, address?: Record<string, string>): Reminder {
  const key = conversationKey({ channel, conversationId: `conv-${who}`, userId: `张三-${who}` });
  const ruleId = 'chongqing.s2t.standard.assistant';
  return {
    id: reminderId(key, ruleId), key, channel, due, ruleId, direction: 'skill_to_title', target: 'assistant', region: 'chongqing',
    profile, locale: 'zh-CN', setIn: '2026-12', ...(address ? { address } : {}),
  };
}

const run = async (args: string[], env: Record<string, string>) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runRemindersCli(args, env, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
};

it('lists what is due without names or ids, sends the Teams ones, leaves the others', async () => {
  const posts: string[] = [];
  const connector = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => { body += c.toString(); });
    req.on('end', () => { posts.push(`${decodeURIComponent(req.url ?? '')} ${(JSON.parse(body) as { text: string }).text}`); res.writeHead(200, { 'content-type': 'application/json' }); res.end('{"id":"1"}'); });
  });
  await new Promise<void>((r) => connector.listen(0, '127.0.0.1', r));
  const serviceUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}/`;
  const { dir, store } = tempSqliteStore('guantong-remcli-');
  try {
    if (!hasReminders(store)) throw new Error('the store keeps reminders');
    await store.saveReminders([
      reminder('msteams', 't', '2027-06', { serviceUrl, conversationId: 'conv-t', channelId: 'msteams' }),
      reminder('wechat', 'w', '2027-06', { contactId: 'wxid-w' }),
      reminder('webchat', 'b', '2027-05'),
      reminder('webchat', 'later', '2028-06'),
    ]);
    await store.close();
    const env = { STATE_STORE: `sqlite:${path.join(dir, 'state.db')}`, LOG_LEVEL: 'silent' };

    const due = await run(['due', '--as-of', '2027-06', '--json'], env);
    expect(due.code).toBe(0);
    const rows = JSON.parse(due.out) as { month: string; channel: string; ruleId: string; key: string; delivery: string }[];
    expect(rows.map((r) => [r.month, r.channel, r.delivery]).sort((a, b) => a.join().localeCompare(b.join()))).toEqual([['2027-05', 'webchat', 'next_message'], ['2027-06', 'msteams', 'push'], ['2027-06', 'wechat', 'push']]);
    expect(rows.every((r) => r.ruleId === 'chongqing.s2t.standard.assistant' && /^[\w-]{12}$/.test(r.key))).toBe(true);
    expect(due.out).not.toMatch(/张三|conv-|wxid|127\.0\.0\.1/);
    expect((await run(['due', '--as-of', '2027-06'], env)).out).toContain('3 due by 2027-06');

    const send = await run(['send', '--as-of', '2027-06'], env);
    expect([send.code, send.err]).toEqual([0, '']);
    expect(send.out).toMatch(/^sent 1, .*left 2 \((webchat, wechat|wechat, webchat):/);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toContain('/v3/conversations/conv-t/activities');
    expect(posts[0]).toContain('现在可以申报了');
    const after = JSON.parse((await run(['due', '--as-of', '2027-06', '--json'], env)).out) as { channel: string }[];
    expect(after.map((r) => r.channel).sort()).toEqual(['webchat', 'wechat']);
    // Sent once: a second run sends nothing more.
    expect((await run(['send', '--as-of', '2027-06'], env)).out).toMatch(/^sent 0,/);
    expect(posts).toHaveLength(1);
  } finally {
    await disposeTempStore(store, dir);
    await new Promise((r) => connector.close(r));
  }
});

it.each([
  [[] as string[]], [['list']], [['due', '--as-of', '2027-13']], [['send', '--json']], [['due', '--bogus']],
])('%j exits 2 with the usage', async (args) => {
  const r = await run(args, { LOG_LEVEL: 'silent', STATE_STORE: 'sqlite::memory:' });
  expect(r.code).toBe(2);
  expect(r.err.length).toBeGreaterThan(0);
});
