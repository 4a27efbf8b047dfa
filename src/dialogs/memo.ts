// A small bounded memo for the dialog's pure, repeatable work (understanding a message, choosing the next question,
// wording an answer). Bounded, so a process talking to many people keeps a fixed amount of memory: the shared
// two-generation map (../boundedMap.ts), keyed by strings, with a capacity of at least 2.
import { BoundedMap } from '../boundedMap';

export class BoundedMemo<V> extends BoundedMap<string, V> {
  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 2) throw new RangeError('capacity must be an integer of at least 2');
    super(capacity);
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
