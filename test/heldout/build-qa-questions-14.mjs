// Builds held-out Q&A set 14 (qa-questions-14.json; QA.md "Set 14"): `node --import tsx test/heldout/build-qa-questions-14.mjs`
// re-checks each computed eligibility's `truth` against the rule engine (as of 2026-11), then writes the file
// (`--stdout`: prints it instead). Exits 1, naming the question, where the engine does not offer the expected path.
// Set 14 is broad like set 13: personal facts in all six regions (the month a path opens), green channel and
// competitions, title → skill and 晋级, equal treatment, requirements, scope, papers, exemption, the smaller provisions;
// in people's words (phones, voice-to-text, HR agents, traditional characters, Cantonese, pinyin, typos); and what the
// texts do not answer.
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import process from 'node:process';
import { recheck } from './qaRecheck.mjs';

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
const Y5 = ['5年', '五年', '5 years', 'five years'];
const Y8 = ['8年', '八年', '8 years', 'eight years'];
const Y10 = ['10年', '十年', '10 years', 'ten years'];
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
const NOTYET = (target, from, route = 'standard') => ({ target, route, status: ['not_yet'], from });
const UP = (target) => ({ target, route: 'upgrade' });

// more fact groups
const PAPER = ['论文', '論文', 'paper', 'thesis'];
const PAPERREP = ['工作报告', '技术工艺改进方案', '操作手册', '案例报告', '技术鉴定报告', 'work report', 'manual', 'case report', 'replace', '替代'];
const LANGCOMP = ['外语', '计算机', 'foreign language', 'computer', '外語'];
const VETO = ['一票否决', '一票否決', 'veto', 'disqualif'];
const ZZ = ['中专', '中專', 'secondary'];
const DZ = ['大专', '大專', 'college', 'associate'];
const BK = ['本科', 'bachelor', 'undergraduate', 'degree'];
const ENG = ['工程', 'engineering'];
const AGR = ['农业', '農業', 'agricultur'];
const CRAFT = ['工艺美术', '工藝美術', 'arts and crafts', 'arts & crafts', 'craft'];
const RELIC = ['文物博物', 'cultural relics', 'museum', 'heritage'];
const LAB = ['实验技术', '實驗技術', 'lab'];
const ART = ['艺术', '藝術', 'art'];
const SPORT = ['体育', '體育', 'sport'];
const TEACH = ['技工院校教师', '技工院校', 'technical school teacher', 'technical-school teacher', 'teacher'];
const DIRECT = ['直接申报', '直接申報', '破格', 'directly', 'green channel', 'without'];
const SILENT = [['没有', '未', '沒有', 'not', 'no ', 'silent', '没写', '沒寫', "doesn't", 'does not']];
const OPS = ['操作技能', '技能考核', 'practical', 'hands-on', 'skill test', 'skills test', 'operation'];
const CERTDOC = ['证书', '證書', 'certificate', '文件', 'document'];

const [N, C, S, L, J, Z] = ['N', 'C', 'S', 'L', 'J', 'Z'];
const R = { N: 'national', C: 'chongqing', S: 'sichuan', L: 'liaoning', J: 'jiangxi', Z: 'suzhou' };
const set = [];
const checks = {};
const CJK = /[\u3400-\u9fff]/g;
const LATIN = /[a-z]/gi;
const localeOf = (t) => ((t.match(LATIN)?.length ?? 0) > 3 * (t.match(CJK)?.length ?? 0) ? 'en' : 'zh-CN');
const nextId = () => `h14-${String(set.length + 1).padStart(3, '0')}`;

/**
 * An answerable question: region key, topic, text, facts (groups), the quote (a string, or one per region), and
 * optionally the truth profile(s) the engine re-checks ({...facts, expect}), partial facts, a locale override.
 */
function q(r, topic, text, has, quote, { truth, partial, locale } = {}) {
  const id = nextId();
  const c = { id, region: R[r], locale: locale ?? localeOf(text), topic, q: text, answerHas: has, quoteHas: quote };
  if (partial) c.partial = partial;
  set.push(c);
  const ts = truth ? (Array.isArray(truth) ? truth : [truth]) : [];
  ts.forEach((t, i) => { checks[i ? `${id}/${i + 1}` : id] = { region: R[r], ...t }; });
}
/** A question the texts do not answer (refuse), or, with `silent`, one whose region's own text is silent. */
function no(r, text, silent) {
  const c = { id: nextId(), region: R[r], locale: localeOf(text), topic: 'not-in-texts', q: text, answerHas: [], refuse: true };
  if (silent) c.silentHas = silent;
  set.push(c);
}

// ============================================================ national (人社部发〔2020〕96号), places without a text of their own
q('N', 'eligibility', '我在郑州一家机械厂干车工，高级工证是2024年6月拿的，啥时候能评助理工程师', [AS], '从事技术技能工作满2年，可申报评审相应专业助',
  { truth: { skills: [sk('senior_worker', '2024-06')], expect: STD('assistant') } });
q('N', 'eligibility', '长沙的，技师证书二零二四年十二月下来的 想评中级职称 要等到什么时候', [EN, at(2027, 12)], '取得技师职业资格或职业技能等级后从事技术技能工作满3年',
  { truth: { skills: [sk('technician', '2024-12')], expect: NOTYET('intermediate', '2027-12') } });
q('N', 'eligibility', 'hi, I work in Hefei as a tool and die maker, got my senior technician cert in Aug 2022. can I go for a deputy senior title yet?', [SE], '取得高级技师职业资格或职业技能等级后从事技术技能工作满4年',
  { truth: { skills: [sk('senior_technician', '2022-08')], expect: STD('deputy_senior') } });
q('N', 'eligibility', '来电人在株洲轨道交通企业，电力机车钳工，技师证2022年1月取得，近三年考核都合格，问能报什么职称', [EN, REVW], '取得技师职业资格或职业技能等级后从事技术技能工作满3年',
  { truth: { skills: [sk('technician', '2022-01')], annualReviewsPassed: true, expect: STD('intermediate') } });
q('N', 'annual-review', '柳州汽车厂的 去年年度考核没合格 今年还能用技师证去评中级吗', [REVW, ['近3年', '近三年', 'past three years', 'last 3 years', 'last three years']], '高技能人才参加职称评审应在现工作岗位上近3年年度考核合格',
  { truth: { skills: [sk('technician', '2021-05')], annualReviewsPassed: false, expect: { direction: 'skill_to_title', unmet: 'annual_review' } } });
q('N', 'green-channel', '芜湖的 我是全国技术能手 国家文件说能直接评哪一级职称', [FS, SE], '可直接申报评审正高级或副高级职称',
  { truth: [{ awards: [hon('national_technical_expert')], expect: GC('full_senior') }, { awards: [hon('national_technical_expert')], expect: GC('deputy_senior') }] });
q('N', 'green-channel', 'my uncle in Kunming leads a national-level skills master studio (guojiaji jineng dashi gongzuoshi). what title can he apply for directly?', [FS, SE], '担任国家级技能大师工作室带头人',
  { truth: { awards: [hon('national_master_studio_lead')], expect: GC('deputy_senior') } });
q('N', 'green-channel', '享受省政府特殊津贴的高技能人才，国家层面能不能直接申报高级职称', [FS, SE], '享受省级以上政府特殊津贴的高技能人才',
  { truth: { awards: [hon('provincial_government_allowance')], expect: GC('full_senior') } });
q('N', 'green-channel', '被省政府认定为高精尖缺高技能人才 可以走职称绿色通道吗 南宁这边', [FS, SE], '人民政府认定的“高精尖缺”高技能人才',
  { truth: { awards: [hon('high_end_shortage_talent')], expect: GC('full_senior') } });
q('N', 'requirements', '96号文评职称对学历有硬性要求没有？我只有初中毕业', NOLIM, '不将学历、论文、外语、计算机等作为高技能人才参加职称评审的限制性条件');
q('N', 'requirements', 'does the national policy say i need a degree or english test to apply for an engineer title as a skilled worker? im in Jinan', NOLIM, '不将学历、论文、外语、计算机等作为高技能人才参加职称评审的限制性条件');
q('N', 'series', '国家文件把贯通扩大到了哪些职称系列', [ENG, AGR, CRAFT, RELIC, SPORT], '将贯通领域扩大为工程、农业、工艺美术、文物博物、实验技术、艺术、体育、技工院校教师等职称系列');
q('N', 'series', 'which title series are covered nationwide besides engineering? asking for a lab technician in Xiamen', [AGR, LAB, ART], '将贯通领域扩大为工程、农业、工艺美术、文物博物、实验技术、艺术、体育、技工院校教师等职称系列');
q('N', 'other', '我是厂里的电工技师 想顺便考个会计证或者统计师 国家政策支持技能工人考这些专业技术资格不', [['会计', 'accounting'], ['统计', 'statistic']], '支持高技能人才取得经济、会计、统计、审计、翻译、出版、通信、计算机技术与软件等专业技术人员职业资格');
q('N', 'title-to-skill', '我是洛阳的中级工程师 在车间当技术员 能去考技师吗 要什么条件', [TE, CUM], '专业技术人才取得助理级、中级、副高级职称，累计工作年限达到申报条件的',
  { truth: { titles: [ti('intermediate', '2021-04')], expect: ANY('technician') } });
q('N', 'title-to-skill', 'I hold a deputy senior engineer title in Shenzhen. Which skill level does that open for me, senoir technician?', [ST, STDD], '专业技术人才取得助理级、中级、副高级职称，累计工作年限达到申报条件的',
  { truth: { titles: [ti('deputy_senior', '2020-09')], expect: ANY('senior_technician') } });
