// The classifier as plain data (what the server's worker thread sends back): rebuilt without training, it predicts
// exactly as the classifier trained here, and installModel makes it the shipped model only when none is trained yet.
import { buildModel, installModel, intents, model, modelTrained, trainedModelData } from '../../src/qa';
import { fromData, transferables, type Trained } from '../../src/qa/classifier';
import { forClassifier } from '../../src/qa/normalize';

const phrasings = intents().flatMap((it) => [...it.zh, ...it.en]).map(forClassifier);
// Texts no intent has, too (unseen n-grams, no n-gram at all).
const others = ['火星上有什么', 'what is the weather like', '？？', 'x'];
const data = trainedModelData();
const trainedHere = buildModel(intents()).classifier;
/** A copy as postMessage makes it: typed arrays transferred (the original's buffers are left untouched here). */
const sent = (d: Trained): Trained => { const copy = structuredClone(d); return structuredClone(copy, { transfer: transferables(copy) }); };

describe('the trained classifier as data', () => {
  it('keeps its arrays typed', () => {
    const d = sent(data);
    expect([d.idf, d.W, d.b, d.seenWith, d.labelCount].map((a) => a.constructor.name)).toEqual(['Float32Array', 'Float32Array', 'Float32Array', 'Uint8Array', 'Uint16Array']);
    expect(d.W.length).toBe(d.vocab.length * d.labels.length);
    expect(d.labels).toEqual(trainedHere.labels);
  });

  it('rebuilt from data, gives the very same probabilities, known shares and support for every phrasing', () => {
    const rebuilt = fromData(sent(data));
    expect(phrasings.length).toBeGreaterThan(2000);
    const differ: string[] = [];
    for (const text of [...phrasings, ...others]) {
      const a = rebuilt.predict(text);
      const b = trainedHere.predict(text);
      if (a.some((x, i) => x.label !== b[i].label || x.p !== b[i].p)) differ.push(`predict ${text}`);
      if (rebuilt.known(text) !== trainedHere.known(text)) differ.push(`known ${text}`);
      for (const label of [b[0].label, b[1].label]) {
        if (rebuilt.support(text, label).join('|') !== trainedHere.support(text, label).join('|')) differ.push(`support ${text} ${label}`);
      }
    }
    expect(differ).toEqual([]);
  });
});

describe('installModel', () => {
  it('refuses data of other intents, and leaves the model untrained', () => {
    const d = sent(data);
    expect(() => installModel({ ...d, labels: [...d.labels.slice(1), 'zz_other'] })).toThrow(/not of the shipped intents/);
    expect(modelTrained()).toBe(false);
  });

  it('installs the data as the shipped model (no training), and keeps it when data comes again', () => {
    expect(modelTrained()).toBe(false);
    expect(installModel(sent(data))).toBe(true);
    expect(modelTrained()).toBe(true);
    const installed = model();
    expect(installed.classifier.predict(phrasings[0])).toEqual(trainedHere.predict(phrasings[0]));
    expect(installed.enWords.size).toBeGreaterThan(50);
    expect(installModel(sent(data))).toBe(false);
    expect(model()).toBe(installed);
  });
});
