// Builds held-out Q&A set 11 (qa-questions-11.json; QA.md "Set 11"): `node --import tsx test/heldout/build-qa-questions-11.mjs`
// re-checks each computed eligibility's `truth` against the rule engine (as of 2026-11), then writes the file
// (`--stdout`: prints it instead). Exits 1, naming the question, where the engine does not offer the expected path.
// Set 11 is broad where set 10 was narrow: personal facts in all six regions and two at once, months a path opens,
// awards and competition ranks, 破格, Suzhou's annex both ways, papers, title holders asking for skill levels, a failed
// annual review, the theory-exam exemption, equal treatment, and the smaller provisions; plus what the texts do not answer.
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
const sk = (level, since) => ({ level, since });
const ti = (level, since) => ({ level, since });
const hon = (id) => ({ type: 'honor', id });
const comp = (tier, rank, teamSize) => ({ type: 'competition', tier, rank, ...(teamSize ? { teamSize } : {}) });
const ws = (medal) => ({ type: 'competition', tier: 'worldskills', medal });
const STD = (target) => ({ target, route: 'standard' });
const GC = (target) => ({ target, route: 'green_channel' });
const NOTYET = (target, from) => ({ target, route: 'standard', status: ['not_yet'], from });
const FAIL = (direction = 'skill_to_title') => ({ direction, unmet: 'annual_review' });

// quotes (white space removed), by region
const Q96 = {
  AS: '满2年，可申报评审相应专业助理级职称', EN: '满3年，可申报评审相应专业中级职称', SE: '满4年，可申报评审相应专业副高级职称',
  GC: '可直接申报评审正高级或副高级职称', T2S: '可分别申请参加与现岗位相对应职业（工种）的高级工、技师、高级技师职业技能评价',
  EX: '具有所申报职业相关专业毕业证书的，可免于理论知识考试', EQ: '比照相应层级专业技术人员享受同等待遇', REV: '在现工作岗位上近3年年度考核合格',
  UP: '取得职业资格或职业技能等级1年后，可按累计工作年限申报相应职业（工种）晋级评价', PAPER: '不将学历、论文、外语、计算机等作为高技能人才参加职称评审的限制性条件',
  SER: '将贯通领域扩大为工程、农业、工艺美术、文物博物、实验技术、艺术、体育、技工院校教师等职称系列',
};
const QC = {
  AS: '从事技术技能工作满2年，可申报评审相应专业助理工程师', EN: '满3年，可申报评审相应专业工程师', SE: '工作满4年，可申报评审相应专业高级工程师',
  EN3: '获得技师职业资格或职业技能等级后，从事技术技能工作满3年', EX: '对具有所申报职业（专业）或相关职业（专业）毕业证书的，可免于理论知识考试',
  REV: '在现工作岗位上近3年年度考核合格', PAPER: '不得将身份、论文等作为高技能人才职称评审的限制性条件',
};
const QS = {
  AS: '取得高级工职业资格或职业技能等级后，从事技术技能工作满2年', EN: '取得技师职业资格或职业技能等级后，从事技术技能工作满3年',
  SE: '取得高级技师职业资格或职业技能等级后，从事技术技能工作满4年', REV: '胜任本职工作，近3年年度考核合格',
};
const QZ = { AS: '获得高级工职业资格或职业技能等级后从事技术技能工作满2年，可申报评审相应专业助理工程师', SE: '获得高级技师资格或职业技能等级后从事技术技能工作满4年' };

const N = 'national', C = 'chongqing', S = 'sichuan', L = 'liaoning', J = 'jiangxi', Z = 'suzhou';
const set = [];
const checks = {};
let n = 0;
const id = () => `h11-${String(++n).padStart(3, '0')}`;
const isEn = (s) => (s.match(/[A-Za-z]/g) ?? []).length > (s.match(/[\u4e00-\u9fff]/g) ?? []).length;
/**
 * An answerable question: region, topic, the question, its fact groups, the quote(s), and (computed) its truth: one
 * profile (facts and `expect`) or several (a second region, a second level the same facts open), each re-checked.
 */
function q(region, topic, text, answerHas, quoteHas, truth) {
  const c = { id: id(), region, locale: isEn(text) ? 'en' : 'zh-CN', topic, q: text, answerHas, quoteHas };
  set.push(c);
  (Array.isArray(truth) ? truth : truth ? [truth] : []).forEach((t, i) => { checks[i ? `${c.id}/${i + 1}` : c.id] = { region, ...t }; });
}
/** A question the texts do not answer. */
function no(region, text) { set.push({ id: id(), region, locale: isEn(text) ? 'en' : 'zh-CN', topic: 'not-in-texts', q: text, answerHas: [], refuse: true }); }

