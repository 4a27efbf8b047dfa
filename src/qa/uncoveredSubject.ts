// Subjects the policy texts never speak of (leave from work, household registration): a question about one is refused
// whatever topic word it shares with a covered intent (请假去考试 is not about 考试; 评上工程师能落户 is not about the
// 工程师 route). Each subject's words appear in no policy text (test/qa/uncoveredSubject.test.ts checks it). Pure.
import { WHICH_BETTER_EN } from './judgement';

export interface UncoveredSubject {
  /** What the question is about. */
  subject: 'leave' | 'hukou' | 'age' | 'retirement' | 'dates' | 'subjective' | 'employer' | 'staffing' | 'residency' | 'appeal';
  /** The not-covered intent whose answer says so, when there is one; else the text key qa:notCovered.<subject>. */
  intent?: string;
}

/** `alone`: words that are the subject by themselves when the question names no facts of the person's (外省户口能参加吗),
 * and only context beside them (重庆户籍的技师…能报吗). */
const SUBJECTS: { subject: UncoveredSubject['subject']; intent?: string; words: RegExp; alone?: RegExp }[] = [
  // Leave from work to sit an exam or a review (请假, 公假, 调休, 带薪假, paid leave, time off).
  { subject: 'leave', words: /请(?:个|几天|一天|半天|两天)?假|[公事病年婚产探]假|考试假|带薪假|[几一两三四五]天假|休假|放假|假期|调休|补休|\b(?:paid|unpaid|annual|study|exam|special) leave\b|\btime off\b|\bdays? off\b|\bleave (?:of absence|from work)\b|\btake (?:a )?(?:day|leave)\b/i },
  // Household registration (落户, 户口, 户籍, 入户, hukou).
  // (户籍 or 户口 said as who one is, 重庆户籍企业职工 / 四川户口的工人, is context beside another question, not this:
  // only registration asked about is.)
  { subject: 'hukou', intent: 'nc_hukou', alone: /户口|户籍/, words: /落户|入户|迁户|(?:迁|转|办|落|入|上|改|换)(?:个)?(?:户口|户籍)|(?:户口|户籍)(?:的事|问题|政策|能|可以|可不可以|好不好|有没有|有关|迁|落|转|办|加分|积分|[吗么呢不])|(?:户口|户籍)$|\bhukou\b|household registration|residence registration/i },
  // An employer refusing, blocking or not recognising (单位不让报, 老板不准, 被单位拒绝推荐, my boss won't let me apply):
  // what to do then, or where to complain, no text says.
  { subject: 'employer', intent: 'nc_employer', words: /(?:单位|公司|老板|领导|厂里|厂长|企业|主管|人事|上级|车间)(?:里|那边|这边|方面)?(?:的)?(?:领导|主任)?(?:就是|一直|总是|硬是|死活|偏偏)?(?:不让|不准|不许|不肯|不给|不同意|不批|不推荐|不盖章|不签字|不出具?|不认|不承认|不兑现|不落实|拒绝|卡着|压着|拦着)|被(?:单位|公司|老板|领导|厂里)(?:给)?(?:拒绝|卡|压|拦|否了)|\b(?:employer|company|boss|unit|factory|manager|supervisor|workplace)\b[^.?!]{0,25}\b(?:refuses?d?|won'?t|will not|wouldn'?t|doesn'?t (?:let|allow|recogni[sz]e|recommend)|does not (?:let|allow|recogni[sz]e|recommend)|blocks?|blocked|rejected|declined)\b/i },
  // An age limit (年龄限制, 多大年纪, too old, age cap): no text sets one. (An age said as context, 今年四十五岁, is not this.)
  { subject: 'age', intent: 'nc_age', words: /年龄(?:有|的)?(?:没有|有没有)?(?:限制|要求|上限|下限|门槛|规定)|超龄|年纪(?:太)?大了?(?:还|也)?(?:能|可以)|多大(?:年纪|岁数)|\bage (?:limits?|caps?|restrictions?|requirements?|ceilings?|bars?|rules?)\b|\btoo old\b|\b(?:maximum|minimum|upper|lower) age\b|\bhow old\b/i },
  // A post on the staffing establishment (编制, 进编, 事业编, staff quota): no text ties titles or levels to it. (编制的
  // 操作手册, a manual one wrote, is Liaoning's example of work done, not this.)
  { subject: 'staffing', words: /进编|入编|在编|转编|编制(?:内|外|名额|问题|身份)|(?:进|入|转|占|有|给|解决|事业|行政|参公)(?:个)?编制|编制(?:吗|么|呢|不|$)|\bbianzhi\b|\bstaff(?:ing)? (?:quota|establishment)\b|\bestablishment (?:post|quota|position)s?\b|\bcivil serv(?:ant|ice)\b/i },
  // Who may take part by residence or nationality (港澳台居民, 外籍, Hong Kong residents, foreigners): the texts do not say.
  { subject: 'residency', words: /香港|澳门|台湾|港澳|台胞|外籍|外国(?:人|籍|公民)|华侨|\bhong ?kong\b|\bmaca[uo]\b|\btaiwan(?:ese)?\b|\bforeign(?:ers?| nationals?| citizens?| workers?| passport)\b|\bnon-?chinese\b|\boverseas chinese\b/i },
  // Appeals against a result (申诉, 复核, 复议, 不服, appeal, graded unfairly): no text sets a procedure.
  { subject: 'appeal', intent: 'nc_practical', words: /申诉|复核|复议|不服|不公平|不公正|\bappeal(?:s|ed|ing)?\b|\bunfair(?:ly)?\b|\bcontest (?:the|my|a) (?:result|grade|decision)\b/i },
  // Retirement and pensions, in English (in Chinese 快退休了 is often context beside an eligibility question).
  { subject: 'retirement', intent: 'nc_retirement', words: /\bretire(?:d|es|ment|ees?)?\b|\bretiring\b|\bpensions?\b/i },
  // This year's dates, in English: when something is held, opens or closes, a deadline (when the text took effect is
  // the schedule topic's, and no word of it is here).
  { subject: 'dates', intent: 'nc_dates', words: /\bwhat time of (?:the )?year\b|\bwhen (?:is|are|will|do|does)\b[^?.]{0,40}\b(?:held|open|opens|close|closes|due|take place)\b|\bdeadlines?\b|\bclosing date\b/i },
  // Which of two is easier, harder, better, in English: a judgement no text makes (its words: judgement.ts).
  { subject: 'subjective', intent: 'nc_subjective', words: WHICH_BETTER_EN },
];

/** The subject the texts never speak of that the question asks about, if any. `factsNamed`: the question names a level,
 * a title or an award held (then 户籍 said of the person, 重庆户籍的技师, is context). */
export function uncoveredSubject(text: string, factsNamed = false): UncoveredSubject | undefined {
  const hit = (!factsNamed && SUBJECTS.find((s) => s.alone?.test(text))) || SUBJECTS.find((s) => s.words.test(text));
  return hit && { subject: hit.subject, ...(hit.intent ? { intent: hit.intent } : {}) };
}

/** The words of every subject (for the test that no policy text has them). */
export const SUBJECT_WORDS: readonly RegExp[] = SUBJECTS.flatMap((s) => (s.alone ? [s.words, s.alone] : [s.words]));
