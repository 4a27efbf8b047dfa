// Curated questions and answers: several phrasings per question, the answer's text key (locales/*/qa.json, `a.*`)
// and the clauses it rests on, per region where the texts differ. Pure data.
import type { PolicyId } from '../rules/policies';
import type { Region } from '../rules/vocabulary';
import type { ClauseRef } from './clauses';

export interface AnswerVariant {
  /** The regions this answer is for; 'default' for every other region and for a person whose region is unknown. */
  for: readonly Region[] | 'default';
  /** The text key under `qa:a.` */
  key: string;
  cite: readonly ClauseRef[];
}

export interface CuratedEntry {
  id: string;
  /** The regions whose people can get this answer; 'all' when every region has one (its own or the national baseline). */
  regions: 'all' | readonly Region[];
  zh: readonly string[];
  en: readonly string[];
  answers: readonly AnswerVariant[];
  /** The ladder direction the question is about, when it is about one (breaks ties by word order). */
  direction?: 'skill_to_title' | 'title_to_skill';
  /** Answer without the region lead-in (the answer speaks of regions itself). */
  plain?: boolean;
}

const ref = (policy: PolicyId) => (label: string, excerpt?: string): ClauseRef =>
  excerpt ? { id: `${policy}:${label}`, excerpt } : `${policy}:${label}`;
const N = ref('national-2020-96');
const CQ = ref('chongqing-2020-32');
const SC = ref('sichuan-2021');
const LN = ref('liaoning-2019-2');
const SZ = ref('suzhou-2019-28');

const v = (forRegions: readonly Region[] | 'default', key: string, ...cite: ClauseRef[]): AnswerVariant => ({ for: forRegions, key, cite });

// Excerpts used more than once.
const N_NO_LIMITS = N('二（二）1', '不将学历、论文、外语、计算机等作为高技能人才参加职称评审的限制性条件');
const SC_NO_LIMITS = SC('三（一）2', '不将学历、论文、外语、计算机等作为高技能人才参加职称评审的限制性条件');
const N_REVIEW = N('二（二）1', '高技能人才参加职称评审应在现工作岗位上近3年年度考核合格。');
const N_GREEN = N('二（二）3', '获得中华技能大奖、全国技术能手，担任国家级技能大师工作室带头人，享受省级以上政府特殊津贴的高技能人才，或各省（区、市）人民政府认定的“高精尖缺”高技能人才，可直接申报评审正高级或副高级职称。各地区、各有关单位可结合实际情况制定具体办法。');
const N_T2S = N('二（四）', '专业技术人才取得助理级、中级、副高级职称，累计工作年限达到申报条件的，可分别申请参加与现岗位相对应职业（工种）的高级工、技师、高级技师职业技能评价。');
const N_THEORY = N('二（四）', '专业技术人才参加职业技能评价，注重操作技能考核。具有所申报职业相关专业毕业证书的，可免于理论知识考试。');
const N_UPGRADE = N('二（四）', '取得职业资格或职业技能等级1年后，可按累计工作年限申报相应职业（工种）晋级评价。');
const N_SERIES = N('二（一）', '以支持高技能人才参加工程系列职称评审为工作重点，将贯通领域扩大为工程、农业、工艺美术、文物博物、实验技术、艺术、体育、技工院校教师等职称系列。');
const SZ_GREEN = SZ('四（一）4');
const SC_GREEN_MID = SC('附件1 六（一）');
const SC_GREEN_DEP = SC('附件1 六（二）');
const SC_GREEN_FULL = SC('附件1 六（三）');
const LN_GREEN_FULL = LN('三（四）1');
const SZ_BASIC = SZ('四（一）2');
const SZ_T2S = SZ('四（二）2');

