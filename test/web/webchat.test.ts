// The web chat page in Chromium: against a stub of /api/messages (what the page sends, how it renders replies,
// keyboard and screen-reader hooks), then a whole interview against the real server and dialog.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { evaluate } from '../../src/rules';
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

type Activity = Record<string, unknown> & { text?: string; value?: { choice?: string }; locale?: string; from: { id: string }; conversation: { id: string } };

const card = (choices: string[]) => ({
  contentType: 'application/vnd.microsoft.card.adaptive',
  content: { type: 'AdaptiveCard', version: '1.4', body: [], actions: choices.map((c) => ({ type: 'Action.Submit', title: c, data: { msteams: { type: 'imBack', value: c }, choice: c } })) },
});
const RESULT = evaluate({ region: 'chongqing', asOf: '2024-11', skills: [{ level: 'technician', since: '2022-05' }], annualReviewsPassed: true });

/** A stand-in for the server: serves the page and answers /api/messages from a small script. */
function stubServer(received: Activity[]): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (req.method === 'GET') {
      const file = url.pathname === '/' ? 'index.html' : url.pathname.replace(/^\/static\//, '');
      const full = path.join(PUBLIC, file);
      if (!/^[\w.-]+$/.test(file) || !existsSync(full)) { res.writeHead(404).end(); return; }
      const type = file.endsWith('.html') ? 'text/html' : file.endsWith('.css') ? 'text/css' : 'text/javascript';
      res.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(readFileSync(full));
      return;
    }
    // The person's ladder picture is not part of this stub's script.
    if (url.pathname !== '/api/messages') { res.writeHead(404).end(); return; }
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      const a = JSON.parse(body) as Activity;
      received.push(a);
      if (a.text === 'boom') { res.writeHead(500).end('{}'); return; }
      let activities: unknown[];
      if (a.value?.choice === '重庆') {
        activities = [{ type: 'message', text: '**结果**：您现在可以申报助理工程师。', value: { requestedSlot: null, result: RESULT } }];
      } else if (a.text === '原文' || a.text === 'clauses') {
        activities = [{ type: 'message', text: '📖 条款原文\n渝人社发〔2020〕32号 三（一）2', value: { requestedSlot: null } }];
      } else {
        activities = [
          { type: 'message', text: '您好，我是贯通助手。', value: { requestedSlot: null } },
          { type: 'message', text: '您在哪个省市工作？', value: { requestedSlot: 'region' }, attachments: [card(['重庆', '四川'])] },
        ];
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ activities }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  })));
}

const botMessages = (page: Page) => page.locator('#log li.msg.bot');

describeBrowser('web chat page against a stub of /api/messages', () => {
  jest.setTimeout(90_000);
  let browser: Browser;
  let stub: Awaited<ReturnType<typeof stubServer>>;
  const received: Activity[] = [];
  beforeAll(async () => {
    [browser, stub] = await Promise.all([launch(), stubServer(received)]);
  });
  afterAll(async () => { await browser?.close(); await stub?.close(); });

  it('runs a conversation: activities sent, choices, the answer card with its checklist, 原文, language switch', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(stub.url);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.title()).toContain('贯通助手');
    const log = page.locator('#log');
    expect(await log.getAttribute('role')).toBe('log');
    expect(await log.getAttribute('aria-live')).toBe('polite');
    // Welcome with example questions as buttons.
    await expect(page.getByRole('button', { name: '我是焊工技师，拿证三年了，能评工程师吗？' }).isVisible()).resolves.toBe(true);

    const input = page.getByLabel('您的问题或回答');
    await input.fill('你好');
    await input.press('Enter');
    await page.getByRole('button', { name: '重庆' }).waitFor();
    const first = received[0];
    const ids = await page.evaluate(() => [localStorage.getItem('guantong.userId'), localStorage.getItem('guantong.conversationId')]);
    expect(first).toMatchObject({
      type: 'message', text: '你好', channelId: 'webchat', serviceUrl: 'http://localhost', deliveryMode: 'expectReplies', locale: 'zh-CN',
      from: { id: ids[0] }, conversation: { id: ids[1] },
    });
    expect(await botMessages(page).last().getAttribute('data-slot')).toBe('region');
    expect(await page.locator('#log li.msg.user').last().innerText()).toContain('你好');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('input');

    await page.getByRole('button', { name: '重庆' }).click();
    const answer = page.getByRole('region', { name: '您的结果' });
    await answer.waitFor();
    expect(received[1]).toMatchObject({ text: '重庆', value: { choice: '重庆' } });
    expect(await page.getByRole('button', { name: '四川' }).isDisabled()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('input');
    expect(await botMessages(page).last().locator('strong').first().innerText()).toBe('结果');

    const paths = answer.locator('li.path');
    expect(await paths.evaluateAll((ls) => ls.map((l) => `${l.getAttribute('data-path')}=${l.getAttribute('data-status')}`)))
      .toEqual(['skill_to_title:assistant=eligible', 'skill_to_title:intermediate=not_yet']);
    expect(await paths.nth(1).innerText()).toContain('2025年5月起可申报');
    const lead = RESULT.paths.find((p) => p.status === 'eligible')!;
    const boxes = answer.getByRole('checkbox');
    expect(await boxes.count()).toBe(lead.documents.length);
    await answer.getByLabel('近3年年度考核结果').check();
    expect(await answer.getByLabel('近3年年度考核结果').isChecked()).toBe(true);
    expect(await answer.getByRole('link', { name: '查看贯通路线图' }).getAttribute('href')).toBe('/api/ladder.svg?region=chongqing&locale=zh-CN');

    await answer.getByRole('button', { name: '看条款原文' }).click();
    await page.getByText('📖 条款原文').waitFor();
    expect(received[2].text).toBe('原文');

    // Keyboard: the send button is reachable by Tab and shows a visible focus ring.
    await input.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('send');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');

    await page.getByRole('button', { name: 'Switch to English' }).click();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const inputEn = page.getByLabel('Your question or answer');
    expect(await inputEn.getAttribute('placeholder')).toContain('welding technician');
    expect(await page.getByRole('button', { name: '切换到中文' }).isVisible()).toBe(true);
    expect(await page.locator('#status').innerText()).toBe('Switched to English');
    await inputEn.fill('clauses');
    await inputEn.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('#log li.msg.bot').length >= 5);
    expect(received[3]).toMatchObject({ text: 'clauses', locale: 'en', from: { id: ids[0] } });

    // The ids and the language survive a reload.
    await page.reload();
    await page.getByLabel('Your question or answer').fill('hi');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '重庆' }).waitFor();
    expect(received[4]).toMatchObject({ locale: 'en', from: { id: ids[0] }, conversation: { id: ids[1] } });

    // A failed request says so, as an alert.
    await page.getByLabel('Your question or answer').fill('boom');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('cannot be reached');
    await page.close();
  });

  it('keeps the page small', () => {
    const bytes = ['index.html', 'app.js', 'style.css'].reduce((n, f) => n + readFileSync(path.join(PUBLIC, f)).length, 0);
    expect(bytes).toBeLessThan(40_000);
  });
});

