// HTTP entry points under random and malformed input, against the started server (real interview, SQLite):
// /api/messages never answers 5xx, a message activity always gets a reply, the server stays up;
// /api/eligibility answers 200 or 4xx naming a field, never 5xx.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { startServer, type StartedServer } from '../helpers/startServer';
import { text } from './arbitraries';

let srv: StartedServer;
// Where replies go when an activity lost its deliveryMode: a connector on loopback that takes every POST. (Against a
// closed port, botbuilder's HTTP client retries for seconds per reply, which would only slow the fuzzing down.)
let connector: http.Server;
let serviceUrl: string;
// The per-person limit stays on (default 20/min): the fuzzing uses many people, and a limited one still gets a reply.
beforeAll(async () => {
  connector = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => { res.writeHead(200, { 'content-type': 'application/json' }); res.end('{"id":"sent"}'); });
  });
  await new Promise<void>((resolve) => connector.listen(0, '127.0.0.1', resolve));
  serviceUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}/`;
  srv = await startServer({ env: { ALLOWED_SERVICE_URLS: serviceUrl } });
});
afterAll(async () => {
  await srv.stop();
  await new Promise((resolve) => connector.close(resolve));
});

type Act = { type?: string; text?: string; value?: { requestedSlot?: unknown } };

async function post(path: string, body: string): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${srv.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const raw = await res.text();
  let json: unknown;
  try { json = JSON.parse(raw); } catch { json = raw; }
  return { status: res.status, json };
}

async function stillUp(): Promise<void> {
  const res = await fetch(`${srv.url}/healthz`);
  expect(res.status).toBe(200);
}

let n = 0;
const base = () => {
  n++;
  return {
    type: 'message', channelId: 'msteams', serviceUrl, deliveryMode: 'expectReplies',
    from: { id: `fuzz-${n}` }, recipient: { id: 'bot' }, conversation: { id: `fuzz-conv-${n}` },
  };
};

describe('/api/messages under random text', () => {
  it('answers every message with at least one reply that carries value.requestedSlot', async () => {
    await fc.assert(fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 5 }), fc.constantFrom(undefined, 'zh-CN', 'en-US', 'fr'), async (texts, locale) => {
      const act = base();
      for (const t of texts) {
        const { status, json } = await post('/api/messages', JSON.stringify({ ...act, text: t, ...(locale ? { locale } : {}) }));
        expect(status).toBe(200);
        const acts = (json as { activities: Act[] }).activities;
        if (!t.trim()) continue; // an empty message is not a message (nothing to answer)
        expect(acts.length).toBeGreaterThan(0);
        for (const a of acts) expect(a.value).toHaveProperty('requestedSlot');
      }
    }), { numRuns: 60 });
    await stillUp();
  });
});

const junk = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(null, true, 0, -1, 1e308, '', [], {}, { id: null }, { id: 5 }, { id: '' }, { id: {} }, '__proto__'),
);

/** Activities with wrong types, missing fields, junk nested anywhere. */
const malformed = fc.oneof(
  // Any field replaced by junk, or removed.
  fc.record({
    field: fc.constantFrom('type', 'channelId', 'serviceUrl', 'deliveryMode', 'from', 'recipient', 'conversation', 'text', 'value',
      'entities', 'attachments', 'locale', 'id', 'replyToId', 'channelData', 'timestamp', 'membersAdded', 'name', 'textFormat', 'conversation.conversationType', 'conversation.isGroup', 'from.name', 'from.role'),
    value: fc.option(junk, { nil: undefined }),
  }).map(({ field, value }) => {
    const a: Record<string, unknown> = { ...base(), text: '你好' };
    const [head, sub] = field.split('.');
    if (sub) a[head] = { ...(a[head] as object), [sub]: value };
    else if (value === undefined) delete a[head];
    else a[head] = value;
    return a;
  }),
  // Other activity types, with junk.
  fc.record({ type: fc.constantFrom('conversationUpdate', 'invoke', 'event', 'typing', 'messageReaction', 'installationUpdate', 'endOfConversation', 'x'), extra: fc.dictionary(fc.string({ maxLength: 12 }), junk, { maxKeys: 4 }) })
    .map(({ type, extra }) => ({ ...extra, ...base(), type, membersAdded: extra.membersAdded ?? [{ id: 'bot' }], value: extra.value, name: extra.name })),
  // Cards and mentions gone wrong.
  fc.record({ value: junk, entities: fc.array(fc.record({ type: fc.constantFrom('mention', 'clientInfo', 5), mentioned: junk, text: junk }), { maxLength: 3 }) })
    .map((x) => ({ ...base(), text: '<at>Bot</at> 你好', ...x })),
  // Anything at all.
  fc.anything({ maxDepth: 4, withNullPrototype: true }),
  fc.dictionary(fc.string({ maxLength: 10 }), junk),
);

describe('/api/messages under malformed activities', () => {
  it('never answers 5xx, and a well-formed personal message in the junk still gets a reply', async () => {
    await fc.assert(fc.asyncProperty(malformed, async (activity) => {
      let body: string;
      try { body = JSON.stringify(activity) ?? 'null'; } catch { body = 'null'; }
      const { status, json } = await post('/api/messages', body);
      expect(status).toBeLessThan(500);
      expect([200, 201, 202, 400, 401, 403, 404, 413]).toContain(status);
      if (status === 403) expect((json as { error: { code: string } }).error.code).toBe('service_url_not_allowed');
      if (status === 400) expect((json as { error: { code: string } }).error.code).toBe('invalid_activity');
      const a = JSON.parse(body) as Record<string, unknown> | null;
      const personal = a && typeof a === 'object' && a.type === 'message' && typeof a.text === 'string' && a.text.trim() !== '' && !a.text.includes('<at>')
        && a.deliveryMode === 'expectReplies' && (a.conversation as { conversationType?: unknown; isGroup?: unknown } | undefined)?.isGroup === undefined
        && (a.conversation as { conversationType?: unknown } | undefined)?.conversationType === undefined;
      if (status === 200 && personal) expect((json as { activities: Act[] }).activities.length).toBeGreaterThan(0);
    }), { numRuns: 250 });
    await stillUp();
  });

  it('refuses huge fields and deep nesting without falling over', async () => {
    const huge = 'x'.repeat(300 * 1024);
    expect((await post('/api/messages', JSON.stringify({ ...base(), text: huge }))).status).toBe(413);
    const big = '焊'.repeat(60_000); // under the body limit: answered
    const r = await post('/api/messages', JSON.stringify({ ...base(), text: big }));
    expect(r.status).toBe(200);
    expect((r.json as { activities: Act[] }).activities.length).toBeGreaterThan(0);
    for (const depth of [5000, 100_000]) {
      const deep = `${'['.repeat(depth)}"end"${']'.repeat(depth)}`;
      const body = JSON.stringify({ ...base(), text: '你好' }).replace(/}$/, `,"value":${deep},"channelData":{"x":${deep.slice(0, 2 * 1000 + 5)}}}`);
      const nested = await post('/api/messages', body);
      expect(nested.status).toBeLessThan(500);
      const eligibility = await post('/api/eligibility', deep);
      expect([400]).toContain(eligibility.status);
    }
    expect((await post('/api/messages', '{"type":"message",')).status).toBe(400);
    expect((await post('/api/messages', '\u0000\u0001')).status).toBe(400);
    await stillUp();
  });
});

describe('/api/eligibility under arbitrary JSON', () => {
  const profileish = fc.record({
    region: fc.oneof(fc.constantFrom('chongqing', 'sichuan', 'suzhou', 'national', 'liaoning', 'jiangxi', '重庆', ''), junk),
    asOf: fc.oneof(fc.constantFrom('2026-11', '2020-01', '1999-13', '2026-1', ''), junk),
    skills: fc.oneof(fc.array(fc.record({ level: fc.oneof(fc.constantFrom('technician', 'senior_technician', 'senior_worker', 'x'), junk), since: fc.oneof(fc.constantFrom('2022-05', '2030-01', '0000-00'), junk) }, { requiredKeys: [] }), { maxLength: 3 }), junk),
    titles: fc.oneof(fc.array(fc.record({ level: fc.oneof(fc.constantFrom('assistant', 'intermediate', 'deputy_senior', 'senior'), junk), since: junk }, { requiredKeys: [] }), { maxLength: 2 }), junk),
    workYears: fc.oneof(fc.double(), fc.integer(), junk),
    annualReviewsPassed: fc.oneof(fc.boolean(), junk),
    awards: fc.oneof(fc.array(junk, { maxLength: 3 }), junk),
  }, { requiredKeys: [] });

  it('answers 200, or 4xx naming the field, never 5xx', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(profileish, fc.array(profileish, { maxLength: 4 }), fc.jsonValue({ maxDepth: 4 })), async (value) => {
      const { status, json } = await post('/api/eligibility', JSON.stringify(value));
      expect([200, 400]).toContain(status);
      if (status === 400) {
        const err = (json as { error: { code: string; issues?: { path: unknown; message: unknown }[] } }).error;
        expect(err.code).toBe('invalid_profile');
        expect(err.issues!.length).toBeGreaterThan(0);
        for (const i of err.issues!) {
          expect(typeof i.path).toBe('string');
          expect((i.path as string).length).toBeGreaterThan(0);
          expect(typeof i.message).toBe('string');
        }
      }
    }), { numRuns: 300 });
    await stillUp();
  });

  it('answers 400 for what is not JSON at all', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 50 }), async (s) => {
      let isJson = true;
      try { JSON.parse(s); } catch { isJson = false; }
      fc.pre(!isJson);
      const { status, json } = await post('/api/eligibility', s);
      expect(status).toBe(400);
      expect((json as { error: { code: string } }).error.code).toBe('invalid_json');
    }), { numRuns: 50 });
  });
});
