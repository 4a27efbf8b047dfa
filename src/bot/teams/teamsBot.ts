// The thin turn handler: a message activity becomes one ConversationService turn; each Reply becomes a message.
import { ActivityHandler, type Activity, type TurnContext } from 'botbuilder';
import type { Message } from '../../conversation/types';
import type { Locale, TurnOutput } from '../../dialogs/replyModel';
import { textForLog, type Logger } from '../../log';
import { ladderImageFor, ladderLinkFor, ladderPosition, wantsLadder, type PngRenderer } from '../ladderImage';
import { readIncoming } from './teamsIncoming';
import { renderLadder, renderLadderLink, renderReply } from './teamsReply';

/** turnState key of this server's public address (set by the endpoint from PUBLIC_URL or the request). */
export const PUBLIC_URL_KEY = Symbol('guantong.publicUrl');

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
      // Where a reminder reaches this conversation later (a proactive message); not for our web page's chat.
      ...(typeof activity.serviceUrl === 'string' && activity.channelId !== 'webchat'
        ? { address: { serviceUrl: activity.serviceUrl, conversationId: activity.conversation.id, channelId: activity.channelId ?? 'msteams' } } : {}),
    };
    // Failures (the store down included) go to the adapter's one onTurnError.
    const out = await this.service.handle(msg);
    // One line per turn; the person's words only at debug level (textForLog), otherwise their length.
    this.logger.info({
      channel: msg.channel, ...textForLog(this.logger, msg.text), card: Boolean(msg.value),
      requestedSlot: out.requestedSlot, replies: out.replies.length, answered: Boolean(out.result),
    }, 'turn');
    const activities = out.replies.map(renderReply);
    // The answer's ladder picture right after the answer. Our web page draws its own (SVG), so not there.
    const picture = msg.channel === 'webchat' || !wantsLadder(out) ? undefined : this.ladder(context, out);
    if (picture) activities.splice(ladderPosition(out.replies), 0, picture);
    if (activities.length) await context.sendActivities(activities);
  }

  /** A link to the picture when this server's address is known (the client fetches and caches it), else the PNG inline. */
  private ladder(context: TurnContext, out: TurnOutput): Partial<Activity> | undefined {
    const base = context.turnState.get(PUBLIC_URL_KEY) as string | undefined;
    const link = base && !this.opts.renderPng ? ladderLinkFor(out, base, this.logger) : undefined;
    if (link) return renderLadderLink(link, out.locale);
    const png = ladderImageFor(out, this.logger, this.opts.renderPng);
    return png ? renderLadder(png, out.locale) : undefined;
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
