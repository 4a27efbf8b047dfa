// Starts a throwaway redis-server on a free loopback port (no persistence but an explicit SHUTDOWN SAVE on halt, so
// restart() keeps the data). Returns null when redis-server is not on the PATH.
//   const d = hasRedisServer() ? describe : describe.skip   (pick the function into a variable; lint forbids a literal .skip call)
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export interface RedisServer {
  url: string;
  port: number;
  /** The running redis-server's process id (the benchmarks read its CPU time); undefined while halted. */
  pid(): number | undefined;
  /** Stop for good and remove the temp dir. */
  stop(): Promise<void>;
  /** Stop (saving the data) and start again on the same port. */
  restart(): Promise<void>;
  /** Stop, saving the data to the temp dir (Redis is down until start()). */
  halt(): Promise<void>;
  /** Start again after halt(), on the same port, with the saved data. */
  start(): Promise<void>;
}

export function redisServerPath(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const p = join(dir, 'redis-server');
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Whether the Redis tests can run. In CI (CI=true) they must: this returns true there, and startRedis fails loudly. */
export function hasRedisServer(): boolean {
  if (redisServerPath()) return true;
  if (process.env.CI) return true;
  console.warn('\n!!!!! redis-server is not on the PATH: the Redis state store tests are SKIPPED. apt-get install redis-server !!!!!\n');
  return false;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** Sends one inline command; resolves with the first reply line, or rejects when nothing listens. */
function command(port: number, cmd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const sock = createConnection({ host: '127.0.0.1', port });
    let buf = '';
    sock.setTimeout(2000, () => sock.destroy(new Error('timeout')));
    sock.on('connect', () => sock.write(`${cmd}\r\n`));
    sock.on('data', (d) => {
      buf += d.toString();
      if (buf.includes('\r\n')) {
        sock.end();
        resolve(buf.split('\r\n')[0]);
      }
    });
    sock.on('error', reject);
    sock.on('close', () => resolve(buf));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const p of live) p.kill('SIGKILL');
});

export async function startRedis(): Promise<RedisServer | null> {
  const bin = redisServerPath();
  if (!bin) {
    if (process.env.CI) throw new Error('redis-server is not on the PATH, and CI must run the Redis tests');
    console.warn('\n!!!!! redis-server is not on the PATH: Redis tests cannot run !!!!!\n');
    return null;
  }
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'gt-redis-'));
  let proc: ChildProcess | undefined;

  const launch = async () => {
    const p = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no',
      '--dir', dir, '--dbfilename', 'dump.rdb', '--protected-mode', 'no', '--daemonize', 'no', '--loglevel', 'warning'],
    { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    p.stderr?.on('data', (d) => { stderr += d.toString(); });
    live.add(p);
    p.once('exit', () => live.delete(p));
    proc = p;
    for (let i = 0; i < 200; i++) {
      if (p.exitCode !== null) throw new Error(`redis-server exited with ${p.exitCode}: ${stderr}`);
      try {
        if ((await command(port, 'PING')) === '+PONG') return;
      } catch {
        // not up yet
      }
      await sleep(25);
    }
    throw new Error(`redis-server did not start on port ${port}: ${stderr}`);
  };

  const waitExit = (p: ChildProcess, ms: number) => new Promise<boolean>((resolve) => {
    if (p.exitCode !== null || p.signalCode !== null) return resolve(true);
    const t = setTimeout(() => resolve(false), ms);
    p.once('exit', () => {
      clearTimeout(t);
      resolve(true);
    });
  });

  const halt = async () => {
    const p = proc;
    if (!p) return;
    proc = undefined;
    await command(port, 'SHUTDOWN SAVE').catch(() => '');
    if (!(await waitExit(p, 5000))) {
      p.kill('SIGKILL');
      await waitExit(p, 5000);
    }
  };

  await launch();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pid: () => proc?.pid,
    halt,
    start: launch,
    restart: async () => {
      await halt();
      await launch();
    },
    stop: async () => {
      const p = proc;
      proc = undefined;
      if (p) {
        p.kill('SIGTERM');
        if (!(await waitExit(p, 5000))) {
          p.kill('SIGKILL');
          await waitExit(p, 5000);
        }
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
