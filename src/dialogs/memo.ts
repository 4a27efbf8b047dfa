// A small bounded memo for the dialog's pure, repeatable work (understanding a message, choosing the next question,
// wording an answer). Bounded, so a process talking to many people keeps a fixed amount of memory.
//
// Two generations: entries go into the young one; when it is full it becomes the old one and the previous old
// generation is dropped. A hit in the old generation moves the entry back to the young one, so what is used keeps
// being kept. A lookup is one or two Map reads; at most `capacity` entries are held.

export class BoundedMemo<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();
  private readonly half: number;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 2) throw new RangeError('capacity must be an integer of at least 2');
    this.half = Math.floor(capacity / 2);
  }

  /** How many entries are held (never more than `capacity`). */
  get size(): number { return this.young.size + this.old.size; }

  /** The value kept for `key`, or undefined. */
  get(key: string): V | undefined {
    const v = this.young.get(key);
    if (v !== undefined) return v;
    const o = this.old.get(key);
    if (o !== undefined) {
      this.old.delete(key);
      this.put(key, o);
    }
    return o;
  }

  set(key: string, value: V): void {
    this.old.delete(key);
    this.put(key, value);
  }

  /** The value for `key`, computed by `make` (and kept) when absent. */
  getOrMake(key: string, make: () => V): V {
    const hit = this.get(key);
    if (hit !== undefined) return hit;
    const v = make();
    this.set(key, v);
    return v;
  }

  clear(): void {
    this.young.clear();
    this.old.clear();
  }

  private put(key: string, value: V): void {
    if (!this.young.has(key) && this.young.size >= this.half) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }
}

/** The longest message text a memo keeps. */
export const KEEP_MAX_CHARS = 32;

/**
 * Whether a message text may be kept as a memo key: the short answers many people give (没有, 重庆, 技师), not a
 * long message, and none with a run of digits (a phone or ID number is nothing to keep in memory).
 */
export function keepableText(text: string): boolean {
  return text.length <= KEEP_MAX_CHARS && !/[0-9\uff10-\uff19]{6}/.test(text);
}

/** `s` with its length in front: parts so marked make a key no other parts make. */
export const sized = (s: string): string => `${s.length}:${s}`;
