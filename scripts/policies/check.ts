// `npm run policies:check [region]`, for a policy expert: every file of policies/ valid, every quote found word for
// word in its text, every clause id in the index, the generated JSON up to date, every case passing; then a table
// of the region's paths. Exits 1 with what is wrong.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPolicies, OUT, PolicyFileError, ROOT } from './build';
import { checkCase, loadCases } from './cases';

const region = process.argv.slice(2).find((a) => !a.startsWith('-'));
const problems: string[] = [];
const say = (s: string) => process.stdout.write(`${s}\n`);

let files: Record<string, string> = {};
try {
  files = buildPolicies().files;
  say('✓ policies/: every policy.yaml, places.yaml and rules.yaml valid; every quote found word for word; every clause id known');
} catch (e) {
  problems.push(e instanceof PolicyFileError ? e.message : String(e));
}
for (const [name, content] of Object.entries(files)) {
  if (readFileSync(join(OUT, name), 'utf8') !== content) problems.push(`src/rules/generated/${name} is stale: run npm run policies:build`);
}

async function engineChecks(): Promise<void> {
  // The engine reads the generated JSON: only loaded once that is known to be current.
  const { evaluate, ALL_RULES, REGION_CONFIG } = await import('../../src/rules');
  let n = 0;
  for (const { region: r, file, cases } of loadCases(ROOT, region)) {
    for (const c of cases) {
      n++;
      const wrong = checkCase(c, evaluate({ region: r, ...c.input, asOf: c.asOf }));
      for (const w of wrong) problems.push(`${file}: "${c.name}": ${w}`);
    }
  }
  say(`✓ ${n} case${n === 1 ? '' : 's'} run${region ? ` for ${region}` : ''}`);

  if (region) {
    const config = (REGION_CONFIG as Record<string, { ruleSet: string }>)[region];
    if (!config) problems.push(`no region ${region} (policies/${region}/policy.yaml)`);
    else {
      say(`\nPaths of ${region}${config.ruleSet !== region ? ` (the rows of ${config.ruleSet})` : ''}:`);
      const rows = ALL_RULES.filter((r) => r.ruleSet === config.ruleSet);
      const table = rows.map((r) => {
        if (r.kind === 'note') return [r.id, 'note', r.code, `when ${r.when}`, r.citations.map((c) => c.clause).join(' ')];
        const from = r.starts.map((s) => (s.kind === 'award' ? `award(${s.anyOf.length})` : `${s.kind}:${s.level}`)).join(' + ');
        const cond = r.conditions.map((c) => (c.type === 'years_since' ? `${r.starts[c.start].kind} ${c.years}y` : c.type === 'work_years' ? `work ${c.years}y` : c.type)).join(', ');
        return [r.id, from, `→ ${r.target}`, cond || '—', r.citations.map((c) => c.clause).join(' ')];
      });
      const width = (i: number) => Math.max(...table.map((row) => [...row[i]].length));
      const widths = [0, 1, 2, 3].map(width);
      for (const row of table) say(`  ${row.slice(0, 4).map((x, i) => x + ' '.repeat(widths[i] - [...x].length)).join('  ')}  ${row[4]}`);
    }
  }
}

async function main(): Promise<void> {
  if (!problems.length) await engineChecks();
  if (problems.length) {
    process.stderr.write(`\n✗ ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
    process.exit(1);
  }
  say('\nAll good.');
}

void main();
