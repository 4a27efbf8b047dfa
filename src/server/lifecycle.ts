// Process lifecycle: exit 2 on a bad configuration; on SIGTERM / SIGINT stop accepting, finish the turns in
// flight, close the store and exit 0.
import { ConfigError, loadConfig, type Config } from '../config';
import type { DialogTurn, WarmUp } from '../conversation/types';
import { createLogger, type Logger } from '../log';
import { startApp, type App } from './app';

const errInfo = (e: unknown) => ({ name: (e as Error)?.name, message: (e as Error)?.message });

/** The configuration, or exit 2 with one line per bad variable. */
export function configOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
}

export function stopOnSignals(app: App, logger: Logger): void {
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    app.stop().then(
      () => process.exit(0),
      (e: unknown) => {
        logger.error({ err: errInfo(e) }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

/** The whole process: configuration, logger, app, signals. */
export async function runServer(dialog: DialogTurn, dialogVersion: number, warmUp?: WarmUp): Promise<void> {
  const config = configOrExit();
  const logger = createLogger(config.LOG_LEVEL);
  process.on('unhandledRejection', (e) => logger.error({ err: { ...errInfo(e), stack: (e as Error)?.stack } }, 'unhandled rejection'));
  let app: App;
  try {
    app = await startApp({ config, logger, dialog, dialogVersion, ...(warmUp ? { warmUp } : {}) });
  } catch (e) {
    logger.fatal({ err: errInfo(e) }, 'could not start');
    process.exit(1);
  }
  stopOnSignals(app, logger);
}
