// Free policy questions: eligibility computed by the rule engine, Suzhou's annex looked up, topics classified into
// intents kept as data (src/qa/intents/*.json), and an honest "the texts do not cover this" otherwise.
// Pure: no fs, no clock, no SDK (the month comes in as `asOf`), so the dialog can call ask() mid-interview.
import { has, t } from '../i18n';
import { understand, type Locale, type Understanding } from '../dialogs/understand';
import { placesIn } from '../rules/places';
import { REGION_CONFIG } from '../rules/policies';
import type { Citation } from '../rules/result';
import type { Region } from '../rules/vocabulary';
import { ANNEX_TITLE, findInAnnex, rowCitation } from './annex';
import { citationFor } from './clauses';
import { decide, train, type Classifier, type Prediction } from './classifier';
import { eligibilityLines, factsFor, namesFacts, questionFacts, routeLines, withEnglishTargets, type PersonFacts } from './eligibility';
import { answerFor, intents as shippedIntents, servesRegion, type Intent } from './intents';
import { forClassifier, normalizeText } from './normalize';

export interface AskOptions {
  region?: Region;
  locale: Locale;
  /** The hotline to name when the texts do not answer. */
  hotline?: { phone?: string };
  /** The month the answer is for (`YYYY-MM`): years since a date are counted to it. The clock stays outside. */
  asOf?: string;
  /** The person's facts, when asked mid-interview: an eligibility question naming none of its own uses them. */
  facts?: PersonFacts;
}

export interface AskCitation extends Citation {
  /** In English answers: what the Chinese quote says. */
  gloss?: string;
}

export interface AskResult {
  answer: string;
  citations: AskCitation[];
  /** 0..1: the classifier's probability of the intent answered (1 for a computed answer it routed to). */
  confidence: number;
  /** 'curated' a checked answer (an intent's, the engine's or the annex's); 'none' not answered, no citations. */
  matched: 'curated' | 'clause' | 'none';
  /** The intent answered (eligibility, suzhou_annex, a topic, or a not-covered topic when refused). */
  id?: string;
  /** How it was answered. */
  kind?: 'engine' | 'annex' | 'topic' | 'not_covered' | 'unknown';
  /** The region the answer speaks for; undefined: the national baseline, region unknown. */
  region?: Region;
  /** Every region answered, when the question named several. */
  regions?: Region[];
  /** Mid-interview, answered with the person's own facts. */
  usedPersonFacts?: boolean;
}

/** A not-covered intent this probable among the top three, with words of its own in the question, wins: refused. */
export const NOT_COVERED_NEAR = 0.15;

/** A reading under this share of known n-grams is not about anything the intents know (refused). */
export const KNOWN_MIN = 0.25;

// ---------------------------------------------------------------------------------------------------------------
// The model, trained from the intent files on first use.

/** How the shipped model is trained: few epochs at a high rate keep the first question's training near half a second. */
export const TRAINING = { epochs: 5, rate: 4, temperature: 0.5 } as const;

export interface Model { intents: Intent[]; byId: Map<string, Intent>; classifier: Classifier }

export function buildModel(list: readonly Intent[]): Model {
  const examples = list.flatMap((it) => [...it.zh, ...it.en].map((text) => ({ text: forClassifier(text), label: it.id })));
  return { intents: [...list], byId: new Map(list.map((it) => [it.id, it])), classifier: train(examples, TRAINING) };
}

let shipped: Model | undefined;
/** The model of the shipped intent files (trained once, on first use). */
export function model(): Model {
  shipped ??= buildModel(shippedIntents());
  return shipped;
}

/** Whether the shipped model is trained already (the server trains it once healthy: src/server/app.ts's warmUp). */
export const modelTrained = (): boolean => shipped !== undefined;

// ---------------------------------------------------------------------------------------------------------------
// Reading the question.

/** Every region a question names, in order (全国技术能手在辽宁和在重庆 → liaoning, chongqing); a place with no text of
 * its own is the national baseline, unless the region within it is named too (江苏苏州 → suzhou). */
export function regionsIn(text: string): Region[] {
  return placesNamed(text).map((x) => x.region);
}

/** The regions named, each with the first place that named it, and whether that place has no text of its own. */
function placesNamed(text: string): { region: Region; place: string; fallback: boolean }[] {
  const hits = placesIn(text);
  const out: { region: Region; place: string; fallback: boolean }[] = [];
  for (const h of hits) {
    if (h.fallback && h.contains?.some((r) => hits.some((x) => x.region === r))) continue;
    if (!out.some((x) => x.region === h.region)) out.push({ region: h.region, place: text.slice(h.start, h.end), fallback: h.fallback });
  }
  return out;
}

