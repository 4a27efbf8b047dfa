// HTTP: messages per second and p50 / p99 latency through /api/messages (expectReplies) at several concurrencies,
// ours on SQLite and on Redis beside the bare botbuilder echo bot, interleaved in rounds in the same run so that the
// machine's noise falls on all three alike. Every server is its own process on 127.0.0.1; the load comes from here.
// Also each server's CPU time per message (and redis-server's), which the machine's other work changes far less.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { startRedis, type RedisServer } from '../test/helpers/redisServer';
import { round2 } from './interview';
import { checkEcho, checkInterview, runLoad, type LoadResult } from './load';
import { snapshotSizes, type SnapshotFigures } from './memoryBench';
import { cpuMicros, serveApp, serveEcho, type Served } from './procs';

/** echo: bare botbuilder; echo-cached: the same with botbuilder's clients reused across turns, as our adapter does. */
export type Target = 'echo' | 'echo-cached' | 'sqlite' | 'redis';
export interface HttpCell extends LoadResult {
  target: Target; concurrency: number;
  /** Our throughput over the bare echo bot's (the target), and over the echo bot on our kind of adapter. */
  ratioToEcho?: number; ratioToCachedEcho?: number;
  /** saturated: no pause between a reply and the next message; paced: a think time of mean `thinkMs`. */
  load: 'saturated' | 'paced'; thinkMs: number;
  rounds: number;
  /** Ours over echo round by round (each against the echo run of its own round), their median and range. */
  roundRatios?: number[]; medianRatio?: number; minRatio?: number; maxRatio?: number;
  /**
   * CPU time of the server's process (all its threads) per response, µs: over all rounds, and round by round. For
   * Redis also redis-server's. Read from /proc; absent elsewhere.
   */
  cpuUsPerMessage?: number; roundCpuUsPerMessage?: number[]; redisCpuUsPerMessage?: number;
  /** Our server's CPU per message over the echo bot's in the same cell. */
  cpuToEcho?: number;
}
export interface HttpFigures {
  cells: HttpCell[]; rounds: number; secondsPerRound: number; pacedSecondsPerRound: number; redis: boolean; wrong: string[]; snapshots: SnapshotFigures;
  /** The concurrency of the target cell, its rounds and seconds per round. */
  target: { concurrency: number; rounds: number; seconds: number };
  /** The 1-minute load average before and after the section (os.loadavg). */
  loadAverage: { before: number; after: number };
}

export interface HttpOptions {
  concurrencies?: number[]; rounds?: number; seconds?: number; warmupSeconds?: number;
  /** The target's cell (default 50 conversations) runs more, shorter rounds: its ratio is read round by round. */
  target?: { concurrency: number; rounds: number; seconds: number };
  /** The paced cell: this many conversations, each pausing a think time of mean thinkMs (default 200 and 1,000 ms). */
  paced?: { concurrency: number; thinkMs: number; seconds: number };
}

