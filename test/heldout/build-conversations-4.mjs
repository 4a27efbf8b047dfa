#!/usr/bin/env node
// Builds test/heldout/dialog-conversations-4.json (set 4, blind): the people's words and facts (truth) are written
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
  // ---------------- phone: short, dialect-flavoured, typos ----------------
  { id: 'ho4-phone-01', locale: 'zh-CN', kind: 'phone', open: '老铁问一下 俺是沈阳的 电焊技师 咋整能评个工程师',
    answers: { region: '沈阳', skills: '技师', 'skills.since': '前年三月整下来的', titles: '没整过', annualReviewsPassed: '年年都合格', awards: '啥奖没有' },
    truth: T('liaoning', { skills: [sk('technician', '2024-03')], annualReviewsPassed: true }), maxTurns: 6,
    followUps: [when('那得等到啥时候啊', '2027-03')] },
  { id: 'ho4-phone-02', locale: 'zh-CN', kind: 'phone', open: '请问哈 我璧山的 高级工 得不得评助工嘛',
    answers: { region: '璧山', skills: '高级工', 'skills.since': '二二年八月', titles: '没得', annualReviewsPassed: '都合格的', awards: '没得奖', workYears: '8年' },
    truth: T('chongqing', { skills: [sk('senior_worker', '2022-08')], annualReviewsPassed: true, workYears: 8 }), maxTurns: 7 },
  { id: 'ho4-phone-03', locale: 'zh-CN', kind: 'phone', open: '我系张家港做嘢嘅 有个技师证 2020年拎嘅 可唔可以评工程师',
    answers: { region: '张家港', skills: '技师', 'skills.since': '2020年', titles: '冇', annualReviewsPassed: '全部合格', awards: '冇' },
    truth: T('suzhou', { skills: [sk('technician', '2020-06')], annualReviewsPassed: true }),
    followUps: [docs('要带咩资料')] },
  { id: 'ho4-phone-04', locale: 'zh-CN', kind: 'phone', open: '高级技帅 南充 21年拿的 能评高工吗',
    answers: { region: '南充', skills: '高级技师', 'skills.since': '2021年7月', titles: '没有', annualReviewsPassed: '合格', awards: '没有', workYears: '16年' },
    truth: T('sichuan', { skills: [sk('senior_technician', '2021-07')], annualReviewsPassed: true, workYears: 16 }), maxTurns: 7 },
  { id: 'ho4-phone-05', locale: 'zh-CN', kind: 'phone', open: '我是电工 中及工 九江 今年六月考的',
    answers: { region: '九江', skills: '中级工', 'skills.since': '2026年6月', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('jiangxi', { skills: [sk('intermediate_worker', '2026-06')], annualReviewsPassed: true }) },
  { id: 'ho4-phone-06', locale: 'zh-CN', kind: 'phone', open: '江北区的 技师证去年10月才拿到 想问下啥子时候能评工程师',
    answers: { region: '重庆江北', skills: '技师', 'skills.since': '2025年10月', titles: '没有', annualReviewsPassed: '合格的', awards: '没有' },
    truth: T('chongqing', { skills: [sk('technician', '2025-10')], annualReviewsPassed: true }), maxTurns: 6,
    followUps: [when('要等好久哦', '2028-10')] },
  { id: 'ho4-phone-07', locale: 'zh-CN', kind: 'phone', open: '大哥 我鞍山的 高级工证一七年考的 现在能整个啥',
    answers: { region: '鞍山', skills: '高级工', 'skills.since': '17年', titles: '没有', annualReviewsPassed: '都过了', awards: '没', workYears: '干了12年' },
    truth: T('liaoning', { skills: [sk('senior_worker', '2017-06')], annualReviewsPassed: true, workYears: 12 }), maxTurns: 6,
    followUps: [bye('行 谢了老铁')] },

  // ---------------- voice-to-text run-ons ----------------
  { id: 'ho4-voice-01', locale: 'zh-CN', kind: 'voice', open: '喂喂听得到吗我想问一下我是重庆合川的然后我是那个汽车维修工的高级技师嗯是二零一九年的十一月份拿到的然后每年考核都是合格的没有职称也没有拿什么奖',
    answers: { region: '合川', skills: '高级技师', 'skills.since': '2019年11月', titles: '没有职称', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('chongqing', { skills: [sk('senior_technician', '2019-11')], annualReviewsPassed: true }), maxTurns: 3 },
  { id: 'ho4-voice-02', locale: 'zh-CN', kind: 'voice', open: '你好嗯我在抚州然后我是那个二零二三年三月考的技师证之前还有个高级工是二零一八年的嗯想问能评个什么职称',
    answers: { region: '抚州', skills: '高级工和技师', 'skills.since': '高级工是2018年的 技师是2023年3月', titles: '没有', annualReviewsPassed: '嗯都是合格的', awards: '没有' },
    truth: T('jiangxi', { skills: [sk('senior_worker', '2018-06'), sk('technician', '2023-03')], annualReviewsPassed: true }) },
  { id: 'ho4-voice-03', locale: 'zh-CN', kind: 'voice', open: '就是说我这个苏州吴江的我是二零二二年拿的高级工然后嗯一直在厂里面做电工想看看能不能评那个助理工程师',
    answers: { region: '吴江', skills: '高级工', 'skills.since': '2022年', titles: '没有', annualReviewsPassed: '合格的', awards: '没有' },
    truth: T('suzhou', { skills: [sk('senior_worker', '2022-06', '电工')], annualReviewsPassed: true }),
    followUps: [docs('好的那需要准备哪些东西')] },
  { id: 'ho4-voice-04', locale: 'zh-CN', kind: 'voice', open: '嗯我说一下情况啊锦州的钳工技师是二零二一年五月然后高级技师是二零二五年六月刚拿的考核都合格啊没有奖也没职称',
    answers: { region: '锦州', skills: '技师和高级技师', 'skills.since': '技师2021年5月 高级技师2025年6月', titles: '没有职称', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('liaoning', { skills: [sk('technician', '2021-05'), sk('senior_technician', '2025-06')], annualReviewsPassed: true }),
    followUps: [when('那高工要等到什么时候', '2029-06')] },
  { id: 'ho4-voice-05', locale: 'zh-CN', kind: 'voice', open: '你好我想咨询一下我是南充的那个焊工呃高级工是两年前拿的吧然后没有评过职称呃年度考核的话都合格',
    answers: { region: '南充', skills: '高级工', 'skills.since': '两年前', titles: '没有', annualReviewsPassed: '合格', awards: '没有获奖', workYears: '6年' },
    truth: T('sichuan', { skills: [sk('senior_worker', '2024-11')], annualReviewsPassed: true, workYears: 6 }), maxTurns: 4 },

  // ---------------- HR hotline agents: the caller's facts and a question in the first message ----------------
  { id: 'ho4-hr-01', locale: 'zh-CN', kind: 'hr', open: '【热线转】来电人：綦江，电工技师，2022年4月取证，近三年考核均合格，无奖项无职称。问：可以申报哪一级职称，要提交哪些材料？',
    answers: { region: '綦江', skills: '技师', 'skills.since': '2022年4月', titles: '无', annualReviewsPassed: '合格', awards: '无' },
    truth: T('chongqing', { skills: [sk('technician', '2022-04')], annualReviewsPassed: true }), maxTurns: 2, ask: ASK_DOCS },
  { id: 'ho4-hr-02', locale: 'zh-CN', kind: 'hr', open: '你好，人社窗口帮一位师傅问下：德阳的，高级工2025年5月取得，工作5年，考核合格，没奖也没职称，最早什么时候能报助理工程师？',
    answers: { region: '德阳', skills: '高级工', 'skills.since': '2025年5月', titles: '没有', annualReviewsPassed: '合格', awards: '没有', workYears: '5年' },
    truth: T('sichuan', { skills: [sk('senior_worker', '2025-05')], annualReviewsPassed: true, workYears: 5 }), maxTurns: 3, ask: askWhen('2027-05') },
  { id: 'ho4-hr-03', locale: 'zh-CN', kind: 'hr', open: '工会这边咨询：盘锦一名职工，高级技师，2016年10月取证，年度考核都合格，获得过辽宁省技术能手，无职称。能评什么？需要准备什么材料',
    answers: { region: '盘锦', skills: '高级技师', 'skills.since': '2016年10月', titles: '无', annualReviewsPassed: '合格', awards: '辽宁省技术能手' },
    truth: T('liaoning', { skills: [sk('senior_technician', '2016-10')], awards: [hon('liaoning_technical_expert')], annualReviewsPassed: true }), maxTurns: 2, ask: ASK_DOCS },
  { id: 'ho4-hr-04', locale: 'zh-CN', kind: 'hr', open: '来电人问：苏州工业园区，技师证（2023年12月），考核合格，获得过苏州市技术能手，没有职称，能否直接报工程师？要哪些材料',
    answers: { region: '苏州工业园区', skills: '技师', 'skills.since': '2023年12月', titles: '没有', annualReviewsPassed: '合格', awards: '苏州市技术能手' },
    truth: T('suzhou', { skills: [sk('technician', '2023-12')], awards: [hon('suzhou_technical_expert')], annualReviewsPassed: true }), maxTurns: 2, ask: ASK_DOCS },
  { id: 'ho4-hr-05', locale: 'zh-CN', kind: 'hr', open: '来电人：宜春，焊工高级工，2019年5月，考核有一年没合格，无奖，无职称，想知道能不能报助理工程师',
    answers: { region: '宜春', skills: '高级工', 'skills.since': '2019年5月', titles: '无', annualReviewsPassed: '有一年不合格', awards: '无' },
    truth: T('jiangxi', { skills: [sk('senior_worker', '2019-05')], annualReviewsPassed: false }), maxTurns: 2,
    answerIncludes: [['年度考核', '考核']] },
  { id: 'ho4-hr-06', locale: 'zh-CN', kind: 'hr', open: '代来电人咨询：成都龙泉驿，维修电工技师2018年3月取证、高级工2014年取证，考核均合格，无获奖，无职称，工作年限18年。请问最高能报到哪一级？需要哪些材料？',
    answers: { region: '龙泉驿', skills: '技师和高级工', 'skills.since': '技师2018年3月 高级工2014年', titles: '无', annualReviewsPassed: '合格', awards: '无', workYears: '18年' },
    truth: T('sichuan', { skills: [sk('senior_worker', '2014-06'), sk('technician', '2018-03')], annualReviewsPassed: true, workYears: 18 }), maxTurns: 3, ask: ASK_DOCS },
  { id: 'ho4-hr-07', locale: 'zh-CN', kind: 'hr', open: '来电人：荣昌，工程师职称（工程系列，2020年6月取得），近三年考核合格，无技能证书，想申请技能等级，能认定到哪一级，要带什么',
    answers: { region: '荣昌', titles: '工程师', 'titles.since': '2020年6月', skills: '没有', annualReviewsPassed: '合格', awards: '无' },
    truth: T('chongqing', { titles: [ti('intermediate', '2020-06')], annualReviewsPassed: true }), maxTurns: 3, ask: ASK_DOCS },
  { id: 'ho4-hr-08', locale: 'en', kind: 'hr', open: 'HR desk here. Caller is in Dalian, holds a senior worker certificate from June 2023, annual reviews all passed, no awards, no title. Can they apply for assistant engineer, and what should they prepare?',
    answers: { region: 'Dalian', skills: 'senior worker', 'skills.since': 'June 2023', titles: 'none', annualReviewsPassed: 'passed', awards: 'none' },
    truth: T('liaoning', { skills: [sk('senior_worker', '2023-06')], annualReviewsPassed: true }), maxTurns: 2, ask: ASK_DOCS },
  { id: 'ho4-hr-09', locale: 'en', kind: 'hr', open: 'Calling for a worker in Kunshan: technician level since Feb 2025, reviews passed, no awards, no title. When can she apply for engineer?',
    answers: { region: 'Kunshan', skills: 'technician', 'skills.since': 'February 2025', titles: 'none', annualReviewsPassed: 'passed', awards: 'none' },
    truth: T('suzhou', { skills: [sk('technician', '2025-02')], annualReviewsPassed: true }), maxTurns: 2, ask: askWhen('2028-02'),
    followUps: [bye('noted, thanks')] },
  { id: 'ho4-hr-10', locale: 'en', kind: 'hr', open: 'Union office, question for a member in Ganzhou: senior technician since 2019-09, annual reviews passed, no awards, no professional title. Which title can he go for, and which documents?',
    answers: { region: 'Ganzhou', skills: 'senior technician', 'skills.since': 'September 2019', titles: 'none', annualReviewsPassed: 'passed', awards: 'none' },
    truth: T('jiangxi', { skills: [sk('senior_technician', '2019-09')], annualReviewsPassed: true }), maxTurns: 2, ask: ASK_DOCS },

  // ---------------- English speakers ----------------
  { id: 'ho4-en-01', locale: 'en', kind: 'en', open: 'Hey, quick question. CNC machinist in Chengdu, I got the technician level in Oct 2022',
    answers: { region: 'Chengdu', skills: 'technician', 'skills.since': 'October 2022', titles: 'no title', annualReviewsPassed: 'all passed', awards: 'none', workYears: '9 years' },
    truth: T('sichuan', { skills: [sk('technician', '2022-10')], annualReviewsPassed: true, workYears: 9 }),
    followUps: [docs('what papers do i need')] },
  { id: 'ho4-en-02', locale: 'en', kind: 'en', open: 'i live in chongqing (yubei district). senior worker cert, 2024 august. can I get assistant engineer?',
    answers: { region: 'Yubei, Chongqing', skills: 'senior worker', 'skills.since': 'August 2024', titles: 'nope', annualReviewsPassed: 'yes every year', awards: 'no' },
    truth: T('chongqing', { skills: [sk('senior_worker', '2024-08')], annualReviewsPassed: true }), maxTurns: 5,
    followUps: [bye('perfect thanks')] },
  { id: 'ho4-en-03', locale: 'en', kind: 'en', open: 'Good evening! I am an electrician in Suzhou with a senior technician qualification obtained in 2015.',
    answers: { region: 'Suzhou', skills: 'senior technician', 'skills.since': '2015', titles: 'none', annualReviewsPassed: 'passed', awards: 'no' },
    truth: T('suzhou', { skills: [sk('senior_technician', '2015-06', '电工')], annualReviewsPassed: true }),
    followUps: [bye('great, thank you so much')] },
  { id: 'ho4-en-04', locale: 'en', kind: 'en', open: 'welder, Anshan, Liaoning. Technician since 2024-07. Reviews ok. No title no awards.',
    answers: { region: 'Anshan', skills: 'technician', 'skills.since': 'July 2024', titles: 'no', annualReviewsPassed: 'ok', awards: 'no' },
    truth: T('liaoning', { skills: [sk('technician', '2024-07')], annualReviewsPassed: true }), maxTurns: 3,
    followUps: [when('so when exactly can i apply for engineer?', '2027-07')] },
  { id: 'ho4-en-05', locale: 'en', kind: 'en', open: 'Hello there, Nanchang based fitter. I got my senior worker level 3 years ago',
    answers: { region: 'Nanchang', skills: 'senior worker', 'skills.since': '3 years ago', titles: 'no', annualReviewsPassed: 'yes', awards: 'no awards' },
    truth: T('jiangxi', { skills: [sk('senior_worker', '2023-11')], annualReviewsPassed: true }) },
  { id: 'ho4-en-06', locale: 'en', kind: 'en', open: 'Do you speak English? I work in Mianyang, Sichuan',
    answers: { region: 'Mianyang', skills: 'senior technician', 'skills.since': 'May 2014', titles: 'none', annualReviewsPassed: 'all passed', awards: 'none', workYears: '25 years' },
    truth: T('sichuan', { skills: [sk('senior_technician', '2014-05')], annualReviewsPassed: true, workYears: 25 }),
    followUps: [docs('ok what do i have to hand in')] },
  { id: 'ho4-en-07', locale: 'en', kind: 'en', open: 'I have two certificates: senior worker (2017) and technician (March 2021). I am in Taicang.',
    answers: { region: 'Taicang', skills: 'senior worker and technician', 'skills.since': 'senior worker 2017, technician March 2021', titles: 'no', annualReviewsPassed: 'passed all', awards: 'none' },
    truth: T('suzhou', { skills: [sk('senior_worker', '2017-06'), sk('technician', '2021-03')], annualReviewsPassed: true }) },
  { id: 'ho4-en-08', locale: 'en', kind: 'en', open: 'hi, im tecnician in shenyang since jan 2023, can i apply enginer title',
    answers: { region: 'Shenyang', skills: 'technician', 'skills.since': 'January 2023', titles: 'no', annualReviewsPassed: 'yes', awards: 'no' },
    truth: T('liaoning', { skills: [sk('technician', '2023-01')], annualReviewsPassed: true }), maxTurns: 5 },
  { id: 'ho4-en-09', locale: 'en', kind: 'en', open: 'Hi. Where do I start? I am a technician.',
    answers: { region: 'Wanzhou, Chongqing', skills: 'technician', 'skills.since': 'December 2021', titles: 'no title yet', annualReviewsPassed: 'yes all passed', awards: 'none' },
    truth: T('chongqing', { skills: [sk('technician', '2021-12')], annualReviewsPassed: true }),
    followUps: [docs('and the documents?')] },
  { id: 'ho4-en-10', locale: 'en', kind: 'en', open: 'Jingdezhen ceramics plant, intermediate worker since 2020. Anything I can apply for?',
    answers: { region: 'Jingdezhen', skills: 'intermediate worker', 'skills.since': '2020', titles: 'none', annualReviewsPassed: 'passed', awards: 'none' },
    truth: T('jiangxi', { skills: [sk('intermediate_worker', '2020-06')], annualReviewsPassed: true }) },

  // ---------------- traditional characters (HK / TW wording) ----------------
  { id: 'ho4-trad-01', locale: 'zh-CN', kind: 'trad', open: '你好，我喺蘇州崑山做電工，持有技師證書，2021年考獲，想問可唔可以申請工程師職稱？',
    answers: { region: '崑山', skills: '技師', 'skills.since': '2021年', titles: '冇職稱', annualReviewsPassed: '每年都合格', awards: '冇' },
    truth: T('suzhou', { skills: [sk('technician', '2021-06', '电工')], annualReviewsPassed: true }) },
  { id: 'ho4-trad-02', locale: 'zh-CN', kind: 'trad', open: '請問一下，本人在重慶沙坪壩工作，高級技師證書是2018年9月取得的，請問能否評審高級工程師？',
    answers: { region: '沙坪壩', skills: '高級技師', 'skills.since': '2018年9月', titles: '沒有', annualReviewsPassed: '歷年考核均合格', awards: '沒有獲獎' },
    truth: T('chongqing', { skills: [sk('senior_technician', '2018-09')], annualReviewsPassed: true }), maxTurns: 5 },
  { id: 'ho4-trad-03', locale: 'zh-CN', kind: 'trad', open: '您好，我在遼寧大連上班，領有高級工證照，2023年取得，請問可以申請什麼職稱呢？',
    answers: { region: '大連', skills: '高級工', 'skills.since': '2023年', titles: '目前沒有', annualReviewsPassed: '都有通過', awards: '沒有' },
    truth: T('liaoning', { skills: [sk('senior_worker', '2023-06')], annualReviewsPassed: true }) },
  { id: 'ho4-trad-04', locale: 'zh-CN', kind: 'trad', open: '四川成都，電工高級工，2020年6月拿證，年度考核都合格，冇獎冇職稱，工作年資8年',
    answers: { region: '成都', skills: '高級工', 'skills.since': '2020年6月', titles: '冇', annualReviewsPassed: '合格', awards: '冇', workYears: '8年' },
    truth: T('sichuan', { skills: [sk('senior_worker', '2020-06')], annualReviewsPassed: true, workYears: 8 }), maxTurns: 3 },
  { id: 'ho4-trad-05', locale: 'zh-CN', kind: 'trad', open: '江西南昌，技師，2022年7月，想知道幾時可以報工程師',
    answers: { region: '南昌', skills: '技師', 'skills.since': '2022年7月', titles: '沒有', annualReviewsPassed: '合格', awards: '無' },
    truth: T('jiangxi', { skills: [sk('technician', '2022-07')], annualReviewsPassed: true }), maxTurns: 5 },
  { id: 'ho4-trad-06', locale: 'zh-CN', kind: 'trad', open: '你好呀 我係做焊工嘅 蘇州吳中區 高級技師 2017年11月 考核全部合格 有冇機會評高工',
    answers: { region: '吳中區', skills: '高級技師', 'skills.since': '2017年11月', titles: '未有', annualReviewsPassed: '全部合格', awards: '冇獎' },
    truth: T('suzhou', { skills: [sk('senior_technician', '2017-11', '焊工')], annualReviewsPassed: true }),
    followUps: [docs('要準備咩文件')] },
  { id: 'ho4-trad-07', locale: 'zh-CN', kind: 'trad', open: '本人持有助理工程師職稱（2019年評定），在重慶九龍坡，想申請技能等級認定，請問可以嗎',
    answers: { region: '九龍坡', titles: '助理工程師', 'titles.since': '2019年', skills: '沒有技能證書', annualReviewsPassed: '合格', awards: '沒有', 'titles.series': '工程系列' },
    truth: T('chongqing', { titles: [ti('assistant', '2019-06')], annualReviewsPassed: true }) },
  { id: 'ho4-trad-08', locale: 'zh-CN', kind: 'trad', open: '鞍山 鉗工 技師證 2024年5月 考核合格 無獎 無職稱 請問幾時可以報工程師',
    answers: { region: '鞍山', skills: '技師', 'skills.since': '2024年5月', titles: '無', annualReviewsPassed: '合格', awards: '無' },
    truth: T('liaoning', { skills: [sk('technician', '2024-05')], annualReviewsPassed: true }), maxTurns: 3,
    followUps: [when('即係要等到幾時？', '2027-05')] },

  // ---------------- competitions, said colloquially ----------------
  { id: 'ho4-contest-01', locale: 'zh-CN', kind: 'contest', open: '我去年参加重庆市技能大赛拿了第五 焊工 合川的',
    answers: { region: '合川', skills: '没有证', titles: '没有', annualReviewsPassed: '合格', awards: '市技能大赛第五名', 'awards.rank': '第五', 'awards.teamSize': '个人' },
    truth: T('chongqing', { awards: [comp('chongqing_skills_competition', { rank: 5 })], annualReviewsPassed: true }),
    followUps: [docs('那要带啥材料去')] },
  { id: 'ho4-contest-02', locale: 'zh-CN', kind: 'contest', open: '区里的比赛拿了个头名 南岸的 高级工 23年5月',
    answers: { region: '南岸', skills: '高级工', 'skills.since': '2023年5月', titles: '没有', annualReviewsPassed: '合格', awards: '区县比赛第一名', 'awards.rank': '第一', 'awards.teamSize': '个人赛' },
    truth: T('chongqing', { skills: [sk('senior_worker', '2023-05')], awards: [comp('district', { rank: 1 })], annualReviewsPassed: true }) },
  { id: 'ho4-contest-03', locale: 'zh-CN', kind: 'contest', open: '国赛一类 我们三个人一队 拿了第二 自贡的',
    answers: { region: '自贡', skills: '技师', 'skills.since': '2020年10月', titles: '没有', annualReviewsPassed: '都合格', awards: '国赛一类第二', 'awards.class': '一类', 'awards.rank': '第二名', 'awards.teamSize': '三人', workYears: '10年' },
    truth: T('sichuan', { skills: [sk('technician', '2020-10')], awards: [comp('national_class1', { rank: 2, teamSize: 3 })], annualReviewsPassed: true, workYears: 10 }) },
  { id: 'ho4-contest-04', locale: 'zh-CN', kind: 'contest', open: '全国大赛二类的 拿了个铜牌 泸州 高级工',
    answers: { region: '泸州', skills: '高级工', 'skills.since': '2022年9月', titles: '没有', annualReviewsPassed: '合格', awards: '全国二类大赛铜牌', 'awards.class': '二类', 'awards.rank': '第三 铜牌', 'awards.teamSize': '个人', workYears: '7年' },
    truth: T('sichuan', { skills: [sk('senior_worker', '2022-09')], awards: [comp('national_class2', { rank: 3 })], annualReviewsPassed: true, workYears: 7 }) },
  { id: 'ho4-contest-05', locale: 'zh-CN', kind: 'contest', open: '省赛一类第五名 常熟 电工 技师',
    answers: { region: '常熟', skills: '技师', 'skills.since': '2024年4月', titles: '没有', annualReviewsPassed: '合格', awards: '省赛一类第五', 'awards.class': '一类', 'awards.rank': '第5', 'awards.teamSize': '个人' },
    truth: T('suzhou', { skills: [sk('technician', '2024-04', '电工')], awards: [comp('provincial_class1', { rank: 5 })], annualReviewsPassed: true }) },
  { id: 'ho4-contest-06', locale: 'zh-CN', kind: 'contest', open: '苏州市里的一类比赛 拿了个亚军 相城的 高级工',
    answers: { region: '相城', skills: '高级工', 'skills.since': '2025年1月', titles: '没有', annualReviewsPassed: '合格', awards: '市一类比赛第二名', 'awards.class': '一类', 'awards.rank': '第二', 'awards.teamSize': '个人' },
    truth: T('suzhou', { skills: [sk('senior_worker', '2025-01')], awards: [comp('municipal_class1', { rank: 2 })], annualReviewsPassed: true }) },
  { id: 'ho4-contest-07', locale: 'zh-CN', kind: 'contest', open: '世赛拿过铜牌的 沈阳 高级技师',
    answers: { region: '沈阳', skills: '高级技师', 'skills.since': '2019年', titles: '无', annualReviewsPassed: '合格', awards: '世界技能大赛铜牌', 'awards.rank': '铜牌' },
    truth: T('liaoning', { skills: [sk('senior_technician', '2019-06')], awards: [comp('worldskills', { medal: 'bronze' })], annualReviewsPassed: true }) },
  { id: 'ho4-contest-08', locale: 'en', kind: 'contest', open: 'I came second in a national class two contest, pairs event. Based in Leshan.',
    answers: { region: 'Leshan', skills: 'technician', 'skills.since': 'April 2021', titles: 'none', annualReviewsPassed: 'yes', awards: 'national class 2 contest, 2nd, pairs', 'awards.class': 'class two', 'awards.rank': '2nd', 'awards.teamSize': 'two of us', workYears: '11' },
    truth: T('sichuan', { skills: [sk('technician', '2021-04')], awards: [comp('national_class2', { rank: 2, teamSize: 2 })], annualReviewsPassed: true, workYears: 11 }) },

  // ---------------- wishes and targets that are not holdings ----------------
  { id: 'ho4-wish-01', locale: 'zh-CN', kind: 'wish', open: '想冲个高工 我现在是技师 21年6月拿的 遂宁',
    answers: { region: '遂宁', skills: '技师', 'skills.since': '2021年6月', titles: '没有', annualReviewsPassed: '都合格', awards: '没有', workYears: '12年' },
    truth: T('sichuan', { skills: [sk('technician', '2021-06')], annualReviewsPassed: true, workYears: 12 }), maxTurns: 6 },
  { id: 'ho4-wish-02', locale: 'zh-CN', kind: 'wish', open: '打算明年考高级技师，现在手里是技师（2020年9月），在营口',
    answers: { region: '营口', skills: '技师', 'skills.since': '2020年9月', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('liaoning', { skills: [sk('technician', '2020-09')], annualReviewsPassed: true }),
    followUps: [whatIf('要是我评上辽宁工匠呢', T('liaoning', { skills: [sk('technician', '2020-09')], awards: [hon('liaoning_craftsman')], annualReviewsPassed: true }))] },
  { id: 'ho4-wish-03', locale: 'zh-CN', kind: 'wish', open: '能报工程师不 我高级工 18年的 景德镇',
    answers: { region: '景德镇', skills: '高级工', 'skills.since': '2018年', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('jiangxi', { skills: [sk('senior_worker', '2018-06')], annualReviewsPassed: true }) },
  { id: 'ho4-wish-04', locale: 'en', kind: 'wish', open: 'what do I need for a senior engineer title? technician in Chongqing since 2017',
    answers: { region: 'Chongqing', skills: 'technician', 'skills.since': '2017', titles: 'no', annualReviewsPassed: 'yes', awards: 'no' },
    truth: T('chongqing', { skills: [sk('technician', '2017-06')], annualReviewsPassed: true }) },
  { id: 'ho4-wish-05', locale: 'zh-CN', kind: 'wish', open: '我没有技师证啊 是想考 现在只有高级工 2021年3月的 吴中',
    answers: { region: '吴中', skills: '高级工', 'skills.since': '2021年3月', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('suzhou', { skills: [sk('senior_worker', '2021-03')], annualReviewsPassed: true }) },
  { id: 'ho4-wish-06', locale: 'zh-CN', kind: 'wish', open: '想评个工程师 需要啥条件 现在是助理工程师 2022年评的 成都',
    answers: { region: '成都', titles: '助理工程师', 'titles.since': '2022年', skills: '没有技能证书', annualReviewsPassed: '合格', awards: '没有', workYears: '6年' },
    truth: T('sichuan', { titles: [ti('assistant', '2022-06')], annualReviewsPassed: true, workYears: 6 }) },
  { id: 'ho4-wish-07', locale: 'en', kind: 'wish', open: 'Planning to go for the technician level next year, right now senior worker since 2019, Panjin',
    answers: { region: 'Panjin', skills: 'senior worker', 'skills.since': '2019', titles: 'none', annualReviewsPassed: 'passed', awards: 'none' },
    truth: T('liaoning', { skills: [sk('senior_worker', '2019-06')], annualReviewsPassed: true }) },
  { id: 'ho4-wish-08', locale: 'zh-CN', kind: 'wish', open: '技师评工程师要几年啊 我还没考技师 现在是高级工 萍乡 2024年1月',
    answers: { region: '萍乡', skills: '高级工', 'skills.since': '2024年1月', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('jiangxi', { skills: [sk('senior_worker', '2024-01')], annualReviewsPassed: true }) },

  // ---------------- corrections (during the interview, and after the answer) ----------------
  { id: 'ho4-correction-01', locale: 'zh-CN', kind: 'correction', open: '大足的 技师 2024年5月',
    answers: { region: '大足', skills: '技师', 'skills.since': '2023年5月', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    interject: [{ at: 'titles', say: '哦不对 技师是2023年5月拿的' }],
    truth: T('chongqing', { skills: [sk('technician', '2023-05')], annualReviewsPassed: true }) },
  { id: 'ho4-correction-02', locale: 'zh-CN', kind: 'correction', open: '德阳 高级工 2023年3月 考核合格 没奖 没职称',
    answers: { region: '德阳', skills: '高级工', 'skills.since': '2023年3月', titles: '没有', annualReviewsPassed: '合格', awards: '没有', workYears: '9年' },
    truth: T('sichuan', { skills: [sk('senior_worker', '2023-03')], annualReviewsPassed: true, workYears: 9 }),
    followUps: [fix('说错了 不是高级工 是技师 时间没错', T('sichuan', { skills: [sk('technician', '2023-03')], annualReviewsPassed: true, workYears: 9 }))] },
  { id: 'ho4-correction-03', locale: 'en', kind: 'correction', open: 'Suzhou, technician since April 2022, reviews passed, no awards, no title',
    answers: { region: 'Suzhou', skills: 'technician', 'skills.since': 'April 2022', titles: 'none', annualReviewsPassed: 'passed', awards: 'none' },
    truth: T('suzhou', { skills: [sk('technician', '2022-04')], annualReviewsPassed: true }),
    followUps: [fix('sorry, I meant April 2024', T('suzhou', { skills: [sk('technician', '2024-04')], annualReviewsPassed: true }))] },
  { id: 'ho4-correction-04', locale: 'zh-CN', kind: 'correction', open: '铁岭 高级技师 2020年8月',
    answers: { region: '铁岭', skills: '技师', 'skills.since': '2020年8月', titles: '无', annualReviewsPassed: '合格', awards: '没有' },
    interject: [{ at: 'awards', say: '等下 前面说错了 应该是技师 不是高级技师' }],
    truth: T('liaoning', { skills: [sk('technician', '2020-08')], annualReviewsPassed: true }) },
  { id: 'ho4-correction-05', locale: 'zh-CN', kind: 'correction', open: '赣州 技师 2022年6月 考核都合格 没获奖 无职称',
    answers: { region: '赣州', skills: '技师', 'skills.since': '2022年6月', titles: '无', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('jiangxi', { skills: [sk('technician', '2022-06')], annualReviewsPassed: true }),
    followUps: [fix('不对不对 考核有一年没合格', T('jiangxi', { skills: [sk('technician', '2022-06')], annualReviewsPassed: false }))] },
  { id: 'ho4-correction-06', locale: 'zh-CN', kind: 'correction', open: '乐山 技师',
    answers: { region: '乐山', skills: '技师', 'skills.since': '2021年4月', titles: '没有', annualReviewsPassed: '合格', awards: '没有', workYears: '9年' },
    interject: [{ at: 'awards', say: '搞错了 技师证是2024年4月拿的 不是2021' }],
    truth: T('sichuan', { skills: [sk('technician', '2024-04')], annualReviewsPassed: true, workYears: 9 }) },

  // ---------------- 不知道 / skip ----------------
  { id: 'ho4-unknown-01', locale: 'zh-CN', kind: 'unknown', open: '南昌的焊工技师 想问能评啥',
    answers: { region: '南昌', skills: '技师', 'skills.since': '记不清了', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('jiangxi', { skills: [sk('technician')], annualReviewsPassed: true }) },
  { id: 'ho4-unknown-02', locale: 'zh-CN', kind: 'unknown', open: '辽阳 高级工 2022年10月 考核的事我不清楚',
    answers: { region: '辽阳', skills: '高级工', 'skills.since': '2022年10月', titles: '没有', annualReviewsPassed: '这个真不知道', awards: '没' },
    truth: T('liaoning', { skills: [sk('senior_worker', '2022-10')] }) },
  { id: 'ho4-unknown-03', locale: 'en', kind: 'unknown', open: 'Yibin, senior technician since 2015. Not sure about my annual reviews.',
    answers: { region: 'Yibin', skills: 'senior technician', 'skills.since': '2015', titles: 'none', annualReviewsPassed: 'no idea, skip', awards: 'none', workYears: "don't know" },
    truth: T('sichuan', { skills: [sk('senior_technician', '2015-06')] }) },
  { id: 'ho4-unknown-04', locale: 'zh-CN', kind: 'unknown', open: '苏州高新区 技师 2019年',
    answers: { region: '苏州高新区', skills: '技师', 'skills.since': '2019年', titles: '没有', annualReviewsPassed: '都合格', awards: '跳过' },
    truth: T('suzhou', { skills: [sk('technician', '2019-06')], annualReviewsPassed: true }) },

  // ---------------- small talk (before, during and after the interview) ----------------
  { id: 'ho4-smalltalk-01', locale: 'zh-CN', kind: 'smalltalk', open: '在吗?',
    answers: { region: '重庆巴南', skills: '高级工', 'skills.since': '2020年1月', titles: '没有', annualReviewsPassed: '都合格', awards: '没有' },
    truth: T('chongqing', { skills: [sk('senior_worker', '2020-01')], annualReviewsPassed: true }), maxTurns: 8 },
  { id: 'ho4-smalltalk-02', locale: 'zh-CN', kind: 'smalltalk', open: '人呢？？',
    answers: { region: '抚顺', skills: '技师', 'skills.since': '2022年11月', titles: '没有', annualReviewsPassed: '合格', awards: '无' },
    truth: T('liaoning', { skills: [sk('technician', '2022-11')], annualReviewsPassed: true }), maxTurns: 8 },
  { id: 'ho4-smalltalk-03', locale: 'zh-CN', kind: 'smalltalk', open: '👋你好',
    answers: { region: '绵阳', skills: '技师', 'skills.since': '2023年8月', titles: '没有', annualReviewsPassed: '合格', awards: '没有', workYears: '7年' },
    truth: T('sichuan', { skills: [sk('technician', '2023-08')], annualReviewsPassed: true, workYears: 7 }),
    followUps: [bye('👍谢谢')] },
  { id: 'ho4-smalltalk-04', locale: 'zh-CN', kind: 'smalltalk', open: '昆山 高级工 2021年',
    answers: { region: '昆山', skills: '高级工', 'skills.since': '2021年', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    interject: [{ at: 'annualReviewsPassed', say: '好的谢谢' }],
    truth: T('suzhou', { skills: [sk('senior_worker', '2021-06')], annualReviewsPassed: true }) },
  { id: 'ho4-smalltalk-05', locale: 'zh-CN', kind: 'smalltalk', open: '九江 技师证 2021年10月 考核合格 无奖 无职称 能评啥',
    answers: { region: '九江', skills: '技师', 'skills.since': '2021年10月', titles: '无', annualReviewsPassed: '合格', awards: '无' },
    truth: T('jiangxi', { skills: [sk('technician', '2021-10')], annualReviewsPassed: true }), maxTurns: 3,
    followUps: [bye('好的拜拜')] },
  { id: 'ho4-smalltalk-06', locale: 'en', kind: 'smalltalk', open: 'hello?? anyone there',
    answers: { region: 'Dalian', skills: 'senior worker', 'skills.since': 'March 2024', titles: 'none', annualReviewsPassed: 'yes', awards: 'none' },
    truth: T('liaoning', { skills: [sk('senior_worker', '2024-03')], annualReviewsPassed: true }),
    followUps: [bye('cheers, bye')] },
  { id: 'ho4-smalltalk-07', locale: 'en', kind: 'smalltalk', open: 'Chongqing, technician, 2020',
    answers: { region: 'Chongqing', skills: 'technician', 'skills.since': '2020', titles: 'none', annualReviewsPassed: 'passed', awards: 'none' },
    interject: [{ at: 'titles', say: 'ok thanks 🙏' }],
    truth: T('chongqing', { skills: [sk('technician', '2020-06')], annualReviewsPassed: true }) },
  { id: 'ho4-smalltalk-08', locale: 'zh-CN', kind: 'smalltalk', open: '苏州姑苏区 技师 2022年2月',
    answers: { region: '姑苏区', skills: '技师', 'skills.since': '2022年2月', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    interject: [{ at: 'awards', say: '😂😂' }],
    truth: T('suzhou', { skills: [sk('technician', '2022-02')], annualReviewsPassed: true }),
    followUps: [bye('谢谢啦 辛苦了')] },

  // ---------------- cities outside the covered regions: the national baseline ----------------
  { id: 'ho4-national-01', locale: 'zh-CN', kind: 'national', open: '合肥的 电工技师 2021年9月 能评工程师吗',
    answers: { region: '合肥', skills: '技师', 'skills.since': '2021年9月', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: N('合肥', { skills: [sk('technician', '2021-09')], annualReviewsPassed: true }) },
  { id: 'ho4-national-02', locale: 'zh-CN', kind: 'national', open: '长沙 高级工 2025年3月',
    answers: { region: '长沙', skills: '高级工', 'skills.since': '2025年3月', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: N('长沙', { skills: [sk('senior_worker', '2025-03')], annualReviewsPassed: true }),
    followUps: [when('什么时候能报', '2027-03')] },
  { id: 'ho4-national-03', locale: 'en', kind: 'national', open: 'I am in Qingdao, senior technician certificate since 2018',
    answers: { region: 'Qingdao', skills: 'senior technician', 'skills.since': '2018', titles: 'none', annualReviewsPassed: 'passed', awards: 'none' },
    truth: N('青岛', { skills: [sk('senior_technician', '2018-06')], annualReviewsPassed: true }) },
  { id: 'ho4-national-04', locale: 'zh-CN', kind: 'national', open: '哈尔滨 焊工 高级技师 17年的',
    answers: { region: '哈尔滨', skills: '高级技师', 'skills.since': '2017年', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: N('哈尔滨', { skills: [sk('senior_technician', '2017-06')], annualReviewsPassed: true }) },
  { id: 'ho4-national-05', locale: 'zh-CN', kind: 'national', open: '南京江宁 技师 2023年4月 能不能评中级',
    answers: { region: '南京', skills: '技师', 'skills.since': '2023年4月', titles: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: N('南京', { skills: [sk('technician', '2023-04')], annualReviewsPassed: true }), maxTurns: 5 },

  // ---------------- title holders asking for a skill level ----------------
  { id: 'ho4-title-01', locale: 'zh-CN', kind: 'title-holder', open: '我是工程师 2018年评的 成都 想弄个技师证 可以直接认定吗',
    answers: { region: '成都', titles: '工程师', 'titles.since': '2018年', skills: '没有', annualReviewsPassed: '合格', awards: '没有', workYears: '13年', 'titles.series': '工程' },
    truth: T('sichuan', { titles: [ti('intermediate', '2018-06')], annualReviewsPassed: true, workYears: 13 }) },
  { id: 'ho4-title-02', locale: 'zh-CN', kind: 'title-holder', open: '助理工程师，2021年6月评的，重庆渝中，能认定高级工吗',
    answers: { region: '渝中', titles: '助理工程师', 'titles.since': '2021年6月', skills: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('chongqing', { titles: [ti('assistant', '2021-06')], annualReviewsPassed: true }),
    followUps: [docs('要准备些啥')] },
  { id: 'ho4-title-03', locale: 'zh-CN', kind: 'title-holder', open: '高工 就是高级工程师 2015年的 沈阳 能弄个高级技师不',
    answers: { region: '沈阳', titles: '高级工程师', 'titles.since': '2015年', skills: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('liaoning', { titles: [ti('deputy_senior', '2015-06')], annualReviewsPassed: true }) },
  { id: 'ho4-title-04', locale: 'en', kind: 'title-holder', open: 'I hold an intermediate engineer title since 2019 in Suzhou. Which skill level can I get?',
    answers: { region: 'Suzhou', titles: 'engineer', 'titles.since': '2019', skills: 'none', annualReviewsPassed: 'passed', awards: 'none' },
    truth: T('suzhou', { titles: [ti('intermediate', '2019-06')], annualReviewsPassed: true }),
    followUps: [exempt('do I still have to sit the theory exam?')] },
  { id: 'ho4-title-05', locale: 'zh-CN', kind: 'title-holder', open: '我是农艺师 九江的 2020年评的 想问能不能考技能等级',
    answers: { region: '九江', titles: '农艺师', 'titles.since': '2020年', 'titles.series': '农业', series: '农业', skills: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('jiangxi', { titles: [ti('intermediate', '2020-06', 'agriculture')], annualReviewsPassed: true }) },
  { id: 'ho4-title-06', locale: 'zh-CN', kind: 'title-holder', open: '苏州吴江 助理工程师 2023年8月 机械专业毕业 能认定啥技能等级',
    answers: { region: '吴江', titles: '助理工程师', 'titles.since': '2023年8月', skills: '没有', annualReviewsPassed: '合格', awards: '没有', relatedDiploma: '有 机械专业的' },
    truth: T('suzhou', { titles: [ti('assistant', '2023-08')], annualReviewsPassed: true, relatedDiploma: true }),
    followUps: [exempt('机械专业毕业的能免理论吗')] },
  { id: 'ho4-title-07', locale: 'zh-CN', kind: 'title-holder', open: '工程师 2016年 营口 想申请技师 咋整',
    answers: { region: '营口', titles: '工程师', 'titles.since': '2016年', skills: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('liaoning', { titles: [ti('intermediate', '2016-06')], annualReviewsPassed: true }) },
  { id: 'ho4-title-08', locale: 'zh-CN', kind: 'title-holder', open: '我有高级工程师职称 2012年评的 南昌 能认定高级技师吗 要带啥',
    answers: { region: '南昌', titles: '高级工程师', 'titles.since': '2012年', skills: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('jiangxi', { titles: [ti('deputy_senior', '2012-06')], annualReviewsPassed: true }),
    followUps: [docs('要带啥')] },
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
writeFileSync(join(root, 'test/heldout/dialog-conversations-4.json'), JSON.stringify(out, null, 1) + '\n')
const count = (f) => out.reduce((m, c) => { const k = f(c); m[k] = (m[k] ?? 0) + 1; return m }, {})
console.log(`${out.length} conversations`, count((c) => c.kind), count((c) => c.locale), count((c) => c.truth.region),
  { followUps: out.filter((c) => c.followUps).length, maxTurns: out.filter((c) => c.maxTurns).length, interject: out.filter((c) => c.interject).length, answerIncludes: out.filter((c) => c.answerIncludes).length })
console.log(count((c) => JSON.stringify(c.best)))
