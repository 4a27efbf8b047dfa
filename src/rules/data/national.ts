// 人社部发〔2020〕96号: the national baseline, the fallback for other regions, and Jiangxi's rules (ruling 9).
import type { Rule } from '../ruleSchema';
import { SERIES, type HonorId } from '../vocabulary';

const P = 'national-2020-96' as const;
const REVIEW = { policy: P, clause: '二（二）1', quote: '高技能人才参加职称评审应在现工作岗位上近3年年度考核合格。' };
const SERIES_CLAUSE = { policy: P, clause: '二（一）', quote: '将贯通领域扩大为工程、农业、工艺美术、文物博物、实验技术、艺术、体育、技工院校教师等职称系列' };
const T2S = {
  policy: P, clause: '二（四）',
  quote: '专业技术人才取得助理级、中级、副高级职称，累计工作年限达到申报条件的，可分别申请参加与现岗位相对应职业（工种）的高级工、技师、高级技师职业技能评价。',
};
const THEORY = { policy: P, clause: '二（四）', quote: '专业技术人才参加职业技能评价，注重操作技能考核。具有所申报职业相关专业毕业证书的，可免于理论知识考试。' };
const UPGRADE = { policy: P, clause: '二（四）', quote: '取得职业资格或职业技能等级1年后，可按累计工作年限申报相应职业（工种）晋级评价。' };
const GREEN = {
  policy: P, clause: '二（二）3',
  quote: '获得中华技能大奖、全国技术能手，担任国家级技能大师工作室带头人，享受省级以上政府特殊津贴的高技能人才，或各省（区、市）人民政府认定的“高精尖缺”高技能人才，可直接申报评审正高级或副高级职称。各地区、各有关单位可结合实际情况制定具体办法。',
};
const GREEN_AWARDS = {
  type: 'honor' as const,
  ids: ['china_skills_award', 'national_technical_expert', 'national_master_studio_lead', 'state_council_allowance',
    'provincial_government_allowance', 'high_end_shortage_talent'] as HonorId[],
  quote: GREEN.quote,
};
const S2T_DOCS = ['skill_certificate', 'annual_review_records', 'work_years_proof', 'achievement_materials'] as const;
const S2T_CRITERIA = ['ethics', 'skill_contribution', 'achievements'] as const;

