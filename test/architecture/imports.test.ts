// Import boundaries between the folders of src/: no cycle, and nothing imports a folder above its own.
// The order: rules < shared helpers (i18n, clock, config, log, boundedMap) < dialogs < qa < store < conversation
// < everything else (bot, server, cli, ladder, poster, handoff, metrics, index). Type-only imports count too.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';

const SRC = join(__dirname, '..', '..', 'src');
const RANK: Record<string, number> = {
  rules: 0,
  i18n: 1, clock: 1, config: 1, log: 1, boundedMap: 1, seededRandom: 1,
  // The Q&A reads questions with the dialog's understanding (src/dialogs/understand; issue 14), so it sits above it.
  dialogs: 2, qa: 2.5,
  store: 3,
  conversation: 4,
};
const TOP = 5;
/**
 * Known edges, each to be removed, not added to. None left: the dialog receives the Q&A's answerer injected
 * (src/conversation/dialogWithQa.ts) instead of importing it.
 */
const KNOWN: ReadonlySet<string> = new Set<string>([]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|js)$/.test(n) && !n.endsWith('.d.ts') ? [p] : [];
  });
}
/** The folder of src/ a file is in (a file at the top of src/ is its own folder: i18n, config, …). */
const folderOf = (file: string) => relative(SRC, file).split(sep)[0].replace(/\.(ts|js)$/, '');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|(?:import|require)\s*\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function edges(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const f of files(SRC)) {
    const from = folderOf(f);
    for (const m of readFileSync(f, 'utf8').matchAll(IMPORT)) {
      const target = normalize(join(dirname(f), m[1] ?? m[2]));
      if (!target.startsWith(SRC + sep)) continue; // locales/*.json and packages
      const to = folderOf(target);
      if (to !== from) out.set(from, (out.get(from) ?? new Set()).add(to));
    }
  }
  return out;
}

describe('import boundaries', () => {
  const graph = edges();
  const list = [...graph].flatMap(([a, bs]) => [...bs].map((b) => `${a} -> ${b}`));

  it('reads the imports of src/ (the test itself can fail)', () => {
    expect(list).toContain('conversation -> dialogs');
    expect(list.length).toBeGreaterThan(20);
  });

  it('has no upward import', () => {
    const rank = (f: string) => RANK[f] ?? TOP;
    const upward = list.filter((e) => !KNOWN.has(e)).filter((e) => {
      const [a, b] = e.split(' -> ');
      return rank(b) > rank(a) || (rank(a) === rank(b) && rank(a) < TOP);
    });
    expect(upward).toEqual([]);
  });

  it('has no cycle between folders', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (n: string, path: string[]): void => {
      if (state.get(n) === 'done') return;
      if (state.get(n) === 'open') { cycles.push([...path.slice(path.indexOf(n)), n].join(' -> ')); return; }
      state.set(n, 'open');
      for (const m of graph.get(n) ?? []) if (!KNOWN.has(`${n} -> ${m}`)) visit(m, [...path, n]);
      state.set(n, 'done');
    };
    for (const n of graph.keys()) visit(n, []);
    expect(cycles).toEqual([]);
  });

  it('keeps the core free of i18n and the dialog: src/rules imports only src/rules', () => {
    expect([...(graph.get('rules') ?? [])]).toEqual([]);
  });

  it('lists only known edges that still exist', () => {
    for (const e of KNOWN) expect(list).toContain(e);
  });
});
