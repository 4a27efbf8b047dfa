// What the policy texts say, written down from the texts in policies/ independently of the rule rows (policies/*/rules.yaml), so that the
// engine's tests compare the rule rows against the texts rather than against themselves.
import type { HonorId, Region, SkillLevel, TitleLevel, CompetitionTier, Medal } from '../../src/rules/vocabulary';

/** Standard skill → title: certificate + full years since it → title level. */
export const STANDARD_S2T: [Region, SkillLevel, TitleLevel, number, string][] = [
  ['national', 'senior_worker', 'assistant', 2, '96号 二（二）1'],
  ['national', 'technician', 'intermediate', 3, '96号 二（二）1'],
  ['national', 'senior_technician', 'deputy_senior', 4, '96号 二（二）1'],
  ['jiangxi', 'senior_worker', 'assistant', 2, '227号 adopts 96号'],
  ['jiangxi', 'technician', 'intermediate', 3, '227号 adopts 96号'],
  ['jiangxi', 'senior_technician', 'deputy_senior', 4, '227号 adopts 96号'],
  ['chongqing', 'senior_worker', 'assistant', 2, '三（一）1'],
  ['chongqing', 'technician', 'intermediate', 3, '三（一）2'],
  ['chongqing', 'senior_technician', 'deputy_senior', 4, '三（一）3'],
  ['sichuan', 'senior_worker', 'assistant', 2, '附件1 五（一）3'],
  ['sichuan', 'technician', 'intermediate', 3, '附件1 五（二）4'],
  ['sichuan', 'senior_technician', 'deputy_senior', 4, '附件1 五（三）4'],
  ['sichuan', 'senior_technician', 'full_senior', 10, '附件1 五（四）5'],
  ['liaoning', 'senior_worker', 'assistant', 2, '三（二）2'],
  ['liaoning', 'technician', 'intermediate', 3, '三（二）2'],
  ['liaoning', 'senior_technician', 'deputy_senior', 4, '三（二）2'],
  ['suzhou', 'senior_worker', 'assistant', 2, '四（一）2'],
  ['suzhou', 'technician', 'intermediate', 3, '四（一）2'],
  ['suzhou', 'senior_technician', 'deputy_senior', 4, '四（一）2'],
];

export type AwardSpec =
  | { type: 'honor'; id: HonorId }
  | { type: 'competition'; tier: CompetitionTier; rank?: number; medal?: Medal; teamSize?: 1 | 2 | 3 };

