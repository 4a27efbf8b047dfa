// POST /api/ask: { question, region?, locale? } → { answer, citations, confidence, matched }; years are counted to this month.
import { z } from 'zod';
import type { Locale } from '../dialogs/replyModel';
import { formatPath } from '../rules/profile';
import { ask } from '../qa';
import { REGIONS } from '../rules/vocabulary';
import { currentMonth } from '../clock';

const askSchema = z.strictObject({
  question: z.string().trim().min(1, 'expected a non-empty question').max(2000),
  region: z.enum(REGIONS).optional(),
  locale: z.enum(['zh-CN', 'en']).optional(),
});

export type AskAnswer =
  | { status: 200; body: { answer: string; citations: { policy: string; docNo: string; clause: string; quote: string }[]; confidence: number; matched: string } }
  | { status: 400; issues: { path: string; message: string }[] };

export function answerQuestion(input: unknown, requestLocale: Locale): AskAnswer {
  const r = askSchema.safeParse(input);
  if (!r.success) return { status: 400, issues: r.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
  const a = ask(r.data.question, { region: r.data.region, locale: r.data.locale ?? requestLocale, asOf: currentMonth() });
  return { status: 200, body: { answer: a.answer, citations: a.citations, confidence: a.confidence, matched: a.matched } };
}
