// The engine's result in words, short enough for a phone: the best path first, then every other path with its
// status, clause and what is missing; details (clauses, checklist) on request.
import { t } from '../i18n';
import type { EligibilityResult, Path } from '../rules/result';
import { POLICIES, type PolicyId } from '../rules/policies';
import type { Locale } from './replyModel';

export function formatMonth(ym: string, locale: Locale): string {
  const [y, m] = ym.split('-');
  return t(locale, 'dialog:month', { year: y, month: String(Number(m)) });
}

const targetName = (p: Path, locale: Locale) =>
  p.direction === 'skill_to_title' ? t(locale, `rules:title.${p.target}`) : t(locale, `rules:skill.${p.target}`);

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
  });
}

const STATUS_ORDER = { eligible: 0, not_yet: 1, conditional: 2, unmet: 3 } as const;

/** The path to lead with: the best eligible one, else the one that opens soonest, else the most promising. */
export function leadingPath(r: EligibilityResult): Path | undefined {
  const eligible = r.paths.filter((p) => p.status === 'eligible');
  if (eligible.length) return eligible[0];
  return [...r.paths].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]
    || (a.eligibleFrom ?? '9999').localeCompare(b.eligibleFrom ?? '9999'))[0];
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

/** The answer as text: basis, best path, the others, documents of the best, assumptions, what to ask next. */
export function renderResultText(r: EligibilityResult, locale: Locale): string {
  const lines: string[] = [policiesLine(r, locale)];
  if (!r.paths.length) {
    lines.push(t(locale, 'dialog:answer.none'));
  } else {
    const [lead, ...rest] = orderedPaths(r);
    lines.push(t(locale, lead.status === 'eligible' ? 'dialog:answer.best' : 'dialog:answer.nearest', { line: pathLine(lead, locale) }));
    // Other open paths fit in one line; the ones that need something get a line each, with what they need.
    const open = rest.filter((p) => p.status === 'eligible');
    const pending = rest.filter((p) => p.status !== 'eligible');
    if (pending.length) {
      lines.push(t(locale, 'dialog:answer.others'));
      for (const p of pending) lines.push(`• ${pathLine(p, locale)}`);
    }
    if (open.length) {
      const names = open.map((p) => `${targetName(p, locale)}${p.route === 'standard' ? '' : `·${t(locale, `rules:routeShort.${p.route}`)}`}`);
      lines.push(t(locale, 'dialog:answer.alsoOpen', { list: [...new Set(names)].join(locale === 'en' ? '; ' : '、') }));
    }
    lines.push(t(locale, 'dialog:answer.documents', { docs: lead.documents.map((d) => t(locale, `rules:document.${d}`)).join(locale === 'en' ? '; ' : '、') }));
  }
  const assumptions = r.notes.filter((n) => n.code.startsWith('ruling_') || n.code === 'national_fallback' || n.code === 'award_listed_twice');
  if (assumptions.length) {
    lines.push(t(locale, 'dialog:answer.assumptions'));
    for (const n of assumptions) lines.push(`• ${t(locale, `rules:note.${n.code}`, n.values)}`);
  }
  lines.push(t(locale, 'dialog:answer.more'));
  return lines.join('\n');
}

/** 材料清单: per path, the documents to bring as a checklist, and what the committee will look at. */
export function renderDocuments(r: EligibilityResult, locale: Locale): string {
  if (!r.paths.length) return t(locale, 'dialog:answer.none');
  const lines: string[] = [t(locale, 'dialog:documents.title')];
  for (const p of orderedPaths(r)) {
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
