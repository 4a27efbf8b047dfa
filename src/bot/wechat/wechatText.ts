// Pure helpers for WeChat: choices numbered in the text, long answers split below the message limit,
// "2" read back as the second choice, and which questions ask for personal details.
import type { Reply, RequestedSlot } from '../../dialogs/replyModel';

/** WeChat cuts messages somewhere above 2000 characters; stay well below. */
export const WECHAT_MAX_CHARS = 1500;

export function formatReply(reply: Reply): string {
  if (!reply.choices?.length) return reply.text;
  const list = reply.choices.map((c, i) => `${i + 1}. ${c}`).join('\n');
  return `${reply.text}\n${list}`;
}

const chars = (s: string): string[] => Array.from(s);

/** Splits on line breaks into parts of at most `max` characters; a single longer line is cut. */
export function splitMessage(text: string, max = WECHAT_MAX_CHARS): string[] {
  if (max < 1) throw new Error('max must be positive');
  const parts: string[] = [];
  let current: string[] = [];
  let size = 0;
  const flush = () => {
    const part = current.join('\n').replace(/^\n+|\n+$/g, '');
    if (part.trim()) parts.push(part);
    current = [];
    size = 0;
  };
  for (const line of text.split('\n')) {
    const cs = chars(line);
    if (cs.length > max) {
      flush();
      for (let i = 0; i < cs.length; i += max) parts.push(cs.slice(i, i + max).join(''));
      continue;
    }
    const added = (current.length ? 1 : 0) + cs.length;
    if (size + added > max) flush();
    size += (current.length ? 1 : 0) + cs.length;
    current.push(line);
  }
  flush();
  return parts;
}

const FULL_WIDTH_DIGITS = /[０-９]/g;

/** The choice a bare number ("2", "２", "2.") picks from the last numbered list, if any. */
export function pickChoice(text: string, choices: readonly string[] | undefined): string | undefined {
  if (!choices?.length) return undefined;
  const ascii = text.replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).trim();
  const m = /^(\d{1,2})\s*[.、．)]?$/.exec(ascii);
  if (!m) return undefined;
  const n = Number(m[1]);
  return n >= 1 && n <= choices.length ? choices[n - 1] : undefined;
}

const NOT_PERSONAL = new Set(['region', 'place', 'confirm', 'asOf']);

/** Whether a question asks about the person (certificates, titles, years, reviews, awards…). */
export function isPersonalSlot(slot: RequestedSlot): boolean {
  if (!slot) return false;
  return !NOT_PERSONAL.has(slot.split(/[.[]/)[0]);
}

/**
 * A quote-reply as the puppets deliver it in text: `「name：quoted」`, a line of dashes, then the reply. Returns the
 * quoted sender's name and the reply, or undefined for any other text.
 */
export function quoteReply(text: string): { name: string; quoted: string; reply: string } | undefined {
  const m = /^「([^：:\n]{1,64})[：:]([\s\S]*?)」\s*\n\s*(?:-\s*){5,}\n([\s\S]*\S[\s\S]*)$/.exec(text);
  if (!m) return undefined;
  return { name: m[1].trim(), quoted: m[2].trim(), reply: m[3].trim() };
}
