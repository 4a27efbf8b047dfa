// 四川省高技能人才与专业技术人才职业发展贯通实施方案, with 附件1 (skill → title) and 附件2 (title → skill).
// Quotes are the clause's words with the PDF extraction's line breaks and padding removed.
import type { AwardMatcher, Rule } from '../ruleSchema';
import { SERIES } from '../vocabulary';

const P = 'sichuan-2021' as const;
const ALL = [...SERIES];
const BASIC1 = { policy: P, clause: '附件1 三', quote: '从事技术技能工作，认真履行岗位职责，胜任本职工作，近3年年度考核合格。' };
const LEVELS1 = {
  policy: P, clause: '附件1 五',
  quote: '高技能人才申报评审工程、农业、工艺美术、文物博物（群众文化）、实验技术、艺术、体育、技工院校教师等系列各层级职称，除必须达到上述条件外，还应分别具备以下条件',
};
const GREEN_HEAD = { policy: P, clause: '附件1 六', quote: '具有高超技艺技能和一流业绩水平的高技能人才，可不受学历、资历、层级限制，破格申报相应层级职称。' };
const BASIC2 = { policy: P, clause: '附件2 三', quote: '从事相关相近专业工作，认真履行岗位职责，胜任本职工作，近3年年度考核合格。' };
const THEORY = { policy: P, clause: '五（二）', quote: '专业技术人才参加职业技能评价，注重操作技能考核，具有所申报职业相关专业毕业证书的，可免于理论知识考试。' };
const UPGRADE = { policy: P, clause: '三（三）2', quote: '专业技术人才取得职业资格或职业技能等级1年后，可按累计工作年限申报相应职业（工种）晋级评价。' };
const S2T_DOCS = ['skill_certificate', 'annual_review_records', 'work_years_proof', 'achievement_materials'] as const;
const GREEN_DOCS = ['award_proof', 'annual_review_records', 'achievement_materials'] as const;
const GREEN_CRITERIA = ['ethics', 'long_frontline', 'contribution_outstanding'] as const;

const green = (target: 'intermediate' | 'deputy_senior' | 'full_senior', clause: string, head: string, anyOf: AwardMatcher[]): Rule => ({
  id: `sichuan.s2t.green.${target}`, kind: 'path', ruleSet: 'sichuan', direction: 'skill_to_title', route: 'green_channel',
  starts: [{ kind: 'award', anyOf }], target, conditions: [{ type: 'annual_review' }],
  series: ALL, criteria: [...GREEN_CRITERIA], documents: [...GREEN_DOCS],
  citations: [{ policy: P, clause, quote: head }, GREEN_HEAD, BASIC1],
});

