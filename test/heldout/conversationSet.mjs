// The held-out builders' case constructors and scorer side (build-conversations-4.mjs, -5.mjs): from the cases' words
// and truths, every best, corrected best, "when" month, "what if" level and checklist the scorer expects, taken from
// the engine, written to file.
/* global console */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { engineOnTruths, ruleTexts, same } from './builderEngine.mjs'

// --- what a case is written with ---------------------------------------------------------------------------------
// occupation: kept (as its standard Chinese name) only where the region's rules read it: Suzhou's specialty annex
export const sk = (level, since, occupation) => ({ level, ...(since ? { since } : {}), ...(occupation ? { occupation } : {}) })
export const ti = (level, since, series = 'engineering') => ({ level, ...(since ? { since } : {}), series })
export const comp = (tier, o = {}) => ({ type: 'competition', tier, ...o })
export const hon = (id) => ({ type: 'honor', id })
export const T = (region, o = {}) => ({ region, ...o })
export const N = (place, o = {}) => ({ region: 'national', place, ...o })

// follow-up specs, turned into the scorer's format by writeConversationSet
export const when = (say, month) => ({ say, type: 'when', month })
export const docs = (say) => ({ say, type: 'docs' })
export const bye = (say) => ({ say, type: 'thanks' })
export const fix = (say, truth) => ({ say, type: 'fix', truth })
export const whatIf = (say, truth) => ({ say, type: 'whatif', truth })
export const exempt = (say) => ({ say, type: 'exempt' })
// an HR agent's question in the first message: the answer must carry the checklist, or the month a path opens
export const ASK_DOCS = { type: 'docs' }
export const askWhen = (month) => ({ type: 'when', month })

/** Runs the engine on the cases `C`, checks each case is fair (a bare year's month changes nothing, a follow-up
 * changes what it says it changes) and writes the scorer's file `file` (relative to `root`). */
