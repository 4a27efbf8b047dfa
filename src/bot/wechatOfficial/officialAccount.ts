// The WeChat Official Account (公众号) callback at /wechat/official: URL verification (GET), messages in plaintext
// or safe mode (POST, encrypt_type=aes), passive text replies (sealed and signed in safe mode). Every signature is
// checked before the body is read or parsed (a bad one: 401), then the signed timestamp's age (a replay: 403).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Locale } from '../../dialogs/replyModel';
import type { Logger } from '../../log';
import { readBody } from '../../http/readBody';
import type { StateStore } from '../../store/stateStore';
import {
  CALLBACK_BODY_LIMIT, DEFAULT_MAX_SKEW_SECONDS, envelopeEncrypt, msgSignature, openEncrypted, parseCallbackXml, sameSignature, sealReply, sha1Sorted,
  textReplyXml, timestampFreshness, type CryptoConfig,
} from './callback';
import { createCustomerService, type CustomerService } from './customerService';
import { createPassiveResponder, type TurnService } from './passive';

export const OFFICIAL_ACCOUNT_PATH = '/wechat/official';

export interface OfficialAccountConfig {
  token: string;
  /** Safe mode: both. */
  aesKey?: string;
  appId?: string;
  /** A certified account: the rest of long answers as customer-service messages. */
  appSecret?: string;
  apiBase: string;
  publicUrl?: string;
}

export interface CallbackDeps {
  service: TurnService;
  store: StateStore;
  logger: Logger;
  welcomeFooter?: (locale: Locale) => string;
  /** The server's clock: the replay window below, the replies' CreateTime (default the system's). */
  now?: () => Date;
  /** How far a POST's signed timestamp may be from now(), in seconds (CALLBACK_MAX_SKEW_SECONDS; default 300). */
  maxSkewSeconds?: number;
  bodyLimit?: number;
  /** A turn not done by then is answered "success"; WeChat's redelivery gets its reply (default 4000 ms). */
  replyWithinMs?: number;
  /** Each delivery after the reply (customer-service or application messages), for shutdown and tests. */
  track?: (p: Promise<unknown>) => void;
}

/** A route of the HTTP server. */
export interface CallbackRoute {
  methods: string[];
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void>;
  /** The channel's outbound messages when configured (customer-service or application messages): reminders use it. */
  sender?: CustomerService;
}

/** The answer, or undefined when it is not ready within WeChat's time (the turn goes on; a redelivery gets it). */
export async function withinReplyTime<T>(p: Promise<T>, ms = 4000): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((r) => { timer = setTimeout(() => r(undefined), ms); });
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

export function sendText(res: ServerResponse, status: number, text: string, type = 'text/plain'): void {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'content-length': String(Buffer.byteLength(text)), 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(text);
}

/** Refuses a request without reading its body. */
export function refuse(req: IncomingMessage, res: ServerResponse, status: number, text: string): void {
  req.resume();
  sendText(res, status, text);
}

/** The signed timestamp against the server's clock and deps.maxSkewSeconds, with the log fields of a refusal. */
function replayWindow(req: IncomingMessage, channel: string, timestamp: string, deps: CallbackDeps) {
  const fresh = timestampFreshness(timestamp, (deps.now ?? (() => new Date()))(), deps.maxSkewSeconds ?? DEFAULT_MAX_SKEW_SECONDS);
  const log = fresh.ok ? undefined : { channel, method: req.method, reason: fresh.reason, ...(fresh.skewSeconds !== undefined ? { skewSeconds: fresh.skewSeconds } : {}) };
  return { fresh, log };
}

/**
 * The replay window of a signed callback: true when its timestamp is within deps.maxSkewSeconds of the clock.
 * Otherwise answers 403 (stale or ahead) or 400 (not a number) without reading the body, and logs no content.
 * Only after the signature: an unsigned timestamp means nothing.
 */
export function freshOrRefused(req: IncomingMessage, res: ServerResponse, channel: string, timestamp: string, deps: CallbackDeps): boolean {
  const { fresh, log } = replayWindow(req, channel, timestamp, deps);
  if (fresh.ok) return true;
  deps.logger.warn(log, 'callback refused: timestamp outside the replay window');
  refuse(req, res, fresh.reason === 'invalid' ? 400 : 403, fresh.reason === 'invalid' ? 'invalid timestamp' : 'stale timestamp');
  return false;
}

