// A hand-over reaches HR staff's Teams channel as a proactive message: a stand-in Bot Framework connector on
// loopback receives it at /v3/conversations/{id}/activities, without the person's name or ids.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config';
import { startServer } from '../helpers/startServer';

it('posts the hand-over summary into the HR Teams conversation', async () => {
  const posts: { path: string; body: { text?: string } }[] = [];
  let arrived: () => void = () => undefined;
  const connector = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c: Buffer) => { data += c.toString(); });
    req.on('end', () => {
      posts.push({ path: req.url ?? '', body: JSON.parse(data || '{}') });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 'a1' }));
      arrived();
    });
  });
  await new Promise<void>((r) => connector.listen(0, '127.0.0.1', r));
  const serviceUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}/`;
  const srv = await startServer({ env: { HANDOFF_TEAMS_SERVICE_URL: serviceUrl, HANDOFF_TEAMS_CONVERSATION_ID: '19:hr-staff@thread.tacv2' } });
  try {
    const say = (text: string) => fetch(`${srv.url}/api/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies',
        from: { id: 'worker-赵六', name: '赵六' }, recipient: { id: 'bot' }, conversation: { id: 'c-teams-hr' }, text,
      }),
    });
    await say('我在辽宁，高级技师2020年3月取得，没有职称，考核合格，没有获奖');
    const got = new Promise<void>((r) => { arrived = r; });
    const r = await say('转人工');
    expect(r.status).toBe(200);
    await got;
    const post = posts.find((p) => p.path.includes(encodeURIComponent('19:hr-staff@thread.tacv2')) || p.path.includes('19:hr-staff'));
    expect(post).toBeDefined();
    expect(post!.body.text).toContain('【转人工】');
    expect(post!.body.text).toContain('liaoning');
    expect(post!.body.text).not.toContain('赵六');
    expect(post!.body.text).not.toContain('c-teams-hr');
  } finally {
    await srv.stop();
    await new Promise((r) => connector.close(r));
  }
});

it('asks for both Teams settings or neither', () => {
  expect(() => loadConfig({ HANDOFF_TEAMS_SERVICE_URL: 'https://smba.trafficmanager.net/cn/' })).toThrow(/HANDOFF_TEAMS_CONVERSATION_ID/);
  expect(() => loadConfig({ HANDOFF_TEAMS_SERVICE_URL: 'not a url', HANDOFF_TEAMS_CONVERSATION_ID: 'x' })).toThrow(/HANDOFF_TEAMS_SERVICE_URL/);
});
