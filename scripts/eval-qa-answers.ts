// The in-process half of `npm run eval:qa`: reads [{id, q, region, locale}] as JSON on stdin, asks each question
// of src/qa's `ask` in this one process and writes one JSON line per question ({id, out, us}), so the scorer
// (scripts/eval-qa.mjs) grades the answers without starting a process per question.
import { performance } from 'node:perf_hooks';
import { ask, buildModel, intents, type Model } from '../src/qa';
import { seededRandom } from '../src/seededRandom';

interface Item { id: string; q: string; region?: string; locale?: string }

/** QA_PERTURB=seed:share (the robustness harness's --retrain): a model trained with that share of the phrasings left
 * out at random, to see how many answers move when the training data moves a little. Unset: the shipped model. */
function perturbedModel(spec: string | undefined): Model | undefined {
  const m = /^(\d+):(0?\.\d+)$/.exec(spec ?? '');
  if (!m) return undefined;
  const random = seededRandom(Number(m[1]));
  const share = Number(m[2]);
  return buildModel(intents().map((it) => ({ ...it, zh: it.zh.filter(() => random() >= share), en: it.en.filter(() => random() >= share) })));
}

/** The month the questions are asked in (QA_AS_OF, set by scripts/qa-grading.mjs to the sets' month); without it,
 * ask()'s own fallback. */
const asOf = /^\d{4}-\d{2}$/.test(process.env.QA_AS_OF ?? '') ? process.env.QA_AS_OF : undefined;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(): Promise<void> {
  const items = JSON.parse(await readStdin()) as Item[];
  type Opts = Parameters<typeof ask>[1];
  const lines: string[] = [];
  const m = perturbedModel(process.env.QA_PERTURB);
  // One untimed pass first, as a long-running server is warm: lazy start-up work and the JIT's first compilations are
  // not counted against the questions (a cold single pass doubled the median). The answers are the timed pass's.
  for (const it of items) {
    try { await ask(it.q, { region: it.region, locale: it.locale ?? 'zh-CN', asOf } as Opts, m); } catch { /* timed below */ }
  }
  for (const it of items) {
    const opts = { region: it.region, locale: it.locale ?? 'zh-CN', asOf } as Opts;
    const t0 = performance.now();
    let out: unknown;
    try {
      out = await ask(it.q, opts, m);
    } catch (e) {
      out = { error: String((e as Error)?.message ?? e) };
    }
    const us = Math.round((performance.now() - t0) * 1000);
    lines.push(JSON.stringify({ id: it.id, out, us }));
  }
  process.stdout.write(lines.join('\n') + (lines.length ? '\n' : ''));
}

main().catch((e) => { process.stderr.write(String(e?.stack ?? e) + '\n'); process.exitCode = 1; });
