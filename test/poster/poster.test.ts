// The poster: its QR code decodes back to the URL, its PDF is a valid one-image PDF, bad input is refused clearly.
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { runPosterCli } from '../../src/cli/posterCli';
import { pngToPdf } from '../../src/poster/pdf';
import { MAX_URL_LENGTH, parseRegion, parseUrl, poster, posterSvg, PosterError } from '../../src/poster/poster';

const URL_ = 'https://guantong.example.org/chat?src=poster&region=chongqing';

function decodeQr(png: Buffer): string | undefined {
  const img = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(img.data.buffer, img.data.byteOffset, img.data.length), img.width, img.height)?.data;
}

/** The PDF's objects by number, and checks that every xref offset points at its object. */
function readPdf(pdf: Buffer) {
  const text = pdf.toString('latin1');
  const startxref = Number(text.match(/startxref\n(\d+)\n%%EOF\n$/)![1]);
  expect(text.slice(startxref, startxref + 4)).toBe('xref');
  const [, count] = text.slice(startxref).match(/^xref\n0 (\d+)\n/)!.map(Number);
  const entries = text.slice(startxref).split('\n').slice(2, 2 + count);
  expect(entries.every((e) => e.length === 19)).toBe(true); // plus the newline: 20 bytes each
  entries.slice(1).forEach((e, i) => expect(text.slice(Number(e.slice(0, 10)), Number(e.slice(0, 10)) + 12)).toMatch(new RegExp(`^${i + 1} 0 obj\\n`)));
  return text;
}

