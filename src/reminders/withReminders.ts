// The reminder commands and deliveries around every channel's turns (the conversation layer, before the dialog):
// 到时提醒我 / 我的提醒 / 取消提醒 are answered here without the dialog; an answer with a not-yet path gets the
// "到时提醒我" choice; reminders due for the conversation come before the turn's replies at the person's next message.
import type { Message } from '../conversation/types';
import type { Reply, TurnOutput } from '../dialogs/replyModel';
import { t } from '../i18n';
import { silentLogger, type Logger } from '../log';
import { reminderCommand } from './commands';
import { notYetPaths, type ReminderService } from './reminderService';

export interface TurnHandler { handle(msg: Message): Promise<TurnOutput> }

/** The answer's reply gets the offer as its last choice (once). */
export function withOffer(out: TurnOutput): TurnOutput {
  if (notYetPaths(out.result).length === 0) return out;
  const offer = t(out.locale, 'reminders:offer');
  let at = out.replies.findIndex((r) => r.result);
  if (at < 0) at = out.replies.length - 1;
  const r = out.replies[at];
  if (!r || r.choices?.includes(offer)) return out;
  const replies: Reply[] = out.replies.slice();
  replies[at] = { ...r, choices: [...(r.choices ?? []), offer] };
  return { ...out, replies };
}

export function withReminders(inner: TurnHandler, service: ReminderService, opts: { logger?: Logger } = {}): TurnHandler & { inner: TurnHandler } {
  const logger = opts.logger ?? silentLogger;
  return {
    inner,
    async handle(msg: Message): Promise<TurnOutput> {
      const cmd = reminderCommand(msg.text, msg.value);
      if (cmd) {
        // A store failure here is the turn's failure: the channel says "temporarily unavailable", as for any turn.
        const r = await service.command(cmd.command, msg, cmd.locale);
        return { replies: r.replies, requestedSlot: null, effects: [], state: r.state ?? { version: 0, snapshot: null }, locale: r.locale };
      }
      const out = withOffer(await inner.handle(msg));
      if (out.effects.some((e) => e.type === 'erase_my_data')) return out;
      let due: Reply[] = [];
      try {
        due = await service.dueForVisit(msg);
      } catch (e) {
        // The turn itself went through: a reminder waits for the next visit rather than failing it.
        logger.warn({ err: { name: (e as Error).name, message: (e as Error).message }, channel: msg.channel }, 'due reminders not read');
      }
      return due.length ? { ...out, replies: [...due, ...out.replies] } : out;
    },
  };
}
