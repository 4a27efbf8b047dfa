// A minimal PDF 1.4 writer for one thing: a single page showing one PNG. The PNG's pixels are decoded to RGB
// (transparency flattened on white) and stored as a FlateDecode image XObject; the page is sized to the image.
import { deflateSync } from 'node:zlib';
import { PNG } from 'pngjs';

export interface PdfOptions {
  /** Pixels per inch of the image on the page (default 150: a 1240 px wide image gives an A4-wide page). */
  dpi?: number;
  /** Document title (Info dictionary). */
  title?: string;
}

/** A PDF text string: ASCII as a literal, anything else as UTF-16BE hex with a byte-order mark. */
function pdfString(s: string): string {
  if (/^[\x20-\x7e]*$/.test(s)) return `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  const b = Buffer.from(s, 'utf16le');
  b.swap16();
  return `<FEFF${b.toString('hex').toUpperCase()}>`;
}

/** RGB bytes of a PNG, alpha composited on white. */
export function pngToRgb(png: Buffer): { width: number; height: number; rgb: Buffer } {
  const img = PNG.sync.read(png);
  const { width, height, data } = img;
  const rgb = Buffer.alloc(width * height * 3);
  for (let i = 0, j = 0; i < data.length; i += 4, j += 3) {
    const a = data[i + 3];
    rgb[j] = (data[i] * a + 255 * (255 - a)) / 255;
    rgb[j + 1] = (data[i + 1] * a + 255 * (255 - a)) / 255;
    rgb[j + 2] = (data[i + 2] * a + 255 * (255 - a)) / 255;
  }
  return { width, height, rgb };
}

export function pngToPdf(png: Buffer, opts: PdfOptions = {}): Buffer {
  const { width, height, rgb } = pngToRgb(png);
  const scale = 72 / (opts.dpi ?? 150);
  const pw = +(width * scale).toFixed(2);
  const ph = +(height * scale).toFixed(2);
  const image = deflateSync(rgb, { level: 9 });
  const content = Buffer.from(`q\n${pw} 0 0 ${ph} 0 0 cm\n/Im1 Do\nQ\n`, 'latin1');

  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>', 'latin1'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>', 'latin1'),
    Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${pw} ${ph}] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>`, 'latin1'),
    Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`, 'latin1'), content, Buffer.from('\nendstream', 'latin1')]),
    Buffer.concat([
      Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /Length ${image.length} >>\nstream\n`, 'latin1'),
      image, Buffer.from('\nendstream', 'latin1'),
    ]),
    Buffer.from(`<< /Producer (Guantong)${opts.title ? ` /Title ${pdfString(opts.title)}` : ''} >>`, 'latin1'),
  ];

  // Header with a binary comment, so transfer tools treat the file as binary.
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = chunks[0].length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    chunks.push(obj);
    offset += obj.length;
  });
  // Each cross-reference entry is exactly 20 bytes, ending in space + newline.
  const xrefText = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
    + offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  chunks.push(Buffer.from(
    `${xrefText}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(chunks);
}