// ---- eligibility with personal facts, every region (standard routes; open now, this month, next month, later)
const ok = { annualReviewsPassed: true };
q(N, 'eligibility', '俺在河北唐山钢厂，高级技师证是2021年5月下来的，这几年考核都合格，能直接报副高不', [SE], Q96.SE, { skills: [sk('senior_technician', '2021-05')], ...ok, expect: STD('deputy_senior') });
q(N, 'eligibility', '山东潍坊的焊工，技师2023年8月拿证，够不够年限报中级职称了啊', [EN], Q96.EN, { skills: [sk('technician', '2023-08')], expect: STD('intermediate') });
q(N, 'eligibility', '河南郑州 高级工 2025年12月取得 什么时候能评助理级', [AS, at(2027, 12)], Q96.AS, { skills: [sk('senior_worker', '2025-12')], expect: NOTYET('assistant', '2027-12') });
q(N, 'eligibility', 'Im in Guangdong, got my technican certificate in March 2024, when can i apply for intermediate title?', [EN, at(2027, 3)], Q96.EN, { skills: [sk('technician', '2024-03')], expect: NOTYET('intermediate', '2027-03') });
q(N, 'eligibility', '来电人在湖北襄阳，高级工2024年11月发的证，问这个月能不能申报助理级职称', [AS], Q96.AS, { skills: [sk('senior_worker', '2024-11')], expect: STD('assistant') });
q(N, 'eligibility', 'national rules: senior technician for 4+ years since 2022-01, am i ok for deputy senior now?', [SE], Q96.SE, { skills: [sk('senior_technician', '2022-01')], expect: STD('deputy_senior') });
q(J, 'eligibility', '赣州嘞，我技师证2022年3月拿的，近三年考核都过了，能评中级职称冇', [EN], Q96.EN, { skills: [sk('technician', '2022-03')], ...ok, expect: STD('intermediate') });
q(J, 'eligibility', '九江 高级技师 2024年1月取证 啥时候能报副高级', [SE, at(2028, 1)], Q96.SE, { skills: [sk('senior_technician', '2024-01')], expect: NOTYET('deputy_senior', '2028-01') });
q(J, 'eligibility', 'nanchang worker, senior worker cert since mid 2023, can I go for assistant level title in jiangxi?', [AS], Q96.AS, { skills: [sk('senior_worker', '2023-06')], expect: STD('assistant') });
q(J, 'eligibility', '上饶一家厂的HR，员工高级工证书2025年2月取得，想问几时够条件评助理级', [AS, at(2027, 2)], Q96.AS, { skills: [sk('senior_worker', '2025-02')], expect: NOTYET('assistant', '2027-02') });
q(J, 'eligibility', 'jiangxi guy here, technicain since 2021-10, year reviews ok, can i apply mid-level title', [EN], Q96.EN, { skills: [sk('technician', '2021-10')], ...ok, expect: STD('intermediate') });
q(J, 'eligibility', '江西這邊高級技師2022年10月取得，副高級職稱可以報了嗎', [SE], Q96.SE, { skills: [sk('senior_technician', '2022-10')], expect: STD('deputy_senior') });
q(S, 'eligibility', '绵阳的，高级工2024年6月拿的，现在可以报助理级了噻', [AS], QS.AS, { skills: [sk('senior_worker', '2024-06')], expect: STD('assistant') });
q(S, 'eligibility', '宜宾 技师 2023年12月拿证 中级职称哪个月能报', [EN, at(2026, 12)], QS.EN, { skills: [sk('technician', '2023-12')], expect: NOTYET('intermediate', '2026-12') });
q(S, 'eligibility', '乐山老师傅，2015年8月拿的高级技师，干了十一年，四川能不能评正高级哦', [FS], '或取得高级技师职业资格或职业技能等级后，从事技术技能工作满10年', { skills: [sk('senior_technician', '2015-08')], expect: STD('full_senior') });
q(S, 'eligibility', '达州 高级技师出身，副高级职称2020年3月评上的，一直从事技术技能工作，能申报正高不', [FS], '取得副高级职称后，从事技术技能工作满5年', { skills: [sk('senior_technician', '2018-06')], titles: [ti('deputy_senior', '2020-03')], expect: STD('full_senior') });
q(S, 'eligibility', 'Chengdu here, senoir technician since july 2023, when do i qualify for deputy senior title?', [SE, at(2027, 7)], QS.SE, { skills: [sk('senior_technician', '2023-07')], expect: NOTYET('deputy_senior', '2027-07') });
q(S, 'eligibility', '自贡那边一个电焊师傅，技师是2022年的11月拿的，中级现在能评了撒', [EN], QS.EN, { skills: [sk('technician', '2022-11')], expect: STD('intermediate') });
q(C, 'eligibility', '渝中区的，技师证2023年1月拿到手，考核年年合格，工程师可以报了不', [EN], QC.EN, { skills: [sk('technician', '2023-01')], ...ok, expect: STD('intermediate') });
q(C, 'eligibility', '涪陵 高级技师 2023年5月 想评高级工程师要等到好久嘛', [SE, at(2027, 5)], QC.SE, { skills: [sk('senior_technician', '2023-05')], expect: NOTYET('deputy_senior', '2027-05') });
q(C, 'eligibility', '来电人是南岸区一家汽配厂的人事，职工高级工证2024年10月拿的，问助理工程师哪个时候能报', [AS], QC.AS, { skills: [sk('senior_worker', '2024-10')], expect: STD('assistant') });
q(C, 'eligibility', 'chongqing, technician cert Sept 2022, can I apply engineer now?', [EN], QC.EN, { skills: [sk('technician', '2022-09')], expect: STD('intermediate') });
q(C, 'eligibility', '重慶的高級工，2025年5月取得證書，助理工程師要等到幾時', [AS, at(2027, 5)], QC.AS, { skills: [sk('senior_worker', '2025-05')], expect: NOTYET('assistant', '2027-05') });
q(L, 'eligibility', '大连的，高级工2024年11月拿的证，这个月是不是刚好满两年了，能报助理工程师不', [AS], '满2年，可申报评审相应专业助理工程师', { skills: [sk('senior_worker', '2024-11')], expect: STD('assistant') });
q(L, 'eligibility', '营口 技师 2024年7月取得，工程师得等到啥时候啊，咋整', [EN, at(2027, 7)], '满3年，可申报评审相应专业工程师', { skills: [sk('technician', '2024-07')], expect: NOTYET('intermediate', '2027-07') });
q(L, 'eligibility', '本溪钢铁的老电工，高级技师证2022年2月的，能评高级工程师吗', [SE], '满4年，可申报评审相应专业高级工程师', { skills: [sk('senior_technician', '2022-02')], expect: STD('deputy_senior') });
q(L, 'eligibility', 'shenyang, got senior worker in 2025 jan, when assistant engineer?', [AS, at(2027, 1)], '满2年，可申报评审相应专业助理工程师', { skills: [sk('senior_worker', '2025-01')], expect: NOTYET('assistant', '2027-01') });
q(L, 'eligibility', 'Dalian, senior technician cert from May 2023 — when exactly can I apply senior engineer?', [SE, at(2027, 5)], '满4年，可申报评审相应专业高级工程师', { skills: [sk('senior_technician', '2023-05')], expect: NOTYET('deputy_senior', '2027-05') });
q(L, 'eligibility', '遼寧技師證2023年6月拿的，甚麼時候可以評工程師', [EN], '满3年，可申报评审相应专业工程师', { skills: [sk('technician', '2023-06')], expect: STD('intermediate') });
q(Z, 'eligibility', '张家港的，技师2023年9月拿到的，工程师现在能申报伐', [EN], '满3年，可申报评审相应专业工程师', { skills: [sk('technician', '2023-09')], expect: STD('intermediate') });
q(Z, 'eligibility', '相城区 高级技师 2023年2月取得 问几时可以报高级工程师', [SE, at(2027, 2)], QZ.SE, { skills: [sk('senior_technician', '2023-02')], expect: NOTYET('deputy_senior', '2027-02') });
q(Z, 'eligibility', 'Kunshan factory HR: our worker got senior worker cert in October 2025, when can he apply assistant engineer?', [AS, at(2027, 10)], QZ.AS, { skills: [sk('senior_worker', '2025-10')], expect: NOTYET('assistant', '2027-10') });
q(Z, 'eligibility', 'suzhou: senior worker since nov 2024, is this month the one i can apply assistent engineer?', [AS], QZ.AS, { skills: [sk('senior_worker', '2024-11')], expect: STD('assistant') });
q(Z, 'eligibility', '苏州工业园区，技师证2024年12月的，工程师是不是下个月就能报了', [EN, at(2027, 12)], '满3年，可申报评审相应专业工程师', { skills: [sk('technician', '2024-12')], expect: NOTYET('intermediate', '2027-12') });

