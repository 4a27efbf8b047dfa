// npm run --silent eligibility -- FILE|-  [--pretty] [--as-of YYYY-MM] [--locale zh-CN|en]
// FILE holds one profile or an array; prints the result (or the array of results) as JSON on stdout.
import { readFileSync } from 'node:fs';
import { evaluate, ProfileError, type EligibilityResult } from '../rules';
import { currentMonth } from '../clock';
import { renderResultText } from '../dialogs/renderResult';
import type { Locale } from '../dialogs/replyModel';

const HELP = `贯通助手 eligibility — which title or skill level a profile can apply for

Usage: npm run --silent eligibility -- FILE [--pretty] [--as-of YYYY-MM] [--locale zh-CN|en]
  FILE      a JSON file with one profile or an array of profiles; "-" reads standard input
  --pretty  print the answer for a person (Chinese by default) instead of JSON
  --as-of   the month to answer for when a profile has no asOf (default: this month, Asia/Shanghai)
  --locale  zh-CN (default) or en, for --pretty and the conditions' words

The profile's fields are those of the eligibility contract, e.g.
  {"region":"chongqing","skills":[{"level":"technician","since":"2022-05"}],"annualReviewsPassed":true}
Exit codes: 0 answered; 1 an invalid profile (the error names the field path); 2 bad usage or unreadable input.`;

function main(argv: string[]): number {
  let file: string | undefined;
  let pretty = false;
  let asOf = currentMonth();
  let locale: Locale = 'zh-CN';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') { process.stdout.write(HELP + '\n'); return 0; }
    else if (a === '--pretty') pretty = true;
    else if (a === '--as-of') {
      asOf = argv[++i] ?? '';
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(asOf)) { process.stderr.write('--as-of: expected YYYY-MM\n'); return 2; }
    } else if (a === '--locale') {
      const l = argv[++i];
      if (l !== 'zh-CN' && l !== 'en') { process.stderr.write('--locale: expected zh-CN or en\n'); return 2; }
      locale = l;
    } else if (!file) file = a;
    else { process.stderr.write(`unexpected argument: ${a}\n${HELP}\n`); return 2; }
  }
  if (!file) { process.stderr.write(HELP + '\n'); return 2; }

  let input: unknown;
  try {
    input = JSON.parse(readFileSync(file === '-' ? 0 : file, 'utf8'));
  } catch (e) {
    process.stderr.write(`cannot read ${file === '-' ? 'standard input' : file} as JSON: ${(e as Error).message}\n`);
    return 2;
  }

  const one = (p: unknown, prefix: string): { result?: EligibilityResult; error?: object } => {
    try {
      return { result: evaluate(p, { asOf, locale }) };
    } catch (e) {
      if (e instanceof ProfileError) {
        return { error: { code: 'invalid_profile', issues: e.issues.map((i) => ({ path: prefix + i.path, message: i.message })) } };
      }
      throw e;
    }
  };
  const list = Array.isArray(input) ? input : [input];
  const outs = list.map((p, i) => one(p, Array.isArray(input) ? `[${i}].` : ''));
  const failed = outs.filter((o) => o.error);
  for (const f of failed) {
    for (const issue of (f.error as { issues: { path: string; message: string }[] }).issues) process.stderr.write(`invalid profile: ${issue.path}: ${issue.message}\n`);
  }
  if (pretty) {
    process.stdout.write(outs.map((o) => o.result ? renderResultText(o.result, locale) : JSON.stringify(o.error)).join('\n\n———\n\n') + '\n');
  } else {
    const json = outs.map((o) => o.result ?? { error: o.error });
    process.stdout.write(JSON.stringify(Array.isArray(input) ? json : json[0]) + '\n');
  }
  return failed.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
