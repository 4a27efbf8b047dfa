// Builds held-out Q&A set 12 (qa-questions-12.json; QA.md "Set 12"): `node --import tsx test/heldout/build-qa-questions-12.mjs`
// re-checks each computed eligibility's `truth` against the rule engine (as of 2026-11), then writes the file
// (`--stdout`: prints it instead). Exits 1, naming the question, where the engine does not offer the expected path.
// Set 12, like set 11, is broad: personal facts in all six regions and two at once, months a path opens (this month,
// next month, later), awards and competition ranks and team events, Suzhou's annex both ways, papers, title holders
// asking for skill levels, failed annual reviews, the theory-exam exemption, equal treatment, the smaller provisions,
// HR agents, voice-to-text, typos, traditional characters; plus what the texts do not answer (some that sound close).
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recheck } from './qaRecheck.mjs';
/* global process */

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const AS_OF = '2026-11';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const at = (y, m) => [`${y}年${m}月`, `${y}年${String(m).padStart(2, '0')}月`, `${y}-${String(m).padStart(2, '0')}`, `${y}.${m}`, `${y}/${m}`,
  `${MONTHS[m - 1]} ${y}`, `${MONTHS[m - 1].slice(0, 3)} ${y}`];
// the level names an answer may use (simplified, traditional, English)
const AS = ['助理工程师', '助理级', '助理', 'assistant', '助理工程師'];
const EN = ['工程师', '中级', 'intermediate', 'engineer', '工程師', '中級'];
const SE = ['高级工程师', '副高', 'deputy senior', 'senior engineer', 'deputy-senior', '高級工程師'];
const FS = ['正高', 'full senior', 'full-senior', 'professor'];
const SW = ['高级工', '高級工', 'senior worker', '三级'];
const TE = ['技师', '技師', 'technician', '二级'];
const ST = ['高级技师', '高級技師', 'senior technician', '一级'];
const Y2 = ['2年', '两年', '二年', '2 years', 'two years'];
const Y3 = ['3年', '三年', '3 years', 'three years'];
const Y4 = ['4年', '四年', '4 years', 'four years'];
const REVW = ['年度考核', 'annual review', 'annual appraisal', 'appraisal'];
const NEAR3 = ['近3年', '近三年', '3 years', 'three years', 'last 3', 'past 3'];
const EXEMPT = ['免于理论知识考试', '免考理论', '免于理论', '免理论', 'exempt', 'waived'];
const sk = (level, since) => ({ level, since });
const ti = (level, since) => ({ level, since });
const hon = (id) => ({ type: 'honor', id });
const comp = (tier, rank, teamSize) => ({ type: 'competition', tier, rank, ...(teamSize ? { teamSize } : {}) });
const ws = (medal) => ({ type: 'competition', tier: 'worldskills', medal });
const STD = (target) => ({ target, route: 'standard' });
const GC = (target) => ({ target, route: 'green_channel' });
const ANY = (target) => ({ target });
const NOTYET = (target, from) => ({ target, route: 'standard', status: ['not_yet'], from });
const FAIL = (direction = 'skill_to_title') => ({ direction, unmet: 'annual_review' });
const T = (facts, expect) => ({ ...facts, expect });

const N = 'national', C = 'chongqing', S = 'sichuan', L = 'liaoning', J = 'jiangxi', Z = 'suzhou';
const set = [];
const checks = {};
let n = 0;
const localeOf = (t) => (/[\u4e00-\u9fff]/.test(t) ? 'zh-CN' : 'en');
/** An answerable question: the facts its answer must hold, the quote it must cite, and the engine truths to re-check. */
function q(region, topic, text, answerHas, quoteHas, ...truths) {
  const c = { id: `h12-${String(++n).padStart(3, '0')}`, region, locale: localeOf(text), topic, q: text, answerHas, quoteHas };
  set.push(c);
  truths.forEach((t, i) => { checks[i ? `${c.id}/${i + 1}` : c.id] = { region, ...t }; });
}
/** A question the texts do not answer (optionally: an answer saying the region's own text is silent is honest too). */
function no(region, text, silentHas) {
  set.push({ id: `h12-${String(++n).padStart(3, '0')}`, region, locale: localeOf(text), topic: 'not-in-texts', q: text, answerHas: [], refuse: true, ...(silentHas ? { silentHas } : {}) });
}

