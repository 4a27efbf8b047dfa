// A route's start below what the person holds (a 正高 asking about 高级工: the text's route starts from 助理工程师):
// the answer says the held level counts as that start (ruling 2: a higher level includes the lower ones), instead
// of naming the lower level as if it were the person's.
import { t } from '../i18n';
import type { Locale } from '../dialogs/understand';
import type { PathRule } from '../rules/ruleSchema';
import { skillRank, titleRank, type SkillLevel, type TitleLevel } from '../rules/vocabulary';

interface Held { skills: { level: SkillLevel }[]; titles: { level: TitleLevel }[] }

/** The lead-in "按高一级包含低一级，您的正高级按助理级算：", or '' when the person holds the start itself (or nothing). */
export function heldAbovePrefix(locale: Locale, rule: PathRule | undefined, facts: Held): string {
  if (!rule) return '';
  const starts = rule.starts.filter((s) => s.kind === 'skill' || s.kind === 'title');
  if (starts.length !== 1) return '';
  const s = starts[0];
  // the same for either ladder: its levels held, its ranks, its names
  const [held, rank, key] = s.kind === 'title'
    ? [facts.titles.map((x) => x.level as string), (l: string) => titleRank(l as TitleLevel), 'title']
    : [facts.skills.map((x) => x.level as string), (l: string) => skillRank(l as SkillLevel), 'skill'];
  if (held.includes(s.level)) return '';
  const above = held.filter((l) => rank(l) > rank(s.level)).sort((x, y) => rank(y) - rank(x))[0];
  return above ? t(locale, 'qa:elig.heldAbove', { held: t(locale, `rules:${key}.${above}`), start: t(locale, `rules:${key}.${s.level}`) }) : '';
}
