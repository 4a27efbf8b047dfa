// Meaning-preserving rewrites keep the answer (the harness is scripts/eval-qa-variants.mjs; these are phrasings
// written for this test, not the held-out sets'): courtesy and final particles around a question, and English typos.
import { ask, model } from '../../src/qa/ask';
import { forClassifier, withoutCourtesy } from '../../src/qa/normalize';
import { MIN_DROPPED_LENGTH, MIN_TYPO_LENGTH, nearWord, oneSlip } from '../../src/qa/spelling';
import type { Region } from '../../src/rules/vocabulary';

describe('courtesy around a question', () => {
  it.each([
    ['老师好，请问一下技师能评工程师吗？谢谢哈', '技师能评工程师吗？'],
    ['你好，我想问下评职称要交论文吗？多谢啦', '评职称要交论文吗？'],
    ['麻烦问一下，破格申报有什么条件撒', '破格申报有什么条件'],
    ['打扰一下，申报材料要准备哪些呢', '申报材料要准备哪些'],
    ['不好意思打扰了，评审委员会里有技能专家吗哈', '评审委员会里有技能专家吗'],
    ['hi, quick question: do i need to publish a paper? pls', 'do i need to publish a paper?'],
    ['sorry to bother you, is there an age limit? thank you', 'is there an age limit?'],
  ])('%s is read as %s', (q, core) => {
    expect(withoutCourtesy(q)).toBe(core);
  });
  it.each(['你好', '谢谢', '请问', 'hi', 'thanks'])('%s alone stays as it is (a greeting or thanks is what it says)', (q) => {
    expect(withoutCourtesy(q)).toBe(q);
  });
  it('leaves particles inside a word or a question alone (干嘛, 吧 mid-sentence)', () => {
    expect(withoutCourtesy('评这个是干嘛')).toBe('评这个是干嘛');
    expect(withoutCourtesy('技师吧能评工程师吗')).toBe('技师吧能评工程师吗');
  });
  it('gives the classifier the same text with or without it', () => {
    expect(forClassifier('老师好，请问一下技师能评工程师吗？谢谢哈')).toBe(forClassifier('技师能评工程师吗？'));
    expect(forClassifier('hello, can i apply for engineer? thanks')).toBe(forClassifier('can i apply for engineer?'));
  });
});

// A question, and the answer it gets, keep both under every lead-in and tail (the intent and whether it answered).
const QUESTIONS: [Region, string][] = [
  ['chongqing', '我干焊工十来年了，高级工证也有，评职称要写论文不'], ['sichuan', '技能大师工作室领办人能直接评高级职称吗'],
  ['liaoning', '评上职称以后单位给不给涨待遇'], ['suzhou', '苏州评职称学历卡不卡'], ['jiangxi', '江西技工评职称的申报材料有哪些'],
  ['national', '评审的时候看哪些业绩成果'], ['chongqing', '重庆这个贯通政策从什么时候开始施行'], ['sichuan', '工程师能去考技能等级吗'],
  ['liaoning', '辽宁评审专家里有没有高技能人才'], ['suzhou', '苏州有职称的人考技能等级能免理论考试吗'], ['national', '年度考核不合格还能报职称吗'],
  ['chongqing', '技术能手可以破格申报什么'], ['sichuan', '四川评职称要不要考外语'], ['liaoning', '同时有技师证和工程师证有什么好处'],
  ['suzhou', '电焊工对应哪个职称专业'], ['national', '职称评审标准会单独制定吗'], ['jiangxi', '技能人才评职称是单独分组评审吗'],
  ['chongqing', '技师证拿了三年能评什么'], ['sichuan', '高级技师评正高要多少年'], ['liaoning', '继续教育要修够多少学时'],
  ['suzhou', '苏州技能人才评职称有没有年龄限制'], ['national', '高级工评助理工程师要工作几年'], ['chongqing', '造假被发现了会怎么处理'],
  ['sichuan', '竞赛获奖能算业绩吗'], ['liaoning', '论文可以用技术总结代替吗'], ['suzhou', '评职称和考技能证可以同时申请吗'],
];
const LEADS = ['', '请问', '我想问下，', '老师好，', '你好，请问一下', '麻烦问一下，', '打扰一下，'];
const TAILS = ['', '呢', '啊', '哈', '撒', '？谢谢哈', '，谢谢'];

