// What the store keeps: one conversation per (channel, conversation, person), with its dialog state. Defined here,
// below the conversation layer that uses the store (src/conversation/types.ts re-exports them).
import type { DialogState } from '../dialogs/replyModel';

export interface ConversationKey { channel: string; conversationId: string; userId: string }

/** One line of the recent history kept for a hand-over. */
export interface RecentMessage { from: 'user' | 'bot'; text: string }

/** A stored conversation: the dialog state plus bookkeeping. */
export interface StoredConversation {
  dialog: DialogState;
  updatedAt: number;
  /** The last messages, for a hand-over to a person (text only, bounded). */
  recent?: RecentMessage[];
}
