// Honours, roles and competition results by name; region-dependent bare names (市技术能手) read with the region.
import type { CompetitionTier, HonorId, Medal, Region } from '../../rules/vocabulary';
import { EN_NUM, parseNumber } from './numbers';
import type { ParsedAward } from './types';
import { type Span, allMatches, pickSpans } from './text';

/** A name whose level is not said (劳模): not read, neither counted nor set aside. */
const NOT_READ = (): HonorId | undefined => undefined;

type HonorRule = [RegExp, HonorId | ((region: Region | undefined) => HonorId | undefined)];

const byRegion = (table: Partial<Record<Region, HonorId>>) => (region: Region | undefined): HonorId | undefined =>
  region ? table[region] : undefined;

const HONORS: HonorRule[] = [
  [/中华技能大奖|\bchina skills? award\b/g, 'china_skills_award'],
  [/全国(?:的)?技术能手|国家级技术能手|\bnational(?:[- ]level)? technical experts?\b/g, 'national_technical_expert'],
  [/(?:享受)?国务院(?:政府)?(?:特殊|特贴|特)?津贴|国务院特贴|国贴专家|\bstate council (?:special )?allowance\b/g, 'state_council_allowance'],
  [/(?:享受)?(?:[\u4e00-\u9fff]{2,3}省|省级|省(?:里|上)(?:发的|批的|给的|定的|的)?|省)(?:人民)?(?:政府)?(?:(?:特殊|特)?津贴|特贴)|\bprovincial (?:government )?(?:special )?allowance\b/g, 'provincial_government_allowance'],
  [/国家级(?:的)?技能大师工作室(?:的)?(?:带头人|领办人|负责人|领衔人|领衔专家|命名专家|领军人)?|\b(?:national|state)(?:[- ]level)? (?:skills? )?master(?:'s)? (?:skills? )?(?:studio|workstation|work station|workshop)(?: lead(?:er)?| head)?\b/g, 'national_master_studio_lead'],
  [/省级(?:的)?技能大师工作(?:室|站)(?:的)?(?:带头人|领办人|负责人|领衔人|领衔专家)?|\b(?:provincial|province)(?:[- ]level)? (?:skills? )?master(?:'s)? (?:skills? )?(?:studio|workstation|work station|workshop)(?: lead(?:er)?| head)?\b/g, 'provincial_master_studio_lead'],
  [/市级(?:的)?首席技能大师工作室(?:的)?(?:带头人|领办人|负责人|领衔人|领衔专家)?|首席技能大师工作室(?:领衔专家|负责人|带头人)?|\bchief master (?:studio|workstation|work station|workshop)(?: lead(?:er)?)?\b/g, 'municipal_chief_master_studio_lead'],
  [/市级(?:的)?技能大师工作室(?:的)?(?:带头人|领办人|负责人|领衔人|领衔专家)?|\b(?:municipal|city)(?:[- ]level)? (?:skills? )?master(?:'s)? (?:skills? )?(?:studio|workstation|work station|workshop)(?: lead(?:er)?| head)?\b/g, 'municipal_master_studio_lead'],
  [/高精尖缺|\bhigh[- ]end shortage\b/g, 'high_end_shortage_talent'],
  [/(?:世界技能大赛|世赛)(?:的)?(?:中国)?专家组长|\bworldskills (?:chief )?expert (?:team )?leader\b/g, 'worldskills_expert_leader'],
  [/(?:世界技能大赛|世赛)?金(?:奖|牌)选手(?:的)?技术指导专家组(?:组长|长)|(?:世界技能大赛|世赛)?(?:的)?教练组(?:组)?长|\bworldskills gold (?:medal(?:ist)? )?coach(?:ing)? (?:team )?leader\b/g, 'worldskills_gold_coach_leader'],
  [/(?:世界技能大赛|世赛)(?:获奖选手)?(?:的)?(?:技术指导专家|教练|指导专家)|\bworldskills (?:coach|technical (?:guidance )?expert)\b/g, 'worldskills_coach'],
  [/重庆市?(?:的)?技术能手|全市技术能手|\bchongqing technical expert\b/g, 'chongqing_technical_expert'],
  [/重庆市?技能大师|\bchongqing skill master\b/g, 'chongqing_skill_master'],
  [/四川省?(?:的)?技术能手|\bsichuan technical expert\b/g, 'sichuan_technical_expert'],
  [/天府工匠|\btianfu craftsman\b/g, 'tianfu_craftsman'],
  [/四川省?技能大师|\bsichuan skill master\b/g, 'sichuan_skill_master'],
  [/辽宁(?:省)?工匠|\bliaoning craftsman\b/g, 'liaoning_craftsman'],
  [/(?:辽宁省?)?功勋高技能人才|\bmeritorious (?:high[- ]skilled )?talent\b/g, 'liaoning_meritorious_talent'],
  [/(?:辽宁省?)?有?突出贡献(?:的)?高技能人才|\boutstanding contribution\b/g, 'liaoning_outstanding_talent'],
  [/辽宁省?(?:的)?技术能手|\bliaoning technical expert\b/g, 'liaoning_technical_expert'],
  [/苏州市?(?:的)?技术能手|\bsuzhou technical expert\b/g, 'suzhou_technical_expert'],
  [/姑苏(?:高技能)?重点人才|\bgusu (?:high[- ]?skill(?:ed)? )?key (?:high[- ]?skill(?:ed)? )?talents?\b/g, 'gusu_key_talent'],
  [/姑苏(?:高技能)?突出人才|\bgusu (?:high[- ]?skill(?:ed)? )?outstanding (?:high[- ]?skill(?:ed)? )?talents?\b/g, 'gusu_outstanding_talent'],
  [/苏州(?:市)?技能大奖|\bsuzhou (?:city |municipal )?skills? (?:grand )?(?:award|prize)\b/g, 'suzhou_skill_award'],
  [/江苏省?(?:的)?技术能手|\bjiangsu technical expert\b/g, 'jiangsu_technical_expert'],
  [/江苏(?:省)?大工匠|\bjiangsu grand craftsman\b/g, 'jiangsu_grand_craftsman'],
  [/江苏(?:省)?工匠|\bjiangsu craftsman\b/g, 'jiangsu_craftsman'],
  [/(?:市级|市)(?:的)?劳动模范|市级?劳模|\bmunicipal model worker\b/g, 'municipal_model_worker'],
  [/(?:省部级|省级|全国|省)(?:的)?劳动模范|(?:省部级|省级|全国|省)劳模|\b(?:provincial|national) model worker\b/g, 'provincial_model_worker'],
  [/技术发明奖|\binvention award\b/g, 'municipal_invention_award'],
  [/科学技术(?:进步)?奖|科技进步奖|科技奖|\bscience (?:and technology )?(?:progress )?award\b/g, 'provincial_science_award'],
  [/国家级(?:的)?非(?:物质文化)?遗(?:产)?(?:代表性)?(?:项目)?(?:传承人)?|\bnational(?:[- ]level)? (?:intangible (?:cultural )?heritage|(?:cultural )?heritage (?:inheritor|bearer|successor|transmitter)s?)\b/g, 'national_intangible_heritage'],
  [/省级(?:的)?非(?:物质文化)?遗(?:产)?(?:代表性)?(?:项目)?(?:传承人)?|\b(?:provincial|province[- ]level) (?:intangible (?:cultural )?heritage|(?:cultural )?heritage (?:inheritor|bearer|successor|transmitter)s?)\b/g, 'provincial_intangible_heritage'],
  // 首席技师 (a company's or a city's post of chief technician): no text lists it, and it is no 技师 certificate
  [/(?:企业|公司|厂里|集团|市级|市|省级|省)?(?:的)?首席技师|\bchief technicians?\b/g, byRegion({})],
  // bare names, read with the region
  // an employer's, a district's or a trade's own 技术能手 is no government honour the texts name (never the province's)
  [/(?:厂里|本厂|厂|公司|企业|集团|单位|车间|班组|区级|区里|区|县级|县里|县|行业)(?:里)?(?:评|发|授予|颁发)?(?:的|内|内部)?技术能手|\b(?:company|factory|plant|employer|district|county|in-house)(?:[- ]level)? technical experts?\b/g, byRegion({})],
  [/(?:市级|市里面?|市上|市|全市)(?:的)?技术能手|\bcity technical expert\b/g, byRegion({ chongqing: 'chongqing_technical_expert', suzhou: 'suzhou_technical_expert' })],
  [/(?:省级|省里面?|省上|省|全省)(?:的)?技术能手|\bprovincial technical expert\b/g, byRegion({ sichuan: 'sichuan_technical_expert', liaoning: 'liaoning_technical_expert', suzhou: 'jiangsu_technical_expert' })],
  [/技术能手|\btechnical expert\b/g, byRegion({ chongqing: 'chongqing_technical_expert', suzhou: 'suzhou_technical_expert', sichuan: 'sichuan_technical_expert', liaoning: 'liaoning_technical_expert' })],
  [/(?:市级|省级|省|市)?技能大师(?!工作)|\bskills? master\b/g, byRegion({ chongqing: 'chongqing_skill_master', sichuan: 'sichuan_skill_master' })],
  [/(?<!大国)(?:省级|省)?工匠|\bcraftsman\b/g, byRegion({ liaoning: 'liaoning_craftsman', suzhou: 'jiangsu_craftsman', sichuan: 'tianfu_craftsman' })],
  [/劳动模范|劳模|\bmodel worker\b/g, NOT_READ],
];

/** A tier pattern; `classUnknown`: the text names the level (省赛, 国赛) but not the class (一类 / 二类). */
type TierRule = [RegExp, CompetitionTier, true?];

/** First place as people say it (冠军, 头名, 头一名), and the places named by word (亚军 2nd, 季军 3rd). */
export const FIRST_PLACE_ZH = '冠军|头名|头一名';
export const PLACE_WORDS_ZH = `${FIRST_PLACE_ZH}|亚军|季军`;
/** A contest someone ran, the trade it was for between (省总工会办的职工技能大赛, 区里搞的电工比武). */
const ORGANISED_CONTEST = String.raw`(?:办|举办|主办|组织|搞)的(?:职工|职业|青年|行业)?(?:[\u4e00-\u9fff]{1,4}?)?(?:技能)?(?:大赛|竞赛|比赛|比武)`;

/** What follows a contest's level when the place comes straight after it (第二, 拿过第一, 得了个三等奖, 金牌). */
const PLACE_NEXT = `(?:拿|得|获|获得|取得|排|考|进)?(?:了|过|到)?(?:个|一个)?(?:第|前\\s*[0-9一二三四五六七八九十]|[一二三1-3]等奖|[金银铜](?:牌|奖)|${PLACE_WORDS_ZH})`;
const CLASS1 = '(?:一类|1类|I类|(?:class|category|type|tier)[- ]?(?:1|one|i)|first[- ](?:class|category|tier))';
const CLASS2 = '(?:二类|2类|II类|(?:class|category|type|tier)[- ]?(?:2|two|ii)|second[- ](?:class|category|tier))';
const TIERS: TierRule[] = [
  [/世界技能大赛|世赛|\bworld ?skills(?: competition)?\b/g, 'worldskills'],
  [/国际(?:性)?(?:的)?(?:职业)?技能(?:大赛|竞赛|比赛|比武)|国际(?:大赛|竞赛|比赛|比武)|\binternational (?:skills? )?(?:contests?|competitions?)\b/g, 'international'],
  [/中华人民共和国职业技能大赛/g, 'national_class1'],
  [new RegExp(`(?:国家级|国家|全国|国赛|国家的)(?:的)?${CLASS1}(?:职业)?(?:技能)?(?:大赛|竞赛|比赛|比武|赛事)?|\\bnational ${CLASS1}(?: competition)?|\\bnational(?: level)?,? ${CLASS1}`, 'gi'), 'national_class1'],
  [new RegExp(`(?:国家级|国家|全国|国赛|国家的)(?:的)?${CLASS2}(?:职业)?(?:技能)?(?:大赛|竞赛|比赛|比武|赛事)?|\\bnational ${CLASS2}(?: competition)?|\\bnational(?: level)?,? ${CLASS2}`, 'gi'), 'national_class2'],
  [new RegExp(`(?:省级|省里面|省里|省内|全省|省|省赛)(?:的)?${CLASS1}(?:职业)?(?:技能)?(?:大赛|竞赛|比赛|比武|赛事)?|\\bprovincial ${CLASS1}(?: competition)?`, 'gi'), 'provincial_class1'],
  [new RegExp(`(?:省级|省里面|省里|省内|全省|省|省赛)(?:的)?${CLASS2}(?:职业)?(?:技能)?(?:大赛|竞赛|比赛|比武|赛事)?|\\bprovincial ${CLASS2}(?: competition)?`, 'gi'), 'provincial_class2'],
  [new RegExp(`(?:市级|市里面|市里|全市|市|市赛)(?:的)?${CLASS1}(?:职业)?(?:技能)?(?:大赛|竞赛|比赛|比武|赛事)?|\\bmunicipal ${CLASS1}(?: competition)?`, 'gi'), 'municipal_class1'],
  // 市里的二类比赛: a city's second-class contest is its trade contest (二类 = 行业, as 省级行业 is the second provincial class)
  [new RegExp(`(?:市级|市里面|市里|全市|市|市赛)(?:的)?${CLASS2}(?:职业)?(?:技能)?(?:大赛|竞赛|比赛|比武|赛事)?|\\b(?:municipal|city) ${CLASS2}(?: competition| contest)?`, 'gi'), 'municipal_industry'],
  [/中国[·・.\s]?重庆职业技能大赛|重庆市?(?:的)?(?:职业)?技能(?:大赛|竞赛|比赛)|\bchongqing (?:vocational )?skills competition\b/g, 'chongqing_skills_competition'],
  // 全国行业职业技能竞赛 is of the second national class, a provincial trade's contest of the second provincial class
  [/\b(?:at|on) (?:the )?national[- ]level\b|\bnational[- ]level\b(?! (?:technical|skills? master|model|intangible|government|allowance))/g, 'national_class2', true],
  [/\b(?:at|on) (?:the )?provincial[- ]level\b|\bprovincial[- ]level\b(?! (?:technical|skills? master|model|intangible|government|allowance))/g, 'provincial_class2', true],
  [/\b(?:at|on) (?:the )?(?:city|municipal)[- ]level\b/g, 'municipal_class1'],
  [/全国(?:性)?(?:的)?行业(?:职业)?(?:技能)?(?:大赛|竞赛|比赛|比武|赛)|\bnational (?:industry|trade) (?:skills? )?(?:contests?|competitions?)\b/g, 'national_class2'],
  [/省(?:级|里)?(?:的)?行业(?:职业)?(?:技能)?(?:大赛|竞赛|比赛|比武|赛)|\bprovincial (?:industry|trade) (?:skills? )?(?:contests?|competitions?)\b/g, 'provincial_class2'],
  [/(?:市级|市里)?(?:的)?行业(?:职业)?(?:技能)?(?:大赛|竞赛|比赛|比武|赛)|\b(?:municipal |city )?(?:industry|trade) (?:skills? )?(?:contests?|competitions?)\b/g, 'municipal_industry'],
  [/区县(?:级)?(?:的)?(?:职业)?(?:技能)?(?:大赛|竞赛|比赛|比武|赛)|区县赛|\b(?:district|county)(?:'s)?(?:[- ]level)? (?:skills? )?(?:contests?|competitions?)\b/g, 'district'],
  // as people say them, without the class: read as the second class until the class is asked (it promises least)
  [/省赛|省(?:级|里|里面|内)?(?:的)?(?:职业)?(?:技能)?(?:大赛|竞赛|比赛|技能赛|比武)|全省(?:的)?(?:职业)?(?:技能)?(?:大赛|竞赛|比赛|比武)|\bprovinc(?:ial|e)(?:[- ]level)? (?:skills? )?(?:contests?|competitions?|championships?|games)\b/g, 'provincial_class2', true],
  [/国赛|国家级(?:的)?(?:职业)?(?:技能)?(?:大赛|竞赛|比赛|比武)|全国(?:性)?(?:的)?(?:职业)?(?:技能)?(?:大赛|竞赛|比赛|比武)|\bnational(?:[- ]level)? (?:skills? )?(?:contests?|competitions?|championships?|games)\b/g, 'national_class2', true],
  // 全省第二, 省里拿过第二, 区里第一名, 在县里拿了个第一: the level, then the place (a verb between)
  [new RegExp(`(?:全省|省级|省里)(?:的)?(?=${PLACE_NEXT})`, 'g'), 'provincial_class2', true],
  [new RegExp(`(?:全国|国家级)(?:的)?(?=${PLACE_NEXT})`, 'g'), 'national_class2', true],
  [new RegExp(`(?:全市|市级|市里)(?:的)?(?=${PLACE_NEXT})`, 'g'), 'municipal_class1'],
  [new RegExp(`(?:全区|全县|区县|(?<![地社厂园市景小校])区(?:里面?|级|上)|县(?:里面?|级|上))(?:的)?(?=${PLACE_NEXT})`, 'g'), 'district'],
  // 在江北区拿过第一: a district's name, a verb, the place
  [new RegExp(`(?<![地社厂园市景小校])[区县](?=(?:拿|得|获|获得|取得|排)(?:了|过|到)?(?:个|一个)?(?:第|前|[一二三1-3]等奖|[金银铜](?:牌|奖)|${PLACE_WORDS_ZH}))`, 'g'), 'district'],
  // 区里的比赛, 县级技能大赛, 区技能比武, 全县比武 (a district's contest; 地区 / 社区 / 园区 / 市区 are no district's)
  [/(?:全区|全县|(?<![地社厂园市景小校])区|县)(?:里面?|级|内|上)?(?:的[\u4e00-\u9fff]{0,4}?)?(?:职业)?(?:技能)?(?:比赛|竞赛|大赛|比武|技能赛)|县赛|区赛/g, 'district'],
  // 省总工会办的比赛, 市人社局组织的技能大赛: the level, who ran it, then the contest (the class from who ran it, below)
  [new RegExp(String.raw`(?:全国|国家级?)(?:的)?[\u4e00-\u9fff]{1,8}?${ORGANISED_CONTEST}`, 'g'), 'national_class2', true],
  [new RegExp(String.raw`省(?:级|里)?(?:的)?[\u4e00-\u9fff]{1,8}?${ORGANISED_CONTEST}`, 'g'), 'provincial_class2', true],
  [new RegExp(String.raw`市(?:级|里)?(?:的)?[\u4e00-\u9fff]{1,8}?${ORGANISED_CONTEST}`, 'g'), 'municipal_class1'],
  [new RegExp(String.raw`(?<![地社厂园市景小校])(?:区|县)(?:级|里)?(?:的)?[\u4e00-\u9fff]{1,8}?${ORGANISED_CONTEST}`, 'g'), 'district'],
  // the provincials, at the national: the level said with no contest word after it
  [/\bprovincials\b|\b(?:at|in|won) (?:the |a )?provincial(?= *(?:$|[,.;!?]|(?:and|with|in|last|this|back)\b|\d{4}))/g, 'provincial_class2', true],
  [/\bnationals\b|\b(?:at|in|won) (?:the |a )?national(?= *(?:$|[,.;!?]|(?:and|with|in|last|this|back)\b|\d{4}))/g, 'national_class2', true],
  [/\b(?:at|in|won) (?:the |a )?(?:city|municipal)(?= *(?:$|[,.;!?]|(?:and|with|in|last|this|back)\b|\d{4}))/g, 'municipal_class1'],
  [/市赛|市(?:级|里|里面)?(?:的)?(?:职业)?(?:技能)?(?:大赛|竞赛|比赛|比武)|全市(?:的)?(?:职业)?(?:技能)?(?:大赛|竞赛|比赛|比武)|\b(?:city|municipal)(?:[- ]level)? (?:skills? )?(?:contests?|competitions?)\b/g, 'municipal_class1'],
];

const PRIZE = /([一二三1-3])等奖?|\b(first|second|third) prize\b/;
const MEDAL_ZH: [RegExp, Medal][] = [
  [/金(?:牌|奖)|^金$|\bgold(?: medal)?\b/, 'gold'],
  [/银(?:牌|奖)|^银$|\bsilver(?: medal)?\b/, 'silver'],
  [/铜(?:牌|奖)|^铜$|\bbronze(?: medal)?\b/, 'bronze'],
  // 优胜奖 (WorldSkills' medallion for excellence); 优秀奖 and 鼓励奖 name no place either
  [/优胜奖?|优秀奖|鼓励奖|\b(?:medallion for )?excellence\b|\bhonou?rable mention\b/, 'excellence'],
];
const MEDAL_RANK: Record<Medal, number | undefined> = { gold: 1, silver: 2, bronze: 3, excellence: undefined };

const RANK = new RegExp(`第\\s*([0-9]{1,2}|[一二两三四五六七八九十]{1,3})\\s*(?:名|(?![个项条年次届季号期批章节天月]))|前\\s*([0-9]{1,2}|[一二两三四五六七八九十]{1,3})\\s*名?|(${FIRST_PLACE_ZH}|\\bchampion\\b|\\bwinner\\b)|(亚军|(?<!\\bsecond )\\b(?:first )?runner[- ]up\\b)|(季军|\\bsecond runner[- ]up\\b)|\\b(1st|first|2nd|second|3rd|third|\\d{1,2}th|fourth|fifth|sixth)(?: place)?\\b|\\b(?:rank(?:ed)?|place[d]?|top)\\s*(?:no\\.?\\s*)?(\\d{1,2}|${EN_NUM})\\b`);

const NO_PLACE = /没(?:有)?(?:拿到|拿|得|进)?(?:名次|排名)|只是参(?:赛|加)|没(?:有)?(?:获奖|得奖|拿奖)|\b(?:no (?:place|rank|placing)|unplaced|did not place|didn'?t place)\b/;

/** A rank in a piece of text: 第二名 → 2, 冠军 → 1, 亚军 → 2, 季军 → 3, 前三 → 3, 2nd place → 2. */
export function findRank(text: string): { rank?: number; medal?: Medal; span?: Span } {
  const m = RANK.exec(text);
  let rank: number | undefined;
  let span: Span | undefined;
  if (m) {
    span = { start: m.index, end: m.index + m[0].length };
    if (m[1] ?? m[2]) rank = parseNumber((m[1] ?? m[2])!);
    else if (m[3]) rank = 1;
    else if (m[4]) rank = 2;
    else if (m[5]) rank = 3;
    else if (m[6]) rank = ({ '1st': 1, first: 1, '2nd': 2, second: 2, '3rd': 3, third: 3, fourth: 4, fifth: 5, sixth: 6 } as Record<string, number>)[m[6]] ?? parseInt(m[6], 10);
    else if (m[7]) rank = parseNumber(m[7]);
  }
  let medal: Medal | undefined;
  for (const [re, md] of MEDAL_ZH) {
    const mm = re.exec(text);
    if (mm) {
      medal = md;
      if (!span) span = { start: mm.index, end: mm.index + mm[0].length };
      break;
    }
  }
  // 一等奖 / 二等奖 / 三等奖 as the first three places, as 金奖 / 银奖 / 铜奖 are read
  if (rank === undefined) {
    const p = PRIZE.exec(text);
    if (p) {
      rank = p[1] ? parseNumber(p[1]) : ({ first: 1, second: 2, third: 3 } as Record<string, number>)[p[2]];
      span ??= { start: p.index, end: p.index + p[0].length };
    }
  }
  if (rank !== undefined && !(Number.isInteger(rank) && rank >= 1 && rank <= 99)) rank = undefined;
  return { rank, medal, span };
}

const WITH_OTHERS = /(?:和|跟|与|同)(?:另外)?(?:(两|二|2|三|3|四|五|[4-9]|一|1)(?:个|位|名))?(?:同事|队友|工友|师傅|师兄|徒弟|搭档|伙伴)(?:一起|一块|组队|搭档)/;
const TEAM_COUNT = /(?:队|组|团队|小组)(?:里|伍|员)?(?:有|是|一共|共|就|总共)?\s*(两|二|\d{1,2}|[三四五六七八九十]{1,2})\s*(?:个人|个|人|位|名)/;
/** Four or more in a team said with its counter: 四人团队, 5人一组, 六个人一队, team of four. */
const TEAM_OF_MANY = /(?<![\d一二两三四五六七八九十第前])(\d{1,2}|[四五六七八九十]{1,2})\s*(?:个)?(?:人|名队员|位)(?:一组|一队|团体|团队|赛|组|队)?|\b(four|five|six|seven|eight|nine|ten|\d{1,2})[- ](?:person|man|member|people)\b|\bteam of (four|five|six|seven|eight|nine|ten|\d{1,2})\b|\b(four|five|six|seven|eight|nine|ten) of us\b/;
const EN_COUNT: Record<string, number> = { four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** A team size in words: 个人 → 1, 双人 / 两个人 → 2, 三人 / 我们队三个人 → 3, 四人团队 → 4 (any count, as said),
 * 团体 → a team of unknown size. */
export function teamSize(text: string): number | 'team' | undefined {
  // 我们队三个, 队里一共两个人, 我们组4个人: the number said of the team
  const counted = TEAM_COUNT.exec(text);
  if (counted) { const n = counted[1] === '两' ? 2 : parseNumber(counted[1]); if (n !== undefined && Number.isInteger(n) && n >= 1 && n <= 50) return n; }
  // 我和两个同事一起: those named with me, and me
  const withMe = WITH_OTHERS.exec(text);
  if (withMe) return /^(?:一|1)?$/.test(withMe[1] ?? '') ? 2 : 3;
  if (/(?:双人|两人|二人|2人|两个人|二个人|2个人|俩人|我们俩|咱俩|我们两个|两个一组|两个一队)(?:一组|一队|团体)?(?:赛项|赛|项目|组|团队|团体)?|搭档|\b(?:pairs?|two[- ](?:person|man|member|people)|2[- ](?:person|man|member|people)|duo|team of (?:two|2)|(?:with|of) (?:two|2) (?:people|persons|members)|two of us|we were (?:two|2)|me and (?:a|my|one) (?:colleague|partner|teammate|friend))\b/.test(text)) return 2;
  // four or more, as said (the engine counts them as teams of three, the largest size the texts name)
  const many = TEAM_OF_MANY.exec(text);
  if (many) {
    const w = many[1] ?? many[2] ?? many[3] ?? many[4];
    const n = EN_COUNT[w] ?? parseNumber(w);
    if (n !== undefined && Number.isInteger(n) && n >= 4 && n <= 50) return n;
  }
  if (/(?:三人|3人|三个人|3个人|仨人|我们仨|咱仨|我们三个|三个一组|三个一队)(?:一组|一队|团体)?(?:赛项|赛|项目|组|团队|团体)?|\b(?:three[- ](?:person|man|member|people)|3[- ](?:person|man|member|people)|trio|team of (?:three|3)|(?:me|i) and (?:two|2) (?:colleagues|teammates|others|workmates|partners|co-?workers)|(?:with|of) (?:three|3) (?:people|persons|members)|three of us|we were (?:three|3))\b/.test(text)) return 3;
  if (/单人|(?<![一二两三四五六七八九十\d几])个人(?:赛|项目|组|赛项)?|就我一个|我一个人|自己一个人?|就我自己|一个人参加|\b(?:individual|single|solo|just me|by myself|on my own)\b/.test(text)) return 1;
  if (/团体|团队|组队|队里|\bteams?\b/.test(text)) return 'team';
  return undefined;
}

/** 一类 / 二类 said apart from the competition's name (省赛，一类的). */
const CLASS_APART = /(?:一类|1类|i类|\b(?:class|category|type|tier)[- ]?(?:1|one|i)\b|\bfirst[- ](?:class|category|tier)\b)|(二类|2类|ii类|\b(?:class|category|type|tier)[- ]?(?:2|two|ii)\b|\bsecond[- ](?:class|category|tier)\b)/;

const CLASS1_BY_ORGANISER = /人社(?:部|厅|局|部门)?|人力(?:资源)?(?:和|与)?社(?:会)?(?:保障)?(?:部|厅|局)|\b(?:human resources|hr and social security|mohrss)\b/;
const CLASS2_BY_ORGANISER = /行业(?:协会|部门|主管部门|组织|学会)|(?:协会|学会|总工会|工会)(?:的)?(?:办|举办|主办|组织|搞)|(?:交通|住建|建设|电力|经信|工信|教育|卫健|农业|水利|铁路|煤炭|石化|机械|化工)(?:厅|局|委|部门|系统|行业)(?:办|举办|主办|组织)?|\b(?:industry|trade) (?:association|body|department|ministry)\b|\bunion\b/;
const CLASS2_SAID = /二类|2类|(?<![a-z])ii类|\b(?:class|category|type|tier|cat\.?)[- ]?(?:2|two|ii)\b|\bsecond[- ](?:class|category|tier)\b/;
const CLASS1_SAID = /一类|1类|(?<![a-z])i类|\b(?:class|category|type|tier|cat\.?)[- ]?(?:1|one|i)\b|\bfirst[- ](?:class|category|tier)\b/;

/**
 * The class of a contest said in an answer about it (二类的, 一类赛第二名, class one, 行业协会办的): 1 or 2. Who ran it
 * decides when the class is not said: a contest run by the 人社 department across trades is of the first class, one
 * run by a trade's department or association (or the union), with 人社 or alone, of the second.
 */
export function contestClassSaid(norm: string): 1 | 2 | undefined {
  return classByOrganiser(norm) ?? (CLASS2_SAID.test(norm) ? 2 : CLASS1_SAID.test(norm) ? 1 : undefined);
}

/** The class worked out from who ran the contest (人社厅办的 → 1, 行业协会办的 → 2): a reading the answer says it made. */
export function classByOrganiser(norm: string): 1 | 2 | undefined {
  return CLASS2_BY_ORGANISER.test(norm) ? 2 : CLASS1_BY_ORGANISER.test(norm) ? 1 : undefined;
}

/** `unlisted`: honours named whose region-dependent name the known region's text does not list; `awaitingRegion`:
 * such names said while the region is not known (省技术能手 before the place), to be read once it is. */
/** After an English "never got": a level, a certificate or a title named in the same clause (not an award). */
const OTHER_FACT_AFTER = /^[^,.;!?]*?\b(?:certificates?|certs?|titles?|levels?|grades?|qualifications?|technicians?|engineers?|workers?|promotions?|promoted)\b/;
export interface AwardsFound {
  awards: ParsedAward[]; spans: Span[]; none: boolean; unlisted: string[]; awaitingRegion: string[];
  /** Named as wanted (想当辽宁工匠, hoping to become a national technical expert): never among `awards`. */
  wanted: ParsedAward[];
  /** Named as not held (还不是辽宁工匠): never among `awards`. */
  denied: number;
}

/** How an award's name is meant where it stands (`notHeld`'s answer): wanted, denied, or held (undefined). */
export type AwardMeaning = 'wants' | 'denies' | undefined;

// (the fact's noun first, 奖项无, 奖没得, 啥奖都么得 typed without a mark: the none ends where the text does or the next
// fact begins; 比赛没名次 is a contest placed nowhere, not a none)
const NONE_ZH = /(?:没有?|没得|没的|从没|从来没有?|未)(?:参加|参与|参赛|拿|得|获)(?:过)?(?:什么|任何)?(?:比赛|竞赛|大赛|奖项?)|(?:没有?|没得|没的|无|未|从未|没怎么)(?:获|得|拿|得到|获得|评)?(?:过)?(?:任何|什么)?(?:奖项?|获奖|荣誉|称号|名次)|暂无(?:获奖|奖项|荣誉)|(?:获奖|奖项|奖励|奖|荣誉|比赛|竞赛)(?:情况)?[:：\s]+(?:无|没有|暂无|没)(?![\u4e00-\u9fff])|(?:(?:啥|什么|任何|一个|一项)(?:奖项?|荣誉|称号)|获奖|奖项|奖励|奖|荣誉)(?:情况)?(?:也|都|还|一直)?(?:无|没有|没得|没的|暂无)(?:拿|获|得|评)?(?:过|到)?(?=$|[\s,，。;；!！?？、]|考核|年度|职称|证|技师|高级|工作|干了|在|是|呢|啊|哦|撒|嘛)/g;
const NONE_EN = /\bno (?:awards?|honou?rs?|prizes?|competitions?)\b|\b(?:have not|haven'?t|has not|hasn'?t|did not|didn'?t|never) (?:ever )?(?:won|win|got|get|received|receive|competed|compete|entered|taken part|take part)\b(?! (?:an? |any |my |his |her )?(?:skills? |professional |engineering )?(?:certificates?|certs?|titles?|level|grade|qualifications?|technician|engineer|senior|promoted))(?: anything| any)?|\bnever (?:competed|took part)\b|\bnothing like that\b|\b(?:none|not) that i know of\b|\bnever (?:won|got|received|entered)(?: any(?:thing)?| a (?:thing|prize|competition))?\b|\bnothing (?:won|at all)\b|\b(?:never|not) (?:won|received|got)(?: any)? (?:awards?|honou?rs?|prizes?)\b|\b(?:do(?:es)?n'?t|do(?:es)? not) have (?:any )?(?:awards?|honou?rs?|prizes?)\b/g;

/** Every honour and competition named; the rank, medal and team size of a competition are read after its name. */
export function findAwards(text: string, region: Region | undefined, meaningAt?: (start: number, end: number) => AwardMeaning): AwardsFound {
  const spans: Span[] = [];
  const honorCands: (Span & { id?: HonorId; tier?: CompetitionTier; classUnknown?: true; byRegion?: true })[] = [];
  for (const [re, id] of HONORS) {
    for (const m of allMatches(text, re)) {
      const resolved = typeof id === 'function' ? id(region) : id;
      honorCands.push({ start: m.index, end: m.index + m[0].length, id: resolved, ...(typeof id === 'function' && id !== NOT_READ ? { byRegion: true as const } : {}) });
    }
  }
  const unlisted: string[] = [];
  const awaitingRegion: string[] = [];
  for (const [re, tier, classUnknown] of TIERS) {
    for (const m of allMatches(text, re)) honorCands.push({ start: m.index, end: m.index + m[0].length, tier, ...(classUnknown ? { classUnknown } : {}) });
  }
  const picked = pickSpans(honorCands);
  const awards: ParsedAward[] = [];
  const wanted: ParsedAward[] = [];
  let denied = 0;
  const seen = new Set<string>();
  for (let i = 0; i < picked.length; i++) {
    const p = picked[i];
    spans.push({ start: p.start, end: p.end });
    // a wish or a denial (想当辽宁工匠, 还不是全国技术能手): read as the same award, kept apart from what is held
    const meaning = meaningAt?.(p.start, p.end);
    const held = meaning === undefined;
    const into = held ? awards : wanted;
    if (meaning === 'denies') denied++;
    if (p.id) {
      if (meaning === 'denies') continue;
      if (held ? !seen.has(p.id) : !wanted.some((w) => w.type === 'honor' && w.id === p.id)) into.push({ type: 'honor', id: p.id });
      if (held) seen.add(p.id);
      continue;
    }
    // a region's honour by its bare name where that region's text lists none of that name (the region known)
    // (wanted or denied, such a name is not held, and not read: nothing to say of it)
    if (p.byRegion && !held) continue;
    if (p.byRegion && region) { unlisted.push(text.slice(p.start, p.end).trim()); continue; }
    if (p.byRegion) { awaitingRegion.push(text.slice(p.start, p.end).trim()); continue; }
    if (!p.tier) continue;
    // the result: from the start of this clause up to the next award named
    const nextStart = picked[i + 1]?.start ?? text.length;
    let clauseStart = p.start;
    while (clauseStart > 0 && !/[,。;!?、]/.test(text[clauseStart - 1]) && (i === 0 || clauseStart > picked[i - 1].end)) clauseStart--;
    const before = text.slice(clauseStart, p.start);
    const after = text.slice(p.end, nextStart);
    const afterClause = after.split(/[。;!?]/)[0];
    const piece = before + ' ' + afterClause;
    const fromAfter = findRank(afterClause);
    const useAfter = fromAfter.rank !== undefined || fromAfter.medal !== undefined;
    let fromBefore = useAfter ? fromAfter : findRank(before);
    let beforeBase = clauseStart;
    // 拿了个第四，省里的比赛: the result in the clause before, when this one has none
    if (!useAfter && fromBefore.rank === undefined && fromBefore.medal === undefined) {
      const prevEnd = picked[i - 1]?.end ?? 0;
      const earlier = findRank(text.slice(prevEnd, clauseStart));
      // (not a result the contest before already took: 县里比赛拿过第二，省赛也参加过)
      const at = prevEnd + (earlier.span?.start ?? 0);
      if ((earlier.rank !== undefined || earlier.medal !== undefined) && !spans.some((sp) => sp.start <= at && at < sp.end)) { fromBefore = earlier; beforeBase = prevEnd; }
    }
    const { medal, span } = fromBefore;
    let rank = fromBefore.rank;
    // won the provincial championship: first
    if (rank === undefined && medal === undefined && /\bwon (?:the |an? |my |our |his |her |their )?$/.test(text.slice(Math.max(0, p.start - 10), p.start)) && !/\bprizes?\b|\bawards?\b|\bmedals?\b/.test(afterClause)) rank = 1;
    // 参加过没名次, 只是参赛: in the contest, placed nowhere the rules name
    if (rank === undefined && medal === undefined && NO_PLACE.test(afterClause.split(/[,]/)[0])) rank = 99;
    const award: ParsedAward = { type: 'competition', tier: p.tier };
    if (p.tier === 'worldskills') {
      if (medal) award.medal = medal;
      else if (rank !== undefined && rank <= 3) award.medal = (['gold', 'silver', 'bronze'] as const)[rank - 1];
    } else {
      const r = rank ?? (medal ? MEDAL_RANK[medal] : undefined);
      if (r !== undefined) award.rank = r;
    }
    // the team said in the clause before (we were a team of two, 1st at …; 我们俩一组，省赛第二)
    const size = teamSize(piece) ?? teamSize(text.slice(picked[i - 1]?.end ?? 0, clauseStart));
    if (size === 'team') award.team = true;
    else if (size !== undefined) award.teamSize = size;
    // 市赛…二类的: a city's contest of the second class is its trade contest
    // (the class from who ran it, named in the contest's words: 省总工会办的 → 二类, 省人社厅组织的 → 一类)
    const named = text.slice(p.start, p.end);
    const organiser = /(?:办|举办|主办|组织|搞)的/.test(named) ? classByOrganiser(named)
      : /(?:办|举办|主办|组织|搞)的\s*$/.test(before) ? classByOrganiser(before) : undefined;
    if (p.tier === 'municipal_class1' && (CLASS_APART.exec(piece)?.[1] || organiser === 2)) award.tier = 'municipal_industry';
    if (p.classUnknown) {
      const cls = CLASS_APART.exec(piece);
      if (cls) award.tier = (cls[1] ? p.tier : p.tier.replace('class2', 'class1')) as CompetitionTier;
      else if (organiser !== undefined) award.tier = (organiser === 2 ? p.tier : p.tier.replace('class2', 'class1')) as CompetitionTier;
      else award.classUnknown = true;
    }
    if (span) {
      const base = useAfter ? p.end : beforeBase;
      spans.push({ start: base + span.start, end: base + span.end });
    }
    if (meaning !== 'denies') into.push(award);
  }
  let none = false;
  for (const re of [NONE_ZH, NONE_EN]) {
    for (const m of allMatches(text, re)) {
      // (never got the engineer title, haven't received any certificate: a none of another fact, not of awards)
      if (re === NONE_EN && !/\b(?:awards?|honou?rs?|prizes?|competitions?|contests?)\b/.test(m[0]) && OTHER_FACT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
      none = true;
      spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return { awards, spans, none: none && awards.length === 0, unlisted: awards.length ? [] : unlisted, awaitingRegion, wanted, denied };
}

/**
 * A contest read with the region it was held in: Chongqing is a municipality, and the one city-wide contest its text
 * names (四（二）) is 中国·重庆职业技能大赛, so there 市赛 / 全市技能大赛 / 市里的大赛 (read as a city's first-class contest
 * elsewhere) is that contest. Its trade contests (市级行业赛) and district contests stay as they are.
 */
export function contestInRegion(award: ParsedAward, region: Region | undefined): ParsedAward {
  return region === 'chongqing' && award.type === 'competition' && award.tier === 'municipal_class1' ? { ...award, tier: 'chongqing_skills_competition' } : award;
}
