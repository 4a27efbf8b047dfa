// Corrections: 不对 / 说错了 / 哦不对 / 应该是 / 不是X，是Y / 是…才对 / actually / I meant. The message is split at the
// last marker: what follows replaces what it names; what comes before still counts for the other facts.

const MARKER = /(?:哦|噢|喔|呃|啊|额|嗯)?(?:不对不对|不对(?!口|称|劲|应)|说错了|搞错了|写错了|打错了|弄错了|记错了|讲错了|口误|更正一下|更正|纠正一下|纠正)[,。!\s]*(?:应该是|是)?|应该是|(?<=不是[^,。;!?]{1,15})[,\s]*而?是|(?:等等|等一下|说反了|看错了|填错了|搞反了)[,。!\s]*(?:应该是|是)?|\b(?:actually|i meant|i mean|correction|no wait|wait|oops|sorry i meant|my mistake|my bad|let me correct that)\b[,:\s]*(?:it'?s|it was|it is|i have|i got)?/g;
const TRAILING = /(?:应该)?是?(.+?)才对[。!.\s]*$/;

export interface CorrectionSplit { before: string; after: string }

/** Where a message corrects itself or an earlier answer; undefined when it does not. `text` is normalised. */
/** "no, the technician cert is from 2018": a leading no before a fact (the caller checks that a fact follows). */
const LEADING_NO = /^(?:no|nope|不是|不对)[,.!。\s]+(?=\S)/;
export function leadingNo(text: string): string | undefined {
  const m = LEADING_NO.exec(text);
  return m ? text.slice(m[0].length) : undefined;
}

export function splitCorrection(text: string): CorrectionSplit | undefined {
  let last: RegExpExecArray | undefined;
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text), guard = 0; m && guard < 20; m = MARKER.exec(text), guard++) {
    if (m[0].length === 0) { MARKER.lastIndex++; continue; }
    last = m;
  }
  // (TRAILING scans from every position: only run where 才对 is)
  const trailing = text.includes('才对') ? TRAILING.exec(text) : null;
  if (last) {
    const after = text.slice(last.index + last[0].length).replace(/^[,。!\s]+/, '');
    return { before: text.slice(0, last.index).replace(/[,。!\s]+$/, ''), after: trailing ? after.replace(/才对[。!.\s]*$/, '') : after };
  }
  if (trailing) return { before: '', after: trailing[1].trim() };
  return undefined;
}
