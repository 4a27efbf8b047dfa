#!/usr/bin/env node
// Builds test/dev/dialog-conversations-2.json from the cases in conversations-2-cases.mjs: every `best` (and each
// corrected follow-up's best, each "when"/"what to bring"/"what if" expectation) is computed by the rule engine on the
// case's truth, never written by hand. Run: node test/dev/build-conversations-2.mjs [cases.mjs out.json] (set 3:
// node test/dev/build-conversations-2.mjs conversations-3-cases.mjs dialog-conversations-3.json)
/* global process, console, structuredClone */
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const [casesFile = 'conversations-2-cases.mjs', outFile = 'dialog-conversations-2.json'] = process.argv.slice(2)
const { cases } = await import(join(here, casesFile))
const root = resolve(here, '../..')
const AS_OF = '2026-11'

// Collect every profile to evaluate: the truth, a corrected truth (follow-up with `after`), a hypothetical (`hypo`).
const profiles = []
const ask = (p) => { profiles.push({ asOf: AS_OF, ...p }); return profiles.length - 1 }
const plan = cases.map((c) => ({
  main: ask(c.truth),
  // A vague date ("18年", "前年") is given a month in the truth; `robust` variants (other months) must give the same best.
  robust: (c.robust ?? []).map((v) => ask(v(structuredClone(c.truth)))),
  fus: (c.followUps ?? []).map((f) => ({
    after: f.after ? ask(f.after(structuredClone(c.truth))) : null,
    hypo: f.hypo ? ask(f.hypo(structuredClone(c.truth))) : null,
  })),
}))
const run = spawnSync('npm', ['run', '--silent', 'eligibility', '--', '-'], { cwd: root, input: JSON.stringify(profiles), encoding: 'utf8', maxBuffer: 1 << 28 })
if (run.status !== 0) { console.error(run.stderr); process.exit(1) }
const results = JSON.parse(run.stdout)

const NAMES = {
  'zh-CN': {
    junior: ['员级', '技术员'], assistant: ['助理级', '助理工程师'], intermediate: ['中级', '工程师'], deputy_senior: ['副高', '高级工程师'], full_senior: ['正高'],
    junior_worker: ['初级工'], intermediate_worker: ['中级工'], senior_worker: ['高级工'], technician: ['技师'], senior_technician: ['高级技师'],
  },
  en: {
    junior: ['junior', 'Junior'], assistant: ['assistant', 'Assistant'], intermediate: ['intermediate', 'Intermediate'], deputy_senior: ['deputy senior', 'Deputy senior', 'senior engineer'], full_senior: ['full senior', 'Full senior'],
    junior_worker: ['junior worker', 'Junior worker'], intermediate_worker: ['intermediate worker', 'Intermediate worker'], senior_worker: ['senior worker', 'Senior worker'], technician: ['technician', 'Technician'], senior_technician: ['senior technician', 'Senior technician'],
  },
}
const DOCS = {
  'zh-CN': { skill_certificate: ['职业资格证书', '职业技能等级证书', '技能等级证书'], title_certificate: ['职称证书'], annual_review_records: ['年度考核'], work_years_proof: ['工作年限'], achievement_materials: ['业绩', '技术成果'], award_proof: ['获奖证书', '表彰文件'], related_diploma: ['毕业证书'], tech_school_diploma: ['技工院校毕业证书'], employer_review: ['初审意见'] },
  en: { skill_certificate: ['Skill certificate', 'skill certificate'], title_certificate: ['Title certificate', 'title certificate'], annual_review_records: ['Annual review', 'annual review'], work_years_proof: ['years of work', 'work years', 'years worked'], achievement_materials: ['achievements', 'Achievements'], award_proof: ['Award certificate', 'award certificate', 'commendation'], related_diploma: ['diploma', 'Diploma'], tech_school_diploma: ['school diploma'], employer_review: ['preliminary review', 'Employer'] },
}
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const monthSpellings = (ym, locale) => {
  const [y, m] = ym.split('-').map(Number)
  const common = [`${y}-${String(m).padStart(2, '0')}`, `${y}-${m}`, `${y}/${m}`]
  const all = locale === 'en' ? [...common, `${EN_MONTHS[m - 1]} ${y}`, `${EN_MONTHS[m - 1].slice(0, 3)} ${y}`, `${EN_MONTHS[m - 1].slice(0, 3)}. ${y}`, `${y}年${m}月`] : [`${y}年${m}月`, `${y}年${String(m).padStart(2, '0')}月`, ...common]
  return [...new Set(all)]
}
const rank = (t) => ['junior', 'assistant', 'intermediate', 'deputy_senior', 'full_senior', 'junior_worker', 'intermediate_worker', 'senior_worker', 'technician', 'senior_technician'].indexOf(t)

