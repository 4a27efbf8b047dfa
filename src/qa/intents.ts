// The intents as data (src/qa/intents/*.json): phrasings people use, in Chinese and English, and per region the
// answer's text key with the sentences it quotes. Validated with zod when loaded; the classifier is trained from them.
import { z } from 'zod';
import { REGIONS, type Region } from '../rules/vocabulary';
import topics from './intents/topics.json';
import eligibility from './intents/eligibility.json';
import notCovered from './intents/not-covered.json';
import provisions from './intents/provisions.json';
import recall from './intents/recall.json';
import phrasingsMore from './intents/phrasings-more.json';
import zhMore from './intents/zh-more.json';
import phrasingsEn from './intents/phrasings-en.json';
import coverageCls from './intents/coverage-cls.json';
import coverageSnj from './intents/coverage-snj.json';
import dev10 from './intents/dev10.json';
import en10 from './intents/en-10.json';
import zhJx11 from './intents/zh-jx-11.json';
import docsScope from './intents/docs-scope.json';
import enFo from './intents/en-fo.json';
import fvDetail from './intents/fv-detail.json';

const citeSchema = z.strictObject({
  /** `policy:label`, a clause of the index (src/qa/clauses.ts). */
  clause: z.string().min(3),
  /** One or two whole sentences of that clause, word for word. */
  quote: z.string().min(4),
});

const answerSchema = z.strictObject({
  for: z.union([z.array(z.enum(REGIONS)).min(1), z.literal('default')]),
  key: z.string().min(1),
  cite: z.array(citeSchema),
});

export const KINDS = ['topic', 'engine', 'annex', 'not_covered', 'off_topic'] as const;

const intentSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+$/),
  /** topic: a text answer per region; engine: computed by the rules; annex: Suzhou's trade ↔ specialty list;
   * not_covered: the texts do not say, and who does; off_topic: nothing to do with the policy. */
  kind: z.enum(KINDS),
  regions: z.union([z.literal('all'), z.array(z.enum(REGIONS)).min(1)]),
  direction: z.enum(['skill_to_title', 'title_to_skill']).optional(),
  /** Answer without the region lead-in. */
  plain: z.boolean().optional(),
  answers: z.array(answerSchema),
  zh: z.array(z.string().min(1)).min(1),
  en: z.array(z.string().min(1)).min(1),
});

/** More for an intent defined in another file (provisions.json adds to topics.json's intents without editing them):
 * its phrasings are appended; its answers come before the intent's own, so a region's answer here is the one used.
 * With `kind`, it defines the intent when no file does (two branches adding the same provision meet in one intent). */
const extendSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+$/),
  kind: z.literal('topic').optional(),
  /** Replaces the intent's regions (a topic of one region's text answering the others that their text is silent). */
  regions: z.union([z.literal('all'), z.array(z.enum(REGIONS)).min(1)]).optional(),
  answers: z.array(answerSchema).optional(),
  zh: z.array(z.string().min(1)).optional(),
  en: z.array(z.string().min(1)).optional(),
});

const fileSchema = z.strictObject({ about: z.string(), intents: z.array(intentSchema), extend: z.array(extendSchema).optional() });

export type Intent = z.infer<typeof intentSchema>;
export type IntentAnswer = z.infer<typeof answerSchema>;
export type IntentCite = z.infer<typeof citeSchema>;
export type IntentFile = z.infer<typeof fileSchema>;

