// No text of the ladder picture outside its box, in either language, for every region, the region's picture and
// people's pictures of every status: each <text> laid out by Chromium (the CJK font the PNG uses) lies inside its
// rung's box, its label's background, the legend's frame, or the picture. Also the PNG's width parameter.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { ladderSvg } from '../../src/ladder';
import { ladderPngHandler } from '../../src/ladder/http';
import { readLadderQuery, ladderQuery, isLadderQueryError } from '../../src/ladder/link';
import { evaluate } from '../../src/rules';
import type { ProfileInput } from '../../src/rules/profile';
import { REGIONS, type Region } from '../../src/rules/vocabulary';
import type { Locale } from '../../src/dialogs/replyModel';

const CHROMIUM = '/usr/bin/chromium';
const describeBrowser = existsSync(CHROMIUM) ? describe : describe.skip;

/** People whose answers cover every status, green channels and both directions. */
const PEOPLE: Omit<ProfileInput, 'region'>[] = [
  { skills: [{ level: 'technician', since: '2019-05' }], annualReviewsPassed: true, workYears: 20 },
  { skills: [{ level: 'senior_worker', since: '2025-06' }], annualReviewsPassed: true, workYears: 3 },
  { skills: [{ level: 'senior_technician', since: '2024-01' }] },
  { skills: [{ level: 'technician', since: '2024-01' }], annualReviewsPassed: false, awards: [{ type: 'honor', id: 'national_technical_expert' }] },
  { titles: [{ level: 'intermediate', since: '2015-07' }], workYears: 12, annualReviewsPassed: true },
  { titles: [{ level: 'deputy_senior', since: '2024-03' }], skills: [{ level: 'senior_worker', since: '2010-01' }], workYears: 4 },
  { awards: [{ type: 'competition', tier: 'national_class1', rank: 2 }], annualReviewsPassed: true },
];

interface Overflow { text: string; box: string; over: string }

async function overflows(page: Page, svg: string): Promise<Overflow[]> {
  await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(() => {
    const root = document.querySelector('svg')!;
    const frame = root.getBoundingClientRect();
    const out: { text: string; box: string; over: string }[] = [];
    const inside = (a: DOMRect, b: DOMRect) => {
      const over = [b.left - a.left, a.right - b.right, b.top - a.top, a.bottom - b.bottom].map((d) => Math.max(0, d));
      return over.every((d) => d <= 0.75) ? '' : over.map((d) => d.toFixed(1)).join('/');
    };
    for (const t of Array.from(root.querySelectorAll('text'))) {
      const r = t.getBoundingClientRect();
      if (r.width === 0) continue;
      let box: Element | null = null;
      let name = 'picture';
      const rung = t.closest('g.rung');
      const legend = t.closest('g.legend');
      const markerG = t.closest('g[data-marker]');
      const prev = t.previousElementSibling;
      if (markerG) { box = markerG.querySelector('path, circle'); name = 'marker'; }
      else if (rung) { box = rung.querySelector('rect'); name = `rung ${rung.getAttribute('data-ladder')}:${rung.getAttribute('data-level')}`; }
      else if (prev && prev.tagName === 'rect') { box = prev; name = 'label'; }
      else if (legend) { box = legend.querySelector('rect'); name = 'legend'; }
      const b = box ? box.getBoundingClientRect() : frame;
      const over = inside(r, b) || inside(r, frame);
      if (over) out.push({ text: t.textContent ?? '', box: name, over });
    }
    // Label backgrounds inside the picture too.
    for (const rect of Array.from(root.querySelectorAll('rect'))) {
      const over = inside(rect.getBoundingClientRect(), frame);
      if (over) out.push({ text: `<rect ${rect.getAttribute('x')},${rect.getAttribute('y')}>`, box: 'picture', over });
    }
    return out;
  });
}

describeBrowser('ladder picture: every text inside its box', () => {
  jest.setTimeout(180_000);
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 800, height: 1000 } });
  });
  afterAll(async () => { await browser?.close(); });

  const cases: [Region, Locale][] = REGIONS.flatMap((r) => (['zh-CN', 'en'] as Locale[]).map((l): [Region, Locale] => [r, l]));
  it.each(cases)('%s in %s: the region\'s picture and seven people\'s', async (region, locale) => {
    const pictures = [ladderSvg({ region, locale })];
    for (const person of PEOPLE) {
      const profile = { ...person, region, asOf: '2026-12' } as ProfileInput;
      const result = evaluate(profile, { locale });
      pictures.push(ladderSvg({ region, locale, result }));
    }
    const found: (Overflow & { picture: number })[] = [];
    for (const [i, svg] of pictures.entries()) for (const o of await overflows(page, svg)) found.push({ ...o, picture: i });
    expect(found).toEqual([]);
  });
});

describe('ladder PNG width and query', () => {
  const width = (png: Buffer) => PNG.sync.read(png).width;
  it.each([[720, undefined], [1200, '1200'], [2400, '2400'], [3000, '3000']])('draws %i px for width=%s', (px, w) => {
    const q = new URLSearchParams({ region: 'sichuan', locale: 'en', ...(w ? { width: w } : {}) });
    const r = ladderPngHandler(q);
    expect(r.status).toBe(200);
    expect(width(r.body as Buffer)).toBe(px);
  });

  it.each(['0', '199', '3001', 'wide', '12.5', '-720'])('refuses width=%s with 400 naming width', (w) => {
    const r = ladderPngHandler(new URLSearchParams({ region: 'sichuan', width: w }));
    expect(r.status).toBe(400);
    expect(String(r.body)).toMatch(/width/);
  });

  it.each([['四川', 'sichuan'], ['四川省', 'sichuan'], ['重庆市', 'chongqing'], ['Suzhou', 'suzhou'], ['全国', 'national'], ['liaoning', 'liaoning']])('accepts region=%s', (name, code) => {
    const q = readLadderQuery(new URLSearchParams({ region: name }));
    expect(isLadderQueryError(q) ? q : q.region).toBe(code);
  });

  it('refuses an unknown region naming the parameter', () => {
    expect(readLadderQuery(new URLSearchParams({ region: '火星' }))).toMatchObject({ field: 'region' });
  });

  it('the personal link (as the chat and the page write it) draws the personal picture', () => {
    const result = evaluate({ region: 'chongqing', asOf: '2026-12', skills: [{ level: 'technician', since: '2022-05' }], annualReviewsPassed: true });
    const personal = ladderSvg({ region: 'chongqing', locale: 'zh-CN', result });
    const generic = ladderSvg({ region: 'chongqing', locale: 'zh-CN' });
    const viaChat = readLadderQuery(new URLSearchParams(ladderQuery(result, 'zh-CN')));
    // The page writes the answer's own ruleIds (with the region's prefix).
    const page = new URLSearchParams({
      region: 'chongqing', locale: 'zh-CN', skill: 'technician', title: '',
      p: result.paths.map((p) => `${p.ruleId}:${p.status === 'eligible' ? 'e' : p.status === 'not_yet' ? 'n' : p.status === 'conditional' ? 'c' : 'u'}${p.eligibleFrom ? `:${p.eligibleFrom}` : ''}`).join(','),
    });
    const viaPage = readLadderQuery(page);
    for (const q of [viaChat, viaPage]) {
      if (isLadderQueryError(q)) throw new Error(`${q.field}: ${q.message}`);
      const svg = ladderSvg(q);
      expect(svg).not.toBe(generic);
      expect(svg.match(/data-highlight="true"/g)?.length).toBe(personal.match(/data-highlight="true"/g)?.length);
      expect(svg).toContain('data-current="true"');
    }
  });
});
