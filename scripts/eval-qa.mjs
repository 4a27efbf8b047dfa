// `npm run eval:qa`: grades the policy Q&A on the held-out questions (test/heldout/qa-questions.json), asked in
// process by scripts/eval-qa-answers.ts. `--summary` prints aggregate figures only (no question, no id), so the
// people tuning the Q&A can read the score without seeing the questions. Exit 0 unless the file is malformed.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { GRADES, REGIONS, answersOf, askAll, grade, has, root, validate } from './qa-grading.mjs';

const TARGETS = { right: 0.95, refused: 0.95, madeUp: 0, medianMs: 1 };

const HELP = `npm run eval:qa -- [--summary] [--all] [--check] [--file path] [--answers path]
  grades src/qa's ask() on the held-out questions (default test/heldout/qa-questions.json)
  --summary  aggregate figures only: no questions, no ids
  --all      list every question with its grade, not only the failures
  --answers  grade the answers in this file ({"id","out":{answer,citations,matched}} per line) instead of asking
  --check    check the file only (shape, quotes in the texts) and print its counts as JSON; the Q&A is not run
Grades: right (every answerHas group present, a quote containing quoteHas, every quote word for word in the
texts), partly (some facts, or the facts without the right quote), wrong (answered, facts absent), refused
(matched "none" on an answerable question), made-up (an answer or a citation for a question the texts do not
answer, or a quote not in the texts), refused-right (matched "none", no citation; where the question has
silentHas, also an answer saying the region's own text is silent, every quote in the texts). Exit 0 whatever the grades; 1 on a malformed file; 2 when
the Q&A cannot be run.`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) { console.log(HELP); process.exit(0); }
const summaryOnly = args.includes('--summary');
const listAll = args.includes('--all');
const fileArg = args.indexOf('--file');
const file = fileArg >= 0 ? args[fileArg + 1] : join(root, 'test', 'heldout', 'qa-questions.json');

// Characters written only in traditional script (their simplified forms differ), to count such questions.
const TRADITIONAL = /[職稱評審級師證報貫遼寧慶學歷畢業嗎論選譽獎頒會議歲將專對應當時問請開關區縣辦並參與術練書條動務無]/;
let items;
try { items = JSON.parse(readFileSync(file, 'utf8')); } catch (e) { console.error(`${file}: ${e.message}`); process.exit(1); }
const errs = validate(items);
if (errs.length) { console.error(`${file} is malformed:\n  ${errs.join('\n  ')}`); process.exit(1); }
if (args.includes('--check')) {
  // The set's shape only, without running the Q&A (the set's own test, test/heldout/heldout.test.ts).
  const tally = (f) => items.filter(f).length;
  console.log(JSON.stringify({
    questions: items.length, english: tally((c) => c.locale === 'en'), unanswerable: tally((c) => c.refuse),
    traditional: tally((c) => TRADITIONAL.test(c.q)), withQuote: tally((c) => c.quoteHas !== undefined),
    regions: Object.fromEntries(REGIONS.map((r) => [r, tally((c) => c.region === r)])),
    topics: [...new Set(items.map((c) => c.topic))].sort(),
  }));
  process.exit(0);
}

// ---- ask every question in one process (or, with --answers, grade answers recorded before as JSON lines)
const answersArg = args.indexOf('--answers');
const run = answersArg >= 0 ? { status: 0, answers: answersOf(readFileSync(args[answersArg + 1], 'utf8')) } : askAll(items);
if (run.status !== 0) { console.error(`could not run the Q&A (exit ${run.status}):\n${String(run.stderr).slice(0, 2000)}`); process.exit(2); }
const answers = run.answers;

const results = items.map((c) => {
  const o = answers.get(c.id);
  const g = grade(c, o);
  const extra = c.partial ? c.partial.filter((alts) => alts.some((a) => has(o?.out?.answer, a))).length : 0;
  return { c, o, ...g, extra, extraOf: c.partial?.length ?? 0, us: o?.us };
});

// ---- report
const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : '–');
function table(title, keyOf) {
  const keys = [...new Set(results.map(keyOf))].sort((a, b) => a.localeCompare(b));
  const head = ['', 'n', ...GRADES, 'right %', 'refused %'];
  const rows = keys.map((k) => {
    const rs = results.filter((r) => keyOf(r) === k);
    const ans = rs.filter((r) => !r.c.refuse), not = rs.filter((r) => r.c.refuse);
    return [k, rs.length, ...GRADES.map((g) => rs.filter((r) => r.grade === g).length),
      pct(ans.filter((r) => r.grade === 'right').length, ans.length), pct(not.filter((r) => r.grade === 'refused-right').length, not.length)];
  });
  const widths = head.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)));
  const fmt = (r) => r.map((x, i) => (i === 0 ? String(x).padEnd(widths[i]) : String(x).padStart(widths[i]))).join('  ');
  console.log(`\n${title}`);
  console.log(fmt(head));
  for (const r of rows) console.log(fmt(r));
}

