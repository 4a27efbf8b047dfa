// The report's loop: npm run report lists the unanswered questions with the intents nearest to them and their files,
// which is where a phrasing is added (the data-loop test in ask.test.ts shows the answer then changing, no code).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { INTENT_FILE_PATHS } from '../../src/qa/intents';

const root = resolve(__dirname, '../..');
const run = (...args: string[]) => spawnSync(process.execPath, [resolve(root, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/reportCli.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('npm run report: where to add the unanswered questions', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'guantong-')), 'events.jsonl');
  writeFileSync(file, [
    { type: 'question', at: '2026-11-02T00:00:00Z', text: '职称评审那个论文的事到底咋弄的', matched: 'none' },
    { type: 'question', at: '2026-11-03T00:00:00Z', text: '职称评审那个论文的事到底咋弄的', matched: 'none' },
  ].map((e) => JSON.stringify(e)).join('\n') + '\n');

  it('gives each unanswered question its nearest intents and their files, in JSON', () => {
    const r = run('--file', file, '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { suggestions: { text: string; nearest: { intent: string; p: number; file: string }[] }[] };
    expect(out.suggestions).toHaveLength(1);
    expect(out.suggestions[0].text).toBe('职称评审那个论文的事到底咋弄的');
    expect(out.suggestions[0].nearest[0].intent).toBe('paper');
    for (const n of out.suggestions[0].nearest) expect(INTENT_FILE_PATHS).toContain(n.file);
  });

  it('prints them under the report in text', () => {
    const r = run('--file', file, '--locale', 'en');
    expect(r.stdout).toContain('Where to add the unanswered questions');
    expect(r.stdout).toMatch(/职称评审那个论文的事到底咋弄的 → paper \([0-9.]+, src\/qa\/intents\/topics\.json\)/);
  });
});
