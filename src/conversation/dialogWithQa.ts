// The interview as the hosts run it: the dialog given the Q&A's answerer for free questions. The wiring lives
// here, above both, so that src/dialogs never imports src/qa (and the Q&A may use the dialog's understanding).
import { createDialogTurn, DIALOG_VERSION, type Answerer, type FreeAnswer } from '../dialogs';
import { BoundedMemo, keepableText, sized } from '../dialogs/memo';
import { ask, model } from '../qa';

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
  const key = `${sized(opts.locale)}${opts.region === undefined ? '-' : sized(opts.region)}${question}`;
  return copy(answers.getOrMake(key, () => answer(question, opts)));
};

export const dialogTurn = createDialogTurn({ ask: askQa });

/** What the server does once healthy, before the first question needs it: trains the Q&A's intent model (~0.5 s). */
export const warmUp = (): void => { model(); };
