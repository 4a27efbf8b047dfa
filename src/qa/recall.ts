// Readings that keep answerable eligibility questions from being refused: asking words the general cue misses
// (is it possible, waiting period, 考技能等级), a level on the other ladder asked about in general (a title holder
// asking which skill level), and a level named before "可以报了吧" once another level is held (the one wanted).
import { findLevels, type ParsedTarget, type Understanding } from '../dialogs/understand';

/** Asking what one may apply for, in words the main cue does not list. */
const MORE_ASKING = /\bpossible\b|\bopen to (?:me|him|her|them|us|someone)\b|\bavailable to (?:me|him|her|them|us)\b|\bapplying (?:directly )?for\b|\bwaiting period\b|\bskip (?:straight |directly )?to\b|\bstraight to\b|(?:考|报|申报|参加|申请|去考)(?:个|一下)?(?:职业)?技能(?:等级|评价|鉴定|认定)|(?:评|报|申报)(?:个|一下)?职称|年限要求|年限(?:上|方面|这块)|有没有年限|要求几年|要(?:满)?(?:几|多少)年|想(?:再|去|要)?(?:考|评|报|申报|升|冲)(?=[^，,。？?\s]{0,2}(?:高级|技师|工程师|助理|助工|正高|副高|中级|三级|二级|一级))/i;

export function asksMore(text: string): boolean {
  return MORE_ASKING.test(text);
}

/** The other ladder named in general (技能等级 / skill level for a title holder, 职称 / title for a skill holder). */
const SKILL_LADDER = /技能等级|技能评价|职业技能|技能鉴定|技能证|\bskill (?:level|evaluation|assessment|grade|certificate)s?\b/i;
const TITLE_LADDER = /职称|\b(?:professional )?titles?\b/i;

/** Whether a question holding levels of one ladder asks about the other one in general: what is asked is a route. */
export function asksOtherLadder(u: Understanding, text: string): boolean {
  if (u.targets?.length || u.awards?.length) return false;
  const titles = !!u.titles?.length, skills = !!u.skills?.length;
  if (titles && !skills) return SKILL_LADDER.test(text);
  if (skills && !titles) return TITLE_LADDER.test(text);
  return false;
}

/** Right after a level: asking to apply for it (主力工程师可以报了吧, 工程师能评了不). */
const APPLY_AFTER = /^(?:证|职称)?(?:现在|这下|是不是)?(?:可以|能|能不能|可不可以|够)(?:申报|报|评|考|申请)(?:了)?(?:吧|吗|不|么|没|啦|咯|呗|$)/;
const HELD_BEFORE = /(?:是|有|持有|拿了|拿到|考了|评了|评上|取得|当了|干了)[^,，。;；!！?？]{0,3}$/;

/** Two levels read as held on different ladders, the later one named just before "可以报了吧" (and the earlier one
 * not): the later one is the level wanted, not held. */
export function wantedAfterHeld(u: Understanding, text: string): Understanding {
  if (u.targets?.length || !u.skills?.length || !u.titles?.length) return u;
  const hits = findLevels(text, text).filter((h) => !h.target && (h.entry.kind === 'skill' || h.entry.kind === 'title'));
  if (hits.length !== 2) return u;
  const [first, last] = hits;
  if (first.entry.kind === last.entry.kind) return u;
  if (APPLY_AFTER.test(text.slice(first.end)) || !APPLY_AFTER.test(text.slice(last.end)) || HELD_BEFORE.test(text.slice(Math.max(0, last.start - 6), last.start))) return u;
  const e = last.entry;
  if (e.kind === 'skill') {
    const held = u.skills.find((x) => x.level === e.level);
    if (!held || held.since) return u;
    return { ...u, skills: u.skills.filter((x) => x !== held), targets: [{ kind: 'skill', level: e.level } as ParsedTarget] };
  }
  if (e.kind !== 'title') return u;
  const held = u.titles.find((x) => x.level === e.level);
  if (!held || held.since) return u;
  const titles = u.titles.filter((x) => x !== held);
  return { ...u, titles: titles.length ? titles : undefined, targets: [{ kind: 'title', level: e.level } as ParsedTarget] };
}

/** Words of equal treatment (待遇, 比照, same treatment): without them a held and a wanted level is not its question. */
const TREATMENT_WORDS = /待遇|同等|比照|享受|对待|\btreat|\bequal|\bsame (?:pay|status|benefits)/i;

/** A level held and one wanted (助理工程师想考技师, 条件一样吗) that the classifier takes for equal treatment because of
 * words like 一样: the engine's question, unless treatment's own words are there. */
export function notTreatment(u: Understanding, text: string): boolean {
  return !!u.targets?.length && !!(u.skills?.length || u.titles?.length) && !TREATMENT_WORDS.test(text);
}
