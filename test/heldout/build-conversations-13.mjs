#!/usr/bin/env node
// Builds test/heldout/dialog-conversations-13.json (set 13, blind): the people's words and facts (truth) are written
// here by hand; every best, corrected best, "when" month and HR checklist comes from the engine (a "when" written
// without a month takes the month the engine gives the path asked about, or its first not-yet path).
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import process from 'node:process'
import { sk, ti, comp, hon, T, N, docs, bye, fix, ASK_DOCS, writeConversationSet } from './conversationSet.mjs'
import { engineOnTruths } from './builderEngine.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const AS_OF = '2026-11'
const Y = true
const Z = (kind, o) => ({ locale: 'zh-CN', kind, ...o })
const E = (kind, o) => ({ locale: 'en', kind, ...o })
// what a person without a title or an award says to those questions, and to the annual review
const NO = { titles: '没有', awards: '没有', annualReviewsPassed: '合格' }
const NOE = { titles: 'no', awards: 'none', annualReviewsPassed: 'yes' }
const NOT = { titles: '冇', awards: '冇', annualReviewsPassed: '合格' }
// "when" asked after the answer / in the first message: the month is filled in from the engine (target: the level asked about)
const W = (say, target) => ({ say, type: 'when', month: null, target })
const AW = (target) => ({ type: 'when', month: null, target })

