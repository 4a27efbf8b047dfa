// Reminders ("到时提醒我") in the state store: what one holds, and the operations both backends offer (SQLite table,
// Redis hash + sorted set). A reminder is sent by the one instance holding its lease; it is removed once sent.
import { createHmac } from 'node:crypto';
import type { Locale } from '../dialogs/replyModel';
import type { ProfileInput } from '../rules/profile';
import type { Direction, Region } from '../rules/vocabulary';
import { keySecret } from './keys';

/**
 * How to reach the person again in the channel where the reminder was set: the channel's own ids, only what its
 * sender needs (Teams: service URL and conversation id; WeChat: the contact's id). None for channels that deliver
 * at the person's next message (the web chat).
 */
export type ReminderAddress = Record<string, string>;

export interface Reminder {
  /** hash(conversation key, rule id): setting the same reminder again replaces it. */
  id: string;
  /** The conversation's store key (a keyed hash, never the ids). */
  key: string;
  channel: string;
  /** The month it is sent in, YYYY-MM. */
  due: string;
  /** The path it is about: the rule row, its direction and target, in the region asked about. */
  ruleId: string;
  direction: Direction;
  target: string;
  region: Region;
  /** The facts the answer rested on, evaluated again under the rules in force when it is sent (no asOf). */
  profile: ProfileInput;
  locale: Locale;
  /** The month it was set in. */
  setIn: string;
  address?: ReminderAddress;
}

export interface ReminderStore {
  /** Adds or replaces (by id). */
  saveReminders(reminders: Reminder[]): Promise<void>;
  /** The conversation's reminders, by month. */
  remindersOf(key: string): Promise<Reminder[]>;
  /** Removes the conversation's reminders; returns how many. */
  cancelReminders(key: string): Promise<number>;
  /** Due by `month` (YYYY-MM) and not being sent by anyone now (all: leased ones too), by month, at most `limit`. */
  dueReminders(month: string, limit: number, opts?: { all?: boolean }): Promise<Reminder[]>;
  /** Due by `month` for one conversation and not being sent. */
  dueRemindersOf(key: string, month: string): Promise<Reminder[]>;
  /** The reminder, if `owner` now holds its lease for `leaseMs` (nobody else did and it is due by `month`). */
  claimReminder(id: string, owner: string, leaseMs: number, month: string): Promise<Reminder | undefined>;
  /** Sent: removes it, if the lease is still `owner`'s; false when the lease was lost (then someone else may send). */
  completeReminder(id: string, owner: string): Promise<boolean>;
  /** Not sent now but later: moves it to `reminder.due` with its new content and frees the lease (owner's only). */
  rescheduleReminder(reminder: Reminder, owner: string): Promise<boolean>;
  /** Frees the lease (a send that failed: it is tried again later). */
  releaseReminder(id: string, owner: string): Promise<void>;
}

export function hasReminders<T extends object>(store: T): store is T & ReminderStore {
  return typeof (store as Partial<ReminderStore>).saveReminders === 'function';
}

/** The id of a conversation's reminder for one rule row. */
export function reminderId(key: string, ruleId: string, secret: string = keySecret()): string {
  return createHmac('sha256', secret).update(`r\u0000${key}\u0000${ruleId}`).digest().subarray(0, 12).toString('base64url');
}

/** Reads a stored reminder's JSON; undefined when it is not one (never thrown: one bad row stops no schedule). */
export function decodeReminder(json: string): Reminder | undefined {
  try {
    const r = JSON.parse(json) as Partial<Reminder>;
    if (typeof r.id === 'string' && typeof r.key === 'string' && typeof r.channel === 'string' && typeof r.due === 'string'
      && /^\d{4}-(0[1-9]|1[0-2])$/.test(r.due) && typeof r.ruleId === 'string' && r.profile && typeof r.profile === 'object') return r as Reminder;
  } catch {
    // not JSON
  }
  return undefined;
}

export const decodeReminders = (rows: string[]): Reminder[] => rows.map(decodeReminder).filter((r): r is Reminder => r !== undefined);
