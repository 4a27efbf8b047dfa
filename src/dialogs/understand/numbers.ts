// Numbers as people type them: 3, 3.5, 三, 两, 十二, 二十三, 二〇二一, fifteen; durations: 两年半, 8年多, 十来年, 半年.
import { type Span, allMatches, pickSpans } from './text';

/** One Chinese digit's value (also read digit by digit in years: dates.ts). */
// (俩 and 仨, two and three as said in the north: 俩年前, 仨证)
export const CN_DIGIT: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 幺: 1, 一: 1, 二: 2, 两: 2, 俩: 2, 仨: 3, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** A Chinese numeral run (for regex sources). */
export const CN_NUM = '[零〇幺一二两俩仨三四五六七八九十百千]+';
/** An ASCII or Chinese number (for regex sources). */
export const NUM = `(?:\\d{1,4}(?:\\.\\d{1,2})?|${CN_NUM})`;

const EN_SMALL: Record<string, number> = {
  zero: 0, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
};
const EN_TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50 };
/** English number words (for regex sources). */
export const EN_NUM = '(?:(?:twenty|thirty|forty|fifty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';

/** 十二 → 12, 二十三 → 23, 一百零五 → 105, 两 → 2, 二〇二一 → 2021 (digit by digit when there is no unit). */
export function cnInt(s: string): number | undefined {
  if (!s || s.length > 12) return undefined;
  let hasUnit = false;
  for (const ch of s) {
    if (CN_UNIT[ch] !== undefined) hasUnit = true;
    else if (CN_DIGIT[ch] === undefined) return undefined;
  }
  if (!hasUnit) {
    // 两三, 五六: a colloquial range, read as its lower end (二三, 一二 stay digits: 二三年 is 2023)
    if (s.length === 2 && !'一二'.includes(s[0]) && CN_DIGIT[s[1]] === CN_DIGIT[s[0]] + 1 && CN_DIGIT[s[0]] > 0) return CN_DIGIT[s[0]];
    let v = 0;
    for (const ch of s) v = v * 10 + CN_DIGIT[ch];
    return v;
  }
  // 十五六, 二十一二: a range in the tens, read as its lower end (the reading that promises least)
  const tensRange = /^([二三四五六七八九]?十)([一二三四五六七八])([二三四五六七八九])$/.exec(s);
  if (tensRange && CN_DIGIT[tensRange[3]] === CN_DIGIT[tensRange[2]] + 1) return (cnInt(tensRange[1]) ?? 10) + CN_DIGIT[tensRange[2]];
  let total = 0;
  let section = 0;
  let num = 0;
  let seenDigit = false;
  for (const ch of s) {
    const d = CN_DIGIT[ch];
    if (d !== undefined) { num = d; seenDigit = true; continue; }
    const unit = CN_UNIT[ch];
    if (unit === 10000) { total += (section + num) * 10000; section = 0; num = 0; continue; }
    section += (seenDigit ? num : 1) * unit;
    num = 0;
    seenDigit = false;
  }
  return total + section + num;
}

function enInt(s: string): number | undefined {
  const w = s.trim().toLowerCase();
  // Own keys only: a word such as 'constructor' must not read Object.prototype's members as a number.
  if (Object.hasOwn(EN_SMALL, w)) return EN_SMALL[w];
  const m = /^(twenty|thirty|forty|fifty)(?:[- ](\w+))?$/.exec(w);
  if (!m) return undefined;
  const unit = !m[2] ? 0 : Object.hasOwn(EN_SMALL, m[2]) ? EN_SMALL[m[2]] : undefined;
  if (unit === undefined || unit > 9) return undefined;
  return EN_TENS[m[1]] + unit;
}

/** Any number token: '3', '3.5', '三', '两', '十二', 'fifteen', 'twenty-three'. */
export function parseNumber(s: string): number | undefined {
  const t = s.trim();
  if (/^\d+(?:\.\d+)?$/.test(t)) {
    const v = Number(t);
    return Number.isFinite(v) ? v : undefined;
  }
  return cnInt(t) ?? enInt(t);
}

