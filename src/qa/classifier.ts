// A small intent classifier: character n-grams (1–4, within word boundaries, like sklearn's char_wb) weighted by
// sublinear tf-idf and L2-normalised, and a multinomial logistic regression trained by averaged SGD, each epoch in an
// order hashed from the examples themselves (and optionally several runs bagged into one). Pure, deterministic.
// Trained from the intent files (1–2 s: the server does it in a worker thread), never downloaded. `fit` gives the
// trained model as plain data (typed arrays, transferable to another thread); `fromData` makes it a classifier.
import { seededRandom } from '../seededRandom';

export interface Example { text: string; label: string }

export interface TrainOptions {
  epochs?: number;
  /** Learning rate at the start; it decays as 1 / (1 + t / decay). */
  rate?: number;
  /** L2 penalty per example (applied lazily, as a scale on the weights). */
  l2?: number;
  minN?: number;
  maxN?: number;
  /** Seed of the shuffling (the model is the same for the same data and seed). */
  seed?: number;
  /** Softmax temperature at prediction: SGD with L2 leaves the probabilities too flat; 0.5 brings them close to the
   * accuracy on a held-out split of the intents (test/qa/intents.test.ts measures it). One figure for every intent. */
  temperature?: number;
  /** Averaged SGD (Polyak): return the mean of the weights over the last `average` epochs (snapshots taken
   * `AVERAGE_SNAPSHOTS` times an epoch) rather than the last iterate, which moves with the last few examples. 0: off. */
  average?: number;
  /** Bagging by seeds: this many models trained from the same data in different orders (seed, seed + 1, …), their
   * weights averaged into one (so predicting costs what one model costs). 1: one model. */
  bag?: number;
  /** How each epoch orders the examples: 'hash' (default) by a hash of each example's own text and label, so a
   * phrasing added or left out moves no other's place; 'shuffle' a seeded shuffle of the list (what the model did
   * before; kept to compare: scripts/qa-cv.ts). */
  order?: 'hash' | 'shuffle';
}

/** How many snapshots of the weights an averaged epoch contributes. */
export const AVERAGE_SNAPSHOTS = 8;

export interface Prediction { label: string; p: number }

export interface Classifier {
  labels: readonly string[];
  /** Every label with its probability, best first. */
  predict(text: string): Prediction[];
  /** The share (0..1, by tf-idf weight) of the text's n-grams that the training data has seen. */
  known(text: string): number;
  /** The text's n-grams (2 characters or more) that the label's examples have and few other labels do: what the
   * text shares with that label beyond question words (有什么, 能不能, how do i). Empty: nothing of the topic. */
  support(text: string, label: string): string[];
}

/** An n-gram is distinctive of a label when at most this share of the labels have it. */
export const DISTINCTIVE_SHARE = 0.1;

/** The n-grams of each word padded with spaces (char_wb); a "word" is a run between spaces and punctuation. */
export function ngrams(text: string, minN = 1, maxN = 4): string[] {
  const out: string[] = [];
  for (const w of text.split(/[\s\p{P}\p{S}]+/u)) {
    if (!w) continue;
    const padded = ` ${w} `;
    const chars = [...padded];
    for (let n = minN; n <= maxN; n++) {
      if (n > chars.length) break;
      for (let i = 0; i + n <= chars.length; i++) {
        // concatenated, not chars.slice().join(): the same string without an array per n-gram
        let g = '';
        for (let j = 0; j < n; j++) g += chars[i + j];
        if (g === ' ') continue;
        out.push(g);
      }
    }
  }
  return out;
}

interface Vector { idx: Int32Array; val: Float32Array }

/** A trained classifier as plain data: what `fromData` needs to predict exactly as the classifier `fit` trained. */
export interface Trained {
  labels: string[];
  /** The n-grams seen in training, in the order of their index. */
  vocab: string[];
  idf: Float32Array;
  /** Weights, vocab × labels (row per n-gram), and a bias per label. */
  W: Float32Array;
  b: Float32Array;
  /** seenWith[i * labels + c] = 1 when n-gram i occurs in an example of label c; labelCount[i]: in how many labels. */
  seenWith: Uint8Array;
  labelCount: Uint16Array;
  /** How many examples it was trained on (the idf of an n-gram never seen). */
  examples: number;
  minN: number;
  maxN: number;
  temperature: number;
}

