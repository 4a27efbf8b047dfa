// fast-check arbitraries shared by the fuzzing tests: text people might type, and text nobody should.
import fc from 'fast-check';

/** Words the interview reacts to, so that random sequences reach deep states (commands included). */
export const MEANINGFUL = [
  '你好', '重庆', '四川', '成都', '苏州', '沈阳', '南昌', '北京', '技师', '高级技师', '高级工', '助工', '中级', '高工', '正高',
  '2021年6月', '21年6月', '前年', '三年前', '两年半', '十来年', '8年多', '3', '1', '2', '12', '都合格', '去年不合格', '没有', '有',
  '全国技术能手', '省级技能大赛第二名', '帮助', 'help', '重新开始', 'restart', '上一步', '返回', '修改', '修改 地区 成都', '换个地区',
  '材料清单', '原文', '转人工', '删除我的数据', 'delete my data', 'English', '中文', '评职称要论文吗', 'do I need a paper',
  '我在重庆，2022年5月拿的技师证，没有职称，考核都合格，没获奖',
];

const nasty = fc.constantFrom(
  '', ' ', '\t', '\u0000', '\u200b', '\ufeff', '\u202e', '０１２', '１', '%s%d', '${x}', '{{t}}', '<at>Bot</at>', '<script>alert(1)</script>',
  '"\'\\', '\\u0000', 'null', 'undefined', 'NaN', '-1', '1e309', '99999999999999999999', '🤖👷‍♀️🇨🇳', 'ＡＢＣ', '𠀀𪚥', '٣', 'Ⅻ',
  '__proto__', 'constructor', 'toString', 'hasOwnProperty',
);

/** One line of text: no line breaks (\n, \r), anything else. */
export const line: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...MEANINGFUL) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: nasty },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...MEANINGFUL), fc.string({ maxLength: 10 }), fc.constantFrom(...MEANINGFUL)).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 500, maxLength: 3000 }) },
).map((s) => s.replace(/[\r\n]/g, ' '));

/** Text of a message (may hold line breaks). */
export const text: fc.Arbitrary<string> = fc.oneof(line, fc.array(line, { maxLength: 4 }).map((ls) => ls.join('\n')));
