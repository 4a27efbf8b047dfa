// The server's own schedule: every REMINDER_CHECK_MINUTES it sends the reminders due this month (one run at a
// time; a run is also started soon after start). Stopping waits for the run in progress.
import type { Logger } from '../log';
import type { ReminderService, SendReport } from './reminderService';

export interface ReminderSchedule {
  /** One run now (or the one in progress). */
  run(): Promise<SendReport | undefined>;
  stop(): Promise<void>;
}

export function startReminderSchedule(service: ReminderService, opts: { everyMs: number; firstMs?: number; logger: Logger }): ReminderSchedule {
  let running: Promise<SendReport | undefined> | undefined;
  let stopped = false;
  const run = (): Promise<SendReport | undefined> => {
    if (stopped) return Promise.resolve(undefined);
    running ??= service.sendDue().then(
      (r) => {
        if (r.sent || r.moved || r.failed) opts.logger.info({ ...r }, 'reminders run');
        return r;
      },
      (e: unknown) => {
        opts.logger.warn({ err: { name: (e as Error).name, message: (e as Error).message } }, 'reminders run failed');
        return undefined;
      },
    ).finally(() => { running = undefined; });
    return running;
  };
  const first = setTimeout(() => void run(), opts.firstMs ?? 5_000);
  const timer = setInterval(() => void run(), opts.everyMs);
  first.unref();
  timer.unref();
  return {
    run,
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
