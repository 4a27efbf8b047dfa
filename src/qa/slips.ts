// Slips the dialog's understanding leaves as typed, read as meant before the Q&A reads a question: homophones of
// level and award words (高几技师, 副搞, 技术能首), "哪一级" (which level, not 一级 = 高级技师), and English
// "national-level" (the award words are national …). Pure string work, applied once per question in ask().

import { ZHU_LI_SLIP } from '../dialogs/understand';

const SLIPS: [RegExp, string][] = [
  // gao ji before a level (高几技师, 高记工): 高级. (The understanding reads 高极 / 高集 itself.)
  [/高[几记纪继](?=[技计记]师|工(?!程|作|资|厂|人|地|龄))/g, '高级'],
  // zhu li before 工程师 (主力工程师, 助力工程师): 助理, the understanding's own pattern (the Q&A's level readings
  // need it in the text itself).
  [ZHU_LI_SLIP, '助理'],
  // 助理工 said for 助理工程师 (能直接报助理工吗), not 助理工人 / 助理工作.
  [/助理工(?![程人作资种厂龄])/g, '助理工程师'],
  // fu gao / zheng gao typed with a homophone of 高 (副搞, 付高, 副稿, 正搞): the title level.
  [/[副付](?:搞|稿|膏|糕|篙)|付高(?=[级职工]|$|[吗不呢吧啊,，。?？!！\s])/g, '副高'],
  [/正(?:搞|稿|膏|糕|篙)/g, '正高'],
  // 技术能首 / 能守 / 能熟: 技术能手.
  [/技术能[首守受]/g, '技术能手'],
  // 哪一级 / 哪一个级别 asks which level; 一级 alone would be read as 高级技师 (level 1).
  [/哪一(?:个)?(?=级)/g, '哪'],
  [/第几级/g, '哪级'],
  // luo hu typed with a homophone of 落 (络户, 洛户, 骆户): 落户, a subject no text covers (src/qa/uncoveredSubject.ts).
  [/[络洛骆烙]户/g, '落户'],
];

const EN_SLIPS: [RegExp, string][] = [
  // national-level / provincial-level / city-level award words: the understanding reads "national master studio".
  [/\b(national|provincial|city|municipal|state)[- ]level\b/gi, '$1'],
];

const ANY = new RegExp([...SLIPS, ...EN_SLIPS].map(([re]) => re.source).join('|'), 'i');

/** The question with the slips above read as meant (unchanged when it has none). */
export function fixSlips(text: string): string {
  if (!ANY.test(text)) return text;
  let s = text;
  for (const [re, to] of SLIPS) s = s.replace(re, to);
  for (const [re, to] of EN_SLIPS) s = s.replace(re, to);
  return s;
}
