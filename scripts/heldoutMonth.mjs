// The month the held-out sets are written against: their builders run the engine as of it, and both evals
// (scripts/eval-dialog.mjs, scripts/eval-qa.mjs through scripts/qa-grading.mjs) ask as of it, so that durations such as
// 拿证三年了 count back from it and not-yet months count forward from it.
export const HELDOUT_AS_OF = '2026-11';
