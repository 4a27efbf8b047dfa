// npm run poster -- --region chongqing --url https://example.org/ [--out poster.png] [--locale zh-CN|en]
//   [--organiser 重庆市总工会] [--hotline "023-12333（工作日 9:00–17:00）"] [--date 2026-12] [--size A4|A3]
// Writes the poster as PNG and as a vector PDF (same name, .pdf).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Locale } from '../dialogs/replyModel';
import { FontNotFoundError } from '../ladder/ladderPng';
import { PAPER, type PaperSize } from '../poster/pdf';
import { poster, PosterError, parseRegion, parseUrl } from '../poster/poster';

const USAGE = 'usage: npm run poster -- --region <national|chongqing|sichuan|liaoning|jiangxi|suzhou|四川…> --url <https://…> [--out FILE.png] '
  + '[--locale zh-CN|en] [--organiser NAME] [--hotline "PHONE (HOURS)"] [--date YYYY-MM[-DD]] [--size A4|A3]';

export async function runPosterCli(argv: string[], log: (s: string) => void = console.log, fail: (s: string) => void = console.error): Promise<number> {
  let values: { region?: string; url?: string; out?: string; locale?: string; organiser?: string; hotline?: string; date?: string; size?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        region: { type: 'string' }, url: { type: 'string' }, out: { type: 'string' }, locale: { type: 'string' },
        organiser: { type: 'string' }, hotline: { type: 'string' }, date: { type: 'string' }, size: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) { log(USAGE); return 0; }
  if (!values.region || !values.url) { fail(`--region and --url are required\n${USAGE}`); return 2; }
  const locale = (values.locale ?? 'zh-CN') as Locale;
  if (locale !== 'zh-CN' && locale !== 'en') { fail(`--locale must be zh-CN or en\n${USAGE}`); return 2; }
  const size = (values.size ?? 'A4').toUpperCase() as PaperSize;
  if (!(size in PAPER)) { fail(`--size must be A4 or A3\n${USAGE}`); return 2; }
  try {
    const region = parseRegion(values.region, locale);
    const url = parseUrl(values.url, locale);
    const out = resolve(values.out ?? `poster-${region}.png`);
    const pngPath = out.replace(/\.(pdf|png)$/i, '') + '.png';
    const pdfPath = pngPath.replace(/\.png$/, '.pdf');
    const p = await poster({ region, url, locale, organiser: values.organiser, hotline: values.hotline, date: values.date, size });
    mkdirSync(dirname(pngPath), { recursive: true });
    writeFileSync(pngPath, p.png);
    writeFileSync(pdfPath, p.pdf);
    log(`${pngPath} (${p.width}×${p.height}, ${p.png.length} bytes)\n${pdfPath} (${size}, vector, ${p.pdf.length} bytes)`);
    return 0;
  } catch (e) {
    if (e instanceof PosterError || e instanceof FontNotFoundError) { fail(e.message); return e instanceof PosterError ? 2 : 1; }
    throw e;
  }
}

if (require.main === module) void runPosterCli(process.argv.slice(2)).then((code) => { process.exitCode = code; });