// ---- Chongqing (渝人社发〔2020〕32号)
const C_AS = '从事技术技能工作满2年，可申报评审相应专业助理工程师';
const C_EN = '满3年，可申报评审相应专业工程师';
const C_SE = '满4年，可申报评审相应专业高级工程师';
const REV = '在现工作岗位上近3年年度考核合格';
q(C, 'eligibility', '我在万州一家船厂当电焊工，2023年5月拿的技师证，现在评得了工程师不', [EN, Y3], C_EN, T({ skills: [sk('technician', '2023-05')] }, STD('intermediate')));
q(C, 'eligibility', '永川的，技师证是2023年12月发的，啥时候够年限报工程师嘛', [EN, at(2026, 12)], C_EN, T({ skills: [sk('technician', '2023-12')] }, NOTYET('intermediate', '2026-12')));
q(C, 'eligibility', '合川汽配厂钳工 高级工2024年11月拿的 这个月能报助理工程师了没得', [AS, Y2], C_AS, T({ skills: [sk('senior_worker', '2024-11')] }, STD('assistant')));
q(C, 'eligibility', 'gaoji jishi (senior technician) since aug 2022 in chongqing, can i go for senior engineer now?', [SE, Y4], C_SE, T({ skills: [sk('senior_technician', '2022-08')] }, STD('deputy_senior')));
q(C, 'eligibility', '江津 高级技师 2023年6月取证 想评高工 还要等多久', [SE, at(2027, 6)], C_SE, T({ skills: [sk('senior_technician', '2023-06')] }, NOTYET('deputy_senior', '2027-06')));
q(C, 'eligibility', '喂你好我想问下那个就是我在渝北做数控车工的嘛高级工证拿了两年半了嘛能不能评那个助理工程师哦', [AS], C_AS, T({ skills: [sk('senior_worker', '2024-05')] }, STD('assistant')));
q(C, 'eligibility', '重庆 技师满三年了 能评供程师吗', [EN], C_EN, T({ skills: [sk('technician', '2023-11')] }, STD('intermediate')));
q(C, 'green-channel', '我去年拿了黔江区县赛第一名 没得证书年限 能直接报啥子', [AS], '区县赛第1名的人员', T({ awards: [comp('district', 1)] }, GC('assistant')));
q(C, 'competition', '区县赛只拿到第二名 重庆能不能直接申报助理工程师', [['第1名', '第一名', '1st', 'first']], '区县赛第1名');
q(C, 'competition', '市级行业赛拿了个第三 重庆这边可以直接申报助理工程师不', [AS], '市级行业赛前3名', T({ awards: [comp('municipal_industry', 3)] }, GC('assistant')));
q(C, 'competition', 'placed 6th at the China Chongqing vocational skills competition, what title can i apply for directly?', [AS], '中国·重庆职业技能大赛前6名', T({ awards: [comp('chongqing_skills_competition', 6)] }, GC('assistant')));
q(C, 'competition', '去年全國二類技能競賽拿了季軍 重慶這邊直接申報工程師行不行', [EN], '国家级二类技能竞赛前3名', T({ awards: [comp('national_class2', 3)] }, GC('intermediate')));
q(C, 'competition', 'national class-1 competition, 5th place, chongqing - can I apply directly for engineer?', [EN], '国家级一类技能竞赛前5名', T({ awards: [comp('national_class1', 5)] }, GC('intermediate')));
q(C, 'competition', '世赛拿了优胜奖 在重庆能直接评工程师么', [EN], '世界技能大赛优胜奖', T({ awards: [ws('excellence')] }, GC('intermediate')));
q(C, 'competition', '重慶 世界技能大賽銅牌 可以直接申報高級工程師嗎', [SE], '世界技能大赛金银铜牌获得者，可直接申报高级工程师', T({ awards: [ws('bronze')] }, GC('deputy_senior')));
q(C, 'green-channel', '涪陵这边 我去年被评为重庆技能大师了噻 高工是不是可以直接报', [SE], '重庆技能大师', T({ awards: [hon('chongqing_skill_master')] }, GC('deputy_senior')));
q(C, 'green-channel', '来电人是市级首席技能大师工作室领衔专家，问能直接申报哪一级职称', [EN], '市级首席技能大师工作室领衔专家，可直接申报工程师', T({ awards: [hon('municipal_chief_master_studio_lead')] }, GC('intermediate')));
q(C, 'green-channel', 'national technical expert (quanguo jishu nengshou) in chongqing, which level can I apply for directly?', [EN], '全国技术能手、世界技能大赛优胜奖', T({ awards: [hon('national_technical_expert')] }, GC('intermediate')));
q(C, 'green-channel', '全市技术能手 重庆 破格能报助理工程师不', [AS], '全市技术能手、中国·重庆职业技能大赛前6名', T({ awards: [hon('chongqing_technical_expert')] }, GC('assistant')));
q(C, 'annual-review', '巴南的 技师证五年了 但前年年度考核不合格 今年能报工程师不', [REVW, NEAR3], REV, T({ skills: [sk('technician', '2021-06')], annualReviewsPassed: false }, FAIL()));
q(C, 'title-to-skill', '我是助理工程师 在重庆技能岗上班 能考高级工吗', [SW, ['累计工作年限', '申报条件', 'cumulative']], '可分别申请参加与现岗位相对应职业（工种）的高级工、技师、高级技师职业技能评价', T({ titles: [ti('assistant', '2020-01')] }, ANY('senior_worker')));
q(C, 'upgrade', '助理工程师 拿了高级工一年多了 重庆 能考技师不', [TE, ['1年', '一年']], '其累计工作年限达到相应职业（工种）技师申报条件的，可申报技师考评', T({ titles: [ti('assistant', '2020-01')], skills: [sk('senior_worker', '2025-06')] }, ANY('technician')));
q(C, 'exemption', '重庆 工程师考技师 我是机械专业毕业的 理论考试能免吗', [EXEMPT], '或相关职业（专业）毕业证书的，可免于理论知识考试');
q(C, 'school-equivalence', 'chongqing - finished the yubei jishi (preparatory technician) class at a skills college; for titles is that like a degree?', [['本科', 'bachelor', 'undergraduate']], '技工院校中级工班、高级工班、预备技师（技师）班毕业，可分别按相当于中专、大专、本科学历申报相应专业职称评审');
q(C, 'equal-treatment', '重庆 在聘的技师 待遇比照哪一级来落实', [['工程技术人员', '工程师', 'engineer'], ['同等待遇', 'equal']], '比照相应层级工程技术人员落实同等待遇');
q(C, 'papers', '重庆评职称 技能人才必须要有论文吗', [['论文', 'paper'], ['限制性条件', '不得']], '不得将身份、论文等作为高技能人才职称评审的限制性条件');
q(C, 'series', '重庆这个贯通 农业系列能不能评 我是农机修理工', [['工程系列', '工程技术领域', 'engineering']], '可按有关规定申请参加工程系列专业技术职称评审');
q(C, 'documents', '重庆破格申报 认定拿什么为准', [['证书或文件', '证书', '文件', 'certificate']], '以上项目的认定均以证书或文件为准');
q(C, 'other', '重庆这个实施意见从哪天开始执行的', [['发布之日']], '本实施意见自发布之日起执行');
q(C, 'other', '重庆以前的双师职称政策和这个意见冲突了 按哪个来', [['本实施意见', '本意见', '实施意见']], '按本实施意见执行');
q(C, 'requirements', 'chongqing: besides the certificate and years, what basic conditions does a skilled worker need for the engineering title?', [['规章制度', 'rules'], REVW], '遵守单位规章制度和生产操作规程');
q(C, 'scope', '重庆的文件 技能评价包括鉴定和等级认定吗', [['职业技能鉴定'], ['职业技能等级认定']], '含职业技能鉴定和职业技能等级认定');

