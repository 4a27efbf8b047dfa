// The web chat's own endpoint, independent of Bot Framework authentication:
//   POST /api/chat {"text","locale"?,"value"?} → {"replies":[{"text","choices"?}],"requestedSlot","result"?} (the
//   terminal's --jsonl line); {"command":"restart"} forgets the conversation and starts a new one;
//   GET /api/chat → the conversation so far (messages in order, the pending question with its choices).
// The conversation is the signed cookie's (chatCookie.ts); a request from another site's page (Origin) is refused.
import { createHmac } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { turnFailureReply } from '../conversation/errors';
import { RATE_LIMIT_KEYS, RateLimitedError } from '../conversation/rateLimit';
import type { ConversationKey, Message, TranscriptEntry } from '../conversation/types';
import type { Locale, TurnOutput } from '../dialogs/replyModel';
import { t } from '../i18n';
import { textForLog, type Logger } from '../log';
import { keySecret } from '../store/keys';
import { CHAT_COOKIE, chatSetCookie, newChatId, readCookie, signChatId, verifyChatCookie } from './chatCookie';
import { requestLocale, sendError, sendJson } from './httpJson';

export const CHAT_CHANNEL = 'webchat';

const chatBody = z.strictObject({
  text: z.string().max(2000, { message: 'expected at most 2000 characters' }).optional(),
  locale: z.enum(['zh-CN', 'en'], { message: 'expected zh-CN or en' }).optional(),
  value: z.union([
    z.strictObject({ choice: z.string().min(1).max(500) }),
    z.strictObject({ text: z.string().min(1).max(2000) }),
  ], { message: 'expected {"choice": "…"} or {"text": "…"}' }).optional(),
  command: z.literal('restart', { message: 'expected "restart"' }).optional(),
}).refine((b) => b.command !== undefined || (b.text ?? '').trim() !== '' || b.value !== undefined, { message: 'expected text, value or command', path: ['text'] });

export interface ChatDeps {
  /** The turn pipeline every channel uses (rate limit, hand-over, metrics). */
  service: { handle(msg: Message): Promise<TurnOutput> };
  /** The kept transcript of a conversation. */
  transcript(k: ConversationKey): Promise<{ transcript: TranscriptEntry[] } | undefined>;
  /** Erases a conversation ("新对话"). */
  forget(k: ConversationKey): Promise<void>;
  /** CHAT_COOKIE_SECRET. */
  secret: string;
  /** The cookie's lifetime: the state's TTL. */
  maxAgeSeconds: number;
  logger: Logger;
}

export interface ChatEndpoint {
  get(req: IncomingMessage, res: ServerResponse, url: URL, ctx: ChatRequestContext): Promise<void>;
  post(req: IncomingMessage, res: ServerResponse, url: URL, body: unknown, ctx: ChatRequestContext): Promise<void>;
}

/** What the server knows of the request: its own origin as the client sees it, and whether that is https. */
export interface ChatRequestContext { origin?: string; secure: boolean }

/**
 * The cookie secret of a server started without CHAT_COOKIE_SECRET: derived from the store's key secret
 * (STATE_KEY_SECRET), so a restart or another instance on the same store keeps the web chat's conversations.
 * The cookie's id is 144 random bits either way; set CHAT_COOKIE_SECRET (or STATE_KEY_SECRET) in production.
 */
export const derivedSecret = (): string => createHmac('sha256', keySecret()).update('guantong-chat-cookie').digest('base64url');

const keyOf = (id: string): ConversationKey => ({ channel: CHAT_CHANNEL, conversationId: id, userId: id });

/** False when the request comes from another site's page (its Origin, or Sec-Fetch-Site: cross-site). */
export function sameOrigin(req: IncomingMessage, own: string | undefined): boolean {
  const origin = req.headers.origin;
  if (req.headers['sec-fetch-site'] === 'cross-site') return false;
  if (origin === undefined) return true; // not a browser page (curl, a server): the cookie still decides
  return own !== undefined && origin.toLowerCase() === own.toLowerCase();
}

