// Builds held-out Q&A set 5 (qa-questions-5.json; QA.md "Set 5"), written blind from the policy texts and domain.md's
// rulings: `node --import tsx test/heldout/build-qa-questions-5.mjs` re-checks each `truth` profile against the rule
// engine (as of 2026-11) and writes the file only if all agree; `--stdout` prints it instead (for the set's test).
/* global console, process */
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate } from '../../src/rules/index.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const AS_OF = '2026-11';

// ---- fact groups: equivalent wordings, Chinese and English
const W = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const C = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
const Y = (n) => [`${n}年`, `${C[n]}年`, ...(n === 2 ? ['二年'] : []), `${n} years`, `${W[n]} years`, `${n} full years`, `${W[n]} full years`, `${n}-year`, `${W[n]}-year`];
const ONE_YEAR = ['1年', '一年', '1 year', 'one year', '12 months'];
const G = {
  assist: ['助理级', '助理', 'assistant'],
  aeng: ['助理工程师', '助理级', 'assistant engineer', 'assistant'],
  mid: ['中级', 'intermediate', 'mid-level'],
  eng: ['工程师', '中级', 'engineer', 'intermediate'],
  dep: ['副高', 'deputy senior', 'deputy-senior', 'associate senior', 'sub-senior', 'vice-senior', 'vice senior'],
  seng: ['高级工程师', '副高', 'senior engineer', 'deputy senior', 'deputy-senior', 'associate senior'],
  full: ['正高', 'full senior', 'full-senior', 'professor-level', 'professorate'],
  feng: ['正高级工程师', '正高', 'full senior', 'full-senior', 'professor-level'],
  depOrFull: ['正高级或副高级', '副高', '正高', 'deputy senior', 'full senior', 'deputy-senior', 'full-senior'],
  sw: ['高级工', '三级', 'senior worker', 'senior-level worker', 'senior skilled worker', 'level 3', 'level-3', 'grade 3'],
  tech: ['技师', '二级', 'technician'],
  stech: ['高级技师', '一级', 'senior technician'],
  annual: ['年度考核', 'annual review', 'annual appraisal', 'annual assessment', 'annual evaluation'],
  last3: ['近3年', '近三年', '3年', '三年', 'three years', '3 years', 'past three', 'last three', 'last 3', 'past 3'],
  exempt: ['免于理论知识考试', '免于理论', '免考理论', '免理论', '免试', 'exempt', 'waived', 'skip the theory', 'no theory'],
  diploma: ['毕业证书', '毕业证', 'diploma', 'graduation certificate'],
  notLimit: ['限制性条件', '不将', '不得', 'not a restrict', 'not restrict', 'not be used as', 'not used as', 'not a limiting', 'not limiting', 'not a condition', 'no restrict', 'not a precondition', 'not required', 'not a requirement'],
  equal: ['同等待遇', 'equal treatment', 'same treatment', 'treated equally', 'equivalent treatment', 'the same benefits'],
  cumulative: ['累计工作年限', '累计', 'cumulative', 'total years'],
  notListed: ['没有列', '未列', '不在', '没有对应', '未收录', '没有收录', '没有这个', '没有该', '没列', '不包括', '未包含', 'not listed', 'not in the', 'does not list', "doesn't list", 'not included', 'is not on', "isn't on", 'not among', 'not named', 'no matching'],
  construction: ['建设', 'construction'],
  machinery: ['机械', 'mechanical', 'machinery'],
  chem: ['化工工程', '化工', 'chemical engineering', 'chemical'],
  engineering: ['工程系列', '工程', 'engineering'],
  directly: ['直接申报', '直接', 'directly', 'apply directly', 'direct'],
  voluntary: ['自愿', 'voluntar', 'of their own will', 'own choice'],
};
const SILENT = [['没有写', '未规定', '没有规定', '未提及', '没有提到', '没有提及', '没有明确', '未明确', '未作规定', '文件未', '文件没有', '文件里没有', '没有涉及', '未涉及', '没有列', '未列', '没有说', '未说明', '没有相关规定', '没有这方面',
  'does not say', "doesn't say", 'not say', 'silent', 'does not mention', "doesn't mention", 'not mention', 'not covered', 'no provision', 'does not cover', "doesn't cover", 'not specified', 'not listed', 'not addressed']];
const month = (y, m) => [`${y}年${m}月`, `${y}-${String(m).padStart(2, '0')}`, `${y}年${String(m).padStart(2, '0')}月`, `${y}.${m}`,
  ...[['January', 'Jan'], ['February', 'Feb'], ['March', 'Mar'], ['April', 'Apr'], ['May', 'May'], ['June', 'Jun'], ['July', 'Jul'], ['August', 'Aug'], ['September', 'Sep'], ['October', 'Oct'], ['November', 'Nov'], ['December', 'Dec']][m - 1].map((n) => `${n} ${y}`)];

// ---- the questions: a(region, locale, topic, q, answerHas, quoteHas, extra) / no(region, locale, q, silent)
const out = [];
const a = (region, locale, topic, q, answerHas, quoteHas, extra = {}) => out.push({ region, locale, topic, q, answerHas, ...(quoteHas !== undefined ? { quoteHas } : {}), ...extra });
const no = (region, locale, q, silent = false) => out.push({ region, locale, topic: 'not-in-texts', q, answerHas: [], refuse: true, ...(silent ? { silentHas: SILENT } : {}) });
const zh = 'zh-CN', en = 'en';

