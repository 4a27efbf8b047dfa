// The engine's result in words, short enough for a phone: the best path first, then every other path with its
// status, clause and what is missing; details (clauses, checklist) on request.
import { t } from '../i18n';
import type { EligibilityResult, Path } from '../rules/result';
import { POLICIES, type PolicyId } from '../rules/policies';
import { skillRank, titleRank, type Series, type TitleLevel } from '../rules/vocabulary';
import type { Locale } from './replyModel';
import type { ParsedAward, ParsedTarget } from './understand';

/** A month in the locale's own form: 2018年3月, March 2018. */
export function formatMonth(ym: string, locale: Locale): string {
  const [y, m] = ym.split('-');
  const names = t(locale, 'dialog:monthNames').split(',');
  return t(locale, 'dialog:month', { year: y, month: String(Number(m)), monthName: names[Number(m) - 1] ?? m });
}

/** A title in its own series: 中级会计师 is not 工程师 (engineering keeps the ladder's own words). */
export function titleName(level: TitleLevel, series: Series | undefined, locale: Locale): string {
  if (!series || series === 'engineering') return t(locale, `rules:title.${level}`);
  return t(locale, 'dialog:titleInSeries', { series: t(locale, `rules:series.${series}`), level: t(locale, `rules:titleShort.${level}`) });
}

/** An award by its name: 全国技术能手, 省级一类技能竞赛第2名. */
/** A competition's name; without its class when the class was not said. */
export function tierName(a: Extract<ParsedAward, { type: 'competition' }>, locale: Locale): string {
  return a.classUnknown ? t(locale, `dialog:tierLevel.${a.tier.split('_')[0]}`) : t(locale, `dialog:tier.${a.tier}`);
}

export function awardName(a: ParsedAward, locale: Locale): string {
  if (a.type === 'honor') return t(locale, `dialog:honor.${a.id}`);
  const tier = tierName(a, locale);
  const result = a.medal ? t(locale, `dialog:choice.medal.${a.medal}`) : a.rank !== undefined ? t(locale, 'dialog:rankN', { rank: a.rank }) : '';
  // the button's label, lower-cased inside the English sentence ("no. 2, teams of three")
  const label = a.teamSize === 2 || a.teamSize === 3 ? t(locale, `dialog:choice.awards_teamSize.${a.teamSize}`)
    : a.teamSize !== undefined && a.teamSize > 3 ? t(locale, 'dialog:teamOfMany', { n: a.teamSize }) : '';
  const team = locale === 'en' ? label.charAt(0).toLowerCase() + label.slice(1) : label;
  return [tier, result, team].filter(Boolean).join(locale === 'en' ? ', ' : '');
}

const targetName = (p: Path, locale: Locale) =>
  p.direction === 'skill_to_title' ? titleName(p.target as TitleLevel, p.series?.length === 1 ? p.series[0] : undefined, locale) : t(locale, `rules:skill.${p.target}`);

/** The path to a level wanted, if the result has one (the best of them). */
export function pathFor(r: EligibilityResult, x: ParsedTarget): Path | undefined {
  const dir = x.kind === 'title' ? 'skill_to_title' : 'title_to_skill';
  const all = r.paths.filter((p) => p.direction === dir && p.target === x.level);
  return all.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || (a.eligibleFrom ?? '9999').localeCompare(b.eligibleFrom ?? '9999'))[0];
}

/** One path in a sentence: "中级（工程师）：可以申报（渝人社发〔2020〕32号 三（一）2）". */
export function targetLine(p: Path, locale: Locale): string {
  return t(locale, 'dialog:answer.targetLine', { target: targetName(p, locale), status: statusWords(p, locale), clause: clauseRef(p) })
    + (p.theoryExamExempt ? t(locale, 'dialog:answer.exemptShort') : '');
}

/** No path at all: for someone holding a level the routes start from, that nothing leads further up from it;
 * otherwise what a route needs to begin with. */
