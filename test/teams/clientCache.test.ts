// Connector and user-token clients are reused across turns (botbuilder builds both for every activity), per caller
// identity, service URL and audience; bounded; a failure is not kept.
import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import { createClientCache, identityKey } from '../../src/bot/teams/clientCache';

const activity = (serviceUrl: string) => ({
  type: 'message', channelId: 'msteams', serviceUrl, from: { id: 'u' }, recipient: { id: 'bot' }, conversation: { id: 'c' }, text: 'hi',
}) as Activity;

type Identity = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>['claimsIdentity'];
/** A ClaimsIdentity of botframework-connector's own class (botbuilder does not export it), for the given app id. */
async function claims(appid: string): Promise<Identity> {
  const { claimsIdentity } = await new ConfigurationBotFrameworkAuthentication({}).authenticateRequest(activity('https://a.example/'), '');
  const Ctor = claimsIdentity.constructor as new (claims: { type: string; value: string }[], isAuthenticated: boolean) => Identity;
  return new Ctor([{ type: 'aud', value: 'bot-app' }, { type: 'appid', value: appid }, { type: 'ver', value: '1.0' }], true);
}

describe('client cache', () => {
  const auth = new ConfigurationBotFrameworkAuthentication({});

  it('gives the same ConnectorClient for the same service URL, another for another', async () => {
    const cache = createClientCache(auth);
    const a = cache.reuse(await cache.auth.authenticateRequest(activity('https://smba.example/cn/'), ''));
    const b = cache.reuse(await cache.auth.authenticateRequest(activity('https://smba.example/cn/'), ''));
    const c1 = await a.connectorFactory!.create('https://smba.example/cn/', a.audience);
    const c2 = await b.connectorFactory!.create('https://smba.example/cn/', b.audience);
    const other = await b.connectorFactory!.create('https://smba.example/emea/', b.audience);
    expect(c2).toBe(c1);
    expect(other).not.toBe(c1);
    expect(cache.sizes().connectors).toBe(2);
  });

  it('gives the same UserTokenClient to the same caller, another to another caller', async () => {
    const cache = createClientCache(auth);
    const x1 = await cache.auth.createUserTokenClient(await claims('app-1'));
    const x2 = await cache.auth.createUserTokenClient(await claims('app-1'));
    const y = await cache.auth.createUserTokenClient(await claims('app-2'));
    expect(x2).toBe(x1);
    expect(y).not.toBe(x1);
    expect(cache.sizes().userTokens).toBe(2);
    expect(identityKey(await claims('app-1'))).not.toBe(identityKey(await claims('app-2')));
  });

  it('keeps at most `size` clients, dropping the least recently used', async () => {
    const cache = createClientCache(auth, 2);
    const r = cache.reuse(await cache.auth.authenticateRequest(activity('https://a.example/'), ''));
    const a = await r.connectorFactory!.create('https://a.example/', r.audience);
    await r.connectorFactory!.create('https://b.example/', r.audience);
    await r.connectorFactory!.create('https://a.example/', r.audience); // a is now the most recent
    await r.connectorFactory!.create('https://c.example/', r.audience); // drops b
    expect(cache.sizes().connectors).toBe(2);
    expect(await r.connectorFactory!.create('https://a.example/', r.audience)).toBe(a);
  });

  it('does not keep a failure: the next turn asks again', async () => {
    const cache = createClientCache(auth);
    let calls = 0;
    const failing = { create: async () => { calls++; throw new Error('no credentials'); } };
    const base = await auth.authenticateRequest(activity('https://a.example/'), '');
    const r = cache.reuse({ ...base, connectorFactory: failing as never });
    await expect(r.connectorFactory!.create('https://a.example/', undefined)).rejects.toThrow('no credentials');
    await expect(r.connectorFactory!.create('https://a.example/', undefined)).rejects.toThrow('no credentials');
    expect(calls).toBe(2);
  });

  it('passes everything else through to botbuilder\'s authentication', async () => {
    const cache = createClientCache(auth);
    const r = await cache.auth.authenticateRequest(activity('https://a.example/'), '');
    expect(r.claimsIdentity.isAuthenticated).toBe((await auth.authenticateRequest(activity('https://a.example/'), '')).claimsIdentity.isAuthenticated);
    expect(typeof cache.auth.createConnectorFactory(r.claimsIdentity).create).toBe('function');
  });
});
