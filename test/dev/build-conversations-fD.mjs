#!/usr/bin/env node
// Builds test/dev/dialog-conversations-fD.json (branch fD, 2026-12-03, issue 13): people's words for the lexicon of
// the understanding: correction markers (打错字了, typo), levels not held yet (还没考, yet to sit), levels striven for
// (争取, 冲一把, going for), place names that are also words (朝阳), seasons and vague times (2023年夏天, 春节后),
// and years not yet reached (差不多十年, nearly ten years). Words and truths by hand; every best from the engine.
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sk, T, fix, writeConversationSet } from '../heldout/conversationSet.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const AS_OF = '2026-11'
const Z = 'zh-CN'
const E = 'en'
const OK = { annualReviewsPassed: true, awards: [] }
const NO = { titles: '没有', annualReviewsPassed: '合格', awards: '没有' }
const NO_EN = { titles: 'no', annualReviewsPassed: 'yes', awards: 'no' }
const C = [
  // --- correction markers --------------------------------------------------------------------------------------
  { id: 'dfD-fix-01', locale: Z, kind: 'correction', open: '重庆的 高级工2018年 技师2022年',
    answers: { region: '重庆', skills: '高级工', 'skills.since': '2018年', ...NO },
    interject: [{ at: 'titles', say: '打错字了 技师应该是2021年3月 职称没有' }],
    truth: T('chongqing', { skills: [sk('senior_worker', '2018-06'), sk('technician', '2021-03')], titles: [], ...OK }) },
  { id: 'dfD-fix-02', locale: Z, kind: 'correction', open: '成都 高级工 2026年5月',
    answers: { region: '成都', skills: '高级工', 'skills.since': '2026年5月', ...NO },
    followUps: [fix('输错了 高级工是2020年5月', T('sichuan', { skills: [sk('senior_worker', '2020-05')], titles: [], ...OK }))],
    truth: T('sichuan', { skills: [sk('senior_worker', '2026-05')], titles: [], ...OK }) },
  { id: 'dfD-fix-03', locale: Z, kind: 'correction', open: '沈阳 高级工2022年3月 技师2017年3月',
    answers: { region: '沈阳', skills: '技师', 'skills.since': '2017年3月', ...NO },
    interject: [{ at: 'titles', say: '说反了 高级工是2017年3月 技师是2022年3月 没有职称' }],
    truth: T('liaoning', { skills: [sk('senior_worker', '2017-03'), sk('technician', '2022-03')], titles: [], ...OK }) },
  { id: 'dfD-fix-04', locale: E, kind: 'correction', open: 'Chengdu, senior worker since March 2026',
    answers: { region: 'Chengdu', skills: 'senior worker', 'skills.since': 'March 2026', ...NO_EN },
    followUps: [fix('typo, the senior worker cert is from March 2020', T('sichuan', { skills: [sk('senior_worker', '2020-03')], titles: [], ...OK }))],
    truth: T('sichuan', { skills: [sk('senior_worker', '2026-03')], titles: [], ...OK }) },
  { id: 'dfD-fix-05', locale: E, kind: 'correction', open: 'HR here. our welder in Suzhou: senior worker June 2026',
    answers: { region: 'Suzhou', skills: 'senior worker', 'skills.since': 'June 2026', 'skills.occupation': 'welder', ...NO_EN },
    followUps: [fix('I typed it wrong, senior worker since June 2019', T('suzhou', { skills: [sk('senior_worker', '2019-06', '焊工')], titles: [], ...OK }))],
    truth: T('suzhou', { skills: [sk('senior_worker', '2026-06', '焊工')], titles: [], ...OK }) },
  { id: 'dfD-fix-06', locale: Z, kind: 'correction', open: '南昌的 高級工 2026年6月',
    answers: { region: '南昌', skills: '高级工', 'skills.since': '2026年6月', ...NO },
    followUps: [fix('剛才寫錯了 高級工是2019年6月', T('jiangxi', { skills: [sk('senior_worker', '2019-06')], titles: [], ...OK }))],
    truth: T('jiangxi', { skills: [sk('senior_worker', '2026-06')], titles: [], ...OK }) },

  // --- not held yet ------------------------------------------------------------------------------------------------
  { id: 'dfD-notheld-01', locale: Z, kind: 'notheld', open: '重庆 高级工2019年6月 技师还没考',
    answers: { region: '重庆', skills: '高级工', 'skills.since': '2019年6月', ...NO },
    truth: T('chongqing', { skills: [sk('senior_worker', '2019-06')], titles: [], ...OK }) },
  { id: 'dfD-notheld-02', locale: Z, kind: 'notheld', open: '我们员工在绵阳 高级工是21年5月拿的 技师没去考',
    answers: { region: '绵阳', skills: '高级工', 'skills.since': '2021年5月', ...NO },
    truth: T('sichuan', { skills: [sk('senior_worker', '2021-05')], titles: [], ...OK }) },
  { id: 'dfD-notheld-03', locale: Z, kind: 'notheld', open: '大连的 高级工2020年4月 技师明年准备考',
    answers: { region: '大连', skills: '高级工', 'skills.since': '2020年4月', ...NO },
    truth: T('liaoning', { skills: [sk('senior_worker', '2020-04')], titles: [], ...OK }) },
  { id: 'dfD-notheld-04', locale: E, kind: 'notheld', open: "senior worker since May 2020 in Chongqing, haven't taken the technician exam yet",
    answers: { region: 'Chongqing', skills: 'senior worker', 'skills.since': 'May 2020', ...NO_EN },
    truth: T('chongqing', { skills: [sk('senior_worker', '2020-05')], titles: [], ...OK }) },
  { id: 'dfD-notheld-05', locale: E, kind: 'notheld', open: 'Kunshan, senior worker Sept 2021, yet to sit the technician exam',
    answers: { region: 'Kunshan', skills: 'senior worker', 'skills.since': 'September 2021', 'skills.occupation': 'electrician', ...NO_EN },
    truth: T('suzhou', { skills: [sk('senior_worker', '2021-09', '电工')], titles: [], ...OK }) },
  { id: 'dfD-notheld-06', locale: Z, kind: 'notheld', open: '九江 高級工2018年3月 技師證目前還沒拿到',
    answers: { region: '九江', skills: '高级工', 'skills.since': '2018年3月', ...NO },
    truth: T('jiangxi', { skills: [sk('senior_worker', '2018-03')], titles: [], ...OK }) },

  // --- striven for ---------------------------------------------------------------------------------------------------
  { id: 'dfD-wish-01', locale: Z, kind: 'wish', open: '宜宾 技师2020年7月 今年争取评工程师',
    answers: { region: '宜宾', skills: '技师', 'skills.since': '2020年7月', ...NO },
    truth: T('sichuan', { skills: [sk('technician', '2020-07')], titles: [], ...OK }) },
  { id: 'dfD-wish-02', locale: Z, kind: 'wish', open: '想冲一把高级技师 现在是技师 2019年10月的 在鞍山',
    answers: { region: '鞍山', skills: '技师', 'skills.since': '2019年10月', ...NO },
    truth: T('liaoning', { skills: [sk('technician', '2019-10')], titles: [], ...OK }) },
  { id: 'dfD-wish-03', locale: Z, kind: 'wish', open: '江北 高级工2022年1月 拼一下技师',
    answers: { region: '江北', skills: '高级工', 'skills.since': '2022年1月', ...NO },
    truth: T('chongqing', { skills: [sk('senior_worker', '2022-01')], titles: [], ...OK }) },
  { id: 'dfD-wish-04', locale: E, kind: 'wish', open: "going for senior technician, I'm a technician since Oct 2018, Shenyang",
    answers: { region: 'Shenyang', skills: 'technician', 'skills.since': 'October 2018', ...NO_EN },
    truth: T('liaoning', { skills: [sk('technician', '2018-10')], titles: [], ...OK }) },
  { id: 'dfD-wish-05', locale: E, kind: 'wish', open: 'Nanchang. hoping to get the engineer title, technician since 2021 April',
    answers: { region: 'Nanchang', skills: 'technician', 'skills.since': 'April 2021', ...NO_EN },
    truth: T('jiangxi', { skills: [sk('technician', '2021-04')], titles: [], ...OK }) },
  { id: 'dfD-wish-06', locale: Z, kind: 'wish', open: '力爭明年拿到高級技師 技師2021年2月 蘇州吳中 電工',
    answers: { region: '吴中', skills: '技师', 'skills.since': '2021年2月', 'skills.occupation': '电工', ...NO },
    truth: T('suzhou', { skills: [sk('technician', '2021-02', '电工')], titles: [], ...OK }) },

  // --- place names that are also words -------------------------------------------------------------------------------
  { id: 'dfD-place-01', locale: Z, kind: 'place', open: '朝阳的 技师 2020年11月',
    answers: { region: '朝阳', skills: '技师', 'skills.since': '2020年11月', ...NO },
    truth: T('liaoning', { skills: [sk('technician', '2020-11')], titles: [], ...OK }) },
  { id: 'dfD-place-02', locale: Z, kind: 'place', open: '我在朝阳上班 高级工 2021年8月',
    answers: { region: '朝阳', skills: '高级工', 'skills.since': '2021年8月', ...NO },
    truth: T('liaoning', { skills: [sk('senior_worker', '2021-08')], titles: [], ...OK }) },
  { id: 'dfD-place-03', locale: Z, kind: 'place', open: '朝阳这边的 技师22年3月',
    answers: { region: '朝阳', skills: '技师', 'skills.since': '2022年3月', ...NO },
    truth: T('liaoning', { skills: [sk('technician', '2022-03')], titles: [], ...OK }) },
  { id: 'dfD-place-04', locale: Z, kind: 'place', open: '我们车间有三台数控机床 我是技师 2021年6月 在沈阳',
    answers: { region: '沈阳', skills: '技师', 'skills.since': '2021年6月', ...NO },
    truth: T('liaoning', { skills: [sk('technician', '2021-06')], titles: [], ...OK }) },
  { id: 'dfD-place-05', locale: Z, kind: 'place', open: '都说技能人才是朝阳产业 我是高级技师 2019年5月',
    answers: { region: '重庆', skills: '高级技师', 'skills.since': '2019年5月', ...NO },
    truth: T('chongqing', { skills: [sk('senior_technician', '2019-05')], titles: [], ...OK }) },

  { id: 'dfD-place-06', locale: Z, kind: 'place', open: '领导说了也不会理 我自己问 高级工2020年3月 在重庆渝北',
    answers: { region: '渝北', skills: '高级工', 'skills.since': '2020年3月', ...NO },
    truth: T('chongqing', { skills: [sk('senior_worker', '2020-03')], titles: [], ...OK }) },

  // --- seasons and vague times ------------------------------------------------------------------------------------------
  { id: 'dfD-season-01', locale: Z, kind: 'season', open: '重庆 技师是2023年夏天拿的',
    answers: { region: '重庆', skills: '技师', 'skills.since': '2023年夏天', ...NO },
    truth: T('chongqing', { skills: [sk('technician', '2023-08')], titles: [], ...OK }) },
  { id: 'dfD-season-02', locale: Z, kind: 'season', open: '高级工 24年春节后拿的 在营口',
    answers: { region: '营口', skills: '高级工', 'skills.since': '2024年春节后', ...NO },
    truth: T('liaoning', { skills: [sk('senior_worker', '2024-03')], titles: [], ...OK }) },
  { id: 'dfD-season-03', locale: Z, kind: 'season', open: '泸州 高级技师 2020年下半年考的',
    answers: { region: '泸州', skills: '高级技师', 'skills.since': '2020年下半年', ...NO },
    truth: T('sichuan', { skills: [sk('senior_technician', '2020-12')], titles: [], ...OK }) },
  { id: 'dfD-season-04', locale: E, kind: 'season', open: 'Chongqing, got the technician in the summer of 2023',
    answers: { region: 'Chongqing', skills: 'technician', 'skills.since': 'summer 2023', ...NO_EN },
    truth: T('chongqing', { skills: [sk('technician', '2023-08')], titles: [], ...OK }) },
  { id: 'dfD-season-05', locale: Z, kind: 'season', open: '赣州 技师 二零二二年秋天',
    answers: { region: '赣州', skills: '技师', 'skills.since': '2022年秋天', ...NO },
    truth: T('jiangxi', { skills: [sk('technician', '2022-11')], titles: [], ...OK }) },

  // --- years not yet reached -----------------------------------------------------------------------------------------------
  { id: 'dfD-nearly-01', locale: Z, kind: 'nearly', open: '重庆 高级工2019年6月 干这行差不多十年了',
    answers: { region: '重庆', skills: '高级工', 'skills.since': '2019年6月', workYears: '差不多十年', ...NO },
    truth: T('chongqing', { skills: [sk('senior_worker', '2019-06')], titles: [], workYears: 9, ...OK }) },
  { id: 'dfD-nearly-02', locale: E, kind: 'nearly', open: 'Shenyang, technician since June 2020, nearly 10 years in the trade',
    answers: { region: 'Shenyang', skills: 'technician', 'skills.since': 'June 2020', workYears: 'nearly 10 years', ...NO_EN },
    truth: T('liaoning', { skills: [sk('technician', '2020-06')], titles: [], workYears: 9, ...OK }) },
  { id: 'dfD-nearly-03', locale: Z, kind: 'nearly', open: '成都 技師 2019年8月 幹了快八年',
    answers: { region: '成都', skills: '技师', 'skills.since': '2019年8月', workYears: '快八年', ...NO },
    truth: T('sichuan', { skills: [sk('technician', '2019-08')], titles: [], workYears: 7, ...OK }) },
  { id: 'dfD-nearly-04', locale: E, kind: 'nearly', open: 'senior worker Nanchang May 2018, almost 12 years of work',
    answers: { region: 'Nanchang', skills: 'senior worker', 'skills.since': 'May 2018', workYears: 'almost 12 years', ...NO_EN },
    truth: T('jiangxi', { skills: [sk('senior_worker', '2018-05')], titles: [], workYears: 11, ...OK }) },
]

writeConversationSet(C, { root, asOf: AS_OF, file: 'test/dev/dialog-conversations-fD.json' })
