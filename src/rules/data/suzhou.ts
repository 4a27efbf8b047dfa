// 苏人保职〔2019〕28号: Suzhou, engineering series only, with its specialty → occupation annex (suzhouAnnex.ts).
import type { Rule } from '../ruleSchema';

const P = 'suzhou-2019-28' as const;
const ENG = ['engineering'] as ('engineering')[];
const BASIC = { policy: P, clause: '四（一）2', quote: '具有高级工以上职业资格或职业技能等级，在现工作岗位上近3年年度考核合格。' };
const SAME_SPECIALTY = { policy: P, clause: '四（一）2', quote: '申报人员从事的专业须与申报的专业技术职称专业相同或相近' };
const PROCEDURE = { policy: P, clause: '四（一）1', quote: '其申报材料（含国家职业资格证书或职业技能等级证书）经用人单位初审、主管部门审核、职称申报点受理后，按程序报送相应职称评审办公室。' };
const GREEN_HEAD = { policy: P, clause: '四（一）4', quote: '参评的技能人才符合我市工程系列相关资格条件规定破格条件的，可破格申报。' };
const T2S = {
  policy: P, clause: '四（二）2',
  quote: '专业技术人才取得工程系列相关专业助理工程师、工程师、高级工程师后，可分别申请参加与现岗位相对应职业（工种）的高级工、技师、高级技师职业技能评价，合格后取得相应职业资格证书或职业技能等级证书。',
};
const T2S_MATERIALS = { policy: P, clause: '四（二）1', quote: '申报人员从事的专业须与申报的职业（工种）专业相同或相近，申报材料应包括合规获得的工程技术职称证书。' };
const EXEMPT = { policy: P, clause: '五、3', quote: '专业技术人才参加职业技能评价免于理论知识考试。' };
const UPGRADE = { policy: P, clause: '四（二）3', quote: '专业技术人才在取得现从事职业（工种）职业资格或职业技能等级1年后，可按累计工作年限申报现从事职业（工种）晋级评价。' };
const UPGRADE_SPECIFIC = {
  technician: { policy: P, clause: '四（二）3', quote: '助理工程师在取得现从事职业（工种）高级工1年后，其累计工作年限达到技师申报条件的，可申报技师考评' },
  senior_technician: { policy: P, clause: '四（二）3', quote: '工程师在取得现从事职业（工种）技师1年后，其累计工作年限达到高级技师申报条件的，可申报高级技师考评。' },
} as const;
const S2T_DOCS = ['skill_certificate', 'annual_review_records', 'work_years_proof', 'achievement_materials', 'employer_review'] as const;
const GREEN_DOCS = ['award_proof', 'annual_review_records', 'achievement_materials', 'employer_review'] as const;
const GREEN_CRITERIA = ['ethics', 'related_post', 'contribution_outstanding'] as const;
const INVENTION_TWICE = 'award_listed_twice';

