// Child processes for the benchmarks (each one a server on 127.0.0.1), killed by their own PID on exit.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { freePort } from '../test/helpers/redisServer';
import { sleep } from './interview';

export const REPO = path.resolve(__dirname, '..');

const live = new Set<ChildProcess>();
process.once('exit', () => { for (const p of live) p.kill('SIGKILL'); });

/**
 * CPU time (user + system, all threads) a process has used so far, in µs, from /proc/<pid>/stat (Linux; USER_HZ is 100,
 * so 10 ms steps); undefined where there is no /proc or the process is gone.
 */
export function cpuMicros(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After the command name (in parentheses, may hold spaces): state is field 3, utime 14, stime 15.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10_000;
  } catch {
    return undefined;
  }
}

export interface Served { url: string; child: ChildProcess; stop(): Promise<void>; mem(): Promise<NodeJS.MemoryUsage> }

export { freePort };

/**
 * Spawns `node [flags] <entry>` with an IPC channel; stdout and stderr go to /dev/null (logs included). A .ts entry
 * runs through tsx; the servers measured run compiled, from dist/ (`npm run build`), as `npm start` runs them.
 */
export function spawnNode(entry: string, env: Record<string, string>, flags: string[] = []): ChildProcess {
  const child = spawn(process.execPath, [...flags, ...(entry.endsWith('.ts') ? ['-r', 'tsx/cjs'] : []), entry], {
    cwd: REPO,
    env: { ...process.env, WECHATY_PUPPET: '', MicrosoftAppId: '', ...env },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  live.add(child);
  child.once('exit', () => live.delete(child));
  return child;
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) { resolve(); return; }
    const t = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => { clearTimeout(t); resolve(); });
    child.kill('SIGTERM');
  });
}

/** GET url → status, or 0 when nothing answers. */
export function getStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent: false }, (res) => { res.resume(); resolve(res.statusCode ?? 0); });
    req.on('error', () => resolve(0));
    req.setTimeout(2000, () => req.destroy());
  });
}

export async function waitHealthy(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => { stderr += d.toString(); });
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}): ${stderr}`);
    if ((await getStatus(`${url}/healthz`)) === 200) return;
    await sleep(20);
  }
  throw new Error(`server at ${url} not healthy after ${timeoutMs} ms: ${stderr}`);
}

async function serve(entry: string, env: Record<string, string>, flags: string[] = []): Promise<Served> {
  const port = await freePort();
  const child = spawnNode(entry, { PORT: String(port), ...env }, flags);
  const url = `http://127.0.0.1:${port}`;
  await waitHealthy(url, child);
  return {
    url,
    child,
    stop: () => stopChild(child),
    mem: () => new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('no memory report')), 10_000);
      const on = (m: unknown) => {
        const mem = (m as { mem?: NodeJS.MemoryUsage }).mem;
        if (mem) { clearTimeout(t); child.off('message', on); resolve(mem); }
      };
      child.on('message', on);
      child.send('mem');
    }),
  };
}

/** Our server (the real app, LOG_LEVEL=info to /dev/null as in production) on the given state store. The per-person
 * rate limit is off (RATE_LIMIT_PER_MINUTE=0): each benchmark conversation sends far faster than a person can. */
export const serveApp = (stateStore: string): Promise<Served> =>
  serve('dist/bench/appProcess.js', { STATE_STORE: stateStore, LOG_LEVEL: 'info', RATE_LIMIT_PER_MINUTE: '0' }, ['--expose-gc']);

/** The bare botbuilder echo bot; with clientCache, reusing botbuilder's clients across turns as our adapter does. */
export const serveEcho = (opts: { clientCache?: boolean } = {}): Promise<Served> =>
  serve('dist/bench/echoBot.js', opts.clientCache ? { ECHO_CLIENT_CACHE: '1' } : {}, ['--expose-gc']);
