// Re-checks held-out Q&A set 6's computed eligibilities (qa-questions-6.json; QA.md "Set 6") against the rule engine:
// `node --import tsx test/heldout/build-qa-questions-6.mjs` runs each listed question's `truth` profile (as of 2026-11)
// and exits 1, naming the question, where the engine does not offer the path the question's answer expects.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recheck } from './qaRecheck.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const AS_OF = '2026-11';
const set = JSON.parse(readFileSync(join(root, 'test', 'heldout', 'qa-questions-6.json'), 'utf8'));
const sk = (level, since) => ({ skills: [{ level, since }] });
const ti = (level, since, s = {}) => ({ titles: [{ level, since }], ...s });

// ---- the questions whose answer is a computed eligibility: id → truth (the question's facts) and the path it expects
// (`target` and `route`; `status` defaults to eligible or conditional; `unmet` a code every such path must fail on).
// A bare "N年多 / 快N年 / 满N年" is taken as its lowest month: N years (快三年: 2 years 10 months) before 2026-11.
const checks = {
  // topic eligibility: a certificate with a month and year
  'q6-040': { region: 'chongqing', ...sk('technician', '2022-10'), expect: { target: 'intermediate', route: 'standard' } },
  'q6-080': { region: 'liaoning', ...sk('senior_worker', '2023-05'), expect: { target: 'assistant', route: 'standard' } },
  'q6-128': { region: 'sichuan', ...sk('technician', '2020-12'), expect: { target: 'intermediate', route: 'standard' } },
  'q6-187': { region: 'suzhou', ...sk('senior_technician', '2021-09'), expect: { target: 'deputy_senior', route: 'standard' } },
  'q6-221': { region: 'national', ...sk('senior_technician', '2022-08'), expect: { target: 'deputy_senior', route: 'standard' } },
  'q6-242': { region: 'jiangxi', ...sk('senior_worker', '2023-01'), expect: { target: 'assistant', route: 'standard' } },
  // other topics: a certificate or title held N years, "can I apply for X" / "what can I apply for"
  'q6-001': { region: 'chongqing', ...sk('senior_worker', '2024-11'), expect: { target: 'assistant', route: 'standard' } },
  'q6-042': { region: 'liaoning', ...sk('senior_worker', '2024-01'), expect: { target: 'assistant', route: 'standard' } },
  'q6-046': { region: 'liaoning', ...sk('technician', '2023-11'), expect: { target: 'intermediate', route: 'standard' } },
  'q6-082': { region: 'sichuan', ...sk('senior_worker', '2024-11'), expect: { target: 'assistant', route: 'standard' } },
  'q6-129': { region: 'suzhou', ...sk('senior_worker', '2024-11'), expect: { target: 'assistant', route: 'standard' } },
  'q6-133': { region: 'suzhou', ...sk('technician', '2023-11'), expect: { target: 'intermediate', route: 'standard' } },
  'q6-188': { region: 'national', ...sk('senior_worker', '2024-11'), expect: { target: 'assistant', route: 'standard' } },
  'q6-190': { region: 'national', ...sk('senior_technician', '2022-11'), expect: { target: 'deputy_senior', route: 'standard' } },
  'q6-191': { region: 'national', ...sk('senior_technician', '2021-11'), expect: { target: 'deputy_senior', route: 'standard' } },
  'q6-193': { region: 'national', ...sk('senior_worker', '2024-11'), expect: { target: 'assistant', route: 'standard' } },
  'q6-223': { region: 'jiangxi', ...sk('senior_worker', '2024-11'), expect: { target: 'assistant', route: 'standard' } },
  'q6-224': { region: 'jiangxi', ...sk('technician', '2023-11'), expect: { target: 'intermediate', route: 'standard' } },
  'q6-225': { region: 'jiangxi', ...sk('senior_technician', '2022-11'), expect: { target: 'deputy_senior', route: 'standard' } },
  'q6-228': { region: 'jiangxi', ...sk('senior_technician', '2022-11'), expect: { target: 'deputy_senior', route: 'standard' } },
  'q6-247': { region: 'suzhou', ...sk('senior_technician', '2022-11'), expect: { target: 'deputy_senior', route: 'standard' } },
  'q6-247/chongqing': { region: 'chongqing', ...sk('senior_technician', '2022-11'), expect: { target: 'deputy_senior', route: 'standard' } },
  // title → skill: a title held N years (in the trade), or a skill level held a year by a title holder (upgrade)
  'q6-066': { region: 'liaoning', ...ti('assistant', '2023-09', { workYears: 3 }), expect: { target: 'technician' } },
  'q6-035': { region: 'chongqing', ...ti('assistant', '2020-01'), ...sk('senior_worker', '2025-11'), expect: { target: 'technician', route: 'upgrade' } },
  'q6-036': { region: 'chongqing', ...ti('intermediate', '2020-01'), ...sk('technician', '2025-11'), expect: { target: 'senior_technician', route: 'upgrade' } },
  'q6-163': { region: 'suzhou', ...ti('assistant', '2020-01'), ...sk('senior_worker', '2025-11'), expect: { target: 'technician', route: 'upgrade' } },
  'q6-164': { region: 'suzhou', ...ti('intermediate', '2020-01'), ...sk('technician', '2025-11'), expect: { target: 'senior_technician', route: 'upgrade' } },
  // a year of failed annual review: every skill → title route fails on it (ruling 4)
  'q6-048': { region: 'liaoning', ...sk('technician', '2020-01'), annualReviewsPassed: false, expect: { direction: 'skill_to_title', unmet: 'annual_review' } },
};

recheck(set, checks, { asOf: AS_OF });
