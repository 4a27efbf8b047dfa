// Free policy questions answered from the rules and the texts (pure: the dialog calls ask() mid-interview).
export { ask, buildModel, installModel, model, modelTrained, trainedModelData, rankIntents, regionsIn, KNOWN_MIN, type AskOptions, type AskResult, type AskCitation, type Model } from './ask';
export { isPolicyQuestion } from './questionLike';
export { CLAUSES, clauseById, citationFor, type Clause, type ClauseRef } from './clauses';
export { intents, loadIntents, INTENT_FILES, INTENT_FILE_PATHS, intentFile, answerFor, type Intent, type IntentFile } from './intents';
export { train, fit, fromData, transferables, decide, ngrams, FALLBACK, type Classifier, type Prediction, type Trained } from './classifier';
export { findInAnnex } from './annex';
export type { PersonFacts } from './eligibility';
export { SUZHOU_ANNEX, occupationsForSpecialty, specialtyForOccupation } from '../rules/data/suzhouAnnex';
