// The web chat's conversation cookie: a random id the server issues, signed (HMAC-SHA256) with CHAT_COOKIE_SECRET,
// HttpOnly, SameSite=Lax, Secure behind https. The page never chooses its conversation; a forged or altered cookie
// is ignored (a new conversation starts).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const CHAT_COOKIE = 'gt_chat';

const sign = (secret: string, id: string) => createHmac('sha256', secret).update(`chat\u0000${id}`).digest().subarray(0, 18).toString('base64url');

/** A new conversation id (144 random bits). */
export const newChatId = (): string => randomBytes(18).toString('base64url');

/** The cookie value for `id`: `<id>.<signature>`. */
export const signChatId = (secret: string, id: string): string => `${id}.${sign(secret, id)}`;

/** The id in a cookie value, or undefined when it is not one this server signed. */
export function verifyChatCookie(secret: string, value: string | undefined): string | undefined {
  const m = /^([A-Za-z0-9_-]{24})\.([A-Za-z0-9_-]{24})$/.exec(value ?? '');
  if (!m) return undefined;
  const want = Buffer.from(sign(secret, m[1]));
  const got = Buffer.from(m[2]);
  return want.length === got.length && timingSafeEqual(want, got) ? m[1] : undefined;
}

/** The value of cookie `name` in a Cookie header (the first one). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The Set-Cookie header for a conversation. */
export function chatSetCookie(value: string, opts: { secure: boolean; maxAgeSeconds: number }): string {
  return `${CHAT_COOKIE}=${value}; Path=/api/chat; Max-Age=${Math.max(1, Math.floor(opts.maxAgeSeconds))}; HttpOnly; SameSite=Lax${opts.secure ? '; Secure' : ''}`;
}
