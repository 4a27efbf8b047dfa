// The dialog's "handoff" effect: tell a person (HANDOFF_WEBHOOK_URL) with the recent messages, without blocking the turn.
import type { ConversationKey, Message } from '../conversation/types';
import type { TurnOutput } from '../dialogs/replyModel';
import type { Logger } from '../log';

export interface HandoffSource {
  handle(msg: Message): Promise<TurnOutput>;
  recent(key: ConversationKey): Promise<unknown[]>;
}

export interface HandoffOptions {
  webhookUrl: string;
  logger: Logger;
  timeoutMs?: number;
  /** Resolves when every notification sent so far has finished (for shutdown and tests). */
  track?: (p: Promise<void>) => void;
}

/** A service whose turns also POST a hand-over request when the dialog asks for one. */
export function withHandoff(service: HandoffSource, opts: HandoffOptions): { handle(msg: Message): Promise<TurnOutput> } {
  const notify = async (msg: Message, reason: string): Promise<void> => {
    try {
      const key: ConversationKey = { channel: msg.channel, conversationId: msg.conversationId, userId: msg.userId };
      const recent = await service.recent(key);
      const res = await fetch(opts.webhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'handoff', reason, ...key, recent, at: new Date().toISOString() }),
        signal: AbortSignal.timeout(opts.timeoutMs ?? 5000),
      });
      if (!res.ok) opts.logger.warn({ status: res.status, channel: msg.channel }, 'handoff webhook refused');
      else opts.logger.info({ channel: msg.channel, reason }, 'handoff sent');
    } catch (e) {
      opts.logger.warn({ err: { name: (e as Error).name, message: (e as Error).message }, channel: msg.channel }, 'handoff webhook failed');
    }
  };
  return {
    async handle(msg) {
      const out = await service.handle(msg);
      for (const effect of out.effects) {
        if (effect.type !== 'handoff') continue;
        const p = notify(msg, effect.reason);
        opts.track?.(p);
      }
      return out;
    },
  };
}