export function noneLine(r: EligibilityResult, locale: Locale): string {
  const skill = r.held.skill && skillRank(r.held.skill) >= skillRank('senior_worker') ? t(locale, `rules:skill.${r.held.skill}`) : undefined;
  const title = r.held.title && titleRank(r.held.title) >= titleRank('assistant') ? t(locale, `rules:title.${r.held.title}`) : undefined;
  if (!skill && !title) return t(locale, 'dialog:answer.none');
  return t(locale, 'dialog:answer.noneHigher', { region: t(locale, `rules:region.${r.region}`), held: [skill, title].filter(Boolean).join(locale === 'en' ? ', ' : '、') });
}

const docNo = (policy: string) => POLICIES[policy as PolicyId]?.docNo ?? policy;
/** A document's name short enough for a line on a phone (Sichuan's text has a title, not a number). */
const shortDoc = (policy: string) => {
  const p = POLICIES[policy as PolicyId] as { docNo: string; short?: string } | undefined;
  return p?.short ?? p?.docNo ?? policy;
};

/** The clause references of a path, e.g. "渝人社发〔2020〕32号 三（一）2". */
export function clauseRef(p: Path): string {
  const c = p.citations[0];
  return `${shortDoc(c.policy)} ${c.clause}`;
}

function unmetWords(p: Path, locale: Locale): string {
  return p.unmet.map((u) => t(locale, `dialog:unmet.${u.code}`, { required: u.required, actual: u.actual })).join(locale === 'en' ? '; ' : '；');
}

export function statusWords(p: Path, locale: Locale): string {
  switch (p.status) {
    case 'eligible': return t(locale, 'dialog:answer.eligible');
    case 'not_yet': return t(locale, 'dialog:answer.notYet', { month: formatMonth(p.eligibleFrom ?? '', locale), missing: unmetWords(p, locale) })
      + (p.conditions.length ? t(locale, 'dialog:answer.alsoConfirm', { what: p.conditions.map((c) => c.text).join(locale === 'en' ? '; ' : '；') }) : '');
    case 'unmet': return t(locale, 'dialog:answer.unmet', { missing: unmetWords(p, locale) });
    case 'conditional': return t(locale, 'dialog:answer.conditional', { what: p.conditions.map((c) => c.text).join(locale === 'en' ? '; ' : '；') });
  }
}

function pathLine(p: Path, locale: Locale): string {
  return t(locale, 'dialog:answer.pathLine', {
    target: targetName(p, locale), route: t(locale, `rules:route.${p.route}`), status: statusWords(p, locale), clause: clauseRef(p),
  }) + (p.theoryExamExempt ? t(locale, 'dialog:answer.exemptShort') : '');
}

const STATUS_ORDER = { eligible: 0, not_yet: 1, conditional: 2, unmet: 3 } as const;
const level = (p: Path) => (p.direction === 'skill_to_title' ? titleRank(p.target as TitleLevel) : skillRank(p.target as never));

/** The path to lead with: the highest eligible one, else the one that opens soonest, else one to confirm. */
export function leadingPath(r: EligibilityResult): Path | undefined {
  const eligible = r.paths.filter((p) => p.status === 'eligible');
  if (eligible.length) return [...eligible].sort((a, b) => level(b) - level(a))[0];
  return [...r.paths].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]
    || (a.eligibleFrom ?? '9999').localeCompare(b.eligibleFrom ?? '9999') || level(b) - level(a))[0];
}

function policiesLine(r: EligibilityResult, locale: Locale): string {
  return t(locale, 'dialog:answer.basis', {
    region: t(locale, `rules:region.${r.region}`), docs: r.policies.map((p) => p.docNo).join(locale === 'en' ? ', ' : '、'), asOf: formatMonth(r.asOf, locale),
  });
}

/** Paths grouped by direction, each group best first (the engine already orders them). */
function orderedPaths(r: EligibilityResult): Path[] {
  const lead = leadingPath(r);
  return lead ? [lead, ...r.paths.filter((p) => p !== lead)] : r.paths;
}

