// The one sound-based matcher of the domain's words (src/dialogs/understand/sounds.ts), read by the dialog and the
// Q&A: slips of voice input and pinyin keyboards, and of south-western speech (s / sh, z / zh, c / ch, n / l,
// in / ing, en / eng, no tones), in phrasings written for this test; common words that sound alike are left alone.
import { fuzzy, readingsOf, soundSlips, soundsAlike, STOP_WORDS, WORDS } from '../../src/dialogs/understand/sounds';
import { fixMistypings } from '../../src/dialogs/understand/simplify';
import { understand } from '../../src/dialogs/understand';
import { fixSlips } from '../../src/qa/slips';
import { AS_OF } from './fixtures';

// [as typed, as read, the guess reported]
const SLIPS: [string, string, string][] = [
  // 技师: si for shi, homophones of 师, ji homophones before 师, and before a certificate or a date
  ['电工技丝三年了', '电工技师三年了', '技师'],
  ['我是焊工技思', '我是焊工技师', '技师'],
  ['技斯证拿了两年', '技师证拿了两年', '技师'],
  ['技狮证书在手上', '技师证书在手上', '技师'],
  ['老记师一个', '老技师一个', '技师'],
  ['记视2019年拿的', '技师2019年拿的', '技师'],
  ['计视证有', '技师证有', '技师'],
  ['高级技视证', '高级技师证', '技师'],
  ['高级技司', '高级技师', '技师'],
  // 工程师: homophones of each character, c for ch
  ['去年评的工程湿', '去年评的工程师', '工程师'],
  ['单位给评了工程诗', '单位给评了工程师', '工程师'],
  ['攻程师能考技师不', '工程师能考技师不', '工程师'],
  ['我是工成事', '我是工程师', '工程师'],
  ['工层师满五年', '工程师满五年', '工程师'],
  ['工陈师评了三年', '工程师评了三年', '工程师'],
  // 助理工程师: z for zh, l for n, homophones of zhu li
  ['祝理工程师证', '助理工程师证', '助理'],
  ['组理工程师', '助理工程师', '助理'],
  ['助你工程师', '助理工程师', '助理'],
  ['住理工程帅', '助理工程师', '助理工程师'],
  // 高级工程师, 高级工, 中级工, 初级工, 高级技师, 正高级, 副高, 正高
  ['搞级工程师有了', '高级工程师有了', '高级'],
  ['高级工程湿', '高级工程师', '工程师'],
  ['高几工 去年拿的', '高级工 去年拿的', '高级'],
  ['高急技师证', '高级技师证', '高级'],
  ['中极工', '中级工', '中级'],
  ['初集工 二零年', '初级工 二零年', '初级'],
  ['高级公 二零年', '高级工 二零年', '高级工'],
  ['中级攻证', '中级工证', '中级工'],
  ['想冲正搞级', '想冲正高级', '正高'],
  ['能评付高职称不', '能评副高职称不', '副高'],
  ['想评副稿', '想评副高', '副高'],
  ['啥时候能评正糕', '啥时候能评正高', '正高'],
  // 职称: zi for zhi, ch homophones, chen for cheng
  ['职程评了没', '职称评了没', '职称'],
  ['我没有直称', '我没有职称', '职称'],
  ['啥子职撑都莫得', '啥子职称都莫得', '职称'],
  ['评资称要几年', '评职称要几年', '职称'],
  ['职沉是中级', '职称是中级', '职称'],
  // 考核, 合格
  ['年度靠核', '年度考核', '考核'],
  ['考盒都过了', '考核都过了', '考核'],
  ['烤核有没有问题', '考核有没有问题', '考核'],
  ['年度考核都和格', '年度考核都合格', '合格'],
  ['每年全合各了', '每年全合格了', '合格'],
  // 证书, 技能, 技术能手, 工匠
  ['证舒丢了', '证书丢了', '证书'],
  ['技冷鉴定', '技能鉴定', '技能'],
  ['技嫩等级证', '技能等级证', '技能'],
  ['评上了市技术能守', '评上了市技术能手', '能手'],
  ['技术能搜', '技术能手', '能手'],
  ['省技苏能手', '省技术能手', '技术'],
  ['辽宁宫匠', '辽宁工匠', '工匠'],
  ['江苏大攻匠', '江苏大工匠', '工匠'],
  // 毕业证, 毕业, 免考, 论文, 年限, 年
  ['必业证丢了', '毕业证丢了', '毕业'],
  ['笔业证', '毕业证', '毕业'],
  ['机电专业必业的', '机电专业毕业的', '毕业'],
  ['能面考理论吗', '能免考理论吗', '免考'],
  ['可以勉考不', '可以免考不', '免考'],
  ['要写论闻吗', '要写论文吗', '论文'],
  ['轮文答辩', '论文答辩', '论文'],
  ['能不能免理伦考试', '能不能免理论考试', '理论'],
  ['辽宁工将', '辽宁工匠', '工匠'],
  ['有高级即使证书', '有高级技师证书', '技师'],
  ['工作念限够不够', '工作年限够不够', '年限'],
  ['技师四念了', '技师四年了', '四年'],
  ['干了五念', '干了五年', '五年'],
];

