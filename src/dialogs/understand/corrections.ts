// Corrections: 不对 / 说错了 / 哦不对 / 哦不是 / 应该是 / 不是X，是Y / 是…才对 / 改成 / actually / I meant. The message is
// split at the last marker: what follows replaces what it names; what comes before still counts for the other facts.
// A subject said just before the marker (技师那个说错了，应该是…; 技师应该是2021年) belongs to the corrected part.

const MARKER = /(?:哦|噢|喔|呃|啊|额|嗯)?(?:不对不对|不对(?!口|称|劲|应)|说错了|搞错了|(?:打|写|输|敲|按)错(?:了?(?:一?个)?别?字了?|了)|选错了|弄错了|记错了|讲错了|填错了|看错了|口误|笔误|手滑了?|更正一下|更正|纠正一下|纠正)[,。!\s]*(?:应该是|是)?|(?<![没不都也])错了(?!吧|吗)[,。!\s]*(?:应该是|是)?|应该是|(?<=不是[^,。;!?]{1,15})[,\s]*而?是|(?:哦|噢|喔|呃|啊|额|嗯)+不是(?!很|太|特别|那么)[,。!\s]*(?:应该是|是)?|(?:哦|噢|喔)不(?=[,\s]|是)[,\s]*是?|(?:说反了|搞反了|写反了|打反了|填反了|弄反了|记反了)[,。!\s]*(?:应该是|是)?|(?:等等|等一下|等下)(?=[,。!\s]|是|应该|不对|$)[,。!\s]*(?:应该是|是)?|改一下[,。!\s]*(?:应该是|是)?|(?<=\S)(?:改成|改为|更改为|换成)|^(?:不是|not)\s*[\d零〇一二两三四五六七八九十]+\s*(?:年|个月|月|years?|months?)?[,\s]+(?:而是|是)?|\bbut (?:it'?s|it is|it was|actually|really)\b|\b(?:is|was) wrong\b[,:\s]*(?:it'?s|it is|it was|should be)?|\bwrong (?:year|date|month|one|number)\b[,:\s]*(?:it'?s|it is|it was|should be)?|\bmake it\b|^(?:please )?(?:change|update|correct)\b|\b(?:actually|i meant|i mean|correction|no wait|(?<!\b(?:to|t|not|cannot|must|gotta|will|ll|d) )wait(?! (?:a while|long|for|that long|so long|years))|oops|sorry i meant|my mistake|my bad|let me correct that|scratch that|i misspoke|i mistyped|mistyped|(?:sorry,? |oops,? |my |a |that was a |that'?s a )?typo|i typed (?:it|that|this) (?:in )?wrong|typed (?:it|that) wrong|fat[- ]finger(?:ed)?(?: that| it)?|autocorrect(?:ed)?(?: that| it)?|i got (?:that|it) wrong|that'?s wrong|that was wrong|it should be|should be|make that)\b[,:\s]*(?:it'?s|it was|it is|i have|i got)?/g;
/** Markers that correct only when what follows names a fact (不好意思，我不知道 corrects nothing). */
const WEAK_MARKER = /(?:不好意思|抱歉|对不起|其实|我是说|我的意思是)[,。!\s]*(?:应该是|是)?|\bsorry\b[,:\s]*(?:it'?s|it was|it is)?/g;
const TRAILING = /(?:应该)?是?(.+?)才对[。!.\s]*$/;

/** The words that name what is corrected, without a value (技师, 那个日期, 工作年限): the tail of the part before. */
const SUBJECT_TAIL = /(?:高级技师|技师|高级工|中级工|初级工|助理工程师|高级工程师|工程师|助工|高工|正高|副高|职称|证书?|工作年限|年限|工龄|年度考核|考核|地区|地方|城市|日期|时间|年份|月份|那个|这个|那块|的|是|刚才|前面|上面|我|说的|填的|the|my|\s)+$/;
const LEVEL_WORD = /技师|[高中初]级工|工程师|助工|高工|正高|副高/;
const SUBJECT_NOUN = /技师|[高中初]级工|工程师|助工|高工|正高|副高|职称|证|年限|工龄|考核|地区|地方|城市|日期|时间|年份|月份/;

/** A value denied (21年, 2019, ten years), not a level (不是高级工 stays: it says which level is not held). */
const DENIED_VALUE = /^[\s\d零〇一二两三四五六七八九十.年月份个的]+$|^(?:\d+|ten|\w+teen|twenty)\s*(?:years?|months?)?$/;

export interface CorrectionSplit {
  before: string; after: string; weak?: true;
  /** The question the subject before the marker names (考核那个说错了 → annualReviewsPassed): the part after answers it. */
  slot?: 'annualReviewsPassed' | 'workYears' | 'region';
}
const SUBJECT_SLOT: [RegExp, NonNullable<CorrectionSplit['slot']>][] = [[/考核/, 'annualReviewsPassed'], [/年限|工龄/, 'workYears'], [/地区|地方|城市/, 'region']];

/** "no, the technician cert is from 2018": a leading no before a fact (the caller checks that a fact follows). */
// ("no engineer title", "no senior worker cert": a no before a thing, with no comma, says it is not held: no correction)
const LEADING_NO = /^(?:(?:(?:哦|噢|喔|呃|啊|额|嗯)?(?:不是|不对)|no|nope)[,.!。]+\s*|(?:(?:哦|噢|喔|呃|啊|额|嗯)?(?:不是|不对)|no|nope)\s+(?!(?!(?:the|it|its|my|i|that|this|actually)\b)(?:\w+\s+){0,3}(?:titles?|cert(?:ificate)?s?|qualifications?|awards?|prizes?|medals?)\b))(?=\S)/;
export function leadingNo(text: string): string | undefined {
  const m = LEADING_NO.exec(text);
  return m ? text.slice(m[0].length) : undefined;
}

function lastMatch(re: RegExp, text: string): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  re.lastIndex = 0;
  for (let m = re.exec(text), guard = 0; m && guard < 20; m = re.exec(text), guard++) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    last = m;
  }
  return last;
}