// ---- Sichuan (四川省…贯通实施方案, 附件1 and 附件2)
const S_AS = '取得高级工职业资格或职业技能等级后，从事技术技能工作满2年';
const S_EN = '取得技师职业资格或职业技能等级后，从事技术技能工作满3年';
const S_SE = '取得高级技师职业资格或职业技能等级后，从事技术技能工作满4年';
q(S, 'eligibility', '我在绵竹 高级工是2024年3月拿的 四川能评助理级职称了吗', [AS, Y2], S_AS, T({ skills: [sk('senior_worker', '2024-03')] }, STD('assistant')));
q(S, 'eligibility', '德阳东汽的 技师证2024年1月下来的 四川评中级要等到啥时候', [EN, at(2027, 1)], S_EN, T({ skills: [sk('technician', '2024-01')] }, NOTYET('intermediate', '2027-01')));
q(S, 'eligibility', '我在宜宾 高级技师2022年10月拿嘞 评副高要得不嘛', [SE], S_SE, T({ skills: [sk('senior_technician', '2022-10')] }, STD('deputy_senior')));
q(S, 'eligibility', '攀枝花钢厂 高级技师拿证是2016年5月 四川能评正高不', [FS, ['10年', '十年']], '从事技术技能工作满10年', T({ skills: [sk('senior_technician', '2016-05')] }, STD('full_senior')));
q(S, 'eligibility', 'sichuan: senior technician since jan 2019, got my deputy-senior title in sep 2020 - can I apply for full senior now?', [FS, ['5 years', '5年', 'five years']], '取得副高级职称后，从事技术技能工作满5年', T({ skills: [sk('senior_technician', '2019-01')], titles: [ti('deputy_senior', '2020-09')] }, STD('full_senior')));
q(S, 'eligibility', '四川 我是高级技师 2018年7月取证 副高是2022年7月评的 什么时候能报正高', [FS, at(2027, 7)], '取得副高级职称后，从事技术技能工作满5年', T({ skills: [sk('senior_technician', '2018-07')], titles: [ti('deputy_senior', '2022-07')] }, NOTYET('full_senior', '2027-07')));
q(S, 'eligibility', 'leshan, technician cert dated november 2023 - does the sichuan plan let me apply for intermediate this month?', [EN, Y3], S_EN, T({ skills: [sk('technician', '2023-11')] }, STD('intermediate')));
q(S, 'competition', '南充的 国赛拿了块铜牌 破格评中级得行不', [EN], '在国家级技能竞赛中获得奖牌', T({ awards: [comp('national_class2', 3)] }, GC('intermediate')));
q(S, 'green-channel', 'got the sichuan provincial technical expert title - what level can I apply for through the exceptional route?', [EN], '获得四川省技术能手称号', T({ awards: [hon('sichuan_technical_expert')] }, GC('intermediate')));
q(S, 'green-channel', '天府工匠 能破格報副高嗎', [SE], '获得全国技术能手、天府工匠、四川技能大师等称号', T({ awards: [hon('tianfu_craftsman')] }, GC('deputy_senior')));
q(S, 'competition', '国家级一类大赛双人赛项得了第三名 四川 能破格申报啥', [SE], '双人赛项前3名', T({ awards: [comp('national_class1', 3, 2)] }, GC('deputy_senior')));
q(S, 'competition', 'sichuan, national class-1 event, three-person team, we came 2nd. can I apply exceptionally for deputy senior?', [SE], '三人赛项前2名', T({ awards: [comp('national_class1', 2, 3)] }, GC('deputy_senior')));
q(S, 'competition', 'won gold at worldskills, from sichuan, can i go straight to the full senior title', [FS], '在世界技能大赛中获得金牌', T({ awards: [ws('gold')] }, GC('full_senior')));
q(S, 'green-channel', '我是世赛金奖选手的教练组组长 四川 破格能报哪级', [FS], '担任世界技能大赛金奖选手技术指导专家组组长（教练组组长）', T({ awards: [hon('worldskills_gold_coach_leader')] }, GC('full_senior')));
q(S, 'green-channel', '國家級非物質文化遺產代表性傳承人 在四川可以破格評副高嗎', [SE], '被认定为国家级非物质文化遗产代表性传承人', T({ awards: [hon('national_intangible_heritage')] }, GC('deputy_senior')));
q(S, 'green-channel', '省级非遗传承人 四川评中级职称有没有破格', [EN], '被认定为四川省省级非物质文化遗产代表性传承人', T({ awards: [hon('provincial_intangible_heritage')] }, GC('intermediate')));
q(S, 'green-channel', '四川 我是省级技能大师工作室领办人 破格能申报哪一级', [EN], '担任省级技能大师工作室领办人', T({ awards: [hon('provincial_master_studio_lead')] }, GC('intermediate')));
q(S, 'green-channel', 'state council special allowance holder in chengdu - direct application for which title level?', [FS], '享受国务院政府特殊津贴', T({ awards: [hon('state_council_allowance')] }, GC('full_senior')));
q(S, 'green-channel', '四川走破格的話 學歷資歷層級卡不卡人', [['不受学历', '学历']], '可不受学历、资历、层级限制');
q(S, 'title-to-skill', '四川 我是助理工程师 干这行3年了 能考高级工吗', [SW, Y2], '取得助理级职称或初级专业技术职业资格，累计从事本专业技术技能工作达到2年', T({ titles: [ti('assistant', '2023-06')], workYears: 3 }, ANY('senior_worker')));
q(S, 'title-to-skill', '四川 中级职称 累计干了3年 想考技师 还差多久', [TE, Y4, at(2027, 11)], '取得中级职称或中级专业技术职业资格，累计从事本专业技术技能工作达到4年', T({ titles: [ti('intermediate', '2024-01')], workYears: 3 }, NOTYET('technician', '2027-11')));
q(S, 'title-to-skill', 'sichuan deputy senior engineer with 9 years in the trade, can i apply for the senior technician level?', [ST, ['8 years', '8年', 'eight years']], '取得副高级职称，累计从事本专业技术技能工作达到8年', T({ titles: [ti('deputy_senior', '2021-01')], workYears: 9 }, ANY('senior_technician')));
q(S, 'title-to-skill', '正高级工程师想考高级技师 四川有年限要求吗', [ST, ['不受年限限制', '不受年限']], '正高级职称不受年限限制，可直接申报相应职业（工种）高级技师资格', T({ titles: [ti('full_senior', '2025-01')], workYears: 2 }, ANY('senior_technician')));
q(S, 'title-to-skill', '我们所里有个工程师得过省科技进步奖 在四川考技能等级是不是能跳过前置条件', [['直接申报']], '获得省（部）级以上科学技术奖');
q(S, 'annual-review', '四川 工程师 累计干了6年 去年年度考核不合格 能考技师吗', [REVW, NEAR3], '近3年年度考核合格', T({ titles: [ti('intermediate', '2020-01')], workYears: 6, annualReviewsPassed: false }, FAIL('title_to_skill')));
q(S, 'exemption', 'sichuan engineer with a mechanical diploma applying for a fitter skill level, do i skip the theory test?', [['theory', '理论'], EXEMPT], '具有所申报职业相关专业毕业证书的，可免于理论知识考试');
q(S, 'school-equivalence', '四川 技工学校高级工班毕业 报会计资格考试算啥学历', [['大专', 'college', 'junior college']], '可分别按相当于中专、大专、本科学历，报名参加经济、会计');
q(S, 'series', '四川 群众文化系列 高技能人才能评吗', [['群众文化']], '文物博物（群众文化）');
q(S, 'schedule', '四川贯通第二阶段 头一回评价安排在哪几个月', [['2021年11月', '2021-11', 'November 2021'], ['2022年3月', '2022-03', 'March 2022']], '组织首次评价（2021年11月－2022年3月）');
q(S, 'schedule', 'when did sichuan phase three, the long-term mechanism, start?', [['2022年4月', '2022-04', 'April 2022', 'Apr 2022']], '形成长效机制（2022年4月－）');
q(S, 'requirements', '四川 以考代评的专业 技能人才还要考试吗', [['考试', 'exam']], '实行“以考代评”“考评结合”的，应参加相应考试并达到规定要求');
q(S, 'requirements', '四川 需要准入类职业资格的专业 高技能人才评职称有啥要求', [['准入类', '职业资格']], '法律法规规定需取得准入类专业技术人员职业资格的，应具备相应职业资格');
q(S, 'upgrade', '四川 工程师先考了高级工 一年后能接着考技师吗', [['1年', '一年'], ['晋级', '累计工作年限']], '专业技术人才取得职业资格或职业技能等级1年后，可按累计工作年限申报相应职业（工种）晋级评价');
q(S, 'papers', '四川評職稱 技能人才要外語和計算機成績不', [['外语'], ['计算机'], ['限制性条件', '不将']], '不将学历、论文、外语、计算机等作为高技能人才参加职称评审的限制性条件');
q(S, 'equal-treatment', '四川企业对在聘技师 评优评奖方面怎么对待', [['同等待遇', '比照']], '比照相应层级专业技术人员享受同等待遇');
q(S, 'other', 'sichuan: who does the performance verification and recommendation in the application?', [['用人单位', 'employer']], '用人单位要发挥主体作用，做好业绩鉴定、申报推荐等');