// ---- two regions in one question
q(C, 'two-regions', '我在重庆拿的技师，2023年1月，后来调到成都了，重庆和四川两边是不是都能报中级', [EN], [QC.EN3, QS.EN],
  [{ skills: [sk('technician', '2023-01')], expect: STD('intermediate') }, { region: S, skills: [sk('technician', '2023-01')], expect: STD('intermediate') }]);
q(L, 'two-regions', '高级工2024年3月拿的证，辽宁和苏州哪边能报助理工程师，都行吗', [AS], ['满2年，可申报评审相应专业助理工程师', QZ.AS],
  [{ skills: [sk('senior_worker', '2024-03')], expect: STD('assistant') }, { region: Z, skills: [sk('senior_worker', '2024-03')], expect: STD('assistant') }]);
q(L, 'two-regions', 'i hold technician since 2022-04, working between Liaoning and Jiangxi. can i apply intermediate in both?', [EN], ['满3年，可申报评审相应专业工程师', Q96.EN],
  [{ skills: [sk('technician', '2022-04')], expect: STD('intermediate') }, { region: J, skills: [sk('technician', '2022-04')], expect: STD('intermediate') }]);
q(C, 'two-regions', '全国技术能手，在重庆能直接报什么，在辽宁呢', [EN, FS], ['全国技术能手、世界技能大赛优胜奖', '全国技术能手、国家级技能大师工作室负责人'],
  [{ awards: [hon('national_technical_expert')], expect: GC('intermediate') }, { region: L, awards: [hon('national_technical_expert')], expect: GC('full_senior') }]);
q(Z, 'two-regions', '苏州和四川，拿了世赛铜牌分别能直接申报啥', [FS, SE], ['世界技能大赛金牌、银牌、铜牌（以证书、表彰文件为准）', '在世界技能大赛中获得铜牌以上奖励'],
  [{ awards: [ws('bronze')], expect: GC('full_senior') }, { region: S, awards: [ws('bronze')], expect: GC('deputy_senior') }]);
q(J, 'two-regions', '江西和重庆都讲讲，助理工程师想考高级工，要啥条件', [SW], [Q96.T2S],
  [{ titles: [ti('assistant', '2021-06')], expect: STD('senior_worker') }, { region: C, titles: [ti('assistant', '2021-06')], expect: STD('senior_worker') }]);
q(S, 'two-regions', '来电人说他2022年5月拿的高级技师，人在四川，老家辽宁，副高两边哪个能报', [SE], [QS.SE, '满4年，可申报评审相应专业高级工程师'],
  [{ skills: [sk('senior_technician', '2022-05')], expect: STD('deputy_senior') }, { region: L, skills: [sk('senior_technician', '2022-05')], expect: STD('deputy_senior') }]);

