// Builds held-out Q&A set 13 (qa-questions-13.json; QA.md "Set 13"): `node --import tsx test/heldout/build-qa-questions-13.mjs`
// re-checks each computed eligibility's `truth` against the rule engine (as of 2026-11), then writes the file
// (`--stdout`: prints it instead). Exits 1, naming the question, where the engine does not offer the expected path.
// Set 13 is broad like set 12, weighted to the topics set 12 found weakest: equal treatment, requirements, scope, upgrade
// (晋级) and title → skill; plus personal facts in all six regions, green channel and competitions, papers, exemption,
// the smaller provisions, HR agents, voice-to-text, typos, pinyin, traditional characters; and what the texts do not answer.
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
const Y1 = ['1年', '一年', '1 year', 'one year'];
const Y2 = ['2年', '两年', '二年', '2 years', 'two years'];
const Y3 = ['3年', '三年', '3 years', 'three years'];
const Y4 = ['4年', '四年', '4 years', 'four years'];
const Y8 = ['8年', '八年', '8 years', 'eight years'];
const REVW = ['年度考核', 'annual review', 'annual appraisal', 'appraisal', '年度考核'];
const EXEMPT = ['免于理论知识考试', '免考理论', '免于理论', '免理论', 'exempt', 'waived', '免於理論'];
const EQ = ['同等待遇', 'equal treatment', 'same treatment', 'treated the same', 'equal', '同等待遇'];
const CUM = ['累计工作年限', '累计', 'cumulative', '累計'];
const UPG = ['晋级', '晉級', 'upgrade', 'next level', 'promotion'];
const STDD = ['申报条件', '职业（工种）', 'occupation', 'standard', '標準', '标准'];
const NOLIM = [['学历', '論文', '论文', '外语', '计算机', 'education', 'paper', 'degree', 'foreign language', 'computer', '學歷']];
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
const id = () => `h13-${String(set.length + 1).padStart(3, '0')}`;
const locale = (t) => (/[\u3400-\u9fff]/.test(t) ? 'zh-CN' : 'en');
/** An answerable question; each truth (default region: the question's) is re-checked against the engine. */
function q(region, topic, text, answerHas, quoteHas, ...truths) {
  const c = { id: id(), region, locale: locale(text), topic, q: text, answerHas, quoteHas };
  set.push(c);
  truths.forEach((t, i) => { checks[i ? `${c.id}/${i + 1}` : c.id] = { region, ...t }; });
}
/** A question the texts do not answer (silentHas: the region's own text is silent while another speaks). */
function no(region, text, silentHas) {
  set.push({ id: id(), region, locale: locale(text), topic: 'not-in-texts', q: text, answerHas: [], refuse: true, ...(silentHas ? { silentHas } : {}) });
}

// ---- quotes (white space removed, as the scorer compares them)
const N_A = '取得高级工职业资格或职业技能等级后从事技术技能工作满2年', N_E = '取得技师职业资格或职业技能等级后从事技术技能工作满3年',
  N_S = '取得高级技师职业资格或职业技能等级后从事技术技能工作满4年', N_REV = '高技能人才参加职称评审应在现工作岗位上近3年年度考核合格',
  N_LIM = '不将学历、论文、外语、计算机等作为高技能人才参加职称评审的限制性条件', N_GC = '可直接申报评审正高级或副高级职称',
  N_T2S = '可分别申请参加与现岗位相对应职业（工种）的高级工、技师、高级技师职业技能评价',
  N_UP = '取得职业资格或职业技能等级1年后，可按累计工作年限申报相应职业（工种）晋级评价', N_EX = '具有所申报职业相关专业毕业证书的，可免于理论知识考试',
  N_EQ = '比照相应层级专业技术人员享受同等待遇', N_SER = '将贯通领域扩大为工程、农业、工艺美术、文物博物、实验技术、艺术、体育、技工院校教师等职称系列',
  N_SCOPE = '具备高级工以上职业资格或职业技能等级的技能人才，均可参加职称评审';
const C_A = '获得高级工职业资格或职业技能等级后，从事技术技能工作满2年，可申报评审相应专业助理工程师',
  C_E = '获得技师职业资格或职业技能等级后，从事技术技能工作满3年，可申报评审相应专业工程师',
  C_S = '获得高级技师职业资格或职业技能等级后，从事技术技能工作满4年，可申报评审相应专业高级工程师',
  C_BASE = '具有高级工以上职业资格或职业技能等级，在现工作岗位上近3年年度考核合格', C_T2S = N_T2S,
  C_UP = '专业技术人员在取得现从事职业（工种）职业资格或职业技能等级1年后，可按累计工作年限申报现从事职业（工种）晋级评价',
  C_UPA = '助理工程师在取得现从事职业（工种）高级工职业资格或职业技能等级1年后', C_UPE = '工程师在取得现从事职业（工种）技师职业资格或职业技能等级1年后',
  C_EX = '对具有所申报职业（专业）或相关职业（专业）毕业证书的，可免于理论知识考试', C_EQ = '比照相应层级工程技术人员落实同等待遇',
  C_SCH = '技工院校中级工班、高级工班、预备技师（技师）班毕业，可分别按相当于中专、大专、本科学历申报相应专业职称评审',
  C_PAP = '不得将身份、论文等作为高技能人才职称评审的限制性条件', C_SC1 = '在我市工程技术领域生产一线岗位，从事技术技能工作',
  C_SC2 = '在我市技能岗位工作的专业技术人才，累计工作年限达到申报条件的';
const S_A = '取得高级工职业资格或职业技能等级后，从事技术技能工作满2年', S_E = '取得技师职业资格或职业技能等级后，从事技术技能工作满3年',
  S_S = '取得高级技师职业资格或职业技能等级后，从事技术技能工作满4年', S_FS1 = '取得副高级职称后，从事技术技能工作满5年',
  S_FS2 = '取得高级技师职业资格或职业技能等级后，从事技术技能工作满10年', S_LIM = N_LIM,
  S_SER = '可参加工程、农业、工艺美术、文物博物（群众文化）、实验技术、艺术、体育、技工院校教师等系列职称评审',
  S_SW = '取得助理级职称或初级专业技术职业资格，累计从事本专业技术技能工作达到2年', S_TE = '取得中级职称或中级专业技术职业资格，累计从事本专业技术技能工作达到4年',
  S_ST = '取得副高级职称，累计从事本专业技术技能工作达到8年', S_ZG = '正高级职称不受年限限制，可直接申报相应职业（工种）高级技师资格',
  S_UP = '专业技术人才取得职业资格或职业技能等级1年后，可按累计工作年限申报相应职业（工种）晋级评价', S_EX = N_EX, S_EQ = N_EQ,
  S_T2SREV = '从事相关相近专业工作，认真履行岗位职责，胜任本职工作，近3年年度考核合格', S_BREAK = '可不受学历、资历、层级限制，破格申报相应层级职称';
