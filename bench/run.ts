// npm run bench [-- engine|dialog|http|wechat|memory|startup …]: prints a table and writes bench/results.json.
//   engine   µs per evaluation (validation included)
//   dialog   whole interviews per second in process (dialogTurn, the personas of test/dialogs/conversations.ts)
//   http     /api/messages with expectReplies at 1, 50, 200 conversations: ours on SQLite and Redis beside a bare
//            botbuilder echo bot (echoBot.ts), interleaved in the same run; messages/s, p50 / p99, ratio ours/echo;
//            and the bytes per stored conversation, read back from that run's SQLite file
//   wechat   messages/s through wechaty-puppet-mock, ours (startWechat + ConversationService on SQLite) beside a bare
//            wechaty echo bot (wechatEcho.ts)
//   memory   server RSS / heap per 10,000 idle conversations
//   ask      the Q&A: the intent model's training, and µs per question in process (median, p99)
//   startup  node dist/src/index.js (what npm start runs after its build) → healthy /healthz, median of 5
// The servers run compiled from dist/ (npm run bench builds first, as npm start does); engine and dialog run in this
// process, under tsx.
// Sections not run keep their figures from the previous results.json (marked in it by their own `date`).
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { benchAsk } from './askBench';
import { benchDialog } from './dialogBench';
import { benchEngine } from './engineBench';
import { benchHttp, type HttpFigures } from './httpBench';
import { benchMemory, benchStartup, snapshotSizes } from './memoryBench';
import { benchWechat } from './wechatBench';

const SECTIONS = ['engine', 'dialog', 'ask', 'http', 'wechat', 'memory', 'startup'] as const;
type Row = [string, string, string];

const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

