// The terminal tools' model cache: the bytes give back the same classifier, and a second process (a fresh module
// state) reads the cache instead of training.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode, encode } from '../../src/conversation/modelCache';
import { fromData, trainedModelData } from '../../src/qa';

describe('Q&A model cache', () => {
  it('round-trips the trained data: the same predictions for every phrasing asked', () => {
    const data = trainedModelData();
    const back = decode(encode(data));
    expect(back.vocab).toEqual(data.vocab);
    expect(back.W).toBeInstanceOf(Float32Array);
    const a = fromData(data);
    const b = fromData(back);
    for (const q of ['技师能评工程师吗', 'do I need a paper', '苏州磨工归哪个专业']) expect(b.predict(q)).toEqual(a.predict(q));
  });

  it('trains and writes once, then a fresh process state reads it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qa-cache-'));
    let first = '';
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh module state, as a new process has
    jest.isolateModules(() => { first = (require('../../src/conversation/modelCache') as typeof import('../../src/conversation/modelCache')).loadOrTrainModel(dir); });
    expect(first).toBe('trained');
    expect(readdirSync(dir).filter((f) => f.startsWith('.qa-model-'))).toHaveLength(1);
    let second = '';
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh module state, as a new process has
    jest.isolateModules(() => { second = (require('../../src/conversation/modelCache') as typeof import('../../src/conversation/modelCache')).loadOrTrainModel(dir); });
    expect(second).toBe('cached');
  });
});
