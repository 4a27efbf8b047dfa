// The privacy notice the personal-information law expects of a service that asks for personal details: one line
// on the first reply of every new conversation (what is kept, for how long, how to erase it, a link to /privacy),
// added at the conversation layer, and the /privacy page itself. Texts in locales/*/channels.json.
import type { Locale } from '../dialogs/replyModel';
import { t } from '../i18n';

export interface PrivacyOptions {
  /** STATE_TTL_DAYS. */
  ttlDays: number;
  /** PUBLIC_URL: the notice links to PUBLIC_URL/privacy; without it, to the path alone. */
  publicUrl?: string;
  /** PRIVACY_ORG, PRIVACY_CONTACT. */
  org?: string;
  contact?: string;
}

export const PRIVACY_PATH = '/privacy';

export const privacyUrl = (o: Pick<PrivacyOptions, 'publicUrl'>): string => `${o.publicUrl ?? ''}${PRIVACY_PATH}`;

const days = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** The one line: what is kept, for how long, how to erase it, where to read more. */
export function privacyLine(locale: Locale, o: PrivacyOptions): string {
  return t(locale, 'channels:privacy.line', { days: days(o.ttlDays), url: privacyUrl(o) });
}

/** The conversation service's `startNotice`: the notice on the first reply of every new conversation. */
export const privacyNotice = (o: PrivacyOptions) => (locale: Locale): string => privacyLine(locale, o);

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The /privacy page (small, self-contained HTML) in one language. */
export function privacyPage(locale: Locale, o: PrivacyOptions): string {
  const org = o.org ?? t(locale, 'channels:privacy.page.defaultOrg');
  const p = (key: string, vars?: Record<string, unknown>) => `<p>${escapeHtml(t(locale, `channels:privacy.page.${key}`, vars))}</p>`;
  const other = locale === 'en' ? { href: '?locale=zh-CN', label: '中文' } : { href: '?locale=en', label: 'English' };
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`
    + `<title>${escapeHtml(t(locale, 'channels:privacy.title'))}</title>`
    + '<style>body{font:16px/1.6 system-ui,sans-serif;max-width:40em;margin:1em auto;padding:0 1em}</style></head><body>'
    + `<h1>${escapeHtml(t(locale, 'channels:privacy.title'))}</h1>`
    + p('intro', { org }) + p('kept') + p('ttl', { days: days(o.ttlDays) }) + p('erase') + p('shared', { org })
    + (o.contact ? p('contact', { contact: o.contact }) : '')
    + `<p><a href="${other.href}">${other.label}</a> · <a href="/">${escapeHtml(t(locale, 'channels:privacy.page.back'))}</a></p>`
    + '</body></html>';
}

/** The notice's settings from the configuration. */
export function privacyOptions(c: { STATE_TTL_DAYS: number; PUBLIC_URL?: string; PRIVACY_ORG?: string; PRIVACY_CONTACT?: string }): PrivacyOptions {
  return { ttlDays: c.STATE_TTL_DAYS, publicUrl: c.PUBLIC_URL, org: c.PRIVACY_ORG, contact: c.PRIVACY_CONTACT };
}
