// Where the person is says which region answers, not what is asked: the classifier reads a question without a place
// that has a text of its own (src/qa/normalize.ts's FEATURES), and without asking words inside it. Wordings written
// for this test (not the held-out sets'): each question alone and with a place or chatty words added.
import { ask } from '../../src/qa/ask';
import { FEATURES, featuresOf, forClassifier, normalizeText } from '../../src/qa/normalize';
import type { Region } from '../../src/rules/vocabulary';

const CORES = ['评职称还要考外语吗', '技师能评工程师吗', '申报材料要准备哪些', '评审专家里有没有技能人才', '年度考核不合格能报职称不'];
const PLACED: ((q: string) => string)[] = [
  (q) => `我在沈阳，${q}`, (q) => `苏州这边，${q}`, (q) => `我是重庆的，${q}`, (q) => `江西南昌，${q}`, (q) => `成都的话，${q}`,
  (q) => `我人在大连，${q}`, (q) => `昆山那边${q}`, (q) => `四川${q}`,
];
const EN_CORES = ['do I need a paper for the engineer title?', 'can a technician apply for engineer?', 'what documents do I bring?'];
const EN_PLACED: ((q: string) => string)[] = [(q) => `I'm in Chengdu, ${q}`, (q) => `Shenyang here, ${q}`, (q) => `I work in Suzhou - ${q}`, (q) => `in Chongqing: ${q}`];

describe('the classifier reads a question without the place of a region the texts cover', () => {
  it('is the shipped option', () => {
    expect(FEATURES.places).toBe('covered');
  });
  it.each(CORES.flatMap((q) => PLACED.map((f) => [f(q), q])))('%s reads as %s', (placed, core) => {
    expect(forClassifier(placed)).toBe(forClassifier(core));
  });
  it.each(EN_CORES.flatMap((q) => EN_PLACED.map((f) => [f(q), q])))('%s reads as %s', (placed, core) => {
    expect(forClassifier(placed)).toBe(forClassifier(core));
  });
  it.each([
    ['广东有没有贯通的政策', '浙江有没有贯通的政策'], ['我在河南，按哪个文件办', '我在山东，按哪个文件办'],
  ])('keeps one placeholder for a place with no text of its own (%s, %s)', (a, b) => {
    expect(forClassifier(a)).toContain('某地');
    expect(forClassifier(a)).toBe(forClassifier(b));
  });
  it.each(['辽宁和重庆评技师有什么不一样', '在四川评的职称到江西还认不认', 'Liaoning vs Sichuan: same rule for technicians?'])(
    'keeps a placeholder for each of two regions named (%s: a comparison or a move is part of what is asked)', (q) => {
      expect(forClassifier(q).match(/某地/g)?.length).toBe(2);
    });
  it('leaves the words next to a place that belong to the question (人社局, 人才)', () => {
    expect(forClassifier('苏州人社局负责什么')).toContain('人社局');
    expect(forClassifier('重庆人才评价有啥规定')).toContain('人才');
  });
  it('is the same options for another one (featuresOf with the shipped options)', () => {
    expect(featuresOf(normalizeText('我在沈阳，技师能评工程师吗'))).toBe(forClassifier('技师能评工程师吗'));
  });
});

describe('asking words inside a question are left out too', () => {
  it.each([
    ['技师，请问，能评工程师吗', '技师，能评工程师吗'],
    ['那个，评审材料有哪些呢，麻烦问一下', '评审材料有哪些'],
    ['评职称呢，要不要论文啊，你好', '评职称，要不要论文'],
    ['我高级工，想问一下，能报助理工程师不', '我高级工，能报助理工程师不'],
  ])('%s reads as %s', (chatty, core) => {
    expect(forClassifier(chatty)).toBe(forClassifier(core));
  });
  it('leaves 那个 that points at something alone (那个证能用吗)', () => {
    expect(forClassifier('那个证能用吗')).toContain('那个证');
  });
});

describe('a question with a place said first gets the answer it gets in that region without it', () => {
  const ASKED: [Region, string, string][] = [
    ['liaoning', '我在沈阳，', '评职称还要考外语吗'], ['suzhou', '苏州这边，', '申报材料要准备哪些'], ['chongqing', '我是重庆的，', '技师能评工程师吗'],
    ['jiangxi', '江西南昌，', '评审专家里有没有技能人才'], ['sichuan', '成都的话，', '年度考核不合格能报职称不'], ['liaoning', '大连这边', '破格申报有什么条件'],
  ];
  it.each(ASKED)('%s: %s%s', (region, place, q) => {
    const alone = ask(q, { region, locale: 'zh-CN' });
    const placed = ask(place + q, { locale: 'zh-CN' });
    expect(placed.region).toBe(region);
    expect([placed.matched, placed.id, placed.answer]).toEqual([alone.matched, alone.id, alone.answer]);
  });
});