/** The typed arrays' buffers, to transfer with postMessage rather than copy. */
export const transferables = (t: Trained): ArrayBuffer[] => [t.idf, t.W, t.b, t.seenWith, t.labelCount].map((a) => a.buffer as ArrayBuffer);

export function train(examples: readonly Example[], opts: TrainOptions = {}): Classifier {
  return fromData(fit(examples, opts));
}

/** Trains on the examples and returns the model as data. */
export function fit(examples: readonly Example[], opts: TrainOptions = {}): Trained {
  const { epochs = 12, rate = 0.5, l2 = 1e-5, minN = 1, maxN = 4, seed = 1, temperature = 1, average = 0, bag = 1, order = 'hash' } = opts;
  if (!examples.length) throw new Error('no training examples');
  const labels = [...new Set(examples.map((e) => e.label))].sort();
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const C = labels.length;

  // Vocabulary and document frequencies.
  const vocab = new Map<string, number>();
  const df: number[] = [];
  const grams = examples.map((e) => ngrams(e.text, minN, maxN));
  for (const g of grams) {
    for (const x of new Set(g)) {
      let i = vocab.get(x);
      if (i === undefined) { i = vocab.size; vocab.set(x, i); df.push(0); }
      df[i]++;
    }
  }
  const n = examples.length;
  const idf = Float32Array.from(df, (d) => Math.log((1 + n) / (1 + d)) + 1);

  const X = grams.map((g) => vectorOf(g, vocab, idf));
  // Which labels each n-gram occurs with, and in how many labels.
  const C0 = labels.length;
  const seenWith = new Uint8Array(vocab.size * C0);
  const labelCount = new Uint16Array(vocab.size);
  grams.forEach((g, k) => {
    const c = labelIndex.get(examples[k].label)!;
    for (const x of new Set(g)) {
      const i = vocab.get(x)!;
      if (!seenWith[i * C0 + c]) { seenWith[i * C0 + c] = 1; labelCount[i]++; }
    }
  });
  const Y = examples.map((e) => labelIndex.get(e.label)!);
  const V = vocab.size;
  // Each example's place in an epoch's order comes from a hash of its own text, label, the epoch and the seed, not
  // from shuffling the list: leaving out or adding a few phrasings leaves every other one's order as it was, so the
  // model moves with the data changed, not with a whole new order (which tipped borderline answers anywhere).
  const own = examples.map((e) => fnv1a(`${e.label}\u0000${e.text}`));
  const runs = Math.max(1, Math.floor(bag));
  const W = new Float32Array(V * C);
  const b = new Float32Array(C);
  const sumW = runs > 1 ? new Float64Array(V * C) : undefined;
  const sumB = runs > 1 ? new Float64Array(C) : undefined;
  for (let r = 0; r < runs; r++) {
    if (r > 0) { W.fill(0); b.fill(0); }
    sgd(X, Y, own, W, b, C, { epochs, rate, l2, seed: seed + r, average, shuffle: order === 'shuffle' });
    if (sumW && sumB) {
      for (let q = 0; q < W.length; q++) sumW[q] += W[q];
      for (let c = 0; c < C; c++) sumB[c] += b[c];
    }
  }
  if (sumW && sumB) {
    for (let q = 0; q < W.length; q++) W[q] = sumW[q] / runs;
    for (let c = 0; c < C; c++) b[c] = sumB[c] / runs;
  }
  return { labels, vocab: [...vocab.keys()], idf, W, b, seenWith, labelCount, examples: n, minN, maxN, temperature };
}