// ---- green channel: honours and roles, competition ranks (破格 / 直接申报)
q(C, 'competition', '黔江那边区县技能比赛拿了第1名，能不能直接申报助理工程师喃', [AS], '区县赛第1名的人员', { awards: [comp('district', 1)], expect: GC('assistant') });
q(C, 'competition', '中国·重庆职业技能大赛我得了第5名，破格能报哪一级', [AS], '中国·重庆职业技能大赛前6名', { awards: [comp('chongqing_skills_competition', 5)], expect: GC('assistant') });
q(C, 'competition', '国家级二类技能竞赛第3名，重庆这边直接报工程师行不行', [EN], '国家级二类技能竞赛前3名', { awards: [comp('national_class2', 3)], expect: GC('intermediate') });
q(C, 'competition', 'worldskills excellence award (you sheng jiang) in chongqing, what title can i directly apply', [EN], '世界技能大赛优胜奖', { awards: [ws('excellence')], expect: GC('intermediate') });
q(C, 'green-channel', '我师父去年评上了重庆技能大师，听说职称可以一步到高工，真的假的哦', [SE], '重庆技能大师、国家级技能大师工作室命名专家', { awards: [hon('chongqing_skill_master')], expect: GC('deputy_senior') });
q(C, 'green-channel', '厂里老王是市级首席技能大师工作室的领衔专家，在重庆他职称能直接冲哪一级', [EN], '市级首席技能大师工作室', { awards: [hon('municipal_chief_master_studio_lead')], expect: GC('intermediate') });
q(C, 'green-channel', '世界技能大赛专家组长在重庆能破格到哪一级', [SE], '世界技能大赛专家组长', { awards: [hon('worldskills_expert_leader')], expect: GC('deputy_senior') });
q(C, 'competition', '璧山区县赛我只拿到亚军，差一名，重庆这边还能不能走直接申报助理工程师', [['第1名', '第一名', '1st', 'first']], '区县赛第1名的人员');
q(C, 'competition', '市级行业赛第3名的焊工，重庆可以直接报哪个职称', [AS], '市级行业赛前3名', { awards: [comp('municipal_industry', 3)], expect: GC('assistant') });
q(C, 'green-channel', 'Chongqing: I was named National Technical Expert, can i skip straight to engineer?', [EN], '全国技术能手、世界技能大赛优胜奖', { awards: [hon('national_technical_expert')], expect: GC('intermediate') });
q(C, 'competition', 'chongqing district contest 1st place - direct assistant engineer?', [AS], '区县赛第1名的人员', { awards: [comp('district', 1)], expect: GC('assistant') });
q(S, 'green-channel', '四川省技术能手，可以破格评中级职称不嘛', [EN], '获得四川省技术能手称号', { awards: [hon('sichuan_technical_expert')], expect: GC('intermediate') });
q(S, 'green-channel', '天府工匠能破格申报副高级职称吗', [SE], '天府工匠、四川技能大师', { awards: [hon('tianfu_craftsman')], expect: GC('deputy_senior') });
q(S, 'competition', '国家级一类大赛双人赛项拿了第3名，四川能破格副高不', [SE], '双人赛项前3名', { awards: [comp('national_class1', 3, 2)], expect: GC('deputy_senior') });
q(S, 'competition', 'sichuan, national class-1 contest, 3-person event, our team got 3rd place, does that count for deputy senior?', [['前2名', 'top 2', 'top two', 'first two', '2nd']], '三人赛项前2名');
q(S, 'competition', '我徒弟在世界技能大赛上拿了金牌回来，四川能给他直接评正高级不', [FS], '在世界技能大赛中获得金牌', { awards: [ws('gold')], expect: GC('full_senior') });
q(S, 'green-channel', '享受国务院特殊津贴的技能人才，四川能破格申报哪一级', [FS], '享受国务院政府特殊津贴', { awards: [hon('state_council_allowance')], expect: GC('full_senior') });
q(S, 'green-channel', '省级非遗传承人 四川 破格申报啥职称', [EN], '四川省省级非物质文化遗产代表性传承人', { awards: [hon('provincial_intangible_heritage')], expect: GC('intermediate') });
q(S, 'competition', '国家级二类技能竞赛拿了银牌，四川这边能破格评啥', [EN], '在国家级技能竞赛中获得奖牌', { awards: [comp('national_class2', 2)], expect: GC('intermediate') });
q(S, 'green-channel', 'sichuan provincial skill master studio leader - can I apply intermediate title without the years?', [EN], '担任省级技能大师工作室领办人', { awards: [hon('provincial_master_studio_lead')], expect: GC('intermediate') });
q(S, 'green-channel', 'sichuan: national intangible heritage inheritor, can i apply deputy senior title directly?', [SE], '被认定为国家级非物质文化遗产代表性传承人', { awards: [hon('national_intangible_heritage')], expect: GC('deputy_senior') });
q(S, 'green-channel', '四川省技術能手破格申報中級職稱要年限嗎', [EN], '获得四川省技术能手称号', { awards: [hon('sichuan_technical_expert')], expect: GC('intermediate') });
q(S, 'green-channel', '四川走破格的话，我中专学历、工龄也短，会不会被卡住', [['学历', '學歷'], ['资历', '資歷']], '可不受学历、资历、层级限制');
q(L, 'green-channel', '去年刚评上辽宁省技术能手，葫芦岛这边，破格能整个工程师不', [EN], '获得辽宁省技术能手，可破格申报工程师', { awards: [hon('liaoning_technical_expert')], expect: GC('intermediate') });
q(L, 'green-channel', '省级技能大师工作站负责人 辽宁 破格申报啥', [SE], '省级技能大师工作站负责人，可破格申报高级工程师', { awards: [hon('provincial_master_studio_lead')], expect: GC('deputy_senior') });
q(L, 'green-channel', '辽宁工匠称号能直接报正高级工程师不', [FS], '辽宁工匠、辽宁省功勋高技能人才', { awards: [hon('liaoning_craftsman')], expect: GC('full_senior') });
q(L, 'competition', '我带的辽宁选手在世界技能大赛拿了银牌，我是他教练，职称能破格冲正高吗', [FS], '及其技术指导专家和教练', { awards: [hon('worldskills_coach')], expect: GC('full_senior') });
q(L, 'green-channel', '辽宁有突出贡献高技能人才 破格到哪一级', [SE], '辽宁省有突出贡献高技能人才', { awards: [hon('liaoning_outstanding_talent')], expect: GC('deputy_senior') });
q(L, 'green-channel', 'liaoning - national technical expert, what level can I apply by exception (po ge)?', [FS], '可破格申报正高级工程师', { awards: [hon('national_technical_expert')], expect: GC('full_senior') });
q(L, 'green-channel', 'liaoning outstanding-contribution skilled talent, which title by exception?', [SE], '辽宁省有突出贡献高技能人才', { awards: [hon('liaoning_outstanding_talent')], expect: GC('deputy_senior') });
q(L, 'competition', '辽宁选手世界技能大赛拿了铜牌，职称能破格到正高级吗', [FS], '获得世界技能大赛金牌、银牌、铜牌的辽宁选手', { awards: [ws('bronze')], expect: GC('full_senior') });
q(Z, 'green-channel', '苏州市技术能手 直接申报助理工程师 可以伐', [AS], '获得苏州市技术能手、姑苏高技能重点人才', { awards: [hon('suzhou_technical_expert')], expect: GC('assistant') });
q(Z, 'competition', '市级一类技能竞赛第2名，在苏州能直接报什么职称', [AS], '市级一类技能竞赛前三名', { awards: [comp('municipal_class1', 2)], expect: GC('assistant') });
q(Z, 'competition', '省级一类技能竞赛第5名，苏州这边能报工程师吗', [EN], '省级一类技能竞赛前四至六名', { awards: [comp('provincial_class1', 5)], expect: GC('intermediate') });
q(Z, 'competition', '省赛二类拿了第一，苏州能直接申报高级工程师吗', [SE], '省级二类技能竞赛第一名的', { awards: [comp('provincial_class2', 1)], expect: GC('deputy_senior') });
q(Z, 'competition', '省级一类技能竞赛第二名 苏州 破格到哪级', [SE], '省级一类技能竞赛前三名、省级二类技能竞赛第一名', { awards: [comp('provincial_class1', 2)], expect: GC('deputy_senior') });
q(Z, 'competition', '国赛一类第六名 苏州 能直接报高工不', [SE], '国家级一类技能竞赛前六名', { awards: [comp('national_class1', 6)], expect: GC('deputy_senior') });
q(Z, 'green-channel', '江苏大工匠 直接申报正高级工程师 行吗', [FS], '获得中华技能大奖、江苏大工匠称号', { awards: [hon('jiangsu_grand_craftsman')], expect: GC('full_senior') });
q(Z, 'green-channel', '市级以上技术发明奖 苏州 能直接申报哪一级', [EN, SE], '市级以上技术发明奖',
  [{ awards: [hon('municipal_invention_award')], expect: GC('intermediate') }, { awards: [hon('municipal_invention_award')], expect: GC('deputy_senior') }]);
q(Z, 'green-channel', '江苏省技术能手 苏州破格能报啥', [EN], '姑苏高技能突出人才、江苏省技术能手', { awards: [hon('jiangsu_technical_expert')], expect: GC('intermediate') });
q(Z, 'competition', 'suzhou: got 7th in an international skills competition, can i apply senior engineer directly?', [SE], '国际技能竞赛前八名', { awards: [comp('international', 7)], expect: GC('deputy_senior') });
q(Z, 'green-channel', '姑苏高技能突出人才 苏州 能报啥职称', [EN], '姑苏高技能突出人才', { awards: [hon('gusu_outstanding_talent')], expect: GC('intermediate') });
q(Z, 'green-channel', '省部级劳动模范 苏州 直接申报高级工程师', [SE], '获得省部级劳动模范', { awards: [hon('provincial_model_worker')], expect: GC('deputy_senior') });
q(Z, 'green-channel', 'Suzhou, Jiangsu Craftsman title — what can I apply for directly', [SE], '获得全国技术能手、江苏工匠称号', { awards: [hon('jiangsu_craftsman')], expect: GC('deputy_senior') });
q(Z, 'green-channel', '姑蘇高技能重點人才能直接報哪一級職稱', [AS], '获得苏州市技术能手、姑苏高技能重点人才', { awards: [hon('gusu_key_talent')], expect: GC('assistant') });
q(N, 'green-channel', '全国技术能手 按国家96号文能直接报啥', [FS, SE], Q96.GC,
  [{ awards: [hon('national_technical_expert')], expect: GC('full_senior') }, { awards: [hon('national_technical_expert')], expect: GC('deputy_senior') }]);
