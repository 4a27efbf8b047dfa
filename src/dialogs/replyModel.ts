// The one reply model that leaves the dialog; each channel renders it (terminal, Teams, WeChat, web).
import type { EligibilityResult } from '../rules/result';

// Locale lives in src/rules (the bottom of the import order); re-exported here for the dialog's callers.
import type { Locale } from '../rules/locale';
export type { Locale } from '../rules/locale';
export { LOCALES } from '../rules/locale';

/**
 * What the bot asked for: `region`, `skills`, `skills.since`, `titles`, `titles.since`, `workYears`,
 * `annualReviewsPassed`, `awards`, `awards.rank`, `confirm`, or a contract field path; null when it asked nothing.
 */
export type RequestedSlot = string | null;

export interface Reply {
  text: string;
  choices?: string[];
  requestedSlot: RequestedSlot;
  /** The slots the same question asks beside requestedSlot (有奖项的也请一起说): one answer may fill them all. */
  alsoRequested?: string[];
  /** The engine's contract JSON, on the reply that gives the answer. */
  result?: EligibilityResult;
}

/** What the dialog asks its host to do besides replying. */
export type DialogEffect =
  | { type: 'erase_my_data' }
  /** nothingSaid: asked before the person said anything about themselves (there is no case to pass on). */
  | { type: 'handoff'; reason: 'asked' | 'unanswered'; nothingSaid?: true }
  /** A free question was asked: the host counts it and logs it (without personal data) for the report. */
  | { type: 'question'; text: string; matched: 'curated' | 'clause' | 'none'; id?: string }
  | { type: 'show_ladder' };

/** The persisted dialog: JSON only, with the machine's version beside the snapshot. */
export interface DialogState { version: number; snapshot: unknown }

export interface TurnInput {
  /** The person's text; may be empty when a card submission carries `value`. */
  text: string;
  /** A card submission (Teams `activity.value`, web buttons): `{ choice: '…' }` or `{ text: '…' }`. */
  value?: unknown;
  /** The month the answer is for, `YYYY-MM`: the clock stays outside the dialog. */
  asOf: string;
  /** The person's language, when the channel knows it; otherwise the dialog keeps or guesses it. */
  locale?: Locale;
}

export interface TurnOutput {
  replies: Reply[];
  requestedSlot: RequestedSlot;
  /** The last reply's alsoRequested, when its question asks more than one slot. */
  alsoRequested?: string[];
  result?: EligibilityResult;
  effects: DialogEffect[];
  state: DialogState;
  locale: Locale;
}

export interface DialogTurnInput {
  text: string;
  value?: unknown;
  locale?: Locale;
  asOf: string;
  /**
   * 'state_reset': the stored conversation could not be used (another dialog version, corrupt, or the dialog failed
   * on it) and the dialog starts afresh: it may say so politely.
   */
  notice?: 'state_reset';
}

/** Runs one turn of the dialog: (stored state or undefined, message) -> output. Pure apart from the clock. */
export type DialogTurn = (state: DialogState | undefined, input: DialogTurnInput) => TurnOutput;
