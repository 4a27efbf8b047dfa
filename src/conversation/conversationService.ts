// One turn of one conversation: load the stored state, run the dialog, save with compare-and-set.
// Turns of one conversation run one after the other within an instance (a per-key queue); across instances a
// ConflictError on save reloads and re-runs the turn on the fresh state (bounded retries with jitter), so every
// message is applied exactly once. The dialog is pure, so re-running it is safe. A message whose delivery id was
// already handled in that conversation (a channel's retry) runs no turn and gets no replies: the id is saved in the
// same compare-and-set as the turn, so this holds across instances and restarts.
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { currentMonth } from '../clock';
import type { TurnOutput } from '../dialogs/replyModel';
import { encodedBytes } from '../store/codec';
import { conversationKey } from '../store/keys';
import { ConflictError, CorruptStateError, type StateStore } from '../store/stateStore';
import { classifyTurnError } from './errors';
import type {
  ConversationEvent, ConversationKey, DialogTurn, DialogTurnInput, Message, RecentMessage, ResetReason, StoredConversation, TranscriptEntry,
} from './types';

/** Delivery ids remembered per conversation (the newest kept). */
export const HANDLED_IDS_KEPT = 16;
/** The kept transcript (Message.transcript): at most this many messages and this many bytes of JSON. */
export const TRANSCRIPT_MAX_ENTRIES = 60;
export const TRANSCRIPT_MAX_BYTES = 40_000;
const TRANSCRIPT_TEXT_CHARS = 4_000;

/** A short digest of a delivery id (ids may be long; only equality matters). */
const deliveryDigest = (id: string): string => createHash('sha256').update(id).digest().subarray(0, 9).toString('base64url');

export interface ConversationServiceOptions {
  store: StateStore;
  dialog: DialogTurn;
  /** The dialog machine's version: a stored state of another version is dropped (the dialog gets notice 'state_reset'). */
  dialogVersion: number;
  now?: () => Date;
  /** How many recent messages (person and bot) are kept for a hand-over; default 10. */
  maxRecent?: number;
  /** Each recent message is cut to this many characters; default 160. */
  maxRecentChars?: number;
  /** The recent messages together stay under this many UTF-8 bytes (oldest dropped first); default 1200. */
  maxRecentBytes?: number;
  /** Attempts of one turn when other instances write the same conversation; default 8. */
  maxAttempts?: number;
  onEvent?: (e: ConversationEvent) => void;
  /** The key hash secret; default STATE_KEY_SECRET (see store/keys). */
  keySecret?: string;
  /** A line added to the first reply of a new conversation (the host's privacy notice), kept in its transcript as said. */
  startNotice?: (locale: TurnOutput['locale']) => string;
}