export function createChatEndpoint(deps: ChatDeps): ChatEndpoint {
  /** The conversation of this request: the cookie's, or a new one (issued with the response). */
  function conversation(req: IncomingMessage): { id: string; issued: boolean } {
    const id = verifyChatCookie(deps.secret, readCookie(req.headers.cookie, CHAT_COOKIE));
    return id ? { id, issued: false } : { id: newChatId(), issued: true };
  }
  const cookieHeader = (id: string, ctx: ChatRequestContext) => ({ 'set-cookie': chatSetCookie(signChatId(deps.secret, id), { secure: ctx.secure, maxAgeSeconds: deps.maxAgeSeconds }) });

  return {
    async get(req, res, url, ctx) {
      if (!sameOrigin(req, ctx.origin)) { sendError(res, 403, 'forbidden_origin', requestLocale(req, url)); return; }
      const conv = conversation(req);
      const kept = conv.issued ? undefined : await deps.transcript(keyOf(conv.id));
      const messages = (kept?.transcript ?? []).map((m) => ({
        from: m.from, text: m.text, ...(m.choices ? { choices: m.choices } : {}),
        ...(m.from === 'bot' ? { requestedSlot: m.slot ?? null } : {}), ...(m.result ? { result: m.result } : {}),
      }));
      const last = messages.at(-1);
      const pending = last && last.from === 'bot' && last.requestedSlot ? { text: last.text, requestedSlot: last.requestedSlot, choices: last.choices ?? [] } : null;
      sendJson(res, 200, { messages, pending }, conv.issued ? cookieHeader(conv.id, ctx) : {});
    },

    async post(req, res, url, body, ctx) {
      const locale = requestLocale(req, url);
      if (!sameOrigin(req, ctx.origin)) { sendError(res, 403, 'forbidden_origin', locale); return; }
      const parsed = chatBody.safeParse(body);
      if (!parsed.success) {
        sendError(res, 400, 'invalid_chat', locale, { issues: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(body)', message: i.message })) });
        return;
      }
      const b = parsed.data;
      let conv = conversation(req);
      if (b.command === 'restart') {
        if (!conv.issued) await deps.forget(keyOf(conv.id));
        conv = { id: newChatId(), issued: true };
        sendJson(res, 200, { replies: [], requestedSlot: null }, cookieHeader(conv.id, ctx));
        return;
      }
      const headers = conv.issued ? cookieHeader(conv.id, ctx) : {};
      const msg: Message = {
        ...keyOf(conv.id), text: (b.text ?? '').trim(), transcript: true,
        ...(b.value ? { value: b.value } : {}), ...(b.locale ? { locale: b.locale } : {}),
      };
      const speak: Locale = b.locale ?? 'zh-CN';
      let out: TurnOutput;
      try {
        out = await deps.service.handle(msg);
      } catch (e) {
        if (e instanceof RateLimitedError) {
          if (e.notify) deps.logger.warn({ channel: CHAT_CHANNEL }, 'rate limited');
          sendJson(res, 429, { error: { code: 'rate_limited', message: t(locale, 'web:http.rate_limited') }, replies: [{ text: t(speak, RATE_LIMIT_KEYS.person) }], requestedSlot: null },
            { ...headers, 'retry-after': '60' });
          return;
        }
        const err = e as Error;
        deps.logger.warn({ err: { name: err?.name, message: err?.message }, channel: CHAT_CHANNEL }, 'turn failed');
        sendJson(res, 503, { error: { code: 'unavailable', message: t(locale, 'bot:http.unavailable') }, replies: [{ text: turnFailureReply(e, speak, t) }], requestedSlot: null }, headers);
        return;
      }
      deps.logger.info({ channel: CHAT_CHANNEL, ...textForLog(deps.logger, msg.text), card: Boolean(msg.value), requestedSlot: out.requestedSlot, replies: out.replies.length, answered: Boolean(out.result) }, 'turn');
      sendJson(res, 200, {
        replies: out.replies.map((r) => ({ text: r.text, ...(r.choices ? { choices: r.choices } : {}) })),
        requestedSlot: out.requestedSlot,
        ...(out.result ? { result: out.result } : {}),
      }, headers);
    },
  };
}
