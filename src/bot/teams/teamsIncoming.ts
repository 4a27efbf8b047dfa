// What a Teams / Bot Framework message activity says, read without the channel's quirks: the @-mention of the
// bot removed, card submissions (`{choice}`, `{text}`, msteams imBack) understood, group chats recognised.
import { TurnContext, type Activity } from 'botbuilder';
import type { Locale } from '../../dialogs/replyModel';

export interface IncomingTurn {
  text: string;
  value?: { choice: string } | { text: string };
  /** A group chat or a channel, where the bot answers only when @-mentioned. */
  isGroup: boolean;
  mentionsBot: boolean;
  locale?: Locale;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `en-US` → en, `zh-*` → zh-CN, anything else → undefined (the dialog keeps or guesses the language). */
export function localeOf(tag: string | undefined): Locale | undefined {
  if (!tag) return undefined;
  const l = tag.toLowerCase();
  if (l.startsWith('en')) return 'en';
  if (l.startsWith('zh')) return 'zh-CN';
  return undefined;
}

/** A card submission: `{ choice }`, `{ text }` or `{ msteams: { type: 'imBack', value } }`. */
export function readSubmission(value: unknown): IncomingTurn['value'] {
  if (!isRecord(value)) return undefined;
  if (typeof value.choice === 'string' && value.choice.trim()) return { choice: value.choice.trim() };
  const ms = value.msteams;
  if (isRecord(ms) && typeof ms.value === 'string' && ms.value.trim()) return { choice: ms.value.trim() };
  if (typeof value.text === 'string' && value.text.trim()) return { text: value.text.trim() };
  return undefined;
}

export function mentionsRecipient(activity: Partial<Activity>): boolean {
  const botId = activity.recipient?.id;
  if (!botId) return false;
  return (activity.entities ?? []).some((e) => e.type === 'mention' && isRecord(e.mentioned) && e.mentioned.id === botId);
}

export function readIncoming(activity: Partial<Activity>): IncomingTurn {
  const type = activity.conversation?.conversationType;
  const isGroup = type === 'groupChat' || type === 'channel' || activity.conversation?.isGroup === true;
  const mentionsBot = mentionsRecipient(activity);
  // removeRecipientMention edits activity.text in place; work on a copy so the transcript stays as received.
  let text = mentionsBot ? TurnContext.removeRecipientMention({ ...activity }) ?? '' : activity.text ?? '';
  // Channels that send the mention as plain text (<at>Bot</at>) without the entity text.
  text = text.replace(/<at>[^<]*<\/at>/g, ' ').replace(/\s+/g, ' ').trim();
  const value = readSubmission(activity.value);
  if (value && 'text' in value && !text) text = value.text;
  return { text, value: value && 'choice' in value ? value : undefined, isGroup, mentionsBot, locale: localeOf(activity.locale) };
}
