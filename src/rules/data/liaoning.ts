// 辽人社规〔2019〕2号: Liaoning, engineering series only.
import type { Rule } from '../ruleSchema';

const P = 'liaoning-2019-2' as const;
const ENG = ['engineering'] as ('engineering')[];
const BASIC = { policy: P, clause: '三（一）', quote: '符合国家、省规定的工程技术人才职称评价基本标准条件；遵守单位规章制度和生产操作规程；具有高级工及以上职业资格或职业技能等级，在现工作岗位上近3年年度考核合格。' };
const GREEN_HEAD = {
  policy: P, clause: '三（四）',
  quote: '对长期坚守生产一线且在工程技术岗位从事技术技能工作、具有高超技艺技能和一流业绩水平、有较高专业理论水平、为经济发展和国家重大战略实施作出突出贡献的高技能人才予以倾斜。',
};
const THEORY = { policy: P, clause: '四', quote: '对参加职业技能评价的专业技术人才，应注重技能考核。对具有所申报职业（专业）或相关职业（专业）毕业证书的，可免于理论知识考试。' };
const S2T_DOCS = ['skill_certificate', 'annual_review_records', 'work_years_proof', 'achievement_materials'] as const;
const GREEN_DOCS = ['award_proof', 'annual_review_records', 'achievement_materials'] as const;
const GREEN_CRITERIA = ['ethics', 'long_frontline', 'contribution_outstanding'] as const;
const T2S_DOCS = ['title_certificate', 'work_years_proof'] as const;

