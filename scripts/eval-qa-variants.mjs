// Metamorphic robustness of the policy Q&A: every question of the opened sets that `npm run eval:qa` grades right
// (or refused-right) is rewritten by meaning-preserving transforms (scripts/qa-variants.mjs), each variant graded
// with the question's own expectations (scripts/qa-grading.mjs), and the share of variants whose grade drops is
// printed per language and per transform. With --retrain N, also the training data moved a little: N models each
// trained with 2% of the phrasings left out at random, and how many of the sets' grades move with each.
// `node scripts/eval-qa-variants.mjs [--file F]... [--list] [--json] [--retrain N]`.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { askAll, grade, root, validate } from './qa-grading.mjs';
import { TRANSFORMS, variantsOf } from './qa-variants.mjs';

const OPENED = ['test/heldout/qa-questions.json', 'test/heldout/qa-questions-2.json', 'test/heldout/qa-questions-3.json',
  'test/heldout/qa-questions-4.json', 'test/dev/qa-questions-2.json', 'test/dev/qa-questions-3.json'];

const args = process.argv.slice(2);
if (args.includes('--help')) {
  console.log('node scripts/eval-qa-variants.mjs [--file F]... [--list] [--json] [--retrain N]\n  --file  a set (repeatable; default the opened sets)\n  --list  every variant whose grade dropped\n  --json  the figures as one JSON line at the end\n  --retrain N  also N models trained without 2% of the phrasings (seeds 1..N): the sets\' grades that move');
  process.exit(0);
}
const files = args.flatMap((a, i) => (a === '--file' ? [args[i + 1]] : []));
const sets = (files.length ? files : OPENED).map((f) => join(root, f.startsWith('/') ? relative(root, f) : f));

const items = [];
for (const file of sets) {
  const set = JSON.parse(readFileSync(file, 'utf8'));
  const errs = validate(set);
  if (errs.length) { console.error(`${file} is malformed:\n  ${errs.join('\n  ')}`); process.exit(1); }
  const name = relative(root, file);
  for (const c of set) items.push({ ...c, id: `${name}#${c.id}`, set: name });
}

// The originals and every variant, asked in one process.
const variants = items.flatMap((c) => variantsOf(c.q).map((v) => ({ ...c, id: `${c.id}~${v.transform}`, q: v.q, original: c, transform: v.transform })));
const run = askAll([...items, ...variants]);
if (run.status !== 0) { console.error(`could not run the Q&A (exit ${run.status}):\n${String(run.stderr).slice(0, 2000)}`); process.exit(2); }

const good = (g) => g === 'right' || g === 'refused-right';
const baseline = new Map(items.map((c) => [c.id, grade(c, run.answers.get(c.id)).grade]));
const graded = variants.filter((v) => good(baseline.get(v.original.id))).map((v) => {
  const g = grade(v.original, run.answers.get(v.id));
  return { v, before: baseline.get(v.original.id), after: g.grade, why: g.why, out: run.answers.get(v.id)?.out };
});
const dropped = graded.filter((r) => !good(r.after));

const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : '–');
const lang = (r) => (r.v.locale === 'en' ? 'en' : 'zh');
function table(title, keyOf) {
  const keys = [...new Set(graded.map(keyOf))].sort();
  console.log(`\n${title}`);
  console.log(`${''.padEnd(28)}${'variants'.padStart(9)}${'dropped'.padStart(9)}${'share'.padStart(8)}${'made-up'.padStart(9)}`);
  for (const k of keys) {
    const rs = graded.filter((r) => keyOf(r) === k);
    const d = rs.filter((r) => !good(r.after)).length;
    console.log(`${k.padEnd(28)}${String(rs.length).padStart(9)}${String(d).padStart(9)}${pct(d, rs.length).padStart(8)}${String(rs.filter((r) => r.after === 'made-up').length).padStart(9)}`);
  }
}