export const suzhouRules: Rule[] = [
  ...([
    ['senior_worker', 'assistant', 2, '获得高级工职业资格或职业技能等级后从事技术技能工作满2年，可申报评审相应专业助理工程师。'],
    ['technician', 'intermediate', 3, '获得技师职业资格或职业技能等级后从事技术技能工作满3年，可申报评审相应专业工程师。'],
    ['senior_technician', 'deputy_senior', 4, '获得高级技师资格或职业技能等级后从事技术技能工作满4年，可申报评审相应专业高级工程师。'],
  ] as const).map(([skill, target, years, quote]): Rule => ({
    id: `suzhou.s2t.standard.${target}`, kind: 'path', ruleSet: 'suzhou', direction: 'skill_to_title', route: 'standard',
    starts: [{ kind: 'skill', level: skill }], target,
    conditions: [{ type: 'years_since', start: 0, years }, { type: 'annual_review' }, { type: 'annex_occupation' }],
    series: ENG, criteria: ['ethics', 'related_post', 'skill_contribution', 'achievements'], documents: [...S2T_DOCS],
    citations: [{ policy: P, clause: '四（一）2', quote }, BASIC, SAME_SPECIALTY, PROCEDURE],
  })),
  {
    id: 'suzhou.s2t.green.assistant', kind: 'path', ruleSet: 'suzhou', direction: 'skill_to_title', route: 'green_channel',
    starts: [{
      kind: 'award', anyOf: (() => {
        const quote = '获得苏州市技术能手、姑苏高技能重点人才、市级一类技能竞赛前三名，可直接申报助理工程师';
        return [
          { type: 'honor', ids: ['suzhou_technical_expert', 'gusu_key_talent'], quote },
          { type: 'competition', tiers: ['municipal_class1'], rankMax: 3, quote },
        ];
      })(),
    }],
    target: 'assistant', conditions: [{ type: 'annual_review' }],
    series: ENG, criteria: [...GREEN_CRITERIA], documents: [...GREEN_DOCS], citations: [GREEN_HEAD, BASIC],
  },
  {
    id: 'suzhou.s2t.green.intermediate', kind: 'path', ruleSet: 'suzhou', direction: 'skill_to_title', route: 'green_channel',
    starts: [{
      kind: 'award', anyOf: (() => {
        const quote = '获得苏州技能大奖、姑苏高技能突出人才、江苏省技术能手、市级劳动模范等荣誉称号或市级以上技术发明奖，省级一类技能竞赛前四至六名、省级二类技能竞赛前二至三名的，可直接申报工程师';
        return [
          { type: 'honor', ids: ['suzhou_skill_award', 'gusu_outstanding_talent', 'jiangsu_technical_expert', 'municipal_model_worker', 'municipal_invention_award'], quote },
          { type: 'competition', tiers: ['provincial_class1'], rankMin: 4, rankMax: 6, quote },
          { type: 'competition', tiers: ['provincial_class2'], rankMin: 2, rankMax: 3, quote },
        ];
      })(),
    }],
    target: 'intermediate', conditions: [{ type: 'annual_review' }],
    series: ENG, criteria: [...GREEN_CRITERIA], documents: [...GREEN_DOCS], citations: [GREEN_HEAD, BASIC],
  },
  {
    id: 'suzhou.s2t.green.deputy_senior', kind: 'path', ruleSet: 'suzhou', direction: 'skill_to_title', route: 'green_channel',
    starts: [{
      kind: 'award', anyOf: (() => {
        const quote = '获得全国技术能手、江苏工匠称号，获得省部级劳动模范或市级以上技术发明奖，获得世界技能大赛优胜奖、国际技能竞赛前八名、国家级一类技能竞赛前六名、国家级二类技能竞赛前三名、省级一类技能竞赛前三名、省级二类技能竞赛第一名的，可直接申报高级工程师';
        return [
          { type: 'honor', ids: ['national_technical_expert', 'jiangsu_craftsman', 'provincial_model_worker', 'municipal_invention_award'], quote },
          { type: 'competition', tiers: ['worldskills'], medals: ['excellence'], quote },
          { type: 'competition', tiers: ['international'], rankMax: 8, quote },
          { type: 'competition', tiers: ['national_class1'], rankMax: 6, quote },
          { type: 'competition', tiers: ['national_class2'], rankMax: 3, quote },
          { type: 'competition', tiers: ['provincial_class1'], rankMax: 3, quote },
          { type: 'competition', tiers: ['provincial_class2'], rankMax: 1, quote },
        ];
      })(),
    }],
    target: 'deputy_senior', conditions: [{ type: 'annual_review' }],
    series: ENG, criteria: [...GREEN_CRITERIA], documents: [...GREEN_DOCS], citations: [GREEN_HEAD, BASIC],
  },
  {
    id: 'suzhou.s2t.green.full_senior', kind: 'path', ruleSet: 'suzhou', direction: 'skill_to_title', route: 'green_channel',
    starts: [{
      kind: 'award', anyOf: (() => {
        const quote = '获得中华技能大奖、江苏大工匠称号，世界技能大赛金牌、银牌、铜牌（以证书、表彰文件为准）的，可直接申报正高级工程师。';
        return [
          { type: 'honor', ids: ['china_skills_award', 'jiangsu_grand_craftsman'], quote },
          { type: 'competition', tiers: ['worldskills'], medals: ['gold', 'silver', 'bronze'], quote },
        ];
      })(),
    }],
    target: 'full_senior', conditions: [{ type: 'annual_review' }],
    series: ENG, criteria: [...GREEN_CRITERIA], documents: [...GREEN_DOCS], citations: [GREEN_HEAD, BASIC],
  },
  ...([['assistant', 'senior_worker'], ['intermediate', 'technician'], ['deputy_senior', 'senior_technician']] as const).map(([title, target]): Rule => ({
    id: `suzhou.t2s.standard.${target}`, kind: 'path', ruleSet: 'suzhou', direction: 'title_to_skill', route: 'standard',
    starts: [{ kind: 'title', level: title, series: ENG }], target, conditions: [],
    theoryExam: 'exempt', criteria: ['related_post', 'skills_operation'], documents: ['title_certificate'],
    citations: [T2S, T2S_MATERIALS, EXEMPT],
  })),
  ...([['junior_worker', 'intermediate_worker'], ['intermediate_worker', 'senior_worker'], ['senior_worker', 'technician'], ['technician', 'senior_technician']] as const).map(([from, target]): Rule => ({
    id: `suzhou.t2s.upgrade.${target}`, kind: 'path', ruleSet: 'suzhou', direction: 'title_to_skill', route: 'upgrade',
    starts: [{ kind: 'skill', level: from }, { kind: 'title', level: 'junior', series: ENG }], target,
    conditions: [{ type: 'years_since', start: 0, years: 1 }, { type: 'occupation_standard' }],
    theoryExam: 'exempt', criteria: ['related_post', 'skills_operation'],
    documents: ['skill_certificate', 'title_certificate', 'work_years_proof'],
    citations: target === 'technician' || target === 'senior_technician' ? [UPGRADE, UPGRADE_SPECIFIC[target], EXEMPT] : [UPGRADE, EXEMPT],
  })),
  {
    id: 'suzhou.note.invention_twice', kind: 'note', ruleSet: 'suzhou', code: INVENTION_TWICE, when: 'has_award:municipal_invention_award',
    citations: [{ policy: P, clause: '四（一）4', quote: '市级劳动模范等荣誉称号或市级以上技术发明奖' }, { policy: P, clause: '四（一）4', quote: '获得省部级劳动模范或市级以上技术发明奖' }],
  },
  {
    id: 'suzhou.note.tech_school', kind: 'note', ruleSet: 'suzhou', code: 'tech_school_equivalence', when: 'tech_school',
    citations: [{ policy: P, clause: '五、2', quote: '技工院校中级工班、高级工班、预备技师（技师）班毕业生分别按相当于中专、大专、本科学历申报评审相应专业职称。' }],
  },
  {
    id: 'suzhou.note.local_engineer', kind: 'note', ruleSet: 'suzhou', code: 'local_engineer', when: 'title_to_skill_path',
    citations: [{ policy: P, clause: '五、4', quote: '持有我市地方工程师的职称人员可直接参加高级工鉴定考试，鉴定合格者可直接转评相对应的国家中级职称。' }],
  },
  {
    id: 'suzhou.note.pilot', kind: 'note', ruleSet: 'suzhou', code: 'suzhou_pilot', when: 'any_path',
    citations: [{ policy: P, clause: '五、1', quote: '本着先行先试、稳妥推进的原则，试点在机械、建设、化工等行业中推进此项工作。' }],
  },
  {
    id: 'suzhou.note.annex', kind: 'note', ruleSet: 'suzhou', code: 'specialty_occupation_annex', when: 'any_path',
    citations: [{ policy: P, clause: '附件', quote: '苏州市工程系列职称专业类别对应技能类职业（工种）指导目录（第一批）' }],
  },
  {
    id: 'suzhou.note.equal_treatment', kind: 'note', ruleSet: 'suzhou', code: 'equal_treatment_encouraged', when: 'holds_skill',
    citations: [{ policy: P, clause: '六、2', quote: '鼓励用人单位对工程技术领域在聘的高级工、技师、高级技师，在学习进修，岗位聘用、职务职级晋升等方面，比照相应层级工程技术专业人员享受同等待遇。' }],
  },
];
