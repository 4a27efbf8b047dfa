// npm run --silent ask -- [--region R] [--locale zh-CN|en] "问题"
// Prints { answer, citations: [{ policy, docNo, clause, quote }], confidence, matched } as JSON.
import { ask } from '../qa';
import { loadOrTrainModel } from '../conversation/modelCache';
import { currentMonth } from '../clock';
import { REGIONS, type Region } from '../rules/vocabulary';
import type { Locale } from '../dialogs/replyModel';

const HELP = `贯通助手 ask — answer a free policy question with the clause it rests on

Usage: npm run --silent ask -- [--region R] [--locale zh-CN|en] [--pretty] "问题"
  --region  whose policy applies: ${REGIONS.join(', ')} (default: unknown, the national baseline)
  --locale  zh-CN (default) or en: the language of the answer
  --pretty  indent the JSON
Prints {"answer", "citations":[{"policy","docNo","clause","quote"}], "confidence", "matched"}; "matched" is
"curated" (answered: by the rule engine, Suzhou's annex or a checked topic answer; "kind" says which) or "none"
(not answered, or not in the policy texts: no citations).
HOTLINE_PHONE, when set, is named in the "I don't know" answer.
Exit codes: 0 answered or honestly not; 1 an unknown region; 2 bad usage.`;

function main(argv: string[]): number {
  let region: Region | undefined;
  let locale: Locale = 'zh-CN';
  let pretty = false;
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') { process.stdout.write(HELP + '\n'); return 0; }
    if (a === '--pretty') { pretty = true; continue; }
    if (a === '--region' || a.startsWith('--region=')) {
      const r = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!r || !(REGIONS as readonly string[]).includes(r)) {
        process.stderr.write(`unknown region: ${r ?? '(missing)'}; region must be one of ${REGIONS.join(', ')}\n`);
        return 1;
      }
      region = r as Region;
      continue;
    }
    if (a === '--locale' || a.startsWith('--locale=')) {
      const l = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (l !== 'zh-CN' && l !== 'en') { process.stderr.write('--locale: expected zh-CN or en\n'); return 2; }
      locale = l;
      continue;
    }
    if (a.startsWith('--')) { process.stderr.write(`unknown option: ${a}\n${HELP}\n`); return 2; }
    words.push(a);
  }
  const question = words.join(' ').trim();
  if (!question) { process.stderr.write(HELP + '\n'); return 2; }
  loadOrTrainModel(); // a process per question: the trained model is kept on disk, keyed by the code
  const phone = process.env.HOTLINE_PHONE?.trim();
  const r = ask(question, { region, locale, asOf: currentMonth(), ...(phone ? { hotline: { phone } } : {}) });
  const out = { answer: r.answer, citations: r.citations, confidence: r.confidence, matched: r.matched, ...(r.id ? { id: r.id } : {}), ...(r.kind ? { kind: r.kind } : {}) };
  process.stdout.write(JSON.stringify(out, null, pretty ? 2 : undefined) + '\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
