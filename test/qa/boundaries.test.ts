// src/qa stays pure: no SDK, storage, fs or clock, and of the dialog only its understanding (src/dialogs/understand).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(__dirname, '../../src/qa');
const IMPORTS = /(?:import|export)\s[^;]*?from\s*['"]([^'"]+)['"]/g;
const ALLOWED = (spec: string) => spec.startsWith('./') || spec.startsWith('../rules') || spec === '../i18n' || spec === '../dialogs/understand' || spec === '../seededRandom' || spec === 'zod';

describe('src/qa imports', () => {
  it('imports only the core, i18n, the dialog\'s understanding, the seeded generator, zod and its own files', () => {
    const found = readdirSync(DIR).filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [...readFileSync(join(DIR, f), 'utf8').matchAll(IMPORTS)].map((m) => `${f}: ${m[1]}`));
    expect(found.length).toBeGreaterThan(10);
    expect(found.filter((x) => !ALLOWED(x.split(': ')[1]))).toEqual([]);
  });
});
