// The intent classifier on its own: char_wb n-grams, a multinomial logistic regression, averaged SGD, the fallback rule.
import { decide, fit, ngrams, train } from '../../src/qa/classifier';

describe('ngrams (char_wb)', () => {
  it.each([
    ['ab', 1, 2, [' ', 'a', 'b', ' a', 'ab', 'b ']],
    ['a b', 2, 2, [' a', 'a ', ' b', 'b ']],
    ['论文？', 1, 1, ['论', '文']],
  ] as [string, number, number, string[]][])('%s (%i–%i)', (text, lo, hi, expected) => {
    expect(ngrams(text, lo, hi).filter((g) => g !== ' ')).toEqual(expected.filter((g) => g !== ' '));
  });
});

describe('train and predict', () => {
  const data = [
    ...['要论文吗', '需要论文不', '论文必须吗', '没有论文能评吗'].map((text) => ({ text, label: 'paper' })),
    ...['补贴多少', '有补贴吗', '能领补贴不', '补贴怎么领'].map((text) => ({ text, label: 'subsidy' })),
    ...['在哪考试', '考点在哪', '考场在哪里', '去哪考'].map((text) => ({ text, label: 'place' })),
  ];
  const m = train(data, { epochs: 30, rate: 1 });

  it.each([['评职称要不要论文', 'paper'], ['补贴能领吗', 'subsidy'], ['考场在什么地方', 'place']])('%s → %s', (q, label) => {
    const p = m.predict(q);
    expect(p[0].label).toBe(label);
    expect(p.reduce((s, x) => s + x.p, 0)).toBeCloseTo(1, 6);
  });

  it('is the same model for the same data and seed', () => {
    const again = train(data, { epochs: 30, rate: 1 });
    expect(again.predict('论文')).toEqual(m.predict('论文'));
  });

  it('knows how much of a text it has seen', () => {
    expect(m.known('要论文吗')).toBeGreaterThan(0.9);
    expect(m.known('今天天气怎么样')).toBeLessThan(0.5);
  });

  it('refuses to train on nothing', () => {
    expect(() => train([])).toThrow(/no training examples/);
  });
});

describe('averaged SGD (the weights over the last epochs, not the last step)', () => {
  const data = [
    ...['要论文吗', '需要论文不', '论文必须吗', '没有论文能评吗', '评职称要论文吗'].map((text) => ({ text, label: 'paper' })),
    ...['补贴多少', '有补贴吗', '能领补贴不', '补贴怎么领', '评上有补贴吗'].map((text) => ({ text, label: 'subsidy' })),
    ...['在哪考试', '考点在哪', '考场在哪里', '去哪考', '评职称在哪考'].map((text) => ({ text, label: 'place' })),
  ];
  const probes = ['评职称要不要论文', '评职称去哪考试'];
  const fast = { epochs: 5, rate: 4 };
  const p = (opts: object, seed: number) => {
    const m = train(data, { ...opts, seed });
    return probes.map((q) => m.predict(q).find((x) => x.label === (q.includes('论文') ? 'paper' : 'place'))!.p);
  };
  const spread = (xs: number[]) => Math.max(...xs) - Math.min(...xs);

  it('is the last step\'s weights when off', () => {
    expect(fit(data, { ...fast, average: 0 }).W).toEqual(fit(data, fast).W);
    expect(fit(data, { ...fast, average: 1 }).W).not.toEqual(fit(data, fast).W);
  });

  // Summed over the probes and twelve seeds: one probe and one order may go either way on data this small.
  const seeds = Array.from({ length: 12 }, (_, i) => i + 1);
  const sum = (xs: number[]) => xs.reduce((x, y) => x + y, 0);

  it('depends less on the order of the examples (the seed of the shuffling)', () => {
    const orderSpread = (opts: object) => sum(probes.map((_q, i) => spread(seeds.map((s) => p(opts, s)[i]))));
    expect(orderSpread({ ...fast, average: 1 })).toBeLessThan(orderSpread(fast));
  });
});

describe('the fallback rule', () => {
  it.each([
    [[{ label: 'a', p: 0.9 }, { label: 'b', p: 0.05 }], 'a'],
    [[{ label: 'a', p: 0.3 }, { label: 'b', p: 0.2 }], undefined],
    [[{ label: 'a', p: 0.5 }, { label: 'b', p: 0.45 }], undefined],
    [[], undefined],
  ])('%j → %s', (preds, expected) => {
    expect(decide(preds)?.label).toBe(expected);
  });
});
