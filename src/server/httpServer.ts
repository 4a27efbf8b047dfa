// One node:http server for Teams (/api/messages), the web chat (/api/chat), the JSON API (/api/eligibility, /api/ask),
// the ladder picture, metrics, health and the web chat page. One entry per route in `routes`.
import { existsSync } from 'node:fs';
import { createHash, timingSafeEqual } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { Logger } from '../log';
import { checkActivity } from './activitySchema';
import { answerEligibility } from './eligibilityApi';
import { answerQuestion } from './askApi';
import { ladderPngHandler, ladderSvgHandler, personalLadderSvgHandler, type HttpReply } from '../ladder/http';
import { requestLocale, sendError, sendJson } from './httpJson';
import { BODY_LIMIT, readBody } from '../http/readBody';
import { sendStatic } from './staticFiles';
import type { ChatEndpoint, ChatRequestContext } from './chatApi';

/** The Teams side as the server sees it (no botbuilder here). */
export interface ActivityEndpoint {
  process(activity: Record<string, unknown>, authHeader: string, opts?: { publicUrl?: string }): Promise<{ status: number; body?: unknown; refused?: string }>;
}

export interface ServerDeps {
  teams: ActivityEndpoint;
  /** True when the state store answers. */
  checkHealth: () => Promise<boolean>;
  logger: Logger;
  /** Prometheus metrics for GET /metrics. */
  metrics?: { text(): Promise<string>; contentType: string };
  /** The web chat page's folder; served when it exists. */
  publicDir?: string;
  now?: () => Date;
  bodyLimit?: number;
  /** This server's address as chat clients reach it (PUBLIC_URL); default: from each request's Host. */
  publicUrl?: string;
  /** Routes of channels started by the app (WeChat Official Account, WeCom, /privacy), by path. */
  extraRoutes?: Record<string, Route>;
  /** The web chat's endpoint (/api/chat); 404 when absent. */
  chat?: ChatEndpoint;
  /** METRICS_TOKEN: when set, GET /metrics needs `Authorization: Bearer <token>`. */
  metricsToken?: string;
}

export interface GuantongServer {
  server: http.Server;
  /** Stops accepting connections and resolves when the requests in flight have been answered. */
  close(): Promise<void>;
}

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** The address the client used (a proxy's X-Forwarded-Proto/-Host first), or undefined when the Host is not a host. */
export function requestBase(req: IncomingMessage): string | undefined {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.split(',')[0].trim();
  const fwdProto = first(req.headers['x-forwarded-proto'])?.toLowerCase();
  const proto = fwdProto === 'https' || fwdProto === 'http' ? fwdProto : (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
  const host = first(req.headers['x-forwarded-host']) || req.headers.host;
  return host && HOST.test(host) ? `${proto}://${host}` : undefined;
}

/** True when the Authorization header is `Bearer <token>` (compared in constant time, as digests). */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer[ ]+(\S+)\s*$/i.exec(header ?? '');
  if (!m) return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(m[1]), digest(token));
}

/** A handler's reply (picture, text) as an HTTP response. */
function sendReply(res: ServerResponse, r: HttpReply, headOnly: boolean): void {
  const body = typeof r.body === 'string' ? Buffer.from(r.body) : r.body;
  res.writeHead(r.status, { 'content-type': r.type, 'content-length': String(body.length), 'x-content-type-options': 'nosniff', ...r.headers });
  res.end(headOnly ? undefined : body);
}

