// An award named with its place or level (赣州市技术能手, 长沙市技术能手, 区级技术能手) that a green-channel list answer
// does not name: the list is not an answer for it. ask() refuses it, saying the list does not name it (issue 14
// item 4: never a nearby clause presented as the answer). Pure; the question, the answer and the places only.
import { placesIn } from '../rules/places';

/** Titles of honour the lists name with a place or a level in front. */
const AWARD = '(?:技术能手|技能能手|岗位能手|技术标兵|技术状元|首席技师|大工匠|工匠|技能大师|劳动模范|劳模|五一劳动奖章)';
const AFTER_PLACE = new RegExp(`^(?:省|市|区|县|州)?(?:级)?(?:的)?${AWARD}`, 'u');
const BY_LEVEL = new RegExp(`(?:区县|地市|省|市|区|县|镇|乡|街道|村|厂|车间|班组|公司|集团|企业|单位|行业|系统)级(?:的)?${AWARD}`, 'u');

/** English: a place's city-, county- or district-level title, or one of a company (a Changsha city technical expert,
 * a county-level model worker); provincial and municipal ones are what the lists name. */
const EN_AWARD = '(?:technical experts?|craftsm[ae]n|model workers?|skills? masters?|chief technicians?|technical pacesetters?)';
const EN_PLACE_AFTER = new RegExp(`^(?:'s)?(?: (?:city|county|district|town))?(?:'s)? ${EN_AWARD}`, 'i');
const EN_LEVEL = new RegExp(`\\b(?:(?:county|district|town|township|village|company|factory|workshop|group|enterprise)[- ]level|company|factory|workshop)(?:'s)? ${EN_AWARD}`, 'i');

/** The same name, whatever 级 and 的 (省级技术能手 ~ 江苏省技术能手's 省技术能手). */
const core = (s: string) => s.replace(/[级的\s]/gu, '');

/** The award phrases a (Chinese) question names with a place or a level. */
export function placedAwards(text: string): string[] {
  const out: string[] = [];
  for (const h of placesIn(text)) {
    const m = AFTER_PLACE.exec(text.slice(h.end));
    if (m) out.push(text.slice(h.start, h.end + m[0].length));
  }
  const level = BY_LEVEL.exec(text);
  if (level && !out.some((x) => x.includes(level[0]))) out.push(level[0]);
  // (a place with no text of its own, or a city or county inside a region: not the region named, Suzhou or Chongqing)
  for (const h of placesIn(text)) {
    if (/\p{Script=Han}/u.test(h.name) || h.kind === 'region') continue;
    const m = EN_PLACE_AFTER.exec(text.slice(h.end));
    if (m) out.push(text.slice(h.start, h.end + m[0].length));
  }
  const en = EN_LEVEL.exec(text);
  if (en) out.push(en[0]);
  return out;
}

/** Awards of a kind some lists name and others do not (Suzhou names no 技能大师工作室): the phrase asked, and the stems
 * any list's own wording of it has (带头人 / 领衔专家 / 负责人 / 领办人 are one post; 工作室 and 工作站 one kind). */
const KINDS: readonly { phrase: RegExp; stems: readonly string[] }[] = [
  { phrase: /(?:国家级|省级|市级)?(?:首席)?技能大师工作[室站](?:负责人|带头人|领衔专家|领办人|命名专家)?/u, stems: ['技能大师工作'] },
  { phrase: /(?:国家级|省级)?(?:非物质文化遗产|非遗)(?:代表性)?(?:项目)?传承人/u, stems: ['非物质文化遗产', '非遗'] },
  { phrase: /五一劳动奖章/u, stems: ['五一劳动奖章'] },
];

/** The first award the question names that the answer does not (undefined: every one is named, or none asked). */
export function unlistedAward(question: string, answer: string): string | undefined {
  const said = core(answer.toLowerCase());
  // (the kind's whole phrase first: 省级技能大师工作室, not the 省级技能大师 a place-and-title reading takes from it)
  for (const k of KINDS) {
    const m = k.phrase.exec(question);
    if (m && !k.stems.some((x) => answer.includes(x))) return m[0];
  }
  return placedAwards(question).find((a) => !said.includes(core(a.toLowerCase())));
}
