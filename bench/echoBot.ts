// A bare Bot Framework echo bot: CloudAdapter + ActivityHandler, mounted on a node:http server the same way as ours
// (POST /api/messages: read the body, JSON.parse, adapter.processActivity(auth, activity, logic), the
// InvokeResponse's body as JSON; expectReplies returns the replies in the response). No store, no logging.
// With ECHO_CLIENT_CACHE=1 it reuses connector and user-token clients across turns as our adapter does
// (src/bot/teams/clientCache.ts): the reference for what the assistant costs beyond that adapter.
// Run as a process: PORT=… node -r tsx/cjs bench/echoBot.ts
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type TurnContext } from 'botbuilder';
import { createClientCache } from '../src/bot/teams/clientCache';

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }
}

type Auth = Parameters<CloudAdapter['processActivityDirect']>[0];
class EchoAdapter extends CloudAdapter {
  runActivity(auth: Auth, activity: Activity, logic: (context: TurnContext) => Promise<void>) {
    return this.processActivity(auth as never, activity, logic);
  }
}

export function createEchoServer(opts: { clientCache?: boolean } = {}): http.Server {
  const auth = new ConfigurationBotFrameworkAuthentication({});
  const clients = opts.clientCache ? createClientCache(auth) : undefined;
  const adapter = new EchoAdapter(clients?.auth ?? auth);
  const bot = new EchoBot();
  const send = (res: http.ServerResponse, status: number, body?: unknown) => {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) });
    res.end(text);
  };
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') { send(res, 200, { status: 'ok' }); return; }
    if (url.pathname !== '/api/messages' || req.method !== 'POST') { send(res, 404, { error: 'not_found' }); req.resume(); return; }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        try {
          const activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Activity;
          const logic = (ctx: TurnContext) => bot.run(ctx);
          const out = clients
            ? await adapter.runActivity(clients.reuse(await clients.auth.authenticateRequest(activity, req.headers.authorization ?? '')), activity, logic)
            : await adapter.runActivity(req.headers.authorization ?? '', activity, logic);
          send(res, out?.status ?? 200, out?.body);
        } catch {
          send(res, 500, { error: 'internal' });
        }
      })();
    });
  });
}

if (require.main === module) {
  const server = createEchoServer({ clientCache: process.env.ECHO_CLIENT_CACHE === '1' });
  server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
    process.stdout.write(`${JSON.stringify({ msg: 'listening', port: (server.address() as AddressInfo).port })}\n`);
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}
