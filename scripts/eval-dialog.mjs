#!/usr/bin/env node
// The held-out measure of the interview (issue 13): each conversation of test/heldout/dialog-conversations.json runs
// through the terminal channel as a person would answer it; prints right / wrong / looped per kind and per locale.
// A measure, not a gate: exit 0 whatever the score (2 only when the file is malformed). See test/heldout/README.md.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, dirname, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createInterface } from 'node:readline'
import { HELDOUT_AS_OF } from './heldoutMonth.mjs'

const HELP = `Usage: node scripts/eval-dialog.mjs [--summary] [--file cases.json] [--jobs N] [--batch N] [--only id,…] [--check-truth] [--reply-timeout S]
  --summary      only the aggregate figures (per kind, per locale, total): no case ids, no texts
  --file         the conversations (default test/heldout/dialog-conversations.json)
  --jobs         chat processes at once (default 2)
  --batch        conversations per chat process, 重新开始 / restart between them (default 1: a process each)
  --only         run only these case ids (for the set's author)
  --check-truth  run the rule engine on each case's "truth" and compare with its "best" (no chat)
  --trace        print every message and reply (with --only, for the set's author)
  --reply-timeout S  seconds to wait for one reply before the case counts wrong (default 20; raise it on a loaded machine)`

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const opt = { summary: false, file: join(root, 'test/heldout/dialog-conversations.json'), jobs: 2, batch: 1, only: null, checkTruth: false, trace: false, replyTimeout: 20 }
for (let i = 0; i < args.length; i++) {
  const a = args[i]
  if (a === '--summary') opt.summary = true
  else if (a === '--file') opt.file = resolve(args[++i] ?? '')
  else if (a === '--jobs') opt.jobs = Math.max(1, Number(args[++i]) || 1)
  else if (a === '--batch') opt.batch = Math.max(1, Number(args[++i]) || 1)
  else if (a === '--only') opt.only = new Set((args[++i] ?? '').split(','))
  else if (a === '--check-truth') opt.checkTruth = true
  else if (a === '--trace') opt.trace = true
  else if (a === '--reply-timeout') opt.replyTimeout = Math.max(1, Number(args[++i]) || 20)
  else if (a === '--help' || a === '-h') { console.log(HELP); process.exit(0) }
  else { console.error(`unexpected argument: ${a}\n${HELP}`); process.exit(2) }
}

const MAX_MESSAGES = 16 // a conversation without an answer after this many messages has looped
const LOCALES = ['zh-CN', 'en']
const LEVELS = [null, 'junior', 'assistant', 'intermediate', 'deputy_senior', 'full_senior',
  'junior_worker', 'intermediate_worker', 'senior_worker', 'technician', 'senior_technician']
// What a person says to a question the case did not foresee (as check-dialog.mjs does).
const DEFAULTS = {
  'zh-CN': { confirm: '对', relatedDiploma: '没有', techSchoolClass: '没有', 'titles.series': '工程系列', 'skills.occupation': '焊工', occupation: '焊工', series: '工程' },
  en: { confirm: 'yes', relatedDiploma: 'no', techSchoolClass: 'no', 'titles.series': 'engineering', 'skills.occupation': 'welder', occupation: 'welder', series: 'engineering' },
}
const DONT_KNOW = { 'zh-CN': '不知道', en: "I don't know" }
const RESTART = { 'zh-CN': '重新开始', en: 'restart' }

function malformed(msg) { console.error(`${opt.file}: ${msg}`); process.exit(2) }