export const CURATED: readonly CuratedEntry[] = [
  {
    id: 'what_is_guantong', regions: 'all',
    zh: ['什么是贯通', '贯通是什么意思', '技能人才和专业技术人才职业发展贯通是怎么回事', '工人也能评职称是真的吗', '介绍一下贯通政策'],
    en: ['What does guantong mean?', 'What is the policy linking skill levels and professional titles?'],
    answers: [
      v(['chongqing'], 'whatIs', CQ('一（二）2'), CQ('二（一）'), CQ('二（二）')),
      v(['sichuan'], 'whatIs', SC('二（三）')),
      v(['liaoning'], 'whatIs', LN('一')),
      v(['suzhou'], 'whatIs', SZ('三（一）'), SZ('三（二）')),
      v('default', 'whatIs', N('一（二）2', '支持高技能人才参加职称评审和职业资格考试，鼓励专业技术人才参加职业技能评价，搭建两类人才成长立交桥。')),
    ],
  },
  {
    id: 'paper', regions: 'all',
    zh: ['评职称要论文吗', '评职称需要发表论文吗', '没有论文能评职称吗', '论文是必须的吗', '评工程师要不要论文'],
    en: ['Do I need to publish papers to get a title?', 'Is a paper required for the title review?'],
    answers: [
      v(['chongqing'], 'paper.chongqing', CQ('四（一）', '改变唯身份、唯论文等倾向，不得将身份、论文等作为高技能人才职称评审的限制性条件。')),
      v(['liaoning'], 'paper.liaoning', LN('三（三）3')),
      v(['sichuan'], 'noLimits', SC_NO_LIMITS),
      v(['suzhou'], 'paper.suzhou', SZ('四（一）3', '要以职业能力和工作业绩评定为重点'), N_NO_LIMITS),
      v('default', 'noLimits', N_NO_LIMITS),
    ],
  },
  {
    id: 'education', regions: 'all',
    zh: ['评职称要学历吗', '没有大专文凭能评职称吗', '初中毕业可以评工程师吗', '学历不够能不能评职称', '学历要求高吗'],
    en: ['Do I need a degree to apply for a title?', 'Can I get a title without a diploma?'],
    answers: [
      v(['chongqing'], 'education.local', CQ('三（一）'), CQ('一（二）3', '破除身份、学历、资历等障碍')),
      v(['liaoning'], 'education.local', LN('三（一）'), LN('二（四）', '破除身份、学历、资历等障碍')),
      v(['suzhou'], 'education.local', SZ('四（一）2', '具有高级工以上职业资格或职业技能等级，在现工作岗位上近3年年度考核合格。')),
      v(['sichuan'], 'education.national', SC_NO_LIMITS, SC('附件1 六')),
      v('default', 'education.national', N('二（二）1', '具备高级工以上职业资格或职业技能等级的技能人才，均可参加职称评审，不将学历、论文、外语、计算机等作为高技能人才参加职称评审的限制性条件')),
    ],
  },
  {
    id: 'foreign_language', regions: 'all',
    zh: ['评职称有外语要求吗', '要考职称英语吗', '不会英语能评职称吗'],
    en: ['Is there a foreign language requirement?', 'Do I need to pass an English test for a title?'],
    answers: [
      v(['liaoning'], 'languageComputer.liaoning', LN('三（三）3', '对职称外语和计算机应用能力考试不作统一要求，不作为职称申报和评审的前置性必备条件。')),
      v(['chongqing', 'suzhou'], 'languageComputer.silent', N_NO_LIMITS),
      v(['sichuan'], 'languageComputer.national', SC_NO_LIMITS),
      v('default', 'languageComputer.national', N_NO_LIMITS),
    ],
  },
  {
    id: 'computer', regions: 'all',
    zh: ['评职称要考计算机吗', '有计算机要求吗', '不会用电脑能评职称吗', '评职称要计算机等级证书吗'],
    en: ['Is a computer skills test required for the title?', 'Do I need a computer certificate?'],
    answers: [
      v(['liaoning'], 'languageComputer.liaoning', LN('三（三）3', '对职称外语和计算机应用能力考试不作统一要求，不作为职称申报和评审的前置性必备条件。')),
      v(['chongqing', 'suzhou'], 'languageComputer.silent', N_NO_LIMITS),
      v(['sichuan'], 'languageComputer.national', SC_NO_LIMITS),
      v('default', 'languageComputer.national', N_NO_LIMITS),
    ],
  },
  {
    id: 'tech_school', regions: 'all',
    zh: ['技工院校毕业算什么学历', '技校高级工班毕业相当于大专吗', '预备技师班毕业算本科吗', '技工学校的文凭评职称认不认'],
    en: ['What education level does a technical school diploma count as?', 'Does a senior-worker class at a technical school count as a college degree?'],
    answers: [
      v(['chongqing'], 'techSchool.title', CQ('五（一）')),
      v(['liaoning'], 'techSchool.title', LN('三（二）1')),
      v(['suzhou'], 'techSchool.title', SZ('五、2')),
      v(['sichuan'], 'techSchool.sichuan', SC('三（二）2')),
      v('default', 'techSchool.national', CQ('五（一）'), LN('三（二）1'), SZ('五、2')),
    ],
  },
  {
    id: 'materials', regions: 'all',
    zh: ['评职称要准备什么材料', '申报需要哪些材料', '申报要带哪些证件', '报名时要提交哪些材料', '申报材料清单'],
    en: ['What documents do I need to prepare?', 'Which materials should I bring to apply?'],
    answers: [
      v(['suzhou'], 'materials.suzhou', SZ('四（一）1'), SZ('四（二）1', '申报材料应包括合规获得的工程技术职称证书。'), SZ_BASIC),
      v(['chongqing'], 'materials.general', CQ('三（一）'), CQ('四（二）#5')),
      v(['sichuan'], 'materials.general', SC('附件1 三'), SC('附件1 五（一）')),
      v(['liaoning'], 'materials.general', LN('三（一）'), LN('三（二）2')),
      v('default', 'materials.general', N('二（二）1'), N('二（二）2', '技能竞赛获奖情况、行业工法、操作法、完成项目、技术报告、经验总结、行业标准等创新性成果均可作为职称评审的重要内容。')),
    ],
  },
  {
    id: 'procedure', regions: 'all',
    zh: ['去哪里申报职称', '申报流程是怎样的', '找谁报名评职称', '技能等级评价去哪报'],
    en: ['Where do I submit my application?', 'What is the application procedure?'],
    answers: [
      v(['suzhou'], 'procedure.suzhou', SZ('四（一）1'), SZ('四（二）1', '申报程序和评价流程按我省现行职业技能评价相关规定执行，由各级职业技能鉴定指导中心按管理权限组织开展。')),
      v(['liaoning'], 'procedure.liaoning', LN('一#2', '高技能人才申请参加职称评审或工程技术人才参加职业技能评价，由各市、省直相关部门（单位）按管理权限组织开展，并严格按照要求履行相关程序。')),
      v(['chongqing'], 'procedure.silent', CQ('二（一）', '可按有关规定申请参加工程系列专业技术职称评审。'), CQ('二（二）', '可按有关规定申请参加与现岗位相对应（职业）工种的职业技能评价')),
      v(['sichuan'], 'procedure.sichuan', SC('五（一）', '用人单位要发挥主体作用，做好业绩鉴定、申报推荐等工作，确保贯通工作顺利实施。')),
      v('default', 'procedure.silent', N('二（四）', '符合职业技能评价条件的专业技术人才，可按有关规定申请参加相应职业（工种）的职业技能评价。'), N('二（三）', '支持有条件的地区和单位对高技能人才单独分组、单独评审。')),
    ],
  },
  {
    id: 'series', regions: 'all',
    zh: ['哪些职称系列可以贯通', '农业系列能贯通吗', '除了工程系列还有哪些系列', '艺术体育系列能评吗'],
    en: ['Which title series are covered?', 'Can I apply in the agriculture series?'],
    answers: [
      v(['chongqing'], 'series.engineering', CQ('二（一）')),
      v(['liaoning'], 'series.engineering', LN('一')),
      v(['suzhou'], 'series.engineering', SZ('三（一）')),
      v(['sichuan'], 'series.sichuan', SC('三（一）1')),
      v('default', 'series.national', N_SERIES),
    ],
  },
  {
    id: 'suzhou_annex', regions: 'all',
    zh: ['焊工对应什么职称专业', '苏州的焊工对应什么专业', '我的工种对应哪个职称专业', '机械专业对应哪些工种', '电工评职称报什么专业'],
    en: ['Which title specialty does my trade correspond to?', 'What specialty is a welder under?'],
    answers: [
      v(['suzhou'], 'annex.suzhou', SZ('附件')),
      v('default', 'annex.other', N('二（一）', '明确高技能人才参加职称评审的专业对应关系。'), SZ('附件')),
    ],
  },
  {
    id: 'same_specialty', regions: 'all',
    zh: ['评职称专业要对口吗', '可以跨专业评职称吗', '我干的活和申报的专业不一样行吗', '专业不对口能评职称吗', '专业要相同或相近吗'],
    en: ['Must my title specialty match my work?', 'Can I apply in a different specialty from my job?'],
    answers: [
      v(['suzhou'], 'sameSpecialty.suzhou', SZ_BASIC),
      v(['liaoning'], 'sameSpecialty.liaoning', LN('五（一）', '高技能人才根据自身情况和工作性质，可在本工作领域自愿申报相应系列、专业和相应级别的专业技术职称')),
      v(['chongqing'], 'sameSpecialty.general', CQ('三（一）2')),
      v(['sichuan'], 'sameSpecialty.general', SC('三（一）1')),
      v('default', 'sameSpecialty.general', N('二（二）1', '取得技师职业资格或职业技能等级后从事技术技能工作满3年，可申报评审相应专业中级职称')),
    ],
  },
  {
    id: 'treatment', regions: 'all',
    zh: ['评上以后有什么待遇', '技师能享受工程师待遇吗', '高级工和助理工程师待遇一样吗', '取得技能等级有什么好处'],
    en: ['What benefits come with it?', 'Do technicians get the same treatment as engineers?'],
    answers: [
      v(['chongqing'], 'treatment.encouraged', CQ('五（二）')),
      v(['suzhou'], 'treatment.encouraged', SZ('六、2')),
      v(['liaoning'], 'treatment.liaoning', LN('五（二）')),
      v(['sichuan'], 'treatment.national', SC('五（三）', '各类企业对在聘的高级工、技师、高级技师在学习进修、岗位聘任、职务职级晋升、评优评奖、科研项目申报等方面，比照相应层级专业技术人员享受同等待遇。')),
      v('default', 'treatment.national', N('二（五）', '各类企业对在聘的高级工、技师、高级技师在学习进修、岗位聘任、职务职级晋升、评优评奖、科研项目申报等方面，比照相应层级专业技术人员享受同等待遇。')),
    ],
  },
  {
    id: 'subsidy', regions: 'all',
    zh: ['有没有补贴', '考技能等级有补贴吗', '有津贴吗', '取得证书后有没有补贴可以领'],
    en: ['Is there a subsidy?', 'Do I get an allowance?'],
    answers: [
      v(['suzhou'], 'subsidy.suzhou', SZ('五、5')),
      v(['sichuan'], 'subsidy.national', SC('五（三）', '设立高技能领军人才特聘岗位津贴、带徒津贴等，按实际贡献给予高技能人才绩效奖励')),
      v(['chongqing', 'liaoning'], 'subsidy.silent', N('二（五）', '设立高技能领军人才特聘岗位津贴、带徒津贴等，按实际贡献给予高技能人才绩效奖励')),
      v('default', 'subsidy.national', N('二（五）', '设立高技能领军人才特聘岗位津贴、带徒津贴等，按实际贡献给予高技能人才绩效奖励')),
    ],
  },
  {
    id: 'theory_exempt', regions: 'all', direction: 'title_to_skill',
    zh: ['有职称考技能等级能免理论考试吗', '工程师考技师要考理论吗', '免考理论的条件是什么', '理论知识考试可以免吗', '参加职业技能评价要考理论吗'],
    en: ['Can I skip the theory exam?', 'Do title holders have to take the theory test for a skill level?'],
    answers: [
      v(['suzhou'], 'theory.suzhou', SZ('五、3', '专业技术人才参加职业技能评价免于理论知识考试。'), SZ('四（二）4')),
      v(['chongqing'], 'theory.diploma', CQ('四（三）')),
      v(['liaoning'], 'theory.diploma', LN('四')),
      v(['sichuan'], 'theory.diploma', SC('五（二）', '专业技术人才参加职业技能评价，注重操作技能考核，具有所申报职业相关专业毕业证书的，可免于理论知识考试。')),
      v('default', 'theory.diploma', N_THEORY),
    ],
  },
  {
    id: 'fraud', regions: 'all',
    zh: ['一票否决是什么', '材料造假会怎么样', '弄虚作假有什么后果', '伪造业绩材料会被取消吗'],
    en: ['What happens if the documents are forged?', 'What is the one-vote veto?'],
    answers: [
      v(['liaoning'], 'fraud.liaoning', LN('二（三）', '对伪造学历、资历、业绩材料，剽窃他人成果等弄虚作假者，实行“一票否决”。')),
      v('default', 'fraud.other', LN('二（三）', '对伪造学历、资历、业绩材料，剽窃他人成果等弄虚作假者，实行“一票否决”。')),
    ],
  },
  {
    id: 'annual_review', regions: 'all',
    zh: ['年度考核有要求吗', '年度考核不合格能评职称吗', '需要近三年考核合格吗', '去年考核没过还能报吗'],
    en: ['Do I need to pass the annual reviews?', 'Can I apply if I failed an annual review?'],
    answers: [
      v(['chongqing'], 'review.s2t', CQ('三（一）')),
      v(['liaoning'], 'review.s2t', LN('三（一）')),
      v(['suzhou'], 'review.s2t', SZ('四（一）2', '在现工作岗位上近3年年度考核合格。')),
      v(['sichuan'], 'review.sichuan', SC('附件1 三'), SC('附件2 三')),
      v('default', 'review.s2t', N_REVIEW),
    ],
  },
  {
    id: 'years_counting', regions: 'all',
    zh: ['工作年限从什么时候开始算', '年限怎么算', '取证以前的工作经历算不算年限', '满几年是从拿证那天算吗', '之前的工作年限能不能连续算'],
    en: ['How are the years counted?', 'From when do the years of work count?'],
    answers: [
      v(['liaoning'], 'years.liaoning', LN('三（二）2'), LN('五（一）', '原从事相关技能工作或专业技术工作的经历，可连续计算。')),
      v(['chongqing'], 'years.since', CQ('三（一）1'), CQ('三（一）2'), CQ('三（一）3')),
      v(['sichuan'], 'years.since', SC('附件1 五（一）', '取得高级工职业资格或职业技能等级后，从事技术技能工作满2年。')),
      v(['suzhou'], 'years.since', SZ_BASIC),
      v('default', 'years.since', N('二（二）1', '按照国家有关规定取得高级工职业资格或职业技能等级后从事技术技能工作满2年，可申报评审相应专业助理级职称')),
    ],
  },
  {
    id: 's2t_senior_worker', regions: 'all', direction: 'skill_to_title',
    zh: ['高级工能评什么职称', '高级工几年可以评助理工程师', '三级高级工证能评初级职称吗', '拿了高级工证多久能评助工'],
    en: ['What title can a senior worker apply for?', 'How many years after the senior worker certificate can I get an assistant engineer title?'],
    answers: [
      v(['chongqing'], 's2t.assistant', CQ('三（一）1'), CQ('三（一）')),
      v(['liaoning'], 's2t.assistant', LN('三（二）2', '获得高级工职业资格或职业技能等级后从事技术技能工作满2年，可申报评审相应专业助理工程师'), LN('三（一）')),
      v(['suzhou'], 's2t.assistant', SZ('四（一）2', '获得高级工职业资格或职业技能等级后从事技术技能工作满2年，可申报评审相应专业助理工程师。'), SZ('四（一）2', '在现工作岗位上近3年年度考核合格。')),
      v(['sichuan'], 's2t.assistant', SC('附件1 五（一）'), SC('附件1 三')),
      v('default', 's2t.assistant', N('二（二）1', '按照国家有关规定取得高级工职业资格或职业技能等级后从事技术技能工作满2年，可申报评审相应专业助理级职称'), N_REVIEW),
    ],
  },
  {
    id: 's2t_technician', regions: 'all', direction: 'skill_to_title',
    zh: ['技师能评什么职称', '技师几年能评工程师', '二级技师可以评中级职称吗', '拿了技师证多久可以报工程师'],
    en: ['What title can a technician apply for?', 'How many years after the technician certificate can I apply for engineer?'],
    answers: [
      v(['chongqing'], 's2t.intermediate', CQ('三（一）2'), CQ('三（一）')),
      v(['liaoning'], 's2t.intermediate', LN('三（二）2', '获得技师职业资格或职业技能等级后从事技术技能工作满3年，可申报评审相应专业工程师'), LN('三（一）')),
      v(['suzhou'], 's2t.intermediate', SZ('四（一）2', '获得技师职业资格或职业技能等级后从事技术技能工作满3年，可申报评审相应专业工程师。'), SZ('四（一）2', '在现工作岗位上近3年年度考核合格。')),
      v(['sichuan'], 's2t.intermediate', SC('附件1 五（二）'), SC('附件1 三')),
      v('default', 's2t.intermediate', N('二（二）1', '取得技师职业资格或职业技能等级后从事技术技能工作满3年，可申报评审相应专业中级职称'), N_REVIEW),
    ],
  },
  {
    id: 's2t_senior_technician', regions: 'all', direction: 'skill_to_title',
    zh: ['高级技师能评什么职称', '高级技师几年能评高级工程师', '一级高级技师可以评副高吗', '高级技师多久可以评高工'],
    en: ['What title can a senior technician apply for?', 'How many years after senior technician can I apply for senior engineer?'],
    answers: [
      v(['chongqing'], 's2t.deputy', CQ('三（一）3'), CQ('三（一）')),
      v(['liaoning'], 's2t.deputy', LN('三（二）2', '获得高级技师职业资格或职业技能等级后从事技术技能工作满4年，可申报评审相应专业高级工程师。'), LN('三（一）')),
      v(['suzhou'], 's2t.deputy', SZ('四（一）2', '获得高级技师资格或职业技能等级后从事技术技能工作满4年，可申报评审相应专业高级工程师。'), SZ('四（一）2', '在现工作岗位上近3年年度考核合格。')),
      v(['sichuan'], 's2t.deputy', SC('附件1 五（三）'), SC('附件1 三')),
      v('default', 's2t.deputy', N('二（二）1', '取得高级技师职业资格或职业技能等级后从事技术技能工作满4年，可申报评审相应专业副高级职称'), N_REVIEW),
    ],
  },
  {
    id: 's2t_full_senior', regions: 'all', direction: 'skill_to_title',
    zh: ['技能人才能评正高级职称吗', '能评正高级工程师吗', '正高职称怎么评', '副高以后还能往上评吗'],
    en: ['Can a skilled worker get a full senior title?', 'Is there a route to professor-level engineer?'],
    answers: [
      v(['sichuan'], 'fullSenior.sichuan', SC('附件1 五（四）', '取得副高级职称后，从事技术技能工作满5年；或取得高级技师职业资格或职业技能等级后，从事技术技能工作满10年。'), SC_GREEN_FULL),
      v(['chongqing'], 'fullSenior.chongqing', CQ('三（一）3'), CQ('四（二）#4')),
      v(['liaoning'], 'fullSenior.liaoning', LN('三（二）2', '获得高级技师职业资格或职业技能等级后从事技术技能工作满4年，可申报评审相应专业高级工程师。'), LN_GREEN_FULL),
      v(['suzhou'], 'fullSenior.suzhou', SZ('四（一）2', '获得高级技师资格或职业技能等级后从事技术技能工作满4年，可申报评审相应专业高级工程师。'), SZ('四（一）4', '获得中华技能大奖、江苏大工匠称号，世界技能大赛金牌、银牌、铜牌（以证书、表彰文件为准）的，可直接申报正高级工程师。')),
      v('default', 'fullSenior.national', N('二（二）1', '取得高级技师职业资格或职业技能等级后从事技术技能工作满4年，可申报评审相应专业副高级职称'), N_GREEN),
    ],
  },
  {
    id: 'junior_skill', regions: 'all', direction: 'skill_to_title',
    zh: ['中级工能评职称吗', '初级工可以评技术员吗', '四级中级工证能不能申报职称'],
    en: ['Can an intermediate worker apply for a title?', 'Is a junior worker certificate enough for a title?'],
    answers: [
      v(['chongqing'], 'juniorSkill', CQ('三（一）')),
      v(['liaoning'], 'juniorSkill', LN('三（一）')),
      v(['suzhou'], 'juniorSkill', SZ('四（一）2', '具有高级工以上职业资格或职业技能等级')),
      v(['sichuan'], 'juniorSkill', SC('三（一）1')),
      v('default', 'juniorSkill', N('二（二）1', '具备高级工以上职业资格或职业技能等级的技能人才，均可参加职称评审')),
    ],
  },
  {
    id: 'who_s2t', regions: 'all', direction: 'skill_to_title',
    zh: ['哪些人可以参加职称评审', '一线工人能评职称吗', '技能人才评职称的条件是什么', '我是工人可以评工程师吗'],
    en: ['Who can apply for a professional title?', 'Can frontline workers apply for titles?'],
    answers: [
      v(['chongqing'], 'whoS2t.engineering', CQ('二（一）'), CQ('三（一）')),
      v(['liaoning'], 'whoS2t.engineering', LN('一'), LN('三（一）')),
      v(['suzhou'], 'whoS2t.engineering', SZ('三（一）'), SZ_BASIC),
      v(['sichuan'], 'whoS2t.national', SC('三（一）1'), SC('附件1 三')),
      v('default', 'whoS2t.national', N('二（二）1', '具备高级工以上职业资格或职业技能等级的技能人才，均可参加职称评审'), N_REVIEW),
    ],
  },
  {
    id: 't2s_general', regions: 'all', direction: 'title_to_skill',
    zh: ['有职称能考技能等级吗', '专业技术人员可以参加技能评价吗', '职称怎么转技能等级', '工程师可以考技能证吗', '专业技术人才参加职业技能评价有什么条件'],
    en: ['Can a title holder get a skill level?', 'Can professional staff take a skill evaluation?'],
    answers: [
      v(['chongqing'], 't2s.general', CQ('三（二）1')),
      v(['sichuan'], 't2s.sichuan', SC('三（三）1'), SC('附件2 五（一）'), SC('附件2 五（二）'), SC('附件2 五（三）')),
      v(['liaoning'], 't2s.liaoning', LN('四（二）'), LN('四（三）'), LN('四（四）')),
      v(['suzhou'], 't2s.suzhou', SZ_T2S),
      v('default', 't2s.general', N_T2S),
    ],
  },
  {
    id: 't2s_assistant', regions: 'all', direction: 'title_to_skill',
    zh: ['助理工程师能考什么技能等级', '助理工程师可以报高级工吗', '初级职称能考三级工吗'],
    en: ['What skill level can an assistant engineer apply for?', 'Can an assistant engineer take the senior worker evaluation?'],
    answers: [
      v(['chongqing'], 't2s.assistant.standard', CQ('三（二）1')),
      v(['sichuan'], 't2s.assistant.sichuan', SC('附件2 五（一）'), SC('附件2 三')),
      v(['liaoning'], 't2s.assistant.liaoning', LN('四（二）'), LN('四（三）', '1.取得相关专业助理工程师资格后，从事本职业（工种）或相关职业（工种）工作满3年；')),
      v(['suzhou'], 't2s.assistant.suzhou', SZ_T2S),
      v('default', 't2s.assistant.standard', N_T2S),
    ],
  },
  {
    id: 't2s_intermediate', regions: 'all', direction: 'title_to_skill',
    zh: ['工程师能考什么技能等级', '中级职称可以报技师吗', '工程师考技师要几年'],
    en: ['What skill level can an engineer apply for?', 'Can an intermediate title holder apply for technician?'],
    answers: [
      v(['chongqing'], 't2s.intermediate.standard', CQ('三（二）1')),
      v(['sichuan'], 't2s.intermediate.sichuan', SC('附件2 五（二）'), SC('附件2 三')),
      v(['liaoning'], 't2s.intermediate.liaoning', LN('四（三）', '2.取得相关专业工程师以上资格，从事本职业（工种）或相关职业（工种）工作。'), LN('四（四）', '1.取得相关专业工程师资格后，从事该职业（工种）或相关职业（工种）工作满3年；')),
      v(['suzhou'], 't2s.intermediate.suzhou', SZ_T2S),
      v('default', 't2s.intermediate.standard', N_T2S),
    ],
  },
  {
    id: 't2s_deputy', regions: 'all', direction: 'title_to_skill',
    zh: ['高级工程师能考什么技能等级', '副高职称可以报高级技师吗', '高工考高级技师有什么条件'],
    en: ['What skill level can a senior engineer apply for?', 'Can a deputy senior title holder apply for senior technician?'],
    answers: [
      v(['chongqing'], 't2s.deputy.standard', CQ('三（二）1')),
      v(['sichuan'], 't2s.deputy.sichuan', SC('附件2 五（三）'), SC('附件2 三')),
      v(['liaoning'], 't2s.deputy.liaoning', LN('四（四）', '2.取得相关专业高级工程师资格，从事该职业（工种）或相关职业（工种）工作。')),
      v(['suzhou'], 't2s.deputy.suzhou', SZ_T2S),
      v('default', 't2s.deputy.standard', N_T2S),
    ],
  },
  {
    id: 't2s_full_senior', regions: 'all', direction: 'title_to_skill',
    zh: ['正高级职称能直接报高级技师吗', '正高级职称考高级技师受年限限制吗', '正高职称考高级技师要不要年限'],
    en: ['Can a full senior title holder apply for senior technician directly?', 'Does a full senior engineer need years for senior technician?'],
    answers: [
      v(['sichuan'], 't2sFull.sichuan', SC('三（三）3', '正高级职称不受年限限制，可直接申报相应职业（工种）高级技师资格。')),
      v(['chongqing'], 't2sFull.other', CQ('三（二）1')),
      v(['liaoning'], 't2sFull.other', LN('四（四）', '2.取得相关专业高级工程师资格，从事该职业（工种）或相关职业（工种）工作。')),
      v(['suzhou'], 't2sFull.other', SZ_T2S),
      v('default', 't2sFull.other', N_T2S),
    ],
  },
  {
    id: 'upgrade', regions: 'all', direction: 'title_to_skill',
    zh: ['晋级评价是什么', '拿到技能等级后多久能考下一级', '考了高级工一年后能考技师吗', '技能等级怎么晋级', '取得职业技能等级满1年可以申报晋级吗', '技能等级怎么一级一级往上升'],
    en: ['How soon can I move up to the next skill level?', 'When can I take the next level up?'],
    answers: [
      v(['chongqing'], 'upgrade.steps', CQ('三（二）2')),
      v(['suzhou'], 'upgrade.steps', SZ('四（二）3')),
      v(['sichuan'], 'upgrade.general', SC('三（三）2')),
      v(['liaoning'], 'upgrade.general', LN('四（五）')),
      v('default', 'upgrade.general', N_UPGRADE),
    ],
  },
  {
    id: 'direct_skill', regions: 'all', direction: 'title_to_skill',
    zh: ['获得科技奖能直接申报技能等级吗', '优秀人才可以直接报技能等级评价吗', '可以越级直接考高级技师吗'],
    en: ['Can outstanding people apply for a skill level directly?', 'Does a science award let me skip levels?'],
    answers: [
      v(['sichuan'], 'directSkill.sichuan', SC('三（三）3', '获得省（部）级以上科学技术奖、具有相应职业（工种）技能等级水平的专业技术人才可直接申报该职业（工种）的职业技能等级评价。')),
      v(['chongqing', 'liaoning', 'suzhou'], 'directSkill.silent', N('二（四）', '具有相应职业（工种）技能等级水平的优秀人才可直接申报该职业（工种）的职业技能等级评价。')),
      v('default', 'directSkill.national', N('二（四）', '具有相应职业（工种）技能等级水平的优秀人才可直接申报该职业（工种）的职业技能等级评价。')),
    ],
  },
  {
    id: 'green_list', regions: 'all',
    zh: ['绿色通道有哪些', '破格申报的条件是什么', '什么荣誉可以直接申报职称', '哪些奖项能破格评职称'],
    en: ['What is the green channel?', 'Which awards let me apply directly for a title?'],
    answers: [
      v(['chongqing'], 'green.chongqing', CQ('四（二）#2'), CQ('四（二）#3'), CQ('四（二）#4')),
      v(['sichuan'], 'green.sichuan', SC_GREEN_MID, SC_GREEN_DEP, SC_GREEN_FULL),
      v(['liaoning'], 'green.liaoning', LN_GREEN_FULL, LN('三（四）2'), LN('三（四）3')),
      v(['suzhou'], 'green.suzhou', SZ_GREEN),
      v('default', 'green.national', N_GREEN),
    ],
  },
  {
    id: 'green_national_technical_expert', regions: 'all',
    zh: ['全国技术能手能评什么职称', '获得全国技术能手可以直接申报什么', '全国技术能手破格能评到哪一级'],
    en: ['What title can a National Technical Expert apply for?', 'Where does the National Technical Expert honour get me?'],
    answers: [
      v(['chongqing'], 'nte.chongqing', CQ('四（二）#3')),
      v(['sichuan'], 'nte.sichuan', SC('附件1 六（二）', '1.技术技能水平在本职业（工种）中有较大影响，技术技能贡献突出，获得全国技术能手、天府工匠、四川技能大师等称号。')),
      v(['liaoning'], 'nte.liaoning', LN_GREEN_FULL),
      v(['suzhou'], 'nte.suzhou', SZ('四（一）4', '获得全国技术能手、江苏工匠称号，获得省部级劳动模范或市级以上技术发明奖，获得世界技能大赛优胜奖、国际技能竞赛前八名、国家级一类技能竞赛前六名、国家级二类技能竞赛前三名、省级一类技能竞赛前三名、省级二类技能竞赛第一名的，可直接申报高级工程师')),
      v('default', 'nte.national', N_GREEN),
    ],
  },
  {
    id: 'green_china_skills_award', regions: 'all',
    zh: ['中华技能大奖能评什么职称', '获得中华技能大奖可以直接评正高吗'],
    en: ['What title can a China Skills Award winner apply for?', 'Does the China Skills Award give a full senior title?'],
    answers: [
      v(['chongqing'], 'csa.chongqing', CQ('四（二）#4')),
      v(['sichuan'], 'csa.fullSenior', SC('附件1 六（三）', '2.技术技能水平在本职业（工种）中有较大影响，获得中华技能大奖称号。')),
      v(['liaoning'], 'csa.fullSenior', LN_GREEN_FULL),
      v(['suzhou'], 'csa.fullSenior', SZ('四（一）4', '获得中华技能大奖、江苏大工匠称号，世界技能大赛金牌、银牌、铜牌（以证书、表彰文件为准）的，可直接申报正高级工程师。')),
      v('default', 'csa.national', N_GREEN),
    ],
  },
  {
    id: 'green_worldskills', regions: 'all',
    zh: ['世界技能大赛获奖能评什么职称', '世赛金牌可以直接评正高吗', '世赛优胜奖能破格吗'],
    en: ['What title can a WorldSkills medallist apply for?', 'Does a WorldSkills medal count for the green channel?'],
    answers: [
      v(['chongqing'], 'worldskills.chongqing', CQ('四（二）#3'), CQ('四（二）#4')),
      v(['sichuan'], 'worldskills.sichuan', SC_GREEN_DEP, SC_GREEN_FULL),
      v(['liaoning'], 'worldskills.liaoning', LN_GREEN_FULL),
      v(['suzhou'], 'worldskills.suzhou', SZ_GREEN),
      v('default', 'worldskills.national', N_GREEN, N('二（二）2', '技能竞赛获奖情况、行业工法、操作法、完成项目、技术报告、经验总结、行业标准等创新性成果均可作为职称评审的重要内容。')),
    ],
  },
  {
    id: 'green_competition', regions: 'all',
    zh: ['技能竞赛拿了名次能破格吗', '国家级一类竞赛前五名能评什么', '技能大赛获奖对评职称有用吗', '省赛前三名可以直接评职称吗'],
    en: ['Does a competition ranking let me skip the queue?', 'What does a top-five finish in a national competition give me?'],
    answers: [
      v(['chongqing'], 'competition.chongqing', CQ('四（二）#2'), CQ('四（二）#3')),
      v(['sichuan'], 'competition.sichuan', SC_GREEN_MID, SC_GREEN_DEP),
      v(['liaoning'], 'competition.liaoning', LN_GREEN_FULL, LN('三（三）2')),
      v(['suzhou'], 'competition.suzhou', SZ_GREEN),
      v('default', 'competition.national', N('二（二）2', '技能竞赛获奖情况、行业工法、操作法、完成项目、技术报告、经验总结、行业标准等创新性成果均可作为职称评审的重要内容。')),
    ],
  },
  {
    id: 'master_studio', regions: 'all',
    zh: ['技能大师工作室负责人能评什么职称', '大师工作室领办人可以破格吗'],
    en: ['What title can a master studio leader apply for?', 'Does leading a skill master studio count?'],
    answers: [
      v(['chongqing'], 'studio.chongqing', CQ('四（二）#2'), CQ('四（二）#3'), CQ('四（二）#4')),
      v(['sichuan'], 'studio.sichuan', SC_GREEN_MID, SC_GREEN_DEP),
      v(['liaoning'], 'studio.liaoning', LN_GREEN_FULL, LN('三（四）2')),
      v(['suzhou'], 'studio.suzhou', SZ_GREEN),
      v('default', 'studio.national', N_GREEN),
    ],
  },
  {
    id: 'evaluation_method', regions: 'all',
    zh: ['职称评审怎么评', '评审要考试吗', '评职称要答辩吗', '评审看重什么', '评审有面试吗'],
    en: ['How is the title review done?', 'Is there an exam or interview in the review?'],
    answers: [
      v(['chongqing'], 'method.local', CQ('四（一）', '要以职业能力和工作业绩评定为重点')),
      v(['liaoning'], 'method.local', LN('三（三）2', '以职业能力和工作业绩评定为重点')),
      v(['suzhou'], 'method.local', SZ('四（一）3', '要以职业能力和工作业绩评定为重点')),
      v(['sichuan'], 'method.national', SC('五（二）', '相关职称评审委员会要综合采用理论知识考试、技能操作考核、业绩评审、面试答辩、竞赛选拔等多种方式评价高技能人才。')),
      v('default', 'method.national', N('二（三）', '综合采用理论知识考试、技能操作考核、业绩评审、面试答辩、竞赛选拔等多种方式评价高技能人才。')),
    ],
  },
  {
    id: 'achievements', regions: 'all',
    zh: ['哪些业绩可以作为评审材料', '技术报告能代替论文吗', '工法和操作法算成果吗', '专利对评职称有用吗', '哪些业绩成果评审时认可'],
    en: ['What counts as achievements for the review?', 'Can a technical report replace a paper?'],
    answers: [
      v(['chongqing'], 'achievements.local', CQ('四（一）', '把技能技艺、工作实绩、生产效率、产品质量、技术和专利发明、科研成果、技能竞赛成绩等作为评价条件。')),
      v(['liaoning'], 'achievements.liaoning', LN('三（三）3', '可将工作报告、技术工艺改进方案、编制的操作手册、解决工作难题的案例报告、技术鉴定报告、项目可行性方案、标准规范等替代论文或论著要求，由评委会专家进行综合评价。'), LN('三（三）2')),
      v(['suzhou'], 'achievements.local', SZ('四（一）3', '把技能技艺、工作实绩、产品质量、技术和专利发明、科研成果、技能竞赛成绩等作为主要评价条件。')),
      v(['sichuan'], 'achievements.national', SC('五（二）', '技能竞赛获奖情况、行业工法、操作法、完成项目、技术报告、经验总结、行业标准等创新性成果均可作为职称评审的重要内容。')),
      v('default', 'achievements.national', N('二（二）2', '技能竞赛获奖情况、行业工法、操作法、完成项目、技术报告、经验总结、行业标准等创新性成果均可作为职称评审的重要内容。')),
    ],
  },
  {
    id: 'professional_qualification', regions: 'all',
    zh: ['技能人才能考会计证吗', '高级工可以考经济师吗', '能报名参加专业技术人员职业资格考试吗', '技能人才能考翻译资格吗'],
    en: ['Can skilled workers sit professional qualification exams like accounting?', 'Can I take the economist qualification exam?'],
    answers: [
      v(['sichuan'], 'qualification.sichuan', SC('三（二）1'), SC('三（二）3')),
      v(['chongqing', 'liaoning', 'suzhou'], 'qualification.silent', N('二（一）', '支持高技能人才取得经济、会计、统计、审计、翻译、出版、通信、计算机技术与软件等专业技术人员职业资格。')),
      v('default', 'qualification.national', N('二（一）', '支持高技能人才取得经济、会计、统计、审计、翻译、出版、通信、计算机技术与软件等专业技术人员职业资格。')),
    ],
  },
  {
    id: 'company_review', regions: 'all',
    zh: ['企业可以自己评职称吗', '单位能自主评审吗', '技能人才能单独分组评审吗'],
    en: ['Can my company run its own title review?', 'Are skilled workers reviewed in a separate group?'],
    answers: [
      v(['chongqing', 'liaoning', 'suzhou', 'sichuan'], 'companyReview.silent', N('二（三）', '支持有条件的地区和单位对高技能人才单独分组、单独评审。支持高技能人才密集、技术实力较强、内部管理规范的规模以上企业自主开展高技能人才职称评审。')),
      v('default', 'companyReview.national', N('二（三）', '支持有条件的地区和单位对高技能人才单独分组、单独评审。支持高技能人才密集、技术实力较强、内部管理规范的规模以上企业自主开展高技能人才职称评审。')),
    ],
  },
  {
    id: 'voluntary', regions: 'all',
    zh: ['评职称是强制的吗', '评了职称还要留在一线吗', '必须参加职称评审吗', '是自愿申报吗'],
    en: ['Is applying for a title compulsory?', 'Do I have to stay on the shop floor after getting a title?'],
    answers: [
      v(['liaoning'], 'voluntary.liaoning', LN('五（一）', '高技能人才根据自身情况和工作性质，可在本工作领域自愿申报相应系列、专业和相应级别的专业技术职称')),
      v(['sichuan'], 'voluntary.national', SC('五（三）', '高技能人才依据技术技能水平自愿参加职称评审，鼓励取得职称的高技能人才坚守在生产服务一线。')),
      v(['chongqing', 'suzhou'], 'voluntary.silent', N('二（五）', '高技能人才依据技术技能水平自愿参加职称评审，鼓励取得职称的高技能人才坚守在生产服务一线。')),
      v('default', 'voluntary.national', N('二（五）', '高技能人才依据技术技能水平自愿参加职称评审，鼓励取得职称的高技能人才坚守在生产服务一线。')),
    ],
  },
  {
    id: 'region_not_covered', regions: 'all', plain: true,
    zh: ['我们省不在名单里怎么办', '广东的政策你知道吗', '其他省份按什么政策', '支持哪些地区'],
    en: ['My province is not listed, what applies?', 'Which regions do you cover?'],
    answers: [
      v('default', 'notCovered', N('二（二）3', '各地区、各有关单位可结合实际情况制定具体办法。')),
    ],
  },
  {
    id: 'suzhou_local_engineer', regions: ['suzhou'],
    zh: ['地方工程师能转国家职称吗', '苏州地方工程师怎么转评', '持有地方工程师可以直接考高级工吗'],
    en: ['Can a local engineer title be converted to a national one?', 'What can Suzhou local engineers do?'],
    answers: [v(['suzhou'], 'suzhou.localEngineer', SZ('五、4'))],
  },
  {
    id: 'suzhou_continuing_education', regions: ['suzhou'],
    zh: ['技能培训能算继续教育学时吗', '职业技能培训可以折算继续教育吗'],
    en: ['Does skills training count toward continuing education hours?', 'Can training be converted into continuing education credit?'],
    answers: [v(['suzhou'], 'suzhou.continuingEducation', SZ('五、3', '职业技能培训成果可折算继续教育学时。'))],
  },
  {
    id: 'suzhou_pilot', regions: ['suzhou'],
    zh: ['苏州先在哪些行业试点', '哪些行业可以先搞贯通', '化工行业能参加吗'],
    en: ['Which industries is Suzhou piloting first?', 'Which sectors are in the pilot?'],
    answers: [v(['suzhou'], 'suzhou.pilot', SZ('五、1', '本着先行先试、稳妥推进的原则，试点在机械、建设、化工等行业中推进此项工作。'))],
  },
  {
    id: 'access_qualification', regions: ['sichuan'],
    zh: ['准入类职业资格是必须的吗', '需要先取得准入资格吗', '以考代评是什么'],
    en: ['Do I need a mandatory access qualification?', 'What about licences required by law?'],
    answers: [v(['sichuan'], 'sichuan.access', SC('附件1 四'), SC('附件2 四'))],
  },
];

export function curatedById(id: string): CuratedEntry | undefined {
  return CURATED.find((e) => e.id === id);
}

/** The entries whose people in `region` can get an answer (all of them when the region is unknown). */
export function entriesFor(region: Region | undefined): readonly CuratedEntry[] {
  return region ? CURATED.filter((e) => e.regions === 'all' || e.regions.includes(region)) : CURATED;
}

/** The answer for `region`: its own variant, else the default one; for an unknown region the default, else the first. */
export function variantFor(entry: CuratedEntry, region: Region | undefined): { variant: AnswerVariant; region: Region | undefined } | undefined {
  if (region) {
    const own = entry.answers.find((a) => a.for !== 'default' && a.for.includes(region));
    if (own) return { variant: own, region };
    const def = entry.answers.find((a) => a.for === 'default');
    return def ? { variant: def, region } : undefined;
  }
  const def = entry.answers.find((a) => a.for === 'default');
  if (def) return { variant: def, region: undefined };
  const first = entry.answers[0];
  return first && first.for !== 'default' ? { variant: first, region: first.for[0] } : undefined;
}
