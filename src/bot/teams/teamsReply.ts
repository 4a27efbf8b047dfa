// Renders the dialog's Reply for Teams and the Bot Framework: markdown text, choices as an Adaptive Card whose
// buttons work in Teams (imBack) and elsewhere (activity.value), and the machine-readable value on every message.
import { ActivityTypes, CardFactory, type Activity, type Attachment, type ChannelAccount } from 'botbuilder';
import type { Locale, Reply, RequestedSlot } from '../../dialogs/replyModel';
import { t } from '../../i18n';
import { LADDER_FILE_NAME } from '../ladderImage';
import type { EligibilityResult } from '../../rules/result';

/** The JSON every message carries, the same as the terminal's --jsonl mode. */
export interface ReplyValue { requestedSlot: RequestedSlot; result?: EligibilityResult }

export function choicesCard(choices: string[]): Attachment {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.4',
    body: [],
    actions: choices.map((choice) => ({
      type: 'Action.Submit',
      title: choice,
      data: { msteams: { type: 'imBack', value: choice }, choice },
    })),
  });
}

export function renderReply(reply: Reply): Partial<Activity> {
  const value: ReplyValue = { requestedSlot: reply.requestedSlot };
  if (reply.result) value.result = reply.result;
  const activity: Partial<Activity> = { type: ActivityTypes.Message, text: reply.text, textFormat: 'markdown', value };
  if (reply.choices?.length) activity.attachments = [choicesCard(reply.choices)];
  return activity;
}

/** A message of the bot's own (an apology, "temporarily unavailable"): no slot asked. */
export function renderNotice(text: string): Partial<Activity> {
  const value: ReplyValue = { requestedSlot: null };
  return { type: ActivityTypes.Message, text, textFormat: 'markdown', value };
}

/** The ladder picture as an image attachment after the answer: a link to it (`contentUrl`), or the PNG inline. */
export function renderLadderLink(url: string, locale: Locale): Partial<Activity> {
  const value: ReplyValue = { requestedSlot: null };
  const attachment: Attachment = { contentType: 'image/png', contentUrl: url, name: LADDER_FILE_NAME };
  return { type: ActivityTypes.Message, text: t(locale, 'bot:ladder.alt'), attachments: [attachment], value };
}

/** The ladder picture inline (a data: URL), when no address of this server is known (tests, proactive turns). */
export function renderLadder(png: Buffer, locale: Locale): Partial<Activity> {
  return renderLadderLink(`data:image/png;base64,${png.toString('base64')}`, locale);
}

/** Teams joins single line breaks of a markdown message into one paragraph: every line becomes a paragraph. */
export function teamsLineBreaks(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(/\n+/g, '\n\n');
}

const escapeMentionName = (name: string) => name.replace(/[<>&]/g, '');

/** The reply @-mentioning the person who asked (a mention entity and its <at> text), as channel replies do. */
export function mentionAsker(a: Partial<Activity>, from: ChannelAccount | undefined): Partial<Activity> {
  if (!from?.id) return a;
  const name = escapeMentionName(from.name?.trim() || 'you');
  const tag = `<at>${name}</at>`;
  return { ...a, text: `${tag} ${a.text ?? ''}`, entities: [...(a.entities ?? []), { type: 'mention', mentioned: { id: from.id, name }, text: tag }] };
}

/** A deep link that opens a personal chat with the bot (its id as Teams gives it, 28:<app id>). */
export function personalChatLink(botId: string): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(botId)}`;
}
