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
  /** The rule set the region applies: its own, or another it adopts as is (Jiangxi adopts 96号, ruling 9). */
  ruleSet: 'national' | 'chongqing' | 'sichuan' | 'liaoning' | 'suzhou';
  policies: PolicyId[];
  /** A clause of the region's own text cited on every path, where it adopts another text. */
  adoption?: { policy: PolicyId; clause: string; quote: string };
  series: readonly Series[];
}

const ALL_SERIES = SERIES;
const ENGINEERING = ['engineering'] as const;

export const REGION_CONFIG: Record<Region, RegionConfig> = {
  national: { region: 'national', ruleSet: 'national', policies: ['national-2020-96'], series: ALL_SERIES },
  jiangxi: {
    region: 'jiangxi', ruleSet: 'national', policies: ['jiangxi-2021-227', 'national-2020-96'], series: ALL_SERIES,
    adoption: {
      policy: 'jiangxi-2021-227', clause: '通知正文',
      quote: '现将人力资源社会保障部《关于进一步加强高技能人才与专业技术人才职业发展贯通的实施意见》（人社部发〔2020〕96号）转发给你们，并结合我省实际提出如下意见，请一并遵照执行',
    },
  },
  chongqing: { region: 'chongqing', ruleSet: 'chongqing', policies: ['chongqing-2020-32'], series: ENGINEERING },
  sichuan: { region: 'sichuan', ruleSet: 'sichuan', policies: ['sichuan-2021'], series: ALL_SERIES },
  liaoning: { region: 'liaoning', ruleSet: 'liaoning', policies: ['liaoning-2019-2'], series: ENGINEERING },
  suzhou: { region: 'suzhou', ruleSet: 'suzhou', policies: ['suzhou-2019-28'], series: ENGINEERING },
};
