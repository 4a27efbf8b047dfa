// isPolicyQuestion: a free question, not an answer to the dialog's own question (kept from the old retrieval tests).
import { isPolicyQuestion } from '../../src/qa/questionLike';

describe('isPolicyQuestion', () => {
  it.each([
    '评职称要论文吗', '要学历吗？', '技工院校毕业算什么学历', '怎么评工程师', '哪些职称系列可以贯通', '如何申报',
    '能不能免理论考试', '有没有外语要求', '技师几年能评工程师呢', '我是高级工，可以评职称吗？', 'can I get a title?',
    'What documents do I need', 'how do I apply', 'do I need a degree', '请问年度考核怎么算',
  ])('%s is a question', (q) => expect(isPolicyQuestion(q)).toBe(true));

  it.each([
    '高级工', '2021年6月', '没有', '有', '是的', '重庆', '技师', '3年', '三年', '两年半', '十来年', '前年', '21年',
    '高级工程师', '不知道', 'no', 'yes', '2021-06', '什么都没有', '什么也没有', '', '   ', '好的', '没有？',
  ])('%s is an answer', (q) => expect(isPolicyQuestion(q)).toBe(false));
});