function merge(rs: LoadResult[]): LoadResult {
  // Rounds pooled: total messages over total time; latency percentiles as the median of the rounds' percentiles.
  const med = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
  const messages = rs.reduce((n, r) => n + r.messages, 0);
  const seconds = rs.reduce((n, r) => n + r.seconds, 0);
  return {
    messages, seconds: round2(seconds), perSecond: Math.round((messages / seconds) * 10) / 10,
    p50Ms: med(rs.map((r) => r.p50Ms)), p99Ms: med(rs.map((r) => r.p99Ms)),
    errors: rs.reduce((n, r) => n + r.errors, 0), answers: rs.reduce((n, r) => n + r.answers, 0),
    responses: rs.reduce((n, r) => n + r.responses, 0),
  };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** One run's load result with the CPU µs its server (and redis-server) used meanwhile. */
interface Run extends LoadResult { cpuUs?: number; redisCpuUs?: number }

const cpuPer = (runs: Run[], field: 'cpuUs' | 'redisCpuUs'): number | undefined => {
  if (runs.some((r) => r[field] === undefined)) return undefined;
  const responses = runs.reduce((n, r) => n + r.responses, 0);
  return responses ? Math.round(runs.reduce((n, r) => n + r[field]!, 0) / responses) : undefined;
};

export async function benchHttp(o: HttpOptions = {}): Promise<HttpFigures> {
  const concurrencies = o.concurrencies ?? [1, 50, 200];
  const rounds = o.rounds ?? 2;
  const seconds = o.seconds ?? 3;
  const warmupSeconds = o.warmupSeconds ?? 0.5;
  const target = o.target ?? { concurrency: 50, rounds: 5, seconds: 2 };
  const loadBefore = loadavg()[0];
  const dir = mkdtempSync(path.join(tmpdir(), 'gt-bench-http-'));
  const sqliteFile = path.join(dir, 'state.db');
  let redis: RedisServer | null = null;
  const servers: Partial<Record<Target, Served>> = {};
  try {
    redis = await startRedis();
    servers.echo = await serveEcho();
    servers['echo-cached'] = await serveEcho({ clientCache: true });
    servers.sqlite = await serveApp(`sqlite:${sqliteFile}`);
    if (redis) servers.redis = await serveApp(redis.url);
    const targets = (['echo', 'echo-cached', 'sqlite', 'redis'] as const).filter((t) => servers[t]);
    // Warm every server up (JIT, lazy imports) before anything is measured.
    for (const t of targets) await runLoad(servers[t]!.url, { concurrency: 10, seconds: 1, warmupSeconds: 0, maxMessages: 2000, tag: `warm-${t}` });
    const cells: HttpCell[] = [];
    const wrong: string[] = [];
    const onWrong = (t: Target) => (n: number, body: string) => { if (wrong.length < 5) wrong.push(`${t} message ${n}: ${body.slice(0, 200)}`); };
    const paced = o.paced ?? { concurrency: 200, thinkMs: 1000, seconds: 5 };
    const plan = [
      ...concurrencies.map((c) => (c === target.concurrency ? { c, thinkMs: 0, seconds: target.seconds, rounds: target.rounds } : { c, thinkMs: 0, seconds, rounds })),
      { c: paced.concurrency, thinkMs: paced.thinkMs, seconds: paced.seconds, rounds },
    ];
    const redisPid = () => redis?.pid();
    for (const { c, thinkMs, seconds: s, rounds: cellRounds } of plan) {
      const got: Record<string, Run[]> = {};
      for (let r = 0; r < cellRounds; r++) {
        // Alternate the order between rounds.
        // The paced cell is about latency: the bare echo bot is its reference.
        const these = thinkMs ? targets.filter((t) => t !== 'echo-cached') : targets;
        const order = r % 2 === 0 ? these : [...these].reverse();
        for (const t of order) {
          const pid = servers[t]!.child.pid;
          const cpu0 = cpuMicros(pid);
          const redis0 = t === 'redis' ? cpuMicros(redisPid()) : undefined;
          const res: Run = await runLoad(servers[t]!.url, {
            concurrency: c, seconds: s, warmupSeconds: thinkMs ? warmupSeconds + (2 * thinkMs) / 1000 : warmupSeconds,
            maxMessages: 200_000, tag: `c${c}-t${thinkMs}-r${r}-${t}`, thinkMs,
            check: t.startsWith('echo') ? checkEcho : checkInterview, onWrong: onWrong(t),
          });
          const cpu1 = cpuMicros(pid);
          const redis1 = t === 'redis' ? cpuMicros(redisPid()) : undefined;
          if (cpu0 !== undefined && cpu1 !== undefined) res.cpuUs = cpu1 - cpu0;
          if (redis0 !== undefined && redis1 !== undefined) res.redisCpuUs = redis1 - redis0;
          (got[t] ??= []).push(res);
        }
      }
      const echo = merge(got.echo);
      const load = thinkMs ? 'paced' as const : 'saturated' as const;
      const cached = got['echo-cached'] ? merge(got['echo-cached']) : undefined;
      const echoCpu = cpuPer(got.echo, 'cpuUs');
      for (const t of targets) {
        if (!got[t]) continue;
        const m = t === 'echo' ? echo : merge(got[t]);
        const ours = t === 'sqlite' || t === 'redis';
        const roundRatios = t === 'echo' ? undefined : got[t].map((run, i) => round2(run.perSecond / got.echo[i].perSecond));
        const cpu = cpuPer(got[t], 'cpuUs');
        const redisCpu = t === 'redis' ? cpuPer(got[t], 'redisCpuUs') : undefined;
        cells.push({
          target: t, concurrency: c, load, thinkMs, rounds: cellRounds, ...m,
          ...(t === 'echo' ? {} : { ratioToEcho: round2(m.perSecond / echo.perSecond) }),
          ...(ours && cached ? { ratioToCachedEcho: round2(m.perSecond / cached.perSecond) } : {}),
          ...(roundRatios ? { roundRatios, medianRatio: round2(median(roundRatios)), minRatio: Math.min(...roundRatios), maxRatio: Math.max(...roundRatios) } : {}),
          ...(cpu === undefined ? {} : { cpuUsPerMessage: cpu, roundCpuUsPerMessage: got[t].map((run) => Math.round(run.cpuUs! / Math.max(1, run.responses))) }),
          ...(redisCpu === undefined ? {} : { redisCpuUsPerMessage: redisCpu }),
          ...(cpu !== undefined && echoCpu && t !== 'echo' ? { cpuToEcho: round2(cpu / echoCpu) } : {}),
        });
      }
    }
    await Promise.all(Object.values(servers).map((s) => s.stop()));
    return {
      cells, rounds, secondsPerRound: seconds, pacedSecondsPerRound: paced.seconds, redis: Boolean(redis), wrong, snapshots: snapshotSizes(sqliteFile),
      target, loadAverage: { before: round2(loadBefore), after: round2(loadavg()[0]) },
    };
  } finally {
    await Promise.all(Object.values(servers).map((s) => s.stop()));
    await redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
