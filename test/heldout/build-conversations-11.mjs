#!/usr/bin/env node
// Builds test/heldout/dialog-conversations-11.json (set 11, blind): the people's words and facts (truth) are written
// here by hand; every best, corrected best, "when" month, "what if" level and HR checklist comes from the engine.
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sk, ti, comp, hon, T, N, when, docs, bye, fix, whatIf, exempt, ASK_DOCS, askWhen, writeConversationSet } from './conversationSet.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const AS_OF = '2026-11'
const Y = true
const Z = (kind, o) => ({ locale: 'zh-CN', kind, ...o })
const E = (kind, o) => ({ locale: 'en', kind, ...o })
// what a person without a title or an award says to those questions
const NO = { titles: '没有', awards: '没有' }
const NOE = { titles: 'no', awards: 'none' }

// --- HR hotline and WeCom agents typing for a caller ------------------------------------------------------------
const HR = [
  Z('hr', {
    open: '来电人：王师傅，重庆铜梁区一家摩托车配件厂，焊工技师，证是2022年8月拿的，近三年考核都合格，没有获奖。他问能不能报工程师，要准备哪些材料？',
    answers: { ...NO, annualReviewsPassed: '合格' },
    truth: T('chongqing', { skills: [sk('technician', '2022-08')], annualReviewsPassed: Y }), ask: ASK_DOCS, maxTurns: 3,
  }),
  Z('hr', {
    open: '咨询人 李女士 成都双流 电工高级工（2023年3月取得）年度考核合格 无职称 想了解可以申报哪个级别的职称',
    answers: { ...NO, annualReviewsPassed: '合格' },
    truth: T('sichuan', { skills: [sk('senior_worker', '2023-03')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('那她报名需要交哪些东西')],
  }),
  Z('hr', {
    open: '您好，我是沈阳铁西一家装备企业的人事，帮员工问一下：员工张某，数控车工高级技师，2021年10月发证，一直在车间，年度考核每年都合格。想申报高级工程师，现在够不够？',
    answers: { ...NO, annualReviewsPassed: '都合格' },
    truth: T('liaoning', { skills: [sk('senior_technician', '2021-10')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('行，麻烦把他要交的材料列个单子给我，我好通知车间')],
  }),
  Z('hr', {
    open: '员工情况：江西萍乡，维修电工技师，2024年1月取证，考核合格，无奖项。问：他什么时候能评中级职称？',
    answers: { ...NO, annualReviewsPassed: '合格' },
    truth: T('jiangxi', { skills: [sk('technician', '2024-01')], annualReviewsPassed: Y }), ask: askWhen('2027-01'), maxTurns: 3,
  }),
  Z('hr', {
    open: '【企微咨询】姓名：陈**｜地区：苏州吴江盛泽｜工种：钳工（纺织机械维修）｜等级：高级工（2025.01）｜近三年考核：合格｜获奖：无｜诉求：想评助理工程师，问哪个月可以报',
    answers: { ...NO, annualReviewsPassed: '合格', 'skills.occupation': '钳工', occupation: '钳工' },
    truth: T('suzhou', { skills: [sk('senior_worker', '2025-01', '钳工')], annualReviewsPassed: Y }), ask: askWhen('2027-01'),
  }),
  Z('hr', {
    open: '帮一位来电的师傅查下，他在重庆涪陵，说自己是电焊工，别的还没说清楚',
    answers: { skills: '高级工', 'skills.since': '2021年4月', ...NO, annualReviewsPassed: '他说都合格' },
    truth: T('chongqing', { skills: [sk('senior_worker', '2021-04')], annualReviewsPassed: Y }), maxTurns: 6,
    followUps: [bye('行，我转告他，辛苦了')],
  }),
  Z('hr', {
    open: '来电人反映：本人在大连瓦房店轴承厂，2019年拿的磨工技师（具体是2019年12月），想申报高级技师还是工程师他自己也分不清，近3年考核合格。请问按政策他能走哪条？',
    answers: { ...NO, annualReviewsPassed: '合格' },
    truth: T('liaoning', { skills: [sk('technician', '2019-12')], annualReviewsPassed: Y }), maxTurns: 3,
  }),
  Z('hr', {
    open: '人资这边登记一个：绵阳三台，汽修高级技师，2022年12月取证，考核都过了。来电人想问能不能直接评副高',
    answers: { ...NO, annualReviewsPassed: '都过了' },
    truth: T('sichuan', { skills: [sk('senior_technician', '2022-12')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [when('那最早哪个月能报副高', '2026-12')],
  }),
  Z('hr', {
    open: '客服转接：一位员工在昆山花桥的物流装备公司，获得过江苏省技术能手，目前没有职业技能等级证书，考核合格。问能申报什么职称',
    answers: { skills: '没有证', titles: '没有', annualReviewsPassed: '合格', awards: '江苏省技术能手' },
    truth: T('suzhou', { annualReviewsPassed: Y, awards: [hon('jiangsu_technical_expert')] }), maxTurns: 4,
    followUps: [docs('需要他提供什么证明材料')],
  }),
  Z('hr', {
    open: '咨询人：赣州章贡区 刘先生，钳工 高级工 2025年2月拿证，近三年考核合格。他想明年评助理工程师，问时间',
    answers: { ...NO, annualReviewsPassed: '合格' },
    truth: T('jiangxi', { skills: [sk('senior_worker', '2025-02')], annualReviewsPassed: Y }), ask: askWhen('2027-02'), maxTurns: 3,
  }),
  Z('hr', {
    open: '我是工会的，帮一个老师傅问：九龙坡，汽车钣金，他2018年就拿了高级技师，考核年年合格，还是市级技能大师工作室领衔专家。他想申报高级工程师，要准备哪些？',
    answers: { ...NO, annualReviewsPassed: '合格', awards: '市级技能大师工作室领衔专家' },
    truth: T('chongqing', { skills: [sk('senior_technician', '2018-03')], annualReviewsPassed: Y, awards: [hon('municipal_master_studio_lead')] }), ask: ASK_DOCS,
  }),
  Z('hr', {
    open: '来电：营口大石桥镁制品厂员工，化工总控工技师，2023年11月取得，考核合格，没评过职称。问现在能不能报工程师',
    answers: { ...NO, annualReviewsPassed: '合格' },
    truth: T('liaoning', { skills: [sk('technician', '2023-11')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('他单位让准备材料，具体有哪些')],
  }),
  Z('hr', {
    open: '员工小周 常熟虞山 电工技师 2023年12月的证 考核合格 没有奖 想申报工程师 问最早啥时候',
    answers: { ...NO, annualReviewsPassed: '合格', 'skills.occupation': '电工', occupation: '电工' },
    truth: T('suzhou', { skills: [sk('technician', '2023-12', '电工')], annualReviewsPassed: Y }), ask: askWhen('2026-12'),
  }),
  Z('hr', {
    open: '帮同事咨询。宜宾，白酒酿造工高级工，2022年9月取证，没有职称，考核情况她不太确定，没获过奖。',
    answers: { ...NO, annualReviewsPassed: '不确定' },
    truth: T('sichuan', { skills: [sk('senior_worker', '2022-09')] }), maxTurns: 4,
  }),
  Z('hr', {
    open: '热线记录——来电人：南昌新建区某制药企业员工；持有：化学检验员技师（2020年7月）；考核：近三年均合格；荣誉：无。来电人想申报高级技师之外，问能否评工程师？',
    answers: { ...NO, annualReviewsPassed: '均合格' },
    truth: T('jiangxi', { skills: [sk('technician', '2020-07')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('申报工程师时要交什么')],
  }),
  E('hr', {
    open: 'Hi, HR here from a plant in Suzhou Industrial Park. One of our technicians holds a 技师 (technician) certificate since March 2022, passed every annual review, no awards. Can he apply for an intermediate engineer title, and what should he prepare?',
    answers: { ...NOE, annualReviewsPassed: 'yes' },
    truth: T('suzhou', { skills: [sk('technician', '2022-03')], annualReviewsPassed: Y }), ask: ASK_DOCS, maxTurns: 3,
  }),
  E('hr', {
    open: "I'm calling on behalf of an employee in Chengdu, Wenjiang district. She's a senior worker (高级工) since Oct 2025, reviews all passed. When can she go for assistant engineer?",
    answers: { ...NOE, annualReviewsPassed: 'passed' },
    truth: T('sichuan', { skills: [sk('senior_worker', '2025-10')], annualReviewsPassed: Y }), ask: askWhen('2027-10'), maxTurns: 3,
  }),
  E('hr', {
    open: 'HR assistant at a Dalian shipyard. Caller: welder, senior technician cert obtained 2020-09, annual appraisal passed, no titles. He is hoping to get a deputy senior title. Eligible?',
    answers: { ...NOE, annualReviewsPassed: 'yes, passed' },
    truth: T('liaoning', { skills: [sk('senior_technician', '2020-09')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('Which documents does he need to submit?')],
  }),
  Z('hr', {
    open: '您好 我这边是永川区人社窗口，有个群众来电，说他有个技师证想评职称，我先把信息转给您',
    answers: { skills: '数控铣工技师', 'skills.since': '2024年11月', ...NO, annualReviewsPassed: '合格' },
    truth: T('chongqing', { skills: [sk('technician', '2024-11')], annualReviewsPassed: Y }), maxTurns: 6,
    followUps: [when('中级的话他要等到哪一年哪个月', '2027-11')],
  }),
  Z('hr', {
    open: '员工：阜新，矿山机电设备维修，高级工（2020年5月），后来2024年2月又考了技师；近3年考核合格；无奖项、无职称。请问她目前最高能申报到哪一级？',
    answers: { ...NO, annualReviewsPassed: '合格' },
    truth: T('liaoning', { skills: [sk('senior_worker', '2020-05'), sk('technician', '2024-02')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [when('技师那条什么时候够年限', '2027-02')],
  }),
  Z('hr', {
    open: '来电人是合肥一家汽车厂的装调工，高级技师2021年4月拿的，考核合格。合肥不在你们那几个省市里吧？按国家的规定他能报什么',
    answers: { ...NO, annualReviewsPassed: '合格' },
    truth: N('合肥', { skills: [sk('senior_technician', '2021-04')], annualReviewsPassed: Y }), maxTurns: 3,
  }),
]

// --- wishes mixed with holdings ------------------------------------------------------------------------------------
const WISH = [
  Z('wish', {
    open: '我想冲一下高级技师，现在手上是技师，2021年5月考的，人在重庆北碚，考核一直合格。顺便问问能评工程师不',
    answers: { ...NO, annualReviewsPassed: '合格' },
    truth: T('chongqing', { skills: [sk('technician', '2021-05')], annualReviewsPassed: Y }), maxTurns: 3,
  }),
  Z('wish', {
    open: '明年准备考技师，现在是高级工，2022年10月拿的。四川德阳什邡，考核都是合格。我现在能先弄个助理工程师吗',
    answers: { ...NO, annualReviewsPassed: '合格' },
    truth: T('sichuan', { skills: [sk('senior_worker', '2022-10')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [whatIf('假如我技师证已经拿满三年了，能评到哪一级', T('sichuan', { skills: [sk('senior_worker', '2022-10'), sk('technician', '2023-05')], annualReviewsPassed: Y }))],
  }),
  Z('wish', {
    open: '打算考高级工程师，不过我没有职称，只有高级技师证（2023年4月），人在抚顺，年度考核合格，能直接评吗',
    answers: { ...NO, annualReviewsPassed: '合格' },
    truth: T('liaoning', { skills: [sk('senior_technician', '2023-04')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [when('那还要等多久，具体到月份', '2027-04')],
  }),
  Z('wish', {
    open: '能不能评中级啊？我在吉安，想评工程师想了好几年了，手里是技师证',
    answers: { 'skills.since': '2022年7月', ...NO, annualReviewsPassed: '都合格的' },
    truth: T('jiangxi', { skills: [sk('technician', '2022-07')], annualReviewsPassed: Y }), maxTurns: 5,
  }),
  Z('wish', {
    open: '我希望今年年底前能报上助理工程师，昆山的，焊工高级工2024年12月取得，考核合格',
    answers: { ...NO, annualReviewsPassed: '合格', 'skills.occupation': '焊工', occupation: '焊工' },
    truth: T('suzhou', { skills: [sk('senior_worker', '2024-12', '焊工')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [when('那今年是赶不上了吧，哪个月才行', '2026-12')],
  }),
  Z('wish', {
    open: '想申报高级技师，我现在没有技能证书，但有中级职称（工程师，2020年评的），在重庆渝中，这个能走贯通吗',
    answers: { skills: '没有', 'titles.since': '2020年9月', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('chongqing', { titles: [ti('intermediate', '2020-09')], annualReviewsPassed: Y }), maxTurns: 4,
  }),
  Z('wish', {
    open: '老婆让我问下，她明年想去评职称，现在是电工技师，2025年3月刚拿，南充顺庆的，考核没问题',
    answers: { ...NO, annualReviewsPassed: '合格' },
    truth: T('sichuan', { skills: [sk('technician', '2025-03')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [when('她的助理工程师呢，哪个月可以', '2027-03')],
  }),
  E('wish', {
    open: "I'm hoping to move into an engineer title track. I'm a technician (技师) since July 2023, working in Anshan, Liaoning, appraisals passed every year.",
    answers: { ...NOE, annualReviewsPassed: 'yes' },
    truth: T('liaoning', { skills: [sk('technician', '2023-07')], annualReviewsPassed: Y }), maxTurns: 3,
  }),
  E('wish', {
    open: 'plan is to get a senior engineer title some day. right now i hold senior technician from 2019, based in Nanchang. reviews fine',
    answers: { 'skills.since': 'April 2019', ...NOE, annualReviewsPassed: 'fine, all passed' },
    truth: T('jiangxi', { skills: [sk('senior_technician', '2019-04')], annualReviewsPassed: Y }), maxTurns: 4,
    followUps: [docs('what papers do I bring for that?')],
  }),
  Z('wish', {
    open: '想冲副高，目前是高级技师，2020年11月的证，张家港杨舍，钳工，近三年考核优秀',
    answers: { ...NO, annualReviewsPassed: '优秀', 'skills.occupation': '钳工', occupation: '钳工' },
    truth: T('suzhou', { skills: [sk('senior_technician', '2020-11', '钳工')], annualReviewsPassed: Y }), maxTurns: 3,
  }),
  Z('wish', {
    open: '我们厂长说以后想让我去评工程师，我是高级工（2023年8月），在重庆梁平，考核合格。工程师是不是还评不了',
    answers: { ...NO, annualReviewsPassed: '合格' },
    truth: T('chongqing', { skills: [sk('senior_worker', '2023-08')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [bye('懂了，谢谢啊')],
  }),
  Z('wish', {
    open: '准备明年申请正高，我在成都郫都，高级技师2015年5月拿的，一直在一线，考核合格，没有职称',
    answers: { ...NO, annualReviewsPassed: '合格' },
    truth: T('sichuan', { skills: [sk('senior_technician', '2015-05')], annualReviewsPassed: Y }), maxTurns: 3,
  }),
  Z('wish', {
    open: '打算转评职称，我有助理工程师，2022年评的，现在想考技师，人在辽阳，这个怎么算',
    answers: { skills: '没有技能证', 'titles.since': '2022年6月', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('liaoning', { titles: [ti('assistant', '2022-06')], annualReviewsPassed: Y }), maxTurns: 4,
  }),
]

// --- English speakers --------------------------------------------------------------------------------------------
const EN = [
  E('en', {
    open: 'Hello, I work in Chongqing, Jiangbei. I have a senior worker certificate since August 2025. Could I apply for an engineering title?',
    answers: { ...NOE, annualReviewsPassed: 'yes all passed' },
    truth: T('chongqing', { skills: [sk('senior_worker', '2025-08')], annualReviewsPassed: Y }), maxTurns: 4,
    followUps: [when('right, and the exact month it opens for me is?', '2027-08')],
  }),
  E('en', {
    open: 'hi. technican cert, got it in 2021 (may). i am in suzhou wuzhong. what title can i go for',
    answers: { ...NOE, annualReviewsPassed: 'passed', 'skills.occupation': 'electrician', occupation: 'electrician' },
    truth: T('suzhou', { skills: [sk('technician', '2021-05', '电工')], annualReviewsPassed: Y }), maxTurns: 4,
  }),
  E('en', {
    open: 'Good morning. Im a CNC machinist in Mianyang, Sichuan. Senior technician since Feb 2016, passed all my annual reviews, never had a title.',
    answers: { ...NOE, annualReviewsPassed: 'yes' },
    truth: T('sichuan', { skills: [sk('senior_technician', '2016-02')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('Great. What do I need to hand in?')],
  }),
  E('en', {
    open: 'Can someone tell me about the skill-to-title thing? Located in Jingdezhen (Jiangxi), ceramics kiln operator.',
    answers: { skills: 'senior worker', 'skills.since': 'March 2022', ...NOE, annualReviewsPassed: 'yes' },
    truth: T('jiangxi', { skills: [sk('senior_worker', '2022-03')], annualReviewsPassed: Y }), maxTurns: 6,
  }),
  E('en', {
    open: 'I hold an intermediate engineer title (since 2019-05) and work in Shenyang. Which skill level could I get through the bridging policy?',
    answers: { skills: 'none', awards: 'none', annualReviewsPassed: 'yes' },
    truth: T('liaoning', { titles: [ti('intermediate', '2019-05')], annualReviewsPassed: Y }), maxTurns: 4,
  }),
  E('en', {
    open: "hey there, welder from Yongchuan here. got my technician level back in Jan 2023, reviews ok, no prizes. what's my best option",
    answers: { ...NOE, annualReviewsPassed: 'ok' },
    truth: T('chongqing', { skills: [sk('technician', '2023-01')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('and what should i get ready for it')],
  }),
  E('en', {
    open: 'Hi! Based in Taicang. Senior worker since 2023-09, mould maker, yearly reviews passed. Titles? none. Awards? none.',
    answers: { annualReviewsPassed: 'yes', 'skills.occupation': 'mould maker', occupation: '模具工' },
    truth: T('suzhou', { skills: [sk('senior_worker', '2023-09', '模具工')], annualReviewsPassed: Y }), maxTurns: 3,
  }),
  E('en', {
    open: 'Quick question: Chengdu, Longquanyi. I have technician since Dec 2023 and passed reviews. Is the engineer title open for me yet?',
    answers: { ...NOE, annualReviewsPassed: 'passed' },
    truth: T('sichuan', { skills: [sk('technician', '2023-12')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [when('So when exactly can I submit?', '2026-12')],
  }),
  E('en', {
    open: 'Hello from Jinzhou. Senior technicain, obtained 2022-11. Annual reviews: passed. No title, no award.',
    answers: { annualReviewsPassed: 'passed' },
    truth: T('liaoning', { skills: [sk('senior_technician', '2022-11')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('so what do i need to prepare')],
  }),
  E('en', {
    open: 'I live in Xinyu, Jiangxi and have been an electrician for 9 years. My senior worker cert is from October 2021.',
    answers: { ...NOE, annualReviewsPassed: 'yes, every year' },
    truth: T('jiangxi', { skills: [sk('senior_worker', '2021-10')], annualReviewsPassed: Y, workYears: 9 }), maxTurns: 4,
  }),
  E('en', {
    open: 'Is there a way for a skilled worker to get an assistant engineer title? Chongqing Nan\'an, senior worker 2025-06.',
    answers: { ...NOE, annualReviewsPassed: 'yes' },
    truth: T('chongqing', { skills: [sk('senior_worker', '2025-06')], annualReviewsPassed: Y }), maxTurns: 4,
    followUps: [when('what month would that be', '2027-06')],
  }),
  E('en', {
    open: 'hello i am in kunshan. technician level, fitter, got it july 2022. annual reviews passed. can i be an engineer?',
    answers: { ...NOE, annualReviewsPassed: 'passed', 'skills.occupation': 'fitter', occupation: '钳工' },
    truth: T('suzhou', { skills: [sk('technician', '2022-07', '钳工')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [bye('cool that clears it up, cheers')],
  }),
  E('en', {
    open: 'I am an assistant engineer (title since 2021-03) in Leshan, Sichuan, with 6 years of work in the field. Can I get a skill certificate?',
    answers: { skills: 'no', awards: 'no', annualReviewsPassed: 'yes passed' },
    truth: T('sichuan', { titles: [ti('assistant', '2021-03')], annualReviewsPassed: Y, workYears: 6 }), maxTurns: 4,
  }),
  E('en', {
    open: 'hi, Dandong here, i got technician in 2024 april. reviews passed. nothing else.',
    answers: { annualReviewsPassed: 'passed', titles: 'nothing', awards: 'nothing' },
    truth: T('liaoning', { skills: [sk('technician', '2024-04')], annualReviewsPassed: Y }), maxTurns: 4,
    followUps: [when('when will the engineer title open?', '2027-04')],
  }),
  E('en', {
    open: 'Evening. Region: Chongqing Hechuan. Level: senior technician, since 2022-01. Reviews: all passed. Title: none.',
    answers: { awards: 'none', annualReviewsPassed: 'all passed' },
    truth: T('chongqing', { skills: [sk('senior_technician', '2022-01')], annualReviewsPassed: Y }), maxTurns: 3,
  }),
  E('en', {
    open: 'My english is not so good sorry. I am in Ganzhou. Have senoir worker since 2019 and also technican since 2023 march. what can I do',
    answers: { 'skills.since': '2019 and 2023 March', ...NOE, annualReviewsPassed: 'yes' },
    truth: T('jiangxi', { skills: [sk('senior_worker', '2019-06'), sk('technician', '2023-03')], annualReviewsPassed: Y }), maxTurns: 4,
    followUps: [bye('ok i understand now, many thank for help')],
  }),
]

// --- phone typing, voice-to-text, traditional characters -------------------------------------------------------
const PHONE = [
  Z('phone', { open: '师傅问下 垫江 高级工 23年5月 能评啥', answers: { ...NO, annualReviewsPassed: '合格' },
    truth: T('chongqing', { skills: [sk('senior_worker', '2023-05')], annualReviewsPassed: Y }), maxTurns: 4 }),
  Z('phone', { open: '技师证 2022.2 都江堰 考核ok', answers: { ...NO, annualReviewsPassed: 'ok的' },
    truth: T('sichuan', { skills: [sk('technician', '2022-02')], annualReviewsPassed: Y }), maxTurns: 4, followUps: [docs('要啥资料')] }),
  Z('phone', { open: 'zai tieling, gaoji gong, 2025nian 6yue na de zheng', answers: { titles: 'meiyou', awards: 'meiyou', annualReviewsPassed: 'hege' },
    truth: T('liaoning', { skills: [sk('senior_worker', '2025-06')], annualReviewsPassed: Y }), maxTurns: 5, followUps: [when('jige yue keyi bao', '2027-06')] }),
  Z('phone', { open: '九江 技师 20年的 考核都过', answers: { 'skills.since': '20年3月', ...NO, annualReviewsPassed: '过' },
    truth: T('jiangxi', { skills: [sk('technician', '2020-03')], annualReviewsPassed: Y }), maxTurns: 4 }),
  Z('phone', { open: '相城渭塘 电工 高技 21年9月', answers: { ...NO, annualReviewsPassed: '合格', 'skills.occupation': '电工', occupation: '电工' },
    truth: T('suzhou', { skills: [sk('senior_technician', '2021-09', '电工')], annualReviewsPassed: Y }), maxTurns: 4 }),
  Z('phone', { open: '咋个评职称嘛 我在巴南 技师 莫得职称', answers: { 'skills.since': '2019年吧 八月', awards: '莫得', annualReviewsPassed: '都合格' },
    truth: T('chongqing', { skills: [sk('technician', '2019-08')], annualReviewsPassed: Y }), maxTurns: 5 }),
  Z('phone', { open: '西昌，高级工，拿证快4年了', answers: { 'skills.since': '2023年1月', ...NO, annualReviewsPassed: '合格' },
    truth: T('sichuan', { skills: [sk('senior_worker', '2023-01')], annualReviewsPassed: Y }), maxTurns: 5, followUps: [bye('好滴 谢了')] }),
  Z('phone', { open: '葫芦岛 高级技师 2023/10 考核合格 无', answers: { titles: '无', awards: '无', annualReviewsPassed: '合格' },
    truth: T('liaoning', { skills: [sk('senior_technician', '2023-10')], annualReviewsPassed: Y }), maxTurns: 3, followUps: [when('副高哪月', '2027-10')] }),
  Z('phone', { open: '上栗 高级工2021 技师2024.9 考核合格', answers: { ...NO, annualReviewsPassed: '合格' },
    truth: T('jiangxi', { skills: [sk('senior_worker', '2021-06'), sk('technician', '2024-09')], annualReviewsPassed: Y }), maxTurns: 3, followUps: [when('中级几时能报', '2027-09')] }),
  Z('phone', { open: '太仓城厢 焊工技师 24年11月拿的 能报工程师吗', answers: { ...NO, annualReviewsPassed: '合格', 'skills.occupation': '焊工', occupation: '焊工' },
    truth: T('suzhou', { skills: [sk('technician', '2024-11', '焊工')], annualReviewsPassed: Y }), maxTurns: 4, followUps: [when('那工程师最早啥时候', '2027-11')] }),
  Z('phone', { open: '武隆的，高级工，去年十月拿滴', answers: { ...NO, annualReviewsPassed: '合格' },
    truth: T('chongqing', { skills: [sk('senior_worker', '2025-10')], annualReviewsPassed: Y }), maxTurns: 5, followUps: [when('那要等到啥子时候', '2027-10')] }),
  Z('phone', { open: 'bazhong 技师 2021.12 考核合格 没奖', answers: { titles: '没有', annualReviewsPassed: '合格' },
    truth: T('sichuan', { skills: [sk('technician', '2021-12')], annualReviewsPassed: Y }), maxTurns: 3 }),
]

const VOICE = [
  Z('voice', { open: '喂你好我是在重庆石柱这边做电工的嗯我那个高级工是二零二二年三月份拿的然后考核每年都是合格的想问一下能不能评助理工程师',
    answers: { ...NO, annualReviewsPassed: '合格' }, truth: T('chongqing', { skills: [sk('senior_worker', '2022-03')], annualReviewsPassed: Y }), maxTurns: 3 }),
  Z('voice', { open: '那个我问一下啊 我在成都新都区 技师证是二零二三年十一月拿的 逗号 没有职称 句号 现在可以评工程师了吗',
    answers: { ...NO, annualReviewsPassed: '合格的' }, truth: T('sichuan', { skills: [sk('technician', '2023-11')], annualReviewsPassed: Y }), maxTurns: 4,
    followUps: [docs('那个评工程师要带啥子材料')] }),
  Z('voice', { open: '您好我在辽宁本溪桓仁县上班是一名锅炉操作工嗯高级技师证是二零一九年的时候拿的然后一直在一线干',
    answers: { 'skills.since': '二零一九年七月', ...NO, annualReviewsPassed: '每年都合格' }, truth: T('liaoning', { skills: [sk('senior_technician', '2019-07')], annualReviewsPassed: Y }), maxTurns: 5 }),
  Z('voice', { open: '嗯就是想问下江西新余这边我是高级工然后是二零二五年四月份拿的证没有职称也没有获奖考核也是合格的',
    answers: { annualReviewsPassed: '合格' }, truth: T('jiangxi', { skills: [sk('senior_worker', '2025-04')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [when('那就是说要等到哪个月', '2027-04')] }),
  Z('voice', { open: '我在苏州吴中木渎做车工的 嗯 技师 是二零二一年一月 拿的 考核 都合格 没有 获过奖',
    answers: { titles: '没有', annualReviewsPassed: '合格', 'skills.occupation': '车工', occupation: '车工' }, truth: T('suzhou', { skills: [sk('technician', '2021-01', '车工')], annualReviewsPassed: Y }), maxTurns: 3 }),
  Z('voice', { open: '喂 喂 听得到吗 我想问我这个高级技师二零二二年五月的在重庆开州能不能评高级工程师',
    answers: { ...NO, annualReviewsPassed: '合格' }, truth: T('chongqing', { skills: [sk('senior_technician', '2022-05')], annualReviewsPassed: Y }), maxTurns: 4 }),
  Z('voice', { open: '你好我是巴中平昌的我有技师证二零二五年一月拿的然后之前二零二一年拿的高级工年年考核合格',
    answers: { ...NO, annualReviewsPassed: '合格' }, truth: T('sichuan', { skills: [sk('senior_worker', '2021-01'), sk('technician', '2025-01')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [when('工程师要哪一年哪一月', '2028-01')] }),
  Z('voice', { open: '我在瓦房店干钳工十来年了 高级工证是二零二五年九月份考下来的 想问下能申请什么',
    answers: { ...NO, annualReviewsPassed: '合格' }, truth: T('liaoning', { skills: [sk('senior_worker', '2025-09')], annualReviewsPassed: Y }), maxTurns: 4,
    followUps: [when('助理工程师几月份能报', '2027-09')] }),
]

const TRAD = [
  Z('trad', { open: '請問我在重慶大渡口，技師證書是2021年6月取得，年度考核都合格，可以申報工程師嗎？',
    answers: { titles: '沒有', awards: '沒有', annualReviewsPassed: '合格' }, truth: T('chongqing', { skills: [sk('technician', '2021-06')], annualReviewsPassed: Y }), maxTurns: 3 }),
  Z('trad', { open: '你好，我喺蘇州工業園區做焊工，高級工證係2025年3月攞嘅，每年考核都合格，可唔可以評助理工程師？',
    answers: { titles: '冇', awards: '冇', annualReviewsPassed: '合格', 'skills.occupation': '焊工', occupation: '焊工' }, truth: T('suzhou', { skills: [sk('senior_worker', '2025-03', '焊工')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [when('咁幾時先可以報？', '2027-03')] }),
  Z('trad', { open: '四川廣元，高級技師，2021年8月取證，無職稱，考核合格',
    answers: { awards: '無', annualReviewsPassed: '合格' }, truth: T('sichuan', { skills: [sk('senior_technician', '2021-08')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('那遞交申報時，手頭要備齊甚麼證明文件？')] }),
  Z('trad', { open: '遼寧錦州，持有高級工證書（2025年1月），年度考核合格，想了解能否轉評職稱',
    answers: { titles: '無', awards: '無', annualReviewsPassed: '合格' }, truth: T('liaoning', { skills: [sk('senior_worker', '2025-01')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [when('大概要等到幾月？', '2027-01')] }),
  Z('trad', { open: '江西撫州，技師，證書是二〇二二年十月發的，考核都合格，沒有獲獎',
    answers: { titles: '沒有', annualReviewsPassed: '合格' }, truth: T('jiangxi', { skills: [sk('technician', '2022-10')], annualReviewsPassed: Y }), maxTurns: 3 }),
  Z('trad', { open: '我在重慶萬盛，有助理工程師職稱（2018年評的），想考技能等級，請問可以考到哪一級？',
    answers: { skills: '沒有', 'titles.since': '2018年5月', annualReviewsPassed: '合格', awards: '沒有' }, truth: T('chongqing', { titles: [ti('assistant', '2018-05')], annualReviewsPassed: Y }), maxTurns: 4 }),
  Z('trad', { open: '常熟梅李，模具工技師，2023年2月取得，考核合格，沒有職稱也沒有獎項。',
    answers: { annualReviewsPassed: '合格', 'skills.occupation': '模具工', occupation: '模具工' }, truth: T('suzhou', { skills: [sk('technician', '2023-02', '模具工')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [bye('明白了，多謝！')] }),
  Z('trad', { open: '成都金牛區，電工高級工，拿證兩年半了，每年考核合格',
    answers: { 'skills.since': '2024年5月', titles: '沒有', awards: '沒有', annualReviewsPassed: '合格' }, truth: T('sichuan', { skills: [sk('senior_worker', '2024-05')], annualReviewsPassed: Y }), maxTurns: 4 }),
]

// --- competitions, corrections, title holders, small talk, 不知道, national fallback -------------------------------
const CONTEST = [
  Z('contest', { open: '我去年参加中国·重庆职业技能大赛拿了第四名，没有技能等级证，在沙坪坝，考核合格，能评啥职称',
    answers: { skills: '没有', titles: '没有', annualReviewsPassed: '合格' }, truth: T('chongqing', { annualReviewsPassed: Y, awards: [comp('chongqing_skills_competition', { rank: 4 })] }), maxTurns: 4 }),
  Z('contest', { open: '全国技术能手，大连金州，高级工（2024年7月），考核合格',
    answers: { titles: '没有', annualReviewsPassed: '合格', awards: '全国技术能手' }, truth: T('liaoning', { skills: [sk('senior_worker', '2024-07')], annualReviewsPassed: Y, awards: [hon('national_technical_expert')] }), maxTurns: 3 }),
  Z('contest', { open: '参加过国家级一类大赛，个人第三名，我在攀枝花，技师证2024年拿的，考核合格',
    answers: { 'skills.since': '2024年3月', titles: '没有', annualReviewsPassed: '合格' }, truth: T('sichuan', { skills: [sk('technician', '2024-03')], annualReviewsPassed: Y, awards: [comp('national_class1', { rank: 3 })] }), maxTurns: 4,
    followUps: [docs('那获奖证书要原件吗，还要交什么')] }),
  Z('contest', { open: '苏州市一类技能竞赛拿过第二名，我在苏州高新区浒墅关，电工中级工，考核合格',
    answers: { titles: '没有', annualReviewsPassed: '合格', 'skills.since': '2023年5月', 'skills.occupation': '电工', occupation: '电工' },
    truth: T('suzhou', { skills: [sk('intermediate_worker', '2023-05', '电工')], annualReviewsPassed: Y, awards: [comp('municipal_class1', { rank: 2 })] }), maxTurns: 4 }),
  E('contest', { open: 'I won a bronze medal at WorldSkills and work in Chongqing Yubei now. No skill cert listed, reviews passed. What title can I apply for?',
    answers: { skills: 'none', titles: 'none', annualReviewsPassed: 'passed' }, truth: T('chongqing', { annualReviewsPassed: Y, awards: [comp('worldskills', { medal: 'bronze' })] }), maxTurns: 4 }),
  Z('contest', { open: '我是辽宁省技术能手，在鞍山台安，技师2023年9月，考核合格，想问能不能直接评工程师',
    answers: { titles: '没有', annualReviewsPassed: '合格', awards: '辽宁省技术能手' }, truth: T('liaoning', { skills: [sk('technician', '2023-09')], annualReviewsPassed: Y, awards: [hon('liaoning_technical_expert')] }), maxTurns: 3 }),
  Z('contest', { open: '重庆区县赛拿了第一名（去年南川区的比赛），高级工2025年4月，考核合格，有啥子说法',
    answers: { titles: '没有', annualReviewsPassed: '合格' }, truth: T('chongqing', { skills: [sk('senior_worker', '2025-04')], annualReviewsPassed: Y, awards: [comp('district', { rank: 1 })] }), maxTurns: 4 }),
  Z('contest', { open: '省级一类竞赛第五名，张家港金港，焊工技师2024年6月，考核合格',
    answers: { titles: '没有', annualReviewsPassed: '合格', 'skills.occupation': '焊工', occupation: '焊工' },
    truth: T('suzhou', { skills: [sk('technician', '2024-06', '焊工')], annualReviewsPassed: Y, awards: [comp('provincial_class1', { rank: 5 })] }), maxTurns: 3 }),
  Z('contest', { open: '天府工匠，成都青白江，高级技师2024年10月取证，年度考核合格，能评什么',
    answers: { titles: '没有', annualReviewsPassed: '合格', awards: '天府工匠' }, truth: T('sichuan', { skills: [sk('senior_technician', '2024-10')], annualReviewsPassed: Y, awards: [hon('tianfu_craftsman')] }), maxTurns: 3 }),
]

const CORRECTION = [
  Z('correction', { open: '綦江，技师，2022年3月，考核合格',
    answers: { ...NO }, truth: T('chongqing', { skills: [sk('technician', '2022-03')], annualReviewsPassed: Y }), maxTurns: 4,
    followUps: [fix('不好意思说错了，我是高级工不是技师，时间没错', T('chongqing', { skills: [sk('senior_worker', '2022-03')], annualReviewsPassed: Y }))] }),
  Z('correction', { open: '宜宾南溪 高级技师 2023年7月 考核合格 没职称',
    answers: { awards: '没有' }, truth: T('sichuan', { skills: [sk('senior_technician', '2023-07')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [fix('等一下，证书日期我看错了，是2021年7月', T('sichuan', { skills: [sk('senior_technician', '2021-07')], annualReviewsPassed: Y }))] }),
  Z('correction', { open: '鞍山海城菱镁厂，高级工 2024年2月，考核合格',
    answers: { ...NO }, truth: T('liaoning', { skills: [sk('senior_worker', '2024-02')], annualReviewsPassed: Y }), maxTurns: 4,
    followUps: [fix('哦对了我去年考核没过，是不合格的', T('liaoning', { skills: [sk('senior_worker', '2024-02')], annualReviewsPassed: false }))] }),
  Z('correction', { open: '我在南昌县，技师证2021年11月拿的',
    answers: { ...NO, annualReviewsPassed: '合格' }, truth: T('jiangxi', { skills: [sk('technician', '2021-11')], annualReviewsPassed: Y }), maxTurns: 5,
    interject: [{ at: 'annualReviewsPassed', say: '刚才地方说错了，是萍乡不是南昌，不过都在江西' }] }),
  E('correction', { open: 'Suzhou Gusu district, welder, technician since 2022-09, reviews passed.',
    answers: { ...NOE, 'skills.occupation': 'welder', occupation: '焊工' }, truth: T('suzhou', { skills: [sk('technician', '2022-09', '焊工')], annualReviewsPassed: Y }), maxTurns: 4,
    followUps: [fix('sorry, my mistake: it is senior technician, not technician. same date.', T('suzhou', { skills: [sk('senior_technician', '2022-09', '焊工')], annualReviewsPassed: Y }))] }),
  Z('correction', { open: '丰都 高级工 2023年4月 考核合格 没奖',
    answers: { titles: '没有' }, truth: T('chongqing', { skills: [sk('senior_worker', '2023-04')], annualReviewsPassed: Y }), maxTurns: 4,
    followUps: [fix('搞错了，我其实2020年1月就拿了技师，高级工是更早考的', T('chongqing', { skills: [sk('technician', '2020-01')], annualReviewsPassed: Y }))] }),
]

const TITLE = [
  Z('title-holder', { open: '我是工程师（中级），2021年评的，在德阳广汉，干了12年了，想考个技师证',
    answers: { skills: '没有', 'titles.since': '2021年4月', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('sichuan', { titles: [ti('intermediate', '2021-04')], annualReviewsPassed: Y, workYears: 12 }), maxTurns: 4 }),
  Z('title-holder', { open: '高级工程师（2017年），辽宁盘锦，想申请高级技师，需要什么条件',
    answers: { skills: '没有', 'titles.since': '2017年10月', annualReviewsPassed: '合格', awards: '没有', relatedDiploma: '有，机械专业本科' },
    truth: T('liaoning', { titles: [ti('deputy_senior', '2017-10')], annualReviewsPassed: Y, relatedDiploma: Y }), maxTurns: 4,
    followUps: [exempt('理论考试能免吗？我有相关专业的文凭')] }),
  Z('title-holder', { open: '助理工程师 苏州吴江平望 2023年评的 想考高级工 能免理论吗',
    answers: { skills: '没有', 'titles.since': '2023年6月', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('suzhou', { titles: [ti('assistant', '2023-06')], annualReviewsPassed: Y }), maxTurns: 4,
    followUps: [exempt('那理论知识考试到底用不用考')] }),
  E('title-holder', { open: 'I have a deputy senior engineering title from 2018 and work in Yichun, Jiangxi. Could I get the senior technician skill level?',
    answers: { skills: 'none', 'titles.since': 'July 2018', annualReviewsPassed: 'yes', awards: 'none' },
    truth: T('jiangxi', { titles: [ti('deputy_senior', '2018-07')], annualReviewsPassed: Y }), maxTurns: 4 }),
  Z('title-holder', { open: '重庆黔江，我有中级职称工程师，2019年3月评的，想申请技师等级，请问可以吗',
    answers: { skills: '没有', annualReviewsPassed: '合格', awards: '没有' },
    truth: T('chongqing', { titles: [ti('intermediate', '2019-03')], annualReviewsPassed: Y }), maxTurns: 4 }),
]

const SMALLTALK = [
  Z('smalltalk', { open: '哈喽，有人值班没',
    answers: { region: '重庆荣昌', skills: '技师', 'skills.since': '2023年5月', ...NO, annualReviewsPassed: '合格' },
    truth: T('chongqing', { skills: [sk('technician', '2023-05')], annualReviewsPassed: Y }), maxTurns: 8, followUps: [bye('好的，辛苦你啦')] }),
  Z('smalltalk', { open: '跟我聊天的是AI吧？先问问',
    answers: { region: '四川自贡', skills: '高级工', 'skills.since': '2022年12月', ...NO, annualReviewsPassed: '合格' },
    truth: T('sichuan', { skills: [sk('senior_worker', '2022-12')], annualReviewsPassed: Y }), maxTurns: 8 }),
  E('smalltalk', { open: 'hey, how are you doing today?',
    answers: { region: 'Shenyang', skills: 'technician', 'skills.since': 'May 2022', ...NOE, annualReviewsPassed: 'yes' },
    truth: T('liaoning', { skills: [sk('technician', '2022-05')], annualReviewsPassed: Y }), maxTurns: 8, followUps: [bye('cheers mate')] }),
  Z('smalltalk', { open: '今天好冷啊，想咨询个事儿',
    answers: { region: '苏州相城黄桥', skills: '车工高级工', 'skills.since': '2024年1月', ...NO, annualReviewsPassed: '合格', 'skills.occupation': '车工', occupation: '车工' },
    truth: T('suzhou', { skills: [sk('senior_worker', '2024-01', '车工')], annualReviewsPassed: Y }), maxTurns: 8,
    interject: [{ at: 'skills', say: '你们这个是免费的吧' }] }),
]

const UNKNOWN = [
  Z('unknown', { open: '我在重庆云阳，有个技师证，但是哪年拿的记不清了',
    answers: { 'skills.since': '记不清', ...NO, annualReviewsPassed: '合格' }, truth: T('chongqing', { skills: [sk('technician')], annualReviewsPassed: Y }), maxTurns: 5 }),
  Z('unknown', { open: '营口 高级工 2022年8月 考核不清楚 人事没说',
    answers: { ...NO, annualReviewsPassed: '不清楚' }, truth: T('liaoning', { skills: [sk('senior_worker', '2022-08')] }), maxTurns: 4 }),
  E('unknown', { open: 'Not sure what level my certificate is, honestly. I work in Chengdu.',
    answers: { skills: "no idea", titles: 'no', awards: 'no', annualReviewsPassed: 'yes' }, truth: T('sichuan', { annualReviewsPassed: Y }), maxTurns: 6 }),
]

const NATIONAL = [
  Z('national', { open: '我在郑州，高级工2023年3月，考核合格，没有职称',
    answers: { awards: '没有', annualReviewsPassed: '合格' }, truth: N('郑州', { skills: [sk('senior_worker', '2023-03')], annualReviewsPassed: Y }), maxTurns: 3 }),
  Z('national', { open: '青岛的 技师 2022年6月 考核合格 能评工程师不',
    answers: { ...NO, annualReviewsPassed: '合格' }, truth: N('青岛', { skills: [sk('technician', '2022-06')], annualReviewsPassed: Y }), maxTurns: 3, followUps: [docs('行，单位让我交资料，具体是哪些证明')] }),
  E('national', { open: "I'm in Xiamen, Fujian. Senior worker since 2025-07, passed reviews. What about a title?",
    answers: { ...NOE, annualReviewsPassed: 'passed' }, truth: N('厦门', { skills: [sk('senior_worker', '2025-07')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [when('which month will it open?', '2027-07')] }),
  Z('national', { open: '常州武进 电工 高级技师 2020年12月取得 考核合格',
    answers: { ...NO, annualReviewsPassed: '合格' }, truth: N('常州', { skills: [sk('senior_technician', '2020-12')], annualReviewsPassed: Y }), maxTurns: 3 }),
  Z('national', { open: '长沙，高级工 2024年11月，每年考核合格',
    answers: { ...NO, annualReviewsPassed: '合格' }, truth: N('长沙', { skills: [sk('senior_worker', '2024-11')], annualReviewsPassed: Y }), maxTurns: 3,
    followUps: [docs('报名那边要交哪些东西呀')] }),
]

const C = [...HR, ...WISH, ...EN, ...PHONE, ...VOICE, ...TRAD, ...CONTEST, ...CORRECTION, ...TITLE, ...SMALLTALK, ...UNKNOWN, ...NATIONAL]
  .map((c, i) => ({ id: `h11-${String(i + 1).padStart(3, '0')}`, ...c }))

writeConversationSet(C, { root, asOf: AS_OF, file: 'test/heldout/dialog-conversations-11.json' })
