// The web chat page in Debian's Chromium (playwright-core) against the real server and dialog, with and without
// MicrosoftAppId: it talks only to /api/chat; a reload restores the conversation; 新对话 restarts on the server; the
// choice buttons sit fully above the input bar at 320×568, 390×844 and desktop sizes; a tap does not focus the text
// box; the language switch redraws the welcome; the badge; no line of the card repeated in the bubble; the favicon;
// the picture opens full size. UPDATE_SCREENSHOTS=1 refreshes docs/screenshots/webchat.png.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, type StartedServer } from '../helpers/startServer';

const CHROMIUM = '/usr/bin/chromium';
const PUBLIC = path.resolve(__dirname, '../../src/web/public');
const describeBrowser = existsSync(CHROMIUM) ? describe : describe.skip;
if (!existsSync(CHROMIUM)) {
  console.warn(`\n\n!!! ${CHROMIUM} is missing: the web chat browser tests are SKIPPED. Install Debian's chromium package. !!!\n\n`);
}

async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

const SIZES = [
  { name: 'phone 320×568', width: 320, height: 568 },
  { name: 'phone 390×844', width: 390, height: 844 },
  { name: 'desktop 1280×800', width: 1280, height: 800 },
];
const ANSWER_NOW = '我在重庆，2022年5月拿的技师证，没有职称，考核都合格，没获奖';
const ANSWER_LATER = '我在四川，2025年6月拿的技师证，没有职称，考核都合格，没获奖';

const botMessages = (page: Page) => page.locator('#log li.msg.bot');

/** Types a message and waits for the bot's replies. */
async function send(page: Page, text: string): Promise<void> {
  const before = await botMessages(page).count();
  await page.getByRole('textbox').fill(text);
  await page.getByRole('textbox').press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('#log li.msg.bot').length > n && !document.querySelector('#busy:not([hidden])'), before);
}

/** Every button of the pending question lies fully inside the visible log, above the input bar, inside the viewport. */
async function choicesFullyVisible(page: Page): Promise<{ ok: boolean; detail: string }> {
  return page.evaluate(() => {
    const log = document.getElementById('log')!.getBoundingClientRect();
    const bar = document.getElementById('composer')!.getBoundingClientRect();
    const buttons = Array.from(document.querySelectorAll<HTMLButtonElement>('#log li.msg:last-child .choices button'));
    const bad = buttons.map((b) => b.getBoundingClientRect()).filter((r) =>
      r.top < log.top - 0.5 || r.bottom > Math.min(log.bottom, bar.top) + 0.5 || r.left < 0 || r.right > window.innerWidth + 0.5 || r.height < 30);
    return { ok: buttons.length > 0 && bad.length === 0, detail: `${buttons.length} buttons, bar at ${bar.top}, log ${log.top}–${log.bottom}, off: ${JSON.stringify(bad)}` };
  });
}

