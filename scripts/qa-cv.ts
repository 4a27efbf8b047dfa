// Cross-validation of the intent classifier's training options on the intents' own phrasings (never on the held-out
// sets): k folds by a hash of each phrasing, and per option set the held-out accuracy, the log-loss at the
// temperature that fits best, and how many held-out predictions flip when 2% of the training phrasings are left out
// (what `eval-qa-variants.mjs --retrain` sees from outside). ask.ts's TRAINING was chosen from this table.
// `npx tsx scripts/qa-cv.ts [--folds K] [--only NAME]`
import { performance } from 'node:perf_hooks';
import { fit, fromData, type Example, type TrainOptions } from '../src/qa/classifier';
import { intents } from '../src/qa/intents';
import { forClassifier } from '../src/qa/normalize';
import { seededRandom } from '../src/seededRandom';

const CANDIDATES: Record<string, TrainOptions> = {
  'shuffled, 5 epochs (the model before)': { epochs: 5, rate: 4, average: 1, order: 'shuffle' },
  'hashed order, 5 epochs': { epochs: 5, rate: 4, average: 1 },
  'hashed order, 5 epochs, 3 bagged': { epochs: 5, rate: 4, average: 1, bag: 3 },
};
const TEMPERATURES = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1];

const args = process.argv.slice(2);
const folds = Number(args[args.indexOf('--folds') + 1]) || 4;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

const data: Example[] = intents().flatMap((it) => [...it.zh, ...it.en].map((text) => ({ text: forClassifier(text), label: it.id })));
const foldOf = (e: Example) => {
  let h = 0x811c9dc5;
  for (const ch of `${e.label}\u0000${e.text}`) { h ^= ch.codePointAt(0)!; h = Math.imul(h, 0x01000193); }
  return (h >>> 0) % folds;
};

/** The training set without `share` of it, at random (seeded), as the harness's QA_PERTURB leaves phrasings out. */
const without = (list: Example[], share: number, seed: number) => {
  const random = seededRandom(seed);
  return list.filter(() => random() >= share);
};

console.log(`${data.length} phrasings of ${new Set(data.map((e) => e.label)).size} intents, ${folds} folds`);
console.log(`${'options'.padEnd(40)}${'accuracy'.padStart(9)}${'logloss'.padStart(9)}${'at T'.padStart(6)}${'at 0.5'.padStart(8)}${'flips'.padStart(7)}${'train s'.padStart(9)}`);
for (const [name, opts] of Object.entries(CANDIDATES)) {
  if (only && !name.includes(only)) continue;
  let right = 0, total = 0, flips = 0, ms = 0;
  const nll = new Map(TEMPERATURES.map((t) => [t, 0]));
  for (let k = 0; k < folds; k++) {
    const train = data.filter((e) => foldOf(e) !== k), test = data.filter((e) => foldOf(e) === k);
    const t0 = performance.now();
    const trained = fit(train, { ...opts, temperature: 1 });
    ms += performance.now() - t0;
    const moved = fromData(fit(without(train, 0.02, k + 1), { ...opts, temperature: 1 }));
    const m = fromData(trained);
    for (const e of test) {
      const p = m.predict(e.text);
      if (p[0].label === e.label) right++;
      if (moved.predict(e.text)[0].label !== p[0].label) flips++;
      total++;
      // log-loss at each temperature, from the scores at T = 1 (p ∝ exp(z); at T, p ∝ p1^(1/T))
      for (const t of TEMPERATURES) {
        const z = p.map((x) => Math.log(Math.max(x.p, 1e-300)) / t);
        const max = Math.max(...z);
        const sum = z.reduce((s, v) => s + Math.exp(v - max), 0);
        const i = p.findIndex((x) => x.label === e.label);
        nll.set(t, nll.get(t)! - (z[i] - max - Math.log(sum)));
      }
    }
  }
  const [bestT, bestNll] = [...nll].sort((a, b) => a[1] - b[1])[0];
  console.log(`${name.padEnd(40)}${`${((100 * right) / total).toFixed(1)}%`.padStart(9)}${(bestNll / total).toFixed(3).padStart(9)}${String(bestT).padStart(6)}${(nll.get(0.5)! / total).toFixed(3).padStart(8)}${`${flips}`.padStart(7)}${(ms / folds / 1000).toFixed(1).padStart(9)}`);
}
