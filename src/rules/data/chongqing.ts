// 渝人社发〔2020〕32号: Chongqing, engineering series only. Quotes are the clause's words with the PDF
// extraction's line breaks and padding removed.
import type { Rule } from '../ruleSchema';

const P = 'chongqing-2020-32' as const;
const ENG = ['engineering'] as ('engineering')[];
const BASIC = { policy: P, clause: '三（一）', quote: '遵守单位规章制度和生产操作规程，具有高级工以上职业资格或职业技能等级，在现工作岗位上近3年年度考核合格' };
const GREEN_HEAD = {
  policy: P, clause: '四（二）',
  quote: '对长期坚守生产一线且在工程技术岗位从事技术技能工作、具有高超技艺技能和一流业绩水平、为经济发展和国家重大战略实施作出突出贡献的高技能人才，可直接申报相应工程技术职称评审。',
};
const GREEN_PROOF = { policy: P, clause: '四（二）', quote: '以上项目的认定均以证书或文件为准。' };
const THEORY = { policy: P, clause: '四（三）', quote: '对参加职业技能评价的专业技术人才，应注重技能考核。对具有所申报职业（专业）或相关职业（专业）毕业证书的，可免于理论知识考试。' };
const T2S = {
  policy: P, clause: '三（二）1',
  quote: '取得助理工程师、工程师、高级工程师职称，其累计工作年限达到相应职业（工种）申报条件的，可分别申请参加与现岗位相对应职业（工种）的高级工、技师、高级技师职业技能评价，合格后可取得相应职业资格证书或职业技能等级证书。',
};
const UPGRADE = { policy: P, clause: '三（二）2', quote: '专业技术人员在取得现从事职业（工种）职业资格或职业技能等级1年后，可按累计工作年限申报现从事职业（工种）晋级评价。' };
const UPGRADE_SPECIFIC = {
  technician: { policy: P, clause: '三（二）2', quote: '助理工程师在取得现从事职业（工种）高级工职业资格或职业技能等级1年后，其累计工作年限达到相应职业（工种）技师申报条件的，可申报技师考评。' },
  senior_technician: { policy: P, clause: '三（二）2', quote: '工程师在取得现从事职业（工种）技师职业资格或职业技能等级1年后，其累计工作年限达到相应职业（工种）高级技师申报条件的，可申报高级技师考评。' },
} as const;
const S2T_DOCS = ['skill_certificate', 'annual_review_records', 'work_years_proof', 'achievement_materials'] as const;
const S2T_CRITERIA = ['ethics', 'skill_contribution', 'achievements'] as const;
const GREEN_DOCS = ['award_proof', 'annual_review_records', 'achievement_materials'] as const;
const GREEN_CRITERIA = ['ethics', 'long_frontline', 'contribution_outstanding'] as const;