// national (96号), also the fallback for places outside the five regions
a('national', zh, 'standard-route', '我在内蒙古包头一家钢厂干轧钢，高级工证拿了两年多了，按国家文件能评个啥职称', [G.assist, Y(2)], '满2年，可申报评审相应专业助理级职称');
a('national', zh, 'standard-route', '技师证到手满三年 国家政策里说可以报哪一级职称啊', [G.mid, Y(3)], '满3年，可申报评审相应专业中级职称');
a('national', en, 'standard-route', 'Hi, I work in Guangzhou and have been a senior technician since 2021. Under the national rules which title level can I apply for, and after how many years?', [G.dep, Y(4)], '满4年，可申报评审相应专业副高级职称');
a('national', zh, 'green-channel', '获得过全国技术能手，按人社部96号文件可以直接报评哪一级', [G.depOrFull], '可直接申报评审正高级或副高级职称');
a('national', en, 'green-channel', 'does the national policy let a China Skills Award (中华技能大奖) winner skip straight to a senior title?', [G.depOrFull], '可直接申报评审正高级或副高级职称');
a('national', zh, 'green-channel', '我师父领着省里发的政府特殊津贴，照国家的意见他评职称能走快车道不', [G.depOrFull], '享受省级以上政府特殊津贴的高技能人才');
a('national', zh, 'series', '国家那个贯通文件覆盖哪些职称系列，除了工程还有啥', [['农业', 'agricultur'], ['工艺美术', 'arts and crafts', 'arts & crafts'], ['体育', 'sport']], '将贯通领域扩大为工程、农业');
a('national', en, 'series', 'Is the skills-to-title bridge only for engineering titles in the national policy? my friend works in agriculture', [['农业', 'agricultur']], '扩大为工程、农业、工艺美术');
a('national', zh, 'papers', '国家政策下技术工人评职称还要不要发论文，外语要考不', [['论文', 'paper'], ['外语', 'foreign language'], G.notLimit], '不将学历、论文、外语、计算机等作为高技能人才参加职称评审的限制性条件');
a('national', zh, 'requirements', '国家文件里对技能人才评职称的年度考核是咋要求的', [G.last3, G.annual], '应在现工作岗位上近3年年度考核合格');
a('national', zh, 'title-to-skill', '我是中级职称的工程师，国家政策里能去考哪个技能等级', [G.tech], '可分别申请参加与现岗位相对应职业（工种）的高级工、技师、高级技师职业技能评价', { partial: [G.cumulative] });
a('national', en, 'title-to-skill', 'Got an assistant-level title (助理级), can I apply for a skill level under the national rules? which one', [G.sw], '可分别申请参加与现岗位相对应职业（工种）的高级工、技师、高级技师职业技能评价', { partial: [G.cumulative] });
a('national', zh, 'exemption', '有相关专业毕业证的职称人员去做技能评价 理论考试能不能免掉', [G.exempt], '具有所申报职业相关专业毕业证书的，可免于理论知识考试');
a('national', zh, 'upgrade', '拿了技能等级证一年了能不能再往上晋级 国家怎么规定的', [ONE_YEAR, G.cumulative], '可按累计工作年限申报相应职业（工种）晋级评价');
a('national', zh, 'other', '国家层面评技能人才职称都有哪些评价方式 要面试答辩吗', [['面试答辩', 'interview', 'oral defen'], ['技能操作考核', '操作', 'practical', 'skill operation', 'hands-on']], '业绩评审、面试答辩');
a('national', zh, 'other', '技能人才评职称能不能跟专业技术人员分开评 国家有说法吗', [['单独分组', '单独评审', 'separate']], '单独分组、单独评审');
a('national', en, 'other', 'can a big private factory run its own title review for its skilled workers under the 96 document?', [['规模以上', 'above designated size', 'above-designated-size', 'above a certain size', 'large-scale', 'large scale'], ['自主', 'own', 'independently', 'themselves']], '规模以上企业自主开展高技能人才职称评审');
a('national', zh, 'equal-treatment', '在聘的技师在单位里评优、晋升能享受啥待遇 国家文件咋说', [G.equal, ['比照', '相应层级', 'corresponding level', 'matching level']], '比照相应层级专业技术人员享受同等待遇');
a('national', zh, 'other', '做过的技术报告、行业工法能不能算评职称的成果啊', [['重要内容', 'important', 'count', 'considered']], '行业工法、操作法、完成项目、技术报告');
a('national', zh, 'other', '评职称是单位强制的吗 技能人才必须去评不', [G.voluntary], '依据技术技能水平自愿参加职称评审');
a('national', zh, 'other', '国家文件里有没有说给高技能领军人才搞年薪制', [['年薪制', 'annual salary', 'annual-salary']], '实行高技能领军人才年薪制');
a('national', en, 'other', 'can skilled workers take the accounting or translation professional qualification exams, national policy?', [['会计', 'accounting'], ['翻译', 'translation']], '支持高技能人才取得经济、会计、统计、审计、翻译');
a('national', zh, 'documents', '96号文是从啥时候开始施行的', [['印发之日', 'date of issue', 'day of issue', 'issued', 'from its issue']], '本意见自印发之日起施行');
a('national', zh, 'other', '用人单位能不能自己定专业技术人员考技能等级的条件', [['用人单位', 'employer'], ['标准条件', 'standard', 'conditions', 'criteria']], '制定本单位专业技术人才参加职业技能评价的标准条件');
a('national', en, 'requirements', 'under the national rule do i need a degree (学历) to apply for a title as a skilled worker with a senior worker cert', [['学历', 'educat', 'degree'], G.notLimit], '不将学历、论文、外语、计算机等作为高技能人才参加职称评审的限制性条件');
a('national', zh, 'scope', '国家推贯通的工作重点是哪个系列', [G.engineering], '以支持高技能人才参加工程系列职称评审为工作重点');
a('national', zh, 'other', '专业技术人员技能水平确实够了，能不能直接申报这个工种的技能等级评价 国家有规定吗', [G.directly], '具有相应职业（工种）技能等级水平的优秀人才可直接申报该职业（工种）的职业技能等级评价');
a('national', zh, 'other', '新兴职业有没有贯通的办法 国家咋说的', [['各地区', '各有关部门', 'local', 'regions', 'departments'], ['新兴职业', 'new occupation', 'emerging']], '根据实际情况研究制定新兴职业、新兴领域贯通办法');
a('national', zh, 'standard-route', '高級技師證拿了五年，按國家的文件可以評什麼職稱', [G.dep, Y(4)], '满4年，可申报评审相应专业副高级职称');
a('national', zh, 'green-channel', '國家級技能大師工作室帶頭人可以直接申報哪級職稱', [G.depOrFull], '担任国家级技能大师工作室带头人');
a('national', zh, 'papers', '高技能人才參加職稱評審，國家有沒有學歷要求', [['学历', '學歷', 'educat'], G.notLimit], '不将学历、论文、外语、计算机等作为高技能人才参加职称评审的限制性条件');
a('national', zh, 'eligibility', '合肥的 高级工证2025年3月拿的 啥时候能报助理级职称', [G.assist, month(2027, 3)], '满2年，可申报评审相应专业助理级职称',
  { truth: { region: 'national', skills: [{ level: 'senior_worker', since: '2025-03' }] }, expect: { target: 'assistant', status: ['not_yet'], from: '2027-03' } });
a('national', en, 'standard-route', 'wat title can a techncian get after 3 yeras, national rules? im in Hangzhou', [G.mid, Y(3)], '满3年，可申报评审相应专业中级职称');
a('national', zh, 'who-evaluates', '咱们一线技术工人有没有机会进评审委员会和专家库 国家文件提没提', [['评审委员会', '专家库', 'committee', 'expert pool', 'expert database']], '积极吸纳优秀高技能人才参加相关职称评审委员会、专家库');

no('national', zh, '评职称报名费要交多少啊');
no('national', en, 'how much does the technician exam cost in Beijing?');
no('national', zh, '2026年的职称评审申报截止是几号');
no('national', zh, '高级工证书搬家弄丢了能补办吗');
no('national', en, 'Does getting an engineer title help me get a hukou in Shanghai?');
no('national', zh, '评上工程师以后退休金能涨多少');
no('national', zh, '电工和焊工哪个考技师更容易过');
no('national', en, "what's the weather in Hefei tomorrow");
no('national', zh, '職稱評審結果什麼時候公布');
no('national', zh, '按国家96号文，技工院校预备技师班毕业算不算本科学历', true);
no('national', zh, '能不能帮我把评职称要交的那份年度总结写个初稿 八百字左右');
no('national', en, 'is there an age limit for applying for senior technician? national');

// Jiangxi (赣人社字〔2021〕227号, applying 96号)
a('jiangxi', zh, 'standard-route', '南昌的，技师证拿了三年半，江西能评中级职称不', [G.mid, Y(3)], '满3年，可申报评审相应专业中级职称');
a('jiangxi', zh, 'series', '江西这边贯通都包括哪些系列 工艺美术算不算', [['工艺美术', 'arts and crafts', 'arts & crafts']], '将贯通领域扩大为工程、农业、工艺美术');
a('jiangxi', zh, 'standard-route', '赣州的高级工 干满两年了 在江西能评啥', [G.assist, Y(2)], '满2年，可申报评审相应专业助理级职称');
a('jiangxi', en, 'standard-route', "I'm in Jiujiang, Jiangxi, senior technician cert held 5 yrs. what title can i go for", [G.dep, Y(4)], '满4年，可申报评审相应专业副高级职称');
a('jiangxi', zh, 'who-evaluates', '江西是谁负责在职称申报条件里完善高技能人才评审政策', [['主管部门', 'competent', 'authorities', 'departments in charge'], ['申报条件', 'application conditions', 'application requirements']], '各相关职称系列（专业）主管部门要结合职称申报条件修订工作');
a('jiangxi', zh, 'documents', '江西转发96号的那个文件是几号文 啥时候发的', [['227号', '227'], ['2021年7月14日', '2021-07-14', 'July 14, 2021', '14 July 2021']], '赣人社字〔2021〕227号');
a('jiangxi', zh, 'green-channel', '上饶的，拿了全国技术能手，江西这边能直接评哪级', [G.depOrFull], '可直接申报评审正高级或副高级职称');
a('jiangxi', zh, 'papers', '江西省的技能人才評職稱，要不要論文和外語', [['论文', '論文', 'paper'], G.notLimit], '不将学历、论文、外语、计算机等作为高技能人才参加职称评审的限制性条件');
a('jiangxi', en, 'title-to-skill', 'jiangxi: can someone with an intermediate title apply for the technician level skill evaluation?', [G.tech], '可分别申请参加与现岗位相对应职业（工种）的高级工、技师、高级技师职业技能评价');
a('jiangxi', zh, 'exemption', '景德镇搞陶瓷的工程师，去考技能等级，有相关专业毕业证能免理论不', [G.exempt], '可免于理论知识考试');
a('jiangxi', zh, 'other', '江西的高技能人才能不能考统计、审计这些职业资格', [['统计', 'statistic'], ['审计', 'audit']], '支持高技能人才取得经济、会计、统计、审计');
a('jiangxi', zh, 'eligibility', '宜春的 技师五年了 近三年考核有一年没合格 还能评中级吗', [G.annual, ['不能', '不符合', '不满足', '无法', '暂不', '未满足', 'not eligible', 'not met', 'unmet', 'cannot', 'does not meet']], '应在现工作岗位上近3年年度考核合格',
  { truth: { region: 'jiangxi', skills: [{ level: 'technician', since: '2021-11' }], annualReviewsPassed: false }, expect: { target: 'intermediate', status: ['unmet'] } });
