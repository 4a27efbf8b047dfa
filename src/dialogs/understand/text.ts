// Text helpers: normalisation, masking of consumed spans, clause boundaries, leftmost-longest selection.

/** Only this many characters of a message are looked at: bounds the work on any input. */
export const MAX_CHARS = 500;

/** The character that replaces consumed text: matched by none of the patterns, not a clause boundary. */
export const MASK = '\u2581';

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const INVISIBLE = /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]|\ufe0e|\ufe0f/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * NFKC (full-width digits, letters and punctuation become ASCII), control characters become spaces, invisible
 * and direction marks go, ASCII letters are lower-cased (index-preserving), whitespace runs collapse, trimmed.
 */
export function normalize(raw: string): string {
  let s = String(raw ?? '').slice(0, MAX_CHARS).replace(LONE_SURROGATE, '');
  s = s.normalize('NFKC');
  s = s.replace(CONTROL, ' ').replace(INVISIBLE, '');
  s = s.replace(/[A-Z]/g, c => c.toLowerCase());
  s = s.replace(/[\u3000\s]+/g, ' ').trim();
  // Chinese quotes and brackets carry nothing we read.
  s = s.replace(/[“”"‘’「」『』《》【】]/g, ' ').replace(/ {2,}/g, ' ').trim();
  return s.slice(0, MAX_CHARS);
}

export interface Span { start: number; end: number }

/** Keeps, among candidate spans, the leftmost-longest non-overlapping ones (in text order). */
export function pickSpans<T extends Span>(candidates: T[]): T[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
  const out: T[] = [];
  let lastEnd = -1;
  for (const c of sorted) {
    if (c.end <= c.start) continue;
    if (c.start >= lastEnd) { out.push(c); lastEnd = c.end; }
  }
  return out;
}

/** Runs a global regex and returns its matches with positions. */
export function allMatches(text: string, re: RegExp): RegExpExecArray[] {
  const g = re.global ? re : new RegExp(re.source, re.flags + 'g');
  g.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  while ((m = g.exec(text)) !== null) {
    if (m[0].length === 0) { g.lastIndex++; continue; }
    out.push(m);
    if (out.length > 200) break;
  }
  return out;
}

/** The working copy of a message: extractors mask what they consume, so later ones do not read it again. */
export class Scratch {
  text: string;
  readonly original: string;
  readonly clauseOf: number[];

  constructor(text: string) {
    this.original = text;
    this.text = text;
    this.clauseOf = clauseIds(text);
  }

  mask(start: number, end: number): void {
    if (end <= start) return;
    this.text = this.text.slice(0, start) + MASK.repeat(end - start) + this.text.slice(end);
  }

  clause(pos: number): number {
    return this.clauseOf[Math.max(0, Math.min(pos, this.clauseOf.length - 1))] ?? 0;
  }

  /** The text of the clause around `pos`, from the working copy. */
  clauseText(pos: number): { start: number; end: number; text: string } {
    const id = this.clause(pos);
    let start = pos;
    while (start > 0 && this.clauseOf[start - 1] === id) start--;
    let end = pos;
    while (end < this.text.length && this.clauseOf[end] === id) end++;
    return { start, end, text: this.text.slice(start, end) };
  }
}

const CJK = /[\u3400-\u9fff]/;
const SEPARATORS = new Set([',', '。', ';', '!', '?', '、', ':', '\n', '~', '…', '(', ')', '|']);

/** A clause number per character: clauses end at punctuation, and at spaces next to Chinese characters. */
export function clauseIds(text: string): number[] {
  const ids: number[] = new Array(text.length);
  let id = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    let sep = SEPARATORS.has(c);
    if (c === '.' && !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''))) sep = true;
    if (c === ' ' && (CJK.test(text[i - 1] ?? '') || CJK.test(text[i + 1] ?? ''))) sep = true;
    if (sep) { id++; ids[i] = id; id++; } else ids[i] = id;
  }
  return ids;
}

/** The message without punctuation, spaces and soft particles, for bare-answer tests (嗯嗯! → 嗯嗯). */
export function bare(text: string): string {
  return text.replace(/[\s,。.;!?、:~…'"()\-_*·]+/g, '').replace(/(啊|呀|吧|呢|哦|喔|哈|啦|嘛|的呀|哟)+$/u, '');
}
