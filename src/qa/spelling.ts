// English typos read as meant: a word the intents' phrasings do not have, one slip (a letter dropped, doubled or
// swapped with the next; in a long word also one mistyped) from exactly one word they have, is read as that word
// ("comupter" → computer, "posible" → possible, "sceduled" → scheduled by the stem). Pure; an index per vocabulary.

/** Words shorter than this are left alone: too many real words lie one slip from each other (form, from). */
export const MIN_TYPO_LENGTH = 6;
/** A word one shorter is mended only when a letter was dropped (degre → degree), never swapped or mistyped. */
export const MIN_DROPPED_LENGTH = 5;
/** A word this short is mended only when one of a doubled letter was typed (aply → apply, ofer → offer). */
export const MIN_UNDOUBLED_LENGTH = 4;
/** One letter typed for another only counts in words at least this long (context is not contest). */
export const MIN_SUBSTITUTION_LENGTH = 8;

/** Whether `typed` is one slip from `word`: a letter dropped or added, two neighbours swapped, or (long words) one
 * letter for another. */
export function oneSlip(typed: string, word: string): boolean {
  if (typed === word) return false;
  const [a, b] = [typed, word];
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    // swapped neighbours, or one letter for another
    if (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) return true;
    return a.length >= MIN_SUBSTITUTION_LENGTH && a.slice(i + 1) === b.slice(i + 1);
  }
  return a.length < b.length ? a.slice(i) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
}

/** An English word's endings, stripped to stem it (applying ~ apply, scheduled ~ schedule). */
const ENDING = /(?:ies|es|s|ing|ed|ers|er)$/;
/** The one English stemmer: the intents' words are indexed by it (src/qa/ask.ts) and typos mended by it here. */
export const enStem = (w: string) => w.replace(/'s$/, '').replace(ENDING, '').replace(/(?<=..)e$/, '');

/** Words (or stems) by the keys under which one slip finds them: itself and each of its one-letter deletions. */
type Keyed = Map<string, string[]>;
interface Index { words: Keyed; stems: Keyed; stemSet: Set<string>; memo: Map<string, string | null> }

function keys(w: string): string[] {
  const out = [w];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}
function keyed(list: Iterable<string>): Keyed {
  const byKey: Keyed = new Map();
  for (const w of list) for (const k of keys(w)) {
    const at = byKey.get(k);
    if (!at) byKey.set(k, [w]); else if (!at.includes(w)) at.push(w);
  }
  return byKey;
}

const indexes = new WeakMap<ReadonlySet<string>, Index>();
function indexOf(words: ReadonlySet<string>): Index {
  let ix = indexes.get(words);
  if (!ix) {
    const stemSet = new Set([...words].map(enStem).filter((x) => x.length >= MIN_TYPO_LENGTH - 1));
    ix = { words: keyed(words), stems: keyed(stemSet), stemSet, memo: new Map() };
    indexes.set(words, ix);
  }
  return ix;
}

/** The entries of `byKey` one slip from `w`. */
function near(w: string, byKey: Keyed): string[] {
  const found = new Set<string>();
  for (const k of keys(w)) for (const c of byKey.get(k) ?? []) if (oneSlip(w, c)) found.add(c);
  return [...found];
}

/** Whether `typed` is `word` with one of a doubled letter left out (aply ~ apply). */
function undoubled(typed: string, word: string): boolean {
  for (let i = 0; i + 1 < word.length; i++) if (word[i] === word[i + 1] && typed === word.slice(0, i) + word.slice(i + 1)) return true;
  return false;
}

/** The word of `words` that `w` is a slip of, when exactly one is (a word of four letters only when a doubled letter
 * was typed once); undefined for a known word, a short one, or none.
 * Failing a word, the stem: one slip from exactly one stem of theirs, the ending typed kept (sceduled → scheduled). */
export function nearWord(w: string, words: ReadonlySet<string>): string | undefined {
  if (w.length < MIN_UNDOUBLED_LENGTH || words.has(w) || !/^[a-z]+$/.test(w)) return undefined;
  const ix = indexOf(words);
  const memo = ix.memo.get(w);
  if (memo !== undefined) return memo ?? undefined;
  let fix: string | undefined;
  const direct = near(w, ix.words).filter((c) => (w.length >= MIN_TYPO_LENGTH || c.length === w.length + 1)
    && (w.length >= MIN_DROPPED_LENGTH || undoubled(w, c)));
  if (direct.length === 1) fix = direct[0];
  else if (!direct.length) {
    const stem = w.replace(ENDING, '');
    const ending = w.slice(stem.length);
    const stems = ending && w.length >= MIN_TYPO_LENGTH && stem.length >= MIN_TYPO_LENGTH - 1 && !ix.stemSet.has(stem) ? near(stem, ix.stems) : [];
    if (stems.length === 1) fix = stems[0] + ending;
  }
  if (ix.memo.size < 5000) ix.memo.set(w, fix ?? null);
  return fix;
}
