// POST the packet to the hotline's webhook. Never throws into the chat: the person gets the hotline number anyway.
import type { HandoffPacket } from './packet';

export interface SendOptions {
  webhookUrl: string;
  /** Per attempt; default 5000 ms. */
  timeoutMs?: number;
  /** Attempts in all; default 2 (one retry). */
  attempts?: number;
}

export interface SendResult { ok: boolean; status?: number; attempts: number; error?: string }

const retryable = (status: number) => status >= 500 || status === 429 || status === 408;

export async function sendHandoff(packet: HandoffPacket, opts: SendOptions): Promise<SendResult> {
  const max = Math.max(1, opts.attempts ?? 2);
  let last: SendResult = { ok: false, attempts: 0 };
  for (let attempt = 1; attempt <= max; attempt++) {
    try {
      const res = await fetch(opts.webhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(packet),
        signal: AbortSignal.timeout(opts.timeoutMs ?? 5000),
      });
      await res.arrayBuffer().catch(() => undefined);
      if (res.ok) return { ok: true, status: res.status, attempts: attempt };
      last = { ok: false, status: res.status, attempts: attempt, error: `HTTP ${res.status}` };
      if (!retryable(res.status)) return last;
    } catch (e) {
      last = { ok: false, attempts: attempt, error: `${(e as Error).name}: ${(e as Error).message}` };
    }
  }
  return last;
}