export type Route = { methods: string[]; handle: (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void> };

export function createHttpServer(deps: ServerDeps): GuantongServer {
  const { logger } = deps;
  const now = deps.now ?? (() => new Date());
  const limit = deps.bodyLimit ?? BODY_LIMIT;
  let inFlight = 0;
  let idle: (() => void) | undefined;
  let closing = false;

  /** Reads and parses the JSON body, answering 413/400 itself; undefined when it did. */
  async function jsonBody(req: IncomingMessage, res: ServerResponse, url: URL): Promise<{ value: unknown } | undefined> {
    const locale = requestLocale(req, url);
    const body = await readBody(req, limit);
    if (!body.ok) {
      sendError(res, 413, 'payload_too_large', locale, {}, { connection: 'close' }, { limit });
      return undefined;
    }
    try {
      return { value: JSON.parse(body.text) };
    } catch (e) {
      sendError(res, 400, 'invalid_json', locale, { detail: (e as Error).message });
      return undefined;
    }
  }

  /** The chat's view of the request: this server's origin as the browser sees it, and https or not. */
  function chatContext(req: IncomingMessage): ChatRequestContext {
    const origin = deps.publicUrl ? new URL(deps.publicUrl).origin : requestBase(req);
    return { origin, secure: (origin ?? '').startsWith('https:') || requestBase(req)?.startsWith('https:') === true };
  }

  const routes: Record<string, Route> = {
    '/api/messages': {
      methods: ['POST'],
      async handle(req, res, url) {
        const body = await jsonBody(req, res, url);
        if (!body) return;
        const checked = checkActivity(body.value);
        if (!checked.ok) { sendError(res, 400, 'invalid_activity', requestLocale(req, url), { issues: checked.issues }); return; }
        const auth = req.headers.authorization ?? '';
        const out = await deps.teams.process(body.value as Record<string, unknown>, auth, { publicUrl: deps.publicUrl ?? requestBase(req) });
        if (out.status === 401) { sendError(res, 401, 'unauthorized', requestLocale(req, url), {}, { 'www-authenticate': 'Bearer' }); return; }
        if (out.status === 403) { sendError(res, 403, 'service_url_not_allowed', requestLocale(req, url), { field: 'serviceUrl' }); return; }
        if (out.status >= 500) { sendError(res, out.status, 'internal', requestLocale(req, url)); return; }
        sendJson(res, out.status, out.body);
      },
    },
    '/api/chat': {
      methods: ['GET', 'POST'],
      async handle(req, res, url) {
        if (!deps.chat) { sendError(res, 404, 'not_found', requestLocale(req, url)); return; }
        if (req.method === 'GET') { await deps.chat.get(req, res, url, chatContext(req)); return; }
        // JSON only: a cross-site form cannot send it without a preflight this server never grants.
        if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
          sendError(res, 415, 'unsupported_media_type', requestLocale(req, url), {}, { connection: 'close' });
          req.resume();
          return;
        }
        const body = await jsonBody(req, res, url);
        if (body) await deps.chat.post(req, res, url, body.value, chatContext(req));
      },
    },
    '/api/eligibility': {
      methods: ['POST'],
      async handle(req, res, url) {
        const body = await jsonBody(req, res, url);
        if (!body) return;
        const locale = requestLocale(req, url);
        const out = answerEligibility(body.value, { now: now(), locale });
        if (out.status === 400) sendError(res, 400, 'invalid_profile', locale, { issues: out.issues });
        else sendJson(res, 200, out.body);
      },
    },
    '/api/ladder.svg': {
      methods: ['GET', 'HEAD', 'POST'],
      async handle(req, res, url) {
        if (req.method !== 'POST') { sendReply(res, ladderSvgHandler(url.searchParams), req.method === 'HEAD'); return; }
        const body = await jsonBody(req, res, url);
        if (body) sendReply(res, personalLadderSvgHandler(body.value), false);
      },
    },
    '/api/ladder.png': { methods: ['GET', 'HEAD'], async handle(req, res, url) { sendReply(res, ladderPngHandler(url.searchParams), req.method === 'HEAD'); } },
    '/api/ask': {
      methods: ['POST'],
      async handle(req, res, url) {
        const body = await jsonBody(req, res, url);
        if (!body) return;
        const out = answerQuestion(body.value, requestLocale(req, url));
        if (out.status === 400) sendError(res, 400, 'invalid_question', requestLocale(req, url), { issues: out.issues });
        else sendJson(res, 200, out.body);
      },
    },
    '/metrics': {
      methods: ['GET'],
      async handle(req, res, url) {
        if (!deps.metrics) { sendError(res, 404, 'not_found', requestLocale(req, url)); return; }
        if (deps.metricsToken && !bearerMatches(req.headers.authorization, deps.metricsToken)) {
          sendError(res, 401, 'metrics_unauthorized', requestLocale(req, url), {}, { 'www-authenticate': 'Bearer realm="metrics"' });
          return;
        }
        const text = await deps.metrics.text();
        res.writeHead(200, { 'content-type': deps.metrics.contentType, 'cache-control': 'no-store' });
        res.end(text);
      },
    },
    '/healthz': {
      methods: ['GET', 'HEAD'],
      async handle(_req, res) {
        let ok = false;
        try { ok = await deps.checkHealth(); } catch { ok = false; }
        sendJson(res, ok ? 200 : 503, { status: ok ? 'ok' : 'unavailable' });
      },
    },
  };

  const staticRoute: Route = {
    methods: ['GET', 'HEAD'],
    async handle(req, res, url) {
      const dir = deps.publicDir;
      const rel = url.pathname === '/' ? 'index.html' : url.pathname.slice('/static/'.length);
      const sent = dir && existsSync(dir) ? await sendStatic(res, dir, rel, req.method === 'HEAD') : false;
      if (!sent) sendError(res, 404, 'not_found', requestLocale(req, url));
    },
  };

  function routeFor(pathname: string): Route | undefined {
    if (routes[pathname]) return routes[pathname];
    if (deps.extraRoutes?.[pathname]) return deps.extraRoutes[pathname];
    if (pathname === '/' || pathname.startsWith('/static/')) return staticRoute;
    return undefined;
  }

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = routeFor(url.pathname);
    if (!route) { sendError(res, 404, 'not_found', requestLocale(req, url)); req.resume(); return; }
    if (!route.methods.includes(req.method ?? '')) {
      sendError(res, 405, 'method_not_allowed', requestLocale(req, url), {}, { allow: route.methods.join(', ') });
      req.resume();
      return;
    }
    await route.handle(req, res, url);
  }

  const server = http.createServer((req, res) => {
    inFlight++;
    const started = Date.now();
    res.on('close', () => {
      inFlight--;
      logger.info({ method: req.method, path: (req.url ?? '').split('?')[0], status: res.statusCode, ms: Date.now() - started }, 'request');
      if (closing) server.closeIdleConnections();
      if (inFlight === 0 && idle) idle();
    });
    onRequest(req, res).catch((e: unknown) => {
      const err = e as Error;
      logger.error({ err: { name: err?.name, message: err?.message, stack: err?.stack }, path: (req.url ?? '').split('?')[0] }, 'request failed');
      if (!res.headersSent) sendError(res, 500, 'internal', 'en');
      else res.destroy();
    });
  });
  server.requestTimeout = 60_000;
  server.headersTimeout = 30_000;

  return {
    server,
    close() {
      return new Promise<void>((resolve) => {
        let closed = false;
        let drained = inFlight === 0;
        const done = () => { if (closed && drained) resolve(); };
        closing = true;
        idle = () => { drained = true; done(); };
        server.close(() => { closed = true; done(); });
        // Keep-alive connections with no request in flight would hold close() open.
        server.closeIdleConnections();
      });
    },
  };
}
