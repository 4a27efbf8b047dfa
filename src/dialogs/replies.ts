// The dialog's replies in the one reply model. All words come from locales/<locale>/dialog.json.
import { t } from '../i18n';
import { ask } from '../qa';
import { evaluate, type EligibilityResult } from '../rules';
import type { Region } from '../rules/vocabulary';
import type { DialogContext } from './dialogMachine';
import { choiceLabels } from './choices';
import { BoundedMemo, keepableText, sized } from './memo';
import { teamlessAward, toProfile, undatedSkill, undatedTitle, unrankedAward, type Facts } from './facts';
import { formatMonth, leadingPath, renderCitations, renderDocuments, renderResultText, statusWords } from './renderResult';
import type { Locale, Reply } from './replyModel';
import type { RegionMatch } from './understand';

export const replyText = (key: string, locale: Locale, vars?: Record<string, unknown>) => t(locale, `dialog:${key}`, vars);

/** The question for a slot, with its choices. */
export function askReply(slot: string, f: Facts, locale: Locale): Reply {
  let vars: Record<string, unknown> = {};
  if (slot === 'skills.since') vars = { level: t(locale, `rules:skill.${undatedSkill(f)?.level ?? 'senior_worker'}`) };
  if (slot === 'titles.since') vars = { level: t(locale, `rules:title.${undatedTitle(f)?.level ?? 'assistant'}`) };
  let key = slot.replace('.', '_');
  if (slot === 'awards.teamSize') {
    const a = teamlessAward(f);
    vars = { competition: a && a.type === 'competition' ? t(locale, `dialog:tier.${a.tier}`) : '' };
  }
  if (slot === 'awards.rank') {
    const a = unrankedAward(f);
    vars = { competition: a && a.type === 'competition' ? t(locale, `dialog:tier.${a.tier}`) : '' };
    if (a && a.type === 'competition' && a.tier === 'worldskills') key = 'awards_medal';
  }
  const choices = choiceLabels(slot, { locale, facts: f });
  return { text: replyText(`ask.${key}`, locale, vars), ...(choices ? { choices } : {}), requestedSlot: slot };
}

export function notUnderstoodReply(text: string, locale: Locale): Reply {
  // Control characters and direction marks are dropped before the text is echoed back.
  const shown = [...text].filter((ch) => { const c = ch.codePointAt(0)!; return c >= 0x20 && c !== 0x7f && !(c >= 0x200e && c <= 0x200f) && !(c >= 0x202a && c <= 0x202e) && !(c >= 0x2066 && c <= 0x2069); })
    .join('').trim();
  const short = [...shown].slice(0, 12).join('');
  return { text: short ? replyText('notUnderstood', locale, { text: short }) : replyText('notUnderstoodEmpty', locale), requestedSlot: null };
}

export function helpReply(c: DialogContext): Reply[] {
  const again = c.asking && c.asking !== 'modify' ? [askReply(c.asking, c.facts, c.locale)] : [];
  return [{ text: replyText('help', c.locale), requestedSlot: null }, ...again];
}

export function handoffReply(c: DialogContext): Reply {
  return { text: replyText('handoff', c.locale), requestedSlot: null };
}

// The answer's text is a function of the result, so of what the result was evaluated from: many people get the
// same answer, and its wording (two dozen texts) is put together once.
const answerTexts = new BoundedMemo<string>(500);

/** The answer. `from`, when given, names everything `result` was evaluated from (the profile's JSON, asOf
 * included): the text is then kept by it and the locale. */
export function resultReply(result: EligibilityResult, locale: Locale, from?: string): Reply {
  const text = from === undefined ? renderResultText(result, locale)
    : answerTexts.getOrMake(`${locale}\u0000${from}`, () => renderResultText(result, locale));
  return { text, requestedSlot: null, result };
}

function currentResult(c: DialogContext, asOf: string, region?: Region): EligibilityResult | undefined {
  const profile = toProfile(c.facts, asOf, region);
  return profile ? evaluate(profile, { asOf, locale: c.locale }) : undefined;
}

export function documentsReply(c: DialogContext, asOf: string): Reply {
  const r = currentResult(c, asOf);
  return { text: r ? renderDocuments(r, c.locale) : replyText('noResultYet', c.locale), requestedSlot: null };
}

export function citationsReply(c: DialogContext, asOf: string): Reply {
  const r = currentResult(c, asOf);
  return { text: r ? renderCitations(r, c.locale) : replyText('noResultYet', c.locale), requestedSlot: null };
}

/** 换个地区: the same facts under another region, side by side with the person's own. */
export function compareReply(c: DialogContext, other: RegionMatch | undefined, asOf: string): Reply {
  if (!other) return { text: replyText('compareWhich', c.locale), requestedSlot: null };
  const mine = currentResult(c, asOf);
  const theirs = currentResult(c, asOf, other.region);
  if (!mine || !theirs) return { text: replyText('noResultYet', c.locale), requestedSlot: null };
  const line = (r: EligibilityResult) => {
    const p = leadingPath(r);
    const target = p ? (p.direction === 'skill_to_title' ? t(c.locale, `rules:title.${p.target}`) : t(c.locale, `rules:skill.${p.target}`)) : '';
    return replyText('compareLine', c.locale, {
      region: t(c.locale, `rules:region.${r.region}`), docs: r.policies.map((x) => x.docNo).join('、'),
      best: p ? `${target}（${statusWords(p, c.locale)}）` : replyText('compareNone', c.locale),
      count: r.paths.filter((x) => x.status === 'eligible').length,
    });
  };
  return { text: [replyText('compareTitle', c.locale), line(mine), line(theirs), replyText('compareHint', c.locale)].join('\n'), requestedSlot: null };
}