// Words in their own right that sound like a part of the domain's words: as typed.
const LEFT_ALONE = [
  '会计师', '设计师资格', '审计师', '统计师', '经济师', '药剂师', '飞机机师', '及时申报', '即使没有证', '几时能评', '赶集市',
  '在公司里', '高级公务员', '高级公寓', '工程事故', '工程施工', '工程是怎么算的', '工程时间', '结合个人情况', '参考和对比',
  '思考和总结', '杂技诗人', '科技实力', '竞技时间', '检验技士', '理论问题', '讨论问题', '全面考核', '方面考虑', '付高价',
  '打工将近十年', '电工江苏的', '这个真高级', '一念之间', '支撑', '合个影', '考合格了', '中集工业', '高积分', '工作年限',
  '高几个级别', '助理工作怎么安排', '避免靠关系', '城市工程', '员工将能拿到', '高级即使申报',
];

describe('the sound matcher reads the domain words typed by their sound', () => {
  it.each(SLIPS)('%s → %s (guess %s)', (typed, read, guess) => {
    const got = soundSlips(typed);
    expect(got.text).toBe(read);
    expect(got.guessed.map((g) => g.to)).toEqual([guess]);
    // the dialog reads them (each a guess it confirms) and the Q&A too
    expect(fixMistypings(typed).text).toBe(read);
    expect(fixSlips(typed)).toBe(read);
  });

  it.each(LEFT_ALONE)('leaves %s alone', (s) => {
    expect(soundSlips(s)).toEqual({ text: s, guessed: [] });
    expect(fixMistypings(s).text).toBe(s);
  });

  it('has at least 40 slips and 20 words left alone', () => {
    expect(SLIPS.length).toBeGreaterThanOrEqual(40);
    expect(LEFT_ALONE.length).toBeGreaterThanOrEqual(20);
  });
});

describe('the sounds', () => {
  it.each([
    ['shi', 'si'], ['zhi', 'zi'], ['cheng', 'cen'], ['chen', 'cen'], ['neng', 'len'], ['ning', 'lin'], ['lin', 'lin'], ['nian', 'lian'], ['gong', 'gong'], ['jiang', 'jiang'],
  ])('%s is heard as %s', (syllable, heard) => expect(fuzzy(syllable)).toBe(heard));

  it('lists a character with two readings under both', () => {
    expect(readingsOf('称')).toEqual(expect.arrayContaining(['cheng', 'chen']));
    expect(soundsAlike('丝', '师')).toBe(true);
    expect(soundsAlike('丝', '师', true)).toBe(false);
    expect(soundsAlike('技', '你')).toBe(false);
  });

  it('stop words are not the domain words', () => {
    const words = new Set(WORDS.map((w) => w.word));
    expect(STOP_WORDS.filter((w) => words.has(w))).toEqual([]);
  });
});

describe('the interview reads a slip and says what it guessed', () => {
  it.each([
    ['技丝 2019年拿的', { skills: [{ level: 'technician', since: '2019-12' }], guessed: [{ to: '技师' }] }],
    ['工程湿', { titles: [{ level: 'intermediate' }], guessed: [{ to: '工程师' }] }],
    ['搞级工程师', { titles: [{ level: 'deputy_senior' }], guessed: [{ to: '高级' }] }],
    ['高急技师', { skills: [{ level: 'senior_technician' }], guessed: [{ to: '高级' }] }],
  ])('%s', (text, want) => {
    expect(understand(text, { asOf: AS_OF })).toMatchObject(want);
  });
});
