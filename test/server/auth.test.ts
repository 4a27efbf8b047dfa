// With MicrosoftAppId set, /api/messages requires a Bot Framework token: none or a bad one → 401.
import { startServer, type StartedServer } from '../helpers/startServer';
import { TOY_VERSION, toyDialog } from '../helpers/toyDialog';

const activity = {
  type: 'message',
  id: 'a1',
  channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/amer/',
  from: { id: 'user-1' },
  recipient: { id: 'bot' },
  conversation: { id: 'conv-1' },
  text: '你好',
};

describe('HTTP server with authentication on', () => {
  let srv: StartedServer;
  beforeAll(async () => {
    srv = await startServer({
      dialog: toyDialog,
      dialogVersion: TOY_VERSION,
      env: { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppType: 'MultiTenant' },
    });
  });
  afterAll(() => srv.stop());

  it('refuses a request without a token with 401 and runs no turn', async () => {
    const res = await fetch(`${srv.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    expect(res.status).toBe(401);
    const body = (await res.json()) as { error: { code: string } };
    expect(body.error.code).toBe('unauthorized');
    const stored = await srv.app.service.recent({ channel: 'msteams', conversationId: 'conv-1', userId: 'user-1' });
    expect(stored).toEqual([]);
  });

  it('refuses a malformed token with 401', async () => {
    const res = await fetch(`${srv.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not.a.jwt' },
      body: JSON.stringify(activity),
    });
    expect(res.status).toBe(401);
  });

  it('still serves the JSON API and health without a token', async () => {
    expect((await fetch(`${srv.url}/healthz`)).status).toBe(200);
  });
});