// ---- Liaoning (辽人社规〔2019〕2号)
const L_AS = '获得高级工职业资格或职业技能等级后从事技术技能工作满2年';
const L_EN = '获得技师职业资格或职业技能等级后从事技术技能工作满3年';
const L_SE = '获得高级技师职业资格或职业技能等级后从事技术技能工作满4年';
q(L, 'eligibility', '鞍山钢厂 高级工2024年9月取的证 辽宁评助理工程师够了吗', [AS, Y2], L_AS, T({ skills: [sk('senior_worker', '2024-09')] }, STD('assistant')));
q(L, 'eligibility', '抚顺的 技师2024年2月拿证 评工程师得啥时候', [EN, at(2027, 2)], L_EN, T({ skills: [sk('technician', '2024-02')] }, NOTYET('intermediate', '2027-02')));
q(L, 'eligibility', 'liaoning senior technician since march 2021, eligible for the senior engineer review?', [SE, Y4], L_SE, T({ skills: [sk('senior_technician', '2021-03')] }, STD('deputy_senior')));
q(L, 'eligibility', '丹东 高级技师是2022年12月评上的 高工是不是下个月就能报了', [SE, at(2026, 12)], L_SE, T({ skills: [sk('senior_technician', '2022-12')] }, NOTYET('deputy_senior', '2026-12')));
q(L, 'eligibility', '那个我问一下啊辽宁营口这边我是维修电工高级技师一八年六月拿的证然后想问问能不能评高级工程师', [SE], L_SE, T({ skills: [sk('senior_technician', '2018-06')] }, STD('deputy_senior')));
q(L, 'eligibility', 'tieling, senior worker cert got in jan 2025, assitant engineer when?', [AS, at(2027, 1)], L_AS, T({ skills: [sk('senior_worker', '2025-01')] }, NOTYET('assistant', '2027-01')));
q(L, 'green-channel', '錦州的 評上遼寧工匠了 正高級工程師能破格報嗎', [FS], '辽宁工匠、辽宁省功勋高技能人才', T({ awards: [hon('liaoning_craftsman')] }, GC('full_senior')));
q(L, 'green-channel', '遼寧 全國技術能手 破格能評哪一級', [FS], '全国技术能手、国家级技能大师工作室负责人', T({ awards: [hon('national_technical_expert')] }, GC('full_senior')));
q(L, 'green-channel', '遼寧省有突出貢獻高技能人才 可以破格報高級工程師不', [SE], '辽宁省有突出贡献高技能人才、省级技能大师工作站负责人，可破格申报高级工程师', T({ awards: [hon('liaoning_outstanding_talent')] }, GC('deputy_senior')));
q(L, 'green-channel', 'i run a provincial skills master workstation in shenyang, what title can i apply for under the exceptional route', [SE], '省级技能大师工作站负责人', T({ awards: [hon('provincial_master_studio_lead')] }, GC('deputy_senior')));
q(L, 'green-channel', '盘锦 辽宁省技术能手 破格能评啥', [EN], '获得辽宁省技术能手，可破格申报工程师', T({ awards: [hon('liaoning_technical_expert')] }, GC('intermediate')));
q(L, 'competition', '我是世赛铜牌辽宁选手的教练 能破格正高吗', [FS], '获得世界技能大赛金牌、银牌、铜牌的辽宁选手及其技术指导专家和教练', T({ awards: [hon('worldskills_coach')] }, GC('full_senior')));
q(L, 'competition', 'liaoning contestant, worldskills silver medal - exceptional application for which level?', [FS], '获得世界技能大赛金牌、银牌、铜牌的辽宁选手', T({ awards: [ws('silver')] }, GC('full_senior')));
q(L, 'annual-review', '辽宁 我技师干了5年 去年考核没合格 能评工程师吗', [REVW, NEAR3], REV, T({ skills: [sk('technician', '2021-09')], annualReviewsPassed: false }, FAIL()));
q(L, 'title-to-skill', '辽宁 助理工程师 能申报三级吗', [SW], '取得相关专业助理工程师资格，可申报参加相关职业（工种）三级（高级工）职业技能评价', T({ titles: [ti('assistant', '2024-03')] }, ANY('senior_worker')));
q(L, 'title-to-skill', '辽宁 助理工程师是2024年6月评的 想考二级技师 要等到啥时候', [TE, at(2027, 6)], '取得相关专业助理工程师资格后，从事本职业（工种）或相关职业（工种）工作满3年', T({ titles: [ti('assistant', '2024-06')] }, NOTYET('technician', '2027-06')));
q(L, 'title-to-skill', 'I hold an intermediate engineer title in dalian. can I apply for technician straight away?', [TE], '取得相关专业工程师以上资格，从事本职业（工种）或相关职业（工种）工作', T({ titles: [ti('intermediate', '2026-01')] }, ANY('technician')));
q(L, 'title-to-skill', '辽宁 工程师职称2022年8月评的 能考高级技师吗', [ST, Y3], '取得相关专业工程师资格后，从事该职业（工种）或相关职业（工种）工作满3年', T({ titles: [ti('intermediate', '2022-08')] }, ANY('senior_technician')));
q(L, 'title-to-skill', '辽宁 高级工程师考一级高级技师 有年限不', [ST], '取得相关专业高级工程师资格，从事该职业（工种）或相关职业（工种）工作', T({ titles: [ti('deputy_senior', '2026-05')] }, ANY('senior_technician')));
q(L, 'title-to-skill', '辽宁 我只有技术员职称 在技能岗上 能参加技能评价吗', [['技术员'], ['职业技能评价', '技能评价']], '取得技术员资格或尚未取得专业技术资格的专业技术人才');
q(L, 'title-to-skill', '沒有職稱的技術人員在遼寧能考技能等級嗎', [['尚未取得专业技术资格', '尚未取得']], '尚未取得专业技术资格的专业技术人才，在技能岗位工作的');
q(L, 'exemption', '辽宁 工程师去考电工技师 电气专业毕业 理论免考不', [EXEMPT], '或相关职业（专业）毕业证书的，可免于理论知识考试');
q(L, 'papers', '辽宁 评工程师没论文 能拿啥替代', [['工作报告'], ['操作手册', '技术工艺改进方案', '案例报告']], '可将工作报告、技术工艺改进方案、编制的操作手册');
q(L, 'papers', '辽宁这边技能人才报职称 职称外语 计算机应用能力 还得考吗', [['不作统一要求']], '对职称外语和计算机应用能力考试不作统一要求');
q(L, 'other', 'what happens in liaoning if someone plagiarises other peoples work in the application', [['一票否决', 'veto', 'one-vote']], '剽窃他人成果等弄虚作假者，实行“一票否决”');
q(L, 'other', '遼寧 以前在技術崗幹過五年 現在轉技能崗 年限能接上嗎', [['连续计算']], '原从事相关技能工作或专业技术工作的经历，可连续计算');
q(L, 'equal-treatment', '辽宁 在聘高级技师的待遇比照什么', [SE, ['同等待遇']], '比照助理工程师、工程师、高级工程师等相应层级工程技术人员享受同等待遇');
q(L, 'school-equivalence', 'liaoning: my intermediate worker class diploma from a technical school is equal to what education?', [['中专', 'secondary']], '可分别按相当于中专、大专、本科学历申报评审相应专业职称');
q(L, 'who-evaluates', '来电人问辽宁省直单位的技能人才评职称由谁组织', [['省直'], ['管理权限']], '由各市、省直相关部门（单位）按管理权限组织开展');
q(L, 'scope', '辽宁 工程技术领域以外的 比如农艺师 这个文件管不管', [['工程技术领域', '工程系列']], '在我省工程技术领域一线岗位从事技术技能工作');
q(L, 'upgrade', '辽宁 我取得高级工一年了 能晋级考技师吗', [['1年', '一年'], ['累计工作年限']], '可按累计工作年限申报现从事职业（工种）晋级评价');
q(L, 'requirements', 'liaoning basic conditions for skilled workers going for engineering titles?', [['高级工', 'senior worker'], REVW], '具有高级工及以上职业资格或职业技能等级，在现工作岗位上近3年年度考核合格');

