// The slots of the interview: what the bot asks for and what a bare answer answers. One type, shared by the
// parser (`expecting`), the choices, the next-question logic and the machine.

/** The slots the interview asks, in no particular order (nextQuestion.ts decides the order). */
export const ASKED_SLOTS = [
  'region', 'skills', 'skills.since', 'titles', 'titles.since', 'awards', 'awards.class', 'awards.rank', 'awards.teamSize',
  'annualReviewsPassed', 'workYears',
] as const;
export type AskedSlot = (typeof ASKED_SLOTS)[number];

/**
 * Every slot a message can answer: the asked ones, `modify` (which fact to change), and the extra slots the parser
 * reads when a host asks for them (a yes/no confirmation, a diploma, a school class, a series, an occupation).
 */
export type Slot = AskedSlot | 'modify' | 'confirm' | 'relatedDiploma' | 'techSchoolClass' | 'titles.series' | 'series'
  | 'skills.occupation' | 'occupation' | 'skills.level' | 'titles.level';

const ASKED = new Set<string>(ASKED_SLOTS);
export const isAskedSlot = (s: unknown): s is AskedSlot => typeof s === 'string' && ASKED.has(s);
