// Redis stopped under load (extends test/server/twoInstances.test.ts, which covers /healthz and one turn while down):
// 30 interviews in zh-CN and en run concurrently while Redis stops; every reply is either the interview's own or the
// short "temporarily unavailable" in the person's language; the server stays up, recovers by itself when Redis
// returns, and every stored interview is where its acknowledged turns left it (none corrupted, lost or doubled),
// then goes on to the same answer as an uninterrupted run.
import { t } from '../../src/i18n';
import { hasRedisServer, startRedis, type RedisServer } from '../helpers/redisServer';
import { startServer, type StartedServer } from '../helpers/startServer';
import { SCRIPTS, references, resumePoints, say, textsOf, type RefTurn } from './interviews';

const describeRedis = hasRedisServer() ? describe : describe.skip;
const CHANNEL = 'webchat';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describeRedis('Redis stopped under load', () => {
  let redis: RedisServer;
  let srv: StartedServer;
  beforeAll(async () => {
    const r = await startRedis();
    if (!r) throw new Error('redis-server did not start');
    redis = r;
    srv = await startServer({ env: { STATE_STORE: redis.url } });
  });
  afterAll(async () => {
    await srv?.stop();
    await redis?.stop();
  });

  it('answers "temporarily unavailable" in each language, stays up, recovers, corrupts nothing', async () => {
    const refs: RefTurn[][] = await references(CHANNEL);
    const people = Array.from({ length: 30 }, (_, i) => ({ who: `r${i}`, script: i % SCRIPTS.length, acked: 0, inFlight: false, unavailable: 0 }));
    const unavailable = { 'zh-CN': t('zh-CN', 'bot:errors.storeUnavailable'), en: t('en', 'bot:errors.storeUnavailable') };
    let acks = 0;
    let halted: Promise<void> | undefined;

    await Promise.all(people.map(async (p) => {
      const s = SCRIPTS[p.script];
      for (let k = 0; k < s.turns.length; k++) {
        const acts = await say(srv.url, CHANNEL, p.who, s.turns[k], s.locale); // never an HTTP error: always 200
        const texts = textsOf(acts);
        if (texts.length === 1 && (texts[0] === unavailable['zh-CN'] || texts[0] === unavailable.en)) {
          // The short notice, in the person's language (the English scripts send locale en-US), nothing asked.
          expect(texts[0]).toBe(s.locale ? unavailable.en : unavailable['zh-CN']);
          expect(acts[0].value).toEqual({ requestedSlot: null });
          p.unavailable++;
          p.inFlight = true; // the turn may or may not have been saved just before Redis went away
          return;
        }
        expect(texts).toEqual(refs[p.script][k].texts);
        p.acked = k + 1;
        if (++acks === 60) halted = redis.halt();
      }
    }));
    await halted;
    // While Redis is down, more people write: all get the notice quickly, the server stays up.
    const down = await Promise.all(people.slice(0, 10).map((p) => say(srv.url, CHANNEL, `late-${p.who}`, SCRIPTS[p.script].turns[0], SCRIPTS[p.script].locale)));
    for (const [i, acts] of down.entries()) expect(textsOf(acts)).toEqual([SCRIPTS[people[i].script].locale ? unavailable.en : unavailable['zh-CN']]);
    expect(people.filter((p) => p.unavailable > 0).length).toBeGreaterThan(0);
    expect((await fetch(`${srv.url}/healthz`)).status).toBe(503);

    await redis.start();
    // It recovers by itself: no restart of the server.
    let status = 0;
    for (let i = 0; i < 100 && status !== 200; i++) {
      status = (await fetch(`${srv.url}/healthz`)).status;
      if (status !== 200) await sleep(100);
    }
    expect(status).toBe(200);

    // Where each conversation stands in the store, against the reference.
    const resumeAt = await resumePoints(redis.url, CHANNEL, people, refs);
    // And each goes on to the answer an uninterrupted run gives.
    await Promise.all(people.map(async (p) => {
      const s = SCRIPTS[p.script];
      for (let k = resumeAt.get(p.who)!; k < s.turns.length; k++) {
        const acts = await say(srv.url, CHANNEL, p.who, s.turns[k], s.locale);
        expect([p.who, k, textsOf(acts)]).toEqual([p.who, k, refs[p.script][k].texts]);
      }
    }));
  }, 60_000);
});