describe('poster', () => {
  let made: ReturnType<typeof poster>;
  beforeAll(() => { made = poster({ region: 'chongqing', url: URL_ }); });

  it('has the headline, the region\'s ladder, three example questions and the URL', () => {
    expect(made.svg).toContain('技能人才也能评职称');
    expect(made.svg).toMatch(/<svg [^>]*data-region="chongqing"/);
    expect(made.svg).toContain('渝人社发〔2020〕32号');
    expect(made.svg).toContain('我是焊工技师，拿证三年了，能评工程师吗？');
    expect(made.svg).toContain('我是重庆的助理工程师，能申报高级工吗？');
    expect(made.svg).toContain('我拿过省技术能手，可以破格评职称吗？');
    expect(made.svg).toContain(`data-qr="${URL_.replace(/&/g, '&amp;')}"`);
  });

  it('prints a QR code that decodes back to the URL', () => {
    expect([made.width, made.height]).toEqual([1240, 1754]);
    expect(decodeQr(made.png)).toBe(URL_);
  });

  it('writes a valid one-page PDF embedding the poster\'s pixels as an image', () => {
    const text = readPdf(made.pdf);
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
    expect(text).toContain('/Type /Catalog');
    expect(text).toContain('/Count 1');
    expect(text).toMatch(/\/MediaBox \[0 0 595\.2 841\.9\d*\]/);
    const img = text.match(/\/Subtype \/Image \/Width (\d+) \/Height (\d+) \/ColorSpace \/DeviceRGB \/BitsPerComponent 8 \/Filter \/FlateDecode \/Length (\d+) >>\nstream\n/)!;
    expect(img).not.toBeNull();
    const [w, h, len] = img.slice(1).map(Number);
    expect([w, h]).toEqual([1240, 1754]);
    const start = (img.index ?? 0) + img[0].length;
    const pixels = inflateSync(made.pdf.subarray(start, start + len));
    expect(pixels.length).toBe(w * h * 3);
    expect(made.pdf.subarray(start + len, start + len + 10).toString('latin1')).toBe('\nendstream');
    // The pixels are the PNG's: the QR code read back from them gives the URL.
    const rgba = Buffer.alloc(w * h * 4, 255);
    for (let i = 0; i < w * h; i++) pixels.copy(rgba, i * 4, i * 3, i * 3 + 3);
    expect(jsQR(new Uint8ClampedArray(rgba), w, h)?.data).toBe(URL_);
  });

  it('flattens transparency on white and titles the PDF in Chinese', () => {
    const png = new PNG({ width: 2, height: 1 });
    png.data.set([0, 0, 0, 0, 255, 0, 0, 255]);
    const pdf = pngToPdf(PNG.sync.write(png), { dpi: 72, title: '贯通' });
    const text = readPdf(pdf);
    expect(text).toContain('/MediaBox [0 0 2 1]');
    expect(text).toContain('/Title <FEFF8D2F901A>');
    const m = text.match(/\/Length (\d+) >>\nstream\n/g)!;
    const len = Number(m[1].match(/\d+/)![0]);
    const at = text.indexOf(m[1]) + m[1].length;
    expect([...inflateSync(pdf.subarray(at, at + len))]).toEqual([255, 255, 255, 255, 0, 0]);
  });

  it('makes an English poster', () => {
    const svg = posterSvg({ region: 'sichuan', url: 'https://a.example/x', locale: 'en' });
    expect(svg).toContain('Skilled workers can earn professional titles');
    expect(svg).toContain('assistant engineer in Sichuan');
  });

  it('refuses a bad region or URL with a clear message', () => {
    expect(parseRegion('四川')).toBe('sichuan');
    expect(parseRegion('重庆市')).toBe('chongqing');
    expect(parseRegion(' Suzhou ')).toBe('suzhou');
    expect(() => parseRegion('mars')).toThrow(new PosterError('未知地区“mars”。可用：national, chongqing, sichuan, liaoning, jiangxi, suzhou'));
    expect(() => parseRegion('mars', 'en')).toThrow(/Unknown region "mars". Known: national, chongqing/);
    expect(() => parseUrl('guantong.example.org')).toThrow(/http:\/\/ 或 https:\/\//);
    expect(() => parseUrl('ftp://example.org/x')).toThrow(PosterError);
    expect(() => parseUrl('javascript:alert(1)')).toThrow(PosterError);
    expect(() => parseUrl(`https://example.org/${'a'.repeat(MAX_URL_LENGTH)}`)).toThrow(/网址太长/);
    expect(parseUrl(' https://example.org ')).toBe('https://example.org/');
    expect(() => poster({ region: 'mars', url: URL_ })).toThrow(PosterError);
  });
});

describe('npm run poster', () => {
  let dir: string;
  beforeAll(() => { dir = mkdtempSync(path.join(os.tmpdir(), 'guantong-poster-')); });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the PNG and the PDF', () => {
    const out: string[] = [];
    const code = runPosterCli(['--region', 'liaoning', '--url', 'https://example.org/c', '--out', path.join(dir, 'sub', 'p.png'), '--locale', 'en'], (s) => out.push(s), (s) => out.push(s));
    expect(code).toBe(0);
    expect(readFileSync(path.join(dir, 'sub', 'p.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(readFileSync(path.join(dir, 'sub', 'p.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(out.join('\n')).toContain('p.pdf');
  });

  it('exits 2 with the reason for bad or missing arguments, writing nothing', () => {
    const errs: string[] = [];
    const run = (args: string[]) => runPosterCli(args, () => undefined, (s) => errs.push(s));
    expect(run(['--region', 'mars', '--url', 'https://example.org', '--out', path.join(dir, 'bad.png')])).toBe(2);
    expect(errs.pop()).toContain('未知地区“mars”');
    expect(run(['--region', 'sichuan', '--url', 'nope', '--out', path.join(dir, 'bad.png')])).toBe(2);
    expect(errs.pop()).toContain('二维码网址无效');
    expect(run(['--region', 'sichuan'])).toBe(2);
    expect(errs.pop()).toContain('--region and --url are required');
    expect(run(['--region', 'sichuan', '--url', 'https://example.org', '--locale', 'fr'])).toBe(2);
    expect(run(['--bogus'])).toBe(2);
    expect(existsSync(path.join(dir, 'bad.png'))).toBe(false);
  });
});
