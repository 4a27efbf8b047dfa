// The policy documents and which of them govern each region (domain.md's table).
import POLICY_DATA from './generated/policies.json';
import type { PolicyRef } from './result';
import type { Region, Series } from './vocabulary';
import { SERIES } from './vocabulary';

/** A policy document as policies/<region>/policy.yaml describes it (src/rules/generated/policies.json). */
export interface PolicyMeta {
  id: string; region: string; docNo: string; short?: string; title: string; issued: string;
  /** From and until when the text applies (YYYY-MM-DD), null where the text gives no date; the clause saying so. */
  inForce: { from: string | null; until: string | null; clause?: string; quote?: string };
  /** 试行: a trial text, later local rules may apply. */
  trial: boolean;
  /** The policy this text adopts as is (Jiangxi → 96号). */
  adopts?: string;
  /** The policy in the repository that applied before this one came into force. */
  before?: string;
  /** The label of the text's part before its first heading (its notice, title and preamble). */
  preamble: string;
}

export const POLICY_META: Readonly<Record<string, PolicyMeta>> = POLICY_DATA as Record<string, PolicyMeta>;

/** The documents as the engine's answers name them (`policies[]`): id, docNo, issued, short (where set), title. */
export const POLICIES: Readonly<Record<string, PolicyRef & { short?: string }>> = Object.fromEntries(
  Object.values(POLICY_META).map((m) => [m.id, { id: m.id, docNo: m.docNo, issued: m.issued, ...(m.short ? { short: m.short } : {}), title: m.title }]),
);

export type PolicyId = string;
export const POLICY_IDS: readonly PolicyId[] = Object.keys(POLICY_META);

/** Whose rule rows a region uses, which documents its answers cite, and the series its texts cover. */
export interface RegionConfig {
  region: Region;
  /** The rule set the region applies: its own (its folder), or the one of the text it adopts (Jiangxi → 96号, ruling 9). */
  ruleSet: string;
  policies: PolicyId[];
  /** A clause of the region's own text cited on every path, where it adopts another text. */
  adoption?: { policy: PolicyId; clause: string; quote: string };
  series: readonly Series[];
}

type RegionMeta = PolicyMeta & { order: number; series: 'all' | Series[]; adoption?: { clause: string; quote: string } };

/** From policies/<region>/policy.yaml: one rule set per folder, a text adopting another uses that one's rows. */
export const REGION_CONFIG: Record<Region, RegionConfig> = Object.fromEntries(
  Object.values(POLICY_META as Record<string, RegionMeta>).sort((a, b) => a.order - b.order).map((m): [string, RegionConfig] => {
    const adopted = m.adopts ? POLICY_META[m.adopts] : undefined;
    return [m.region, {
      region: m.region as Region,
      ruleSet: adopted ? adopted.region : m.region,
      policies: adopted ? [m.id, adopted.id] : [m.id],
      ...(m.adoption ? { adoption: { policy: m.id, ...m.adoption } } : {}),
      series: m.series === 'all' ? SERIES : m.series,
    }];
  }),
) as Record<Region, RegionConfig>;
