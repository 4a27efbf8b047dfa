// Slips the dialog's understanding leaves as typed, read as meant before the Q&A reads a question: "助理工" for the
// title, "哪一级" (which level, not 一级 = 高级技师), and English "national-level" (the award words are national …).
// The domain's words typed by their sound (高几技师, 副搞, 技术能首, 主力工程师, 功匠) are read by the understanding's
// one matcher (src/dialogs/understand/sounds.ts), here too when a question comes without it. Pure string work,
// applied once per question in ask().

import { soundSlips } from '../dialogs/understand';

const SLIPS: [RegExp, string][] = [
  // 助理工 said for 助理工程师 (能直接报助理工吗), not 助理工人 / 助理工作.
  [/助理工(?![程人作资种厂龄])/g, '助理工程师'],
  // 哪一级 / 哪一个级别 asks which level; 一级 alone would be read as 高级技师 (level 1).
  [/哪一(?:个)?(?=级)/g, '哪'],
  [/第几级/g, '哪级'],
  // The coach of a medallist (世赛铜牌选手的教练, 世界技能大赛金牌获得者的技术指导专家): the coach, not the medal, as the
  // understanding reads 世赛获奖选手的教练.
  [/(世界技能大赛|世赛)(?:上|中)?(?:的)?(?:获得)?(?:金牌|银牌|铜牌|奖牌|金银铜牌|优胜奖)(?:的)?(?:获得者|获奖者|选手)(?:的)?(教练|技术指导专家|指导专家)(?!组)/g, '$1获奖选手的$2'],
  // …徒弟拿了世赛金牌，我是他的教练: the coach too.
  [/(?:徒弟|学生|选手|他|她)[^，,。；;]{0,6}?(世界技能大赛|世赛)[^，,。；;]{0,8}?[，,\s]*我是(?:他|她|他们|其)?(?:的)?(教练|技术指导专家|指导专家)(?!组)/g, '$1获奖选手的$2'],
  // luo hu typed with a homophone of 落 (络户, 洛户, 骆户): 落户, a subject no text covers (src/qa/uncoveredSubject.ts).
  [/[络洛骆烙]户/g, '落户'],
];

const EN_SLIPS: [RegExp, string][] = [
  // national-level / provincial-level / city-level award words: the understanding reads "national master studio".
  [/\b(national|provincial|city|municipal|state)[- ]level\b/gi, '$1'],
  // The coach of a WorldSkills medallist: the WorldSkills coach, as the understanding reads it.
  [/\b(?:coach|trainer|technical (?:guidance )?expert) (?:of|for) (?:an? |the )?worldskills (?:gold |silver |bronze )?(?:medal(?:l?ist|l?er)?|winner|champion|competitor|contestant)s?\b/gi, 'worldskills coach'],
  [/\bi (?:coached|trained) (?:an? |the )?worldskills (?:gold |silver |bronze )?(?:medal(?:l?ist|l?er)?|winner|champion|competitor|contestant)s?\b/gi, 'I am a worldskills coach'],
  // "technical" mistyped (techincal, techical, tecnical, technial): the award word.
  [/\b(?:techincal|techical|tecnical|technial|tehcnical|techinal|technicial)\b/gi, 'technical'],
  // An award named with its place after it (technical expert of Suzhou city, craftsman of Liaoning province): the place
  // before it, as award names are read (Suzhou city technical expert).
  [/\b(technical experts?|craftsm[ae]n|grand craftsm[ae]n|model workers?|skills? masters?)\s+of\s+(?:the\s+)?([a-z]+)(\s+(?:city|province|municipality))?\b/gi, '$2$3 $1'],
];

const ANY = new RegExp([...SLIPS, ...EN_SLIPS].map(([re]) => re.source).join('|'), 'i');

/** A second award said by its modifier alone (市级技能大师工作室领衔专家跟首席的, 全国技术能手和省级的): the same award
 * with that modifier, written out, so both are read and told apart. */
const SECOND_BY_MODIFIER = /(全国|国家级|省级|市级|全市)?(首席)?(技能大师工作室(?:领衔专家|带头人|负责人|领办人|命名专家)|技能大师工作站负责人|技术能手|劳动模范|劳模)(跟|和|与|同|还有|以及|或者|或|比)(?:那个|这个)?(首席|全国|国家级|省级|市级)(?:的|那个|那种)/g;
function secondAward(text: string): string {
  return text.replace(SECOND_BY_MODIFIER, (all, level: string | undefined, chief: string | undefined, base: string, and: string, mod: string) => {
    const second = mod === '首席' ? `${level ?? ''}首席${base}` : `${mod}${chief ?? ''}${base}`;
    return second === `${level ?? ''}${chief ?? ''}${base}` ? all : `${level ?? ''}${chief ?? ''}${base}${and}${second}`;
  });
}

/** The question with the slips above read as meant (unchanged when it has none). */
export function fixSlips(question: string): string {
  const text = soundSlips(question).text;
  if (!ANY.test(text)) return secondAward(text);
  let s = secondAward(text);
  for (const [re, to] of SLIPS) s = s.replace(re, to);
  for (const [re, to] of EN_SLIPS) s = s.replace(re, to);
  return s;
}
