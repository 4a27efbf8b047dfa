// npm run bench [-- engine]: prints a table and writes bench/results.json.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { benchEngine } from './engineBench';

async function main() {
  const only = process.argv.slice(2);
  const want = (name: string) => !only.length || only.includes(name);
  const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, cpus: cpus().length };
  const rows: [string, string, string][] = [];
  if (want('engine')) {
    const e = benchEngine();
    results.engine = e;
    rows.push(['engine', `${e.usPerEvaluation} µs / evaluation (${e.evaluations} over ${e.profiles} profiles)`, `< ${e.target} µs ${e.usPerEvaluation < e.target ? 'met' : 'MISSED'}`]);
  }
  const w = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length))];
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w[0])}  ${b.padEnd(w[1])}  ${c}`);
  writeFileSync(join(__dirname, 'results.json'), JSON.stringify(results, null, 2) + '\n');
}
void main();
