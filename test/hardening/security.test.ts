// With MicrosoftAppId set, /api/messages refuses (401, never 5xx, no turn run) a request with no token, a token
// from a wrong issuer, an expired token, a token signed by a key Bot Framework never published, and junk; and the
// token check never hangs: botbuilder fetches the signing keys from the network, and when that fails or stalls the
// answer is still 401 (src/bot/teams/teamsAdapter.ts authenticates first, with a timeout).
import { createSign, generateKeyPairSync } from 'node:crypto';
import { createTeamsEndpoint } from '../../src/bot/teams';
import { silentLogger } from '../../src/log';
import { startServer, type StartedServer } from '../helpers/startServer';
import { TOY_VERSION, toyDialog } from '../helpers/toyDialog';

const APP_ID = '00000000-0000-0000-0000-0000000000aa';
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

/** An RS256 JWT signed with our own key. */
function jwt(claims: Record<string, unknown>, header: Record<string, unknown> = {}): string {
  const h = b64({ alg: 'RS256', typ: 'JWT', kid: 'guantong-test-key', ...header });
  const p = b64(claims);
  const sig = createSign('RSA-SHA256').update(`${h}.${p}`).sign(privateKey).toString('base64url');
  return `${h}.${p}.${sig}`;
}

const now = () => Math.floor(Date.now() / 1000);
const SERVICE_URL = 'https://smba.trafficmanager.net/amer/';
const valid = () => ({ iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: SERVICE_URL, nbf: now() - 60, iat: now() - 60, exp: now() + 3600 });

let srv: StartedServer;
let turns = 0;
beforeAll(async () => {
  srv = await startServer({
    dialog: (s, i) => { turns++; return toyDialog(s, i); },
    dialogVersion: TOY_VERSION,
    env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppType: 'MultiTenant' },
  });
});
afterAll(() => srv.stop());

let n = 0;
async function post(authorization?: string): Promise<{ status: number; body: { error?: { code: string } } }> {
  n++;
  const res = await fetch(`${srv.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization !== undefined ? { authorization } : {}) },
    body: JSON.stringify({ type: 'message', id: `a${n}`, channelId: 'msteams', serviceUrl: SERVICE_URL, from: { id: `u${n}` }, recipient: { id: 'bot' }, conversation: { id: `c${n}` }, text: '你好' }),
  });
  return { status: res.status, body: (await res.json()) as { error?: { code: string } } };
}

const CASES: [string, () => string | undefined][] = [
  ['no Authorization header', () => undefined],
  ['an empty header', () => ''],
  ['Bearer with no token', () => 'Bearer '],
  ['another scheme', () => `Basic ${Buffer.from('a:b').toString('base64')}`],
  ['a token from a wrong issuer', () => `Bearer ${jwt({ ...valid(), iss: 'https://login.evil.example/' })}`],
  ['an expired token', () => `Bearer ${jwt({ ...valid(), nbf: now() - 7200, iat: now() - 7200, exp: now() - 3600 })}`],
  ['a token for another app', () => `Bearer ${jwt({ ...valid(), aud: 'someone-else' })}`],
  ['a well-formed token signed by a key Bot Framework never published', () => `Bearer ${jwt(valid())}`],
  ['alg none', () => `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64(valid())}.`],
  ['HS256 with the app password as secret', () => `Bearer ${jwt(valid(), { alg: 'HS256' })}`],
  ['junk', () => 'Bearer a.b.c.d'],
  ['a huge token', () => `Bearer ${'A'.repeat(8000)}.${'B'.repeat(8000)}.C`],
];

describe('authentication on', () => {
  it.each(CASES)('refuses %s with 401, runs no turn', async (_name, header) => {
    const before = turns;
    const { status, body } = await post(header());
    expect(status).toBe(401);
    expect(body.error?.code).toBe('unauthorized');
    expect(turns).toBe(before);
  });

  it('stays up after all of that', async () => {
    expect((await fetch(`${srv.url}/healthz`)).status).toBe(200);
  });
});

describe('the token check itself', () => {
  const activity = { type: 'message', channelId: 'msteams', serviceUrl: SERVICE_URL, from: { id: 'u' }, recipient: { id: 'bot' }, conversation: { id: 'c' }, text: 'hi' };
  const service = { handle: () => Promise.reject(new Error('no turn may run')) };
  const config = { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', MicrosoftAppTenantId: undefined, MicrosoftAppType: undefined };

  it('gives 401 when it stalls (the signing keys unreachable), after the timeout', async () => {
    const stalled = { authenticateRequest: () => new Promise<never>(() => undefined) } as never;
    const endpoint = createTeamsEndpoint(config, service as never, silentLogger, { auth: stalled, authTimeoutMs: 100 });
    await expect(endpoint.process(activity, `Bearer ${jwt(valid())}`)).resolves.toEqual({ status: 401 });
  });

  it('gives 401 when it fails with any error (a network error fetching the keys)', async () => {
    const failing = { authenticateRequest: () => Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND login.botframework.com'), { code: 'ENOTFOUND' })) } as never;
    const endpoint = createTeamsEndpoint(config, service as never, silentLogger, { auth: failing });
    await expect(endpoint.process(activity, `Bearer ${jwt(valid())}`)).resolves.toEqual({ status: 401 });
  });
});