/** One run of averaged SGD over the examples (in the order their hashes give each epoch), into W and b (zero). */
function sgd(X: readonly Vector[], Y: readonly number[], own: Uint32Array | readonly number[], W: Float32Array, b: Float32Array, C: number,
  o: { epochs: number; rate: number; l2: number; seed: number; average: number; shuffle: boolean }): void {
  const { epochs, rate, l2, seed, average, shuffle } = o;
  const n = X.length;
  let scale = 1; // W's true value is W * scale (lazy L2)
  const scores = new Float64Array(C);
  const gradC = new Int32Array(C);
  const gradV = new Float64Array(C);
  const order = Array.from({ length: n }, (_, i) => i);
  const key = new Uint32Array(n);
  const random = seededRandom(seed);
  let t = 0;
  const decay = n * 2;
  const averaged = Math.min(Math.max(0, Math.floor(average)), epochs);
  const sumW = averaged ? new Float64Array(W.length) : undefined;
  const sumB = averaged ? new Float64Array(C) : undefined;
  let snapshots = 0;
  const every = Math.max(1, Math.floor(n / AVERAGE_SNAPSHOTS));

  for (let epoch = 0; epoch < epochs; epoch++) {
    if (shuffle) {
      for (let i = n - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    } else {
      const salt = mix32((Math.imul(epoch + 1, 0x9e3779b9) ^ Math.imul(seed, 0x85ebca6b)) >>> 0);
      for (let k = 0; k < n; k++) key[k] = mix32((own[k] ^ salt) >>> 0);
      order.sort((x, y) => key[x] - key[y] || x - y);
    }
    const averaging = sumW !== undefined && epoch >= epochs - averaged;
    for (let step = 0; step < n; step++) {
      const k = order[step];
      const { idx, val } = X[k];
      const eta = rate / (1 + t / decay);
      t++;
      softmaxScores(W, b, scale, C, idx, val, scores);
      scale *= 1 - eta * l2;
      if (scale < 1e-6) { for (let q = 0; q < W.length; q++) W[q] *= scale; scale = 1; }
      const y = Y[k];
      // Gradient of the loss per class; classes the model already rules out (p < 1e-4) are left alone.
      let active = 0;
      for (let c = 0; c < C; c++) {
        const g = scores[c] - (c === y ? 1 : 0);
        if (g > -1e-4 && g < 1e-4) continue;
        gradC[active] = c;
        gradV[active] = g;
        active++;
        b[c] -= eta * g;
      }
      const f = eta / scale;
      for (let q = 0; q < idx.length; q++) {
        const base = idx[q] * C;
        const v = f * val[q];
        for (let a = 0; a < active; a++) W[base + gradC[a]] -= v * gradV[a];
      }
      if (averaging && ((step + 1) % every === 0 || step === n - 1)) {
        for (let q = 0; q < W.length; q++) sumW![q] += W[q] * scale;
        for (let c = 0; c < C; c++) sumB![c] += b[c];
        snapshots++;
      }
    }
  }
  if (sumW && snapshots) {
    for (let q = 0; q < W.length; q++) W[q] = sumW[q] / snapshots;
    for (let c = 0; c < C; c++) b[c] = sumB![c] / snapshots;
  } else {
    for (let q = 0; q < W.length; q++) W[q] *= scale;
  }
}

/** FNV-1a of a string (32 bits). */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return h >>> 0;
}

/** A 32-bit mixer (murmur3's finaliser): nearby inputs give unrelated outputs. */
function mix32(x: number): number {
  x ^= x >>> 16; x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13; x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** The vector of a text's n-grams: sublinear tf times idf, L2-normalised. */
function vectorOf(g: readonly string[], vocab: ReadonlyMap<string, number>, idf: Float32Array): Vector {
  const counts = new Map<number, number>();
  for (const x of g) {
    const i = vocab.get(x);
    if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
  }
  const idx = new Int32Array(counts.size);
  const val = new Float32Array(idx.length);
  let norm = 0;
  let k = 0;
  for (const [i, count] of counts) { const v = (1 + Math.log(count)) * idf[i]; idx[k] = i; val[k] = v; norm += v * v; k++; }
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < val.length; k++) val[k] /= norm;
  return { idx, val };
}

