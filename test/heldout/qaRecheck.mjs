// The engine re-check the Q&A sets' builders share (test/heldout/build-qa-questions-6.mjs, -7.mjs,
// test/dev/build-qa-questions-10.mjs): each listed question's `truth` profile is run through the rule engine, its
// expected path checked, and the level's name looked for in the question's answer groups; exits 1 naming each question
// where they disagree, else prints how many agree.
/* global console, process */
import { evaluate } from '../../src/rules/index.ts';

const OK = ['eligible', 'conditional'];
/** The names, Chinese (simplified and traditional) and English, that say a level in an answer group. */
const NAMES = {
  senior_worker: ['高级工', '高級工', 'senior worker'], technician: ['技师', '技師', 'technician'], senior_technician: ['高级技师', '高級技師', 'senior technician'],
  assistant: ['助理'], intermediate: ['工程师', '工程師', '中级', '中級'], deputy_senior: ['高级工程师', '高級工程師', '副高'], full_senior: ['正高'],
};

/**
 * `checks`: id (or id/n for a second profile) → the question's facts and `expect`: `target`, `route`, `status`
 * (default eligible or conditional), `from` (the month a not-yet path opens), or `direction` + `unmet` (every path of
 * that direction fails on that code). `groups`: 'first' (the level's name in the first answer group) or 'any'.
 */
export function recheck(set, checks, { asOf, groups = 'first' }) {
  const fails = [];
  const byId = new Map(set.map((c) => [c.id, c]));
  for (const [key, { expect: e, ...truth }] of Object.entries(checks)) {
    const c = byId.get(key.split('/')[0]);
    if (!c) { fails.push(`${key}: no such question in the set`); continue; }
    const r = evaluate({ asOf, ...truth });
    const all = r.paths.map((x) => `${x.direction}/${x.target}/${x.route}/${x.status}${x.eligibleFrom ? `@${x.eligibleFrom}` : ''}`).join(', ');
    if (e.unmet) {
      const p = r.paths.filter((x) => x.direction === e.direction);
      if (!p.length || p.some((x) => x.status !== 'unmet' || !x.unmet.some((u) => u.code === e.unmet))) fails.push(`${key} (${c.q}): not every ${e.direction} path fails on ${e.unmet} (${all})`);
      continue;
    }
    const p = r.paths.filter((x) => x.target === e.target && (!e.route || x.route === e.route) && (e.status ?? OK).includes(x.status)
      && (!e.from || x.eligibleFrom === e.from));
    if (!p.length) fails.push(`${key} (${c.q}): engine offers no ${e.route ?? ''} ${e.target} path that is ${(e.status ?? OK).join('/')}${e.from ? ` from ${e.from}` : ''} (${all})`);
    const looked = groups === 'any' ? c.answerHas : c.answerHas.slice(0, 1);
    if (!looked.some((g) => g.some((w) => NAMES[e.target].some((n) => w.includes(n))))) fails.push(`${key} (${c.q}): answerHas ${JSON.stringify(looked)} does not name ${e.target}`);
  }
  if (fails.length) { console.error(fails.join('\n')); process.exit(1); }
  console.log(`${Object.keys(checks).length} profiles of ${new Set(Object.keys(checks).map((k) => k.split('/')[0])).size} questions agree with the engine`);
}