/** Green channel: an award → every title level the region's text opens with it (empty: it opens none there). */
export const GREEN: [Region, AwardSpec, TitleLevel[], string][] = [
  // national 96号 二（二）3: 正高级或副高级, left to local measures (ruling 6)
  ['national', { type: 'honor', id: 'china_skills_award' }, ['deputy_senior', 'full_senior'], '二（二）3'],
  ['national', { type: 'honor', id: 'national_technical_expert' }, ['deputy_senior', 'full_senior'], '二（二）3'],
  ['national', { type: 'honor', id: 'provincial_government_allowance' }, ['deputy_senior', 'full_senior'], '二（二）3'],
  ['national', { type: 'honor', id: 'high_end_shortage_talent' }, ['deputy_senior', 'full_senior'], '二（二）3'],
  ['national', { type: 'honor', id: 'liaoning_craftsman' }, [], 'not in 96号'],
  ['jiangxi', { type: 'honor', id: 'national_master_studio_lead' }, ['deputy_senior', 'full_senior'], 'adopts 二（二）3'],
  // Chongqing 四（二）
  ['chongqing', { type: 'honor', id: 'chongqing_technical_expert' }, ['assistant'], '全市技术能手'],
  ['chongqing', { type: 'competition', tier: 'chongqing_skills_competition', rank: 6 }, ['assistant'], '中国·重庆职业技能大赛前6名'],
  ['chongqing', { type: 'competition', tier: 'chongqing_skills_competition', rank: 7 }, [], 'rank 7'],
  ['chongqing', { type: 'competition', tier: 'municipal_industry', rank: 3 }, ['assistant'], '市级行业赛前3名'],
  ['chongqing', { type: 'competition', tier: 'municipal_industry', rank: 4 }, [], 'rank 4'],
  ['chongqing', { type: 'competition', tier: 'district', rank: 1 }, ['assistant'], '区县赛第1名'],
  ['chongqing', { type: 'competition', tier: 'district', rank: 2 }, [], 'rank 2'],
  ['chongqing', { type: 'honor', id: 'municipal_master_studio_lead' }, ['assistant'], '市级技能大师工作室领衔专家'],
  ['chongqing', { type: 'honor', id: 'national_technical_expert' }, ['intermediate'], '全国技术能手 → 工程师'],
  ['chongqing', { type: 'competition', tier: 'worldskills', medal: 'excellence' }, ['intermediate'], '世界技能大赛优胜奖'],
  ['chongqing', { type: 'competition', tier: 'national_class1', rank: 5 }, ['intermediate'], '国家级一类前5名'],
  ['chongqing', { type: 'competition', tier: 'national_class1', rank: 6 }, [], 'rank 6'],
  ['chongqing', { type: 'competition', tier: 'national_class2', rank: 3 }, ['intermediate'], '国家级二类前3名'],
  ['chongqing', { type: 'honor', id: 'municipal_chief_master_studio_lead' }, ['intermediate'], '市级首席'],
  ['chongqing', { type: 'honor', id: 'china_skills_award' }, ['deputy_senior'], '中华技能大奖'],
  ['chongqing', { type: 'honor', id: 'chongqing_skill_master' }, ['deputy_senior'], '重庆技能大师'],
  ['chongqing', { type: 'honor', id: 'national_master_studio_lead' }, ['deputy_senior'], '国家级技能大师工作室命名专家'],
  ['chongqing', { type: 'honor', id: 'state_council_allowance' }, ['deputy_senior'], '国务院津贴'],
  ['chongqing', { type: 'honor', id: 'worldskills_expert_leader' }, ['deputy_senior'], '世界技能大赛专家组长'],
  ['chongqing', { type: 'competition', tier: 'worldskills', medal: 'bronze' }, ['deputy_senior'], '金银铜牌'],
  // Sichuan 附件1 六
  ['sichuan', { type: 'competition', tier: 'national_class2', rank: 3 }, ['intermediate'], '国家级技能竞赛奖牌'],
  ['sichuan', { type: 'competition', tier: 'national_class2', rank: 4 }, [], 'no medal'],
  ['sichuan', { type: 'honor', id: 'sichuan_technical_expert' }, ['intermediate'], '四川省技术能手'],
  ['sichuan', { type: 'honor', id: 'provincial_master_studio_lead' }, ['intermediate'], '省级技能大师工作室领办人'],
  ['sichuan', { type: 'honor', id: 'provincial_intangible_heritage' }, ['intermediate'], '省级非遗传承人'],
  ['sichuan', { type: 'honor', id: 'national_technical_expert' }, ['deputy_senior'], '全国技术能手 → 副高'],
  ['sichuan', { type: 'honor', id: 'tianfu_craftsman' }, ['deputy_senior'], '天府工匠'],
  ['sichuan', { type: 'honor', id: 'sichuan_skill_master' }, ['deputy_senior'], '四川技能大师'],
  ['sichuan', { type: 'honor', id: 'national_master_studio_lead' }, ['deputy_senior'], '国家级技能大师工作室领办人'],
  ['sichuan', { type: 'honor', id: 'national_intangible_heritage' }, ['deputy_senior'], '国家级非遗'],
  ['sichuan', { type: 'competition', tier: 'worldskills', medal: 'bronze' }, ['deputy_senior'], '铜牌以上'],
  ['sichuan', { type: 'competition', tier: 'worldskills', medal: 'excellence' }, [], '优胜奖 is not a medal'],
  ['sichuan', { type: 'competition', tier: 'national_class1', rank: 5 }, ['deputy_senior'], '一类前5名 (and a medal? no: rank 5)'],
  ['sichuan', { type: 'competition', tier: 'national_class1', rank: 3, teamSize: 2 }, ['intermediate', 'deputy_senior'], '双人赛项前3名; also a medal'],
  ['sichuan', { type: 'competition', tier: 'national_class1', rank: 4, teamSize: 2 }, [], '双人 rank 4'],
  ['sichuan', { type: 'competition', tier: 'national_class1', rank: 2, teamSize: 3 }, ['intermediate', 'deputy_senior'], '三人赛项前2名'],
  ['sichuan', { type: 'competition', tier: 'national_class1', rank: 3, teamSize: 3 }, ['intermediate'], '三人 rank 3: a medal only'],
  ['sichuan', { type: 'honor', id: 'state_council_allowance' }, ['full_senior'], '国务院津贴 → 正高'],
  ['sichuan', { type: 'honor', id: 'china_skills_award' }, ['full_senior'], '中华技能大奖'],
  ['sichuan', { type: 'competition', tier: 'worldskills', medal: 'gold' }, ['deputy_senior', 'full_senior'], '金牌'],
  ['sichuan', { type: 'honor', id: 'worldskills_gold_coach_leader' }, ['full_senior'], '金奖教练组组长'],
  // Liaoning 三（四）
  ['liaoning', { type: 'honor', id: 'china_skills_award' }, ['full_senior'], '中华技能大奖'],
  ['liaoning', { type: 'honor', id: 'state_council_allowance' }, ['full_senior'], '国务院特殊津贴'],
  ['liaoning', { type: 'honor', id: 'national_technical_expert' }, ['full_senior'], '全国技术能手 → 正高'],
  ['liaoning', { type: 'honor', id: 'national_master_studio_lead' }, ['full_senior'], '国家级工作室负责人'],
  ['liaoning', { type: 'honor', id: 'liaoning_craftsman' }, ['full_senior'], '辽宁工匠'],
  ['liaoning', { type: 'honor', id: 'liaoning_meritorious_talent' }, ['full_senior'], '功勋高技能人才'],
  ['liaoning', { type: 'honor', id: 'worldskills_coach' }, ['full_senior'], '技术指导专家和教练'],
  ['liaoning', { type: 'competition', tier: 'worldskills', medal: 'silver' }, ['full_senior'], '银牌'],
  ['liaoning', { type: 'honor', id: 'liaoning_outstanding_talent' }, ['deputy_senior'], '有突出贡献'],
  ['liaoning', { type: 'honor', id: 'provincial_master_studio_lead' }, ['deputy_senior'], '省级工作站负责人'],
  ['liaoning', { type: 'honor', id: 'liaoning_technical_expert' }, ['intermediate'], '辽宁省技术能手'],
  // Suzhou 四（一）4
  ['suzhou', { type: 'honor', id: 'suzhou_technical_expert' }, ['assistant'], '苏州市技术能手'],
  ['suzhou', { type: 'honor', id: 'gusu_key_talent' }, ['assistant'], '姑苏重点人才'],
  ['suzhou', { type: 'competition', tier: 'municipal_class1', rank: 3 }, ['assistant'], '市级一类前三'],
  ['suzhou', { type: 'honor', id: 'suzhou_skill_award' }, ['intermediate'], '苏州技能大奖'],
  ['suzhou', { type: 'honor', id: 'gusu_outstanding_talent' }, ['intermediate'], '姑苏突出人才'],
  ['suzhou', { type: 'honor', id: 'jiangsu_technical_expert' }, ['intermediate'], '江苏省技术能手'],
  ['suzhou', { type: 'honor', id: 'municipal_model_worker' }, ['intermediate'], '市级劳模'],
  ['suzhou', { type: 'honor', id: 'municipal_invention_award' }, ['intermediate', 'deputy_senior'], '技术发明奖: listed twice (ruling 5)'],
  ['suzhou', { type: 'competition', tier: 'provincial_class1', rank: 5 }, ['intermediate'], '省一类前四至六'],
  ['suzhou', { type: 'competition', tier: 'provincial_class1', rank: 7 }, [], '省一类 7'],
  ['suzhou', { type: 'competition', tier: 'provincial_class2', rank: 3 }, ['intermediate'], '省二类前二至三'],
  ['suzhou', { type: 'honor', id: 'national_technical_expert' }, ['deputy_senior'], '全国技术能手 → 副高'],
  ['suzhou', { type: 'honor', id: 'jiangsu_craftsman' }, ['deputy_senior'], '江苏工匠'],
  ['suzhou', { type: 'honor', id: 'provincial_model_worker' }, ['deputy_senior'], '省部级劳模'],
  ['suzhou', { type: 'competition', tier: 'worldskills', medal: 'excellence' }, ['deputy_senior'], '优胜奖'],
  ['suzhou', { type: 'competition', tier: 'international', rank: 8 }, ['deputy_senior'], '国际前八'],
  ['suzhou', { type: 'competition', tier: 'national_class1', rank: 6 }, ['deputy_senior'], '国一类前六'],
  ['suzhou', { type: 'competition', tier: 'national_class2', rank: 3 }, ['deputy_senior'], '国二类前三'],
  ['suzhou', { type: 'competition', tier: 'provincial_class1', rank: 2 }, ['deputy_senior'], '省一类前三'],
  ['suzhou', { type: 'competition', tier: 'provincial_class2', rank: 1 }, ['deputy_senior'], '省二类第一'],
  ['suzhou', { type: 'honor', id: 'china_skills_award' }, ['full_senior'], '中华技能大奖'],
  ['suzhou', { type: 'honor', id: 'jiangsu_grand_craftsman' }, ['full_senior'], '江苏大工匠'],
  ['suzhou', { type: 'competition', tier: 'worldskills', medal: 'gold' }, ['full_senior'], '金牌'],
];

