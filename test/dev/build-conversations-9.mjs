#!/usr/bin/env node
// Builds test/dev/dialog-conversations-9.json (development set 9, phone-typed, written on 2026-12-02 by the engineer
// fixing set 7's misses): people's words and facts (truth) by hand; every best, month and checklist from the engine.
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sk, ti, N, T, when, docs, bye, fix, ASK_DOCS, writeConversationSet } from '../heldout/conversationSet.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const AS_OF = '2026-11'
const Z = 'zh-CN'
const E = 'en'
const OK = { annualReviewsPassed: true, awards: [] }
const NONE = { titles: '没有', annualReviewsPassed: '合格', awards: '没有' }
const C = [
  // --- dialect: 四川 / 重庆 (莫得, 要得不, 咋个, 啥子, 好久), 东北 (木有, 整, 俺), 吴语 (阿是, 伐, 呒没, 个), 赣 (冇) ----------
  { id: 'd9-dialect-01', locale: Z, kind: 'dialect', open: '沙坪坝的 技师 二一年五月拿的 没得职称 能评个啥子',
    answers: { region: '沙坪坝', skills: '技师', 'skills.since': '2021年5月', titles: '没得', annualReviewsPassed: '都合格', awards: '莫得' },
    truth: T('chongqing', { skills: [sk('technician', '2021-05')], titles: [], ...OK }) },
  { id: 'd9-dialect-02', locale: Z, kind: 'dialect', open: '我在绵阳 高级工 前年十月份考的 想问下助工要得不',
    answers: { region: '绵阳', skills: '高级工', 'skills.since': '2024年10月', titles: '莫得', annualReviewsPassed: '都过了', awards: '莫得' },
    truth: T('sichuan', { skills: [sk('senior_worker', '2024-10')], titles: [], ...OK }) },
  { id: 'd9-dialect-03', locale: Z, kind: 'dialect', open: '沈阳铁西的 高级技师 一八年整下来的 高工能整不',
    answers: { region: '铁西', skills: '高级技师', 'skills.since': '2018年', titles: '木有', annualReviewsPassed: '年年都合格', awards: '木有' },
    truth: T('liaoning', { skills: [sk('senior_technician', '2018-06')], titles: [], ...OK }) },
  { id: 'd9-dialect-04', locale: Z, kind: 'dialect', open: '苏州相城 焊工 高级工2020年 阿是可以报助理工程师',
    answers: { region: '相城', skills: '高级工', 'skills.since': '2020年', 'skills.occupation': '焊工', titles: '呒没', annualReviewsPassed: '合格个', awards: '呒没' },
    truth: T('suzhou', { skills: [sk('senior_worker', '2020-06', '焊工')], titles: [], ...OK }) },
  { id: 'd9-dialect-05', locale: Z, kind: 'dialect', open: '南昌 技师证 2022.8 冇职称 考核都合格 冇得过奖',
    answers: { region: '南昌', skills: '技师', 'skills.since': '2022年8月', titles: '冇', annualReviewsPassed: '合格', awards: '冇' },
    truth: T('jiangxi', { skills: [sk('technician', '2022-08')], titles: [], ...OK }), maxTurns: 2 },
  { id: 'd9-dialect-06', locale: Z, kind: 'dialect', open: '俺是鞍山的 技师 二二年七月的 职称木有 能整个工程师不',
    answers: { region: '鞍山', skills: '技师', 'skills.since': '2022年7月', titles: '木有', annualReviewsPassed: '都合格', awards: '木有' },
    truth: T('liaoning', { skills: [sk('technician', '2022-07')], titles: [], ...OK }) },
  { id: 'd9-dialect-07', locale: Z, kind: 'dialect', open: '自贡 高级技师 17年 咋个评副高嘛',
    answers: { region: '自贡', skills: '高级技师', 'skills.since': '2017年', titles: '没有', annualReviewsPassed: '都合格', awards: '没得' },
    truth: T('sichuan', { skills: [sk('senior_technician', '2017-06')], titles: [], ...OK }) },
  { id: 'd9-dialect-08', locale: Z, kind: 'dialect', open: '昆山 电工 技师 19年 能直接评工程师伐',
    answers: { region: '昆山', skills: '技师', 'skills.since': '2019年', 'skills.occupation': '电工', titles: '呒没', annualReviewsPassed: '都合格', awards: '呒没' },
    truth: T('suzhou', { skills: [sk('technician', '2019-06', '电工')], titles: [], ...OK }) },
  { id: 'd9-dialect-09', locale: Z, kind: 'dialect', open: '苏州园区个 高级技师 2018年 电工 阿好评高级工程师',
    answers: { region: '苏州工业园区', skills: '高级技师', 'skills.since': '2018年', 'skills.occupation': '电工', titles: '呒没', annualReviewsPassed: '合格', awards: '呒没' },
    truth: T('suzhou', { skills: [sk('senior_technician', '2018-06', '电工')], titles: [], ...OK }) },
  { id: 'd9-dialect-10', locale: Z, kind: 'dialect', open: '嗯 我是江北的 高级工 去年三月的',
    answers: { region: '江北', skills: '高级工', 'skills.since': '2025年3月', titles: '没得嘛', annualReviewsPassed: '合格的嘛', awards: '没得奖' },
    truth: T('chongqing', { skills: [sk('senior_worker', '2025-03')], titles: [], ...OK }),
    followUps: [when('那助工好久可以报', '2027-03')] },
  { id: 'd9-dialect-11', locale: Z, kind: 'dialect', open: '我现在是高级工 想整个技师 在盘锦 高级工是2020年的',
    answers: { region: '盘锦', skills: '高级工', 'skills.since': '2020年', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('liaoning', { skills: [sk('senior_worker', '2020-06')], titles: [], ...OK }) },
  { id: 'd9-dialect-12', locale: Z, kind: 'dialect', open: '宜宾 工程师 2018年评的 技能证莫得 能认定技师不',
    answers: { region: '宜宾', skills: '莫得', titles: '工程师', 'titles.since': '2018年', annualReviewsPassed: '合格', awards: '莫得' },
    truth: T('sichuan', { skills: [], titles: [ti('intermediate', '2018-06')], ...OK }) },

  // --- input-method slips and homophones (攻 for 工, 支撑 for 职称, 工程式, 考合, truncations) -------------------------------
  { id: 'd9-slip-01', locale: Z, kind: 'slip', open: '我是高级攻 23年3月 重庆江北 没有支撑',
    answers: { region: '江北', skills: '高级工', 'skills.since': '2023年3月', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('chongqing', { skills: [sk('senior_worker', '2023-03')], titles: [], ...OK }) },
  { id: 'd9-slip-02', locale: Z, kind: 'slip', open: '成都 技师 2020年6月 想评中级工程',
    answers: { region: '成都', skills: '技师', 'skills.since': '2020年6月', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('sichuan', { skills: [sk('technician', '2020-06')], titles: [], ...OK }) },
  { id: 'd9-slip-03', locale: Z, kind: 'slip', open: '大连 技师 2021年3月',
    answers: { region: '大连', skills: '技师', 'skills.since': '2021年3月', titles: 'meiyou', annualReviewsPassed: 'dou hege', awards: 'mei you' },
    truth: T('liaoning', { skills: [sk('technician', '2021-03')], titles: [], ...OK }) },
  { id: 'd9-slip-04', locale: Z, kind: 'slip', open: '九江 高级技师 2019年4月 年度考合都合格 没有职称',
    answers: { region: '九江', skills: '高级技师', 'skills.since': '2019年4月', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('jiangxi', { skills: [sk('senior_technician', '2019-04')], titles: [], ...OK }) },
  { id: 'd9-slip-05', locale: Z, kind: 'slip', open: '德阳 技师 2024 3 没职称',
    answers: { region: '德阳', skills: '技师', 'skills.since': '2024年3月', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('sichuan', { skills: [sk('technician', '2024-03')], titles: [], ...OK }),
    followUps: [when('工程师几时能报', '2027-03')] },
  { id: 'd9-slip-06', locale: Z, kind: 'slip', open: '萍乡 助里工程师 20年评的 想考技师',
    answers: { region: '萍乡', skills: '没有', titles: '助理工程师', 'titles.since': '2020年', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('jiangxi', { skills: [], titles: [ti('assistant', '2020-06')], ...OK }) },

  // --- voice-to-text: run-ons, fillers, numbers in words, ASR homophones ---------------------------------------------
  { id: 'd9-voice-01', locale: Z, kind: 'voice', open: '喂你好我想问一下我是在江西九江那个高级工是二零二三年的十二月份拿的然后没有职称那个助理工程师什么时候可以评',
    answers: { region: '九江', skills: '高级工', 'skills.since': '2023年12月', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('jiangxi', { skills: [sk('senior_worker', '2023-12')], titles: [], ...OK }) },
  { id: 'd9-voice-02', locale: Z, kind: 'voice', open: '我是重庆万州的嗯我的技师证是二零一九年拿的然后呢我现在想评那个工程式',
    answers: { region: '万州', skills: '技师', 'skills.since': '2019年', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('chongqing', { skills: [sk('technician', '2019-06')], titles: [], ...OK }) },
  { id: 'd9-voice-03', locale: Z, kind: 'voice', open: '辽阳的高级工二零年的技师是二四年五月份的想评工程师',
    answers: { region: '辽阳', skills: '高级工和技师', 'skills.since': '2024年5月', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('liaoning', { skills: [sk('senior_worker', '2020-06'), sk('technician', '2024-05')], titles: [], ...OK }),
    followUps: [when('那工程师得等到啥时候', '2027-05')] },
  { id: 'd9-voice-04', locale: Z, kind: 'voice', open: '那个就是我们厂说我能评工程师我是赣州的技师一九年拿的真的假的',
    answers: { region: '赣州', skills: '技师', 'skills.since': '2019年', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('jiangxi', { skills: [sk('technician', '2019-06')], titles: [], ...OK }) },
  { id: 'd9-voice-05', locale: Z, kind: 'voice', open: '你好我在四川乐山上班技师拿证三年多了没有评过职称考核都是合格的',
    answers: { region: '乐山', skills: '技师', 'skills.since': '2023年5月', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('sichuan', { skills: [sk('technician', '2023-05')], titles: [], ...OK }) },

  // --- corrections typed fast ----------------------------------------------------------------------------------
  { id: 'd9-fix-01', locale: Z, kind: 'correction', open: '綦江 技师 21年 哦打错了 是22年',
    answers: { region: '綦江', skills: '技师', 'skills.since': '2022年', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('chongqing', { skills: [sk('technician', '2022-06')], titles: [], ...OK }) },
  { id: 'd9-fix-02', locale: Z, kind: 'correction', open: '营口 高级工 2023年4月',
    answers: { region: '营口', skills: '高级工', 'skills.since': '2023年4月', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('liaoning', { skills: [sk('senior_worker', '2023-04')], titles: [], ...OK }),
    followUps: [fix('不对 打错了 是技师证', T('liaoning', { skills: [sk('technician', '2023-04')], titles: [], ...OK }))] },
  { id: 'd9-fix-03', locale: Z, kind: 'correction', open: '吴中区 高级工 21年9月 钳工 没有职称 去年考核基本合格',
    answers: { region: '吴中', skills: '高级工', 'skills.since': '2021年9月', 'skills.occupation': '钳工', titles: '没有', annualReviewsPassed: '去年基本合格', awards: '没有' },
    truth: T('suzhou', { skills: [sk('senior_worker', '2021-09', '钳工')], titles: [], annualReviewsPassed: false, awards: [] }),
    followUps: [fix('哦说错了 考核其实都是合格的', T('suzhou', { skills: [sk('senior_worker', '2021-09', '钳工')], titles: [], ...OK }))] },

  // --- small talk typed on a phone -------------------------------------------------------------------------------
  { id: 'd9-small-01', locale: Z, kind: 'smalltalk', open: '在不 问个事',
    answers: { region: '泸州', skills: '技师', 'skills.since': '2022年9月', ...NONE },
    truth: T('sichuan', { skills: [sk('technician', '2022-09')], titles: [], ...OK }),
    interject: [{ at: 'titles', say: '稍等哈 我找下证' }], followUps: [bye('好嘞 谢谢哈')] },
  { id: 'd9-small-02', locale: Z, kind: 'smalltalk', open: '哈喽 有人莫',
    answers: { region: '上饶', skills: '高级工', 'skills.since': '2022年11月', ...NONE },
    truth: T('jiangxi', { skills: [sk('senior_worker', '2022-11')], titles: [], ...OK }),
    interject: [{ at: 'awards', say: '哦哦' }], followUps: [bye('懂了 谢啦')] },

  // --- don't know, phone style ----------------------------------------------------------------------------------
  { id: 'd9-unknown-01', locale: Z, kind: 'unknown', open: '泸州 高级工 2021年',
    answers: { region: '泸州', skills: '高级工', 'skills.since': '2021年', titles: '没有', annualReviewsPassed: '不晓得哦 要问单位', awards: '没有' },
    truth: T('sichuan', { skills: [sk('senior_worker', '2021-06')], titles: [], awards: [] }) },

  // --- HR typing fast ---------------------------------------------------------------------------------------------
  { id: 'd9-hr-01', locale: Z, kind: 'hr', open: '帮同事问下 重庆永川 高级技师 2020年8月 考核都合格 没职称没奖 能评啥 要带啥',
    answers: { region: '永川', skills: '高级技师', 'skills.since': '2020年8月', titles: '无', annualReviewsPassed: '合格', awards: '无' },
    truth: T('chongqing', { skills: [sk('senior_technician', '2020-08')], titles: [], ...OK }), ask: ASK_DOCS, maxTurns: 2 },
  { id: 'd9-hr-02', locale: Z, kind: 'hr', open: '湖南长沙的一个师傅 技师 2020年 问能评工程师不',
    answers: { region: '长沙', skills: '技师', 'skills.since': '2020年', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: N('长沙', { skills: [sk('technician', '2020-06')], titles: [], ...OK }) },

  // --- English typed on a phone (lower case, no marks, short forms) ----------------------------------------------
  { id: 'd9-en-01', locale: E, kind: 'en', open: 'technician since 2021 chongqing no title wat can i get',
    answers: { region: 'Chongqing', skills: 'technician', 'skills.since': '2021', titles: 'no', annualReviewsPassed: 'yes', awards: 'no' },
    truth: T('chongqing', { skills: [sk('technician', '2021-06')], titles: [], ...OK }) },
  { id: 'd9-en-02', locale: E, kind: 'en', open: 'senior worker june 2023 suzhou electrician can i apply assistant engineer',
    answers: { region: 'Suzhou', skills: 'senior worker', 'skills.since': 'June 2023', 'skills.occupation': 'electrician', titles: 'no', annualReviewsPassed: 'yes', awards: 'no' },
    truth: T('suzhou', { skills: [sk('senior_worker', '2023-06', '电工')], titles: [], ...OK }) },
  { id: 'd9-en-03', locale: E, kind: 'en', open: 'uh hi so i got my senior technician certificate back in twenty nineteen and i work in shenyang what can i do',
    answers: { region: 'Shenyang', skills: 'senior technician', 'skills.since': '2019', titles: 'no', annualReviewsPassed: 'yes', awards: 'no' },
    truth: T('liaoning', { skills: [sk('senior_technician', '2019-06')], titles: [], ...OK }),
    followUps: [docs('wat docs do i need')] },
  { id: 'd9-en-04', locale: E, kind: 'en', open: 'hi tech cert may 2024 nanchang',
    answers: { region: 'Nanchang', skills: 'technician', 'skills.since': 'May 2024', titles: 'nope', annualReviewsPassed: 'yep', awards: 'nope' },
    truth: T('jiangxi', { skills: [sk('technician', '2024-05')], titles: [], ...OK }),
    followUps: [when('engineer which month', '2027-05')] },

  // --- more of the same, written after the first fixes (not yet run when written) ----------------------------------
  { id: 'd9-more-01', locale: Z, kind: 'dialect', open: '俺们这嘎达是鞍山 偶是高级工 一九年考的',
    answers: { region: '鞍山', skills: '高级工', 'skills.since': '2019年', titles: '木有', annualReviewsPassed: '都合格', awards: '木有' },
    truth: T('liaoning', { skills: [sk('senior_worker', '2019-06')], titles: [], ...OK }) },
  { id: 'd9-more-02', locale: Z, kind: 'slip', open: '我在chongqing hechuan 技师 2021年8月',
    answers: { region: '合川', skills: '技师', 'skills.since': '2021年8月', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('chongqing', { skills: [sk('technician', '2021-08')], titles: [], ...OK }) },
  { id: 'd9-more-03', locale: Z, kind: 'correction', open: '技师 2020 不对 2021年3月 在宜春',
    answers: { region: '宜春', skills: '技师', 'skills.since': '2021年3月', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('jiangxi', { skills: [sk('technician', '2021-03')], titles: [], ...OK }) },
  { id: 'd9-more-04', locale: Z, kind: 'dialect', open: '助工 21年评的 想考个高级工 绵阳这边',
    answers: { region: '绵阳', skills: '没有', titles: '助理工程师', 'titles.since': '2021年', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('sichuan', { skills: [], titles: [ti('assistant', '2021-06')], ...OK }) },
  { id: 'd9-more-05', locale: E, kind: 'en', open: 'engr title since 2019 in chengdu can i get a skill level',
    answers: { region: 'Chengdu', skills: 'none', titles: 'engineer', 'titles.since': '2019', annualReviewsPassed: 'yes', awards: 'no' },
    truth: T('sichuan', { skills: [], titles: [ti('intermediate', '2019-06')], ...OK }) },
  { id: 'd9-more-06', locale: Z, kind: 'voice', open: '嗯那个我想问一下就是我是高级技师嗯是二零二零年的七月份拿的我在苏州吴江做电工的能评什么',
    answers: { region: '吴江', skills: '高级技师', 'skills.since': '2020年7月', 'skills.occupation': '电工', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('suzhou', { skills: [sk('senior_technician', '2020-07', '电工')], titles: [], ...OK }) },
  { id: 'd9-more-07', locale: Z, kind: 'slip', open: '技师👍 2022年5月 南充 木有支称',
    answers: { region: '南充', skills: '技师', 'skills.since': '2022年5月', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('sichuan', { skills: [sk('technician', '2022-05')], titles: [], ...OK }) },
  { id: 'd9-more-08', locale: Z, kind: 'dialect', open: '我系高级工 前年五月攞嘅证 喺重庆九龙坡返工',
    answers: { region: '九龙坡', skills: '高级工', 'skills.since': '2024年5月', titles: '冇', annualReviewsPassed: '合格', awards: '冇' },
    truth: T('chongqing', { skills: [sk('senior_worker', '2024-05')], titles: [], ...OK }) },
]

writeConversationSet(C, { root, asOf: AS_OF, file: 'test/dev/dialog-conversations-9.json' })
