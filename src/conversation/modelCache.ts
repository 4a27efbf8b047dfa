// The Q&A's trained classifier kept on disk: `npm run build` writes it beside the compiled code, so the server and the
// terminal tools load it in milliseconds instead of training it (4–6 s of CPU) at their start. Keyed by a hash of the
// code and data beside it (src/qa, the intents, the understanding), so any change of those retrains; one file,
// replaced when the key changes.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installModel, modelTrained, trainedModelData, type Trained } from '../qa';

const SRC = join(__dirname, '..');
const PREFIX = '.qa-model-';

/** A hash of every file of the tree this module was loaded from (compiled dist/src, or src under tsx). */
function hashTree(dir: string, hash: ReturnType<typeof createHash>): void {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) hashTree(p, hash);
    else if (/\.(js|ts|json)$/.test(name)) hash.update(name).update(readFileSync(p));
  }
}
let key: string | undefined; // the code does not change under a running process
const treeKey = (): string => {
  if (key) return key;
  const hash = createHash('sha256');
  hashTree(SRC, hash);
  return (key = hash.digest('hex').slice(0, 16));
};

/** Where the model cache lives by default: beside the tree this module was loaded from (dist/, or the checkout). */
export const MODEL_CACHE_DIR = join(SRC, '..');
const cacheFile = (dir: string) => join(dir, `${PREFIX}${treeKey()}.bin`);

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

/** Installs the cached model of this code when `dir` holds one: true; false when there is none (or it is unreadable:
 * then it is removed) or a model is installed already. */
export function loadCachedModel(dir: string = MODEL_CACHE_DIR): boolean {
  if (modelTrained()) return false;
  const file = cacheFile(dir);
  if (!existsSync(file)) return false;
  try {
    installModel(decode(readFileSync(file)));
    return true;
  } catch {
    rmSync(file, { force: true });
    return false;
  }
}

/** Writes `data` as this code's model cache in `dir`, replacing older ones; best effort (false on a read-only dir). */
export function writeModelCache(data: Trained, dir: string = MODEL_CACHE_DIR): boolean {
  const file = cacheFile(dir);
  try {
    for (const old of readdirSync(dir)) if (old.startsWith(PREFIX)) rmSync(join(dir, old), { force: true });
    writeFileSync(`${file}.tmp`, encode(data));
    renameSync(`${file}.tmp`, file);
    return true;
  } catch {
    return false; // a read-only install still answers; it trains each time
  }
}

/** Installs the cached model when there is one for this code, else trains it and writes the cache (best effort). */
export function loadOrTrainModel(dir: string = MODEL_CACHE_DIR): 'cached' | 'trained' | 'ready' {
  if (modelTrained()) return 'ready';
  if (loadCachedModel(dir)) return 'cached';
  const data = trainedModelData();
  installModel(data);
  writeModelCache(data, dir);
  return 'trained';
}
