// The classifier's text (src/qa/normalize.ts): asking words inside a question are left out (shipped), and the option
// scripts/qa-cv.ts compares of reading a question without the place of a region the texts cover (not shipped: the
// answers' rules downstream lean on the placeholder; see FEATURES). Wordings written for this test, not the sets'.
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

const COVERED = { places: 'covered', fillers: true } as const;
const placeFree = (q: string) => featuresOf(normalizeText(q), COVERED);

describe('the places option: a question read without the place of a region the texts cover', () => {
  it('is not the shipped option (one placeholder for every place)', () => {
    expect(FEATURES.places).toBe('one');
    expect(forClassifier('我在沈阳，技师能评工程师吗')).toContain('某地');
  });
  it.each(CORES.flatMap((q) => PLACED.map((f) => [f(q), q])))('%s reads as %s', (placed, core) => {
    expect(placeFree(placed)).toBe(placeFree(core));
  });
  it.each(EN_CORES.flatMap((q) => EN_PLACED.map((f) => [f(q), q])))('%s reads as %s', (placed, core) => {
    expect(placeFree(placed)).toBe(placeFree(core));
  });
  it.each([
    ['广东有没有贯通的政策', '浙江有没有贯通的政策'], ['我在河南，按哪个文件办', '我在山东，按哪个文件办'],
  ])('keeps one placeholder for a place with no text of its own (%s, %s)', (a, b) => {
    expect(placeFree(a)).toContain('某地');
    expect(placeFree(a)).toBe(placeFree(b));
  });
  it.each(['辽宁和重庆评技师有什么不一样', '在四川评的职称到江西还认不认', 'Liaoning vs Sichuan: same rule for technicians?'])(
    'keeps a placeholder for each of two regions named (%s: a comparison or a move is part of what is asked)', (q) => {
      expect(placeFree(q).match(/某地/g)?.length).toBe(2);
    });
  it('leaves the words next to a place that belong to the question (人社局, 人才)', () => {
    expect(placeFree('苏州人社局负责什么')).toContain('人社局');
    expect(placeFree('重庆人才评价有啥规定')).toContain('人才');
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
  it('leaves 那个 that points at something alone (那个证能用吗), and a greeting alone as it is', () => {
    expect(forClassifier('那个证能用吗')).toContain('那个证');
    expect(forClassifier('你好')).toBe('你好');
  });
  it.each([
    ['liaoning', '技师，请问，能评工程师吗', '技师能评工程师吗'], ['sichuan', '那个，评审材料有哪些呢，麻烦问一下', '评审材料有哪些'],
    ['chongqing', '评职称呢，要不要论文啊，你好', '评职称要不要论文'],
  ] as [Region, string, string][])('%s: %s gets the answer %s gets', (region, chatty, core) => {
    const a = ask(chatty, { region, locale: 'zh-CN' });
    const b = ask(core, { region, locale: 'zh-CN' });
    expect([a.matched, a.id]).toEqual([b.matched, b.id]);
    expect(a.matched).toBe('curated');
  });
});