/**
 * URL verification is answered whatever its timestamp's age (a replay only echoes what was captured, and runs no
 * turn); a timestamp outside the window is logged, as the POSTs with such a clock would be refused.
 */
export function warnIfSkewed(req: IncomingMessage, channel: string, timestamp: string, deps: CallbackDeps): void {
  const { log } = replayWindow(req, channel, timestamp, deps);
  if (log) deps.logger.warn(log, 'URL verification answered, but its timestamp is outside the replay window: check this server\'s clock (messages like it get 403)');
}

export function createOfficialAccountRoute(cfg: OfficialAccountConfig, deps: CallbackDeps): CallbackRoute {
  const now = deps.now ?? (() => new Date());
  const crypto: CryptoConfig | undefined = cfg.aesKey && cfg.appId ? { token: cfg.token, aesKey: cfg.aesKey, receiveId: cfg.appId } : undefined;
  const cs = cfg.appSecret && cfg.appId
    ? createCustomerService({ appId: cfg.appId, appSecret: cfg.appSecret, apiBase: cfg.apiBase, logger: deps.logger })
    : undefined;
  const responder = createPassiveResponder({
    channel: 'wechat-official', service: deps.service, store: deps.store, logger: deps.logger, texts: 'official',
    welcomeFooter: deps.welcomeFooter, publicUrl: cfg.publicUrl, sendsRest: Boolean(cs), now,
    addressOf: (openId) => ({ openId }),
  });

  return {
    methods: ['GET', 'POST'],
    ...(cs ? { sender: cs } : {}),
    async handle(req, res, url) {
      const q = url.searchParams;
      const timestamp = q.get('timestamp') ?? '';
      const nonce = q.get('nonce') ?? '';
      // WeChat signs every callback with signature = sha1(sort(token, timestamp, nonce)), safe mode included.
      if (!timestamp || !nonce || !sameSignature(q.get('signature'), sha1Sorted(cfg.token, timestamp, nonce))) {
        deps.logger.warn({ channel: 'wechat-official', method: req.method }, 'callback refused: bad signature');
        refuse(req, res, 401, 'invalid signature');
        return;
      }
      if (req.method === 'GET') {
        warnIfSkewed(req, 'wechat-official', timestamp, deps);
        sendText(res, 200, q.get('echostr') ?? '');
        return;
      }
      // signature covers timestamp: a replayed message is refused here, before its body is read.
      if (!freshOrRefused(req, res, 'wechat-official', timestamp, deps)) return;

      const body = await readBody(req, deps.bodyLimit ?? CALLBACK_BODY_LIMIT);
      if (!body.ok) { sendText(res, 413, 'payload too large'); return; }
      const safe = q.get('encrypt_type') === 'aes';
      let xml = body.text;
      if (safe) {
        if (!crypto) { sendText(res, 400, 'safe mode is not configured (WECHAT_OA_AES_KEY, WECHAT_OA_APPID)'); return; }
        const encrypted = envelopeEncrypt(body.text);
        if (!encrypted) { sendText(res, 400, 'no Encrypt element'); return; }
        if (!sameSignature(q.get('msg_signature'), msgSignature(cfg.token, timestamp, nonce, encrypted))) {
          deps.logger.warn({ channel: 'wechat-official' }, 'callback refused: bad msg_signature');
          sendText(res, 401, 'invalid msg_signature');
          return;
        }
        const opened = openEncrypted(crypto, encrypted);
        if (opened === undefined) { sendText(res, 400, 'cannot decrypt'); return; }
        xml = opened;
      }
      const fields = parseCallbackXml(xml);
      if (!fields || !fields.FromUserName || !fields.MsgType) { sendText(res, 400, 'malformed XML'); return; }

      const answer = await withinReplyTime(responder.answer(fields), deps.replyWithinMs);
      if (!answer) { sendText(res, 200, 'success'); return; }
      const reply = textReplyXml(fields.FromUserName, fields.ToUserName ?? '', answer.text, now());
      if (safe && crypto) sendText(res, 200, sealReply(crypto, reply, now()), 'application/xml');
      else sendText(res, 200, reply, 'application/xml');
      if (cs && answer.rest.length) {
        const p = cs.sendTexts(fields.FromUserName, answer.rest);
        deps.track?.(p);
      }
    },
  };
}