/** Notes about this person's answer (the others, readings of the texts and general provisions, are said in
 * every answer): in English only these stay in the short answer, the rest are in 'details'. */
const PERSONAL_NOTES = new Set(['national_fallback', 'award_listed_twice', 'local_engineer', 'engineering_only', 'ruling_adopts_national']);

export interface RenderOptions {
  /** Levels the person wants or asked about: put first. */
  targets?: ParsedTarget[];
  /** Slots the person could not answer: the answer says it depends on them. */
  unknown?: string[];
  /** Titles the person holds outside the 贯通 series (中级会计师): said to be left out. */
  outside?: string[];
  /** The whole text, however long (the 'details' reply). */
  full?: boolean;
  /** Awards the person wants, each with the paths it would open (replies.ts works them out): put first. */
  wantedAwards?: { award: ParsedAward; paths: Path[] }[];
}

/** English answers stay short on a phone: this many characters before the "reply 'details'" line. */
const EN_BUDGET = 700;

/** The answer as text: basis, what was wanted, the best path, the others, documents, notes, what to ask next. */
export function renderResultText(r: EligibilityResult, locale: Locale, o: RenderOptions = {}): string {
  const en = locale === 'en';
  const lines: string[] = [policiesLine(r, locale)];
  for (const x of o.targets ?? []) {
    const p = pathFor(r, x);
    const name = x.kind === 'title' ? titleName(x.level, x.series, locale) : t(locale, `rules:skill.${x.level}`);
    lines.push(p ? t(locale, 'dialog:answer.wanted', { line: targetLine(p, locale) }) : t(locale, 'dialog:answer.wantedNone', { target: name }));
  }
  // an award wanted: the texts say what it opens, not how it is conferred (said so)
  for (const w of o.wantedAwards ?? []) {
    const name = awardName(w.award, locale);
    const opened = [...w.paths].sort((a, b) => level(b) - level(a)).slice(0, 2);
    lines.push(opened.length
      ? t(locale, 'dialog:answer.wantedAward', { award: name, lines: opened.map((p) => targetLine(p, locale)).join(en ? '; ' : '；') })
      : t(locale, 'dialog:answer.wantedAwardNone', { award: name, region: t(locale, `rules:region.${r.region}`) }));
  }
  if (o.outside?.length) lines.push(t(locale, 'dialog:answer.outsideSeries', { titles: o.outside.join(en ? ', ' : '、') }));
  if (!r.paths.length) {
    lines.push(noneLine(r, locale));
  } else {
    const [lead, ...rest] = orderedPaths(r);
    const head = lead.status === 'eligible' ? 'best' : lead.status === 'not_yet' ? 'nearest' : lead.status === 'conditional' ? 'confirm' : 'blocked';
    lines.push(t(locale, `dialog:answer.${head}`, { line: pathLine(lead, locale) }));
    const open = rest.filter((p) => p.status === 'eligible');
    const pending = rest.filter((p) => p.status !== 'eligible');
    if (open.length) {
      const names = open.map((p) => `${targetName(p, locale)}${p.route === 'standard' ? '' : `·${t(locale, `rules:routeShort.${p.route}`)}`}`);
      lines.push(t(locale, 'dialog:answer.alsoOpen', { list: [...new Set(names)].join(en ? '; ' : '、') }));
    }
    const shown = en && !o.full ? pending.slice(0, 2) : pending;
    if (shown.length) {
      lines.push(t(locale, 'dialog:answer.others'));
      for (const p of shown) lines.push(`• ${pathLine(p, locale)}`);
    }
    if (shown.length < pending.length) lines.push(t(locale, 'dialog:answer.moreRoutes', { count: pending.length - shown.length }));
    lines.push(t(locale, 'dialog:answer.documents', { docs: lead.documents.map((d) => t(locale, `rules:document.${d}`)).join(en ? '; ' : '、') }));
    const exempt = r.paths.filter((p) => p.theoryExamExempt);
    if (exempt.length) lines.push(t(locale, 'dialog:answer.exempt', { paths: [...new Set(exempt.map((p) => targetName(p, locale)))].join(en ? '; ' : '、') }));
  }
  if (o.unknown?.length) {
    lines.push(t(locale, 'dialog:answer.dependsOn', { what: unknownSlotNames(o.unknown, locale) }));
  }
  // every note the result carries reaches the text (in English's short answer, those about the person)
  const notes = r.notes.filter((n) => !en || o.full || PERSONAL_NOTES.has(n.code));
  if (notes.length) {
    lines.push(t(locale, 'dialog:answer.assumptions'));
    for (const n of notes) lines.push(`• ${t(locale, `rules:note.${n.code}`, n.values)}`);
  }
  if (notes.length < r.notes.length) lines.push(t(locale, 'dialog:answer.moreNotes', { count: r.notes.length - notes.length }));
  // English on a phone: lines beyond the budget give way to the details reply
  if (en && !o.full) {
    let total = 0;
    const kept: string[] = [];
    for (const l of lines) {
      if (total + l.length > EN_BUDGET && kept.length >= 3) break;
      kept.push(l);
      total += l.length + 1;
    }
    return [...kept, t(locale, 'dialog:answer.more')].join('\n');
  }
  lines.push(t(locale, 'dialog:answer.more'));
  return lines.join('\n');
}

