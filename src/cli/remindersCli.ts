// npm run reminders -- due [--as-of YYYY-MM] [--json] | send [--as-of YYYY-MM]: the reminders due by a month, for
// operators (month, channel, rule id, hashed key: no names, no ids), and sending the due ones now. Sends what a
// process of its own can: Teams (Bot Framework, MicrosoftAppId/Password from the environment); WeChat reminders are
// sent by the server holding the WeChat login, web chat ones at the person's next message.
import pino from 'pino';
import { createTeamsEndpoint } from '../bot/teams';
import { currentMonth } from '../clock';
import { loadConfig, ttlSeconds } from '../config';
import { ConversationService } from '../conversation/conversationService';
import type { TurnOutput } from '../dialogs/replyModel';
import { createLogger } from '../log';
import { ReminderService } from '../reminders';
import { createStore } from '../store';
import { hasReminders, type Reminder } from '../store/reminderStore';

const HELP = `贯通助手 reminders — what is due, and sending it

Usage: npm run --silent reminders -- due [--as-of YYYY-MM] [--json]
       npm run --silent reminders -- send [--as-of YYYY-MM]
  due     lists the reminders due by the month (default: this month, Asia/Shanghai): month, channel, rule id,
          hashed conversation key, how it goes out (push, or at the person's next message)
  send    sends the due Teams reminders now (the server also sends them itself every REMINDER_CHECK_MINUTES);
          WeChat ones are sent by the server holding the WeChat login, web chat ones at the next message
The store is STATE_STORE (default sqlite:./data/state.db). Exit codes: 0 done; 1 the store failed; 2 bad usage.`;

const PUSHED_HERE = new Set(['msteams']);
const PUSHED_BY_SERVER = new Set(['msteams', 'wechat']);

interface Io { out(s: string): void; err(s: string): void }
const std: Io = { out: (s) => process.stdout.write(`${s}\n`), err: (s) => process.stderr.write(`${s}\n`) };

export function dueRow(r: Reminder): { month: string; channel: string; ruleId: string; key: string; delivery: 'push' | 'next_message' } {
  return { month: r.due, channel: r.channel, ruleId: r.ruleId, key: r.key.slice(0, 12), delivery: PUSHED_BY_SERVER.has(r.channel) && r.address ? 'push' : 'next_message' };
}

export async function runRemindersCli(argv: string[], env: NodeJS.ProcessEnv = process.env, io: Io = std): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h') { io.out(HELP); return 0; }
  if (command !== 'due' && command !== 'send') { io.err(HELP); return 2; }
  let month = currentMonth();
  let json = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--json' && command === 'due') json = true;
    else if (a === '--as-of') {
      month = rest[++i] ?? '';
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) { io.err('--as-of: expected YYYY-MM'); return 2; }
    } else { io.err(`unknown option: ${a}\n${HELP}`); return 2; }
  }
  let config;
  try {
    config = loadConfig({ ...env, LOG_LEVEL: env.LOG_LEVEL || 'warn' });
  } catch (e) {
    io.err((e as Error).message);
    return 2;
  }
  const logger = createLogger(config.LOG_LEVEL, pino.destination(2)); // stdout is for the listing
  const store = createStore(config.STATE_STORE, { ttlSeconds: ttlSeconds(config), sweepIntervalMs: 0 });
  try {
    if (!hasReminders(store)) { io.err('this state store keeps no reminders'); return 1; }
    // The conversations are not read here: sending needs only the reminders.
    const conversations = new ConversationService({ store, dialog: () => { throw new Error('no dialog in this tool'); }, dialogVersion: 0 });
    const service = new ReminderService({ store, conversations, logger, leaseMs: config.REMINDER_LEASE_SECONDS * 1000 });
    if (command === 'due') {
      const rows = (await service.due(month)).map(dueRow);
      if (json) io.out(JSON.stringify(rows));
      else if (rows.length === 0) io.out(`no reminders due by ${month}`);
      else {
        io.out(['month', 'channel', 'rule', 'key', 'delivery'].join('\t'));
        for (const r of rows) io.out([r.month, r.channel, r.ruleId, r.key, r.delivery].join('\t'));
        io.out(`${rows.length} due by ${month}`);
      }
      return 0;
    }
    const teams = createTeamsEndpoint(config, { handle: (): Promise<TurnOutput> => Promise.reject(new Error('no turns in this tool')) }, logger);
    service.register({ channel: 'msteams', send: (a, text) => teams.notify({ serviceUrl: a.serviceUrl, conversationId: a.conversationId, channelId: a.channelId }, text) });
    const report = await service.sendDue(month);
    const left = (await service.due(month)).filter((r) => !PUSHED_HERE.has(r.channel) || !r.address);
    io.out(`sent ${report.sent}, sent and kept for a later month ${report.moved}, failed ${report.failed} (kept), `
      + `left ${left.length} (${[...new Set(left.map((r) => r.channel))].join(', ') || '-'}: sent by the server or at the next message)`);
    return report.failed > 0 ? 1 : 0;
  } catch (e) {
    io.err(`reminders: ${(e as Error).message}`);
    return 1;
  } finally {
    await store.close();
  }
}

if (require.main === module) void runRemindersCli(process.argv.slice(2)).then((code) => { process.exitCode = code; });
