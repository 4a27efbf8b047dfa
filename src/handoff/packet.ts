// The hand-over packet: what a person at the hotline needs to pick up the conversation, and nothing that names
// anyone. Ids are hashed; message texts lose their digit runs (phone, ID card and certificate numbers).
import { createHash } from 'node:crypto';
import type { Locale } from '../dialogs/replyModel';
import type { EligibilityResult } from '../rules/result';
import { REGIONS, type Region } from '../rules/vocabulary';

export interface RecentLine { from: 'user' | 'bot'; text: string }

export interface HandoffPacket {
  type: 'handoff';
  version: 1;
  /** When the packet was built (ISO 8601). */
  at: string;
  channel: string;
  /** sha256 of the conversation key, hex, 32 characters: the same conversation always gives the same hash. */
  conversation: string;
  locale: Locale;
  reason: string;
  region?: Region;
  /** The facts the person gave, as the contract's profile, with free text scrubbed. */
  profile?: Record<string, unknown>;
  /** The answer's gist: the best levels and each path's status. */
  result?: {
    asOf: string;
    best: EligibilityResult['best'];
    paths: { direction: string; target: string; route: string; status: string; eligibleFrom?: string }[];
  };
  /** The last messages, oldest first, scrubbed. */
  recent: RecentLine[];
}

export interface HandoffInput {
  channel: string;
  /** A hash of the conversation key; a raw id given here is hashed before it goes anywhere. */
  conversationHash: string;
  locale: Locale;
  profile?: unknown;
  result?: EligibilityResult;
  recent?: readonly { from: 'user' | 'bot'; text: string }[];
  reason: string;
  /** Defaults to now. */
  at?: string;
}

const HASH = /^[0-9a-f]{32,64}$/;

/** A stable, non-reversible id for a conversation key or user id (sha256, 32 hex characters). */
export function hashId(raw: string, salt = ''): string {
  return createHash('sha256').update(salt).update('\u0000').update(raw).digest('hex').slice(0, 32);
}

/** Text with what could identify someone taken out: digit runs, e-mails, links, @mentions, long tokens, "我叫…". */
export function scrubText(text: string, max = 500): string {
  return text
    .normalize('NFKC')
    .replace(/https?:\/\/\S+/gi, '[链接]')
    .replace(/[\w.+-]+@[\w-]+\.[\w.]+/g, '[邮箱]')
    .replace(/@\S+/g, '@')
    .replace(/\b(?=[A-Za-z_-]*\d)[A-Za-z0-9_-]{12,}\b/g, '[编号]')
    .replace(/\d(?:[\s-]?\d){6,}/g, '[号码]')
    .replace(/(我叫|我姓|本人叫|名字叫|姓名[:：]?)\s*[\p{Script=Han}A-Za-z]{1,4}/gu, '$1[姓名]')
    .slice(0, max);
}

const SAFE_LABEL = /^[a-z][a-z0-9_-]{0,31}$/;
const safeLabel = (s: string, fallback: string) => (SAFE_LABEL.test(s) ? s : fallback);

function scrubProfile(profile: unknown): Record<string, unknown> | undefined {
  if (!profile || typeof profile !== 'object') return undefined;
  const p = profile as Record<string, unknown>;
  const keep = ['region', 'asOf', 'skills', 'titles', 'workYears', 'annualReviewsPassed', 'awards', 'relatedDiploma', 'techSchoolClass'];
  const out: Record<string, unknown> = {};
  for (const k of keep) if (p[k] !== undefined) out[k] = p[k];
  // The one free text field (the occupation) is scrubbed; anything else unknown was dropped above.
  return JSON.parse(JSON.stringify(out, (k, v: unknown) => (k === 'occupation' && typeof v === 'string' ? scrubText(v, 40) : v))) as Record<string, unknown>;
}

export function buildHandoffPacket(input: HandoffInput): HandoffPacket {
  const region = (input.result?.region ?? (input.profile as { region?: unknown } | undefined)?.region) as Region | undefined;
  return {
    type: 'handoff',
    version: 1,
    at: input.at ?? new Date().toISOString(),
    channel: safeLabel(input.channel, 'other'),
    conversation: HASH.test(input.conversationHash) ? input.conversationHash.slice(0, 32) : hashId(input.conversationHash),
    locale: input.locale,
    reason: safeLabel(input.reason, 'other'),
    ...(region && (REGIONS as readonly string[]).includes(region) ? { region } : {}),
    ...(input.profile ? { profile: scrubProfile(input.profile) } : {}),
    ...(input.result ? {
      result: {
        asOf: input.result.asOf,
        best: input.result.best,
        paths: input.result.paths.map((p) => ({
          direction: p.direction, target: p.target, route: p.route, status: p.status, ...(p.eligibleFrom ? { eligibleFrom: p.eligibleFrom } : {}),
        })),
      },
    } : {}),
    recent: (input.recent ?? []).slice(-10).map((l) => ({ from: l.from === 'bot' ? 'bot' : 'user', text: scrubText(l.text) })),
  };
}