// ---- Suzhou (苏人保职〔2019〕28号 and its annex)
const Z_AS = '满2年，可申报评审相应专业助理工程师';
const Z_EN = '满3年，可申报评审相应专业工程师';
const Z_SE = '获得高级技师资格或职业技能等级后从事技术技能工作满4年';
q(Z, 'eligibility', '昆山 模具工 高级工2024年10月取证 评助理工程师够年限了吗', [AS, Y2], Z_AS, T({ skills: [sk('senior_worker', '2024-10')] }, STD('assistant')));
q(Z, 'eligibility', '常熟 技师证2024年4月拿的 苏州评工程师要等到哪个月', [EN, at(2027, 4)], Z_EN, T({ skills: [sk('technician', '2024-04')] }, NOTYET('intermediate', '2027-04')));
q(Z, 'eligibility', 'suzhou senior technician cert from 2021-11, can i do the senior engineer review now', [SE, Y4], Z_SE, T({ skills: [sk('senior_technician', '2021-11')] }, STD('deputy_senior')));
q(Z, 'eligibility', '苏州 技师满3年 评工城师可以伐', [EN], Z_EN, T({ skills: [sk('technician', '2023-11')] }, STD('intermediate')));
q(Z, 'eligibility', '吴江 高级工 二零二四年十二月拿的证 下个月是不是就能报助理工程师了', [AS, at(2026, 12)], Z_AS, T({ skills: [sk('senior_worker', '2024-12')] }, NOTYET('assistant', '2026-12')));
q(Z, 'green-channel', '吴中 我评上了苏州市技术能手 助理工程師是不是可以直接報', [AS], '获得苏州市技术能手、姑苏高技能重点人才、市级一类技能竞赛前三名，可直接申报助理工程师', T({ awards: [hon('suzhou_technical_expert')] }, GC('assistant')));
q(Z, 'competition', '太仓 市级一类技能竞赛第二名 能直接报什么职称', [AS], '市级一类技能竞赛前三名', T({ awards: [comp('municipal_class1', 2)] }, GC('assistant')));
q(Z, 'competition', '省级一类技能竞赛第5名 苏州 能直接报工程师不', [EN], '省级一类技能竞赛前四至六名', T({ awards: [comp('provincial_class1', 5)] }, GC('intermediate')));
q(Z, 'competition', 'kunshan guy here, runner-up at a jiangsu provincial class 2 skills contest, direct title level?', [EN], '省级二类技能竞赛前二至三名', T({ awards: [comp('provincial_class2', 2)] }, GC('intermediate')));
q(Z, 'competition', '省一类竞赛拿了亚军 在苏州能直接申报高工吗', [SE], '省级一类技能竞赛前三名', T({ awards: [comp('provincial_class1', 2)] }, GC('deputy_senior')));
q(Z, 'competition', 'suzhou, won first place in a provincial class two contest, senior engineer directly?', [SE], '省级二类技能竞赛第一名', T({ awards: [comp('provincial_class2', 1)] }, GC('deputy_senior')));
q(Z, 'competition', '国际技能竞赛第七名 苏州可以直接评啥职称', [SE], '国际技能竞赛前八名', T({ awards: [comp('international', 7)] }, GC('deputy_senior')));
q(Z, 'competition', '國家級一類技能競賽第六名 蘇州能直接申報高級工程師嗎', [SE], '国家级一类技能竞赛前六名', T({ awards: [comp('national_class1', 6)] }, GC('deputy_senior')));
q(Z, 'green-channel', '江苏大工匠 苏州 可以直接申报正高吗', [FS], '获得中华技能大奖、江苏大工匠称号', T({ awards: [hon('jiangsu_grand_craftsman')] }, GC('full_senior')));
q(Z, 'competition', 'worldskills silver, living in wujiang suzhou, direct full senior engineer?', [FS], '世界技能大赛金牌、银牌、铜牌（以证书、表彰文件为准）的，可直接申报正高级工程师', T({ awards: [ws('silver')] }, GC('full_senior')));
q(Z, 'green-channel', '常熟 去年得了个市里的技术发明奖 破格的话 苏州给报到哪一级', [EN, SE], '市级以上技术发明奖', T({ awards: [hon('municipal_invention_award')] }, GC('intermediate')), T({ awards: [hon('municipal_invention_award')] }, GC('deputy_senior')));
q(Z, 'green-channel', '市级劳模 苏州 直接申报工程师行吗', [EN], '市级劳动模范等荣誉称号', T({ awards: [hon('municipal_model_worker')] }, GC('intermediate')));
q(Z, 'green-channel', 'provincial-level model worker in suzhou, which title can i apply for directly', [SE], '获得省部级劳动模范或市级以上技术发明奖', T({ awards: [hon('provincial_model_worker')] }, GC('deputy_senior')));
q(Z, 'green-channel', '評上姑蘇高技能突出人才 蘇州可以直接申報工程師嗎', [EN], '姑苏高技能突出人才、江苏省技术能手', T({ awards: [hon('gusu_outstanding_talent')] }, GC('intermediate')));
q(Z, 'annual-review', '苏州 高级技师干了6年 近三年有一年考核不合格 能报高工不', [REVW, NEAR3], REV, T({ skills: [sk('senior_technician', '2020-10')], annualReviewsPassed: false }, FAIL()));
q(Z, 'title-to-skill', '苏州 我是工程师 在技能岗 首次能考哪个技能等级', [TE], '可分别申请参加与现岗位相对应职业（工种）的高级工、技师、高级技师职业技能评价，合格后取得相应职业资格证书', T({ titles: [ti('intermediate', '2025-03')] }, ANY('technician')));
q(Z, 'title-to-skill', 'suzhou assistant engineer in a skill post, which skill level can I take for my first evaluation?', [SW], '专业技术人才取得工程系列相关专业助理工程师、工程师、高级工程师后', T({ titles: [ti('assistant', '2025-08')] }, ANY('senior_worker')));
q(Z, 'upgrade', '苏州 助理工程师 拿到高级工一年了 能考技师吗', [TE, ['1年', '一年']], '助理工程师在取得现从事职业（工种）高级工1年后，其累计工作年限达到技师申报条件的，可申报技师考评', T({ titles: [ti('assistant', '2021-01')], skills: [sk('senior_worker', '2025-09')] }, ANY('technician')));
q(Z, 'exemption', '苏州 高级工程师考高级技师 不是相关专业毕业的 理论能免吗', [EXEMPT], '专业技术人才参加职业技能评价免于理论知识考试');
q(Z, 'other', '我手上是苏州本地的地方工程师 去考高级工鉴定 过了以后能换成国家的啥职称', [SW, ['中级职称', '中级']], '持有我市地方工程师的职称人员可直接参加高级工鉴定考试');
q(Z, 'documents', '苏州 工程师申报技能评价要交哪些材料', [['职称证书']], '申报材料应包括合规获得的工程技术职称证书');
q(Z, 'documents', '来电人问苏州技能人才报职称 材料要经过哪些环节', [['用人单位初审'], ['主管部门审核'], ['职称申报点受理']], '经用人单位初审、主管部门审核、职称申报点受理后');
q(Z, 'annex', '相城工地上扎钢筋的 评职称该报哪个专业类别', [['建设']], '混凝土工、钢筋工、架子工');
q(Z, 'annex', 'in suzhou which title specialty does a milling machine operator (xigong) map to?', [['机械', 'mechanical', 'machinery']], '车工、铣工、钳工');
q(Z, 'annex', '蘇州 制冷工對應哪個職稱專業', [['化工工程']], '化工工程制冷工');
q(Z, 'annex', '苏州机械专业类别对应哪些工种 汽车维修工在里面吗', [['汽车维修工'], ['机械']], '电切削工、汽车维修工');
q(Z, 'annex', 'suzhou construction specialty, which occupations are listed for it?', [['电梯安装维修工'], ['防水工', '砌筑工', '架子工']], '电梯安装维修工、制冷空调系统安装维修工、防水工');
q(Z, 'annex', '苏州 智能楼宇管理员 算哪个职称专业的', [['机械']], '汽车维修工、智能楼宇管理员');
q(Z, 'other', 'suzhou - can the hours from my skills training be converted into CPD / continuing ed credit?', [['继续教育', 'continuing education']], '职业技能培训成果可折算继续教育学时');
q(Z, 'scope', '苏州贯通试点 先从哪几个行业搞起', [['机械'], ['建设'], ['化工']], '试点在机械、建设、化工等行业中推进此项工作');
q(Z, 'requirements', '苏州评职称 报的专业要和现在干的一样吗', [['相同或相近']], '申报人员从事的专业须与申报的专业技术职称专业相同或相近');
q(Z, 'other', '苏州 专业技术人才取得技能证书后 能申报高技能领军人才引进项目吗', [['领军人才']], '可申报市级、县（区）级高技能领军人才引进项目');
q(Z, 'who-evaluates', 'who runs the skill evaluation for engineers in suzhou?', [['职业技能鉴定指导中心', 'vocational skill', 'skill appraisal guidance']], '由各级职业技能鉴定指导中心按管理权限组织开展');
q(Z, 'school-equivalence', '苏州 技工院校预备技师班毕业生 评职称按啥学历', [['本科', 'bachelor']], '预备技师（技师）班毕业生分别按相当于中专、大专、本科学历');
q(Z, 'equal-treatment', 'HR question for suzhou: do our hired senior technicians get equal treatment with engineers?', [['同等待遇', 'equal']], '比照相应层级工程技术专业人员享受同等待遇');