const answerable = results.filter((r) => !r.c.refuse);
const unanswerable = results.filter((r) => r.c.refuse);
const count = (rs, g) => rs.filter((r) => r.grade === g).length;
const right = count(answerable, 'right');
const madeUp = count(results, 'made-up');
const refusedRight = count(unanswerable, 'refused-right');
const times = results.map((r) => r.us).filter((x) => typeof x === 'number').sort((a, b) => a - b);
const medianMs = times.length ? times[Math.floor((times.length - 1) / 2)] / 1000 : NaN;
const withExtra = results.filter((r) => r.extraOf && (r.grade === 'right' || r.grade === 'partly'));
const matchedBy = {};
for (const r of results) { const m = String(r.o?.out?.matched ?? 'error'); matchedBy[m] = (matchedBy[m] ?? 0) + 1; }

if (!summaryOnly) {
  const shown = results.filter((r) => listAll || (r.grade !== 'right' && r.grade !== 'refused-right'));
  console.log(listAll ? 'Every question:' : 'Questions not graded right:');
  for (const r of shown) {
    console.log(`- ${r.c.id} [${r.grade}] (${r.c.region}, ${r.c.locale}, ${r.c.topic}) ${r.c.q}`);
    if (r.why) console.log(`    ${r.why}`);
    if (r.grade !== 'right' && r.grade !== 'refused-right') console.log(`    matched ${r.o?.out?.matched}: ${String(r.o?.out?.answer ?? '').replace(/\s+/g, ' ').slice(0, 160)}`);
  }
}

const setName = relative(root, file).startsWith('test/heldout/') ? 'Held-out Q&A evaluation' : `Q&A evaluation on ${relative(root, file)} (not held out)`;
console.log(`\n${setName}: ${results.length} questions (${answerable.length} answerable, ${unanswerable.length} not in the texts; ` +
  `${results.filter((r) => r.c.locale === 'en').length} English)`);
table('By topic', (r) => r.c.topic);
table('By language', (r) => r.c.locale);
table('By region', (r) => r.c.region);
// Calibration: among the answered questions, how often an answer is right at each confidence it reported.
const answered = results.filter((r) => r.o?.out && r.o.out.matched !== 'none' && typeof r.o.out.confidence === 'number');
if (answered.length) {
  const bins = [[0, 0.5], [0.5, 0.7], [0.7, 0.8], [0.8, 0.9], [0.9, 1.0001]];
  console.log('\nCalibration (answered questions): confidence → n, right (refused-right counted right), not right');
  for (const [lo, hi] of bins) {
    const rs = answered.filter((r) => r.o.out.confidence >= lo && r.o.out.confidence < hi);
    const ok = rs.filter((r) => r.grade === 'right' || r.grade === 'refused-right').length;
    console.log(`  ${lo.toFixed(1)}–${Math.min(hi, 1).toFixed(1)}  n ${String(rs.length).padStart(3)}  right ${String(ok).padStart(3)} ${pct(ok, rs.length).padStart(6)}  not right ${rs.length - ok}`);
  }
}
console.log(`\nAnswered by: ${Object.entries(matchedBy).map(([k, v]) => `${k} ${v}`).join(', ')}`);
if (withExtra.length) {
  const got = withExtra.reduce((s, r) => s + r.extra, 0), of = withExtra.reduce((s, r) => s + r.extraOf, 0);
  console.log(`Optional extra facts present (answers graded right or partly): ${got}/${of}`);
}
const mark = (ok, n = 1) => (!n ? 'n/a' : ok ? 'met' : 'NOT met');
console.log('\nTotals                                   figure            target');
console.log(`right on answerable                      ${`${right}/${answerable.length} ${pct(right, answerable.length)}`.padEnd(18)}≥ 95% ${mark(right >= TARGETS.right * answerable.length, answerable.length)}`);
console.log(`  partly / wrong / refused               ${count(answerable, 'partly')} / ${count(answerable, 'wrong')} / ${count(answerable, 'refused')}`);
console.log(`made-up (answers, citations, quotes)     ${String(madeUp).padEnd(18)}0 ${mark(madeUp === 0)}`);
console.log(`not-in-the-texts questions refused       ${`${refusedRight}/${unanswerable.length} ${pct(refusedRight, unanswerable.length)}`.padEnd(18)}≥ 95% ${mark(refusedRight >= TARGETS.refused * unanswerable.length, unanswerable.length)}`);
console.log(`median time per question, in process    ${`${Number.isFinite(medianMs) ? medianMs.toFixed(3) : '–'} ms`.padEnd(18)}≤ 1 ms ${mark(medianMs <= TARGETS.medianMs, times.length)}`);
process.exit(0);
