// The per-person rate limit over HTTP (/api/messages, every Bot Framework channel), and its configuration.
import { ConfigError, loadConfig } from '../../src/config';
import { t } from '../../src/i18n';
import { startServer, type StartedServer } from '../helpers/startServer';
import { TOY_VERSION, toyDialog } from '../helpers/toyDialog';

type Act = { text: string; value: { requestedSlot: string | null } };

let srv: StartedServer;
beforeAll(async () => { srv = await startServer({ dialog: toyDialog, dialogVersion: TOY_VERSION, env: { RATE_LIMIT_PER_MINUTE: '3' } }); });
afterAll(() => srv.stop());

async function say(from: string, text: string, locale?: string): Promise<Act[]> {
  const res = await fetch(`${srv.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies',
      from: { id: from }, recipient: { id: 'bot' }, conversation: { id: `c-${from}` }, text, ...(locale ? { locale } : {}),
    }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { activities: Act[] }).activities;
}

describe('rate limit over HTTP', () => {
  it('answers a person over the limit politely, in their language, without running a turn', async () => {
    expect((await say('zh', '你好'))[0].value.requestedSlot).toBe('region');
    expect((await say('zh', '重庆'))[0].value.requestedSlot).toBe('workYears');
    expect((await say('zh', 'x'))[0].value.requestedSlot).toBe('workYears');
    for (let i = 0; i < 2; i++) {
      // A request always gets an answer: the notice each time (no turn ran, so nothing asked).
      expect(await say('zh', '10')).toEqual([expect.objectContaining({ text: t('zh-CN', 'bot:limits.person'), value: { requestedSlot: null } })]);
    }
    for (let i = 0; i < 3; i++) await say('en', 'hello', 'en-US');
    expect((await say('en', 'hello', 'en-US')).map((a) => a.text)).toEqual([t('en', 'bot:limits.person')]);
    // Someone else is not affected.
    expect((await say('other', '你好'))[0].value.requestedSlot).toBe('region');
    // The refused messages were not stored.
    const recent = await srv.app.service.recent({ channel: 'msteams', conversationId: 'c-zh', userId: 'zh' });
    expect(recent.filter((r) => r.from === 'user').map((r) => r.text)).toEqual(['你好', '重庆', 'x']);
  });
});

describe('rate limit configuration', () => {
  it('defaults to 20 per person and 60 per room; 0 turns a limit off', () => {
    const c = loadConfig({});
    expect(c.RATE_LIMIT_PER_MINUTE).toBe(20);
    expect(c.ROOM_FLOOD_PER_MINUTE).toBe(60);
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: '0', ROOM_FLOOD_PER_MINUTE: ' 5 ' })).toMatchObject({ RATE_LIMIT_PER_MINUTE: 0, ROOM_FLOOD_PER_MINUTE: 5 });
  });

  it('names each bad value', () => {
    let err: unknown;
    try { loadConfig({ RATE_LIMIT_PER_MINUTE: 'lots', ROOM_FLOOD_PER_MINUTE: '-1' }); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(ConfigError);
    const problems = (err as ConfigError).problems.join('\n');
    expect(problems).toContain('RATE_LIMIT_PER_MINUTE: expected a whole number');
    expect(problems).toContain('ROOM_FLOOD_PER_MINUTE: expected a whole number');
  });
});