q('N', 'upgrade', '拿了高级工一年多了 能不能按累计年限往技师晋级 全国是怎么规定的', [UPG, Y1], '取得职业资格或职业技能等级1年后，可按累计工作年限申报相应职业（工种）晋级评价');
q('N', 'upgrade', 'so my wife is an engineer, she passed gaojigong last spring — how many months must she wait to try the next skill level?', [Y1, CUM], '取得职业资格或职业技能等级1年后，可按累计工作年限申报相应职业（工种）晋级评价');
q('N', 'exemption', '学机电一体化毕业的助理工程师，去考电工高级工，理论考试能免吗', [EXEMPT], '具有所申报职业相关专业毕业证书的，可免于理论知识考试');
q('N', 'exemption', 'engineers taking a skill test, whats the focus? is it the practical part?', [OPS], '专业技术人才参加职业技能评价，注重操作技能考核');
q('N', 'equal-treatment', '在聘的技师在评优评奖、科研项目申报上 能跟工程师一样待遇吗', [EQ], '比照相应层级专业技术人员享受同等待遇');
q('N', 'equal-treatment', 'in Dongguan our factory has senior technicians on staff — does the national doc say they get the same treatment as professional staff for promotion and training?', [EQ], '比照相应层级专业技术人员享受同等待遇');
q('N', 'who-evaluates', '我们是规模以上企业 可以自己搞高技能人才职称评审吗', [['自主', 'own', 'in-house', 'themselves']], '规模以上企业自主开展高技能人才职称评审');
q('N', 'other', '高技能人才评职称是单独分组评吗', [['单独分组', '单独评审', 'separate']], '单独分组、单独评审');
q('N', 'papers', '技能人才评职称可以拿什么成果代替论文 像操作法 技术报告算不算', [['操作法', '技术报告', '行业工法', 'method', 'technical report']], '技能竞赛获奖情况、行业工法、操作法、完成项目、技术报告、经验总结、行业标准等创新性成果均可作为职称评审的重要内容');
q('N', 'other', '评职称的方式有哪些 除了笔试还有啥', [['面试答辩', '技能操作考核', '业绩评审', 'interview', 'defence', 'defense']], '综合采用理论知识考试、技能操作考核、业绩评审、面试答辩、竞赛选拔等多种方式评价高技能人才');
q('N', 'scope', '新兴职业比如无人机驾驶员 没有对应的职称专业怎么办', [['新兴职业', '新兴领域', 'emerging', 'new occupation']], '研究制定新兴职业、新兴领域贯通办法');
q('N', 'other', '拿了职称的技能人才，国家鼓励他们继续留在一线吗', [['一线', 'front line', 'frontline', 'front-line']], '鼓励取得职称的高技能人才坚守在生产服务一线');
q('N', 'documents', '呼和浩特一家企业HR问：员工评职称是不是自愿的，单位能不能强制', [['自愿', 'voluntar']], '高技能人才依据技术技能水平自愿参加职称评审');

// ============================================================ Chongqing (渝人社发〔2020〕32号)
q('C', 'eligibility', '万州的 焊工高级工 2023年10月拿的证 能评助理工程师了没', [AS], '满2年，可申报评审相应专业助理工程师',
  { truth: { skills: [sk('senior_worker', '2023-10')], expect: STD('assistant') } });
q('C', 'eligibility', '涪陵化工厂 仪表维修工技师 证是2024年3月的 啥子时候评得了工程师嘛', [EN, at(2027, 3)], '满3年，可申报评审相应专业工程师',
  { truth: { skills: [sk('technician', '2024-03')], expect: NOTYET('intermediate', '2027-03') } });
q('C', 'eligibility', '江津 钳工高级技师 二零二二年十一月拿的 是不是这个月就可以报高工了', [SE], '工作满4年，可申报评审相应专业高级工程师',
  { truth: { skills: [sk('senior_technician', '2022-11')], expect: STD('deputy_senior') } });
q('C', 'eligibility', '合川的 我2025年1月才拿到高级工 莫得其他证 好久能报助理工程师', [AS, at(2027, 1)], '满2年，可申报评审相应专业助理工程师',
  { truth: { skills: [sk('senior_worker', '2025-01')], expect: NOTYET('assistant', '2027-01') } });
q('C', 'eligibility', 'Chongqing, Yongchuan district. I got my technician (jishi) certificate in Dec 2023 as a CNC machinist. When can I apply to be an engineer?', [EN, at(2026, 12)], '满3年，可申报评审相应专业工程师',
  { truth: { skills: [sk('technician', '2023-12')], expect: NOTYET('intermediate', '2026-12') } });
q('C', 'eligibility', '咨询人：沙坪坝某汽车厂员工，高级技师，2023年7月取得，问可否申报高级工程师', [SE, at(2027, 7)], '工作满4年，可申报评审相应专业高级工程师',
  { truth: { skills: [sk('senior_technician', '2023-07')], expect: NOTYET('deputy_senior', '2027-07') } });
q('C', 'annual-review', '九龙坡的 前年考核是基本合格不是合格 影响评职称不', [REVW], '在现工作岗位上近3年年度考核合格',
  { truth: { skills: [sk('technician', '2020-06')], annualReviewsPassed: false, expect: { direction: 'skill_to_title', unmet: 'annual_review' } } });
q('C', 'green-channel', '北碚的 我是重庆市技术能手 可以直接报哪个职称', [AS], '全市技术能手', { truth: { awards: [hon('chongqing_technical_expert')], expect: GC('assistant') } });
q('C', 'green-channel', '巴南 我在一个市级技能大师工作室当领衔专家 直接报职称能到哪级', [AS], '市级技能大师工作室领衔专家，可直接申报助理工程师',
  { truth: { awards: [hon('municipal_master_studio_lead')], expect: GC('assistant') } });
q('C', 'green-channel', '享受国务院政府特殊津贴的专家 在重庆能直接申报啥子职称', [SE], '享受国务院政府特殊津贴专家',
  { truth: { awards: [hon('state_council_allowance')], expect: GC('deputy_senior') } });
q('C', 'green-channel', 'if you were the expert group leader (zhuanjia zuzhang) at WorldSkills, what can you apply for in chongqing?', [SE], '世界技能大赛专家组长',
  { truth: { awards: [hon('worldskills_expert_leader')], expect: GC('deputy_senior') } });
q('C', 'green-channel', '國家級技能大師工作室命名專家，重慶可以直接申報高級工程師嗎', [SE], '国家级技能大师工作室命名专家',
  { truth: { awards: [hon('national_master_studio_lead')], expect: GC('deputy_senior') } });
q('C', 'green-channel', '我是市级首席技能大师工作室领衔专家 黔江的 能直接评工程师不', [EN], '市级首席技能大师工作室',
  { truth: { awards: [hon('municipal_chief_master_studio_lead')], expect: GC('intermediate') } });
q('C', 'competition', '去年中国·重庆职业技能大赛我们厂的小王考了第四 他不够年限能直接报助工不', [AS], '职业技能大赛前6名',
  { truth: { awards: [comp('chongqing_skills_competition', 4)], expect: GC('assistant') } });
q('C', 'competition', '奉节 市级行业赛第三名 算不算绿色通道', [AS], '市级行业赛前3名', { truth: { awards: [comp('municipal_industry', 3)], expect: GC('assistant') } });
q('C', 'competition', '綦江隔壁万盛的 参加国家一类大赛排第四 回重庆报工程师能走直通吗', [EN], '国家级一类技能竞赛前5名', { truth: { awards: [comp('national_class1', 4)], expect: GC('intermediate') } });
q('C', 'competition', 'worldskills gold medalist from chongqing — which engineering title level can he go straight for?', [SE], '世界技能大赛金银铜牌获得者',
  { truth: { awards: [ws('gold')], expect: GC('deputy_senior') } });
q('C', 'competition', 'WorldSkills medallion for excellence (youshengjiang) in Chongqing, what title?', [EN], '全国技术能手、世界技能大赛优胜奖',
  { truth: { awards: [ws('excellence')], expect: GC('intermediate') } });
q('C', 'documents', '重庆绿色通道那些奖项 认定看什么 要交啥子材料证明', [CERTDOC], '以上项目的认定均以证书或文件为准');
q('C', 'title-to-skill', '丰都的助理工程师 在厂里干电工 能考高级工吗 有年限要求没', [SW, STDD], '其累计工作年限达到相应职业（工种）申报条件的',
  { truth: { titles: [ti('assistant', '2022-07')], expect: ANY('senior_worker') } });
q('C', 'title-to-skill', 'I am an engineer (gongchengshi) at a Chongqing motorbike plant, can I take the technician skill evaluation?', [TE, STDD], '可分别申请参加与现岗位相对应职业（工种）的高级工、技师、高级技师职业技能评价',
  { truth: { titles: [ti('intermediate', '2019-03')], expect: ANY('technician') } });
q('C', 'title-to-skill', '垫江的高级工程师 想考个高级技师证 重庆咋个规定的', [ST, STDD], '可分别申请参加与现岗位相对应职业（工种）的高级工、技师、高级技师职业技能评价',
  { truth: { titles: [ti('deputy_senior', '2018-05')], expect: ANY('senior_technician') } });
q('C', 'upgrade', '我是助理工程师 2025年8月考了高级工 再过多久可以考技师', [TE, Y1], '助理工程师在取得现从事职业（工种）高级工职业资格或职业技能等级1年后',
  { truth: { titles: [ti('assistant', '2019-06')], skills: [sk('senior_worker', '2025-08')], expect: UP('technician') } });
q('C', 'upgrade', '工程师取得技师一年以后 能报高级技师考评吗 潼南这边', [ST, Y1], '工程师在取得现从事职业（工种）技师职业资格或职业技能等级1年后');
q('C', 'upgrade', 'chongqing: once a professional gets a skill level, can they move up by cumulative working years? after how long?', [Y1, CUM], '可按累计工作年限申报现从事职业（工种）晋级评价');
q('C', 'exemption', '重庆 我是学制冷专业毕业的工程师 去考制冷工 理论能免考不', [EXEMPT], '可免于理论知识考试');
q('C', 'papers', '石柱的 我们焊工评职称是不是还得去期刊上发文章哦 发不起', [PAPER], '不得将身份、论文等作为高技能人才职称评审的限制性条件');
q('C', 'papers', 'do chongqing skilled workers need published papers for the engineer title? my boss in Liangping says yes', [PAPER], '不得将身份、论文等作为高技能人才职称评审的限制性条件');
q('C', 'school-equivalence', '我读的技校预备技师班 没得正规本科文凭 在重庆报职称认不认', [BK], '技工院校中级工班、高级工班、预备技师（技师）班毕业');
q('C', 'school-equivalence', 'i graduated from a senior worker class (gaojigong ban) at a technical school in chongqing — what education level is it treated as?', [DZ], '技工院校中级工班、高级工班、预备技师（技师）班毕业');
q('C', 'equal-treatment', '重庆的文件有没有说在聘的高级工技师能比照工程技术人员享受待遇', [EQ], '比照相应层级工程技术人员落实同等待遇');
q('C', 'equal-treatment', '武隆一家企业人事问：我们聘的高级技师，在岗位聘任和职务晋升上跟高级工程师比照吗', [EQ], '比照相应层级工程技术人员落实同等待遇');
q('C', 'equal-treatment', 'Chongqing: do employed technicians get equal treatment with engineering staff for training and job promotion?', [EQ], '比照相应层级工程技术人员落实同等待遇');
q('C', 'scope', '重庆这个贯通政策是所有行业都能参加吗 我是做餐饮的厨师', [ENG], '在我市工程技术领域生产一线岗位');
q('C', 'scope', '重庆 技能岗位上的专业技术人才能参加职业技能评价吗', [CUM, ['技能岗位', 'skill post', 'skilled post', 'skill job']], '在我市技能岗位工作的专业技术人才');
q('C', 'series', '重庆的贯通只限工程系列吗 农业的能不能参加', [ENG], '可按有关规定申请参加工程系列专业技术职称评审');
q('C', 'requirements', '重庆评职称对技能人才的基本要求是啥 除了证书和年限', [REVW, ['规章制度', '操作规程', 'rules', 'regulations', 'procedures']], '遵守单位规章制度和生产操作规程');
q('C', 'requirements', '秀山的 问下重庆技能人才评职称最低要啥子等级的证', [SW], '具有高级工以上职业资格');
q('C', 'requirements', '重庆职称评审对技能人才首先看重什么 职业道德吗', [['职业道德', 'ethics', 'professional ethics']], '坚持把职业道德放在评审的首位');
q('C', 'requirements', 'what counts in the chongqing engineering review for skilled workers — patents, competition results?', [['专利', 'patent'], ['竞赛', 'competition']], '技术和专利发明、科研成果、技能竞赛成绩等作为评价条件');
q('C', 'other', '重庆的这个意见啥时候印发的', [at(2020, 4)], '2020年4月22日');
q('C', 'other', '重庆以前的双师职称评定政策跟这个文件冲突了以哪个为准', [['本实施意见', '实施意见', 'this opinion', 'new', '本意见']], '原重庆市院校教师与企业工程师（技师）“双师”职称评定政策');
q('C', 'other', '重庆说的职业技能评价包括哪些 鉴定和等级认定都算吗', [['职业技能鉴定'], ['等级认定']], '含职业技能鉴定和职业技能等级认定');
q('C', 'other', '重庆能不能为了多评点人降低标准 扩大范围', [['不得', 'not', 'must not', 'no']], '不得随意降低评价标准条件，不得擅自扩大评价范围');
q('C', 'who-evaluates', '重庆这边贯通工作谁负责统筹 区县人力社保部门吗', [['区县', '人力社保', 'district', 'county']], '各区县（自治县）人力社保部门要加强统筹管理');

