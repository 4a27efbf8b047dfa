// Compiles the TypeScript to plain JavaScript in dist/ (what `npm start` and the terminal tools run): src/ and the
// benchmark's server processes, file by file with esbuild (no bundling: dist/ mirrors the tree), plus what they
// read at run time (locales, the web page, any plain .js files under src/).
// Why not tsx in production: it compiles on every start and wraps every function it creates in a naming helper
// (esbuild's keepNames), which costs about a fifth of a dialog turn. Type checking stays with `npm run typecheck`.
// `--if-stale` builds only when the sources' hash differs from dist/.build-hash (so a production host, or a
// container whose dist/ is read-only, does not rebuild on every start). Builds go to a temporary folder and replace
// dist/ under a lock, so a tool started while another builds never runs a half-written dist/. The Q&A's trained model
// is written into the build too (dist/.qa-model-<key>.bin), so nothing trains it at start.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist');
const lock = join(root, '.dist.lock');
const STALE_LOCK_MS = 120_000;

function walk(dir, keep) {
  const found = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) found.push(...walk(p, keep));
    else if (keep(p)) found.push(p);
  }
  return found;
}

const benchEntries = () => ['appProcess.ts', 'echoBot.ts'].map((f) => join(root, 'bench', f)).filter(existsSync);

/** A hash of everything the build reads: sources, locales, the web page, this script. */
export function sourceHash() {
  const h = createHash('sha256');
  const files = [
    ...walk(join(root, 'src'), () => true),
    ...walk(join(root, 'locales'), () => true),
    ...benchEntries(),
    fileURLToPath(import.meta.url),
  ];
  for (const f of files) h.update(relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex');
}

const builtHash = () => {
  try {
    return readFileSync(join(out, '.build-hash'), 'utf8').trim();
  } catch {
    return '';
  }
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function withLock(fn) {
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      // A builder that died leaves its lock behind: take it over once it is old.
      try {
        if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      } catch { /* gone meanwhile */ }
      await sleep(100);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

async function compileInto(dir, quiet) {
  const { build } = await import('esbuild');
  const sources = [...walk(join(root, 'src'), (p) => p.endsWith('.ts') && !p.endsWith('.d.ts')), ...benchEntries()];
  await build({
    entryPoints: sources, outbase: root, outdir: dir, bundle: false, platform: 'node', format: 'cjs', target: 'node20',
    sourcemap: true, keepNames: false, logLevel: quiet ? 'error' : 'warning',
  });
  // Read at run time, by paths relative to the compiled files.
  cpSync(join(root, 'locales'), join(dir, 'locales'), { recursive: true });
  // Plain .js files and the JSON src/rules imports (src/rules/generated/, from `npm run policies:build`).
  for (const js of walk(join(root, 'src'), (p) => (p.endsWith('.js') || p.endsWith('.json')) && !p.includes(`${join('web', 'public')}`))) {
    cpSync(js, join(dir, relative(root, js)));
  }
  const pub = join(root, 'src', 'web', 'public');
  if (existsSync(pub)) cpSync(pub, join(dir, 'src', 'web', 'public'), { recursive: true });
  return sources.length;
}

/** Builds dist/ (always, or with ifStale only when the sources changed); returns whether it built. */
export async function buildDist({ quiet = false, ifStale = false } = {}) {
  if (ifStale && existsSync(out) && builtHash() === sourceHash()) return false;
  return withLock(async () => {
    const hash = sourceHash();
    if (ifStale && existsSync(out) && builtHash() === hash) return false; // another process built it meanwhile
    const t0 = Date.now();
    const tmp = join(root, `.dist-${process.pid}-${Date.now()}`);
    const old = `${tmp}-old`;
    try {
      const n = await compileInto(tmp, quiet);
      // The Q&A's model trained once, here, and kept beside the code (src/conversation/modelCache.ts): the server and
      // the tools load it in milliseconds instead of training it (4–6 s of CPU) at each start.
      execFileSync(process.execPath, ['-e', `require(${JSON.stringify(join(tmp, 'src', 'conversation', 'modelCache.js'))}).loadOrTrainModel()`], { stdio: ['ignore', 'ignore', 'inherit'] });
      writeFileSync(join(tmp, '.build-hash'), `${hash}\n`);
      if (existsSync(out)) renameSync(out, old);
      renameSync(tmp, out);
      if (!quiet) process.stderr.write(`built ${n} files into dist/ in ${Date.now() - t0} ms\n`);
      return true;
    } finally {
      rmSync(tmp, { recursive: true, force: true });
      rmSync(old, { recursive: true, force: true });
    }
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  buildDist({ quiet: args.includes('--quiet'), ifStale: args.includes('--if-stale') }).catch((e) => {
    process.stderr.write(`${e?.message ?? e}\n`);
    process.exit(1);
  });
}
