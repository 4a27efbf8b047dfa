// The union poster: a headline, the region's ladder picture, three example questions and a QR code of the chat's
// address, the organiser, hotline and date. One SVG (A4's shape, 1240 px wide), rendered to PNG and drawn as a
// vector PDF (text as text in an embedded CJK subset) on A4 or A3.
import QRCode from 'qrcode';
import { t } from '../i18n';
import type { Locale } from '../dialogs/replyModel';
import { ladderPicture, wrap } from '../ladder/ladderSvg';
import { renderSvg, type FontOptions } from '../ladder/ladderPng';
import { FONT_FAMILY, esc, n } from '../ladder/svgText';
import { REGIONS, type Region } from '../rules/vocabulary';
import { regionByName } from '../ladder/regionName';
import { svgToPdf, type PaperSize } from './pdf';

export const POSTER_WIDTH = 1240;
export const POSTER_HEIGHT = 1754;
/** Longer addresses make QR modules too small to scan from a printed poster. */
export const MAX_URL_LENGTH = 300;

export class PosterError extends Error {
  constructor(message: string) { super(message); this.name = 'PosterError'; }
}

/** A region code from a code or a name (regionByName); a PosterError listing the known ones otherwise. */
export function parseRegion(input: string, locale: Locale = 'zh-CN'): Region {
  const region = regionByName(input);
  if (region) return region;
  throw new PosterError(t(locale, 'ladder:errors.region', { region: input, list: REGIONS.join(', ') }));
}

/** The URL as it goes into the QR code; a PosterError for anything but a full http(s) address. */
export function parseUrl(input: string, locale: Locale = 'zh-CN'): string {
  let u: URL;
  try { u = new URL(input.trim()); } catch { throw new PosterError(t(locale, 'ladder:errors.url', { url: input })); }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !u.hostname) throw new PosterError(t(locale, 'ladder:errors.url', { url: input }));
  const href = u.href;
  if (href.length > MAX_URL_LENGTH) throw new PosterError(t(locale, 'ladder:errors.urlLong', { length: href.length, max: MAX_URL_LENGTH }));
  return href;
}

/** A QR code as SVG rectangles (quiet zone of 4 modules included) filling a size × size square at x, y. */
export function qrSvg(url: string, x: number, y: number, size: number): string {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const quiet = 4;
  // Whole-pixel modules in the 1240 px PNG (a fraction blurs their edges), centred in the square.
  const m = Math.max(1, Math.floor(size / (count + 2 * quiet)));
  const x0 = x + (size - m * count) / 2;
  const y0 = y + (size - m * count) / 2;
  let d = '';
  for (let r = 0; r < count; r++) {
    for (let c = 0; c < count; c++) {
      if (qr.modules.get(r, c)) d += `M${n(x0 + c * m)} ${n(y0 + r * m)}h${m}v${m}h${-m}z`;
    }
  }
  return `<g data-qr="${esc(url)}"><rect x="${n(x)}" y="${n(y)}" width="${n(size)}" height="${n(size)}" fill="#fff"/>`
    + `<path d="${d}" fill="#000" shape-rendering="crispEdges"/></g>`;
}

export interface PosterOptions {
  region: Region | string;
  url: string;
  locale?: Locale;
  /** Who puts the poster up (a union, an HR office): printed as 主办 / Organised by. */
  organiser?: string;
  /** A phone number (and hours) to call: printed as 咨询热线 / Hotline. */
  hotline?: string;
  /** The poster's month, YYYY-MM (or a day, YYYY-MM-DD). */
  date?: string;
}

const MAX_FIELD = 60;

/** Organiser and hotline as printed: trimmed, at most 60 characters; a PosterError naming the option otherwise. */
function field(name: 'organiser' | 'hotline', v: string | undefined, locale: Locale): string | undefined {
  if (v === undefined) return undefined;
  const s = v.replace(/\s+/g, ' ').trim();
  if (!s || [...s].length > MAX_FIELD) throw new PosterError(t(locale, 'ladder:errors.field', { name, max: MAX_FIELD }));
  return s;
}