const L_A = '获得高级工职业资格或职业技能等级后从事技术技能工作满2年，可申报评审相应专业助理工程师',
  L_E = '获得技师职业资格或职业技能等级后从事技术技能工作满3年，可申报评审相应专业工程师',
  L_S = '获得高级技师职业资格或职业技能等级后从事技术技能工作满4年，可申报评审相应专业高级工程师',
  L_BASE = '具有高级工及以上职业资格或职业技能等级，在现工作岗位上近3年年度考核合格',
  L_SW = '取得相关专业助理工程师资格，可申报参加相关职业（工种）三级（高级工）职业技能评价',
  L_TE1 = '取得相关专业助理工程师资格后，从事本职业（工种）或相关职业（工种）工作满3年', L_TE2 = '取得相关专业工程师以上资格，从事本职业（工种）或相关职业（工种）工作',
  L_ST1 = '取得相关专业工程师资格后，从事该职业（工种）或相关职业（工种）工作满3年', L_ST2 = '取得相关专业高级工程师资格，从事该职业（工种）或相关职业（工种）工作',
  L_UP = '专业技术人才在取得现从事职业（工种）职业资格或职业技能等级1年后，可按累计工作年限申报现从事职业（工种）晋级评价',
  L_EQ = '比照助理工程师、工程师、高级工程师等相应层级工程技术人员享受同等待遇', L_CONT = '原从事相关技能工作或专业技术工作的经历，可连续计算',
  L_SCH = '技工院校中级工班、高级工班、预备技师（技师）班毕业，可分别按相当于中专、大专、本科学历申报评审相应专业职称';
const Z_A = '获得高级工职业资格或职业技能等级后从事技术技能工作满2年，可申报评审相应专业助理工程师',
  Z_E = '获得技师职业资格或职业技能等级后从事技术技能工作满3年，可申报评审相应专业工程师',
  Z_S = '获得高级技师资格或职业技能等级后从事技术技能工作满4年，可申报评审相应专业高级工程师',
  Z_BASE = '具有高级工以上职业资格或职业技能等级，在现工作岗位上近3年年度考核合格', Z_T2S = N_T2S,
  Z_UPA = '助理工程师在取得现从事职业（工种）高级工1年后，其累计工作年限达到技师申报条件的，可申报技师考评',
  Z_UPE = '工程师在取得现从事职业（工种）技师1年后，其累计工作年限达到高级技师申报条件的，可申报高级技师考评',
  Z_UP = '专业技术人才在取得现从事职业（工种）职业资格或职业技能等级1年后，可按累计工作年限申报现从事职业（工种）晋级评价',
  Z_EXALL = '专业技术人才参加职业技能评价免于理论知识考试', Z_EQ = '比照相应层级工程技术专业人员享受同等待遇',
  Z_SAME = '申报人员从事的专业须与申报的专业技术职称专业相同或相近',
  Z_SCH = '技工院校中级工班、高级工班、预备技师（技师）班毕业生分别按相当于中专、大专、本科学历申报评审相应专业职称',
  Z_SC1 = '我市各类企业工程技术领域生产一线岗位', Z_SC2 = '取得助理工程师、工程师、高级工程师职称后，可按有关规定参加与现岗位相对应职业（工种）的职业技能鉴定或职业技能等级认定';
const J_SER = '将贯通领域扩大为工程、农业、工艺美术、文物博物、实验技术、艺术、体育、技工院校教师等职称系列';

// ---- eligibility: certificate and months, as of 2026-11 (the engine decides; the month in an answer group)
q(C, 'eligibility', '我在大足做钳工 技师证2022年9月拿的 现在能评工程师了不', [EN], C_E, T({ skills: [sk('technician', '2022-09')] }, STD('intermediate')));
q(C, 'eligibility', '璧山这边 高级工是去年6月才考到的 好久能报助理工程师嘛', [AS, at(2027, 6)], C_A, T({ skills: [sk('senior_worker', '2025-06')] }, NOTYET('assistant', '2027-06')));
q(C, 'eligibility', '綦江 高级技师 2023年2月取证 啥子时候够得上高级工程师', [SE, at(2027, 2)], C_S, T({ skills: [sk('senior_technician', '2023-02')] }, NOTYET('deputy_senior', '2027-02')));
q(C, 'eligibility', 'changshou chongqing: technician cert since dec 2024, when can i apply for engineer', [EN, at(2027, 12)], C_E, T({ skills: [sk('technician', '2024-12')] }, NOTYET('intermediate', '2027-12')));
q(C, 'eligibility', '開州 我高級工證2022年拿的 可以評助理工程師嗎', [AS], C_A, T({ skills: [sk('senior_worker', '2022-03')] }, STD('assistant')));
q(S, 'eligibility', '自贡的 电工技师 21年5月拿证 评中级职称够年限没得', [EN], S_E, T({ skills: [sk('technician', '2021-05')] }, STD('intermediate')));
q(S, 'eligibility', '泸州 高级技师证书2016年3月 干到现在 正高能报不', [FS], S_FS2, T({ skills: [sk('senior_technician', '2016-03')] }, STD('full_senior')));
q(S, 'eligibility', '遂宁 高级技师出身 副高职称2022年1月评的 啥时候能报正高级', [FS, at(2027, 1)], S_FS1, T({ skills: [sk('senior_technician', '2019-05')], titles: [ti('deputy_senior', '2022-01')] }, NOTYET('full_senior', '2027-01')));
q(S, 'eligibility', 'neijiang sichuan, senior technician (gaoji jishi) since 2024-03, can i do deputy senior title?', [SE, at(2028, 3)], S_S, T({ skills: [sk('senior_technician', '2024-03')] }, NOTYET('deputy_senior', '2028-03')));
q(S, 'eligibility', '眉山 高级工 拿证两年零三个月了 助理级职称可以申报了噻', [AS], S_A, T({ skills: [sk('senior_worker', '2024-08')] }, STD('assistant')));
q(L, 'eligibility', '大连 焊工高级技师 2021年10月取得 能评高级工程师不', [SE], L_S, T({ skills: [sk('senior_technician', '2021-10')] }, STD('deputy_senior')));
q(L, 'eligibility', '本溪 我技师是2024年7月拿的 工程师得等到啥时候', [EN, at(2027, 7)], L_E, T({ skills: [sk('technician', '2024-07')] }, NOTYET('intermediate', '2027-07')));
q(L, 'eligibility', 'liaoyang: senior worker certificate from jan 2026. assistant engineer when?', [AS, at(2028, 1)], L_A, T({ skills: [sk('senior_worker', '2026-01')] }, NOTYET('assistant', '2028-01')));
q(L, 'eligibility', '阜新 技師證拿了四年了 評工程師夠不夠', [EN], L_E, T({ skills: [sk('technician', '2022-11')] }, STD('intermediate')));
q(J, 'eligibility', '吉安 汽修高级工 2023年拿的证 能报助理级职称吗', [AS], N_A, T({ skills: [sk('senior_worker', '2023-04')] }, STD('assistant')));
q(J, 'eligibility', '抚州 技师证今年3月刚拿 中级职称要等到哪年', [EN, at(2029, 3)], N_E, T({ skills: [sk('technician', '2026-03')] }, NOTYET('intermediate', '2029-03')));
q(J, 'eligibility', 'xinyu jiangxi senior techncian since 2022, deputy senior title ok?', [SE], N_S, T({ skills: [sk('senior_technician', '2022-05')] }, STD('deputy_senior')));
q(Z, 'eligibility', '张家港 数控车工技师 2023年11月取证 这个月是不是刚好够工程师', [EN], Z_E, T({ skills: [sk('technician', '2023-11')] }, STD('intermediate')));
q(Z, 'eligibility', '姑苏区 高级技师证2025年1月拿的 高级工程师几时能报', [SE, at(2029, 1)], Z_S, T({ skills: [sk('senior_technician', '2025-01')] }, NOTYET('deputy_senior', '2029-01')));
q(Z, 'eligibility', 'suzhou huqiu: senior worker (gaojigong) since 2023-06, assistant engineer now?', [AS], Z_A, T({ skills: [sk('senior_worker', '2023-06')] }, STD('assistant')));
q(Z, 'eligibility', '苏州 高级工2024年12月拿的证 助理工程师下个月就能报了吧', [AS, at(2026, 12)], Z_A, T({ skills: [sk('senior_worker', '2024-12')] }, NOTYET('assistant', '2026-12')));
q(N, 'eligibility', '西安的 电焊技师 拿证快五年 按国家文件能评中级职称吗', [EN], N_E, T({ skills: [sk('technician', '2022-01')] }, STD('intermediate')));
q(N, 'eligibility', '武汉 高级工证2025年9月拿到 助理级职称哪个月可以报', [AS, at(2027, 9)], N_A, T({ skills: [sk('senior_worker', '2025-09')] }, NOTYET('assistant', '2027-09')));
q(N, 'eligibility', 'taiyuan, senior technician cert 2020, apply deputy-senior title under the national rules?', [SE], N_S, T({ skills: [sk('senior_technician', '2020-06')] }, STD('deputy_senior')));
q(C, 'eligibility', '来电人荣昌的 高级技师2022年10月取证 问能不能报高级工程师', [SE], C_S, T({ skills: [sk('senior_technician', '2022-10')] }, STD('deputy_senior')));
q(S, 'eligibility', '达州 我技师证二零二四年五月拿的 中级职称二零二七年五月就可以了吧', [EN, at(2027, 5)], S_E, T({ skills: [sk('technician', '2024-05')] }, NOTYET('intermediate', '2027-05')));
q(L, 'eligibility', '朝阳市 员工高级工证2024年11月取得 HR问他这个月能不能报助理工程师', [AS], L_A, T({ skills: [sk('senior_worker', '2024-11')] }, STD('assistant')));
q(S, 'eligibility', '雅安 高级技师证是2017年6月的 还差多久能评正高', [FS, at(2027, 6)], S_FS2, T({ skills: [sk('senior_technician', '2017-06')] }, NOTYET('full_senior', '2027-06')));

