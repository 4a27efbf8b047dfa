// Which question to ask next: of the facts still unknown, the first whose answer can still change the result,
// asked of the rule engine by evaluating the extremes of each answer. Never a question that cannot matter.
import { evaluate, type EligibilityResult } from '../rules';
import { BoundedMemo } from './memo';
import { addMonths } from '../rules/months';
import { titleRank } from '../rules/vocabulary';
import { classlessAward, teamlessAward, toProfile, undatedSkill, undatedTitle, unrankedAward, type Facts, type Slot } from './facts';

/** What of a result a person would notice: which paths, their status, and when the closed ones open. */
export function signature(r: EligibilityResult): string {
  return r.paths.map((p) => `${p.ruleId}:${p.status}${p.status === 'not_yet' ? ':' + p.eligibleFrom : ''}`).join('|')
    + `#${r.best.skill_to_title}/${r.best.title_to_skill}`;
}

/** Whether two or more ways of filling one fact give different answers. */
function matters(facts: Facts, asOf: string, fills: Facts[]): boolean {
  let first: string | undefined;
  for (const f of fills) {
    const profile = toProfile(f, asOf);
    if (!profile) return true;
    const sig = signature(evaluate(profile, { asOf }));
    if (first === undefined) first = sig;
    else if (sig !== first) return true;
  }
  return false;
}

const LONG_AGO = 40 * 12;

// The same facts come back again and again (every person who answers 重庆, 技师, 2021年6月 …): the choice is a pure
// function of (facts, asOf), so it is kept by the facts' JSON. Errors (facts the engine refuses) are not kept.
const chosen = new BoundedMemo<Slot | 'none'>(2000);

// Facts objects are never changed once made: the same object asked again (a guard, then the step) is answered
// without serialising it again.
let byObject = new WeakMap<Facts, { asOf: string; slot: Slot | 'none' }>();

/** The next slot to ask for, or null when the answer can be given. */
export function nextSlot(f: Facts, asOf: string): Slot | null {
  const seen = byObject.get(f);
  if (seen && seen.asOf === asOf) return seen.slot === 'none' ? null : seen.slot;
  const key = `${asOf}\u0000${JSON.stringify(f)}`;
  let slot = chosen.get(key);
  if (slot === undefined) chosen.set(key, (slot = choose(f, asOf) ?? 'none'));
  byObject.set(f, { asOf, slot });
  return slot === 'none' ? null : slot;
}

/** For tests: forget what was chosen. */
export function forgetChosenSlots(): void { chosen.clear(); byObject = new WeakMap(); }
export const chosenSlotsKept = (): number => chosen.size;

function choose(f: Facts, asOf: string): Slot | null {
  const unknown = new Set(f.unknown ?? []);
  if (!f.region) return 'region';
  if (f.skills === undefined) return 'skills';
  const skill = undatedSkill(f);
  if (skill && matters(f, asOf, [
    { ...f, skills: f.skills.map((s) => s === skill ? { ...s, since: asOf } : s) },
    { ...f, skills: f.skills.map((s) => s === skill ? { ...s, since: addMonths(asOf, -LONG_AGO) } : s) },
  ])) return 'skills.since';
  if (f.titles === undefined) return 'titles';
  const title = undatedTitle(f);
  if (title && matters(f, asOf, [
    { ...f, titles: f.titles.map((x) => x === title ? { ...x, since: asOf } : x) },
    { ...f, titles: f.titles.map((x) => x === title ? { ...x, since: addMonths(asOf, -LONG_AGO) } : x) },
  ])) return 'titles.since';
  // An award can only matter while there is a title above what one holds.
  if (f.awards === undefined && !f.titles.some((x) => titleRank(x.level) >= titleRank('full_senior'))) return 'awards';
  const award = unrankedAward(f);
  if (award && award.type === 'competition' && !unknown.has('awards.rank')) {
    const fills = award.tier === 'worldskills'
      ? (['gold', 'excellence'] as const).map((medal) => ({ ...f, awards: f.awards!.map((a) => a === award ? { ...award, medal } : a) }))
      : [1, 999].map((rank) => ({ ...f, awards: f.awards!.map((a) => a === award ? { ...award, rank } : a) }));
    if (matters(f, asOf, fills)) return 'awards.rank';
  }
  const classless = classlessAward(f);
  if (classless && classless.type === 'competition' && !unknown.has('awards.class')) {
    const fills = (['class1', 'class2'] as const).map((c) => ({
      ...f, awards: f.awards!.map((a) => a === classless ? { ...classless, tier: classless.tier.replace(/class[12]/, c) as typeof classless.tier, classUnknown: undefined } : a),
    }));
    if (matters(f, asOf, fills)) return 'awards.class';
  }
  const teamless = teamlessAward(f);
  if (teamless && !unknown.has('awards.teamSize') && matters(f, asOf,
    ([1, 3] as const).map((teamSize) => ({ ...f, awards: f.awards!.map((a) => a === teamless ? { ...teamless, teamSize } : a) })))) return 'awards.teamSize';
  if (f.annualReviewsPassed === undefined && !unknown.has('annualReviewsPassed')
    && matters(f, asOf, [{ ...f, annualReviewsPassed: true }, { ...f, annualReviewsPassed: false }])) return 'annualReviewsPassed';
  if (f.workYears === undefined && !unknown.has('workYears')
    && matters(f, asOf, [{ ...f, workYears: 0 }, { ...f, workYears: 60 }])) return 'workYears';
  return null;
}
