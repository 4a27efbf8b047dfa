// WeChat through wechaty, run the way its users run it: private chats run the full interview; friend requests are
// accepted with a welcome; added to a room it introduces itself once (marked in the state store); in rooms it answers
// only @-mentions and quote-replies to its own messages, one interview per (room, person), replies @-mentioning the
// asker; every message it sends goes through one paced queue per account.
import { FileBox } from 'file-box';
import QRCode from 'qrcode';
import { types, type Contact, type Friendship, type Message as WechatMessage, type Room, type Wechaty } from 'wechaty';
import { classifyTurnError, turnFailureReply } from '../../conversation/errors';
import { RATE_LIMIT_KEYS, RateLimitedError, type RateLimiter } from '../../conversation/rateLimit';
import type { Message } from '../../conversation/types';
import type { Locale, TurnOutput } from '../../dialogs/replyModel';
import { t } from '../../i18n';
import { silentLogger, textForLog, type Logger } from '../../log';
import { LADDER_FILE_NAME, ladderImageFor, ladderPosition, type PngRenderer } from '../ladderImage';
import type { StateStore } from '../../store/stateStore';
import { createPacedQueue } from './pacedQueue';
import { createRoomIntroMarks } from './roomIntro';
import { WECHAT_MAX_CHARS, formatReply, isPersonalSlot, pickChoice, quoteReply, splitMessage } from './wechatText';

/** What the bot needs of ConversationService. */
export interface TurnService { handle(msg: Message): Promise<TurnOutput> }

export interface WechatOptions {
  logger?: Logger;
  /** Where the login QR code is printed; null prints nothing. Default: stdout. */
  qrOut?: NodeJS.WritableStream | null;
  now?: () => number;
  /** Accept friend requests, with a welcome (WECHAT_ACCEPT_FRIENDS); default true. */
  acceptFriends?: boolean;
  /** Greet people who join a room the bot is in (WECHAT_GREET_NEW_MEMBERS); default false. */
  greetNewMembers?: boolean;
  /** Outbound messages per second for this account, with jitter (WECHAT_SEND_PER_SECOND); default 1. */
  sendPerSecond?: number;
  /** A line under the welcome of a new friend and the room introduction (the privacy notice). */
  welcomeFooter?: (locale: Locale) => string;
  /**
   * The flood guard of rooms: messages to the bot per minute for a whole room. Beyond it the bot stays silent in
   * that room, apart from one polite notice per minute. Default: none.
   */
  roomFlood?: RateLimiter;
  /**
   * Where the rooms it has introduced itself in are marked (the conversations' store): a restart or a second
   * instance on the same account does not introduce it again. Default: this process's memory only.
   */
  store?: StateStore;
  /** Replaces the ladder picture's renderer (tests). */
  renderPng?: PngRenderer;
  /** Called once a message has been answered or deliberately ignored (tests wait on it). */
  onHandled?: (msg: WechatMessage) => void;
}

export interface WechatHandle {
  /** Resolves when every message received so far has been answered. */
  idle(): Promise<void>;
  /** Says a text in the room with this topic (HR staff's room for hand-overs); throws when the bot is not in it. */
  sayToRoom(topic: string, text: string): Promise<void>;
  /** Says a text to one contact in private (a reminder); throws when the contact is unknown. */
  sayToContact(contactId: string, text: string): Promise<void>;
  stop(): Promise<void>;
}

/** What the bot remembers per conversation between turns, in memory only. */
interface Session { choices?: string[]; offeredPrivate: boolean; at: number; locale?: Locale }

const MAX_SESSIONS = 10_000;
const MAX_AGE_SECONDS = 120;

export function qrcodeUrl(qrcode: string): string {
  return `https://wechaty.js.org/qrcode/${encodeURIComponent(qrcode)}`;
}