// ---- annual review
q(C, 'annual-review', '铜梁 我前年考核不合格 技师干了5年 还能评工程师不', [REVW], C_BASE, T({ skills: [sk('technician', '2021-06')], annualReviewsPassed: false }, FAIL()));
q(S, 'annual-review', 'sichuan: one of my last three yearly appraisals was a fail, can i still apply for a title?', [REVW], '近3年年度考核合格', T({ skills: [sk('technician', '2020-06')], annualReviewsPassed: false }, FAIL()));
q(L, 'annual-review', '鞍钢这边 员工近三年有一年考核没过 能报职称吗 辽宁', [REVW], L_BASE, T({ skills: [sk('senior_technician', '2020-06')], annualReviewsPassed: false }, FAIL()));
q(Z, 'annual-review', '蘇州 年度考核要幾年合格才可以評職稱', [REVW, Y3], Z_BASE);
q(S, 'annual-review', '四川 工程师考技师 也要看年度考核吗', [REVW], S_T2SREV, T({ titles: [ti('intermediate', '2018-01')], workYears: 9, annualReviewsPassed: false }, FAIL('title_to_skill')));
q(N, 'annual-review', '国家文件 年度考核是要求现在这个岗位上的吗', [REVW, ['现工作岗位', 'current post', '現工作崗位']], N_REV);

