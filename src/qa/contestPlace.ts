// The place a competition item of a rule row asks for, said once for every answer that names it (第1名, 前3名, 前四至六名,
// 铜牌以上): the engine's lines (eligibility.ts) and the green channels to a level (greenTo.ts) say it alike.
import { t } from '../i18n';
import type { Locale } from '../dialogs/understand';
import type { PathRule } from '../rules/ruleSchema';

export type CompetitionMatcher = Extract<Extract<PathRule['starts'][number], { kind: 'award' }>['anyOf'][number], { type: 'competition' }>;

/** Chinese numerals for ranks, as the texts write a range (前四至六名, 前二至三名). */
const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const zhNumber = (n: number) => ZH_DIGITS[n] ?? String(n);

/** The place the item asks for; a team event's own ranks when its size is known (ruling 8). */
export function placeAsked(m: CompetitionMatcher, teamSize: number | undefined, locale: Locale): string {
  const byTeam = teamSize === 2 || teamSize === 3 ? m.rankMaxByTeamSize?.[teamSize] : undefined;
  const max = byTeam ?? m.rankMax;
  if (max !== undefined) {
    if (m.rankMin && m.rankMin > 1) {
      return t(locale, 'qa:elig.need.ranks', locale === 'en' ? { from: m.rankMin, to: max } : { from: zhNumber(m.rankMin), to: zhNumber(max) });
    }
    return max === 1 ? t(locale, 'qa:elig.need.first') : t(locale, 'qa:elig.need.top', { n: max });
  }
  const medals = m.medals ?? [];
  return t(locale, `qa:elig.need.${medals.includes('bronze') ? 'bronze' : medals.includes('silver') ? 'silver' : 'gold'}`);
}
