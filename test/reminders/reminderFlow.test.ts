// Reminders through the whole app (real HTTP, real SQLite file), time driven by the app's injected clock: the offer
// on an answer with a not-yet path, the month confirmed, listed, cancelled, erased with 删除我的数据; in its month
// the web chat gets it at the next message and Teams as a proactive message to a loopback Bot Framework connector,
// sent by the server's own schedule; evaluated again when sent, saying so when the answer changed.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { conversationKey } from '../../src/store/keys';
import { hasReminders, reminderId, type Reminder } from '../../src/store/reminderStore';
import { startServer, type StartedServer } from '../helpers/startServer';

type Activity = { text?: string; value?: { result?: unknown }; suggestedActions?: unknown; attachments?: { content?: unknown }[] };

// 技师 since 2025-06 in Chongqing: 助理级 from 2027-06, 中级 from 2028-06 (3 years), asked in 2026-12.
const PROFILE = '我在重庆，2025年6月拿的技师证，没有职称，考核都合格，没获奖';

let clock = new Date('2026-12-10T04:00:00Z');
const setMonth = (ym: string) => { clock = new Date(`${ym}-15T04:00:00Z`); };

/** Everything a reply says, its card's choices included (Adaptive Card buttons or suggested actions). */
const said = (acts: Activity[]) => JSON.stringify(acts);
const texts = (acts: Activity[]) => acts.map((a) => a.text ?? '');