/** Words that ask what it takes (怎样才能评上, 要什么条件, how do I become): a level asked for with nothing held. */
const HOW_CUE = /怎样|怎么|咋样|咋才|如何|什么条件|啥条件|哪些条件|要什么|要啥|需要|几年|多久|条件|\bhow (do|can|would)\b|what does it take|conditions|requirements?\b/i;

/** Words that ask what someone can apply for (eligibility), as opposed to a topic (待遇, 材料, 论文 …). */
const ELIGIBILITY_CUE = /能(不能)?(评|报|考|申报|申请|直接|破格)|可以(评|报|考|申报|申请|直接|破格)|可不可以(评|报|考)|能否|评(什么|啥|哪)|报(什么|啥|哪)|考(什么|啥|哪)|(评|报|升|到)(哪一?级|几级)|什么职称|啥职称|什么等级|哪级职称|[评报考].{0,4}[不吗么]|what (title|level|skill level)|can (i|a|an|he|she|they|someone)\b.*\b(apply|get|become|take|reach)|which (title|level)|eligible/i;

const round = (x: number) => Math.round(x * 100) / 100;

/** The lead-in naming whose text answers; a place elsewhere named in the question (广东, 无锡) is said to get the
 * national baseline. */
type Lead = (region: Region | undefined) => string;
function leadFor(locale: Locale, elsewhere: string | undefined): Lead {
  return (region) => (region === 'national' && elsewhere ? t(locale, 'qa:prefix.elsewhere', { place: elsewhere }) : t(locale, `qa:prefix.${region ?? 'unknown'}`));
}

/** Jiangxi applies 96号 as is: an answer resting on 96号 cites Jiangxi's adoption too (ruling 9). */
function withAdoption(citations: Citation[], region: Region | undefined): Citation[] {
  const adoption = region ? REGION_CONFIG[region].adoption : undefined;
  if (!adoption || citations.some((c) => c.policy === adoption.policy) || !citations.some((c) => c.policy === 'national-2020-96')) return citations;
  return [citationFor({ id: `${adoption.policy}:${adoption.clause}`, excerpt: adoption.quote }), ...citations];
}

function refusal(locale: Locale, opts: AskOptions, confidence: number, id?: string, kind: AskResult['kind'] = 'unknown', m?: Model): AskResult {
  const phone = opts.hotline?.phone;
  const intent = id ? (m ?? model()).byId.get(id) : undefined;
  const key = intent?.kind === 'not_covered' ? answerFor(intent, undefined)?.key : undefined;
  const who = phone ? t(locale, 'qa:none.who.withPhone', { phone }) : t(locale, 'qa:none.who.text');
  const answer = key ? `${t(locale, `qa:${key}`)}${who}` : phone ? t(locale, 'qa:none.withPhone', { phone }) : t(locale, 'qa:none.text');
  return { answer, citations: [], confidence: round(confidence), matched: 'none', ...(key ? { id, kind } : { kind: 'unknown' }) };
}

function glossed(citations: Citation[], locale: Locale, gloss: string | undefined): AskCitation[] {
  if (locale !== 'en' || !gloss) return citations;
  return citations.map((c) => ({ ...c, gloss }));
}

// ---------------------------------------------------------------------------------------------------------------
// Answers.

function topicAnswer(intent: Intent, regions: (Region | undefined)[], locale: Locale, confidence: number, u: Understanding, prefix: Lead): AskResult | undefined {
  const lines: string[] = [];
  const citations: AskCitation[] = [];
  const served: Region[] = [];
  for (const region of regions) {
    if (!servesRegion(intent, region)) continue;
    const a = answerFor(intent, region);
    if (!a) continue;
    let key = a.key;
    // Theory exemption is for title holders: asked by someone with no title, say that first.
    if (intent.id === 'theory_exempt' && u.titles && u.titles.length === 0) key = 'theory.noTitle';
    const body = t(locale, `qa:a.${key}`);
    lines.push(intent.plain ? body : prefix(region) + body);
    const cites = withAdoption(a.cite.map((c) => citationFor({ id: c.clause, excerpt: c.quote })), region);
    for (const c of glossed(cites, locale, body.replace(/^[^：:]{0,40}[：:]\s*/, ''))) {
      if (!citations.some((x) => x.quote === c.quote && x.clause === c.clause)) citations.push(c);
    }
    if (region) served.push(region);
  }
  if (!lines.length) return undefined;
  return {
    answer: lines.join('\n'), citations, confidence: round(confidence), matched: 'curated', id: intent.id, kind: 'topic',
    region: regions[0], ...(regions.length > 1 ? { regions: served } : {}),
  };
}