describeBrowser.each([
  ['without MicrosoftAppId', {}],
  ['with MicrosoftAppId', { MicrosoftAppId: '00000000-0000-0000-0000-0000000000dd', MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppType: 'MultiTenant' }],
])('web chat page %s', (_name, env: Record<string, string>) => {
  jest.setTimeout(120_000);
  let browser: Browser;
  let srv: StartedServer;
  beforeAll(async () => {
    [browser, srv] = await Promise.all([launch(), startServer({ publicDir: PUBLIC, env: { ...env, RATE_LIMIT_PER_MINUTE: '0' } })]);
  });
  afterAll(async () => { await browser?.close(); await srv?.stop(); });

  it('talks only to /api/chat, restores the conversation after a reload, and 新对话 restarts on the server', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const apiCalls: string[] = [];
    page.on('request', (r) => { const u = new URL(r.url()); if (u.pathname.startsWith('/api/')) apiCalls.push(`${r.method()} ${u.pathname}`); });
    await page.goto(srv.url);
    await send(page, '你好');
    await page.getByRole('button', { name: '重庆' }).waitFor();
    const before = await page.locator('#log li.msg').allInnerTexts();

    await page.reload();
    await page.getByRole('button', { name: '重庆' }).waitFor();
    const after = await page.locator('#log li.msg').allInnerTexts();
    expect(after).toEqual(before);
    expect(await page.locator('#log li.msg.user').allInnerTexts()).toEqual([expect.stringContaining('你好')]);
    expect(await page.getByRole('button', { name: '重庆' }).isEnabled()).toBe(true);
    expect(await botMessages(page).last().getAttribute('data-slot')).toBe('region');

    // The restored question still works: the interview goes on where it was.
    await page.getByRole('button', { name: '重庆' }).click();
    await page.waitForFunction(() => document.querySelectorAll('#log li.msg.user').length === 2 && !document.querySelector('#busy:not([hidden])'));
    expect(await botMessages(page).last().getAttribute('data-slot')).not.toBe('region');

    await page.getByRole('button', { name: '新对话' }).click();
    await page.waitForFunction(() => document.querySelectorAll('#log li.msg').length === 1);
    await page.reload();
    await page.locator('#log li.msg').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('#log li.msg').count()).toBe(1);
    const onServer = await page.evaluate(() => fetch('/api/chat').then((r) => r.json())) as { messages: unknown[] };
    expect(onServer.messages).toEqual([]);
    expect(apiCalls.filter((c) => !c.endsWith('/api/chat') && !c.endsWith('/api/ladder.svg'))).toEqual([]);
    expect(apiCalls).toContain('POST /api/chat');
    await context.close();
  });

  it.each(SIZES)('shows every choice button fully above the input bar at $name, and a tap does not focus the text box', async ({ width, height }) => {
    const context = await browser.newContext({ viewport: { width, height }, hasTouch: width < 500 });
    const page = await context.newPage();
    await page.goto(srv.url);
    // The welcome's examples first, then a question with six choices after a long exchange.
    const welcome = await choicesFullyVisible(page);
    expect([welcome.ok, welcome.detail]).toEqual([true, expect.any(String)]);
    for (const text of ['你好', '评职称要论文吗', '北京还是上海呢我也不确定']) await send(page, text);
    await send(page, '你好');
    const asked = await choicesFullyVisible(page);
    expect([asked.ok, asked.detail]).toEqual([true, expect.any(String)]);

    const button = page.locator('#log li.msg:last-child .choices button').first();
    if (width < 500) await button.tap(); else await button.click();
    await page.waitForFunction(() => !document.querySelector('#busy:not([hidden])') && document.querySelectorAll('#log li.msg.user').length === 5);
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('input');
    await context.close();
  });

  it('switching language redraws the welcome and its examples', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(srv.url);
    await page.getByRole('button', { name: '我是焊工技师，拿证三年了，能评工程师吗？' }).waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    const welcome = page.locator('#log li[data-welcome]');
    expect(await welcome.innerText()).toContain('Hello! Tell me your region');
    expect(await welcome.locator('.choices button').allInnerTexts()).toEqual([
      'I am a welding technician, certified 3 years ago. Can I apply for engineer?',
      'I am an assistant engineer in Chengdu. Can I take senior worker?',
      'I was named a provincial technical expert. Is there a fast track?',
    ]);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('button', { name: '切换到中文' }).click();
    expect(await welcome.innerText()).toContain('您好！告诉我您的地区');
    expect(await page.locator('#log li.msg').count()).toBe(1);
    await context.close();
  });

  it('badges the best path only when it is open now, else the soonest; the bubble repeats nothing of the card; the picture opens full size', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(srv.url);
    await send(page, ANSWER_NOW);
    const card = page.locator('section.card').last();
    await card.waitFor();
    const badges = card.locator('.badge');
    expect(await badges.count()).toBe(1);
    expect(await badges.getAttribute('data-badge')).toBe('best');
    expect(await badges.innerText()).toBe('最好的一条');
    const badgedPath = card.locator('li.path', { has: page.locator('.badge') });
    expect(await badgedPath.getAttribute('data-status')).toBe('eligible');
    expect(await badgedPath.getAttribute('data-path')).toBe('skill_to_title:intermediate');

    // No line of the bubble says what the card says: no path lines, no documents line.
    const bubble = await botMessages(page).last().locator('p.text').innerText();
    expect(bubble).toContain('依据');
    expect(bubble).not.toMatch(/｜|📋|最好的路径|也可以申报/);
    for (const target of await card.locator('li.path .target strong').allInnerTexts()) expect(bubble).not.toContain(target);

    // The picture: a tap opens it at its full size in a dialog.
    const picture = card.locator('figure.ladder button.picture');
    await picture.waitFor();
    await picture.click();
    const viewer = page.locator('#viewer');
    await viewer.waitFor({ state: 'visible' });
    const size = await viewer.locator('img').evaluate((img: HTMLImageElement) => ({ shown: img.getBoundingClientRect().width, natural: img.naturalWidth, viewport: window.innerWidth }));
    expect(size.natural).toBeGreaterThanOrEqual(720);
    expect(size.shown).toBeGreaterThanOrEqual(size.natural - 1);
    expect(size.shown).toBeGreaterThan(size.viewport);
    await viewer.getByRole('button').click();
    await viewer.waitFor({ state: 'hidden' });

    // The screenshot for the README: the answer and its card, on a phone.
    await botMessages(page).last().evaluate((e) => e.scrollIntoView({ block: 'start' }));
    const shots = process.env.UPDATE_SCREENSHOTS === '1' && !env.MicrosoftAppId ? path.resolve(__dirname, '../../docs/screenshots') : path.join(os.tmpdir(), 'guantong-screenshots');
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'webchat.png') });
    expect(readFileSync(path.join(shots, 'webchat.png')).subarray(1, 4).toString()).toBe('PNG');

    // A person with no path open now: no "best" badge; "最快可申报" on the path that opens soonest.
    await page.getByRole('button', { name: '新对话' }).click();
    await page.waitForFunction(() => document.querySelectorAll('#log li.msg').length === 1);
    await send(page, ANSWER_LATER);
    const later = page.locator('section.card').last();
    await later.waitFor();
    expect(await later.locator('li.path[data-status="eligible"]').count()).toBe(0);
    expect(await later.locator('.badge').count()).toBe(1);
    expect(await later.locator('.badge').getAttribute('data-badge')).toBe('soonest');
    expect(await later.locator('.badge').innerText()).toBe('最快可申报');
    const months = await later.locator('li.path[data-status="not_yet"] .state').allInnerTexts();
    expect(months.length).toBeGreaterThan(1);
    expect(await later.locator('li.path', { has: page.locator('.badge') }).locator('.state').innerText()).toBe(months[0]);
    expect(await later.locator('li.path', { has: page.locator('.badge') }).getAttribute('data-path')).toBe('skill_to_title:assistant');
    expect(await later.locator('li.path .detail').first().innerText()).toMatch(/还差：取得证书满\d年/);
    await context.close();
  });

  it('has a favicon', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(srv.url);
    const href = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(href).toBeTruthy();
    const res = await page.request.get(new URL(href!, srv.url).toString());
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/^image\//);
    await context.close();
  });
});

describeBrowser('web chat page when the server cannot be reached', () => {
  jest.setTimeout(60_000);
  it('says so politely and keeps the page usable', async () => {
    const browser = await launch();
    const srv = await startServer({ publicDir: PUBLIC });
    try {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(srv.url);
      await page.route('**/api/chat', (route) => route.abort());
      await page.getByRole('textbox').fill('你好');
      await page.getByRole('textbox').press('Enter');
      await page.getByRole('alert').waitFor();
      expect(await page.getByRole('alert').innerText()).toContain('暂时连不上服务');
      expect(await page.getByRole('button', { name: '发送' }).isEnabled()).toBe(true);
    } finally {
      await browser.close();
      await srv.stop();
    }
  });
});
