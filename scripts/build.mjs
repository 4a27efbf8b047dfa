// Compiles the TypeScript to plain JavaScript in dist/ (what `npm start` runs): src/ and the benchmark's server
// processes, file by file with esbuild (no bundling: dist/ mirrors the tree), plus what they read at run time
// (locales, the web page, any plain .js files under src/).
// Why not tsx in production: it compiles on every start and wraps every function it creates in a naming helper
// (esbuild's keepNames), which costs about a fifth of a dialog turn. Type checking stays with `npm run typecheck`.
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist');

function walk(dir, keep) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) found.push(...walk(p, keep));
    else if (keep(p)) found.push(p);
  }
  return found;
}

export async function buildDist({ quiet = false } = {}) {
  const t0 = Date.now();
  rmSync(out, { recursive: true, force: true });
  const sources = [
    ...walk(join(root, 'src'), (p) => p.endsWith('.ts') && !p.endsWith('.d.ts')),
    ...['appProcess.ts', 'echoBot.ts'].map((f) => join(root, 'bench', f)),
  ];
  await build({
    entryPoints: sources, outbase: root, outdir: out, bundle: false, platform: 'node', format: 'cjs', target: 'node20',
    sourcemap: true, keepNames: false, logLevel: quiet ? 'error' : 'warning',
  });
  // Read at run time, by paths relative to the compiled files.
  cpSync(join(root, 'locales'), join(out, 'locales'), { recursive: true });
  // Plain .js files and the JSON src/rules imports (src/rules/generated/, from `npm run policies:build`).
  for (const js of walk(join(root, 'src'), (p) => (p.endsWith('.js') || p.endsWith('.json')) && !p.includes(`${join('web', 'public')}`))) {
    cpSync(js, join(out, relative(root, js)));
  }
  const pub = join(root, 'src', 'web', 'public');
  if (existsSync(pub)) cpSync(pub, join(out, 'src', 'web', 'public'), { recursive: true });
  if (!quiet) process.stdout.write(`built ${sources.length} files into dist/ in ${Date.now() - t0} ms\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildDist().catch((e) => {
    process.stderr.write(`${e?.message ?? e}\n`);
    process.exit(1);
  });
}
