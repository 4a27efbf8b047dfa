// The intents as data (src/qa/intents/*.json): phrasings people use, in Chinese and English, and per region the
// answer's text key with the sentences it quotes. Validated with zod when loaded; the classifier is trained from them.
import { z } from 'zod';
import { REGIONS, type Region } from '../rules/vocabulary';
import topics from './intents/topics.json';
import eligibility from './intents/eligibility.json';
import notCovered from './intents/not-covered.json';

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

const fileSchema = z.strictObject({ about: z.string(), intents: z.array(intentSchema) });

export type Intent = z.infer<typeof intentSchema>;
export type IntentAnswer = z.infer<typeof answerSchema>;
export type IntentCite = z.infer<typeof citeSchema>;
export type IntentFile = z.infer<typeof fileSchema>;

/** Validates intent files; throws naming the file, the intent and the field. */
export function loadIntents(files: readonly unknown[]): Intent[] {
  const out: Intent[] = [];
  files.forEach((f, i) => {
    const r = fileSchema.safeParse(f);
    if (!r.success) {
      const issue = r.error.issues[0];
      throw new Error(`intent file ${i}: ${issue.path.join('.')}: ${issue.message}`);
    }
    out.push(...r.data.intents);
  });
  const ids = new Set<string>();
  for (const it of out) {
    if (ids.has(it.id)) throw new Error(`intent ${it.id} is defined twice`);
    ids.add(it.id);
    if (it.kind === 'topic' && !it.answers.length) throw new Error(`intent ${it.id}: a topic needs an answer`);
  }
  return out;
}

/** The files shipped with the assistant, and where each lives (to tell people where to add a phrasing). */
export const INTENT_FILES: readonly unknown[] = [topics, eligibility, notCovered];
export const INTENT_FILE_PATHS: readonly string[] = ['src/qa/intents/topics.json', 'src/qa/intents/eligibility.json', 'src/qa/intents/not-covered.json'];

/** The file an intent is defined in. */
export function intentFile(id: string): string | undefined {
  const i = INTENT_FILES.findIndex((f) => (f as { intents?: { id: string }[] }).intents?.some((x) => x.id === id));
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
