// Reminders: set from the last answer's not-yet paths ("到时提醒我"), listed, cancelled, and sent in their month in
// the channel where they were asked, each exactly once across instances (a lease in the store: claim, send, then
// remove). Before sending, the stored facts are evaluated again under the rules in force; if the answer changed,
// the reminder says so (and, when the path now opens later, it is kept for that month).
// Channels push through a ReminderSender (Teams: a proactive message; WeChat: to the contact; the Official Account:
// a customer-service message; WeCom: an application message). A channel without one (the web chat; the Official
// Account or WeCom without their API configured) gets its reminders at the person's next message in that
// conversation, and so does a reminder its channel refused. The clock is injected (tests drive time through it).
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { BoundedMap } from '../boundedMap';
import { currentMonth } from '../clock';
import type { ConversationKey, Message, StoredConversation } from '../conversation/types';
import { profileOf } from '../dialogs';
import type { DialogState, Locale, Reply } from '../dialogs/replyModel';
import { silentLogger, type Logger } from '../log';
import { evaluate } from '../rules';
import type { ProfileInput } from '../rules/profile';
import type { EligibilityResult, Path } from '../rules/result';
import { conversationKey } from '../store/keys';
import { reminderId, type Reminder, type ReminderAddress, type ReminderStore } from '../store/reminderStore';
import type { ReminderCommand } from './commands';
import { cancelText, dueMessage, listText, setText } from './compose';
import { t } from '../i18n';

/**
 * Sends a reminder's text in one channel, to the address stored when it was set. Resolves once the channel accepted
 * it; throws when it did not (the reminder is then tried again at the next run, or given at the person's next
 * message). Registered with `service.register({ channel: 'wechat-official', send })`.
 */
export interface ReminderSender {
  /** The channel it sends in (Message.channel). */
  channel: string;
  send(address: ReminderAddress, text: string, locale: Locale): Promise<void>;
}

export interface ReminderServiceOptions {
  store: ReminderStore;
  /** Reads a stored conversation (ConversationService.stored). */
  conversations: { stored(k: ConversationKey): Promise<StoredConversation | undefined> };
  /** The clock; default the system's. Months are Shanghai's (clock.ts). */
  now?: () => Date;
  /** How long one instance holds a reminder while sending it; default 2 minutes. */
  leaseMs?: number;
  /** This instance's name in leases; default host, pid and a random part. */
  owner?: string;
  logger?: Logger;
  /** The key hash secret; default STATE_KEY_SECRET. */
  keySecret?: string;
  /** A conversation is looked at for due reminders at most once in this time per instance; default 30 minutes. */
  visitGapMs?: number;
}

export interface SendReport {
  /** Sent and removed. */
  sent: number;
  /** Sent, saying the path now opens later, and kept for that month. */
  moved: number;
  /** The channel refused or failed: kept, tried again at the next run. */
  failed: number;
  /** Due but left for the person's next message (no sender for the channel, or no address). */
  waiting: number;
}

export interface CommandReply { replies: Reply[]; state: DialogState | undefined; locale: Locale }

/** The not-yet paths of an answer, one per target (the earliest), by month. */
export function notYetPaths(result: EligibilityResult | undefined): Path[] {
  const best = new Map<string, Path>();
  for (const p of result?.paths ?? []) {
    if (p.status !== 'not_yet' || !p.eligibleFrom) continue;
    const k = `${p.direction}:${p.target}`;
    const seen = best.get(k);
    if (!seen || p.eligibleFrom < seen.eligibleFrom!) best.set(k, p);
  }
  return [...best.values()].sort((a, b) => (a.eligibleFrom! < b.eligibleFrom! ? -1 : a.eligibleFrom! > b.eligibleFrom! ? 1 : 0));
}

const BATCH = 200;

export class ReminderService {
  private readonly store: ReminderStore;
  private readonly conversations: ReminderServiceOptions['conversations'];
  private readonly now: () => Date;
  private readonly leaseMs: number;
  readonly owner: string;
  private readonly logger: Logger;
  private readonly keySecret?: string;
  private readonly visitGapMs: number;
  private readonly senders = new Map<string, ReminderSender>();
  private readonly looked = new BoundedMap<string, number>(10_000);

