// The terminal's --jsonl mode fed random lines: exactly one JSON line per input line, and exit 0.
import { spawn } from 'node:child_process';
import fc from 'fast-check';
import { REPO } from '../helpers/spawnServer';
import { line } from './arbitraries';

function chat(lines: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'chat', '--', '--jsonl', '--as-of', '2026-11'], { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(lines.map((l) => `${l}\n`).join(''));
  });
}

describe('terminal --jsonl under random input', () => {
  it('writes exactly one JSON line per input line and exits 0', async () => {
    await fc.assert(fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 40 }), async (lines) => {
      const { code, stdout, stderr } = await chat(lines);
      expect({ code, stderr: stderr.replace(/^npm warn.*\n/gm, '') }).toEqual({ code: 0, stderr: '' });
      expect(stdout.endsWith('\n')).toBe(true);
      const out = stdout.slice(0, -1).split('\n');
      expect(out).toHaveLength(lines.length);
      for (const l of out) {
        const j = JSON.parse(l) as { replies: { text: string }[]; requestedSlot: unknown };
        expect(Array.isArray(j.replies)).toBe(true);
        expect(j.replies.length).toBeGreaterThan(0);
        for (const r of j.replies) expect(typeof r.text).toBe('string');
        expect(j).toHaveProperty('requestedSlot');
      }
    }), { numRuns: 4 });
  }, 60_000);
});