if (args.includes('--list')) {
  console.log('Variants whose grade dropped:');
  for (const r of dropped) {
    console.log(`- ${r.v.original.id} ${r.v.transform} [${r.before} → ${r.after}] (${r.v.region}, ${r.v.locale}) ${r.v.q}`);
    console.log(`    was: ${r.v.original.q}`);
    if (r.why) console.log(`    ${r.why}`);
    console.log(`    matched ${r.out?.matched} ${r.out?.id ?? ''}: ${String(r.out?.answer ?? '').replace(/\s+/g, ' ').slice(0, 140)}`);
  }
}

// The sets' own figures (as eval-qa.mjs counts them), so a change is checked for regressions in the same run.
console.log('\nThe sets as asked: right on answerable, refused-right on not-in-the-texts, made-up');
for (const name of [...new Set(items.map((c) => c.set))]) {
  const rs = items.filter((c) => c.set === name);
  const ans = rs.filter((c) => !c.refuse), not = rs.filter((c) => c.refuse);
  const n = (list, g) => list.filter((c) => baseline.get(c.id) === g).length;
  console.log(`  ${name.padEnd(30)} ${n(ans, 'right')}/${ans.length}  ${n(not, 'refused-right')}/${not.length}  made-up ${n(rs, 'made-up')}`);
}

const right = items.filter((c) => good(baseline.get(c.id)));
console.log(`\nQ&A robustness: ${items.length} questions in ${sets.length} set(s), ${right.length} graded right or refused-right; ` +
  `${graded.length} variants of those by ${Object.keys(TRANSFORMS).length} transforms`);
table('By language', lang);
table('By transform', (r) => r.v.transform);
table('By set', (r) => r.v.set.replace(/^test\//, ''));
table('By original grade', (r) => r.before);
console.log(`\nVariants whose grade dropped: ${dropped.length}/${graded.length} ${pct(dropped.length, graded.length)} ` +
  `(zh ${pct(dropped.filter((r) => lang(r) === 'zh').length, graded.filter((r) => lang(r) === 'zh').length)}, ` +
  `en ${pct(dropped.filter((r) => lang(r) === 'en').length, graded.filter((r) => lang(r) === 'en').length)}); made-up ${dropped.filter((r) => r.after === 'made-up').length}`);
if (args.includes('--json')) {
  const by = (f) => Object.fromEntries([...new Set(graded.map(f))].sort().map((k) => {
    const rs = graded.filter((r) => f(r) === k);
    return [k, { variants: rs.length, dropped: rs.filter((r) => !good(r.after)).length, madeUp: rs.filter((r) => r.after === 'made-up').length }];
  }));
  console.log(JSON.stringify({ variants: graded.length, dropped: dropped.length, byLanguage: by(lang), byTransform: by((r) => r.v.transform) }));
}

// ---- the training data moved a little: the same questions asked of models trained without 2% of the phrasings
const retrainArg = args.indexOf('--retrain');
const retrains = retrainArg >= 0 ? Math.max(0, Number(args[retrainArg + 1]) || 0) : 0;
if (retrains) {
  console.log(`\nTraining data moved: ${retrains} model(s), each without 2% of the phrasings (the originals only, ${items.length} questions)`);
  for (let seed = 1; seed <= retrains; seed++) {
    const r = askAll(items, { QA_PERTURB: `${seed}:0.02` });
    if (r.status !== 0) { console.error(`could not run the Q&A (exit ${r.status}):\n${String(r.stderr).slice(0, 2000)}`); process.exit(2); }
    const moved = items.filter((c) => grade(c, r.answers.get(c.id)).grade !== baseline.get(c.id));
    const lost = moved.filter((c) => good(baseline.get(c.id)));
    const byLang = (l) => lost.filter((c) => (c.locale === 'en' ? 'en' : 'zh') === l).length;
    console.log(`  seed ${seed}: ${moved.length} grade(s) moved, ${lost.length} right → not right (zh ${byLang('zh')}, en ${byLang('en')}), ` +
      `made-up ${items.filter((c) => grade(c, r.answers.get(c.id)).grade === 'made-up').length}`);
    if (args.includes('--list')) for (const c of lost) console.log(`    - ${c.id} → ${grade(c, r.answers.get(c.id)).grade}: ${c.q}`);
  }
}
