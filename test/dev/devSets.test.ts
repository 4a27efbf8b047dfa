// The development sets of test/dev (written independently on 2026-12-01, read and tuned on by the parser's and the
// Q&A's engineers) stay well-formed: every conversation's best is the engine's on its truth, every question's quote
// stands in its region's text. Their scores are measures (`npm run eval:*  -- --file …`), not tests.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60000 });

describe('test/dev development sets', () => {
  it.each([
    ['dialog-conversations-2.json', 'eval-dialog.mjs', ['--check-truth']],
    ['dialog-conversations-3.json', 'eval-dialog.mjs', ['--check-truth']],
    ['dialog-conversations-4.json', 'eval-dialog.mjs', ['--check-truth']],
    ['dialog-conversations-5.json', 'eval-dialog.mjs', ['--check-truth']],
    ['dialog-conversations-6.json', 'eval-dialog.mjs', ['--check-truth']],
    ['dialog-conversations-7.json', 'eval-dialog.mjs', ['--check-truth']],
    ['dialog-conversations-8.json', 'eval-dialog.mjs', ['--check-truth']],
    ['dialog-conversations-9.json', 'eval-dialog.mjs', ['--check-truth']],
    ['dialog-conversations-10.json', 'eval-dialog.mjs', ['--check-truth']],
    ['dialog-conversations-fT.json', 'eval-dialog.mjs', ['--check-truth']],
    ['dialog-conversations-fD.json', 'eval-dialog.mjs', ['--check-truth']],
    ['dialog-conversations-fG.json', 'eval-dialog.mjs', ['--check-truth']],
    ['dialog-conversations-fH.json', 'eval-dialog.mjs', ['--check-truth']],
    ['qa-questions-2.json', 'eval-qa.mjs', ['--check']],
    ['qa-questions-3.json', 'eval-qa.mjs', ['--check']],
    ['qa-questions-qa1.json', 'eval-qa.mjs', ['--check']],
    ['qa-questions-qa1b.json', 'eval-qa.mjs', ['--check']],
    ['qa-questions-7.json', 'eval-qa.mjs', ['--check']],
    ['qa-questions-zh-9.json', 'eval-qa.mjs', ['--check']],
    ['qa-questions-en-8.json', 'eval-qa.mjs', ['--check']],
    ['qa-questions-10.json', 'eval-qa.mjs', ['--check']],
    ['qa-questions-cov-cls.json', 'eval-qa.mjs', ['--check']],
    ['qa-questions-cov-snj.json', 'eval-qa.mjs', ['--check']],
    ['qa-questions-fw.json', 'eval-qa.mjs', ['--check']],
    ['qa-questions-cov-jx.json', 'eval-qa.mjs', ['--check']],
    ['qa-questions-cov-ds.json', 'eval-qa.mjs', ['--check']],
    ['qa-questions-nit-11.json', 'eval-qa.mjs', ['--check']],
    ['qa-questions-fu.json', 'eval-qa.mjs', ['--check']],
    ['qa-questions-fb.json', 'eval-qa.mjs', ['--check']],
    ['qa-questions-fe.json', 'eval-qa.mjs', ['--check']],
  ])('%s is well-formed for its scorer', (file, script, args) => {
    const r = run(script, ['--file', join(__dirname, file), ...args]);
    expect(r.stderr).not.toMatch(/malformed|not in the texts|mismatch/i);
    expect(r.status).toBe(0);
  });

  // Set 7 (written blind, 2026-12-01): its emphasis is English, traditional characters and refusals, so its counts
  // are held to the brief's minimums (quotes are checked by --check above: a missing one makes the file malformed).
  it('qa-questions-7.json keeps its minimum counts', () => {
    const r = run('eval-qa.mjs', ['--file', join(__dirname, 'qa-questions-7.json'), '--check']);
    expect(r.status).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c.questions).toBeGreaterThanOrEqual(250);
    expect(c.questions - c.unanswerable).toBeGreaterThanOrEqual(200);
    expect(c.unanswerable).toBeGreaterThanOrEqual(45);
    expect(c.english).toBeGreaterThanOrEqual(80);
    expect(c.traditional).toBeGreaterThanOrEqual(20);
    for (const n of Object.values(c.regions) as number[]) expect(n).toBeGreaterThan(0);
  });
});
