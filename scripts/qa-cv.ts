// Cross-validation of the intent classifier's training options on the intents' own phrasings (never on the held-out
// sets): k folds by a hash of each phrasing, and per option set the held-out accuracy, the log-loss at the
// temperature that fits best, and how many held-out predictions flip when 2% of the training phrasings are left out
// (what `eval-qa-variants.mjs --retrain` sees from outside), and how many move with a place or chatty words added.
// ask.ts's TRAINING and normalize.ts's FEATURES were chosen from this table.
// `npx tsx scripts/qa-cv.ts [--folds K] [--only NAME]`
import { performance } from 'node:perf_hooks';
import { fit, fromData, type Example, type TrainOptions } from '../src/qa/classifier';
import { intents } from '../src/qa/intents';
import { FEATURES, featuresOf, normalizeText, type FeatureOptions } from '../src/qa/normalize';
import { seededRandom } from '../src/seededRandom';

// Training options, and the classifier's text (src/qa/normalize.ts's FeatureOptions): places as one placeholder or
// dropped when they have a text of their own, asking words inside the question kept or taken out.
const SHIPPED = { epochs: 5, rate: 4, average: 1, bag: 3 } as const;
const CANDIDATES: Record<string, TrainOptions & { features?: FeatureOptions }> = {
  'shuffled, 5 epochs (the model before)': { epochs: 5, rate: 4, average: 1, order: 'shuffle', features: { places: 'one', fillers: false } },
  'hashed order, 5 epochs': { epochs: 5, rate: 4, average: 1, features: { places: 'one', fillers: false } },
  'hashed, 3 bagged, places one': { ...SHIPPED, features: { places: 'one', fillers: false } },
  'hashed, 3 bagged, one + fillers (shipped)': { ...SHIPPED, features: { places: 'one', fillers: true } },
  'hashed, 3 bagged, places covered': { ...SHIPPED, features: { places: 'covered', fillers: false } },
  'hashed, 3 bagged, covered + fillers': { ...SHIPPED, features: { places: 'covered', fillers: true } },
  'hashed, 3 bagged, covered + fillers + 吗': { ...SHIPPED, features: { places: 'covered', fillers: true, ma: true } },
};
const TEMPERATURES = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1];

const args = process.argv.slice(2);
const folds = Number(args[args.indexOf('--folds') + 1]) || 4;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

const raw: Example[] = intents().flatMap((it) => [...it.zh, ...it.en].map((text) => ({ text: normalizeText(text), label: it.id })));
const hashOf = (s: string) => {
  let h = 0x811c9dc5;
  for (const ch of s) { h ^= ch.codePointAt(0)!; h = Math.imul(h, 0x01000193); }
  return h >>> 0;
};
// (folds by the phrasing as written, so every candidate's folds are the same phrasings)
const foldOf = (e: Example) => hashOf(`${e.label}\u0000${e.text}`) % folds;

/** The held-out phrasing asked as people add to it: a place of a region with a text of its own said first (我在沈阳，…,
 * I'm in Chengdu, …), or chatty asking words inside it (…，请问…, 那个，…, a particle before the end). A prediction that
 * moves with them moved with no change of topic. Places of regions the texts cover only, and only to phrasings that
 * name no place (a place with no text is what the not-covered region topic is about). */
const ZH_PLACES = ['我在沈阳，', '苏州这边，', '重庆的，', '我是成都的，', '江西南昌，', '大连这边', '我在昆山，', '四川的话，'];
const EN_PLACES = ["I'm in Chengdu, ", 'in Shenyang: ', 'Suzhou here, ', 'Chongqing - ', 'I work in Dalian, '];
const ZH_FILLERS = [(s: string) => `那个，${s}`, (s: string) => s.replace(/[，,]/, '，请问'), (s: string) => s.replace(/([^\s，,？?。]{2})([，,])/, '$1呢$2'), (s: string) => `你好，麻烦问一下，${s}`];
const withPlace = (s: string) => (/\p{Script=Han}/u.test(s) ? ZH_PLACES[hashOf(s) % ZH_PLACES.length] + s : EN_PLACES[hashOf(s) % EN_PLACES.length] + s);
const withFiller = (s: string) => ZH_FILLERS[hashOf(s + 'f') % ZH_FILLERS.length](s);

/** The training set without `share` of it, at random (seeded), as the harness's QA_PERTURB leaves phrasings out. */
const without = (list: Example[], share: number, seed: number) => {
  const random = seededRandom(seed);
  return list.filter(() => random() >= share);
};

console.log(`${raw.length} phrasings of ${new Set(raw.map((e) => e.label)).size} intents, ${folds} folds; shipped features ${JSON.stringify(FEATURES)}`);
console.log('flips: held-out predictions moved by 2% of the training left out; place / filler: moved by a place said first or chatty words inside');
console.log(`${'options'.padEnd(44)}${'accuracy'.padStart(9)}${'logloss'.padStart(9)}${'at T'.padStart(6)}${'at 0.5'.padStart(8)}${'flips'.padStart(7)}${'place'.padStart(7)}${'filler'.padStart(7)}${'train s'.padStart(9)}`);
for (const [name, { features = FEATURES, ...opts }] of Object.entries(CANDIDATES)) {
  if (only && !name.includes(only)) continue;
  const feat = (s: string) => featuresOf(normalizeText(s), features);
  const data = raw.map((e) => ({ raw: e.text, text: featuresOf(e.text, features), label: e.label }));
  const foldOfRaw = (e: { raw: string; label: string }) => foldOf({ text: e.raw, label: e.label });
  let right = 0, total = 0, flips = 0, ms = 0, placeMoves = 0, placeTotal = 0, fillerMoves = 0, fillerTotal = 0;
  const nll = new Map(TEMPERATURES.map((t) => [t, 0]));
  for (let k = 0; k < folds; k++) {
    const train = data.filter((e) => foldOfRaw(e) !== k), test = data.filter((e) => foldOfRaw(e) === k);
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
      if (!/某地/.test(featuresOf(e.raw, { places: 'one', fillers: false }))) {
        placeTotal++;
        if (m.predict(feat(withPlace(e.raw)))[0].label !== p[0].label) placeMoves++;
      }
      if (/\p{Script=Han}/u.test(e.raw)) {
        fillerTotal++;
        if (m.predict(feat(withFiller(e.raw)))[0].label !== p[0].label) fillerMoves++;
      }
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
  console.log(`${name.padEnd(44)}${`${((100 * right) / total).toFixed(1)}%`.padStart(9)}${(bestNll / total).toFixed(3).padStart(9)}${String(bestT).padStart(6)}${(nll.get(0.5)! / total).toFixed(3).padStart(8)}${`${flips}`.padStart(7)}`
    + `${`${placeMoves}`.padStart(7)}${`${fillerMoves}`.padStart(7)}${(ms / folds / 1000).toFixed(1).padStart(9)}  (place of ${placeTotal}, filler of ${fillerTotal})`);
}
