#!/usr/bin/env node
// Builds test/heldout/dialog-conversations-5.json (set 5, blind): the people's words and facts (truth) are written
// here by hand; every best, corrected best, "when" month, "what if" level and HR checklist comes from the engine.
/* global console */
import { writeFileSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { engineOnTruths, ruleTexts, same } from './builderEngine.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const AS_OF = '2026-11'
// occupation: kept (as its standard Chinese name) only where the region's rules read it: Suzhou's specialty annex
const sk = (level, since, occupation) => ({ level, ...(since ? { since } : {}), ...(occupation ? { occupation } : {}) })
const ti = (level, since, series = 'engineering') => ({ level, ...(since ? { since } : {}), series })
const comp = (tier, o = {}) => ({ type: 'competition', tier, ...o })
const hon = (id) => ({ type: 'honor', id })
const T = (region, o = {}) => ({ region, ...o })
const N = (place, o = {}) => ({ region: 'national', place, ...o })

// follow-up specs, turned into the scorer's format below
const when = (say, month) => ({ say, type: 'when', month })
const docs = (say) => ({ say, type: 'docs' })
const bye = (say) => ({ say, type: 'thanks' })
const fix = (say, truth) => ({ say, type: 'fix', truth })
const whatIf = (say, truth) => ({ say, type: 'whatif', truth })
const exempt = (say) => ({ say, type: 'exempt' })
// an HR agent's question in the first message: the answer must carry the checklist, or the month a path opens
const ASK_DOCS = { type: 'docs' }
const askWhen = (month) => ({ type: 'when', month })

const C = [
  // --- phone: short, no punctuation, dialect, typos --------------------------------------------------------------
  { id: 'ho5-phone-01', locale: 'zh-CN', kind: 'phone', open: '师傅们问下 我万州的 技师证21年3月拿的 能评个啥职称',
    answers: { region: '万州', skills: '技师', 'skills.since': '21年3月', titles: '没得', annualReviewsPassed: '都过了的', awards: '莫得' },
    truth: T('chongqing', { skills: [sk('technician', '2021-03')], titles: [], annualReviewsPassed: true, awards: [] }) },
  { id: 'ho5-phone-02', locale: 'zh-CN', kind: 'phone', open: '绵阳的 高级工去年2月考的 助工要等好久',
    answers: { region: '绵阳', skills: '高级工', 'skills.since': '2025年2月', titles: '没有', annualReviewsPassed: '合格的', awards: '没有' },
    truth: T('sichuan', { skills: [sk('senior_worker', '2025-02')], titles: [], annualReviewsPassed: true, awards: [] }),
    interject: [{ at: 'awards', say: '啥叫获奖 厂里评的优秀员工算不算' }],
    followUps: [when('那到底几月份能报', '2027-02')] },
  { id: 'ho5-phone-03', locale: 'zh-CN', kind: 'phone', open: '俺是鞍山的 高级技师二零年十月份拿的证 评高工够不够格',
    answers: { region: '鞍山', skills: '高级技师', 'skills.since': '2020年10月', titles: '没评过', annualReviewsPassed: '年年都合格', awards: '没有啥奖' },
    truth: T('liaoning', { skills: [sk('senior_technician', '2020-10')], titles: [], annualReviewsPassed: true, awards: [] }),
    followUps: [docs('那得准备啥材料')] },
  { id: 'ho5-phone-04', locale: 'zh-CN', kind: 'phone', open: '赣州 技师 24年1月的 没职称 考核ok 没奖',
    answers: { region: '赣州', skills: '技师', 'skills.since': '2024年1月', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('jiangxi', { skills: [sk('technician', '2024-01')], titles: [], annualReviewsPassed: true, awards: [] }), maxTurns: 3,
    followUps: [when('工程师哪年能申报', '2027-01')] },
  { id: 'ho5-phone-05', locale: 'zh-CN', kind: 'phone', open: '昆山做电工的，高级工2019年考的，助理工程师可以报了吧',
    answers: { region: '昆山', skills: '高级工', 'skills.since': '2019年', 'skills.occupation': '电工', titles: '无', annualReviewsPassed: '都合格', awards: '无' },
    truth: T('suzhou', { skills: [sk('senior_worker', '2019-06', '电工')], titles: [], annualReviewsPassed: true, awards: [] }) },
  { id: 'ho5-phone-06', locale: 'zh-CN', kind: 'phone', open: '涪陵的 我是技帅 22年拿的 想问能报工程师不',
    answers: { region: '涪陵', skills: '技师', 'skills.since': '2022年', titles: '没有', annualReviewsPassed: '都合格', awards: '没有' },
    truth: T('chongqing', { skills: [sk('technician', '2022-06')], titles: [], annualReviewsPassed: true, awards: [] }) },
  { id: 'ho5-phone-07', locale: 'zh-CN', kind: 'phone', open: '宜宾 焊工三级 17年考的 现在能搞啥',
    answers: { region: '宜宾', skills: '三级高级工', 'skills.since': '2017年', titles: '没有', annualReviewsPassed: '合格', awards: '没得奖' },
    truth: T('sichuan', { skills: [sk('senior_worker', '2017-06')], titles: [], annualReviewsPassed: true, awards: [] }) },
  { id: 'ho5-phone-08', locale: 'zh-CN', kind: 'phone', open: '营口 高级工16年 技师20年5月 没职称',
    answers: { region: '营口', skills: '高级工和技师', 'skills.since': '技师是2020年5月', titles: '没有', annualReviewsPassed: '都是合格', awards: '无' },
    truth: T('liaoning', { skills: [sk('senior_worker', '2016-06'), sk('technician', '2020-05')], titles: [], annualReviewsPassed: true, awards: [] }), maxTurns: 4 },
  { id: 'ho5-phone-09', locale: 'zh-CN', kind: 'phone', open: '九江的 技师20年9月 不过前年考核没合格 还能评工程师么',
    answers: { region: '九江', skills: '技师', 'skills.since': '2020年9月', titles: '没有', annualReviewsPassed: '前年不合格', awards: '没有' },
    truth: T('jiangxi', { skills: [sk('technician', '2020-09')], titles: [], annualReviewsPassed: false, awards: [] }), maxTurns: 4 },
  { id: 'ho5-phone-10', locale: 'zh-CN', kind: 'phone', open: '张家港 钳工 技师21年11月的 还评过苏州市技术能手',
    answers: { region: '张家港', skills: '技师', 'skills.since': '2021年11月', 'skills.occupation': '钳工', titles: '没有', annualReviewsPassed: '都合格', awards: '就苏州市技术能手' },
    truth: T('suzhou', { skills: [sk('technician', '2021-11', '钳工')], titles: [], annualReviewsPassed: true, awards: [hon('suzhou_technical_expert')] }), maxTurns: 4 },
  { id: 'ho5-phone-11', locale: 'zh-CN', kind: 'phone', open: '永川区 高级工拿证三年了 助理工程师能不能报',
    answers: { region: '永川', skills: '高级工', 'skills.since': '三年前', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('chongqing', { skills: [sk('senior_worker', '2023-11')], titles: [], annualReviewsPassed: true, awards: [] }) },
  { id: 'ho5-phone-12', locale: 'zh-CN', kind: 'phone', open: '德阳 高级技师 2019.11 没职称 考核都合格 无奖',
    answers: { region: '德阳', skills: '高级技师', 'skills.since': '2019年11月', titles: '没有', annualReviewsPassed: '都合格', awards: '无' },
    truth: T('sichuan', { skills: [sk('senior_technician', '2019-11')], titles: [], annualReviewsPassed: true, awards: [] }), maxTurns: 2,
    followUps: [whatIf('要是我拿了中华技能大奖呢', T('sichuan', { skills: [sk('senior_technician', '2019-11')], titles: [], annualReviewsPassed: true, awards: [hon('china_skills_award')] }))] },

  // --- voice-to-text run-ons --------------------------------------------------------------------------------------
  { id: 'ho5-voice-01', locale: 'zh-CN', kind: 'voice', open: '我在成都龙泉驿上班高级工是二零一八年考的技师是二零二二年三月份拿的职称没有考核每年都合格没拿过什么奖',
    answers: { region: '成都', skills: '高级工和技师', 'skills.since': '技师二零二二年三月', titles: '没有', annualReviewsPassed: '都合格', awards: '没有' },
    truth: T('sichuan', { skills: [sk('senior_worker', '2018-06'), sk('technician', '2022-03')], titles: [], annualReviewsPassed: true, awards: [] }), maxTurns: 2 },
  { id: 'ho5-voice-02', locale: 'zh-CN', kind: 'voice', open: '嗯那个我是沈阳铁西的嗯高级工证是一五年的然后一直在厂里干钳工没有职称考核没问题奖的话没有',
    answers: { region: '沈阳', skills: '高级工', 'skills.since': '2015年', titles: '没有', annualReviewsPassed: '没问题都合格', awards: '没有' },
    truth: T('liaoning', { skills: [sk('senior_worker', '2015-06')], titles: [], annualReviewsPassed: true, awards: [] }), maxTurns: 3 },
  { id: 'ho5-voice-03', locale: 'zh-CN', kind: 'voice', open: '江西南昌的我技师证是二零一九年十二月拿的现在想评工程师考核都是合格的',
    answers: { region: '南昌', skills: '技师', 'skills.since': '2019年12月', titles: '没有职称', annualReviewsPassed: '都是合格的', awards: '没有' },
    truth: T('jiangxi', { skills: [sk('technician', '2019-12')], titles: [], annualReviewsPassed: true, awards: [] }), maxTurns: 4 },
  { id: 'ho5-voice-04', locale: 'zh-CN', kind: 'voice', open: '苏州吴江的做模具的高级技师二零二三年四月拿的以前技师是二零一八年的考核合格获奖没有',
    answers: { region: '吴江', skills: '高级技师和技师', 'skills.since': '高级技师二零二三年四月', 'skills.occupation': '模具工', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('suzhou', { skills: [sk('senior_technician', '2023-04', '模具工'), sk('technician', '2018-06', '模具工')], titles: [], annualReviewsPassed: true, awards: [] }), maxTurns: 4,
    followUps: [when('高工哪年哪月能报', '2027-04')] },
  { id: 'ho5-voice-05', locale: 'zh-CN', kind: 'voice', open: '你好我想问一下我是四川泸州的我拿技师已经五年了然后职称是没有的',
    answers: { region: '泸州', skills: '技师', 'skills.since': '五年前', titles: '没有', annualReviewsPassed: '都合格的', awards: '没有奖' },
    truth: T('sichuan', { skills: [sk('technician', '2021-11')], titles: [], annualReviewsPassed: true, awards: [] }), maxTurns: 4 },
  { id: 'ho5-voice-06', locale: 'zh-CN', kind: 'voice', open: '大连的电工技师两千零二十年七月份拿到的证书考核都合格没评职称没获过奖',
    answers: { region: '大连', skills: '技师', 'skills.since': '2020年7月', titles: '没有', annualReviewsPassed: '都合格', awards: '没有' },
    truth: T('liaoning', { skills: [sk('technician', '2020-07')], titles: [], annualReviewsPassed: true, awards: [] }), maxTurns: 2 },
  { id: 'ho5-voice-07', locale: 'zh-CN', kind: 'voice', open: '重庆北碚高级工二零二五年五月考的考核合格没有奖没有职称',
    answers: { region: '北碚', skills: '高级工', 'skills.since': '2025年5月', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('chongqing', { skills: [sk('senior_worker', '2025-05')], titles: [], annualReviewsPassed: true, awards: [] }), maxTurns: 2,
    followUps: [when('那我什么时候可以报助理工程师', '2027-05')] },

  // --- HR hotline and union staff --------------------------------------------------------------------------------
  { id: 'ho5-hr-01', locale: 'zh-CN', kind: 'hr', open: '来电人：王女士，重庆九龙坡，持焊工高级技师证（2021年4月取得），无职称，近三年考核均合格，无奖项。想申报高级工程师，需要准备什么材料？',
    answers: { region: '九龙坡', skills: '高级技师', 'skills.since': '2021年4月', titles: '无', annualReviewsPassed: '均合格', awards: '无' },
    truth: T('chongqing', { skills: [sk('senior_technician', '2021-04')], titles: [], annualReviewsPassed: true, awards: [] }), maxTurns: 2, ask: ASK_DOCS },
  { id: 'ho5-hr-02', locale: 'zh-CN', kind: 'hr', open: '帮一位工友问：四川攀枝花，技师证2024年9月拿的，之前的高级工是2019年，无职称，考核合格，无获奖。他想知道工程师什么时候能报。',
    answers: { region: '攀枝花', skills: '技师和高级工', 'skills.since': '技师2024年9月，高级工2019年', titles: '无', annualReviewsPassed: '合格', awards: '无' },
    truth: T('sichuan', { skills: [sk('technician', '2024-09'), sk('senior_worker', '2019-06')], titles: [], annualReviewsPassed: true, awards: [] }), maxTurns: 2, ask: askWhen('2027-09') },
  { id: 'ho5-hr-03', locale: 'zh-CN', kind: 'hr', open: '来电人在锦州，技师，2018年3月取证，获得过辽宁省技术能手称号，问能报什么',
    answers: { region: '锦州', skills: '技师', 'skills.since': '2018年3月', titles: '来电人没有职称', annualReviewsPassed: '近三年都合格', awards: '辽宁省技术能手' },
    truth: T('liaoning', { skills: [sk('technician', '2018-03')], titles: [], annualReviewsPassed: true, awards: [hon('liaoning_technical_expert')] }),
    interject: [{ at: 'titles', say: '稍等，我问一下来电人' }] },
  { id: 'ho5-hr-04', locale: 'zh-CN', kind: 'hr', open: '工会这边登记一下：上饶的李师傅，高级工，2022年10月取证，目前没有职称，年度考核合格，没有获奖',
    answers: { region: '上饶', skills: '高级工', 'skills.since': '2022年10月', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('jiangxi', { skills: [sk('senior_worker', '2022-10')], titles: [], annualReviewsPassed: true, awards: [] }), maxTurns: 2,
    followUps: [docs('他要带哪些材料')] },
  { id: 'ho5-hr-05', locale: 'en', kind: 'hr', open: 'Caller from Taicang: senior technician certificate since March 2020, works as an electrician, no title, annual reviews all passed, no awards. What documents should he prepare?',
    answers: { region: 'Taicang', skills: 'senior technician', 'skills.since': 'March 2020', 'skills.occupation': 'electrician', titles: 'no title', annualReviewsPassed: 'all passed', awards: 'no awards' },
    truth: T('suzhou', { skills: [sk('senior_technician', '2020-03', '电工')], titles: [], annualReviewsPassed: true, awards: [] }), maxTurns: 2, ask: ASK_DOCS },
  { id: 'ho5-hr-06', locale: 'zh-CN', kind: 'hr', open: '来电人：男，德阳什邡，获得全国技术能手称号，持技师证（2023年7月），无职称，近三年考核合格。问能申报什么职称。',
    answers: { region: '什邡', skills: '技师', 'skills.since': '2023年7月', titles: '无', annualReviewsPassed: '合格', awards: '全国技术能手' },
    truth: T('sichuan', { skills: [sk('technician', '2023-07')], titles: [], annualReviewsPassed: true, awards: [hon('national_technical_expert')] }), maxTurns: 3,
    followUps: [docs('需要哪些证明材料')] },
  { id: 'ho5-hr-07', locale: 'zh-CN', kind: 'hr', open: '来电人：抚顺，高级技师（2017年取得），无职称，没有获奖，考核情况他本人说不清楚',
    answers: { region: '抚顺', skills: '高级技师', 'skills.since': '2017年', titles: '无', annualReviewsPassed: '不清楚', awards: '没有' },
    truth: T('liaoning', { skills: [sk('senior_technician', '2017-06')], titles: [], awards: [] }), maxTurns: 3 },
  { id: 'ho5-hr-08', locale: 'zh-CN', kind: 'hr', open: '来电人是工程师，中级职称2019年评的，机电一体化专业毕业，在常熟一家厂做电工，想走技能等级，能直接考技师吗？',
    answers: { region: '常熟', titles: '工程师', 'titles.since': '2019年', 'titles.series': '工程系列', skills: '没有技能证书', relatedDiploma: '有，机电一体化专业', annualReviewsPassed: '合格', awards: '没有', workYears: '7年' },
    truth: T('suzhou', { titles: [ti('intermediate', '2019-06')], skills: [], relatedDiploma: true, workYears: 7, annualReviewsPassed: true, awards: [] }), maxTurns: 4,
    followUps: [exempt('理论考试能免吗')] },
  { id: 'ho5-hr-09', locale: 'zh-CN', kind: 'hr', open: '来电人：南昌青山湖，技师，2025年3月取证，高级工2021年5月，无职称，近3年考核合格，无奖。问什么时候可以报工程师',
    answers: { region: '南昌', skills: '技师和高级工', 'skills.since': '技师2025年3月，高级工2021年5月', titles: '无', annualReviewsPassed: '合格', awards: '无' },
    truth: T('jiangxi', { skills: [sk('technician', '2025-03'), sk('senior_worker', '2021-05')], titles: [], annualReviewsPassed: true, awards: [] }), maxTurns: 2, ask: askWhen('2028-03') },

  // --- English speakers (some typos) ------------------------------------------------------------------------------
  { id: 'ho5-en-01', locale: 'en', kind: 'en', open: "Hi, I'm a welder in Chengdu. Got my technician certificate in May 2021. No professional title. What can I apply for?",
    answers: { region: 'Chengdu', skills: 'technician', 'skills.since': 'May 2021', titles: 'no', annualReviewsPassed: 'yes, all passed', awards: 'none' },
    truth: T('sichuan', { skills: [sk('technician', '2021-05')], titles: [], annualReviewsPassed: true, awards: [] }), maxTurns: 4 },
  { id: 'ho5-en-02', locale: 'en', kind: 'en', open: 'hi i work in shenyang, i have a senoir worker certficate from 2020, can i get an enginer title',
    answers: { region: 'Shenyang', skills: 'senior worker', 'skills.since': '2020', titles: 'no title', annualReviewsPassed: 'passed every year', awards: 'nope' },
    truth: T('liaoning', { skills: [sk('senior_worker', '2020-06')], titles: [], annualReviewsPassed: true, awards: [] }) },
  { id: 'ho5-en-03', locale: 'en', kind: 'en', open: "I'm a fitter in Suzhou Industrial Park with a senior technician cert since 2018. Reviews fine, no awards, no title. Could I go for senior engineer?",
    answers: { region: 'Suzhou', skills: 'senior technician', 'skills.since': '2018', 'skills.occupation': 'fitter', titles: 'no title', annualReviewsPassed: 'all fine', awards: 'no awards' },
    truth: T('suzhou', { skills: [sk('senior_technician', '2018-06', '钳工')], titles: [], annualReviewsPassed: true, awards: [] }), maxTurns: 3,
    followUps: [docs('what do I need to bring?')] },
  { id: 'ho5-en-04', locale: 'en', kind: 'en', open: 'Chongqing, technician since Feb 2024, when can I apply for engineer?',
    answers: { region: 'Chongqing', skills: 'technician', 'skills.since': 'February 2024', titles: 'none', annualReviewsPassed: 'all passed', awards: 'no awards' },
    truth: T('chongqing', { skills: [sk('technician', '2024-02')], titles: [], annualReviewsPassed: true, awards: [] }), ask: askWhen('2027-02'),
    interject: [{ at: 'annualReviewsPassed', say: 'what counts as an annual review?' }] },
  { id: 'ho5-en-05', locale: 'en', kind: 'en', open: 'Hello. Nanchang here. Senior worker cert, got it 3 years ago. No awards, no title.',
    answers: { region: 'Nanchang', skills: 'senior worker', 'skills.since': '3 years ago', titles: 'no', annualReviewsPassed: 'yes', awards: 'no' },
    truth: T('jiangxi', { skills: [sk('senior_worker', '2023-11')], titles: [], annualReviewsPassed: true, awards: [] }), maxTurns: 3 },
  { id: 'ho5-en-06', locale: 'en', kind: 'en', open: "I'm in Dalian, I've had a senior engineer title since 2016 and I work as an electrician on the shop floor. can I get a senior technician level?",
    answers: { region: 'Dalian', titles: 'senior engineer', 'titles.since': '2016', 'titles.series': 'engineering', skills: 'no skill certificate', workYears: '12', annualReviewsPassed: 'yes', awards: 'none' },
    truth: T('liaoning', { titles: [ti('deputy_senior', '2016-06')], skills: [], workYears: 12, annualReviewsPassed: true, awards: [] }) },
  { id: 'ho5-en-07', locale: 'en', kind: 'en', open: 'Anshan. tecnician cert in 2019, plus I was named a Liaoning Craftsman. no title',
    answers: { region: 'Anshan', skills: 'technician', 'skills.since': '2019', titles: 'no', annualReviewsPassed: 'passed', awards: 'Liaoning Craftsman' },
    truth: T('liaoning', { skills: [sk('technician', '2019-06')], titles: [], annualReviewsPassed: true, awards: [hon('liaoning_craftsman')] }), maxTurns: 4 },
  { id: 'ho5-en-08', locale: 'en', kind: 'en', open: "Mianyang - I came 2nd in a national class 1 skills contest in 2022, individual event. I've been a senior worker since 2021.",
    answers: { region: 'Mianyang', skills: 'senior worker', 'skills.since': '2021', titles: 'no', annualReviewsPassed: 'all passed', awards: '2nd in a national class 1 contest', 'awards.rank': '2nd', 'awards.teamSize': 'individual', 'awards.class': 'class 1' },
    truth: T('sichuan', { skills: [sk('senior_worker', '2021-06')], titles: [], annualReviewsPassed: true, awards: [comp('national_class1', { rank: 2, teamSize: 1 })] }), maxTurns: 4,
    followUps: [docs('which documents do I need?')] },
  { id: 'ho5-en-09', locale: 'en', kind: 'en', open: "Good evening, I'm based in Jiujiang, Jiangxi. Technician certificate obtained October 2022. Is an intermediate title possible yet?",
    answers: { region: 'Jiujiang', skills: 'technician', 'skills.since': 'October 2022', titles: 'No', annualReviewsPassed: 'Yes, all fine', awards: 'None' },
    truth: T('jiangxi', { skills: [sk('technician', '2022-10')], titles: [], annualReviewsPassed: true, awards: [] }) },
  { id: 'ho5-en-10', locale: 'en', kind: 'en', open: "hey is this the bot that checks titles? I'm in Kunshan, electrician, technician since 2017",
    answers: { region: 'Kunshan', skills: 'technician', 'skills.since': '2017', 'skills.occupation': 'electrician', titles: 'no', annualReviewsPassed: 'yes passed', awards: 'no' },
    truth: T('suzhou', { skills: [sk('technician', '2017-06', '电工')], titles: [], annualReviewsPassed: true, awards: [] }),
    followUps: [bye('great, thanks a lot!')] },
  { id: 'ho5-en-11', locale: 'en', kind: 'en', open: "Chongqing Jiangbei, senior technician since April 2019, no awards or title. Not sure about my annual reviews though.",
    answers: { region: 'Jiangbei', skills: 'senior technician', 'skills.since': 'April 2019', titles: 'no', annualReviewsPassed: 'not sure', awards: 'none' },
    truth: T('chongqing', { skills: [sk('senior_technician', '2019-04')], titles: [], awards: [] }), maxTurns: 3 },
  { id: 'ho5-en-12', locale: 'en', kind: 'en', open: 'Zigong, Sichuan. I have an assistant engineer title from 2018 and 5 years on the job as a maintenance electrician. Can I get senior worker level?',
    answers: { region: 'Zigong', titles: 'assistant engineer', 'titles.since': '2018', 'titles.series': 'engineering', skills: 'none', workYears: '5', annualReviewsPassed: 'yes, passed', awards: 'none' },
    truth: T('sichuan', { titles: [ti('assistant', '2018-06')], skills: [], workYears: 5, annualReviewsPassed: true, awards: [] }) },

  // --- traditional characters (HK / TW typing) ---------------------------------------------------------------------
  { id: 'ho5-trad-01', locale: 'zh-CN', kind: 'trad', open: '你好，我在蘇州吳中區做焊工，技師證書是2020年拿的，沒有職稱，考核都合格，沒有得過獎',
    answers: { region: '蘇州', skills: '技師', 'skills.since': '2020年', 'skills.occupation': '焊工', titles: '沒有', annualReviewsPassed: '都合格', awards: '沒有' },
    truth: T('suzhou', { skills: [sk('technician', '2020-06', '焊工')], titles: [], annualReviewsPassed: true, awards: [] }), maxTurns: 3 },
  { id: 'ho5-trad-02', locale: 'zh-CN', kind: 'trad', open: '請問重慶的高級技師可以評高級工程師嗎？我是2022年8月取得的',
    answers: { region: '重慶', skills: '高級技師', 'skills.since': '2022年8月', titles: '沒有', annualReviewsPassed: '都合格', awards: '沒有' },
    truth: T('chongqing', { skills: [sk('senior_technician', '2022-08')], titles: [], annualReviewsPassed: true, awards: [] }) },
  { id: 'ho5-trad-03', locale: 'zh-CN', kind: 'trad', open: '我喺成都做嘢，係高級工，2021年考到，冇職稱，年度考核冇問題',
    answers: { region: '成都', skills: '高級工', 'skills.since': '2021年', titles: '冇', annualReviewsPassed: '冇問題', awards: '冇拎過獎' },
    truth: T('sichuan', { skills: [sk('senior_worker', '2021-06')], titles: [], annualReviewsPassed: true, awards: [] }), maxTurns: 4,
    interject: [{ at: 'awards', say: '唔該，等陣先' }] },
  { id: 'ho5-trad-04', locale: 'zh-CN', kind: 'trad', open: '瀋陽，技師證2024年2月拿的，沒有職稱，考核合格，無獲獎，想問幾時可以評工程師',
    answers: { region: '瀋陽', skills: '技師', 'skills.since': '2024年2月', titles: '沒有', annualReviewsPassed: '合格', awards: '無' },
    truth: T('liaoning', { skills: [sk('technician', '2024-02')], titles: [], annualReviewsPassed: true, awards: [] }), maxTurns: 2, ask: askWhen('2027-02') },
  { id: 'ho5-trad-05', locale: 'zh-CN', kind: 'trad', open: '景德鎮的，高級技師，2015年取得，考核合格，沒有職稱，也沒有獲獎',
    answers: { region: '景德鎮', skills: '高級技師', 'skills.since': '2015年', titles: '沒有', annualReviewsPassed: '合格', awards: '沒有' },
    truth: T('jiangxi', { skills: [sk('senior_technician', '2015-06')], titles: [], annualReviewsPassed: true, awards: [] }), maxTurns: 2 },
  { id: 'ho5-trad-06', locale: 'zh-CN', kind: 'trad', open: '我在崑山，已經有工程師職稱（2020年評的），想考技師，需要什麼條件？',
    answers: { region: '崑山', titles: '工程師', 'titles.since': '2020年', 'titles.series': '工程系列', skills: '沒有', annualReviewsPassed: '合格', awards: '沒有', workYears: '8年' },
    truth: T('suzhou', { titles: [ti('intermediate', '2020-06')], skills: [], workYears: 8, annualReviewsPassed: true, awards: [] }), maxTurns: 4,
    followUps: [exempt('可以免理論考試嗎')] },
  { id: 'ho5-trad-07', locale: 'zh-CN', kind: 'trad', open: '重慶巴南，高級工2019年、技師2024年3月，沒職稱，考核都過，冇獎',
    answers: { region: '巴南', skills: '高級工同技師', 'skills.since': '技師2024年3月', titles: '沒有', annualReviewsPassed: '都過', awards: '沒有' },
    truth: T('chongqing', { skills: [sk('senior_worker', '2019-06'), sk('technician', '2024-03')], titles: [], annualReviewsPassed: true, awards: [] }), maxTurns: 2,
    followUps: [when('工程師幾時可以報', '2027-03')] },

  // --- competitions as people say them -----------------------------------------------------------------------------
  { id: 'ho5-contest-01', locale: 'zh-CN', kind: 'contest', open: '重庆大渡口 国赛二类拿了个亚军 我是高级工2022年的',
    answers: { region: '大渡口', skills: '高级工', 'skills.since': '2022年', titles: '没有', annualReviewsPassed: '都合格', awards: '国赛二类亚军', 'awards.rank': '第二名', 'awards.class': '二类', 'awards.teamSize': '个人' },
    truth: T('chongqing', { skills: [sk('senior_worker', '2022-06')], titles: [], annualReviewsPassed: true, awards: [comp('national_class2', { rank: 2 })] }), maxTurns: 4 },
  { id: 'ho5-contest-02', locale: 'zh-CN', kind: 'contest', open: '成都的，全国一类大赛三人赛项我们队拿了第二名，我是技师2020年的',
    answers: { region: '成都', skills: '技师', 'skills.since': '2020年', titles: '没有', annualReviewsPassed: '都合格', awards: '国家级一类竞赛第二名', 'awards.rank': '第二', 'awards.teamSize': '三个人一队', 'awards.class': '一类' },
    truth: T('sichuan', { skills: [sk('technician', '2020-06')], titles: [], annualReviewsPassed: true, awards: [comp('national_class1', { rank: 2, teamSize: 3 })] }), maxTurns: 4,
    followUps: [docs('要准备些啥')] },
  { id: 'ho5-contest-03', locale: 'zh-CN', kind: 'contest', open: '乐山 国家级一类竞赛双人项目拿了第四名 技师是2023年5月拿的',
    answers: { region: '乐山', skills: '技师', 'skills.since': '2023年5月', titles: '没有', annualReviewsPassed: '合格', awards: '国家级一类竞赛第四名', 'awards.rank': '第四', 'awards.teamSize': '两个人', 'awards.class': '一类' },
    truth: T('sichuan', { skills: [sk('technician', '2023-05')], titles: [], annualReviewsPassed: true, awards: [comp('national_class1', { rank: 4, teamSize: 2 })] }), maxTurns: 4 },
  { id: 'ho5-contest-04', locale: 'zh-CN', kind: 'contest', open: '太仓的 省赛一类拿了第五 做车工的 高级工18年考的',
    answers: { region: '太仓', skills: '高级工', 'skills.since': '2018年', 'skills.occupation': '车工', titles: '没有', annualReviewsPassed: '都合格', awards: '省级一类竞赛第五名', 'awards.rank': '第五', 'awards.class': '一类', 'awards.teamSize': '个人赛' },
    truth: T('suzhou', { skills: [sk('senior_worker', '2018-06', '车工')], titles: [], annualReviewsPassed: true, awards: [comp('provincial_class1', { rank: 5 })] }), maxTurns: 4,
    followUps: [bye('好的谢谢啊')] },
  { id: 'ho5-contest-05', locale: 'zh-CN', kind: 'contest', open: '苏州相城的，市里一类的技能比赛拿过第一，电工，只有中级工证',
    answers: { region: '相城', skills: '中级工', 'skills.since': '2020年', 'skills.occupation': '电工', titles: '没有', annualReviewsPassed: '合格', awards: '市级一类竞赛第一名', 'awards.rank': '第一', 'awards.class': '一类', 'awards.teamSize': '个人' },
    truth: T('suzhou', { skills: [sk('intermediate_worker', '2020-06', '电工')], titles: [], annualReviewsPassed: true, awards: [comp('municipal_class1', { rank: 1 })] }) },
  { id: 'ho5-contest-06', locale: 'zh-CN', kind: 'contest', open: '我是本溪的，带的徒弟拿了世赛铜牌，我是他的教练，我自己是高级技师2016年的',
    answers: { region: '本溪', skills: '高级技师', 'skills.since': '2016年', titles: '没有', annualReviewsPassed: '合格', awards: '世赛铜牌选手的教练' },
    truth: T('liaoning', { skills: [sk('senior_technician', '2016-06')], titles: [], annualReviewsPassed: true, awards: [hon('worldskills_coach')] }), maxTurns: 4 },
  { id: 'ho5-contest-07', locale: 'zh-CN', kind: 'contest', open: '新余的 前些年评上了全国技术能手 技师证2019年 考核都合格 没职称',
    answers: { region: '新余', skills: '技师', 'skills.since': '2019年', titles: '没有', annualReviewsPassed: '都合格', awards: '全国技术能手' },
    truth: T('jiangxi', { skills: [sk('technician', '2019-06')], titles: [], annualReviewsPassed: true, awards: [hon('national_technical_expert')] }), maxTurns: 3 },
  { id: 'ho5-contest-08', locale: 'en', kind: 'contest', open: "Yibin here. I came 3rd in a provincial class 2 contest last year, and I've been a technician since 2020",
    answers: { region: 'Yibin', skills: 'technician', 'skills.since': '2020', titles: 'no title', annualReviewsPassed: 'all passed', awards: '3rd in a provincial class 2 contest', 'awards.rank': '3rd', 'awards.class': 'class 2', 'awards.teamSize': 'individual' },
    truth: T('sichuan', { skills: [sk('technician', '2020-06')], titles: [], annualReviewsPassed: true, awards: [comp('provincial_class2', { rank: 3, teamSize: 1 })] }) },

  // --- wishes and targets, not holdings ----------------------------------------------------------------------------
  { id: 'ho5-wish-01', locale: 'zh-CN', kind: 'wish', open: '想冲一下高工 我是技师 重庆合川的 2019年拿的证',
    answers: { region: '合川', skills: '技师', 'skills.since': '2019年', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('chongqing', { skills: [sk('technician', '2019-06')], titles: [], annualReviewsPassed: true, awards: [] }),
    followUps: [whatIf('如果我2020年就拿了高级技师呢', T('chongqing', { skills: [sk('technician', '2019-06'), sk('senior_technician', '2020-06')], titles: [], annualReviewsPassed: true, awards: [] }))] },
  { id: 'ho5-wish-02', locale: 'zh-CN', kind: 'wish', open: '我没有技师证，是想考，现在是高级工，2020年4月拿的，在宜春',
    answers: { region: '宜春', skills: '高级工', 'skills.since': '2020年4月', titles: '没有', annualReviewsPassed: '都合格', awards: '没有' },
    truth: T('jiangxi', { skills: [sk('senior_worker', '2020-04')], titles: [], annualReviewsPassed: true, awards: [] }) },
  { id: 'ho5-wish-03', locale: 'zh-CN', kind: 'wish', open: '目标是评上工程师，目前手上是高级工证书，辽阳的，2021年11月考的',
    answers: { region: '辽阳', skills: '高级工', 'skills.since': '2021年11月', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('liaoning', { skills: [sk('senior_worker', '2021-11')], titles: [], annualReviewsPassed: false, awards: [] }),
    interject: [{ at: 'awards', say: '等一下，刚才考核说错了，前年那年没合格' }] },
  { id: 'ho5-wish-04', locale: 'zh-CN', kind: 'wish', open: '想问技师评工程师要几年？我自己现在只有高级工，南充的，22年考的',
    answers: { region: '南充', skills: '高级工', 'skills.since': '2022年', titles: '没有', annualReviewsPassed: '都合格', awards: '没有' },
    truth: T('sichuan', { skills: [sk('senior_worker', '2022-06')], titles: [], annualReviewsPassed: true, awards: [] }) },
  { id: 'ho5-wish-05', locale: 'en', kind: 'wish', open: "what do i need for a senior engineer title? i'm a technician in Luzhou since 2018",
    answers: { region: 'Luzhou', skills: 'technician', 'skills.since': '2018', titles: 'no', annualReviewsPassed: 'yes all passed', awards: 'no' },
    truth: T('sichuan', { skills: [sk('technician', '2018-06')], titles: [], annualReviewsPassed: true, awards: [] }) },
  { id: 'ho5-wish-06', locale: 'zh-CN', kind: 'wish', open: '高级技师还没有，正在准备考，现在是技师，2022年12月拿的，苏州姑苏区，做汽车维修工',
    answers: { region: '姑苏区', skills: '技师', 'skills.since': '2022年12月', 'skills.occupation': '汽车维修工', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('suzhou', { skills: [sk('technician', '2022-12', '汽车维修工')], titles: [], annualReviewsPassed: true, awards: [] }) },

  // --- corrections --------------------------------------------------------------------------------------------------
  { id: 'ho5-correction-01', locale: 'zh-CN', kind: 'correction', open: '重庆南岸的 技师2024年5月，哦不对，是2023年5月',
    answers: { region: '南岸', skills: '技师', 'skills.since': '2023年5月', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('chongqing', { skills: [sk('technician', '2023-05')], titles: [], annualReviewsPassed: true, awards: [] }) },
  { id: 'ho5-correction-02', locale: 'zh-CN', kind: 'correction', open: '攀枝花 高级工',
    answers: { region: '攀枝花', skills: '高级工', 'skills.since': '2025年1月', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('sichuan', { skills: [sk('senior_worker', '2023-01')], titles: [], annualReviewsPassed: true, awards: [] }),
    interject: [{ at: 'titles', say: '等下 高级工的时间说错了 应该是2023年1月' }] },
  { id: 'ho5-correction-03', locale: 'zh-CN', kind: 'correction', open: '铁岭 技师 2020年 考核合格 无奖 无职称',
    answers: { region: '铁岭', skills: '技师', 'skills.since': '2020年', titles: '无', annualReviewsPassed: '合格', awards: '无' },
    truth: T('liaoning', { skills: [sk('technician', '2020-06')], titles: [], annualReviewsPassed: true, awards: [] }), maxTurns: 2,
    followUps: [fix('不好意思说错了，我是高级技师，不是技师', T('liaoning', { skills: [sk('senior_technician', '2020-06')], titles: [], annualReviewsPassed: true, awards: [] }))] },
  { id: 'ho5-correction-04', locale: 'zh-CN', kind: 'correction', open: '苏州 电工 技师24年3月 拿过江苏省技术能手 没职称 考核合格',
    answers: { region: '苏州', skills: '技师', 'skills.since': '2024年3月', 'skills.occupation': '电工', titles: '没有', annualReviewsPassed: '合格', awards: '江苏省技术能手' },
    truth: T('suzhou', { skills: [sk('technician', '2024-03', '电工')], titles: [], annualReviewsPassed: true, awards: [hon('jiangsu_technical_expert')] }), maxTurns: 3,
    followUps: [fix('搞错了，我人在无锡上班，不在苏州', N('无锡', { skills: [sk('technician', '2024-03')], titles: [], annualReviewsPassed: true, awards: [hon('jiangsu_technical_expert')] }))] },
  { id: 'ho5-correction-05', locale: 'zh-CN', kind: 'correction', open: '助理工程师，宜宾的，想考高级工。干这行1年，哦说错了，是4年',
    answers: { region: '宜宾', titles: '助理工程师', 'titles.since': '2021年', 'titles.series': '工程系列', skills: '没有', workYears: '4年', annualReviewsPassed: '都合格', awards: '没有' },
    truth: T('sichuan', { titles: [ti('assistant', '2021-06')], skills: [], workYears: 4, annualReviewsPassed: true, awards: [] }) },
  { id: 'ho5-correction-06', locale: 'en', kind: 'correction', open: 'Ganzhou, Jiangxi. technician since March 2025, no title, reviews ok, no awards',
    answers: { region: 'Ganzhou', skills: 'technician', 'skills.since': 'March 2025', titles: 'no', annualReviewsPassed: 'ok', awards: 'no' },
    truth: T('jiangxi', { skills: [sk('technician', '2025-03')], titles: [], annualReviewsPassed: true, awards: [] }), maxTurns: 2,
    followUps: [fix('sorry, I meant March 2022, not 2025', T('jiangxi', { skills: [sk('technician', '2022-03')], titles: [], annualReviewsPassed: true, awards: [] }))] },

  // --- don't know / skip --------------------------------------------------------------------------------------------
  { id: 'ho5-unknown-01', locale: 'zh-CN', kind: 'unknown', open: '重庆长寿区 高级工 具体哪年考的记不清了',
    answers: { region: '长寿区', skills: '高级工', 'skills.since': '记不清了', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('chongqing', { skills: [sk('senior_worker')], titles: [], annualReviewsPassed: true, awards: [] }) },
  { id: 'ho5-unknown-02', locale: 'zh-CN', kind: 'unknown', open: '德阳 技师 2020年拿的 没职称 没奖',
    answers: { region: '德阳', skills: '技师', 'skills.since': '2020年', titles: '没有', annualReviewsPassed: '这个不太清楚 有没有不合格的要问单位', awards: '没有' },
    truth: T('sichuan', { skills: [sk('technician', '2020-06')], titles: [], awards: [] }), maxTurns: 3 },
  { id: 'ho5-unknown-03', locale: 'zh-CN', kind: 'unknown', open: '营口 高级技师 2018年 考核合格 没职称',
    answers: { region: '营口', skills: '高级技师', 'skills.since': '2018年', titles: '没有', annualReviewsPassed: '合格', awards: '不知道算不算 跳过吧' },
    truth: T('liaoning', { skills: [sk('senior_technician', '2018-06')], titles: [], annualReviewsPassed: true }), maxTurns: 3,
    followUps: [docs('要带什么材料')] },
  { id: 'ho5-unknown-04', locale: 'en', kind: 'unknown', open: "Jingdezhen. I'm a technician but honestly I don't remember what year I got it",
    answers: { region: 'Jingdezhen', skills: 'technician', 'skills.since': "can't remember, skip", titles: 'no', annualReviewsPassed: 'yes', awards: 'no' },
    truth: T('jiangxi', { skills: [sk('technician')], titles: [], annualReviewsPassed: true, awards: [] }) },

  // --- small talk ---------------------------------------------------------------------------------------------------
  { id: 'ho5-smalltalk-01', locale: 'zh-CN', kind: 'smalltalk', open: '在不在呀',
    answers: { region: '重庆渝北', skills: '高级技师', 'skills.since': '2021年12月', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('chongqing', { skills: [sk('senior_technician', '2021-12')], titles: [], annualReviewsPassed: true, awards: [] }),
    followUps: [bye('好的 谢谢了 拜拜')] },
  { id: 'ho5-smalltalk-02', locale: 'zh-CN', kind: 'smalltalk', open: '你好 我想问问评职称的事',
    answers: { region: '眉山', skills: '技师', 'skills.since': '2021年8月', titles: '没有', annualReviewsPassed: '都合格', awards: '没有' },
    truth: T('sichuan', { skills: [sk('technician', '2021-08')], titles: [], annualReviewsPassed: true, awards: [] }),
    interject: [{ at: 'annualReviewsPassed', say: '你是机器人还是真人啊' }] },
  { id: 'ho5-smalltalk-03', locale: 'en', kind: 'smalltalk', open: 'hello?? is anybody on the other end of this',
    answers: { region: 'Dalian', skills: 'technician', 'skills.since': 'August 2019', titles: 'no', annualReviewsPassed: 'yes all passed', awards: 'no awards' },
    truth: T('liaoning', { skills: [sk('technician', '2019-08')], titles: [], annualReviewsPassed: true, awards: [] }),
    interject: [{ at: 'awards', say: 'sorry, hang on, my boss is calling' }],
    followUps: [bye('cheers, that helps!')] },
  { id: 'ho5-smalltalk-04', locale: 'zh-CN', kind: 'smalltalk', open: '👋 有人吗',
    answers: { region: '吉安', skills: '技师', 'skills.since': '2022年4月', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('jiangxi', { skills: [sk('technician', '2022-04')], titles: [], annualReviewsPassed: true, awards: [] }),
    interject: [{ at: 'skills', say: '稍等 我翻一下证书' }] },
  { id: 'ho5-smalltalk-05', locale: 'zh-CN', kind: 'smalltalk', open: '早上好呀',
    answers: { region: '常熟', skills: '高级工', 'skills.since': '2020年3月', 'skills.occupation': '焊工', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('suzhou', { skills: [sk('senior_worker', '2020-03', '焊工')], titles: [], annualReviewsPassed: true, awards: [] }),
    interject: [{ at: 'titles', say: '稍等一下哈，我在车间' }],
    followUps: [bye('明白了，辛苦啦')] },

  // --- national fallback (a city outside the five regions) ----------------------------------------------------------
  { id: 'ho5-national-01', locale: 'zh-CN', kind: 'national', open: '我在佛山，技师2021年3月，考核合格，没有职称没获奖',
    answers: { region: '佛山', skills: '技师', 'skills.since': '2021年3月', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: N('佛山', { skills: [sk('technician', '2021-03')], titles: [], annualReviewsPassed: true, awards: [] }), maxTurns: 2,
    followUps: [docs('那要准备哪些材料')] },
  { id: 'ho5-national-02', locale: 'zh-CN', kind: 'national', open: '宁波的 高级技师 2020年拿的 享受国务院特殊津贴 没职称',
    answers: { region: '宁波', skills: '高级技师', 'skills.since': '2020年', titles: '没有', annualReviewsPassed: '合格', awards: '享受国务院特殊津贴' },
    truth: N('宁波', { skills: [sk('senior_technician', '2020-06')], titles: [], annualReviewsPassed: true, awards: [hon('state_council_allowance')] }), maxTurns: 3 },
  { id: 'ho5-national-03', locale: 'en', kind: 'national', open: "I'm in Xi'an, senior worker since 2019, can I apply for a title?",
    answers: { region: "Xi'an", skills: 'senior worker', 'skills.since': '2019', titles: 'no', annualReviewsPassed: 'yes', awards: 'none' },
    truth: N('西安', { skills: [sk('senior_worker', '2019-06')], titles: [], annualReviewsPassed: true, awards: [] }) },
  { id: 'ho5-national-04', locale: 'zh-CN', kind: 'national', open: '徐州的 工程师 2018年评的 想考技师',
    answers: { region: '徐州', titles: '工程师', 'titles.since': '2018年', 'titles.series': '工程系列', skills: '没有', workYears: '8年', annualReviewsPassed: '合格', awards: '没有' },
    truth: N('徐州', { titles: [ti('intermediate', '2018-06')], skills: [], workYears: 8, annualReviewsPassed: true, awards: [] }) },

  // --- title holders asking for a skill level -----------------------------------------------------------------------
  { id: 'ho5-title-holder-01', locale: 'zh-CN', kind: 'title-holder', open: '我是高级工程师，2019年评的，在成都做设备维修，累计做技术工作十年了，能不能报高级技师',
    answers: { region: '成都', titles: '高级工程师', 'titles.since': '2019年', 'titles.series': '工程系列', skills: '没有', workYears: '十年', annualReviewsPassed: '都合格', awards: '没有' },
    truth: T('sichuan', { titles: [ti('deputy_senior', '2019-06')], skills: [], workYears: 10, annualReviewsPassed: true, awards: [] }) },
  { id: 'ho5-title-holder-02', locale: 'zh-CN', kind: 'title-holder', open: '南充 中级职称 2023年评的 做这行累计3年 想考技能等级',
    answers: { region: '南充', titles: '中级', 'titles.since': '2023年', 'titles.series': '工程系列', skills: '没有', workYears: '3年', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('sichuan', { titles: [ti('intermediate', '2023-06')], skills: [], workYears: 3, annualReviewsPassed: true, awards: [] }),
    followUps: [when('技师什么时候能报', '2027-11')] },
  { id: 'ho5-title-holder-03', locale: 'zh-CN', kind: 'title-holder', open: '助理工程师2022年5月评的，在营口，想考个技师',
    answers: { region: '营口', titles: '助理工程师', 'titles.since': '2022年5月', 'titles.series': '工程系列', skills: '没有', workYears: '6年', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('liaoning', { titles: [ti('assistant', '2022-05')], skills: [], workYears: 6, annualReviewsPassed: true, awards: [] }), maxTurns: 4 },
  { id: 'ho5-title-holder-04', locale: 'zh-CN', kind: 'title-holder', open: '重庆沙坪坝 工程师职称 17年评的 想考技师证 行不行',
    answers: { region: '沙坪坝', titles: '工程师', 'titles.since': '2017年', 'titles.series': '工程系列', skills: '没有', workYears: '12年', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('chongqing', { titles: [ti('intermediate', '2017-06')], skills: [], workYears: 12, annualReviewsPassed: true, awards: [] }) },
  { id: 'ho5-title-holder-05', locale: 'zh-CN', kind: 'title-holder', open: '高级工程师 张家港 2020年评的 在车间带班 想拿高级技师',
    answers: { region: '张家港', titles: '高级工程师', 'titles.since': '2020年', 'titles.series': '工程系列', skills: '没有', workYears: '15年', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('suzhou', { titles: [ti('deputy_senior', '2020-06')], skills: [], workYears: 15, annualReviewsPassed: true, awards: [] }), maxTurns: 4 },
  { id: 'ho5-title-holder-06', locale: 'zh-CN', kind: 'title-holder', open: '丹东，工程师，2024年3月评的，现在在一线干焊工，能考啥技能等级',
    answers: { region: '丹东', titles: '工程师', 'titles.since': '2024年3月', 'titles.series': '工程系列', skills: '没有', workYears: '9年', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('liaoning', { titles: [ti('intermediate', '2024-03')], skills: [], workYears: 9, annualReviewsPassed: true, awards: [] }), maxTurns: 4,
    followUps: [when('高级技师哪个月能报', '2027-03')] },
]


// --- the engine on every truth (npm run eligibility, the scorer's own check) -------------------------------------
const { plan, results } = engineOnTruths(C, { root, asOf: AS_OF })

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
writeFileSync(join(root, 'test/heldout/dialog-conversations-5.json'), JSON.stringify(out, null, 1) + '\n')
const count = (f) => out.reduce((m, c) => { const k = f(c); m[k] = (m[k] ?? 0) + 1; return m }, {})
console.log(`${out.length} conversations`, count((c) => c.kind), count((c) => c.locale), count((c) => c.truth.region),
  { followUps: out.filter((c) => c.followUps).length, maxTurns: out.filter((c) => c.maxTurns).length, interject: out.filter((c) => c.interject).length, answerIncludes: out.filter((c) => c.answerIncludes).length })
console.log(count((c) => JSON.stringify(c.best)))