/** A text's n-grams as `ngrams(text, minN, maxN)` cuts them, in the same order, each as its index in the vocabulary
 * (-1: never seen in training, then its string in `unseen`), found by walking a trie of the vocabulary's characters
 * rather than building and hashing a string per n-gram (what predict spent most of its time on). */
interface Scan { idx: Int32Array; unseen: (string | undefined)[]; n: Uint8Array; length: number }

/** The vocabulary as a trie over code points: node × alphabet + character → child node (numbers, no string keys). */
interface Trie { alphabet: Map<number, number>; A: number; next: Map<number, number>; gram: Int32Array }

function trieOf(vocab: readonly string[]): Trie {
  const alphabet = new Map<number, number>();
  for (const g of vocab) for (const ch of g) { const cp = ch.codePointAt(0)!; if (!alphabet.has(cp)) alphabet.set(cp, alphabet.size); }
  const A = alphabet.size + 1;
  const next = new Map<number, number>();
  const gramOf: number[] = [-1];
  vocab.forEach((g, i) => {
    let node = 0;
    for (const ch of g) {
      const key = node * A + alphabet.get(ch.codePointAt(0)!)!;
      let child = next.get(key);
      if (child === undefined) { child = gramOf.length; gramOf.push(-1); next.set(key, child); }
      node = child;
    }
    gramOf[node] = i;
  });
  return { alphabet, A, next, gram: Int32Array.from(gramOf) };
}

const WORD_SPLIT = /[\s\p{P}\p{S}]+/u;

function scanOf(text: string, trie: Trie, minN: number, maxN: number): Scan {
  const idx: number[] = [];
  const unseen: (string | undefined)[] = [];
  const ns: number[] = [];
  const { alphabet, A, next, gram } = trie;
  for (const w of text.split(WORD_SPLIT)) {
    if (!w) continue;
    const chars = [...` ${w} `];
    const L = chars.length;
    const codes = chars.map((c) => alphabet.get(c.codePointAt(0)!) ?? -1);
    // found[i * maxN + (n - 1)]: the vocabulary index of the n-gram at i, -1 unseen
    const found = new Int32Array(L * maxN).fill(-1);
    for (let i = 0; i < L; i++) {
      let node = 0;
      for (let n = 1; n <= maxN && i + n <= L; n++) {
        const c = codes[i + n - 1];
        const child = c < 0 ? undefined : next.get(node * A + c);
        if (child === undefined) break;
        node = child;
        found[i * maxN + n - 1] = gram[node];
      }
    }
    for (let n = minN; n <= maxN; n++) {
      if (n > L) break;
      for (let i = 0; i + n <= L; i++) {
        if (n === 1 && chars[i] === ' ') continue;
        const k = found[i * maxN + n - 1];
        idx.push(k);
        ns.push(n);
        if (k < 0) { let g = ''; for (let j = 0; j < n; j++) g += chars[i + j]; unseen[idx.length - 1] = g; }
      }
    }
  }
  return { idx: Int32Array.from(idx), unseen, n: Uint8Array.from(ns), length: idx.length };
}

