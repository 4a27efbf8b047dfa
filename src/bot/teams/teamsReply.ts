// Renders the dialog's Reply for Teams and the Bot Framework: markdown text, choices as an Adaptive Card whose
// buttons work in Teams (imBack) and elsewhere (activity.value), and the machine-readable value on every message.
import { ActivityTypes, CardFactory, type Activity, type Attachment } from 'botbuilder';
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