const MODIFY_WORDS: [RegExp, keyof Facts][] = [
  [/地区|地方|省|城市|region|place|city/i, 'region'],
  [/技能|证书|等级|skill|certificate/i, 'skills'],
  [/职称|title/i, 'titles'],
  [/奖|称号|竞赛|比赛|award|competition/i, 'awards'],
  [/考核|review/i, 'annualReviewsPassed'],
  [/年限|工龄|年|years/i, 'workYears'],
];

/** Which fact a 修改 message names, if any. */
export function modifySlot(rest: string): keyof Facts | undefined {
  return MODIFY_WORDS.find(([re]) => re.test(rest))?.[1];
}

export function modifyWhichReply(locale: Locale): Reply {
  return { text: replyText('modifyWhich', locale), choices: choiceLabels('modify', { locale, facts: {} }), requestedSlot: 'modify' };
}

/** A free question mid-interview: answered from the policy texts with the clause, or honestly not. */
export function freeQuestionReply(text: string, c: DialogContext): { replies: Reply[]; answered: boolean; matched: 'curated' | 'clause' | 'none'; id?: string } {
  const region = c.facts.region;
  const found = keepableText(text) && typeof c.locale === 'string' && (region === undefined || typeof region === 'string')
    ? answered.getOrMake(`${sized(c.locale)}${region === undefined ? '-' : sized(region)}${text}`, () => answerTo(text, c))
    : answerTo(text, c);
  return {
    replies: [{ text: found.text, requestedSlot: null }], answered: found.matched !== 'none', matched: found.matched,
    ...(found.id ? { id: found.id } : {}),
  };
}

// The same short questions come again and again (请问技能证书能评职称吗): the retrieval runs once per text, region
// and locale, and only its words are kept (each reply is built afresh).
interface Answered { text: string; matched: 'curated' | 'clause' | 'none'; id?: string }
const answered = new BoundedMemo<Answered>(500);

function answerTo(text: string, c: DialogContext): Answered {
  const a = ask(text, { region: c.facts.region, locale: c.locale });
  if (a.matched === 'none') return { text: a.answer, matched: 'none' };
  const cites = a.citations.slice(0, 2).map((x) => `${x.docNo} ${x.clause}：“${x.quote}”`).join('\n');
  return { text: `${a.answer}\n${replyText('source', c.locale)}${cites}`, matched: a.matched, ...(a.id ? { id: a.id } : {}) };
}

/** A level with the month it was obtained, when known. */
const dated = (label: string, since: string | undefined, locale: Locale) => since ? `${label}（${formatMonth(since, locale)}）` : label;

/** Whether two values serialise alike (a list the message left untouched is the same list). */
const sameJson = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** What one message taught, in a line ("记下了：重庆；技师（2023年11月）"), when it taught several things or a date
 * had to be assumed: the person sees what the answer rests on. */
export function acknowledgeReply(before: Facts, after: Facts, locale: Locale, always = false): Reply | undefined {
  const parts: string[] = [];
  const sep = locale === 'en' ? ', ' : '、';
  let approx = false;
  if (after.region && after.region !== before.region) parts.push(after.fallback ? `${after.place}→${t(locale, 'rules:region.national')}` : t(locale, `rules:region.${after.region}`));
  if (after.skills && !sameJson(after.skills, before.skills)) {
    if (after.skills.some((x) => x.sinceApprox)) approx = true;
    parts.push(after.skills.length ? after.skills.map((x) => dated(t(locale, `rules:skill.${x.level}`), x.since, locale)).join(sep) : replyText('ack.noSkills', locale));
  }
  if (after.titles && !sameJson(after.titles, before.titles)) {
    if (after.titles.some((x) => x.sinceApprox)) approx = true;
    parts.push(after.titles.length ? after.titles.map((x) => dated(t(locale, `rules:title.${x.level}`), x.since, locale)).join(sep) : replyText('ack.noTitles', locale));
  }
  if (after.workYears !== undefined && after.workYears !== before.workYears) parts.push(replyText('ack.workYears', locale, { years: after.workYears }));
  if (after.annualReviewsPassed !== undefined && after.annualReviewsPassed !== before.annualReviewsPassed) parts.push(replyText(after.annualReviewsPassed ? 'ack.reviewsPassed' : 'ack.reviewsFailed', locale));
  if (after.awards && !sameJson(after.awards, before.awards)) parts.push(after.awards.length ? replyText('ack.awards', locale, { count: after.awards.length }) : replyText('ack.noAwards', locale));
  if (!parts.length || (parts.length < 2 && !approx && !always)) return undefined;
  return { text: replyText('ack.line', locale, { facts: parts.join(locale === 'en' ? '; ' : '；') }) + (approx ? replyText('ack.approx', locale) : ''), requestedSlot: null };
}