/** Where a message corrects itself or an earlier answer; undefined when it does not. `text` is normalised. */
export function splitCorrection(text: string): CorrectionSplit | undefined {
  let last = lastMatch(MARKER, text);
  let weak = false;
  if (!last) { last = lastMatch(WEAK_MARKER, text); weak = last !== undefined; }
  // (TRAILING scans from every position: only run where 才对 is)
  const trailing = text.includes('才对') ? TRAILING.exec(text) : null;
  if (last) {
    let after = text.slice(last.index + last[0].length).replace(/^[,。!\s]+/, '');
    let before = text.slice(0, last.index).replace(/[,。!\s]+$/, '');
    const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf('。'), before.lastIndexOf(';'), before.lastIndexOf('!'), before.lastIndexOf('?')) + 1;
    const tail = SUBJECT_TAIL.exec(before.slice(clauseStart));
    // (不是技师，是高级技师: the part before is a denial and stays where it is)
    // (技师，不对，应该是高级技师: a level before the marker, another after it: the one before is the old value, not the
    // subject of the new one)
    const valueIsLevel = tail && LEVEL_WORD.test(tail[0]) && LEVEL_WORD.test(after) && !/证|职称|那个|这个/.test(tail[0]);
    if (tail && !valueIsLevel && SUBJECT_NOUN.test(tail[0]) && !/不是|没有?|\bnot\b/.test(before.slice(clauseStart))) {
      after = `${tail[0].trim()}${after}`.trim();
      before = before.slice(0, clauseStart + tail.index).replace(/[,。!\s]+$/, '');
    }
    after = trailing ? after.replace(/才对[。!.\s]*$/, '') : after;
    // (说错了 考核其实都是合格的: 其实 after a marker of its own is a filler, not a second correction)
    if (!weak) after = after.replace(/其实|实际上|事实上/g, '');
    // 应该是20年不是21年, it's 2018 not 2019: the value denied after the new one is the old one; it goes
    after = after.replace(/[,\s]*(?:而不是|不是|\bnot)\s*([^,。;]*)$/, (m, x: string) => (DENIED_VALUE.test(x) ? '' : m)) || after;
    const slot = tail && !/技师|[高中初]级工|工程师|助工|高工|正高|副高|职称|证/.test(tail[0]) ? SUBJECT_SLOT.find(([re]) => re.test(tail[0]))?.[1] : undefined;
    return { before, after, ...(weak ? { weak: true as const } : {}), ...(slot ? { slot } : {}) };
  }
  if (trailing) return { before: '', after: trailing[1].trim() };
  return undefined;
}

// What a person says of the slip itself, around the corrected value (我手滑打成2024了, 前面写成1月了, 刚才打错了, 口误,
// I mistyped the year earlier, fat-fingered it): it names the old value or nothing, never the new one.
/** 打成2024了, 写成1月了: the old value, as it was typed or said. */
const SLIP_AS = /(?:^|(?<=[,。;!\s]))(?:我|刚才|刚刚|前面|之前|上面|头先|一开始|那会)*(?:手滑|手误|不小心|一不小心|眼花|顺手)?(?:给|把它|把)?(?:打|写|输|敲|按|说|填|记|弄|看)成(?:了)?[^,。;!]{0,12}?(?:了)?(?=[,。;!\s]|$)/g;
/** 前面打错了, 刚才口误, 手滑了: the slip named alone, as its own clause at the end. */
const SLIP_TRAIL = /[,。;!\s]+(?:我|刚才|刚刚|前面|之前|上面|头先|一开始|那个|的|日期|年份|月份|时间|年|月)*(?:(?:打|写|输|敲|按|说|填|记|弄|搞|看)错(?:了?(?:一?个)?字)?了?|手滑了?|手误了?|口误了?|笔误了?)(?:哈|啊|呀|哦|不好意思|sorry)*[。!.\s]*$|[,.;!\s-]+(?:i |sorry,? )?(?:fat[- ]fingered(?: it| that)?|mistyped(?: it| that| the (?:year|month|date))?(?: earlier| before)?|typed (?:it|that) wrong(?: earlier)?|(?:it was |that was )?a typo|my (?:mistake|bad))[.!\s]*$/i;
/** The text without what it says of the slip; undefined when it says nothing of one. */
export function withoutSlip(text: string): string | undefined {
  let out = text;
  for (let guard = 0; guard < 3; guard++) {
    const t = out.replace(SLIP_TRAIL, '');
    if (t === out || !/\d|[一二三四五六七八九十]月|技师|[高中初]级工|工程师|助工|高工|[a-z]{3}/i.test(t)) break;
    out = t;
  }
  SLIP_AS.lastIndex = 0;
  const t = SLIP_AS.test(out) ? out.replace(SLIP_AS, '').replace(/[,。;!\s]+$/, '').replace(/[,。;!\s]{2,}/g, ',') : out;
  if (t !== out && /\d|[一二三四五六七八九十]月|技师|[高中初]级工|工程师|助工|高工|[a-z]{3}/i.test(t)) out = t;
  return out === text ? undefined : out;
}