// --- HR hotline, WeCom and service-window staff typing for a caller ----------------------------------------------
const HR = [
  Z('hr', {
    open: '来电人：陈师傅，涪陵区榨菜集团设备科，维修电工技师，2021年3月取证，近三年年度考核均合格，无获奖。来电人问现在能否申报中级工程师，需要哪些材料',
    answers: { ...NO, region: '重庆' }, truth: T('chongqing', { skills: [sk('technician', '2021-03')], annualReviewsPassed: Y }), ask: ASK_DOCS, maxTurns: 3,
  }),
  Z('hr', {
    open: '咨询人：彭女士／永川区／汽车装调工 高级工／证书时间2025年5月／年度考核合格／无奖项／想了解最早哪个月可以报助理工程师',
    answers: { ...NO, region: '重庆' }, truth: T('chongqing', { skills: [sk('senior_worker', '2025-05')], annualReviewsPassed: Y }), ask: AW('assistant'), maxTurns: 3,
  }),
  Z('hr', {
    open: '工单编号0417 来电人谭某 合川区玻璃厂 玻璃熔制工 高级技师 2018年10月取得 近三年考核合格 获重庆市技能大师称号 诉求：咨询可贯通到哪一级职称',
    answers: { ...NO, awards: '重庆市技能大师' }, truth: T('chongqing', { skills: [sk('senior_technician', '2018-10')], annualReviewsPassed: Y, awards: [hon('chongqing_skill_master')] }), maxTurns: 3,
    followUps: [docs('请列出申报材料')],
  }),
  Z('hr', {
    open: '我是綦江一家齿轮厂管人事的，帮员工老罗问下，他磨工技师，证是2020年12月的，考核年年都过了，没拿过奖，他这种能报啥职称',
    answers: { ...NO, region: '重庆綦江' }, truth: T('chongqing', { skills: [sk('technician', '2020-12')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('那他报名要交些什么东西，列一下')],
  }),
  Z('hr', {
    open: '职工信息 自贡 盐化厂 锅炉操作工 技师 发证2022年8月 近三年考核合格 问能不能走贯通报工程师',
    answers: { ...NO, region: '四川自贡' }, truth: T('sichuan', { skills: [sk('technician', '2022-08')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [bye('清楚了，麻烦你们了')],
  }),
  Z('hr', {
    open: '你好，攀枝花钢厂人力资源部，员工小吉，轧钢工高级工，2023年4月拿的证，年度考核都合格，没有获奖，麻烦看下他能申报什么',
    answers: { ...NO, region: '四川攀枝花' }, truth: T('sichuan', { skills: [sk('senior_worker', '2023-04')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('他需要准备的材料麻烦列出来')],
  }),
  Z('hr', {
    open: '来电记录：乐山五通桥 多晶硅企业 员工 多晶硅制取工 技师 证书2024年2月 考核合格 无奖 来电人问什么时候能评中级',
    answers: { ...NO, region: '四川乐山' }, truth: T('sichuan', { skills: [sk('technician', '2024-02')], annualReviewsPassed: Y }), ask: AW('intermediate'), maxTurns: 3,
  }),
  Z('hr', {
    open: '南充炼化分公司人事 员工何工 催化裂化装置操作工 高级技师 2021年5月取证 近三年都合格 未获奖 问可以申报高级工程师吗',
    answers: { ...NO, region: '四川南充' }, truth: T('sichuan', { skills: [sk('senior_technician', '2021-05')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [bye('好 谢了')],
  }),
  Z('hr', {
    open: '咨询人：抚顺石化 员工 炼油工 高级工（2024年9月）近三年考核合格 无获奖。咨询能申报的职称和所需材料',
    answers: { ...NO, region: '辽宁抚顺' }, truth: T('liaoning', { skills: [sk('senior_worker', '2024-09')], annualReviewsPassed: Y }), ask: ASK_DOCS, maxTurns: 3,
  }),
  Z('hr', {
    open: '本溪钢铁集团职工服务站：职工于师傅 炼钢工 技师 2019年7月取证 三年考核均合格 曾获辽宁省技术能手 想问能评到什么职称',
    answers: { ...NO, awards: '辽宁省技术能手', region: '辽宁本溪' }, truth: T('liaoning', { skills: [sk('technician', '2019-07')], annualReviewsPassed: Y, awards: [hon('liaoning_technical_expert')] }), maxTurns: 3,
    followUps: [docs('需要提交的材料有哪些')],
  }),
  Z('hr', {
    open: '海城一家耐火材料厂的人事，员工高级技师，耐火材料烧成工，2023年1月取的证，考核都合格，没奖，问他哪年哪月能报副高',
    answers: { ...NO, region: '辽宁海城' }, truth: T('liaoning', { skills: [sk('senior_technician', '2023-01')], annualReviewsPassed: Y }), ask: AW('deputy_senior'), maxTurns: 3,
  }),
  Z('hr', {
    open: '葫芦岛船厂劳资科 员工 船体装配工 技师 2022年11月 考核合格 没有奖 能报工程师不',
    answers: { ...NO, region: '辽宁葫芦岛' }, truth: T('liaoning', { skills: [sk('technician', '2022-11')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('船厂这边要给他准备哪几样材料')],
  }),
  Z('hr', {
    open: '吉安一家电子厂人资：员工刘某 电子设备装接工 高级工 2022年6月取证 近三年考核合格 无奖励 想申报职称 请告知可报等级及材料',
    answers: { ...NO, region: '江西吉安' }, truth: T('jiangxi', { skills: [sk('senior_worker', '2022-06')], annualReviewsPassed: Y }), ask: ASK_DOCS, maxTurns: 3,
  }),
  Z('hr', {
    open: '丰城电厂 人力部 员工 集控值班员 技师 2020年4月发证 考核合格 无奖 他可以评什么',
    answers: { ...NO, region: '江西丰城' }, truth: T('jiangxi', { skills: [sk('technician', '2020-04')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [bye('收到 多谢老师')],
  }),
  Z('hr', {
    open: '苏州工业园区一家精密模具公司HR，员工模具工技师，2022年3月拿证，近三年考核合格，没有获奖，请问可以申报什么职称、要哪些材料',
    answers: { ...NO, region: '苏州工业园区', 'skills.occupation': '模具工' }, truth: T('suzhou', { skills: [sk('technician', '2022-03', '模具工')], annualReviewsPassed: Y }), ask: ASK_DOCS, maxTurns: 3,
  }),
  Z('hr', {
    open: '来电人：花桥 4S店 员工 汽车维修工 高级工 证书2025年1月 年度考核合格 无奖项 问题：多久以后能报助理工程师',
    answers: { ...NO, region: '昆山花桥', 'skills.occupation': '汽车维修工' }, truth: T('suzhou', { skills: [sk('senior_worker', '2025-01', '汽车维修工')], annualReviewsPassed: Y }), ask: AW('assistant'), maxTurns: 3,
  }),
  Z('hr', {
    open: '张家港塘桥镇 机械厂人事 员工 钳工 高级技师 2021年6月取得 考核都合格 获过江苏省技术能手 咨询能报到哪一级',
    answers: { ...NO, awards: '江苏省技术能手', region: '张家港', 'skills.occupation': '钳工' }, truth: T('suzhou', { skills: [sk('senior_technician', '2021-06', '钳工')], annualReviewsPassed: Y, awards: [hon('jiangsu_technical_expert')] }), maxTurns: 3,
  }),
  Z('hr', {
    open: '区人社窗口转来：巴南区 员工 起重装卸机械操作工 高级工 2024年3月 考核合格 无奖。申请人问能申报什么，麻烦回复',
    answers: { ...NO, region: '重庆巴南' }, truth: T('chongqing', { skills: [sk('senior_worker', '2024-03')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('材料清单也发一下')],
  }),
]

// --- English speakers, pinyin, English-speaking HR ----------------------------------------------------------------
const EN = [
  E('en', {
    open: 'hi im a cnc lathe guy in yongchuan chongqing, got my jishi cert march 2022, reviews all passed. what title can i apply for',
    answers: { ...NOE, region: 'Chongqing' }, truth: T('chongqing', { skills: [sk('technician', '2022-03')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('ok what docs do i need')],
  }),
  E('en', {
    open: 'Hello, aircraft maintenance at Shuangliu, Chengdu. I got gao ji gong in Nov 2023. Which engineer title am I eligible for?',
    answers: { ...NOE, region: 'Sichuan' }, truth: T('sichuan', { skills: [sk('senior_worker', '2023-11')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('and for applying, which certificates and forms go in the pile?')],
  }),
  E('en', {
    open: 'my wife installs refrigeration and AC systems in Suzhou Industrial Park, senior technicain since Aug 2020, annual reviews ok. can she become senior engineer?',
    answers: { ...NOE, region: 'Suzhou', 'skills.occupation': 'refrigeration and air-conditioning system installer' }, truth: T('suzhou', { skills: [sk('senior_technician', '2020-08', '制冷空调系统安装维修工')], annualReviewsPassed: Y }), maxTurns: 4,
  }),
  E('en', {
    open: 'Hi, HR at a chemical plant in Jinzhou district, Dalian. Our employee Mr Sun is a chemical lab analyst, technician level since January 2025, reviews passed, no awards. When can he apply for intermediate engineer?',
    answers: { ...NOE, region: 'Liaoning' }, truth: T('liaoning', { skills: [sk('technician', '2025-01')], annualReviewsPassed: Y }), ask: AW('intermediate'), maxTurns: 3,
  }),
  E('en', {
    open: 'Shenyang Tiexi here, welder, gao ji ji shi since 2017 may, passed every review, and I was named Liaoning Craftsman. what can i go for',
    answers: { ...NOE, awards: 'Liaoning Craftsman', region: 'Liaoning' }, truth: T('liaoning', { skills: [sk('senior_technician', '2017-05')], annualReviewsPassed: Y, awards: [hon('liaoning_craftsman')] }), maxTurns: 3,
  }),
  E('en', {
    open: 'I work in rare earth smelting in Ganzhou, Jiangxi. Technician certificate October 2021, reviews fine. Which title level?',
    answers: { ...NOE, region: 'Jiangxi' }, truth: T('jiangxi', { skills: [sk('technician', '2021-10')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [bye('brilliant, appreciate it')],
  }),
  E('en', {
    open: 'wo zai chongqing beibei zuo dian gong, gao ji gong 2024 nian 5 yue na de, nian du kao he dou he ge, ke yi ping zhu li gong cheng shi ma',
    answers: { ...NOE, region: 'chongqing' }, truth: T('chongqing', { skills: [sk('senior_worker', '2024-05')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [bye('hao de xie xie ni')],
  }),
  E('en', {
    open: 'hellow, im electrican in leshan sichuan, senoir worker certifcate from june 2025. when i can apply asistant engineer?',
    answers: { ...NOE, region: 'Sichuan' }, truth: T('sichuan', { skills: [sk('senior_worker', '2025-06')], annualReviewsPassed: Y }), ask: AW('assistant'), maxTurns: 3,
  }),
  E('en', {
    open: 'Writing for my dad, he runs boilers at a heating plant in Anshan. He has been a technician since 2018 and always passes the yearly review. What title could he get?',
    answers: { ...NOE, region: 'Liaoning' }, truth: T('liaoning', { skills: [sk('technician', '2018-06')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('And the documents he should prepare?')],
  }),
  E('en', {
    open: 'Port crane operator in Hukou, Jiujiang. senior worker since april 2023, reviews passed. any title for me?',
    answers: { ...NOE, region: 'Jiangxi' }, truth: T('jiangxi', { skills: [sk('senior_worker', '2023-04')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('which documents should I get ready')],
  }),
  E('en', {
    open: 'Im a lathe operator (che gong) in Bacheng, Kunshan. Got technician in December 2023. When will I be able to apply for engineer?',
    answers: { ...NOE, region: 'Suzhou', 'skills.occupation': 'lathe operator' }, truth: T('suzhou', { skills: [sk('technician', '2023-12', '车工')], annualReviewsPassed: Y }), ask: AW('intermediate'), maxTurns: 4,
  }),
  E('en', {
    open: 'HR from Nan\'an district Chongqing. Employee: auto body painter, senior technician since Feb 2022, reviews passed, no awards. What is the highest title he can apply for?',
    answers: { ...NOE, region: 'Chongqing' }, truth: T('chongqing', { skills: [sk('senior_technician', '2022-02')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('list the materials please')],
  }),
  E('en', {
    open: 'substation operator in Guangyuan, Sichuan, technicain since sep 2020. passed all reviews. what can i apply?',
    answers: { ...NOE, region: 'Sichuan' }, truth: T('sichuan', { skills: [sk('technician', '2020-09')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [bye('cheers')],
  }),
  E('en', {
    open: 'Hi there. I drive tunnel boring machines in Shapingba, Chongqing. Senior worker cert since Oct 2025. When can I go for assistant engineer?',
    answers: { ...NOE, region: 'Chongqing' }, truth: T('chongqing', { skills: [sk('senior_worker', '2025-10')], annualReviewsPassed: Y }), ask: AW('assistant'), maxTurns: 3,
  }),
  E('en', {
    open: 'hey, gaoji jishi here, steel rolling in Benxi liaoning, since feb 2024. reviews passed. can i do deputy senior engineer yet',
    answers: { ...NOE, region: 'Liaoning' }, truth: T('liaoning', { skills: [sk('senior_technician', '2024-02')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [W('ok so from which month exactly', 'deputy_senior')],
  }),
  E('en', {
    open: 'Good morning, I am a mould maker in Mudu, Suzhou. I hold a senior worker certificate from March 2024. Is an assistant engineer title possible?',
    answers: { ...NOE, region: 'Suzhou', 'skills.occupation': 'mould maker' }, truth: T('suzhou', { skills: [sk('senior_worker', '2024-03', '模具工')], annualReviewsPassed: Y }), maxTurns: 4,
    followUps: [bye('Thank you very much, that helps')],
  }),
  E('en', {
    open: 'Tea processing technician in Wuyuan, Jiangxi, cert since 2019 july, reviews passed. what title?',
    answers: { ...NOE, region: 'Jiangxi' }, truth: T('jiangxi', { skills: [sk('technician', '2019-07')], annualReviewsPassed: Y }), maxTurns: 3,
  }),
  E('en', {
    open: 'gao ji gong, wo zai liaoyang, 2022 nian 9 yue, che gong. what title can i get',
    answers: { ...NOE, region: 'Liaoning' }, truth: T('liaoning', { skills: [sk('senior_worker', '2022-09')], annualReviewsPassed: Y }), maxTurns: 3,
  }),
]

// --- Phone typing: short, particles, typos, dialect ---------------------------------------------------------------
const PHONE = [
  Z('phone', {
    open: '师傅问下 我铜梁的 焊工技师 21年4月拿的证 能整个工程师不',
    answers: { ...NO, region: '重庆铜梁' }, truth: T('chongqing', { skills: [sk('technician', '2021-04')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('要带啥子证件去')],
  }),
  Z('phone', {
    open: '荣昌的 做陶 高级工 莫得职称 咋个评',
    answers: { ...NO, region: '重庆荣昌', skills: '高级工', 'skills.since': '2023年9月' }, truth: T('chongqing', { skills: [sk('senior_worker', '2023-09')], annualReviewsPassed: Y }), maxTurns: 6,
  }),
  Z('phone', {
    open: '垫江 电工 技是 2024年8月 啥时候能评中级嘛',
    answers: { ...NO, region: '重庆垫江' }, truth: T('chongqing', { skills: [sk('technician', '2024-08')], annualReviewsPassed: Y }), ask: AW('intermediate'), maxTurns: 4,
  }),
  Z('phone', {
    open: '都江堰 开挖掘机的 高级工2022.10 考核都过了 能评啥子噻',
    answers: { ...NO, region: '四川都江堰' }, truth: T('sichuan', { skills: [sk('senior_worker', '2022-10')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [bye('好的嘛 感谢')],
  }),
  Z('phone', {
    open: '郫都区 豆瓣厂 设备维修 技师 19年的证 想报工程师要得不',
    answers: { ...NO, region: '四川郫都', 'skills.since': '2019年' }, truth: T('sichuan', { skills: [sk('technician', '2019-06')], annualReviewsPassed: Y }), maxTurns: 4,
    followUps: [docs('要准备些啥子材料哦')],
  }),
  Z('phone', {
    open: '俺在铁岭 车工 高级技师 2020年3月 能弄个高工不',
    answers: { ...NO, region: '辽宁铁岭' }, truth: T('liaoning', { skills: [sk('senior_technician', '2020-03')], annualReviewsPassed: Y }), maxTurns: 3,
  }),
  Z('phone', {
    open: '瓦房店轴承厂的 磨工 技师证 24年3月 啥时候能报中级呀',
    answers: { ...NO, region: '辽宁瓦房店' }, truth: T('liaoning', { skills: [sk('technician', '2024-03')], annualReviewsPassed: Y }), ask: AW('intermediate'), maxTurns: 4,
  }),
  Z('phone', {
    open: '阜新 煤机厂 铆工 高级公 2021年 能评助工吗',
    answers: { ...NO, region: '辽宁阜新', 'skills.since': '2021年' }, truth: T('liaoning', { skills: [sk('senior_worker', '2021-06')], annualReviewsPassed: Y }), maxTurns: 4,
  }),
  Z('phone', {
    open: '我婺源的 茶叶加工 技师 2022年1月 评职称可以伐',
    answers: { ...NO, region: '江西婺源' }, truth: T('jiangxi', { skills: [sk('technician', '2022-01')], annualReviewsPassed: Y }), maxTurns: 4,
  }),
  Z('phone', {
    open: '龙南 稀土 高级技师 2019年11月 年年考核合格 能到副高不',
    answers: { ...NO, region: '江西龙南' }, truth: T('jiangxi', { skills: [sk('senior_technician', '2019-11')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [bye('要得 谢谢')],
  }),
  Z('phone', {
    open: '盛泽的 中央空调运行操作员 高级工 2024年4月 好评助理工程师伐',
    answers: { ...NO, region: '吴江盛泽', 'skills.occupation': '中央空调系统运行操作员' }, truth: T('suzhou', { skills: [sk('senior_worker', '2024-04', '中央空调系统运行操作员')], annualReviewsPassed: Y }), maxTurns: 4,
  }),
  Z('phone', {
    open: '木渎 做家装的 手工木工技师 24年7月 啥辰光好报工程师',
    answers: { ...NO, region: '苏州木渎', 'skills.occupation': '手工木工' }, truth: T('suzhou', { skills: [sk('technician', '2024-07', '手工木工')], annualReviewsPassed: Y }), ask: AW('intermediate'), maxTurns: 4,
  }),
  Z('phone', {
    open: 'zai ma 我是南川的 gaojigong 电焊 2023年7月 能评啥',
    answers: { ...NO, region: '重庆南川' }, truth: T('chongqing', { skills: [sk('senior_worker', '2023-07')], annualReviewsPassed: Y }), maxTurns: 4,
    followUps: [docs('那要交些啥')],
  }),
]

// --- Voice-to-text run-ons ----------------------------------------------------------------------------------------
const VOICE = [
  Z('voice', {
    open: '你好我想问一下我是开州的做水泥的我是技师二零二零年六月拿的证年度考核都合格我想问我能不能评工程师',
    answers: { ...NO, region: '重庆开州' }, truth: T('chongqing', { skills: [sk('technician', '2020-06')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [bye('好的谢谢啊拜拜')],
  }),
  Z('voice', {
    open: '喂那个我在云阳县我是高级记事二零二二年三月份考的然后想问一下能评个什么职城',
    answers: { ...NO, region: '重庆云阳' }, truth: T('chongqing', { skills: [sk('senior_technician', '2022-03')], annualReviewsPassed: Y }), maxTurns: 4,
  }),
  Z('voice', {
    open: '我是广安的混凝土工高级工二零二五年二月拿的证逗号我想知道好久可以评住理工程师问号',
    answers: { ...NO, region: '四川广安' }, truth: T('sichuan', { skills: [sk('senior_worker', '2025-02')], annualReviewsPassed: Y }), ask: AW('assistant'), maxTurns: 4,
  }),
  Z('voice', {
    open: '那个我是西昌的我搞光伏运维的我是技师二零一九年十月的证书考核每年都合格我能评什么',
    answers: { ...NO, region: '四川西昌' }, truth: T('sichuan', { skills: [sk('technician', '2019-10')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('那我要准备啥材料你跟我说一下')],
  }),
  Z('voice', {
    open: '你好我在兴城做泳装设备维修的我是高级工二零二三年八月拿的然后年度考核都是合格的没有获过奖我能申请什么职称',
    answers: { ...NO, region: '辽宁兴城' }, truth: T('liaoning', { skills: [sk('senior_worker', '2023-08')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('那申报的时候需要交哪些材料呢')],
  }),
  Z('voice', {
    open: '我是辽阳石化的我是化工总空工技师二零二四年五月拿的证我想问什么时候能报中级职称',
    answers: { ...NO, region: '辽宁辽阳' }, truth: T('liaoning', { skills: [sk('technician', '2024-05')], annualReviewsPassed: Y }), ask: AW('intermediate'), maxTurns: 4,
  }),
  Z('voice', {
    open: '嗯我是萍乡芦溪的做电瓷的高级技是二零二一年一月份的证然后考核都合格想问问能不能评高工',
    answers: { ...NO, region: '江西萍乡' }, truth: T('jiangxi', { skills: [sk('senior_technician', '2021-01')], annualReviewsPassed: Y }), maxTurns: 4,
  }),
  Z('voice', {
    open: '你好我是宁都的我是电工高级工二零二四年十二月拿的证书句号我什么时候可以评助理工程师',
    answers: { ...NO, region: '江西宁都' }, truth: T('jiangxi', { skills: [sk('senior_worker', '2024-12')], annualReviewsPassed: Y }), ask: AW('assistant'), maxTurns: 4,
  }),
  Z('voice', {
    open: '我在苏州同里做防水的防水工技师二零二一年九月的证年度考核合格我想问一下可以评工程师吗',
    answers: { ...NO, region: '苏州同里', 'skills.occupation': '防水工' }, truth: T('suzhou', { skills: [sk('technician', '2021-09', '防水工')], annualReviewsPassed: Y }), maxTurns: 4,
    followUps: [bye('行那我知道了回头跟老板说一声谢了')],
  }),
  Z('voice', {
    open: '喂你好我是常熟梅李的机床装调维修工高级技师二零二二年七月的然后考核都过了没有奖我想问能报副高不能',
    answers: { ...NO, region: '常熟梅李', 'skills.occupation': '机床装调维修工' }, truth: T('suzhou', { skills: [sk('senior_technician', '2022-07', '机床装调维修工')], annualReviewsPassed: Y }), maxTurns: 4,
  }),
]

// --- Corrections: after the answer (a fix with its corrected truth) and before it (an interjection) ---------------
const CORR = [
  Z('correction', {
    open: '丰都的 维修电工技师 2021年5月的证 能评啥',
    answers: { ...NO, region: '重庆丰都' }, truth: T('chongqing', { skills: [sk('technician', '2021-05')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [fix('等下我看错了 证上是2024年5月', T('chongqing', { skills: [sk('technician', '2024-05')], annualReviewsPassed: Y }))],
  }),
  Z('correction', {
    open: '我武隆的 导游不是 我是高级工 索道维修 2022年2月',
    answers: { ...NO, region: '重庆武隆' }, truth: T('chongqing', { skills: [sk('senior_worker', '2022-02')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [fix('哦说错了 我是技师不是高级工 时间一样', T('chongqing', { skills: [sk('technician', '2022-02')], annualReviewsPassed: Y }))],
  }),
  Z('correction', {
    open: '温江 园林机械维修 高级技师 2020年8月 考核都合格',
    answers: { ...NO, region: '四川温江' }, truth: T('sichuan', { skills: [sk('senior_technician', '2020-08')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [fix('不好意思 去年那次年度考核我没合格', T('sichuan', { skills: [sk('senior_technician', '2020-08')], annualReviewsPassed: false }))],
  }),
  Z('correction', {
    open: '龙泉驿汽车厂 装调工 技师 2023年3月',
    answers: { ...NO, region: '四川龙泉驿' }, truth: T('sichuan', { skills: [sk('technician', '2023-03')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [fix('我记错了，技师是2024年3月才考下来的', T('sichuan', { skills: [sk('technician', '2024-03')], annualReviewsPassed: Y }))],
  }),
  Z('correction', {
    open: '金州 造船 焊工 高级工 2024年1月 评啥职称',
    answers: { ...NO, region: '大连金州' }, truth: T('liaoning', { skills: [sk('senior_worker', '2024-01')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [fix('搞错了 高级工是2025年1月才拿到的', T('liaoning', { skills: [sk('senior_worker', '2025-01')], annualReviewsPassed: Y }))],
  }),
  Z('correction', {
    open: '新民 农机 技师 2020年10月 想报中级',
    answers: { ...NO, region: '辽宁新民' }, truth: T('liaoning', { skills: [sk('technician', '2020-10')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [fix('刚翻了证书 其实是高级技师 2020年10月', T('liaoning', { skills: [sk('senior_technician', '2020-10')], annualReviewsPassed: Y }))],
  }),
  Z('correction', {
    open: '高安 汽车维修 高级工 2023年6月',
    answers: { ...NO, region: '江西高安' }, truth: T('jiangxi', { skills: [sk('senior_worker', '2023-06')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [fix('改一下，我是技师，2023年6月', T('jiangxi', { skills: [sk('technician', '2023-06')], annualReviewsPassed: Y }))],
  }),
  Z('correction', {
    open: '我德兴铜矿的 采矿 高级技师 2025年3月拿的',
    answers: { ...NO, region: '江西德兴' }, truth: T('jiangxi', { skills: [sk('senior_technician', '2021-03')], annualReviewsPassed: Y }), maxTurns: 4,
    interject: [{ at: 'annualReviewsPassed', say: '对了前面说错了 证书是2021年3月的 考核都合格' }],
    truthNote: 'the interjection moves the month',
  }),
  Z('correction', {
    open: '太仓沙溪 砌筑工 技师 想评工程师',
    answers: { ...NO, region: '太仓沙溪', 'skills.since': '2022年10月', 'skills.occupation': '砌筑工' }, truth: T('suzhou', { skills: [sk('senior_technician', '2022-10', '砌筑工')], annualReviewsPassed: Y }), maxTurns: 6,
    interject: [{ at: 'skills.since', say: '哦不对我不是技师是高级技师 2022年10月拿的' }],
    truthNote: 'the interjection moves the level',
  }),
  Z('correction', {
    open: '周庄 电工 高级工 2022年9月 考核合格',
    answers: { ...NO, region: '昆山周庄', 'skills.occupation': '电工' }, truth: T('suzhou', { skills: [sk('senior_worker', '2022-09', '电工')], annualReviewsPassed: Y }), maxTurns: 4,
    followUps: [fix('说错了 是2025年9月拿的高级工', T('suzhou', { skills: [sk('senior_worker', '2025-09', '电工')], annualReviewsPassed: Y }))],
  }),
]

// --- Wishes that are not holdings ---------------------------------------------------------------------------------
const WISH = [
  Z('wish', {
    open: '我想评高级工程师 现在只是高级工 2023年拿的 梁平的',
    answers: { ...NO, region: '重庆梁平', 'skills.since': '2023年4月' }, truth: T('chongqing', { skills: [sk('senior_worker', '2023-04')], annualReviewsPassed: Y }), maxTurns: 5,
  }),
  Z('wish', {
    open: '石柱县 打算明年考技师 现在是高级工 2021年8月的证 现在可以报啥',
    answers: { ...NO, region: '重庆石柱' }, truth: T('chongqing', { skills: [sk('senior_worker', '2021-08')], annualReviewsPassed: Y }), maxTurns: 4,
  }),
  Z('wish', {
    open: '我想当工程师 我广汉的 焊工 中级工 2022年',
    answers: { ...NO, region: '四川广汉', 'skills.since': '2022年' }, truth: T('sichuan', { skills: [sk('intermediate_worker', '2022-06')], annualReviewsPassed: Y }), maxTurns: 5,
  }),
  Z('wish', {
    open: '什邡 想冲正高 目前高级技师 2022年5月 考核合格',
    answers: { ...NO, region: '四川什邡' }, truth: T('sichuan', { skills: [sk('senior_technician', '2022-05')], annualReviewsPassed: Y }), maxTurns: 4,
  }),
  Z('wish', {
    open: '凌源的 正在准备考高级技师 手上是技师证 2019年12月 能先评个啥',
    answers: { ...NO, region: '辽宁凌源' }, truth: T('liaoning', { skills: [sk('technician', '2019-12')], annualReviewsPassed: Y }), maxTurns: 4,
    followUps: [bye('中 谢谢啊')],
  }),
  Z('wish', {
    open: '东港 想弄个中级职称 现在就一个高级工 2024年8月',
    answers: { ...NO, region: '辽宁东港' }, truth: T('liaoning', { skills: [sk('senior_worker', '2024-08')], annualReviewsPassed: Y }), maxTurns: 4,
  }),
  Z('wish', {
    open: '永修的 以后想评副高 我现在技师 2021年11月 那现在能到哪一步',
    answers: { ...NO, region: '江西永修' }, truth: T('jiangxi', { skills: [sk('technician', '2021-11')], annualReviewsPassed: Y }), maxTurns: 4,
  }),
  Z('wish', {
    open: '淀山湖的 想考个工程师 我只有焊工高级工 2023年5月',
    answers: { ...NO, region: '昆山淀山湖', 'skills.occupation': '焊工' }, truth: T('suzhou', { skills: [sk('senior_worker', '2023-05', '焊工')], annualReviewsPassed: Y }), maxTurns: 4,
  }),
  E('wish', {
    open: 'I want to be a senior engineer one day. right now just senior worker since 2022 march, forklift repair, Wanzhou? no sorry Fuling, Chongqing',
    answers: { ...NOE, region: 'Chongqing' }, truth: T('chongqing', { skills: [sk('senior_worker', '2022-03')], annualReviewsPassed: Y }), maxTurns: 4,
  }),
]

// --- Traditional characters, Cantonese ---------------------------------------------------------------------------
const TRAD = [
  Z('trad', {
    open: '您好，我在重慶北碚做儀表維修，技師證書是2021年2月取得的，年度考核都合格，請問可以申報工程師嗎',
    answers: { titles: '沒有', awards: '沒有', annualReviewsPassed: '合格', region: '重慶' }, truth: T('chongqing', { skills: [sk('technician', '2021-02')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('需要準備什麼資料呢')],
  }),
  Z('trad', {
    open: '請問一下，成都溫江，高級工，2025年3月拿證，什麼時候可以評助理工程師',
    answers: { titles: '沒有', awards: '沒有', annualReviewsPassed: '合格', region: '四川' }, truth: T('sichuan', { skills: [sk('senior_worker', '2025-03')], annualReviewsPassed: Y }), ask: AW('assistant'), maxTurns: 4,
  }),
  Z('trad', {
    open: '我係大連沙河口嘅焊工，高級技師，2018年9月攞嘅證，年年考核都過，想問可唔可以評高級工程師',
    answers: { ...NOT, region: '遼寧大連' }, truth: T('liaoning', { skills: [sk('senior_technician', '2018-09')], annualReviewsPassed: Y }), maxTurns: 4,
  }),
  Z('trad', {
    open: '鐵嶺開原附近，電工技師，2023年12月取證，幾時可以報中級？',
    answers: { titles: '沒有', awards: '沒有', annualReviewsPassed: '合格', region: '遼寧' }, truth: T('liaoning', { skills: [sk('technician', '2023-12')], annualReviewsPassed: Y }), ask: AW('intermediate'), maxTurns: 4,
  }),
  Z('trad', {
    open: '江西吉安泰和，數控車工高級工，2022年5月的證書，考核合格，可以評什麼職稱',
    answers: { titles: '沒有', awards: '沒有', annualReviewsPassed: '合格', region: '江西' }, truth: T('jiangxi', { skills: [sk('senior_worker', '2022-05')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('申報要準備哪些材料')],
  }),
  Z('trad', {
    open: '我喺蘇州工業園區做模具，模具工技師，2021年4月考到，考核冇問題，想知點樣報工程師',
    answers: { ...NOT, region: '蘇州', 'skills.occupation': '模具工' }, truth: T('suzhou', { skills: [sk('technician', '2021-04', '模具工')], annualReviewsPassed: Y }), maxTurns: 4,
  }),
  Z('trad', {
    open: '崑山張浦，汽車維修工高級技師，2021年10月取得，請問能否直接報副高',
    answers: { titles: '沒有', awards: '沒有', annualReviewsPassed: '合格', region: '蘇州崑山', 'skills.occupation': '汽車維修工' }, truth: T('suzhou', { skills: [sk('senior_technician', '2021-10', '汽車維修工')], annualReviewsPassed: Y }), maxTurns: 4,
    followUps: [bye('唔該你，好清楚')],
  }),
  Z('trad', {
    open: '四川樂山峨眉山，我係做茶葉加工嘅技師，2022年3月攞證，而家可以評乜嘢職稱',
    answers: { ...NOT, region: '四川' }, truth: T('sichuan', { skills: [sk('technician', '2022-03')], annualReviewsPassed: Y }), maxTurns: 4,
  }),
]

// --- Competitions and honours -------------------------------------------------------------------------------------
const CONTEST = [
  Z('contest', {
    open: '九龙坡的 去年重庆市职业技能大赛拿了第四名 我是数控铣工高级工 2024年3月',
    answers: { ...NO, awards: '重庆市职业技能大赛第四名', region: '重庆' }, truth: T('chongqing', { skills: [sk('senior_worker', '2024-03')], annualReviewsPassed: Y, awards: [comp('chongqing_skills_competition', { rank: 4 })] }), maxTurns: 4,
    followUps: [docs('比赛证书那些要不要一起交 还要带哪样')],
  }),
  Z('contest', {
    open: '渝北 全国行业职业技能竞赛（二类）第二名 技师2023年9月 能直接报高工不',
    answers: { ...NO, awards: '国家级二类竞赛第二名', region: '重庆' }, truth: T('chongqing', { skills: [sk('technician', '2023-09')], annualReviewsPassed: Y, awards: [comp('national_class2', { rank: 2 })] }), maxTurns: 4,
  }),
  Z('contest', {
    open: '自贡的 四川省一类技能大赛焊接第二名 高级工2024年3月 能评什么',
    answers: { ...NO, awards: '省级一类竞赛第二名', region: '四川' }, truth: T('sichuan', { skills: [sk('senior_worker', '2024-03')], annualReviewsPassed: Y, awards: [comp('provincial_class1', { rank: 2 })] }), maxTurns: 4,
  }),
  Z('contest', {
    open: '我是天府工匠 金堂的 高级技师2023年6月 能到哪级',
    answers: { ...NO, awards: '天府工匠', region: '四川金堂' }, truth: T('sichuan', { skills: [sk('senior_technician', '2023-06')], annualReviewsPassed: Y, awards: [hon('tianfu_craftsman')] }), maxTurns: 4,
  }),
  Z('contest', {
    open: '抚顺 辽宁省二类职业技能大赛第一名 技师 2024年4月取证',
    answers: { ...NO, awards: '省级二类竞赛第一名', region: '辽宁' }, truth: T('liaoning', { skills: [sk('technician', '2024-04')], annualReviewsPassed: Y, awards: [comp('provincial_class2', { rank: 1 })] }), maxTurns: 4,
  }),
  Z('contest', {
    open: '赣州章贡 全国技术能手 高级技师2024年10月的证 可以评什么',
    answers: { ...NO, awards: '全国技术能手', region: '江西' }, truth: T('jiangxi', { skills: [sk('senior_technician', '2024-10')], annualReviewsPassed: Y, awards: [hon('national_technical_expert')] }), maxTurns: 4,
  }),
  Z('contest', {
    open: '张家港乐余 苏州市一类技能竞赛第二名 电工高级工 2025年6月',
    answers: { ...NO, awards: '苏州市一类竞赛第二名', region: '苏州张家港', 'skills.occupation': '电工' }, truth: T('suzhou', { skills: [sk('senior_worker', '2025-06', '电工')], annualReviewsPassed: Y, awards: [comp('municipal_class1', { rank: 2 })] }), maxTurns: 4,
  }),
  E('contest', {
    open: 'won silver at WorldSkills? no, 3rd place in a national class-1 competition (CNC milling) last year, technician since 2024-01, Taicang Suzhou',
    answers: { ...NOE, awards: 'national class 1 competition, 3rd place', region: 'Suzhou', 'skills.occupation': 'milling machine operator' }, truth: T('suzhou', { skills: [sk('technician', '2024-01', '铣工')], annualReviewsPassed: Y, awards: [comp('national_class1', { rank: 3 })] }), maxTurns: 4,
  }),
]

// --- Title holders asking for a skill level -----------------------------------------------------------------------
const TITLE = [
  Z('title-holder', {
    open: '我是中级工程师 机械专业 2019年评的 辽阳的 想考个技能等级 能直接认定技师吗',
    answers: { ...NO, titles: '中级工程师', 'titles.since': '2019年5月', skills: '没有', region: '辽宁' }, truth: T('liaoning', { titles: [ti('intermediate', '2019-05')], annualReviewsPassed: Y }), maxTurns: 5,
  }),
  Z('title-holder', {
    open: '助理工程师 2022年7月 北碚 电气 能不能申请技能等级',
    answers: { ...NO, titles: '助理工程师', skills: '没有', region: '重庆' }, truth: T('chongqing', { titles: [ti('assistant', '2022-07')], annualReviewsPassed: Y }), maxTurns: 5,
  }),
  Z('title-holder', {
    open: '高级工程师 2020年10月 南昌红谷滩 有职称想再考个高级技师 可以吗',
    answers: { ...NO, titles: '高级工程师', skills: '没有', region: '江西' }, truth: T('jiangxi', { titles: [ti('deputy_senior', '2020-10')], annualReviewsPassed: Y }), maxTurns: 5,
  }),
  Z('title-holder', {
    open: '我有工程师职称 2018年的 在双流 想走职称转技能那条路 能给个啥等级',
    answers: { ...NO, titles: '工程师', 'titles.since': '2018年3月', skills: '没有', region: '四川' }, truth: T('sichuan', { titles: [ti('intermediate', '2018-03')], annualReviewsPassed: Y }), maxTurns: 5,
  }),
  E('title-holder', {
    open: "I'm an assistant engineer (mechanical) since 2021 april, in Fushun. Can I get a skill level certificate through the title?",
    answers: { ...NOE, titles: 'assistant engineer', skills: 'no', region: 'Liaoning' }, truth: T('liaoning', { titles: [ti('assistant', '2021-04')], annualReviewsPassed: Y }), maxTurns: 5,
  }),
]

// --- Small talk around the question -------------------------------------------------------------------------------
const SMALL = [
  Z('smalltalk', {
    open: '在吗在吗 吃了没 我问个事 合川的 电工技师 2022年4月',
    answers: { ...NO, region: '重庆合川' }, truth: T('chongqing', { skills: [sk('technician', '2022-04')], annualReviewsPassed: Y }), maxTurns: 4,
    followUps: [bye('要得 合川这边我去问单位 感谢感谢')],
  }),
  Z('smalltalk', {
    open: '早上好呀 第一次用这个 我在阆中 高级工 2023年10月 能评个啥',
    answers: { ...NO, region: '四川阆中' }, truth: T('sichuan', { skills: [sk('senior_worker', '2023-10')], annualReviewsPassed: Y }), maxTurns: 4,
    interject: [{ at: 'annualReviewsPassed', say: '跟我聊的这个是不是电脑自动回的哦' }],
  }),
  Z('smalltalk', {
    open: '你好 今天好冷 我瓦房店的 高级技师 2021年2月 能评副高不',
    answers: { ...NO, region: '辽宁瓦房店' }, truth: T('liaoning', { skills: [sk('senior_technician', '2021-02')], annualReviewsPassed: Y }), maxTurns: 4,
    followUps: [bye('行 谢了 回头再问你')],
  }),
  E('smalltalk', {
    open: 'hey how r u today? quick one: senior worker, Shangrao? no, Yujiang in Jiangxi, cert july 2023',
    answers: { ...NOE, region: 'Jiangxi' }, truth: T('jiangxi', { skills: [sk('senior_worker', '2023-07')], annualReviewsPassed: Y }), maxTurns: 4,
    followUps: [bye('nice, have a good one')],
  }),
]

// --- "不知道": a fact the person cannot give -------------------------------------------------------------------------
const UNK = [
  Z('unknown', {
    open: '我是技师 万盛的 哪年拿的证记不清了 能评工程师吗',
    answers: { ...NO, region: '重庆万盛', 'skills.since': '记不得了' }, truth: T('chongqing', { skills: [sk('technician')], annualReviewsPassed: Y }), maxTurns: 5,
  }),
  Z('unknown', {
    open: '射洪 高级工 2022年8月 考核情况不清楚 单位没说过',
    answers: { titles: '没有', awards: '没有', annualReviewsPassed: '不清楚', region: '四川射洪' }, truth: T('sichuan', { skills: [sk('senior_worker', '2022-08')] }), maxTurns: 5,
  }),
  Z('unknown', {
    open: '苏家屯的 焊工高级技师 时间忘了 考核应该都合格',
    answers: { ...NO, region: '沈阳苏家屯', 'skills.since': '不知道' }, truth: T('liaoning', { skills: [sk('senior_technician')], annualReviewsPassed: Y }), maxTurns: 5,
  }),
]

// --- National fallback: places without a text of their own --------------------------------------------------------
const NAT = [
  Z('national', {
    open: '我在合肥 电工技师 2021年6月 年度考核合格 能评工程师吗',
    answers: { ...NO, region: '合肥' }, truth: N('合肥', { skills: [sk('technician', '2021-06')], annualReviewsPassed: Y }), maxTurns: 4,
    followUps: [bye('好的 了解了 谢谢')],
  }),
  Z('national', {
    open: '长沙的 焊工高级工 2023年2月 考核都过了 能申请助理工程师不',
    answers: { ...NO, region: '长沙' }, truth: N('长沙', { skills: [sk('senior_worker', '2023-02')], annualReviewsPassed: Y }), maxTurns: 4,
  }),
  Z('national', {
    open: '郑州 数控车工 高级技师 2020年11月 可以评高级工程师吗',
    answers: { ...NO, region: '郑州' }, truth: N('郑州', { skills: [sk('senior_technician', '2020-11')], annualReviewsPassed: Y }), maxTurns: 4,
    followUps: [docs('评高工要准备什么材料')],
  }),
  E('national', {
    open: 'Im in Kunming, Yunnan. technician (industrial robot maintenance) since 2022 feb, reviews passed. what title?',
    answers: { ...NOE, region: 'Kunming' }, truth: N('昆明', { skills: [sk('technician', '2022-02')], annualReviewsPassed: Y }), maxTurns: 4,
  }),
]

const ALL = [...HR, ...EN, ...PHONE, ...VOICE, ...CORR, ...WISH, ...TRAD, ...CONTEST, ...TITLE, ...SMALL, ...UNK, ...NAT]
const seen = {}
const C0 = ALL.map((c) => {
  const key = c.kind === 'title-holder' ? 'th' : c.kind
  seen[key] = (seen[key] ?? 0) + 1
  const { truthNote: _n, ...rest } = c
  return { id: `h13-${key}-${String(seen[key]).padStart(2, '0')}`, ...rest }
})

// the month a "when" expects: the engine's not-yet path to the level asked about (or its first not-yet path)
const { plan, results } = engineOnTruths(C0, { root, asOf: AS_OF })
const monthOf = (c, i, target) => {
  const res = results[plan[i].main]
  const open = res.paths.filter((p) => p.status === 'not_yet' && p.eligibleFrom && (!target || p.target === target))
  if (!open.length) { process.stderr.write(`${c.id}: no not-yet path${target ? ' to ' + target : ''}: ${JSON.stringify(res.best)}\n`); return '2099-01' }
  return open.map((p) => p.eligibleFrom).sort()[0]
}
const C = C0.map((c, i) => ({
  ...c,
  ...(c.ask?.type === 'when' && !c.ask.month ? { ask: { type: 'when', month: monthOf(c, i, c.ask.target) } } : {}),
  ...(c.followUps ? { followUps: c.followUps.map((f) => (f.type === 'when' && !f.month ? { say: f.say, type: 'when', month: monthOf(c, i, f.target) } : f)) } : {}),
}))

writeConversationSet(C, { root, asOf: AS_OF, file: 'test/heldout/dialog-conversations-13.json' })
