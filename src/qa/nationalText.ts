// The national text named as a place to compare (四川和国家文件里…, 國家文件裡, the national policy): the national
// baseline is one of the regions asked, beside the person's own region when nothing else names where (issue 14, fJ).
import type { Region } from '../rules/vocabulary';

/** 国家/全国/部里 followed by a word for the text itself (文件, 规定, 政策 …), 96号文, or "the national document"; not
 * when that text is what is asked for (根据哪个国家文件, which national document). In English also "national" set
 * against a region ("national vs Sichuan", "Liaoning compared to national"), never a national contest or award. */
const NATIONAL_TEXT = /(?<!哪个|哪個|哪份|什么|什麼|啥)(?:国家|國家|全国|全國|部里|部裡|人社部)(?:的|那个|那個|那份|发的|發的)?(?:文件|规定|規定|政策|意见|意見|文)(?!化)|96\s*[号號]文|(?<!\b(?:which|what) )\bnational (?:document|policy|policies|text|rules?|guidelines?|regulations?|baseline|notice|opinions?|version|one)\b|\bnationwide (?:rules?|policy|policies)\b|\bnational(?:ly)?(?= *(?:vs\.?|versus|v\.|compared (?:to|with)|against)\s)|(?:\bvs\.?|\bversus|\bcompared (?:to|with)|\bagainst) (?:the )?national(?:ly)?\b(?![- ](?:level|class|contests?|competitions?|championships?|awards?|medals?|honou?rs?|model|technical|skills?|tier|first|second|intangible|government|allowance|heritage))/i;

type Named = { region: Region; place: string; fallback: boolean };

/** `named` with the national baseline added when the question names the national text and no place already reads as
 * the national baseline; the person's own region (`own`) first when no place named one. */
export function withNationalText(text: string, named: Named[], own: Region | undefined): Named[] {
  const m = NATIONAL_TEXT.exec(text);
  if (!m || named.some((x) => x.region === 'national')) return named;
  const base = named.length ? named : own ? [{ region: own, place: '', fallback: false }] : [];
  return [...base, { region: 'national', place: m[0], fallback: false }];
}
