// The thin turn handler: a message activity becomes one ConversationService turn; each Reply becomes a message.
import { ActivityHandler, type TurnContext } from 'botbuilder';
import type { Message } from '../../conversation/types';
import type { Locale, TurnOutput } from '../../dialogs/replyModel';
import { textForLog, type Logger } from '../../log';
import { ladderImageFor, ladderPosition, type PngRenderer } from '../ladderImage';
import { readIncoming } from './teamsIncoming';
import { renderLadder, renderReply } from './teamsReply';

/** What the bot needs of ConversationService. */
export interface TurnService { handle(msg: Message): Promise<TurnOutput> }

export class TeamsBot extends ActivityHandler {
  /** `renderPng` replaces the ladder renderer (tests). */
  constructor(private readonly service: TurnService, private readonly logger: Logger, private readonly opts: { renderPng?: PngRenderer } = {}) {
    super();
    this.onMessage(async (context, next) => {
      await this.answerMessage(context);
      await next();
    });
  }

  private async answerMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const incoming = readIncoming(activity);
    // In group chats and channels, speak only when spoken to (a card button of ours counts).
    if (incoming.isGroup && !incoming.mentionsBot && !incoming.value) return;
    // Nothing typed at all is not a message; a bare @-mention is, and gets the question again.
    const typed = typeof activity.text === 'string' && activity.text.trim() !== '';
    if (!incoming.text && !incoming.value && !typed) return;
    const msg: Message = {
      channel: typeof activity.channelId === 'string' && activity.channelId ? activity.channelId : 'msteams',
      conversationId: activity.conversation.id,
      userId: activity.from.id,
      text: incoming.text,
      ...(incoming.value ? { value: incoming.value } : {}),
      ...(incoming.locale ? { locale: incoming.locale } : {}),
    };
    // The person's words only at debug level (textForLog); otherwise their length.
    this.logger.info({ channel: msg.channel, ...textForLog(this.logger, msg.text), card: Boolean(msg.value) }, 'message in');
    // Failures (the store down included) go to the adapter's one onTurnError.
    const out = await this.service.handle(msg);
    this.logger.info({ channel: msg.channel, requestedSlot: out.requestedSlot, replies: out.replies.length, answered: Boolean(out.result) }, 'turn');
    const activities = out.replies.map(renderReply);
    // The answer's ladder picture right after the answer. Our web page draws its own (SVG), so not there.
    const png = msg.channel === 'webchat' ? undefined : ladderImageFor(out, this.logger, this.opts.renderPng);
    if (png) activities.splice(ladderPosition(out.replies), 0, renderLadder(png, out.locale));
    if (activities.length) await context.sendActivities(activities);
  }
}

/** The language of a turn for the bot's own messages. */
export function noticeLocale(context: TurnContext): Locale {
  try {
    return readIncoming(context.activity).locale ?? 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}
