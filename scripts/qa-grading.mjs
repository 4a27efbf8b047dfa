// The Q&A sets' grading, shared by `npm run eval:qa` (scripts/eval-qa.mjs) and the robustness harness
// (scripts/eval-qa-variants.mjs): the texts, a set's validation, asking every question in one process, one grade.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HELDOUT_AS_OF } from './heldoutMonth.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const REGIONS = ['national', 'chongqing', 'sichuan', 'liaoning', 'jiangxi', 'suzhou'];
export const LOCALES = ['zh-CN', 'en'];
export const GRADES = ['right', 'partly', 'wrong', 'refused', 'made-up', 'refused-right'];

export const squash = (s) => String(s ?? '').replace(/\s+/g, '');

// The texts, white space removed (PDF line breaks and padding), one string per file and per region. Jiangxi's
// notice forwards 96号, so Jiangxi's questions may rest on either text.
const policyDir = join(root, 'policies');
const files = [];
export const byRegion = {};
for (const region of readdirSync(policyDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
  const texts = readdirSync(join(policyDir, region)).filter((f) => f.endsWith('.txt'))
    .map((f) => squash(readFileSync(join(policyDir, region, f), 'utf8')));
  files.push(...texts);
  byRegion[region] = texts.join('\n');
}
byRegion.jiangxi = (byRegion.jiangxi ?? '') + '\n' + (byRegion.national ?? '');
export const inTexts = (frag) => files.some((t) => t.includes(frag));

// ---- a set's file: the problems that make it malformed, each named
export function validate(items) {
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

/** Asks every item ({id, q, region, locale}) of src/qa's ask() in one process (scripts/eval-qa-answers.ts): the
 * child's result, with `answers` (id → {id, out, us}) when it ran. `env`: more of the child's environment. */

export function askAll(items, env = {}) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'eval-qa-answers.ts')], {
    cwd: root, input: JSON.stringify(items.map(({ id, q, region, locale }) => ({ id, q, region, locale }))),
    encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent', QA_AS_OF: HELDOUT_AS_OF, ...env },
  });
  return { ...run, answers: run.status === 0 ? answersOf(run.stdout) : new Map() };
}

/** The answers of JSON lines ({id, out, us} per line), by id. */
export function answersOf(stdout) {
  const answers = new Map();
  for (const line of String(stdout).split('\n').filter(Boolean)) {
    try { const o = JSON.parse(line); answers.set(o.id, o); } catch { /* a stray log line: ignored */ }
  }
  return answers;
}

// ---- grade
export const has = (answer, alt) => {
  const a = String(answer ?? '').toLowerCase();
  const b = alt.toLowerCase();
  return a.includes(b) || squash(a).includes(squash(b));
};

/** The grade of one answer `o` ({out}) to the question `c` of a set, and why when not right. */
export function grade(c, o) {
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