// ---- national (人社部发〔2020〕96号), for regions without a text of their own
const N_AS = '满2年，可申报评审相应专业助理级职称';
const N_EN = '满3年，可申报评审相应专业中级职称';
const N_SE = '满4年，可申报评审相应专业副高级职称';
const N_GC = '可直接申报评审正高级或副高级职称';
const N_T2S = '可分别申请参加与现岗位相对应职业（工种）的高级工、技师、高级技师职业技能评价';
const N_EX = '具有所申报职业相关专业毕业证书的，可免于理论知识考试';
const N_UP = '取得职业资格或职业技能等级1年后，可按累计工作年限申报相应职业（工种）晋级评价';
const N_PAPER = '不将学历、论文、外语、计算机等作为高技能人才参加职称评审的限制性条件';
const N_EQ = '比照相应层级专业技术人员享受同等待遇';
const N_SER = '将贯通领域扩大为工程、农业、工艺美术、文物博物、实验技术、艺术、体育、技工院校教师等职称系列';
const N_ALL = '具备高级工以上职业资格或职业技能等级的技能人才，均可参加职称评审';
q(N, 'eligibility', '我在石家庄 高级工2023年7月取证 按96号能评助理级吗', [AS, Y2], N_AS, T({ skills: [sk('senior_worker', '2023-07')] }, STD('assistant')));
q(N, 'eligibility', '郑州的 技师2024年8月拿的证 国家文件规定啥时候能报中级', [EN, at(2027, 8)], N_EN, T({ skills: [sk('technician', '2024-08')] }, NOTYET('intermediate', '2027-08')));
q(N, 'eligibility', 'hefei, senior technician since may 2020, can i apply for deputy senior under the national rule', [SE, Y4], N_SE, T({ skills: [sk('senior_technician', '2020-05')] }, STD('deputy_senior')));
q(N, 'eligibility', '长沙 技师证去年十一月才拿 国家规定几年后能评中级', [EN, at(2028, 11)], N_EN, T({ skills: [sk('technician', '2025-11')] }, NOTYET('intermediate', '2028-11')));
q(N, 'green-channel', '中华技能大奖获得者 按96号能直接申报哪级', [FS, SE], N_GC, T({ awards: [hon('china_skills_award')] }, GC('full_senior')), T({ awards: [hon('china_skills_award')] }, GC('deputy_senior')));
q(N, 'green-channel', 'recognised by my provincial government as a gaojingjianque (high-end shortage) skilled talent, what can i apply for?', [FS, SE], N_GC, T({ awards: [hon('high_end_shortage_talent')] }, GC('full_senior')), T({ awards: [hon('high_end_shortage_talent')] }, GC('deputy_senior')));
q(N, 'green-channel', '享受省级政府特殊津贴的技师 可以直接报副高吗 96号', [SE], '享受省级以上政府特殊津贴的高技能人才', T({ awards: [hon('provincial_government_allowance')] }, GC('deputy_senior')));
q(N, 'annual-review', 'national rule: technician for 4 years but my annual review last year was unsatisfactory, can I apply for intermediate?', [REVW, NEAR3], REV, T({ skills: [sk('technician', '2022-06')], annualReviewsPassed: false }, FAIL()));
q(N, 'title-to-skill', '96號 中級職稱的人 可以考技師嗎', [TE, ['累计工作年限', '申报条件']], N_T2S, T({ titles: [ti('intermediate', '2022-01')] }, ANY('technician')));
q(N, 'title-to-skill', 'deputy senior title holder, national rule - which skill level can I sit?', [ST], N_T2S, T({ titles: [ti('deputy_senior', '2023-04')] }, ANY('senior_technician')));
q(N, 'exemption', '专业技术人员考技能等级 有相关专业毕业证 理论考试咋办 国家规定', [EXEMPT], N_EX);
q(N, 'upgrade', 'national: after getting a skill level, how long until i can apply for the next one?', [['1 year', '1年', 'one year']], N_UP);
q(N, 'papers', '评职称要不要外语和计算机 国家96号咋说', [['外语'], ['计算机'], ['限制性条件']], N_PAPER);
q(N, 'equal-treatment', 'under 96, what treatment do employed technicians get compared with professional staff?', [['同等待遇', 'equal']], N_EQ);
q(N, 'series', '人社部那个96号文 除了工程 还有哪些系列能贯通', [['农业'], ['工艺美术'], ['体育']], N_SER);
q(N, 'other', '技能竞赛获奖和行业工法 评职称算数吗 国家咋说', [['重要内容']], '均可作为职称评审的重要内容');
q(N, 'other', 'can skilled workers be reviewed in a separate group under the national opinion?', [['单独分组', 'separate']], '对高技能人才单独分组、单独评审');
q(N, 'other', '高技能人才能进职称评委会吗 96号', [['评审委员会', '专家库']], '积极吸纳优秀高技能人才参加相关职称评审委员会、专家库');
q(N, 'other', '96号 用人单位能自己定专业技术人才考技能等级的条件吗', [['用人单位', '本单位'], ['标准条件']], '制定本单位专业技术人才参加职业技能评价的标准条件');
q(N, 'title-to-skill', '有相应技能水平的优秀人才 能不能直接申报技能等级评价 国家文件', [['直接申报']], '具有相应职业（工种）技能等级水平的优秀人才可直接申报该职业（工种）的职业技能等级评价');
q(N, 'other', '评职称是不是强制的 单位让我必须评 96号文怎么说', [['自愿']], '高技能人才依据技术技能水平自愿参加职称评审');
q(N, 'other', 'does the national text mention annual salary or equity incentives for skill leaders?', [['年薪制', 'annual salary'], ['股权', 'equity']], '实行高技能领军人才年薪制、股权期权激励');
q(N, 'other', '96号从什么时候开始施行', [['印发之日']], '本意见自印发之日起施行');
q(N, 'requirements', '没有任何职称 只有高级工 按国家规定也能评职称吗', [SW, ['均可', '可以', 'can']], N_ALL);
q(N, 'requirements', 'only an intermediate worker (zhongjigong) certificate - can I join a title review under 96?', [SW], '具备高级工以上职业资格或职业技能等级的技能人才');
q(N, 'other', '国家96号 技能人才参加职称评审 主要看哪些能力和贡献', [['解决生产难题'], ['传技带徒']], '解决生产难题、参与技术改造革新、工艺改进、传技带徒');