q(J, 'green-channel', '景德镇的老匠人拿过中华技能大奖，在江西评职称是不是直接冲正高级', [FS, SE], Q96.GC,
  [{ awards: [hon('china_skills_award')], expect: GC('full_senior') }, { awards: [hon('china_skills_award')], expect: GC('deputy_senior') }]);
q(N, 'green-channel', 'national policy: leader of a national-level skill master studio, can he apply directly for a senior title?', [FS, SE], Q96.GC,
  [{ awards: [hon('national_master_studio_lead')], expect: GC('full_senior') }, { awards: [hon('national_master_studio_lead')], expect: GC('deputy_senior') }]);
q(J, 'green-channel', '省政府认定的高精尖缺高技能人才，江西能走绿色通道评啥', [FS, SE], Q96.GC,
  [{ awards: [hon('high_end_shortage_talent')], expect: GC('full_senior') }, { awards: [hon('high_end_shortage_talent')], expect: GC('deputy_senior') }]);
q(N, 'green-channel', '享受省级政府特殊津贴的老技师，国家文件说能直接申报哪级职称', [FS, SE], Q96.GC,
  [{ awards: [hon('provincial_government_allowance')], expect: GC('full_senior') }, { awards: [hon('provincial_government_allowance')], expect: GC('deputy_senior') }]);
q(C, 'documents', '重庆破格的奖项怎么认定，要拿啥材料', [['证书', '證書'], ['文件']], '以上项目的认定均以证书或文件为准');
q(L, 'documents', '辽宁走破格，奖项这块到时候要交什么凭证才认', [['证书', '證書'], ['表彰文件']], '以证书和表彰文件为准');

// ---- title holders asking about skill levels (title → skill), upgrades
q(N, 'title-to-skill', '我是助理工程师，在车间一线干活，能不能去考高级工', [SW], Q96.T2S, { titles: [ti('assistant', '2020-06')], expect: STD('senior_worker') });
q(C, 'title-to-skill', '重庆 工程师职称 现在调到技能岗位 想考技师 条件是啥', [TE, ['累计工作年限', '工作年限']], Q96.T2S, { titles: [ti('intermediate', '2019-06')], expect: STD('technician') });
q(S, 'title-to-skill', '成都的，中级职称，累计干了3年半专业技术技能工作，想考技师，啥时候够年限', [TE, at(2027, 5)], '累计从事本专业技术技能工作达到4年', { titles: [ti('intermediate', '2022-06')], workYears: 3.5, ...ok, expect: NOTYET('technician', '2027-05') });
q(S, 'title-to-skill', '副高级职称，累计干了九年，四川考高级技师可以吗', [ST], '取得副高级职称，累计从事本专业技术技能工作达到8年', { titles: [ti('deputy_senior', '2019-06')], workYears: 9, ...ok, expect: STD('senior_technician') });
q(S, 'title-to-skill', '正高级职称 四川 直接申报高级技师 要不要看年限', [ST, ['不受年限', 'no year', '年限限制']], '正高级职称不受年限限制', { titles: [ti('full_senior', '2024-06')], ...ok, expect: STD('senior_technician') });
q(S, 'title-to-skill', 'sichuan, assistant-level title, worked 1 year so far, when can i take the senior worker assessment?', [SW, at(2027, 11)], '累计从事本专业技术技能工作达到2年', { titles: [ti('assistant', '2025-11')], workYears: 1, ...ok, expect: NOTYET('senior_worker', '2027-11') });
q(L, 'title-to-skill', '沈阳 助理工程师2022年6月评的 一直在本工种干 能考技师了不', [TE], '取得相关专业助理工程师资格后，从事本职业（工种）或相关职业（工种）工作满3年', { titles: [ti('assistant', '2022-06')], expect: STD('technician') });
q(L, 'title-to-skill', '辽宁，工程师职称2024年2月拿的，想考高级技师要等多久', [ST, at(2027, 2)], '取得相关专业工程师资格后，从事该职业（工种）或相关职业（工种）工作满3年', { titles: [ti('intermediate', '2024-02')], expect: { target: 'senior_technician', status: ['not_yet'], from: '2027-02' } });
q(L, 'title-to-skill', '阜新的，高级工程师评了三年了，想去考个高级技师，辽宁这边卡不卡工作年限', [ST], '取得相关专业高级工程师资格，从事该职业（工种）或相关职业（工种）工作', { titles: [ti('deputy_senior', '2023-06')], expect: STD('senior_technician') });
q(L, 'title-to-skill', 'liaoning here, got assitant engineer last year, am i allowed to sign up for the senior worker (level 3) skill test?', [SW], '三级（高级工）职业技能评价', { titles: [ti('assistant', '2024-06')], expect: STD('senior_worker') });
q(L, 'title-to-skill', 'liaoning: i just got my engineer title, can i apply technician skill level right away?', [TE], '取得相关专业工程师以上资格，从事本职业（工种）或相关职业（工种）工作', { titles: [ti('intermediate', '2026-09')], expect: STD('technician') });
q(L, 'title-to-skill', '遼寧工程師職稱滿三年了，能考高級技師嗎', [ST], '取得相关专业工程师资格后，从事该职业（工种）或相关职业（工种）工作满3年', { titles: [ti('intermediate', '2023-06')], expect: { target: 'senior_technician' } });
q(L, 'title-to-skill', '还没评上职称的技术员，辽宁能参加技能评价吗', [['技能岗位', '现岗位', '相对应']], '取得技术员资格或尚未取得专业技术资格的专业技术人才');
q(Z, 'title-to-skill', '吴中区一家模具厂的工程师，头一回去做技能评价，苏州这边让直接报技师嘛', [TE], '取得工程系列相关专业助理工程师、工程师、高级工程师后，可分别申请参加', { titles: [ti('intermediate', '2022-06')], expect: STD('technician') });
q(Z, 'title-to-skill', '高级工程师在苏州能直接考高级技师伐', [ST], '取得工程系列相关专业助理工程师、工程师、高级工程师后，可分别申请参加', { titles: [ti('deputy_senior', '2021-06')], expect: STD('senior_technician') });
q(Z, 'title-to-skill', '手上只有苏州本地的地方工程师职称，高级工鉴定能不能直接去考', [SW], '持有我市地方工程师的职称人员可直接参加高级工鉴定考试');
q(Z, 'title-to-skill', '苏州地方工程师考过了高级工，后面能转成啥', [['中级职称', '国家中级', '中级']], '鉴定合格者可直接转评相对应的国家中级职称');
q(J, 'title-to-skill', '江西 助理工程师 在技能岗上 想考高级工 可以么', [SW], Q96.T2S, { titles: [ti('assistant', '2022-06')], expect: STD('senior_worker') });
q(N, 'title-to-skill', 'got an intermediate title, want the technician skill level — what decides how many years i need?', [TE, ['累计工作年限', 'cumulative', 'work years', 'years of work', 'standard']], Q96.T2S, { titles: [ti('intermediate', '2021-06')], expect: STD('technician') });
q(S, 'title-to-skill', '获得省部级科技奖的专业技术人员，四川考技能等级能直接申报吗', [['直接申报', 'directly']], '获得省（部）级以上科学技术奖');
q(N, 'title-to-skill', '技能等级水平够了的优秀人才 不按年限 能直接申报技能等级评价吗', [['直接申报']], '具有相应职业（工种）技能等级水平的优秀人才可直接申报该职业（工种）的职业技能等级评价');
q(C, 'upgrade', '重庆，助理工程师，高级工拿了一年多了，能接着考技师不', [TE, ['1年', '一年', '1 year']], '助理工程师在取得现从事职业（工种）高级工职业资格或职业技能等级1年后',
  { titles: [ti('assistant', '2020-06')], skills: [sk('senior_worker', '2025-06')], expect: { target: 'technician' } });
