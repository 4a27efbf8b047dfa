// SIGKILL in the middle of 100 concurrent interviews (the real server process, SQLite): after a restart every
// interview resumes where its last acknowledged turn left it (or one turn further when that turn was in flight and
// committed), none lost or applied twice, and each goes on to the same answer as an uninterrupted run.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnServer, type SpawnedServer } from '../helpers/spawnServer';
import { SCRIPTS, references, resumePoints, say, textsOf, type RefTurn } from './interviews';

const CHANNEL = 'webchat';
const PEOPLE = 100;

let dir: string;
const children: SpawnedServer[] = [];
beforeAll(() => { dir = mkdtempSync(path.join(os.tmpdir(), 'guantong-kill-')); });
afterAll(async () => {
  for (const c of children) if (c.child.exitCode === null && c.child.signalCode === null) { c.child.kill('SIGKILL'); await c.exited; }
  rmSync(dir, { recursive: true, force: true });
});

it('resumes 100 interviews after SIGKILL mid-way, none lost or doubled', async () => {
  const refs: RefTurn[][] = await references(CHANNEL);
  const env = { STATE_STORE: `sqlite:${path.join(dir, 'state.db')}` };
  const first = await spawnServer(env);
  children.push(first);

  const people = Array.from({ length: PEOPLE }, (_, i) => ({ who: `w${i}`, script: i % SCRIPTS.length, acked: 0, inFlight: false }));
  const total = people.reduce((n, p) => n + SCRIPTS[p.script].turns.length, 0);
  let acks = 0;
  let killed = false;
  const killAt = Math.floor(total * 0.45);

  await Promise.all(people.map(async (p) => {
    const s = SCRIPTS[p.script];
    for (let k = 0; k < s.turns.length; k++) {
      try {
        const acts = await say(first.url, CHANNEL, p.who, s.turns[k], s.locale);
        // Acknowledged: the replies are what the uninterrupted run said.
        expect(textsOf(acts)).toEqual(refs[p.script][k].texts);
        p.acked = k + 1;
        if (++acks === killAt && !killed) { killed = true; first.child.kill('SIGKILL'); }
      } catch (e) {
        if (!killed) throw e;
        p.inFlight = true;
        return;
      }
    }
  }));
  expect(killed).toBe(true);
  expect((await first.exited).signal).toBe('SIGKILL');
  expect(people.some((p) => p.acked > 0 && p.acked < SCRIPTS[p.script].turns.length)).toBe(true);

  // Where each conversation stands in the store, against the reference.
  const resumeAt = await resumePoints(env.STATE_STORE, CHANNEL, people, refs);

  const second = await spawnServer(env);
  children.push(second);
  await Promise.all(people.map(async (p) => {
    const s = SCRIPTS[p.script];
    for (let k = resumeAt.get(p.who)!; k < s.turns.length; k++) {
      const acts = await say(second.url, CHANNEL, p.who, s.turns[k], s.locale);
      // The next turn after the restart asks for what the uninterrupted run asks for, with the same words.
      expect([p.who, k, acts.at(-1)?.value?.requestedSlot ?? null]).toEqual([p.who, k, refs[p.script][k].requestedSlot]);
      expect(textsOf(acts)).toEqual(refs[p.script][k].texts);
    }
  }));
  // Every interview reached its answer.
  expect(refs.every((r) => r.at(-1)!.answered)).toBe(true);
  second.child.kill('SIGTERM');
  expect((await second.exited).code).toBe(0);
}, 90_000);