a('jiangxi', en, 'green-channel', 'jiangxi - does heading a national-level master skills studio let me apply directly for a senior title?', [G.depOrFull], '担任国家级技能大师工作室带头人');
a('jiangxi', zh, 'title-to-skill', '江西的工程師可以申報技師嗎', [G.tech], '可分别申请参加与现岗位相对应职业（工种）的高级工、技师、高级技师职业技能评价');
a('jiangxi', zh, 'upgrade', '九江的 拿了高级工一年多 江西能不能按累计年限申报技师晋级', [ONE_YEAR, G.cumulative], '可按累计工作年限申报相应职业（工种）晋级评价');

no('jiangxi', zh, '江西省技术能手能直接评啥职称', true);
no('jiangxi', zh, '南昌今年职称申报几月份开始');
no('jiangxi', en, 'where in Nanchang do I sit the skill test?');
no('jiangxi', zh, '江西技工学校高级工班毕业评职称算大专吗', true);
no('jiangxi', en, 'jiangxi: how long after the review do we get the results?');
no('jiangxi', zh, '江西评职称能不能网上申报');

// Chongqing (渝人社发〔2020〕32号)
a('chongqing', zh, 'standard-route', '重庆渝北的 焊工高级工 拿证两年多 能申报助理工程师吗', [G.aeng, Y(2)], '满2年，可申报评审相应专业助理工程师');
a('chongqing', zh, 'eligibility', '我技师证是2024年8月拿的，在重庆啥时候能报工程师', [G.eng, month(2027, 8)], '满3年，可申报评审相应专业工程师',
  { truth: { region: 'chongqing', skills: [{ level: 'technician', since: '2024-08' }] }, expect: { target: 'intermediate', status: ['not_yet'], from: '2027-08' } });
a('chongqing', en, 'standard-route', 'chongqing, senior technician since 2019, what title can i apply for?', [G.seng, Y(4)], '满4年，可申报评审相应专业高级工程师');
a('chongqing', zh, 'competition', '万州区县赛拿了个第一名，能直接报助理工程师不', [G.aeng], '区县赛第1名的人员',
  { truth: { region: 'chongqing', awards: [{ type: 'competition', tier: 'district', rank: 1 }] }, expect: { target: 'assistant', route: 'green_channel' } });
a('chongqing', zh, 'competition', '中国重庆职业技能大赛得了第七名，还能走直接申报吗', [['前6名', '前六名', 'top 6', 'top six', 'first six']], '中国·重庆职业技能大赛前6名',
  { truth: { region: 'chongqing', awards: [{ type: 'competition', tier: 'chongqing_skills_competition', rank: 7 }] }, expect: { none: 'green_channel' } });
a('chongqing', zh, 'competition', '市级行业赛第二名 重庆 能直接报啥职称', [G.aeng], '市级行业赛前3名',
  { truth: { region: 'chongqing', awards: [{ type: 'competition', tier: 'municipal_industry', rank: 2 }] }, expect: { target: 'assistant', route: 'green_channel' } });
a('chongqing', zh, 'green-channel', '全国技术能手在重庆能直接评哪一级', [G.eng], '全国技术能手、世界技能大赛优胜奖');
a('chongqing', en, 'competition', 'I got the WorldSkills excellence award (优胜奖), I am in Chongqing. which title can I apply for directly?', [G.eng], '世界技能大赛优胜奖');
a('chongqing', zh, 'competition', '国家级二类竞赛第二名，重庆能直接申报工程师吗', [G.eng], '国家级二类技能竞赛前3名',
  { truth: { region: 'chongqing', awards: [{ type: 'competition', tier: 'national_class2', rank: 2 }] }, expect: { target: 'intermediate', route: 'green_channel' } });
a('chongqing', zh, 'competition', '国家一类大赛第5名 重庆的 能评啥', [G.eng], '国家级一类技能竞赛前5名',
  { truth: { region: 'chongqing', awards: [{ type: 'competition', tier: 'national_class1', rank: 5 }] }, expect: { target: 'intermediate', route: 'green_channel' } });
a('chongqing', zh, 'green-channel', '重庆技能大师这个称号能直接评高工不', [G.seng], '重庆技能大师');
a('chongqing', zh, 'competition', '世赛铜牌选手 在重庆能报哪级职称', [G.seng], '世界技能大赛金银铜牌获得者，可直接申报高级工程师');
a('chongqing', zh, 'green-channel', '我是市级首席技能大师工作室领衔专家 重庆评什么', [G.eng], '市级首席技能大师工作室领衔专家，可直接申报工程师');
a('chongqing', zh, 'green-channel', '享受国务院特殊津贴的老师傅 在重庆 直接报哪级', [G.seng], '享受国务院政府特殊津贴专家');
a('chongqing', zh, 'documents', '重庆直接申报职称 这些荣誉怎么认定 要拿啥证明', [['证书', '文件', 'certificate', 'document']], '以上项目的认定均以证书或文件为准');
a('chongqing', zh, 'papers', '重庆评工程师 技能人才要交论文吗', [['论文', 'paper'], G.notLimit], '不得将身份、论文等作为高技能人才职称评审的限制性条件');
a('chongqing', zh, 'school-equivalence', '永川技校读的高级工班，在重庆报职称时学历咋个算嘛', [['大专', 'junior college', 'associate', 'college']], '预备技师（技师）班毕业，可分别按相当于中专、大专、本科学历申报相应专业职称评审');
a('chongqing', en, 'school-equivalence', 'chongqing - does graduating from a technical school preparatory technician class count as a bachelors for title review?', [['本科', 'bachelor', 'undergraduate']], '预备技师（技师）班毕业，可分别按相当于中专、大专、本科学历申报相应专业职称评审');
a('chongqing', zh, 'series', '重庆这个贯通政策是不是只管工程系列', [G.engineering], '可按有关规定申请参加工程系列专业技术职称评审');
a('chongqing', zh, 'title-to-skill', '重庆的高级工程师 能去考高级技师吗', [G.stech], '可分别申请参加与现岗位相对应职业（工种）的高级工、技师、高级技师职业技能评价', { partial: [G.cumulative] });
a('chongqing', zh, 'upgrade', '我是助理工程师，电工高级工拿了一年多了，重庆这边能接着考技师吗', [G.tech, ONE_YEAR], '助理工程师在取得现从事职业（工种）高级工职业资格或职业技能等级1年后', { partial: [G.cumulative] });
a('chongqing', zh, 'exemption', '重庆工程师考技能等级 理论考试能免吗', [G.diploma, G.exempt], '可免于理论知识考试');
a('chongqing', zh, 'equal-treatment', '重庆的单位对在聘技师在岗位聘任上有啥待遇', [G.equal], '比照相应层级工程技术人员落实同等待遇');
a('chongqing', zh, 'requirements', '重庆技能人才评职称的基本条件有哪些', [G.sw, G.annual], '在现工作岗位上近3年年度考核合格');
a('chongqing', zh, 'scope', '重庆这个政策适用哪些人，坐办公室的行政岗行不行', [['生产一线', 'front-line', 'frontline', 'front line']], '在我市工程技术领域生产一线岗位');
a('chongqing', zh, 'other', '重庆以前那个院校教师和企业工程师双师职称政策现在还管用吗', [['本实施意见', 'this opinion', 'these opinions', 'the new', 'prevail']], '不一致的，按本实施意见执行');
a('chongqing', zh, 'documents', '渝人社发2020第32号是哪天印发的', [['2020年4月22日', '2020-04-22', 'April 22, 2020', '22 April 2020']]);
a('chongqing', en, 'green-channel', 'chongqing, I lead a city-level skills master studio (市级技能大师工作室领衔专家) — can I go straight for assistant engineer?', [G.aeng], '市级技能大师工作室领衔专家，可直接申报助理工程师');
a('chongqing', en, 'eligibility', "Im a technician in Chongqing, cert obtained 2022-03. can I apply for engineer now?", [G.eng, Y(3)], '满3年，可申报评审相应专业工程师',
  { truth: { region: 'chongqing', skills: [{ level: 'technician', since: '2022-03' }] }, expect: { target: 'intermediate', status: ['eligible', 'conditional'] } });
a('chongqing', zh, 'green-channel', '重慶的全市技術能手可以直接評什麼職稱', [G.aeng], '全市技术能手、中国·重庆职业技能大赛前6名');
a('chongqing', zh, 'standard-route', '在重慶當技師滿三年，能申報工程師嗎', [G.eng, Y(3)], '满3年，可申报评审相应专业工程师');
a('chongqing', zh, 'competition', '我是國家二類競賽第二名，在重慶可以直接申報工程師嗎', [G.eng], '国家级二类技能竞赛前3名');
a('chongqing', zh, 'who-evaluates', '重庆贯通这事儿谁来统筹管理', [['人力社保部门', '人社', 'human resources']], '各区县（自治县）人力社保部门要加强统筹管理');
a('chongqing', zh, 'other', '重庆评技能人才职称最看重什么 放在首位的是啥', [['职业道德', 'professional ethics', 'ethics']], '坚持把职业道德放在评审的首位');
a('chongqing', en, 'upgrade', 'chongqing engineer here, got the technician cert last year plus a bit (over 1 yr). can i try for senior technician?', [G.stech, ONE_YEAR], '工程师在取得现从事职业（工种）技师职业资格或职业技能等级1年后', { partial: [G.cumulative] });