interface Loaded {
  stored?: StoredConversation;
  eTag: string | null;
  reset?: ResetReason;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export class ConversationService {
  private readonly store: StateStore;
  private readonly dialog: DialogTurn;
  private readonly dialogVersion: number;
  private readonly now: () => Date;
  private readonly maxRecent: number;
  private readonly maxRecentChars: number;
  private readonly maxRecentBytes: number;
  private readonly maxAttempts: number;
  private readonly onEvent?: (e: ConversationEvent) => void;
  private readonly keySecret?: string;
  private readonly startNotice?: (locale: TurnOutput['locale']) => string;
  private readonly queues = new Map<string, Promise<void>>();
  private readonly inFlight = new Set<Promise<void>>();

  constructor(opts: ConversationServiceOptions) {
    this.store = opts.store;
    this.dialog = opts.dialog;
    this.dialogVersion = opts.dialogVersion;
    this.now = opts.now ?? (() => new Date());
    this.maxRecent = opts.maxRecent ?? 10;
    this.maxRecentChars = opts.maxRecentChars ?? 160;
    this.maxRecentBytes = opts.maxRecentBytes ?? 1200;
    this.maxAttempts = Math.max(1, opts.maxAttempts ?? 8);
    this.onEvent = opts.onEvent;
    this.keySecret = opts.keySecret;
    this.startNotice = opts.startNotice;
  }

  /** One turn. Rejects with StoreUnavailableError when the store is down (see errors.ts for the reply). */
  handle(msg: Message): Promise<TurnOutput> {
    const key = conversationKey(msg, this.keySecret);
    const t0 = performance.now();
    const prev = this.queues.get(key) ?? Promise.resolve();
    const turn = prev.then(() => this.turn(key, msg, t0));
    const tail = turn.then(() => undefined, () => undefined);
    this.queues.set(key, tail);
    this.inFlight.add(tail);
    void tail.then(() => {
      this.inFlight.delete(tail);
      if (this.queues.get(key) === tail) this.queues.delete(key);
    });
    return turn;
  }

  /** Resolves when no turn is in flight (call after the channels stop accepting messages, e.g. on SIGTERM). */
  async drain(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  /** The kept transcript of a conversation and its dialog state (the web chat's restore); undefined when none. */
  async transcript(k: ConversationKey): Promise<{ transcript: TranscriptEntry[]; dialog: StoredConversation['dialog'] } | undefined> {
    const v = await this.stored(k);
    return v ? { transcript: v.transcript ?? [], dialog: v.dialog } : undefined;
  }

  /** The stored conversation (reminders read the last answer's facts from it); undefined when none or unreadable. */
  async stored(k: ConversationKey): Promise<StoredConversation | undefined> {
    try {
      const r = await this.store.get(conversationKey(k, this.keySecret));
      return r && r.value.dialog.version === this.dialogVersion ? r.value : undefined;
    } catch (e) {
      if (e instanceof CorruptStateError) return undefined;
      throw e;
    }
  }

  /** The recent messages of a conversation, for a hand-over to a person; [] when none or unreadable. */
  async recent(k: ConversationKey): Promise<RecentMessage[]> {
    try {
      const r = await this.store.get(conversationKey(k, this.keySecret));
      return r?.value.recent ?? [];
    } catch (e) {
      if (e instanceof CorruptStateError) return [];
      throw e;
    }
  }

  private emit(e: ConversationEvent): void {
    if (!this.onEvent) return;
    try {
      this.onEvent(e);
    } catch {
      // a metrics hook never breaks a turn
    }
  }

  private async turn(key: string, msg: Message, t0: number): Promise<TurnOutput> {
    const channel = msg.channel;
    try {
      for (let attempt = 1; ; attempt++) {
        const loaded = await this.load(key);
        const delivery = msg.deliveryId ? deliveryDigest(msg.deliveryId) : undefined;
        if (delivery && loaded.stored?.handled?.includes(delivery)) {
          // A redelivery of a message already answered: no second turn, nothing said twice.
          this.emit({ type: 'redelivery', channel });
          return { replies: [], requestedSlot: null, effects: [], state: loaded.stored.dialog, locale: msg.locale ?? 'zh-CN' };
        }
        const ran = this.runDialog(loaded, msg);
        const { reset, fresh } = ran;
        const output = fresh && this.startNotice ? withFirstLine(ran.output, this.startNotice(ran.output.locale)) : ran.output;

        if (output.effects.some((e) => e.type === 'erase_my_data')) {
          const removed = await this.store.deletePerson(msg.channel, msg.userId);
          this.emit({ type: 'erase', channel, removed });
          this.emit({ type: 'turn', channel, latencyMs: performance.now() - t0, attempts: attempt, outcome: 'erased' });
          return output;
        }

        const stored: StoredConversation = {
          dialog: output.state,
          updatedAt: this.now().getTime(),
          recent: this.nextRecent(fresh ? [] : loaded.stored?.recent ?? [], msg, output),
        };
        const handled = [...(fresh ? [] : loaded.stored?.handled ?? []), ...(delivery ? [delivery] : [])].slice(-HANDLED_IDS_KEPT);
        if (handled.length) stored.handled = handled;
        if (msg.transcript) stored.transcript = nextTranscript(fresh ? [] : loaded.stored?.transcript ?? [], msg, output);
        try {
          await this.store.put(key, stored, loaded.eTag);
        } catch (e) {
          if (e instanceof ConflictError && attempt < this.maxAttempts) {
            this.emit({ type: 'conflict_retry', channel, attempt });
            const base = Math.min(200, 10 * 2 ** (attempt - 1));
            await sleep(base / 2 + Math.random() * base);
            continue;
          }
          throw e;
        }
        if (reset) this.emit({ type: 'state_reset', channel, reason: reset });
        if (fresh) this.emit({ type: 'conversation_started', channel });
        const bytes = encodedBytes(stored);
        this.emit({ type: 'turn', channel, latencyMs: performance.now() - t0, attempts: attempt, outcome: 'saved', bytes });
        return output;
      }
    } catch (e) {
      this.emit({ type: 'turn_failed', channel, latencyMs: performance.now() - t0, failure: classifyTurnError(e) });
      throw e;
    }
  }

  private async load(key: string): Promise<Loaded> {
    try {
      const r = await this.store.get(key);
      if (!r) return { eTag: null };
      if (r.value.dialog.version !== this.dialogVersion) return { eTag: r.eTag, reset: 'version' };
      return { stored: r.value, eTag: r.eTag };
    } catch (e) {
      if (e instanceof CorruptStateError) return { eTag: e.eTag, reset: 'corrupt' };
      throw e;
    }
  }

  private runDialog(loaded: Loaded, msg: Message): { output: TurnOutput; reset?: ResetReason; fresh: boolean } {
    const input: DialogTurnInput = { text: msg.text, asOf: currentMonth(this.now()) };
    if (msg.value !== undefined) input.value = msg.value;
    if (msg.locale !== undefined) input.locale = msg.locale;
    if (loaded.reset) input.notice = 'state_reset';
    const state = loaded.stored?.dialog;
    try {
      return { output: this.dialog(state, input), reset: loaded.reset, fresh: state === undefined };
    } catch (e) {
      if (state === undefined) throw e;
      // The dialog cannot go on from this state: start afresh, once, and say so.
      return { output: this.dialog(undefined, { ...input, notice: 'state_reset' }), reset: 'dialog_error', fresh: true };
    }
  }

  private nextRecent(prev: RecentMessage[], msg: Message, output: TurnOutput): RecentMessage[] {
    const cut = (s: string) => cutChars(s.trim(), this.maxRecentChars);
    const next = [...prev];
    const said = msg.text.trim() || valueText(msg.value);
    if (said) next.push({ from: 'user', text: cut(said) });
    for (const r of output.replies) if (r.text.trim()) next.push({ from: 'bot', text: cut(r.text) });
    const kept = next.slice(-this.maxRecent);
    let bytes = kept.reduce((n, m) => n + Buffer.byteLength(m.text), 0);
    while (kept.length > 0 && bytes > this.maxRecentBytes) bytes -= Buffer.byteLength(kept.shift()!.text);
    return kept;
  }
}

/**
 * `s` when it has at most `max` characters (code points), else its first max - 1 and '…': what
 * `[...s].length > max ? [...s].slice(0, max - 1).join('') + '…' : s` gives, without an array of every character
 * (the answer's reply runs to thousands of them).
 */
export function cutChars(s: string, max: number): string {
  if (s.length <= max) return s;
  if (max < 1) {
    const chars = [...s];
    return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : s;
  }
  let at = 0;
  let cutAt = 0;
  for (let n = 0; at < s.length; n++) {
    if (n === max - 1) cutAt = at;
    if (n === max) return `${s.slice(0, cutAt)}…`;
    at += s.codePointAt(at)! > 0xffff ? 2 : 1;
  }
  return s;
}

/** The output with a line added to its first reply (none when it has no reply). */
function withFirstLine(output: TurnOutput, line: string): TurnOutput {
  if (output.replies.length === 0) return output;
  const [first, ...rest] = output.replies;
  return { ...output, replies: [{ ...first, text: `${first.text}\n${line}` }, ...rest] };
}

/** The transcript after this turn: the person's message, the bot's replies; the result only on the newest answer. */
function nextTranscript(prev: TranscriptEntry[], msg: Message, output: TurnOutput): TranscriptEntry[] {
  const cut = (s: string) => (s.length > TRANSCRIPT_TEXT_CHARS ? `${s.slice(0, TRANSCRIPT_TEXT_CHARS - 1)}…` : s);
  const answered = output.replies.some((r) => r.result);
  const withoutResult = ({ result: _older, ...m }: TranscriptEntry): TranscriptEntry => m;
  const next = prev.map((m) => (answered && m.result ? withoutResult(m) : m));
  const said = msg.text.trim() || valueText(msg.value);
  if (said) next.push({ from: 'user', text: cut(said) });
  for (const r of output.replies) {
    const e: TranscriptEntry = { from: 'bot', text: cut(r.text), slot: r.requestedSlot };
    if (r.choices?.length) e.choices = r.choices;
    if (r.result) e.result = r.result;
    next.push(e);
  }
  const kept = next.slice(-TRANSCRIPT_MAX_ENTRIES);
  let bytes = kept.reduce((n, m) => n + Buffer.byteLength(JSON.stringify(m)), 0);
  while (kept.length > 1 && bytes > TRANSCRIPT_MAX_BYTES) bytes -= Buffer.byteLength(JSON.stringify(kept.shift()));
  return kept;
}

/** The text of a card submission (`{ choice }` or `{ text }`), or ''. */
function valueText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (value && typeof value === 'object') {
    const v = value as { choice?: unknown; text?: unknown };
    if (typeof v.choice === 'string') return v.choice.trim();
    if (typeof v.text === 'string') return v.text.trim();
  }
  return '';
}

