// `npm run policies:build`: reads policies/<region>/ (policy.yaml, the text, places.yaml), validates every file
// with zod, and writes the JSON that src/rules imports statically (src/rules/generated/). The JSON is committed,
// so `npm test`, `npm start` and a production install need no build step; a test fails when it is stale.
// `--check` only compares, exit 1 naming the stale file.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import { z } from 'zod';
import { parseClauses, type ParsedClause } from './clauseParser';
import { RulesFileError, rulesFromFile } from './rules';
import type { PlaceName as Place } from '../../src/rules/places';
import { SERIES } from '../../src/rules/vocabulary';

export const ROOT = join(__dirname, '..', '..');
export const OUT = join(ROOT, 'src', 'rules', 'generated');

export class PolicyFileError extends Error {}

const month = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
const policySchema = z.strictObject({
  id: z.string().regex(/^[a-z]+(-[0-9a-z]+)+$/),
  region: z.string().regex(/^[a-z]+$/),
  docNo: z.string().min(2),
  short: z.string().optional(),
  title: z.string().min(2),
  issued: month,
  inForce: z.strictObject({
    from: month.nullable(), until: month.nullable(),
    /** The clause saying when the text applies, and its words. */
    clause: z.string().optional(), quote: z.string().optional(),
  }),
  trial: z.boolean(),
  order: z.number().int().min(1),
  /** The region's name as people read it. */
  name: z.strictObject({ 'zh-CN': z.string().min(1), en: z.string().min(1) }),
  series: z.union([z.literal('all'), z.array(z.enum(SERIES)).min(1)]),
  adoption: z.strictObject({ clause: z.string().min(1), quote: z.string().min(4) }).optional(),
  adopts: z.string().optional(),
  /** The policy in the repository that applied before this one came into force. */
  before: z.string().optional(),
  text: z.string().regex(/\.txt$/),
  extraction: z.enum(['markdown', 'lines', 'pdf']),
  preamble: z.string().min(1),
});
export type PolicyMeta = z.infer<typeof policySchema>;

const names = z.array(z.string().min(1));
const placesSchema = z.strictObject({
  region: z.string(),
  names: names.optional(),
  en: names.optional(),
  aliases: names.optional(),
  cities: z.array(z.strictObject({ name: z.string().min(2), en: names, counties: names })).optional(),
  countyEn: names.optional(),
  noShort: names.optional(),
  weak: names.optional(),
  bareOnly: names.optional(),
  /** Places whose short form is also a common word (朝阳市 → 朝阳, 三台县 → 三台): that form counts only where a
   * message names a place (朝阳的, 在三台上班), never in 朝阳产业 or 三台机床. */
  wordToo: names.optional(),
  within: names.optional(),
  ambiguous: names.optional(),
  fallback: z.strictObject({ provinces: names, jiangsu: names, cities: names, en: names }).optional(),
});
type PlacesFile = z.infer<typeof placesSchema>;

/** One name a person may type for a place, and the rule set it leads to (regions as read from the folders). */
export type PlaceName = Place<string>;

