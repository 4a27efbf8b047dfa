// The period's summary from the question log: top questions, outcomes by region, unanswered questions to add.
import { t } from '../i18n';
import type { Locale } from '../dialogs/replyModel';
import type { LogEvent } from './events';

export interface RegionOutcome {
  questions: number; curated: number; clause: number; none: number;
  answers: number;
  /** Best title reached (skill → title) in the answers: level code → count ('none' included). */
  bestSkillToTitle: Record<string, number>;
  bestTitleToSkill: Record<string, number>;
}

export interface Summary {
  from: string; to: string;
  totals: { questions: number; curated: number; clause: number; none: number; answers: number };
  topQuestions: { text: string; count: number; matched: string }[];
  byRegion: Record<string, RegionOutcome>;
  unanswered: { text: string; count: number }[];
}

const day = (iso: string) => iso.slice(0, 10);

/** Events from `since` (YYYY-MM-DD, inclusive) to `until` (inclusive), summarised. */
export function summarize(events: readonly LogEvent[], opts: { since?: string; until?: string; top?: number } = {}): Summary {
  const inRange = events.filter((e) => (!opts.since || day(e.at) >= opts.since) && (!opts.until || day(e.at) <= opts.until));
  const days = inRange.map((e) => day(e.at)).sort();
  const totals = { questions: 0, curated: 0, clause: 0, none: 0, answers: 0 };
  const byRegion: Record<string, RegionOutcome> = {};
  const region = (r: string) => (byRegion[r] ??= { questions: 0, curated: 0, clause: 0, none: 0, answers: 0, bestSkillToTitle: {}, bestTitleToSkill: {} });
  const asked = new Map<string, { count: number; matched: string }>();
  const unanswered = new Map<string, number>();
  for (const e of inRange) {
    if (e.type === 'question') {
      totals.questions++; totals[e.matched]++;
      const r = region(e.region ?? 'unknown'); r.questions++; r[e.matched]++;
      const a = asked.get(e.text) ?? { count: 0, matched: e.matched };
      a.count++; a.matched = e.matched; asked.set(e.text, a);
      if (e.matched === 'none') unanswered.set(e.text, (unanswered.get(e.text) ?? 0) + 1);
    } else {
      totals.answers++;
      const r = region(e.region); r.answers++;
      r.bestSkillToTitle[e.best_skill_to_title] = (r.bestSkillToTitle[e.best_skill_to_title] ?? 0) + 1;
      r.bestTitleToSkill[e.best_title_to_skill] = (r.bestTitleToSkill[e.best_title_to_skill] ?? 0) + 1;
    }
  }
  const byCount = <T extends { count: number; text: string }>(a: T, b: T) => b.count - a.count || a.text.localeCompare(b.text);
  return {
    from: opts.since ?? days[0] ?? '', to: opts.until ?? days[days.length - 1] ?? '',
    totals,
    topQuestions: [...asked].map(([text, v]) => ({ text, count: v.count, matched: v.matched })).sort(byCount).slice(0, opts.top ?? 20),
    byRegion,
    unanswered: [...unanswered].map(([text, count]) => ({ text, count })).sort(byCount),
  };
}

/** The summary as text for a person (the report CLI). */
export function renderReport(s: Summary, locale: Locale): string {
  const L = (key: string, vars?: Record<string, unknown>) => t(locale, `qa:report.${key}`, vars);
  const lines = [L('title', { from: s.from || '—', to: s.to || '—' }), L('totals', s.totals), '', L('topQuestions')];
  lines.push(...(s.topQuestions.length ? s.topQuestions.map((q) => `  ${q.count}× ${q.text}  [${q.matched}]`) : [`  ${L('empty')}`]));
  lines.push('', L('byRegion'));
  const regions = Object.keys(s.byRegion).sort();
  if (!regions.length) lines.push(`  ${L('empty')}`);
  for (const r of regions) {
    const o = s.byRegion[r];
    const best = (m: Record<string, number>) => Object.entries(m).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ') || '—';
    lines.push(`  ${r === 'unknown' ? L('noRegion') : r}: questions ${o.questions} (curated ${o.curated}, clause ${o.clause}, none ${o.none}); answers ${o.answers}; skill→title ${best(o.bestSkillToTitle)}; title→skill ${best(o.bestTitleToSkill)}`);
  }
  lines.push('', L('unanswered'));
  lines.push(...(s.unanswered.length ? s.unanswered.map((q) => `  ${q.count}× ${q.text}`) : [`  ${L('empty')}`]));
  return lines.join('\n');
}