// ---- Jiangxi (赣人社字〔2021〕227号, forwarding 96号)
q(J, 'eligibility', '赣州 技师2023年3月拿证 江西评中级职称可以了吧', [EN, Y3], N_EN, T({ skills: [sk('technician', '2023-03')] }, STD('intermediate')));
q(J, 'eligibility', '九江 高级工2025年6月取证 江西哪个月能报助理级', [AS, at(2027, 6)], N_AS, T({ skills: [sk('senior_worker', '2025-06')] }, NOTYET('assistant', '2027-06')));
q(J, 'eligibility', 'jiangxi, pingxiang, senior technician certificate since jan 2022, deputy senior title possible?', [SE], N_SE, T({ skills: [sk('senior_technician', '2022-01')] }, STD('deputy_senior')));
q(J, 'eligibility', '你好我是上饶这边人力资源部的想问下我们单位一个电工高级技师是二零二一年四月取得的证能不能给他报副高', [SE], N_SE, T({ skills: [sk('senior_technician', '2021-04')] }, STD('deputy_senior')));
q(J, 'green-channel', '江西 全国技术能手 能直接评正高还是副高', [FS, SE], N_GC, T({ awards: [hon('national_technical_expert')] }, GC('full_senior')), T({ awards: [hon('national_technical_expert')] }, GC('deputy_senior')));
q(J, 'green-channel', '景德鎮 我是國家級技能大師工作室帶頭人 江西這邊綠色通道能報正高嗎', [FS, SE], N_GC, T({ awards: [hon('national_master_studio_lead')] }, GC('full_senior')), T({ awards: [hon('national_master_studio_lead')] }, GC('deputy_senior')));
q(J, 'title-to-skill', '江西 助理工程師 想考高級工 有啥條件', [SW, ['累计工作年限', '申报条件']], N_T2S, T({ titles: [ti('assistant', '2023-01')] }, ANY('senior_worker')));
q(J, 'series', 'which title series does jiangxi open to skilled workers?', [['工程', 'engineering'], ['农业', 'agricultur'], ['技工院校教师', 'technical school teach', 'tech school teach']], N_SER);
q(J, 'other', '江西各职称系列主管部门 要结合哪项工作完善高技能人才评审政策', [['申报条件修订', '申报条件']], '要结合职称申报条件修订工作');
q(J, 'other', '赣人社字227号是几月几号发的', [['2021年7月14日', '2021-07-14', 'July 14']], '2021年7月14日');
q(J, 'exemption', 'ganzhou engineer, my diploma matches the trade - do i still write the theory paper at the skill assessment?', [EXEMPT], N_EX);
q(J, 'papers', '江西评职称 技能人才要不要学历论文', [['学历'], ['论文'], ['限制性条件', '不将']], N_PAPER);
q(J, 'annual-review', '南昌 技师拿证四年多 近3年有一次考核不合格 江西能评中级吗', [REVW, NEAR3], REV, T({ skills: [sk('technician', '2022-05')], annualReviewsPassed: false }, FAIL()));
q(J, 'other', '江西 高级工 能考统计师资格吗', [['统计']], '支持高技能人才取得经济、会计、统计、审计');
q(J, 'upgrade', '宜春 电工四级拿满一年了 按江西转发的文件能往上晋一级不', [['1年', '一年'], ['晋级']], N_UP);
q(J, 'equal-treatment', 'jiangxi: as a hired technician, will my employer treat me like professional staff of the same level?', [['同等待遇', 'equal treatment', 'equal']], N_EQ);
q(J, 'requirements', '江西 没有技能等级证 只有工作经验 能走贯通评职称吗', [SW], N_ALL);
q(J, 'other', '江西的通知要求各地做好哪方面的职称评审工作', [['全省高技能人才和专业技术人才职称评审']], '切实做好全省高技能人才和专业技术人才职称评审工作');

