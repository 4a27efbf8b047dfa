#!/usr/bin/env node
// Builds test/dev/dialog-conversations-fH.json (branch fH's development set, written on 2026-12-03 by the engineer
// fixing issue 13 items 2 and 8, what comes after the answer): how long is left or when a named level opens (the
// month the engine computes), the documents of a named path, a what-if with another competition result (medal,
// place), and corrections of a month or level with explanations around them (手滑打成…, 前面写错了, typo). People's
// words and facts (truth) by hand; every best, month and checklist from the engine.
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sk, comp, hon, T, when, docs, fix, whatIf, writeConversationSet } from '../heldout/conversationSet.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const Z = 'zh-CN'
const E = 'en'
const OK = { annualReviewsPassed: true, awards: [] }
const A = { titles: '无', annualReviewsPassed: '合格', awards: '无' }
const AE = { titles: 'none', annualReviewsPassed: 'yes', awards: 'none' }
const AT = { titles: '沒有', annualReviewsPassed: '都合格', awards: '沒有' }

// --- the people (first message, answers, truth) ----------------------------------------------------------------------
const P = {
  // 四川 高级工 2024-12: the nearest path opens 2026-12
  sc: { locale: Z, open: '成都的 高级工 2024年12月拿的 考核都合格 没职称 没奖', answers: { region: '成都', skills: '高级工', 'skills.since': '2024年12月', ...A },
    truth: T('sichuan', { skills: [sk('senior_worker', '2024-12')], titles: [], ...OK }) },
  scT: { locale: Z, open: '成都嘅，高級工，2024年12月拿嘅，考核合格，冇職稱，冇獎', answers: { region: '成都', skills: '高級工', 'skills.since': '2024年12月', ...AT },
    truth: T('sichuan', { skills: [sk('senior_worker', '2024-12')], titles: [], ...OK }) },
  scE: { locale: E, open: 'chengdu, senior worker cert since dec 2024, reviews all passed, no title, no awards', answers: { region: 'chengdu', skills: 'senior worker', 'skills.since': 'December 2024', ...AE },
    truth: T('sichuan', { skills: [sk('senior_worker', '2024-12')], titles: [], ...OK }) },
  // 江西 技师 2025-06: assistant 2027-06, intermediate 2028-06 (a duration said beside the date: the date counts)
  jx: { locale: Z, open: '南昌，技师，2025年6月拿的，考核合格，没有职称', answers: { region: '南昌', skills: '技师', 'skills.since': '2025年6月', ...A },
    truth: T('jiangxi', { skills: [sk('technician', '2025-06')], titles: [], ...OK }) },
  jxDur: { locale: Z, open: '赣州的，技师证拿了一年多了，是2025年6月考的，考核合格', answers: { region: '赣州', skills: '技师', 'skills.since': '2025年6月', ...A },
    truth: T('jiangxi', { skills: [sk('technician', '2025-06')], titles: [], ...OK }) },
  jxDur2: { locale: Z, open: '九江 技师 有一年半了吧 2025.6拿的 考核合格', answers: { region: '九江', skills: '技师', 'skills.since': '2025年6月', ...A },
    truth: T('jiangxi', { skills: [sk('technician', '2025-06')], titles: [], ...OK }) },
  jxE: { locale: E, open: 'nanchang, technician since june 2025, passed reviews, no title', answers: { region: 'nanchang', skills: 'technician', 'skills.since': 'June 2025', ...AE },
    truth: T('jiangxi', { skills: [sk('technician', '2025-06')], titles: [], ...OK }) },
  // 重庆 技师 2024-03: assistant now, intermediate 2027-03
  cq: { locale: Z, open: '重庆江北，技师，2024年3月，考核合格', answers: { region: '江北', skills: '技师', 'skills.since': '2024年3月', ...A },
    truth: T('chongqing', { skills: [sk('technician', '2024-03')], titles: [], ...OK }) },
  cqDur: { locale: Z, open: '重庆的 技师两年多了 24年3月拿的 考核合格', answers: { region: '重庆', skills: '技师', 'skills.since': '2024年3月', ...A },
    truth: T('chongqing', { skills: [sk('technician', '2024-03')], titles: [], ...OK }) },
  cqE: { locale: E, open: 'chongqing, technician, march 2024, reviews passed', answers: { region: 'chongqing', skills: 'technician', 'skills.since': 'March 2024', ...AE },
    truth: T('chongqing', { skills: [sk('technician', '2024-03')], titles: [], ...OK }) },
  // 四川 高级技师 2018-05 + 四川省技术能手: deputy senior
  scHon: { locale: Z, open: '德阳的，高级技师2018年5月拿的，考核合格，还是四川省技术能手，没职称', answers: { region: '德阳', skills: '高级技师', 'skills.since': '2018年5月', titles: '无', annualReviewsPassed: '合格', awards: '四川省技术能手' },
    truth: T('sichuan', { skills: [sk('senior_technician', '2018-05')], titles: [], annualReviewsPassed: true, awards: [hon('sichuan_technical_expert')] }) },
  scHonE: { locale: E, open: 'HR here. employee in deyang, senior technician since may 2018, reviews passed, Sichuan technical expert, no title', answers: { region: 'deyang', skills: 'senior technician', 'skills.since': 'May 2018', titles: 'none', annualReviewsPassed: 'yes', awards: 'Sichuan technical expert' },
    truth: T('sichuan', { skills: [sk('senior_technician', '2018-05')], titles: [], annualReviewsPassed: true, awards: [hon('sichuan_technical_expert')] }) },
  // 苏州 技师 2023-01: intermediate now
  sz: { locale: Z, open: '苏州昆山，技师，2023年1月拿证，考核合格，没职称', answers: { region: '昆山', skills: '技师', 'skills.since': '2023年1月', ...A },
    truth: T('suzhou', { skills: [sk('technician', '2023-01')], titles: [], ...OK }) },
  szT: { locale: Z, open: '蘇州吳江，技師，2023年1月取證，考核合格，沒職稱', answers: { region: '吳江', skills: '技師', 'skills.since': '2023年1月', ...AT },
    truth: T('suzhou', { skills: [sk('technician', '2023-01')], titles: [], ...OK }) },
  szE: { locale: E, open: 'suzhou kunshan, technician cert jan 2023, reviews passed, no title', answers: { region: 'kunshan', skills: 'technician', 'skills.since': 'January 2023', ...AE },
    truth: T('suzhou', { skills: [sk('technician', '2023-01')], titles: [], ...OK }) },
  // 苏州 技师 2025-03 + 世赛优胜奖
  ws: { locale: Z, open: '苏州工业园区，技师2025年3月，世界技能大赛优胜奖，个人赛，考核合格，没职称', answers: { region: '工业园区', skills: '技师', 'skills.since': '2025年3月', titles: '无', annualReviewsPassed: '合格', awards: '世界技能大赛优胜奖', 'awards.rank': '优胜奖', 'awards.teamSize': '个人' },
    truth: T('suzhou', { skills: [sk('technician', '2025-03')], titles: [], annualReviewsPassed: true, awards: [comp('worldskills', { medal: 'excellence' })] }) },
  wsE: { locale: E, open: 'suzhou, technician since march 2025, worldskills medallion for excellence, individual, reviews passed, no title', answers: { region: 'suzhou', skills: 'technician', 'skills.since': 'March 2025', titles: 'none', annualReviewsPassed: 'yes', awards: 'WorldSkills medallion for excellence', 'awards.rank': 'excellence', 'awards.teamSize': 'individual' },
    truth: T('suzhou', { skills: [sk('technician', '2025-03')], titles: [], annualReviewsPassed: true, awards: [comp('worldskills', { medal: 'excellence' })] }) },
}
const W = (medal) => T('suzhou', { skills: [sk('technician', '2025-03')], titles: [], annualReviewsPassed: true, awards: [comp('worldskills', { medal })] })
const CQ = (since) => T('chongqing', { skills: [sk('technician', since)], titles: [], ...OK })
const SZ = (since) => T('suzhou', { skills: [sk('technician', since)], titles: [], ...OK })

