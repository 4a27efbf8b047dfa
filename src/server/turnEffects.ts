// What the host does with a turn besides replying: metrics and the question log for HR and unions, and the
// hand-over to a person (the hotline's number and hours in the reply, a packet without names or raw ids to
// HANDOFF_WEBHOOK_URL and, where configured, to HR staff in a chat room).
import { currentMonth } from '../clock';
import type { ConversationKey, Message } from '../conversation/types';
import { profileOf } from '../dialogs';
import type { TurnOutput } from '../dialogs/replyModel';
import { buildHandoffPacket, handoffReply, hashId, sendHandoff, type HandoffPacket, type Hotline } from '../handoff';
import type { Logger } from '../log';
import { eventLog, recordQuestion, type Metrics } from '../metrics';

export interface TurnSource {
  handle(msg: Message): Promise<TurnOutput>;
  recent(key: ConversationKey): Promise<{ from: 'user' | 'bot'; text: string }[]>;
}

/** Somewhere HR staff read hand-overs (a WeChat room, a Teams channel). */
export type StaffNotifier = (packet: HandoffPacket, summary: string) => Promise<void>;

export interface EffectOptions {
  hotline: Hotline;
  webhookUrl?: string;
  logger: Logger;
  metrics: Metrics;
  /** HR staff chats, added when their channel starts. */
  staff?: StaffNotifier[];
  /** Each hand-over's delivery, for shutdown and tests. */
  track?: (p: Promise<void>) => void;
}

export function packetSummary(p: HandoffPacket): string {
  const best = p.result ? `${p.result.best.skill_to_title ?? '-'} / ${p.result.best.title_to_skill ?? '-'}` : '-';
  return `【转人工】${p.channel} ${p.conversation.slice(0, 8)}｜${p.region ?? '-'}｜best ${best}｜${p.reason}\n`
    + p.recent.slice(-6).map((r) => `${r.from === 'user' ? '用户' : '助手'}：${r.text}`).join('\n');
}

export function withEffects(service: TurnSource, opts: EffectOptions): { handle(msg: Message): Promise<TurnOutput> } {
  const deliver = async (msg: Message, out: TurnOutput, reason: string): Promise<void> => {
    try {
      const key: ConversationKey = { channel: msg.channel, conversationId: msg.conversationId, userId: msg.userId };
      const asOf = currentMonth();
      const profile = profileOf(out.state, asOf);
      const packet = buildHandoffPacket({
        channel: msg.channel, conversationHash: hashId(`${key.channel}\u0000${key.conversationId}\u0000${key.userId}`),
        locale: out.locale, profile, result: out.result, recent: await service.recent(key), reason,
      });
      const sends: Promise<unknown>[] = [];
      if (opts.webhookUrl) {
        sends.push(sendHandoff(packet, { webhookUrl: opts.webhookUrl }).then((r) => {
          if (r.ok) opts.logger.info({ channel: msg.channel, reason }, 'handoff sent');
          else opts.logger.warn({ channel: msg.channel, status: r.status, error: r.error }, 'handoff webhook failed');
        }));
      }
      for (const notify of opts.staff ?? []) {
        sends.push(notify(packet, packetSummary(packet)).catch((e: Error) => opts.logger.warn({ err: { name: e.name, message: e.message } }, 'handoff to staff chat failed')));
      }
      await Promise.all(sends);
    } catch (e) {
      opts.logger.warn({ err: { name: (e as Error).name, message: (e as Error).message } }, 'handoff failed');
    }
  };

  return {
    async handle(msg) {
      const out = await service.handle(msg);
      if (out.result) {
        opts.metrics.answer(out.result);
        eventLog.recordAnswer(out.result); // outcomes by region, for npm run report
      }
      const replies = [...out.replies];
      for (const effect of out.effects) {
        if (effect.type === 'question') {
          opts.metrics.question(effect.matched);
          recordQuestion(effect.text, effect.matched, { region: out.result?.region, id: effect.id });
        } else if (effect.type === 'handoff') {
          opts.metrics.handoff(effect.reason);
          const forwarded = Boolean(opts.webhookUrl || opts.staff?.length);
          // Before a question the dialog asks again, so the question stays last.
          const at = replies.length && replies.at(-1)!.requestedSlot ? replies.length - 1 : replies.length;
          replies.splice(at, 0, { text: handoffReply(out.locale, opts.hotline, forwarded && !effect.nothingSaid, effect.nothingSaid === true), requestedSlot: null });
          // before anything was said there is no case: the hotline only, no empty packet to staff
          if (forwarded && !effect.nothingSaid) {
            const p = deliver(msg, out, effect.reason);
            opts.track?.(p);
          }
        }
      }
      return { ...out, replies };
    },
  };
}