// ---- green channel (honours, roles) and competitions
q(C, 'green-channel', '重庆市技术能手 直接能报哪一级职称', [AS], '全市技术能手', T({ awards: [hon('chongqing_technical_expert')] }, GC('assistant')));
q(C, 'green-channel', '我是重庆技能大师 没得高级技师证 能不能直接报高级工程师', [SE], '重庆技能大师', T({ awards: [hon('chongqing_skill_master')] }, GC('deputy_senior')));
q(C, 'green-channel', 'chongqing: head of a municipal chief skill master studio, which title directly?', [EN], '市级首席技能大师工作室领衔专家，可直接申报工程师', T({ awards: [hon('municipal_chief_master_studio_lead')] }, GC('intermediate')));
q(C, 'green-channel', '我们车间老刘拿国务院津贴好多年了 重庆这边他评职称可以一步到哪', [SE], '享受国务院政府特殊津贴专家', T({ awards: [hon('state_council_allowance')] }, GC('deputy_senior')));
q(C, 'green-channel', '重慶 市級技能大師工作室領銜專家 可以直接報什麼職稱', [AS], '市级技能大师工作室领衔专家，可直接申报助理工程师', T({ awards: [hon('municipal_master_studio_lead')] }, GC('assistant')));
q(C, 'green-channel', '重庆破格申报 那些奖要拿啥子来证明', [['证书', '文件', '證書', 'certificate']], '以上项目的认定均以证书或文件为准');
q(S, 'green-channel', '天府工匠 四川能破格评什么', [SE], '获得全国技术能手、天府工匠、四川技能大师等称号', T({ awards: [hon('tianfu_craftsman')] }, GC('deputy_senior')));
q(S, 'green-channel', '四川 省级非遗代表性传承人 可以破格报中级职称吗', [EN], '被认定为四川省省级非物质文化遗产代表性传承人');
q(S, 'green-channel', 'sichuan: im a national intangible heritage inheritor, what title can i jump to?', [SE], '被认定为国家级非物质文化遗产代表性传承人');
q(S, 'green-channel', '四川省技术能手 破格报哪级', [EN], '获得四川省技术能手称号', T({ awards: [hon('sichuan_technical_expert')] }, GC('intermediate')));
q(S, 'green-channel', '四川 省级技能大师工作室领办人 能破格到哪一级', [EN], '担任省级技能大师工作室领办人', T({ awards: [hon('provincial_master_studio_lead')] }, GC('intermediate')));
q(S, 'green-channel', '四川破格 是不是学历资历都不看了', [['学历', '资历', '學歷', 'education', 'seniority']], S_BREAK);
q(L, 'green-channel', '锦西石化的老师傅评上了辽宁省功勋高技能人才 职称上能跳到哪级', [FS], '辽宁工匠、辽宁省功勋高技能人才', T({ awards: [hon('liaoning_meritorious_talent')] }, GC('full_senior')));
q(L, 'green-channel', 'liaoning: provincial skill master workstation head, which level by exception?', [SE], '省级技能大师工作站负责人，可破格申报高级工程师', T({ awards: [hon('provincial_master_studio_lead')] }, GC('deputy_senior')));
q(L, 'green-channel', '葫芦岛 拿过辽宁省技术能手 能破格评工程师不', [EN], '获得辽宁省技术能手，可破格申报工程师', T({ awards: [hon('liaoning_technical_expert')] }, GC('intermediate')));
q(L, 'green-channel', '遼寧 有突出貢獻高技能人才 能破格申報哪個職稱', [SE], '辽宁省有突出贡献高技能人才', T({ awards: [hon('liaoning_outstanding_talent')] }, GC('deputy_senior')));
q(L, 'green-channel', '辽宁 世赛选手的教练 也能破格报正高吗', [FS], '获得世界技能大赛金牌、银牌、铜牌的辽宁选手及其技术指导专家和教练', T({ awards: [hon('worldskills_coach')] }, GC('full_senior')));
q(Z, 'green-channel', '姑苏高技能重点人才 能直接报啥职称', [AS], '获得苏州市技术能手、姑苏高技能重点人才', T({ awards: [hon('gusu_key_talent')] }, GC('assistant')));
q(Z, 'green-channel', 'suzhou: I won the suzhou skills award (suzhou jineng dajiang), what title can i apply for directly', [EN], '获得苏州技能大奖', T({ awards: [hon('suzhou_skill_award')] }, GC('intermediate')));
q(Z, 'green-channel', '我去年被评了市劳模 苏州这边职称是不是可以跳过年限', [EN], '市级劳动模范等荣誉称号', T({ awards: [hon('municipal_model_worker')] }, GC('intermediate')));
q(Z, 'green-channel', '江苏大工匠 苏州直接申报哪一级', [FS], '江苏大工匠称号', T({ awards: [hon('jiangsu_grand_craftsman')] }, GC('full_senior')));
q(Z, 'green-channel', '蘇州 省部級勞動模範 可以直接申報高級工程師嗎', [SE], '获得省部级劳动模范', T({ awards: [hon('provincial_model_worker')] }, GC('deputy_senior')));
q(N, 'green-channel', '国家级技能大师工作室带头人 按96号能直接申报什么职称', [FS, SE], N_GC, T({ awards: [hon('national_master_studio_lead')] }, GC('deputy_senior')), T({ awards: [hon('national_master_studio_lead')] }, GC('full_senior')));
q(N, 'green-channel', 'national rules: provincial government special allowance holder, direct title level?', [FS, SE], N_GC, T({ awards: [hon('provincial_government_allowance')] }, GC('full_senior')));
q(J, 'green-channel', '江西 被省政府认定的高精尖缺高技能人才 能直接报正高吗', [FS, SE], N_GC, T({ awards: [hon('high_end_shortage_talent')] }, GC('full_senior')));
q(J, 'green-channel', '鹰潭 中华技能大奖获得者 在江西直接评什么', [FS, SE], N_GC, T({ awards: [hon('china_skills_award')] }, GC('full_senior')));
q(C, 'competition', '綦江区里搞的电工比武 我得了头名 职称上有啥子说法', [AS], '区县赛第1名的人员', T({ awards: [comp('district', 1)] }, GC('assistant')));
q(C, 'competition', '中国重庆职业技能大赛第五名 能直接报啥', [AS], '中国·重庆职业技能大赛前6名', T({ awards: [comp('chongqing_skills_competition', 5)] }, GC('assistant')));
q(C, 'competition', 'chongqing, national class-2 competition 3rd place, direct engineer?', [EN], '国家级二类技能竞赛前3名', T({ awards: [comp('national_class2', 3)] }, GC('intermediate')));
q(C, 'competition', '重庆 世赛铜牌 直接报高级工程师对不对', [SE], '世界技能大赛金银铜牌获得者，可直接申报高级工程师', T({ awards: [ws('bronze')] }, GC('deputy_senior')));
q(C, 'competition', '市级行业赛第二名 重庆这边算不算', [AS], '市级行业赛前3名', T({ awards: [comp('municipal_industry', 2)] }, GC('assistant')));
q(S, 'competition', '四川 国家级一类大赛双人赛项拿第二 能破格副高吗', [SE], '双人赛项前3名', T({ awards: [comp('national_class1', 2, 2)] }, GC('deputy_senior')));
q(S, 'competition', 'sichuan worldskills gold medal winner, which title by exception', [FS], '在世界技能大赛中获得金牌', T({ awards: [ws('gold')] }, GC('full_senior')));
q(S, 'competition', '四川 世赛银牌 破格评哪级', [SE], '在世界技能大赛中获得铜牌以上奖励', T({ awards: [ws('silver')] }, GC('deputy_senior')));
q(S, 'competition', '四川 国家级竞赛拿了铜牌 中级职称能破格不', [EN], '在国家级技能竞赛中获得奖牌');
q(Z, 'competition', '苏州 国际技能竞赛第七名 直接报高级工程师吗', [SE], '国际技能竞赛前八名', T({ awards: [comp('international', 7)] }, GC('deputy_senior')));
q(Z, 'competition', '苏州 省二类竞赛第三名 能直接报哪级', [EN], '省级二类技能竞赛前二至三名的，可直接申报工程师', T({ awards: [comp('provincial_class2', 3)] }, GC('intermediate')));
q(Z, 'competition', 'suzhou municipal class-1 contest 2nd place, assistnt engineer directly?', [AS], '市级一类技能竞赛前三名，可直接申报助理工程师', T({ awards: [comp('municipal_class1', 2)] }, GC('assistant')));
q(Z, 'competition', '苏州 省一类竞赛第五名 能直接申报工程师不', [EN], '省级一类技能竞赛前四至六名', T({ awards: [comp('provincial_class1', 5)] }, GC('intermediate')));
q(Z, 'competition', '蘇州 國家級一類競賽第六名 可以直接評高級工程師嗎', [SE], '国家级一类技能竞赛前六名', T({ awards: [comp('national_class1', 6)] }, GC('deputy_senior')));
q(L, 'competition', '辽宁 世赛铜牌的辽宁选手 能破格到哪', [FS], '获得世界技能大赛金牌、银牌、铜牌的辽宁选手', T({ awards: [ws('bronze')] }, GC('full_senior')));
q(N, 'competition', '国家文件里 技能竞赛获奖能不能当评职称的内容', [['竞赛', '競賽', 'competition']], '技能竞赛获奖情况、行业工法、操作法、完成项目、技术报告、经验总结、行业标准等创新性成果均可作为职称评审的重要内容');

