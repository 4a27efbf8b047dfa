// Starts the whole app in this process on a free port with a temporary SQLite store: `{ url, stop }`.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import type { DialogTurn, WarmUp } from '../../src/conversation/types';
import { silentLogger, type Logger } from '../../src/log';
import { startApp, type App } from '../../src/server/app';
import type { StateStore } from '../../src/store';

export interface StartServerOptions {
  env?: Record<string, string>;
  dialog?: DialogTurn;
  dialogVersion?: number;
  store?: StateStore;
  publicDir?: string;
  /** The app's clock (months of conversations and reminders). */
  clock?: () => Date;
  /** Work for the server once healthy (src/server/app.ts's warmUp); default none. */
  warmUp?: WarmUp;
  /** Where the app logs; default nowhere. */
  logger?: Logger;
}

export interface StartedServer { url: string; app: App; dir: string; stop(): Promise<void> }

export async function startServer(opts: StartServerOptions = {}): Promise<StartedServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'guantong-server-'));
  const config = loadConfig({ PORT: '0', STATE_STORE: `sqlite:${path.join(dir, 'state.db')}`, LOG_LEVEL: 'silent', ...opts.env });
  const real = opts.dialog ? undefined : await realDialog();
  const app = await startApp({
    config,
    logger: opts.logger ?? silentLogger,
    dialog: opts.dialog ?? real!.dialogTurn,
    dialogVersion: opts.dialogVersion ?? real?.DIALOG_VERSION ?? 1,
    store: opts.store,
    publicDir: opts.publicDir ?? path.join(dir, 'no-public'),
    host: '127.0.0.1',
    ...(opts.clock ? { clock: opts.clock } : {}),
    ...(opts.warmUp ? { warmUp: opts.warmUp } : {}),
  });
  return {
    url: app.url,
    app,
    dir,
    async stop() {
      await app.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The real interview, from src/dialogs. */
export async function realDialog(): Promise<{ dialogTurn: DialogTurn; DIALOG_VERSION: number }> {
  return (await import('../../src/conversation/dialogWithQa')) as { dialogTurn: DialogTurn; DIALOG_VERSION: number };
}
