// 近3年年度考核合格: passed, failed, and the double negative (没有不合格); said with a particle (考核嘛都合格) or the
// years after it (考核三年都是合格), with adverbs stacked (一直都是合格), or the years alone (年年合格, 三年都合格) as a word
// of its own among other facts.
import { type Span, allMatches } from './text';

const PASSED_DOUBLE_NEGATIVE = /(?:考核)?(?:从来|从)?没有?(?:过)?(?:一年|哪年)?(?:考核)?不合格过?|\bnever (?:once |ever )?failed\b|\bno (?:failed|failing|bad) (?:years?|reviews?|appraisals?|evaluations?|results?)\b|\bnone (?:of them )?(?:failed|was failed|were failed)\b|\bnot (?:once|one year) failed\b/g;
const FAILED = /\bbasic(?:ally)? (?:competent|pass(?:ed)?|satisfactory)\b|\bbasic (?:competence|grade)\b|\b(?:one|a|1|two|2) years?\b(?:(?!\b(?:technicians?|workers?|engineers?|level|grade|tier|skills?|exams?|tests?)\b)[^.;]){0,20}\b(?:failed|did not pass|didn'?t pass|not passed|fell short|basic(?:ally)? (?:competent|pass(?:ed)?|satisfactory))\b(?![^.;,]{0,30}\b(?:exams?|tests?|technicians?|workers?|engineers?|level|grade)\b)|(?:年度)?考核(?:结果|情况)?[:：\s]+(?:不合格|不称职|基本合格|基本称职|有一年不合格)|不是(?:都|全部|全|每年都)(?:是)?(?:合格|称职|通过)|没(?:有)?(?:都|全)(?:合格|通过)|\b(?:reviews?|appraisals?|evaluations?|assessments?)\b[^.;]{0,25}\bnot (?:all|always|every (?:one|year)) (?:passed|pass|ok|fine)\b|\bnot (?:all|every one) of (?:my|the) (?:annual )?(?:reviews?|appraisals?|evaluations?)\b|(?:(?:近|最近|连续)?(?:三|3)年)?(?:的)?(?:年度)?考核(?:中|里)?(?:结果)?(?:有(?:一|1)年|去年|前年|今年|有)?(?:是|为)?(?:不合格|不称职|没(?:有)?(?:通过|过|合格)|未(?:通过|合格)|基本合格|基本称职)|(?:有(?:一|1|两|2)年|去年|前年|今年)(?:的)?(?:年度)?(?:考核)?(?:是|为)?(?:不合格|不称职|基本合格|没过|没通过)|\b(?:failed|did not pass|didn'?t pass|not passed)\b[^.;]{0,25}\b(?:reviews?|appraisals?|evaluations?|assessments?)\b|\b(?:reviews?|appraisals?|evaluations?|assessments?)\b[^.;]{0,25}\b(?:failed|not passed|did not pass|didn'?t pass|(?:(?:was|were|is|are)(?:n'?t| not)|not) (?:a |all |always )?(?:pass(?:ed)?|ok|okay|good|fine|qualified|satisfactory))\b/g;
const PASSED = /(?:(?:近|最近|连续)?(?:三|3)年)?(?:的)?(?:年度)?考核(?:结果|情况)?(?:嘛|么|呢|啊|吧|的话){0,2}[:：\s]*(?:(?:近|最近|连续)?(?:三|3)年|每年|年年|这几年|这些年)?(?:都|全部|均|全|一直|每年|年年|向来|也|还){0,3}(?:是|为)?(?:合格|称职|优秀|通过|过了|良好|ok|没(?:有)?(?:啥|什么)?问题|过(?![\u4e00-\u9fff]))(?:以上)?|(?<![\u4e00-\u9fff])(?:近三年|近3年|这三年|这3年|三年|3年|每年|年年|每一年)(?:都|均|全|一直|全部){1,2}(?:是)?(?:合格|称职)(?![\u4e00-\u9fff])|(?<![\u4e00-\u9fff])年年(?:是)?(?:合格|称职)(?![\u4e00-\u9fff])|(?<!\b(?:technicians?|workers?|engineers?|level|grade|tier|skills?|vocational|qualification) )\b(?:annual )?(?:reviews?|appraisals?|evaluations?|assessments?)\b(?:(?!\b(?:not|no|never|didn'?t|failed|wasn'?t|weren'?t|isn'?t)\b)[^.,;]){0,20}\b(?:passed|pass(?:es)?|fine|ok|okay|good|excellent|satisfactory|qualified|competent|no (?:problems?|issues?)|alright|all right|clean)\b|\bpassed\b(?:(?!\b(?:technicians?|workers?|engineers?|level|grade|tier|skills?|vocational|qualification)\b)[^.,;]){0,25}\b(?:reviews?|appraisals?|evaluations?|assessments?)\b/g;

export interface ReviewFound { passed: boolean; spans: Span[] }

export function findReviews(text: string): ReviewFound | undefined {
  const spans: Span[] = [];
  let passed: boolean | undefined;
  for (const [re, value] of [[PASSED_DOUBLE_NEGATIVE, true], [FAILED, false], [PASSED, true]] as const) {
    for (const m of allMatches(text, re)) {
      if (spans.some(s => m.index < s.end && m.index + m[0].length > s.start)) continue;
      spans.push({ start: m.index, end: m.index + m[0].length });
      // one failing year is enough to fail the condition
      passed = passed === false ? false : value;
    }
  }
  return passed === undefined ? undefined : { passed, spans };
}

/** A bare answer to "近3年年度考核都合格吗？". */
export function bareReview(text: string): boolean | undefined {
  if (/^(?:不中|不得行|冇)(?:的|嘛|啊|呀|嘞|哦)?$/.test(text.trim())) return false;
  if (/不合格|不称职|基本合格|基本称职|没(?:有)?(?:通过|过|合格)|未(?:通过|合格)|不是(?:都|全部|全|每年都)|没(?:有)?(?:都|全)(?:合格|通过)|大部分|大多数?|多数|\b(?:failed|fail|not passed|didn'?t pass|did not pass|not all|not always|mostly|most of them|basic(?:ally)? (?:competent|pass(?:ed)?))\b/.test(text)) {
    return /没有?(?:过)?(?:一年)?不合格|\bnever failed\b/.test(text) ? true : false;
  }
  // 中 / 得行 / 嗯呐 said to this yes-or-no question (中原, 川渝, 东北): a yes; 不中 / 不得行 caught above as no
  if (/^(?:中|中中|得行|嗯呐|嗯哪)(?:的|嘛|啊|呀|嘞|哦)?$/.test(text.trim())) return true;
  if (/合格|称职|优秀|良好|通过|过了|都过|没(?:有)?(?:啥|什么)?问题|都ok|都好|\bok\b|\b(?:passed|pass|all passed|excellent|good|fine)\b/.test(text)) return true;
  return undefined;
}