/** The classifier of a trained model's data (from `fit`, here or in another thread): no training. */
export function fromData(t: Trained): Classifier {
  const { labels, idf, W, b, seenWith, labelCount, minN, maxN, temperature } = t;
  const n = t.examples;
  const C = labels.length;
  const V = t.vocab.length;
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const trie = trieOf(t.vocab);
  const maxLabels = Math.max(1, Math.floor(DISTINCTIVE_SHARE * C));
  const unseenWeight = Math.log(1 + n) + 1;
  // Scratch, reused by every call (one text at a time: the classifier is used from one thread).
  const count = new Int32Array(V);
  const mark = new Uint8Array(V);
  const scores = new Float64Array(C);
  const order = Array.from({ length: C }, (_, c) => c);
  // (support's n-grams are the text's of 2 characters or more that stay 2 or more once trimmed)
  const longEnough = new Uint8Array(V);
  t.vocab.forEach((g, i) => { if (g.trim().length >= 2) longEnough[i] = 1; });

  // ask() puts one text to predict, known and support (once or twice) in a row: its n-grams are found once.
  let scanText: string | undefined;
  let scanned: Scan = { idx: new Int32Array(0), unseen: [], n: new Uint8Array(0), length: 0 };
  const scan = (text: string): Scan => {
    if (text !== scanText) { scanned = scanOf(text, trie, minN, maxN); scanText = text; }
    return scanned;
  };

  /** The vector of the text: sublinear tf times idf, L2-normalised, entries in the order of first occurrence (as vectorOf). */
  const vectorize = (s: Scan): Vector => {
    const first: number[] = [];
    for (let q = 0; q < s.length; q++) {
      const i = s.idx[q];
      if (i < 0) continue;
      if (count[i]++ === 0) first.push(i);
    }
    const idx = new Int32Array(first.length);
    const val = new Float32Array(first.length);
    let norm = 0;
    for (let k = 0; k < first.length; k++) {
      const i = first[k];
      const v = (1 + Math.log(count[i])) * idf[i];
      count[i] = 0;
      idx[k] = i; val[k] = v; norm += v * v;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < val.length; k++) val[k] /= norm;
    return { idx, val };
  };

  const idfSum = (s: Scan): number => {
    let all = 0;
    let seen = 0;
    const unseen = new Set<string>();
    const touched: number[] = [];
    for (let q = 0; q < s.length; q++) {
      const i = s.idx[q];
      if (i >= 0) {
        if (mark[i]) continue;
        mark[i] = 1; touched.push(i);
        all += idf[i]; seen += idf[i];
      } else {
        const g = s.unseen[q]!;
        if (unseen.has(g)) continue;
        unseen.add(g);
        all += unseenWeight;
      }
    }
    for (const i of touched) mark[i] = 0;
    return all ? seen / all : 0;
  };

  return {
    labels,
    predict(text: string): Prediction[] {
      const { idx, val } = vectorize(scan(text));
      softmaxScores(W, b, 1, C, idx, val, scores, temperature);
      // best first; equal probabilities in the labels' order (a stable sort)
      order.sort((x, y) => scores[y] - scores[x] || x - y);
      return order.map((c) => ({ label: labels[c], p: scores[c] }));
    },
    known: (text: string) => idfSum(scan(text)),
    support(text: string, label: string): string[] {
      const c = labelIndex.get(label);
      if (c === undefined) return [];
      const s = scan(text);
      const out: string[] = [];
      const touched: number[] = [];
      for (let q = 0; q < s.length; q++) {
        const i = s.idx[q];
        if (i < 0 || s.n[q] < 2 || mark[i]) continue;
        mark[i] = 1; touched.push(i);
        if (longEnough[i] && seenWith[i * C + c] === 1 && labelCount[i] <= maxLabels) out.push(t.vocab[i]);
      }
      for (const i of touched) mark[i] = 0;
      return out;
    },
  };
}

function softmaxScores(W: Float32Array, b: Float32Array, scale: number, C: number, idx: Int32Array, val: Float32Array, out: Float64Array, temperature = 1): void {
  for (let c = 0; c < C; c++) out[c] = b[c];
  for (let q = 0; q < idx.length; q++) {
    const base = idx[q] * C;
    const v = val[q] * scale;
    for (let c = 0; c < C; c++) out[c] += W[base + c] * v;
  }
  if (temperature !== 1) for (let c = 0; c < C; c++) out[c] /= temperature;
  let max = -Infinity;
  for (let c = 0; c < C; c++) if (out[c] > max) max = out[c];
  let sum = 0;
  for (let c = 0; c < C; c++) { out[c] = Math.exp(out[c] - max); sum += out[c]; }
  for (let c = 0; c < C; c++) out[c] /= sum;
}

/** Rasa's FallbackClassifier rule: refuse when the top is low or the top two are close. */
export const FALLBACK = { threshold: 0.45, ambiguity: 0.1 } as const;

export function decide(preds: readonly Prediction[], rule: { threshold: number; ambiguity: number } = FALLBACK): Prediction | undefined {
  const [top, second] = preds;
  if (!top || top.p < rule.threshold) return undefined;
  if (second && top.p - second.p < rule.ambiguity) return undefined;
  return top;
}
