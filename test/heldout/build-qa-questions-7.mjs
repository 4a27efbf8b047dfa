// Re-checks held-out Q&A set 7's computed eligibilities (qa-questions-7.json; QA.md "Set 7") against the rule engine:
// `node --import tsx test/heldout/build-qa-questions-7.mjs` runs each listed question's `truth` profile (as of 2026-11)
// and exits 1, naming the question, where the engine does not offer the path the question's answer expects.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recheck } from './qaRecheck.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const AS_OF = '2026-11';
const set = JSON.parse(readFileSync(join(root, 'test', 'heldout', 'qa-questions-7.json'), 'utf8'));
const sk = (level, since) => ({ skills: [{ level, since }] });
const ti = (level, since, s = {}) => ({ titles: [{ level, since }], ...s });

// ---- the questions whose answer is a computed eligibility: id → truth (the question's facts) and the path it expects
// (`target` and `route`; `status` defaults to eligible or conditional; `from` the month a not-yet path opens; `unmet`
// a code every path of `direction` must fail on). "N年多 / 满N年 / N years" is taken as N years before 2026-11,
// 快四年 as 3 years 9 months, "N年半" as N years 6 months; a month and year as said.
const checks = {
  'q7-001': { region: 'national', ...sk('senior_worker', '2024-05'), expect: { target: 'assistant', route: 'standard' } },
  'q7-003': { region: 'national', ...sk('senior_technician', '2022-10'), expect: { target: 'deputy_senior', route: 'standard' } },
  'q7-013': { region: 'national', ...ti('intermediate', '2020-06'), expect: { target: 'technician' } },
  'q7-014': { region: 'national', ...ti('deputy_senior', '2019-06'), expect: { target: 'senior_technician' } },
  'q7-015': { region: 'national', ...ti('assistant', '2022-06'), expect: { target: 'senior_worker' } },
  'q7-034': { region: 'national', ...sk('technician', '2024-03'), expect: { target: 'intermediate', status: ['not_yet'], from: '2027-03' } },
  'q7-035': { region: 'national', ...sk('senior_worker', '2024-01'), expect: { target: 'assistant', route: 'standard' } },
  'q7-038': { region: 'national', ...sk('senior_technician', '2021-11'), expect: { target: 'deputy_senior', route: 'standard' } },
  'q7-041': { region: 'national', ...sk('senior_worker', '2020-01'), annualReviewsPassed: false, expect: { direction: 'skill_to_title', unmet: 'annual_review' } },
  'q7-056': { region: 'chongqing', ...sk('senior_worker', '2024-11'), expect: { target: 'assistant', route: 'standard' } },
  'q7-058': { region: 'chongqing', ...sk('senior_technician', '2022-06'), expect: { target: 'deputy_senior', route: 'standard' } },
  'q7-080': { region: 'chongqing', ...ti('assistant', '2022-06'), expect: { target: 'senior_worker' } },
  'q7-095': { region: 'chongqing', ...sk('technician', '2023-08'), expect: { target: 'intermediate', route: 'standard' } },
  'q7-097': { region: 'chongqing', ...sk('senior_worker', '2025-06'), expect: { target: 'assistant', status: ['not_yet'], from: '2027-06' } },
  'q7-098': { region: 'chongqing', ...sk('senior_technician', '2023-02'), expect: { target: 'deputy_senior', status: ['not_yet'], from: '2027-02' } },
  'q7-102': { region: 'chongqing', ...sk('technician', '2023-09'), expect: { target: 'intermediate', route: 'standard' } },
  'q7-113': { region: 'sichuan', ...sk('senior_worker', '2024-09'), expect: { target: 'assistant', route: 'standard' } },
  'q7-115': { region: 'sichuan', ...sk('senior_technician', '2022-08'), expect: { target: 'deputy_senior', route: 'standard' } },
  'q7-117': { region: 'sichuan', ...sk('senior_technician', '2016-06'), expect: { target: 'full_senior', route: 'standard' } },
  'q7-159': { region: 'sichuan', ...sk('technician', '2023-05'), expect: { target: 'intermediate', route: 'standard' } },
  'q7-163': { region: 'sichuan', ...sk('senior_worker', '2025-03'), expect: { target: 'assistant', status: ['not_yet'], from: '2027-03' } },
  'q7-178': { region: 'liaoning', ...sk('senior_worker', '2024-06'), expect: { target: 'assistant', route: 'standard' } },
  'q7-179': { region: 'liaoning', ...sk('technician', '2023-02'), expect: { target: 'intermediate', route: 'standard' } },
  'q7-180': { region: 'liaoning', ...sk('senior_technician', '2022-07'), expect: { target: 'deputy_senior', route: 'standard' } },
  'q7-197': { region: 'liaoning', ...ti('assistant', '2024-01'), expect: { target: 'senior_worker' } },
  'q7-198': { region: 'liaoning', ...ti('assistant', '2023-06'), expect: { target: 'technician' } },
  'q7-199': { region: 'liaoning', ...ti('intermediate', '2025-06'), expect: { target: 'technician' } },
  'q7-200': { region: 'liaoning', ...ti('intermediate', '2022-06'), expect: { target: 'senior_technician' } },
  'q7-201': { region: 'liaoning', ...ti('deputy_senior', '2024-06'), expect: { target: 'senior_technician' } },
  'q7-211': { region: 'liaoning', ...sk('senior_worker', '2024-10'), expect: { target: 'assistant', route: 'standard' } },
  'q7-214': { region: 'liaoning', ...sk('technician', '2024-08'), expect: { target: 'intermediate', status: ['not_yet'], from: '2027-08' } },
  'q7-215': { region: 'liaoning', ...sk('senior_technician', '2015-06'), annualReviewsPassed: false, expect: { direction: 'skill_to_title', unmet: 'annual_review' } },
  'q7-217': { region: 'liaoning', ...ti('assistant', '2024-11'), expect: { target: 'technician', status: ['not_yet'], from: '2027-11' } },
  'q7-234': { region: 'jiangxi', ...sk('senior_worker', '2024-08'), expect: { target: 'assistant', route: 'standard' } },
  'q7-235': { region: 'jiangxi', ...sk('technician', '2023-05'), expect: { target: 'intermediate', route: 'standard' } },
  'q7-236': { region: 'jiangxi', ...sk('senior_technician', '2021-06'), expect: { target: 'deputy_senior', route: 'standard' } },
  'q7-249': { region: 'jiangxi', ...sk('technician', '2023-01'), expect: { target: 'intermediate', route: 'standard' } },
  'q7-254': { region: 'jiangxi', ...sk('senior_worker', '2025-01'), expect: { target: 'assistant', status: ['not_yet'], from: '2027-01' } },
  'q7-266': { region: 'suzhou', ...sk('senior_worker', '2024-07'), expect: { target: 'assistant', route: 'standard' } },
  'q7-267': { region: 'suzhou', ...sk('technician', '2023-11'), expect: { target: 'intermediate', route: 'standard' } },
  'q7-268': { region: 'suzhou', ...sk('senior_technician', '2022-09'), expect: { target: 'deputy_senior', route: 'standard' } },
  'q7-297': { region: 'suzhou', ...ti('assistant', '2025-01'), expect: { target: 'senior_worker' } },
  'q7-298': { region: 'suzhou', ...ti('deputy_senior', '2023-06'), expect: { target: 'senior_technician' } },
  'q7-331': { region: 'suzhou', ...sk('technician', '2023-10'), expect: { target: 'intermediate', route: 'standard' } },
  'q7-332': { region: 'suzhou', ...sk('senior_technician', '2023-05'), expect: { target: 'deputy_senior', status: ['not_yet'], from: '2027-05' } },
  'q7-333': { region: 'suzhou', ...sk('senior_worker', '2025-08'), expect: { target: 'assistant', status: ['not_yet'], from: '2027-08' } },
  'q7-334': { region: 'suzhou', ...sk('senior_worker', '2023-11'), annualReviewsPassed: false, expect: { direction: 'skill_to_title', unmet: 'annual_review' } },
};

recheck(set, checks, { asOf: AS_OF });