// ---- title → skill (weighted: set 12's weakest topics)
q(C, 'title-to-skill', '我是工程师 在重庆 想考个技师证 有啥子条件', [TE, CUM], C_T2S, T({ titles: [ti('intermediate', '2020-01')] }, ANY('technician')));
q(C, 'title-to-skill', '永川 助理工程师能不能直接去考高级工', [SW], C_T2S, T({ titles: [ti('assistant', '2022-01')] }, ANY('senior_worker')));
q(C, 'title-to-skill', 'chongqing senior engineer, can i take the senior technician skill evaluation?', [ST], C_T2S, T({ titles: [ti('deputy_senior', '2019-01')] }, ANY('senior_technician')));
q(C, 'title-to-skill', '重慶 高級工程師 想報高級技師 要滿幾年嗎', [ST, STDD], C_T2S, T({ titles: [ti('deputy_senior', '2021-01')] }, ANY('senior_technician')));
q(S, 'title-to-skill', '四川 中级职称 干本专业三年 能考技师了没', [TE, Y4], S_TE, T({ titles: [ti('intermediate', '2023-01')], workYears: 3 }, NOTYET('technician', '2027-11')));
q(S, 'title-to-skill', '广安 助理级职称 累计干了5年 高级工能报吗', [SW], S_SW, T({ titles: [ti('assistant', '2022-01')], workYears: 5 }, STD('senior_worker')));
q(S, 'title-to-skill', 'sichuan: deputy senior title, 9 years in the field, senior technician ok?', [ST], S_ST, T({ titles: [ti('deputy_senior', '2020-01')], workYears: 9 }, STD('senior_technician')));
q(S, 'title-to-skill', '四川 副高 本专业才干了6年 高级技师还差多久', [ST, Y8], S_ST, T({ titles: [ti('deputy_senior', '2022-01')], workYears: 6 }, NOTYET('senior_technician', '2028-11')));
q(S, 'title-to-skill', '四川 正高级工程师想考高级技师 有年限限制吗', [ST, ['不受年限限制', 'no year', 'without', '不受年限']], S_ZG, T({ titles: [ti('full_senior', '2025-01')] }, ANY('senior_technician')));
q(S, 'title-to-skill', '西昌的 有中级职称 干了十来年 能直接考技师不', [TE], S_TE, T({ titles: [ti('intermediate', '2016-01')], workYears: 10 }, STD('technician')));
q(L, 'title-to-skill', '辽宁 助理工程师 能报几级技能', [SW], L_SW, T({ titles: [ti('assistant', '2025-01')] }, ANY('senior_worker')));
q(L, 'title-to-skill', '辽宁 助理工程师2024年3月评的 想考技师 啥时候能报', [TE, at(2027, 3)], L_TE1, T({ titles: [ti('assistant', '2024-03')] }, NOTYET('technician', '2027-03')));
q(L, 'title-to-skill', 'liaoning: engineer title since 2022, can i apply for senior technician (gaoji jishi)?', [ST], L_ST1, T({ titles: [ti('intermediate', '2022-02')] }, STD('senior_technician')));
q(L, 'title-to-skill', '遼寧 高級工程師 報高級技師要等幾年嗎', [ST], L_ST2, T({ titles: [ti('deputy_senior', '2025-06')] }, ANY('senior_technician')));
q(L, 'title-to-skill', '辽宁 工程师 能不能考技师 要不要先有高级工', [TE], L_TE2, T({ titles: [ti('intermediate', '2026-02')] }, ANY('technician')));
q(L, 'title-to-skill', '辽宁 只有技术员 或者还没职称的 能参加技能评价吗', [['技术员', '技術員', 'technician-grade', 'no title', '尚未取得']], '取得技术员资格或尚未取得专业技术资格的专业技术人才，在技能岗位工作的');
q(Z, 'title-to-skill', '苏州 刚评上工程师 马上能报技师鉴定吗', [TE], Z_T2S, T({ titles: [ti('intermediate', '2026-10')] }, ANY('technician')));
q(Z, 'title-to-skill', 'suzhou assistant engineer want senior worker level, any waiting years?', [SW], Z_T2S, T({ titles: [ti('assistant', '2026-06')] }, ANY('senior_worker')));
q(Z, 'title-to-skill', '苏州 高级工程师去考高级技师 怎么报', [ST], Z_T2S, T({ titles: [ti('deputy_senior', '2024-06')] }, ANY('senior_technician')));
q(Z, 'title-to-skill', '蘇州 專業技術人員考技能等級 要什麼材料', [['职称证书', '職稱證書', 'title certificate']], '申报材料应包括合规获得的工程技术职称证书');
q(N, 'title-to-skill', '贵阳 有中级职称 想考技师 国家文件咋说', [TE, CUM], N_T2S, T({ titles: [ti('intermediate', '2019-01')] }, ANY('technician')));
q(N, 'title-to-skill', 'under doc 96, an assistant-level title holder can sit which skill level?', [SW], N_T2S, T({ titles: [ti('assistant', '2021-01')] }, ANY('senior_worker')));
q(J, 'title-to-skill', '江西 高级工程师 能不能考高级技师', [ST], N_T2S, T({ titles: [ti('deputy_senior', '2020-01')] }, ANY('senior_technician')));
q(J, 'title-to-skill', '新余 工程师想考技师 江西有啥规定', [TE], N_T2S, T({ titles: [ti('intermediate', '2023-01')] }, ANY('technician')));
q(C, 'title-to-skill', '人力资源部问 我们公司工程师员工 在重庆能不能申请技师评价', [TE], C_T2S, T({ titles: [ti('intermediate', '2018-01')] }, ANY('technician')));

// ---- upgrade (晋级)
q(C, 'upgrade', '重庆 考到高级工一年了 能不能接着报技师', [UPG, Y1], C_UP);
q(C, 'upgrade', '助理工程师拿了高级工证一年多 重庆能报技师考评吗', [TE, Y1], C_UPA);
q(C, 'upgrade', 'chongqing engineer who got technician level last year, can i go for senior technician', [ST, Y1], C_UPE);
q(S, 'upgrade', '四川 拿了技能等级以后多久能往上晋级', [Y1, UPG], S_UP);
q(S, 'upgrade', 'sichuan: how soon after my skill cert can i apply for the next level up?', [Y1], S_UP);
q(L, 'upgrade', '辽宁 技能证拿满一年 可以报更高一级吗', [Y1, CUM], L_UP);
q(L, 'upgrade', '遼寧 專業技術人才 技能等級晉級要等多久', [Y1], L_UP);
q(Z, 'upgrade', '苏州 助理工程师考完高级工 多久能报技师', [TE, Y1], Z_UPA);
q(Z, 'upgrade', 'suzhou engineer with a technician cert for one year, senior technician next?', [ST, Y1], Z_UPE);
q(Z, 'upgrade', '苏州 晋级评价 按什么算年限', [CUM, Y1], Z_UP);
q(N, 'upgrade', '国家96号 技能等级晋级要隔几年', [Y1, CUM], N_UP);
q(J, 'upgrade', '江西 拿了高级工证 一年后可以晋级考技师吗', [Y1], N_UP);
q(N, 'upgrade', 'jinji pingjia meaning? after getting a skill level how long before upgrading', [Y1], N_UP);
q(S, 'upgrade', '我是四川的 技师證拿了一年 能報高級技師晉級嗎', [Y1, CUM], S_UP);

// ---- equal treatment (weighted)
q(C, 'equal-treatment', '重庆 高级技师在单位里能享受高级工程师一样的待遇吗', [EQ], C_EQ);
q(C, 'equal-treatment', 'chongqing: do technicians get the same treatment as engineers in promotion?', [EQ], C_EQ);
q(C, 'equal-treatment', '來電人問 重慶技師在崗位聘任方面能不能和工程師一樣', [EQ], C_EQ);
q(S, 'equal-treatment', '四川 技能人才评优评奖 比照啥子人', [EQ, ['专业技术人员', '專業技術人員', 'professional']], S_EQ);
q(S, 'equal-treatment', 'sichuan skilled workers and research project applications, treated like title holders?', [EQ], S_EQ);
q(L, 'equal-treatment', '辽宁 技师算不算跟工程师一个待遇', [EQ, EN], L_EQ);
q(L, 'equal-treatment', '遼寧 高級工在學習進修方面 比照哪一級', [EQ, AS], L_EQ);
q(L, 'equal-treatment', 'liaoning: senior technician treated like a senior engineer for job promotion?', [EQ], L_EQ);
q(Z, 'equal-treatment', '苏州 在聘的高级技师 职务职级晋升怎么算', [EQ], Z_EQ);
q(Z, 'equal-treatment', 'suzhou HR here: are our hired technicians entitled to the same study and promotion treatment as engineers', [EQ], Z_EQ);
q(N, 'equal-treatment', '国家文件 企业对高技能人才待遇上有啥要求', [EQ], N_EQ);
q(J, 'equal-treatment', '江西 技师能和中级职称的享受同等待遇不', [EQ], N_EQ);
q(N, 'equal-treatment', '高技能领军人才 国家文件说可以实行年薪制吗', [['年薪制', 'annual salary']], '实行高技能领军人才年薪制、股权期权激励');
q(S, 'equal-treatment', '四川 高技能领军人才能设带徒津贴吗', [['带徒津贴', '帶徒津貼', 'apprentice']], '带徒津贴');

