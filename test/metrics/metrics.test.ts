import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { Metrics, metricsText, EventLog, cleanQuestion, parseEvents, summarize, renderReport } from '../../src/metrics';

describe('metrics', () => {
  it('exposes the counters and the histogram in the Prometheus text format', async () => {
    const m = new Metrics();
    m.conversationStarted();
    m.message('wechat');
    m.message('teams');
    m.answer({ region: 'chongqing', best: { skill_to_title: 'intermediate', title_to_skill: null } });
    m.question('none');
    m.question('curated');
    m.handoff('asked');
    m.turnLatency(0.3);
    const text = await m.text();
    for (const line of [
      'conversations_total 1', 'messages_total{channel="wechat"} 1', 'messages_total{channel="teams"} 1',
      'answers_total{region="chongqing",best_skill_to_title="intermediate",best_title_to_skill="none"} 1',
      'unanswered_questions_total 1', 'questions_total{matched="curated"} 1', 'handoffs_total{reason="asked"} 1', 'turn_latency_seconds_count 1',
    ]) expect(text).toContain(line);
    expect(m.contentType).toContain('text/plain');
  });

  it('lets no id, name or text into a label', async () => {
    const m = new Metrics();
    m.message('wxid_zhangsan_13812345678');
    m.handoff('张三要人工 13812345678');
    m.answer({ region: 'beijing' as never, best: { skill_to_title: '工程师' as never, title_to_skill: null } });
    m.event({ type: 'turn', channel: 'room@chatroom', latencyMs: 120, attempts: 1, outcome: 'saved' });
    m.event({ type: 'conversation_started', channel: 'web' });
    const text = await m.text();
    for (const secret of ['wxid', 'zhangsan', '张三', '138', 'beijing', '工程师', 'chatroom']) expect(text).not.toContain(secret);
    expect(text).toContain('messages_total{channel="other"} 2');
    expect(text).toContain('handoffs_total{reason="other"} 1');
    expect(text).toContain('conversations_total 1');
    expect(text).toContain('turn_latency_seconds_count 1');
  });

  it('keeps its own registry apart from the default one', async () => {
    const a = new Metrics();
    const b = new Metrics();
    a.conversationStarted();
    expect(await b.text()).toContain('conversations_total 0');
    expect(await metricsText()).toContain('# TYPE conversations_total counter');
  });
});

describe('question log', () => {
  it.each([
    ['我叫张三，电话13812345678，评职称要论文吗', '我叫,电话,评职称要论文吗'],
    ['身份证500101199001011234 能评工程师吗', '身份证 能评工程师吗'],
    ['@小李 拿证3年能评中级吗', '拿证年能评中级吗'],
    ['看看 https://example.com/a?id=42 这个', '看看 这个'],
  ])('stores %s without personal data', (raw, clean) => expect(cleanQuestion(raw)).toBe(clean));

  it('records questions and answers, in memory and as JSON lines', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'guantong-')), 'data', 'events.jsonl');
    let now = new Date('2025-06-01T02:00:00Z');
    const log = new EventLog({ file, now: () => now });
    log.recordQuestion('评职称要论文吗 13812345678', 'curated', { region: 'chongqing', id: 'paper' });
    log.recordQuestion('公积金怎么提取', 'none');
    now = new Date('2025-06-03T02:00:00Z');
    log.recordAnswer({ region: 'chongqing', best: { skill_to_title: 'intermediate', title_to_skill: null } });
    expect(log.recordQuestion('13812345678', 'none')).toBeUndefined();
    const lines = readFileSync(file, 'utf8');
    expect(lines).not.toContain('138');
    expect(parseEvents(lines)).toEqual(log.events());
    expect(log.events()).toHaveLength(3);
  });

  it('summarises a period: top questions, outcomes by region, unanswered questions', () => {
    const events = parseEvents([
      { type: 'question', at: '2025-05-30T00:00:00Z', text: '旧问题', matched: 'none' },
      { type: 'question', at: '2025-06-01T00:00:00Z', text: '评职称要论文吗', matched: 'curated', region: 'chongqing' },
      { type: 'question', at: '2025-06-02T00:00:00Z', text: '评职称要论文吗', matched: 'curated', region: 'sichuan' },
      { type: 'question', at: '2025-06-02T00:00:00Z', text: '公积金怎么提取', matched: 'none' },
      { type: 'answer', at: '2025-06-02T00:00:00Z', region: 'chongqing', best_skill_to_title: 'intermediate', best_title_to_skill: 'none' },
    ].map((e) => JSON.stringify(e)).join('\n') + '\n{"torn');
    const s = summarize(events, { since: '2025-06-01' });
    expect(s.totals).toEqual({ questions: 3, curated: 2, clause: 0, none: 1, answers: 1 });
    expect(s.topQuestions[0]).toEqual({ text: '评职称要论文吗', count: 2, matched: 'curated' });
    expect(s.unanswered).toEqual([{ text: '公积金怎么提取', count: 1 }]);
    expect(s.byRegion.chongqing).toMatchObject({ questions: 1, curated: 1, answers: 1, bestSkillToTitle: { intermediate: 1 } });
    expect(s.byRegion.unknown).toMatchObject({ none: 1 });
    const text = renderReport(s, 'zh-CN');
    expect(text).toContain('2× 评职称要论文吗');
    expect(text).toContain('没答上的问题');
    expect(text).not.toContain('旧问题');
  });

  it('prints the report from the command line', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'guantong-')), 'events.jsonl');
    writeFileSync(file, JSON.stringify({ type: 'question', at: '2025-06-01T00:00:00Z', text: '公积金怎么提取', matched: 'none' }) + '\n');
    const root = resolve(__dirname, '../..');
    const run = (...args: string[]) => spawnSync(process.execPath, [resolve(root, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/reportCli.ts', ...args], { cwd: root, encoding: 'utf8' });
    const r = run('--file', file, '--since', '2025-06-01', '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ from: '2025-06-01', unanswered: [{ text: '公积金怎么提取', count: 1 }] });
    expect(run('--since', 'June').status).toBe(2);
    expect(run('--file', file, '--locale', 'en').stdout).toContain('Unanswered questions');
  });
});
