// Trains the Q&A's intent classifier in a worker thread (src/conversation/qaWorker.ts), so that the server answers
// requests meanwhile. The worker file sits next to this one with its own extension: .js in dist/, .ts under tsx and
// jest (then loaded through tsx's require hook, a dev dependency; production runs the compiled .js, no loader).
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Trained } from '../qa';

export const QA_WORKER_FILE = join(__dirname, `qaWorker${extname(__filename)}`);

/** The shipped intents' classifier data, trained in a worker; rejects if the worker fails or `signal` aborts. */
export function trainInWorker(opts: { signal?: AbortSignal; file?: string } = {}): Promise<Trained> {
  const file = opts.file ?? QA_WORKER_FILE;
  return new Promise<Trained>((resolve, reject) => {
    if (opts.signal?.aborted) { reject(new Error('aborted')); return; }
    // TypeScript (tsx, jest): the worker registers tsx's require hook first (the sources are CommonJS), then loads it.
    const worker = file.endsWith('.ts')
      ? new Worker(`require(${JSON.stringify(require.resolve('tsx/cjs/api'))}).register(); require(${JSON.stringify(file)});`, { eval: true, execArgv: [] })
      : new Worker(file, { execArgv: process.execArgv.filter((a) => a === '--enable-source-maps') });
    worker.unref(); // never what keeps a process alive
    let done = false;
    const finish = (e: Error | undefined, data?: Trained) => {
      if (done) return;
      done = true;
      opts.signal?.removeEventListener('abort', abort);
      if (e) { void worker.terminate(); reject(e); } else resolve(data!);
    };
    const abort = () => finish(new Error('aborted'));
    opts.signal?.addEventListener('abort', abort, { once: true });
    worker.once('message', (data: Trained) => finish(undefined, data));
    worker.once('error', (e) => finish(e));
    worker.once('exit', (code) => finish(new Error(`the Q&A worker exited (code ${code}) before sending its model`)));
  });
}
