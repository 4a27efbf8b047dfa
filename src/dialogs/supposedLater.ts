// A supposition set in the future ("如果我明年拿到技师呢", "假如我再干两年", "what if I work two more years", "suppose I get
// technician in 2 years"): how many years ahead it is, and whether it only lets time pass. The dialog answers it as of
// that month on a copy of the facts (interpret.ts), never changing what the person told.
import { EN_NUM, NUM, parseNumber } from './understand/numbers';
import { yearsAhead } from './yearsAhead';

/** Time passing with the person still at work: 再干两年, 再过三年, 多干一年, 2 more years, another 3 years, keep working 2 years. */
// (差不多3年, 不多: 多 there is "about", not "more")
const MORE_CN = new RegExp(`(?:再|(?<!不)多|继续)(?:干|做|工作|等|过|熬|待|混|上班|坚持)?(?:上|个|它)?(${NUM})(?:来)?个?年`);
const MORE_EN = new RegExp(`\\b(\\d{1,2}|${EN_NUM}|a|an)\\s+more\\s+(?:years?|yrs?)\\b|\\banother\\s+(\\d{1,2}|${EN_NUM}|)\\s*(?:years?|yrs?)\\b|\\b(?:keep|stay|continue|carry on|go on)\\s+(?:working|on|in the job|at it)\\s+(?:for\\s+)?(?:another\\s+)?(\\d{1,2}|${EN_NUM}|a|an)\\s+(?:more\\s+)?(?:years?|yrs?)\\b`, 'i');
/** A point ahead: 两年后, 过两年, 三年以后; in 2 years, 3 years from now, 2 years later. */
const LATER_CN = new RegExp(`(${NUM})(?:个)?年(?:以后|之后|后)|(?<![考通经路度闯])过(?:个|上)?(${NUM})(?:个)?年`);
const LATER_EN = new RegExp(`\\bin\\s+(\\d{1,2}|${EN_NUM}|a|an)\\s+(?:years?|yrs?)(?:'?\\s*time)?\\b|\\b(\\d{1,2}|${EN_NUM}|a|an)\\s+(?:years?|yrs?)\\s+(?:from now|later|on)\\b`, 'i');

const count = (s: string | undefined): number | undefined => {
  if (s === undefined) return undefined;
  if (s === '' || /^an?$/i.test(s)) return 1;
  const n = parseNumber(s.toLowerCase());
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= 20 ? n : undefined;
};
const first = (m: RegExpExecArray | null): number | undefined => (m ? count(m.slice(1).find((g) => g !== undefined)) : undefined);

export interface Later {
  /** Whole years ahead (1 for 明年 / next year). */
  years: number;
  /** The message lets time pass at work (再干两年, two more years), so its duration is not the years worked in all. */
  passing: boolean;
}

/** The years ahead a supposition is set at, if it names any (this year, 0, is none). Text: normalised, lower case. */
export function supposedLater(text: string): Later | undefined {
  const more = first(MORE_CN.exec(text)) ?? first(MORE_EN.exec(text));
  if (more !== undefined) return { years: more, passing: true };
  const later = first(LATER_CN.exec(text)) ?? first(LATER_EN.exec(text)) ?? yearsAhead(text);
  return later ? { years: later, passing: false } : undefined;
}

/** The month `years` after `asOf` (YYYY-MM). */
export function monthsOn(asOf: string, years: number): string {
  const [y, m] = asOf.slice(0, 7).split('-');
  return `${Number(y) + years}-${m}`;
}
