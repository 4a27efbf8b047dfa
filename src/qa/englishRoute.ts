// Telegraphic English routes ("technician 5 yrs liaoning engineer ok?", "deputy senior -> senior technician, years
// needed", "full senior title holder senior technician direct?"): two levels on different ladders and no verb of
// wanting; the later one, asked about or after an arrow, is the level wanted, the earlier one is held.
import { findLevels, type ParsedTarget, type Understanding } from '../dialogs/understand';
import { skillRank, titleRank } from '../rules/vocabulary';

/** Between the two levels: a way from one to the other (->, to, then, into). */
const ROUTE_BETWEEN = /(?:-+>|→|=>|>|\bto\b|\bthen\b|\binto\b|\btowards?\b)/i;
/** Between them: both held (and, with, plus, also), or the two compared (vs, or): not a route. */
const BOTH_HELD_BETWEEN = /\b(?:and|with|plus|also|as well as|besides|both|vs|versus|or|compared|than)\b|&/i;
/** Right before the later level: it is said to be held. */
const HELD_BEFORE = /\b(?:i'?m|i am|i have|i've|have|hold|holding|got|already|currently)(?: an?| the| my)?\s*$/i;

/** The later of two levels on different ladders, in an English question with no level wanted read, is the level
 * wanted when it is asked about (the understanding's reading) or follows an arrow or "to" from the other. */
export function withEnglishRoute(text: string, u: Understanding): Understanding {
  if (u.targets?.length) return u;
  if (u.awards?.length) return awardTarget(text, u);
  if ( /\p{Script=Han}{2}/u.test(text) || !/[a-z]{3}/i.test(text)) return u;
  if (!/[?]|\b(?:ok|okay|possible|years?|yrs?|how long|direct(?:ly)?|next|can|could|which|what)\b/i.test(text)) return u;
  const lower = text.toLowerCase();
  // (one level said twice, "advanced worker level 3 cert", is one level)
  const hits = findLevels(lower, lower).filter((h) => h.entry.kind === 'skill' || h.entry.kind === 'title')
    .filter((h, i, all) => !all.slice(0, i).some((x) => x.entry.kind === h.entry.kind && 'level' in x.entry && 'level' in h.entry && x.entry.level === h.entry.level));
  if (hits.length !== 2) return u;
  const [first, last] = hits;
  const a = first.entry, b = last.entry;
  if (a.kind === b.kind || first.target || (a.kind !== 'skill' && a.kind !== 'title') || (b.kind !== 'skill' && b.kind !== 'title')) return u;
  const between = lower.slice(first.end, last.start);
  if (BOTH_HELD_BETWEEN.test(between) || HELD_BEFORE.test(lower.slice(0, last.start))) return u;
  const asked = (u.readings ?? []).some((r) => r.meaning === 'asks' && r.what === b.kind && r.level === b.level);
  if (!asked && !ROUTE_BETWEEN.test(between)) return u;
  const held = b.kind === 'skill' ? u.skills?.find((x) => x.level === b.level) : u.titles?.find((x) => x.level === b.level);
  if (held?.since) return u; // (a date said with it: held)
  const skills = (u.skills ?? []).filter((x) => b.kind !== 'skill' || x.level !== b.level);
  const titles = (u.titles ?? []).filter((x) => b.kind !== 'title' || x.level !== b.level);
  // (the earlier level is the one held, as the understanding may have read it only as asked about)
  if (a.kind === 'skill' && !skills.some((x) => x.level === a.level)) skills.push({ level: a.level });
  if (a.kind === 'title' && !titles.some((x) => x.level === a.level)) titles.push({ level: a.level });
  const target = (b.kind === 'skill' ? { kind: 'skill', level: b.level } : { kind: 'title', level: b.level }) as ParsedTarget;
  return { ...u, skills: skills.length ? skills : undefined, titles: titles.length ? titles : undefined, targets: [target] };
}

/** English ways of asking what a route takes that the general cue misses: how long / how many yrs before a level,
 * "years needed", "any year requirement", a telegraphic "…ok?", "…direct?", "…next?", "which skill cert",
 * "want (a) skill level", "how long must a technician work before…", "which one matches". */
const EN_ROUTE_ASK = /\bhow long (?:for|before|until|till|to|after)\b|\bhow long (?:must|should|do|does|did|would|will)\b[^?.]{0,50}\b(?:before|until|till)\b|\bwhich (?:one|level|grade)s? (?:matches|fits|corresponds)\b|\bhow long\s*\?|\bafter how long\b|\bhow many (?:yrs|years)\b|\b(?:yrs|years?) (?:needed|required|requirement)\b|\b(?:any|what) (?:yrs?|years?) requirement|\b(?:years?|yrs)\s*\?|\b(?:ok|okay|direct(?:ly)?|next)\s*\?|\bwhich (?:skill )?(?:cert(?:ificate)?|grade)s?\b|\bwants? (?:an? |the |to get (?:an? |the )?)?(?:skill (?:level|grade|cert(?:ificate)?)|title)s?\b/i;
export function englishRouteAsk(text: string): boolean {
  return EN_ROUTE_ASK.test(text);
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
 * 这个奖管用吗, "head of a master studio, direct title?", "does it count"). */
const AWARD_ASK = /算不算|算吗|算数吗|算不算数|管用吗|管不管用|有用吗|有没有用|顶用吗|认不认|认吗|\bdoes (?:it|that|this) count\b|\bcounts?\s*\?|\b(?:direct(?:ly)?\s+)?(?:title|level)s?\s*\?/i;
export function awardCounts(text: string): boolean {
  return AWARD_ASK.test(text);
}
