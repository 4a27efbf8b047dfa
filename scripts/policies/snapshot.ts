// Records the engine's answers over a fixed, seeded set of profiles (a grid plus random ones), one JSON line each,
// so a change to the rule data can be diffed against the answers before it: `tsx scripts/policies/snapshot.ts > a.jsonl`.
import { evaluate } from '../../src/rules';
import {
  COMPETITION_TIERS, HONOR_IDS, MEDALS, REGIONS, SERIES, SKILL_LEVELS, TECH_SCHOOL_CLASSES, TITLE_LEVELS,
} from '../../src/rules/vocabulary';

let seed = 20261201;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
const maybe = <T>(p: number, f: () => T): T | undefined => (rnd() < p ? f() : undefined);
const month = () => `${2005 + Math.floor(rnd() * 24)}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}`;
const OCCUPATIONS = ['焊工', '电工', '制冷工', '厨师', '车工', '架子工'];
const PLACES = ['无锡', '重庆', '成都', '昆山', '北京', '江北'];

function randomProfile(): Record<string, unknown> {
  const p: Record<string, unknown> = { region: pick(REGIONS), asOf: month() };
  const skills = Array.from({ length: Math.floor(rnd() * 3) }, () => ({
    level: pick(SKILL_LEVELS), ...(rnd() < 0.8 ? { since: month() } : {}), ...(rnd() < 0.3 ? { occupation: pick(OCCUPATIONS) } : {}),
  }));
  const titles = Array.from({ length: Math.floor(rnd() * 2.4) }, () => ({
    level: pick(TITLE_LEVELS), ...(rnd() < 0.8 ? { since: month() } : {}), ...(rnd() < 0.3 ? { series: pick(SERIES) } : {}),
  }));
  const awards = Array.from({ length: Math.floor(rnd() * 2.2) }, () => (rnd() < 0.5
    ? { type: 'honor', id: pick(HONOR_IDS) }
    : {
      type: 'competition', tier: pick(COMPETITION_TIERS),
      ...(rnd() < 0.6 ? { rank: 1 + Math.floor(rnd() * 8) } : {}), ...(rnd() < 0.3 ? { medal: pick(MEDALS) } : {}),
      ...(rnd() < 0.3 ? { teamSize: pick([1, 2, 3]) } : {}),
    }));
  if (skills.length) p.skills = skills;
  if (titles.length) p.titles = titles;
  if (awards.length) p.awards = awards;
  const wy = maybe(0.6, () => Math.floor(rnd() * 30 * 2) / 2);
  if (wy !== undefined) p.workYears = wy;
  const ar = maybe(0.7, () => rnd() < 0.8);
  if (ar !== undefined) p.annualReviewsPassed = ar;
  const rd = maybe(0.3, () => rnd() < 0.5);
  if (rd !== undefined) p.relatedDiploma = rd;
  const ts = maybe(0.15, () => pick(TECH_SCHOOL_CLASSES));
  if (ts) p.techSchoolClass = ts;
  if (p.region === 'national' && rnd() < 0.2) p.place = pick(PLACES);
  return p;
}

function gridProfiles(): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const region of REGIONS) {
    for (const asOf of ['2019-06', '2020-03', '2021-08', '2026-11']) {
      out.push({ region, asOf });
      for (const level of SKILL_LEVELS) {
        for (const since of ['2010-01', '2024-05', '2027-01']) {
          for (const annualReviewsPassed of [true, false, undefined]) out.push({ region, asOf, skills: [{ level, since }], annualReviewsPassed });
        }
      }
      for (const level of TITLE_LEVELS) {
        for (const since of ['2010-01', '2024-05', '2027-01']) {
          for (const workYears of [undefined, 3, 12]) out.push({ region, asOf, titles: [{ level, since }], workYears, annualReviewsPassed: true });
        }
      }
      for (const id of HONOR_IDS) out.push({ region, asOf, awards: [{ type: 'honor', id }], annualReviewsPassed: true });
      for (const tier of COMPETITION_TIERS) {
        for (const rank of [1, 3, 5, 6]) {
          for (const teamSize of [1, 2, 3]) out.push({ region, asOf, awards: [{ type: 'competition', tier, rank, teamSize }] });
        }
      }
    }
  }
  return out;
}

const profiles = [...gridProfiles(), ...Array.from({ length: 4000 }, randomProfile)];
for (const p of profiles) {
  const answer = (locale: 'zh-CN' | 'en') => {
    try {
      return evaluate(p, { locale });
    } catch (e) {
      return { error: (e as Error).message };
    }
  };
  process.stdout.write(`${JSON.stringify({ p, zh: answer('zh-CN'), en: answer('en') })}\n`);
}
