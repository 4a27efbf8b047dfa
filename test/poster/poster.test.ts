// The poster: a vector PDF (text as text, a CJK subset embedded, read back with poppler's pdffonts / pdftotext /
// pdfinfo / pdfimages) on A4 and A3; the organiser, hotline and date printed; no two text boxes overlapping in
// either language (laid out by Chromium); the QR code decoding back to the URL from the PNG and from the PDF.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { chromium, type Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { runPosterCli } from '../../src/cli/posterCli';
import { MAX_URL_LENGTH, parseRegion, parseUrl, poster, posterDate, posterSvg, PosterError, type PosterOptions } from '../../src/poster/poster';
import { REGIONS } from '../../src/rules/vocabulary';
import type { Locale } from '../../src/dialogs/replyModel';

const URL_ = 'https://guantong.example.org/chat?src=poster&region=chongqing';
const CHROMIUM = '/usr/bin/chromium';
const describeBrowser = existsSync(CHROMIUM) ? describe : describe.skip;

function decodeQr(png: Buffer): string | undefined {
  const img = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(img.data.buffer, img.data.byteOffset, img.data.length), img.width, img.height)?.data;
}

let dir: string;
beforeAll(() => { dir = mkdtempSync(path.join(os.tmpdir(), 'guantong-poster-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a poppler tool on a PDF written to the temp folder. */
function poppler(tool: string, pdf: Buffer, args: string[] = []): string {
  const file = path.join(dir, `${tool}-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });
}

const OPTIONS = { organiser: '重庆市总工会职工服务中心', hotline: '023-12333（工作日 9:00–17:00）', date: '2026-12' };

describe.each([['A4', [595.28, 841.89]], ['A3', [841.89, 1190.55]]] as const)('poster PDF on %s', (size, [w, h]) => {
  let made: Awaited<ReturnType<typeof poster>>;
  beforeAll(async () => { made = await poster({ region: 'chongqing', url: URL_, ...OPTIONS, size }); });

  it('is one page of that size', () => {
    const info = poppler('pdfinfo', made.pdf);
    expect(info).toMatch(/Pages:\s+1\n/);
    const m = info.match(/Page size:\s+([\d.]+) x ([\d.]+) pts/)!;
    expect(Number(m[1])).toBeCloseTo(w, 1);
    expect(Number(m[2])).toBeCloseTo(h, 1);
  });

  it('embeds a subset of the CJK font and holds its text as text', () => {
    const fonts = poppler('pdffonts', made.pdf).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    // name, type…, emb, sub, uni: a subset (ABCDEF+Name) embedded with a Unicode map.
    for (const f of fonts) expect(f).toMatch(/^[A-Z]{6}\+\S+\s+.*\byes\s+yes\s+yes\s+\d+\s+\d+\s*$/);
    expect(fonts.join('\n')).toMatch(/WenQuanYi|Noto|Source|CJK/i);
    const text = poppler('pdftotext', made.pdf).replace(/\s+/g, '');
    for (const s of ['技能人才也能评职称', '我是焊工技师，拿证三年了，能评工程师吗？', '主办：重庆市总工会职工服务中心', '咨询热线：023-12333', '2026年12月', '渝人社发〔2020〕32号', '高级技师']) {
      expect([s, text.includes(s.replace(/\s+/g, ''))]).toEqual([s, true]);
    }
  });

  it('is vector: no raster image on the page', () => {
    const images = poppler('pdfimages', made.pdf, ['-list']).split('\n').slice(2).filter(Boolean);
    expect(images).toEqual([]);
  });

  it('prints a QR code that decodes back to the URL, from the PNG and from the PDF drawn by poppler', () => {
    expect([made.width, made.height]).toEqual([1240, 1754]);
    expect(decodeQr(made.png)).toBe(URL_);
    const file = path.join(dir, `qr-${size}.pdf`);
    writeFileSync(file, made.pdf);
    execFileSync('pdftoppm', ['-r', '100', '-png', '-singlefile', file, path.join(dir, `qr-${size}`)]);
    expect(decodeQr(readFileSync(path.join(dir, `qr-${size}.png`)))).toBe(URL_);
  });
});

describeBrowser('poster layout: no two text boxes overlap', () => {
  jest.setTimeout(180_000);
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => { await browser?.close(); });

  const longUrl = `https://guantong.example.org/${'chat/'.repeat(40)}?src=poster`.slice(0, MAX_URL_LENGTH);
  const variants: [string, Partial<PosterOptions>][] = [
    ['plain', {}],
    ['with organiser, hotline and date', { organiser: 'Chengdu Federation of Trade Unions, Workers\' Service Centre', hotline: '028-12333 (weekdays 9:00–17:00)', date: '2026-12-01' }],
    ['with the longest URL', { url: longUrl, organiser: '苏州工业园区总工会', hotline: '0512-12333', date: '2026-12' }],
  ];
  const cases = REGIONS.flatMap((region) => (['zh-CN', 'en'] as Locale[]).flatMap((locale) => variants.map(([name, v]) => [region, locale, name, v] as const)));

  it.each(cases)('%s %s %s', async (region, locale, _name, v) => {
    const svg = posterSvg({ region, url: URL_, locale, ...v });
    const page = await browser.newPage({ viewport: { width: 1240, height: 1754 } });
    try {
      await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
      await page.evaluate(() => document.fonts.ready);
      const problems = await page.evaluate(() => {
        const root = document.querySelector('svg')!;
        const frame = root.getBoundingClientRect();
        const boxes = Array.from(root.querySelectorAll('text')).map((t) => ({ text: t.textContent ?? '', r: t.getBoundingClientRect(), marker: Boolean(t.closest('g[data-marker]')) }))
          .filter((b) => b.r.width > 0);
        const out: string[] = [];
        const cut = 0.5;
        for (let i = 0; i < boxes.length; i++) {
          const a = boxes[i].r;
          if (a.left < frame.left - cut || a.right > frame.right + cut || a.top < frame.top - cut || a.bottom > frame.bottom + cut) out.push(`outside the page: ${boxes[i].text}`);
          for (let j = i + 1; j < boxes.length; j++) {
            if (boxes[i].marker || boxes[j].marker) continue; // a marker's "?" sits on its own diamond
            const b = boxes[j].r;
            const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (x > cut && y > cut) out.push(`${boxes[i].text} ✕ ${boxes[j].text}`);
          }
        }
        return out;
      });
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('poster options', () => {
  it('prints the date in the locale\'s words, and refuses a bad one', () => {
    expect(posterDate('2026-12')).toBe('2026年12月');
    expect(posterDate('2026-03-08')).toBe('2026年3月8日');
    expect(posterDate('2026-12', 'en')).toBe('December 2026');
    expect(posterDate('2026-03-08', 'en')).toBe('8 March 2026');
    for (const bad of ['2026', '2026-13', '12/2026', '2026-02-32', '']) expect(() => posterDate(bad)).toThrow(PosterError);
  });

  it('refuses an empty or overlong organiser or hotline, naming it', () => {
    expect(() => posterSvg({ region: 'sichuan', url: URL_, organiser: '  ' })).toThrow(/organiser/);
    expect(() => posterSvg({ region: 'sichuan', url: URL_, hotline: '1'.repeat(61) })).toThrow(/hotline/);
  });

  it('has the headline, the region\'s ladder, three example questions and the URL; English too', () => {
    const svg = posterSvg({ region: 'chongqing', url: URL_ });
    expect(svg).toContain('技能人才也能评职称');
    expect(svg).toContain('渝人社发〔2020〕32号');
    expect(svg).toContain('我是重庆的助理工程师，能申报高级工吗？');
    expect(svg).toContain(`data-qr="${URL_.replace(/&/g, '&amp;')}"`);
    const en = posterSvg({ region: 'sichuan', url: 'https://a.example/x', locale: 'en', organiser: 'Chengdu FTU' });
    expect(en).toContain('Skilled workers can earn professional titles');
    expect(en).toContain('Organised by Chengdu FTU');
  });

  it('refuses a bad region or URL with a clear message', async () => {
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
    await expect(poster({ region: 'mars', url: URL_ })).rejects.toThrow(PosterError);
  });
});

describe('npm run poster', () => {
  it('writes the PNG and the vector PDF, with the options', async () => {
    const out: string[] = [];
    const code = await runPosterCli(['--region', '辽宁', '--url', 'https://example.org/c', '--out', path.join(dir, 'sub', 'p.png'), '--locale', 'en',
      '--organiser', 'Shenyang FTU', '--hotline', '024-12333', '--date', '2026-12', '--size', 'a3'], (s) => out.push(s), (s) => out.push(s));
    expect([code, out.join('\n')]).toEqual([0, expect.stringContaining('p.pdf (A3, vector')]);
    expect(readFileSync(path.join(dir, 'sub', 'p.png')).subarray(1, 4).toString()).toBe('PNG');
    const pdf = readFileSync(path.join(dir, 'sub', 'p.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(poppler('pdftotext', pdf)).toContain('Organised by Shenyang FTU');
    expect(poppler('pdfinfo', pdf)).toMatch(/Page size:\s+841\.89 x 1190\.55/);
  });

  it('exits 2 with the reason for bad or missing arguments, writing nothing', async () => {
    const errs: string[] = [];
    const run = (args: string[]) => runPosterCli(args, () => undefined, (s) => errs.push(s));
    expect(await run(['--region', 'mars', '--url', 'https://example.org', '--out', path.join(dir, 'bad.png')])).toBe(2);
    expect(errs.pop()).toContain('未知地区“mars”');
    expect(await run(['--region', 'sichuan', '--url', 'nope', '--out', path.join(dir, 'bad.png')])).toBe(2);
    expect(errs.pop()).toContain('二维码网址无效');
    expect(await run(['--region', 'sichuan', '--url', 'https://example.org', '--date', '12/2026', '--out', path.join(dir, 'bad.png')])).toBe(2);
    expect(errs.pop()).toContain('12/2026');
    expect(await run(['--region', 'sichuan', '--url', 'https://example.org', '--size', 'A5'])).toBe(2);
    expect(errs.pop()).toContain('--size');
    expect(await run(['--region', 'sichuan'])).toBe(2);
    expect(errs.pop()).toContain('--region and --url are required');
    expect(await run(['--region', 'sichuan', '--url', 'https://example.org', '--locale', 'fr'])).toBe(2);
    expect(await run(['--bogus'])).toBe(2);
    expect(existsSync(path.join(dir, 'bad.png'))).toBe(false);
  });
});