describe('a question with courtesy added gets the answer it gets without', () => {
  it.each(QUESTIONS)('(%s) %s', (region, q) => {
    const plain = ask(q, { region, locale: 'zh-CN' });
    const changed: string[] = [];
    for (const lead of LEADS) for (const tail of TAILS) {
      const a = ask(lead + q + tail, { region, locale: 'zh-CN' });
      if (a.matched !== plain.matched || a.id !== plain.id) changed.push(`${lead}${q}${tail} → ${a.matched} ${a.id}`);
    }
    expect(changed).toEqual([]);
  });
});

describe('English typos', () => {
  it.each([
    ['comupter', 'computer'], ['cmputer', 'computer'], ['posible', 'possible'], ['natoinal', 'national'], ['alowance', 'allowance'],
    ['govenment', 'government'], ['lanuage', 'language'], ['applicaiton', 'application'], ['construtcion', 'construction'],
    ['sceduled', 'scheduled'], ['degre', 'degree'],
  ])('%s is read as %s', (typed, word) => {
    expect(nearWord(typed, model().enWords)).toBe(word);
  });
  it('leaves known words, short words and words one slip from two alone', () => {
    const words = new Set(['contest', 'computer', 'plain', 'plant', 'application']);
    expect(nearWord('computer', words)).toBeUndefined();
    expect(nearWord('context', words)).toBeUndefined(); // one letter for another in a 7-letter word: another word
    expect(nearWord('plan', words)).toBeUndefined(); // under MIN_DROPPED_LENGTH
    expect(nearWord('planx', words)).toBeUndefined(); // plain and plant: which one is not known
    expect(nearWord('applecation', words)).toBe('application'); // one letter for another in a long word
    expect(nearWord('compuetr', words)).toBe('computer');
    expect(MIN_DROPPED_LENGTH).toBeLessThan(MIN_TYPO_LENGTH);
  });
  it.each([
    ['compter', 'computer', true], ['computre', 'computer', true], ['computerr', 'computer', true], ['computor', 'computer', true], ['cmputr', 'computer', false], ['contezt', 'contest', false],
    ['contest', 'context', false], ['comptuer', 'computer', true], ['cmoputre', 'computer', false],
  ] as const)('oneSlip(%s, %s) is %s', (a, b, want) => {
    expect(oneSlip(a, b)).toBe(want);
  });

  it.each([
    ['suzhou', 'Do I have to pass the foreign language exam?', 'Do I have to pass the foriegn langauge exam?'],
    ['sichuan', 'Can I apply for a title if I do not have a degree?', 'Can I apply for a title if I do not have a degre?'],
    ['chongqing', 'Who sits on the review committee?', 'Who sits on the reveiw commitee?'],
    ['liaoning', 'Does my continuing education count?', 'Does my continuing educaton count?'],
    ['national', 'What happens if someone fakes their application materials?', 'What happens if someone fakes their applicaton materails?'],
    ['jiangxi', 'Are skilled workers treated the same as engineers in promotion?', 'Are skilled workers treated the same as engineers in promtion?'],
    ['sichuan', 'Sichuan: I am a national-level intangible cultural heritage inheritor. Which title can I apply for?', 'Sichuan: I am a naional-level intangible cultural heritage inheritor. Which title can I apply for?'],
  ] as [Region, string, string][])('(%s) "%s" mistyped gets the same answer', (region, q, typed) => {
    const a = ask(q, { region, locale: 'en' });
    const b = ask(typed, { region, locale: 'en' });
    expect(a.matched).toBe('curated');
    expect([b.matched, b.id, b.answer]).toEqual([a.matched, a.id, a.answer]);
  });
});
