// POST/GET /api/chat against the started server: the cookie it issues (signed, HttpOnly, SameSite, Secure behind
// https), the conversation it names (never the page's choice), the transcript for a reload, the Origin check, bad
// JSON and bad fields, the rate limit and a restart; the same with and without MicrosoftAppId.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { startServer, type StartedServer } from '../helpers/startServer';
import { TOY_VERSION, toyDialog, REGION_CHOICES } from '../helpers/toyDialog';
import { privacyLine } from '../../src/privacy';

type ChatReply = { replies: { text: string; choices?: string[] }[]; requestedSlot: string | null; result?: { region: string } };
type Restored = { messages: { from: string; text: string; choices?: string[]; requestedSlot?: string | null; result?: { region: string } }[]; pending: { text: string; choices: string[]; requestedSlot: string } | null };

const cookieOf = (res: Response): string | undefined => res.headers.get('set-cookie')?.split(';')[0];

function client(base: string) {
  let cookie: string | undefined;
  const headers = (extra: Record<string, string> = {}) => ({ 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...extra });
  return {
    get cookie() { return cookie; },
    set cookie(c: string | undefined) { cookie = c; },
    async post(body: unknown, extra: Record<string, string> = {}) {
      const res = await fetch(`${base}/api/chat`, { method: 'POST', headers: headers(extra), body: typeof body === 'string' ? body : JSON.stringify(body) });
      cookie = cookieOf(res) ?? cookie;
      return { res, body: (await res.json()) as ChatReply & { error?: { code: string; message: string; detail?: string; issues?: { path: string }[] } } };
    },
    async get(extra: Record<string, string> = {}) {
      const res = await fetch(`${base}/api/chat`, { headers: headers(extra) });
      cookie = cookieOf(res) ?? cookie;
      return { res, body: (await res.json()) as Restored & { error?: { code: string } } };
    },
  };
}

const APP_ID_ENV = { MicrosoftAppId: '00000000-0000-0000-0000-0000000000cc', MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppType: 'MultiTenant' };

