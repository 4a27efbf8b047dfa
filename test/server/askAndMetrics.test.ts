// POST /api/ask answers policy questions with the clause; GET /metrics counts without personal data; a policy
// question mid-interview is answered and the interview goes on.
import { startServer, type StartedServer } from '../helpers/startServer';
import { metrics } from '../../src/metrics';

let s: StartedServer;
beforeAll(async () => { metrics.reset(); s = await startServer(); });
afterAll(async () => { await s.stop(); });

const post = (path: string, body: unknown) => fetch(`${s.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const say = async (conversation: string, text: string) => {
  const r = await post('/api/messages', {
    type: 'message', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies',
    from: { id: 'worker-王五' }, recipient: { id: 'bot' }, conversation: { id: conversation }, text,
  });
  const body = (await r.json()) as { activities: { text: string; value?: { requestedSlot: string | null } }[] };
  return { texts: body.activities.map((a) => a.text), slot: body.activities.at(-1)?.value?.requestedSlot };
};

describe('POST /api/ask', () => {
  it('answers with the quoted clause and document number', async () => {
    const r = await post('/api/ask', { question: '评职称要论文吗', region: 'sichuan' });
    expect(r.status).toBe(200);
    const body = (await r.json()) as { answer: string; citations: { docNo: string; quote: string }[]; confidence: number };
    expect(body.answer.length).toBeGreaterThan(5);
    expect(body.citations[0].quote).toContain('论文');
    expect(body.confidence).toBeGreaterThan(0);
  });

  it('says honestly when it does not know, with no citation', async () => {
    const body = (await (await post('/api/ask', { question: '今天天气怎么样' })).json()) as { citations: unknown[]; matched: string };
    expect(body).toMatchObject({ matched: 'none', citations: [] });
  });

  it('refuses invalid input naming the field', async () => {
    const r = await post('/api/ask', { question: '', region: 'mars' });
    expect(r.status).toBe(400);
    const text = await r.text();
    expect(text).toContain('question');
    expect(text).toContain('region');
  });
});

describe('questions mid-interview and metrics', () => {
  it('answers a policy question and asks the same question again', async () => {
    const a = await say('c-mid', '重庆');
    const b = await say('c-mid', '技工院校毕业算什么学历？');
    expect(b.texts.join('\n')).toMatch(/大专|本科|中专/);
    expect(b.slot).toBe(a.slot);
    const c = await say('c-mid', '技师');
    expect(c.slot).toBe('skills.since');
  });

  it('exposes counters in Prometheus format, with no ids or message text', async () => {
    await say('c-metrics', '我在重庆，2022年5月拿的技师证，没有职称，考核都合格，没获奖');
    const r = await fetch(`${s.url}/metrics`);
    expect(r.status).toBe(200);
    const text = await r.text();
    expect(text).toMatch(/conversations_total \d+/);
    expect(text).toMatch(/messages_total\{channel="msteams"\} \d+/);
    expect(text).toMatch(/answers_total\{region="chongqing",best_skill_to_title="intermediate",best_title_to_skill="none"\} 1/);
    expect(text).toMatch(/questions_total\{matched="curated"\} \d+/);
    expect(text).toMatch(/turn_latency_seconds_bucket/);
    for (const secret of ['王五', 'worker', 'c-metrics', '技工院校', '重庆，2022']) expect(text).not.toContain(secret);
  });
});
