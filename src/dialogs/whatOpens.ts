// "那工程师呢" when no route leads there from what the person holds: the lowest level of the other ladder that, once
// held, would open a route to it (by the same rule engine, on a copy of the facts), so the reply says what comes first.
import { evaluate } from '../rules';
import { SKILL_LEVELS, TITLE_LEVELS, skillRank, titleRank, type SkillLevel, type TitleLevel } from '../rules/vocabulary';
import type { Path } from '../rules/result';
import { toProfile, type Facts } from './facts';
import { pathFor } from './renderResult';
import type { ParsedTarget } from './understand';

/** The first level to obtain before `target` opens, with the route it would open; undefined when none does. */
export function whatOpens(f: Facts, target: ParsedTarget, asOf: string): { kind: 'skill' | 'title'; level: SkillLevel | TitleLevel; path: Path } | undefined {
  const month = asOf.slice(0, 7);
  if (target.kind === 'title') {
    const top = Math.max(-1, ...(f.skills ?? []).map((s) => skillRank(s.level)));
    for (const level of SKILL_LEVELS.filter((l) => skillRank(l) > top)) {
      const path = tryWith({ ...f, skills: [...(f.skills ?? []), { level, since: month }] }, target, month);
      if (path) return { kind: 'skill', level, path };
    }
  } else {
    const top = Math.max(-1, ...(f.titles ?? []).filter((x) => !x.outside).map((x) => titleRank(x.level)));
    for (const level of TITLE_LEVELS.filter((l) => titleRank(l) > top)) {
      const path = tryWith({ ...f, titles: [...(f.titles ?? []), { level, since: month }] }, target, month);
      if (path) return { kind: 'title', level, path };
    }
  }
  return undefined;
}

function tryWith(f: Facts, target: ParsedTarget, asOf: string): Path | undefined {
  const profile = toProfile(f, asOf);
  if (!profile) return undefined;
  const p = pathFor(evaluate(profile, { asOf }), target);
  return p && p.status !== 'unmet' ? p : undefined;
}