q(N, 'upgrade', '拿了高级工一年以后能接着考技师吗 国家文件咋说的', [['1年', '一年', '累计工作年限']], Q96.UP);
q(L, 'upgrade', 'liaoning - after getting a skill level how long before i can sit the next level (upgrade)?', [['1 year', '一年', '1年', 'one year']], '1年后，可按累计工作年限申报现从事职业（工种）晋级评价');
q(Z, 'upgrade', '苏州工程师拿了技师一年后能报高级技师考评吗', [ST, ['1年', '一年']], '工程师在取得现从事职业（工种）技师1年后');

// ---- the annual review (近3年年度考核合格): failed, passed
const REVIEW = ['年度考核', '考核合格', 'annual review', 'annual appraisal', 'appraisal', '考核'];
q(L, 'annual-review', '铁西区的，技师证2019年就有了，就是去年年度考核没合格，今年还能报工程师吗', [REVIEW], QC.REV, { skills: [sk('technician', '2019-06')], annualReviewsPassed: false, expect: FAIL() });
q(C, 'annual-review', '重庆，高级技师，2020年的证，2024年考核不合格，报高工受影响不', [REVIEW], QC.REV, { skills: [sk('senior_technician', '2020-06')], annualReviewsPassed: false, expect: FAIL() });
q(S, 'annual-review', 'sichuan: i failed my annual appraisal in 2025, does that block my title application? technician since 2020', [REVIEW], QS.REV, { skills: [sk('technician', '2020-06')], annualReviewsPassed: false, expect: FAIL() });
q(Z, 'annual-review', '苏州，技师，2022年5月拿的证，近三年考核全是合格，工程师能报不', [EN], '满3年，可申报评审相应专业工程师', { skills: [sk('technician', '2022-05')], ...ok, expect: STD('intermediate') });
q(J, 'annual-review', '江西，高级工证2022年的，前年考核不合格，助理级还能申报吗', [REVIEW], Q96.REV, { skills: [sk('senior_worker', '2022-06')], annualReviewsPassed: false, expect: FAIL() });
q(S, 'annual-review', '四川，中级职称，累计5年，去年考核不合格，能考技师不', [REVIEW], '从事相关相近专业工作，认真履行岗位职责，胜任本职工作，近3年年度考核合格',
  { titles: [ti('intermediate', '2021-06')], workYears: 5, annualReviewsPassed: false, expect: FAIL('title_to_skill') });
q(N, 'annual-review', '我们厂一个高级技师2021年拿证，但是近三年有一次考核没过，国家层面还能评副高吗', [REVIEW], Q96.REV, { skills: [sk('senior_technician', '2021-06')], annualReviewsPassed: false, expect: FAIL() });
q(S, 'annual-review', 'Sichuan, failed annual review last year, i hold an assistant title, can i still do the senior worker skill test?', [REVIEW], QS.REV,
  { titles: [ti('assistant', '2021-06')], workYears: 5, annualReviewsPassed: false, expect: FAIL('title_to_skill') });
q(L, 'annual-review', '來電人反映：遼寧高級工，2023年取證，去年年度考核不合格，助理工程師還能報嗎', [REVIEW], QC.REV, { skills: [sk('senior_worker', '2023-06')], annualReviewsPassed: false, expect: FAIL() });

// ---- theory-exam exemption, equal treatment
const THEORY = ['免于理论知识考试', '免理论', '免考理论', '理论', '理論', 'theory'];
q(C, 'exemption', '重庆 工程师 有机械专业毕业证 考钳工技师 理论考试能免不', [THEORY], QC.EX);
q(Z, 'exemption', '苏州的专业技术人才去考技能 理论是不是都免', [THEORY], '专业技术人才参加职业技能评价免于理论知识考试');
q(L, 'exemption', 'liaoning, engineer with a related diploma - is the theory exam waived for skill evaluation?', [THEORY], QC.EX);
q(J, 'exemption', '江西 有相关专业毕业证 考技能等级的理论知识考试能免吗', [THEORY], Q96.EX);
q(N, 'exemption', '專業技術人員參加技能評價，有相關專業畢業證書，理論考試可以免嗎', [THEORY], Q96.EX);
q(S, 'exemption', '就是那个我是学电气的本科然后现在评了工程师想去考电工技师那个理论考试还要考不', [THEORY], Q96.EX);
q(Z, 'exemption', '蘇州工程師參加技能鑒定，理論考試免不免', [THEORY], '专业技术人才参加职业技能评价免于理论知识考试');
q(C, 'exemption', 'chongqing: title holder without a related diploma, is the theory exam still required?', [['related', '相关', '毕业证', 'diploma']], QC.EX);
q(C, 'equal-treatment', '重庆在聘技师跟工程师待遇一样不', [['同等待遇', 'same', 'equal']], '比照相应层级工程技术人员落实同等待遇');
q(L, 'equal-treatment', '辽宁高级技师比照什么级别享受待遇', [SE], '比照助理工程师、工程师、高级工程师等相应层级工程技术人员享受同等待遇');
q(Z, 'equal-treatment', 'suzhou: are hired senior technicians treated the same as senior engineers for promotions?', [['same', 'equal', '同等待遇']], '比照相应层级工程技术专业人员享受同等待遇');
q(J, 'equal-treatment', '江西 技师 评优评奖 能跟专业技术人员一样不', [['同等待遇']], Q96.EQ);
q(S, 'equal-treatment', '四川在聘的高級技師，崗位聘任和職務晉升方面有沒有同等待遇', [['同等待遇']], Q96.EQ);
q(L, 'equal-treatment', 'what treatment do hired technicians get in liaoning compared with engineers', [['same', 'equal', '同等']], '比照助理工程师、工程师、高级工程师等相应层级工程技术人员享受同等待遇');
q(C, 'equal-treatment', '重慶在聘高級技師能比照高級工程師落實同等待遇嗎', [['同等待遇']], '比照相应层级工程技术人员落实同等待遇');
q(N, 'equal-treatment', '来电人是一家国企人力资源部的，问企业对在聘高级工在学习进修上要不要比照专业技术人员', [['同等待遇', '比照']], Q96.EQ);

