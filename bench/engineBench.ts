// Engine: microseconds per evaluation (validation included) over generated profiles, on one core (median of 5 batches).
import { evaluate } from '../src/rules';
import { generateProfiles } from './profiles';

export interface EngineFigures { profiles: number; evaluations: number; usPerEvaluation: number; target: number; batches: number[] }

export function benchEngine(count = 2000, rounds = 20): EngineFigures {
  const profiles = generateProfiles(count);
  for (const p of profiles) evaluate(p); // warm up
  // Five batches of rounds/5; the median batch, so that a burst of load from elsewhere on the machine does not decide.
  const per = Math.max(1, Math.round(rounds / 5));
  const batches: number[] = [];
  for (let b = 0; b < 5; b++) {
    const start = process.hrtime.bigint();
    for (let k = 0; k < per; k++) for (const p of profiles) evaluate(p);
    batches.push(Math.round((Number(process.hrtime.bigint() - start) / (count * per) / 1000) * 100) / 100);
  }
  const median = [...batches].sort((a, b) => a - b)[2];
  return { profiles: count, evaluations: count * per * 5, usPerEvaluation: median, target: 20, batches };
}
