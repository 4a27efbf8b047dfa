// The edge between channels and the dialog: one conversation per (channel, conversation, person).
import type { DialogState, Locale, TurnOutput } from '../dialogs/replyModel';

export interface ConversationKey { channel: string; conversationId: string; userId: string }

export interface Message extends ConversationKey {
  text: string;
  value?: unknown;
  locale?: Locale;
  /**
   * How the channel can reach this person later, unprompted (a reminder): only the ids its sender needs (Teams:
   * serviceUrl, conversationId, channelId; WeChat: contactId). Stored only with a reminder the person sets.
   */
  address?: Record<string, string>;
}

/** One line of the recent history kept for a hand-over. */
export interface RecentMessage { from: 'user' | 'bot'; text: string }

/** A stored conversation: the dialog state plus bookkeeping. */
export interface StoredConversation {
  dialog: DialogState;
  updatedAt: number;
  /** The last messages, for a hand-over to a person (text only, bounded). */
  recent?: RecentMessage[];
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

/** Why a stored conversation was dropped. */
export type ResetReason = 'version' | 'corrupt' | 'dialog_error';

/** What the conversation layer reports for metrics and logs: never message text, never ids. */
export type ConversationEvent =
  | {
    type: 'turn';
    channel: string;
    /** Wall time of the turn, queueing included, in ms. */
    latencyMs: number;
    /** 1 + the conflict retries. */
    attempts: number;
    outcome: 'saved' | 'erased';
    /** Size of the stored conversation (compact JSON, UTF-8), when saved. */
    bytes?: number;
  }
  | { type: 'conversation_started'; channel: string }
  | { type: 'state_reset'; channel: string; reason: ResetReason }
  | { type: 'erase'; channel: string; removed: number }
  | { type: 'conflict_retry'; channel: string; attempt: number }
  | { type: 'turn_failed'; channel: string; latencyMs: number; failure: 'store_unavailable' | 'busy' | 'internal' };