describe.each([
  ['without MicrosoftAppId', {}],
  ['with MicrosoftAppId', APP_ID_ENV],
])('/api/chat %s', (_name, env: Record<string, string>) => {
  let srv: StartedServer;
  beforeAll(async () => { srv = await startServer({ dialog: toyDialog, dialogVersion: TOY_VERSION, env: { ...env, CHAT_COOKIE_SECRET: 'test-secret-0123456789abcdef' } }); });
  afterAll(() => srv.stop());

  it('issues a signed HttpOnly SameSite cookie on the first message and answers in the --jsonl shape', async () => {
    const c = client(srv.url);
    const first = await c.post({ text: '你好' });
    expect(first.res.status).toBe(200);
    const set = first.res.headers.get('set-cookie') ?? '';
    expect(set).toMatch(/^gt_chat=[A-Za-z0-9_-]{24}\.[A-Za-z0-9_-]{24}; /);
    expect(set).toMatch(/; HttpOnly/);
    expect(set).toMatch(/; SameSite=(Lax|Strict)/);
    expect(set).not.toMatch(/Secure/);
    // A new conversation's first reply carries the privacy notice (src/privacy), as in every channel.
    expect(first.body).toEqual({ replies: [{ text: `您在哪个地区申报？\n${privacyLine('zh-CN', { ttlDays: 30 })}`, choices: REGION_CHOICES }], requestedSlot: 'region' });

    const second = await c.post({ text: '重庆', value: { choice: '重庆' }, locale: 'zh-CN' });
    expect(second.res.headers.get('set-cookie')).toBeNull(); // same conversation, no new cookie
    expect(second.body.requestedSlot).toBe('workYears');
    const third = await c.post({ text: '12' });
    expect(third.body.requestedSlot).toBeNull();
    expect(third.body.result?.region).toBe('chongqing');
    expect(Object.keys(third.body).sort()).toEqual(['replies', 'requestedSlot', 'result']);
  });

  it('sets Secure behind https (X-Forwarded-Proto)', async () => {
    const c = client(srv.url);
    const r = await c.post({ text: '你好' }, { 'x-forwarded-proto': 'https' });
    expect(r.res.headers.get('set-cookie')).toMatch(/; Secure/);
  });

  it('a new cookie is a new conversation; a forged or altered one is ignored', async () => {
    const a = client(srv.url);
    await a.post({ text: '你好' });
    await a.post({ text: '四川' });
    const [id, sig] = a.cookie!.slice('gt_chat='.length).split('.');
    for (const forged of [`gt_chat=${id}.${'A'.repeat(24)}`, `gt_chat=${'B'.repeat(24)}.${sig}`, `gt_chat=${id}`, 'gt_chat=mine']) {
      const b = client(srv.url);
      b.cookie = forged;
      const r = await b.post({ text: '8' });
      expect(r.body.requestedSlot).toBe('region'); // not a's conversation (which would now answer)
      expect(r.res.headers.get('set-cookie')).toMatch(/^gt_chat=/);
      expect(b.cookie).not.toBe(forged);
    }
    expect((await a.post({ text: '8' })).body.result?.region).toBe('sichuan');
  });

  it('refuses a conversation the page names, naming the field', async () => {
    const r = await client(srv.url).post({ text: '你好', conversationId: 'someone-else', userId: 'x' });
    expect(r.res.status).toBe(400);
    expect(r.body.error?.code).toBe('invalid_chat');
    expect(r.body.error?.issues?.map((i) => i.path).join(' ')).toMatch(/conversationId|\(body\)/);
    expect(JSON.stringify(r.body.error)).toContain('conversationId');
  });

  it('refuses a body that is not sent as JSON with 415 (a cross-site form)', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await fetch(`${srv.url}/api/chat`, { method: 'POST', headers: { 'content-type': type }, body: '{"text":"你好"}' });
      expect(res.status).toBe(415);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unsupported_media_type');
      expect(res.headers.get('set-cookie')).toBeNull();
    }
  });

  it.each([
    ['not JSON', '{"text": "你好"', /JSON/],
    ['a trailing comma', '{"text":"a",}', /JSON/],
  ])('answers %s with 400 naming the problem', async (_n, raw, detail) => {
    const r = await client(srv.url).post(raw);
    expect(r.res.status).toBe(400);
    expect(r.body.error?.code).toBe('invalid_json');
    expect(r.body.error?.detail).toMatch(detail);
  });

  it.each([
    ['a number as text', { text: 42 }, 'text'],
    ['empty text', { text: '' }, 'text'],
    ['nothing', {}, 'text'],
    ['an unknown locale', { text: 'x', locale: 'fr' }, 'locale'],
    ['a choice that is not text', { value: { choice: 3 } }, 'value'],
    ['an unknown command', { command: 'explode' }, 'command'],
    ['2001 characters', { text: 'x'.repeat(2001) }, 'text'],
  ])('answers %s with 400 naming the field', async (_n, body, field) => {
    const r = await client(srv.url).post(body);
    expect(r.res.status).toBe(400);
    expect(r.body.error?.code).toBe('invalid_chat');
    expect(r.body.error?.issues?.map((i) => i.path)).toContain(field);
  });

  it('GET returns the conversation so far, in order, with the pending question and its choices', async () => {
    const c = client(srv.url);
    const empty = await c.get();
    expect(empty.body).toEqual({ messages: [], pending: null });
    await c.post({ text: '你好' });
    await c.post({ text: '北京' }); // not understood: asked again, with the choices
    const r = await c.get();
    expect(r.res.status).toBe(200);
    expect(r.body.messages.map((m) => [m.from, m.text])).toEqual([
      ['user', '你好'], ['bot', `您在哪个地区申报？\n${privacyLine('zh-CN', { ttlDays: 30 })}`], ['user', '北京'], ['bot', '您在哪个地区申报？'],
    ]); // the transcript holds what was said, the privacy notice included
    expect(r.body.pending).toEqual({ text: '您在哪个地区申报？', requestedSlot: 'region', choices: REGION_CHOICES });
    await c.post({ text: '重庆' });
    await c.post({ text: '10' });
    const done = await c.get();
    expect(done.body.pending).toBeNull();
    expect(done.body.messages.at(-1)?.result?.region).toBe('chongqing');
    expect(done.body.messages).toHaveLength(8);
  });

  it('refuses requests from another site\'s page (Origin, Sec-Fetch-Site) and accepts its own', async () => {
    const own = new URL(srv.url).origin;
    for (const headers of <Record<string, string>[]>[{ origin: 'https://evil.example' }, { origin: 'null' }, { origin: own.replace('127.0.0.1', 'localhost') }, { 'sec-fetch-site': 'cross-site' }]) {
      const c = client(srv.url);
      const p = await c.post({ text: '你好' }, headers);
      expect(p.res.status).toBe(403);
      expect(p.body.error?.code).toBe('forbidden_origin');
      expect(p.res.headers.get('set-cookie')).toBeNull();
      expect((await c.get(headers)).res.status).toBe(403);
    }
    const ok = await client(srv.url).post({ text: '你好' }, { origin: own, 'sec-fetch-site': 'same-origin' });
    expect(ok.res.status).toBe(200);
  });

  it('restart forgets the conversation on the server and issues a new cookie', async () => {
    const c = client(srv.url);
    await c.post({ text: '你好' });
    await c.post({ text: '重庆' });
    const old = c.cookie;
    const r = await c.post({ command: 'restart' });
    expect(r.res.status).toBe(200);
    expect(c.cookie).not.toBe(old);
    expect((await c.get()).body.messages).toEqual([]);
    expect((await c.post({ text: '10' })).body.requestedSlot).toBe('region');
    const before = client(srv.url);
    before.cookie = old;
    expect((await before.get()).body.messages).toEqual([]);
  });
});

