// Subjects the policy texts never speak of (leave from work, household registration): a question about one is refused
// whatever topic word it shares with a covered intent (请假去考试 is not about 考试; 评上工程师能落户 is not about the
// 工程师 route). Each subject's words appear in no policy text (test/qa/uncoveredSubject.test.ts checks it). Pure.
import { WHICH_BETTER_EN } from './judgement';

export interface UncoveredSubject {
  /** What the question is about. */
  subject: 'leave' | 'hukou' | 'age' | 'retirement' | 'dates' | 'subjective';
  /** The not-covered intent whose answer says so, when there is one; else the text key qa:notCovered.<subject>. */
  intent?: string;
}

const SUBJECTS: { subject: UncoveredSubject['subject']; intent?: string; words: RegExp }[] = [
  // Leave from work to sit an exam or a review (请假, 公假, 调休, 带薪假, paid leave, time off).
  { subject: 'leave', words: /请(?:个|几天|一天|半天|两天)?假|[公事病年婚产探]假|考试假|带薪假|[几一两三四五]天假|休假|放假|假期|调休|补休|\b(?:paid|unpaid|annual|study|exam|special) leave\b|\btime off\b|\bdays? off\b|\bleave (?:of absence|from work)\b|\btake (?:a )?(?:day|leave)\b/i },
  // Household registration (落户, 户口, 户籍, 入户, hukou).
  { subject: 'hukou', intent: 'nc_hukou', words: /落户|户口|户籍|入户|迁户|\bhukou\b|household registration|residence registration/i },
  // An age limit (年龄限制, 多大年纪, too old, age cap): no text sets one. (An age said as context, 今年四十五岁, is not this.)
  { subject: 'age', intent: 'nc_age', words: /年龄(?:有|的)?(?:没有|有没有)?(?:限制|要求|上限|下限|门槛|规定)|超龄|年纪(?:太)?大了?(?:还|也)?(?:能|可以)|多大(?:年纪|岁数)|\bage (?:limits?|caps?|restrictions?|requirements?|ceilings?|bars?|rules?)\b|\btoo old\b|\b(?:maximum|minimum|upper|lower) age\b|\bhow old\b/i },
  // Retirement and pensions, in English (in Chinese 快退休了 is often context beside an eligibility question).
  { subject: 'retirement', intent: 'nc_retirement', words: /\bretire(?:d|es|ment|ees?)?\b|\bretiring\b|\bpensions?\b/i },
  // This year's dates, in English: when something is held, opens or closes, a deadline (when the text took effect is
  // the schedule topic's, and no word of it is here).
  { subject: 'dates', intent: 'nc_dates', words: /\bwhat time of (?:the )?year\b|\bwhen (?:is|are|will|do|does)\b[^?.]{0,40}\b(?:held|open|opens|close|closes|due|take place)\b|\bdeadlines?\b|\bclosing date\b/i },
  // Which of two is easier, harder, better, in English: a judgement no text makes (its words: judgement.ts).
  { subject: 'subjective', intent: 'nc_subjective', words: WHICH_BETTER_EN },
];

/** The subject the texts never speak of that the question asks about, if any. */
export function uncoveredSubject(text: string): UncoveredSubject | undefined {
  const hit = SUBJECTS.find((s) => s.words.test(text));
  return hit && { subject: hit.subject, ...(hit.intent ? { intent: hit.intent } : {}) };
}

/** The words of every subject (for the test that no policy text has them). */
export const SUBJECT_WORDS: readonly RegExp[] = SUBJECTS.map((s) => s.words);