function connector() {
  const posts: { path: string; text: string }[] = [];
  const waiters: (() => void)[] = [];
  const server = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c: Buffer) => { data += c.toString(); });
    req.on('end', () => {
      const body = JSON.parse(data || '{}') as { text?: string };
      posts.push({ path: decodeURIComponent(req.url ?? ''), text: body.text ?? '' });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `a${posts.length}` }));
      waiters.splice(0).forEach((w) => w());
    });
  });
  return {
    posts,
    server,
    next: () => new Promise<void>((r) => waiters.push(r)),
    async start() { await new Promise<void>((r) => server.listen(0, '127.0.0.1', r)); return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`; },
    stop: () => new Promise((r) => server.close(r)),
  };
}

describe('reminders in the web chat and Teams', () => {
  let srv: StartedServer;
  const teams = connector();
  let serviceUrl: string;

  beforeAll(async () => {
    serviceUrl = await teams.start();
    srv = await startServer({ clock: () => clock, env: { RATE_LIMIT_PER_MINUTE: '0', REMINDER_CHECK_MINUTES: '0.005' } });
  });
  afterAll(async () => {
    await srv.stop();
    await teams.stop();
  });
  beforeEach(() => setMonth('2026-12'));

  const say = async (channel: string, who: string, text: string, locale = 'zh-CN'): Promise<Activity[]> => {
    const res = await fetch(`${srv.url}/api/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message', channelId: channel, serviceUrl: channel === 'msteams' ? serviceUrl : 'http://127.0.0.1:9/', deliveryMode: 'expectReplies',
        from: { id: who }, recipient: { id: 'bot' }, conversation: { id: `conv-${who}` }, text, locale,
      }),
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { activities: Activity[] }).activities;
  };

  it('offers 到时提醒我 on an answer with a not-yet path, confirms the months, lists and cancels', async () => {
    const answer = await say('webchat', 'w1', PROFILE);
    expect(answer.some((a) => a.value?.result)).toBe(true);
    expect(said(answer)).toContain('到时提醒我');

    const set = texts(await say('webchat', 'w1', '到时提醒我')).join('\n');
    expect(set).toContain('好的，2027年6月提醒您申报助理级（助理工程师）；2028年6月提醒您申报中级（工程师）。');
    const list = texts(await say('webchat', 'w1', '我的提醒')).join('\n');
    expect(list).toContain('2027年6月：申报助理级（助理工程师）（重庆）');
    expect(list).toContain('2028年6月：申报中级（工程师）（重庆）');
    expect(texts(await say('webchat', 'w1', '取消提醒')).join('')).toBe('已取消2个提醒。');
    expect(texts(await say('webchat', 'w1', '我的提醒')).join('')).toBe('您还没有设提醒。');
    // Setting it twice keeps one per path.
    await say('webchat', 'w1', '到时提醒我');
    await say('webchat', 'w1', '到时提醒我');
    expect(texts(await say('webchat', 'w1', '我的提醒')).join('\n').split('• ')).toHaveLength(3);
  });

  it('says in English what it set, and that there is nothing to set before an answer or without a not-yet path', async () => {
    await say('webchat', 'e1', 'I am in Chongqing, technician certificate since June 2025, no title, reviews passed, no awards', 'en');
    expect(texts(await say('webchat', 'e1', 'remind me', 'en')).join('\n')).toContain('in June 2028 I will remind you to apply for Intermediate (engineer)');
    expect(texts(await say('webchat', 'n1', '到时提醒我')).join('')).toContain('还没有得出答案');
    await say('webchat', 'n2', '我在重庆，2020年5月拿的技师证，没有职称，考核都合格，没获奖');
    expect(texts(await say('webchat', 'n2', '到时提醒我')).join('')).toBe('这个答案里没有要等到以后才能申报的路径，不用设提醒。');
  });

  it('web chat: in its month the reminder comes at the next message, evaluated again, once', async () => {
    await say('webchat', 'w2', PROFILE);
    await say('webchat', 'w2', '到时提醒我');
    setMonth('2027-05');
    expect(said(await say('webchat', 'w2', '帮助'))).not.toContain('到时提醒');
    setMonth('2027-06');
    // The visit check runs at most once per half hour per conversation: time moves on a little, as it would.
    clock = new Date(clock.getTime() + 3600_000);
    const visit = await say('webchat', 'w2', '你好');
    const first = visit[0].text ?? '';
    expect(first).toContain('⏰ 到时提醒：您在2026年12月让我到时提醒您申报助理级（助理工程师）。');
    expect(first).toContain('按现行规定，现在可以申报了。依据：渝人社发〔2020〕32号');
    expect(first).not.toContain('答案变了');
    clock = new Date(clock.getTime() + 3600_000);
    expect(said(await say('webchat', 'w2', '你好'))).not.toContain('⏰');
    expect(texts(await say('webchat', 'w2', '我的提醒')).join('\n')).toContain('2028年6月');
  });

  it('Teams: the server sends it on its own schedule as a proactive message into the conversation', async () => {
    await say('msteams', 't1', PROFILE);
    await say('msteams', 't1', '到时提醒我');
    const before = teams.posts.length;
    setMonth('2027-06');
    await teams.next();
    const post = teams.posts.slice(before).find((p) => p.path.includes('/v3/conversations/conv-t1/activities'));
    expect(post?.text).toContain('申报助理级（助理工程师）');
    // Sent once: the schedule's next runs find nothing more for this month.
    await srv.app.reminders!.sendDue('2027-06');
    expect(teams.posts.slice(before).filter((p) => p.path.includes('conv-t1'))).toHaveLength(1);
    expect(texts(await say('msteams', 't1', '我的提醒')).join('\n')).not.toContain('2027年6月');
  });

  it('says when the answer changed, and keeps the reminder for the later month', async () => {
    await say('msteams', 't2', PROFILE);
    await say('msteams', 't2', '到时提醒我');
    const store = srv.app.store;
    if (!hasReminders(store)) throw new Error('the store keeps reminders');
    const key = conversationKey({ channel: 'msteams', conversationId: 'conv-t2', userId: 't2' });
    const [assistant] = await store.remindersOf(key);
    // As if the rules in force when it was set had opened the path a year earlier than today's rules do.
    const early: Reminder = { ...assistant, due: '2026-06' };
    // And one whose path today's rules no longer have.
    const gone: Reminder = { ...assistant, id: reminderId(key, 'withdrawn.rule'), ruleId: 'withdrawn.rule', target: 'full_senior', due: '2026-06' };
    await store.saveReminders([early, gone]);
    const before = teams.posts.length;
    // The schedule runs in this month (2026-05, nothing due): this test sends June's itself.
    setMonth('2026-05');
    const report = await srv.app.reminders!.sendDue('2026-06');
    expect(report).toMatchObject({ moved: 1, sent: 1, failed: 0 });
    const sent = teams.posts.slice(before).filter((p) => p.path.includes('conv-t2')).map((p) => p.text);
    expect(sent.find((s) => s.includes('助理级'))).toContain('⚠️ 按现行规定，答案变了：现在还不能申报，要到2027年6月才可以。');
    expect(sent.find((s) => s.includes('正高级'))).toContain('⚠️ 按现行规定，答案变了：按您当时说的情况，现在不能走这条路径了。');
    const kept = await store.remindersOf(key);
    expect(kept.map((r) => [r.ruleId, r.due])).toEqual([[assistant.ruleId, '2027-06'], [expect.stringContaining('intermediate'), '2028-06']]);
  });

  it('删除我的数据 deletes the reminders with everything else', async () => {
    await say('webchat', 'd1', PROFILE);
    await say('webchat', 'd1', '到时提醒我');
    const store = srv.app.store;
    if (!hasReminders(store)) throw new Error('the store keeps reminders');
    const key = conversationKey({ channel: 'webchat', conversationId: 'conv-d1', userId: 'd1' });
    expect(await store.remindersOf(key)).toHaveLength(2);
    await say('webchat', 'd1', '删除我的数据');
    expect(await store.remindersOf(key)).toEqual([]);
    expect(await store.dueReminders('2099-12', 1000, { all: true })).not.toContainEqual(expect.objectContaining({ key }));
  });
});