/** `below`: a number of years said as not reached yet (快五年 → years 4, below 5). */
export interface Duration extends Span { years: number; below?: number }

const round2 = (v: number): number => Math.round(v * 100) / 100;

/** Words before a number of years that say it is not reached yet (快五年, 将近六年, 不到四年): for regex sources (dates.ts
 * reads the same words before 拿证…年了). */
// (差不多 too: 差不多十年 promises no more than 快十年 does; 差不多十年多 stays ten, the 多 said)
export const UNDER_WORDS = '快要?|就快|将近|接近|差不多|不到|还不到|没到|没满|未满|不满';

const CN_DURATIONS: { re: RegExp; value: (m: RegExpExecArray) => number | undefined; below?: (m: RegExpExecArray) => number | undefined }[] = [
  // 快五年, 将近六年, 接近十年, 眼看就满三年, 不到四年: not yet that many, read as the whole years below it (快五年 → 4:
  // the reading that promises least, as 八年多 is eight); the number said is kept so that the echo can say so
  {
    re: new RegExp(`(?:${UNDER_WORDS}|眼看(?:着)?(?:就)?(?:要)?|马上(?:就)?(?:要)?|差(?:一)?点(?:儿)?(?:就)?)(?:有|满|到)?(${NUM})(?:个)?年(?!多|半|以上|出头|前|以前|之前)`, 'g'),
    // (不到一年 is none: nothing to say of a whole year below)
    ...notReached(m => parseNumber(m[1])),
  },
  // 十年不到, 十年还没到, 差两个月十年, 还差半年满五年: the number said, then said as not reached: the whole years below
  {
    re: new RegExp(`差(?:${NUM}个?月|半年)(?:就)?(?:满|到|够)?(${NUM})(?:个)?年|(?<![\\d.])(${NUM})(?:个)?年(?:还|都|也)?(?:不到|没到|没满|不满|未满)`, 'g'),
    ...notReached(m => parseNumber(m[1] ?? m[2])),
  },
  // 十到十五年, 8-10年: a range, read as its lower end (the reading that promises least)
  { re: new RegExp(`(?<![\\d.])(${NUM})\\s*(?:到|至|-|~|～)\\s*(${NUM})(?:来|几|多)?个?年`, 'g'), value: m => parseNumber(m[1]) },
  // 两年半, 一年半, 3年半, 十几年半
  { re: new RegExp(`(?<![\\d.])(${NUM})(?:来|几|多)?个?年半`, 'g'), value: m => add(parseNumber(m[1]), 0.5) },
  // 8年, 8年多, 十来年, 十几年, 二十多年, 3年零6个月, 3年6个月
  {
    re: new RegExp(`(?<![\\d.])(${NUM})(?:来|几|多)?个?年(?:多|左右|来|出头|以上)?(?:零?(${NUM})个?月)?`, 'g'),
    value: m => add(parseNumber(m[1]), m[2] !== undefined ? (parseNumber(m[2]) ?? 0) / 12 : 0),
  },
  // (上半年 / 下半年 / 前半年 name a part of a year, not a duration)
  { re: /(?<![上下前后])半年/g, value: () => 0.5 },
  // 6个月, 十个多月
  { re: new RegExp(`(?<![\\d.])(${NUM})多?个多?月`, 'g'), value: m => div12(parseNumber(m[1])) },
];