const F = [
  // --- how long is left / when a named level opens -------------------------------------------------------------------
  ['when', 'sc', when('还差好久嘛', '2026-12')],
  ['when', 'sc', when('那还要等多久啊', '2026-12')],
  ['when', 'sc', when('还得熬多长时间', '2026-12')],
  ['when', 'sc', when('还差几个月', '2026-12')],
  ['when', 'sc', when('离能报还有多久', '2026-12')],
  ['when', 'sc', when('助工几月份能报', '2026-12')],
  ['when', 'scT', when('還要等多久', '2026-12')],
  ['when', 'scT', when('還差幾個月先可以報', '2026-12')],
  ['when', 'scE', when('how much longer do i have to wait', '2026-12')],
  ['when', 'scE', when('how many months left?', '2026-12')],
  ['when', 'jx', when('中级哪年哪月能报', '2028-06')],
  ['when', 'jx', when('评工程师要等到啥时候', '2028-06')],
  ['when', 'jx', when('助理工程师最早几月可以申报', '2027-06')],
  ['when', 'jxDur', when('那中级呢，哪个月能报', '2028-06')],
  ['when', 'jxDur', when('还差多久能报助工', '2027-06')],
  ['when', 'jxDur2', when('工程师啥时候够年限', '2028-06')],
  ['when', 'jxE', when('what month can i apply for intermediate', '2028-06')],
  ['when', 'jxE', when('and the engineer title, when exactly?', '2028-06')],
  ['when', 'cq', when('中级还要多久', '2027-03')],
  ['when', 'cqDur', when('工程师哪年能评', '2027-03')],
  ['when', 'cqE', when('how long until i can go for intermediate', '2027-03')],
  ['when', 'cq', when('评中级还差好久', '2027-03')],
  // --- the documents of a named path ------------------------------------------------------------------------------
  ['docs', 'scHon', docs('副高那条材料清单发我一下')],
  ['docs', 'scHon', docs('高工那个要交哪些材料')],
  ['docs', 'scHon', docs('评高级工程师那条要准备什么东西')],
  ['docs', 'scHon', docs('副高的材料有哪些')],
  ['docs', 'scHon', docs('那就报高工，材料列一下')],
  ['docs', 'scHon', docs('高级工程师那个路径要带啥子')],
  ['docs', 'scHonE', docs('send me the checklist for the senior engineer route')],
  ['docs', 'scHonE', docs('what documents for the deputy senior path?')],
  ['docs', 'cq', docs('助工那条要带啥材料')],
  ['docs', 'cq', docs('助理工程师那个的材料清单给我')],
  ['docs', 'cq', docs('报助工需要准备哪些资料')],
  ['docs', 'cqE', docs('documents for the assistant engineer one please')],
  ['docs', 'cqE', docs('what paperwork do i need for assistant engineer')],
  ['docs', 'sz', docs('中级那条的材料发我看看')],
  ['docs', 'sz', docs('工程师那个要交些什么')],
  ['docs', 'sz', docs('评中级要带的材料列给我')],
  ['docs', 'szT', docs('中級那條要帶咩材料')],
  ['docs', 'szT', docs('工程師那個材料清單發我一下')],
  ['docs', 'szE', docs('list the documents for the intermediate title')],
  ['docs', 'szE', docs('which papers for the engineer path?')],
  ['docs', 'sz', docs('那中级的申报材料呢')],
  // --- what if the competition result had been another ---------------------------------------------------------------
  ['whatif', 'ws', whatIf('要是当时拿的是铜牌呢', W('bronze'))],
  ['whatif', 'ws', whatIf('如果拿了银牌呢', W('silver'))],
  ['whatif', 'ws', whatIf('假如是金牌能评啥', W('gold'))],
  ['whatif', 'ws', whatIf('要是我得的是铜奖呢', W('bronze'))],
  ['whatif', 'ws', whatIf('万一当时拿了块铜牌，能报到哪', W('bronze'))],
  ['whatif', 'ws', whatIf('如果不是优胜奖而是银牌呢', W('silver'))],
  ['whatif', 'ws', whatIf('那要是拿到金牌了呢', W('gold'))],
  ['whatif', 'ws', whatIf('假设我世赛拿的铜牌', W('bronze'))],
  ['whatif', 'ws', whatIf('要是当年拿个第三名呢', W('bronze'))],
  ['whatif', 'ws', whatIf('如果得了第二名呢', W('silver'))],
  ['whatif', 'ws', whatIf('要是拿了冠军呢', W('gold'))],
  ['whatif', 'ws', whatIf('假如當時拿的是銅牌呢', W('bronze'))],
  ['whatif', 'ws', whatIf('如果是銀牌會怎樣', W('silver'))],
  ['whatif', 'wsE', whatIf('what if i had won bronze instead', W('bronze'))],
  ['whatif', 'wsE', whatIf('and if it had been a silver medal?', W('silver'))],
  ['whatif', 'wsE', whatIf('suppose i got gold', W('gold'))],
  ['whatif', 'wsE', whatIf('what if I placed third?', W('bronze'))],
  ['whatif', 'wsE', whatIf('hypothetically, a bronze medal - what then', W('bronze'))],
  ['whatif', 'wsE', whatIf('what if it was silver', W('silver'))],
  ['whatif', 'ws', whatIf('要是铜牌的话能评到哪一级', W('bronze'))],
  // --- corrections of a month or a level, with explanations around them ----------------------------------------------
  ['correction', 'cq', fix('哦不对不对，技师是2022年3月拿的，我手滑打成2024了', CQ('2022-03'))],
  ['correction', 'cq', fix('不好意思，前面写错了，技师证是2022年3月的', CQ('2022-03'))],
  ['correction', 'cq', fix('刚才手误，应该是2022年3月，不是2024', CQ('2022-03'))],
  ['correction', 'cq', fix('等下，年份打错了，是22年3月拿的技师', CQ('2022-03'))],
  ['correction', 'cq', fix('更正一下，技师是2022年3月取得的，前面打错了', CQ('2022-03'))],
  ['correction', 'cq', fix('哎呀我打错了，是2022年3月不是2024年3月', CQ('2022-03'))],
  ['correction', 'cq', fix('技师时间说错了 是2022年3月 刚才口误', CQ('2022-03'))],
  ['correction', 'cqE', fix('sorry, typo - the technician cert is from march 2022, not 2024', CQ('2022-03'))],
  ['correction', 'cqE', fix('oops i typed 2024 but it was march 2022', CQ('2022-03'))],
  ['correction', 'cqE', fix('correction: technician since 2022-03, I mistyped the year earlier', CQ('2022-03'))],
  ['correction', 'sz', fix('更正一下，证书是2023年12月拿的，不是1月，前面打错了', SZ('2023-12'))],
  ['correction', 'sz', fix('不对，拿证是2023年12月，我刚才写成1月了', SZ('2023-12'))],
  ['correction', 'sz', fix('说错了，是23年12月，不是1月份', SZ('2023-12'))],
  ['correction', 'sz', fix('月份打错了哈，应该是12月', SZ('2023-12'))],
  ['correction', 'sz', fix('纠正一下，技师证是2023年12月才拿到的，前面手滑了', SZ('2023-12'))],
  ['correction', 'sz', fix('哦对了 前面那个日期不对 是2023年12月', SZ('2023-12'))],
  ['correction', 'szT', fix('更正一下，證書係2023年12月攞嘅，唔係1月，頭先打錯咗', SZ('2023-12'))],
  ['correction', 'szT', fix('不對，是2023年12月拿證的，前面寫錯了', SZ('2023-12'))],
  ['correction', 'szE', fix('sorry my mistake, the cert is from december 2023 not january', SZ('2023-12'))],
  ['correction', 'szE', fix('wait, I got the month wrong earlier: it was december 2023', SZ('2023-12'))],
  ['correction', 'szE', fix('correction - dec 2023, not jan. fat-fingered it', SZ('2023-12'))],
]

const count = {}
const C = F.map(([kind, p, f]) => {
  count[kind] = (count[kind] ?? 0) + 1
  const base = P[p]
  return { id: `dfH-${kind}-${String(count[kind]).padStart(2, '0')}`, locale: base.locale, kind, open: base.open, answers: base.answers, truth: base.truth, maxTurns: 4, followUps: [f] }
})

writeConversationSet(C, { root, asOf: '2026-11', file: 'test/dev/dialog-conversations-fH.json' })
