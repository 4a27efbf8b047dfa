// What a Teams / Bot Framework message activity says, read without the channel's quirks: the @-mention of the
// bot removed, card submissions (`{choice}`, `{text}`, msteams imBack) understood, group chats recognised.
import type { Activity } from 'botbuilder';
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
export function localeOf(tag: unknown): Locale | undefined {
  if (typeof tag !== 'string' || !tag) return undefined;
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

/** The mention entities of the bot (junk in `entities` is ignored: the activity comes from outside). */
function botMentions(activity: Partial<Activity>): Record<string, unknown>[] {
  const recipient: unknown = activity.recipient;
  const botId = isRecord(recipient) && typeof recipient.id === 'string' ? recipient.id : undefined;
  const entities: unknown = activity.entities;
  if (!botId || !Array.isArray(entities)) return [];
  return entities.filter((e): e is Record<string, unknown> => isRecord(e) && e.type === 'mention' && isRecord(e.mentioned) && e.mentioned.id === botId);
}

export function mentionsRecipient(activity: Partial<Activity>): boolean {
  return botMentions(activity).length > 0;
}

export function readIncoming(activity: Partial<Activity>): IncomingTurn {
  const conversation: unknown = activity.conversation;
  const type = isRecord(conversation) ? conversation.conversationType : undefined;
  const isGroup = type === 'groupChat' || type === 'channel' || (isRecord(conversation) && conversation.isGroup === true);
  const mentions = botMentions(activity);
  const mentionsBot = mentions.length > 0;
  let text = typeof activity.text === 'string' ? activity.text : '';
  // The mention's own text (`<at>Bot</at>`) is not part of what the person said (the activity is left as received).
  for (const m of mentions) if (typeof m.text === 'string' && m.text) text = text.split(m.text).join(' ');
  // Channels that send the mention as plain text (<at>Bot</at>) without the entity text.
  text = text.replace(/<at>[^<]*<\/at>/g, ' ').replace(/\s+/g, ' ').trim();
  const value = readSubmission(activity.value);
  if (value && 'text' in value && !text) text = value.text;
  return { text, value: value && 'choice' in value ? value : undefined, isGroup, mentionsBot, locale: localeOf(activity.locale) };
}