// ============================================================ Sichuan (四川省…贯通实施方案, 附件1 / 附件2)
q('S', 'eligibility', '绵阳 电子设备装接工高级工 2024年8月取得 什么时候可以评助理级', [AS], '取得高级工职业资格或职业技能等级后，从事技术技能工作满2年',
  { truth: { skills: [sk('senior_worker', '2024-08')], expect: STD('assistant') } });
q('S', 'eligibility', '德阳东方电气的 汽轮机装配技师 2025年3月拿证 好久能评中级', [EN, at(2028, 3)], '取得技师职业资格或职业技能等级后，从事技术技能工作满3年',
  { truth: { skills: [sk('technician', '2025-03')], expect: NOTYET('intermediate', '2028-03') } });
q('S', 'eligibility', '宜宾 我是高级技师 2021年9月拿的 能评副高了噻', [SE], '取得高级技师职业资格或职业技能等级后，从事技术技能工作满4年',
  { truth: { skills: [sk('senior_technician', '2021-09')], expect: STD('deputy_senior') } });
q('S', 'eligibility', '乐山的 高级技师证书2016年12月取得 听说可以评正高 我够了没', [FS, Y10, at(2026, 12)], '取得高级技师职业资格或职业技能等级后，从事技术技能工作满10年',
  { truth: { skills: [sk('senior_technician', '2016-12')], expect: NOTYET('full_senior', '2026-12') } });
q('S', 'eligibility', '南充 我是高级技师 2018年1月拿的证 2022年6月又评上了副高级工程师 还想评正高 要等到啥时候', [FS, Y5, at(2027, 6)], '取得副高级职称后，从事技术技能工作满5年',
  { truth: { titles: [ti('deputy_senior', '2022-06')], skills: [sk('senior_technician', '2018-01')], expect: NOTYET('full_senior', '2027-06') } });
q('S', 'eligibility', 'Panzhihua steel plant, I got gaoji jishi in May 2016, been on the line since. full senior title possible now?', [FS], '从事技术技能工作满10年',
  { truth: { skills: [sk('senior_technician', '2016-05')], expect: STD('full_senior') } });
q('S', 'eligibility', '來電人：廣元，高級工2025年5月取得，想申報助理級職稱，何時可以', [AS, at(2027, 5)], '取得高级工职业资格或职业技能等级后，从事技术技能工作满2年',
  { truth: { skills: [sk('senior_worker', '2025-05')], expect: NOTYET('assistant', '2027-05') } });
q('S', 'annual-review', '巴中的 技师拿了五年了 但是去年考核不合格 四川还能评中级不', [REVW], '近3年年度考核合格',
  { truth: { skills: [sk('technician', '2021-10')], annualReviewsPassed: false, expect: { direction: 'skill_to_title', unmet: 'annual_review' } } });
q('S', 'green-channel', '我是四川省技术能手 资阳的 可以破格评啥子职称', [EN], '获得四川省技术能手称号', { truth: { awards: [hon('sichuan_technical_expert')], expect: GC('intermediate') } });
q('S', 'green-channel', '天府工匠能破格申报副高吗', [SE], '获得全国技术能手、天府工匠、四川技能大师等称号', { truth: { awards: [hon('tianfu_craftsman')], expect: GC('deputy_senior') } });
q('S', 'green-channel', 'Sichuan skill master (Sichuan jineng dashi) title holder — which title level by the breakthrough route?', [SE], '获得全国技术能手、天府工匠、四川技能大师等称号',
  { truth: { awards: [hon('sichuan_skill_master')], expect: GC('deputy_senior') } });
q('S', 'green-channel', '阿坝 我是藏族唐卡的省级非遗代表性传承人 能破格评职称吗 什么级别', [EN], '四川省省级非物质文化遗产代表性传承人',
  { truth: { awards: [hon('provincial_intangible_heritage')], expect: GC('intermediate') } });
q('S', 'green-channel', '国家级非遗代表性传承人 蜀绣的 在四川能破格到哪一级', [SE], '被认定为国家级非物质文化遗产代表性传承人',
  { truth: { awards: [hon('national_intangible_heritage')], expect: GC('deputy_senior') } });
q('S', 'green-channel', '我在眉山边上的青神 领办了个省级大师工作室 竹编的 破格能不能上中级', [EN], '担任省级技能大师工作室领办人', { truth: { awards: [hon('provincial_master_studio_lead')], expect: GC('intermediate') } });
q('S', 'green-channel', '老师傅领办国家级大师工作室好多年了 在四川破格最高报到哪一档', [SE], '担任国家级技能大师工作室领办人', { truth: { awards: [hon('national_master_studio_lead')], expect: GC('deputy_senior') } });
q('S', 'green-channel', '享受國務院政府特殊津貼的技能人才，四川可以破格申報正高嗎', [FS], '享受国务院政府特殊津贴', { truth: { awards: [hon('state_council_allowance')], expect: GC('full_senior') } });
q('S', 'green-channel', 'my dad in Chengdu won the China Skills Award (zhonghua jineng dajiang). what title can he apply for by exception?', [FS], '获得中华技能大奖称号',
  { truth: { awards: [hon('china_skills_award')], expect: GC('full_senior') } });
q('S', 'green-channel', '世界技能大赛金奖选手的教练组组长 四川能破格申报什么职称', [FS], '世界技能大赛金奖选手技术指导专家组组长',
  { truth: { awards: [hon('worldskills_gold_coach_leader')], expect: GC('full_senior') } });
q('S', 'competition', '攀枝花的 国家级二类技能竞赛拿了铜牌 算奖牌不 能破格评中级吗', [EN], '在国家级技能竞赛中获得奖牌', { truth: { awards: [comp('national_class2', 3)], expect: GC('intermediate') } });
q('S', 'competition', '国家一类赛 三个人一组的项目 我们组排亚军 四川认这个破格上副高不', [SE], '双人赛项前3名、三人赛项前2名', { truth: { awards: [comp('national_class1', 2, 3)], expect: GC('deputy_senior') } });
q('S', 'competition', '国家级一类竞赛个人第五名 四川破格到哪级', [SE], '在国家级一类技能竞赛中获得前5名', { truth: { awards: [comp('national_class1', 5)], expect: GC('deputy_senior') } });
q('S', 'competition', 'worldskills bronze medal, sichuan — can i jump to deputy senior?', [SE], '在世界技能大赛中获得铜牌以上奖励', { truth: { awards: [ws('bronze')], expect: GC('deputy_senior') } });
q('S', 'competition', '世赛金牌选手 四川可以直接评正高级吗', [FS], '在世界技能大赛中获得金牌', { truth: { awards: [ws('gold')], expect: GC('full_senior') } });
q('S', 'requirements', '我初中文化 也没熬够年头 在四川走破格会不会卡学历和资历', [['学历', '资历', 'education', 'seniority', 'qualification']], '可不受学历、资历、层级限制，破格申报相应层级职称');
q('S', 'requirements', '宜宾的 电脑不太会 英语也不会 四川评职称考这两样不', [LANGCOMP], '不将学历、论文、外语、计算机等作为高技能人才参加职称评审的限制性条件');
q('S', 'requirements', 'sichuan: what are the basic conditions for skilled workers applying for a title? ethics, review...', [REVW, ['职业道德', 'ethics', 'moral']], '具有良好的职业道德、敬业精神，作风端正');
q('S', 'requirements', '四川评中级 技能人才除了年限还要啥子 业绩方面', [['技术革新', '工艺改进', '方法创新', '成果转化', 'innovation', 'process improvement']], '承担或参与技术革新、工艺改进、方法创新、成果转化等');
q('S', 'requirements', '准入类职业资格 四川评职称要不要', [['准入类', 'access', 'entry', 'licen']], '法律法规规定需取得准入类专业技术人员职业资格的，应具备相应职业资格');
q('S', 'series', '四川哪些职称系列可以贯通 群众文化算不算', [['群众文化', 'mass culture', 'community culture']], '文物博物（群众文化）');
q('S', 'series', 'sichuan — can a skilled worker in sports or art apply for a title under this scheme?', [SPORT, ART], '工艺美术、文物博物（群众文化）、实验技术、艺术、体育、技工');
q('S', 'title-to-skill', '成都温江 助理工程师 累计干了三年技术 能考高级工吗', [SW, Y2], '取得助理级职称或初级专业技术职业资格，累计从事本专业技术技能工作达到2年',
  { truth: { titles: [ti('assistant', '2023-05')], workYears: 3, expect: STD('senior_worker') } });
q('S', 'title-to-skill', '郫都区 我是中级职称 累计工作才两年半 想考技师 还差多久', [TE, Y4, at(2028, 5)], '取得中级职称或中级专业技术职业资格，累计从事本专业技术技能工作达到4年',
  { truth: { titles: [ti('intermediate', '2025-01')], workYears: 2.5, expect: NOTYET('technician', '2028-05') } });
q('S', 'title-to-skill', 'deputy senior title in Mianyang, 6 years of cumulative work so far — can I sit for senior technician? (gaoji jishi)', [ST, Y8, at(2028, 11)], '取得副高级职称，累计从事本专业技术技能工作达到8年',
  { truth: { titles: [ti('deputy_senior', '2023-03')], workYears: 6, expect: NOTYET('senior_technician', '2028-11') } });
