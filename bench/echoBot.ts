// A bare Bot Framework echo bot: CloudAdapter + ActivityHandler, mounted on a node:http server the same way as ours
// (POST /api/messages: read the body, JSON.parse, adapter.processActivity(auth, activity, logic), the
// InvokeResponse's body as JSON; expectReplies returns the replies in the response). No store, no logging.
// Run as a process: PORT=… node -r tsx/cjs bench/echoBot.ts
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type TurnContext } from 'botbuilder';

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }
}

class EchoAdapter extends CloudAdapter {
  runActivity(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>) {
    return this.processActivity(authHeader, activity, logic);
  }
}

export function createEchoServer(): http.Server {
  const adapter = new EchoAdapter(new ConfigurationBotFrameworkAuthentication({}));
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
          const out = await adapter.runActivity(req.headers.authorization ?? '', activity, (ctx) => bot.run(ctx));
          send(res, out?.status ?? 200, out?.body);
        } catch {
          send(res, 500, { error: 'internal' });
        }
      })();
    });
  });
}

if (require.main === module) {
  const server = createEchoServer();
  server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
    process.stdout.write(`${JSON.stringify({ msg: 'listening', port: (server.address() as AddressInfo).port })}\n`);
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}
