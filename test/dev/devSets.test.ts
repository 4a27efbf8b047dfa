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
    ['qa-questions-2.json', 'eval-qa.mjs', ['--check']],
    ['qa-questions-3.json', 'eval-qa.mjs', ['--check']],
    ['qa-questions-qa1.json', 'eval-qa.mjs', ['--check']],
    ['qa-questions-qa1b.json', 'eval-qa.mjs', ['--check']],
    ['qa-questions-en-8.json', 'eval-qa.mjs', ['--check']],
  ])('%s is well-formed for its scorer', (file, script, args) => {
    const r = run(script, ['--file', join(__dirname, file), ...args]);
    expect(r.stderr).not.toMatch(/malformed|not in the texts|mismatch/i);
    expect(r.status).toBe(0);
  });
});