q('S', 'title-to-skill', '副高职称 累计干了十年了 四川能直接报高级技师不', [ST], '取得副高级职称，累计从事本专业技术技能工作达到8年',
  { truth: { titles: [ti('deputy_senior', '2019-03')], workYears: 10, expect: STD('senior_technician') } });
q('S', 'title-to-skill', '龙泉驿 正高级工程师 想要高级技师证 有没有年限限制', [ST, ['不受年限', '年限限制', 'no year', 'without', 'not subject', 'no limit']], '正高级职称不受年限限制，可直接申报相应职业（工种）高级技师资格',
  { truth: { titles: [ti('full_senior', '2024-01')], expect: ANY('senior_technician') } });
q('S', 'title-to-skill', '有初级专业技术职业资格（考出来的）在四川能去考高级工吗', [SW, Y2], '取得助理级职称或初级专业技术职业资格');
q('S', 'title-to-skill', 'sichuan title holders who want a skill level — does the annual review matter there too?', [REVW], '从事相关相近专业工作，认真履行岗位职责，胜任本职工作，近3年年度考核合格');
q('S', 'title-to-skill', '获得省部级科技奖的工程师 四川可以直接申报技能等级评价吗', [['科学技术奖', '科技奖', 'science', 'technology award'], DIRECT], '获得省（部）级以上科学技术奖');
q('S', 'upgrade', '四川 专业技术人员拿了技能等级多久能晋级', [UPG, Y1], '专业技术人才取得职业资格或职业技能等级1年后，可按累计工作年限申报相应职业（工种）晋级评价');
q('S', 'upgrade', '新都 中级职称 2025年6月考到技师 累计工作九年 能不能往高级技师晋级了', [ST, UPG], '专业技术人才取得职业资格或职业技能等级1年后',
  { truth: { titles: [ti('intermediate', '2019-06')], skills: [sk('technician', '2025-06')], workYears: 9, expect: UP('senior_technician') } });
q('S', 'exemption', '四川 我是机械设计专业毕业的 去考钳工技能等级 理论考试可以免吗', [EXEMPT], '具有所申报职业相关专业毕业证书的，可免于理论知识考试');
q('S', 'school-equivalence', '技工院校中级工班毕业 在四川考会计资格 按啥学历报名', [ZZ], '可分别按相当于中专、大专、本科学历，报名参加经济、会计');
q('S', 'school-equivalence', 'Sichuan: graduated from a preparatory technician class (yubei jishi ban), can I sign up for the accounting qualification exam as a bachelor equivalent?', [BK], '可分别按相当于中专、大专、本科学历，报名参加经济、会计');
q('S', 'other', '四川高级工有点外语水平 能考翻译资格吗', [SW, ['翻译', 'translat']], '可报名参加相应语种、级别的翻译专业资格考试');
q('S', 'other', '高级工会编程 四川能报计算机软件资格考试吗', [SW, ['计算机技术与软件', '软考', 'software']], '计算机技术与软件专业技术资格考试');
q('S', 'schedule', '四川贯通方案首次评价是啥时候组织的', [at(2021, 11), at(2022, 3)], '组织首次评价（2021年11月－2022年3月）');
q('S', 'schedule', 'sichuan plan: when was the first phase (research and drafting)?', [at(2021, 3), ['October', '10月', 'Oct']], '调研论证，制定实施方案（2021年3月－10月）');
q('S', 'schedule', '四川第三阶段长效机制从什么时候开始', [at(2022, 4)], '形成长效机制（2022年4月－）');
q('S', 'equal-treatment', '四川在聘技师科研项目申报能跟中级职称一样待遇吗', [EQ], '比照相应层级专业技术人员享受同等待遇');
q('S', 'equal-treatment', '遂宁隔壁 资阳一家企业人力资源部：在聘高级工评优评奖和专技人员比照吗', [EQ], '比照相应层级专业技术人员享受同等待遇');
q('S', 'equal-treatment', 'sichuan — do skilled workers on staff get the same treatment as professionals in training and promotion?', [EQ], '比照相应层级专业技术人员享受同等待遇');
q('S', 'papers', '四川推行的代表性成果评价是啥意思 可以不写论文吗', [['代表性成果', 'representative']], '推行代表性成果评价制度');
q('S', 'who-evaluates', '四川 谁来制定专业技术人才考技能的细则', [['评价机构', '考评细则', 'evaluation agenc', 'evaluation bod', 'institution']], '制定专业技术人才参加职业技能评价的考评细则');
q('S', 'documents', '四川用人单位在贯通里要做啥 推荐和业绩鉴定吗', [['业绩鉴定', '申报推荐', 'recommend']], '用人单位要发挥主体作用，做好业绩鉴定、申报推荐等');
q('S', 'other', '四川说标准没重新定好的话 按什么评', [['参照本方案', '基本条件', 'basic conditions', 'this plan']], '重新制定标准条件确有困难的，可参照本方案基本条件开展评价工作');
q('S', 'scope', '四川 高技能人才要从事什么工作才能参加评审 甘孜的', [SW, ['技术技能工作', 'technical', 'skill work']], '具备高级工以上职业资格或职业技能等级且从事相关技术技能工作的高技能人才');

// ============================================================ Liaoning (辽人社规〔2019〕2号)
q('L', 'eligibility', '鞍山钢厂 天车工高级工 2024年11月拿证 这个月能报助理工程师不', [AS], '获得高级工职业资格或职业技能等级后从事技术技能工作满2年，可申报评审相应专业助理工程师',
  { truth: { skills: [sk('senior_worker', '2024-11')], expect: STD('assistant') } });
q('L', 'eligibility', '抚顺石化的 化工总控工技师 2024年2月证下来 啥时候能评工程师啊', [EN, at(2027, 2)], '获得技师职业资格或职业技能等级后从事技术技能工作满3年，可申报评审相应专业工程师',
  { truth: { skills: [sk('technician', '2024-02')], expect: NOTYET('intermediate', '2027-02') } });
q('L', 'eligibility', '丹东 高级技师 二零二一年三月 到现在能评高级工程师了吧', [SE], '获得高级技师职业资格或职业技能等级后从事技术技能工作满4年，可申报评审相应专业高级工程师',
  { truth: { skills: [sk('senior_technician', '2021-03')], expect: STD('deputy_senior') } });
q('L', 'eligibility', 'Yingkou port, crane operator, technician cert since Jan 2023. Engineer title — am I there yet?', [EN], '获得技师职业资格或职业技能等级后从事技术技能工作满3年，可申报评审相应专业工程师',
  { truth: { skills: [sk('technician', '2023-01')], expect: STD('intermediate') } });
q('L', 'eligibility', '锦州 高级技师证2024年5月拿的 要评高工还得等到哪年哪月', [SE, at(2028, 5)], '获得高级技师职业资格或职业技能等级后从事技术技能工作满4年，可申报评审相应专业高级工程师',
  { truth: { skills: [sk('senior_technician', '2024-05')], expect: NOTYET('deputy_senior', '2028-05') } });
q('L', 'annual-review', '盘锦油田的 近三年有一年考核不合格 辽宁还能申报职称吗', [REVW], '在现工作岗位上近3年年度考核合格',
  { truth: { skills: [sk('senior_technician', '2019-04')], annualReviewsPassed: false, expect: { direction: 'skill_to_title', unmet: 'annual_review' } } });
q('L', 'green-channel', '我是辽宁工匠 铁岭的 能破格申报什么职称', [FS], '辽宁工匠、辽宁省功勋高技能人才', { truth: { awards: [hon('liaoning_craftsman')], expect: GC('full_senior') } });
q('L', 'green-channel', '朝阳隔壁北票的 去年评上了省有突出贡献高技能人才 破格直接上高级工程师行不', [SE], '辽宁省有突出贡献高技能人才、省级技能大师工作站负责人，可破格申报高级工程师',
  { truth: { awards: [hon('liaoning_outstanding_talent')], expect: GC('deputy_senior') } });
q('L', 'green-channel', 'liaoning: i am a provincial skills master workstation head (gongzuozhan fuzeren) — which title by exception?', [SE], '辽宁省有突出贡献高技能人才、省级技能大师工作站负责人，可破格申报高级工程师',
  { truth: { awards: [hon('provincial_master_studio_lead')], expect: GC('deputy_senior') } });
q('L', 'green-channel', '我係錦州嘅，攞咗遼寧省技術能手，破格申報工程師得唔得', [EN], '获得辽宁省技术能手，可破格申报工程师', { truth: { awards: [hon('liaoning_technical_expert')], expect: GC('intermediate') } });
q('L', 'green-channel', '全国技术能手在辽宁破格能到正高吗', [FS], '可破格申报正高级工程师', { truth: { awards: [hon('national_technical_expert')], expect: GC('full_senior') } });
q('L', 'green-channel', '国家级技能大师工作室负责人 瓦房店的 辽宁能直接评正高级工程师吗', [FS], '国家级技能大师工作室负责人', { truth: { awards: [hon('national_master_studio_lead')], expect: GC('full_senior') } });
q('L', 'competition', '辽宁选手世赛银牌 还有他的教练 都能破格评正高？', [FS, ['教练', 'coach']], '获得世界技能大赛金牌、银牌、铜牌的辽宁选手及其技术指导专家和教练',
  { truth: [{ awards: [ws('silver')], expect: GC('full_senior') }, { awards: [hon('worldskills_coach')], expect: GC('full_senior') }] });
q('L', 'documents', '辽宁破格申报 奖项以什么为准', [CERTDOC], '以证书和表彰文件为准');
q('L', 'papers', '辽宁评职称技能人才可以用啥代替论文', [PAPERREP], '可将工作报告、技术工艺改进方案、编制的操作手册');
q('L', 'papers', 'liaoning: can I hand in a technical manual I wrote instead of a paper for my engineer title?', [PAPERREP], '替代论文或论著要求');
q('L', 'papers', '海城的 辽宁是不是淡化论文了 评审谁来评价替代材料', [['评委会', '专家', 'committee', 'expert']], '由评委会专家进行综合评价');
q('L', 'requirements', '营口的老工人 不会外语也不会电脑 辽宁职称这两门是硬杠杠吗', [LANGCOMP], '对职称外语和计算机应用能力考试不作统一要求');
q('L', 'requirements', '铁岭开原的 想知道辽宁技术工人报职称 最起码得满足啥', [SW, REVW], '具有高级工及以上职业资格或职业技能等级，在现工作岗位上近3年年度考核合格');
q('L', 'requirements', '辽宁职称评审看哪些业绩 规划设计方案算吗', [['规划设计方案', '技术管理方案', '行业工法', 'design', 'plan']], '行业工法、规划设计方案、技术管理方案');
q('L', 'requirements', '辽宁那边材料造假会怎么样', [VETO], '实行“一票否决”');
q('L', 'requirements', 'liaoning: a guy at my plant padded his resume and copied someone elses project for his title application, what does the policy do about that?', [VETO], '对伪造学历、资历、业绩材料，剽窃他人成果等弄虚作假者');
q('L', 'school-equivalence', '辽宁 技工院校高级工班毕业的评职称按什么学历', [DZ], '技工院校中级工班、高级工班、预备技师（技师）班毕业，可分别按相当于中专、大专、本科学历申报评审相应专业职称');
q('L', 'title-to-skill', '大石桥 助理工程师 刚评上 能直接考高级工吗', [SW], '取得相关专业助理工程师资格，可申报参加相关职业（工种）三级（高级工）职业技能评价',
  { truth: { titles: [ti('assistant', '2026-09')], expect: STD('senior_worker') } });