no('chongqing', zh, '重庆评工程师要考外语不', true);
no('chongqing', zh, '重庆评职称造假是不是一票否决', true);
no('chongqing', zh, '重庆不写论文可以拿啥代替', true);
no('chongqing', zh, '重庆职称评审费多少钱一个人');
no('chongqing', en, "Chongqing: my boss won't sign my application form, what can I do?");
no('chongqing', zh, '重庆哪家火锅最巴适');
no('chongqing', zh, '重慶的職稱考試在哪裡考');
no('chongqing', en, 'Chongqing: does the engineer title need a foreign language exam?', true);

// Sichuan (实施方案, 附件1 and 附件2)
a('sichuan', zh, 'standard-route', '成都的 电工高级工 拿证满两年了 能报啥职称', [G.assist, Y(2)], '取得高级工职业资格或职业技能等级后，从事技术技能工作满2年');
a('sichuan', zh, 'standard-route', '绵阳的技师满三年了 四川能评中级不', [G.mid, Y(3)], '取得技师职业资格或职业技能等级后，从事技术技能工作满3年');
a('sichuan', zh, 'eligibility', '四川高级技师 证是2015年6月拿的 干到现在能不能直接冲正高', [G.full, Y(10)], '取得高级技师职业资格或职业技能等级后，从事技术技能工作满10年',
  { truth: { region: 'sichuan', skills: [{ level: 'senior_technician', since: '2015-06' }] }, expect: { target: 'full_senior', status: ['eligible', 'conditional'] } });
a('sichuan', zh, 'standard-route', '我已经是副高职称了，四川技能人才评正高要几年', [G.full, Y(5)], '取得副高级职称后，从事技术技能工作满5年');
a('sichuan', en, 'standard-route', 'Sichuan: senior technician for 4+ years, which title level?', [G.dep, Y(4)], '取得高级技师职业资格或职业技能等级后，从事技术技能工作满4年');
a('sichuan', zh, 'green-channel', '拿了四川省技术能手 能破格评啥', [G.mid], '获得四川省技术能手称号');
a('sichuan', zh, 'green-channel', '天府工匠能破格申报哪一级职称', [G.dep], '获得全国技术能手、天府工匠、四川技能大师等称号');
a('sichuan', zh, 'green-channel', '全国技术能手在四川能破格评副高吗', [G.dep], '获得全国技术能手、天府工匠、四川技能大师等称号');
a('sichuan', zh, 'competition', '自贡的，去年国家二类赛拿了块铜牌，四川这边可以破格走职称不', [G.mid], '在国家级技能竞赛中获得奖牌',
  { truth: { region: 'sichuan', awards: [{ type: 'competition', tier: 'national_class2', rank: 3 }] }, expect: { target: 'intermediate', route: 'green_channel' } });
a('sichuan', zh, 'competition', '国家一类大赛 三人赛项 我们队第二名 四川能评啥', [G.dep], '三人赛项前2名',
  { truth: { region: 'sichuan', awards: [{ type: 'competition', tier: 'national_class1', rank: 2, teamSize: 3 }] }, expect: { target: 'deputy_senior', route: 'green_channel' } });
a('sichuan', zh, 'competition', '国家一类竞赛个人赛第四名，没拿到奖牌，在四川还能破格吗', [G.dep], '在国家级一类技能竞赛中获得前5名',
  { truth: { region: 'sichuan', awards: [{ type: 'competition', tier: 'national_class1', rank: 4 }] }, expect: { target: 'deputy_senior', route: 'green_channel' } });
a('sichuan', en, 'competition', 'I won silver at WorldSkills, im from Chengdu. what title can I apply for through 破格?', [G.dep], '在世界技能大赛中获得铜牌以上奖励',
  { truth: { region: 'sichuan', awards: [{ type: 'competition', tier: 'worldskills', medal: 'silver' }] }, expect: { target: 'deputy_senior', route: 'green_channel' } });
a('sichuan', zh, 'competition', '世赛金牌在四川能评正高吗', [G.full], '在世界技能大赛中获得金牌');
a('sichuan', zh, 'green-channel', '省级非遗代表性传承人 四川破格评啥', [G.mid], '被认定为四川省省级非物质文化遗产代表性传承人');
a('sichuan', zh, 'green-channel', '中华技能大奖 四川 能破格到哪一级', [G.full], '获得中华技能大奖称号');
a('sichuan', zh, 'green-channel', '省级技能大师工作室领办人 在四川能破格哪级', [G.mid], '担任省级技能大师工作室领办人');
a('sichuan', zh, 'green-channel', '我只有初中文凭，在四川走破格那条路会不会卡学历卡资历', [['不受', 'not limited', 'not restricted', 'regardless', 'no limit', 'without']], '可不受学历、资历、层级限制');
a('sichuan', zh, 'series', '四川的贯通有没有群众文化这个系列', [['群众文化', 'mass culture', 'public culture']], '文物博物（群众文化）');
a('sichuan', zh, 'papers', '四川评职称 我不会写论文咋整 要求论文吗', [['论文', 'paper'], G.notLimit], '不将学历、论文、外语、计算机等作为高技能人才参加职称评审的限制性条件');
a('sichuan', zh, 'other', '四川推行的是啥评价制度，是看代表作那种吗', [['代表性成果', 'representative achievement', 'representative work', 'representative result']], '推行代表性成果评价制度');
a('sichuan', zh, 'school-equivalence', '四川技工院校高级工班毕业的，能按大专学历报会计资格考试不', [['大专', 'junior college', 'associate', 'college']], '可分别按相当于中专、大专、本科学历，报名参加经济、会计');
a('sichuan', zh, 'other', '四川的高级工 外语还可以 能不能去考翻译资格', [['翻译', 'translation'], ['外语', 'foreign language']], '具有一定外语水平的人员，可报名参加相应语种、级别的翻译专业资格考试');
a('sichuan', en, 'other', "sichuan - I'm a senior worker and good with computers, can i sit the computer technology and software qualification exam?", [['计算机技术与软件', 'computer technology and software', 'computer and software', 'software']], '计算机技术与软件专业技术资格考试');
a('sichuan', zh, 'title-to-skill', '四川的助理工程师 干本专业两年了 能考高级工吗', [G.sw, Y(2)], '取得助理级职称或初级专业技术职业资格，累计从事本专业技术技能工作达到2年',
  { truth: { region: 'sichuan', titles: [{ level: 'assistant', since: '2024-06' }], workYears: 2, annualReviewsPassed: true }, expect: { target: 'senior_worker', status: ['eligible', 'conditional'] } });
a('sichuan', zh, 'title-to-skill', '中级职称，本专业累计才干了三年，在四川能考技师吗', [G.tech, Y(4)], '取得中级职称或中级专业技术职业资格，累计从事本专业技术技能工作达到4年',
  { truth: { region: 'sichuan', titles: [{ level: 'intermediate', since: '2024-06' }], workYears: 3, annualReviewsPassed: true }, expect: { target: 'technician', status: ['not_yet'] } });
