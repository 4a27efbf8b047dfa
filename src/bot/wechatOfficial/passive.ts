// From a callback's fields to the passive reply's text, for the Official Account and WeCom alike: which messages
// run a turn (text, voice with WeChat's Recognition, menu CLICK), which get a fixed text (subscribe, images), the
// dialog's replies rendered as one WeChat text, and WeChat's redeliveries (same MsgId after 5 s) answered with
// the same reply without a second turn: the reply is kept in the state store beside the conversation, so this holds
// across restarts and instances.
import { classifyTurnError, turnFailureReply } from '../../conversation/errors';
import { RATE_LIMIT_KEYS, RateLimitedError } from '../../conversation/rateLimit';
import type { Message } from '../../conversation/types';
import type { Locale, TurnOutput } from '../../dialogs/replyModel';
import { t } from '../../i18n';
import { textForLog, type Logger } from '../../log';
import { conversationKey } from '../../store/keys';
import { ConflictError, type StateStore } from '../../store/stateStore';
import { formatReply } from '../wechat/wechatText';

export interface TurnService { handle(msg: Message): Promise<TurnOutput> }

/** A passive reply's Content may hold 2048 bytes; keep a margin. */
export const PASSIVE_MAX_BYTES = 2000;

/** The text answered to one callback, and (long answers) the rest to send as customer-service messages. */
export interface PassiveAnswer { text: string; rest: string[] }

export interface PassiveOptions {
  /** The conversation channel: 'wechat-official' or 'wecom'. */
  channel: string;
  service: TurnService;
  store: StateStore;
  logger: Logger;
  /** Texts of the channel's own messages ('official' or 'wecom' in channels.json). */
  texts: 'official' | 'wecom';
  /** A line appended to channel welcomes (the privacy notice). */
  welcomeFooter?: (locale: Locale) => string;
  /** Where the whole of a long answer can be read (the web chat): PUBLIC_URL. */
  publicUrl?: string;
  /** True when the rest of a long answer is sent as customer-service messages. */
  sendsRest?: boolean;
  /** How long a redelivery waits for the first delivery's reply (ms); default 4000. */
  redeliveryWaitMs?: number;
  now?: () => Date;
  keySecret?: string;
  /** How the channel's sender reaches this person later (a reminder): the FromUserName under the sender's name for it. */
  addressOf?: (user: string) => Record<string, string>;
}

/** Menu keys with a meaning of their own; any other key is read as the text of that name (帮助, 重新开始, …). */
const MENU_KEYS: Record<string, string> = { START: '你好', HELP: '帮助', RESTART: '重新开始', HUMAN: '转人工', ERASE: '删除我的数据', CHECKLIST: '材料清单' };

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

const bytes = (s: string) => Buffer.byteLength(s);

/** The longest head of `text` (whole lines, or characters of a single long line) within `max` bytes. */
export function headWithin(text: string, max: number): { head: string; rest: string } {
  if (bytes(text) <= max) return { head: text, rest: '' };
  const chars = Array.from(text);
  let n = 0;
  let size = 0;
  let lastBreak = -1;
  while (n < chars.length && size + bytes(chars[n]) <= max) {
    if (chars[n] === '\n') lastBreak = n;
    size += bytes(chars[n]);
    n++;
  }
  const cut = lastBreak > 0 ? lastBreak : n;
  return { head: chars.slice(0, cut).join('').trimEnd(), rest: chars.slice(cut).join('').replace(/^\n+/, '') };
}

/** Parts of `text` of at most `max` bytes each, cut at line breaks where possible. */
export function partsWithin(text: string, max: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.trim()) {
    const { head, rest: r } = headWithin(rest, max);
    if (head.trim()) out.push(head);
    rest = r;
  }
  return out;
}

/** The dialog's replies as one WeChat text (choices numbered; the dialog understands the numbers). */
export function renderTurn(out: TurnOutput): string {
  return out.replies.map(formatReply).join('\n\n');
}

interface DeliveryRecord { wx: 'pending' | 'done'; text?: string }

