// The union poster: a headline, the region's ladder picture, three example questions and a QR code of the chat's
// address. Built as one SVG (A4 at 150 dpi), rendered to PNG, and wrapped in a one-page PDF.
import QRCode from 'qrcode';
import { t } from '../i18n';
import type { Locale } from '../dialogs/replyModel';
import { ladderPicture, wrap } from '../ladder/ladderSvg';
import { renderSvg, type FontOptions } from '../ladder/ladderPng';
import { FONT_FAMILY, esc, n } from '../ladder/svgText';
import { regionForPlace } from '../rules/places';
import { REGIONS, type Region } from '../rules/vocabulary';
import { pngToPdf } from './pdf';

export const POSTER_WIDTH = 1240;
export const POSTER_HEIGHT = 1754;
/** Longer addresses make QR modules too small to scan from a printed poster. */
export const MAX_URL_LENGTH = 300;

export class PosterError extends Error {
  constructor(message: string) { super(message); this.name = 'PosterError'; }
}

/** A region code from a code or a place's name (四川, 成都, 昆山; 无锡 → national); a PosterError listing the known ones otherwise. */
export function parseRegion(input: string, locale: Locale = 'zh-CN'): Region {
  const s = input.trim();
  const code = s.toLowerCase();
  if ((REGIONS as readonly string[]).includes(code)) return code as Region;
  const place = regionForPlace(s);
  if (place) return place.region;
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
  const m = size / (count + 2 * quiet);
  let d = '';
  for (let r = 0; r < count; r++) {
    for (let c = 0; c < count; c++) {
      if (qr.modules.get(r, c)) d += `M${n(x + (c + quiet) * m)} ${n(y + (r + quiet) * m)}h${n(m)}v${n(m)}h${n(-m)}z`;
    }
  }
  return `<g data-qr="${esc(url)}"><rect x="${n(x)}" y="${n(y)}" width="${n(size)}" height="${n(size)}" fill="#fff"/>`
    + `<path d="${d}" fill="#000" shape-rendering="crispEdges"/></g>`;
}

export interface PosterOptions { region: Region | string; url: string; locale?: Locale }

/** The poster as SVG (pure). */
export function posterSvg(opts: PosterOptions): string {
  const locale = opts.locale ?? 'zh-CN';
  const region = parseRegion(opts.region, locale);
  const url = parseUrl(opts.url, locale);
  const regionName = t(locale, `rules:region.${region}`);
  const W = POSTER_WIDTH;
  const zh = locale !== 'en';

  const headline = wrap(t(locale, 'ladder:poster.headline'), W - 120, zh ? 84 : 60);
  const hSize = zh ? 84 : 60;
  const sub = wrap(t(locale, 'ladder:poster.subline'), W - 120, 32);
  const bandH = 70 + headline.length * (hSize + 14) + sub.length * 42 + 20;

  const ladderW = 800;
  const ladderY = bandH + 16;
  const ladder = ladderPicture({ region, locale, idPrefix: 'poster-ladder', frame: { x: (W - ladderW) / 2, y: ladderY, width: ladderW } });
  const ladderH = ladder.height;

  const bottomY = ladderY + ladderH + 24;
  const qrSize = 320;
  const qrX = W - 60 - qrSize;
  const askW = qrX - 60 - 40;
  const questions = [t(locale, 'ladder:poster.q1'), t(locale, 'ladder:poster.q2', { region: regionName }), t(locale, 'ladder:poster.q3')];

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${POSTER_HEIGHT}" viewBox="0 0 ${W} ${POSTER_HEIGHT}" role="img" aria-labelledby="poster-title" font-family="${esc(FONT_FAMILY)}" data-region="${region}">`,
    `<title id="poster-title">${esc(`${t(locale, 'ladder:poster.headline')} · ${regionName}`)}</title>`,
    `<rect width="${W}" height="${POSTER_HEIGHT}" fill="#ffffff"/>`,
    `<rect width="${W}" height="${bandH}" fill="#0b5cad"/>`,
  ];
  headline.forEach((line, i) => out.push(`<text x="${W / 2}" y="${70 + hSize * 0.8 + i * (hSize + 14)}" font-size="${hSize}" font-weight="bold" text-anchor="middle" fill="#ffffff">${esc(line)}</text>`));
  const subTop = 70 + headline.length * (hSize + 14) + 20;
  sub.forEach((line, i) => out.push(`<text x="${W / 2}" y="${subTop + i * 42}" font-size="32" text-anchor="middle" fill="#e3effa">${esc(line)}</text>`));
  out.push(ladder.svg);

  // Example questions, as chat bubbles.
  out.push(`<text x="60" y="${bottomY + 40}" font-size="34" font-weight="bold" fill="#1d2327">${esc(t(locale, 'ladder:poster.askTitle'))}</text>`);
  let qy = bottomY + 66;
  for (const q of questions) {
    const lines = wrap(q, askW - 40, 28);
    const h = lines.length * 38 + 24;
    out.push(`<rect x="60" y="${qy}" width="${askW}" height="${h}" rx="18" fill="#eef4e8" stroke="#9cc28a" stroke-width="2"/>`);
    lines.forEach((line, i) => out.push(`<text x="80" y="${qy + 44 + i * 38}" font-size="28" fill="#1d2327">${esc(line)}</text>`));
    qy += h + 16;
  }

  out.push(qrSvg(url, qrX, bottomY + 10, qrSize));
  out.push(`<text x="${qrX + qrSize / 2}" y="${bottomY + qrSize + 44}" font-size="30" font-weight="bold" text-anchor="middle" fill="#1d2327">${esc(t(locale, 'ladder:poster.scan'))}</text>`);
  const urlLines = wrap(url, qrSize + 20, 20, true);
  urlLines.slice(0, 3).forEach((line, i) => out.push(`<text x="${qrX + qrSize / 2}" y="${bottomY + qrSize + 78 + i * 24}" font-size="20" text-anchor="middle" fill="#3d474f">${esc(line)}</text>`));

  const foot = wrap(t(locale, 'ladder:poster.footer', { region: regionName }), W - 120, 24);
  foot.forEach((line, i) => out.push(`<text x="60" y="${POSTER_HEIGHT - 40 - (foot.length - 1 - i) * 30}" font-size="24" fill="#4a555c">${esc(line)}</text>`));
  out.push('</svg>');
  return out.join('\n');
}

export interface Poster { svg: string; png: Buffer; pdf: Buffer; width: number; height: number }

/** The poster as SVG, PNG and a one-page PDF of the PNG. */
export function poster(opts: PosterOptions & FontOptions): Poster {
  const locale = opts.locale ?? 'zh-CN';
  const svg = posterSvg(opts);
  const { png, width, height } = renderSvg(svg, opts);
  const region = parseRegion(opts.region, locale);
  const pdf = pngToPdf(png, { dpi: 150, title: t(locale, 'ladder:poster.pdfTitle', { region: t(locale, `rules:region.${region}`) }) });
  return { svg, png, pdf, width, height };
}
