// The Q&A's trained classifier kept on disk for the terminal tools (npm run ask / chat start a process per call;
// training anew each time costs 1–3 s). Keyed by a hash of the compiled code and data beside it (src/qa, the intents,
// the understanding), so any change of those retrains; one file, replaced when the key changes.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installModel, modelTrained, trainedModelData, type Trained } from '../qa';

const SRC = join(__dirname, '..');
const PREFIX = '.qa-model-';

/** A hash of every file of the tree this module was loaded from (compiled dist/src, or src under tsx). */
function treeKey(dir = SRC, hash = createHash('sha256')): string {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) treeKey(p, hash);
    else if (/\.(js|ts|json)$/.test(name)) hash.update(name).update(readFileSync(p));
  }
  return dir === SRC ? hash.digest('hex').slice(0, 16) : '';
}

const ARRAYS = ['idf', 'W', 'b', 'seenWith', 'labelCount'] as const;
const TYPES = { idf: Float32Array, W: Float32Array, b: Float32Array, seenWith: Uint8Array, labelCount: Uint16Array };

/** Bytes: a 4-byte header length, the header (JSON of the plain fields and the arrays' lengths), then the arrays. */
export function encode(data: Trained): Buffer {
  const { labels, vocab, examples, minN, maxN, temperature } = data;
  const header = Buffer.from(JSON.stringify({ labels, vocab, examples, minN, maxN, temperature, lengths: ARRAYS.map((k) => data[k].length) }));
  const size = Buffer.alloc(4);
  size.writeUInt32LE(header.length);
  return Buffer.concat([size, header, ...ARRAYS.map((k) => Buffer.from(data[k].buffer, data[k].byteOffset, data[k].byteLength))]);
}

export function decode(bytes: Buffer): Trained {
  const n = bytes.readUInt32LE(0);
  const h = JSON.parse(bytes.subarray(4, 4 + n).toString('utf8')) as Omit<Trained, (typeof ARRAYS)[number]> & { lengths: number[] };
  let at = 4 + n;
  const arrays = Object.fromEntries(ARRAYS.map((k, i) => {
    const T = TYPES[k];
    const len = h.lengths[i] * T.BYTES_PER_ELEMENT;
    const copy = new Uint8Array(len); // a fresh, aligned buffer
    copy.set(bytes.subarray(at, at + len));
    at += len;
    return [k, new T(copy.buffer)];
  }));
  if (at !== bytes.length) throw new Error('model cache: wrong length');
  const { lengths: _lengths, ...plain } = h;
  return { ...plain, ...arrays } as Trained;
}

/** Installs the cached model when there is one for this code, else trains it and writes the cache (best effort). */
export function loadOrTrainModel(dir: string = join(SRC, '..')): 'cached' | 'trained' | 'ready' {
  if (modelTrained()) return 'ready';
  const file = join(dir, `${PREFIX}${treeKey()}.bin`);
  if (existsSync(file)) {
    try { installModel(decode(readFileSync(file))); return 'cached'; } catch { rmSync(file, { force: true }); }
  }
  const data = trainedModelData();
  installModel(data);
  try {
    for (const old of readdirSync(dir)) if (old.startsWith(PREFIX)) rmSync(join(dir, old), { force: true });
    writeFileSync(`${file}.tmp`, encode(data));
    renameSync(`${file}.tmp`, file);
  } catch { /* a read-only install still answers; it trains each time */ }
  return 'trained';
}
