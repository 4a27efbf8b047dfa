// The interview as the hosts run it: the dialog given the Q&A's answerer for free questions. The wiring lives
// here, above both, so that src/dialogs never imports src/qa (and the Q&A may use the dialog's understanding).
import { createDialogTurn, DIALOG_VERSION, type Answerer, type FreeAnswer } from '../dialogs';
import { BoundedMemo, keepableText, sized } from '../dialogs/memo';
import { ask, installModel, modelTrained } from '../qa';
import { loadCachedModel, MODEL_CACHE_DIR, writeModelCache } from './modelCache';
import { trainInWorker } from './trainInWorker';
import type { WarmUp } from './types';

export { DIALOG_VERSION };

// The same short questions come again and again (请问技能证书能评职称吗): the retrieval runs once per text, region
// and locale; each caller gets its own copy.
const answers = new BoundedMemo<FreeAnswer>(500);
const copy = (a: FreeAnswer): FreeAnswer => ({ ...a, citations: a.citations.map((c) => ({ ...c })) });
const answer = (question: string, opts: Parameters<Answerer>[1]): FreeAnswer => {
  const a = ask(question, opts);
  return { answer: a.answer, matched: a.matched, citations: a.citations.map((c) => ({ docNo: c.docNo, clause: c.clause, quote: c.quote })), ...(a.id ? { id: a.id } : {}) };
};
export const askQa: Answerer = (question, opts) => {
  if (!keepableText(question)) return answer(question, opts);
  // the month and the person's facts change an eligibility answer: both are part of the key
  const context = `${sized(opts.asOf ?? '')}${opts.facts ? sized(JSON.stringify(opts.facts)) : '-'}`;
  const key = `${sized(opts.locale)}${opts.region === undefined ? '-' : sized(opts.region)}${context}${question}`;
  return copy(answers.getOrMake(key, () => answer(question, opts)));
};

export const dialogTurn = createDialogTurn({ ask: askQa });

const errInfo = (e: unknown) => ({ name: (e as Error)?.name, message: (e as Error)?.message });

/** What the server does once healthy, before the first question needs it: installs the Q&A's intent model from the
 * cache `npm run build` wrote beside the code (milliseconds), or else trains it (4–6 s of CPU) in a worker thread, so
 * that requests are answered meanwhile, installs it when it comes and writes the cache for the next start. A question
 * asked before then trains it itself (as does any question after a failed worker), and that model is kept. */
export const warmUp: WarmUp = (ctx) => qaWarmUp()(ctx);

/** The warm-up with its worker file (tests: one that fails) and its cache's folder (tests: an empty one) given. */
export const qaWarmUp = (opts: { workerFile?: string; cacheDir?: string } = {}): WarmUp => async ({ logger, signal }) => {
  if (modelTrained()) return;
  const t0 = performance.now();
  const cacheDir = opts.cacheDir ?? MODEL_CACHE_DIR;
  if (loadCachedModel(cacheDir)) {
    logger.info({ ms: Math.round(performance.now() - t0) }, 'Q&A model loaded from its cache');
    return;
  }
  let data;
  try {
    data = await trainInWorker({ signal, ...(opts.workerFile ? { file: opts.workerFile } : {}) });
  } catch (e) {
    if (!signal.aborted) logger.warn({ err: errInfo(e) }, 'Q&A model: training in a worker thread failed; the first question trains it');
    return;
  }
  const ms = Math.round(performance.now() - t0);
  if (installModel(data)) {
    logger.info({ ms }, 'Q&A model trained in a worker thread');
    writeModelCache(data, cacheDir);
  } else logger.info({ ms }, 'Q&A model: trained already by a question; the worker thread\'s is not used');
};