// --- the file -------------------------------------------------------------------------------------------
let cases
try { cases = JSON.parse(readFileSync(opt.file, 'utf8')) } catch (e) { malformed(e.message) }
if (!Array.isArray(cases) || !cases.length) malformed('expected a non-empty array of conversations')
{
  const ids = new Set()
  const isStr = (x) => typeof x === 'string' && x.trim() !== ''
  const groupsOk = (g) => Array.isArray(g) && g.every((alts) => Array.isArray(alts) && alts.length && alts.every(isStr))
  cases.forEach((c, i) => {
    const at = `case ${i}${c && c.id ? ` (${c.id})` : ''}`
    if (!c || typeof c !== 'object') malformed(`${at}: not an object`)
    if (!isStr(c.id) || ids.has(c.id)) malformed(`${at}: id missing or repeated`)
    ids.add(c.id)
    if (!LOCALES.includes(c.locale)) malformed(`${at}: locale must be zh-CN or en`)
    if (!isStr(c.kind)) malformed(`${at}: kind missing`)
    if (!isStr(c.open)) malformed(`${at}: open missing`)
    if (!c.answers || typeof c.answers !== 'object' || !Object.values(c.answers).every(isStr)) malformed(`${at}: answers must map slots to texts`)
    if (!c.best || !('skill_to_title' in c.best) || !('title_to_skill' in c.best) || !LEVELS.includes(c.best.skill_to_title) || !LEVELS.includes(c.best.title_to_skill)) malformed(`${at}: best needs skill_to_title and title_to_skill (a level code or null)`)
    if (!c.truth || typeof c.truth !== 'object' || !isStr(c.truth.region)) malformed(`${at}: truth (the intended profile) missing`)
    if (c.maxTurns !== undefined && !(Number.isInteger(c.maxTurns) && c.maxTurns >= 1)) malformed(`${at}: maxTurns must be a positive integer`)
    if (c.answerIncludes !== undefined && !groupsOk(c.answerIncludes)) malformed(`${at}: answerIncludes must be [[alternatives…]…]`)
    for (const x of c.interject ?? []) if (!isStr(x.at) || !isStr(x.say)) malformed(`${at}: interject entries need at (a slot) and say`)
    for (const f of c.followUps ?? []) {
      if (!isStr(f.say) || !groupsOk(f.expectIncludes ?? null)) malformed(`${at}: followUps need say and expectIncludes [[alternatives…]…]`)
      if (f.best !== undefined && (!LEVELS.includes(f.best.skill_to_title) || !LEVELS.includes(f.best.title_to_skill))) malformed(`${at}: a follow-up's best needs both directions`)
      if (f.maxChars !== undefined && !(Number.isInteger(f.maxChars) && f.maxChars > 0)) malformed(`${at}: a follow-up's maxChars must be a positive integer`)
    }
  })
}
const selected = opt.only ? cases.filter((c) => opt.only.has(c.id)) : cases

// --- the truth check: the engine on each intended profile ----------------------------------------------
if (opt.checkTruth) {
  const profiles = selected.map((c) => ({ asOf: HELDOUT_AS_OF, ...c.truth }))
  const child = spawn('npm', ['run', '--silent', 'eligibility', '--', '-'], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] })
  let out = ''
  child.stdout.on('data', (d) => { out += d })
  child.stdin.end(JSON.stringify(profiles))
  await new Promise((r) => child.on('close', r))
  let results
  try { results = JSON.parse(out) } catch { malformed('the engine did not accept the truths: ' + out.slice(0, 300)) }
  let bad = 0
  selected.forEach((c, i) => {
    const got = results[i].best
    if (got.skill_to_title !== c.best.skill_to_title || got.title_to_skill !== c.best.title_to_skill) {
      bad++
      console.log(`${c.id}: truth gives ${JSON.stringify(got)}, best says ${JSON.stringify(c.best)}`)
    }
  })
  console.log(`truth: ${selected.length - bad}/${selected.length} cases' best agree with the engine on their truth`)
  process.exit(bad ? 1 : 0)
}

