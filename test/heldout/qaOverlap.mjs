// The held-out Q&A sets' overlap check (QA.md, "Set 12"): `node test/heldout/qaOverlap.mjs qa-questions-12.json` loads
// that set and every earlier Q&A set by file name (qa-questions.json, qa-questions-2..N-1.json) and prints ONLY the
// given set's texts that are identical to an earlier one (white space, punctuation and case removed) or near
// (character-bigram Jaccard >= 0.7). Earlier sets' texts are never printed. Exit 1 when any is found.
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
/* global console, process */

const dir = dirname(fileURLToPath(import.meta.url));
const mine = process.argv[2] ?? 'qa-questions-12.json';
const k = Number(mine.match(/-(\d+)\.json$/)?.[1]);
const earlierFiles = ['qa-questions.json', ...Array.from({ length: k - 2 }, (_x, i) => `qa-questions-${i + 2}.json`)].filter((f) => existsSync(join(dir, f)));
const norm = (s) => String(s).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
const grams = (s) => { const t = norm(s); const g = new Set(); for (let i = 0; i < t.length - 1; i++) g.add(t.slice(i, i + 2)); return g; };
const jac = (a, b) => { let x = 0; for (const g of a) if (b.has(g)) x++; return x / (a.size + b.size - x || 1); };
const earlier = earlierFiles.flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')).map((c) => c.q));
const eNorm = new Set(earlier.map(norm));
const eGrams = earlier.map(grams);
let found = 0;
for (const c of JSON.parse(readFileSync(join(dir, mine), 'utf8'))) {
  const g = grams(c.q);
  const best = eNorm.has(norm(c.q)) ? 1 : Math.max(0, ...eGrams.map((e) => jac(g, e)));
  if (best >= 0.7) { found++; console.log(`${c.id} ${best === 1 ? 'identical' : `near ${best.toFixed(2)}`}: ${c.q}`); }
}
console.log(`${found} of this set's texts overlap ${earlierFiles.length} earlier sets`);
process.exit(found ? 1 : 0);