/** A trade or specialty of the annex in the answer's language (the annex itself is quoted in Chinese). */
function annexName(locale: Locale, zh: string): string {
  return locale === 'en' && has(locale, `qa:annexName.${zh}`) ? `${t(locale, `qa:annexName.${zh}`)} (${zh})` : zh;
}

function annexAnswer(text: string, regions: (Region | undefined)[], locale: Locale, confidence: number, prefix: Lead): AskResult {
  const found = findInAnnex(text);
  const suzhou = regions.includes('suzhou');
  const region = regions[0];
  let body: string;
  let citations: Citation[];
  switch (found.kind) {
    case 'trade':
      body = t(locale, suzhou ? 'qa:a.annex.suzhou.occupation' : 'qa:a.annex.other.occupation', { occupation: annexName(locale, found.trade), specialty: annexName(locale, found.row.specialty) });
      citations = [rowCitation(found.row)];
      break;
    case 'specialty':
      body = t(locale, 'qa:a.annex.suzhou.specialty', { specialty: annexName(locale, found.row.specialty), occupations: found.row.occupations.map((o) => annexName(locale, o)).join(locale === 'en' ? ', ' : '、') });
      citations = [rowCitation(found.row)];
      break;
    case 'unlisted':
      body = t(locale, found.closest.length ? 'qa:a.annex.unlisted.closest' : 'qa:a.annex.unlisted.none', { trade: found.trade, closest: found.closest.map((o) => annexName(locale, o)).join(locale === 'en' ? ', ' : '、') });
      citations = [ANNEX_TITLE];
      break;
    default:
      body = t(locale, suzhou ? 'qa:a.annex.suzhou.general' : 'qa:a.annex.other.general');
      citations = [ANNEX_TITLE];
  }
  // Elsewhere the trade answer says itself that the region has no list; the others get it said first.
  const lead = suzhou || found.kind === 'none' || found.kind === 'trade' ? '' : t(locale, 'qa:a.annex.otherLead');
  return {
    answer: prefix(region) + lead + body, citations: glossed(citations, locale, body), confidence: round(confidence),
    matched: 'curated', id: 'suzhou_annex', kind: 'annex', region,
  };
}

function engineAnswer(u: Understanding, regions: (Region | undefined)[], opts: AskOptions, confidence: number, prefix: Lead): AskResult | undefined {
  const asOf = opts.asOf ?? FALLBACK_MONTH;
  const got = factsFor(u, asOf, opts.facts);
  if (!got) return undefined;
  const locale = opts.locale;
  const asked = regions.map((r) => r ?? 'national');
  let lines;
  try {
    lines = eligibilityLines(u, got.facts, asked, asOf, locale);
  } catch {
    return undefined; // facts the engine refuses (a rank of 5000, 90 years of work): not an eligibility answer
  }
  const text = lines.map((l, i) => prefix(regions[i]) + l.text).join('\n');
  const citations: AskCitation[] = [];
  lines.forEach((l) => {
    const cites = withAdoption(l.citations, l.region);
    for (const c of glossed(cites, locale, l.text)) if (!citations.some((x) => x.quote === c.quote && x.clause === c.clause)) citations.push(c);
  });
  if (!citations.length) return undefined;
  const lead = got.own ? '' : t(locale, 'qa:elig.yourFacts');
  return {
    answer: lead + text, citations, confidence: round(confidence), matched: 'curated', id: 'eligibility', kind: 'engine',
    region: regions[0], ...(regions.length > 1 ? { regions: asked } : {}), ...(got.own ? {} : { usedPersonFacts: true }),
  };
}

/** Without an `asOf`, durations ("拿证三年了") still count right: they are read against the same month. */
const FALLBACK_MONTH = '2026-01';

