// Re-checks development Q&A set 10's computed eligibilities (test/dev/qa-questions-10.json; test/dev/README.md "Set 10")
// against the rule engine: `node --import tsx test/dev/build-qa-questions-10.mjs` runs each listed question's `truth`
// profile (as of 2026-11) and exits 1, naming the question, where the engine does not offer the path the answer expects.
/* global console, process */
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate } from '../../src/rules/index.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const AS_OF = '2026-11';
const set = JSON.parse(readFileSync(join(root, 'test', 'dev', 'qa-questions-10.json'), 'utf8'));
const OK = ['eligible', 'conditional'];

// ---- the questions whose answer is a computed eligibility: id (/n for a second reading) → the question's facts and the
// path it expects (`target`, `route`; `status` defaults to eligible or conditional, `['unmet']` where the years fall
// short). A year without a month is taken as its December, "N年多 / 满N年" as N years before 2026-11; awards bypass
// the certificate (ruling 5), the national list names both 正高 and 副高 (ruling 6), 奖牌 is ranks 1–3 (ruling 8).
const checks = {
  'd10-001': {region: 'chongqing',skills: [{level: 'technician',since: '2021-12'}],expect: {target: 'intermediate',route: 'standard'}},
  'd10-002': {region: 'chongqing',skills: [{level: 'senior_worker',since: '2023-03'}],expect: {target: 'assistant',route: 'standard'}},
  'd10-003': {region: 'chongqing',skills: [{level: 'senior_technician',since: '2020-12'}],expect: {target: 'deputy_senior',route: 'standard'}},
  'd10-007': {region: 'chongqing',awards: [{type: 'competition',tier: 'district',rank: 1}],expect: {target: 'assistant',route: 'green_channel'}},
  'd10-008': {region: 'chongqing',awards: [{type: 'competition',tier: 'chongqing_skills_competition',rank: 5}],expect: {target: 'assistant',route: 'green_channel'}},
  'd10-009': {region: 'chongqing',awards: [{type: 'competition',tier: 'municipal_industry',rank: 2}],expect: {target: 'assistant',route: 'green_channel'}},
  'd10-010': {region: 'chongqing',awards: [{type: 'honor',id: 'national_technical_expert'}],expect: {target: 'intermediate',route: 'green_channel'}},
  'd10-011': {region: 'chongqing',awards: [{type: 'honor',id: 'chongqing_skill_master'}],expect: {target: 'deputy_senior',route: 'green_channel'}},
  'd10-012': {region: 'chongqing',awards: [{type: 'competition',tier: 'national_class2',rank: 3}],expect: {target: 'intermediate',route: 'green_channel'}},
  'd10-013': {region: 'chongqing',awards: [{type: 'competition',tier: 'worldskills',medal: 'excellence'}],expect: {target: 'intermediate',route: 'green_channel'}},
  'd10-014': {region: 'chongqing',awards: [{type: 'competition',tier: 'worldskills',medal: 'bronze'}],expect: {target: 'deputy_senior',route: 'green_channel'}},
  'd10-015': {region: 'chongqing',awards: [{type: 'honor',id: 'municipal_chief_master_studio_lead'}],expect: {target: 'intermediate',route: 'green_channel'}},
  'd10-016': {region: 'chongqing',awards: [{type: 'honor',id: 'chongqing_technical_expert'}],expect: {target: 'assistant',route: 'green_channel'}},
  'd10-017': {region: 'chongqing',awards: [{type: 'competition',tier: 'national_class1',rank: 4}],expect: {target: 'intermediate',route: 'green_channel'}},
  'd10-029': {region: 'chongqing',skills: [{level: 'senior_worker',since: '2005-12'}],expect: {target: 'assistant',route: 'standard'}},
  'd10-030': {region: 'chongqing',skills: [{level: 'technician',since: '2026-06'}],expect: {target: 'intermediate',route: 'standard',status: ['not_yet']}},
  'd10-031': {region: 'chongqing',skills: [{level: 'technician',since: '2020-12'}],expect: {target: 'intermediate',route: 'standard'}},
  'd10-032': {region: 'chongqing',awards: [{type: 'honor',id: 'national_technical_expert'}],expect: {target: 'intermediate',route: 'green_channel'}},
  'd10-033': {region: 'chongqing',awards: [{type: 'competition',tier: 'district',rank: 1}],expect: {target: 'assistant',route: 'green_channel'}},
  'd10-037': {region: 'chongqing',awards: [{type: 'honor',id: 'chongqing_skill_master'}],expect: {target: 'deputy_senior',route: 'green_channel'}},
  'd10-039': {region: 'chongqing',skills: [{level: 'technician',since: '2021-11'}],expect: {target: 'intermediate',route: 'standard'}},
  'd10-046': {region: 'liaoning',skills: [{level: 'senior_worker',since: '2022-12'}],expect: {target: 'assistant',route: 'standard'}},
  'd10-047': {region: 'liaoning',skills: [{level: 'technician',since: '2022-11'}],expect: {target: 'intermediate',route: 'standard'}},
  'd10-048': {region: 'liaoning',skills: [{level: 'senior_technician',since: '2019-12'}],expect: {target: 'deputy_senior',route: 'standard'}},
  'd10-050': {region: 'liaoning',skills: [{level: 'technician',since: '2025-12'}],expect: {target: 'intermediate',route: 'standard',status: ['not_yet']}},
  'd10-051': {region: 'liaoning',awards: [{type: 'honor',id: 'liaoning_craftsman'}],expect: {target: 'full_senior',route: 'green_channel'}},
  'd10-052': {region: 'liaoning',awards: [{type: 'honor',id: 'liaoning_technical_expert'}],expect: {target: 'intermediate',route: 'green_channel'}},
  'd10-053': {region: 'liaoning',awards: [{type: 'honor',id: 'national_technical_expert'}],expect: {target: 'full_senior',route: 'green_channel'}},
  'd10-054': {region: 'liaoning',awards: [{type: 'honor',id: 'provincial_master_studio_lead'}],expect: {target: 'deputy_senior',route: 'green_channel'}},
  'd10-055': {region: 'liaoning',awards: [{type: 'honor',id: 'liaoning_outstanding_talent'}],expect: {target: 'deputy_senior',route: 'green_channel'}},
  'd10-056': {region: 'liaoning',awards: [{type: 'honor',id: 'worldskills_coach'}],expect: {target: 'full_senior',route: 'green_channel'}},
  'd10-057': {region: 'liaoning',awards: [{type: 'honor',id: 'liaoning_meritorious_talent'}],expect: {target: 'full_senior',route: 'green_channel'}},
  'd10-058': {region: 'liaoning',awards: [{type: 'honor',id: 'china_skills_award'}],expect: {target: 'full_senior',route: 'green_channel'}},
  'd10-064': {region: 'liaoning',titles: [{level: 'assistant',since: '2024-12'}],expect: {target: 'senior_worker',route: 'standard'}},
  'd10-065': {region: 'liaoning',titles: [{level: 'assistant',since: '2023-05'}],expect: {target: 'technician',route: 'standard'}},
  'd10-067': {region: 'liaoning',titles: [{level: 'intermediate',since: '2026-01'}],expect: {target: 'technician',route: 'standard'}},
  'd10-068': {region: 'liaoning',titles: [{level: 'deputy_senior',since: '2025-06'}],expect: {target: 'senior_technician',route: 'standard'}},
  'd10-078': {region: 'liaoning',skills: [{level: 'senior_worker',since: '2023-11'}],expect: {target: 'assistant',route: 'standard'}},
  'd10-079': {region: 'liaoning',awards: [{type: 'honor',id: 'liaoning_technical_expert'}],expect: {target: 'intermediate',route: 'green_channel'}},
  'd10-080': {region: 'liaoning',skills: [{level: 'senior_worker',since: '2021-12'}],expect: {target: 'assistant',route: 'standard'}},
  'd10-081': {region: 'liaoning',awards: [{type: 'honor',id: 'liaoning_technical_expert'}],expect: {target: 'intermediate',route: 'green_channel'}},
  'd10-084': {region: 'liaoning',titles: [{level: 'assistant',since: '2022-11'}],expect: {target: 'technician',route: 'standard'}},
  'd10-087': {region: 'liaoning',awards: [{type: 'honor',id: 'liaoning_craftsman'}],expect: {target: 'full_senior',route: 'green_channel'}},
  'd10-094': {region: 'sichuan',skills: [{level: 'senior_worker',since: '2024-01'}],expect: {target: 'assistant',route: 'standard'}},
  'd10-095': {region: 'sichuan',skills: [{level: 'technician',since: '2023-01'}],expect: {target: 'intermediate',route: 'standard'}},
  'd10-096': {region: 'sichuan',skills: [{level: 'senior_technician',since: '2018-12'}],expect: {target: 'deputy_senior',route: 'standard'}},
  'd10-097': {region: 'sichuan',skills: [{level: 'senior_technician',since: '2015-06'}],expect: {target: 'full_senior',route: 'standard'}},
  'd10-101': {region: 'sichuan',skills: [{level: 'senior_technician',since: '2024-11'}],expect: {target: 'deputy_senior',route: 'standard',status: ['not_yet']}},
  'd10-104': {region: 'sichuan',awards: [{type: 'honor',id: 'sichuan_technical_expert'}],expect: {target: 'intermediate',route: 'green_channel'}},
  'd10-105': {region: 'sichuan',awards: [{type: 'honor',id: 'tianfu_craftsman'}],expect: {target: 'deputy_senior',route: 'green_channel'}},
  'd10-106': {region: 'sichuan',awards: [{type: 'honor',id: 'national_technical_expert'}],expect: {target: 'deputy_senior',route: 'green_channel'}},
  'd10-107': {region: 'sichuan',awards: [{type: 'competition',tier: 'national_class2',rank: 3}],expect: {target: 'intermediate',route: 'green_channel'}},
  'd10-108': {region: 'sichuan',awards: [{type: 'competition',tier: 'national_class1',rank: 3,teamSize: 2}],expect: {target: 'deputy_senior',route: 'green_channel'}},
  'd10-109': {region: 'sichuan',awards: [{type: 'competition',tier: 'national_class1',rank: 2,teamSize: 3}],expect: {target: 'deputy_senior',route: 'green_channel'}},
  'd10-110': {region: 'sichuan',awards: [{type: 'honor',id: 'state_council_allowance'}],expect: {target: 'full_senior',route: 'green_channel'}},
  'd10-111': {region: 'sichuan',awards: [{type: 'competition',tier: 'worldskills',medal: 'gold'}],expect: {target: 'full_senior',route: 'green_channel'}},
  'd10-112': {region: 'sichuan',awards: [{type: 'competition',tier: 'worldskills',medal: 'bronze'}],expect: {target: 'deputy_senior',route: 'green_channel'}},
  'd10-113': {region: 'sichuan',awards: [{type: 'honor',id: 'provincial_intangible_heritage'}],expect: {target: 'intermediate',route: 'green_channel'}},
  'd10-114': {region: 'sichuan',awards: [{type: 'honor',id: 'national_intangible_heritage'}],expect: {target: 'deputy_senior',route: 'green_channel'}},
  'd10-115': {region: 'sichuan',awards: [{type: 'honor',id: 'provincial_master_studio_lead'}],expect: {target: 'intermediate',route: 'green_channel'}},
  'd10-116': {region: 'sichuan',awards: [{type: 'honor',id: 'national_master_studio_lead'}],expect: {target: 'deputy_senior',route: 'green_channel'}},
  'd10-117': {region: 'sichuan',awards: [{type: 'honor',id: 'china_skills_award'}],expect: {target: 'full_senior',route: 'green_channel'}},
  'd10-119': {region: 'sichuan',awards: [{type: 'honor',id: 'worldskills_gold_coach_leader'}],expect: {target: 'full_senior',route: 'green_channel'}},
  'd10-121': {region: 'sichuan',titles: [{level: 'intermediate',since: '2022-06'}],workYears: 5,expect: {target: 'technician',route: 'standard'}},
  'd10-123': {region: 'sichuan',titles: [{level: 'full_senior',since: '2025-01'}],expect: {target: 'senior_technician',route: 'standard'}},
  'd10-137': {region: 'sichuan',skills: [{level: 'senior_technician',since: '2021-11'}],expect: {target: 'deputy_senior',route: 'standard'}},
  'd10-138': {region: 'sichuan',awards: [{type: 'honor',id: 'tianfu_craftsman'}],expect: {target: 'deputy_senior',route: 'green_channel'}},
  'd10-140': {region: 'sichuan',skills: [{level: 'technician',since: '2022-03'}],expect: {target: 'intermediate',route: 'standard'}},
  'd10-142': {region: 'sichuan',awards: [{type: 'honor',id: 'sichuan_technical_expert'}],expect: {target: 'intermediate',route: 'green_channel'}},
  'd10-143': {region: 'sichuan',awards: [{type: 'competition',tier: 'national_class1',rank: 2,teamSize: 3}],expect: {target: 'deputy_senior',route: 'green_channel'}},
  'd10-148': {region: 'sichuan',awards: [{type: 'honor',id: 'provincial_intangible_heritage'}],expect: {target: 'intermediate',route: 'green_channel'}},
  'd10-177': {region: 'suzhou',skills: [{level: 'technician',since: '2022-06'}],expect: {target: 'intermediate',route: 'standard'}},
  'd10-178': {region: 'suzhou',skills: [{level: 'senior_worker',since: '2024-05'}],expect: {target: 'assistant',route: 'standard'}},
  'd10-180': {region: 'suzhou',skills: [{level: 'senior_technician',since: '2021-11'}],expect: {target: 'deputy_senior',route: 'standard'}},
  'd10-181': {region: 'suzhou',awards: [{type: 'honor',id: 'suzhou_technical_expert'}],expect: {target: 'assistant',route: 'green_channel'}},
  'd10-182': {region: 'suzhou',awards: [{type: 'honor',id: 'gusu_key_talent'}],expect: {target: 'assistant',route: 'green_channel'}},
  'd10-183': {region: 'suzhou',awards: [{type: 'honor',id: 'suzhou_skill_award'}],expect: {target: 'intermediate',route: 'green_channel'}},
  'd10-184': {region: 'suzhou',awards: [{type: 'honor',id: 'jiangsu_technical_expert'}],expect: {target: 'intermediate',route: 'green_channel'}},
  'd10-185': {region: 'suzhou',awards: [{type: 'honor',id: 'municipal_model_worker'}],expect: {target: 'intermediate',route: 'green_channel'}},
  'd10-186': {region: 'suzhou',awards: [{type: 'competition',tier: 'provincial_class1',rank: 5}],expect: {target: 'intermediate',route: 'green_channel'}},
  'd10-187': {region: 'suzhou',awards: [{type: 'competition',tier: 'provincial_class2',rank: 2}],expect: {target: 'intermediate',route: 'green_channel'}},
  'd10-188': {region: 'suzhou',awards: [{type: 'honor',id: 'national_technical_expert'}],expect: {target: 'deputy_senior',route: 'green_channel'}},
  'd10-189': {region: 'suzhou',awards: [{type: 'honor',id: 'jiangsu_craftsman'}],expect: {target: 'deputy_senior',route: 'green_channel'}},
  'd10-190': {region: 'suzhou',awards: [{type: 'competition',tier: 'provincial_class1',rank: 2}],expect: {target: 'deputy_senior',route: 'green_channel'}},
  'd10-191': {region: 'suzhou',awards: [{type: 'competition',tier: 'national_class1',rank: 6}],expect: {target: 'deputy_senior',route: 'green_channel'}},
  'd10-192': {region: 'suzhou',awards: [{type: 'competition',tier: 'international',rank: 7}],expect: {target: 'deputy_senior',route: 'green_channel'}},
  'd10-193': {region: 'suzhou',awards: [{type: 'honor',id: 'provincial_model_worker'}],expect: {target: 'deputy_senior',route: 'green_channel'}},
  'd10-194': {region: 'suzhou',awards: [{type: 'honor',id: 'jiangsu_grand_craftsman'}],expect: {target: 'full_senior',route: 'green_channel'}},
  'd10-195': {region: 'suzhou',awards: [{type: 'competition',tier: 'worldskills',medal: 'silver'}],expect: {target: 'full_senior',route: 'green_channel'}},
  'd10-196': {region: 'suzhou',awards: [{type: 'competition',tier: 'municipal_class1',rank: 3}],expect: {target: 'assistant',route: 'green_channel'}},
  'd10-197/1': {region: 'suzhou',awards: [{type: 'honor',id: 'municipal_invention_award'}],expect: {target: 'intermediate',route: 'green_channel'}},
  'd10-197/2': {region: 'suzhou',awards: [{type: 'honor',id: 'municipal_invention_award'}],expect: {target: 'deputy_senior',route: 'green_channel'}},
  'd10-198': {region: 'suzhou',awards: [{type: 'honor',id: 'gusu_outstanding_talent'}],expect: {target: 'intermediate',route: 'green_channel'}},
  'd10-199': {region: 'suzhou',awards: [{type: 'competition',tier: 'provincial_class2',rank: 1}],expect: {target: 'deputy_senior',route: 'green_channel'}},
  'd10-200': {region: 'suzhou',titles: [{level: 'intermediate',since: '2025-01'}],expect: {target: 'technician',route: 'standard'}},
  'd10-201': {region: 'suzhou',titles: [{level: 'deputy_senior',since: '2024-01'}],expect: {target: 'senior_technician',route: 'standard'}},
  'd10-215': {region: 'suzhou',awards: [{type: 'honor',id: 'suzhou_technical_expert'}],expect: {target: 'assistant',route: 'green_channel'}},
  'd10-222': {region: 'suzhou',awards: [{type: 'honor',id: 'suzhou_technical_expert'}],expect: {target: 'assistant',route: 'green_channel'}},
  'd10-223': {region: 'suzhou',awards: [{type: 'competition',tier: 'national_class1',rank: 5}],expect: {target: 'deputy_senior',route: 'green_channel'}},
  'd10-224': {region: 'suzhou',awards: [{type: 'honor',id: 'jiangsu_grand_craftsman'}],expect: {target: 'full_senior',route: 'green_channel'}},
  'd10-225': {region: 'suzhou',skills: [{level: 'technician',since: '2021-12'}],expect: {target: 'intermediate',route: 'standard'}},
  'd10-231/1': {region: 'suzhou',awards: [{type: 'honor',id: 'municipal_invention_award'}],expect: {target: 'intermediate',route: 'green_channel'}},
  'd10-231/2': {region: 'suzhou',awards: [{type: 'honor',id: 'municipal_invention_award'}],expect: {target: 'deputy_senior',route: 'green_channel'}},
  'd10-238': {region: 'national',skills: [{level: 'senior_worker',since: '2023-11'}],expect: {target: 'assistant',route: 'standard'}},
  'd10-239': {region: 'national',skills: [{level: 'technician',since: '2022-11'}],expect: {target: 'intermediate',route: 'standard'}},
  'd10-241': {region: 'national',skills: [{level: 'senior_technician',since: '2020-12'}],expect: {target: 'deputy_senior',route: 'standard'}},
  'd10-242/1': {region: 'national',awards: [{type: 'honor',id: 'national_technical_expert'}],expect: {target: 'full_senior',route: 'green_channel'}},
  'd10-242/2': {region: 'national',awards: [{type: 'honor',id: 'national_technical_expert'}],expect: {target: 'deputy_senior',route: 'green_channel'}},
  'd10-243': {region: 'national',awards: [{type: 'honor',id: 'provincial_government_allowance'}],expect: {target: 'deputy_senior',route: 'green_channel'}},
  'd10-244': {region: 'national',awards: [{type: 'honor',id: 'national_master_studio_lead'}],expect: {target: 'full_senior',route: 'green_channel'}},
  'd10-258': {region: 'national',skills: [{level: 'technician',since: '2023-05'}],expect: {target: 'intermediate',route: 'standard'}},
  'd10-259': {region: 'national',awards: [{type: 'honor',id: 'national_technical_expert'}],expect: {target: 'deputy_senior',route: 'green_channel'}},
  'd10-261': {region: 'national',skills: [{level: 'senior_worker',since: '2022-12'}],expect: {target: 'assistant',route: 'standard'}},
  'd10-262': {region: 'national',awards: [{type: 'honor',id: 'china_skills_award'}],expect: {target: 'full_senior',route: 'green_channel'}},
  'd10-278': {region: 'jiangxi',skills: [{level: 'technician',since: '2022-12'}],expect: {target: 'intermediate',route: 'standard'}},
  'd10-279': {region: 'jiangxi',skills: [{level: 'senior_worker',since: '2024-05'}],expect: {target: 'assistant',route: 'standard'}},
  'd10-281/1': {region: 'jiangxi',awards: [{type: 'honor',id: 'national_technical_expert'}],expect: {target: 'full_senior',route: 'green_channel'}},
  'd10-281/2': {region: 'jiangxi',awards: [{type: 'honor',id: 'national_technical_expert'}],expect: {target: 'deputy_senior',route: 'green_channel'}},
  'd10-282': {region: 'jiangxi',awards: [{type: 'honor',id: 'china_skills_award'}],expect: {target: 'deputy_senior',route: 'green_channel'}},
  'd10-292': {region: 'jiangxi',skills: [{level: 'technician',since: '2021-12'}],expect: {target: 'intermediate',route: 'standard'}},
  'd10-294': {region: 'jiangxi',awards: [{type: 'honor',id: 'national_technical_expert'}],expect: {target: 'deputy_senior',route: 'green_channel'}},
  'd10-310': {region: 'chongqing',awards: [{type: 'competition',tier: 'municipal_industry',rank: 3}],expect: {target: 'assistant',route: 'green_channel'}},
  'd10-313': {region: 'chongqing',skills: [{level: 'senior_technician',since: '2019-12'}],expect: {target: 'deputy_senior',route: 'standard'}},
  'd10-315': {region: 'liaoning',awards: [{type: 'honor',id: 'provincial_master_studio_lead'}],expect: {target: 'deputy_senior',route: 'green_channel'}},
  'd10-316': {region: 'liaoning',titles: [{level: 'deputy_senior',since: '2026-02'}],expect: {target: 'senior_technician',route: 'standard'}},
  'd10-319': {region: 'liaoning',skills: [{level: 'technician',since: '2022-01'}],expect: {target: 'intermediate',route: 'standard'}},
  'd10-320': {region: 'sichuan',titles: [{level: 'assistant',since: '2023-06'}],workYears: 3,expect: {target: 'senior_worker',route: 'standard'}},
  'd10-322': {region: 'sichuan',awards: [{type: 'honor',id: 'china_skills_award'}],expect: {target: 'full_senior',route: 'green_channel'}},
  'd10-324': {region: 'sichuan',skills: [{level: 'senior_worker',since: '2023-08'}],expect: {target: 'assistant',route: 'standard'}},
  'd10-325': {region: 'sichuan',awards: [{type: 'honor',id: 'tianfu_craftsman'}],expect: {target: 'deputy_senior',route: 'green_channel'}},
  'd10-326': {region: 'suzhou',awards: [{type: 'honor',id: 'gusu_outstanding_talent'}],expect: {target: 'intermediate',route: 'green_channel'}},
  'd10-328': {region: 'suzhou',titles: [{level: 'intermediate',since: '2024-06'}],expect: {target: 'technician',route: 'standard'}},
  'd10-331': {region: 'suzhou',awards: [{type: 'competition',tier: 'provincial_class2',rank: 2}],expect: {target: 'intermediate',route: 'green_channel'}},
  'd10-338': {region: 'jiangxi',skills: [{level: 'senior_technician',since: '2020-12'}],expect: {target: 'deputy_senior',route: 'standard'}},
  'd10-340': {region: 'chongqing',awards: [{type: 'competition',tier: 'district',rank: 1}],expect: {target: 'assistant',route: 'green_channel'}},
  'd10-346': {region: 'suzhou',awards: [{type: 'honor',id: 'jiangsu_craftsman'}],expect: {target: 'deputy_senior',route: 'green_channel'}},
};

