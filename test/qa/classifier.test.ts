// The intent classifier on its own: char_wb n-grams, a multinomial logistic regression, averaged SGD, the fallback rule.
import { decide, DISTINCTIVE_SHARE, fit, fromData, ngrams, train } from '../../src/qa/classifier';

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

// fromData finds a text's n-grams by a trie of the vocabulary, not by their strings: what it predicts, knows and
// supports must be what the definitions give from ngrams() (tf-idf of the n-grams, their idf share, the label's own).
describe('the trie reads a text as ngrams() cuts it', () => {
  const data = [
    ...['要论文吗', '需要论文不 谢谢', 'is a paper required', '没有论文能评吗？'].map((text) => ({ text, label: 'paper' })),
    ...['补贴多少', '有补贴吗', 'any subsidy for me', '补贴怎么领'].map((text) => ({ text, label: 'subsidy' })),
    ...['在哪考试', '考点在哪', 'where is the exam', '𠮷考场在哪里'].map((text) => ({ text, label: 'place' })),
  ];
  const t = fit(data, { epochs: 5, rate: 1 });
  const m = fromData(t);
  const vocab = new Map(t.vocab.map((g, i) => [g, i]));
  const C = t.labels.length;
  const reference = (text: string) => {
    const g = ngrams(text, t.minN, t.maxN);
    const counts = new Map<number, number>();
    for (const x of g) { const i = vocab.get(x); if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1); }
    const vals = [...counts].map(([i, c]) => [i, (1 + Math.log(c)) * t.idf[i]] as const);
    const norm = Math.sqrt(vals.reduce((s, [, v]) => s + v * v, 0)) || 1;
    const z = t.labels.map((_, c) => (t.b[c] + vals.reduce((s, [i, v]) => s + t.W[i * C + c] * (v / norm), 0)) / t.temperature);
    const max = Math.max(...z);
    const e = z.map((x) => Math.exp(x - max));
    const sum = e.reduce((a, b) => a + b, 0);
    const unseen = Math.log(1 + t.examples) + 1;
    const uniq = [...new Set(g)];
    const all = uniq.reduce((s, x) => s + (vocab.has(x) ? t.idf[vocab.get(x)!] : unseen), 0);
    const seen = uniq.reduce((s, x) => s + (vocab.has(x) ? t.idf[vocab.get(x)!] : 0), 0);
    const support = (label: string) => [...new Set(ngrams(text, 2, t.maxN))].filter((x) => {
      const i = vocab.get(x);
      return x.trim().length >= 2 && i !== undefined && t.seenWith[i * C + t.labels.indexOf(label)] === 1 && t.labelCount[i] <= Math.max(1, Math.floor(DISTINCTIVE_SHARE * C));
    });
    return { p: new Map(t.labels.map((l, c) => [l, e[c] / sum])), known: all ? seen / all : 0, support };
  };

  it.each(['要论文吗', '评职称要不要论文论文', 'subsidy paper exam', '𠮷考场 在哪，补贴？', '今天天气怎么样', '', '  ,, '])('%j', (text) => {
    const r = reference(text);
    for (const x of m.predict(text)) expect(x.p).toBeCloseTo(r.p.get(x.label)!, 5);
    expect(m.known(text)).toBeCloseTo(r.known, 10);
    for (const label of t.labels) expect(m.support(text, label)).toEqual(r.support(label));
  });
});

// Each epoch orders the examples by a hash of their own text and label: the model is a function of the set of
// phrasings, not of where they stand in the files, so adding or leaving out one moves no other's place in training.
describe('the order of training', () => {
  const data = [
    ...['要论文吗', '需要论文不', '论文必须吗', '没有论文能评吗'].map((text) => ({ text, label: 'paper' })),
    ...['补贴多少', '有补贴吗', '能领补贴不', '补贴怎么领'].map((text) => ({ text, label: 'subsidy' })),
    ...['在哪考试', '考点在哪', '考场在哪里', '去哪考'].map((text) => ({ text, label: 'place' })),
  ];
  const reversed = [...data].reverse();
  const probe = ['论文', '补贴能领吗', '考场在什么地方', '评职称要不要论文'];
  const preds = (opts: Parameters<typeof train>[1]) => (list: typeof data) => { const m = train(list, opts); return probe.map((q) => m.predict(q)); };

  it('by hash (the default): the same model whatever the list\'s order', () => {
    const p = preds({ epochs: 8, rate: 1, average: 1 });
    expect(p(reversed)).toEqual(p(data));
  });

  it('by a shuffle of the list: the list\'s order changes the model', () => {
    const p = preds({ epochs: 8, rate: 1, average: 1, order: 'shuffle' });
    expect(p(reversed)).not.toEqual(p(data));
  });

  it('bagged: the weights are the mean of the runs of seeds seed … seed + bag − 1', () => {
    const one = fit(data, { epochs: 4, rate: 1, seed: 1 }), two = fit(data, { epochs: 4, rate: 1, seed: 2 });
    const bagged = fit(data, { epochs: 4, rate: 1, seed: 1, bag: 2 });
    expect(bagged.W.length).toBe(one.W.length);
    bagged.W.forEach((w, q) => expect(w).toBeCloseTo((one.W[q] + two.W[q]) / 2, 6));
    expect(Array.from(bagged.W)).not.toEqual(Array.from(one.W));
  });
});
