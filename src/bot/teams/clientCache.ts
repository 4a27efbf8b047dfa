// botbuilder's CloudAdapter builds a new ConnectorClient and a new UserTokenClient for every incoming activity, each an
// Azure HTTP pipeline: measured here, that is about 60% of a bare echo bot's CPU per message. The clients hold no
// per-conversation state (credentials fetch and refresh their own tokens), so this keeps them per caller identity,
// service URL and audience, a bounded number of each, as the older BotFrameworkAdapter kept its connector clients.
import type { CloudAdapter } from 'botbuilder';

type BotFrameworkAuthentication = NonNullable<ConstructorParameters<typeof CloudAdapter>[0]>;
type AuthenticateRequestResult = Awaited<ReturnType<BotFrameworkAuthentication['authenticateRequest']>>;
type ClaimsIdentity = AuthenticateRequestResult['claimsIdentity'];
type ConnectorFactory = NonNullable<AuthenticateRequestResult['connectorFactory']>;
type UserTokenClient = Awaited<ReturnType<BotFrameworkAuthentication['createUserTokenClient']>>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;

/** At most this many clients of each kind are kept (the oldest used is dropped first). */
export const CLIENT_CACHE_SIZE = 64;

/** Who is calling, as far as the clients depend on it: the token's audience and app id claims (empty when auth is off). */
export function identityKey(identity: ClaimsIdentity | undefined): string {
  const claim = (type: string) => identity?.claims?.find((c) => c.type === type)?.value ?? '';
  return [claim('aud'), claim('appid'), claim('azp'), claim('ver')].join('\u0000');
}

/** A small LRU of promises; a rejected one is forgotten, so a failure is retried on the next turn. */
class PromiseLru<T> {
  private readonly items = new Map<string, Promise<T>>();
  constructor(private readonly size: number) {}

  get(key: string, make: () => Promise<T>): Promise<T> {
    const hit = this.items.get(key);
    if (hit) {
      this.items.delete(key);
      this.items.set(key, hit);
      return hit;
    }
    const p = make();
    if (this.items.size >= this.size) this.items.delete(this.items.keys().next().value as string);
    this.items.set(key, p);
    p.catch(() => { if (this.items.get(key) === p) this.items.delete(key); });
    return p;
  }

  get count(): number { return this.items.size; }
}

export interface ClientCache {
  /** The authentication to give the CloudAdapter: UserTokenClients are kept per caller identity. */
  auth: BotFrameworkAuthentication;
  /** The request's result with a connector factory that keeps its clients per (identity, service URL, audience). */
  reuse(result: AuthenticateRequestResult): AuthenticateRequestResult;
  /** How many clients are kept (tests). */
  sizes(): { connectors: number; userTokens: number };
}

export function createClientCache(auth: BotFrameworkAuthentication, size = CLIENT_CACHE_SIZE): ClientCache {
  const connectors = new PromiseLru<ConnectorClient>(size);
  const userTokens = new PromiseLru<UserTokenClient>(size);
  const cachedAuth = new Proxy(auth, {
    get(target, prop) {
      if (prop === 'createUserTokenClient') {
        return (identity: ClaimsIdentity) => userTokens.get(identityKey(identity), () => target.createUserTokenClient(identity));
      }
      const v: unknown = Reflect.get(target, prop, target);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
  return {
    auth: cachedAuth,
    reuse(result) {
      const inner = result.connectorFactory;
      if (!inner) return result;
      const who = identityKey(result.claimsIdentity);
      const connectorFactory = {
        create: (serviceUrl: string, audience?: string) =>
          connectors.get(`${who}\u0000${serviceUrl}\u0000${audience ?? ''}`, () => inner.create(serviceUrl, audience)),
      } as ConnectorFactory;
      return { ...result, connectorFactory };
    },
    sizes: () => ({ connectors: connectors.count, userTokens: userTokens.count }),
  };
}
