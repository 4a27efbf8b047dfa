// npm run poster -- --region chongqing --url https://example.org/chat [--out poster.png] [--locale zh-CN|en]
// Writes the poster as PNG and as PDF (same name, .pdf).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Locale } from '../dialogs/replyModel';
import { FontNotFoundError } from '../ladder/ladderPng';
import { poster, PosterError, parseRegion, parseUrl } from '../poster/poster';

const USAGE = 'usage: npm run poster -- --region <national|chongqing|sichuan|liaoning|jiangxi|suzhou> --url <https://…> [--out FILE.png] [--locale zh-CN|en]';

export function runPosterCli(argv: string[], log: (s: string) => void = console.log, fail: (s: string) => void = console.error): number {
  let values: { region?: string; url?: string; out?: string; locale?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        region: { type: 'string' }, url: { type: 'string' }, out: { type: 'string' }, locale: { type: 'string' },
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
  try {
    const region = parseRegion(values.region, locale);
    const url = parseUrl(values.url, locale);
    const out = resolve(values.out ?? `poster-${region}.png`);
    const pngPath = out.replace(/\.(pdf|png)$/i, '') + '.png';
    const pdfPath = pngPath.replace(/\.png$/, '.pdf');
    const p = poster({ region, url, locale });
    mkdirSync(dirname(pngPath), { recursive: true });
    writeFileSync(pngPath, p.png);
    writeFileSync(pdfPath, p.pdf);
    log(`${pngPath} (${p.width}×${p.height}, ${p.png.length} bytes)\n${pdfPath} (${p.pdf.length} bytes)`);
    return 0;
  } catch (e) {
    if (e instanceof PosterError || e instanceof FontNotFoundError) { fail(e.message); return e instanceof PosterError ? 2 : 1; }
    throw e;
  }
}

if (require.main === module) process.exitCode = runPosterCli(process.argv.slice(2));
