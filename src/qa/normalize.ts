// A question as the Q&A reads it: the text the dialog's understanding reads (one normalisation for both), and for
// the classifier, places and numbers replaced by one placeholder each (what is asked does not depend on which city
// or how many years).
import { normalizeText as understandingText } from '../dialogs/understand';
import { placesIn } from '../rules/places';

/** The understanding's reading of the text (simplified by opencc, half-width, lower-case, mistypings and Cantonese
 * written forms read as meant), one space for any run of whitespace: the Q&A and the dialog read the same text. */
export function normalizeText(text: string): string {
  return understandingText(String(text ?? '')).text.replace(/\s+/g, ' ').trim();
}

const NUMBER = /[0-9０-９]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百几]+(?=[年个月岁次])/g;

/** Mistypings of the topics' own words (pinyin keyboards, voice input) the understanding leaves alone, as the
 * classifier should read them: 论闻 → 论文, 待预 → 待遇, 破隔 → 破格. Applied to the phrasings as well as the questions. */
const TOPIC_TYPOS: [RegExp, string][] = [
  [/[论伦轮][闻问纹吻稳]/g, '论文'], [/(?<!期)[待代带]预|带遇|代遇/g, '待遇'], [/补[帖铁]/g, '补贴'], [/业[积迹继]/g, '业绩'],
  [/破[隔革个]/g, '破格'], [/申[抱保包宝](?!括)/g, '申报'], [/材[科]|才料/g, '材料'], [/学[厉例]/g, '学历'], [/评[申伸]/g, '评审'],
];

/** What the classifier sees: the normalised text, with places and numbers replaced by a placeholder. */
export const forClassifier = (text: string): string => classifierText(normalizeText(text));

/** The same, of a text normalised already (ask normalises the question once; normalising is idempotent). */
export function classifierText(normalized: string): string {
  let s = normalized;
  for (const p of placesIn(s).reverse()) s = s.slice(0, p.start) + '某地' + s.slice(p.end);
  for (const [typo, word] of TOPIC_TYPOS) s = s.replace(typo, word);
  return s.replace(NUMBER, '几');
}