// ---- two regions in one question (one quote per region; the second region's truth re-checked too)
q(C, 'two-regions', '我在重庆拿了全国技术能手 如果去成都工作 两边破格分别能报哪级', [EN, SE], ['全国技术能手、世界技能大赛优胜奖', '获得全国技术能手、天府工匠、四川技能大师等称号'],
  T({ awards: [hon('national_technical_expert')] }, GC('intermediate')), T({ region: S, awards: [hon('national_technical_expert')] }, GC('deputy_senior')));
q(L, 'two-regions', 'technician since 2023-02, comparing liaoning and suzhou for the engineer title, same years?', [EN, Y3], [L_EN, Z_EN],
  T({ skills: [sk('technician', '2023-02')] }, STD('intermediate')), T({ region: Z, skills: [sk('technician', '2023-02')] }, STD('intermediate')));
q(S, 'two-regions', '辽宁和四川 副高职称的人考高级技师 各要几年', [ST, ['8年', '八年', '8 years']], ['取得副高级职称，累计从事本专业技术技能工作达到8年', '取得相关专业高级工程师资格，从事该职业（工种）或相关职业（工种）工作'],
  T({ titles: [ti('deputy_senior', '2020-01')], workYears: 10 }, ANY('senior_technician')), T({ region: L, titles: [ti('deputy_senior', '2020-01')] }, ANY('senior_technician')));
q(C, 'two-regions', 'worldskills excellence award: chongqing vs suzhou, which title can i get directly in each?', [EN, SE], ['世界技能大赛优胜奖、国家级一类技能竞赛前5名', '获得世界技能大赛优胜奖、国际技能竞赛前八名'],
  T({ awards: [ws('excellence')] }, GC('intermediate')), T({ region: Z, awards: [ws('excellence')] }, GC('deputy_senior')));
q(L, 'two-regions', '辽宁和四川 中华技能大奖 破格分别报啥', [FS], ['可破格申报正高级工程师', '获得中华技能大奖称号'],
  T({ awards: [hon('china_skills_award')] }, GC('full_senior')), T({ region: S, awards: [hon('china_skills_award')] }, GC('full_senior')));
q(Z, 'two-regions', '苏州和重庆 高级工评助理工程师 年限要求一样不', [AS, Y2], ['获得高级工职业资格或职业技能等级后从事技术技能工作满2年', '从事技术技能工作满2年，可申报评审相应专业助理工程师'],
  T({ skills: [sk('senior_worker', '2024-01')] }, STD('assistant')), T({ region: C, skills: [sk('senior_worker', '2024-01')] }, STD('assistant')));
q(J, 'two-regions', '江西的绿色通道和国家96号的一样吗 全国技术能手都报什么级别', [FS, SE], N_GC,
  T({ awards: [hon('national_technical_expert')] }, GC('deputy_senior')), T({ region: N, awards: [hon('national_technical_expert')] }, GC('full_senior')));

// ---- not in the texts (fees, this year's dates, venues, 落户, retirement, lost certificates, results, subsidy amounts,
// an employer refusing, subjective, off-topic, and questions that sound close but the texts do not answer)
const SILENT = [['没有写', '没有规定', '未规定', '没有列', '未列', '没有提到', '未提及', '没写', '并未', '沒有寫', 'silent', 'does not list', 'not list']];
const NOS = [
  [C, '重庆评职称的评审费现在收好多钱一个人'], [C, '今年重庆技能人才职称申报截止到几号哦'], [C, 'where in chongqing do i sit the welder technician practical exam?'],
  [C, '重庆 评上高级工程师能在主城落户不'], [C, '来电人说他技师证掉了 重庆去哪补办'], [C, 'chongqing: when will this years title review results come out?'],
  [C, '重庆 我是高级技师 干了十五年 能评正高级工程师吗', SILENT],
  [S, '四川职称评审收费多少钱'], [S, '成都 高级技师考试考场在哪个区'], [S, '四川评上副高 退休金能涨多少'], [S, 'sichuan: how much is the subsidy for getting a technician certificate?'],
  [S, '四川 去年考核是基本称职 算不算考核合格'], [S, '四川的职称评审一般通过率多少'],
  [L, '辽宁高级技师证书有效期几年 要不要年审'], [L, '沈阳 职称申报系统网址是啥'], [L, 'liaoning: my company refuses to give me the annual review record, what do i do?'],
  [L, '遼寧今年職稱評審幾月份開始報名'], [L, '辽宁 拿了辽宁工匠 有多少奖金'], [L, '辽宁 世赛优胜奖能破格评哪级', SILENT],
  [J, '江西 技師鑒定報名費多少'], [J, '江西 评中级职称 要考哪几门 考试范围是啥'], [J, '南昌 职称评审结果在哪个网站查'],
  [J, 'jiangxi: can i get a housing subsidy after becoming a senior technician?'], [J, '江西評職稱要不要社保繳滿幾年'], [J, '江西 技师证书名字写错了怎么改'],
  [Z, '苏州 高技能人才 入户积分能加多少分'], [Z, '考出技师后苏州失业保险技能提升补贴发多少钱'], [Z, 'suzhou: is the engineer review held online or in person this year?'],
  [Z, '苏州工业园区职称申报点在哪个办公楼'], [Z, '蘇州 技師和工程師哪個工資高'], [Z, '帮我查下昆山明天天气'],
  [N, '交了职称材料 大概要等几个月才知道评没评上'], [N, 'which is better for my career, a title or a skill level?'], [N, '技能等级证书去外省认不认'],
  [N, '帮我写个申报职称的个人总结 500字'], [N, 'recommend a good welding training school in beijing'], [N, '专业技术人员考技能等级要交多少考试费'],
  [N, '退休以后还能评高级技师吗'], [N, 'my boss refuses to pay for my technician training course, what are my rights?'], [N, '手机上怎么在网上申报职称 用哪个app'],
  [N, '人社局电话多少 我要投诉'], [N, 'HR这边问一下 职称证书丢了能补发电子版吗'], [S, '来电人问四川职称评审今年几月公示'],
  [L, 'liaoning technician exam pass mark?'], [Z, 'suzhou: can my foreign welding certificate be recognised as a skill level?'], [C, 'chongqing: is the title review interview in mandarin or can i use dialect?'],
];
for (const [r, t, s] of NOS) no(r, t, s);

// ---- re-check the computed eligibilities against the engine, then write (or print) the set
recheck(set, checks, { asOf: AS_OF, groups: 'any' });
const out = `${JSON.stringify(set, null, 1)}\n`;
if (process.argv.includes('--stdout')) process.stdout.write(out);
else writeFileSync(join(root, 'test', 'heldout', 'qa-questions-12.json'), out);