describe('/api/chat under arbitrary JSON', () => {
  let srv: StartedServer;
  beforeAll(async () => { srv = await startServer({ env: { RATE_LIMIT_PER_MINUTE: '0' } }); });
  afterAll(() => srv.stop());

  it('answers 200 or 400 naming a field, never 5xx, with the real dialog', async () => {
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record({ text: fc.oneof(fc.string(), fc.jsonValue()), locale: fc.oneof(fc.constantFrom('zh-CN', 'en', 'fr'), fc.jsonValue()), value: fc.jsonValue(), command: fc.jsonValue() }, { requiredKeys: [] }),
      fc.record({ text: fc.string({ unit: 'grapheme', maxLength: 200 }), value: fc.record({ choice: fc.string({ minLength: 1, maxLength: 40 }) }) }, { requiredKeys: ['text'] }),
    );
    const c = client(srv.url);
    await fc.assert(fc.asyncProperty(body, async (b) => {
      const r = await c.post(JSON.stringify(b) ?? 'null');
      expect([200, 400]).toContain(r.res.status);
      if (r.res.status === 400) expect(r.body.error?.issues?.length ?? (r.body.error?.code === 'invalid_json' ? 1 : 0)).toBeGreaterThan(0);
      else expect(Array.isArray(r.body.replies)).toBe(true);
    }), { numRuns: 120 });
    expect((await fetch(`${srv.url}/healthz`)).status).toBe(200);
  });
});

describe('/api/chat rate limit', () => {
  let srv: StartedServer;
  beforeAll(async () => { srv = await startServer({ dialog: toyDialog, dialogVersion: TOY_VERSION, env: { RATE_LIMIT_PER_MINUTE: '3' } }); });
  afterAll(() => srv.stop());

  it('lets a person send RATE_LIMIT_PER_MINUTE messages, then answers 429 with a polite reply; others go on', async () => {
    const c = client(srv.url);
    for (let i = 0; i < 3; i++) expect((await c.post({ text: '你好' })).res.status).toBe(200);
    const r = await c.post({ text: '你好' });
    expect(r.res.status).toBe(429);
    expect(r.res.headers.get('retry-after')).toBe('60');
    expect(r.body.error?.code).toBe('rate_limited');
    expect(r.body.replies[0].text.length).toBeGreaterThan(5);
    expect((await client(srv.url).post({ text: '你好' })).res.status).toBe(200);
  });
});

describe('/api/chat without CHAT_COOKIE_SECRET', () => {
  it('keeps the conversation across a restart (the cookie secret derives from STATE_KEY_SECRET)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'guantong-chat-restart-'));
    const env = { STATE_STORE: `sqlite:${join(dir, 'state.db')}`, STATE_KEY_SECRET: 'restart-test-key-secret' };
    try {
      const first = await startServer({ dialog: toyDialog, dialogVersion: TOY_VERSION, env });
      const c = client(first.url);
      await c.post({ text: '你好' });
      await first.stop();
      const second = await startServer({ dialog: toyDialog, dialogVersion: TOY_VERSION, env });
      try {
        const again = client(second.url);
        again.cookie = c.cookie;
        const r = await again.get();
        expect(r.res.status).toBe(200);
        expect(r.body.messages.map((m) => m.from)).toEqual(['user', 'bot']);
        expect(r.body.pending?.requestedSlot).toBe('region');
      } finally { await second.stop(); }
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });
});