/** The date as printed (2026年12月 / December 2026); a PosterError for anything but YYYY-MM or YYYY-MM-DD. */
export function posterDate(v: string, locale: Locale = 'zh-CN'): string {
  const m = /^(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$/.exec(v.trim());
  if (!m) throw new PosterError(t(locale, 'ladder:errors.date', { date: v }));
  const [, year, month, day] = m;
  const monthName = t(locale, `ladder:poster.months.${Number(month)}`);
  if (day) return t(locale, 'ladder:poster.day', { year, day: String(Number(day)), monthName });
  return t(locale, 'ladder:poster.month', { year, monthName });
}

/** A text line of the poster, for the layout's own overlap check (tests read them from the SVG). */
const line = (x: number, y: number, size: number, text: string, attrs = ''): string =>
  `<text x="${n(x)}" y="${n(y)}" font-size="${n(size)}"${attrs}>${esc(text)}</text>`;

/**
 * The poster as SVG (pure), 1240 × 1754 (A4's and A3's shape): the blue band with the headline, the region's
 * ladder, the example questions beside the QR code and its address, then the organiser, hotline and date, and the
 * footnote. The ladder takes the height the rest leaves, so nothing collides in either language.
 */
export function posterSvg(opts: PosterOptions): string {
  const locale = opts.locale ?? 'zh-CN';
  const region = parseRegion(opts.region, locale);
  const url = parseUrl(opts.url, locale);
  const organiser = field('organiser', opts.organiser, locale);
  const hotline = field('hotline', opts.hotline, locale);
  const date = opts.date === undefined ? undefined : posterDate(opts.date, locale);
  const regionName = t(locale, `rules:region.${region}`);
  const W = POSTER_WIDTH;
  const H = POSTER_HEIGHT;
  const M = 60;
  const zh = locale !== 'en';

  const hSize = zh ? 84 : 52;
  const headline = wrap(t(locale, 'ladder:poster.headline'), W - 2 * M, hSize);
  const sub = wrap(t(locale, 'ladder:poster.subline'), W - 2 * M, 32);
  const bandH = 70 + headline.length * (hSize + 14) + sub.length * 42 + 20;

  // The bottom, from the foot up: footnote, the organiser / hotline / date lines, then questions and QR code.
  const foot = wrap(t(locale, 'ladder:poster.footer', { region: regionName }), W - 2 * M, 24);
  const footTop = H - 36 - foot.length * 30;
  const info = [
    ...(organiser ? [t(locale, 'ladder:poster.organiser', { organiser })] : []),
    ...(hotline ? [t(locale, 'ladder:poster.hotline', { hotline })] : []),
    ...(date ? [t(locale, 'ladder:poster.date', { date })] : []),
  ].flatMap((s) => wrap(s, W - 2 * M, 28));
  const infoTop = footTop - (info.length ? info.length * 38 + 14 : 0);

  const qrSize = 280;
  const qrX = W - M - qrSize;
  const askW = qrX - M - 40;
  const questions = [t(locale, 'ladder:poster.q1'), t(locale, 'ladder:poster.q2', { region: regionName }), t(locale, 'ladder:poster.q3')];
  const bubbles = questions.map((q) => wrap(q, askW - 40, 28));
  const askH = 66 + bubbles.reduce((h, b) => h + b.length * 38 + 24 + 16, 0);
  const urlLines = wrap(url, qrSize + 20, 20, true).slice(0, 3);
  const qrH = 10 + qrSize + 44 + 10 + urlLines.length * 24;
  const bottomH = Math.max(askH, qrH);
  const bottomY = infoTop - 16 - bottomH;

  // The ladder fills what is left between the band and the bottom (at most 800 wide).
  const ladderY = bandH + 16;
  const natural = ladderPicture({ region, locale });
  const ladderW = Math.min(800, ((bottomY - 24 - ladderY) * natural.width) / natural.height);
  const ladder = ladderPicture({ region, locale, idPrefix: 'poster-ladder', frame: { x: (W - ladderW) / 2, y: ladderY, width: ladderW } });

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="poster-title" font-family="${esc(FONT_FAMILY)}" data-region="${region}" data-locale="${locale}">`,
    `<title id="poster-title">${esc(`${t(locale, 'ladder:poster.headline')} · ${regionName}`)}</title>`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<rect width="${W}" height="${n(bandH)}" fill="#0b5cad"/>`,
  ];
  headline.forEach((l, i) => out.push(line(W / 2, 70 + hSize * 0.8 + i * (hSize + 14), hSize, l, ' font-weight="bold" text-anchor="middle" fill="#ffffff"')));
  const subTop = 70 + headline.length * (hSize + 14) + 20;
  sub.forEach((l, i) => out.push(line(W / 2, subTop + i * 42, 32, l, ' text-anchor="middle" fill="#e3effa"')));
  out.push(ladder.svg);

  // Example questions, as chat bubbles.
  out.push(line(M, bottomY + 40, 34, t(locale, 'ladder:poster.askTitle'), ' font-weight="bold" fill="#1d2327"'));
  let qy = bottomY + 66;
  for (const lines of bubbles) {
    const h = lines.length * 38 + 24;
    out.push(`<rect x="${M}" y="${n(qy)}" width="${askW}" height="${h}" rx="18" fill="#eef4e8" stroke="#9cc28a" stroke-width="2"/>`);
    lines.forEach((l, i) => out.push(line(M + 20, qy + 44 + i * 38, 28, l, ' fill="#1d2327"')));
    qy += h + 16;
  }

  out.push(qrSvg(url, qrX, bottomY + 10, qrSize));
  out.push(line(qrX + qrSize / 2, bottomY + qrSize + 44, 30, t(locale, 'ladder:poster.scan'), ' font-weight="bold" text-anchor="middle" fill="#1d2327"'));
  urlLines.forEach((l, i) => out.push(line(qrX + qrSize / 2, bottomY + qrSize + 78 + i * 24, 20, l, ' text-anchor="middle" fill="#3d474f"')));

  if (info.length) out.push(`<rect x="${M}" y="${n(infoTop - 4)}" width="${W - 2 * M}" height="2" fill="#d5dbe0"/>`);
  info.forEach((l, i) => out.push(line(M, infoTop + 34 + i * 38, 28, l, ' font-weight="bold" fill="#1d2327"')));
  foot.forEach((l, i) => out.push(line(M, footTop + 24 + i * 30, 24, l, ' fill="#4a555c"')));
  out.push('</svg>');
  return out.join('\n');
}

export interface Poster { svg: string; png: Buffer; pdf: Buffer; width: number; height: number }

/** The poster as SVG, PNG (150 dpi on A4) and a vector PDF on A4 or A3. */
export async function poster(opts: PosterOptions & FontOptions & { size?: PaperSize }): Promise<Poster> {
  const locale = opts.locale ?? 'zh-CN';
  const svg = posterSvg(opts);
  const { png, width, height } = renderSvg(svg, opts);
  const region = parseRegion(opts.region, locale);
  const pdf = await svgToPdf(svg, {
    ...opts, size: opts.size ?? 'A4', svgWidth: POSTER_WIDTH, svgHeight: POSTER_HEIGHT,
    title: t(locale, 'ladder:poster.pdfTitle', { region: t(locale, `rules:region.${region}`) }),
  });
  return { svg, png, pdf, width, height };
}