// ---- requirements (weighted)
q(C, 'requirements', '渝北一个做模具的 想走技能评职称这条路 门槛有哪些', [SW, REVW], C_BASE);
q(C, 'requirements', 'chongqing title review basic requirements for skilled workers?', [SW, REVW], C_BASE);
q(C, 'requirements', '重庆评职称 单位规章制度这些也要看吗', [['规章制度', '操作规程', 'rules', '規章制度']], '遵守单位规章制度和生产操作规程');
q(S, 'requirements', '四川 技能人才申报职称 基本条件有哪些', [REVW, ['职业道德', 'ethics', '職業道德']], '具有良好的职业道德、敬业精神，作风端正');
q(S, 'requirements', '四川 准入类的职业资格 评职称时要不要有', [['准入', '職業資格', '职业资格', 'licen']], '取得准入类专业技术人员职业资格的，应具备相应职业资格');
q(S, 'requirements', 'sichuan full senior (zhenggao) for skilled workers: what conditions besides years', [FS, ['5年', '10年', '5 years', '10 years']], S_FS1);
q(L, 'requirements', '辽宁 高技能人才评职称的基本条件', [SW, REVW], L_BASE);
q(L, 'requirements', '辽宁评职称 要达到国家和省的啥子标准', [['基本标准条件', '基本標準', 'basic standard']], '符合国家、省规定的工程技术人才职称评价基本标准条件');
q(L, 'requirements', '遼寧 弄虛作假會怎樣 一票否決是啥', [['一票否决', '一票否決', 'veto']], '剽窃他人成果等弄虚作假');
q(Z, 'requirements', '苏州 技能人才报职称 专业要对口吗', [['相同或相近', 'same or similar', '相近']], Z_SAME);
q(Z, 'requirements', 'suzhou: what are the basic conditions for a skilled worker applying for an engineering title', [SW, REVW], Z_BASE);
q(Z, 'requirements', '苏州 专业技术人员考技能 从事的专业要和工种一样吗', [['相同或相近', '相近', 'similar']], '申报人员从事的专业须与申报的职业（工种）专业相同或相近');
q(N, 'requirements', '国家文件 技能人才参评职称最低要啥等级', [SW], N_SCOPE);
q(J, 'requirements', '江西 高技能人才评职称 近几年考核要合格', [REVW, Y3], N_REV);
q(S, 'requirements', '来电人是成华区一家厂的员工 问四川报中级职称除了技师满三年还要啥', [EN, Y3], S_E);

// ---- scope (weighted)
q(C, 'scope', '重庆这个贯通政策 管哪些人', [['生产一线', '一线', 'front-line', 'frontline']], C_SC1);
q(C, 'scope', 'chongqing: which professionals can sit skill evaluations under this policy', [CUM], C_SC2);
q(C, 'scope', '重庆 不在工程技术领域的 能用这个政策评职称吗', [['工程', 'engineering']], C_SC1);
q(S, 'scope', '四川 啥子样的技能人才可以参加职称评审', [SW], '具备高级工以上职业资格或职业技能等级且从事相关技术技能工作的高技能人才');
q(L, 'scope', '辽宁的贯通办法 适用哪些人', [SW, ['工程', 'engineering']], '取得工程系列专业技术职称，从事技能岗位工作的专业技术人才');
q(L, 'scope', 'liaoning scope: does it cover skilled workers outside engineering?', [['工程', 'engineering']], '在我省工程技术领域一线岗位从事技术技能工作');
q(Z, 'scope', '苏州 这个意见适用于哪些单位的人', [['企业', 'enterprise', 'compan']], Z_SC1);
q(Z, 'scope', '蘇州 專業技術人才 什麼條件可以參加技能鑒定', [['助理工程师', '工程师', '职称', 'title', '職稱']], Z_SC2);
q(N, 'scope', '我是高级工 想顺便考个初级会计资格 国家支持不支持', [['会计', '會計', 'accounting', '统计']], '支持高技能人才取得经济、会计、统计、审计、翻译、出版、通信、计算机技术与软件等专业技术人员职业资格');
q(J, 'scope', '江西 技能人才能去考经济师 审计那些资格不', [['经济', '审计', 'econom', 'audit']], '支持高技能人才取得经济、会计、统计、审计、翻译、出版、通信、计算机技术与软件等专业技术人员职业资格');

// ---- exemption (theory exam)
q(C, 'exemption', '重庆 有相关专业毕业证 考技师能不能免理论', [EXEMPT], C_EX);
q(S, 'exemption', 'sichuan: engineer with a related diploma, do i skip the theory test for the skill level?', [EXEMPT], S_EX);
q(L, 'exemption', '辽宁 专业技术人员考技能 理论考试能免吗', [EXEMPT, ['毕业证书', '畢業證書', 'diploma']], '可免于理论知识考试');
q(Z, 'exemption', '苏州 工程师考技师 不是本专业毕业的 也免理论吗', [EXEMPT], Z_EXALL);
q(Z, 'exemption', '蘇州 專業技術人才考技能 理論考試免不免', [EXEMPT], Z_EXALL);
q(N, 'exemption', 'miankao lilun? title holder with related degree skip theory exam national', [EXEMPT], N_EX);
q(J, 'exemption', '江西 有相关专业毕业证 考技能等级 理论考试可以免吗', [EXEMPT], N_EX);

// ---- papers, 学历, 外语, 计算机
q(C, 'papers', '重庆 评职称一定要发论文不', [['论文', '論文', 'paper']], C_PAP);
q(L, 'papers', '辽宁 没有论文 可以用啥子代替', [['工作报告', '案例报告', '操作手册', 'report', 'manual']], '解决工作难题的案例报告');
q(L, 'papers', 'liaoning: is the title foreign language test and computer test required?', [['外语', 'foreign language', 'computer', '计算机']], '对职称外语和计算机应用能力考试不作统一要求');
q(S, 'papers', '四川 技能人才评职称 学历低了行不行', NOLIM, S_LIM);
q(S, 'papers', '四川 代表性成果评价 是啥意思', [['代表性成果', 'representative']], '推行代表性成果评价制度');
q(N, 'papers', '初中毕业的高级技师 按国家文件 学历会卡住评职称不', NOLIM, N_LIM);
q(J, 'papers', 'jiangxi: do i need english or a paper (lunwen) to get a title as a technician', NOLIM, N_LIM);

// ---- school equivalence
q(C, 'school-equivalence', '技校读的高级工班 在重庆报职称 学历那栏填啥', [['大专', 'college', 'junior college']], C_SCH);
q(S, 'school-equivalence', '四川 预备技师班毕业 报名考会计 学历算本科吗', [['本科', 'bachelor', 'undergraduate']], '技工院校中级工班、高级工班、预备技师（技师）班毕业，可分别按相当于中专、大专、本科学历，报名参加经济');
q(L, 'school-equivalence', '遼寧 我技校唸的中級工班 報職稱時學歷怎麼認定', [['中专', '中專', 'secondary']], L_SCH);
q(Z, 'school-equivalence', 'suzhou: technician class (yubei jishi ban) graduate counts as what degree for titles', [['本科', 'bachelor', 'undergraduate']], Z_SCH);
q(C, 'school-equivalence', '南川那边 技工院校中级工班毕业 算中专学历吗 评职称用', [['中专', 'secondary']], C_SCH);

