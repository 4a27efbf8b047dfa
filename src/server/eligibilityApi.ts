// POST /api/eligibility: the contract JSON in and out. One profile → one result, an array → an array;
// any invalid profile → 400 naming the field (never a partial answer).
import { currentMonth } from '../clock';
import type { Locale } from '../dialogs/replyModel';
import { evaluate, ProfileError, type EligibilityResult, type FieldIssue } from '../rules';

export type EligibilityOutcome =
  | { status: 200; body: EligibilityResult | EligibilityResult[] }
  | { status: 400; issues: FieldIssue[] };

export const MAX_PROFILES = 100;

export function answerEligibility(input: unknown, opts: { now: Date; locale: Locale }): EligibilityOutcome {
  const asOf = currentMonth(opts.now);
  const many = Array.isArray(input);
  const list: unknown[] = many ? input : [input];
  if (many && list.length > MAX_PROFILES) {
    return { status: 400, issues: [{ path: '(profiles)', message: `expected at most ${MAX_PROFILES} profiles` }] };
  }
  const results: EligibilityResult[] = [];
  const issues: FieldIssue[] = [];
  list.forEach((profile, i) => {
    try {
      results.push(evaluate(profile, { asOf, locale: opts.locale }));
    } catch (e) {
      if (!(e instanceof ProfileError)) throw e;
      for (const issue of e.issues) issues.push({ path: many ? `[${i}].${issue.path}` : issue.path, message: issue.message });
    }
  });
  if (issues.length) return { status: 400, issues };
  return { status: 200, body: many ? results : results[0] };
}