/** Validates intent files; throws naming the file, the intent and the field. */
export function loadIntents(files: readonly unknown[]): Intent[] {
  const out: Intent[] = [];
  const extensions: { file: number; ext: z.infer<typeof extendSchema> }[] = [];
  files.forEach((f, i) => {
    const r = fileSchema.safeParse(f);
    if (!r.success) {
      const issue = r.error.issues[0];
      throw new Error(`intent file ${i}: ${issue.path.join('.')}: ${issue.message}`);
    }
    out.push(...r.data.intents.map((it) => ({ ...it, answers: [...it.answers], zh: [...it.zh], en: [...it.en] })));
    for (const ext of r.data.extend ?? []) extensions.push({ file: i, ext });
  });
  for (const { file, ext } of extensions) {
    const it = out.find((x) => x.id === ext.id);
    if (!it) {
      if (!ext.kind) throw new Error(`intent file ${file}: extend: no intent ${ext.id}`);
      const r = intentSchema.safeParse({ id: ext.id, kind: ext.kind, regions: ext.regions ?? 'all', answers: ext.answers ?? [], zh: ext.zh ?? [], en: ext.en ?? [] });
      if (!r.success) throw new Error(`intent file ${file}: extend ${ext.id}: ${r.error.issues[0].path.join('.')}: ${r.error.issues[0].message}`);
      out.push(r.data);
      continue;
    }
    if (ext.regions) it.regions = ext.regions;
    if (ext.answers) it.answers.unshift(...ext.answers);
    it.zh.push(...(ext.zh ?? []).filter((p) => !it.zh.includes(p)));
    it.en.push(...(ext.en ?? []).filter((p) => !it.en.includes(p)));
  }
  const ids = new Set<string>();
  for (const it of out) {
    if (ids.has(it.id)) throw new Error(`intent ${it.id} is defined twice`);
    ids.add(it.id);
    if (it.kind === 'topic' && !it.answers.length) throw new Error(`intent ${it.id}: a topic needs an answer`);
  }
  return out;
}

/** The files shipped with the assistant, and where each lives (to tell people where to add a phrasing). */
export const INTENT_FILES: readonly unknown[] = [topics, eligibility, notCovered, provisions, recall, phrasingsMore, zhMore, phrasingsEn, coverageCls, coverageSnj, dev10, en10, zhJx11, docsScope, enFo, fvDetail];
export const INTENT_FILE_PATHS: readonly string[] = ['src/qa/intents/topics.json', 'src/qa/intents/eligibility.json', 'src/qa/intents/not-covered.json', 'src/qa/intents/provisions.json', 'src/qa/intents/recall.json', 'src/qa/intents/phrasings-more.json', 'src/qa/intents/zh-more.json', 'src/qa/intents/phrasings-en.json', 'src/qa/intents/coverage-cls.json', 'src/qa/intents/coverage-snj.json', 'src/qa/intents/dev10.json', 'src/qa/intents/en-10.json', 'src/qa/intents/zh-jx-11.json', 'src/qa/intents/docs-scope.json', 'src/qa/intents/en-fo.json'];

/** The file an intent is defined in. */
export function intentFile(id: string): string | undefined {
  type File = { intents?: { id: string }[]; extend?: { id: string; kind?: string }[] };
  // The file defining it, else the one whose extend entry defines it when no file does.
  let i = INTENT_FILES.findIndex((f) => (f as File).intents?.some((x) => x.id === id));
  if (i < 0) i = INTENT_FILES.findIndex((f) => (f as File).extend?.some((x) => x.id === id && x.kind));
  return i >= 0 ? INTENT_FILE_PATHS[i] : undefined;
}

let shipped: Intent[] | undefined;
export function intents(): Intent[] {
  shipped ??= loadIntents(INTENT_FILES);
  return shipped;
}

/** The answer for `region`: its own, else the default one. */
export function answerFor(intent: Intent, region: Region | undefined): IntentAnswer | undefined {
  if (region) {
    const own = intent.answers.find((a) => a.for !== 'default' && a.for.includes(region));
    if (own) return own;
  }
  return intent.answers.find((a) => a.for === 'default') ?? intent.answers[0];
}

/** Whether people of `region` can get this intent's answer. */
export function servesRegion(intent: Intent, region: Region | undefined): boolean {
  return intent.regions === 'all' || !region || intent.regions.includes(region);
}