// ---- series
q(S, 'series', '在文化馆搞非遗剪纸的技师 四川能不能走群文系列评', [['群众文化', '群眾文化', 'mass culture']], S_SER);
q(J, 'series', '江西 贯通扩大到了哪些职称系列', [['农业', '工艺美术', '体育', 'agricultur']], J_SER);
q(N, 'series', 'besides engineering, can a skilled worker get a sports or agriculture title under the ministry notice?', [['农业', 'agricultur', 'art', '体育', 'sport']], N_SER);
q(C, 'series', '重庆这个政策 农业系列能用吗', [['工程', 'engineering']], '可按有关规定申请参加工程系列专业技术职称评审');
q(Z, 'series', '苏州 技能人才只能评工程系列吗', [['工程系列', 'engineering']], '支持工程技术领域高技能人才参评工程系列专业技术职称');

// ---- Suzhou's annex (specialty ↔ trades)
q(Z, 'annex', '我修电梯的 在苏州想评职称 该报哪个专业类别', [['建设', 'construction']], '电梯安装维修工、制冷空调系统安装维修工、防水工、砌筑工');
q(Z, 'annex', '苏州 我是钳工 评职称报哪个专业类别', [['机械', 'mechanical']], '钳工、磨工、冲压工');
q(Z, 'annex', 'refrigeration worker in suzhou, my trade goes under which engineering specialty in the list?', [['化工', 'chemical']], '化工工程制冷工');
q(Z, 'annex', '苏州目录里 机械那一类都收哪些工种的人', [['焊工', '电工', '车工', 'welder']], '焊工、电工、起重装卸机械操作工');
q(Z, 'annex', '蘇州 汽車維修工 對應職稱專業是哪個', [['机械', '機械', 'mechanical']], '汽车维修工、智能楼宇管理员');
q(Z, 'annex', '苏州 钢筋工 架子工 对应啥职称专业', [['建设', '建設', 'construction']], '混凝土工、钢筋工、架子工、手工木工');

// ---- documents, procedure, schedule, who evaluates
q(Z, 'documents', '苏州 报职称的材料交上去 先后谁来审', [['初审', '审核', '受理', 'review']], '经用人单位初审、主管部门审核、职称申报点受理后');
q(Z, 'documents', 'suzhou: must my skill certificate be included in the title application papers?', [['职业资格证书', '职业技能等级证书', 'certificate']], '其申报材料（含国家职业资格证书或职业技能等级证书）');
q(C, 'documents', '重庆 评上技能等级以后发啥证', [['职业资格证书', '职业技能等级证书', 'certificate']], '合格后可取得相应职业资格证书或职业技能等级证书');
q(S, 'schedule', '四川 第二阶段 组织首次评价是啥时间', [['2021年11月', '2022年3月', 'November 2021', 'March 2022']], '优化标准，组织首次评价（2021年11月－2022年3月）');
q(S, 'schedule', 'sichuan plan, third stage: when did it start?', [['2022年4月', 'April 2022', '2022-04']], '总结完善，形成长效机制（2022年4月－）');
q(S, 'schedule', '四川方案 第一阶段做啥 几月到几月', [['2021年3月', '10月', 'March 2021']], '调研论证，制定实施方案（2021年3月－10月）');
q(L, 'who-evaluates', '辽宁 技能人才评职称由谁来组织', [['各市', '省直', 'city', 'cities', '管理权限']], '由各市、省直相关部门（单位）按管理权限组织开展');
q(Z, 'who-evaluates', '苏州 专业技术人员考技能 由哪个单位组织', [['职业技能鉴定指导中心', '鉴定指导中心', 'guidance cent']], '由各级职业技能鉴定指导中心按管理权限组织开展');
q(N, 'who-evaluates', '企业能不能自己评高技能人才的职称 国家文件', [['自主', '规模以上企业', 'enterprise', 'own']], '自主开展高技能人才职称评审');

// ---- other provisions
q(L, 'other', '辽宁 以前干技术工作的年头 转到技能岗位能接着算吗', [['连续计算', '連續計算', 'continu']], L_CONT);
q(L, 'other', 'liaoning: does my earlier technical work experience count continuously?', [['连续', 'continu']], L_CONT);
q(L, 'other', '辽宁这个文件 哪一天发的', [['2019年8月21日', '2019-08-21', 'August 21, 2019', '21 August 2019']], '2019年8月21日');
q(Z, 'other', '我手里是苏州本地的地方工程师证 想去考高级工 能直接考吗 考过了有啥用', [SW], '可直接参加高级工鉴定考试');
q(Z, 'other', '苏州 工程师参加技能培训的课时 能不能算进继续教育里头', [['继续教育学时', '繼續教育', 'continuing education']], '职业技能培训成果可折算继续教育学时');
q(Z, 'other', 'suzhou pilot industries for this policy?', [['机械', '建设', '化工', 'machin', 'chemical']], '试点在机械、建设、化工等行业中推进此项工作');
q(Z, 'other', '苏州 专业技术人员考出技能证 能申报领军人才引进项目吗', [['领军人才', 'leading talent']], '可申报市级、县（区）级高技能领军人才引进项目');
q(N, 'other', '国家文件 高技能人才可以单独分组评审吗', [['单独分组', 'separate', '單獨']], '对高技能人才单独分组、单独评审');
q(N, 'other', 'how are skilled workers assessed for titles under doc 96: exams, interviews?', [['面试答辩', 'interview', 'defen']], '综合采用理论知识考试、技能操作考核、业绩评审、面试答辩、竞赛选拔等多种方式评价高技能人才');
q(N, 'other', '我们公司想给技术员考技能等级定个内部门槛 国家允许单位自己定吗', [['用人单位', 'employer', '本单位']], '制定本单位专业技术人才参加职业技能评价的标准条件');
q(S, 'other', '四川 有高级工证 能报翻译资格考试吗', [['外语', '翻译', 'translat']], '可报名参加相应语种、级别的翻译专业资格考试');
q(S, 'other', '四川 拿了省部级科学技术奖的工程师 能直接考技能等级吗', [['直接申报', 'directly', '直接']], '获得省（部）级以上科学技术奖');
q(C, 'other', '重庆评职称 职业道德排第几', [['首位', 'first', '第一']], '坚持把职业道德放在评审的首位');
q(C, 'other', '重庆的文件啥时候开始执行的', [['发布之日', 'date of issue', 'publication', '2020年4月22日']], '本实施意见自发布之日起执行');
q(C, 'other', '重慶 評價標準 可以隨便降低嗎', [['不得随意降低', '不得', 'not']], '不得随意降低评价标准条件，不得擅自扩大评价范围');
q(J, 'other', '赣人社字227号那个转发文 落款日期是哪天', [['2021年7月14日', '2021-07-14', 'July 14, 2021', '14 July 2021']], '2021年7月14日');
q(J, 'other', '江西 各职称系列主管部门要做啥', [['申报条件', '评审政策', 'conditions']], '在职称申报条件中完善高技能人才职称评审政策');

// ---- two regions
q(C, 'two-regions', '全国技术能手 重庆和辽宁分别能报啥', [EN, FS], ['全国技术能手、世界技能大赛优胜奖', '可破格申报正高级工程师'],
  T({ awards: [hon('national_technical_expert')] }, GC('intermediate')), T({ region: L, awards: [hon('national_technical_expert')] }, GC('full_senior')));
