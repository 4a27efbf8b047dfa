// What a WeChat Official Account and a WeCom app callback have in common: SHA-1 signatures over sorted strings,
// WXBizMsgCrypt AES (through @wecom/crypto, the maintained implementation), and flat XML read without entities.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { decrypt, encrypt, getSignature } from '@wecom/crypto';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** WeChat's callbacks are a few hundred bytes; nothing legitimate comes near this. */
export const CALLBACK_BODY_LIMIT = 64 * 1024;

/** sha1 over the sorted strings, hex: WeChat's `signature` (token, timestamp, nonce) and `msg_signature` (+ Encrypt). */
export function sha1Sorted(...parts: string[]): string {
  return createHash('sha1').update([...parts].sort().join('')).digest('hex');
}

/** Compares two hex signatures in constant time; false for anything that is not 40 hex digits. */
export function sameSignature(given: string | null | undefined, expected: string): boolean {
  if (typeof given !== 'string' || !/^[0-9a-f]{40}$/i.test(given)) return false;
  return timingSafeEqual(Buffer.from(given.toLowerCase()), Buffer.from(expected));
}

export { DEFAULT_MAX_SKEW_SECONDS, validAesKey } from '../../config/channels';

/** Why a signed timestamp is refused: not a whole number of seconds, too old, or ahead of this server's clock. */
export type StaleReason = 'invalid' | 'stale' | 'future';

/**
 * Whether a callback's signed `timestamp` (Unix seconds, as WeChat and WeCom send it) is within `maxSkewSeconds` of
 * `now`, the edge included. A replayed request keeps its old timestamp (changing it breaks the signature).
 */
export function timestampFreshness(timestamp: string, now: Date, maxSkewSeconds: number): { ok: true } | { ok: false; reason: StaleReason; skewSeconds?: number } {
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'invalid' };
  const skew = Math.floor(now.getTime() / 1000) - Number(timestamp);
  if (skew > maxSkewSeconds) return { ok: false, reason: 'stale', skewSeconds: skew };
  if (-skew > maxSkewSeconds) return { ok: false, reason: 'future', skewSeconds: skew };
  return { ok: true };
}

export interface CryptoConfig {
  token: string;
  aesKey: string;
  /** The AppID (Official Account) or CorpID (WeCom) that ends every plaintext. */
  receiveId: string;
}

/** The message signature of an encrypted payload. */
export function msgSignature(token: string, timestamp: string, nonce: string, encrypted: string): string {
  return getSignature(token, timestamp, nonce, encrypted);
}

/**
 * Decrypts an `Encrypt` value, or undefined when it is not ours: bad base64 or padding, a length that runs past the
 * end, or another receiveId (a message for another account).
 */
export function openEncrypted(c: CryptoConfig, encrypted: string): string | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encrypted) || Buffer.from(encrypted, 'base64').length % 32 !== 0) return undefined;
  try {
    const raw = Buffer.from(encrypted, 'base64');
    if (raw.length < 32) return undefined;
    const out = decrypt(c.aesKey, encrypted);
    return out.id === c.receiveId ? out.message : undefined;
  } catch {
    return undefined;
  }
}

/** The encrypted, signed reply envelope WeChat and WeCom expect in safe mode. */
export function sealReply(c: CryptoConfig, plainXml: string, now: Date = new Date()): string {
  const encrypted = encrypt(c.aesKey, plainXml, c.receiveId);
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const nonce = String(randomBytes(4).readUInt32BE(0));
  const signature = msgSignature(c.token, timestamp, nonce, encrypted);
  return `<xml><Encrypt>${cdata(encrypted)}</Encrypt><MsgSignature>${cdata(signature)}</MsgSignature>`
    + `<TimeStamp>${timestamp}</TimeStamp><Nonce>${cdata(nonce)}</Nonce></xml>`;
}

/** A CDATA section; "]]>" inside the text is split across two sections. */
export function cdata(text: string): string {
  return `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

/** The passive text reply to `to` (the follower's or employee's id) from `from` (the account or CorpID). */
export function textReplyXml(to: string, from: string, content: string, now: Date = new Date()): string {
  return `<xml><ToUserName>${cdata(to)}</ToUserName><FromUserName>${cdata(from)}</FromUserName>`
    + `<CreateTime>${Math.floor(now.getTime() / 1000)}</CreateTime><MsgType>${cdata('text')}</MsgType><Content>${cdata(content)}</Content></xml>`;
}

/**
 * The `Encrypt` element of an envelope, read without an XML parser, so that the signature over it is checked before
 * any parser sees the body. undefined when there is not exactly one.
 */
export function envelopeEncrypt(body: string): string | undefined {
  const all = [...body.matchAll(/<Encrypt>\s*(?:<!\[CDATA\[([A-Za-z0-9+/=]+)\]\]>|([A-Za-z0-9+/=]+))\s*<\/Encrypt>/g)];
  if (all.length !== 1) return undefined;
  return all[0][1] ?? all[0][2];
}

const parser = new XMLParser({
  // No entity of a DOCTYPE is ever expanded, external or not (an XXE body is refused below anyway).
  processEntities: false,
  htmlEntities: false,
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false,
  trimValues: true,
});

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML's five predefined entities and character references; nothing else is expanded. */
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|lt|gt|amp|quot|apos);/gi, (m, e: string) => {
    if (e[0] !== '#') return PREDEFINED[e.toLowerCase()] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** A callback's flat `<xml>` as field → text, or undefined when it is not well-formed or not of that shape. */
export function parseCallbackXml(text: string): Record<string, string> | undefined {
  // WeChat never sends a DOCTYPE; one here is an entity attack (XXE, billion laughs) or junk.
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) return undefined;
  if (XMLValidator.validate(text) !== true) return undefined;
  let doc: unknown;
  try {
    doc = parser.parse(text);
  } catch {
    return undefined;
  }
  const root = (doc as { xml?: unknown } | undefined)?.xml;
  if (typeof root !== 'object' || root === null || Array.isArray(root)) return undefined;
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [k, v] of Object.entries(root as Record<string, unknown>)) {
    if (typeof v === 'string') out[k] = decodeEntities(v);
    else if (typeof v === 'number') out[k] = String(v);
    // nested elements (e.g. ScanCodeInfo) are not read
  }
  return out;
}
