// The green channels to a level asked for that the facts given do not reach (辽宁, a 高级技师 asking for 正高): the
// awards the region's text names for that level, said and quoted from the items that name them, so the answer does
// not stop at "no route" when the text has one through an award.
import { t, listSep } from '../i18n';
import type { Locale, ParsedTarget } from '../dialogs/understand';
import { rulesFor, type Citation } from '../rules';
import { POLICIES } from '../rules/policies';
import type { PathRule } from '../rules/ruleSchema';
import type { Region } from '../rules/vocabulary';
import { placeAsked } from './contestPlace';

type Matcher = Extract<PathRule['starts'][number], { kind: 'award' }>['anyOf'][number];

function label(locale: Locale, m: Matcher): string {
  if (m.type === 'honor') return m.ids.map((id) => t(locale, `qa:honor.${id}`)).join(listSep(locale));
  const tier = m.tiers.map((x) => t(locale, `dialog:tier.${x}`)).join(locale === 'en' ? ' / ' : '、');
  // (A text that says 奖牌 is said as medals: ruling 8 reads ranks 1–3 as medals.)
  const need = m.medalsAsRanks ? t(locale, 'qa:elig.need.bronze') : m.rankMax !== undefined || m.medals?.length ? placeAsked(m, undefined, locale) : '';
  return locale === 'en' && need ? `${tier} (${need})` : tier + need;
}

/** Per level asked for, the region's green channels to it: a sentence naming the awards, and the items quoted. */
export function greenTo(region: Region, targets: readonly ParsedTarget[], locale: Locale): { text: string; citations: Citation[] } | undefined {
  const rules = rulesFor(region).paths.filter((r) => r.route === 'green_channel'
    && targets.some((x) => x.level === r.target && (x.kind === 'skill') === (r.direction === 'title_to_skill')));
  const names: string[] = [];
  const citations: Citation[] = [];
  for (const r of rules) {
    const row = r.citations[0];
    for (const s of r.starts) {
      if (s.kind !== 'award') continue;
      for (const m of s.anyOf) {
        const name = label(locale, m);
        if (!names.includes(name)) names.push(name);
        const c = { policy: row.policy, docNo: POLICIES[row.policy].docNo, clause: m.clause ?? row.clause, quote: m.quote };
        if (!citations.some((x) => x.quote === c.quote && x.clause === c.clause)) citations.push(c);
      }
    }
  }
  if (!names.length) return undefined;
  // The national text's green channel (正高级或副高级, by local measures) is said by its own answer; not repeated here.
  if (rules.every((r) => r.conditions.some((c) => c.type === 'local_measures'))) return undefined;
  const wanted = [...new Set(rules.map((r) => t(locale, r.direction === 'title_to_skill' ? `rules:skill.${r.target}` : `rules:title.${r.target}`)))].join(listSep(locale));
  return { text: t(locale, 'qa:elig.greenTo', { wanted, awards: names.join(locale === 'en' ? '; ' : '；') }), citations: citations.slice(0, 3) };
}
