// WeChat through wechaty: private chats run the full interview; in rooms the bot answers when @-mentioned or when
// the sender is mid-interview with it there, one interview per (room, person), replies @-mentioning the asker.
import { FileBox } from 'file-box';
import QRCode from 'qrcode';
import { types, type Contact, type Message as WechatMessage, type Room, type Wechaty } from 'wechaty';
import { classifyTurnError, turnFailureReply } from '../../conversation/errors';
import { RATE_LIMIT_KEYS, RateLimitedError, type RateLimiter } from '../../conversation/rateLimit';
import type { Message } from '../../conversation/types';
import type { Locale, TurnOutput } from '../../dialogs/replyModel';
import { t } from '../../i18n';
import { silentLogger, textForLog, type Logger } from '../../log';
import { LADDER_FILE_NAME, ladderImageFor, ladderPosition, type PngRenderer } from '../ladderImage';
import { WECHAT_MAX_CHARS, formatReply, isPersonalSlot, pickChoice, splitMessage } from './wechatText';

/** What the bot needs of ConversationService. */
export interface TurnService { handle(msg: Message): Promise<TurnOutput> }

export interface WechatOptions {
  logger?: Logger;
  /** Where the login QR code is printed; null prints nothing. Default: stdout. */
  qrOut?: NodeJS.WritableStream | null;
  /** How long a room interview counts as "in progress" without a message (ms). Default 2 hours. */
  roomIdleMs?: number;
  now?: () => number;
  /**
   * The flood guard of rooms: messages to the bot per minute for a whole room. Beyond it the bot stays silent in
   * that room, apart from one polite notice per minute. Default: none.
   */
  roomFlood?: RateLimiter;
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
interface Session { choices?: string[]; waiting: boolean; offeredPrivate: boolean; at: number; locale?: Locale }

const MAX_SESSIONS = 10_000;
const MAX_AGE_SECONDS = 120;

export function qrcodeUrl(qrcode: string): string {
  return `https://wechaty.js.org/qrcode/${encodeURIComponent(qrcode)}`;
}

export async function startWechat(bot: Wechaty, service: TurnService, opts: WechatOptions = {}): Promise<WechatHandle> {
  const logger = opts.logger ?? silentLogger;
  const qrOut = opts.qrOut === undefined ? process.stdout : opts.qrOut;
  const roomIdleMs = opts.roomIdleMs ?? 2 * 3600_000;
  const now = opts.now ?? Date.now;
  const sessions = new Map<string, Session>();
  /** One chain per conversation keeps each person's turns in order; `pending` lets idle() wait for all. */
  const chains = new Map<string, Promise<void>>();
  const pending = new Set<Promise<void>>();

  function session(key: string): Session {
    let s = sessions.get(key);
    if (!s) {
      s = { waiting: false, offeredPrivate: false, at: now() };
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
      if (room) await room.say(part, talker);
      else await talker.say(part);
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
      const mentioned = await msg.mentionSelf();
      const s = sessions.get(key);
      const midInterview = Boolean(s?.waiting && now() - s.at < roomIdleMs);
      if (!mentioned && !midInterview) return;
      if (msg.type() !== types.Message.Text) return;
      const flood = opts.roomFlood?.take(room.id);
      if (flood && !flood.ok) {
        // The room as a whole talks to the bot too much: one notice per window, then silence.
        if (flood.notify) {
          logger.warn({ channel: 'wechat', room: true }, 'room flood guard');
          await room.say(t(sessions.get(key)?.locale ?? 'zh-CN', RATE_LIMIT_KEYS.room));
        }
        return;
      }
      text = mentioned ? await msg.mentionText() : msg.text();
    } else {
      if (msg.type() !== types.Message.Text) {
        await send(undefined, talker, t('zh-CN', 'bot:wechat.textOnly'));
        return;
      }
      text = msg.text();
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
    s.waiting = out.requestedSlot !== null;
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
      if (room) await room.say(file);
      else await talker.say(file);
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
      for (const part of splitMessage(text)) await room.say(part);
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
