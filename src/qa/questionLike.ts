// Question or answer? The dialog asks its own questions; a free question must not be taken for an answer.
// A cheap test on the text alone, kept apart from ask() so that it costs nothing per message.

const ANSWER_LIKE = new RegExp(
  '^(有|没有|没|无|是|是的|对|对的|不是|不|不对|好|好的|嗯|行|可以|不知道|不清楚|yes|no|ok|okay|none|sure|nope|yep|' +
  '初级工|中级工|高级工|技师|高级技师|[一二三四五]级|技术员|助理工程师|助工|工程师|高级工程师|高工|正高级工程师|正高|副高|中级|初级|助理级|' +
  '重庆|四川|辽宁|江西|苏州|成都|沈阳|南昌|昆山|' +
  '[0-9０-９零〇一二两三四五六七八九十百半来多几个年月日号前去今明后天左右大概约\\-./ ]+)$', 'i');

const QUESTION_START = /^(请问|问一下|问下|想问|什么|怎么|怎样|哪些|哪个|哪里|如何|能不能|可不可以|可以不可以|是否|为什么|为啥|有没有|要不要|需不需要|需要什么|多少|几年|啥|咋)/;
const QUESTION_ANYWHERE = /(什么|怎么|怎样|哪些|哪个|哪里|多少|如何|为什么|能不能|可不可以|是不是|有没有|要不要|需不需要|会不会|算不算|行不行|对不对|[吗么呢嘛][?？!！。,，\s]|[?？])/;
const QUESTION_END = /[吗么呢嘛][~～!！。.…]*$|[?？]\s*$/;
const EN_QUESTION = /^(can|could|what|how|do|does|did|is|are|am|which|why|when|where|who|should|will|would|may|must|i\s+(want|would like)\s+to\s+know)\b/i;

/** A cheap test: a free policy question ("评职称要论文吗"), not an answer to the dialog's own question ("高级工", "2021年6月", "没有"). */
export function isPolicyQuestion(text: string): boolean {
  const s = text.normalize('NFKC').trim();
  if (!s) return false;
  const bare = s.replace(/[?？!！。.,，~～\s]+$/u, '');
  if (ANSWER_LIKE.test(bare)) return false;
  if (/^什么(都|也)(没|不)|^没(有)?(什么|啥)/.test(s)) return false;
  return QUESTION_END.test(s) || QUESTION_START.test(s) || QUESTION_ANYWHERE.test(s) || EN_QUESTION.test(s);
}