export const nationalRules: Rule[] = [
  {
    id: 'national.s2t.standard.assistant', kind: 'path', ruleSet: 'national', direction: 'skill_to_title', route: 'standard',
    starts: [{ kind: 'skill', level: 'senior_worker' }], target: 'assistant',
    conditions: [{ type: 'years_since', start: 0, years: 2 }, { type: 'annual_review' }],
    series: [...SERIES], criteria: [...S2T_CRITERIA], documents: [...S2T_DOCS],
    citations: [{ policy: P, clause: '二（二）1', quote: '按照国家有关规定取得高级工职业资格或职业技能等级后从事技术技能工作满2年，可申报评审相应专业助理级职称' }, REVIEW, SERIES_CLAUSE],
  },
  {
    id: 'national.s2t.standard.intermediate', kind: 'path', ruleSet: 'national', direction: 'skill_to_title', route: 'standard',
    starts: [{ kind: 'skill', level: 'technician' }], target: 'intermediate',
    conditions: [{ type: 'years_since', start: 0, years: 3 }, { type: 'annual_review' }],
    series: [...SERIES], criteria: [...S2T_CRITERIA], documents: [...S2T_DOCS],
    citations: [{ policy: P, clause: '二（二）1', quote: '取得技师职业资格或职业技能等级后从事技术技能工作满3年，可申报评审相应专业中级职称' }, REVIEW, SERIES_CLAUSE],
  },
  {
    id: 'national.s2t.standard.deputy_senior', kind: 'path', ruleSet: 'national', direction: 'skill_to_title', route: 'standard',
    starts: [{ kind: 'skill', level: 'senior_technician' }], target: 'deputy_senior',
    conditions: [{ type: 'years_since', start: 0, years: 4 }, { type: 'annual_review' }],
    series: [...SERIES], criteria: [...S2T_CRITERIA], documents: [...S2T_DOCS],
    citations: [{ policy: P, clause: '二（二）1', quote: '取得高级技师职业资格或职业技能等级后从事技术技能工作满4年，可申报评审相应专业副高级职称' }, REVIEW, SERIES_CLAUSE],
  },
  ...(['deputy_senior', 'full_senior'] as const).map((target): Rule => ({
    id: `national.s2t.green.${target}`, kind: 'path', ruleSet: 'national', direction: 'skill_to_title', route: 'green_channel',
    starts: [{ kind: 'award', anyOf: [GREEN_AWARDS] }], target,
    conditions: [{ type: 'annual_review' }, { type: 'local_measures' }],
    series: [...SERIES], criteria: ['ethics', 'long_frontline', 'contribution_outstanding'],
    documents: ['award_proof', 'annual_review_records', 'achievement_materials'],
    citations: [GREEN, REVIEW],
  })),
  ...([['assistant', 'senior_worker'], ['intermediate', 'technician'], ['deputy_senior', 'senior_technician']] as const).map(([title, target]): Rule => ({
    id: `national.t2s.standard.${target}`, kind: 'path', ruleSet: 'national', direction: 'title_to_skill', route: 'standard',
    starts: [{ kind: 'title', level: title }], target,
    conditions: [{ type: 'occupation_standard' }],
    theoryExam: 'exempt_with_related_diploma', criteria: ['related_post', 'skills_operation'],
    documents: ['title_certificate', 'work_years_proof'],
    citations: [T2S, THEORY],
  })),
  ...([['junior_worker', 'intermediate_worker'], ['intermediate_worker', 'senior_worker'], ['senior_worker', 'technician'], ['technician', 'senior_technician']] as const).map(([from, target]): Rule => ({
    id: `national.t2s.upgrade.${target}`, kind: 'path', ruleSet: 'national', direction: 'title_to_skill', route: 'upgrade',
    starts: [{ kind: 'skill', level: from }, { kind: 'title', level: 'junior' }], target,
    conditions: [{ type: 'years_since', start: 0, years: 1 }, { type: 'occupation_standard' }],
    theoryExam: 'exempt_with_related_diploma', criteria: ['related_post', 'skills_operation'],
    documents: ['skill_certificate', 'title_certificate', 'work_years_proof'],
    citations: [UPGRADE, THEORY],
  })),
  {
    id: 'national.note.no_degree_requirement', kind: 'note', ruleSet: 'national', code: 'no_degree_requirement', when: 'skill_to_title_path',
    citations: [{ policy: P, clause: '二（二）1', quote: '具备高级工以上职业资格或职业技能等级的技能人才，均可参加职称评审，不将学历、论文、外语、计算机等作为高技能人才参加职称评审的限制性条件。' }],
  },
  { id: 'national.note.series', kind: 'note', ruleSet: 'national', code: 'series_covered', when: 'skill_to_title_path', citations: [SERIES_CLAUSE] },
  {
    id: 'national.note.qualification_exams', kind: 'note', ruleSet: 'national', code: 'qualification_exams', when: 'holds_skill',
    citations: [{ policy: P, clause: '二（一）', quote: '支持高技能人才取得经济、会计、统计、审计、翻译、出版、通信、计算机技术与软件等专业技术人员职业资格。' }],
  },
  {
    id: 'national.note.direct_skill_evaluation', kind: 'note', ruleSet: 'national', code: 'direct_skill_evaluation', when: 'title_to_skill_path',
    citations: [{ policy: P, clause: '二（四）', quote: '具有相应职业（工种）技能等级水平的优秀人才可直接申报该职业（工种）的职业技能等级评价。' }],
  },
  {
    id: 'national.note.equal_treatment', kind: 'note', ruleSet: 'national', code: 'equal_treatment', when: 'holds_skill',
    citations: [{ policy: P, clause: '二（五）', quote: '各类企业对在聘的高级工、技师、高级技师在学习进修、岗位聘任、职务职级晋升、评优评奖、科研项目申报等方面，比照相应层级专业技术人员享受同等待遇。' }],
  },
];