export const chongqingRules: Rule[] = [
  ...([
    ['senior_worker', 'assistant', 2, '三（一）1', '获得高级工职业资格或职业技能等级后，从事技术技能工作满2年，可申报评审相应专业助理工程师。'],
    ['technician', 'intermediate', 3, '三（一）2', '获得技师职业资格或职业技能等级后，从事技术技能工作满3年，可申报评审相应专业工程师。'],
    ['senior_technician', 'deputy_senior', 4, '三（一）3', '获得高级技师职业资格或职业技能等级后，从事技术技能工作满4年，可申报评审相应专业高级工程师。'],
  ] as const).map(([skill, target, years, clause, quote]): Rule => ({
    id: `chongqing.s2t.standard.${target}`, kind: 'path', ruleSet: 'chongqing', direction: 'skill_to_title', route: 'standard',
    starts: [{ kind: 'skill', level: skill }], target,
    conditions: [{ type: 'years_since', start: 0, years }, { type: 'annual_review' }],
    series: ENG, criteria: [...S2T_CRITERIA], documents: [...S2T_DOCS],
    citations: [{ policy: P, clause, quote }, BASIC],
  })),
  {
    id: 'chongqing.s2t.green.assistant', kind: 'path', ruleSet: 'chongqing', direction: 'skill_to_title', route: 'green_channel',
    starts: [{
      kind: 'award', anyOf: (() => {
        const quote = '全市技术能手、中国·重庆职业技能大赛前6名、市级行业赛前3名，区县赛第1名的人员，市级技能大师工作室领衔专家，可直接申报助理工程师。';
        return [
          { type: 'honor', ids: ['chongqing_technical_expert', 'municipal_master_studio_lead'], quote },
          { type: 'competition', tiers: ['chongqing_skills_competition'], rankMax: 6, quote },
          { type: 'competition', tiers: ['municipal_industry'], rankMax: 3, quote },
          { type: 'competition', tiers: ['district'], rankMax: 1, quote },
        ];
      })(),
    }],
    target: 'assistant', conditions: [{ type: 'annual_review' }],
    series: ENG, criteria: [...GREEN_CRITERIA], documents: [...GREEN_DOCS], citations: [GREEN_HEAD, GREEN_PROOF, BASIC],
  },
  {
    id: 'chongqing.s2t.green.intermediate', kind: 'path', ruleSet: 'chongqing', direction: 'skill_to_title', route: 'green_channel',
    starts: [{
      kind: 'award', anyOf: (() => {
        const quote = '全国技术能手、世界技能大赛优胜奖、国家级一类技能竞赛前5名、国家级二类技能竞赛前3名，市级首席技能大师工作室领衔专家，可直接申报工程师。';
        return [
          { type: 'honor', ids: ['national_technical_expert', 'municipal_chief_master_studio_lead'], quote },
          { type: 'competition', tiers: ['worldskills'], medals: ['excellence'], quote },
          { type: 'competition', tiers: ['national_class1'], rankMax: 5, quote },
          { type: 'competition', tiers: ['national_class2'], rankMax: 3, quote },
        ];
      })(),
    }],
    target: 'intermediate', conditions: [{ type: 'annual_review' }],
    series: ENG, criteria: [...GREEN_CRITERIA], documents: [...GREEN_DOCS], citations: [GREEN_HEAD, GREEN_PROOF, BASIC],
  },
  {
    id: 'chongqing.s2t.green.deputy_senior', kind: 'path', ruleSet: 'chongqing', direction: 'skill_to_title', route: 'green_channel',
    starts: [{
      kind: 'award', anyOf: (() => {
        const quote = '中华技能大奖获得者、重庆技能大师、国家级技能大师工作室命名专家、享受国务院政府特殊津贴专家，以及世界技能大赛专家组长、世界技能大赛金银铜牌获得者，可直接申报高级工程师。';
        return [
          { type: 'honor', ids: ['china_skills_award', 'chongqing_skill_master', 'national_master_studio_lead', 'state_council_allowance', 'worldskills_expert_leader'], quote },
          { type: 'competition', tiers: ['worldskills'], medals: ['gold', 'silver', 'bronze'], quote },
        ];
      })(),
    }],
    target: 'deputy_senior', conditions: [{ type: 'annual_review' }],
    series: ENG, criteria: [...GREEN_CRITERIA], documents: [...GREEN_DOCS], citations: [GREEN_HEAD, GREEN_PROOF, BASIC],
  },
  ...([['assistant', 'senior_worker'], ['intermediate', 'technician'], ['deputy_senior', 'senior_technician']] as const).map(([title, target]): Rule => ({
    id: `chongqing.t2s.standard.${target}`, kind: 'path', ruleSet: 'chongqing', direction: 'title_to_skill', route: 'standard',
    starts: [{ kind: 'title', level: title, series: ENG }], target,
    conditions: [{ type: 'occupation_standard' }],
    theoryExam: 'exempt_with_related_diploma', criteria: ['related_post', 'skills_operation'],
    documents: ['title_certificate', 'work_years_proof'], citations: [T2S, THEORY],
  })),
  ...([['junior_worker', 'intermediate_worker'], ['intermediate_worker', 'senior_worker'], ['senior_worker', 'technician'], ['technician', 'senior_technician']] as const).map(([from, target]): Rule => ({
    id: `chongqing.t2s.upgrade.${target}`, kind: 'path', ruleSet: 'chongqing', direction: 'title_to_skill', route: 'upgrade',
    starts: [{ kind: 'skill', level: from }, { kind: 'title', level: 'junior', series: ENG }], target,
    conditions: [{ type: 'years_since', start: 0, years: 1 }, { type: 'occupation_standard' }],
    theoryExam: 'exempt_with_related_diploma', criteria: ['related_post', 'skills_operation'],
    documents: ['skill_certificate', 'title_certificate', 'work_years_proof'],
    citations: target === 'technician' || target === 'senior_technician' ? [UPGRADE, UPGRADE_SPECIFIC[target], THEORY] : [UPGRADE, THEORY],
  })),
  {
    id: 'chongqing.note.no_thesis_requirement', kind: 'note', ruleSet: 'chongqing', code: 'no_identity_thesis_requirement', when: 'skill_to_title_path',
    citations: [{ policy: P, clause: '四（一）', quote: '改变唯身份、唯论文等倾向，不得将身份、论文等作为高技能人才职称评审的限制性条件。' }],
  },
  {
    id: 'chongqing.note.tech_school', kind: 'note', ruleSet: 'chongqing', code: 'tech_school_equivalence', when: 'tech_school',
    citations: [{ policy: P, clause: '五（一）', quote: '技工院校中级工班、高级工班、预备技师（技师）班毕业，可分别按相当于中专、大专、本科学历申报相应专业职称评审。' }],
  },
  {
    id: 'chongqing.note.equal_treatment', kind: 'note', ruleSet: 'chongqing', code: 'equal_treatment_encouraged', when: 'holds_skill',
    citations: [{ policy: P, clause: '五（二）', quote: '鼓励用人单位对在聘的高级工、技师、高级技师在学习进修、岗位聘任、职务职级晋升等方面，比照相应层级工程技术人员落实同等待遇。' }],
  },
  {
    id: 'chongqing.note.series', kind: 'note', ruleSet: 'chongqing', code: 'engineering_only', when: 'any_path',
    citations: [{ policy: P, clause: '二（一）', quote: '达到工程技术人才职称评价基本标准条件的，可按有关规定申请参加工程系列专业技术职称评审。' }],
  },
];
