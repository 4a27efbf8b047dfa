// Small helpers for JSON responses and errors: every error is `{ error: { code, message } }`, never a stack trace.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Locale } from '../dialogs/replyModel';
import { t } from '../i18n';

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const data = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...(data ? { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(data)) } : { 'content-length': '0' }),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(data);
}

/** The language of error messages: `?locale=` or Accept-Language, English by default for an API. */
export function requestLocale(req: IncomingMessage, url: URL): Locale {
  const q = url.searchParams.get('locale');
  if (q === 'zh-CN' || q === 'en') return q;
  const al = String(req.headers['accept-language'] ?? '').toLowerCase();
  return al.startsWith('zh') ? 'zh-CN' : 'en';
}

export type HttpErrorCode =
  | 'not_found' | 'method_not_allowed' | 'payload_too_large' | 'invalid_json' | 'invalid_activity' | 'invalid_profile'
  | 'unauthorized' | 'internal' | 'unavailable' | 'invalid_question'
  | 'service_url_not_allowed' | 'forbidden_origin' | 'invalid_chat' | 'rate_limited' | 'metrics_unauthorized' | 'unsupported_media_type';

/** Codes whose messages live in locales/<locale>/web.json (the web chat's and the server's guards). */
const WEB_CODES: ReadonlySet<string> = new Set(['service_url_not_allowed', 'forbidden_origin', 'invalid_chat', 'rate_limited', 'metrics_unauthorized', 'unsupported_media_type']);

export function sendError(res: ServerResponse, status: number, code: HttpErrorCode, locale: Locale,
  extra: Record<string, unknown> = {}, headers: Record<string, string> = {}, vars: Record<string, unknown> = {}): void {
  sendJson(res, status, { error: { code, message: t(locale, `${WEB_CODES.has(code) ? 'web' : 'bot'}:http.${code}`, vars), ...extra } }, headers);
}
