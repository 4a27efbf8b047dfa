// A level asked for that no route of the region's text reaches (重庆: no row leads to 正高级): the text is silent on it,
// so the answer says so (the region's highest routes, quoted) instead of a flat "cannot" computed from the facts.
import type { ParsedTarget } from '../dialogs/understand';
import { rulesFor } from '../rules';
import type { Region } from '../rules/vocabulary';

/** Whether every level asked for is one no rule row of the region leads to, in the direction asked. */
export function beyondLadder(targets: readonly ParsedTarget[], region: Region): boolean {
  if (!targets.length) return false;
  const paths = rulesFor(region).paths;
  return targets.every((x) => !paths.some((r) => r.target === x.level && (x.kind === 'skill') === (r.direction === 'title_to_skill')));
}
