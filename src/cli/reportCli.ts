// npm run report [-- --since YYYY-MM-DD] [--until YYYY-MM-DD] [--file data/events.jsonl] [--json] [--locale zh-CN|en]
// The period's summary from the question log: top questions, outcomes by region, unanswered questions to add, and
// for each the nearest intents and their files (where a phrasing goes: src/qa/intents/*.json).
import { readFileSync, existsSync } from 'node:fs';
import { parseEvents, summarize, renderReport } from '../metrics';
import type { Locale } from '../dialogs/replyModel';
import { intentFile, rankIntents } from '../qa';
import { t } from '../i18n';

const HELP = `贯通助手 report — what people asked and how it went

Usage: npm run report -- [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--file FILE] [--json] [--locale zh-CN|en]
  --since, --until  the period, inclusive (default: everything in the file)
  --file            the question log (default: GUANTONG_EVENTS_FILE, else data/events.jsonl)
  --json            print the summary as JSON instead of text
Exit codes: 0 printed; 2 bad usage or an unreadable file.`;

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function main(argv: string[]): number {
  let since: string | undefined;
  let until: string | undefined;
  let file = process.env.GUANTONG_EVENTS_FILE && process.env.GUANTONG_EVENTS_FILE !== 'default' ? process.env.GUANTONG_EVENTS_FILE : 'data/events.jsonl';
  let json = false;
  let locale: Locale = 'zh-CN';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') { process.stdout.write(HELP + '\n'); return 0; }
    else if (a === '--since' || a === '--until') {
      const d = argv[++i] ?? '';
      if (!DATE.test(d)) { process.stderr.write(`${a}: expected YYYY-MM-DD\n`); return 2; }
      if (a === '--since') since = d; else until = d;
    } else if (a === '--file') file = argv[++i] ?? '';
    else if (a === '--json') json = true;
    else if (a === '--locale') {
      const l = argv[++i];
      if (l !== 'zh-CN' && l !== 'en') { process.stderr.write('--locale: expected zh-CN or en\n'); return 2; }
      locale = l;
    } else { process.stderr.write(`unexpected argument: ${a}\n${HELP}\n`); return 2; }
  }
  let text = '';
  if (existsSync(file)) {
    try { text = readFileSync(file, 'utf8'); } catch (e) { process.stderr.write(`cannot read ${file}: ${(e as Error).message}\n`); return 2; }
  }
  const summary = summarize(parseEvents(text), { since, until });
  // Where to add each unanswered question: the intents nearest to it, and their files (the loop of src/qa/intents).
  const suggestions = summary.unanswered.slice(0, 50).map((q) => ({
    text: q.text,
    nearest: rankIntents(q.text, 2).map((x) => ({ intent: x.label, p: x.p, file: intentFile(x.label) })),
  }));
  if (json) {
    process.stdout.write(JSON.stringify({ ...summary, suggestions }, null, 2) + '\n');
    return 0;
  }
  const lines = [renderReport(summary, locale)];
  if (suggestions.length) {
    lines.push('', t(locale, 'qa:report.whereToAdd'));
    for (const s of suggestions) lines.push(`  ${s.text} → ${s.nearest.map((n) => `${n.intent} (${n.p}, ${n.file})`).join(' / ')}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