  constructor(opts: ReminderServiceOptions) {
    this.store = opts.store;
    this.conversations = opts.conversations;
    this.now = opts.now ?? (() => new Date());
    this.leaseMs = opts.leaseMs ?? 120_000;
    this.owner = opts.owner ?? `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
    this.logger = opts.logger ?? silentLogger;
    this.keySecret = opts.keySecret;
    this.visitGapMs = opts.visitGapMs ?? 30 * 60_000;
  }

  /** A channel's sender (replaces an earlier one for the same channel). */
  register(sender: ReminderSender): void {
    this.senders.set(sender.channel, sender);
  }

  month(): string {
    return currentMonth(this.now());
  }

  private key(k: ConversationKey): string {
    return conversationKey(k, this.keySecret);
  }

  /** 到时提醒我 / 我的提醒 / 取消提醒, for the conversation `msg` belongs to. */
  async command(command: ReminderCommand, msg: Message, locale: Locale): Promise<CommandReply> {
    const key = this.key(msg);
    const reply = (text: string, state?: DialogState): CommandReply => ({ replies: [{ text, requestedSlot: null }], state, locale });
    if (command === 'list') return reply(listText(await this.store.remindersOf(key), locale));
    if (command === 'cancel') return reply(cancelText(await this.store.cancelReminders(key), locale));

    const stored = await this.conversations.stored(msg);
    const month = this.month();
    const profile = profileOf(stored?.dialog, month);
    let result: EligibilityResult | undefined;
    try {
      result = profile ? evaluate(profile, { asOf: month, locale }) : undefined;
    } catch {
      result = undefined;
    }
    if (!profile || !result) return reply(t(locale, 'reminders:set.noAnswer'), stored?.dialog);
    const paths = notYetPaths(result);
    if (paths.length === 0) return reply(t(locale, 'reminders:set.none'), stored?.dialog);
    const { asOf: _asOf, ...facts } = profile as ProfileInput & { asOf?: string };
    const reminders: Reminder[] = paths.map((p) => ({
      id: reminderId(key, p.ruleId, this.keySecret), key, channel: msg.channel, due: p.eligibleFrom!,
      ruleId: p.ruleId, direction: p.direction, target: p.target, region: result.region,
      profile: facts, locale, setIn: month, ...(msg.address ? { address: msg.address } : {}),
    }));
    await this.store.saveReminders(reminders);
    this.logger.info({ channel: msg.channel, reminders: reminders.map((r) => ({ ruleId: r.ruleId, due: r.due })) }, 'reminders set');
    return reply(setText(reminders, locale), stored?.dialog);
  }

  /**
   * The reminders due for this conversation, as replies to put before the turn's own (the person is here: whatever
   * the channel). Looked up at most once per visitGapMs per conversation and instance, so a turn costs no extra read.
   */
  async dueForVisit(msg: Message): Promise<Reply[]> {
    const key = this.key(msg);
    const at = this.now().getTime();
    const last = this.looked.get(key);
    if (last !== undefined && at - last < this.visitGapMs) return [];
    this.looked.set(key, at);
    const month = this.month();
    const replies: Reply[] = [];
    for (const r of await this.store.dueRemindersOf(key, month)) {
      const claimed = await this.store.claimReminder(r.id, this.owner, this.leaseMs, month);
      if (!claimed) continue;
      const m = dueMessage(claimed, this.evaluateAgain(claimed, month), month);
      await this.finish(claimed, m.later);
      replies.push({ text: m.text, requestedSlot: null });
      this.logger.info({ channel: claimed.channel, ruleId: claimed.ruleId, due: claimed.due, changed: m.changed, delivery: 'visit' }, 'reminder sent');
    }
    return replies;
  }

  /** Sends the reminders due by `month` (default this month) whose channel has a sender, one at a time. */
  async sendDue(month: string = this.month()): Promise<SendReport> {
    const report: SendReport = { sent: 0, moved: 0, failed: 0, waiting: 0 };
    const tried = new Set<string>();
    for (;;) {
      const due = (await this.store.dueReminders(month, BATCH)).filter((r) => !tried.has(r.id));
      if (due.length === 0) break;
      for (const r of due) {
        tried.add(r.id);
        const sender = this.senders.get(r.channel);
        if (!sender || !r.address) { report.waiting++; continue; }
        const claimed = await this.store.claimReminder(r.id, this.owner, this.leaseMs, month);
        if (!claimed || !claimed.address) continue; // another instance has it
        const m = dueMessage(claimed, this.evaluateAgain(claimed, month), month);
        try {
          await sender.send(claimed.address, m.text, claimed.locale);
        } catch (e) {
          report.failed++;
          this.logger.warn({ channel: claimed.channel, ruleId: claimed.ruleId, err: { name: (e as Error).name, message: (e as Error).message } }, 'reminder not delivered; kept for the next run');
          await this.store.releaseReminder(claimed.id, this.owner).catch(() => undefined);
          continue;
        }
        await this.finish(claimed, m.later);
        if (m.later) report.moved++;
        else report.sent++;
        this.logger.info({ channel: claimed.channel, ruleId: claimed.ruleId, due: claimed.due, changed: m.changed, delivery: 'push' }, 'reminder sent');
      }
    }
    return report;
  }

  /** Operators' view: everything due by `month`, being sent or not. */
  due(month: string = this.month()): Promise<Reminder[]> {
    return this.store.dueReminders(month, 100_000, { all: true });
  }

  /** Whether reminders of this channel are pushed (else they wait for the person's next message). */
  pushes(channel: string): boolean {
    return this.senders.has(channel);
  }

  private evaluateAgain(r: Reminder, month: string): EligibilityResult | undefined {
    try {
      return evaluate({ ...r.profile, asOf: month }, { locale: r.locale });
    } catch {
      return undefined; // the facts no longer make a profile under today's rules: the reminder says the answer changed
    }
  }

  /** Removes the sent reminder, or moves it to the later month its path now opens in. */
  private async finish(r: Reminder, later: string | undefined): Promise<void> {
    const ok = later ? await this.store.rescheduleReminder({ ...r, due: later }, this.owner) : await this.store.completeReminder(r.id, this.owner);
    // Only when this send outlived its lease (leaseMs): another instance may then send it too.
    if (!ok) this.logger.warn({ channel: r.channel, ruleId: r.ruleId }, 'reminder lease lost while sending');
  }
}
