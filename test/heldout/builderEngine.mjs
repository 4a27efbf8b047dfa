// The held-out builders' shared machinery (build-conversations-3.mjs; -4.mjs and -5.mjs through conversationSet.mjs):
// the rule engine run once on every case's truth (and on that truth with a bare year's June moved to January and
// December, and on each correcting follow-up's truth), through `npm run eligibility` as the scorer's own check does; and the locales' rule texts.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Runs the engine on the cases' truths; `plan[i]` holds the indexes into `results` of case i's profiles. */
export function engineOnTruths(cases, { root, asOf }) {
  const profiles = []
  const want = (truth) => { profiles.push({ asOf, ...truth }); return profiles.length - 1 }
  // a bare year is kept as June: its best must not depend on the month (January / December give the same)
  const shift = (truth, mm) => JSON.parse(JSON.stringify(truth).replace(/"(\d{4})-06"/g, `"$1-${mm}"`))
  const plan = cases.map((c) => ({
    main: want(c.truth), jan: want(shift(c.truth, '01')), dec: want(shift(c.truth, '12')),
    fus: (c.followUps ?? []).map((f) => (f.truth ? want(f.truth) : null)),
  }))
  const r = spawnSync('npm', ['run', '--silent', 'eligibility', '--', '-'], { cwd: root, input: JSON.stringify(profiles), encoding: 'utf8', maxBuffer: 1 << 28 })
  if (r.status !== 0) throw new Error(r.stderr)
  return { plan, results: JSON.parse(r.stdout) }
}

/** Two bests agree in both directions. */
export const same = (a, b) => a.skill_to_title === b.skill_to_title && a.title_to_skill === b.title_to_skill

/** locales/<locale>/rules.json for both locales. */
export const ruleTexts = (root) => Object.fromEntries(['zh-CN', 'en'].map((l) => [l, JSON.parse(readFileSync(join(root, `locales/${l}/rules.json`), 'utf8'))]))
