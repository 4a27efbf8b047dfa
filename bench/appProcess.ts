// The real app in a child process for the HTTP and memory benchmarks: exactly what src/index.ts runs (configuration
// from the environment, the pino logger at LOG_LEVEL, startApp with the real dialog), plus an IPC channel that
// answers 'mem' with process.memoryUsage() after a full GC (run with node --expose-gc) and 'loop' with the event
// loop's delay since the last 'loop'.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadConfig } from '../src/config';
import { DIALOG_VERSION, dialogTurn } from '../src/conversation/dialogWithQa';
import { createLogger } from '../src/log';
import { startApp } from '../src/server/app';

async function main() {
  const config = loadConfig(process.env);
  const logger = createLogger(config.LOG_LEVEL);
  const app = await startApp({ config, logger, dialog: dialogTurn, dialogVersion: DIALOG_VERSION, host: '127.0.0.1' });
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  process.on('message', (m: unknown) => {
    if (m === 'loop') {
      process.send?.({ loop: { p50Ms: loop.percentile(50) / 1e6, p99Ms: loop.percentile(99) / 1e6, maxMs: loop.max / 1e6 } });
      loop.reset();
    }
    if (m === 'mem') {
      const gc = (globalThis as { gc?: () => void }).gc;
      gc?.();
      gc?.();
      process.send?.({ mem: process.memoryUsage() });
    }
  });
  process.on('SIGTERM', () => void app.stop().then(() => process.exit(0)));
  process.send?.({ listening: app.port });
}
void main();