q('L', 'title-to-skill', '助理工程师2024年1月评的 辽宁考技师要满几年 我啥时候够', [TE, Y3, at(2027, 1)], '取得相关专业助理工程师资格后，从事本职业（工种）或相关职业（工种）工作满3年',
  { truth: { titles: [ti('assistant', '2024-01')], expect: NOTYET('technician', '2027-01') } });
q('L', 'title-to-skill', 'Shenyang Tiexi, engineer (intermediate) since 2020 — can I apply for the technician skill level straight away in Liaoning?', [TE], '取得相关专业工程师以上资格，从事本职业（工种）或相关职业（工种）工作',
  { truth: { titles: [ti('intermediate', '2020-04')], expect: STD('technician') } });
q('L', 'title-to-skill', '庄河的 工程师2025年4月评上 想考高级技师 辽宁要等多久', [ST, Y3, at(2028, 4)], '取得相关专业工程师资格后，从事该职业（工种）或相关职业（工种）工作满3年',
  { truth: { titles: [ti('intermediate', '2025-04')], expect: NOTYET('senior_technician', '2028-04') } });
q('L', 'title-to-skill', '高级工程师在辽宁考高级技师有年限要求吗', [ST], '取得相关专业高级工程师资格，从事该职业（工种）或相关职业（工种）工作',
  { truth: { titles: [ti('deputy_senior', '2025-10')], expect: STD('senior_technician') } });
q('L', 'title-to-skill', '丹东一家药厂的 我就一个技术员的初级职称 现在在操作岗 能报技能鉴定吗', [['技术员', 'technician-level', 'junior'], ['技能岗位', 'skill post', 'skilled post', 'skill job', '现岗位']], '取得技术员资格或尚未取得专业技术资格的专业技术人才');
q('L', 'upgrade', '辽宁 拿了技能等级一年后能按累计年限晋级吗', [UPG, Y1], '在取得现从事职业（工种）职业资格或职业技能等级1年后，可按累计工作年限申报现从事职业（工种）晋级评价');
q('L', 'upgrade', 'liaoning — engineer with a skill cert for over a year, can I apply to go up a level by total years worked?', [UPG, Y1], '可按累计工作年限申报现从事职业（工种）晋级评价');
q('L', 'exemption', '辽宁 工程师有相关专业毕业证 考技能免理论吗', [EXEMPT], '对具有所申报职业（专业）或相关职业（专业）毕业证书的，可免于理论知识考试');
q('L', 'other', '我以前在别的厂干技术员 现在干技能 经历能连着算吗 辽宁', [['连续计算', '连续', 'continuous', 'counted together', 'count']], '原从事相关技能工作或专业技术工作的经历，可连续计算');
q('L', 'who-evaluates', '辽宁这个技能人才评职称 是省里统一搞还是各市自己组织', [['各市', '省直', 'city', 'cities', 'provincial']], '由各市、省直相关部门（单位）按管理权限组织开展');
q('L', 'scope', '盘锦化工园的 辽宁这贯通到底针对啥样的人 我们化工操作工算不', [SW, ENG], '在我省工程技术领域一线岗位从事技术技能工作');
q('L', 'scope', 'liaoning scope: professionals with an engineering title in skill posts — are they covered?', [ENG, ['技能岗位', 'skill post', 'skilled post', 'skill position']], '取得工程系列专业技术职称，从事技能岗位工作的专业技术人才');
q('L', 'series', '辽宁除了工程系列 农业系列能贯通吗', [ENG], '在我省工程技术领域一线岗位从事技术技能工作');
q('L', 'equal-treatment', '辽宁在聘技师比照什么层级享受待遇', [EQ, EN], '比照助理工程师、工程师、高级工程师等相应层级工程技术人员享受同等待遇');
q('L', 'equal-treatment', '葫芦岛隔壁兴城的 人事部门问：聘用的高级技师辽宁文件说比照高级工程师吗', [EQ, SE], '比照助理工程师、工程师、高级工程师等相应层级工程技术人员享受同等待遇');
q('L', 'equal-treatment', 'Liaoning: is a senior worker on staff treated like an assistant engineer for training and promotion?', [EQ, AS], '比照助理工程师、工程师、高级工程师等相应层级工程技术人员享受同等待遇');
q('L', 'other', '辽人社规2019年那个2号 具体落款日子是哪天', [at(2019, 8)], '2019年8月21日');
q('L', 'other', '辽宁 技能人才能不能自己选申报哪个系列专业', [['自愿', 'voluntar', 'choose']], '可在本工作领域自愿申报相应系列、专业和相应级别的专业技术职称');

// ============================================================ Jiangxi (赣人社字〔2021〕227号, forwarding 人社部发〔2020〕96号)
q('J', 'eligibility', '九江的 石化装置操作工高级工 2024年9月拿证 啥时候能评助理', [AS], '从事技术技能工作满2年，可申报评审相应专业助',
  { truth: { skills: [sk('senior_worker', '2024-09')], expect: STD('assistant') } });
q('J', 'eligibility', '赣州 稀土冶炼工技师 2025年7月取得 评中级要等到啥时候', [EN, at(2028, 7)], '取得技师职业资格或职业技能等级后从事技术技能工作满3年',
  { truth: { skills: [sk('technician', '2025-07')], expect: NOTYET('intermediate', '2028-07') } });
q('J', 'eligibility', 'Jingdezhen, ceramic kiln worker, senior technician since Mar 2022 — deputy senior title possible now in Jiangxi?', [SE], '取得高级技师职业资格或职业技能等级后从事技术技能工作满4年',
  { truth: { skills: [sk('senior_technician', '2022-03')], expect: STD('deputy_senior') } });
q('J', 'eligibility', '萍乡的 高级工是2025年11月考的 助理级要等到哪个月', [AS, at(2027, 11)], '从事技术技能工作满2年，可申报评审相应专业助',
  { truth: { skills: [sk('senior_worker', '2025-11')], expect: NOTYET('assistant', '2027-11') } });
q('J', 'annual-review', '上饶的 近三年考核有一年没合格 江西还能评职称吗', [REVW], '高技能人才参加职称评审应在现工作岗位上近3年年度考核合格',
  { truth: { skills: [sk('technician', '2020-02')], annualReviewsPassed: false, expect: { direction: 'skill_to_title', unmet: 'annual_review' } } });
q('J', 'green-channel', '江西 获得中华技能大奖 能直接评什么职称', [FS, SE], '可直接申报评审正高级或副高级职称',
  { truth: [{ awards: [hon('china_skills_award')], expect: GC('full_senior') }, { awards: [hon('china_skills_award')], expect: GC('deputy_senior') }] });
q('J', 'green-channel', 'my cousin in Shangrao got the national technical expert award last year — in jiangxi, which title level can he skip straight to?', [FS, SE], '获得中华技能大奖、全国技术能手',
  { truth: { awards: [hon('national_technical_expert')], expect: GC('deputy_senior') } });
q('J', 'series', '江西 景德镇陶瓷的 工艺美术系列能贯通吗', [CRAFT], '将贯通领域扩大为工程、农业、工艺美术、文物博物、实验技术、艺术、体育、技工院校教师等职称系列');
q('J', 'series', '宜春的 技工学校老师 江西有没有技工院校教师系列贯通', [TEACH], '将贯通领域扩大为工程、农业、工艺美术、文物博物、实验技术、艺术、体育、技工院校教师等职称系列');
q('J', 'requirements', '江西评职称 高技能人才要不要论文和外语', NOLIM, '不将学历、论文、外语、计算机等作为高技能人才参加职称评审的限制性条件');
q('J', 'requirements', '江西要求各职称系列主管部门干嘛', [['申报条件', '完善', 'improve', 'revise', 'application conditions']], '在职称申报条件中完善高技能人才职称评审政策');
q('J', 'title-to-skill', '南昌 中级职称的 在车间干 能考技师吗 江西按什么条件', [TE, STDD], '专业技术人才取得助理级、中级、副高级职称，累计工作年限达到申报条件的',
  { truth: { titles: [ti('intermediate', '2022-05')], expect: ANY('technician') } });
q('J', 'title-to-skill', 'Ganzhou, assistant engineer title — can I apply for the gaojigong (senior worker) evaluation?', [SW, STDD], '专业技术人才取得助理级、中级、副高级职称，累计工作年限达到申报条件的',
  { truth: { titles: [ti('assistant', '2023-08')], expect: ANY('senior_worker') } });
q('J', 'upgrade', '江西 技能等级拿了一年 按累计年限能晋级吗', [UPG, Y1], '取得职业资格或职业技能等级1年后，可按累计工作年限申报相应职业（工种）晋级评价');
q('J', 'exemption', '瑞金的 学化工的工程师 考化工总控工 理论能免考吗', [EXEMPT], '具有所申报职业相关专业毕业证书的，可免于理论知识考试');
q('J', 'equal-treatment', '江西企业对在聘高级技师 待遇怎么比照', [EQ], '比照相应层级专业技术人员享受同等待遇');
q('J', 'equal-treatment', 'jiangxi, fengcheng — are hired technicians entitled to equal treatment with professional staff?', [EQ], '比照相应层级专业技术人员享受同等待遇');
q('J', 'other', '江西这个227号文件是什么时候发的', [at(2021, 7)], '2021年7月14日');
q('J', 'other', '江西的文件是自己定的标准还是转发国家的', [['96号', '人社部', 'national', '转发', 'forward']], '现将人力资源社会保障部《关于进一步加强高技能人才与专业技术人才职业发展贯通的实施意见》（人社部发〔2020〕96号）转发给你们');
q('J', 'who-evaluates', '江西 大企业能自主开展高技能人才职称评审吗', [['自主', 'own', 'in-house']], '规模以上企业自主开展高技能人才职称评审');

// ============================================================ Suzhou (苏人保职〔2019〕28号, with its annex)
q('Z', 'eligibility', '昆山 电子厂的 电工高级工2024年10月拿的 能报助理工程师了吗', [AS], '获得高级工职业资格或职业技能等级后从事技术技能工作满2年，可申报评审相应专业助理工程师',
  { truth: { skills: [sk('senior_worker', '2024-10')], expect: STD('assistant') } });