async function main() {
  const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = asked.filter((a) => !(SECTIONS as readonly string[]).includes(a));
  if (unknown.length) {
    console.error(`unknown section ${unknown.join(', ')}: use ${SECTIONS.join(', ')}`);
    process.exit(2);
  }
  const want = (name: string) => !asked.length || asked.includes(name);
  const file = join(__dirname, 'results.json');
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  const results: Record<string, unknown> = { ...previous, date: new Date().toISOString(), node: process.version, cpus: cpus().length, sections: asked.length ? asked : SECTIONS };
  const rows: Row[] = [];
  const stamp = <T extends object>(x: T) => ({ date: new Date().toISOString(), ...x });
  const t0 = Date.now();

  if (want('engine')) {
    const e = benchEngine();
    results.engine = stamp(e);
    rows.push(['engine', `${e.usPerEvaluation} µs / evaluation (${e.evaluations} over ${e.profiles} profiles)`, `< ${e.target} µs ${verdict(e.usPerEvaluation < e.target)}`]);
  }
  if (want('dialog')) {
    const d = benchDialog();
    results.dialog = stamp(d);
    rows.push(['dialog', `${d.interviewsPerSecond} interviews/s in process (${d.turnsPerInterview} turns each, ${d.usPerTurn} µs / turn, ${d.personas} personas)`, '']);
  }
  if (want('ask')) {
    const a = benchAsk();
    results.ask = stamp(a);
    rows.push(['ask', `${a.medianUs} µs / question median, p99 ${a.p99Us} µs (${a.questions} questions); training ${a.trainMs} ms, once`, `≤ ${a.target} µs ${verdict(a.medianUs <= a.target)}`]);
  }
  if (want('http')) {
    const h: HttpFigures = await benchHttp();
    results.http = stamp(h);
    for (const c of h.cells) {
      const ratio = c.ratioToEcho === undefined || c.load === 'paced' ? ''
        : `, ${c.ratioToEcho} × echo${c.ratioToCachedEcho === undefined ? '' : `, ${c.ratioToCachedEcho} × echo-cached`}`;
      const errs = c.errors ? `, ${c.errors} WRONG` : '';
      const cpu = c.cpuUsPerMessage === undefined ? '' : `; CPU ${c.cpuUsPerMessage} µs/msg${c.cpuToEcho === undefined ? '' : ` (${c.cpuToEcho} × echo's)`}${c.redisCpuUsPerMessage === undefined ? '' : ` + redis-server ${c.redisCpuUsPerMessage}`}`;
      const label = c.load === 'paced' ? `http ${c.target} c=${c.concurrency} paced ${c.thinkMs} ms` : `http ${c.target} c=${c.concurrency}`;
      rows.push([label, `${c.perSecond} msg/s, p50 ${c.p50Ms} ms, p99 ${c.p99Ms} ms${ratio}${cpu}${errs}`, '']);
    }
    for (const store of ['sqlite', 'redis'] as const) {
      const tc = h.cells.find((c) => c.target === store && c.concurrency === h.target.concurrency && c.load === 'saturated');
      // The target is read as the median of the rounds' ratios (each round against its own echo run).
      if (tc?.medianRatio !== undefined) {
        rows.push([`target: http ${store} c=${tc.concurrency} vs echo`, `${tc.medianRatio} × echo, median of ${tc.rounds} rounds (${tc.minRatio}–${tc.maxRatio}: ${tc.roundRatios!.join(', ')})`, `≥ 0.8 ${verdict(tc.medianRatio >= 0.8)}`]);
      }
    }
    rows.push(['http load average (1 min)', `${h.loadAverage.before} before, ${h.loadAverage.after} after`, '']);
    const p200 = h.cells.find((c) => c.target === 'sqlite' && c.concurrency === 200 && c.load === 'paced');
    if (p200) rows.push([`target: http sqlite c=200 paced p99`, `${p200.p99Ms} ms`, `< 50 ms ${verdict(p200.p99Ms < 50)}`]);
    const s = h.snapshots;
    rows.push(['snapshot (SQLite rows)', `avg ${s.avgBytes} B, max ${s.maxBytes} B over ${s.rows} rows (dialog avg ${s.avgDialogBytes} / max ${s.maxDialogBytes} B, recent avg ${s.avgRecentBytes} / max ${s.maxRecentBytes} B)`, `≤ 2 KB (max) ${verdict(s.maxBytes <= s.target)}`]);
    if (h.wrong.length) console.warn(`wrong responses:\n${h.wrong.join('\n')}`);
  }
  if (want('wechat')) {
    const w = await benchWechat();
    results.wechat = stamp(w);
    rows.push([`wechat echo (${w.contacts} contacts)`, `${w.echo.perSecond} msg/s, p50 ${w.echo.p50Ms} ms, p99 ${w.echo.p99Ms} ms`, '']);
    rows.push([`wechat ours (${w.contacts} contacts)`, `${w.ours.perSecond} msg/s, p50 ${w.ours.p50Ms} ms, p99 ${w.ours.p99Ms} ms, ${w.ratioToEcho} × echo`, '']);
  }
  if (want('memory')) {
    const m = await benchMemory();
    const s = snapshotSizes(m.sqliteFile);
    rmSync(m.dir, { recursive: true, force: true });
    const { dir: _dir, sqliteFile: _file, ...figures } = m;
    results.memory = stamp({ ...figures, snapshotsAfterOneOrTwoTurns: { ...s, file: undefined } });
    rows.push(['memory / 10k idle conversations', `RSS +${m.rssMBPer10k} MB, heap +${m.heapMBPer10k} MB (RSS ${m.before.rssMB} → ${m.after.rssMB} MB, heap ${m.before.heapUsedMB} → ${m.after.heapUsedMB} MB, ${m.requests} requests)`, '']);
  }
  if (want('startup')) {
    const st = await benchStartup();
    results.startup = stamp(st);
    rows.push(['startup to healthy /healthz', `${st.medianMs} ms median (${st.msToHealthy.join(', ')})`, '']);
  }
  if (want('engine') || previous.engine) {
    const e = (results.engine ?? previous.engine) as { usPerEvaluation: number; target: number } | undefined;
    if (e && !want('engine')) rows.push(['engine (previous run)', `${e.usPerEvaluation} µs / evaluation`, `< ${e.target} µs ${verdict(e.usPerEvaluation < e.target)}`]);
  }

  const w = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length))];
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w[0])}  ${b.padEnd(w[1])}  ${c}`.trimEnd());
  console.log(`(${Math.round((Date.now() - t0) / 1000)} s)`);
  writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
}
main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
