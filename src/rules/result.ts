// The engine's output: the JSON of ../shared/docs/eligibility-contract.md, with a few added fields.
import type { Criterion, Direction, DocumentCode, Route, Series, SkillLevel, Status, TitleLevel, Region } from './vocabulary';

export interface Citation {
  policy: string;
  docNo: string;
  clause: string;
  /** The clause's own words (the PDF extraction's line breaks and padding removed). */
  quote: string;
}

export interface Unmet { code: string; required: number | boolean | string; actual: number | boolean | string | null }

export interface OpenCondition { code: string; text: string }

export interface Path {
  direction: Direction;
  target: TitleLevel | SkillLevel;
  route: Route;
  status: Status;
  eligibleFrom?: string;
  unmet: Unmet[];
  conditions: OpenCondition[];
  series?: Series[];
  theoryExamExempt?: boolean;
  citations: Citation[];
  documents: DocumentCode[];
  /** What the committee will look at (ruling 11): never makes a path conditional. */
  criteria: Criterion[];
  /** The rule row behind the path. */
  ruleId: string;
  /** For green channels: the awards that open it, as given in the profile. */
  matchedAwards?: string[];
}

export interface Note {
  code: string;
  citations: Citation[];
  /** The profile's fields the note is about (added to the contract): `skills[1].since` for a certificate not yet obtained. */
  fields?: string[];
  /** Words the note's text names (added to the contract): the document and date of a text not yet in force. */
  values?: Record<string, string>;
}

export interface PolicyRef { id: string; docNo: string; issued: string; title: string }

export interface EligibilityResult {
  region: Region;
  asOf: string;
  policies: PolicyRef[];
  paths: Path[];
  best: { skill_to_title: TitleLevel | null; title_to_skill: SkillLevel | null };
  notes: Note[];
  /** The highest level the person holds on each ladder (added to the contract; for the ladder picture). */
  held: { skill: SkillLevel | null; title: TitleLevel | null };
}
