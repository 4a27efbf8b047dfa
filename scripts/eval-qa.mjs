// `npm run eval:qa`: grades the policy Q&A on the held-out questions (test/heldout/qa-questions.json), asked in
// process by scripts/eval-qa-answers.ts. `--summary` prints aggregate figures only (no question, no id), so the
// people tuning the Q&A can read the score without seeing the questions. Exit 0 unless the file is malformed.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const REGIONS = ['national', 'chongqing', 'sichuan', 'liaoning', 'jiangxi', 'suzhou'];
const LOCALES = ['zh-CN', 'en'];
const GRADES = ['right', 'partly', 'wrong', 'refused', 'made-up', 'refused-right'];
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
const squash = (s) => String(s ?? '').replace(/\s+/g, '');

// The texts, white space removed (PDF line breaks and padding), one string per file and per region. Jiangxi's
// notice forwards 96号, so Jiangxi's questions may rest on either text.
const policyDir = join(root, 'policies');
const files = [];
const byRegion = {};
for (const region of readdirSync(policyDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
  const texts = readdirSync(join(policyDir, region)).filter((f) => f.endsWith('.txt'))
    .map((f) => squash(readFileSync(join(policyDir, region, f), 'utf8')));
  files.push(...texts);
  byRegion[region] = texts.join('\n');
}
byRegion.jiangxi = (byRegion.jiangxi ?? '') + '\n' + (byRegion.national ?? '');
const inTexts = (frag) => files.some((t) => t.includes(frag));

// ---- the file: malformed → exit 1, naming each problem
function validate(items) {
  const errs = [];
  if (!Array.isArray(items)) return ['the file is not a JSON array'];
  const seen = new Set();
  const strArr = (a) => Array.isArray(a) && a.every((g) => Array.isArray(g) && g.length > 0 && g.every((s) => typeof s === 'string' && s.length > 0));
  items.forEach((c, i) => {
    const at = `#${i} ${c?.id ?? ''}`;
    if (!c || typeof c !== 'object') { errs.push(`${at}: not an object`); return; }
    if (typeof c.id !== 'string' || !c.id) errs.push(`${at}: id missing`);
    else if (seen.has(c.id)) errs.push(`${at}: duplicate id`); else seen.add(c.id);
    if (!REGIONS.includes(c.region)) errs.push(`${at}: region must be one of ${REGIONS.join(', ')}`);
    if (!LOCALES.includes(c.locale)) errs.push(`${at}: locale must be zh-CN or en`);
    if (typeof c.topic !== 'string' || !c.topic) errs.push(`${at}: topic missing`);
    if (typeof c.q !== 'string' || !c.q.trim()) errs.push(`${at}: q missing`);
    if (!strArr(c.answerHas)) errs.push(`${at}: answerHas must be an array of non-empty arrays of strings`);
    if (c.partial !== undefined && !strArr(c.partial)) errs.push(`${at}: partial must be an array of non-empty arrays of strings`);
    if (c.refuse !== undefined && typeof c.refuse !== 'boolean') errs.push(`${at}: refuse must be a boolean`);
    if (c.refuse && (c.quoteHas !== undefined || c.answerHas?.length)) errs.push(`${at}: a refuse question has no answerHas or quoteHas`);
    if (c.silentHas !== undefined && (!c.refuse || !strArr(c.silentHas))) errs.push(`${at}: silentHas (arrays of strings) belongs to refuse questions only`);
    if (!c.refuse && !c.answerHas?.length) errs.push(`${at}: an answerable question needs answerHas`);
    if (c.quoteHas !== undefined) {
      const qs = Array.isArray(c.quoteHas) ? c.quoteHas : [c.quoteHas];
      if (!qs.length || !qs.every((s) => typeof s === 'string' && s.length > 0)) errs.push(`${at}: quoteHas must be a string or strings`);
      else for (const s of qs) {
        if (/\s/.test(s)) errs.push(`${at}: quoteHas "${s}" contains white space`);
        // one quote: in the question's region; several (two regions): each in some text
        else if (qs.length === 1 ? !byRegion[c.region]?.includes(s) : !inTexts(s)) errs.push(`${at}: quoteHas "${s}" is not in the texts`);
      }
    }
  });
  return errs;
}

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
const run = answersArg >= 0 ? { status: 0, stdout: readFileSync(args[answersArg + 1], 'utf8') } : spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'eval-qa-answers.ts')], {
  cwd: root, input: JSON.stringify(items.map(({ id, q, region, locale }) => ({ id, q, region, locale }))),
  encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' },
});
if (run.status !== 0) { console.error(`could not run the Q&A (exit ${run.status}):\n${String(run.stderr).slice(0, 2000)}`); process.exit(2); }
const answers = new Map();
for (const line of run.stdout.split('\n').filter(Boolean)) {
  try { const o = JSON.parse(line); answers.set(o.id, o); } catch { /* a stray log line: ignored */ }
}

// ---- grade
const has = (answer, alt) => {
  const a = String(answer ?? '').toLowerCase();
  const b = alt.toLowerCase();
  return a.includes(b) || squash(a).includes(squash(b));
};
function grade(c, o) {
  const out = o?.out;
  if (!out || out.error) return { grade: 'wrong', why: out?.error ? `threw: ${out.error}` : 'no answer came back' };
  const cites = Array.isArray(out.citations) ? out.citations : [];
  const refused = out.matched === 'none';
  if (c.refuse) {
    if (refused && !cites.length) return { grade: 'refused-right' };
    // The region's own text is silent where another text speaks: an answer that says so, quoting only words that
    // stand in the texts, is as honest as a refusal (domain.md: promise no more than the text, and say so).
    const quotesOk = cites.every((ct) => { const f = squash(ct?.quote).split(/…+|\.\.\.+/).filter(Boolean); return f.length && f.every(inTexts); });
    if (c.silentHas && quotesOk && c.silentHas.every((alts) => alts.some((a) => has(out.answer, a)))) return { grade: 'refused-right', why: 'said the region\'s text is silent' };
    return { grade: 'made-up', why: `answered what the texts do not answer (matched ${out.matched}, ${cites.length} citation(s))` };
  }
  const notInTexts = [];
  let unquoted = 0;
  for (const ct of cites) {
    const frags = squash(ct?.quote).split(/…+|\.\.\.+/).filter(Boolean);
    if (!frags.length) unquoted++;
    else if (!frags.every(inTexts)) notInTexts.push(String(ct.quote).slice(0, 40));
  }
  if (notInTexts.length) return { grade: 'made-up', why: `quote not in the texts: ${notInTexts.join(' | ')}` };
  if (refused) return { grade: 'refused', why: 'matched none' };
  const missing = c.answerHas.filter((alts) => !alts.some((a) => has(out.answer, a)));
  const wantQuotes = c.quoteHas === undefined ? [] : Array.isArray(c.quoteHas) ? c.quoteHas : [c.quoteHas];
  const quotesMissing = wantQuotes.filter((s) => !cites.some((ct) => squash(ct?.quote).includes(s)));
  const why = [
    ...missing.map((alts) => `answer lacks ${alts.join('/')}`),
    ...quotesMissing.map((s) => `no quote with ${s}`),
    ...(unquoted ? [`${unquoted} citation(s) without a quote`] : []),
  ].join('; ');
  if (missing.length === c.answerHas.length) return { grade: 'wrong', why };
  if (missing.length || quotesMissing.length || unquoted) return { grade: 'partly', why };
  return { grade: 'right' };
}

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
