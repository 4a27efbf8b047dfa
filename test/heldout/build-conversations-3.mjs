#!/usr/bin/env node
// Builds test/heldout/dialog-conversations-3.json (set 3, blind): the people's words and facts (truth) are written
// here by hand; every best (and a corrected follow-up's best, a "when" month, a "what if" level) comes from the engine.
/* global console */
import { writeFileSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { engineOnTruths, ruleTexts, same } from './builderEngine.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const AS_OF = '2026-11'
const sk = (level, since, occupation) => ({ level, ...(since ? { since } : {}), ...(occupation ? { occupation } : {}) })
const ti = (level, since, series = 'engineering') => ({ level, ...(since ? { since } : {}), series })
const comp = (tier, rank, teamSize, medal) => ({ type: 'competition', tier, ...(rank ? { rank } : {}), ...(medal ? { medal } : {}), ...(teamSize ? { teamSize } : {}) })
const hon = (id) => ({ type: 'honor', id })
const T = (region, o = {}) => ({ region, ...o })

// follow-up specs (turned into the scorer's format below)
const when = (say, month) => ({ say, type: 'when', month })
const docs = (say) => ({ say, type: 'docs' })
const thanks = (say) => ({ say, type: 'thanks' })
const fix = (say, truth) => ({ say, type: 'fix', truth })
const whatIf = (say, truth) => ({ say, type: 'whatif', truth })
const exempt = (say) => ({ say, type: 'exempt' })

const C = [
  // ---------------- phone: short, colloquial, typos, no punctuation ----------------
  { id: 'ho3-phone-01', locale: 'zh-CN', kind: 'phone', open: '钳工技师能评啥职称',
    answers: { region: '江津的', 'skills.since': '24年10月', titles: '没', annualReviewsPassed: '都合格', awards: '木有', workYears: '9年' },
    truth: T('chongqing', { skills: [sk('technician', '2024-10')], annualReviewsPassed: true, workYears: 9 }), maxTurns: 6,
    followUps: [when('那工程师啥时候能报', '2027-10')] },
  { id: 'ho3-phone-02', locale: 'zh-CN', kind: 'phone', open: '我高级工 绵阳的 18年拿的证',
    answers: { titles: '无', annualReviewsPassed: '合格的', awards: '没拿过奖', workYears: '十二年' },
    truth: T('sichuan', { skills: [sk('senior_worker', '2018-06')], annualReviewsPassed: true, workYears: 12 }),
    followUps: [whatIf('要是我有个四川省技术能手呢', T('sichuan', { skills: [sk('senior_worker', '2018-06')], awards: [hon('sichuan_technical_expert')], annualReviewsPassed: true, workYears: 12 }))] },
  { id: 'ho3-phone-03', locale: 'zh-CN', kind: 'phone', open: '在不 问下 高级技帅能评高工不',
    answers: { region: '大连瓦房店', 'skills.since': '2020年4月', titles: '没有职称', annualReviewsPassed: '年年合格', awards: '没有' },
    truth: T('liaoning', { skills: [sk('senior_technician', '2020-04')], annualReviewsPassed: true }),
    followUps: [docs('要准备啥材料')] },
  { id: 'ho3-phone-04', locale: 'zh-CN', kind: 'phone', open: '电工 中级工 南昌',
    answers: { 'skills.since': '2023年', titles: '木有', annualReviewsPassed: '合格', awards: '无' },
    truth: T('jiangxi', { skills: [sk('intermediate_worker', '2023-06')], annualReviewsPassed: true }), maxTurns: 6 },
  { id: 'ho3-phone-05', locale: 'zh-CN', kind: 'phone', open: '昆山 数控车 技师证 21年3月',
    answers: { titles: '没评过', annualReviewsPassed: '都过了', awards: '没' },
    truth: T('suzhou', { skills: [sk('technician', '2021-03')], annualReviewsPassed: true }), maxTurns: 5,
    followUps: [thanks('好的谢啦')] },
  { id: 'ho3-phone-06', locale: 'zh-CN', kind: 'phone', open: '汽修高级工拿证快5年了 宜宾 能弄个助工不',
    answers: { titles: '还没有', annualReviewsPassed: '合格', awards: '没有', workYears: '8年' },
    truth: T('sichuan', { skills: [sk('senior_worker', '2021-11')], annualReviewsPassed: true, workYears: 8 }) },
  { id: 'ho3-phone-07', locale: 'zh-CN', kind: 'phone', open: '赣州瑞金 焊工高级工 去年3月考的',
    answers: { titles: '没有', annualReviewsPassed: '都合格', awards: '没有' },
    truth: T('jiangxi', { skills: [sk('senior_worker', '2025-03')], annualReviewsPassed: true }),
    followUps: [when('那我啥时候能报助工', '2027-03')] },
  { id: 'ho3-phone-08', locale: 'zh-CN', kind: 'phone', open: '永川 技师 2019年8月 考核都合格 没奖 没职称',
    answers: {},
    truth: T('chongqing', { skills: [sk('technician', '2019-08')], annualReviewsPassed: true }), maxTurns: 2 },

  // ---------------- voice-to-text run-ons ----------------
  { id: 'ho3-voice-01', locale: 'zh-CN', kind: 'voice', open: '那个我想问一下就是我是德阳广汉的我是那个电焊工技师是二零二一年六月份拿的证然后那个考核都是合格的没有得过什么奖',
    answers: { titles: '没有职称', workYears: '嗯十年左右吧' },
    truth: T('sichuan', { skills: [sk('technician', '2021-06')], annualReviewsPassed: true, workYears: 10 }), maxTurns: 3 },
  { id: 'ho3-voice-02', locale: 'zh-CN', kind: 'voice', open: '嗯你好我在常熟那个我有一个高级工是一五年的然后技师是二零二二年三月的',
    answers: { titles: '没有没有', annualReviewsPassed: '嗯都合格的', awards: '没有得过奖' },
    truth: T('suzhou', { skills: [sk('senior_worker', '2015-06'), sk('technician', '2022-03')], annualReviewsPassed: true }) },
  { id: 'ho3-voice-03', locale: 'zh-CN', kind: 'voice', open: '就是那个我是鞍山海城的我是维修电工高级技师二零一八年十月份拿的',
    answers: { titles: '嗯没有职称', annualReviewsPassed: '都是合格', awards: '那个没有' },
    truth: T('liaoning', { skills: [sk('senior_technician', '2018-10')], annualReviewsPassed: true }),
    followUps: [docs('那个要带哪些材料啊')] },
  { id: 'ho3-voice-04', locale: 'zh-CN', kind: 'voice', open: '喂你好那个我想问下重庆万州的技师能不能评工程师我是二零二四年一月拿的技师',
    answers: { titles: '没有', annualReviewsPassed: '合格合格', awards: '没有' },
    truth: T('chongqing', { skills: [sk('technician', '2024-01')], annualReviewsPassed: true }), maxTurns: 5,
    followUps: [when('那我什么时候可以报工程师', '2027-01')] },
  { id: 'ho3-voice-05', locale: 'zh-CN', kind: 'voice', open: '嗯那个九江的就是高级工一九年拿的然后那个技师是二四年拿的考核嘛都合格',
    answers: { titles: '没有', awards: '没有' },
    truth: T('jiangxi', { skills: [sk('senior_worker', '2019-06'), sk('technician', '2024-06')], annualReviewsPassed: true }) },
  { id: 'ho3-voice-06', locale: 'zh-CN', kind: 'voice', open: '你好我是张家港的就是那个电工技师二零一七年拿的证然后二零二零年评了个助理工程师',
    answers: { annualReviewsPassed: '都合格', awards: '没有', 'titles.series': '工程' },
    truth: T('suzhou', { skills: [sk('technician', '2017-06')], titles: [ti('assistant', '2020-06')], annualReviewsPassed: true }) },

  // ---------------- HR hotline agents ----------------
  { id: 'ho3-hr-01', locale: 'zh-CN', kind: 'hr', open: '来电人：成都彭州，维修电工高级技师，2019年12月取得，近三年考核合格，无获奖，无职称。咨询能否申报高级工程师，需要准备什么材料',
    answers: { workYears: '15年' },
    truth: T('sichuan', { skills: [sk('senior_technician', '2019-12')], annualReviewsPassed: true, workYears: 15 }), maxTurns: 2,
    answerIncludes: [['职业资格证书', '职业技能等级证书', '技能证书'], ['年度考核']] },
  { id: 'ho3-hr-02', locale: 'zh-CN', kind: 'hr', open: '帮来电人问下 沈阳 技师 2021年9月 考核合格 没有奖项 没有职称',
    answers: {},
    truth: T('liaoning', { skills: [sk('technician', '2021-09')], annualReviewsPassed: true }), maxTurns: 2,
    followUps: [docs('材料清单发一下')] },
  { id: 'ho3-hr-03', locale: 'zh-CN', kind: 'hr', open: '来电人在太仓，持高级工证书（2025年7月），想了解什么时候能报助理工程师',
    answers: { titles: '无', annualReviewsPassed: '合格', awards: '无' },
    truth: T('suzhou', { skills: [sk('senior_worker', '2025-07')], annualReviewsPassed: true }), maxTurns: 5,
    answerIncludes: [['2027-07', '2027-7', '2027年7月', '2027年07月']], opens: '2027-07' },
  { id: 'ho3-hr-04', locale: 'zh-CN', kind: 'hr', open: '来电人：重庆涪陵，焊工技师2020年6月，获全市技术能手称号，考核均合格，无职称',
    answers: {},
    truth: T('chongqing', { skills: [sk('technician', '2020-06')], awards: [hon('chongqing_technical_expert')], annualReviewsPassed: true }) },
  { id: 'ho3-hr-05', locale: 'zh-CN', kind: 'hr', open: '替一位职工咨询：上饶，技师证2023年3月，近3年考核有一年不合格，无奖，无职称',
    answers: {},
    truth: T('jiangxi', { skills: [sk('technician', '2023-03')], annualReviewsPassed: false }), maxTurns: 3 },
  { id: 'ho3-hr-06', locale: 'en', kind: 'hr', open: 'Caller from Chengdu: senior technician certificate since March 2016, annual reviews all passed, no awards, no title. What can they apply for and what documents?',
    answers: { workYears: '20 years' },
    truth: T('sichuan', { skills: [sk('senior_technician', '2016-03')], annualReviewsPassed: true, workYears: 20 }), maxTurns: 3,
    answerIncludes: [['Skill certificate', 'skill certificate'], ['Annual review', 'annual review']] },
  { id: 'ho3-hr-07', locale: 'en', kind: 'hr', open: 'On behalf of an employee in Dalian: technician since 2020-11, reviews passed, no awards, no title',
    answers: {},
    truth: T('liaoning', { skills: [sk('technician', '2020-11')], annualReviewsPassed: true }), maxTurns: 2,
    followUps: [thanks('ok thanks, that is all')] },

  // ---------------- English speakers ----------------
  { id: 'ho3-en-01', locale: 'en', kind: 'en', open: 'hi im a welder in chongqing, got my technician cert in may 2021',
    answers: { titles: 'none', annualReviewsPassed: 'yes all passed', awards: 'no awards' },
    truth: T('chongqing', { skills: [sk('technician', '2021-05')], annualReviewsPassed: true }) },
  { id: 'ho3-en-02', locale: 'en', kind: 'en', open: 'I work in Suzhou and hold a senior worker certificate since April 2025',
    answers: { titles: 'no title', annualReviewsPassed: 'passed', awards: 'none' },
    truth: T('suzhou', { skills: [sk('senior_worker', '2025-04')], annualReviewsPassed: true }), maxTurns: 5,
    followUps: [when('when can I apply for assistant engineer?', '2027-04')] },
  { id: 'ho3-en-03', locale: 'en', kind: 'en', open: 'Shenyang, senior technician since 2017, what title could I get',
    answers: { titles: 'no', annualReviewsPassed: 'yes', awards: 'nope' },
    truth: T('liaoning', { skills: [sk('senior_technician', '2017-06')], annualReviewsPassed: true }), maxTurns: 5,
    followUps: [docs('what do I need to bring?')] },
  { id: 'ho3-en-04', locale: 'en', kind: 'en', open: 'Hello, electrician from Nanchang here',
    answers: { skills: 'technician', 'skills.since': 'September 2022', titles: 'none', annualReviewsPassed: 'all passed', awards: 'no' },
    truth: T('jiangxi', { skills: [sk('technician', '2022-09')], annualReviewsPassed: true }) },
  { id: 'ho3-en-05', locale: 'en', kind: 'en', open: 'can a senior worker in Leshan apply for an engineering title? got it 6 years ago',
    answers: { titles: 'none', annualReviewsPassed: 'yes passed', awards: 'none', workYears: '10' },
    truth: T('sichuan', { skills: [sk('senior_worker', '2020-11')], annualReviewsPassed: true, workYears: 10 }) },
  { id: 'ho3-en-06', locale: 'en', kind: 'en', open: 'I am a CNC machinist in Wujiang (Suzhou). Technician level since Jan 2019, reviews fine, no prizes, no titles.',
    answers: {},
    truth: T('suzhou', { skills: [sk('technician', '2019-01')], annualReviewsPassed: true }), maxTurns: 2,
    followUps: [thanks('great, thank you!')] },
  { id: 'ho3-en-07', locale: 'en', kind: 'en', open: 'what can I get',
    answers: { region: 'Jinzhou, Liaoning', skills: 'senior worker', 'skills.since': 'March 2025', titles: 'none', annualReviewsPassed: 'yes', awards: 'none' },
    truth: T('liaoning', { skills: [sk('senior_worker', '2025-03')], annualReviewsPassed: true }),
    followUps: [when('so when can I apply?', '2027-03')] },

  // ---------------- traditional characters ----------------
  { id: 'ho3-trad-01', locale: 'zh-CN', kind: 'trad', open: '請問蘇州的技師可以評工程師嗎',
    answers: { skills: '我是技師', 'skills.since': '2020年5月', titles: '沒有職稱', annualReviewsPassed: '都合格', awards: '沒有' },
    truth: T('suzhou', { skills: [sk('technician', '2020-05')], annualReviewsPassed: true }) },
  { id: 'ho3-trad-02', locale: 'zh-CN', kind: 'trad', open: '我在重慶 高級工 2021年拿的證',
    answers: { titles: '沒有', annualReviewsPassed: '合格', awards: '沒有獲獎' },
    truth: T('chongqing', { skills: [sk('senior_worker', '2021-06')], annualReviewsPassed: true }) },
  { id: 'ho3-trad-03', locale: 'zh-CN', kind: 'trad', open: '你好 我係成都嘅 高級技師 2018年',
    answers: { titles: '冇職稱', annualReviewsPassed: '全部合格', awards: '冇', workYears: '18年' },
    truth: T('sichuan', { skills: [sk('senior_technician', '2018-06')], annualReviewsPassed: true, workYears: 18 }),
    followUps: [docs('要準備什麼材料')] },
  { id: 'ho3-trad-04', locale: 'zh-CN', kind: 'trad', open: '遼寧撫順 技師證書 2022年11月取得 請問能申報什麼職稱',
    answers: { titles: '沒有', annualReviewsPassed: '均合格', awards: '沒有' },
    truth: T('liaoning', { skills: [sk('technician', '2022-11')], annualReviewsPassed: true }) },
  { id: 'ho3-trad-05', locale: 'zh-CN', kind: 'trad', open: '江西景德鎮 陶瓷工藝 高級工 2019年',
    answers: { titles: '沒有', annualReviewsPassed: '合格', awards: '沒有' },
    truth: T('jiangxi', { skills: [sk('senior_worker', '2019-06')], annualReviewsPassed: true }) },
  { id: 'ho3-trad-06', locale: 'zh-CN', kind: 'trad', open: '我是工程師 2018年評的 在蘇州 想考技師',
    answers: { 'titles.series': '工程系列', skills: '沒有', annualReviewsPassed: '合格', awards: '沒有' },
    truth: T('suzhou', { titles: [ti('intermediate', '2018-06')], annualReviewsPassed: true }), maxTurns: 5,
    followUps: [exempt('理論考試可以免嗎')] },
  { id: 'ho3-trad-07', locale: 'zh-CN', kind: 'trad', open: '請問 高級技師 重慶 2016年3月 考核都合格 沒有獎項 沒有職稱',
    answers: {},
    truth: T('chongqing', { skills: [sk('senior_technician', '2016-03')], annualReviewsPassed: true }), maxTurns: 2,
    followUps: [thanks('謝謝')] },
  { id: 'ho3-trad-08', locale: 'zh-CN', kind: 'trad', open: '四川南充 助理工程師 2021年 想問能認定什麼技能等級',
    answers: { 'titles.series': '工程', skills: '沒有', annualReviewsPassed: '合格', awards: '沒有', workYears: '6年' },
    truth: T('sichuan', { titles: [ti('assistant', '2021-06')], annualReviewsPassed: true, workYears: 6 }) },

  // ---------------- competitions, said colloquially ----------------
  { id: 'ho3-contest-01', locale: 'zh-CN', kind: 'contest', open: '我省赛拿了第二 一类的 个人赛 苏州的',
    answers: { skills: '高级工', 'skills.since': '2024年', titles: '没有', annualReviewsPassed: '合格' },
    truth: T('suzhou', { skills: [sk('senior_worker', '2024-06')], awards: [comp('provincial_class1', 2, 1)], annualReviewsPassed: true }) },
  { id: 'ho3-contest-02', locale: 'zh-CN', kind: 'contest', open: '国赛一类第四名 重庆的 有用没',
    answers: { skills: '技师', 'skills.since': '2023年5月', titles: '没有', annualReviewsPassed: '合格', 'awards.teamSize': '个人' },
    truth: T('chongqing', { skills: [sk('technician', '2023-05')], awards: [comp('national_class1', 4, 1)], annualReviewsPassed: true }) },
  { id: 'ho3-contest-03', locale: 'zh-CN', kind: 'contest', open: '四川的 国赛一类 我们队三个人 拿了第二',
    answers: { skills: '技师', 'skills.since': '2022年', titles: '没有', annualReviewsPassed: '都合格', workYears: '7年' },
    truth: T('sichuan', { skills: [sk('technician', '2022-06')], awards: [comp('national_class1', 2, 3)], annualReviewsPassed: true, workYears: 7 }) },
  { id: 'ho3-contest-04', locale: 'zh-CN', kind: 'contest', open: '世赛铜牌 辽宁的选手 能直接评啥',
    answers: { skills: '高级工', 'skills.since': '2023年', titles: '没有', annualReviewsPassed: '合格' },
    truth: T('liaoning', { skills: [sk('senior_worker', '2023-06')], awards: [comp('worldskills', undefined, 1, 'bronze')], annualReviewsPassed: true }) },
  { id: 'ho3-contest-05', locale: 'zh-CN', kind: 'contest', open: '中国重庆职业技能大赛拿了个第五 技师 2024年拿的证',
    answers: { region: '重庆', titles: '没有', annualReviewsPassed: '合格', 'awards.teamSize': '个人' },
    truth: T('chongqing', { skills: [sk('technician', '2024-06')], awards: [comp('chongqing_skills_competition', 5, 1)], annualReviewsPassed: true }) },
  { id: 'ho3-contest-06', locale: 'zh-CN', kind: 'contest', open: '市赛一类第一名 昆山 高级工22年',
    answers: { titles: '没有', annualReviewsPassed: '合格', 'awards.teamSize': '个人赛' },
    truth: T('suzhou', { skills: [sk('senior_worker', '2022-06')], awards: [comp('municipal_class1', 1, 1)], annualReviewsPassed: true }), maxTurns: 6 },
  { id: 'ho3-contest-07', locale: 'en', kind: 'contest', open: 'I came 2nd in a national class 2 skills contest, individual event, I work in Chongqing',
    answers: { skills: 'senior worker', 'skills.since': '2024', titles: 'none', annualReviewsPassed: 'yes' },
    truth: T('chongqing', { skills: [sk('senior_worker', '2024-06')], awards: [comp('national_class2', 2, 1)], annualReviewsPassed: true }) },
  { id: 'ho3-contest-08', locale: 'en', kind: 'contest', open: 'WorldSkills gold medal, Sichuan, what title can I apply for directly?',
    answers: { skills: 'technician', 'skills.since': '2023', titles: 'none', annualReviewsPassed: 'yes', workYears: '6' },
    truth: T('sichuan', { skills: [sk('technician', '2023-06')], awards: [comp('worldskills', undefined, 1, 'gold')], annualReviewsPassed: true, workYears: 6 }) },

  // ---------------- wishes and targets that are not holdings ----------------
  { id: 'ho3-wish-01', locale: 'zh-CN', kind: 'wish', open: '想评个工程师 我现在是高级工 20年的 重庆',
    answers: { titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('chongqing', { skills: [sk('senior_worker', '2020-06')], annualReviewsPassed: true }), maxTurns: 5,
    followUps: [whatIf('那要是我拿了全国技术能手呢', T('chongqing', { skills: [sk('senior_worker', '2020-06')], awards: [hon('national_technical_expert')], annualReviewsPassed: true }))] },
  { id: 'ho3-wish-02', locale: 'zh-CN', kind: 'wish', open: '打算考高级技师 现在是技师 19年拿的 绵阳江油',
    answers: { titles: '没有', annualReviewsPassed: '合格', awards: '没有', workYears: '12年' },
    truth: T('sichuan', { skills: [sk('technician', '2019-06')], annualReviewsPassed: true, workYears: 12 }) },
  { id: 'ho3-wish-03', locale: 'zh-CN', kind: 'wish', open: '高工能报不 我技师 丹东的',
    answers: { 'skills.since': '2018年7月', titles: '没有 就是想问高工', annualReviewsPassed: '合格', awards: '没' },
    truth: T('liaoning', { skills: [sk('technician', '2018-07')], annualReviewsPassed: true }) },
  { id: 'ho3-wish-04', locale: 'zh-CN', kind: 'wish', open: '我没有技师证 是想考技师 现在高级工 萍乡的',
    answers: { 'skills.since': '2021年', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('jiangxi', { skills: [sk('senior_worker', '2021-06')], annualReviewsPassed: true }) },
  { id: 'ho3-wish-05', locale: 'zh-CN', kind: 'wish', open: '能不能报助理工程师啊 苏州吴江 中级工',
    answers: { 'skills.since': '2022年', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('suzhou', { skills: [sk('intermediate_worker', '2022-06')], annualReviewsPassed: true }), maxTurns: 6 },
  { id: 'ho3-wish-06', locale: 'en', kind: 'wish', open: 'I want to become a senior engineer. I am a technician in Chongqing since 2018',
    answers: { titles: 'none', annualReviewsPassed: 'yes', awards: 'none' },
    truth: T('chongqing', { skills: [sk('technician', '2018-06')], annualReviewsPassed: true }) },

  // ---------------- corrections ----------------
  { id: 'ho3-correction-01', locale: 'zh-CN', kind: 'correction', open: '技师 2022年3月 不对 说错了 是2021年3月 重庆',
    answers: { titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('chongqing', { skills: [sk('technician', '2021-03')], annualReviewsPassed: true }) },
  { id: 'ho3-correction-02', locale: 'zh-CN', kind: 'correction', open: '沈阳 高级工',
    answers: { 'skills.since': '2019年', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    interject: [{ at: 'awards', say: '等下 前面说错了 我是技师不是高级工' }],
    truth: T('liaoning', { skills: [sk('technician', '2019-06')], annualReviewsPassed: true }) },
  { id: 'ho3-correction-03', locale: 'zh-CN', kind: 'correction', open: '成都 技师 2020年5月 考核合格 没奖 没职称',
    answers: { workYears: '10年' },
    truth: T('sichuan', { skills: [sk('technician', '2020-05')], annualReviewsPassed: true, workYears: 10 }),
    followUps: [fix('哦不对 我是高级技师 不是技师', T('sichuan', { skills: [sk('senior_technician', '2020-05')], annualReviewsPassed: true, workYears: 10 }))] },
  { id: 'ho3-correction-04', locale: 'zh-CN', kind: 'correction', open: '苏州 技师 2024年1月 没职称 考核合格 没奖',
    answers: {},
    truth: T('suzhou', { skills: [sk('technician', '2024-01')], annualReviewsPassed: true }),
    followUps: [fix('应该是2021年1月才对', T('suzhou', { skills: [sk('technician', '2021-01')], annualReviewsPassed: true }))] },
  { id: 'ho3-correction-05', locale: 'en', kind: 'correction', open: 'Nanchang, technician since 2019, reviews passed, no awards, no title',
    answers: {},
    truth: T('jiangxi', { skills: [sk('technician', '2019-06')], annualReviewsPassed: true }),
    followUps: [fix('sorry, I meant senior worker, not technician', T('jiangxi', { skills: [sk('senior_worker', '2019-06')], annualReviewsPassed: true }))] },
  { id: 'ho3-correction-06', locale: 'zh-CN', kind: 'correction', open: '重庆 高级技师 2019年',
    answers: { titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    interject: [{ at: 'titles', say: '哦不对 高级技师是2017年拿的' }],
    truth: T('chongqing', { skills: [sk('senior_technician', '2017-06')], annualReviewsPassed: true }) },

  // ---------------- don't know / skip ----------------
  { id: 'ho3-unknown-01', locale: 'zh-CN', kind: 'unknown', open: '重庆 技师 2020年 没职称 没奖',
    answers: { annualReviewsPassed: '不清楚 单位没说过' },
    truth: T('chongqing', { skills: [sk('technician', '2020-06')] }), maxTurns: 4 },
  { id: 'ho3-unknown-02', locale: 'zh-CN', kind: 'unknown', open: '辽宁营口 高级工 没职称',
    answers: { 'skills.since': '记不清了', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('liaoning', { skills: [sk('senior_worker')], annualReviewsPassed: true }) },
  { id: 'ho3-unknown-03', locale: 'en', kind: 'unknown', open: 'Suzhou, technician from 2021, no title',
    answers: { annualReviewsPassed: 'skip', awards: 'none' },
    truth: T('suzhou', { skills: [sk('technician', '2021-06')] }) },
  { id: 'ho3-unknown-04', locale: 'zh-CN', kind: 'unknown', open: '四川泸州 高级技师 2015年 没奖 没职称 考核合格',
    answers: { workYears: '这个不知道' },
    truth: T('sichuan', { skills: [sk('senior_technician', '2015-06')], annualReviewsPassed: true }), maxTurns: 4 },

  // ---------------- small talk mid-interview ----------------
  { id: 'ho3-smalltalk-01', locale: 'zh-CN', kind: 'smalltalk', open: '在吗 有人没',
    answers: { region: '苏州', skills: '高级工', 'skills.since': '2020年', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('suzhou', { skills: [sk('senior_worker', '2020-06')], annualReviewsPassed: true }) },
  { id: 'ho3-smalltalk-02', locale: 'zh-CN', kind: 'smalltalk', open: '重庆 技师 2021年6月',
    answers: { titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    interject: [{ at: 'titles', say: '你是机器人吗' }],
    truth: T('chongqing', { skills: [sk('technician', '2021-06')], annualReviewsPassed: true }),
    followUps: [thanks('好的拜拜')] },
  { id: 'ho3-smalltalk-03', locale: 'en', kind: 'smalltalk', open: 'hello there',
    answers: { region: 'Shenyang', skills: 'technician', 'skills.since': '2020', titles: 'no', annualReviewsPassed: 'yes', awards: 'no' },
    interject: [{ at: 'awards', say: 'hang on a sec' }],
    truth: T('liaoning', { skills: [sk('technician', '2020-06')], annualReviewsPassed: true }) },
  { id: 'ho3-smalltalk-04', locale: 'zh-CN', kind: 'smalltalk', open: '你好 南昌 高级工 2022年 没职称 考核合格 没奖',
    answers: {},
    truth: T('jiangxi', { skills: [sk('senior_worker', '2022-06')], annualReviewsPassed: true }), maxTurns: 2,
    followUps: [thanks('辛苦了 谢谢')] },

  // ---------------- national fallback ----------------
  { id: 'ho3-national-01', locale: 'zh-CN', kind: 'national', open: '长沙 技师 2021年5月 考核合格 没奖 没职称',
    answers: {},
    truth: T('national', { place: '长沙', skills: [sk('technician', '2021-05')], annualReviewsPassed: true }), maxTurns: 2 },
  { id: 'ho3-national-02', locale: 'zh-CN', kind: 'national', open: '我在南京 高级技师 2018年',
    answers: { titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('national', { place: '南京', skills: [sk('senior_technician', '2018-06')], annualReviewsPassed: true }) },
  { id: 'ho3-national-03', locale: 'zh-CN', kind: 'national', open: '青岛的 高级工 2025年8月拿的',
    answers: { titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('national', { place: '青岛', skills: [sk('senior_worker', '2025-08')], annualReviewsPassed: true }),
    followUps: [when('那助工什么时候能报', '2027-08')] },
  { id: 'ho3-national-04', locale: 'en', kind: 'national', open: 'I live in Tianjin, technician certificate since 2020, all reviews passed, no awards, no title',
    answers: {},
    truth: T('national', { place: 'Tianjin', skills: [sk('technician', '2020-06')], annualReviewsPassed: true }), maxTurns: 2 },
  { id: 'ho3-national-05', locale: 'zh-CN', kind: 'national', open: '合肥 全国技术能手 技师',
    answers: { 'skills.since': '2022年', titles: '没有', annualReviewsPassed: '合格' },
    truth: T('national', { place: '合肥', skills: [sk('technician', '2022-06')], awards: [hon('national_technical_expert')], annualReviewsPassed: true }) },

  // ---------------- title holders asking about skill levels ----------------
  { id: 'ho3-title-holder-01', locale: 'zh-CN', kind: 'title-holder', open: '我是工程师 2019年评的 重庆 能认定技师吗',
    answers: { 'titles.series': '工程', skills: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('chongqing', { titles: [ti('intermediate', '2019-06')], annualReviewsPassed: true }) },
  { id: 'ho3-title-holder-02', locale: 'zh-CN', kind: 'title-holder', open: '高级工程师 辽宁鞍山 2017年 想转技能等级',
    answers: { 'titles.series': '工程系列', skills: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('liaoning', { titles: [ti('deputy_senior', '2017-06')], annualReviewsPassed: true }), maxTurns: 5 },
  { id: 'ho3-title-holder-03', locale: 'zh-CN', kind: 'title-holder', open: '助理工程师 苏州 2023年评的 能考高级工不',
    answers: { 'titles.series': '工程', skills: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('suzhou', { titles: [ti('assistant', '2023-06')], annualReviewsPassed: true }),
    followUps: [exempt('要考理论吗 能免不')] },
  { id: 'ho3-title-holder-04', locale: 'zh-CN', kind: 'title-holder', open: '农艺师 四川宜宾 2016年 能认定什么技能',
    answers: { 'titles.series': '农业', skills: '没有', annualReviewsPassed: '合格', awards: '没有', workYears: '14年' },
    truth: T('sichuan', { titles: [ti('intermediate', '2016-06', 'agriculture')], annualReviewsPassed: true, workYears: 14 }) },
  { id: 'ho3-title-holder-05', locale: 'en', kind: 'title-holder', open: 'I am an engineer (intermediate title) in Ganzhou, Jiangxi since 2020. Which skill level can I get?',
    answers: { 'titles.series': 'engineering', skills: 'none', annualReviewsPassed: 'yes', awards: 'none' },
    truth: T('jiangxi', { titles: [ti('intermediate', '2020-06')], annualReviewsPassed: true }), maxTurns: 5,
    followUps: [docs('what documents do I need?')] },
  { id: 'ho3-title-holder-06', locale: 'zh-CN', kind: 'title-holder', open: '副高 工程系列 本溪的 2015年评上的 技能等级能认定到哪一级',
    answers: { skills: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('liaoning', { titles: [ti('deputy_senior', '2015-06')], annualReviewsPassed: true }), maxTurns: 5,
    followUps: [thanks('明白了 谢谢')] },
]

// --- the engine on every truth (npm run eligibility, the scorer's own check) -------------------------------------
const { plan, results } = engineOnTruths(C, { root, asOf: AS_OF })

const rules = ruleTexts(root)
const SHORT = {
  'zh-CN': { skill_certificate: ['职业资格证书', '职业技能等级证书', '技能证书'], annual_review_records: ['年度考核'], title_certificate: ['职称证书'], award_proof: ['获奖证书', '表彰'] },
  en: { skill_certificate: ['Skill certificate', 'skill certificate'], annual_review_records: ['Annual review', 'annual review'], title_certificate: ['Title certificate', 'title certificate'], award_proof: ['Award certificate', 'award certificate'] },
}
// (工程师 alone would match 助理工程师 / 高级工程师 too)
const LEVEL_ZH = { assistant: ['助理工程师', '助理级', '助工', '助理'], intermediate: ['中级', '申报工程师', '评审工程师', '评工程师', '工程师（', '工程师('], deputy_senior: ['高级工程师', '副高'], full_senior: ['正高'] }
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

const out = C.map((c, i) => {
  const res = results[plan[i].main]
  if (c.opens && !res.paths.some((p) => p.status === 'not_yet' && p.eligibleFrom === c.opens)) throw new Error(`${c.id}: no path opening ${c.opens}`)
  for (const k of ['jan', 'dec']) if (!same(results[plan[i][k]].best, res.best)) throw new Error(`${c.id}: best depends on the month of a bare year`)
  const followUps = (c.followUps ?? []).map((f, j) => {
    if (f.type === 'when') {
      if (!res.paths.some((p) => p.status === 'not_yet' && p.eligibleFrom === f.month)) throw new Error(`${c.id}: no not_yet path opening ${f.month}`)
      return { say: f.say, expectIncludes: [monthSpellings(f.month, c.locale)] }
    }
    if (f.type === 'docs') {
      const dir = res.best.skill_to_title ? 'skill_to_title' : 'title_to_skill'
      // the best path, or (every path conditional) the first one the engine lists
      const p = res.paths.find((x) => x.direction === dir && x.target === res.best[dir]) ?? res.paths[0]
      if (!p) throw new Error(`${c.id}: no best path for documents`)
      return { say: f.say, expectIncludes: p.documents.slice(0, 2).map((d) => [rules[c.locale].document[d], ...(SHORT[c.locale][d] ?? [])]) }
    }
    if (f.type === 'thanks') return { say: f.say, expectIncludes: [THANKS[c.locale]], maxChars: 200 }
    if (f.type === 'exempt') return { say: f.say, expectIncludes: [['免']], }
    const fr = results[plan[i].fus[j]]
    if (f.type === 'whatif') {
      if (same(fr.best, res.best)) throw new Error(`${c.id}: the hypothetical changes nothing`)
      return { say: f.say, expectIncludes: [LEVEL_ZH[fr.best.skill_to_title]] }
    }
    if (f.type === 'fix') {
      if (same(fr.best, res.best)) throw new Error(`${c.id}: the correction changes nothing`)
      return { say: f.say, expectIncludes: [], best: fr.best, truth: f.truth }
    }
    throw new Error(`${c.id}: follow-up type ${f.type}`)
  })
  return {
    id: c.id, locale: c.locale, kind: c.kind, open: c.open, answers: c.answers, best: res.best, truth: c.truth,
    ...(c.maxTurns ? { maxTurns: c.maxTurns } : {}), ...(c.interject ? { interject: c.interject } : {}),
    ...(c.answerIncludes ? { answerIncludes: c.answerIncludes } : {}), ...(followUps.length ? { followUps } : {}),
  }
})
writeFileSync(join(root, 'test/heldout/dialog-conversations-3.json'), JSON.stringify(out, null, 1) + '\n')
const count = (f) => out.reduce((m, c) => { const k = f(c); m[k] = (m[k] ?? 0) + 1; return m }, {})
console.log(`${out.length} conversations`, count((c) => c.kind), count((c) => c.locale), count((c) => c.truth.region),
  { followUps: out.filter((c) => c.followUps).length, maxTurns: out.filter((c) => c.maxTurns).length, interject: out.filter((c) => c.interject).length })
console.log(count((c) => JSON.stringify(c.best)))
