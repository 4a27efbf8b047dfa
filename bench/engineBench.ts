// Engine: microseconds per evaluation (validation included) over generated profiles, on one core.
import { evaluate } from '../src/rules';
import { generateProfiles } from './profiles';

export interface EngineFigures { profiles: number; evaluations: number; usPerEvaluation: number; target: number }

export function benchEngine(count = 2000, rounds = 20): EngineFigures {
  const profiles = generateProfiles(count);
  for (const p of profiles) evaluate(p); // warm up
  const start = process.hrtime.bigint();
  for (let k = 0; k < rounds; k++) for (const p of profiles) evaluate(p);
  const ns = Number(process.hrtime.bigint() - start);
  const evaluations = count * rounds;
  return { profiles: count, evaluations, usPerEvaluation: Math.round((ns / evaluations / 1000) * 100) / 100, target: 20 };
}
