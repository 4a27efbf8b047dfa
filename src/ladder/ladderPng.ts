// SVG → PNG with resvg, with a CJK font loaded from a file: system fonts are not loaded, so the picture looks the
// same on every machine that has the font, and fails loudly on one that has none.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { ladderSvg, type LadderOptions } from './ladderSvg';

/** Where Debian, Fedora, Alpine, macOS and Windows keep a CJK font, best first. */
export const KNOWN_CJK_FONTS: readonly string[] = [
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', // Debian/Ubuntu fonts-wqy-microhei
  '/usr/share/fonts/wqy-microhei/wqy-microhei.ttc', // Fedora, Alpine
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', // Debian fonts-noto-cjk
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', // Arch
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', // Fedora
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', // Debian fonts-wqy-zenhei
  '/System/Library/Fonts/PingFang.ttc',
  'C:\\Windows\\Fonts\\msyh.ttc',
];

const CJK_NAME = /wqy|noto.*cjk|notosans(sc|cjk)|sourcehansans|droidsansfallback|pingfang|msyh/i;
const FONT_EXT = /\.(ttc|ttf|otf)$/i;

export class FontNotFoundError extends Error {
  constructor(searched: readonly string[]) {
    super('No CJK font found for rendering Chinese text. Install the Debian package fonts-wqy-microhei '
      + '(apt-get install fonts-wqy-microhei), set GUANTONG_CJK_FONT to a .ttc/.ttf/.otf file, or pass fontFiles/fontDirs. '
      + `Looked in: ${searched.join(', ')}`);
    this.name = 'FontNotFoundError';
  }
}

export interface FontOptions {
  /** Font files to use first. */
  fontFiles?: string[];
  /** Folders searched (recursively, two levels) for a CJK font file. */
  fontDirs?: string[];
  /** The well-known font paths to try (default KNOWN_CJK_FONTS). */
  knownFonts?: readonly string[];
}

function searchDir(dir: string, depth: number): string | undefined {
  let names: string[];
  try { names = readdirSync(dir).sort(); } catch { return undefined; }
  const hit = names.find((f) => FONT_EXT.test(f) && CJK_NAME.test(f));
  if (hit) return join(dir, hit);
  if (depth <= 0) return undefined;
  for (const f of names) {
    const p = join(dir, f);
    try { if (statSync(p).isDirectory()) { const r = searchDir(p, depth - 1); if (r) return r; } } catch { /* unreadable: skip */ }
  }
  return undefined;
}

/** The CJK font file to render with: given files, $GUANTONG_CJK_FONT, known paths, then the given folders. */
export function findCjkFont(opts: FontOptions = {}): string {
  const searched: string[] = [];
  const candidates = [...(opts.fontFiles ?? []), ...(process.env.GUANTONG_CJK_FONT ? [process.env.GUANTONG_CJK_FONT] : []), ...(opts.knownFonts ?? KNOWN_CJK_FONTS)];
  for (const f of candidates) {
    searched.push(f);
    if (existsSync(f)) return f;
  }
  for (const d of opts.fontDirs ?? []) {
    searched.push(`${d}/**`);
    const hit = searchDir(d, 2);
    if (hit) return hit;
  }
  throw new FontNotFoundError(searched);
}

export interface RenderOptions extends FontOptions {
  /** Output width in pixels; the height follows the SVG's aspect. Default: the SVG's own width. */
  width?: number;
}

export interface RenderedPng { png: Buffer; width: number; height: number }

/** Renders any SVG of ours to PNG with the CJK font. */
export function renderSvg(svg: string, opts: RenderOptions = {}): RenderedPng {
  const font = findCjkFont(opts);
  const resvg = new Resvg(svg, {
    fitTo: opts.width ? { mode: 'width', value: opts.width } : { mode: 'original' },
    font: { fontFiles: [font], loadSystemFonts: false, defaultFontFamily: 'WenQuanYi Micro Hei' },
    background: '#ffffff',
  });
  const img = resvg.render();
  return { png: img.asPng(), width: img.width, height: img.height };
}

/** The ladder picture as PNG (WeChat image messages, Teams inline attachments). */
export function ladderPng(opts: LadderOptions & RenderOptions): Buffer {
  return renderSvg(ladderSvg(opts), opts).png;
}
