// Telegraphic English, read in this one place: a level asked for with no verb of wanting. Either the question ends
// on it ("technician 5 years, engineer ok?", "senior worker since 2023 - assistant engineer this year?") or two levels
// on different ladders stand with an arrow or an ask between them ("deputy senior -> senior technician, years
// needed", "full senior title holder senior technician direct?"): the later one is wanted, the earlier one held.
import { findLevels, type ParsedTarget, type Understanding } from '../dialogs/understand';
import { REGIONS, skillRank, titleRank, type SkillLevel, type TitleLevel } from '../rules/vocabulary';

type Level = { kind: 'skill'; level: SkillLevel } | { kind: 'title'; level: TitleLevel };

/** The English names of the levels, longest first where one contains another (eligibility.ts's verbs of wanting read
 * the same names). */
export const EN_LEVELS: [string, Level][] = [
  ['senior technician', { kind: 'skill', level: 'senior_technician' }], ['technician', { kind: 'skill', level: 'technician' }],
  ['senior worker', { kind: 'skill', level: 'senior_worker' }], ['full senior engineer', { kind: 'title', level: 'full_senior' }],
  ['full senior', { kind: 'title', level: 'full_senior' }], ['deputy senior', { kind: 'title', level: 'deputy_senior' }],
  ['senior engineer', { kind: 'title', level: 'deputy_senior' }], ['assistant engineer', { kind: 'title', level: 'assistant' }],
  ['engineer', { kind: 'title', level: 'intermediate' }],
  // (a title's level said with the word title: an intermediate title, an assistant-level title)
  ['intermediate title', { kind: 'title', level: 'intermediate' }], ['intermediate-level title', { kind: 'title', level: 'intermediate' }],
  ['assistant title', { kind: 'title', level: 'assistant' }], ['assistant-level title', { kind: 'title', level: 'assistant' }],
];

/** A level ending the question after a break (a comma, a dash) or a place named before it, with only asking words
 * after it: the one wanted. ("i am an engineer?" holds it: no break before it.) */
const ASKED_LAST = new RegExp(`(?:[,;:.\u2013\u2014-]|\\b(?:${REGIONS.filter((r) => r !== 'national').join('|')}|china|then|so|now))\\s+(?:the\\s+|an?\\s+)?(${EN_LEVELS.map(([n]) => n).join('|')})(?:\\s+(?:title|level|cert(?:ificate)?|grade))?(?:\\s+(?:ok|okay|possible|allowed|doable|feasible|yet|now|already|directly|next|this year|next year|or not|then|pls|please))*\\s*[?？]+\\s*$`, 'i');

/** The level a telegraphic question ends on, asked for (ASKED_LAST). */
function levelLast(text: string): Level | undefined {
  const m = ASKED_LAST.exec(text);
  return m ? EN_LEVELS.find(([n]) => n === m[1].toLowerCase())?.[1] : undefined;
}

/** Between the two levels: a way from one to the other (->, to, then, into). */
const ROUTE_BETWEEN = /(?:-+>|→|=>|>|\bto\b|\bthen\b|\binto\b|\btowards?\b)/i;
/** Between them: both held (and, with, plus, also), or the two compared (vs, or): not a route. */
const BOTH_HELD_BETWEEN = /\b(?:and|with|plus|also|as well as|besides|both|vs|versus|or|compared|than)\b|&/i;
/** Right before the later level: it is said to be held. */
const HELD_BEFORE = /\b(?:i'?m|i am|i have|i've|have|hold|holding|got|already|currently)(?: an?| the| my)?\s*$/i;

/** `want` as the level asked for: moved out of what is held; `held`, the earlier level, put in (the understanding may
 * have read it as asked about only). No level left on a ladder: none said (undefined, not an empty list). */
function asTarget(u: Understanding, want: Level, held?: Level): Understanding {
  const skills = (u.skills ?? []).filter((x) => want.kind !== 'skill' || x.level !== want.level);
  const titles = (u.titles ?? []).filter((x) => want.kind !== 'title' || x.level !== want.level);
  if (held?.kind === 'skill' && !skills.some((x) => x.level === held.level)) skills.push({ level: held.level });
  if (held?.kind === 'title' && !titles.some((x) => x.level === held.level)) titles.push({ level: held.level });
  return { ...u, skills: skills.length ? skills : undefined, titles: titles.length ? titles : undefined, targets: [{ ...want } as ParsedTarget] };
}

/** A level named after which / what ("which engineer title can I apply for", "what senior technician grade"): the
 * kind of level asked about, not one held, nor the one level wanted. */