export function createPassiveResponder(o: PassiveOptions) {
  const waitMs = o.redeliveryWaitMs ?? 4000;
  const now = o.now ?? (() => new Date());
  /** Deliveries being answered in this instance: a redelivery waits on the same promise. */
  const inFlight = new Map<string, Promise<PassiveAnswer | undefined>>();

  const texts = (locale: Locale, key: string) => t(locale, `channels:${o.texts}.${key}`);
  const welcome = (locale: Locale): PassiveAnswer => ({ text: [texts(locale, 'welcome'), o.welcomeFooter?.(locale)].filter(Boolean).join('\n'), rest: [] });
  const fixed = (text: string): PassiveAnswer => ({ text, rest: [] });

  /** The long answer's head in the passive reply; the rest as customer-service messages or behind a link. */
  function fit(text: string, locale: Locale): PassiveAnswer {
    if (bytes(text) <= PASSIVE_MAX_BYTES) return { text, rest: [] };
    if (o.sendsRest) {
      const note = `\n${t(locale, 'channels:official.continued')}`;
      const { head, rest } = headWithin(text, PASSIVE_MAX_BYTES - bytes(note));
      return { text: head + note, rest: partsWithin(rest, PASSIVE_MAX_BYTES) };
    }
    const more = `\n${t(locale, 'channels:official.more', { url: `${o.publicUrl ?? ''}/` })}`;
    return { text: headWithin(text, PASSIVE_MAX_BYTES - bytes(more)).head + more, rest: [] };
  }

  async function turn(user: string, text: string): Promise<PassiveAnswer | undefined> {
    const msg: Message = { channel: o.channel, conversationId: user, userId: user, text, ...(o.addressOf ? { address: o.addressOf(user) } : {}) };
    try {
      const out = await o.service.handle(msg);
      o.logger.info({ channel: o.channel, ...textForLog(o.logger, text), requestedSlot: out.requestedSlot, replies: out.replies.length, answered: Boolean(out.result) }, 'turn');
      return fit(renderTurn(out), out.locale);
    } catch (e) {
      if (e instanceof RateLimitedError) return e.notify ? fixed(t('zh-CN', RATE_LIMIT_KEYS.person)) : undefined;
      const failure = classifyTurnError(e);
      const err = e as Error;
      o.logger[failure === 'internal' ? 'error' : 'warn']({ err: { name: err?.name, message: err?.message }, failure, channel: o.channel }, 'turn failed');
      throw Object.assign(new Error('turn failed'), { reply: turnFailureReply(e, 'zh-CN', t) });
    }
  }

  /** What a callback asks of the dialog: text to run a turn on, a fixed answer, or nothing at all. */
  function classify(f: Record<string, string>): { run: string } | { answer: PassiveAnswer | undefined } {
    const type = (f.MsgType ?? '').toLowerCase();
    if (type === 'text') return (f.Content ?? '').trim() ? { run: f.Content.trim() } : { answer: fixed(texts('zh-CN', 'textOnly')) };
    if (type === 'voice') {
      const heard = (f.Recognition ?? '').trim();
      return heard ? { run: heard } : { answer: fixed(t('zh-CN', 'channels:official.voiceUnclear')) };
    }
    if (type === 'event') {
      const ev = (f.Event ?? '').toLowerCase();
      if (ev === 'subscribe' || ev === 'enter_agent') return { answer: welcome('zh-CN') };
      if (ev === 'click') {
        const key = (f.EventKey ?? '').trim();
        return key ? { run: MENU_KEYS[key.toUpperCase()] ?? key } : { answer: undefined };
      }
      return { answer: undefined }; // unsubscribe, VIEW, LOCATION …: nothing to say
    }
    return { answer: fixed(t('zh-CN', 'channels:official.textOnly')) };
  }

  /** The identity of one delivery: MsgId, or for events (which have none) sender + CreateTime, as WeChat advises. */
  const deliveryId = (f: Record<string, string>) => (f.MsgId ? `m:${f.MsgId}` : `e:${f.CreateTime ?? ''}:${f.Event ?? ''}:${f.EventKey ?? ''}`);

  function recordOf(r: { value: { dialog: { version: number; snapshot: unknown } } }): DeliveryRecord | undefined {
    const s = r.value.dialog.snapshot as DeliveryRecord | undefined;
    return r.value.dialog.version === -1 && s && (s.wx === 'pending' || s.wx === 'done') ? s : undefined;
  }

  const stored = (rec: DeliveryRecord) => ({ dialog: { version: -1, snapshot: rec }, updatedAt: now().getTime() });

  /** Waits for another instance's reply to the same delivery (polling the store). */
  async function awaitOther(key: string): Promise<PassiveAnswer | undefined> {
    const until = Date.now() + waitMs;
    for (;;) {
      const r = await o.store.get(key).catch(() => undefined);
      const rec = r && recordOf(r);
      if (rec?.wx === 'done') return rec.text ? fixed(rec.text) : undefined;
      if (!r || Date.now() >= until) return undefined;
      await sleep(150);
    }
  }

  /** Runs the turn of a delivery once; a redelivery gets the same text (and no second turn). */
  async function once(user: string, id: string, run: string): Promise<PassiveAnswer | undefined> {
    const key = conversationKey({ channel: o.channel, conversationId: `wx-delivery:${id}`, userId: user }, o.keySecret);
    const existing = await o.store.get(key).catch(() => undefined);
    if (existing) return awaitOther(key);
    let eTag: string;
    try {
      eTag = await o.store.put(key, stored({ wx: 'pending' }), null);
    } catch (e) {
      if (e instanceof ConflictError) return awaitOther(key);
      // The store is down: no turn can run either; say so (WeChat's retry may find it back).
      o.logger.warn({ err: { name: (e as Error)?.name, message: (e as Error)?.message }, channel: o.channel }, 'delivery not recorded');
      return fixed(turnFailureReply(e, 'zh-CN', t));
    }
    let answer: PassiveAnswer | undefined;
    try {
      answer = await turn(user, run);
    } catch (e) {
      // No turn was saved: let WeChat's retry try again.
      await o.store.delete(key).catch(() => undefined);
      const reply = (e as { reply?: string }).reply;
      return reply ? fixed(reply) : undefined;
    }
    // "删除我的数据" erased this person's records, the claim included: the reply is not kept.
    await o.store.put(key, stored({ wx: 'done', text: answer?.text ?? '' }), eTag).catch(() => undefined);
    return answer;
  }

  return {
    /** The answer to one decrypted, verified callback; undefined = reply "success" (nothing). */
    answer(f: Record<string, string>): Promise<PassiveAnswer | undefined> {
      const user = f.FromUserName;
      if (!user) return Promise.resolve(undefined);
      const what = classify(f);
      if ('answer' in what) return Promise.resolve(what.answer);
      const id = deliveryId(f);
      const local = `${user}\u0000${id}`;
      const running = inFlight.get(local);
      if (running) return running.then((a) => (a ? { text: a.text, rest: [] } : a));
      const p = once(user, id, what.run);
      inFlight.set(local, p);
      void p.finally(() => inFlight.delete(local)).catch(() => undefined);
      return p;
    },
  };
}

export type PassiveResponder = ReturnType<typeof createPassiveResponder>;