/** pub-d-1 of shared/checks/dialog-examples.json: the answer for each slot the bot asks. */
const INTERVIEW = {
  open: '请问技能证书能评职称吗',
  answers: { region: '重庆江北', skills: '高级工', 'skills.since': '2023年2月', titles: '没有职称', workYears: '八年', annualReviewsPassed: '都合格', awards: '没有获奖' } as Record<string, string>,
};

describeBrowser('web chat page: a whole interview against the real server and dialog', () => {
  jest.setTimeout(120_000);
  let browser: Browser;
  let srv: StartedServer;
  beforeAll(async () => {
    [browser, srv] = await Promise.all([launch(), startServer({ publicDir: PUBLIC })]);
  });
  afterAll(async () => { await browser?.close(); await srv?.stop(); });

  it('asks, is answered, shows the result card, quotes the clauses; saves docs/screenshots/webchat.png', async () => {
    const page = await browser.newPage({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 1 });
    await page.goto(srv.url);
    const input = page.getByLabel('您的问题或回答');
    const sendAndWait = async (text: string) => {
      const before = await botMessages(page).count();
      await input.fill(text);
      await input.press('Enter');
      await page.waitForFunction((n) => document.querySelectorAll('#log li.msg.bot').length > n && !document.querySelector('#busy:not([hidden])'), before);
    };
    await sendAndWait(INTERVIEW.open);
    const asked: string[] = [];
    for (let turn = 0; turn < 14; turn++) {
      if (await page.locator('section.card').count()) break;
      const slot = (await botMessages(page).last().getAttribute('data-slot')) ?? '';
      const reply = INTERVIEW.answers[slot];
      if (!reply) throw new Error(`the bot asked for "${slot}", which the script has no answer for (asked so far: ${asked.join(', ')})`);
      asked.push(slot);
      await sendAndWait(reply);
    }
    const answer = page.locator('section.card').last();
    await answer.waitFor();
    expect(asked).toEqual(expect.arrayContaining(['region', 'skills']));
    expect(await answer.getAttribute('data-region')).toBe('chongqing');
    expect(await answer.locator('li.path').first().getAttribute('data-path')).toBe('skill_to_title:assistant');
    expect(await answer.locator('li.path').first().getAttribute('data-status')).toBe('eligible');
    expect(await answer.getByRole('checkbox').count()).toBeGreaterThan(1);

    // The screenshot for the README: the answer and its card, on a phone.
    await botMessages(page).last().evaluate((e) => e.scrollIntoView({ block: 'start' }));
    // UPDATE_SCREENSHOTS=1 refreshes the README's picture; otherwise the screenshot goes to a temporary folder.
    const shots = process.env.UPDATE_SCREENSHOTS === '1' ? path.resolve(__dirname, '../../docs/screenshots') : path.join(os.tmpdir(), 'guantong-screenshots');
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'webchat.png') });
    expect(readFileSync(path.join(shots, 'webchat.png')).subarray(1, 4).toString()).toBe('PNG');

    await answer.getByRole('button', { name: '看条款原文' }).click();
    await page.waitForFunction(() => /条款原文/.test(document.querySelector('#log li.msg.bot:last-child')?.textContent ?? ''));
    expect(await botMessages(page).last().innerText()).toContain('渝人社发〔2020〕32号');

    await page.close();
  });
});
