#!/usr/bin/env node
// Builds test/heldout/dialog-conversations-12.json (set 12, blind): the people's words and facts (truth) are written
// here by hand; every best, corrected best, "when" month, "what if" level and HR checklist comes from the engine
// (a "when" written without a month takes the month the engine gives the path asked about, or its first not-yet path).
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sk, ti, comp, hon, T, N, docs, bye, fix, exempt, ASK_DOCS, writeConversationSet } from './conversationSet.mjs'
import process from 'node:process'
import { engineOnTruths } from './builderEngine.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const AS_OF = '2026-11'
const Y = true
const Z = (kind, o) => ({ locale: 'zh-CN', kind, ...o })
const E = (kind, o) => ({ locale: 'en', kind, ...o })
// what a person without a title or an award says to those questions, and to the annual review
const NO = { titles: '没有', awards: '没有', annualReviewsPassed: '合格' }
const NOE = { titles: 'no', awards: 'none', annualReviewsPassed: 'yes passed' }
// "when" asked after the answer / in the first message: the month is filled in from the engine (target: the level asked about)
const W = (say, target) => ({ say, type: 'when', month: null, target })
const AW = (target) => ({ type: 'when', month: null, target })

// --- HR hotline, WeCom and service-window staff typing for a caller ----------------------------------------------
const HR = [
  Z('hr', {
    open: '来电人：刘师傅，重庆万州一家船舶修造厂，电焊工高级技师，2020年9月取证，近三年考核均合格，无奖项。来电人想知道能否申报副高，需要准备什么材料',
    answers: { ...NO }, truth: T('chongqing', { skills: [sk('senior_technician', '2020-09')], annualReviewsPassed: Y }), ask: ASK_DOCS, maxTurns: 3,
  }),
  Z('hr', {
    open: '咨询人：周女士｜江津区｜食品检验员 技师｜证书日期2024年7月｜考核：合格｜获奖：无｜问题：什么时候够条件报中级',
    answers: { ...NO }, truth: T('chongqing', { skills: [sk('technician', '2024-07')], annualReviewsPassed: Y }), ask: AW('intermediate'), maxTurns: 3,
  }),
  Z('hr', {
    open: '你好 我这边是璧山一家电子厂的人资 员工小何 SMT设备维修 高级工 2022年4月的证 年度考核合格 没获过奖 他能评个什么职称',
    answers: { ...NO }, truth: T('chongqing', { skills: [sk('senior_worker', '2022-04')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('他要交的材料发我一份清单')],
  }),
  Z('hr', {
    open: '员工信息：泸州江阳区 酒厂 酿酒师技师 2022年11月发证 三年考核都合格。想问下他现在可以报工程师了没',
    answers: { ...NO }, truth: T('sichuan', { skills: [sk('technician', '2022-11')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [bye('好的收到，谢谢老师')],
  }),
  Z('hr', {
    open: '【工单】来电人 赵先生 德阳旌阳区 重型机械厂 铣工 高级技师（2019年12月取得） 近3年考核合格 省技术能手 诉求：咨询职称贯通可以到什么级别',
    answers: { ...NO, awards: '四川省技术能手' }, truth: T('sichuan', { skills: [sk('senior_technician', '2019-12')], annualReviewsPassed: Y, awards: [hon('sichuan_technical_expert')] }), maxTurns: 3,
    followUps: [docs('那申报材料具体有哪些')],
  }),
  Z('hr', {
    open: '我是遂宁一家天然气公司的人事专员，替员工咨询：员工杨某，燃气输配工高级工，2025年5月取证，考核合格。他问助理工程师哪年哪月能报',
    answers: { ...NO }, truth: T('sichuan', { skills: [sk('senior_worker', '2025-05')], annualReviewsPassed: Y }), ask: AW('assistant'), maxTurns: 3,
  }),
  Z('hr', {
    open: '工会这边帮职工问一下，沈阳浑南区，职工是仪器仪表维修工技师，2021年3月取得，考核一直合格，有没有机会评中级职称',
    answers: { ...NO }, truth: T('liaoning', { skills: [sk('technician', '2021-03')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('行，那他要准备的材料有哪些')],
  }),
  Z('hr', {
    open: '来电人孙女士 大连甘井子区 港口机械公司 起重装卸机械操作工 高级工 取证时间2024年2月 考核合格 无获奖 问能申报哪一级职称 几时可以报',
    answers: { ...NO }, truth: T('liaoning', { skills: [sk('senior_worker', '2024-02')], annualReviewsPassed: Y }), maxTurns: 3,
  }),
  Z('hr', {
    open: '人社窗口转来的咨询：朝阳市北票，员工是矿井维修电工，高级技师，2018年5月拿的证，考核都合格，还是辽宁省技术能手。问能评高级工程师吗，需要带啥',
    answers: { ...NO, awards: '辽宁省技术能手' }, truth: T('liaoning', { skills: [sk('senior_technician', '2018-05')], annualReviewsPassed: Y, awards: [hon('liaoning_technical_expert')] }), ask: ASK_DOCS, maxTurns: 3,
  }),
  Z('hr', {
    open: '员工：钱某；单位：鞍山千山区一家耐火材料厂；工种：窑炉操作工；等级：技师；发证：2024年8月；考核：合格；请问最早几月能申报中级职称',
    answers: { ...NO }, truth: T('liaoning', { skills: [sk('technician', '2024-08')], annualReviewsPassed: Y }), ask: AW('intermediate'), maxTurns: 3,
  }),
  Z('hr', {
    open: '咨询人：上饶一家光伏企业人事部 员工吴某 电工高级工 2023年10月取证 年度考核合格 想报助理工程师 请问条件够不够',
    answers: { ...NO }, truth: T('jiangxi', { skills: [sk('senior_worker', '2023-10')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('那他报名要准备哪些材料？')],
  }),
  Z('hr', {
    open: '帮我们厂一个老师傅问的：江西鹰潭贵溪，铜冶炼，技师证2022年2月，考核每年合格，没得过奖，能不能报中级职称啊',
    answers: { ...NO }, truth: T('jiangxi', { skills: [sk('technician', '2022-02')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [bye('懂了懂了，辛苦老师了')],
  }),
  Z('hr', {
    open: '来电记录：赣州南康，家具厂，木工高级技师（2023年7月），考核合格，无获奖，来电人咨询副高需要满几年、现在能不能报',
    answers: { ...NO }, truth: T('jiangxi', { skills: [sk('senior_technician', '2023-07')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [W('那要等到哪个月才行')],
  }),
  Z('hr', {
    open: '企业HR咨询：员工在昆山周市镇，电梯安装维修工，技师，2022年9月发证，近三年考核合格，无获奖。能否申报工程师？',
    answers: { ...NO, 'skills.occupation': '电梯安装维修工', occupation: '电梯安装维修工' },
    truth: T('suzhou', { skills: [sk('technician', '2022-09', '电梯安装维修工')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('他要交哪些材料，麻烦列一下')],
  }),
  Z('hr', {
    open: '【来电】张家港锦丰镇 钢铁厂 金属热处理工 高级工（2024年12月）考核合格 无奖 来电人问助理工程师什么时间可以报',
    answers: { ...NO, 'skills.occupation': '金属热处理工', occupation: '金属热处理工' },
    truth: T('suzhou', { skills: [sk('senior_worker', '2024-12', '金属热处理工')], annualReviewsPassed: Y }), ask: AW('assistant'), maxTurns: 3,
  }),
  Z('hr', {
    open: '您好，我是太仓浏河一家汽车零部件公司的HR，员工冲压工高级技师，2020年6月取证，考核都合格，想评高级工程师，请告知需准备的材料',
    answers: { ...NO, 'skills.occupation': '冲压工', occupation: '冲压工' },
    truth: T('suzhou', { skills: [sk('senior_technician', '2020-06', '冲压工')], annualReviewsPassed: Y }), ask: ASK_DOCS, maxTurns: 3,
  }),
  Z('hr', {
    open: '替同事问一下，重庆长寿化工园区，化工总控工，他说是技师，2023年12月拿的，考核都过了，没奖。中级职称他哪个时候能申请',
    answers: { ...NO }, truth: T('chongqing', { skills: [sk('technician', '2023-12')], annualReviewsPassed: Y }), ask: AW('intermediate'), maxTurns: 3,
  }),
  Z('hr', {
    open: '客服记录 咨询人 内江 员工 汽车维修工 高级工 2021年1月 考核合格 诉求 能评什么',
    answers: { ...NO }, truth: T('sichuan', { skills: [sk('senior_worker', '2021-01')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('需要提交什么材料')],
  }),
  Z('hr', {
    open: '职工服务中心：锦州凌海，职工是农机修理工高级工，2022年10月取证，考核合格，无获奖，请问可申报的职称层级',
    answers: { ...NO }, truth: T('liaoning', { skills: [sk('senior_worker', '2022-10')], annualReviewsPassed: Y }), maxTurns: 3,
  }),
  Z('hr', {
    open: '人事部小王：我们在吴江汾湖，员工是智能楼宇管理员，技师证2024年3月，考核合格，没获奖，他问工程师要等多久',
    answers: { ...NO, 'skills.occupation': '智能楼宇管理员', occupation: '智能楼宇管理员' },
    truth: T('suzhou', { skills: [sk('technician', '2024-03', '智能楼宇管理员')], annualReviewsPassed: Y }), ask: AW('intermediate'), maxTurns: 3,
  }),
  Z('hr', {
    open: '宜春樟树一家制药厂人事：员工药物制剂工技师，2020年10月取得，年年考核合格，另外他拿过市劳动模范，请问他够什么职称',
    answers: { ...NO, awards: '市劳动模范' }, truth: T('jiangxi', { skills: [sk('technician', '2020-10')], annualReviewsPassed: Y, awards: [hon('municipal_model_worker')] }), maxTurns: 3,
    followUps: [bye('好嘞，感谢')],
  }),
]

// --- English speakers: workers, HR staff, typos and pinyin ------------------------------------------------------
const EN = [
  E('en', {
    open: 'hi, im a welder in Wanzhou chongqing, got my techncian cert in march 2024, passed all my reviews. what title can i go for',
    answers: { ...NOE }, truth: T('chongqing', { skills: [sk('technician', '2024-03')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [W('ok so which month exactly can i apply', 'intermediate')],
  }),
  E('en', {
    open: 'HR here. Employee based in Dazu, Chongqing: senior worker (electrician) since Jan 2022, annual reviews passed, no awards. Which title level can she apply for?',
    answers: { ...NOE }, truth: T('chongqing', { skills: [sk('senior_worker', '2022-01')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('Could you list the documents she needs to submit?')],
  }),
  E('en', {
    open: 'wo zai chengdu wuhou qu, gao ji ji shi since 2019 nian 8 yue, kaohe dou hege. can i get gaoji gongchengshi?',
    answers: { ...NOE, region: 'chengdu' }, truth: T('sichuan', { skills: [sk('senior_technician', '2019-08')], annualReviewsPassed: Y }), maxTurns: 4,
  }),
  E('en', {
    open: 'Hello, I handle HR for a plant in Mianyang. One of our technicans (CNC machinist) got the technician level in Sept 2024. Reviews fine. When can he apply for the intermediate title?',
    answers: { ...NOE }, truth: T('sichuan', { skills: [sk('technician', '2024-09')], annualReviewsPassed: Y }), ask: AW('intermediate'), maxTurns: 3,
  }),
  E('en', {
    open: 'senoir worker cert from july 2025, im in meishan sichuan, reviews ok. when do i qualify for assitant engineer',
    answers: { ...NOE }, truth: T('sichuan', { skills: [sk('senior_worker', '2025-07')], annualReviewsPassed: Y }), ask: AW('assistant'), maxTurns: 3,
  }),
  E('en', {
    open: 'Quick question from Dalian (Zhuanghe). I am a senior technician, marine diesel mechanic, certified November 2023, reviews all passed. Can I apply for deputy senior engineer now?',
    answers: { ...NOE }, truth: T('liaoning', { skills: [sk('senior_technician', '2023-11')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [W('Got it. What month does it open then?')],
  }),
  E('en', {
    open: 'shenyang yuhong district, gaojigong (senior worker) april 2023, passed reviews, no prizes. what can i apply',
    answers: { ...NOE }, truth: T('liaoning', { skills: [sk('senior_worker', '2023-04')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [bye('cool thx a lot')],
  }),
  E('en', {
    open: 'Hi there, writing on behalf of my dad. He lives in Dandong, Liaoning, has been a technician (boiler fitter) since February 2020 and always passed his reviews. What title is open to him?',
    answers: { ...NOE }, truth: T('liaoning', { skills: [sk('technician', '2020-02')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('What paperwork should he get ready?')],
  }),
  E('en', {
    open: 'jiangxi jiujiang here. i have jishi (technician) from 2023 december. reviews passed. intermediate title possible?',
    answers: { ...NOE }, truth: T('jiangxi', { skills: [sk('technician', '2023-12')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [W('when can i then')],
  }),
  E('en', {
    open: 'HR assistant at a ceramics firm in Jingdezhen. Staff member: senior technician since May 2022, kiln work, reviews passed, no awards. Eligible for a senior title yet?',
    answers: { ...NOE }, truth: T('jiangxi', { skills: [sk('senior_technician', '2022-05')], annualReviewsPassed: Y }), maxTurns: 3,
  }),
  E('en', {
    open: 'Im in Nanchang, senior worker since august 2020, reviews passed every year, what title could i get and what do i bring',
    answers: { ...NOE }, truth: T('jiangxi', { skills: [sk('senior_worker', '2020-08')], annualReviewsPassed: Y }), ask: ASK_DOCS, maxTurns: 3,
  }),
  E('en', {
    open: 'Hello from Kunshan. I work as a die maker (mould maker) and hold the technician level since October 2022. Annual reviews passed. Which title?',
    answers: { ...NOE, 'skills.occupation': 'mould maker (模具工)', occupation: 'mould maker (模具工)' },
    truth: T('suzhou', { skills: [sk('technician', '2022-10', '模具工')], annualReviewsPassed: Y }), maxTurns: 4,
    followUps: [docs('ok and the paperwork for it, what goes in the file?')],
  }),
  E('en', {
    open: 'HR from Changshu Zhitang here. Our forklift/crane operator (起重装卸机械操作工) is a senior worker since March 2025, reviews passed. When could he apply for assistant engineer?',
    answers: { ...NOE, 'skills.occupation': 'crane operator (起重装卸机械操作工)', occupation: 'crane operator (起重装卸机械操作工)' },
    truth: T('suzhou', { skills: [sk('senior_worker', '2025-03', '起重装卸机械操作工')], annualReviewsPassed: Y }), ask: AW('assistant'), maxTurns: 4,
  }),
  E('en', {
    open: 'suzhou wuzhong, luzhi town. car mechanic, senior technician jan 2021, reviews all good. deputy senior ok??',
    answers: { ...NOE, 'skills.occupation': 'auto mechanic (汽车维修工)', occupation: 'auto mechanic (汽车维修工)' },
    truth: T('suzhou', { skills: [sk('senior_technician', '2021-01', '汽车维修工')], annualReviewsPassed: Y }), maxTurns: 4,
    followUps: [bye('sweet, cheers mate')],
  }),
  E('en', {
    open: 'I am the HR coordinator of a Nanjing company (Jiangsu). Our technician got certified in July 2022 and passed all reviews. What does he qualify for?',
    answers: { ...NOE, region: 'Nanjing' }, truth: N('南京', { skills: [sk('technician', '2022-07')], annualReviewsPassed: Y }), maxTurns: 3,
  }),
  E('en', {
    open: 'chongqing jiangjin, i am zhong ji gong? no wait gao ji gong, since 2024 feb. reviews passed. any title for me',
    answers: { ...NOE }, truth: T('chongqing', { skills: [sk('senior_worker', '2024-02')], annualReviewsPassed: Y }), maxTurns: 3,
  }),
  E('en', {
    open: 'Hi, I\'m a gas fitter in Zigong. technician level, got it 2021 may. passed reviews. also won 2nd place at a provincial contest, does that matter?',
    answers: { ...NOE, awards: '2nd place, provincial contest' }, truth: T('sichuan', { skills: [sk('technician', '2021-05')], annualReviewsPassed: Y, awards: [comp('provincial_class1', { rank: 2 })] }), maxTurns: 4,
  }),
  E('en', {
    open: 'Good afternoon. HR for a steel group in Anshan. Employee: technician since Dec 2025, reviews passed. We want to know the month he can file for the intermediate title.',
    answers: { ...NOE }, truth: T('liaoning', { skills: [sk('technician', '2025-12')], annualReviewsPassed: Y }), ask: AW('intermediate'), maxTurns: 3,
  }),
  E('en', {
    open: 'hey, electrition here from ganzhou ruijin, senior worker cert 2023 july, passed reviews. assistant title when?',
    answers: { ...NOE }, truth: T('jiangxi', { skills: [sk('senior_worker', '2023-07')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('what should i prepare')],
  }),
  E('en', {
    open: 'Ningbo, Zhejiang. Senior technician since 2020 March, annual reviews passed. What title can I apply for?',
    answers: { ...NOE, region: 'Ningbo' }, truth: N('宁波', { skills: [sk('senior_technician', '2020-03')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [bye('thanks, that helps')],
  }),
]

// --- workers typing on a phone: short, particles, typos, dialect --------------------------------------------------
const PHONE = [
  Z('phone', {
    open: '师傅们 我奉节的 电工技师 21年4月考的 能评啥子职称嘛',
    answers: { ...NO, annualReviewsPassed: '都合格噻' }, truth: T('chongqing', { skills: [sk('technician', '2021-04')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('要带些啥子资料嘛')],
  }),
  Z('phone', {
    open: '潼南 高级工 去年3月拿滴 考核莫得问题 助工好久能报',
    answers: { ...NO }, truth: T('chongqing', { skills: [sk('senior_worker', '2025-03')], annualReviewsPassed: Y }), ask: AW('assistant'), maxTurns: 3,
  }),
  Z('phone', {
    open: '忠县的，焊工高技，2023年1月，考核年年过，副高得不得行',
    answers: { ...NO }, truth: T('chongqing', { skills: [sk('senior_technician', '2023-01')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [W('那我还要熬到哪个月份哦')],
  }),
  Z('phone', {
    open: '请问下 我在彭州 是高级工 2025年9月的证 能报助理工程师不',
    answers: { ...NO }, truth: T('sichuan', { skills: [sk('senior_worker', '2025-09')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [W('好久可以报嘛')],
  }),
  Z('phone', {
    open: '崇州 技师证 19年11月 一直干维修 考核都合格的 能上中级不',
    answers: { ...NO }, truth: T('sichuan', { skills: [sk('technician', '2019-11')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [bye('要得 谢了哈')],
  }),
  Z('phone', {
    open: '达州 高级技仕 2023.2 考核合格 评啥',
    answers: { ...NO }, truth: T('sichuan', { skills: [sk('senior_technician', '2023-02')], annualReviewsPassed: Y }), maxTurns: 3,
  }),
  Z('phone', {
    open: '俺在盖州 车工高级工 二二年八月的 考核都行 能评职称不',
    answers: { ...NO }, truth: T('liaoning', { skills: [sk('senior_worker', '2022-08')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('那报的时候手里得攥着哪些材料')],
  }),
  Z('phone', {
    open: '开原的 技师 2024.5月 考核合格 中级啥时候能报啊',
    answers: { ...NO }, truth: T('liaoning', { skills: [sk('technician', '2024-05')], annualReviewsPassed: Y }), ask: AW('intermediate'), maxTurns: 3,
  }),
  Z('phone', {
    open: '在吗 鲅鱼圈 高级技师 17年的证 5月份 考核没毛病 能整个高工不',
    answers: { ...NO }, truth: T('liaoning', { skills: [sk('senior_technician', '2017-05')], annualReviewsPassed: Y }), maxTurns: 3,
  }),
  Z('phone', {
    open: '于都 缝纫机修理 高级工 2025年1月 考核合格 助理工程是好久',
    answers: { ...NO }, truth: T('jiangxi', { skills: [sk('senior_worker', '2025-01')], annualReviewsPassed: Y }), ask: AW('assistant'), maxTurns: 3,
  }),
  Z('phone', {
    open: '乐平的 技师 20年3月 能评中级职称么',
    answers: { ...NO }, truth: T('jiangxi', { skills: [sk('technician', '2020-03')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('准备哪些东西')],
  }),
  Z('phone', {
    open: '震泽 焊工技师 2024年7月 考核合格 工程师能报伐',
    answers: { ...NO, 'skills.occupation': '焊工', occupation: '焊工' }, truth: T('suzhou', { skills: [sk('technician', '2024-07', '焊工')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [W('啥辰光可以报')],
  }),
  Z('phone', {
    open: '黄埭 架子工 高级工 2022年5月 考核都合格的 可以评啥',
    answers: { ...NO, 'skills.occupation': '架子工', occupation: '架子工' }, truth: T('suzhou', { skills: [sk('senior_worker', '2022-05', '架子工')], annualReviewsPassed: Y }), maxTurns: 3,
  }),
  Z('phone', {
    open: '秀山 电工 高级工 23年十月份 考核合格 职称可以搞不',
    answers: { ...NO }, truth: T('chongqing', { skills: [sk('senior_worker', '2023-10')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [bye('好的谢谢老师')],
  }),
]

// --- voice-to-text run-ons: no punctuation, numbers spoken, homophones -------------------------------------------
const VOICE = [
  Z('voice', {
    open: '你好我想问一下我是重庆巫山的我是焊工技师是二零二四年五月份拿到的证考核每年都合格的我想问一下能评什么职称',
    answers: { ...NO }, truth: T('chongqing', { skills: [sk('technician', '2024-05')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [W('那我什么时候可以去报名')],
  }),
  Z('voice', {
    open: '喂喂那个我在酉阳那边上班高级工证书是二零二五年一月考的年度考核也都合格逗号请问助理工程师什么时候能报问号',
    answers: { ...NO }, truth: T('chongqing', { skills: [sk('senior_worker', '2025-01')], annualReviewsPassed: Y }), ask: AW('assistant'), maxTurns: 3,
  }),
  Z('voice', {
    open: '我是四川眉山的我做的是电工我的技师证是二零一九年的九月份拿到的然后每年考核都是合格的句号我能不能申请中级职称',
    answers: { ...NO }, truth: T('sichuan', { skills: [sk('technician', '2019-09')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('那我需要准备哪些材料呢')],
  }),
  Z('voice', {
    open: '就是我在雅安的一个水电站上班然后我是高级记事就是高级技师二零二一年四月份的证考核合格想问一下副高',
    answers: { ...NO }, truth: T('sichuan', { skills: [sk('senior_technician', '2021-04')], annualReviewsPassed: Y }), maxTurns: 3,
  }),
  Z('voice', {
    open: '您好我是辽宁调兵山的煤矿工人我是高级工二零二三年八月取的证每年考核都过了请问我能评个什么职称',
    answers: { ...NO }, truth: T('liaoning', { skills: [sk('senior_worker', '2023-08')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [bye('好的好的谢谢你啊')],
  }),
  Z('voice', {
    open: '嗯那个我想咨询一下我在庄河我是技师证书日期是二零二五年的二月份然后考核合格那我中级职称要等到什么时候',
    answers: { ...NO }, truth: T('liaoning', { skills: [sk('technician', '2025-02')], annualReviewsPassed: Y }), ask: AW('intermediate'), maxTurns: 3,
  }),
  Z('voice', {
    open: '我在江西瑞昌做钳工的高级技师是二零一八年十二月份考的考核也都合格我能报高级工程师吗还要什么材料',
    answers: { ...NO }, truth: T('jiangxi', { skills: [sk('senior_technician', '2018-12')], annualReviewsPassed: Y }), ask: ASK_DOCS, maxTurns: 3,
  }),
  Z('voice', {
    open: '你好我是抚州临川的我是高级工二零二二年三月份的证书每年考核都合格请问助理工程师我现在能报了吗',
    answers: { ...NO }, truth: T('jiangxi', { skills: [sk('senior_worker', '2022-03')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('报的话要交什么')],
  }),
  Z('voice', {
    open: '我是苏州相城的做铸造的铸造工技师二零二一年五月拿的证年度考核都合格想问一下能不能评工程师',
    answers: { ...NO, 'skills.occupation': '铸造工', occupation: '铸造工' }, truth: T('suzhou', { skills: [sk('technician', '2021-05', '铸造工')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [bye('好的明白了谢谢')],
  }),
  Z('voice', {
    open: '喂你好我在昆山千灯上班我是电工高级工二零二五年四月份考出来的考核合格我想问助理工程师几月份能报',
    answers: { ...NO, 'skills.occupation': '电工', occupation: '电工' }, truth: T('suzhou', { skills: [sk('senior_worker', '2025-04', '电工')], annualReviewsPassed: Y }), ask: AW('assistant'), maxTurns: 3,
  }),
]

// --- traditional characters (one in Cantonese) ---------------------------------------------------------------
const TRAD = [
  Z('trad', {
    open: '請問我在重慶大足做五金，技師證書是2024年10月取得的，年度考核都合格，可以申報什麼職稱？',
    answers: { titles: '沒有', awards: '沒有', annualReviewsPassed: '合格' }, truth: T('chongqing', { skills: [sk('technician', '2024-10')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [W('那最早幾月可以報？')],
  }),
  Z('trad', {
    open: '我喺成都錦江區做電工，高級工證係2023年5月攞嘅，年年考核都合格，想問可以評咩職稱',
    answers: { titles: '冇', awards: '冇', annualReviewsPassed: '合格' }, truth: T('sichuan', { skills: [sk('senior_worker', '2023-05')], annualReviewsPassed: Y }), maxTurns: 3,
  }),
  Z('trad', {
    open: '您好，本人在遼寧營口從事焊接，高級技師，2020年1月取證，考核均合格，請問能否申報高級工程師？',
    answers: { titles: '無', awards: '無', annualReviewsPassed: '均合格' }, truth: T('liaoning', { skills: [sk('senior_technician', '2020-01')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('申報時要附上哪些證明文件呢')],
  }),
  Z('trad', {
    open: '江西新餘，技師，2024年4月發證，年度考核合格，請問中級職稱什麼時候可以申報',
    answers: { titles: '沒有', awards: '沒有', annualReviewsPassed: '合格' }, truth: T('jiangxi', { skills: [sk('technician', '2024-04')], annualReviewsPassed: Y }), ask: AW('intermediate'), maxTurns: 3,
  }),
  Z('trad', {
    open: '蘇州姑蘇區，製冷工高級工，2023年9月取得，考核合格，想了解能評什麼職稱',
    answers: { titles: '沒有', awards: '沒有', annualReviewsPassed: '合格', 'skills.occupation': '製冷工', occupation: '制冷工' },
    truth: T('suzhou', { skills: [sk('senior_worker', '2023-09', '制冷工')], annualReviewsPassed: Y }), maxTurns: 4,
    followUps: [bye('謝謝你')],
  }),
  Z('trad', {
    open: '重慶黔江，高級工，2025年6月拿到證書，考核合格，助理工程師要等到幾時？',
    answers: { titles: '沒有', awards: '沒有', annualReviewsPassed: '合格' }, truth: T('chongqing', { skills: [sk('senior_worker', '2025-06')], annualReviewsPassed: Y }), ask: AW('assistant'), maxTurns: 3,
  }),
  Z('trad', {
    open: '四川綿竹，酒廠釀造，技師證2021年8月，每年考核都過，請問可以評工程師嗎',
    answers: { titles: '沒有', awards: '沒有', annualReviewsPassed: '都合格' }, truth: T('sichuan', { skills: [sk('technician', '2021-08')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('要交什麼資料')],
  }),
  Z('trad', {
    open: '遼寧鳳城，電工技師，2023年1月取得，考核合格，沒有獲獎，能報中級嗎？',
    answers: { titles: '沒有', awards: '沒有', annualReviewsPassed: '合格' }, truth: T('liaoning', { skills: [sk('technician', '2023-01')], annualReviewsPassed: Y }), maxTurns: 3,
  }),
]

// --- competitions and honours ------------------------------------------------------------------------------------
const CONTEST = [
  Z('contest', {
    open: '我在璧山，高级工，2025年7月拿的证，去年参加重庆市职业技能大赛拿了第4名，能评助理工程师吗',
    answers: { ...NO, awards: '重庆市职业技能大赛第4名' }, truth: T('chongqing', { skills: [sk('senior_worker', '2025-07')], annualReviewsPassed: Y, awards: [comp('chongqing_skills_competition', { rank: 4 })] }), maxTurns: 4,
  }),
  Z('contest', {
    open: '江津的 技师 2025年2月 全国行业职业技能竞赛二类拿过第二名 中级职称可以直接报吗',
    answers: { ...NO, awards: '国家二类竞赛第二名' }, truth: T('chongqing', { skills: [sk('technician', '2025-02')], annualReviewsPassed: Y, awards: [comp('national_class2', { rank: 2 })] }), maxTurns: 4,
    followUps: [docs('那要准备啥子证明')],
  }),
  Z('contest', {
    open: '成都新津的，技师，2024年10月，参加国家级一类大赛得了第三名，能不能评高级职称',
    answers: { ...NO, awards: '国家一类大赛第三名' }, truth: T('sichuan', { skills: [sk('technician', '2024-10')], annualReviewsPassed: Y, awards: [comp('national_class1', { rank: 3 })] }), maxTurns: 4,
  }),
  Z('contest', {
    open: '我是天府工匠，在资阳做装配钳工，高级技师2023年3月取的，考核合格，能报什么',
    answers: { ...NO, awards: '天府工匠' }, truth: T('sichuan', { skills: [sk('senior_technician', '2023-03')], annualReviewsPassed: Y, awards: [hon('tianfu_craftsman')] }), maxTurns: 4,
  }),
  Z('contest', {
    open: '辽宁工匠，沈阳大东区，高级技师2022年5月，年度考核合格，问一下正高能不能报',
    answers: { ...NO, awards: '辽宁工匠' }, truth: T('liaoning', { skills: [sk('senior_technician', '2022-05')], annualReviewsPassed: Y, awards: [hon('liaoning_craftsman')] }), maxTurns: 4,
    followUps: [docs('需要啥材料')],
  }),
  Z('contest', {
    open: '昆山陆家镇的，车工技师2024年5月，苏州市一类技能竞赛拿了第2名，能评工程师吗',
    answers: { ...NO, awards: '苏州市一类竞赛第2名', 'skills.occupation': '车工', occupation: '车工' },
    truth: T('suzhou', { skills: [sk('technician', '2024-05', '车工')], annualReviewsPassed: Y, awards: [comp('municipal_class1', { rank: 2 })] }), maxTurns: 4,
  }),
  Z('contest', {
    open: '吴中胥口，铣工高级技师，2024年1月的证，江苏省一类大赛第二名，想问能报高级工程师不',
    answers: { ...NO, awards: '江苏省一类大赛第二名', 'skills.occupation': '铣工', occupation: '铣工' },
    truth: T('suzhou', { skills: [sk('senior_technician', '2024-01', '铣工')], annualReviewsPassed: Y, awards: [comp('provincial_class1', { rank: 2 })] }), maxTurns: 4,
    followUps: [bye('好的，多谢')],
  }),
  Z('contest', {
    open: '我拿过全国技术能手，现在在景德镇做陶瓷机械维修，技师2023年11月取的证，考核合格，能评到哪一级',
    answers: { ...NO, awards: '全国技术能手' }, truth: T('jiangxi', { skills: [sk('technician', '2023-11')], annualReviewsPassed: Y, awards: [hon('national_technical_expert')] }), maxTurns: 4,
  }),
]

// --- wishes that are not holdings ---------------------------------------------------------------------------------
const WISH = [
  Z('wish', {
    open: '我在两江新区，现在是高级工，2023年2月拿的，明年打算考技师，想先问问现在能评什么职称',
    answers: { ...NO }, truth: T('chongqing', { skills: [sk('senior_worker', '2023-02')], annualReviewsPassed: Y }), maxTurns: 3,
  }),
  Z('wish', {
    open: '城口的，技师2024年7月，一心想评高级工程师，现在能报吗',
    answers: { ...NO }, truth: T('chongqing', { skills: [sk('technician', '2024-07')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [W('那中级最早啥时候', 'intermediate')],
  }),
  Z('wish', {
    open: '青羊区，我是中级工，2022年考的，想直接评工程师，有没有可能',
    answers: { ...NO, 'skills.since': '2022年3月' }, truth: T('sichuan', { skills: [sk('intermediate_worker', '2022-03')], annualReviewsPassed: Y }), maxTurns: 4,
  }),
  Z('wish', {
    open: '成华区 高级工 2025年8月 年底前希望能拿到助理工程师 来得及吗',
    answers: { ...NO }, truth: T('sichuan', { skills: [sk('senior_worker', '2025-08')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [W('那得几月份')],
  }),
  Z('wish', {
    open: '旅顺口区，技师，2023年12月的证，准备明年考高级技师，在这之前能先评个工程师吗',
    answers: { ...NO }, truth: T('liaoning', { skills: [sk('technician', '2023-12')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [W('哪个月能报')],
  }),
  Z('wish', {
    open: '普兰店，正在考高级工，还没拿到，现在手里是中级工，能评啥职称',
    answers: { ...NO, 'skills.since': '2021年5月' }, truth: T('liaoning', { skills: [sk('intermediate_worker', '2021-05')], annualReviewsPassed: Y }), maxTurns: 4,
  }),
  Z('wish', {
    open: '井冈山，高级技师2021年2月，想冲一下正高，行不行',
    answers: { ...NO }, truth: T('jiangxi', { skills: [sk('senior_technician', '2021-02')], annualReviewsPassed: Y }), maxTurns: 3,
  }),
  Z('wish', {
    open: '进贤县，高级工2025年4月，以后想评工程师，现阶段先能报哪个',
    answers: { ...NO }, truth: T('jiangxi', { skills: [sk('senior_worker', '2025-04')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [W('几时可以报')],
  }),
  Z('wish', {
    open: '甪直的，钢筋工技师，2023年4月拿证，我的目标是高工，现在差多少',
    answers: { ...NO, 'skills.occupation': '钢筋工', occupation: '钢筋工' }, truth: T('suzhou', { skills: [sk('technician', '2023-04', '钢筋工')], annualReviewsPassed: Y }), maxTurns: 4,
  }),
  Z('wish', {
    open: '虎丘区，电切削工，高级工2025年8月，老板说让我今年评个助工，能评上不',
    answers: { ...NO, 'skills.occupation': '电切削工', occupation: '电切削工' }, truth: T('suzhou', { skills: [sk('senior_worker', '2025-08', '电切削工')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [W('那最快哪个月')],
  }),
]

// --- corrections: of an earlier answer, or after the answer ------------------------------------------------------
const CORRECTION = [
  Z('correction', {
    open: '巴南…不是，我在璧山上班，技师，2022年3月拿的证，考核合格，能评什么',
    answers: { ...NO }, truth: T('chongqing', { skills: [sk('technician', '2022-03')], annualReviewsPassed: Y }), maxTurns: 3,
  }),
  Z('correction', {
    open: '大足的，高级工，2025年3月的证，考核都合格，能报助理工程师吗',
    answers: { ...NO }, truth: T('chongqing', { skills: [sk('senior_worker', '2025-03')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [fix('哎呀我记错了，是2024年3月拿的证', T('chongqing', { skills: [sk('senior_worker', '2024-03')], annualReviewsPassed: Y }))],
  }),
  Z('correction', {
    open: '简阳，技师，2024年5月，考核合格，中级能报吗',
    answers: { ...NO }, truth: T('sichuan', { skills: [sk('technician', '2024-05')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [fix('等等，我说错了，技师证其实是2022年5月考下来的', T('sichuan', { skills: [sk('technician', '2022-05')], annualReviewsPassed: Y }))],
  }),
  Z('correction', {
    open: '邛崃 高级工 2022年9月 考核合格',
    answers: { ...NO },
    interject: [{ at: 'titles', say: '刚才年份打错了，是2021年9月不是2022年' }],
    truth: T('sichuan', { skills: [sk('senior_worker', '2021-09')], annualReviewsPassed: Y }),
  }),
  Z('correction', {
    open: '沈阳皇姑区，技师，2024年10月，考核合格，能评中级吗',
    answers: { ...NO }, truth: T('liaoning', { skills: [sk('technician', '2024-10')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [fix('不好意思，看了下证书，是2022年10月发的', T('liaoning', { skills: [sk('technician', '2022-10')], annualReviewsPassed: Y }))],
  }),
  Z('correction', {
    open: '北镇 高级技师 2019年6月 考核合格 想报副高',
    answers: { ...NO, annualReviewsPassed: '合格' }, truth: T('liaoning', { skills: [sk('senior_technician', '2019-06')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [fix('补充一下，其实去年有一年考核没合格', T('liaoning', { skills: [sk('senior_technician', '2019-06')], annualReviewsPassed: false }))],
  }),
  Z('correction', {
    open: '南昌青山湖区，高级工，2023年5月，考核合格',
    answers: { ...NO },
    interject: [{ at: 'awards', say: '哦对了，等级讲错了，我手上那本是技师证，不是高级工' }],
    truth: T('jiangxi', { skills: [sk('technician', '2023-05')], annualReviewsPassed: Y }),
  }),
  Z('correction', {
    open: '共青城，技师2021年1月，考核合格，能评工程师不',
    answers: { ...NO }, truth: T('jiangxi', { skills: [sk('technician', '2021-01')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [fix('搞错了，我那本是高级工证，不是技师，也是2021年1月', T('jiangxi', { skills: [sk('senior_worker', '2021-01')], annualReviewsPassed: Y }))],
  }),
  Z('correction', {
    open: '常熟支塘，焊工高级工2025年2月，考核合格，助工能报不',
    answers: { ...NO, 'skills.occupation': '焊工', occupation: '焊工' },
    truth: T('suzhou', { skills: [sk('senior_worker', '2025-02', '焊工')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [fix('我再看了一眼，证是2024年2月的，早一年', T('suzhou', { skills: [sk('senior_worker', '2024-02', '焊工')], annualReviewsPassed: Y }))],
  }),
  Z('correction', {
    open: '太仓城区，锻造工技师，2020年8月，考核合格，能评中级吗',
    answers: { ...NO, 'skills.occupation': '锻造工', occupation: '锻造工' },
    truth: T('suzhou', { skills: [sk('technician', '2020-08', '锻造工')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [fix('更正：我不是技师，是高级技师，2020年8月', T('suzhou', { skills: [sk('senior_technician', '2020-08', '锻造工')], annualReviewsPassed: Y }))],
  }),
]

// --- people who hold a title and ask about a skill level ----------------------------------------------------------
const TITLE = [
  Z('title-holder', {
    open: '我是工程师（中级职称），2019年评的，在重庆万州做机电，想问能不能对应个技能等级',
    answers: { titles: '工程师，2019年7月', 'titles.since': '2019年7月', awards: '没有', annualReviewsPassed: '合格', skills: '没有' },
    truth: T('chongqing', { titles: [ti('intermediate', '2019-07')], annualReviewsPassed: Y }), maxTurns: 4,
  }),
  Z('title-holder', {
    open: '助理工程师，2022年4月取得，绵阳江油，想考技能等级，可以直接报哪一级',
    answers: { titles: '助理工程师，2022年4月', 'titles.since': '2022年4月', awards: '没有', annualReviewsPassed: '合格', skills: '没有' },
    truth: T('sichuan', { titles: [ti('assistant', '2022-04')], annualReviewsPassed: Y }), maxTurns: 4,
    followUps: [docs('报名要准备什么材料')],
  }),
  Z('title-holder', {
    open: '本人高级工程师，2018年取得，在大连金州开发区搞设备，想评高级技师，行吗',
    answers: { titles: '高级工程师，2018年10月', 'titles.since': '2018年10月', awards: '没有', annualReviewsPassed: '合格', skills: '没有' },
    truth: T('liaoning', { titles: [ti('deputy_senior', '2018-10')], annualReviewsPassed: Y }), maxTurns: 4,
  }),
  E('title-holder', {
    open: 'I hold an intermediate engineering title since 2021 (April), work in Yingtan Jiangxi. Which skill level could I apply for?',
    answers: { titles: 'intermediate engineer, April 2021', 'titles.since': 'April 2021', awards: 'none', annualReviewsPassed: 'yes', skills: 'none' },
    truth: T('jiangxi', { titles: [ti('intermediate', '2021-04')], annualReviewsPassed: Y }), maxTurns: 4,
  }),
  Z('title-holder', {
    open: '昆山的，我有工程师职称，2020年5月评的，机械类，想申请技师，可以吗',
    answers: { titles: '工程师，2020年5月', 'titles.since': '2020年5月', awards: '没有', annualReviewsPassed: '合格', skills: '没有', 'skills.occupation': '机床装调维修工', occupation: '机床装调维修工' },
    truth: T('suzhou', { titles: [ti('intermediate', '2020-05')], annualReviewsPassed: Y }), maxTurns: 4,
    followUps: [exempt('那理论考试要考吗，还是可以免')],
  }),
]

// --- small talk around the question ----------------------------------------------------------------------------------
const SMALLTALK = [
  Z('smalltalk', {
    open: '晚上好呀，加班刚回来，想顺便问问职称的事',
    answers: { ...NO, region: '重庆南岸', skills: '技师', 'skills.since': '2021年9月' },
    truth: T('chongqing', { skills: [sk('technician', '2021-09')], annualReviewsPassed: Y }),
    followUps: [{ ...bye('行了，我去睡了，明天再看'), maxChars: 200 }],
  }),
  Z('smalltalk', {
    open: '你是人工客服还是机器人？我想问问评职称',
    answers: { ...NO, region: '四川泸州', skills: '高级工', 'skills.since': '2023年1月' },
    truth: T('sichuan', { skills: [sk('senior_worker', '2023-01')], annualReviewsPassed: Y }),
    followUps: [bye('挺方便的，谢啦')],
  }),
  Z('smalltalk', {
    open: '打扰了，同事推荐来问的',
    answers: { ...NO, region: '辽宁盘山', skills: '高级技师', 'skills.since': '2020年10月' },
    interject: [{ at: 'skills.since', say: '你等会儿，证在柜子里我去拿' }],
    truth: T('liaoning', { skills: [sk('senior_technician', '2020-10')], annualReviewsPassed: Y }),
  }),
  E('smalltalk', {
    open: 'good morning! hope youre having a nice day. got a question about titles',
    answers: { ...NOE, region: 'Suzhou', skills: 'technician', 'skills.since': 'June 2022', 'skills.occupation': 'electrician', occupation: 'electrician' },
    truth: T('suzhou', { skills: [sk('technician', '2022-06', '电工')], annualReviewsPassed: Y }),
    followUps: [bye('awesome, have a good one')],
  }),
]

// --- "不知道" to a question ------------------------------------------------------------------------------------------
const UNKNOWN = [
  Z('unknown', {
    open: '合川…不，我在重庆忠县，高级工，2022年11月，能评什么',
    answers: { titles: '没有', awards: '没有', annualReviewsPassed: '这个不清楚' },
    truth: T('chongqing', { skills: [sk('senior_worker', '2022-11')] }), maxTurns: 4,
  }),
  Z('unknown', {
    open: '宜宾翠屏区，技师，具体哪年拿的记不清了，能不能评中级',
    answers: { ...NO, 'skills.since': '记不得了' },
    truth: T('sichuan', { skills: [sk('technician')], annualReviewsPassed: Y }), maxTurns: 4,
  }),
  Z('unknown', {
    open: '萍乡湘东，高级技师，2019年3月，考核的事我不太清楚，能报副高吗',
    answers: { titles: '没有', awards: '没有', annualReviewsPassed: '不知道' },
    truth: T('jiangxi', { skills: [sk('senior_technician', '2019-03')] }), maxTurns: 4,
  }),
]

// --- the national baseline (places outside the five regions) -------------------------------------------------------
const NATIONAL = [
  Z('national', { open: '福州，技师2024年4月，考核合格，能评中级职称吗',
    answers: { ...NO, region: '福州' }, truth: N('福州', { skills: [sk('technician', '2024-04')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [W('几月能报')] }),
  Z('national', { open: '天津滨海新区，高级工2023年6月，年度考核合格，可以评什么',
    answers: { ...NO, region: '天津' }, truth: N('天津', { skills: [sk('senior_worker', '2023-06')], annualReviewsPassed: Y }), maxTurns: 3 }),
  Z('national', { open: '南通的，不是苏州，高级技师2021年12月，考核合格，副高够不够',
    answers: { ...NO, region: '南通' }, truth: N('南通', { skills: [sk('senior_technician', '2021-12')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('去申报的话包里装些什么材料')] }),
  Z('national', { open: '贵阳 高级工 2025年3月 考核合格 助理工程师啥时候',
    answers: { ...NO, region: '贵阳' }, truth: N('贵阳', { skills: [sk('senior_worker', '2025-03')], annualReviewsPassed: Y }), ask: AW('assistant'), maxTurns: 3 }),
]

// --- the "when" months from the engine, then the file ------------------------------------------------------------
const C0 = [...HR, ...EN, ...PHONE, ...VOICE, ...TRAD, ...CONTEST, ...WISH, ...CORRECTION, ...TITLE, ...SMALLTALK, ...UNKNOWN, ...NATIONAL]
  .map((c, i) => ({ id: `h12-${String(i + 1).padStart(3, '0')}`, ...c }))
const { results } = engineOnTruths(C0.map((c) => ({ truth: c.truth })), { root, asOf: AS_OF })
const monthOf = (c, i, target) => {
  // results come three per case (the truth, its bare year in January, in December): the first is the truth's
  const res = results[i * 3]
  const open = res.paths.filter((p) => p.status === 'not_yet' && p.eligibleFrom && (!target || p.target === target))
  if (!open.length) { process.stderr.write(`${c.id}: no not-yet path${target ? " to " + target : ""}: ${JSON.stringify(res.best)}\n`); return "2099-01" }
  return open.map((p) => p.eligibleFrom).sort()[0]
}
const C = C0.map((c, i) => ({
  ...c,
  ...(c.ask?.type === 'when' && !c.ask.month ? { ask: { type: 'when', month: monthOf(c, i, c.ask.target) } } : {}),
  ...(c.followUps ? { followUps: c.followUps.map((f) => (f.type === 'when' && !f.month ? { say: f.say, type: 'when', month: monthOf(c, i, f.target) } : f)) } : {}),
}))

writeConversationSet(C, { root, asOf: AS_OF, file: 'test/heldout/dialog-conversations-12.json' })