// the level names one of the question's answer groups must carry for the expected target (two levels: two groups)
const NAMES = {
  senior_worker: ['高级工', '高級工', 'senior worker'], technician: ['技师', 'technician'], senior_technician: ['高级技师', '高級技師', 'senior technician'],
  assistant: ['助理'], intermediate: ['工程师', '工程師', '中级', '中級'], deputy_senior: ['高级工程师', '高級工程師', '副高'], full_senior: ['正高'],
};
const fails = [];
const byId = new Map(set.map((c) => [c.id, c]));
for (const [key, { expect: e, ...truth }] of Object.entries(checks)) {
  const id = key.split('/')[0];
  const c = byId.get(id);
  if (!c) { fails.push(`${key}: no such question in the set`); continue; }
  const r = evaluate({ asOf: AS_OF, ...truth });
  const all = r.paths.map((x) => `${x.direction}/${x.target}/${x.route}/${x.status}`).join(', ');
  if (e.unmet) {
    const p = r.paths.filter((x) => x.direction === e.direction);
    if (!p.length || p.some((x) => x.status !== 'unmet' || !x.unmet.some((u) => u.code === e.unmet))) fails.push(`${key} (${c.q}): not every ${e.direction} path fails on ${e.unmet} (${all})`);
    continue;
  }
  const p = r.paths.filter((x) => x.target === e.target && (!e.route || x.route === e.route) && (e.status ?? OK).includes(x.status));
  if (!p.length) fails.push(`${key} (${c.q}): engine offers no ${e.route ?? ''} ${e.target} path that is ${(e.status ?? OK).join('/')} (${all})`);
  if (!c.answerHas.some((g) => g.some((w) => NAMES[e.target].some((n) => w.includes(n))))) fails.push(`${key} (${c.q}): answerHas ${JSON.stringify(c.answerHas)} does not name ${e.target}`);
}
if (fails.length) { console.error(fails.join('\n')); process.exit(1); }
console.log(`${Object.keys(checks).length} profiles of ${new Set(Object.keys(checks).map((k) => k.split('/')[0])).size} questions agree with the engine`);