// --- one chat process per conversation (a fresh conversation each; about 1.5 s a process) -----------------------------------------------------------------
function session(locale, id) {
  const child = spawn('npm', ['run', '--silent', 'chat', '--', '--jsonl', '--as-of', HELDOUT_AS_OF, '--locale', locale], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] })
  const rl = createInterface({ input: child.stdout })
  const queue = [], waiters = []
  let stderr = ''
  child.stderr.on('data', (d) => { stderr += d })
  rl.on('line', (l) => { if (!l.trim()) return; if (waiters.length) waiters.shift()(l); else queue.push(l) })
  child.on('close', (code) => { while (waiters.length) waiters.shift()(JSON.stringify({ __exit: code })) })
  const next = () => new Promise((res, rej) => {
    if (queue.length) return res(queue.shift())
    const t = setTimeout(() => rej(new Error(`no reply in ${opt.replyTimeout} s` + (stderr ? ': ' + stderr.slice(-200) : ''))), opt.replyTimeout * 1000)
    waiters.push((l) => { clearTimeout(t); res(l) })
  })
  return {
    async say(text) {
      child.stdin.write(text.replace(/\n/g, ' ') + '\n')
      const line = await next()
      let o
      try { o = JSON.parse(line) } catch { throw new Error('not JSON: ' + line.slice(0, 120)) }
      if (o.__exit !== undefined) throw new Error(`chat exited ${o.__exit}: ${stderr.slice(-200)}`)
      if (opt.trace && !opt.summary) console.log(`[${id}] > ${text}\n[${id}] < (${o.requestedSlot}${o.result ? ', best ' + JSON.stringify(o.result.best) : ''}) ${texts(o).replace(/\n/g, '\n    ')}`)
      return o
    },
    close() { child.stdin.end(); return new Promise((r) => { child.on('close', r); setTimeout(() => { child.kill(); r(-1) }, 5000) }) },
  }
}
const texts = (o) => (o.replies ?? []).map((r) => r.text ?? '').join('\n')
const missing = (text, groups) => groups.filter((alts) => !alts.some((a) => text.includes(a))).map((alts) => alts.join(' | '))
const sameBest = (a, b) => (a?.skill_to_title ?? null) === b.skill_to_title && (a?.title_to_skill ?? null) === b.title_to_skill

/** What the person says to a question about these slots: the case's answer to each, in one message (a question that
 * asks the titles and the awards together gets both answers, as a person reading it gives them); one answer when
 * they are all the same words (没有 / 没有 → 没有). */
function answerTo(c, slots) {
  const said = slots.filter(Boolean).map((s) => c.answers[s] ?? DEFAULTS[c.locale][s]).filter(Boolean)
  if (!said.length) return DONT_KNOW[c.locale]
  return [...new Set(said)].join(c.locale === 'en' ? '; ' : '，')
}

/** Runs one conversation; returns { outcome: 'right'|'wrong'|'looped', why: [...] }. */
async function run(c, s) {
  const why = []
  try {
    let out = await s.say(c.open)
    let messages = 1
    const pending = [...(c.interject ?? [])]
    const asked = []
    // An interjection (small talk, a correction) is said when its slot is first asked; one whose slot was never
    // asked is said once the answer comes: then a new answer counts if one comes, a question is answered, and a
    // reply that neither answers nor asks (small talk) leaves the earlier answer standing.
    let answered = null
    while ((!out.result || pending.length) && messages < MAX_MESSAGES) {
      if (out.result) answered = out
      const slot = out.result ? null : out.requestedSlot
      if (!out.result) asked.push(slot)
      const i = out.result ? 0 : pending.findIndex((x) => x.at === slot)
      let say
      if (i >= 0) say = pending.splice(i, 1)[0].say
      else say = answerTo(c, [slot, ...(out.result ? [] : out.alsoRequested ?? [])])
      out = await s.say(say)
      messages++
      if (answered && !out.result && !out.requestedSlot && !pending.length) { out = answered; break }
    }
    if (!out.result) return { outcome: 'looped', why: [`no answer after ${messages} messages; asked ${asked.join(',')}`] }
    if (!sameBest(out.result.best, c.best)) why.push(`best ${JSON.stringify(out.result.best)} want ${JSON.stringify(c.best)}`)
    if (c.maxTurns && messages > c.maxTurns) why.push(`took ${messages} messages, want <= ${c.maxTurns}`)
    if (!texts(out).trim()) why.push('the answer has no text')
    if (c.answerIncludes) { const m = missing(texts(out), c.answerIncludes); if (m.length) why.push(`the answer does not say ${m.join('; ')}`) }
    let best = c.best
    for (const f of c.followUps ?? []) {
      const o = await s.say(f.say)
      const t = texts(o)
      if (!t.trim()) { why.push(`follow-up "${f.say}": empty reply`); continue }
      const m = missing(t, f.expectIncludes)
      if (m.length) why.push(`follow-up "${f.say}": reply does not say ${m.join('; ')}`)
      if (f.maxChars && t.length > f.maxChars) why.push(`follow-up "${f.say}": reply of ${t.length} characters, want <= ${f.maxChars}`)
      if (f.best) {
        best = f.best
        if (!o.result) why.push(`follow-up "${f.say}": no new answer`)
        else if (!sameBest(o.result.best, best)) why.push(`follow-up "${f.say}": best ${JSON.stringify(o.result.best)} want ${JSON.stringify(best)}`)
      } else if (o.result && !sameBest(o.result.best, best)) why.push(`follow-up "${f.say}": changed best to ${JSON.stringify(o.result.best)}`)
    }
    if (why.length) why.push(`(asked ${asked.join(',') || 'nothing'})`)
    return { outcome: why.length ? 'wrong' : 'right', why }
  } catch (e) {
    return { outcome: 'wrong', why: [e.message] }
  }
}

