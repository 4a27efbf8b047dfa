// What a "don't know" is about, when the message names it (考核的事我不清楚, not sure about my awards): the slot it
// leaves unknown. Said while another question is asked, it answers that topic, not the question asked.

/** The slots a don't-know can name, each with the words that name it. */
const TOPICS: [RegExp, 'annualReviewsPassed' | 'titles' | 'awards' | 'workYears' | 'region'][] = [
  [/考核|考评|年度评议|\b(?:annual )?(?:reviews?|appraisals?|evaluations?)\b/, 'annualReviewsPassed'],
  [/职称|\b(?:professional )?titles?\b/, 'titles'],
  [/奖|荣誉|称号|比赛|竞赛|大赛|技术能手|\b(?:awards?|prizes?|honou?rs?|competitions?|contests?)\b/, 'awards'],
  [/工龄|工作年限|从业年限|工作(?:了)?(?:几|多少)年|干了(?:几|多少)年|\b(?:years? of (?:work|service|experience)|how long i(?:'ve| have) worked)\b/, 'workYears'],
  [/哪里的政策|哪个地方的政策|属于哪里|归哪里管|\bwhich (?:region|province|city)\b/, 'region'],
];
/** A date asked (哪年拿的, when): the don't-know is about a date, not a whole topic. */
const DATE_WORDS = /哪年|哪一年|几月|什么时候|啥时候|\bwhen\b|\bwhat (?:year|month)\b/;

/** The one topic a don't-know names, if exactly one is named and no date is what is not known. */
export function unknownTopic(norm: string): (typeof TOPICS)[number][1] | undefined {
  if (DATE_WORDS.test(norm)) return undefined;
  let found: (typeof TOPICS)[number][1] | undefined;
  for (const [re, slot] of TOPICS) {
    if (!re.test(norm)) continue;
    if (found) return undefined;
    found = slot;
  }
  return found;
}

/** The fact a slot fills (skills.since → skills). */
export const slotTopic = (slot: string | null | undefined): string | undefined => slot?.split('.')[0];