q('Z', 'eligibility', '常熟 模具工技师 2024年6月取得 苏州评工程师要等到啥时候', [EN, at(2027, 6)], '获得技师职业资格或职业技能等级后从事技术技能工作满3年，可申报评审相应专业工程师',
  { truth: { skills: [sk('technician', '2024-06')], expect: NOTYET('intermediate', '2027-06') } });
q('Z', 'eligibility', '太仓 德企的 机床装调维修工 高级技师 2022年10月的证 能评高工吗', [SE], '获得高级技师资格或职业技能等级后从事技术技能工作满4年',
  { truth: { skills: [sk('senior_technician', '2022-10')], expect: STD('deputy_senior') } });
q('Z', 'eligibility', 'Wujiang district, Suzhou. Senior technician since June 2023, when can I apply for senior engineer?', [SE, at(2027, 6)], '获得高级技师资格或职业技能等级后从事技术技能工作满4年',
  { truth: { skills: [sk('senior_technician', '2023-06')], expect: NOTYET('deputy_senior', '2027-06') } });
q('Z', 'eligibility', '吴中 锻造工 技师 2023年11月拿证 是不是这个月够三年可以评工程师', [EN], '获得技师职业资格或职业技能等级后从事技术技能工作满3年，可申报评审相应专业工程师',
  { truth: { skills: [sk('technician', '2023-11')], expect: STD('intermediate') } });
q('Z', 'eligibility', '園區的 高級工2025年9月考到 蘇州幾時可以申報助理工程師', [AS, at(2027, 9)], '获得高级工职业资格或职业技能等级后从事技术技能工作满2年，可申报评审相应专业助理工程师',
  { truth: { skills: [sk('senior_worker', '2025-09')], expect: NOTYET('assistant', '2027-09') } });
q('Z', 'annual-review', '相城的 近三年考核有一年是不合格 苏州评职称有影响吗', [REVW], '在现工作岗位上近3年年度考核合格',
  { truth: { skills: [sk('technician', '2021-01')], annualReviewsPassed: false, expect: { direction: 'skill_to_title', unmet: 'annual_review' } } });
q('Z', 'requirements', '苏州评职称 申报的专业和我干的工种不一样行不行', [['相同或相近', 'same or similar', 'same or related', 'similar']], '申报人员从事的专业须与申报的专业技术职称专业相同或相近');
q('Z', 'requirements', '苏州技能人才评职称主要看哪些评价条件', [['产品质量', '专利', '技能竞赛', 'patent', 'competition', 'quality']], '把技能技艺、工作实绩、产品质量、技术和专利发明、科研成果、技能竞赛成绩等作为主要评价条件');
q('Z', 'requirements', 'suzhou: minimum skill level and review record to apply for an engineering title?', [SW, REVW], '具有高级工以上职业资格或职业技能等级，在现工作岗位上近3年年度考核合格');
q('Z', 'documents', '苏州高技能人才评职称 材料怎么报 走什么流程', [['用人单位初审', '初审', 'employer', 'preliminary'], ['主管部门', 'department', 'competent']], '经用人单位初审、主管部门审核、职称申报点受理后');
q('Z', 'documents', '苏州工程师去考技能 申报材料里必须有啥', [['职称证书', 'title certificate', '职称證書']], '申报材料应包括合规获得的工程技术职称证书');
q('Z', 'green-channel', '我是姑苏高技能突出人才 能直接报什么职称', [EN], '获得苏州技能大奖、姑苏高技能突出人才、江苏省技术能手、市级劳动模范等荣誉称号',
  { truth: { awards: [hon('gusu_outstanding_talent')], expect: GC('intermediate') } });
q('Z', 'green-channel', '江苏省技术能手 在苏州可以直接申报工程师不', [EN], '获得苏州技能大奖、姑苏高技能突出人才、江苏省技术能手、市级劳动模范等荣誉称号',
  { truth: { awards: [hon('jiangsu_technical_expert')], expect: GC('intermediate') } });
q('Z', 'green-channel', 'Suzhou: I was named a Suzhou technical expert (Suzhou shi jishu nengshou), what title can I apply directly?', [AS], '获得苏州市技术能手、姑苏高技能重点人才、市级一类技能竞赛前三名，可直接申报助理工程师',
  { truth: { awards: [hon('suzhou_technical_expert')], expect: GC('assistant') } });
q('Z', 'green-channel', '常熟的 去年评上江苏工匠 没得职称 直接申报高工可以吧', [SE], '获得全国技术能手、江苏工匠称号', { truth: { awards: [hon('jiangsu_craftsman')], expect: GC('deputy_senior') } });
q('Z', 'green-channel', '省部级劳动模范 苏州直接申报啥职称', [SE], '获得省部级劳动模范或市级以上技术发明奖', { truth: { awards: [hon('provincial_model_worker')], expect: GC('deputy_senior') } });
q('Z', 'green-channel', '获得中华技能大奖的 苏州可以直接报正高级工程师吗', [FS], '获得中华技能大奖、江苏大工匠称号', { truth: { awards: [hon('china_skills_award')], expect: GC('full_senior') } });
q('Z', 'green-channel', '拿过市级技术发明奖 苏州能直接评哪级 好像写了两处', [EN, SE], '市级以上技术发明奖',
  { truth: [{ awards: [hon('municipal_invention_award')], expect: GC('intermediate') }, { awards: [hon('municipal_invention_award')], expect: GC('deputy_senior') }] });
q('Z', 'competition', '市级一类技能竞赛第二名 苏州可以直接报助理工程师吗', [AS], '市级一类技能竞赛前三名，可直接申报助理工程师', { truth: { awards: [comp('municipal_class1', 2)], expect: GC('assistant') } });
q('Z', 'competition', '省级一类技能竞赛第五名 张家港隔壁的常熟 能直接报工程师吗', [EN], '省级一类技能竞赛前四至六名', { truth: { awards: [comp('provincial_class1', 5)], expect: GC('intermediate') } });
q('Z', 'competition', '吴江 我们班长省二类比赛夺冠了 苏州这边直接给报哪一级', [SE], '省级二类技能竞赛第一名的，可直接申报高级工程师', { truth: { awards: [comp('provincial_class2', 1)], expect: GC('deputy_senior') } });
q('Z', 'competition', '省二类竞赛第三名 苏州能直接申报工程师吗', [EN], '省级二类技能竞赛前二至三名', { truth: { awards: [comp('provincial_class2', 3)], expect: GC('intermediate') } });
q('Z', 'competition', 'international skills competition, 6th place — suzhou green channel to which title?', [SE], '国际技能竞赛前八名', { truth: { awards: [comp('international', 6)], expect: GC('deputy_senior') } });
q('Z', 'competition', 'national class-2 competition 2nd place in Suzhou, senior engineer directly?', [SE], '国家级二类技能竞赛前三名', { truth: { awards: [comp('national_class2', 2)], expect: GC('deputy_senior') } });
q('Z', 'competition', '世赛铜牌 苏州可以直接报正高级吗', [FS], '世界技能大赛金牌、银牌、铜牌（以证书、表彰文件为准）的，可直接申报正高级工程师', { truth: { awards: [ws('bronze')], expect: GC('full_senior') } });
q('Z', 'title-to-skill', '苏州 助理工程师 第一次申请技能评价 能考啥等级', [SW], '专业技术人才取得工程系列相关专业助理工程师、工程师、高级工程师后，可分别申请参加与现岗位相对应职业（工种）的高级工、技师、高级技师职业技能评价',
  { truth: { titles: [ti('assistant', '2025-06')], expect: STD('senior_worker') } });
q('Z', 'title-to-skill', '虎丘隔壁高新区的 刚评上高级工程师 首次参评能直接考高级技师吗 要不要年限', [ST], '可分别申请参加与现岗位相对应职业（工种）的高级工、技师、高级技师职业技能评价',
  { truth: { titles: [ti('deputy_senior', '2026-07')], expect: STD('senior_technician') } });
q('Z', 'title-to-skill', 'Kunshan engineer (gongchengshi) since this spring — first skill evaluation, which level can I go for?', [TE], '可分别申请参加与现岗位相对应职业（工种）的高级工、技师、高级技师职业技能评价',
  { truth: { titles: [ti('intermediate', '2026-04')], expect: STD('technician') } });
q('Z', 'title-to-skill', '蘇州專業技術人才參加職業技能評價 由誰組織', [['职业技能鉴定指导中心', '鉴定指导中心', '鑒定指導中心', 'guidance center', 'guidance centre']], '由各级职业技能鉴定指导中心按管理权限组织开展');
q('Z', 'title-to-skill', '苏州的专业技术人才必须在什么岗位上才能考技能', [['技能岗位', 'skill post', 'skilled post', 'skill position', 'skill job']], '在技能岗位工作的专业技术人才，取得助理工程师、工程师、高级工程师职称后');
q('Z', 'upgrade', '苏州 助理工程师 2025年5月考了高级工 啥时候能考技师', [TE, Y1], '助理工程师在取得现从事职业（工种）高级工1年后，其累计工作年限达到技师申报条件的',
  { truth: { titles: [ti('assistant', '2020-03')], skills: [sk('senior_worker', '2025-05')], expect: UP('technician') } });
q('Z', 'upgrade', '吴江的工程师 技师证拿了一年半 能往高级技师晋级吗', [ST, UPG], '工程师在取得现从事职业（工种）技师1年后',
  { truth: { titles: [ti('intermediate', '2018-09')], skills: [sk('technician', '2025-05')], expect: UP('senior_technician') } });
