// The codes of the eligibility contract (../shared/docs/eligibility-contract.md). Public interface: keep them.

import POLICY_DATA from './generated/policies.json';

/** The contract's region codes, as TypeScript knows them. */
export const CONTRACT_REGIONS = ['national', 'chongqing', 'sichuan', 'liaoning', 'jiangxi', 'suzhou'] as const;
export type Region = (typeof CONTRACT_REGIONS)[number];
/**
 * The regions with a folder in policies/, in their policy.yaml order: the contract's six, and at run time any region
 * added from a folder alone (TypeScript still names only the six).
 */
export const REGIONS = Object.values(POLICY_DATA as Record<string, { region: string; order: number }>)
  .sort((a, b) => a.order - b.order).map((m) => m.region) as unknown as typeof CONTRACT_REGIONS;

/** Skill ladder, low to high. */
export const SKILL_LEVELS = ['junior_worker', 'intermediate_worker', 'senior_worker', 'technician', 'senior_technician'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

/** Title ladder, low to high. */
export const TITLE_LEVELS = ['junior', 'assistant', 'intermediate', 'deputy_senior', 'full_senior'] as const;
export type TitleLevel = (typeof TITLE_LEVELS)[number];

export const SERIES = ['engineering', 'agriculture', 'arts_crafts', 'cultural_relics', 'lab_technology', 'art', 'sports', 'tech_school_teacher'] as const;
export type Series = (typeof SERIES)[number];

export const HONOR_IDS = [
  'china_skills_award', 'national_technical_expert', 'state_council_allowance', 'provincial_government_allowance',
  'national_master_studio_lead', 'provincial_master_studio_lead', 'municipal_master_studio_lead',
  'municipal_chief_master_studio_lead', 'high_end_shortage_talent', 'worldskills_expert_leader', 'worldskills_coach',
  'worldskills_gold_coach_leader', 'chongqing_technical_expert', 'chongqing_skill_master', 'sichuan_technical_expert',
  'tianfu_craftsman', 'sichuan_skill_master', 'liaoning_craftsman', 'liaoning_meritorious_talent',
  'liaoning_outstanding_talent', 'liaoning_technical_expert', 'suzhou_technical_expert', 'gusu_key_talent',
  'gusu_outstanding_talent', 'suzhou_skill_award', 'jiangsu_technical_expert', 'jiangsu_craftsman',
  'jiangsu_grand_craftsman', 'municipal_model_worker', 'provincial_model_worker', 'municipal_invention_award',
  'provincial_science_award', 'provincial_intangible_heritage', 'national_intangible_heritage',
] as const;
export type HonorId = (typeof HONOR_IDS)[number];

export const COMPETITION_TIERS = [
  'worldskills', 'international', 'national_class1', 'national_class2', 'provincial_class1', 'provincial_class2',
  'municipal_class1', 'chongqing_skills_competition', 'municipal_industry', 'district',
] as const;
export type CompetitionTier = (typeof COMPETITION_TIERS)[number];

export const MEDALS = ['gold', 'silver', 'bronze', 'excellence'] as const;
export type Medal = (typeof MEDALS)[number];

export const TECH_SCHOOL_CLASSES = ['intermediate', 'advanced', 'preparatory_technician'] as const;
export type TechSchoolClass = (typeof TECH_SCHOOL_CLASSES)[number];

export const DIRECTIONS = ['skill_to_title', 'title_to_skill'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const ROUTES = ['standard', 'green_channel', 'upgrade'] as const;
export type Route = (typeof ROUTES)[number];

export const STATUSES = ['eligible', 'not_yet', 'unmet', 'conditional'] as const;
export type Status = (typeof STATUSES)[number];

export const DOCUMENTS = [
  'skill_certificate', 'title_certificate', 'annual_review_records', 'work_years_proof', 'achievement_materials',
  'award_proof', 'related_diploma', 'tech_school_diploma', 'employer_review', 'access_qualification',
] as const;
export type DocumentCode = (typeof DOCUMENTS)[number];

/** What a review committee looks at; never decides a path's status (domain.md ruling 11). */
export const CRITERIA = [
  'ethics', 'theory_basic', 'theory_skilled', 'theory_systematic', 'theory_comprehensive', 'ability_general',
  'ability_complex', 'ability_important', 'ability_major', 'achievements', 'innovation', 'contribution_outstanding',
  'influence', 'skill_contribution', 'related_post', 'skills_operation', 'skills_complex', 'skills_key',
  'technical_management', 'long_frontline',
] as const;
export type Criterion = (typeof CRITERIA)[number];

export const skillRank = (l: SkillLevel): number => SKILL_LEVELS.indexOf(l);
export const titleRank = (l: TitleLevel): number => TITLE_LEVELS.indexOf(l);
