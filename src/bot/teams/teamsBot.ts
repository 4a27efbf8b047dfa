// The thin turn handler: a message activity becomes one ConversationService turn; each Reply becomes a message.
import { ActivityHandler, type TurnContext } from 'botbuilder';
import type { Message } from '../../conversation/types';
import type { Locale, TurnOutput } from '../../dialogs/replyModel';
import { textForLog, type Logger } from '../../log';
import { readIncoming } from './teamsIncoming';
import { renderReply } from './teamsReply';

/** What the bot needs of ConversationService. */
export interface TurnService { handle(msg: Message): Promise<TurnOutput> }

export class TeamsBot extends ActivityHandler {
  constructor(private readonly service: TurnService, private readonly logger: Logger) {
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
    if (!incoming.text && !incoming.value) return;
    const msg: Message = {
      channel: activity.channelId || 'msteams',
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
    if (out.replies.length) await context.sendActivities(out.replies.map(renderReply));
  }
}

/** The language of a turn for the bot's own messages. */
export function noticeLocale(context: TurnContext): Locale {
  return readIncoming(context.activity).locale ?? 'zh-CN';
}
