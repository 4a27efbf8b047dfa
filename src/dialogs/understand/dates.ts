// Dates as people type them, resolved against asOf and kept to the month: 2021年6月, 21年6月, 2021.6, 2021-06,
// 2021/6, 2021年 (→ 2021-12, approximate), 前年, 去年3月, 三年前, 拿证三年了, April 2023, 3 years ago.
import { CN_DIGIT, EN_NUM, NUM, UNDER_WORDS, parseNumber, underYears } from './numbers';
import { type Span, allMatches, pickSpans } from './text';

export interface FoundDate extends Span {
  month: string;
  /** Only a year was given. */
  approx: boolean;
  /** Counted back from asOf (三年前, 拿证三年了). */
  relative: boolean;
  /** Counted back by years said as not reached yet (拿证快四年了: three whole years back; `said` as typed). */
  below?: { below: number; said: string };
}

export function monthIndex(ym: string): number {
  return Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
}
export function monthString(index: number): string {
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}`;
}

/**
 * A date corrected by a year alone (2022年6月 … 不是2022年，是2021年): the month said before stays, in the new year, when
 * that month is not later than the year-alone reading (never a month not yet come). Else the new reading as it is.
 */
export function correctedSince(old: { since?: string; sinceApprox?: boolean }, since: string, approx: boolean | undefined): { since: string; sinceApprox?: true } {
  if (approx && old.since && !old.sinceApprox) {
    const kept = `${since.slice(0, 4)}-${old.since.slice(5, 7)}`;
    if (kept <= since) return { since: kept };
  }
  return approx ? { since, sinceApprox: true } : { since };
}

/** asOf as a month index; a malformed asOf falls back to 2000-01 rather than throwing. */
export function asOfIndex(asOf: string): number {
  const m = /^(\d{4})-(\d{1,2})/.exec(String(asOf ?? ''));
  if (!m) return 2000 * 12;
  const month = Math.min(12, Math.max(1, Number(m[2])));
  return Number(m[1]) * 12 + month - 1;
}

const MONTHS_EN: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const EN_MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

const CN_DIGITS4 = '[零〇幺一二三四五六七八九]{4}';
const CN_DIGITS2 = '[零〇幺一二三四五六七八九]{2}';
/** 两千零一十八 (2018) as it is said in full. */
const CN_FULL_YEAR = '[两二]千零?[一二三四五六七八九十]{1,3}';
/** 十八, 二十二 (18, 22) as voice input writes a two-digit year. */
const CN_TENS_YEAR = '(?<![零〇幺一二两三四五六七八九十百千])(?:二十|十)[一二三四五六七八九]';
const Y4 = `((?<!\\d)(?:19|20)\\d{2}(?!\\d)|${CN_DIGITS4}|${CN_FULL_YEAR})`;
const Y2 = `((?<![\\d.])\\d{2}(?!\\d)|${CN_DIGITS2}|${CN_TENS_YEAR})`;
const M = '(\\d{1,2}|十[一二]?|[一二三四五六七八九])';
/** Between a year and its month, as voice input writes it: 2020年的6月份, 二零二二年嗯三月份. */
const FILLER = '(?:\\s*(?:[的嗯呃啊额]|那个|就是|这个|是在|是)\\s*)*\\s*';
const DAY = '(?:\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*(?:日|号))?';

/** Cues after a bare two-digit year that make it a date (21年拿的, 21年6月), not a duration (21年了). */
// (18年就有了, 18年就拿到了: 就 + a verb of getting says when it was got; 3年就能评 stays a duration)
const DATE_CUE_AFTER = /^\s*(?:的时候|时|拿|评|考|获|取得|发|办|开始|参加|入|底|末|初|中|上半年|下半年|的|又|再|那年|那一年|那会儿?|那时候?|那阵子?|(?:就|便|已经|就已经)(?:有|拿|考|评|取得|获得|到手|下证|发证))/;

function yearOf(token: string, asOfYear: number): number | undefined {
  let y = parseNumber(token);
  if (y === undefined) return undefined;
  if (token.length === 2 || (y < 100 && /十/.test(token))) y = y <= asOfYear % 100 ? 2000 + y : 1900 + y;
  // a few years ahead are read (and questioned by the dialog), not dropped
  if (y < 1950 || y > asOfYear + (token.length === 4 ? 5 : 1)) return undefined;
  return y;
}

function monthOf(token: string | undefined): number | undefined {
  if (token === undefined) return undefined;
  const m = parseNumber(token);
  return m !== undefined && Number.isInteger(m) && m >= 1 && m <= 12 ? m : undefined;
}

/**
 * A year alone: December of that year, the reading that promises nothing early; this year's: asOf itself.
 * 年底/年末 → December; 年初 → March and 年中/上半年 → June/July, both approximate.
 */
const SEASON_MONTH: Record<string, number> = { 春: 5, 夏: 8, 秋: 11, 冬: 12 };
// 20年年底 / 2019年年初: 年底 said after the year's own 年
// (去年的年初, 前年年头, 去年刚开年, 去年开春, 2024年春节后, 23年过完年: the start of that year too; 年尾 its end;
// 2023年的夏天, 21年暑假: a season or a school holiday, its last month; 春节前 / 寒假 the year's first weeks, February)
const SUFFIX = '(?:的(?=年|上半年|下半年|开年|刚开年|开春|春|夏|秋|冬|暑假|寒假|过完年|过了年|年后))?(?:\\s*(年底|年末|年尾|年初|年头|刚开年|开年|开春|(?:春节|过年|过完年|过了年)(?:以后|之后|后)|过完年|过了年|年后|春节前|过年前|寒假|暑假|年中|底|末|初|中|上半年|下半年|春天|夏天|秋天|冬天|春季|夏季|秋季|冬季))?';

/** Parts of a year said in other words, as the part they are read as (春节前 / 寒假: February; 年头 / 开春: 初). */
const PART_SAID: Record<string, string> = { 春节前: '二月', 过年前: '二月', 寒假: '二月', 年头: '初', 开年: '初', 刚开年: '初', 开春: '初', 暑假: '夏', 年尾: '底' };
/** 春节后, 过完年, 年后: the start of the year too. */
const AFTER_NEW_YEAR = /^(?:春节|过年|过完年|过了年|年后)/;

function yearOnly(y: number, suffix: string | undefined, asOf: number): { index: number; approx: boolean } {
  let month = 12;
  let approx = true;
  if (suffix) suffix = PART_SAID[suffix] ?? (AFTER_NEW_YEAR.test(suffix) ? '初' : suffix);
  if (suffix && suffix.length === 2 && suffix[0] === '年') suffix = suffix[1];
  if (suffix === '底' || suffix === '末') approx = false;
  else if (suffix === '初') month = 3;
  else if (suffix === '二月') month = 2;
  else if (suffix === '中' || suffix === '上半年') month = suffix === '中' ? 7 : 6;
  // a season: its last month (宁晚勿早), approximate
  else if (suffix && SEASON_MONTH[suffix[0]] !== undefined) month = SEASON_MONTH[suffix[0]];
  // this year: no later than asOf; a later year stays as said (the dialog questions a date in the future)
  const index = y * 12 > asOf ? y * 12 + month - 1 : Math.min(y * 12 + month - 1, asOf);
  return { index, approx };
}

// (Module-level helpers rather than closures per call.)
function push(out: FoundDate[], nowYear: number, m: RegExpExecArray, index: number | undefined, approx: boolean, relative = false): void {
  if (index === undefined || !Number.isFinite(index) || index < 1950 * 12 || index > (nowYear + 6) * 12) return;
  out.push({ start: m.index, end: m.index + m[0].length, month: monthString(index), approx, relative });
}
const ym = (y: number | undefined, mo: number | undefined): number | undefined =>
  y === undefined || mo === undefined ? undefined : y * 12 + mo - 1;

// The patterns, built once.
const REL_YEAR: Record<string, number> = { 今年: 0, 去年: 1, 前年: 2, 大前年: 3 };
const GOT = '(?:拿证|取证|获证|持证|发证|拿到证|拿的证|拿了证|考证|考出来|考下来|评上|评了|评的|考了|拿了|拿到|取得|获得|考到|考取)';
const YEAR_MONTH4 = new RegExp(`${Y4}\\s*年${FILLER}${M}\\s*月份?${DAY}`, 'g');
const YEAR_MONTH2 = new RegExp(`${Y2}\\s*年${FILLER}${M}\\s*月份?${DAY}`, 'g');
const YEAR4_ALONE = new RegExp(`${Y4}\\s*年${SUFFIX}`, 'g');
const YEAR2_ALONE = new RegExp(`${Y2}\\s*年${SUFFIX}`, 'g');
const REL_YEAR_DATE = new RegExp(`(大前年|前年|去年|今年)${SUFFIX}(?:\\s*${M}\\s*月份?${DAY})?`, 'g');
/** After 今年 / 去年: an age (四十五岁, 都50了, 45周岁), which makes the year word no date. */
const AGE_AFTER = new RegExp(`^\\s*(?:我|已经|都|就|刚|才|也)*\\s*(?:${NUM})\\s*(?:周岁|岁|(?:了|多了)(?![\\u4e00-\\u9fff])|(?=[\\s,。;!?]|$))`);
const YEARS_AGO = new RegExp(`(?<![\\d.哪几多])(${NUM})(?:来|几|多)?个?年(半)?多?(?:以|之)?前`, 'g');
const MONTHS_AGO = new RegExp(`(?:(?<![\\d.])(${NUM})多?个多?月|半年)(?:以|之)?前`, 'g');
const YEARS_SINCE_GOT = new RegExp(`${GOT}[^,。;、?!\\d]{0,8}?(?<![\\d.])(${NUM})(?:来|几|多)?个?年(半)?(?:多)?(?:了)?`, 'g');
/** Before a number of years: not yet that many (快, 将近, 不到). */
const UNDER_BEFORE = new RegExp(`(?:${UNDER_WORDS})(?:有|满|到)?$`);
const YEARS_HELD = new RegExp(`(?<![\\d.哪几多])(${NUM})(?:来|几|多)?个?年(半)?(?:多)?了`, 'g');
/** A part of a year with no year before it (年初, 上半年, 春节后): this year's. */
const PART_ALONE = /(?<![年\d零〇幺一二两三四五六七八九十今去前的])(?:是|在|于)?(年初|年中|年底|年末|年头|上半年|下半年|开春|(?:春节|过完年|过了年)(?:以后|之后|后)|过完年|春节前)/g;
const MONTH_ALONE = new RegExp(`(?<![\\d年.])(?<!个)${M}\\s*月份?${DAY}`, 'g');
const EN_MONTH_YEAR = new RegExp(`\\b${EN_MONTH}\\.?,?\\s+(?:of\\s+)?((?:19|20)\\d{2})\\b`, 'g');
const EN_YEAR_MONTH = new RegExp(`\\b((?:19|20)\\d{2})\\s+${EN_MONTH}\\b`, 'g');
const EN_FOR = new RegExp(`\\bfor (?:about |around |(almost |nearly |close to )|over |like |roughly )?(\\d{1,2}|${EN_NUM}|an?)( and a half)? years?\\b`, 'g');
const EN_AGO = new RegExp(`\\b(\\d{1,2}(?:\\.\\d)?|${EN_NUM}|an?)(?: and a half)?\\s+(years?|months?)(?: and a half)?\\s+ago\\b`, 'g');

/** 一九年, 二零年, 零八年: digits read one by one are a year (a number of years is said 十九年); 二三年, 三四年 may be a
 * range of years ("two or three"), so only a pair that is not one ascending step counts. */
function digitwiseYear(token: string): boolean {
  const a = CN_DIGIT[token[0]];
  const b = CN_DIGIT[token[1]];
  return token.length === 2 && a !== undefined && b !== undefined && b !== a + 1;
}

/** A level named right before a bare two-digit year (高级工17年, 技师是22年, 高级工证一七年): the year is its date. */
// (voice fillers between them too: 高级工 嗯 20年, 技师那个是22年)
const LEVEL_BEFORE = /\u2581\s*(?:证书?|职称)?(?:的)?(?:\s*(?:嗯|呃|啊|额|那个|就是))*\s*(?:是|在|是在|于|是于)?\s*$/;

/**
 * Every date in the text. `sinceContext`: the bot asked when something was obtained (21年, 三年了 are dates).
 * `levels`: where levels are named (masked in `text`): a bare two-digit year next to one is that level's date.
 */
export function findDates(raw: string, asOf: string, sinceContext: boolean, levels: readonly Span[] = []): FoundDate[] {
  // 六七月份, 6、7月: two months said as one, read as the later (宁晚勿早); the first becomes a filler (same length)
  const text = MONTH_RANGE.test(raw) ? raw.replace(MONTH_RANGE, (m, a: string, sep: string) => (a === '十一' ? '的十' : '的'.repeat(a.length + sep.length))) : raw;
  const now = asOfIndex(asOf);
  const nowYear = Math.floor(now / 12);
  const out: FoundDate[] = [];

  // 2021年6月(15日), 二〇二一年六月
  for (const m of allMatches(text, YEAR_MONTH4)) {
    push(out, nowYear, m, ym(yearOf(m[1], nowYear), monthOf(m[2])), false);
  }
  // 21年6月
  for (const m of allMatches(text, YEAR_MONTH2)) {
    push(out, nowYear, m, ym(yearOf(m[1], nowYear), monthOf(m[2])), false);
  }
  // 2021.6, 2021-06, 2021/6, 2021.06.15
  for (const m of allMatches(text, /(?<![\d.])((?:19|20)\d{2})\s*[.\-/]\s*(\d{1,2})(?:\s*[.\-/]\s*\d{1,2})?(?![\d.]*\d)/g)) {
    push(out, nowYear, m, ym(yearOf(m[1], nowYear), monthOf(m[2])), false);
  }
  // 21.6, 21-06 beside a level or asked for (技师 21.6): a two-digit year and its month
  for (const m of allMatches(text, /(?<![\d.\-/])(\d{2})\s*[.\-/]\s*(\d{1,2})(?![\d.\-/]|\s*(?:年|个|岁|万|元|%|分|小时))/g)) {
    const end = m.index + m[0].length;
    const byLevel = levels.some((l) => (l.end <= m.index && m.index - l.end <= 2) || (l.start >= end && l.start - end <= 1));
    if (!(sinceContext || byLevel)) continue;
    const y = yearOf(m[1], nowYear);
    if (y === undefined || y < 1990) continue;
    push(out, nowYear, m, ym(y, monthOf(m[2])), false);
  }
  // 技师 2024 3, 2019 11: a year and its month typed with a space between, beside a level or asked for (a number
  // that counts something after it is no month: 2019 3个, 2020 5年)
  for (const m of allMatches(text, /(?<![\d.])((?:19|20)\d{2})\s+(\d{1,2})(?![\d.]|\s*(?:年|个|岁|万|元|%|分|小时|天|号|人|名|次|本|级|等))/g)) {
    const end = m.index + m[0].length;
    const byLevel = levels.some((l) => (l.end <= m.index && m.index - l.end <= 2) || (l.start >= end && l.start - end <= 1));
    const mo = Number(m[2]);
    if (!(sinceContext || byLevel) || mo < 1 || mo > 12) continue;
    push(out, nowYear, m, ym(yearOf(m[1], nowYear), mo), false);
  }
  // 202106: a year and month typed together
  for (const m of allMatches(text, /(?<![\d.])((?:19|20)\d{2})(0[1-9]|1[0-2])(?![\d.])/g)) {
    push(out, nowYear, m, ym(yearOf(m[1], nowYear), monthOf(m[2])), false);
  }
  // early 2021, mid-2019, late 2022, end of 2020, spring 2021, summer of 2019
  for (const m of allMatches(text, /\b(early|beginning of|start of|mid|middle of|first half of|late|end of|second half of|spring|summer|autumn|fall|winter)(?:[- ]| of )?\s*((?:19|20)\d{2})\b/g)) {
    const y = yearOf(m[2], nowYear);
    if (y === undefined) continue;
    const word = m[1];
    const suffix = /early|beginning|start/.test(word) ? '初' : /first half/.test(word) ? '上半年' : /second half/.test(word) ? '下半年' : /mid|middle/.test(word) ? '中' : /late|end/.test(word) ? '底' : ({ spring: '春', summer: '夏', autumn: '秋', fall: '秋', winter: '冬' } as Record<string, string>)[word];
    const { index, approx } = yearOnly(y, suffix, now);
    push(out, nowYear, m, index, approx);
  }
  // 6/2021, 06-2021, 05.2021
  for (const m of allMatches(text, /(?<![\d.])(\d{1,2})(?:\s*[/-]\s*|\.)((?:19|20)\d{2})(?![\d.]*\d)/g)) {
    if (Number(m[1]) < 1 || Number(m[1]) > 12) continue;
    push(out, nowYear, m, ym(yearOf(m[2], nowYear), monthOf(m[1])), false);
  }
  // 2021年, 2021年底
  for (const m of allMatches(text, YEAR4_ALONE)) {
    const y = yearOf(m[1], nowYear);
    if (y === undefined) continue;
    const { index, approx } = yearOnly(y, m[2], now);
    push(out, nowYear, m, index, approx);
  }
  // 21年, 21年底: a date when asked for one, or when a cue follows; otherwise a duration (干了21年)
  for (const m of allMatches(text, YEAR2_ALONE)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 4);
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    // (一九年, 二零年 said digit by digit are years whatever follows: 大概二零年左右)
    if (!digitwiseYear(m[1]) && (/[了满干做有]$|工作|从事/.test(before) || /^(?:了|多|半|左右|以上|工作|经验|工龄)/.test(after))) continue;
    const end = m.index + m[0].length;
    // 17年高级工22年技师: a year said with a level in a run-on (a level just after, or just before with no 了)
    const byLevel = levels.some((l) => l.start >= end && l.start - end <= 1 && /^\s?$/.test(text.slice(end, l.start)))
      || (levels.some((l) => l.end <= m.index && m.index - l.end <= 5) && LEVEL_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index)) && /^(?:\s|[,。;!?\u2581]|$)/.test(after));
    if (!(sinceContext || m[2] || byLevel || DATE_CUE_AFTER.test(after) || /^(?:[5-9]\d)$/.test(m[1]) || digitwiseYear(m[1]))) continue;
    const y = yearOf(m[1], nowYear);
    if (y === undefined) continue;
    const { index, approx } = yearOnly(y, m[2], now);
    push(out, nowYear, m, index, approx);
  }
  // 今年, 去年3月, 前年, 大前年底
  for (const m of allMatches(text, REL_YEAR_DATE)) {
    // 今年四十五岁, 今年都50了: an age, not a date
    if (!m[2] && !m[3] && AGE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    const y = nowYear - REL_YEAR[m[1]];
    const mo = monthOf(m[3]);
    if (mo !== undefined) push(out, nowYear, m, Math.min(y * 12 + mo - 1, now), false);
    else {
      const { index, approx } = yearOnly(y, m[2], now);
      push(out, nowYear, m, index, approx);
    }
  }
  // 年初, 上半年, 春节后 said with no year (asked when, or said of a level with the verb of getting after it): this year's
  for (const m of allMatches(text, PART_ALONE)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 6);
    const byLevel = levels.some((l) => l.end <= m.index && m.index - l.end <= 3) && /^(?:的时候|那会儿?)?(?:拿|考|评|取得|获得|下证|发证)(?:的|到的|下来的|了)/.test(after);
    if (!(sinceContext || byLevel) || /^(?:再|才|去|准备|打算)?(?:考|评|报)(?!的|到|了|过|下)/.test(after)) continue;
    const { index, approx } = yearOnly(nowYear, m[1], now);
    push(out, nowYear, m, index, approx);
  }
  // 上个月, 本月
  for (const m of allMatches(text, /上个?月|这个月|本月/g)) push(out, nowYear, m, m[0].startsWith('上') ? now - 1 : now, false, true);
  // 三年前, 两年半前, 三年多以前, 半年前, 6个月前
  for (const m of allMatches(text, YEARS_AGO)) {
    const n = parseNumber(m[1]);
    if (n !== undefined) push(out, nowYear, m, now - Math.round(n * 12) - (m[2] ? 6 : 0), false, true);
  }
  for (const m of allMatches(text, MONTHS_AGO)) {
    const n = m[1] === undefined ? 6 : parseNumber(m[1]);
    if (n !== undefined) push(out, nowYear, m, now - Math.round(n), false, true);
  }
  // 拿证三年了, 取得技师证两年半, 评上三年多了
  // (拿证快四年了, 拿了将近三年: not yet that many, counted back by the whole years below: the latest month it can be)
  const pushHeld = (m: RegExpExecArray, n: number, before: string) => {
    const under = UNDER_BEFORE.exec(before);
    if (!under || m[2]) { push(out, nowYear, m, now - Math.round(n * 12) - (m[2] ? 6 : 0), false, true); return; }
    const years = Math.max(0, Math.ceil(n) - 1);
    const at = out.length;
    push(out, nowYear, m, now - years * 12, false, true);
    const said = `${under[0]}${text.slice(m.index, m.index + m[0].length).replace(/^.*?(?=[\d零〇幺一二两俩仨三四五六七八九十])/, '').replace(/[了多]+$/, '')}`;
    if (out[at]) out[at].below = { below: n, said };
  };
  for (const m of allMatches(text, YEARS_SINCE_GOT)) {
    // 考了高级工22年考了技师: a year that starts the next statement, not a duration
    if (!/[了多半]$/.test(m[0]) && (DATE_CUE_AFTER.test(text.slice(m.index + m[0].length)) || /^\s*(?:又|再|就|\u2581)/.test(text.slice(m.index + m[0].length)))) continue;
    // 拿到的考核都合格二十年工龄: the years are another fact's (work), said after something else
    if (/考核|合格|称职|工作|工龄|干了|做了/.test(m[0]) || /^\s*(?:的)?(?:工龄|工作|经验|年资)/.test(text.slice(m.index + m[0].length))) continue;
    const n = parseNumber(m[1]);
    if (n !== undefined) pushHeld(m, n, m[0].slice(0, m[0].lastIndexOf(m[1])));
  }
  // 三年了 (asked when; or a certificate in the same breath: 技师三年了)
  for (const m of allMatches(text, YEARS_HELD)) {
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    const clauseBefore = before.split(/[,。;、?!]/).pop() ?? '';
    if (/工作|干|做|从事|入行|工龄|上班/.test(clauseBefore)) continue;
    if (!sinceContext && !/证|\u2581/.test(before)) continue;
    const n = parseNumber(m[1]);
    if (n !== undefined) pushHeld(m, n, before);
  }
  // 6月 alone: the latest such month not after asOf
  const bareMonths = new Map<FoundDate, number>();
  for (const m of allMatches(text, MONTH_ALONE)) {
    const mo = monthOf(m[1]);
    if (mo === undefined) continue;
    let index = nowYear * 12 + mo - 1;
    if (index > now) index -= 12;
    push(out, nowYear, m, index, false);
    if (out.at(-1)?.start === m.index) bareMonths.set(out.at(-1)!, mo);
  }
  // English: April 2023, Apr. 2023, 2023 April, 3 years ago, last year, in 2021
  for (const m of allMatches(text, EN_MONTH_YEAR)) {
    push(out, nowYear, m, ym(yearOf(m[2], nowYear), MONTHS_EN[m[1].slice(0, 3)]), false);
  }
  for (const m of allMatches(text, EN_YEAR_MONTH)) {
    push(out, nowYear, m, ym(yearOf(m[1], nowYear), MONTHS_EN[m[2].slice(0, 3)]), false);
  }
  for (const m of allMatches(text, EN_AGO)) {
    const n = parseNumber(m[1]);
    if (n === undefined) continue;
    const half = /and a half/.test(m[0]) ? 0.5 : 0;
    push(out, nowYear, m, now - Math.round(m[2].startsWith('year') ? (n + half) * 12 : n + half), false, true);
  }
  // last year, early last year, at the end of this year, in the middle of the year before last
  for (const m of allMatches(text, /\b(?:(?:at |in )?(?:the )?(early|beginning of|start of|mid|middle of|late|end of)[- ]?\s*)?(the year before last|last year|this year)\b/g)) {
    const y = nowYear - (m[2] === 'this year' ? 0 : m[2] === 'last year' ? 1 : 2);
    const suffix = m[1] === undefined ? undefined : /early|beginning|start/.test(m[1]) ? '初' : /mid|middle/.test(m[1]) ? '中' : '底';
    const { index, approx } = yearOnly(y, suffix, now);
    push(out, nowYear, m, index, approx);
  }
  for (const m of allMatches(text, /\blast month\b/g)) push(out, nowYear, m, now - 1, false, true);
  // had the technician cert for three years: held that long (asked when, or a level before it; not years of work)
  for (const m of allMatches(text, EN_FOR)) {
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (/\b(?:work|worked|working|employed|job|experience|in the (?:trade|field))\b/.test(before)) continue;
    if (!sinceContext && !levels.some((l) => l.end <= m.index && m.index - l.end <= 24)) continue;
    const n = /^an?$/.test(m[2]) ? 1 : parseNumber(m[2]);
    if (n === undefined) continue;
    // (for almost three years: not yet three, counted back by the whole years below, as 快三年 is)
    const said = n + (m[3] ? 0.5 : 0);
    const years = m[1] ? (underYears(said) ?? 0) : said;
    push(out, nowYear, m, now - Math.round(years * 12), false, true);
  }
  // a four-digit year on its own: 2021, in 2021
  for (const m of allMatches(text, /(?<![\d.])(?<!\d[-/])((?:19|20)\d{2})(?:-?ish\b)?(?!\d|[.\-/]\d|\s*年)/g)) {
    const y = yearOf(m[1], nowYear);
    if (y === undefined) continue;
    const { index, approx } = yearOnly(y, undefined, now);
    push(out, nowYear, m, index, approx);
  }
  return joinMonths(pickSpans(out), bareMonths, text);
}

const MONTH_RANGE = /(?<=年\s*(?:的\s*)?)(十一(?=二月)|[一二三四五六七八九](?=[二三四五六七八九十]月)|\d{1,2}(?=[、,\-~到至或]\d{1,2}月))([、,\-~到至或]?)(?=[\d一二三四五六七八九十])/g;
/** 二零年还是二一年, 2021年6月或者7月: one date or the other, read as the later (the reading that promises least). */
const EITHER = /^\s*(?:还是|或者|或是|或)\s*$/;

/** Between a year and its month said apart: 2020年拿的，月份是四月份 / 2021年的，6月. */
const YEAR_THEN_MONTH = /^[\s,，]*(?:(?:拿|考|评|取得|获得)(?:的|到的)?)?[\s,，]*(?:的)?[\s,，]*(?:具体)?(?:月份|几月份?|哪个月)?(?:是|的话|大概|来着|呢|吧|嘛|那个|就是|嗯|呃|好像|应该)*[\s,，]*(?:是|大概|好像|应该)?[\s,，]*$/;

/** A year alone followed by a month alone (no year of its own) is one date: that month of that year. */
function joinMonths(dates: FoundDate[], bareMonths: Map<FoundDate, number>, text: string): FoundDate[] {
  if (dates.length < 2) return dates;
  const out: FoundDate[] = [];
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    const next = dates[i + 1];
    if (next && EITHER.test(text.slice(d.end, next.start))) {
      // 6月还是7月 after a year: that year's month
      const mo = bareMonths.get(next);
      const other = mo !== undefined ? { ...next, month: monthString(Number(d.month.slice(0, 4)) * 12 + mo - 1), approx: d.approx } : next;
      const later = monthIndex(other.month) >= monthIndex(d.month) ? other : d;
      out.push({ ...later, start: d.start, end: next.end });
      i++;
      continue;
    }
    // 今年二零二六年三月, 去年拿的去年七月份: a year, then the same year with its month: one date, the precise one
    if (next && d.approx && !next.approx && !bareMonths.has(next) && next.month.slice(0, 4) === d.month.slice(0, 4) && YEAR_THEN_MONTH.test(text.slice(d.end, next.start))) {
      out.push({ ...next, start: d.start });
      i++;
      continue;
    }
    const mo = next && bareMonths.get(next);
    if (d.approx && !d.relative && mo !== undefined && YEAR_THEN_MONTH.test(text.slice(d.end, next.start))) {
      const y = Number(d.month.slice(0, 4));
      out.push({ start: d.start, end: next.end, month: monthString(y * 12 + mo - 1), approx: false, relative: false });
      i++;
      continue;
    }
    out.push(d);
  }
  return out;
}