a('sichuan', zh, 'title-to-skill', '四川副高职称 能考高级技师吗 要几年', [G.stech, Y(8)], '取得副高级职称，累计从事本专业技术技能工作达到8年');
a('sichuan', zh, 'title-to-skill', '四川的正高级工程师想要个高级技师证，有年限限制吗', [G.stech, ['不受年限限制', '不受年限', 'no year', 'not subject to', 'no time limit', 'regardless of years', 'without']], '正高级职称不受年限限制');
a('sichuan', zh, 'title-to-skill', '获得过省科技进步奖的专业技术人员 在四川考技能等级有啥优待', [G.directly], '获得省（部）级以上科学技术奖');
a('sichuan', zh, 'schedule', '四川贯通首次评价是什么时候搞的', [month(2021, 11), month(2022, 3)], '组织首次评价（2021年11月');
a('sichuan', en, 'schedule', 'Sichuan plan — what are the stages and when did the first one run?', [month(2021, 3), ['10月', 'October', '2021-10', 'Oct']], '调研论证，制定实施方案（2021年3月');
a('sichuan', zh, 'schedule', '四川那个形成长效机制的阶段从什么时候开始', [month(2022, 4)], '形成长效机制（2022年4月');
a('sichuan', zh, 'other', '四川说重新制定标准条件有困难的话咋办', [['参照', 'refer', 'follow', 'according to'], ['基本条件', 'basic conditions', 'basic requirements']], '可参照本方案基本条件开展评价工作');
a('sichuan', zh, 'exemption', '四川副高 去考技能 毕业证专业对口 免理论考吗', [G.exempt], '具有所申报职业相关专业毕业证书的，可免于理论知识考试');
a('sichuan', zh, 'requirements', '四川专业技术人员考技能等级 年度考核有没有要求', [G.last3, G.annual], '从事相关相近专业工作');
a('sichuan', zh, 'who-evaluates', '四川用人单位在贯通里具体要干啥', [['业绩鉴定', 'performance appraisal', 'achievement'], ['申报推荐', 'recommend']], '做好业绩鉴定、申报推荐等');
a('sichuan', zh, 'standard-route', '四川的技師證滿三年，可以評中級職稱嗎', [G.mid, Y(3)], '取得技师职业资格或职业技能等级后，从事技术技能工作满3年');
a('sichuan', zh, 'green-channel', '四川技能大師稱號，可以破格申報什麼職稱', [G.dep], '获得全国技术能手、天府工匠、四川技能大师等称号');
a('sichuan', en, 'competition', 'sichuan, 2-person event at a national class 1 competition, we got 3rd. does that count for 破格? which level', [G.dep], '双人赛项前3名',
  { truth: { region: 'sichuan', awards: [{ type: 'competition', tier: 'national_class1', rank: 3, teamSize: 2 }] }, expect: { target: 'deputy_senior', route: 'green_channel' } });
a('sichuan', en, 'upgrade', 'In Sichuan, after getting a skill level how long before i can apply for the next one (晋级)?', [ONE_YEAR], '可按累计工作年限申报相应职业（工种）晋级评价', { partial: [G.cumulative] });
a('sichuan', zh, 'requirements', '四川评职称 要是这个专业需要准入类职业资格咋办', [['应具备相应职业资格', '准入', '相应职业资格', 'access', 'entry', 'required qualification']], '法律法规规定需取得准入类专业技术人员职业资格的');
a('sichuan', zh, 'equal-treatment', '宜宾厂里聘的高级技师，进修晋升这些待遇四川文件说跟谁看齐', [G.equal], '比照相应层级专业技术人员享受同等待遇');
a('sichuan', zh, 'other', '四川评高技能人才职称会有面试答辩吗', [['面试答辩', 'interview', 'oral defen']], '业绩评审、面试答辩');
a('sichuan', zh, 'title-to-skill', '四川副高級職稱，申報高級技師需要累計幾年', [G.stech, Y(8)], '取得副高级职称，累计从事本专业技术技能工作达到8年');
a('sichuan', zh, 'green-channel', '四川的國家級非遺傳承人，可以破格評副高嗎', [G.dep], '被认定为国家级非物质文化遗产代表性传承人');
a('sichuan', en, 'series', 'sichaun question: skilled workers can join title review in which series? is it engneering only or more', [['农业', 'agricultur'], ['体育', 'sport']], '文物博物（群众文化）');

no('sichuan', zh, '四川评职称有没有一票否决的说法', true);
no('sichuan', zh, '四川省级一类竞赛第一名能破格评中级吗', true);
no('sichuan', zh, '成都评职称社保要交满几年');
no('sichuan', zh, '四川评上副高每个月多发多少工资');
no('sichuan', en, 'sichuan: is it easier to get 工程师 through title review or through the skills route?');
no('sichuan', zh, '四川職稱證書遺失怎麼辦');
no('sichuan', en, 'can you recommend a good welding training school in Chengdu');
no('sichuan', zh, '四川申报职称的系统网址是多少');

// Liaoning (辽人社规〔2019〕2号)
a('liaoning', zh, 'standard-route', '沈阳铁西的 高级工三年了 能报助工不', [G.aeng, Y(2)], '满2年，可申报评审相应专业助理工程师');
a('liaoning', zh, 'standard-route', '大连的技师 满三年了 辽宁评工程师行不行', [G.eng, Y(3)], '满3年，可申报评审相应专业工程师');
a('liaoning', zh, 'eligibility', '鞍山钳工高级技师，2023年2月拿的证，啥时候能评高工', [G.seng, month(2027, 2)], '满4年，可申报评审相应专业高级工程师',
  { truth: { region: 'liaoning', skills: [{ level: 'senior_technician', since: '2023-02' }] }, expect: { target: 'deputy_senior', status: ['not_yet'], from: '2027-02' } });
a('liaoning', zh, 'green-channel', '辽宁工匠能破格到哪一级', [G.feng], '辽宁工匠、辽宁省功勋高技能人才');
a('liaoning', zh, 'green-channel', '全国技术能手在辽宁能破格评啥', [G.feng], '全国技术能手、国家级技能大师工作室负责人');
a('liaoning', zh, 'green-channel', '辽宁省有突出贡献高技能人才 能破格评高工吗', [G.seng], '辽宁省有突出贡献高技能人才');
a('liaoning', zh, 'green-channel', '锦州这边我牵头一个省级技能大师工作站，辽宁破格能到哪个职称', [G.seng], '省级技能大师工作站负责人');
a('liaoning', zh, 'green-channel', '辽宁省技术能手破格申报哪个职称', [G.eng], '获得辽宁省技术能手，可破格申报工程师');
a('liaoning', zh, 'competition', '我带的辽宁选手拿了世赛铜牌，我是他的教练，能破格评正高吗', [G.feng], '辽宁选手及其技术指导专家和教练');
a('liaoning', zh, 'other', '辽宁评职称材料要是造假了会咋样', [['一票否决', 'veto', 'one-vote']], '剽窃他人成果等弄虚作假者');
a('liaoning', en, 'papers', 'Liaoning welder here - is there an English or computer exam I must pass before applying for engineer title?', [['不作统一要求', 'no uniform requirement', 'not uniformly required', 'no unified requirement', 'not a uniform requirement', 'no uniform'], ['前置', 'prerequisite', 'precondition', 'pre-condition']], '对职称外语和计算机应用能力考试不作统一要求');
a('liaoning', zh, 'papers', '辽宁评职称不写论文的话能拿啥替代', [['工作报告', 'work report'], ['操作手册', 'operation manual', 'operating manual']], '替代论文或论著要求');
a('liaoning', zh, 'school-equivalence', '抚顺技校中级工班出来的，辽宁报职称学历按中专认不认', [['中专', 'secondary']], '可分别按相当于中专、大专、本科学历申报评审相应专业职称');
a('liaoning', zh, 'title-to-skill', '辽宁的助理工程师能报高级工吗', [G.sw], '取得相关专业助理工程师资格，可申报参加相关职业（工种）三级（高级工）职业技能评价');
a('liaoning', zh, 'eligibility', '辽宁 助工是2023年4月评下来的 现在能报技师不', [G.tech, Y(3)], '取得相关专业助理工程师资格后，从事本职业（工种）或相关职业（工种）工作满3年',
  { truth: { region: 'liaoning', titles: [{ level: 'assistant', since: '2023-04' }] }, expect: { target: 'technician', status: ['eligible', 'conditional'] } });
a('liaoning', zh, 'title-to-skill', '辽宁的工程师 想报个技师 有啥条件', [G.tech], '取得相关专业工程师以上资格，从事本职业（工种）或相关职业（工种）工作');
a('liaoning', zh, 'eligibility', '营口的工程师 职称2024年6月拿的 能报高级技师吗', [G.stech, month(2027, 6)], '取得相关专业工程师资格后，从事该职业（工种）或相关职业（工种）工作满3年',
  { truth: { region: 'liaoning', titles: [{ level: 'intermediate', since: '2024-06' }] }, expect: { target: 'senior_technician', status: ['not_yet'], from: '2027-06' } });
