// The thin turn handler: a message activity becomes one ConversationService turn; each Reply becomes a message.
import { ActivityHandler, type Activity, type ChannelAccount, type TurnContext } from 'botbuilder';
import { BoundedMap } from '../../boundedMap';
import type { Message } from '../../conversation/types';
import type { Locale, TurnOutput } from '../../dialogs/replyModel';
import { textForLog, type Logger } from '../../log';
import { ladderImageFor, ladderLinkFor, ladderPosition, wantsLadder, type PngRenderer } from '../ladderImage';
import { t } from '../../i18n';
import { isPersonalSlot } from '../wechat/wechatText';
import { localeOf, readIncoming } from './teamsIncoming';
import { mentionAsker, personalChatLink, renderLadder, renderLadderLink, renderNotice, renderReply, teamsLineBreaks } from './teamsReply';

/** turnState key of this server's public address (set by the endpoint from PUBLIC_URL or the request). */
export const PUBLIC_URL_KEY = Symbol('guantong.publicUrl');

/** What the bot needs of ConversationService. */
export interface TurnService { handle(msg: Message): Promise<TurnOutput> }

export interface TeamsBotOptions {
  /** Replaces the ladder renderer (tests). */
  renderPng?: PngRenderer;
  /** A line under the welcome (the privacy notice). */
  welcomeFooter?: (locale: Locale) => string;
}

/** How many conversations' "welcomed" and "offered a personal chat" marks are kept in memory. */
const MARKS = 10_000;

export class TeamsBot extends ActivityHandler {
  private readonly welcomed = new BoundedMap<string, true>(MARKS);
  private readonly offered = new BoundedMap<string, true>(MARKS);

  constructor(private readonly service: TurnService, private readonly logger: Logger, private readonly opts: TeamsBotOptions = {}) {
    super();
    this.onMessage(async (context, next) => {
      await this.answerMessage(context);
      await next();
    });
    // Installed (personal, team or group chat): Teams sends installationUpdate and a conversationUpdate naming the
    // bot among membersAdded; either may come first, the welcome goes once.
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcome(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const me = context.activity.recipient?.id;
      if ((context.activity.membersAdded ?? []).some((m: ChannelAccount) => m.id === me)) await this.welcome(context);
      await next();
    });
  }

  private async welcome(context: TurnContext): Promise<void> {
    const key = context.activity.conversation?.id ?? '';
    if (this.welcomed.get(key)) return;
    this.welcomed.set(key, true);
    const locale = localeOf(context.activity.locale) ?? 'zh-CN';
    const text = [t(locale, 'channels:teams.welcome'), this.opts.welcomeFooter?.(locale)].filter(Boolean).join('\n');
    await context.sendActivity(this.forTeams(context, renderNotice(text)));
  }

  /** Line breaks Teams renders (it joins single ones into one paragraph); other channels get the text as it is. */
  private forTeams(context: TurnContext, a: Partial<Activity>): Partial<Activity> {
    return context.activity.channelId === 'msteams' && typeof a.text === 'string' ? { ...a, text: teamsLineBreaks(a.text) } : a;
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
      // Channels redeliver what they think failed: the same id runs no second turn (ConversationService).
      ...(typeof activity.id === 'string' && activity.id ? { deliveryId: activity.id } : {}),
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
    if (incoming.isGroup && activities.length) {
      // In a channel or group chat: offer a personal chat once when the bot asks about the person, and @-mention
      // the asker on the first reply so that they see it.
      const who = `${msg.conversationId}\u0000${msg.userId}`;
      const last = activities[activities.length - 1];
      const botId = activity.recipient?.id;
      if (isPersonalSlot(out.requestedSlot) && !this.offered.get(who) && botId) {
        this.offered.set(who, true);
        last.text = `${last.text ?? ''}\n${t(out.locale, 'channels:teams.personalOffer', { link: personalChatLink(botId) })}`;
      }
      activities[0] = mentionAsker(activities[0], activity.from);
    }
    for (let i = 0; i < activities.length; i++) activities[i] = this.forTeams(context, activities[i]);
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