// ---- papers, degrees, languages; requirements
q(L, 'papers', '辽宁技能人才评职称要不要考外语和计算机', [['外语', 'foreign language']], '对职称外语和计算机应用能力考试不作统一要求');
q(L, 'papers', '没写过论文，辽宁评职称能拿啥替代', [['工作报告', '技术工艺改进方案', '操作手册', '案例报告']], '可将工作报告、技术工艺改进方案');
q(C, 'papers', '重庆技能人才评职称要交论文吗', [['论文', '論文']], QC.PAPER);
q(S, 'papers', 'sichuan do skilled workers need a degree or papers for title review?', [['degree', '学历', 'paper', '论文']], Q96.PAPER);
q(N, 'papers', '俺没啥学历，初中毕业，有高级工证，能参加职称评审不', [['学历']], Q96.PAPER);
q(C, 'papers', 'chongqing: does the policy ban using papers as a requirement for skilled workers?', [['paper', '论文']], QC.PAPER);
q(N, 'requirements', '中级工能参加职称评审吗', [['高级工']], '具备高级工以上职业资格或职业技能等级的技能人才，均可参加职称评审');
q(S, 'requirements', '四川破格申报的话，需要准入类职业资格吗', [['准入类', '职业资格']], '法律法规规定需取得准入类专业技术人员职业资格的，应具备相应职业资格');
q(Z, 'requirements', '苏州 专业对不上能报吗 电工去报化工专业', [['相同或相近']], '申报人员从事的专业须与申报的专业技术职称专业相同或相近');

// ---- technical-school equivalence
q(Z, 'school-equivalence', '技工院校预备技师班毕业 苏州评职称算啥学历', [['本科']], '预备技师（技师）班毕业生分别按相当于中专、大专、本科学历');
q(C, 'school-equivalence', 'chongqing: graduated from a senior-worker class at a technical school, what education level does it count as?', [['大专', 'junior college', 'college']], '可分别按相当于中专、大专、本科学历申报相应专业职称评审');
q(S, 'school-equivalence', '技工学校高级工班毕业 四川考会计证算啥学历', [['大专']], '可分别按相当于中专、大专、本科学历，报名参加经济、会计');
q(Z, 'school-equivalence', 'suzhou: graduate of a preparatory technician class at a tech school = which degree level for a title?', [['本科', 'bachelor', 'undergraduate']], '预备技师（技师）班毕业生分别按相当于中专、大专、本科学历');
q(L, 'school-equivalence', '俺是锦州技校中级工班出来的，辽宁报职称时这个文凭顶啥学历', [['中专']], '可分别按相当于中专、大专、本科学历申报评审相应专业职称');

// ---- series and scope
q(C, 'series', '重庆贯通只有工程系列吗 农业的能不能评', [['工程']], '可按有关规定申请参加工程系列专业技术职称评审');
q(S, 'series', '四川群众文化系列也在贯通范围里吗', [['文物博物']], '文物博物（群众文化）');
q(N, 'series', 'does the 2020 notice include the technical school teachers series?', [['技工院校教师', 'technical school teacher', 'tech school teacher']], Q96.SER);
q(J, 'series', 'jiangxi: does the province cover the arts and sports series too?', [['艺术', 'art'], ['体育', 'sport']], Q96.SER);
q(N, 'series', '國家文件對技工院校教師系列有沒有納入貫通', [['技工院校教师', '技工院校教師']], Q96.SER);
q(L, 'scope', '辽宁这个贯通政策适用于哪些人', [['工程技术领域']], '在我省工程技术领域一线岗位从事技术技能工作');
q(Z, 'scope', '苏州这个贯通是不是先从几个行业开始搞的，哪几个', [['机械'], ['化工']], '试点在机械、建设、化工等行业中推进此项工作');

// ---- Suzhou's annex, trade → specialty and specialty → trades
q(Z, 'annex', '苏州 我是电梯安装维修工 对应职称哪个专业', [['建设']], '电梯安装维修工、制冷空调系统安装维修工');
q(Z, 'annex', '干了十几年钳工，在苏州想评职称，该挂哪个专业类别', [['机械']], '车工、铣工、钳工、磨工');
q(Z, 'annex', '制冷工 苏州 对应啥职称专业', [['化工']], '制冷工');
q(Z, 'annex', 'for suzhou, if my title specialty is construction (jianshe), which skilled trades line up with it in the annex list?', [['电梯安装维修工', 'elevator'], ['防水工', 'waterproof']], '防水工、砌筑工、混凝土工');
q(Z, 'annex', '苏州附件里面，机械这个职称专业底下挂了哪些工种呀', [['焊工'], ['车工']], '焊工、电工、起重装卸机械操作工');
q(Z, 'annex', '汽車維修工在蘇州評職稱，屬於哪個專業類別', [['机械', '機械']], '电切削工、汽车维修工');
q(Z, 'annex', '智能楼宇管理员 苏州 专业类别是哪个', [['机械']], '汽车维修工、智能楼宇管理员');
q(Z, 'annex', '化工工程这个职称专业在苏州对应哪些技能工种', [['制冷工']], '制冷工');
q(Z, 'annex', 'in suzhou which title specialty does a rebar worker (gang jin gong) fall under', [['建设', 'construction']], '混凝土工、钢筋工、架子工');

