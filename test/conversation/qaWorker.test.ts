// The Q&A's model trained in a worker thread (src/conversation/trainInWorker.ts, qaWorker.ts): its data, sent back
// through postMessage, predicts exactly as a model trained here; a failing worker is logged and the first question
// trains the model as before; a model a question trained first is kept.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { qaWarmUp } from '../../src/conversation/dialogWithQa';
import { trainInWorker } from '../../src/conversation/trainInWorker';
import { ask, buildModel, intents, model, modelTrained } from '../../src/qa';
import { fromData } from '../../src/qa/classifier';
import { forClassifier } from '../../src/qa/normalize';

const capture = () => {
  const lines: { level: number; msg: string }[] = [];
  const logger = pino({ level: 'info' }, new Writable({ write(chunk, _enc, done) { lines.push(JSON.parse(String(chunk))); done(); } }));
  return { logger, lines };
};
const never = new AbortController().signal;
const noCache = mkdtempSync(join(tmpdir(), 'qa-no-cache-')); // an empty cache folder: the warm-up must train

describe('training in a worker thread', () => {
  it("sends data whose classifier predicts exactly as the shipped model's trained here", async () => {
    const data = await trainInWorker();
    expect([data.W, data.idf, data.seenWith].map((a) => a.constructor.name)).toEqual(['Float32Array', 'Float32Array', 'Uint8Array']); // (another realm's)
    const fromWorker = fromData(data);
    const here = buildModel(intents()).classifier;
    const texts = intents().flatMap((it) => [...it.zh, ...it.en]).filter((_, i) => i % 7 === 0).map(forClassifier);
    expect(texts.length).toBeGreaterThan(300);
    expect(texts.filter((x) => JSON.stringify(fromWorker.predict(x)) !== JSON.stringify(here.predict(x)))).toEqual([]);
  });

  it('rejects when the worker fails, and when aborted', async () => {
    await expect(trainInWorker({ file: join(__dirname, 'no-such-worker.js') })).rejects.toThrow(/no-such-worker|Cannot find/);
    const aborter = new AbortController();
    const p = trainInWorker({ signal: aborter.signal });
    aborter.abort();
    await expect(p).rejects.toThrow('aborted');
  });
});

describe("the server's warm-up (qaWarmUp)", () => {
  it('a failing worker is logged, leaves the model untrained, and the first question trains it', async () => {
    const { logger, lines } = capture();
    await qaWarmUp({ workerFile: join(__dirname, 'no-such-worker.js'), cacheDir: noCache })({ logger, signal: never });
    expect(lines.map((l) => [l.level, l.msg])).toEqual([[40, 'Q&A model: training in a worker thread failed; the first question trains it']]);
    expect(modelTrained()).toBe(false);
    expect(ask('评职称要论文吗', { locale: 'zh-CN', region: 'sichuan' }).matched).toBe('curated');
    expect(modelTrained()).toBe(true);
  });

  it('keeps the model a question trained while the worker ran', async () => {
    await jest.isolateModulesAsync(async () => {
      const qa = await import('../../src/qa');
      const { qaWarmUp: fresh } = await import('../../src/conversation/dialogWithQa');
      expect(qa.modelTrained()).toBe(false);
      const { logger, lines } = capture();
      const running = fresh({ cacheDir: noCache })({ logger, signal: never }); // the worker is started …
      const trained = qa.model(); // … and a question trains the model here meanwhile
      await running;
      expect(qa.model()).toBe(trained);
      expect(lines.map((l) => l.msg)).toEqual(["Q&A model: trained already by a question; the worker thread's is not used"]);
    });
  });

  it('starts no worker once the model is trained', async () => {
    // (the model of the test above, trained by its question: the warm-up finds it there)
    const { logger, lines } = capture();
    const trained = model();
    await qaWarmUp({ workerFile: join(__dirname, 'no-such-worker.js'), cacheDir: noCache })({ logger, signal: never });
    expect(lines).toEqual([]); // no worker started, so none failed
    expect(model()).toBe(trained);
  });
});
