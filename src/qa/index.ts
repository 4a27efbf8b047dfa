// Free policy questions, answered with the clause (pure: the dialog calls ask() mid-interview).
export { ask, isPolicyQuestion, regionInText, normalizeQuestion, CURATED_THRESHOLD, CLAUSE_THRESHOLD, type AskOptions, type AskResult } from './retrieval';
export { CLAUSES, clauseById, citationFor, type Clause, type ClauseRef } from './clauses';
export { CURATED, curatedById, entriesFor, variantFor, type CuratedEntry, type AnswerVariant } from './curated';
export { tokenize } from './tokenize';
export { SUZHOU_ANNEX, occupationsForSpecialty, specialtyForOccupation } from '../rules/data/suzhouAnnex';