function readYaml<T>(file: string, schema: z.ZodType<T>): T {
  const where = relative(ROOT, file);
  let data: unknown;
  try {
    data = load(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new PolicyFileError(`${where}: not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const r = schema.safeParse(data);
  if (!r.success) {
    const why = r.error.issues.map((x) => `${x.path.join('.') || '(file)'}: ${x.message}`).join('; ');
    throw new PolicyFileError(`${where}: ${why}`);
  }
  return r.data;
}

/** 成都市 → 成都, 北川羌族自治县 → 北川, 阿坝藏族羌族自治州 → 阿坝; none when under two characters would remain. */
export function shortForm(name: string): string | undefined {
  const s = name.replace(/(?:(?:藏|羌|彝|满|蒙古|土家|苗|回|壮|侗|布依|瑶|黎|傣|白|哈尼|傈僳|纳西|朝鲜|哈萨克|维吾尔)族)+自治[州县]$/, '').replace(/(新区|市|区|县|自治州|州)$/, '');
  return s !== name && s.length >= 2 ? s : undefined;
}

function placeNames(f: PlacesFile, where: string): PlaceName[] {
  const out: PlaceName[] = [];
  const noShort = new Set(f.noShort ?? []);
  const ambiguous = new Set(f.ambiguous ?? []);
  const weak = new Set(f.weak ?? []);
  const wordToo = new Set(f.wordToo ?? []);
  const region = f.region;
  const add = (name: string, kind: PlaceName['kind'], lang: 'zh' | 'en' = 'zh', of?: string): void => {
    if (ambiguous.has(name) || (of && ambiguous.has(of))) return;
    const strength = weak.has(name) || (of !== undefined && weak.has(of)) ? 'weak' : 'strong';
    out.push({ name, region, lang, kind, strength, ...(of ? { of } : {}) });
  };
  const official = (name: string, kind: 'city' | 'county'): void => {
    add(name, kind);
    const s = shortForm(name);
    if (s && !noShort.has(name)) {
      if (wordToo.has(name)) out.push({ name: s, region, lang: 'zh', kind, strength: 'framed', of: name });
      else add(s, kind, 'zh', name);
    }
  };
  for (const n of f.names ?? []) add(n, 'region');
  for (const n of f.en ?? []) add(n, 'region', 'en');
  for (const c of f.cities ?? []) {
    if (!(f.names ?? []).includes(c.name)) official(c.name, 'city');
    for (const n of c.en) add(n, 'city', 'en');
    for (const k of c.counties) official(k, 'county');
  }
  for (const n of f.countyEn ?? []) add(n, 'county', 'en');
  for (const n of f.aliases ?? []) add(n, 'alias');
  for (const n of f.weak ?? []) if (!out.some((p) => p.name === n)) out.push({ name: n, region, lang: 'zh', kind: 'alias', strength: 'weak' });
  for (const n of f.bareOnly ?? []) out.push({ name: n, region, lang: 'zh', kind: 'alias', strength: 'bare' });
  if (f.fallback) {
    for (const n of [...f.fallback.provinces, ...f.fallback.jiangsu, ...f.fallback.cities]) add(n, 'elsewhere');
    for (const n of f.fallback.en) add(n, 'elsewhere', 'en');
  }
  for (const n of [...noShort, ...weak, ...ambiguous, ...wordToo]) {
    const listed = (f.cities ?? []).some((c) => c.name === n || c.counties.includes(n)) || (f.aliases ?? []).includes(n) || weak.has(n);
    if (!listed) throw new PolicyFileError(`${where}: ${n} is not one of the file's places`);
  }
  // One name, one entry per region (铁西区 is in 沈阳 and in 鞍山).
  const seen = new Set<string>();
  return out.filter((p) => {
    const k = `${p.lang}:${p.name}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export interface Built { files: Record<string, string> }

export function buildPolicies(root = ROOT): Built {
  const dir = join(root, 'policies');
  const folders = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const policies: Record<string, PolicyMeta> = {};
  const clauses: Record<string, ParsedClause[]> = {};
  const places: PlaceName[] = [];
  for (const folder of folders) {
    const policyFile = join(dir, folder, 'policy.yaml');
    if (!existsSync(policyFile)) throw new PolicyFileError(`policies/${folder}: no policy.yaml`);
    const meta = readYaml(policyFile, policySchema);
    if (meta.region !== folder) throw new PolicyFileError(`policies/${folder}/policy.yaml: region: must be the folder's name, ${folder}`);
    const textFile = join(dir, folder, meta.text);
    if (!existsSync(textFile)) throw new PolicyFileError(`policies/${folder}/policy.yaml: text: ${meta.text} is not in the folder`);
    policies[meta.id] = meta;
    const parsed = parseClauses(readFileSync(textFile, 'utf8'), meta.extraction, meta.preamble);
    const ids = new Set<string>();
    for (const c of parsed) {
      if (ids.has(c.id)) throw new PolicyFileError(`policies/${folder}/${meta.text}: clause ${c.id} appears twice`);
      ids.add(c.id);
    }
    clauses[meta.id] = parsed;
    const placesFile = join(dir, folder, 'places.yaml');
    if (existsSync(placesFile)) {
      const f = readYaml(placesFile, placesSchema);
      if (f.region !== folder) throw new PolicyFileError(`policies/${folder}/places.yaml: region: must be ${folder}`);
      places.push(...placeNames(f, `policies/${folder}/places.yaml`));
    }
  }
  // rules.yaml: the folder is the rule set, its policy the default of every citation.
  const rules: unknown[] = [];
  for (const folder of folders) {
    const file = join(dir, folder, 'rules.yaml');
    if (!existsSync(file)) continue;
    const meta = Object.values(policies).find((m) => m.region === folder)!;
    let data: unknown;
    try {
      data = load(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new PolicyFileError(`policies/${folder}/rules.yaml: not valid YAML: ${(e as Error).message.split('\n')[0]}`);
    }
    try {
      rules.push(...rulesFromFile(`policies/${folder}/rules.yaml`, data, folder, meta.id, (p) => clauses[p]));
    } catch (e) {
      if (e instanceof RulesFileError) throw new PolicyFileError(e.message);
      throw e;
    }
  }
  const ruleIds = new Set<string>();
  for (const r of rules as { id: string; ruleSet: string }[]) {
    if (ruleIds.has(r.id)) throw new PolicyFileError(`policies/${r.ruleSet}/rules.yaml: rule ${r.id} is defined twice`);
    ruleIds.add(r.id);
  }
  for (const m of Object.values(policies)) {
    if (m.adopts && !policies[m.adopts]) throw new PolicyFileError(`policies/${m.region}/policy.yaml: adopts: no policy ${m.adopts}`);
    if (m.before && !policies[m.before]) throw new PolicyFileError(`policies/${m.region}/policy.yaml: before: no policy ${m.before}`);
    const where = `policies/${m.region}/policy.yaml`;
    const find = (label: string, quote: string) => clauses[m.id].find((c) => c.id === label && `${c.title ?? ''}${c.text}`.includes(quote));
    if (m.inForce.clause && !find(m.inForce.clause, m.inForce.quote ?? '')) {
      throw new PolicyFileError(`${where}: inForce.quote: not found in clause ${m.inForce.clause} of ${m.text}`);
    }
    if (m.adoption && !find(m.adoption.clause, m.adoption.quote)) throw new PolicyFileError(`${where}: adoption.quote: not found in clause ${m.adoption.clause} of ${m.text}`);
    // A 试行 text's answers cite its title, which must stand in its preamble.
    if (m.trial && !find(m.preamble, m.title)) throw new PolicyFileError(`${where}: title: not found in the text's ${m.preamble}`);
  }
  // within: [江苏] in suzhou/places.yaml marks 江苏 (a place elsewhere) as containing Suzhou.
  for (const folder of folders) {
    const placesFile = join(dir, folder, 'places.yaml');
    if (!existsSync(placesFile)) continue;
    for (const outer of readYaml(placesFile, placesSchema).within ?? []) {
      const p = places.find((x) => x.name === outer && x.kind === 'elsewhere');
      if (!p) throw new PolicyFileError(`policies/${folder}/places.yaml: within: ${outer} is not a place elsewhere in national/places.yaml`);
      p.contains = [...(p.contains ?? []), folder];
    }
  }
  // A name read as two regions would make the answer depend on file order: refuse it.
  const byName = new Map<string, PlaceName>();
  for (const p of places) {
    const k = `${p.lang}:${p.name}`;
    const other = byName.get(k);
    if (other && other.region !== p.region) {
      throw new PolicyFileError(`places: ${p.name} is in policies/${other.region}/places.yaml and policies/${p.region}/places.yaml`);
    }
    byName.set(k, p);
  }
  const json = (x: unknown) => `${JSON.stringify(x, null, 1)}\n`;
  const lines = (xs: unknown[]) => `[\n${xs.map((x) => JSON.stringify(x)).join(',\n')}\n]\n`;
  return {
    files: {
      'policies.json': json(policies),
      'clauses.json': json(clauses),
      'places.json': lines(places),
      'rules.json': lines(rules),
    },
  };
}

function main(): void {
  const check = process.argv.includes('--check');
  let built: Built;
  try {
    built = buildPolicies();
  } catch (e) {
    if (e instanceof PolicyFileError) {
      process.stderr.write(`policies: ${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
  let stale = 0;
  for (const [name, content] of Object.entries(built.files)) {
    const file = join(OUT, name);
    const now = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (now === content) continue;
    if (check) {
      process.stderr.write(`policies: ${relative(ROOT, file)} is stale: run npm run policies:build\n`);
      stale++;
    } else {
      writeFileSync(file, content);
      process.stdout.write(`wrote ${relative(ROOT, file)}\n`);
    }
  }
  if (stale) process.exit(1);
}

if (require.main === module) main();