// ---- documents, schedule, who evaluates, other provisions
q(Z, 'documents', '苏州 技能人才报职称 材料要交啥 流程怎么走', [['职业资格证书', '职业技能等级证书', '证书'], ['初审']], '其申报材料（含国家职业资格证书或职业技能等级证书）');
q(Z, 'documents', '苏州 工程师去考技能等级 申报材料里要有什么', [['职称证书']], '申报材料应包括合规获得的工程技术职称证书');
q(Z, 'documents', 'suzhou HR: what documents go with a skilled worker title application, and who checks them first?', [['certificate', '证书'], ['employer', '用人单位']], '其申报材料（含国家职业资格证书或职业技能等级证书）');
q(S, 'schedule', '四川贯通第三阶段是从啥时候开始的', [at(2022, 4)], '形成长效机制（2022年4月－）');
q(S, 'schedule', 'sichuan phase one of the guantong plan, which months?', [['March', '3月', '2021-03'], ['October', '10月', '2021-10']], '制定实施方案（2021年3月－10月）');
q(S, 'schedule', '四川貫通實施方案第一階段做甚麼', [['调研论证', '調研論證', '实施方案', '實施方案']], '调研论证，制定实施方案');
q(L, 'who-evaluates', '辽宁的贯通评价由谁来组织', [['各市'], ['省直']], '由各市、省直相关部门（单位）按管理权限组织开展');
q(Z, 'who-evaluates', '苏州的工程师去考技能等级，是哪个机构在组织评价', [['职业技能鉴定指导中心']], '由各级职业技能鉴定指导中心按管理权限组织开展');
q(N, 'who-evaluates', '企业能自己给技能人才评职称吗 96号咋规定', [['规模以上企业', '自主']], '规模以上企业自主开展高技能人才职称评审');
q(L, 'other', '辽宁弄虚作假的会怎样处理', [['一票否决', '一票否決']], '实行“一票否决”');
q(L, 'other', '遼寧偽造業績材料會怎麼處理', [['一票否决', '一票否決']], '实行“一票否决”');
q(L, 'other', '以前干技术工作的年限 换到技能岗后能连续算吗 辽宁', [['连续计算', '連續計算']], '原从事相关技能工作或专业技术工作的经历，可连续计算');
q(Z, 'other', '我们在苏州参加的职业技能培训，能不能抵继续教育的学时', [['继续教育学时']], '职业技能培训成果可折算继续教育学时');
q(S, 'other', '高级工能考翻译资格吗 四川', [['翻译']], '可报名参加相应语种、级别的翻译专业资格考试');
q(N, 'other', '96号文里高技能人才评职称用哪些评价方式', [['理论知识考试'], ['技能操作考核']], '综合采用理论知识考试、技能操作考核、业绩评审、面试答辩、竞赛选拔等多种方式评价高技能人才');
q(J, 'other', '江西要求主管部门在职称申报条件里做啥', [['申报条件']], '在职称申报条件中完善高技能人才职称评审政策');
q(Z, 'other', '苏州 专业技术人才考过技能等级 有补贴吗', [['补贴']], '失业保险职业技能提升补贴');
q(N, 'other', 'can a skilled worker with a senior worker level get accounting or statistics professional qualifications?', [['accounting', '会计']], '支持高技能人才取得经济、会计、统计、审计、翻译、出版、通信、计算机技术与软件等专业技术人员职业资格');
q(S, 'other', 'sichuan: i am a senior worker and pretty good with computers, am i allowed to register for the ruankao (computer tech & software) exam?', [['计算机', 'computer']], '计算机技术与软件专业技术资格考试');

// ---- not in the texts
const NOS = [
  [C, '重庆评工程师报名费要交好多钱'], [S, '2026年四川职称申报啥时候截止'], [L, '辽宁今年技师考试在哪个考点考'], [Z, '拿了高级技师证在苏州能积分落户吗'],
  [N, '评上高级工程师以后退休工资能多拿多少'], [J, '技师证书搞丢了去哪补'], [C, '上个月报的工程师评审结果啥时候出来'], [Z, '苏州高技能人才补贴具体能领多少钱'],
  [L, '单位不同意我报职称不给盖章咋办'], [S, '评职称和考技能等级哪个更容易'], [N, '帮我写一份年终总结'], [S, '成都哪家串串好吃'],
  [C, '重庆今年的评审会几月份开'], [L, '辽宁职称评审通过率有多高'], [J, '技能等级证书网上怎么查真伪'], [J, '江西高级工考试考几门，分数线多少'],
  [Z, '评上工程师一个月能多拿几百块钱'], [N, '职称证书能挂靠出去赚钱不'], [N, '我想换工作去深圳，社保怎么转'], [C, '技师培训班学费多少'],
  [L, '55岁了还能考高级技师吗'], [S, '退休返聘的老师傅还能评职称吗'], [Z, '2026年苏州高级工程师评审几月开始报名'], [J, '江西南昌职称评审办公室电话多少'],
  [C, '来电人问一下就是那个重庆这边职称评审的结果公示在哪里看'], [L, '你好我是人事部的想问今年辽宁技能鉴定报名截止日期'],
  [N, '近三年考核有一年是基本合格，算不算合格'],
  [Z, '蘇州職稱評審收費標準是多少'], [L, '遼寧技師證書遺失了怎麼辦理補發'], [S, '四川職稱評審今年幾月截止報名'], [C, '重慶考技師的考場在哪裡'], [J, '江西評上高級技師能不能辦理落戶'],
  [C, 'chongqing title review - what is the fee i have to pay?'], [L, 'when is the 2026 deadline for liaoning engineer applications'], [S, 'where do i take the technician exam in chengdu'],
  [Z, 'can a senior technician certificate help me get hukou in suzhou'], [N, 'how does my retirement pension change after i become a senior engineer'],
  [J, 'lost my skill certificate, how to replace it? jiangxi'], [N, 'when will the results of this years review be published'], [Z, 'how much subsidy money will i get in suzhou after passing'],
  [C, 'my boss refuses to sign my application, what can i do (chongqing)'], [N, 'honestly which one is less hard for me, getting a title or going for a skill level?'], [C, 'whats a good hotpot place near jiefangbei'],
  [N, 'translate this email into english for me pls'], [S, 'is there an age limit in sichuan for the senior technician exam'], [L, 'what is the pass rate of liaoning title reviews'],
];
for (const [r, t] of NOS) no(r, t);

// ---- re-check the computed eligibilities against the engine, then write (or print) the set
recheck(set, checks, { asOf: AS_OF, groups: 'any' });
const out = `${JSON.stringify(set, null, 1)}\n`;
if (process.argv.includes('--stdout')) process.stdout.write(out);
else writeFileSync(join(root, 'test', 'heldout', 'qa-questions-11.json'), out);
