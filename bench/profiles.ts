// Generated profiles across regions for the benchmarks: a fixed-seed mix of skills, titles, years and awards.
import { HONOR_IDS, REGIONS, SKILL_LEVELS, TITLE_LEVELS, COMPETITION_TIERS, type ProfileInput } from '../src/rules';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export function generateProfiles(n: number, seed = 42): ProfileInput[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const month = () => `${2005 + Math.floor(r() * 21)}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}`;
  const out: ProfileInput[] = [];
  for (let i = 0; i < n; i++) {
    const p: ProfileInput = { region: REGIONS[i % REGIONS.length], asOf: '2026-11' };
    if (r() < 0.8) p.skills = [{ level: pick(SKILL_LEVELS), since: month() }];
    if (r() < 0.4) p.titles = [{ level: pick(TITLE_LEVELS), since: month() }];
    if (r() < 0.7) p.workYears = Math.floor(r() * 30);
    if (r() < 0.8) p.annualReviewsPassed = r() < 0.85;
    if (r() < 0.3) p.awards = [r() < 0.6 ? { type: 'honor', id: pick(HONOR_IDS) } : { type: 'competition', tier: pick(COMPETITION_TIERS), rank: 1 + Math.floor(r() * 8) }];
    if (r() < 0.2) p.relatedDiploma = true;
    out.push(p);
  }
  return out;
}