const EN_DURATIONS: { re: RegExp; value: (m: RegExpExecArray) => number | undefined; below?: (m: RegExpExecArray) => number | undefined }[] = [
  // nearly 10 years, almost ten yrs, close to a decade, 5 years almost: not yet that many, the whole years below (as 快十年
  // is), the number said kept for the echo
  {
    re: new RegExp(`\\b(?:nearly|almost|close to|not far off|approaching|coming up (?:on|to)|getting on for|going on)\\s+(?:(\\d{1,2}|${EN_NUM})\\s*(?:full |whole )?(?:years?|yrs?)\\b(?! and a half)|(a|one|two) decades?\\b)|\\b(\\d{1,2}|${EN_NUM})\\s*(?:years?|yrs?)\\s+(?:almost|nearly|or so short)\\b`, 'g'),
    ...notReached(enBelow),
  },
  { re: /\bhalf an? year\b/g, value: () => 0.5 },
  { re: /\ba year and a half\b/g, value: () => 1.5 },
  {
    re: new RegExp(`\\b(\\d{1,3}(?:\\.\\d{1,2})?|${EN_NUM}|an?)(?: and a half)?\\s*(?:\\+|plus)?\\s*(?:years?|yrs?)\\b(?: and a half)?`, 'g'),
    value: m => add(parseNumber(m[1]), /and a half/.test(m[0]) ? 0.5 : 0),
  },
  { re: new RegExp(`\\b(\\d{1,3}|${EN_NUM})\\s*(?:months?|mos?)\\b`, 'g'), value: m => div12(parseNumber(m[1])) },
  // a decade, over a decade, two decades: ten years a decade (more than one is read as the lower bound, as 十多年 is)
  { re: /\b(?:(?:over|more than|just over|well over) )?(a|one|two|three)\s+decades?\b/g, value: m => ({ a: 10, one: 10, two: 20, three: 30 } as Record<string, number>)[m[1]] },
];

/** The number of years an English "nearly N years" names (a decade: 10). */
function enBelow(m: RegExpExecArray): number | undefined {
  if (m[2]) return { a: 10, one: 10, two: 20 }[m[2] as 'a'];
  return parseNumber(m[1] ?? m[3]);
}

/** A row's readings of a number said as not reached yet: the whole years below it, and the number said (kept for the
 * echo; none for one year, below which no whole year is left to say). */
function notReached(said: (m: RegExpExecArray) => number | undefined): Pick<(typeof CN_DURATIONS)[number], 'value' | 'below'> {
  return { value: m => underYears(said(m)), below: m => { const n = said(m); return n !== undefined && n > 1 ? n : undefined; } };
}

/** The whole years below n (快五年: 4; 快三年半: 3). */
export function underYears(n: number | undefined): number | undefined {
  return n === undefined || n <= 0 ? undefined : Math.max(0, Math.ceil(n) - 1);
}

function add(v: number | undefined, plus: number): number | undefined {
  return v === undefined ? undefined : round2(v + plus);
}
function div12(v: number | undefined): number | undefined {
  return v === undefined ? undefined : round2(v / 12);
}

// less than 5 years, not quite 5, just under 5 (and a Chinese 不到 the first CN_DURATIONS row does not take, 不到五年半):
// below the number said, read as half a year short, never the number reached. English nearly / almost, as Chinese 快 /
// 将近 / 差不多, are the whole years below (the first CN_DURATIONS and EN_DURATIONS rows).
const SHORT_OF = /(?:不到|没到|没满|不满|未满|差一点|差点)$|\b(?:not quite|just under|under|less than|short of|not yet)\s*$/;

/** Every duration in the text, leftmost-longest: 两年半 → 2.5, 8年多 → 8, 十来年 → 10, 半年 → 0.5, 15 years → 15, less than 5 years → 4.5. */
export function findDurations(text: string): Duration[] {
  const out: Duration[] = [];
  for (const { re, value, below } of [...CN_DURATIONS, ...EN_DURATIONS] as typeof CN_DURATIONS) {
    for (const m of allMatches(text, re)) {
      const said = value(m);
      const years = said !== undefined && said >= 1 && SHORT_OF.test(text.slice(Math.max(0, m.index - 14), m.index)) ? said - 0.5 : said;
      if (years === undefined || !Number.isFinite(years) || years < 0 || years > 80) continue;
      const b = below?.(m);
      out.push({ start: m.index, end: m.index + m[0].length, years, ...(b !== undefined ? { below: b } : {}) });
    }
  }
  return pickSpans(out);
}

/** The whole text is one number ("15", "三", "3.5", "fifteen"), nothing else. */
export function bareNumber(text: string): number | undefined {
  const t = text.replace(/[\s,。.!?]+$/g, '').trim();
  if (!t || t.length > 16) return undefined;
  const v = parseNumber(t);
  return v !== undefined && Number.isFinite(v) && v < 1000 ? v : undefined;
}