a('liaoning', zh, 'title-to-skill', '辽宁高级工程师 申报高级技师有啥要求', [G.stech], '取得相关专业高级工程师资格，从事该职业（工种）或相关职业（工种）工作');
a('liaoning', zh, 'title-to-skill', '辽宁没有职称的技术人员 在技能岗位上 能参加技能评价吗', [['技能岗位', 'skill post', 'skilled post', 'skill position', 'skills post'], ['职业技能评价', '技能评价', 'skill evaluation', 'skill assessment', 'skills evaluation']], '取得技术员资格或尚未取得专业技术资格的专业技术人才');
a('liaoning', zh, 'other', '我之前干技术后来转技能岗 辽宁这段经历能连续算吗', [['连续计算', 'continuous', 'counted together', 'counted continuously', 'added up']], '原从事相关技能工作或专业技术工作的经历，可连续计算');
a('liaoning', zh, 'who-evaluates', '辽宁贯通评审由谁来组织', [['各市', '省直', 'cities', 'provincial']], '由各市、省直相关部门（单位）按管理权限组织开展');
a('liaoning', zh, 'series', '辽宁这个只管工程系列吗 我是搞农艺的', [G.engineering], '工程技术领域');
a('liaoning', zh, 'equal-treatment', '丹东厂里聘我当高级技师，辽宁说待遇能对标到哪级工程技术人员', [['高级工程师', 'senior engineer'], G.equal], '比照助理工程师、工程师、高级工程师等相应层级工程技术人员享受同等待遇');
a('liaoning', zh, 'exemption', '辽宁工程师去考技能 有相关专业毕业证 理论免不免', [G.exempt], '可免于理论知识考试');
a('liaoning', zh, 'requirements', '辽宁技能人才申报职称的基本条件是啥', [G.sw, G.annual], '具有高级工及以上职业资格或职业技能等级，在现工作岗位上近3年年度考核合格');
a('liaoning', en, 'standard-route', 'Shenyang, senior technician since 2020, can i apply for senior engineer?', [G.seng, Y(4)], '满4年，可申报评审相应专业高级工程师');
a('liaoning', en, 'green-channel', 'Liaoning, I head a national skills master studio (国家级技能大师工作室负责人) – highest title through 破格?', [G.feng], '国家级技能大师工作室负责人');
a('liaoning', zh, 'green-channel', '遼寧省技術能手可以破格評什麼', [G.eng], '获得辽宁省技术能手，可破格申报工程师');
a('liaoning', zh, 'standard-route', '瀋陽的高級工滿兩年，可以報助理工程師嗎', [G.aeng, Y(2)], '满2年，可申报评审相应专业助理工程师');
a('liaoning', zh, 'upgrade', '辽宁拿到技能等级一年后能晋级吗', [ONE_YEAR, G.cumulative], '1年后，可按累计工作年限申报现从事职业（工种）晋级评价');
a('liaoning', zh, 'other', '辽宁技能人才申报职称是不是自愿的', [G.voluntary], '可在本工作领域自愿申报相应系列');
a('liaoning', zh, 'documents', '辽人社规2019年2号是哪天发的', [['2019年8月21日', '2019-08-21', 'August 21, 2019', '21 August 2019']]);
a('liaoning', zh, 'papers', '遼寧評職稱不用寫論文，可以用什麼替代', [['工作报告', '工作報告', 'work report'], ['操作手册', '操作手冊', 'operation manual', 'operating manual']], '替代论文或论著要求');
a('liaoning', zh, 'title-to-skill', '遼寧的工程師取得職稱滿三年，可以報高級技師嗎', [G.stech, Y(3)], '取得相关专业工程师资格后，从事该职业（工种）或相关职业（工种）工作满3年');
a('liaoning', en, 'standard-route', 'liaoning senoir worker 2 yeras, can apply assitant engineer?', [G.aeng, Y(2)], '满2年，可申报评审相应专业助理工程师');
a('liaoning', zh, 'green-channel', '老爷子去年评上了辽宁省功勋高技能人才，破格最高报到啥职称', [G.feng], '辽宁工匠、辽宁省功勋高技能人才');

no('liaoning', zh, '辽宁贯通评价分几个阶段 进度是怎么安排的', true);
no('liaoning', zh, '辽宁省赛拿了第二名能破格评工程师吗', true);
no('liaoning', zh, '沈阳评职称要交多少钱');
no('liaoning', en, 'Liaoning: can I use my Korean welding certificate here?');
no('liaoning', zh, '大连公积金怎么提取');
no('liaoning', zh, '辽宁职称评审结果去哪查');
no('liaoning', zh, '我们厂不让报职称 说名额满了 辽宁这咋办');

// Suzhou (苏人保职〔2019〕28号 and its annex)
a('suzhou', zh, 'standard-route', '昆山的焊工高级工 干了两年半 能报助理工程师吗', [G.aeng, Y(2)], '满2年，可申报评审相应专业助理工程师');
a('suzhou', zh, 'standard-route', '吴江的 技师满三年了 苏州评工程师行吗', [G.eng, Y(3)], '满3年，可申报评审相应专业工程师');
a('suzhou', en, 'standard-route', "I'm in Suzhou Industrial Park, senior technician cert for 5 years — can I go for senior engineer?", [G.seng, Y(4)], '获得高级技师资格或职业技能等级后从事技术技能工作满4年');
a('suzhou', zh, 'eligibility', '张家港的 技师证2024年3月拿的 什么时候能报工程师', [G.eng, month(2027, 3)], '满3年，可申报评审相应专业工程师',
  { truth: { region: 'suzhou', skills: [{ level: 'technician', since: '2024-03' }] }, expect: { target: 'intermediate', status: ['not_yet'], from: '2027-03' } });
a('suzhou', zh, 'green-channel', '常熟刚评上苏州市技术能手，职称上能直接跳到哪一档', [G.aeng], '获得苏州市技术能手、姑苏高技能重点人才');
a('suzhou', zh, 'green-channel', '姑苏高技能突出人才 苏州直接报哪级', [G.eng], '姑苏高技能突出人才');
a('suzhou', zh, 'green-channel', '太仓的钳工，手里有江苏省技术能手证书，想直接报中级工程师可行不', [G.eng], '江苏省技术能手');
a('suzhou', zh, 'green-channel', '江苏工匠能直接申报高级工程师吗 苏州的', [G.seng], '江苏工匠称号');
a('suzhou', zh, 'green-channel', '江苏大工匠 在苏州能评正高吗', [G.feng], '江苏大工匠称号');
a('suzhou', zh, 'green-channel', '我是苏州的市劳模 一线干了二十年 这个荣誉评职称有用没', [G.eng], '市级劳动模范等荣誉称号');
a('suzhou', zh, 'green-channel', '我是省部级劳模 苏州能直接报什么', [G.seng], '获得省部级劳动模范');
a('suzhou', zh, 'green-channel', '拿了市级以上技术发明奖 苏州可以直接报哪级', [G.eng, G.seng], '市级以上技术发明奖',
  { truth: { region: 'suzhou', awards: [{ type: 'honor', id: 'municipal_invention_award' }] }, expect: { target: 'deputy_senior', route: 'green_channel', also: 'intermediate' } });
a('suzhou', zh, 'competition', '去年江苏省一类大赛我排第五，在苏州能不能凭这个直接报职称', [G.eng], '省级一类技能竞赛前四至六名',
  { truth: { region: 'suzhou', awards: [{ type: 'competition', tier: 'provincial_class1', rank: 5 }] }, expect: { target: 'intermediate', route: 'green_channel' } });
a('suzhou', zh, 'competition', '省级一类竞赛拿了第二名 苏州评什么', [G.seng], '省级一类技能竞赛前三名',
  { truth: { region: 'suzhou', awards: [{ type: 'competition', tier: 'provincial_class1', rank: 2 }] }, expect: { target: 'deputy_senior', route: 'green_channel' } });
a('suzhou', zh, 'competition', '省级二类竞赛第三名 苏州能直接申报啥', [G.eng], '省级二类技能竞赛前二至三名',
  { truth: { region: 'suzhou', awards: [{ type: 'competition', tier: 'provincial_class2', rank: 3 }] }, expect: { target: 'intermediate', route: 'green_channel' } });
a('suzhou', zh, 'competition', '省二类比赛拿了第一 苏州能报高工不', [G.seng], '省级二类技能竞赛第一名',
  { truth: { region: 'suzhou', awards: [{ type: 'competition', tier: 'provincial_class2', rank: 1 }] }, expect: { target: 'deputy_senior', route: 'green_channel' } });
a('suzhou', zh, 'competition', '国际技能竞赛第七名 在苏州能直接评啥', [G.seng], '国际技能竞赛前八名',
  { truth: { region: 'suzhou', awards: [{ type: 'competition', tier: 'international', rank: 7 }] }, expect: { target: 'deputy_senior', route: 'green_channel' } });
a('suzhou', zh, 'competition', '国家一类竞赛第六名 苏州的 能直接报高级工程师吗', [G.seng], '国家级一类技能竞赛前六名',
  { truth: { region: 'suzhou', awards: [{ type: 'competition', tier: 'national_class1', rank: 6 }] }, expect: { target: 'deputy_senior', route: 'green_channel' } });
a('suzhou', zh, 'competition', '苏州市里的一类技能比赛我考了亚军，能直接申报哪级职称啊', [G.aeng], '市级一类技能竞赛前三名',
  { truth: { region: 'suzhou', awards: [{ type: 'competition', tier: 'municipal_class1', rank: 2 }] }, expect: { target: 'assistant', route: 'green_channel' } });
