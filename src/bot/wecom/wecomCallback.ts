// A WeCom (企业微信) self-built application's callback at /wecom/callback: URL verification (GET, the echostr
// decrypted), encrypted messages in, sealed passive replies out, one interview per employee. The msg_signature is
// checked before anything is decrypted or parsed (bad: 401), then the signed timestamp's age (a replay: 403).
import { readBody } from '../../http/readBody';
import {
  CALLBACK_BODY_LIMIT, envelopeEncrypt, msgSignature, openEncrypted, parseCallbackXml, sameSignature, sealReply, textReplyXml, type CryptoConfig,
} from '../wechatOfficial/callback';
import { createCustomerService } from '../wechatOfficial/customerService';
import { freshOrRefused, refuse, sendText, warnIfSkewed, withinReplyTime, type CallbackDeps, type CallbackRoute } from '../wechatOfficial/officialAccount';
import { createPassiveResponder } from '../wechatOfficial/passive';

export const WECOM_PATH = '/wecom/callback';

export interface WecomConfig {
  token: string;
  aesKey: string;
  corpId: string;
  publicUrl?: string;
  /** The app's Secret and AgentId: the rest of long answers as application messages through `apiBase`. */
  secret?: string;
  agentId?: number;
  apiBase?: string;
}

/** The same as the Official Account's callback (the deliveries `track` sees are application messages here). */
export type WecomDeps = CallbackDeps;

export function createWecomRoute(cfg: WecomConfig, deps: WecomDeps): CallbackRoute {
  const now = deps.now ?? (() => new Date());
  const crypto: CryptoConfig = { token: cfg.token, aesKey: cfg.aesKey, receiveId: cfg.corpId };
  const sender = cfg.secret && cfg.agentId !== undefined
    ? createCustomerService({ appId: cfg.corpId, appSecret: cfg.secret, wecomAgentId: cfg.agentId, apiBase: cfg.apiBase ?? 'https://qyapi.weixin.qq.com', logger: deps.logger })
    : undefined;
  const responder = createPassiveResponder({
    channel: 'wecom', service: deps.service, store: deps.store, logger: deps.logger, texts: 'wecom',
    welcomeFooter: deps.welcomeFooter, publicUrl: cfg.publicUrl, sendsRest: Boolean(sender), now,
    addressOf: (userId) => ({ userId }),
  });
  const signed = (q: URLSearchParams, encrypted: string) =>
    sameSignature(q.get('msg_signature'), msgSignature(cfg.token, q.get('timestamp') ?? '', q.get('nonce') ?? '', encrypted));

  return {
    methods: ['GET', 'POST'],
    ...(sender ? { sender } : {}),
    async handle(req, res, url) {
      const q = url.searchParams;
      if (!q.get('timestamp') || !q.get('nonce') || !q.get('msg_signature')) { refuse(req, res, 401, 'missing signature'); return; }
      if (req.method === 'GET') {
        // URL verification: msg_signature over the encrypted echostr; the answer is its plaintext.
        // Base64 has no spaces: a '+' sent without URL encoding arrives as one.
        const echostr = (q.get('echostr') ?? '').replace(/ /g, '+');
        if (!echostr || !signed(q, echostr)) { refuse(req, res, 401, 'invalid msg_signature'); return; }
        warnIfSkewed(req, 'wecom', q.get('timestamp') ?? '', deps);
        const plain = openEncrypted(crypto, echostr);
        if (plain === undefined) { sendText(res, 400, 'cannot decrypt'); return; }
        sendText(res, 200, plain);
        return;
      }
      const body = await readBody(req, deps.bodyLimit ?? CALLBACK_BODY_LIMIT);
      if (!body.ok) { sendText(res, 413, 'payload too large'); return; }
      const encrypted = envelopeEncrypt(body.text);
      if (!encrypted) { sendText(res, 400, 'no Encrypt element'); return; }
      if (!signed(q, encrypted)) {
        deps.logger.warn({ channel: 'wecom' }, 'callback refused: bad msg_signature');
        sendText(res, 401, 'invalid msg_signature');
        return;
      }
      // msg_signature covers timestamp: a replayed message is refused here, before it is decrypted.
      if (!freshOrRefused(req, res, 'wecom', q.get('timestamp') ?? '', deps)) return;
      const xml = openEncrypted(crypto, encrypted);
      if (xml === undefined) { sendText(res, 400, 'cannot decrypt'); return; }
      const fields = parseCallbackXml(xml);
      if (!fields || !fields.FromUserName || !fields.MsgType) { sendText(res, 400, 'malformed XML'); return; }
      const answer = await withinReplyTime(responder.answer(fields), deps.replyWithinMs);
      if (!answer) { sendText(res, 200, ''); return; }
      sendText(res, 200, sealReply(crypto, textReplyXml(fields.FromUserName, cfg.corpId, answer.text, now()), now()), 'application/xml');
      if (sender && answer.rest.length) deps.track?.(sender.sendTexts(fields.FromUserName, answer.rest));
    },
  };
}
