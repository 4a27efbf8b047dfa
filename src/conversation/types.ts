// The edge between channels and the dialog: one conversation per (channel, conversation, person).
import type { DialogState, Locale, TurnOutput } from '../dialogs/replyModel';

export interface ConversationKey { channel: string; conversationId: string; userId: string }

export interface Message extends ConversationKey {
  text: string;
  value?: unknown;
  locale?: Locale;
}

/** A stored conversation: the dialog state plus bookkeeping. */
export interface StoredConversation {
  dialog: DialogState;
  updatedAt: number;
  /** The last messages, for a hand-over to a person (text only, bounded). */
  recent?: { from: 'user' | 'bot'; text: string }[];
}

/** Runs one turn of the dialog: (stored state or undefined, message) -> output. Pure apart from the clock. */
export type DialogTurn = (state: DialogState | undefined, input: { text: string; value?: unknown; locale?: Locale; asOf: string }) => TurnOutput;
