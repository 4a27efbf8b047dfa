// The arrows between the two ladders for one region, read off the rule engine's rows (rulesFor), so the picture
// never draws a route the engine does not know. Green channels start from awards, not from a rung: no arrow.
import { rulesFor } from '../rules';
import type { PathRule, Start } from '../rules/ruleSchema';
import type { Direction, Region, SkillLevel, TitleLevel } from '../rules/vocabulary';

export type Rung = { ladder: 'skill'; level: SkillLevel } | { ladder: 'title'; level: TitleLevel };

/** How the years on an arrow are counted. */
export type YearsKind =
  | 'since' //               满 N 年 after obtaining the starting certificate or title
  | 'cumulative' //          累计 N 年 of work
  | 'occupation_standard' // the occupation's national skill standard decides
  | 'none'; //               no time condition

export interface LadderArrow {
  /** The rule row behind the arrow; result paths carry the same id (`Path.ruleId`). */
  ruleId: string;
  direction: Direction;
  route: 'standard' | 'upgrade';
  from: Rung;
  to: Rung;
  /** Further rungs that must be held too (Sichuan's 副高 → 正高 asks for 高级工; 晋级 asks for a title). */
  alsoHolds: Rung[];
  yearsKind: YearsKind;
  years?: number;
}

export interface RegionLadder { region: Region; arrows: LadderArrow[] }

const rung = (s: Start): Rung | null =>
  s.kind === 'skill' ? { ladder: 'skill', level: s.level } : s.kind === 'title' ? { ladder: 'title', level: s.level } : null;

function toArrow(r: PathRule): LadderArrow | null {
  if (r.route === 'green_channel') return null;
  const rungs = r.starts.map(rung);
  const from = rungs[0];
  if (!from) return null;
  const to: Rung = r.direction === 'skill_to_title'
    ? { ladder: 'title', level: r.target as TitleLevel }
    : { ladder: 'skill', level: r.target as SkillLevel };
  let yearsKind: YearsKind = 'none';
  let years: number | undefined;
  for (const c of r.conditions) {
    if (c.type === 'years_since' && c.start === 0) { yearsKind = 'since'; years = c.years; }
    else if (c.type === 'work_years' && yearsKind === 'none') { yearsKind = 'cumulative'; years = c.years; }
    else if (c.type === 'occupation_standard' && yearsKind === 'none') yearsKind = 'occupation_standard';
  }
  return {
    ruleId: r.id, direction: r.direction, route: r.route, from, to,
    alsoHolds: rungs.slice(1).filter((x): x is Rung => x !== null),
    yearsKind, ...(years !== undefined ? { years } : {}),
  };
}

const cache = new Map<Region, RegionLadder>();

/** The region's standard (and 晋级) arrows between and along the two ladders, in rule order. */
export function regionLadder(region: Region): RegionLadder {
  let hit = cache.get(region);
  if (!hit) {
    const arrows = rulesFor(region).paths.map(toArrow).filter((a): a is LadderArrow => a !== null);
    hit = { region, arrows };
    cache.set(region, hit);
  }
  return hit;
}