/** The path a "when" follow-up is about: the named target, else the highest not_yet path. */
function whenPath(r, f) {
  const ps = r.paths.filter((p) => p.status === 'not_yet' && (!f.target || p.target === f.target) && (!f.direction || p.direction === f.direction))
  ps.sort((a, b) => rank(b.target) - rank(a.target))
  return ps[0]
}
/** The documents a "what to bring" follow-up is about: those every eligible path to the best shares (skill → title
 *  first; two routes to one level, a certificate's and an award's, may ask for different things), else the first path's. */
function docPath(r, f) {
  const common = (ps) => ps.length ? { documents: ps[0].documents.filter((d) => ps.every((p) => p.documents.includes(d))) } : undefined
  if (f.target) return common(r.paths.filter((p) => p.target === f.target))
  for (const d of ['skill_to_title', 'title_to_skill']) {
    const t = r.best[d]
    if (t) return common(r.paths.filter((p) => p.direction === d && p.target === t && p.status === 'eligible'))
  }
  return r.paths[0]
}

const out = cases.map((c, i) => {
  const r = results[plan[i].main]
  if (process.env.SHOW) console.log(c.id, JSON.stringify(r.best), r.paths.map((p) => `${p.target}:${p.status}${p.eligibleFrom ? ':' + p.eligibleFrom : ''}`).join(' '))
  const o = { id: c.id, locale: c.locale, kind: c.kind, open: c.open, answers: c.answers, best: r.best, truth: c.truth }
  if (c.maxTurns) o.maxTurns = c.maxTurns
  if (c.interject) o.interject = c.interject
  if (c.answerIncludes) o.answerIncludes = c.answerIncludes(r, { NAMES, DOCS, monthSpellings })
  if (c.followUps) {
    o.followUps = c.followUps.map((f, k) => {
      const fo = { say: f.say, expectIncludes: [] }
      if (f.expect) fo.expectIncludes.push(...f.expect)
      if (f.when) {
        const p = whenPath(r, f)
        if (p) fo.expectIncludes.push(monthSpellings(p.eligibleFrom, c.locale))
        else if (r.paths.some((q) => q.target === f.target && q.status === 'eligible')) fo.expectIncludes.push(c.locale === 'en' ? ['now', 'already', 'eligible', 'Eligible', 'can apply'] : ['现在', '已经', '已满足', '可以申报', '可申报', '符合'])
        else throw new Error(`${c.id}: no not_yet or eligible path for "${f.say}"`)
      }
      if (f.docs) {
        const p = docPath(r, f)
        if (!p) throw new Error(`${c.id}: no path for "${f.say}"`)
        // The document most particular to this person's path (an award's proof, the title certificate, …).
        const PREFER = ['award_proof', 'title_certificate', 'related_diploma', 'tech_school_diploma', 'work_years_proof', 'annual_review_records', 'achievement_materials']
        const code = PREFER.find((d) => p.documents.includes(d)) ?? p.documents[0]
        fo.expectIncludes.push(DOCS[c.locale][code])
      }
      if (f.hypo) {
        const h = results[plan[i].fus[k].hypo].best
        const t = h[f.hypoDirection ?? 'skill_to_title']
        if (!t) throw new Error(`${c.id}: the hypothetical gives no ${f.hypoDirection ?? 'skill_to_title'}`)
        fo.expectIncludes.push(NAMES[c.locale][t])
      }
      if (f.after) fo.best = results[plan[i].fus[k].after].best
      if (f.maxChars) fo.maxChars = f.maxChars
      if (!fo.expectIncludes.length) throw new Error(`${c.id}: follow-up "${f.say}" expects nothing`)
      return fo
    })
  }
  for (const v of plan[i].robust) {
    const b = results[v].best
    if (b.skill_to_title !== r.best.skill_to_title || b.title_to_skill !== r.best.title_to_skill) throw new Error(`${c.id}: the best depends on the month a vague date is given`)
  }
  return o
})
const ids = new Set()
for (const c of out) { if (ids.has(c.id)) throw new Error('repeated id ' + c.id); ids.add(c.id) }
writeFileSync(join(here, outFile), JSON.stringify(out, null, 1) + '\n')
const count = (k) => out.reduce((m, c) => (m[k(c)] = (m[k(c)] ?? 0) + 1, m), {})
console.log(out.length, 'cases', count((c) => c.kind), count((c) => c.locale), count((c) => c.truth.place ? 'national:' + c.truth.place : c.truth.region))