export async function startWechat(bot: Wechaty, service: TurnService, opts: WechatOptions = {}): Promise<WechatHandle> {
  const logger = opts.logger ?? silentLogger;
  const qrOut = opts.qrOut === undefined ? process.stdout : opts.qrOut;
  const now = opts.now ?? Date.now;
  const queue = createPacedQueue({ perSecond: opts.sendPerSecond ?? 1 });
  const introduced = createRoomIntroMarks({
    store: opts.store, now,
    onStoreFailed: (e) => logger.warn({ err: { name: e.name, message: e.message }, channel: 'wechat' }, 'room introduction not marked in the store'),
  });
  const footer = (locale: Locale) => { const f = opts.welcomeFooter?.(locale); return f ? `\n${f}` : ''; };
  /** Every message the account sends, in order and spaced. */
  const sayTo = (target: Room | Contact, what: string | FileBox, mention?: Contact): Promise<unknown> =>
    queue.run(() => (mention ? (target as Room).say(what as string, mention) : target.say(what as string)));
  const sessions = new Map<string, Session>();
  /** One chain per conversation keeps each person's turns in order; `pending` lets idle() wait for all. */
  const chains = new Map<string, Promise<void>>();
  const pending = new Set<Promise<void>>();

  function session(key: string): Session {
    let s = sessions.get(key);
    if (!s) {
      s = { offeredPrivate: false, at: now() };
      if (sessions.size >= MAX_SESSIONS) sessions.delete(sessions.keys().next().value as string);
      sessions.set(key, s);
    }
    return s;
  }

  async function onScan(qrcode: string, status: types.ScanStatus): Promise<void> {
    logger.info({ status: types.ScanStatus[status] }, 'wechat scan');
    if (!qrOut || (status !== types.ScanStatus.Waiting && status !== types.ScanStatus.Timeout)) return;
    let art = '';
    try {
      art = await QRCode.toString(qrcode, { type: 'terminal', small: true });
    } catch {
      art = '';
    }
    qrOut.write(`\nScan with WeChat to log in / 用微信扫码登录:\n${art}\n${qrcodeUrl(qrcode)}\n\n`);
  }

  async function send(room: Room | undefined, talker: Contact, text: string): Promise<void> {
    // Room replies are prefixed with "@name " by room.say: leave room for it below the limit.
    const max = room ? WECHAT_MAX_CHARS - Array.from(talker.name()).length - 2 : WECHAT_MAX_CHARS;
    for (const part of splitMessage(text, max)) {
      if (room) await sayTo(room, part, talker);
      else await sayTo(talker, part);
    }
  }

  async function answer(msg: WechatMessage): Promise<void> {
    if (msg.self()) return;
    // Some puppets replay recent history at login: answer only what was said since about now.
    if (msg.age() > MAX_AGE_SECONDS) return;
    const talker = msg.talker();
    const room = msg.room();
    if (talker.type() === types.Contact.Official) return;
    const key = room ? `${room.id}|${talker.id}` : talker.id;
    let text: string;
    if (room) {
      // Spoken to only: an @-mention, or a quote-reply to one of the bot's own messages. Never ordinary chatter.
      if (msg.type() !== types.Message.Text) return;
      const mentioned = await msg.mentionSelf();
      const quoted = mentioned ? undefined : await quoteToBot(msg.text(), room);
      if (!mentioned && quoted === undefined) return;
      const flood = opts.roomFlood?.take(room.id);
      if (flood && !flood.ok) {
        // The room as a whole talks to the bot too much: one notice per window, then silence.
        if (flood.notify) {
          logger.warn({ channel: 'wechat', room: true }, 'room flood guard');
          await sayTo(room, t(sessions.get(key)?.locale ?? 'zh-CN', RATE_LIMIT_KEYS.room));
        }
        return;
      }
      text = mentioned ? await msg.mentionText() : quoted!;
    } else {
      if (msg.type() !== types.Message.Text) {
        await send(undefined, talker, t('zh-CN', 'bot:wechat.textOnly'));
        return;
      }
      // A quote-reply in private: what the person wrote, without the quoted message.
      text = quoteReply(msg.text())?.reply ?? msg.text();
    }
    text = text.trim();
    const s = session(key);
    const choice = pickChoice(text, s.choices);
    const turn: Message = {
      channel: 'wechat',
      conversationId: room ? room.id : talker.id,
      userId: talker.id,
      // A reminder set here reaches the person in private, even when asked in a room.
      address: { contactId: talker.id },
      text: choice ?? text,
      ...(choice ? { value: { choice } } : {}),
    };
    const out = await service.handle(turn);
    // One line per turn; the person's words only at debug level (textForLog), otherwise their length.
    logger.info({
      channel: 'wechat', room: Boolean(room), ...textForLog(logger, turn.text),
      requestedSlot: out.requestedSlot, replies: out.replies.length, answered: Boolean(out.result),
    }, 'turn');
    const locale: Locale = out.locale;
    s.at = now();
    s.locale = locale;
    const last = out.replies[out.replies.length - 1];
    s.choices = last?.choices?.length ? [...last.choices] : undefined;
    const texts = out.replies.map(formatReply);
    if (room && isPersonalSlot(out.requestedSlot) && !s.offeredPrivate && texts.length) {
      texts[texts.length - 1] += `\n${t(locale, 'bot:wechat.privateOffer')}`;
      s.offeredPrivate = true;
    }
    // The ladder picture right after the answer (in rooms after the @-mention text); no picture, no harm.
    const png = ladderImageFor(out, logger, opts.renderPng);
    const pictureAt = png ? ladderPosition(out.replies) : -1;
    for (let i = 0; i < texts.length; i++) {
      await send(room, talker, texts[i]);
      if (png && i + 1 === pictureAt) await sendPicture(room, talker, png);
    }
    if (png && pictureAt === 0) await sendPicture(room, talker, png);
  }

  async function sendPicture(room: Room | undefined, talker: Contact, png: Buffer): Promise<void> {
    // Base64 rather than a Buffer box: the same bytes, and it serializes (puppet-service, the mock puppet).
    const file = FileBox.fromBase64(png.toString('base64'), LADDER_FILE_NAME);
    try {
      await sayTo(room ?? talker, file);
    } catch (e) {
      logger.warn({ err: { name: (e as Error).name, message: (e as Error).message } }, 'ladder picture not sent');
    }
  }

  function onMessage(msg: WechatMessage): void {
    const room = msg.room();
    const key = room ? `${room.id}|${msg.talker().id}` : msg.talker().id;
    const previous = chains.get(key) ?? Promise.resolve();
    const next = previous.then(() => answer(msg)).catch(async (e: unknown) => {
      if (e instanceof RateLimitedError) {
        // Too many messages from this person: one polite notice per window, then silence (no turn ran).
        if (!e.notify) return;
        logger.warn({ channel: 'wechat' }, 'rate limited');
        try {
          await send(room, msg.talker(), t(sessions.get(key)?.locale ?? 'zh-CN', RATE_LIMIT_KEYS.person));
        } catch {
          // nothing more to do
        }
        return;
      }
      // Log the kind of failure, never the person's words; apologise and keep going.
      const err = e as Error;
      const failure = classifyTurnError(e);
      logger[failure === 'internal' ? 'error' : 'warn']({ err: { name: err?.name, message: err?.message, ...(failure === 'internal' ? { stack: err?.stack } : {}) }, failure, channel: 'wechat' }, 'wechat turn failed');
      try {
        await send(room, msg.talker(), turnFailureReply(e, sessions.get(key)?.locale ?? 'zh-CN', t));
      } catch {
        // The apology could not be sent either; the log has it.
      }
    });
    chains.set(key, next);
    pending.add(next);
    void next.finally(() => {
      opts.onHandled?.(msg);
      pending.delete(next);
      if (chains.get(key) === next) chains.delete(key);
    });
  }

  /** The reply part of a quote-reply to one of the bot's messages (by its name or its alias in the room). */
  async function quoteToBot(text: string, room: Room): Promise<string | undefined> {
    const q = quoteReply(text);
    if (!q) return undefined;
    const me = bot.currentUser;
    const names = new Set([me.name()]);
    try {
      const alias = await room.alias(me);
      if (alias) names.add(alias);
    } catch {
      // no alias
    }
    return names.has(q.name) ? q.reply : undefined;
  }

  async function onFriendship(friendship: Friendship): Promise<void> {
    if (opts.acceptFriends === false || friendship.type() !== types.Friendship.Receive) return;
    await friendship.accept();
    const contact = friendship.contact();
    logger.info({ channel: 'wechat' }, 'friend request accepted');
    await sayTo(contact, t('zh-CN', 'channels:wechat.friendWelcome') + footer('zh-CN'));
  }

  async function onRoomJoin(room: Room, invitees: Contact[]): Promise<void> {
    const me = bot.currentUser;
    if (invitees.some((c) => c.id === me.id)) {
      // Added to a room: introduce itself once, whichever instance hears it first.
      if (!(await introduced.claim(me.id, room.id))) return;
      try {
        await sayTo(room, t('zh-CN', 'channels:wechat.roomIntro') + footer('zh-CN'));
      } catch (e) {
        await introduced.release(me.id, room.id);
        throw e;
      }
      return;
    }
    if (opts.greetNewMembers) await sayTo(room, t('zh-CN', 'channels:wechat.newMember'));
  }

  const logged = (what: string) => (e: unknown) => logger.warn({ err: { name: (e as Error)?.name, message: (e as Error)?.message } }, what);
  bot.on('friendship', (f) => { const p = onFriendship(f).catch(logged('friend request not handled')); pending.add(p); void p.finally(() => pending.delete(p)); });
  bot.on('room-join', (room, invitees) => { const p = onRoomJoin(room, invitees).catch(logged('room join not handled')); pending.add(p); void p.finally(() => pending.delete(p)); });
  bot.on('scan', (qrcode, status) => void onScan(qrcode, status));
  bot.on('login', (user) => logger.info({ user: user.name() }, 'wechat logged in'));
  bot.on('logout', (user) => logger.warn({ user: user.name() }, 'wechat logged out'));
  bot.on('error', (e) => logger.error({ err: { name: e.name, message: e.message } }, 'wechat error'));
  bot.on('message', onMessage);
  await bot.start();

  const idle = async (): Promise<void> => {
    while (pending.size) await Promise.allSettled([...pending]);
  };
  return {
    idle,
    async sayToRoom(topic, text) {
      const room = await bot.Room.find({ topic });
      if (!room) throw new Error(`the bot is not in a WeChat room named "${topic}"`);
      for (const part of splitMessage(text)) await sayTo(room, part);
    },
    async sayToContact(contactId, text) {
      const contact = await bot.Contact.find({ id: contactId });
      if (!contact) throw new Error('the WeChat contact of this reminder is not known to the bot');
      for (const part of splitMessage(text)) await contact.say(part);
    },
    async stop() {
      await idle();
      await bot.stop();
    },
  };
}
