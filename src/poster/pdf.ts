// The poster as a vector PDF: the poster's SVG drawn by svg-to-pdfkit into a PDFKit page (A4 or A3), its text as
// text in a subset of the CJK font (the one the PNG uses; a .ttc collection's first font), its QR code as paths.
import { openSync } from 'fontkit';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { findCjkFont, type FontOptions } from '../ladder/ladderPng';

/** Paper sizes in PDF points (1/72 inch), portrait. */
export const PAPER = { A4: [595.28, 841.89], A3: [841.89, 1190.55] } as const;
export type PaperSize = keyof typeof PAPER;

export interface PdfOptions extends FontOptions {
  size?: PaperSize;
  title?: string;
  /** The SVG's own size in its units, so it fills the page's width (the height follows). */
  svgWidth: number;
  svgHeight: number;
}

/** The font file and, for a collection, the PostScript name of the face to embed. */
function cjkFace(opts: FontOptions): { file: string; face?: string } {
  const file = findCjkFont(opts);
  if (!/\.ttc$/i.test(file)) return { file };
  const opened = openSync(file);
  const first = 'fonts' in opened ? opened.fonts[0] : opened;
  return { file, face: first.postscriptName };
}

/** One page: the SVG scaled to the paper's width, centred vertically. */
export function svgToPdf(svg: string, opts: PdfOptions): Promise<Buffer> {
  const [pw, ph] = PAPER[opts.size ?? 'A4'];
  const { file, face } = cjkFace(opts);
  const doc = new PDFDocument({ size: [pw, ph], margin: 0, info: { Title: opts.title ?? '', Creator: 'Guantong' }, autoFirstPage: true });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('cjk', file, face);
  const scale = Math.min(pw / opts.svgWidth, ph / opts.svgHeight);
  const w = opts.svgWidth * scale;
  const h = opts.svgHeight * scale;
  // Every text in the CJK font (it has Latin too); bold is the same face: the layout never relies on it.
  SVGtoPDF(doc, svg, (pw - w) / 2, (ph - h) / 2, { width: w, height: h, preserveAspectRatio: 'xMidYMid meet', fontCallback: () => 'cjk' });
  doc.end();
  return done;
}