q('Z', 'upgrade', 'suzhou — skill certificate held a year, can a professional apply for the next level by total years? whats the rule on jinji', [UPG, Y1], '在取得现从事职业（工种）职业资格或职业技能等级1年后，可按累计工作年限申报现从事职业（工种）晋级评价');
q('Z', 'exemption', '苏州的工程师去考技能 理论考试是不是都免', [EXEMPT], '专业技术人才参加职业技能评价免于理论知识考试');
q('Z', 'exemption', 'in suzhou, do engineers have to take the theory exam for a skill certificate?', [EXEMPT], '专业技术人才参加职业技能评价免于理论知识考试');
q('Z', 'annex', '苏州 我是钢筋工 评职称对应哪个专业类别', [['建设', 'construction']], '防水工、砌筑工、混凝土工、钢筋工');
q('Z', 'annex', '冲压工在苏州那个目录里对应什么职称专业', [['机械', 'mechanical', 'machinery']], '磨工、冲压工、电切削工');
q('Z', 'annex', 'suzhou catalogue: which trades map to the chemical engineering (huagong gongcheng) specialty?', [['制冷工', 'refrigeration']], '化工工程制冷工');
q('Z', 'annex', '智能楼宇管理员 苏州评工程师对应哪个专业', [['机械', 'mechanical', 'machinery']], '汽车维修工、智能楼宇管理员');
q('Z', 'annex', '苏州目录里建设类对应哪些工种', [['电梯安装维修工', '防水工', '砌筑工', '架子工', '手工木工']], '电梯安装维修工、制冷空调系统安装维修工、防水工、砌筑工');
q('Z', 'school-equivalence', '技工院校中级工班毕业生 苏州评职称按啥学历', [ZZ], '技工院校中级工班、高级工班、预备技师（技师）班毕业生分别按相当于中专、大专、本科学历');
q('Z', 'other', '昆山的工程师 去参加了技能培训 能不能抵继续教育的学时', [['继续教育', 'continuing education']], '职业技能培训成果可折算继续教育学时');
q('Z', 'other', '苏州地方工程师 可以直接考高级工吗 考过了有啥用', [SW, ['国家中级', '中级职称', 'national intermediate', 'intermediate']], '持有我市地方工程师的职称人员可直接参加高级工鉴定考试');
q('Z', 'other', '苏州工程师考到技能证书后 有没有补贴', [['补贴', 'subsid'], ['紧缺职业', '失业保险', 'shortage', 'unemployment insurance']], '符合我市高技能人才紧缺职业（工种）培养奖励范围或失业保险职业技能提升补贴');
q('Z', 'other', '苏州这个贯通刚开始是挑了哪几个行业先干的', [['机械'], ['建设'], ['化工']], '试点在机械、建设、化工等行业中推进此项工作');
q('Z', 'other', '苏州文件里那个安全加技能的复合培训 是针对啥人的', [['安全+技能', 'safety', '复合型']], '试点开展“安全+技能”等复合型培训');
q('Z', 'other', '苏州这个28号文哪天发的', [at(2019, 9)], '2019年9月11日');
q('Z', 'equal-treatment', '苏州在聘的技师 学习进修能跟工程师比照吗', [EQ], '比照相应层级工程技术专业人员享受同等待遇');
q('Z', 'equal-treatment', '姑苏区一家公司HR：我们在聘的高级工，岗位聘用上苏州文件怎么说待遇', [EQ], '比照相应层级工程技术专业人员享受同等待遇');
q('Z', 'equal-treatment', 'suzhou: senior technicians employed at our plant — equal treatment with engineering staff in promotion?', [EQ], '比照相应层级工程技术专业人员享受同等待遇');
q('Z', 'scope', '苏州 事业单位的技能人员能评吗 还是只限企业', [['企业', 'enterprise', 'compan']], '我市各类企业工程技术领域生产一线岗位');
q('Z', 'scope', '苏州这个政策只管工程系列吗', [ENG], '支持工程技术领域高技能人才参评工程系列专业技术职称');
q('Z', 'series', 'is suzhou only the engineering series, or can a craft worker (suxiu embroidery) get an arts-and-crafts title?', [ENG], '可按有关规定参加工程系列专业技术职称评审');
q('Z', 'who-evaluates', '苏州技能人才申报职称 材料最后报到哪', [['职称评审办公室', '评审办公室', 'review office', 'evaluation office']], '按程序报送相应职称评审办公室');
q('Z', 'requirements', '苏州有没有破格条件', [['破格', 'exception', 'exceptional']], '参评的技能人才符合我市工程系列相关资格条件规定破格条件的，可破格申报');

// ============================================================ two regions
q('C', 'two-regions', '重庆跟四川比 全国技术能手直接能评的职称一样不', [EN, SE], ['全国技术能手、世界技能大赛优胜奖', '获得全国技术能手、天府工匠、四川技能大师等称号'],
  { truth: [{ awards: [hon('national_technical_expert')], expect: GC('intermediate') }, { region: R.S, awards: [hon('national_technical_expert')], expect: GC('deputy_senior') }] });
q('L', 'two-regions', '辽宁和苏州 世赛铜牌分别能破格到哪级', [FS], ['获得世界技能大赛金牌、银牌、铜牌的辽宁选手', '世界技能大赛金牌、银牌、铜牌（以证书、表彰文件为准）'],
  { truth: [{ awards: [ws('bronze')], expect: GC('full_senior') }, { region: R.Z, awards: [ws('bronze')], expect: GC('full_senior') }] });
q('S', 'two-regions', 'sichuan vs liaoning: I have an intermediate title. years needed before the technician skill test in each?', [TE, Y4], ['累计从事本专业技术技能工作达到4年', '取得相关专业工程师以上资格，从事本职业（工种）或相关职业（工种）工作']);
q('Z', 'two-regions', '苏州和重庆 工程师考技能 理论考试免不免', [EXEMPT], ['专业技术人才参加职业技能评价免于理论知识考试', '可免于理论知识考试']);
q('C', 'two-regions', '重庆和辽宁对技能人才论文的要求一样吗', [PAPER], ['不得将身份、论文等作为高技能人才职称评审的限制性条件', '淡化论文要求']);
q('J', 'two-regions', '江西和四川 贯通的职称系列有什么区别 群众文化', [CRAFT, ['群众文化', 'mass culture']], ['将贯通领域扩大为工程、农业、工艺美术、文物博物、实验技术', '文物博物（群众文化）']);

// ============================================================ what the texts do not answer
const NOS = [
  [N, '兰州的 问下报名评中级职称 收费标准是多少钱一个人'], [N, '今年职称申报截止到几号'], [N, 'which test centre in zhengzhou runs the technician skill exam, and what bus goes there?'], [N, '拿了技师证能不能在杭州落户'],
  [N, '技能证书丢了怎么补办'], [N, 'my boss wont stamp the form for my title application, is there any way around him?'], [N, '评上高级职称工资能涨多少'], [N, '你觉得现在找工作 有技师证好还是有工程师职称好'],
  [N, '帮我写一首关于工匠精神的诗'], [N, 'will it rain in changsha this weekend?'],
  [C, '重庆评职称网上申报系统的网址是好多'], [C, '重庆技能大赛明年好久报名'], [C, '解放碑附近有没有好吃的小面推荐'], [C, 'chongqing question — exact yuan amount the government pays you once you pass the jishi cert?'],
  [C, '重庆的职称证书有效期是几年'], [C, '技能考试没考过 重庆能补考几次'], [C, '重庆评职称对计算机水平有没有要求', SILENT], [C, '評職稱要多少錢 重慶'],
  [S, '四川职称评审通过率有好高'], [S, '成都技能鉴定考点在哪里'], [S, '四川评上正高退休工资能多拿多少'], [S, 'sichuan: can a retired worker still apply for a title?'],
  [S, '老板不给我开工作证明 四川这边咋办嘛'], [S, '四川今年有多少人报了高技能人才职称'], [S, '帮我把这段话翻译成英文：我要评职称'], [S, '考高级技师要交好多培训费'],
  [L, '沈阳的 评审结果出来了去哪查 有没有公众号'], [L, '辽宁技能证书能挂靠吗 一年多少钱'], [L, '辽宁评职称考试题库哪里下载'], [L, 'liaoning: how many points do i need to pass the title review?'],
  [L, '大连考技师的考场都在哪'], [L, '辽宁评职称要不要体检'], [L, '辽宁评上高工能分房子吗'], [L, '辽宁评职称可以找中介代报吗'],
  [J, '萍乡这边评助理要交好多钱'], [J, '南昌的 2026年职称啥时候开始报 截止哪天'], [J, '江西技能人才补贴每人发多少'], [J, 'jiangxi: can a taiwanese worker apply for a title here?'],
  [J, '景德镇陶瓷大师证怎么考'], [J, '江西评职称要交社保满几年'], [J, 'is it better to study for a masters or get a technician cert?'], [J, '九江今天限号吗'],
  [Z, '苏州评职称线上申报系统怎么注册'], [Z, '昆山技能补贴一次发多少钱'], [Z, '苏州评上工程师能加多少人才积分落户'], [Z, '苏州评职称要不要考外语', SILENT],
  [Z, 'suzhou: my company went bankrupt, where do my title files go?'], [Z, '苏州评职称照片要几寸的'], [Z, '工伤期间能不能评职称 苏州'], [Z, '苏州哪个培训机构考高级工最快'],
  [Z, '蘇州評職稱一年評幾次'], [L, '搬家時把遼寧發的工程師證弄丟了，要去哪裡補'], [C, '重庆周末有啥子好耍的地方 推荐一哈'], [S, '喺成都考技師要幾多錢'],
];
for (const [r, t, s] of NOS) no(r, t, s);

// ============================================================ more people's words (Cantonese, pinyin, traditional, voice-to-text)
q('N', 'eligibility', '我喺深圳做电梯安装维修，高级工证2023年尾（十二月）攞到，而家可唔可以评助理工程师', [AS], '从事技术技能工作满2年，可申报评审相应专业助',
  { truth: { skills: [sk('senior_worker', '2023-12')], expect: STD('assistant') } });
q('Z', 'eligibility', '我喺苏州工业园区做焊工技师 二零二五年一月攞证 几时可以评工程师呀', [EN, at(2028, 1)], '获得技师职业资格或职业技能等级后从事技术技能工作满3年，可申报评审相应专业工程师',
  { truth: { skills: [sk('technician', '2025-01')], expect: NOTYET('intermediate', '2028-01') } });
q('S', 'green-channel', '我老豆係天府工匠 喺四川可唔可以破格评副高', [SE], '获得全国技术能手、天府工匠、四川技能大师等称号',
  { truth: { awards: [hon('tianfu_craftsman')], expect: GC('deputy_senior') } });
q('C', 'eligibility', '我是永川的铣工技师证是二零二三年六月拿的现在可以报工程师了不嘛你帮我看一哈', [EN], '满3年，可申报评审相应专业工程师',
  { truth: { skills: [sk('technician', '2023-06')], expect: STD('intermediate') } });
q('L', 'eligibility', '你好我是营口的金属热处理工高级工证书是二零二五年三月份取得的想问一下什么时候能评助理工程师', [AS, at(2027, 3)], '获得高级工职业资格或职业技能等级后从事技术技能工作满2年，可申报评审相应专业助理工程师',
  { truth: { skills: [sk('senior_worker', '2025-03')], expect: NOTYET('assistant', '2027-03') } });
q('S', 'title-to-skill', '我是德阳的助理工程师干了一年半技术工作想考高级工还要等好久', [SW, Y2, at(2027, 5)], '取得助理级职称或初级专业技术职业资格，累计从事本专业技术技能工作达到2年',
  { truth: { titles: [ti('assistant', '2025-05')], workYears: 1.5, expect: NOTYET('senior_worker', '2027-05') } });
q('J', 'eligibility', 'wo zai Nanchang, jishi zhengshu 2023 nian 5 yue na de, can i apply for gongchengshi (engineer) now?', [EN], '取得技师职业资格或职业技能等级后从事技术技能工作满3年',
  { truth: { skills: [sk('technician', '2023-05')], expect: STD('intermediate') } });
