// Scripted interviews for the crash and outage tests: what an uninterrupted run says and stores after each turn,
// and where a stored conversation stands against that reference.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConversationService } from '../../src/conversation/conversationService';
import { privacyNotice } from '../../src/privacy';
import type { DialogState } from '../../src/dialogs/replyModel';
import { createStore, type StateStore } from '../../src/store';
import { conversationKey } from '../../src/store/keys';
import { realDialog } from '../helpers/startServer';

/** Interviews of different shapes and lengths (Chinese and English), each to the answer. */
export const SCRIPTS: { locale?: string; turns: string[] }[] = [
  { turns: ['你好', '重庆', '技师', '2021年6月', '没有', '没有', '都合格'] },
  { turns: ['你好', '四川', '高级工', '2019年3月', '没有', '没有', '都合格'] },
  { turns: ['你好', '苏州', '高级技师', '前年', '没有', '没有', '去年不合格'] },
  { turns: ['你好', '沈阳', '技师', '三年前', '助工', '2020年1月', '没有', '都合格'] },
  { locale: 'en-US', turns: ['hello', 'Chongqing', 'technician', '2021-06', 'no', 'no', 'yes'] },
  { turns: ['你好', '南昌', '上一步', '成都', '技师', '21年6月', '没有', '没有', '都合格'] },
];

export interface RefTurn { texts: string[]; requestedSlot: string | null; state: DialogState; answered: boolean }

/** Each script run without interruption, in this process: per turn the reply texts, the slot and the stored state. */
export async function references(channel: string): Promise<RefTurn[][]> {
  const { dialogTurn, DIALOG_VERSION } = await realDialog();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'guantong-ref-'));
  const store = createStore(`sqlite:${path.join(dir, 'ref.db')}`, { ttlSeconds: 3600 });
  try {
    // As the server runs it: the privacy notice on the first reply (STATE_TTL_DAYS 30, no PUBLIC_URL).
    const service = new ConversationService({ store, dialog: dialogTurn, dialogVersion: DIALOG_VERSION, startNotice: privacyNotice({ ttlDays: 30 }) });
    const out: RefTurn[][] = [];
    for (const [i, s] of SCRIPTS.entries()) {
      const turns: RefTurn[] = [];
      for (const text of s.turns) {
        const o = await service.handle({ channel, conversationId: `ref-${i}`, userId: `ref-${i}`, text, ...(s.locale ? { locale: 'en' as const } : {}) });
        turns.push({ texts: o.replies.map((r) => r.text), requestedSlot: o.requestedSlot, state: o.state, answered: Boolean(o.result) });
      }
      out.push(turns);
    }
    return out;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The stored dialog state of one conversation, read straight from the store. */
export async function storedState(store: StateStore, channel: string, conversationId: string, userId: string): Promise<DialogState | undefined> {
  const r = await store.get(conversationKey({ channel, conversationId, userId }));
  return r?.value.dialog;
}

/**
 * How many turns of the script the stored state reflects: `acked` (the last acknowledged turn) or, when one more was
 * in flight, possibly `acked + 1`; anything else (lost, doubled, corrupt) returns -1.
 */
export function progressOf(stored: DialogState | undefined, ref: RefTurn[], acked: number, inFlight: boolean): number {
  const same = (k: number) => (k === 0 ? stored === undefined : stored !== undefined && JSON.stringify(stored) === JSON.stringify(ref[k - 1].state));
  if (same(acked)) return acked;
  if (inFlight && acked < ref.length && same(acked + 1)) return acked + 1;
  return -1;
}

export type Activity = { text?: string; value?: { requestedSlot?: string | null; result?: unknown }; attachments?: { contentType: string }[] };

/** One message over /api/messages with expectReplies; rejects when the server is not there. */
export async function say(url: string, channel: string, who: string, text: string, locale?: string): Promise<Activity[]> {
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message', channelId: channel, serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies',
      from: { id: who }, recipient: { id: 'bot' }, conversation: { id: `conv-${who}` }, text, ...(locale ? { locale } : {}),
    }),
  });
  if (res.status !== 200) throw new Error(`status ${res.status}`);
  return ((await res.json()) as { activities: Activity[] }).activities;
}

/** The reply texts without the ladder picture. */
export const textsOf = (acts: Activity[]): string[] => acts.filter((a) => !(a.attachments ?? []).some((x) => x.contentType === 'image/png')).map((a) => a.text ?? '');

/** Where each person's stored interview stands against its reference run: every one must be found (≥ 0). */
export async function resumePoints(
  storeUrl: string, channel: string, people: readonly { who: string; script: number; acked: number; inFlight: boolean }[], refs: RefTurn[][],
): Promise<Map<string, number>> {
  const store = createStore(storeUrl, { ttlSeconds: 3600 });
  const resumeAt = new Map<string, number>();
  try {
    for (const p of people) {
      const at = progressOf(await storedState(store, channel, `conv-${p.who}`, p.who), refs[p.script], p.acked, p.inFlight);
      expect([p.who, at >= 0]).toEqual([p.who, true]);
      resumeAt.set(p.who, at);
    }
  } finally {
    await store.close();
  }
  return resumeAt;
}