const WHICH_LEVEL = new RegExp(`\\b(?:which|what)(?: kind of| type of| sort of)?\\s+(?:an?\\s+)?(${EN_LEVELS.map(([n]) => n).join('|')})\\b`, 'gi');
function withoutWhichLevel(text: string, u: Understanding): Understanding {
  if (!u.skills?.length && !u.titles?.length) return u;
  const asked = [...text.matchAll(WHICH_LEVEL)].map((m) => EN_LEVELS.find(([n]) => n === m[1].toLowerCase())?.[1]).filter((x): x is Level => !!x);
  if (!asked.length) return u;
  const isAsked = (kind: string, x: { level: string; since?: string }) => !x.since && asked.some((a) => a.kind === kind && a.level === x.level);
  const skills = (u.skills ?? []).filter((x) => !isAsked('skill', x));
  const titles = (u.titles ?? []).filter((x) => !isAsked('title', x));
  if (skills.length === (u.skills ?? []).length && titles.length === (u.titles ?? []).length) return u;
  // (its reading dropped: "which engineer title" asks about the engineering titles, not about the one level)
  const readings = (u.readings ?? []).filter((r) => !(r.level && asked.some((a) => a.kind === r.what && a.level === r.level)));
  return { ...u, skills: skills.length ? skills : undefined, titles: titles.length ? titles : undefined, readings };
}

/** The level wanted in a telegraphic English question with none read: the level it ends on, else the later of two
 * levels on different ladders when it is asked about (the understanding's reading) or follows an arrow or "to". An
 * award named with one level asked: that level is what the award is asked to open. */
export function withEnglishRoute(text: string, u: Understanding): Understanding {
  if (u.targets?.length) return u;
  u = withoutWhichLevel(text, u);
  const last = levelLast(text);
  if (last) return asTarget(u, last);
  if (u.awards?.length) return awardTarget(text, u);
  if ( /\p{Script=Han}{2}/u.test(text) || !/[a-z]{3}/i.test(text)) return u;
  if (!/[?]|\b(?:ok|okay|possible|years?|yrs?|how long|direct(?:ly)?|next|can|could|which|what)\b/i.test(text)) return u;
  const lower = text.toLowerCase();
  // (one level said twice, "advanced worker level 3 cert", is one level)
  const hits = findLevels(lower, lower).filter((h) => h.entry.kind === 'skill' || h.entry.kind === 'title')
    .filter((h, i, all) => !all.slice(0, i).some((x) => x.entry.kind === h.entry.kind && 'level' in x.entry && 'level' in h.entry && x.entry.level === h.entry.level));
  if (hits.length !== 2) return u;
  const [first, last2] = hits;
  const a = first.entry, b = last2.entry;
  if (a.kind === b.kind || first.target || (a.kind !== 'skill' && a.kind !== 'title') || (b.kind !== 'skill' && b.kind !== 'title')) return u;
  const between = lower.slice(first.end, last2.start);
  if (BOTH_HELD_BETWEEN.test(between) || HELD_BEFORE.test(lower.slice(0, last2.start))) return u;
  const asked = (u.readings ?? []).some((r) => r.meaning === 'asks' && r.what === b.kind && r.level === b.level);
  if (!asked && !ROUTE_BETWEEN.test(between)) return u;
  const held = b.kind === 'skill' ? u.skills?.find((x) => x.level === b.level) : u.titles?.find((x) => x.level === b.level);
  if (held?.since) return u; // (a date said with it: held)
  return asTarget(u, { kind: b.kind, level: b.level } as Level, { kind: a.kind, level: a.level } as Level);
}

/** English ways of asking what a route takes that the general cue misses: how long / how many yrs before a level
 * (with words between: "how long must a technician work before…"),
 * "years needed", "any year requirement", a telegraphic "…ok?", "…direct?", "…next?", "which skill cert",
 * "want (a) skill level" (wants, needs, looking for: said of a colleague or an employee too), "how long must a
 * technician work before…", "which one matches". */