q('Z', 'green-channel', 'Jiangsu da gongjiang (Jiangsu grand craftsman) in Suzhou — zhenggao directly?', [FS], '获得中华技能大奖、江苏大工匠称号',
  { truth: { awards: [hon('jiangsu_grand_craftsman')], expect: GC('full_senior') } });
q('L', 'green-channel', 'liaoning gongxun gaojineng rencai (meritorious high-skill talent) — what title?', [FS], '辽宁工匠、辽宁省功勋高技能人才', { truth: { awards: [hon('liaoning_meritorious_talent')], expect: GC('full_senior') } });
q('C', 'green-channel', '重慶技能大師可以直接申報什麼職稱', [SE], '中华技能大奖获得者、重庆技能大师', { truth: { awards: [hon('chongqing_skill_master')], expect: GC('deputy_senior') } });
q('C', 'competition', '區縣賽第一名，重慶能直接申報助理工程師嗎', [AS], '区县赛第1名的人员', { truth: { awards: [comp('district', 1)], expect: GC('assistant') } });
q('S', 'requirements', '四川評正高級職稱，技能人才除了年限還要什麼條件', [['绝招', '绝技', '绝活', '絕招', 'unique', 'stunt', 'signature']], '具有绝招、绝技、绝活，为经济发展和重大战略实施作出突出贡献');
q('Z', 'annex', '蘇州目錄裡焊工對應什麼職稱專業類別', [['机械', '機械', 'mechanical', 'machinery']], '焊工、电工、起重装卸机械操作工');
q('L', 'title-to-skill', '遼寧助理工程師可以直接考高級工嗎', [SW], '取得相关专业助理工程师资格，可申报参加相关职业（工种）三级（高级工）职业技能评价',
  { truth: { titles: [ti('assistant', '2022-02')], expect: STD('senior_worker') } });
q('N', 'exemption', '我讀機械設計畢業，現在是助理工程師，去考鉗工，國家文件講可唔可以唔考理論', [EXEMPT], '具有所申报职业相关专业毕业证书的，可免于理论知识考试');
q('J', 'upgrade', '江西專業技術人員取得技能等級多久可以晉級', [UPG, Y1], '取得职业资格或职业技能等级1年后，可按累计工作年限申报相应职业（工种）晋级评价');
q('S', 'upgrade', '四川專業技術人才取得技能等級一年後能不能晉級', [UPG, Y1], '专业技术人才取得职业资格或职业技能等级1年后，可按累计工作年限申报相应职业（工种）晋级评价');
q('C', 'upgrade', '重慶工程師取得技師一年後，可以考高級技師嗎', [ST, Y1], '工程师在取得现从事职业（工种）技师职业资格或职业技能等级1年后');
q('L', 'upgrade', '遼寧專業技術人才取得技能等級一年後可以按累計年限晉級嗎', [UPG, Y1], '可按累计工作年限申报现从事职业（工种）晋级评价');
q('Z', 'upgrade', '蘇州助理工程師取得高級工一年後可以考技師嗎', [TE, Y1], '助理工程师在取得现从事职业（工种）高级工1年后');
q('N', 'upgrade', 'national rule: hold a skill level for 1 yr, then upgrade by cumulative years — right? asking from Harbin', [UPG, Y1], '取得职业资格或职业技能等级1年后，可按累计工作年限申报相应职业（工种）晋级评价');
q('Z', 'title-to-skill', '苏州评上工程师了 考技师需不需要年限', [TE], '可分别申请参加与现岗位相对应职业（工种）的高级工、技师、高级技师职业技能评价',
  { truth: { titles: [ti('intermediate', '2025-12')], expect: STD('technician') } });
q('C', 'title-to-skill', 'chongqing assistant engineer, wanna do gaojigong for electrician, is there a years rule?', [SW, STDD], '其累计工作年限达到相应职业（工种）申报条件的',
  { truth: { titles: [ti('assistant', '2021-11')], expect: ANY('senior_worker') } });
q('L', 'title-to-skill', '辽宁 助理工程师2023年10月评的 现在能考技师了不', [TE], '取得相关专业助理工程师资格后，从事本职业（工种）或相关职业（工种）工作满3年',
  { truth: { titles: [ti('assistant', '2023-10')], expect: STD('technician') } });
q('S', 'title-to-skill', '四川 中级职称 累计工作五年 考技师够不够', [TE], '取得中级职称或中级专业技术职业资格，累计从事本专业技术技能工作达到4年',
  { truth: { titles: [ti('intermediate', '2022-08')], workYears: 5, expect: STD('technician') } });
q('N', 'scope', '96号文里专业技术人才想参加技能评价 要符合什么', [['职业技能评价条件', '评价条件', 'conditions', 'eligib']], '符合职业技能评价条件的专业技术人才');
q('S', 'scope', '四川的专业技术人才考技能 要从事什么样的工作', [['相关相近', 'related', 'similar']], '从事相关相近专业工作');
q('L', 'scope', '辽宁 没有职称的专业技术人员在技能岗 能考技能吗', [['技能岗位', 'skill post', '现岗位', 'skill position']], '取得技术员资格或尚未取得专业技术资格的专业技术人才');
q('J', 'scope', 'jiangxi — does the policy cover agriculture titles, e.g. a farm machinery worker?', [AGR], '将贯通领域扩大为工程、农业、工艺美术、文物博物、实验技术、艺术、体育、技工院校教师等职称系列');
q('N', 'equal-treatment', '國家文件：企業在聘高級技師能否比照專業技術人員享受同等待遇', [EQ], '比照相应层级专业技术人员享受同等待遇');
q('C', 'equal-treatment', '重慶企業在聘技師跟工程技術人員同等待遇嗎', [EQ], '比照相应层级工程技术人员落实同等待遇');
q('Z', 'requirements', 'suzhou: do they look at patents and competition results when skilled workers apply for a title?', [['专利', 'patent'], ['竞赛', 'competition']], '技术和专利发明、科研成果、技能竞赛成绩等作为主要评价条件');
q('L', 'requirements', '辽宁技能人才評職稱，學歷不夠能用技工院校畢業證嗎', [['技工院校', 'technical school'], DZ], '技工院校中级工班、高级工班、预备技师（技师）班毕业');
q('N', 'requirements', 'national: which achievements count in a skilled worker\'s title review? tech reports, industry standards?', [['技术报告', '行业标准', 'technical report', 'industry standard', 'standards']], '技术报告、经验总结、行业标准等创新性成果均可作为职称评审的重要内容');
q('J', 'requirements', '江西高技能人才参加职称评审要不要考核合格', [REVW], '高技能人才参加职称评审应在现工作岗位上近3年年度考核合格');
q('N', 'other', 'national doc: can companies pay skilled leaders an annual salary or share options?', [['年薪', 'annual salary'], ['股权', 'equity', 'share', 'option']], '实行高技能领军人才年薪制、股权期权激励');
q('N', 'who-evaluates', 'can outstanding skilled workers sit on title review committees or expert pools under the national rule?', [['评审委员会', '专家库', 'committee', 'expert']], '积极吸纳优秀高技能人才参加相关职称评审委员会、专家库');
q('Z', 'other', 'suzhou: after getting a skill cert, can an engineer apply for the high-skill leader introduction project?', [['领军人才', 'leader', 'leading talent']], '可申报市级、县（区）级高技能领军人才引进项目');
q('S', 'other', '四川实行以考代评的职称 技能人才咋办', [['考试', 'exam', '以考代评', 'test']], '实行“以考代评”“考评结合”的');
q('C', 'scope', '在重庆 一线岗位的高技能人才 要达到什么标准才能评工程系列', [['基本标准条件', '基本标准', 'basic standard', 'basic criteria', 'basic conditions']], '达到工程技术人才职称评价基本标准条件的');
q('L', 'eligibility', 'Anshan, gaojigong since Oct 2024 — when exactly can I apply for zhuli gongchengshi (assistant engineer)?', [AS], '获得高级工职业资格或职业技能等级后从事技术技能工作满2年，可申报评审相应专业助理工程师',
  { truth: { skills: [sk('senior_worker', '2024-10')], expect: STD('assistant') } });
q('S', 'eligibility', 'leshan, jishi since nov 2023 — intermediate title this month?', [EN], '取得技师职业资格或职业技能等级后，从事技术技能工作满3年',
  { truth: { skills: [sk('technician', '2023-11')], expect: STD('intermediate') } });
q('Z', 'eligibility', 'Taicang HR here: employee has senior worker (gaojigong) since Feb 2026, when is he eligible for assistant engineer?', [AS, at(2028, 2)], '获得高级工职业资格或职业技能等级后从事技术技能工作满2年，可申报评审相应专业助理工程师',
  { truth: { skills: [sk('senior_worker', '2026-02')], expect: NOTYET('assistant', '2028-02') } });
q('J', 'green-channel', '江西 省政府认定的高精尖缺人才 职称能直接报吗', [FS, SE], '人民政府认定的“高精尖缺”高技能人才',
  { truth: { awards: [hon('high_end_shortage_talent')], expect: GC('deputy_senior') } });

q('C', 'eligibility', '人力资源部咨询：员工为焊工技师，2023年9月取得证书，近三年考核均合格，在重庆能否申报工程师', [EN], '满3年，可申报评审相应专业工程师',
  { truth: { skills: [sk('technician', '2023-09')], annualReviewsPassed: true, expect: STD('intermediate') } });
q('S', 'title-to-skill', '来电人反映：本人高级工程师，在宜宾某酒厂技能岗位，累计从事本专业工作九年，想申报高级技师', [ST], '取得副高级职称，累计从事本专业技术技能工作达到8年',
  { truth: { titles: [ti('deputy_senior', '2021-04')], workYears: 9, expect: STD('senior_technician') } });
q('Z', 'title-to-skill', 'HR at a Xiangcheng factory: can our assistant engineers sign up for the senior worker (gaojigong) evaluation right away?', [SW], '可分别申请参加与现岗位相对应职业（工种）的高级工、技师、高级技师职业技能评价',
  { truth: { titles: [ti('assistant', '2024-07')], expect: STD('senior_worker') } });
q('L', 'eligibility', '來電人：遼寧撫順，高級技師2020年6月取得，近三年考核合格，問能否申報高級工程師', [SE], '获得高级技师职业资格或职业技能等级后从事技术技能工作满4年，可申报评审相应专业高级工程师',
  { truth: { skills: [sk('senior_technician', '2020-06')], annualReviewsPassed: true, expect: STD('deputy_senior') } });

// ---- re-check the computed eligibilities against the engine, then write (or print) the set
recheck(set, checks, { asOf: AS_OF, groups: 'any' });
const out = `${JSON.stringify(set, null, 1)}\n`;
if (process.argv.includes('--stdout')) process.stdout.write(out);
else writeFileSync(join(root, 'test', 'heldout', 'qa-questions-14.json'), out);
