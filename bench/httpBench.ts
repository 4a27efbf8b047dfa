// HTTP: messages per second and p50 / p99 latency through /api/messages (expectReplies) at several concurrencies,
// ours on SQLite and on Redis beside the bare botbuilder echo bot, interleaved in rounds in the same run so that the
// machine's noise falls on all three alike. Every server is its own process on 127.0.0.1; the load comes from here.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startRedis, type RedisServer } from '../test/helpers/redisServer';
import { round2 } from './interview';
import { checkEcho, checkInterview, runLoad, type LoadResult } from './load';
import { snapshotSizes, type SnapshotFigures } from './memoryBench';
import { serveApp, serveEcho, type Served } from './procs';

/** echo: bare botbuilder; echo-cached: the same with botbuilder's clients reused across turns, as our adapter does. */
export type Target = 'echo' | 'echo-cached' | 'sqlite' | 'redis';
export interface HttpCell extends LoadResult {
  target: Target; concurrency: number;
  /** Our throughput over the bare echo bot's (the target), and over the echo bot on our kind of adapter. */
  ratioToEcho?: number; ratioToCachedEcho?: number;
  /** saturated: no pause between a reply and the next message; paced: a think time of mean `thinkMs`. */
  load: 'saturated' | 'paced'; thinkMs: number;
}
export interface HttpFigures {
  cells: HttpCell[]; rounds: number; secondsPerRound: number; pacedSecondsPerRound: number; redis: boolean; wrong: string[]; snapshots: SnapshotFigures;
}

export interface HttpOptions {
  concurrencies?: number[]; rounds?: number; seconds?: number; warmupSeconds?: number;
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
  };
}

export async function benchHttp(o: HttpOptions = {}): Promise<HttpFigures> {
  const concurrencies = o.concurrencies ?? [1, 50, 200];
  const rounds = o.rounds ?? 2;
  const seconds = o.seconds ?? 3;
  const warmupSeconds = o.warmupSeconds ?? 0.5;
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
    const paced = o.paced ?? { concurrency: 200, thinkMs: 1000, seconds: 8 };
    const plan = [
      ...concurrencies.map((c) => ({ c, thinkMs: 0, seconds })),
      { c: paced.concurrency, thinkMs: paced.thinkMs, seconds: paced.seconds },
    ];
    for (const { c, thinkMs, seconds: s } of plan) {
      const got: Record<string, LoadResult[]> = {};
      for (let r = 0; r < rounds; r++) {
        // Alternate the order between rounds.
        // The paced cell is about latency: the bare echo bot is its reference.
        const these = thinkMs ? targets.filter((t) => t !== 'echo-cached') : targets;
        const order = r % 2 === 0 ? these : [...these].reverse();
        for (const t of order) {
          const res = await runLoad(servers[t]!.url, {
            concurrency: c, seconds: s, warmupSeconds: thinkMs ? warmupSeconds + (2 * thinkMs) / 1000 : warmupSeconds,
            maxMessages: 200_000, tag: `c${c}-t${thinkMs}-r${r}-${t}`, thinkMs,
            check: t.startsWith('echo') ? checkEcho : checkInterview, onWrong: onWrong(t),
          });
          (got[t] ??= []).push(res);
        }
      }
      const echo = merge(got.echo);
      const load = thinkMs ? 'paced' as const : 'saturated' as const;
      const cached = got['echo-cached'] ? merge(got['echo-cached']) : undefined;
      for (const t of targets) {
        if (!got[t]) continue;
        const m = t === 'echo' ? echo : merge(got[t]);
        const ours = t === 'sqlite' || t === 'redis';
        cells.push({
          target: t, concurrency: c, load, thinkMs, ...m,
          ...(t === 'echo' ? {} : { ratioToEcho: round2(m.perSecond / echo.perSecond) }),
          ...(ours && cached ? { ratioToCachedEcho: round2(m.perSecond / cached.perSecond) } : {}),
        });
      }
    }
    await Promise.all(Object.values(servers).map((s) => s.stop()));
    return {
      cells, rounds, secondsPerRound: seconds, pacedSecondsPerRound: paced.seconds, redis: Boolean(redis), wrong, snapshots: snapshotSizes(sqliteFile),
    };
  } finally {
    await Promise.all(Object.values(servers).map((s) => s.stop()));
    await redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