a('suzhou', zh, 'competition', '市里一类竞赛得了第四名 苏州能直接申报职称吗', [['前三名', '前3名', 'top three', 'top 3', 'first three']], '市级一类技能竞赛前三名',
  { truth: { region: 'suzhou', awards: [{ type: 'competition', tier: 'municipal_class1', rank: 4 }] }, expect: { none: 'green_channel' } });
a('suzhou', en, 'competition', 'WorldSkills bronze medal, Suzhou — which title directly?', [G.feng], '世界技能大赛金牌、银牌、铜牌');
a('suzhou', en, 'competition', 'Suzhou: I got the WorldSkills Excellence award, what can I apply for directly?', [G.seng], '世界技能大赛优胜奖');
a('suzhou', zh, 'annex', '我是开磨床的磨工，在苏州评职称对应哪个专业类别', [G.machinery], '钳工、磨工、冲压工');
a('suzhou', zh, 'annex', '我是干屋面防水的 苏州评工程师算哪一类专业', [G.construction], '防水工、砌筑工');
a('suzhou', zh, 'annex', '苏州电梯安装维修工对应啥职称专业', [G.construction], '电梯安装维修工');
a('suzhou', zh, 'annex', '汽车维修工在苏州评职称是啥专业', [G.machinery], '汽车维修工');
a('suzhou', zh, 'annex', '制冷工在苏州对应哪个职称专业类别', [G.chem], '制冷工');
a('suzhou', zh, 'annex', '我在园区做智能楼宇管理员，想评工程师，该报哪个专业类别', [G.machinery], '智能楼宇管理员');
a('suzhou', zh, 'annex', '苏州职称建设类对应哪些技能工种', [['防水工'], ['钢筋工'], ['架子工']], '电梯安装维修工、制冷空调系统安装维修工');
a('suzhou', zh, 'annex', '苏州目录里化工工程这一类，技能工种都包括啥', [['制冷工']], '制冷工');
a('suzhou', en, 'annex', 'Suzhou annex: which specialty does a crane operator (起重装卸机械操作工) belong to?', [G.machinery], '起重装卸机械操作工');
a('suzhou', en, 'annex', 'what trades map to the machinery (机械) title specialty in suzhou?', [['焊工', 'weld'], ['车工', 'lathe', 'turner'], ['钳工', 'fitter']], '焊工、电工');
a('suzhou', zh, 'annex', '我是中式烹调师 苏州那个目录里有对应的职称专业吗', [G.notListed]);
a('suzhou', zh, 'annex', '苏州的 油漆工 评职称归哪类专业', [G.notListed]);
a('suzhou', en, 'annex', 'hairdresser in suzhou, is my trade in the annex list for engineering titles?', [G.notListed]);
a('suzhou', zh, 'annex', '苏州钢筋工评职称 算建设还是机械', [G.construction], '混凝土工、钢筋工');
a('suzhou', zh, 'title-to-skill', '苏州的工程师第一次考技能等级能考哪个', [G.tech], '可分别申请参加与现岗位相对应职业（工种）的高级工、技师、高级技师职业技能评价');
a('suzhou', zh, 'exemption', '苏州职称人员考技能要考理论吗', [G.exempt], '专业技术人才参加职业技能评价免于理论知识考试');
a('suzhou', zh, 'other', '手上只有苏州本地发的地方工程师，听说可以直接考高级工，考过了还有啥好处', [G.sw, ['国家中级职称', '中级', 'intermediate']], '持有我市地方工程师的职称人员可直接参加高级工鉴定考试');
a('suzhou', zh, 'other', '在苏州上的职业技能培训课，算不算我们专技人员的继续教育学时', [['继续教育学时', '继续教育', 'continuing education']], '职业技能培训成果可折算继续教育学时');
a('suzhou', zh, 'scope', '苏州这个贯通先在哪些行业试点', [['机械', 'machinery', 'mechanical'], ['建设', 'construction'], ['化工', 'chemical']], '试点在机械、建设、化工等行业中推进此项工作');
a('suzhou', zh, 'documents', '苏州高技能人才评职称 材料是怎么报上去的', [['初审', 'preliminary'], ['申报点', 'application point', 'application office', 'acceptance point']], '经用人单位初审、主管部门审核、职称申报点受理后');
a('suzhou', zh, 'who-evaluates', '苏州工程师考技能等级由谁组织', [['职业技能鉴定指导中心', '鉴定指导中心', 'skill appraisal guidance', 'skills appraisal guidance', 'vocational skill']], '由各级职业技能鉴定指导中心按管理权限组织开展');
a('suzhou', zh, 'documents', '苏州职称人员报技能评价 材料里必须有啥', [['职称证书', 'title certificate']], '申报材料应包括合规获得的工程技术职称证书');
a('suzhou', zh, 'school-equivalence', '苏州技工院校预备技师班毕业 评职称算什么学历', [['本科', 'bachelor', 'undergraduate']], '预备技师（技师）班毕业生分别按相当于中专、大专、本科学历申报评审相应专业职称');
a('suzhou', zh, 'requirements', '苏州评职称 专业一定要对口吗', [['相同或相近', 'same or similar', 'same or related', 'same or close']], '申报人员从事的专业须与申报的专业技术职称专业相同或相近');
a('suzhou', zh, 'other', '苏州专业技术人员考了技能证 有没有补贴', [['补贴', 'subsid']], '给予相关补贴');
a('suzhou', zh, 'upgrade', '苏州的助理工程师 拿了高级工一年多了 能报技师吗', [G.tech, ONE_YEAR], '助理工程师在取得现从事职业（工种）高级工1年后', { partial: [G.cumulative] });
a('suzhou', zh, 'equal-treatment', '苏州企业对在聘技师的待遇有啥说法', [G.equal], '比照相应层级工程技术专业人员享受同等待遇');
a('suzhou', zh, 'green-channel', '蘇州市技術能手可以直接申報什麼職稱', [G.aeng], '获得苏州市技术能手、姑苏高技能重点人才');
a('suzhou', zh, 'annex', '我在蘇州當電工，想評工程系列職稱，應該歸到哪個專業類別', [G.machinery], '焊工、电工');
a('suzhou', zh, 'green-channel', '在蘇州拿到江蘇省技術能手，能直接報工程師嗎', [G.eng], '江苏省技术能手');
a('suzhou', zh, 'exemption', '蘇州的專業技術人員參加技能評價，要不要考理論', [G.exempt], '专业技术人才参加职业技能评价免于理论知识考试');
a('suzhou', en, 'scope', 'suzhou: does this policy only apply to people working in enterprises?', [['企业', 'enterprise', 'compan']], '我市各类企业工程技术领域生产一线岗位');
a('suzhou', en, 'standard-route', 'Suzhou, technican 3 yrs+, can i apply for an engineer title?', [G.eng, Y(3)], '满3年，可申报评审相应专业工程师');
a('suzhou', zh, 'other', '苏州有高技能领军人才引进项目可以申报吗', [['领军人才引进项目', '引进项目', 'leading talent']], '可申报市级、县（区）级高技能领军人才引进项目');
a('suzhou', en, 'annex', 'in suzhou what enginering specialty is a welder under', [G.machinery], '焊工、电工');

no('suzhou', zh, '苏州评工程师需要发表几篇论文', true);
no('suzhou', zh, '苏州技能补贴一个人能给多少钱', true);
no('suzhou', zh, '我以前做技术员后来转技能岗，苏州这段经历能连续算吗', true);
no('suzhou', zh, '苏州企业能自己开展高技能人才职称评审吗', true);
no('suzhou', zh, '评上工程师在苏州积分落户能加多少分');
no('suzhou', en, "suzhou: what's this year's deadline to hand in the engineer application?");
no('suzhou', zh, '苏州考高级工的考点在哪');
no('suzhou', zh, '蘇州評職稱考試的題庫在哪裡下載');
no('suzhou', zh, '苏州考电工证和考焊工证 哪个工资高点');
no('suzhou', en, 'Suzhou: how much is the subsidy for getting a senior worker certificate?', true);

