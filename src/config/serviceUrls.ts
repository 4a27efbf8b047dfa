// Where replies may be POSTed. An activity names its own serviceUrl; without authentication (no MicrosoftAppId)
// nothing vouches for it, so replies go only in the HTTP response (expectReplies) or to ALLOWED_SERVICE_URLS.
// With an app id the SDK has already checked the token's serviceurl claim against the activity's.

/** One allowed entry: scheme, host, port ('*' = any) and a path prefix. */
export interface AllowedServiceUrl { protocol: string; hostname: string; port: string; path: string }

const defaultPort = (protocol: string) => (protocol === 'https:' ? '443' : '80');

/** Parses `http://localhost:*`, `https://smba.trafficmanager.net/cn/`…; throws with the entry in the message. */
export function parseAllowedServiceUrl(entry: string): AllowedServiceUrl {
  const wildcard = /^(https?:\/\/[^/:]+):\*(\/.*)?$/i.exec(entry);
  let url: URL;
  try {
    url = new URL(wildcard ? `${wildcard[1]}${wildcard[2] ?? '/'}` : entry);
  } catch {
    throw new Error(`not a URL: ${JSON.stringify(entry)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`expected http(s): ${JSON.stringify(entry)}`);
  if (url.username || url.password || url.search || url.hash) throw new Error(`expected scheme, host, port and path only: ${JSON.stringify(entry)}`);
  return {
    protocol: url.protocol,
    hostname: url.hostname.toLowerCase(),
    port: wildcard ? '*' : url.port || defaultPort(url.protocol),
    path: url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`,
  };
}

/** The comma-separated list of ALLOWED_SERVICE_URLS (empty entries ignored). */
export function parseAllowedServiceUrls(list: string | undefined): AllowedServiceUrl[] {
  return (list ?? '').split(',').map((s) => s.trim()).filter(Boolean).map(parseAllowedServiceUrl);
}

/** True when `serviceUrl` (as the activity gives it) lies under one of the allowed entries. */
export function serviceUrlAllowed(serviceUrl: unknown, allowed: readonly AllowedServiceUrl[]): boolean {
  if (typeof serviceUrl !== 'string' || !allowed.length) return false;
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  const port = url.port || defaultPort(url.protocol);
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return allowed.some((a) => a.protocol === url.protocol && a.hostname === url.hostname.toLowerCase()
    && (a.port === '*' || a.port === port) && path.startsWith(a.path));
}

/** Whether this activity may make the server send anything to its serviceUrl. */
export function mayPostTo(activity: { deliveryMode?: unknown; serviceUrl?: unknown }, authenticated: boolean, allowed: readonly AllowedServiceUrl[]): boolean {
  if (authenticated) return true;
  if (activity.deliveryMode === 'expectReplies') return true;
  return serviceUrlAllowed(activity.serviceUrl, allowed);
}
