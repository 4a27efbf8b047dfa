// The policy documents and which of them govern each region (domain.md's table).
import type { PolicyRef } from './result';
import type { Region, Series } from './vocabulary';
import { SERIES } from './vocabulary';

export const POLICIES = {
  'national-2020-96': {
    id: 'national-2020-96', docNo: '人社部发〔2020〕96号', issued: '2020',
    title: '人力资源社会保障部关于进一步加强高技能人才与专业技术人才职业发展贯通的实施意见',
  },
  'jiangxi-2021-227': {
    id: 'jiangxi-2021-227', docNo: '赣人社字〔2021〕227号', issued: '2021-07-14',
    title: '江西省人力资源和社会保障厅转发《关于进一步加强高技能人才与专业技术人才职业发展贯通的实施意见》的通知',
  },
  'chongqing-2020-32': {
    id: 'chongqing-2020-32', docNo: '渝人社发〔2020〕32号', issued: '2020-04-22',
    title: '关于在工程技术领域实现高技能人才与工程技术人才职业发展贯通的实施意见（试行）',
  },
  'sichuan-2021': {
    id: 'sichuan-2021', docNo: '四川省高技能人才与专业技术人才职业发展贯通实施方案', issued: '2021', short: '四川贯通实施方案',
    title: '四川省高技能人才与专业技术人才职业发展贯通实施方案',
  },
  'liaoning-2019-2': {
    id: 'liaoning-2019-2', docNo: '辽人社规〔2019〕2号', issued: '2019-08-21',
    title: '关于在工程技术领域实现高技能人才与工程技术人才职业发展贯通的实施意见（试行）',
  },
  'suzhou-2019-28': {
    id: 'suzhou-2019-28', docNo: '苏人保职〔2019〕28号', issued: '2019-09-11',
    title: '关于在工程技术领域推进高技能人才与专业技术人才职业发展贯通的实施意见（试行）',
  },
} as const satisfies Record<string, PolicyRef & { short?: string }>;

export type PolicyId = keyof typeof POLICIES;
export const POLICY_IDS = Object.keys(POLICIES) as PolicyId[];

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
