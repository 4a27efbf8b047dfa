// npm run chat [-- --jsonl] [--as-of YYYY-MM] [--locale zh-CN|en]: the interview in a terminal.
// --jsonl reads one message per line on stdin and writes exactly one JSON line per message.
import { createInterface } from 'node:readline';
import { currentMonth } from '../clock';
import type { DialogState, Locale, TurnOutput } from '../dialogs';
import { dialogTurn } from '../conversation/dialogWithQa';
import { loadOrTrainModel } from '../conversation/modelCache';
import { handoffReply, hotlineFromEnv } from '../handoff';

const HELP = `贯通助手 terminal chat

Usage: npm run chat [-- --jsonl] [--as-of YYYY-MM] [--locale zh-CN|en]
  --jsonl   one message per input line; one JSON line per message:
            {"replies":[{"text":"…","choices":["…"]}],"requestedSlot":"…"|null,"alsoRequested":["…"]?,"result":{…}}
  --as-of   the month to answer for (default: this month, Asia/Shanghai)
  --locale  zh-CN (default) or en
Type 帮助 / help in the chat for the commands. Ctrl-D ends.`;

interface Options { jsonl: boolean; asOf: string; locale: Locale }

function parseArgs(argv: string[]): Options | number {
  const o: Options = { jsonl: false, asOf: currentMonth(), locale: 'zh-CN' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') { process.stdout.write(HELP + '\n'); return 0; }
    if (a === '--jsonl') o.jsonl = true;
    else if (a === '--as-of') {
      o.asOf = argv[++i] ?? '';
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(o.asOf)) { process.stderr.write('--as-of: expected YYYY-MM\n'); return 2; }
    } else if (a === '--locale') {
      const l = argv[++i];
      if (l !== 'zh-CN' && l !== 'en') { process.stderr.write('--locale: expected zh-CN or en\n'); return 2; }
      o.locale = l;
    } else { process.stderr.write(`unexpected argument: ${a}\n${HELP}\n`); return 2; }
  }
  return o;
}

/** The --jsonl line for one turn. */
export function jsonLine(out: TurnOutput): string {
  return JSON.stringify({
    replies: out.replies.map((r) => ({ text: r.text, ...(r.choices ? { choices: r.choices } : {}) })),
    requestedSlot: out.requestedSlot,
    ...(out.alsoRequested ? { alsoRequested: out.alsoRequested } : {}),
    ...(out.result ? { result: out.result } : {}),
  });
}

function renderForPerson(out: TurnOutput): string {
  return out.replies.map((r) => r.text + (r.choices ? '\n' + r.choices.map((c, i) => `  ${i + 1}. ${c}`).join('\n') : '')).join('\n\n');
}

async function main(): Promise<number> {
  const o = parseArgs(process.argv.slice(2));
  if (typeof o === 'number') return o;
  let state: DialogState | undefined;
  let locale: Locale = o.locale;
  const turn = (text: string) => {
    let out: TurnOutput;
    try {
      out = dialogTurn(state, { text, asOf: o.asOf, locale });
    } catch (e) {
      // Never leave a message unanswered: start afresh and say so.
      process.stderr.write(`dialog error: ${(e as Error).message}\n`);
      out = dialogTurn(undefined, { text, asOf: o.asOf, locale, notice: 'state_reset' });
    }
    state = out.state;
    locale = out.locale;
    for (const e of out.effects) {
      if (e.type === 'erase_my_data') state = undefined;
      // The terminal has no hotline staff to forward to: it gives the number and hours.
      if (e.type === 'handoff') out = { ...out, replies: [...out.replies, { text: handoffReply(out.locale, hotlineFromEnv(), false, e.nothingSaid === true), requestedSlot: null }] };
    }
    return out;
  };
  // A free question would otherwise train the Q&A's model in the middle of a turn (1–3 s): take the one kept on disk.
  loadOrTrainModel();
  const rl = createInterface({ input: process.stdin, terminal: false });
  if (!o.jsonl && process.stdin.isTTY) {
    process.stdout.write(renderForPerson(turn('你好')) + '\n> ');
  }
  for await (const line of rl) {
    const out = turn(line);
    if (o.jsonl) process.stdout.write(jsonLine(out) + '\n');
    else process.stdout.write(renderForPerson(out) + (process.stdin.isTTY ? '\n> ' : '\n'));
  }
  return 0;
}

main().then((code) => { process.exitCode = code; }, (e) => { process.stderr.write(String(e) + '\n'); process.exitCode = 1; });
