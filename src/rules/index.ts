// The shared rule engine: one evaluate() for the dialog, the HTTP API, the CLI and any HR system.
export { evaluate, evaluateProfile, type EvaluateOptions } from './engine';
export { parseProfile, profileSchema, ProfileError, type Profile, type ProfileInput, type FieldIssue } from './profile';
export type { EligibilityResult, Path, Citation, Note, Unmet, OpenCondition, PolicyRef } from './result';
export { rulesFor, ALL_RULES, loadRuleBook, RuleBookError } from './ruleBook';
export { POLICIES, REGION_CONFIG } from './policies';
export { SUZHOU_ANNEX, occupationsForSpecialty, specialtyForOccupation } from './data/suzhouAnnex';
export * from './vocabulary';
