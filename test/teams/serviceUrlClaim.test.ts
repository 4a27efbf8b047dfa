// With an app id, the SDK checks the token's serviceurl claim against the activity's serviceUrl: a real RS256 token
// signed by a key published on a loopback OpenID endpoint (botbuilder's ToBotFromChannelOpenIdMetadataUrl) runs
// the turn when they match, and gets 401 with no turn when the activity names another address.
import { createSign, generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { createTeamsEndpoint } from '../../src/bot/teams';
import { silentLogger } from '../../src/log';

const APP_ID = '00000000-0000-0000-0000-0000000000ee';
const KID = 'guantong-loopback-key';
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const jwt = (claims: Record<string, unknown>) => {
  const h = b64({ alg: 'RS256', typ: 'JWT', kid: KID });
  const p = b64(claims);
  return `${h}.${p}.${createSign('RSA-SHA256').update(`${h}.${p}`).sign(privateKey).toString('base64url')}`;
};
const now = () => Math.floor(Date.now() / 1000);
const token = (serviceurl: string) => jwt({ iss: 'https://api.botframework.com', aud: APP_ID, serviceurl, nbf: now() - 60, iat: now() - 60, exp: now() + 3600 });

let server: http.Server;
let metadataUrl: string;
beforeAll(async () => {
  const jwk = publicKey.export({ format: 'jwk' });
  server = http.createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.writeHead(200, { 'content-type': 'application/json' });
    if (req.url === '/keys') res.end(JSON.stringify({ keys: [{ kty: 'RSA', use: 'sig', kid: KID, n: jwk.n, e: jwk.e, endorsements: ['msteams'] }] }));
    else res.end(JSON.stringify({ issuer: 'https://api.botframework.com', jwks_uri: `${base}/keys` }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  metadataUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/openid-configuration`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('the serviceurl claim (app id set)', () => {
  const SERVICE_URL = 'https://smba.trafficmanager.net/cn/';
  const activity = (serviceUrl: string) => ({
    type: 'message', id: `m-${Math.random()}`, channelId: 'msteams', serviceUrl, deliveryMode: 'expectReplies',
    from: { id: 'u' }, recipient: { id: 'bot' }, conversation: { id: 'c' }, text: '你好',
  });

  function endpoint(turns: string[], refusals: string[] = []) {
    const config = { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppTenantId: undefined, MicrosoftAppType: 'MultiTenant' as const };
    // Naming one endpoint makes botbuilder take every parameter from the configuration: the public cloud's issuer.
    const auth = new ConfigurationBotFrameworkAuthentication({ ...config, ToBotFromChannelOpenIdMetadataUrl: metadataUrl, ToBotFromChannelTokenIssuer: 'https://api.botframework.com' });
    const service = { handle: async (m: { text: string }) => { turns.push(m.text); return { replies: [{ text: 'ok', requestedSlot: null }], requestedSlot: null, effects: [], state: { version: 1, snapshot: {} }, locale: 'zh-CN' as const }; } };
    const logger = { ...silentLogger, warn: (o: { err?: { message?: string } }) => { refusals.push(o.err?.message ?? ''); } };
    return createTeamsEndpoint(config, service as never, logger as never, { auth: auth as never });
  }

  it('runs the turn when the token names the activity\'s service URL', async () => {
    const turns: string[] = [];
    const out = await endpoint(turns).process(activity(SERVICE_URL), `Bearer ${token(SERVICE_URL)}`);
    expect(out.status).toBe(200);
    expect(turns).toEqual(['你好']);
  });

  it.each(['http://127.0.0.1:9/', 'https://smba.trafficmanager.net/amer/', 'https://smba.trafficmanager.net/cn'])('refuses an activity naming %s with 401, no turn', async (other) => {
    const turns: string[] = [];
    const refusals: string[] = [];
    const out = await endpoint(turns, refusals).process(activity(other), `Bearer ${token(SERVICE_URL)}`);
    expect(out.status).toBe(401);
    expect(turns).toEqual([]);
    // Refused for the claim, not for anything else about the token (the same token passes above).
    expect(refusals).toEqual([expect.stringMatching(/ServiceUrl claim/)]);
  });
});