export const liaoningRules: Rule[] = [
  ...([
    ['senior_worker', 'assistant', 2, '获得高级工职业资格或职业技能等级后从事技术技能工作满2年，可申报评审相应专业助理工程师'],
    ['technician', 'intermediate', 3, '获得技师职业资格或职业技能等级后从事技术技能工作满3年，可申报评审相应专业工程师'],
    ['senior_technician', 'deputy_senior', 4, '获得高级技师职业资格或职业技能等级后从事技术技能工作满4年，可申报评审相应专业高级工程师。'],
  ] as const).map(([skill, target, years, quote]): Rule => ({
    id: `liaoning.s2t.standard.${target}`, kind: 'path', ruleSet: 'liaoning', direction: 'skill_to_title', route: 'standard',
    starts: [{ kind: 'skill', level: skill }], target,
    conditions: [{ type: 'years_since', start: 0, years }, { type: 'annual_review' }],
    series: ENG, criteria: ['ethics', 'skill_contribution', 'achievements'], documents: [...S2T_DOCS],
    citations: [{ policy: P, clause: '三（二）2', quote }, BASIC],
  })),
  {
    id: 'liaoning.s2t.green.full_senior', kind: 'path', ruleSet: 'liaoning', direction: 'skill_to_title', route: 'green_channel',
    starts: [{
      kind: 'award', anyOf: (() => {
        const quote = '中华技能大奖获得者、享受国务院特殊津贴的高技能人才、全国技术能手、国家级技能大师工作室负责人、辽宁工匠、辽宁省功勋高技能人才，获得世界技能大赛金牌、银牌、铜牌的辽宁选手及其技术指导专家和教练（以证书和表彰文件为准），可破格申报正高级工程师。';
        return [
          { type: 'honor', ids: ['china_skills_award', 'state_council_allowance', 'national_technical_expert', 'national_master_studio_lead', 'liaoning_craftsman', 'liaoning_meritorious_talent', 'worldskills_coach'], quote },
          { type: 'competition', tiers: ['worldskills'], medals: ['gold', 'silver', 'bronze'], quote },
        ];
      })(),
    }],
    target: 'full_senior', conditions: [{ type: 'annual_review' }],
    series: ENG, criteria: [...GREEN_CRITERIA], documents: [...GREEN_DOCS],
    citations: [{ policy: P, clause: '三（四）1', quote: '以证书和表彰文件为准' }, GREEN_HEAD, BASIC],
  },
  {
    id: 'liaoning.s2t.green.deputy_senior', kind: 'path', ruleSet: 'liaoning', direction: 'skill_to_title', route: 'green_channel',
    starts: [{ kind: 'award', anyOf: [{ type: 'honor', ids: ['liaoning_outstanding_talent', 'provincial_master_studio_lead'], quote: '辽宁省有突出贡献高技能人才、省级技能大师工作站负责人，可破格申报高级工程师。', clause: '三（四）2' }] }],
    target: 'deputy_senior', conditions: [{ type: 'annual_review' }],
    series: ENG, criteria: [...GREEN_CRITERIA], documents: [...GREEN_DOCS], citations: [GREEN_HEAD, BASIC],
  },
  {
    id: 'liaoning.s2t.green.intermediate', kind: 'path', ruleSet: 'liaoning', direction: 'skill_to_title', route: 'green_channel',
    starts: [{ kind: 'award', anyOf: [{ type: 'honor', ids: ['liaoning_technical_expert'], quote: '获得辽宁省技术能手，可破格申报工程师。', clause: '三（四）3' }] }],
    target: 'intermediate', conditions: [{ type: 'annual_review' }],
    series: ENG, criteria: [...GREEN_CRITERIA], documents: [...GREEN_DOCS], citations: [GREEN_HEAD, BASIC],
  },
  {
    id: 'liaoning.t2s.standard.senior_worker', kind: 'path', ruleSet: 'liaoning', direction: 'title_to_skill', route: 'standard',
    starts: [{ kind: 'title', level: 'assistant', series: ENG }], target: 'senior_worker', conditions: [],
    theoryExam: 'exempt_with_related_diploma', criteria: ['related_post', 'skills_operation'], documents: ['title_certificate'],
    citations: [{ policy: P, clause: '四（二）', quote: '取得相关专业助理工程师资格，可申报参加相关职业（工种）三级（高级工）职业技能评价。' }, THEORY],
  },
  {
    id: 'liaoning.t2s.standard.technician.by_years', kind: 'path', ruleSet: 'liaoning', direction: 'title_to_skill', route: 'standard',
    starts: [{ kind: 'title', level: 'assistant', series: ENG }], target: 'technician',
    conditions: [{ type: 'years_since', start: 0, years: 3 }],
    theoryExam: 'exempt_with_related_diploma', criteria: ['related_post', 'skills_operation'], documents: [...T2S_DOCS],
    citations: [{ policy: P, clause: '四（三）1', quote: '取得相关专业助理工程师资格后，从事本职业（工种）或相关职业（工种）工作满3年' }, THEORY],
  },
  {
    id: 'liaoning.t2s.standard.technician', kind: 'path', ruleSet: 'liaoning', direction: 'title_to_skill', route: 'standard',
    starts: [{ kind: 'title', level: 'intermediate', series: ENG }], target: 'technician', conditions: [],
    theoryExam: 'exempt_with_related_diploma', criteria: ['related_post', 'skills_operation'], documents: ['title_certificate'],
    citations: [{ policy: P, clause: '四（三）2', quote: '取得相关专业工程师以上资格，从事本职业（工种）或相关职业（工种）工作。' }, THEORY],
  },
  {
    id: 'liaoning.t2s.standard.senior_technician.by_years', kind: 'path', ruleSet: 'liaoning', direction: 'title_to_skill', route: 'standard',
    starts: [{ kind: 'title', level: 'intermediate', series: ENG }], target: 'senior_technician',
    conditions: [{ type: 'years_since', start: 0, years: 3 }],
    theoryExam: 'exempt_with_related_diploma', criteria: ['related_post', 'skills_operation'], documents: [...T2S_DOCS],
    citations: [{ policy: P, clause: '四（四）1', quote: '取得相关专业工程师资格后，从事该职业（工种）或相关职业（工种）工作满3年' }, THEORY],
  },
  {
    id: 'liaoning.t2s.standard.senior_technician', kind: 'path', ruleSet: 'liaoning', direction: 'title_to_skill', route: 'standard',
    starts: [{ kind: 'title', level: 'deputy_senior', series: ENG }], target: 'senior_technician', conditions: [],
    theoryExam: 'exempt_with_related_diploma', criteria: ['related_post', 'skills_operation'], documents: ['title_certificate'],
    citations: [{ policy: P, clause: '四（四）2', quote: '取得相关专业高级工程师资格，从事该职业（工种）或相关职业（工种）工作。' }, THEORY],
  },
  ...([['junior_worker', 'intermediate_worker'], ['intermediate_worker', 'senior_worker'], ['senior_worker', 'technician'], ['technician', 'senior_technician']] as const).map(([from, target]): Rule => ({
    id: `liaoning.t2s.upgrade.${target}`, kind: 'path', ruleSet: 'liaoning', direction: 'title_to_skill', route: 'upgrade',
    starts: [{ kind: 'skill', level: from }, { kind: 'title', level: 'junior', series: ENG }], target,
    conditions: [{ type: 'years_since', start: 0, years: 1 }, { type: 'occupation_standard' }],
    theoryExam: 'exempt_with_related_diploma', criteria: ['related_post', 'skills_operation'],
    documents: ['skill_certificate', 'title_certificate', 'work_years_proof'],
    citations: [{ policy: P, clause: '四（五）', quote: '专业技术人才在取得现从事职业（工种）职业资格或职业技能等级1年后，可按累计工作年限申报现从事职业（工种）晋级评价。' }, THEORY],
  })),
  {
    id: 'liaoning.note.veto', kind: 'note', ruleSet: 'liaoning', code: 'veto_forgery', when: 'any_path',
    citations: [{ policy: P, clause: '二（三）', quote: '对伪造学历、资历、业绩材料，剽窃他人成果等弄虚作假者，实行“一票否决”。' }],
  },
  {
    id: 'liaoning.note.no_thesis_requirement', kind: 'note', ruleSet: 'liaoning', code: 'liaoning_thesis_requirement', when: 'skill_to_title_path',
    citations: [{ policy: P, clause: '三（三）3', quote: '不得将身份、论文等作为高技能人才职称评审的限制性条件。对职称外语和计算机应用能力考试不作统一要求，不作为职称申报和评审的前置性必备条件。可将工作报告、技术工艺改进方案、编制的操作手册、解决工作难题的案例报告、技术鉴定报告、项目可行性方案、标准规范等替代论文或论著要求，由评委会专家进行综合评价。' }],
  },
  {
    id: 'liaoning.note.tech_school', kind: 'note', ruleSet: 'liaoning', code: 'tech_school_equivalence', when: 'tech_school',
    citations: [{ policy: P, clause: '三（二）1', quote: '技工院校中级工班、高级工班、预备技师（技师）班毕业，可分别按相当于中专、大专、本科学历申报评审相应专业职称。' }],
  },
  {
    id: 'liaoning.note.junior_title', kind: 'note', ruleSet: 'liaoning', code: 'junior_title_skill_evaluation', when: 'holds_junior_title_only',
    citations: [{ policy: P, clause: '四（一）', quote: '取得技术员资格或尚未取得专业技术资格的专业技术人才，在技能岗位工作的，可按有关规定申请参加与现岗位相对应职业（工种）的职业技能评价（含职业技能鉴定和职业技能等级认定）。' }],
  },
  {
    id: 'liaoning.note.continuous', kind: 'note', ruleSet: 'liaoning', code: 'experience_continuous', when: 'any_path',
    citations: [{ policy: P, clause: '五（一）', quote: '原从事相关技能工作或专业技术工作的经历，可连续计算。' }],
  },
  {
    id: 'liaoning.note.equal_treatment', kind: 'note', ruleSet: 'liaoning', code: 'equal_treatment_encouraged', when: 'holds_skill',
    citations: [{ policy: P, clause: '五（二）', quote: '鼓励用人单位对在聘的高级工、技师、高级技师在学习进修、岗位聘任、职务职级晋升等方面，比照助理工程师、工程师、高级工程师等相应层级工程技术人员享受同等待遇。' }],
  },
  {
    id: 'liaoning.note.series', kind: 'note', ruleSet: 'liaoning', code: 'engineering_only', when: 'any_path',
    citations: [{ policy: P, clause: '一', quote: '取得工程系列专业技术职称，从事技能岗位工作的专业技术人才。' }],
  },
];
