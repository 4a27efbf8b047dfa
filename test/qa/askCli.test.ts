import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { policyText } from './policyTexts';

const ROOT = resolve(__dirname, '../..');
const run = (...args: string[]) => spawnSync(process.execPath, [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/askCli.ts', ...args], {
  cwd: ROOT, encoding: 'utf8', env: { ...process.env, HOTLINE_PHONE: '' },
});

describe('ask CLI', () => {
  it('prints the answer, its citations and the confidence as JSON', () => {
    const r = run('--region', 'sichuan', '全国技术能手能评什么职称');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { answer: string; citations: { policy: string; docNo: string; clause: string; quote: string }[]; confidence: number; matched: string };
    expect(out.answer).toContain('副高级');
    expect(out.matched).toBe('curated');
    expect(out.confidence).toBeGreaterThan(0.5);
    expect(out.citations[0]).toEqual(expect.objectContaining({ policy: 'sichuan-2021', clause: '附件1 六（二）' }));
    for (const c of out.citations) expect(policyText(c.policy)).toContain(c.quote);
  });

  it('answers in English and refuses what it cannot answer', () => {
    const r = run('--locale', 'en', 'how do I cook rice');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(expect.objectContaining({ matched: 'none', citations: [] }));
  });

  it('explains itself with --help', () => {
    const r = run('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--region');
  });

  it('exits 1 naming region for an unknown region', () => {
    const r = run('--region', 'guangdong', '要论文吗');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('region');
    expect(r.stderr).toContain('guangdong');
  });

  it('exits 2 without a question', () => {
    expect(run().status).toBe(2);
  });
});