export function writeConversationSet(C, { root, asOf, file }) {
  // --- the engine on every truth (npm run eligibility, the scorer's own check) -------------------------------------
  const { plan, results } = engineOnTruths(C, { root, asOf })

  const rules = ruleTexts(root)
  // shorter names a reply may use for a document
  const SHORT = {
    'zh-CN': { skill_certificate: ['职业资格证书', '职业技能等级证书', '技能证书'], annual_review_records: ['年度考核'], title_certificate: ['职称证书'], award_proof: ['获奖证书', '表彰'], work_years_proof: ['工作年限', '工作经历'] },
    en: { skill_certificate: ['Skill certificate', 'skill certificate'], annual_review_records: ['Annual review', 'annual review'], title_certificate: ['Title certificate', 'title certificate'], award_proof: ['Award certificate', 'award certificate'], work_years_proof: ['years of work', 'Years of work'] },
  }
  // a level as a reply may name it (工程师 alone would match 助理工程师 / 高级工程师 too)
  const LEVEL_NAMES = {
    'zh-CN': {
      assistant: ['助理工程师', '助理级', '助工'], intermediate: ['中级', '申报工程师', '评审工程师', '评工程师', '工程师（', '工程师('],
      deputy_senior: ['高级工程师', '副高'], full_senior: ['正高'],
      senior_worker: ['高级工'], technician: ['技师'], senior_technician: ['高级技师'],
    },
    en: {
      assistant: ['ssistant'], intermediate: ['ntermediate'], deputy_senior: ['eputy senior'], full_senior: ['ull senior'],
      senior_worker: ['enior worker'], technician: ['echnician'], senior_technician: ['enior technician'],
    },
  }
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
  const monthSpellings = (ym, locale) => {
    const [y, mm] = ym.split('-'); const m = String(Number(mm))
    const zh = [`${y}-${mm}`, `${y}-${m}`, `${y}年${m}月`, `${y}年${mm}月`, `${y}.${m}`, `${y}/${m}`]
    return locale === 'en' ? [...zh, `${MONTHS[m - 1]} ${y}`, `${MONTHS[m - 1].slice(0, 3)} ${y}`] : zh
  }
  const THANKS = {
    'zh-CN': ['不客气', '不用谢', '客气', '应该的', '很高兴', '祝', '再见', '好的', '随时', '拜拜', '欢迎'],
    en: ['welcome', 'Welcome', 'glad', 'Glad', 'pleasure', 'luck', 'anytime', 'Anytime', 'Bye', 'bye', 'Thank', 'thank'],
  }
  const EXEMPT = { 'zh-CN': ['免'], en: ['exempt', 'Exempt'] }

  const opensAt = (c, res, month) => {
    if (!res.paths.some((p) => p.status === 'not_yet' && p.eligibleFrom === month)) throw new Error(`${c.id}: no not_yet path opening ${month}`)
    return [monthSpellings(month, c.locale)]
  }
  const checklist = (c, res) => {
    const dir = res.best.skill_to_title ? 'skill_to_title' : 'title_to_skill'
    // the best path, or (no path eligible) the first one the engine lists
    const p = res.paths.find((x) => x.direction === dir && x.target === res.best[dir]) ?? res.paths[0]
    if (!p) throw new Error(`${c.id}: no path for documents`)
    return p.documents.slice(0, 2).map((d) => [rules[c.locale].document[d], ...(SHORT[c.locale][d] ?? [])])
  }

  const out = C.map((c, i) => {
    const res = results[plan[i].main]
    for (const k of ['jan', 'dec']) if (!same(results[plan[i][k]].best, res.best)) throw new Error(`${c.id}: best depends on the month of a bare year`)
    let answerIncludes = c.answerIncludes
    if (c.ask?.type === 'docs') answerIncludes = checklist(c, res)
    if (c.ask?.type === 'when') answerIncludes = opensAt(c, res, c.ask.month)
    const followUps = (c.followUps ?? []).map((f, j) => {
      if (f.type === 'when') return { say: f.say, expectIncludes: opensAt(c, res, f.month) }
      if (f.type === 'docs') return { say: f.say, expectIncludes: checklist(c, res) }
      if (f.type === 'thanks') return { say: f.say, expectIncludes: [THANKS[c.locale]], maxChars: 200 }
      if (f.type === 'exempt') {
        if (!res.paths.some((p) => p.theoryExamExempt)) throw new Error(`${c.id}: no exemption in the result`)
        return { say: f.say, expectIncludes: [EXEMPT[c.locale]] }
      }
      const fr = results[plan[i].fus[j]]
      if (same(fr.best, res.best)) throw new Error(`${c.id}: the ${f.type} changes nothing`)
      if (f.type === 'whatif') {
        const dir = fr.best.skill_to_title !== res.best.skill_to_title ? 'skill_to_title' : 'title_to_skill'
        return { say: f.say, expectIncludes: [LEVEL_NAMES[c.locale][fr.best[dir]]] }
      }
      if (f.type === 'fix') return { say: f.say, expectIncludes: [], best: fr.best, truth: f.truth }
      throw new Error(`${c.id}: follow-up type ${f.type}`)
    })
    return {
      id: c.id, locale: c.locale, kind: c.kind, open: c.open, answers: c.answers, best: res.best, truth: c.truth,
      ...(c.maxTurns ? { maxTurns: c.maxTurns } : {}), ...(c.interject ? { interject: c.interject } : {}),
      ...(answerIncludes ? { answerIncludes } : {}), ...(followUps.length ? { followUps } : {}),
    }
  })
  writeFileSync(join(root, file), JSON.stringify(out, null, 1) + '\n')
  const count = (f) => out.reduce((m, c) => { const k = f(c); m[k] = (m[k] ?? 0) + 1; return m }, {})
  console.log(`${out.length} conversations`, count((c) => c.kind), count((c) => c.locale), count((c) => c.truth.region),
    { followUps: out.filter((c) => c.followUps).length, maxTurns: out.filter((c) => c.maxTurns).length, interject: out.filter((c) => c.interject).length, answerIncludes: out.filter((c) => c.answerIncludes).length })
  console.log(count((c) => JSON.stringify(c.best)))
}
