// The edge between channels and the dialog: one conversation per (channel, conversation, person).
import type { Locale } from '../dialogs/replyModel';
import type { Logger } from '../log';
import type { ConversationKey } from '../store/types';
// Defined where they belong (the dialog's turn in dialogs, what is stored in store) and re-exported for callers.
export type { DialogTurn, DialogTurnInput } from '../dialogs/replyModel';
export type { ConversationKey, RecentMessage, StoredConversation, TranscriptEntry } from '../store/types';

export interface Message extends ConversationKey {
  text: string;
  value?: unknown;
  locale?: Locale;
  /** The channel's id of this message (Bot Framework `activity.id`): a redelivery of a handled id runs no turn. */
  deliveryId?: string;
  /** Keep this conversation's transcript in its state (the web chat restores the page from it). */
  transcript?: boolean;
  /**
   * How the channel can reach this person later, unprompted (a reminder): only the ids its sender needs (Teams:
   * serviceUrl, conversationId, channelId; WeChat: contactId). Stored only with a reminder the person sets.
   */
  address?: Record<string, string>;
}

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
  | { type: 'redelivery'; channel: string }
  | { type: 'state_reset'; channel: string; reason: ResetReason }
  | { type: 'erase'; channel: string; removed: number }
  | { type: 'conflict_retry'; channel: string; attempt: number }
  | { type: 'turn_failed'; channel: string; latencyMs: number; failure: 'store_unavailable' | 'busy' | 'internal' };

/** Work the server does once healthy (src/server/app.ts): it may run in the background (a promise), and is told
 * to stop by `signal` when the server stops. A failure is logged, never thrown at a request. */
export type WarmUp = (ctx: { logger: Logger; signal: AbortSignal }) => void | Promise<void>;
