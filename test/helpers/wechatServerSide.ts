// What WeChat's and WeCom's servers send and check, written here with Node's own crypto (independently of
// @wecom/crypto, which the app uses): signed URLs, the AES envelope, and reading a sealed reply back.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

export const sha1 = (...parts: string[]) => createHash('sha1').update([...parts].sort().join('')).digest('hex');

export function wxEncrypt(aesKey: string, message: string, receiveId: string): string {
  const key = Buffer.from(`${aesKey}=`, 'base64');
  const msg = Buffer.from(message);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(msg.length);
  const plain = Buffer.concat([randomBytes(16), len, msg, Buffer.from(receiveId)]);
  const pad = 32 - (plain.length % 32);
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false);
  return Buffer.concat([cipher.update(Buffer.concat([plain, Buffer.alloc(pad, pad)])), cipher.final()]).toString('base64');
}

export function wxDecrypt(aesKey: string, encrypted: string): { message: string; receiveId: string } {
  const key = Buffer.from(`${aesKey}=`, 'base64');
  const d = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false);
  const raw = Buffer.concat([d.update(Buffer.from(encrypted, 'base64')), d.final()]);
  const body = raw.subarray(0, raw.length - raw[raw.length - 1]);
  const len = body.readUInt32BE(16);
  return { message: body.subarray(20, 20 + len).toString(), receiveId: body.subarray(20 + len).toString() };
}

const cd = (s: string) => `<![CDATA[${s}]]>`;

/** A message as WeChat's XML, fields in WeChat's order (CreateTime and MsgId as numbers). */
export function messageXml(f: Record<string, string | number>): string {
  return `<xml>${Object.entries(f).map(([k, v]) => `<${k}>${typeof v === 'number' ? v : cd(v)}</${k}>`).join('')}</xml>`;
}

export interface Signed { query: string; body?: string }

/** A callback's `timestamp` as WeChat sends it: Unix seconds of `at` (default now). */
export const wxTimestamp = (at: Date = new Date()): string => String(Math.floor(at.getTime() / 1000));

/** Query of a plaintext-mode callback, signed over `timestamp` (default now; any string, to test refusals). */
export function plainQuery(token: string, extra: Record<string, string> = {}, timestamp = wxTimestamp()): string {
  const nonce = String(Math.floor(Math.random() * 1e9));
  return new URLSearchParams({ signature: sha1(token, timestamp, nonce), timestamp, nonce, ...extra }).toString();
}

/** Official Account safe mode: the envelope and its query (signature and msg_signature). */
export function safeModeRequest(token: string, aesKey: string, appId: string, inner: string, openid = 'o-user', timestamp = wxTimestamp()): Signed {
  const nonce = String(Math.floor(Math.random() * 1e9));
  const encrypt = wxEncrypt(aesKey, inner, appId);
  const query = new URLSearchParams({
    signature: sha1(token, timestamp, nonce), timestamp, nonce, openid, encrypt_type: 'aes', msg_signature: sha1(token, timestamp, nonce, encrypt),
  }).toString();
  return { query, body: `<xml><ToUserName>${cd('gh_test')}</ToUserName><Encrypt>${cd(encrypt)}</Encrypt></xml>` };
}

/** WeCom: the envelope and its query (msg_signature only). */
export function wecomRequest(token: string, aesKey: string, corpId: string, inner: string, agentId = '1000002', timestamp = wxTimestamp()): Signed {
  const nonce = String(Math.floor(Math.random() * 1e9));
  const encrypt = wxEncrypt(aesKey, inner, corpId);
  return {
    query: new URLSearchParams({ msg_signature: sha1(token, timestamp, nonce, encrypt), timestamp, nonce }).toString(),
    body: `<xml><ToUserName>${cd(corpId)}</ToUserName><AgentID>${cd(agentId)}</AgentID><Encrypt>${cd(encrypt)}</Encrypt></xml>`,
  };
}

const field = (xml: string, name: string): string | undefined => {
  const m = new RegExp(`<${name}>(?:<!\\[CDATA\\[([\\s\\S]*?)\\]\\]>|([^<]*))</${name}>`).exec(xml);
  return m ? (m[1] ?? m[2]) : undefined;
};

/** A passive text reply's fields. */
export function readReply(xml: string): { to?: string; from?: string; type?: string; content?: string } {
  return { to: field(xml, 'ToUserName'), from: field(xml, 'FromUserName'), type: field(xml, 'MsgType'), content: field(xml, 'Content') };
}

/** Checks a sealed reply as WeChat does (msg_signature, receiveId) and opens it. */
export function openSealed(xml: string, token: string, aesKey: string, receiveId: string): string {
  const encrypt = field(xml, 'Encrypt')!;
  const signature = field(xml, 'MsgSignature');
  const timestamp = field(xml, 'TimeStamp')!;
  const nonce = field(xml, 'Nonce')!;
  if (signature !== sha1(token, timestamp, nonce, encrypt)) throw new Error('reply signature does not verify');
  const opened = wxDecrypt(aesKey, encrypt);
  if (opened.receiveId !== receiveId) throw new Error(`reply for ${opened.receiveId}`);
  return opened.message;
}
