// Text normalisation before any reading: traditional → simplified characters (opencc-js, Taiwan and Hong Kong
// forms), and the domain's common mistypings (技帅, 工程帅, 高级技术证书), each guess reported so it can be confirmed.
import * as OpenCC from 'opencc-js';

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const hkToSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

// Converting costs tens of µs per message: only a message with a character that changes is converted. Whether a
// character changes is asked once per character (bounded: CJK has a fixed set).
const changes = new Map<string, boolean>();
function hasTraditional(s: string): boolean {
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x3400 || c > 0x9fff) continue;
    let v = changes.get(ch);
    if (v === undefined) changes.set(ch, (v = toSimplified(ch) !== ch || hkToSimplified(ch) !== ch));
    if (v) return true;
  }
  return false;
}

/** 蘇州 → 苏州, 技師 → 技师, 沒有職稱 → 没有职称; simplified text is returned as is. */
export function simplified(s: string): string {
  if (!hasTraditional(s)) return s;
  return hkToSimplified(toSimplified(s));
}

// Cantonese written forms people type (冇職稱, 我係技師, 喺深圳): read as Mandarin. Not guesses: always these words.
const COLLOQUIAL = /[冇喺嘅咗]|(?<=^|[我你佢他她都唔就])係/g;
const MANDARIN: Record<string, string> = { 冇: '没有', 係: '是', 喺: '在', 嘅: '的', 咗: '了' };
/** 冇 → 没有, 係 → 是, 喺 → 在 (after simplification: 係 is also traditional for 系, which opencc keeps apart). */
export function mandarin(s: string): string {
  return COLLOQUIAL.test(s) ? s.replace(COLLOQUIAL, (c) => MANDARIN[c]) : s;
}

/** A guessed reading of a mistyped word: `from` as typed, `to` as read. */
export interface Guess { from: string; to: string }

/**
 * Mistypings of the domain's words (voice input and pinyin keyboards): [as typed, as meant]. Longest first where
 * one contains another. Each is a guess the dialog confirms ("您是说高级技师证书吗？").
 */
const MISTYPINGS: [string, string][] = [
  ['高级技术证书', '高级技师证书'], ['高级技术证', '高级技师证'], ['高级技士', '高级技师'], ['高级技帅', '高级技师'],
  ['助理工程帅', '助理工程师'], ['高级工程帅', '高级工程师'], ['工程帅', '工程师'], ['工程狮', '工程师'], ['攻城狮', '工程师'],
  ['技帅', '技师'], ['技士证', '技师证'], ['技术师证', '技师证'], ['高级攻', '高级工'], ['高级公证', '高级工证'],
  ['职陈', '职称'], ['职成', '职称'], ['直称', '职称'], ['职秤', '职称'], ['只称', '职称'],
  ['考合', '考核'], ['考和', '考核'], ['合隔', '合格'],
];
const MISTYPED = new RegExp(MISTYPINGS.map(([f]) => f).join('|'), 'g');
const MEANT = new Map(MISTYPINGS);

/** The text with mistypings replaced, and what was guessed. */
export function fixMistypings(s: string): { text: string; guessed: Guess[] } {
  const guessed: Guess[] = [];
  if (!MISTYPED.test(s)) return { text: s, guessed };
  MISTYPED.lastIndex = 0;
  const text = s.replace(MISTYPED, (m) => {
    const to = MEANT.get(m)!;
    if (!guessed.some((g) => g.from === m)) guessed.push({ from: m, to });
    return to;
  });
  return { text, guessed };
}