/** 材料清单: per path, the documents to bring as a checklist, and what the committee will look at. */
export function renderDocuments(r: EligibilityResult, locale: Locale, only?: readonly ParsedTarget[]): string {
  if (!r.paths.length) return noneLine(r, locale);
  const lines: string[] = [t(locale, 'dialog:documents.title')];
  // a level named (考技师要准备啥): the paths to it, when the result has any; else every path
  const all = orderedPaths(r);
  const named = only?.length ? all.filter((p) => only.some((x) => p.direction === (x.kind === 'title' ? 'skill_to_title' : 'title_to_skill') && p.target === x.level)) : [];
  for (const p of named.length ? named : all) {
    lines.push(t(locale, 'dialog:documents.path', { target: targetName(p, locale), route: t(locale, `rules:route.${p.route}`) }));
    for (const d of p.documents) lines.push(`☐ ${t(locale, `rules:document.${d}`)}`);
    if (p.theoryExamExempt) lines.push(t(locale, 'dialog:documents.exempt'));
    if (p.criteria.length) lines.push(t(locale, 'dialog:documents.criteria', { list: p.criteria.map((c) => t(locale, `rules:criterion.${c}`)).join(locale === 'en' ? '; ' : '、') }));
  }
  return lines.join('\n');
}

/** 原文: the clauses behind the answer, quoted, without repeats. */
export function renderCitations(r: EligibilityResult, locale: Locale): string {
  const seen = new Set<string>();
  const lines: string[] = [t(locale, 'dialog:citations.title')];
  const add = (label: string, c: { policy: string; clause: string; quote: string }) => {
    const key = `${c.policy}|${c.quote}`;
    if (seen.has(key)) return;
    seen.add(key);
    lines.push(`【${label}】${docNo(c.policy)} ${c.clause}：“${c.quote}”`);
  };
  for (const p of orderedPaths(r)) for (const c of p.citations) add(targetName(p, locale), c);
  for (const n of r.notes) for (const c of n.citations) add(t(locale, 'dialog:citations.note'), c);
  return lines.join('\n');
}

/** The questions a person could not answer, named in a list (年度考核、获奖情况 / annual reviews, awards). */
export function unknownSlotNames(slots: readonly string[], locale: Locale): string {
  return slots.map((s) => t(locale, `dialog:unknownSlot.${s.replace('.', '_')}`)).join(locale === 'en' ? ', ' : '、');
}