export const sichuanRules: Rule[] = [
  ...([
    ['senior_worker', 'assistant', 2, '附件1 五（一）3', '取得高级工职业资格或职业技能等级后，从事技术技能工作满2年。', ['ethics', 'theory_basic', 'ability_general']],
    ['technician', 'intermediate', 3, '附件1 五（二）4', '取得技师职业资格或职业技能等级后，从事技术技能工作满3年。', ['ethics', 'theory_skilled', 'ability_complex', 'achievements']],
    ['senior_technician', 'deputy_senior', 4, '附件1 五（三）4', '取得高级技师职业资格或职业技能等级后，从事技术技能工作满4年。', ['ethics', 'theory_systematic', 'ability_important', 'innovation']],
    ['senior_technician', 'full_senior', 10, '附件1 五（四）5', '或取得高级技师职业资格或职业技能等级后，从事技术技能工作满10年。', ['ethics', 'theory_comprehensive', 'ability_major', 'influence', 'contribution_outstanding']],
  ] as const).map(([skill, target, years, clause, quote, criteria]): Rule => ({
    id: `sichuan.s2t.standard.${target}${target === 'full_senior' ? '.by_skill' : ''}`, kind: 'path', ruleSet: 'sichuan',
    direction: 'skill_to_title', route: 'standard',
    starts: [{ kind: 'skill', level: skill }], target,
    conditions: [{ type: 'years_since', start: 0, years }, { type: 'annual_review' }],
    series: ALL, criteria: [...criteria], documents: [...S2T_DOCS],
    citations: [{ policy: P, clause, quote }, LEVELS1, BASIC1],
  })),
  {
    // 正高级 from a 副高级 title: still a skilled worker's route (三（一）1 asks for 高级工 or above).
    id: 'sichuan.s2t.standard.full_senior.by_title', kind: 'path', ruleSet: 'sichuan', direction: 'skill_to_title', route: 'standard',
    starts: [{ kind: 'title', level: 'deputy_senior' }, { kind: 'skill', level: 'senior_worker' }], target: 'full_senior',
    conditions: [{ type: 'years_since', start: 0, years: 5 }, { type: 'annual_review' }],
    series: ALL, criteria: ['ethics', 'theory_comprehensive', 'ability_major', 'influence', 'contribution_outstanding'],
    documents: ['title_certificate', 'skill_certificate', 'annual_review_records', 'work_years_proof', 'achievement_materials'],
    citations: [
      { policy: P, clause: '附件1 五（四）5', quote: '取得副高级职称后，从事技术技能工作满5年' },
      { policy: P, clause: '三（一）1', quote: '具备高级工以上职业资格或职业技能等级且从事相关技术技能工作的高技能人才，可参加工程、农业、工艺美术、文物博物（群众文化）、实验技术、艺术、体育、技工院校教师等系列职称评审。' },
      BASIC1,
    ],
  },
  green('intermediate', '附件1 六（一）', '具备下列条件之一者，可破格申报评审相应专业中级职称', [
    { type: 'competition', tiers: ['national_class1', 'national_class2'], rankMax: 3, medalsAsRanks: true, quote: '技艺精通，在国家级技能竞赛中获得奖牌。' },
    { type: 'honor', ids: ['sichuan_technical_expert'], quote: '技术技能拔尖，获得四川省技术能手称号。' },
    { type: 'honor', ids: ['provincial_master_studio_lead'], quote: '担任省级技能大师工作室领办人。' },
    { type: 'honor', ids: ['provincial_intangible_heritage'], quote: '被认定为四川省省级非物质文化遗产代表性传承人。' },
  ]),
  green('deputy_senior', '附件1 六（二）', '具备下列条件之一者，可破格申报评审相应专业副高级职称', [
    { type: 'honor', ids: ['national_technical_expert', 'tianfu_craftsman', 'sichuan_skill_master'], quote: '获得全国技术能手、天府工匠、四川技能大师等称号。' },
    { type: 'honor', ids: ['national_master_studio_lead'], quote: '担任国家级技能大师工作室领办人。' },
    { type: 'competition', tiers: ['worldskills'], medals: ['gold', 'silver', 'bronze'], quote: '在世界技能大赛中获得铜牌以上奖励，或在国家级一类技能竞赛中获得前5名（双人赛项前3名、三人赛项前2名）。' },
    { type: 'competition', tiers: ['national_class1'], rankMax: 5, rankMaxByTeamSize: { 2: 3, 3: 2 }, quote: '在世界技能大赛中获得铜牌以上奖励，或在国家级一类技能竞赛中获得前5名（双人赛项前3名、三人赛项前2名）。' },
    { type: 'honor', ids: ['national_intangible_heritage'], quote: '被认定为国家级非物质文化遗产代表性传承人。' },
  ]),
  green('full_senior', '附件1 六（三）', '具备下列条件之一者，可破格申报评审相应专业正高级职称', [
    { type: 'honor', ids: ['state_council_allowance'], quote: '长期工作在生产服务岗位第一线，技艺精湛，贡献突出，享受国务院政府特殊津贴。' },
    { type: 'honor', ids: ['china_skills_award'], quote: '获得中华技能大奖称号。' },
    { type: 'competition', tiers: ['worldskills'], medals: ['gold'], quote: '在世界技能大赛中获得金牌，或担任世界技能大赛金奖选手技术指导专家组组长（教练组组长）。' },
    { type: 'honor', ids: ['worldskills_gold_coach_leader'], quote: '在世界技能大赛中获得金牌，或担任世界技能大赛金奖选手技术指导专家组组长（教练组组长）。' },
  ]),
  ...([
    ['assistant', 'senior_worker', 2, '附件2 五（一）3', '取得助理级职称或初级专业技术职业资格，累计从事本专业技术技能工作达到2年。'],
    ['intermediate', 'technician', 4, '附件2 五（二）5', '取得中级职称或中级专业技术职业资格，累计从事本专业技术技能工作达到4年。'],
    ['deputy_senior', 'senior_technician', 8, '附件2 五（三）6', '取得副高级职称，累计从事本专业技术技能工作达到8年。'],
  ] as const).map(([title, target, years, clause, quote]): Rule => ({
    id: `sichuan.t2s.standard.${target}`, kind: 'path', ruleSet: 'sichuan', direction: 'title_to_skill', route: 'standard',
    starts: [{ kind: 'title', level: title }], target,
    conditions: [{ type: 'work_years', years }, { type: 'annual_review' }],
    theoryExam: 'exempt_with_related_diploma',
    criteria: target === 'senior_worker' ? ['ethics', 'skills_operation'] : target === 'technician' ? ['ethics', 'skills_complex', 'innovation', 'technical_management'] : ['ethics', 'skills_key', 'innovation', 'technical_management'],
    documents: ['title_certificate', 'work_years_proof', 'annual_review_records'],
    citations: [{ policy: P, clause, quote }, BASIC2, THEORY],
  })),
  {
    id: 'sichuan.t2s.standard.senior_technician.full_senior', kind: 'path', ruleSet: 'sichuan', direction: 'title_to_skill', route: 'standard',
    starts: [{ kind: 'title', level: 'full_senior' }], target: 'senior_technician',
    conditions: [{ type: 'annual_review' }],
    theoryExam: 'exempt_with_related_diploma', criteria: ['ethics', 'skills_key'],
    documents: ['title_certificate', 'annual_review_records'],
    citations: [{ policy: P, clause: '三（三）3', quote: '正高级职称不受年限限制，可直接申报相应职业（工种）高级技师资格。' }, BASIC2, THEORY],
  },
  ...([['junior_worker', 'intermediate_worker'], ['intermediate_worker', 'senior_worker'], ['senior_worker', 'technician'], ['technician', 'senior_technician']] as const).map(([from, target]): Rule => ({
    id: `sichuan.t2s.upgrade.${target}`, kind: 'path', ruleSet: 'sichuan', direction: 'title_to_skill', route: 'upgrade',
    starts: [{ kind: 'skill', level: from }, { kind: 'title', level: 'junior' }], target,
    conditions: [{ type: 'years_since', start: 0, years: 1 }, { type: 'occupation_standard' }, { type: 'annual_review' }],
    theoryExam: 'exempt_with_related_diploma', criteria: ['ethics', 'skills_operation'],
    documents: ['skill_certificate', 'title_certificate', 'work_years_proof', 'annual_review_records'],
    citations: [UPGRADE, BASIC2, THEORY],
  })),
  {
    id: 'sichuan.note.no_degree_requirement', kind: 'note', ruleSet: 'sichuan', code: 'no_degree_requirement', when: 'skill_to_title_path',
    citations: [{ policy: P, clause: '三（一）2', quote: '不将学历、论文、外语、计算机等作为高技能人才参加职称评审的限制性条件' }],
  },
  {
    id: 'sichuan.note.series', kind: 'note', ruleSet: 'sichuan', code: 'series_covered', when: 'skill_to_title_path',
    citations: [{ policy: P, clause: '三（一）1', quote: '具备高级工以上职业资格或职业技能等级且从事相关技术技能工作的高技能人才，可参加工程、农业、工艺美术、文物博物（群众文化）、实验技术、艺术、体育、技工院校教师等系列职称评审。' }],
  },
  {
    id: 'sichuan.note.access_qualification', kind: 'note', ruleSet: 'sichuan', code: 'access_qualification', when: 'skill_to_title_path',
    citations: [{ policy: P, clause: '附件1 四', quote: '法律法规规定需取得准入类专业技术人员职业资格的，应具备相应职业资格；实行“以考代评”“考评结合”的，应参加相应考试并达到规定要求。' }],
  },
  {
    id: 'sichuan.note.tech_school', kind: 'note', ruleSet: 'sichuan', code: 'tech_school_equivalence_exams', when: 'tech_school',
    citations: [{ policy: P, clause: '三（二）2', quote: '技工院校中级工班、高级工班、预备技师（技师）班毕业，可分别按相当于中专、大专、本科学历，报名参加经济、会计、统计、审计、翻译、出版、通信、计算机技术与软件等专业技术人员职业资格考试。' }],
  },
  {
    id: 'sichuan.note.qualification_exams', kind: 'note', ruleSet: 'sichuan', code: 'qualification_exams', when: 'holds_skill',
    citations: [{ policy: P, clause: '三（二）1', quote: '支持高技能人才取得经济、会计、统计、审计、翻译、出版、通信、计算机技术与软件等专业技术人员职业资格。' }],
  },
  {
    id: 'sichuan.note.translation_computer_exams', kind: 'note', ruleSet: 'sichuan', code: 'translation_computer_exams', when: 'holds_skill',
    citations: [{ policy: P, clause: '三（二）3', quote: '具备高级工以上职业资格或职业技能等级，具有一定外语水平的人员，可报名参加相应语种、级别的翻译专业资格考试；具备高级工以上职业资格或职业技能等级，具有一定计算机技术应用能力的人员，可根据本人情况，报名参加相应专业类别、级别的计算机技术与软件专业技术资格考试。' }],
  },
  {
    id: 'sichuan.note.skill_access_qualification', kind: 'note', ruleSet: 'sichuan', code: 'skill_access_qualification', when: 'title_to_skill_path',
    citations: [{ policy: P, clause: '附件2 四', quote: '法律法规规定需取得技能人员职业资格的，应具备相应职业资格。' }],
  },
  {
    id: 'sichuan.note.science_award', kind: 'note', ruleSet: 'sichuan', code: 'direct_skill_evaluation', when: 'has_award:provincial_science_award',
    citations: [{ policy: P, clause: '三（三）3', quote: '获得省（部）级以上科学技术奖、具有相应职业（工种）技能等级水平的专业技术人才可直接申报该职业（工种）的职业技能等级评价。' }],
  },
  {
    id: 'sichuan.note.equal_treatment', kind: 'note', ruleSet: 'sichuan', code: 'equal_treatment', when: 'holds_skill',
    citations: [{ policy: P, clause: '五（三）', quote: '各类企业对在聘的高级工、技师、高级技师在学习进修、岗位聘任、职务职级晋升、评优评奖、科研项目申报等方面，比照相应层级专业技术人员享受同等待遇。' }],
  },
];