/** Title → skill: how the years are stated. 'none' eligible at once, 'standard' conditional on the occupation's
 * standard (ruling 7), ['work', N] cumulative, ['since', N] years since the title. */
export type T2SYears = 'none' | 'standard' | ['work', number] | ['since', number];
export const T2S: [Region, TitleLevel, SkillLevel, T2SYears, string][] = [
  ['national', 'assistant', 'senior_worker', 'standard', '二（四）'],
  ['national', 'intermediate', 'technician', 'standard', '二（四）'],
  ['national', 'deputy_senior', 'senior_technician', 'standard', '二（四）'],
  ['jiangxi', 'intermediate', 'technician', 'standard', 'adopts 二（四）'],
  ['chongqing', 'assistant', 'senior_worker', 'standard', '三（二）1'],
  ['chongqing', 'intermediate', 'technician', 'standard', '三（二）1'],
  ['chongqing', 'deputy_senior', 'senior_technician', 'standard', '三（二）1'],
  ['sichuan', 'assistant', 'senior_worker', ['work', 2], '附件2 五（一）3'],
  ['sichuan', 'intermediate', 'technician', ['work', 4], '附件2 五（二）5'],
  ['sichuan', 'deputy_senior', 'senior_technician', ['work', 8], '附件2 五（三）6'],
  ['sichuan', 'full_senior', 'senior_technician', 'none', '三（三）3 正高不受年限限制'],
  ['liaoning', 'assistant', 'senior_worker', 'none', '四（二）'],
  ['liaoning', 'assistant', 'technician', ['since', 3], '四（三）1'],
  ['liaoning', 'intermediate', 'technician', 'none', '四（三）2'],
  ['liaoning', 'intermediate', 'senior_technician', ['since', 3], '四（四）1'],
  ['liaoning', 'deputy_senior', 'senior_technician', 'none', '四（四）2'],
  ['suzhou', 'assistant', 'senior_worker', 'none', '四（二）2'],
  ['suzhou', 'intermediate', 'technician', 'none', '四（二）2'],
  ['suzhou', 'deputy_senior', 'senior_technician', 'none', '四（二）2'],
];

/** Regions whose texts cover the engineering series only. */
export const ENGINEERING_ONLY: Region[] = ['chongqing', 'liaoning', 'suzhou'];
/** Regions whose title → skill routes ask for passed annual reviews (ruling 4). */
export const T2S_NEEDS_REVIEW: Region[] = ['sichuan'];
/** Regions where every title holder is exempt from the theory exam (Suzhou 五、3). */
export const ALWAYS_EXEMPT: Region[] = ['suzhou'];