/** Answer a free policy question for the person's region (or the regions it names); never makes an answer up. */
export function ask(question: string, opts: AskOptions, m: Model = model()): AskResult {
  const text = normalizeText(question);
  if (!/[\p{L}\p{N}]/u.test(text)) return refusal(opts.locale, opts, 0);
  const named = placesNamed(text);
  const regions: (Region | undefined)[] = named.length ? named.map((x) => x.region) : [opts.region];
  const lead = leadFor(opts.locale, named.find((x) => x.region === 'national' && x.fallback)?.place);
  const u = withEnglishTargets(text, questionFacts(understand(text, { asOf: opts.asOf ?? FALLBACK_MONTH, ...(regions[0] ? { region: regions[0] } : {}) })));

  const features = forClassifier(text);
  const preds: Prediction[] = m.classifier.predict(features);
  const known = m.classifier.known(features);
  const decided = known >= KNOWN_MIN ? decide(preds) : undefined;
  // A confident guess from question words alone (火星上有什么 → 有什么 → 待遇) is no answer: the question must share
  // something distinctive with the intent's phrasings.
  // (The engine's intent is the exception: its evidence is the facts the question names, checked below.)
  const decidedIntent = decided ? m.byId.get(decided.label) : undefined;
  const top = decided && (decidedIntent?.kind === 'engine' || m.classifier.support(features, decided.label).length) ? decided : undefined;
  const intent = top ? m.byId.get(top.label) : undefined;
  const p = preds[0]?.p ?? 0;

  // Eligibility: the classifier says so, or the question names what one holds and asks what it opens.
  const cue = ELIGIBILITY_CUE.test(text);
  // Something the texts do not cover, close behind (报名费, 考场, 截止): never answered with a nearby rule instead.
  const uncovered = preds.slice(0, 3).find((x) => x.p >= NOT_COVERED_NEAR && m.byId.get(x.label)?.kind === 'not_covered'
    && m.classifier.support(features, x.label).length > 0);
  if (uncovered && intent?.kind !== 'not_covered' && !(intent?.kind === 'engine' && (top?.p ?? 0) >= 0.8)) {
    return refusal(opts.locale, opts, uncovered.p, uncovered.label, 'not_covered', m);
  }
  const engineFirst = intent?.kind === 'engine' || (cue && namesFacts(u) && (!intent || intent.kind === 'topic' && (top?.p ?? 0) < 0.8 && ENGINE_TOPICS.has(intent.id)));
  // A skill holder asking for the next skill level is asking about 晋级 (the engine offers it to title holders only).
  const skillUp = !!u.targets?.length && u.targets.every((x) => x.kind === 'skill') && !!u.skills?.length && !u.titles?.length;
  const upgrade = m.byId.get('upgrade');
  if (skillUp && upgrade && intent && (intent.kind === 'engine' || intent.id === 'upgrade' || ENGINE_TOPICS.has(intent.id))) {
    const a = topicAnswer(upgrade, regions, opts.locale, top?.p ?? p, u, lead);
    if (a) return a;
  }
  if (engineFirst) {
    const a = engineAnswer(u, regions, opts, top?.p ?? p, lead);
    if (a) return a;
    // Facts below what the texts start from (中级工, 初级工): the topic that says so.
    const junior = m.byId.get('junior_skill');
    if (junior && u.skills?.length) {
      const j = topicAnswer(junior, regions, opts.locale, top?.p ?? p, u, lead);
      if (j) return j;
    }
  }
  if (!intent) return refusal(opts.locale, opts, p);
  switch (intent.kind) {
    case 'annex':
      return annexAnswer(text, regions, opts.locale, top!.p, lead);
    case 'topic':
      return topicAnswer(intent, regions, opts.locale, top!.p, u, lead) ?? refusal(opts.locale, opts, p);
    case 'not_covered':
      return refusal(opts.locale, opts, top!.p, intent.id, 'not_covered', m);
    case 'engine': {
      // No certificate at all (没有证): the texts start from 高级工, and the answer that says so.
      const junior = m.byId.get('junior_skill');
      if (junior && u.skills && u.skills.length === 0 && !u.titles?.length && !u.awards?.length) {
        const j = topicAnswer(junior, regions, opts.locale, top!.p, u, lead);
        if (j) return j;
      }
      // A level asked for with nothing held (怎样才能评上工程师): the texts' routes to it.
      if (u.targets?.length && HOW_CUE.test(text)) {
        const asked = regions.map((r) => r ?? 'national');
        const lines = routeLines(u.targets, asked, opts.locale);
        const citations = lines.flatMap((l) => withAdoption(l.citations, l.region));
        if (citations.length) {
          const body = lines.map((l, i) => lead(regions[i]) + l.text).join('\n');
          return { answer: body, citations: glossed(citations, opts.locale, body), confidence: round(top!.p), matched: 'curated', id: intent.id, kind: 'engine', region: regions[0], ...(regions.length > 1 ? { regions: asked } : {}) };
        }
      }
      // An eligibility question with no facts at all: ask for them (not an answer).
      return { answer: t(opts.locale, 'qa:elig.needFacts'), citations: [], confidence: round(top!.p), matched: 'none', id: intent.id, kind: 'engine' };
    }
    default:
      return refusal(opts.locale, opts, p);
  }
}

/** Topics an eligibility question with facts is easily taken for (the engine answers them better). */
const ENGINE_TOPICS = new Set(['who_s2t', 't2s_general', 'green_list', 'green_competition', 's2t_full_senior', 'upgrade', 'direct_skill', 'junior_skill', 'years_counting']);

/** The intents nearest to a question, best first (for tests and for adding phrasings). */
export function rankIntents(question: string, n = 3, m: Model = model()): Prediction[] {
  return m.classifier.predict(forClassifier(normalizeText(question))).slice(0, n).map((x) => ({ label: x.label, p: round(x.p) }));
}
