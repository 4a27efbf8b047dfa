// A team event's place asked about without its contest's level (三人赛项拿了第三名 能破格评副高不): the places the
// region's text sets for two- and three-person events, per contest and level, quoted from the item that sets them.
// Nothing is computed for the person (the contest is not known); the text's own team ranks are said.
import { t } from '../i18n';
import type { Locale, ParsedTarget } from '../dialogs/understand';
import { rulesFor, type Citation } from '../rules';
import { POLICIES } from '../rules/policies';
import type { Region } from '../rules/vocabulary';

const TEAM = /([两二三2-3])人(?:赛项|项目|组|团体赛|比赛)|\b(two|three|2|3)[- ]person (?:event|team|category)\b/i;

/** The team size a question names (双人 / 两人 → 2, 三人 → 3), or undefined. */
export function teamSizeIn(text: string): 2 | 3 | undefined {
  const m = TEAM.exec(text) ?? (/双人(?:赛项|项目|组|比赛)/.test(text) ? ['', '2'] : null);
  if (!m) return undefined;
  const w = (m[1] ?? m[2] ?? '').toLowerCase();
  return w === '三' || w === '3' || w === 'three' ? 3 : 2;
}

export interface TeamLine { region: Region; text: string; citations: Citation[] }

/** Per region, the team ranks its green channels set (to the title levels wanted, if any); undefined when none does. */
export function teamEventLines(size: 2 | 3, regions: readonly Region[], targets: readonly ParsedTarget[], locale: Locale): TeamLine[] | undefined {
  const lines: TeamLine[] = [];
  for (const region of regions) {
    const parts: string[] = [];
    const citations: Citation[] = [];
    for (const r of rulesFor(region).paths) {
      if (r.route !== 'green_channel' || r.direction !== 'skill_to_title') continue;
      if (targets.length && !targets.some((x) => x.kind === 'title' && x.level === r.target)) continue;
      for (const s of r.starts) {
        if (s.kind !== 'award') continue;
        for (const m of s.anyOf) {
          if (m.type !== 'competition') continue;
          const n = m.rankMaxByTeamSize?.[size];
          if (n === undefined) continue;
          const tier = m.tiers.map((x) => t(locale, `dialog:tier.${x}`)).join(locale === 'en' ? ' / ' : '、');
          parts.push(t(locale, 'qa:team.part', { tier, team: t(locale, `qa:team.size${size}`), n, target: t(locale, `rules:title.${r.target}`) }));
          const row = r.citations[0];
          const c = { policy: row.policy, docNo: POLICIES[row.policy].docNo, clause: m.clause ?? row.clause, quote: m.quote };
          if (!citations.some((x) => x.quote === c.quote && x.clause === c.clause)) citations.push(c);
        }
      }
    }
    if (parts.length) lines.push({ region, text: t(locale, 'qa:team.line', { parts: parts.join(locale === 'en' ? '; ' : '；') }), citations: citations.slice(0, 3) });
  }
  return lines.length ? lines : undefined;
}