// two regions at once: one quote per region
a('suzhou', zh, 'two-regions', '全国技术能手，在苏州和重庆各能直接报什么', [['苏州', 'Suzhou'], ['重庆', 'Chongqing'], ['高级工程师', 'senior engineer', '副高']], ['全国技术能手、江苏工匠称号', '全国技术能手、世界技能大赛优胜奖']);
a('liaoning', zh, 'two-regions', '世赛铜牌 在重庆和辽宁分别能评啥', [['高级工程师', 'senior engineer'], ['正高级工程师', '正高', 'full senior']], ['世界技能大赛金银铜牌获得者', '获得世界技能大赛金牌、银牌、铜牌的辽宁选手']);
a('sichuan', zh, 'two-regions', '同样是副高去考高级技师，四川要累计几年，辽宁有没有年限', [Y(8), G.stech], ['取得副高级职称，累计从事本专业技术技能工作达到8年', '取得相关专业高级工程师资格，从事该职业（工种）或相关职业（工种）工作']);
a('sichuan', en, 'two-regions', 'What differs between Sichuan and Chongqing for a 中华技能大奖 winner? which titles in each?', [G.full, ['高级工程师', 'senior engineer']], ['获得中华技能大奖称号', '中华技能大奖获得者、重庆技能大师']);
a('jiangxi', zh, 'two-regions', '江西和四川的贯通系列一样吗 四川那个文物博物后面是不是多了个括号', [['群众文化', 'mass culture', 'public culture']], ['文物博物（群众文化）', '将贯通领域扩大为工程、农业']);
a('liaoning', en, 'two-regions', 'Liaoning vs Suzhou: a provincial technical expert title (省技术能手) leads to which title in each?', [G.eng, ['辽宁', 'Liaoning'], ['苏州', 'Suzhou']], ['获得辽宁省技术能手，可破格申报工程师', '江苏省技术能手']);
a('suzhou', zh, 'two-regions', '国家级一类竞赛第四名，四川和苏州能直接评啥', [['副高', '高级工程师', 'deputy senior', 'senior engineer'], ['四川', 'Sichuan'], ['苏州', 'Suzhou']], ['在国家级一类技能竞赛中获得前5名', '国家级一类技能竞赛前六名']);
a('chongqing', zh, 'two-regions', '重庆和辽宁的高级工评助理工程师 年限是不是一样', [Y(2), G.aeng], ['获得高级工职业资格或职业技能等级后，从事技术技能工作满2年', '获得高级工职业资格或职业技能等级后从事技术技能工作满2年，可申报评审相应专业助理工程师']);


// more voices: hotline agents, slips, corrections, follow-ups, small talk
a('sichuan', zh, 'eligibility', '来电人是绵阳一家机械厂的装配钳工，技师证书2022年10月取得，近三年考核都合格，问四川现在能不能评中级', [G.mid, Y(3)], '取得技师职业资格或职业技能等级后，从事技术技能工作满3年',
  { truth: { region: 'sichuan', skills: [{ level: 'technician', since: '2022-10' }], annualReviewsPassed: true }, expect: { target: 'intermediate', status: ['eligible'] } });
a('liaoning', zh, 'eligibility', '来电人反映：本人在大连，高级工证书是2025年5月拿的，问现在能不能评助理工程师', [G.aeng, month(2027, 5)], '满2年，可申报评审相应专业助理工程师',
  { truth: { region: 'liaoning', skills: [{ level: 'senior_worker', since: '2025-05' }] }, expect: { target: 'assistant', status: ['not_yet'], from: '2027-05' } });
a('suzhou', zh, 'annex', '来电人姓王，相城区做电梯安装维修的，想评职称，问苏州对应哪个专业', [G.construction], '电梯安装维修工');
a('chongqing', zh, 'green-channel', '有个来电的师傅在江津，说自己是国家级技能大师工作室命名专家，问重庆能直接报啥', [G.seng], '国家级技能大师工作室命名专家');
a('chongqing', zh, 'standard-route', '技湿证拿了三年多 重庆能评工程湿不', [G.eng, Y(3)], '满3年，可申报评审相应专业工程师');
a('sichuan', zh, 'standard-route', '高级公干满两年了 四川能评助里级职称吗', [G.assist, Y(2)], '取得高级工职业资格或职业技能等级后，从事技术技能工作满2年');
a('liaoning', zh, 'green-channel', '全国技术能首在辽宁能破个评正搞吗', [G.feng], '全国技术能手、国家级技能大师工作室负责人');
a('suzhou', zh, 'annex', '焊工评职称归那个专业 苏州的', [G.machinery], '焊工、电工');
a('sichuan', zh, 'standard-route', '那要是高级技师呢 四川这边评啥职称 要几年', [G.dep, Y(4)], '取得高级技师职业资格或职业技能等级后，从事技术技能工作满4年');
a('chongqing', zh, 'standard-route', '证上写的是国家职业资格三级，不晓得算啥，重庆能评啥职称', [G.aeng, Y(2)], '满2年，可申报评审相应专业助理工程师');
a('jiangxi', zh, 'standard-route', '你好呀小助手，想问下江西高级技师评副高要满几年', [G.dep, Y(4)], '满4年，可申报评审相应专业副高级职称');
a('liaoning', zh, 'standard-route', '我是技师，哦不对，是高级技师，证拿了六年，辽宁能评高工吗', [G.seng, Y(4)], '满4年，可申报评审相应专业高级工程师');
a('suzhou', zh, 'standard-route', '我现在是高级工，想冲技师，等拿了技师以后在苏州评工程师还要几年', [G.eng, Y(3)], '满3年，可申报评审相应专业工程师');
a('chongqing', en, 'standard-route', 'chonqing tecnician 3 years, can i get enginer title', [G.eng, Y(3)], '满3年，可申报评审相应专业工程师');
a('liaoning', en, 'eligibility', 'Caller from Dalian has held an engineer title since March 2021 and asks whether she can apply for senior technician', [G.stech], '取得相关专业工程师资格后，从事该职业（工种）或相关职业（工种）工作满3年',
  { truth: { region: 'liaoning', titles: [{ level: 'intermediate', since: '2021-03' }] }, expect: { target: 'senior_technician', status: ['eligible', 'conditional'] } });
a('suzhou', en, 'other', 'what does Suzhou say about people holding the local engineer (地方工程师) title?', [G.sw, ['中级', 'intermediate']], '持有我市地方工程师的职称人员可直接参加高级工鉴定考试');
a('sichuan', zh, 'eligibility', '南充的高级技师 证2021年5月拿的 考核记录我也不晓得合不合格 四川能评副高不', [G.dep, G.annual], '取得高级技师职业资格或职业技能等级后，从事技术技能工作满4年',
  { truth: { region: 'sichuan', skills: [{ level: 'senior_technician', since: '2021-05' }] }, expect: { target: 'deputy_senior', status: ['conditional'] } });
no('chongqing', en, 'where can I park near the Chongqing HR bureau when I hand in papers?');
no('national', zh, '考技师那天能跟单位请几天假');

// ---- re-check every truth against the engine; then write the file
const fails = [];
for (const c of out) {
  if (!c.truth) continue;
  const r = evaluate({ asOf: AS_OF, ...c.truth });
  const e = c.expect;
  const s2t = (p) => (e.route ? p.route === e.route : true);
  if (e.none) {
    if (r.paths.some((p) => p.route === e.none)) fails.push(`${c.q}: engine offers a ${e.none} path`);
    continue;
  }
  const p = r.paths.filter((x) => x.target === e.target && s2t(x));
  if (!p.length) { fails.push(`${c.q}: no ${e.target} path (${r.paths.map((x) => `${x.target}/${x.route}/${x.status}`).join(', ')})`); continue; }
  if (e.status && !p.some((x) => e.status.includes(x.status))) fails.push(`${c.q}: status ${p.map((x) => x.status)} not ${e.status}`);
  if (e.from && !p.some((x) => x.eligibleFrom === e.from)) fails.push(`${c.q}: eligibleFrom ${p.map((x) => x.eligibleFrom)} not ${e.from}`);
  if (e.also && !r.paths.some((x) => x.target === e.also && s2t(x))) fails.push(`${c.q}: no ${e.also} path`);
  // the highest green-channel or standard level offered must be the one the question expects
  const rank = ['junior', 'assistant', 'intermediate', 'deputy_senior', 'full_senior', 'senior_worker', 'technician', 'senior_technician'];
  const top = r.paths.filter((x) => x.direction === p[0].direction && x.status !== 'unmet').map((x) => x.target).sort((x, y) => rank.indexOf(y) - rank.indexOf(x))[0];
  if (e.route === 'green_channel' && top !== e.target) fails.push(`${c.q}: highest path ${top}, expected ${e.target}`);
}
if (fails.length) { console.error(fails.join('\n')); process.exit(1); }
const items = out.map(({ truth: _truth, expect: _expect, ...c }, i) => ({ id: `q5-${String(i + 1).padStart(3, '0')}`, ...c }));
const json = JSON.stringify(items, null, 1) + '\n';
// --stdout: print the set instead of writing it (the set's test compares the two)
if (process.argv.includes('--stdout')) process.stdout.write(json);
else {
  writeFileSync(join(root, 'test', 'heldout', 'qa-questions-5.json'), json);
  console.log(`${items.length} questions, ${out.filter((c) => c.truth).length} re-checked against the engine`);
}