const EN_ROUTE_ASK = /\bhow long (?:for|before|until|till|to|after)\b|\bhow (?:long|many (?:yrs|years))\b[^?.;]{0,60}?\b(?:before|until|till|to get|to reach|to become|to apply for)\b|\bwhich (?:one|level|grade)s? (?:matches|fits|corresponds)\b|\bhow long\s*\?|\bafter how long\b|\bhow many (?:yrs|years)\b|\b(?:yrs|years?) (?:needed|required|requirement)\b|\b(?:any|what) (?:yrs?|years?) (?:requirements?|limits?|limitations?|restrictions?)|\b(?:years?|yrs)\s*\?|\b(?:ok|okay|direct(?:ly)?|next)\s*\?|\bwhich (?:skill )?(?:cert(?:ificate)?|grade)s?\b|\b(?:wants?|wanted|wanting|needs?|needed|needing|looking for|seeks?|seeking) (?:an? |the |to get (?:an? |the )?)?(?:skill (?:level|grade|cert(?:ificate)?)|title)s?\b/i;
/** Whether an English question asks what a route takes: in so many words (EN_ROUTE_ASK), or telegraphically, ending
 * on the level the reading above took as wanted. */
export function englishRouteAsk(text: string, u?: Understanding): boolean {
  return EN_ROUTE_ASK.test(text) || (!!u?.targets?.length && !!levelLast(text));
}

/** Whether the facts read hold a title, or a skill level of 高级工 or above: where the texts' routes start. */
export function heldFromStart(u: Understanding): boolean {
  return !!u.titles?.some((x) => titleRank(x.level) >= titleRank('assistant')) || !!u.skills?.some((x) => skillRank(x.level) >= skillRank('senior_worker'));
}

/** Right before a level: it is the one asked about (which engineer title, what kind of skill level). */
const WHICH_BEFORE = /\b(?:which|what)\s+(?:kind of\s+|sort of\s+|type of\s+)?$/i;

/** An award and one level asked about, in English ("worldskills gold -> full senior title?", "heritage inheritor
 * direct deputy senior?"): the level is what the award is asked to open, not a level held. */
function awardTarget(text: string, u: Understanding): Understanding {
  if (/\p{Script=Han}{2}/u.test(text) || !/[a-z]{3}/i.test(text)) return u;
  let asked = (u.readings ?? []).filter((r) => r.meaning === 'asks' && (r.what === 'skill' || r.what === 'title') && r.level);
  // (a level right after which / what, "which engineer title can I apply for", is asked, though read as held)
  const lower = text.toLowerCase();
  const whichLevels = findLevels(lower, lower).filter((h) => (h.entry.kind === 'skill' || h.entry.kind === 'title') && WHICH_BEFORE.test(lower.slice(0, h.start)));
  const heldReadings = (u.readings ?? []).filter((r) => r.meaning === 'holds' && (r.what === 'skill' || r.what === 'title'));
  if (!asked.length && whichLevels.length === 1 && heldReadings.length === 1 && 'level' in whichLevels[0].entry
    && heldReadings[0].what === whichLevels[0].entry.kind && heldReadings[0].level === whichLevels[0].entry.level) asked = heldReadings;
  else if (heldReadings.length) return u;
  if (asked.length !== 1) return u;
  const r = asked[0];
  const held = r.what === 'skill' ? u.skills?.find((x) => x.level === r.level) : u.titles?.find((x) => x.level === r.level);
  if (held?.since) return u;
  const skills = (u.skills ?? []).filter((x) => r.what !== 'skill' || x.level !== r.level);
  const titles = (u.titles ?? []).filter((x) => r.what !== 'title' || x.level !== r.level);
  const target = (r.what === 'skill' ? { kind: 'skill', level: r.level } : { kind: 'title', level: r.level }) as ParsedTarget;
  return { ...u, skills: skills.length ? skills : undefined, titles: titles.length ? titles : undefined, targets: [target] };
}

/** An award named and asked whether it counts or what it opens, in words the general cue misses (国赛第三名算不算,
 * 这个奖管用吗, 拿了第三能干嘛, 有啥用, what can I do with it, "head of a master studio, direct title?", "does it count"). */
const AWARD_ASK = /算不算|算吗|算数吗|算不算数|管用吗|管不管用|有用吗|有没有用|顶用吗|认不认|认吗|能(?:干|做|用来?干|用来?做)(?:嘛|啥|吗|什么|点啥|点什么)|有(?:啥|什么|什么样的)用(?:处|场)?|顶(?:啥|什么)用|管(?:啥|什么)用|\bwhat (?:can|could) (?:i|we|he|she|they) do with (?:it|that|this)\b|\bwhat (?:does|would|will) (?:it|that|this) (?:get|give|bring) (?:me|us|him|her|them)\b|\bwhat(?:'s| is) (?:it|that|this) (?:good|useful) for\b|\bdoes (?:it|that|this) count\b|\bcounts?\s*\?|\b(?:direct(?:ly)?\s+)?(?:title|level)s?\s*\?/i;
export function awardCounts(text: string): boolean {
  return AWARD_ASK.test(text);
}