// Batches of one locale; within a batch each conversation after the first starts with 重新开始 / restart.
const results = new Array(selected.length)
{
  const batches = []
  for (const locale of LOCALES) {
    const idx = selected.map((c, i) => [c, i]).filter(([c]) => c.locale === locale).map(([, i]) => i)
    for (let k = 0; k < idx.length; k += opt.batch) batches.push(idx.slice(k, k + opt.batch))
  }
  let next = 0
  const worker = async () => {
    while (next < batches.length) {
      const batch = batches[next++]
      const s = session(selected[batch[0]].locale, selected[batch[0]].id)
      try {
        for (const [k, i] of batch.entries()) {
          if (k > 0) {
            try { await s.say(RESTART[selected[i].locale]) } catch (e) { results[i] = { outcome: 'wrong', why: ['restart: ' + e.message] }; continue }
          }
          results[i] = await run(selected[i], s)
        }
      } finally { await s.close() }
    }
  }
  await Promise.all(Array.from({ length: Math.min(opt.jobs, batches.length) }, worker))
}

// --- the figures ----------------------------------------------------------------------------------------
const tally = (key) => {
  const m = new Map()
  selected.forEach((c, i) => {
    const k = key(c)
    if (!m.has(k)) m.set(k, { right: 0, wrong: 0, looped: 0 })
    m.get(k)[results[i].outcome]++
  })
  return [...m.entries()].sort((a, b) => a[0].localeCompare(b[0]))
}
const row = (name, t) => {
  const n = t.right + t.wrong + t.looped
  return `${name.padEnd(14)} ${String(t.right).padStart(4)} ${String(t.wrong).padStart(6)} ${String(t.looped).padStart(7)} ${String(n).padStart(6)}   ${(100 * t.right / n).toFixed(0).padStart(3)}%`
}
const header = `${''.padEnd(14)} ${'right'.padStart(4)} ${'wrong'.padStart(6)} ${'looped'.padStart(7)} ${'cases'.padStart(6)}`
if (!opt.summary) {
  selected.forEach((c, i) => { if (results[i].outcome !== 'right') console.log(`${results[i].outcome.toUpperCase()} ${c.id} [${c.kind}, ${c.locale}]: ${results[i].why.join('; ')}`) })
  console.log('')
}
console.log('per kind\n' + header)
for (const [k, t] of tally((c) => c.kind)) console.log(row(k, t))
console.log('\nper locale\n' + header)
for (const [k, t] of tally((c) => c.locale)) console.log(row(k, t))
const total = { right: 0, wrong: 0, looped: 0 }
for (const r of results) total[r.outcome]++
console.log('\n' + row('total', total))
// A development set is not a held-out measure: the line names the set only when it is not under test/heldout.
const setName = relative(root, opt.file).startsWith('test/heldout/') ? 'held-out dialog' : `dialog (${relative(root, opt.file)}, not held out)`
console.log(`${setName}: ${total.right}/${selected.length} right, ${total.wrong} wrong, ${total.looped} looped (as of ${HELDOUT_AS_OF})`)
process.exit(0)