q(S, 'two-regions', '副高职称考高级技师 四川跟苏州要求有啥不同', [ST, Y8], [S_ST, Z_T2S],
  T({ titles: [ti('deputy_senior', '2020-01')], workYears: 10 }, STD('senior_technician')), T({ region: Z, titles: [ti('deputy_senior', '2020-01')] }, ANY('senior_technician')));
q(Z, 'two-regions', 'worldskills bronze: suzhou vs sichuan, which title level each', [FS, SE], ['世界技能大赛金牌、银牌、铜牌（以证书、表彰文件为准）的，可直接申报正高级工程师', '在世界技能大赛中获得铜牌以上奖励'],
  T({ awards: [ws('bronze')] }, GC('full_senior')), T({ region: S, awards: [ws('bronze')] }, GC('deputy_senior')));
q(L, 'two-regions', '辽宁和重庆 技师评工程师都是满三年吗', [EN, Y3], [L_E, C_E],
  T({ skills: [sk('technician', '2022-06')] }, STD('intermediate')), T({ region: C, skills: [sk('technician', '2022-06')] }, STD('intermediate')));
q(J, 'two-regions', '江西和四川 高级技师评副高 年限一样吗', [SE, Y4], [N_S, S_S],
  T({ skills: [sk('senior_technician', '2021-06')] }, STD('deputy_senior')), T({ region: S, skills: [sk('senior_technician', '2021-06')] }, STD('deputy_senior')));
q(N, 'two-regions', '中华技能大奖 国家文件和苏州 各能报什么', [FS], [N_GC, '获得中华技能大奖、江苏大工匠称号'],
  T({ awards: [hon('china_skills_award')] }, GC('full_senior')), T({ region: Z, awards: [hon('china_skills_award')] }, GC('full_senior')));
q(C, 'two-regions', '工程师考技师 重庆和辽宁要等几年', [TE], [C_T2S, L_TE2],
  T({ titles: [ti('intermediate', '2024-01')] }, ANY('technician')), T({ region: L, titles: [ti('intermediate', '2024-01')] }, ANY('technician')));

// ---- more in English
q(C, 'upgrade', 'chongqing: assistnt engineer, got the senior worker (gaojigong) cert a year ago, technician next?', [TE, Y1], C_UPA);
q(L, 'scope', 'liaoning: a technician-grade (jishuyuan) staffer on a skill post, can he take a skill evaluation?', [['技术员', 'technician-grade', 'skill evaluation', '职业技能评价']], '取得技术员资格或尚未取得专业技术资格的专业技术人才，在技能岗位工作的');
q(J, 'equal-treatment', 'jiangxi: are senior technicians equal to title holders for awards and study leave?', [EQ], N_EQ);
q(S, 'requirements', 'sichuan assistant-level title for a senior worker: requirments besides 2 years?', [AS, Y2], S_A);
q(N, 'title-to-skill', 'ministry rules: senoir engineer wants the gaoji jishi level, what decides the years?', [ST, CUM], N_T2S, T({ titles: [ti('deputy_senior', '2018-01')] }, ANY('senior_technician')));
q(Z, 'exemption', 'suzhou engineer taking the electrician technician exam, theory part waived even without related diploma?', [EXEMPT], Z_EXALL);
q(N, 'equal-treatment', 'do companies have to treat senior workers like assistant-level staff for promotion? (national)', [EQ], N_EQ);

// ---- not in the texts (new kinds where possible: age limits, gig and self-employed workers, veterans, tax deduction,
// appeals, changing employer, 编制, 社保 gaps, exam cheating, training cost, online verification; plus fees, dates,
// venues, 落户, retirement, lost certificates, results, subsidy amounts, an employer refusing, subjective, off-topic,
// and four policy questions whose region's own text is silent while another text speaks)
const SILENT = [['没有写', '没有规定', '未规定', '没有列', '未列', '没有提到', '未提及', '没写', '并未', '沒有寫', '未提到', 'silent', 'does not list', 'not list', 'does not mention', 'not mention']];
const NOS = [
  [C, '重庆 评工程师有没有年龄上限 五十五了还能报不'], [C, '跑滴滴的 灵活就业人员 在重庆能评技能人才职称不'], [C, 'chongqing: how much does the senior engineer review cost?'],
  [C, '重庆 职称评审没通过 可以申请复议吗'], [C, '重庆这边技工评工程师 英语要过关吗', SILENT], [C, '解放碑附近哪家火锅好吃'], [C, '来电人问 重庆技师证可以抵扣个税吗 每年扣多少'],
  [C, '重慶 今年技師考評幾號報名'],
  [S, '四川 退役军人评职称有没有加分'], [S, '四川 换了单位 原来的职称还认不认'], [S, 'sichuan 2026 application window for technicians going for titles closes on what date?'],
  [S, '四川 事业单位评上高级工程师 能进编制吗'], [S, '成都 高级技师补贴一个月发多少'], [S, '四川 考技师理论考试作弊了会怎样'], [S, '四川職稱評審結果多久公布'],
  [L, '大连 个体户自己开修车铺 能评工程师吗'], [L, 'liaoning: my social insurance had a two-year gap, can i still apply?'], [L, '沈阳 评上高级工程师能不能落户'],
  [L, '辽宁 职称评审专家都有谁 能不能打听一下'], [L, '辽宁 世赛优胜奖 能破格到哪一级', SILENT], [L, '辽宁 技师培训班学费一般多少钱'], [L, '遼寧 技師證書丟了 去哪裡補辦'],
  [J, '江西 残疾人评职称有没有照顾政策'], [J, 'jiangxi: can hong kong residents apply for a title under this policy?'], [J, '九江 考高级工 考场设在哪'],
  [J, '江西 高级技师退休后工资能高多少'], [J, '江西 评职称是线上报还是去现场交材料'], [J, '来电人问赣州职称证书在学信网上能查到吗'],
  [Z, '苏州 评职称要发论文吗', SILENT], [Z, '苏州 园区的公司不给开工作证明 我咋评职称'], [Z, 'suzhou: best training institute for the welding technician exam?'],
  [Z, '苏州 技师证能在上海用吗'], [Z, '昆山 评上工程师公司一般加多少工资'], [Z, '蘇州 評職稱的專家評審會要開幾天'], [Z, 'HR问 苏州评上正高 市里奖励多少钱'],
  [N, '国家96号 技工院校毕业算什么学历', SILENT], [N, 'what is the stock price of a welding company today'], [N, '评技师和考研 哪个更划算'],
  [N, '评职称的面试答辩一般问哪些问题 给我出几道题'], [N, 'is it worth it to switch from a title to the skills ladder at 40?'], [N, '技能等级证书和职业资格证书哪个含金量高'],
  [N, '人事这边想知道 员工评职称期间能不能请假'], [N, 'give me a recipe for kung pao chicken'], [N, '高级技师证书电子版怎么下载打印'], [N, 'can i appeal if my skill evaluation was graded unfairly?'],
  [N, '职称评审的公示期是几天'], [S, 'im 58 in chengdu, am i too old to sit the gaoji jishi exam?'], [Z, 'suzhou: does the title review accept foreign engineering degrees?'],
];
for (const [r, t, s] of NOS) no(r, t, s);

// ---- re-check the computed eligibilities against the engine, then write (or print) the set
recheck(set, checks, { asOf: AS_OF, groups: 'any' });
const out = `${JSON.stringify(set, null, 1)}\n`;
if (process.argv.includes('--stdout')) process.stdout.write(out);
else writeFileSync(join(root, 'test', 'heldout', 'qa-questions-13.json'), out);
