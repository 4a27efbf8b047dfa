// Subjects the policy texts never speak of (leave from work, household registration): a question about one is refused
// whatever topic word it shares with a covered intent (请假去考试 is not about 考试; 评上工程师能落户 is not about the
// 工程师 route). Each subject's words appear in no policy text (test/qa/uncoveredSubject.test.ts checks it). Pure.

export interface UncoveredSubject {
  /** What the question is about. */
  subject: 'leave' | 'hukou';
  /** The not-covered intent whose answer says so, when there is one; else the text key qa:notCovered.<subject>. */
  intent?: string;
}

const SUBJECTS: { subject: UncoveredSubject['subject']; intent?: string; words: RegExp }[] = [
  // Leave from work to sit an exam or a review (请假, 公假, 调休, 带薪假, paid leave, time off).
  { subject: 'leave', words: /请(?:个|几天|一天|半天|两天)?假|[公事病年婚产探]假|考试假|带薪假|[几一两三四五]天假|休假|放假|假期|调休|补休|\b(?:paid|unpaid|annual|study|exam|special) leave\b|\btime off\b|\bdays? off\b|\bleave (?:of absence|from work)\b|\btake (?:a )?(?:day|leave)\b/i },
  // Household registration (落户, 户口, 户籍, 入户, hukou).
  { subject: 'hukou', intent: 'nc_hukou', words: /落户|户口|户籍|入户|迁户|\bhukou\b|household registration|residence registration/i },
];

/** The subject the texts never speak of that the question asks about, if any. */
export function uncoveredSubject(text: string): UncoveredSubject | undefined {
  const hit = SUBJECTS.find((s) => s.words.test(text));
  return hit && { subject: hit.subject, ...(hit.intent ? { intent: hit.intent } : {}) };
}

/** The words of every subject (for the test that no policy text has them). */
export const SUBJECT_WORDS: readonly RegExp[] = SUBJECTS.map((s) => s.words);
