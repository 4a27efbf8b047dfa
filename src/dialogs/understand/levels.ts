// Skill levels and title levels by name. Longest match wins, so 高级工程师 is a title (not 高级工), 高级技师 is not
// 技师, 助理工程师 is not 工程师; a level named as a wish (能评工程师吗) is a target, not something held.
import type { Series, SkillLevel, TitleLevel } from '../../rules/vocabulary';
import { type Span, allMatches, pickSpans } from './text';

export type LevelEntry =
  | { kind: 'skill'; level: SkillLevel }
  | { kind: 'title'; level: TitleLevel; series?: Series; outside?: true }
  | { kind: 'ambiguous'; skill?: SkillLevel; title?: TitleLevel }
  | { kind: 'series'; series: Series };

const S = (level: SkillLevel): LevelEntry => ({ kind: 'skill', level });
const T = (level: TitleLevel, series?: Series): LevelEntry => ({ kind: 'title', level, ...(series ? { series } : {}) });
const A = (skill: SkillLevel | undefined, title: TitleLevel | undefined): LevelEntry => ({ kind: 'ambiguous', skill, title });
const SER = (series: Series): LevelEntry => ({ kind: 'series', series });
const OUT = (level: TitleLevel): LevelEntry => ({ kind: 'title', level, outside: true });

const ZH: [string[], LevelEntry][] = [
  // skill ladder
  [['初级工', '五级工', '初级技工', '五级', '5级', '初级证', '初级技能'], S('junior_worker')],
  [['中级工', '四级工', '中级技工', '四级', '4级', '中级证', '中级技能'], S('intermediate_worker')],
  [['高级工', '三级工', '高级技工', '三级', '3级', '高级证', '高级技能'], S('senior_worker')],
  [['技师', '二级技师', '二级', '2级', '技师证'], S('technician')],
  [['高级技师', '一级技师', '一级', '1级', '高技'], S('senior_technician')],
  // engineering titles
  [['技术员', '工程技术员'], T('junior', 'engineering')],
  [['员级', '员级职称'], T('junior')],
  [['助理工程师', '助工'], T('assistant', 'engineering')],
  [['助理级', '初级职称', '助理级职称'], T('assistant')],
  [['工程师', '中级工程师'], T('intermediate', 'engineering')],
  [['中级职称'], T('intermediate')],
  [['高级工程师', '高工', '副高级工程师', '副高工'], T('deputy_senior', 'engineering')],
  [['副高', '副高级', '副高职称', '副高级职称', '高级职称'], T('deputy_senior')],
  [['正高级工程师', '正高工', '教授级高工', '教授级高级工程师', '正高级高工'], T('full_senior', 'engineering')],
  [['正高', '正高级', '正高职称', '正高级职称'], T('full_senior')],
  // agriculture
  [['农业技术员', '农技员'], T('junior', 'agriculture')],
  [['助理农艺师', '助理畜牧师', '助理兽医师'], T('assistant', 'agriculture')],
  [['农艺师', '畜牧师', '兽医师'], T('intermediate', 'agriculture')],
  [['高级农艺师', '高级畜牧师', '高级兽医师'], T('deputy_senior', 'agriculture')],
  [['正高级农艺师', '正高级畜牧师', '正高级兽医师', '农业技术推广研究员'], T('full_senior', 'agriculture')],
  // arts and crafts
  [['工艺美术员'], T('junior', 'arts_crafts')],
  [['助理工艺美术师'], T('assistant', 'arts_crafts')],
  [['工艺美术师'], T('intermediate', 'arts_crafts')],
  [['高级工艺美术师'], T('deputy_senior', 'arts_crafts')],
  [['正高级工艺美术师'], T('full_senior', 'arts_crafts')],
  // laboratory technology
  [['实验员'], T('junior', 'lab_technology')],
  [['助理实验师'], T('assistant', 'lab_technology')],
  [['实验师'], T('intermediate', 'lab_technology')],
  [['高级实验师'], T('deputy_senior', 'lab_technology')],
  [['正高级实验师'], T('full_senior', 'lab_technology')],
  // technical school teachers (技工院校): 讲师 and 实习指导教师
  [['三级实习指导教师'], T('junior', 'tech_school_teacher')],
  [['助理讲师', '二级实习指导教师'], T('assistant', 'tech_school_teacher')],
  [['讲师', '一级实习指导教师'], T('intermediate', 'tech_school_teacher')],
  [['高级讲师', '高级实习指导教师'], T('deputy_senior', 'tech_school_teacher')],
  [['正高级讲师', '正高级实习指导教师'], T('full_senior', 'tech_school_teacher')],
  // cultural relics and museums (群众文化 too)
  [['助理馆员'], T('assistant', 'cultural_relics')],
  [['馆员'], T('intermediate', 'cultural_relics')],
  [['副研究馆员'], T('deputy_senior', 'cultural_relics')],
  [['研究馆员'], T('full_senior', 'cultural_relics')],
  // sports coaches
  [['三级教练'], T('assistant', 'sports')],
  [['二级教练'], T('intermediate', 'sports')],
  [['一级教练'], T('deputy_senior', 'sports')],
  [['高级教练', '国家级教练'], T('full_senior', 'sports')],
  // series outside 贯通 (会计, 经济, 统计, 审计): held as named, never read as engineering
  [['助理会计师', '初级会计师'], OUT('assistant')], [['会计师', '中级会计师'], OUT('intermediate')], [['高级会计师'], OUT('deputy_senior')], [['正高级会计师'], OUT('full_senior')],
  [['助理经济师', '初级经济师'], OUT('assistant')], [['经济师', '中级经济师'], OUT('intermediate')], [['高级经济师'], OUT('deputy_senior')], [['正高级经济师'], OUT('full_senior')],
  [['助理统计师', '初级统计师'], OUT('assistant')], [['统计师', '中级统计师'], OUT('intermediate')], [['高级统计师'], OUT('deputy_senior')], [['正高级统计师'], OUT('full_senior')],
  [['助理审计师', '初级审计师'], OUT('assistant')], [['审计师', '中级审计师'], OUT('intermediate')], [['高级审计师'], OUT('deputy_senior')], [['正高级审计师'], OUT('full_senior')],
  // bare words read by the slot asked
  [['高级'], A('senior_worker', 'deputy_senior')],
  [['中级'], A('intermediate_worker', 'intermediate')],
  [['初级'], A('junior_worker', 'assistant')],
  [['助理'], A(undefined, 'assistant')],
  // series on their own
  // 工程系列 and its specialties as people name them (机械类, 电气专业)
  [['工程系列', '工程类', '工程技术', '工程', '机械类', '电气类', '机电类', '电子类', '化工类', '自动化类', '机械专业', '电气专业', '机电专业'], SER('engineering')],
  [['农业系列', '农业'], SER('agriculture')],
  [['工艺美术系列', '工艺美术'], SER('arts_crafts')],
  [['文物博物系列', '文物博物', '文博', '群众文化', '文物'], SER('cultural_relics')],
  [['实验技术系列', '实验技术'], SER('lab_technology')],
  [['艺术系列', '艺术'], SER('art')],
  [['体育系列', '体育', '教练'], SER('sports')],
  [['技工院校教师', '技工院校教师系列', '技校老师', '技校教师'], SER('tech_school_teacher')],
];

const EN: [RegExp, LevelEntry][] = [
  [/\b(?:(?:senior|sr\.?|snr\.?) technicians?|(?:senior|sr\.?|snr\.?) techs?|advanced technicians?|(?:level|grade)[- ]?(?:1|one|i(?= (?:skill|cert|certificate|qualification|vocational)))(?: skill)?)\b/g, S('senior_technician')],
  [/\b(?:technicians?|(?:level|grade)[- ]?(?:2|two|ii)(?: skill)?)\b/g, S('technician')],
  [/\b(?:(?:senior|sr\.?|snr\.?|advanced)(?:[- ]level)? (?:skilled )?workers?|(?:level|grade)[- ]?(?:3|three|iii)(?: skill)?)\b/g, S('senior_worker')],
  [/\b(?:intermediate(?:[- ]level)? (?:skilled )?workers?|(?:level|grade)[- ]?(?:4|four|iv)(?: skill)?)\b/g, S('intermediate_worker')],
  [/\b(?:(?:junior|entry|elementary|primary|basic)(?:[- ]level)? (?:skilled )?workers?|(?:level|grade)[- ]?(?:5|five|v)(?: skill)?)\b/g, S('junior_worker')],
  [/\b(?:professor(?:ate|[- ]level)?|full[- ]senior|full professor[- ]level)(?: senior)? engineers?\b/g, T('full_senior', 'engineering')],
  [/\b(?:full[- ]senior|professor[- ]level)(?: titles?| level)?\b/g, T('full_senior')],
  [/\b(?:senior|sr\.?|snr\.?|deputy[- ]senior|associate[- ]senior|vice[- ]senior) engineers?\b/g, T('deputy_senior', 'engineering')],
  [/\b(?:deputy|associate|vice)[- ]senior(?: titles?| level)?\b/g, T('deputy_senior')],
  [/\b(?:assistant|asst\.?) engineers?\b/g, T('assistant', 'engineering')],
  // (asst, and "assistant title" without "level": the title; "assistant" alone stays ambiguous)
  [/\bassistant[- ]level(?: titles?)?\b|\b(?:assistant|asst\.?) titles?\b/g, T('assistant')],
  [/\b(?:intermediate |mid[- ]level )?engineers?\b/g, T('intermediate', 'engineering')],
  [/\b(?:intermediate|mid(?:dle)?)(?:[- ]level)? titles?\b/g, T('intermediate')],
  [/\b(?:junior engineers?|technician[- ]level titles?|junior titles?)\b/g, T('junior')],
  [/\bsenior agronomists?\b/g, T('deputy_senior', 'agriculture')],
  [/\bassistant agronomists?\b/g, T('assistant', 'agriculture')],
  [/\bagronomists?\b/g, T('intermediate', 'agriculture')],
  [/\bsenior lecturers?\b/g, T('deputy_senior', 'tech_school_teacher')],
  [/\blecturers?\b/g, T('intermediate', 'tech_school_teacher')],
  [/\b(?:senior|advanced)\b|\b(?:sr|snr)\b\.?/g, A('senior_worker', 'deputy_senior')],
  [/\bintermediate\b/g, A('intermediate_worker', 'intermediate')],
  [/\bjunior\b/g, A('junior_worker', 'assistant')],
  [/\bassistant\b/g, A(undefined, 'assistant')],
  [/\bengineering\b/g, SER('engineering')],
  [/\bagricultur(?:e|al)\b/g, SER('agriculture')],
  [/\barts? (?:and|&) crafts?\b/g, SER('arts_crafts')],
  [/\b(?:cultural relics|museums?|(?<!intangible (?:cultural )?)heritage(?! (?:inheritor|bearer|successor|transmitter))|mass culture)\b/g, SER('cultural_relics')],
  [/\blab(?:oratory)?(?: technology)?\b/g, SER('lab_technology')],
  [/\b(?:art|arts|performing arts)\b/g, SER('art')],
  [/\b(?:sports?|coach(?:es|ing)?)\b/g, SER('sports')],
  [/\b(?:tech(?:nical)? school teachers?|technical college teachers?)\b/g, SER('tech_school_teacher')],
];

export interface LevelHit extends Span { entry: LevelEntry; target: boolean }

/** After a numbered level (一级, 三级): other ladders and ratings, not a skill level. */
const NOT_SKILL_AFTER = /^(?:建造|建筑|注册|造价|消防|结构|教师|律师|运动员|裁判|心理|人力|企业|项目|医院|甲|乙|品|公路|文物|保护|响应|风险|预警|伤残|残疾|学科|学院|资质|安全|口译|笔译|翻译|健康|计量|演员|演奏|编剧|导演|美术师|作曲)/;
/** After a skill name: a school, not a certificate (技师学院, 高级技工学校). */
const SCHOOL_AFTER = /^(?:学院|学校|院校|班)/;

// (a verb's second syllable (评定, 评审) and a pointing word (考这个技师, 评那个助理工程师) may stand before the level;
// 能参加高级工评价 / 可以参评技师 want the level as much as 能考 does; so does 想补个高级技师证, a level added, not 补办)
const WISH_BEFORE = /(?:能|可以|可|想|要|准备|打算|怎么|如何|是否|能否|可否|才能|需要|咋|怎样|希望|争取|办法|机会|可能)[^了过的,。;!?]{0,4}?(?:评|申报|申请|申|报考|考|升|晋升|转|报|达到|当|拿|冲|冲击|奔|弄|搞|整|混|上|往|参加|参评|补(?![办发领]))(?:定|审|选)?(?:得了|得上|得到)?[上到成为个一]{0,2}(?:那个|这个|那种|这种|那一个|这一个)?$/;
// (a verb with its complement of being able, 报得了 / 评得上 / 考得到 / 评不评得上, wants the level as much as 能报 does)
const WISH_VERB_BEFORE = /(?:(?:评|报|考|升|申报)不)?(?:评|申报|申请|报考|考|升|晋升|转评|转|报|申评|够|晋|冲|冲击|认定|直接认定|认定为|转为)(?:得了|得上|得到|得成|得起)?[个一]{0,2}$/;
/** 争取高级技师, 拼一下技师, 冲一把高级工程师, 今年力争评上工程师, 奔着技师: the level striven for, a wish (never a
 * holding; 通过努力拿到了技师 is held: 努力 counts only before a verb of sitting, no 了). */
const STRIVE_BEFORE = /(?:争取|力争|拼一?下|拼一把|拼一拼|搏一?下|搏一把|搏一搏|冲一?下|冲一把|冲一冲|冲刺|奔着|努力(?:去)?(?=考|评|冲))(?:早日|今年|明年|后年|年底|年内|尽快|尽早|一下|下|把)*(?:考|评|拿|考到|评上|拿下|拿到|考取|考上|申报|冲)?(?:个|一个|张|一张)?$/;
/** 技师明年准备考, 高级技师打算明年考, 工程师争取一下, 技师年底考: the level, then a plan to sit it (an exam ahead). */
// (a year ahead and the verb with nothing after it: 技师明年考; 技师2019年考的 is held)
const PLAN_AFTER = /^\s*(?:证书?|职称)?(?:的话)?(?:我|我们|他|她)?(?:也|还|就|都)?(?:(?:今年|明年|后年|下半年|年底|年内|下个?月|过几年|过两年|以后|后面|马上|正在|在|还在|一直在)?(?:准备|打算|计划|预备|争取|力争|努力)(?:着)?(?:今年|明年|后年|下半年|年底|年内|下个?月|过几年|过两年|以后|后面|再)?(?:去|再)?(?:考|报|评|报考|申报|报名|冲|拿|搞|弄)?(?:一下|一把|下|试试|看看)?|(?:明年|后年|下半年|年底|下个?月|过几年|过两年)(?:再|去|才)?(?:考|报|评|报考|申报|报名|冲)(?!的|了|过|出|下来|到))(?:呢|吧|啊|哦|哈|呀|的)*\s*(?:[,。;!?]|$|(?=\s|我|现在|目前))/;
/** 想考个电工技师: a wish with the occupation between the verb and the level. */
const WISH_WITH_OCCUPATION = /(?:想|要|准备|打算|希望|争取)(?:考|评|报|拿|申报|冲|补(?![办发领]))[个一]?[\u4e00-\u9fff]{1,4}$/;
/** 能不能考电工技师, 能否申报车工高级技师: the same with a modal asking whether (an agent's question for a caller). */
const WISH_MODAL_OCCUPATION = /(?:能|可以|可不可以|能不能|能否|可否|是否)(?:考|评|报|报考|申报|申请|认定)[个一]?[\u4e00-\u9fff]{1,4}$/;
/** 想要个高级技师证, 希望要一个技师: 要 after a wish word is the wish's verb. */
/** 想考个农业方面的技师, 打算评个机电专业的工程师: a wish, the field the level is in between. */
const WISH_IN_FIELD = /(?:想|要|准备|打算|希望|争取)(?:考|评|报|拿|申报|冲)[个一]?[\u4e00-\u9fff]{1,6}?(?:方面|专业|类|行业|工种|领域|系列)的?$/;
/** can I get a skill level too? like senior worker: the level given as an example of what was just asked for. */
const EXAMPLE_BEFORE_EN = /^\s*(?:(?:something|anything|somewhere) like|like|such as|say|eg|maybe|perhaps|for example|for instance)\s*(?:an?|the)?\s*$/;
const ASKED_FOR_EN = /(?:\?|\b(?:get|become|apply(?: for)?|want|wanna|obtain|earn|take|sit|go for)\b[^.;!?]{0,30})\s*$/;
const WISH_TO_HAVE = /(?:想|希望|打算|准备)要(?:个|一个|张|一张)?$/;
/** 工程师能报不, 技师可以评吗: the level first, the wish after it. */
// (the question may end in any particle people close one with: 可以报了吧, 能评了没, 能报不啦)
const WISH_AFTER = /^\s*(?:我|他|她|他们|她们)?(?:现在|目前|眼下|今年|马上|已经)?(?:是否)?(?:应该|总该|总)?(?:能|可以|可不可以|能不能|可否|能否|好|怎么|如何|咋|怎样|要怎么)(?:才能)?(?:直接)?(?:去)?(?:报名|参评|评审|搞定|拿下|报|评|申报|申请|考|升|转|认定|评定|转评|晋升|冲|冲击|拿|够)(?:上|得上|得到|为|成|一下|一把|下来)?(?:了)?(?:吗|么|嘛|吧|呢|啊|呀|不|没|没有|不了|伐|哇|不啦)?(?:吧|啊|呀|啦|哈)?\s*$/;
const WISH_EN_BEFORE = /\b(?:(?:take|taking|sit(?: for)?|sitting(?: for)?|prepare for|preparing for|study(?:ing)? for|register(?:ing)? for|sign(?:ing)? up for|enrol(?:l)?(?:ing)? (?:for|in)|go(?:ing)? for|try(?:ing)? for|aim(?:ing)? at)(?: the| an?| my)?|apply(?:ing)?(?: for| to be| to become| as)?|(?:file|filing|submit(?:ting)?)(?: an? (?:application|request))? for|(?:can|could|may|will|would) (?:i |we |he |she |they )?do|become|becoming|get|qualify(?: for| as)?|eligible (?:for|to be)|upgrade to|promoted to|go for|aim(?:ing)? for|want to be|(?<!used to )be an?|rated as|evaluated (?:as|for)|assessed (?:as|for)|certified as|recogni[sz]ed as|(?:need|needed|required|requirements?|take|it takes) (?:for|to (?:get|become|be))|wants? to (?:get|be|become|have|obtain|earn|take)|want(?:s|ed)?|would like(?: to (?:get|have|obtain|be))?|looking (?:for|to get)|hop(?:e|ing) (?:for|to get|to become)|interested in(?: (?:getting|applying(?: for)?|becoming|the))?|aim(?:ing)?(?: to (?:get|be|become))?|(?:think|thinking|thought) (?:about|of)(?: (?:going for|getting|applying(?: for)?|becoming|trying for|the))?|consider(?:s|ed|ing)?(?: (?:going for|getting|applying(?: for)?|becoming|the))?|eye(?:s|d|ing)?|wonder(?:ing)? (?:about|if i (?:can|could) (?:get|be|become|apply for))|curious (?:about|whether i (?:can|could) (?:get|be|become|apply for)|if i (?:can|could) (?:get|be|become|apply for))|keen (?:on|to (?:get|be|become|apply for))|work(?:s|ing)? towards?|dream(?:s|ing)? (?:of|about)(?: (?:becoming|being|getting))?|wish(?:ing)?(?: to (?:get|be|become|apply for))?|(?:upgrade|move|step|go|level) (?:up )?(?:in)?to|shoot(?:ing)? for|chas(?:e|ing)|go(?:ing)? after|head(?:ing|ed)? (?:for|towards?)|push(?:ing)? for|gunning for|hop(?:e|ing) to|plan(?:s|ning|ned)? (?:to (?:get|apply for|go for|become|be|try for|take)|on (?:getting|applying for|becoming))|(?:gonna|going to) (?:get|apply for|try for|go for|become)|about to apply for|(?:could|can|would|might|may|(?<!used )to|will) (?:i )?(?:be|become)|target(?:ing)?|pursu(?:e|ing)|(?:could|can|may) i (?:reach|make|go to|go up to|move up to)|asks? about|asking about|asked about|(?:wants?|would like|'d like|wanted|want to|wish to) (?:to )?(?:know|ask|hear|learn) (?:about|more about)|(?:info(?:rmation)?|details|questions?|query|queries|enquiry|inquiry|advice) (?:on|about|regarding|for)|(?:enquir|inquir)(?:e|es|ing|ed) about|regarding|concerning|about (?:getting|applying for|becoming|going for))(?: an?| the| my)?\s*$/;

/** 工程师需要什么条件, 高级技师的申报条件: a level asked about by someone who says nothing of holding it. */
/** 工程师哪年能报, 高工什么时候能评, 工程师要等到什么时候: when a level opens, asked. */
// (the wait said as a complaint asks the same: 助工要等好久, 工程师还得熬几年吧, 高工得等很久吗; a length alone after a
// level is how long it is held, 技师好几年了: only a verb of waiting makes it a wait)
/** Words of degree or estimate between a level and its question (最早 / 最快 / 大概 / 到底 / 一般 …): they ask the same. */
const ASK_ADVERB = '(?:估摸着?|约莫|最早|最快|最迟|最晚|大概|大约|大致|一般|通常|到底|究竟|具体|估计|预计|差不多|大概要|最少|至少)';
const WHEN_AFTER = new RegExp(String.raw`^\s*(?:证书?|职称)?(?:我|他|她|他们|她们)?(?:还)?(?:${ASK_ADVERB}(?:是|在)?)?(?:(?:(?:要|得|需要)(?:等到|等|熬)?|等到|等)?(?:(?:什么时候|啥时候|哪个时候|哪阵子?|哪年|哪一年|几时|何时|多久|多少年|几年后|几年|哪一?个?月份?|几月份?|多长时间)(?:的)?){1,2}|(?:还)?(?:(?:要|得|需要)(?:等|熬)?|等|熬)(?:上)?(?:好久|很久|好几年|那么久|这么久|多少年|好多年|一阵子?|一段时间|几年))(?:才)?(?:能|可以)?(?:报|评|申报|申请|考|升|拿)?(?:上|到)?(?:呢|啊|吗|呀|吧|哦)*\s*(?:[,。;!?]|$)`);
const ASKED_AFTER = /^\s*(?:证书?)?(?:的)?(?:需要|要|得|有)?(?:满足)?(?:什么|哪些|啥|哪几个)(?:样的)?(?:条件|材料|要求|资料|手续)|^\s*(?:的)?(?:申报|申请|评审|报考)?(?:条件|要求)(?:是|有)?(?:什么|哪些|啥)?/;
const ASKED_BEFORE = /(?:了解|问问?|咨询|请教|打听|请问|看看|看一下|查查|查一下|那)(?:一下|下)?(?:关于)?$/;
/** 技师有希望吗, 工程师我够格吗, 往技师走, 高级技师呢: the level's chances asked, or the way towards it. */
const CHANCE_AFTER = /^\s*(?:证)?(?:我|我们|他|她)?(?:这种情况|这情况)?(?:有希望|有机会|有戏|有可能|有没有(?:戏|希望|机会|可能|门儿?)|有门儿?吗|够格|够不够格?|够得上|够得着|够(?:了)?(?:没有|没|吗|么|嘛|不|呢)|行不行|可能吗|没戏)|^\s*呢\s*(?:[?？]|$)|^\s*(?:(?:title|certificate|cert|level|grade)s? )?(?:is |would be |be |still )?(?:possible|an option|within reach|achievable|doable|realistic|reachable|open to me|for me\s*\?|(?:open|available)(?: (?:to|for) (?:me|him|her|us|them))?(?: yet| now| already)?\s*(?:[?.!,]|$))/;
/** 高工能整不, 技师能弄个吗, 工程师可以搞定不: the wish with the verbs of getting people use in speech (整, 弄, 搞). */
/** 工程师报得了不, 高工评得上吗: the verb with its complement of being able after the level, no modal needed. */
const WISH_ABLE_AFTER = /^\s*(?:我)?(?:还)?(?:报|评|考|申报|申请|升|够)(?:得了|得上|得到|得成|得起)(?:了)?(?:吗|么|嘛|不|没|没有|不嘛|不哦)?(?:吧|啊|呀|啦|哈|哦)?\s*$/;
const WISH_COLLOQUIAL_AFTER = /^\s*(?:我)?(?:能|可以|能不能|可不可以|可否|能否)(?:整|弄|搞)(?:个|一个|上|到|得上|下来)?(?:吗|么|嘛|不|没|不了|吧)?(?:啊|呀|哈)?\s*$/;
/** 助工好久能报, 技师好久才可以考: 好久 said for 多久 (south-western speech) before a verb of applying is a when. */
const WHEN_DIALECT_AFTER = /^\s*(?:证书?|职称)?(?:我)?(?:还|要|还要|得)?(?:好久|好多年)(?:以后|之后)?(?:才)?(?:能|可以|可|能够)(?:报|评|申报|申请|考|升|拿|转)/;
/** 助工是好久, 助理工程师好久？: 好久 (south-western "when") ending the clause after a level asks when it opens (技师好久了
 * is how long it is held: 了 after it is no question). */
const WHEN_HAOJIU_AFTER = /^\s*(?:是|在|要|得)?(?:好久|啥辰光|几时)(?:哦|呢|嘛|啊|呀)?\s*(?:[,，。;；!！?？]|$)/;
/** 副高得不得行, 工程师行不行, 高工中不中, 技师阔以不: whether it can be had, asked in dialect after the level. */
const ABLE_DIALECT_AFTER = /^\s*(?:我)?(?:得不得行|得行不|行不行|行不|能不能行|中不中|成不成|阔以不|可以不|可不可以|么得问题不)(?:哦|呢|嘛|啊|呀)?\s*(?:[,，。;；!！?？]|$)/;
/** 技师 有没有可能评高工: the chance is of what is named next (the level before it is held). */
const CHANCE_OF_NEXT = /^\s*(?:证)?(?:我|我们|他|她)?(?:有没有|有)(?:戏|希望|机会|可能)\s*(?:去|直接)?(?:评|报|考|申报|申请|拿|升|转|冲|弄|搞)/;
const CHANCE_EN_BEFORE = /\b(?:what about|how about|chances? (?:for|of|at)|any chance (?:for|of|at)|possible to (?:get|become|be))(?: an?| the)?\s*$/;
/** 往技师走, 向高级技师发展: the way towards a level. */
// (奔着工程师去, 冲着高工去, 瞄着技师: the same way, said with the verb of heading for)
const TOWARD = /(?:[往向朝](?:着)?|[奔冲瞄]着)\s*$/;
const TOWARD_AFTER = /^\s*(?:证)?(?:方向)?(?:走|发展|努力|靠|冲|奔|迈进|晋升|去)/;
/** After 了解一下 / 请问 + a level: the level is the topic (请问高级工程师的条件), not the subject (请问高级工能评…). */
const ASKED_TOPIC_AFTER = /^\s*(?:证书?|职称)?(?:的)?(?:条件|要求|怎么|如何|咋|需要|要|相关|的事|方面|政策|申报|评审|报考|考试|难不难|好不好|[,。;!?]|$|吗|呢|啊)/;
const HOLDING_BEFORE = /(?:我|本人|他|她)?(?:是|有|持有|拿了|拿到|考了|评了|评上|取得)[^,。;!?]{0,3}$/;

/** 目标是高级技师, 高工是我的目标, my goal is senior engineer: a level named as an aim. */
const AIM_BEFORE = /(?:目标|目的|理想|梦想|计划|想法|下一步|下个目标|方向)(?:是|就是|嘛|呢)?(?:评|考|拿|当|成为|升|冲)?(?:上|到)?[个一]?\s*$|\b(?:goal|aim|target|plan|dream|ambition|next (?:step|goal|target|move|level|stop)|hope|wish)s? (?:is|was|would be|will be|=|:)(?: to (?:get|become|be|reach|apply for|go for|move up to))?(?: an?| the)?\s*$/;
const AIM_AFTER = /^\s*(?:证书?)?(?:是|就是|才是)?(?:我|我们)?(?:的)?(?:下一步|下个|接下来|最终|现在)?(?:的)?(?:目标|梦想|理想)|^\s*(?:is|as) (?:my|our) (?:goal|target|aim|next step)\b/;

/** 工程师在评, 技师报名了还没考, 申报了工程师还没出结果, technician exam next month: applied for, not yet held. */
const IN_PROGRESS_AFTER = /^\s*(?:证书?|职称)?(?:的)?(?:我)?(?:(?:正在|还在|在)(?:评|考|报|申报|申请|评审|审|办|走流程)(?:中|着|呢)?(?:\s*(?:[,。;!?]|$|还没|没))|(?:报名了|报了名|已报名|已经报名|报上去了|交上去了|材料交了|送审了)|[^,。;!?]{0,4}(?:还没|还未|尚未)(?:出结果|批下来|批|下来|公示|考|拿到|评下来|发证))|^\s*(?:certificate |title )?(?:exam|test|application|assessment|review)\b[^,.;!?]{0,24}\b(?:next|coming|pending|in progress|under way|scheduled|soon)\b|^\s*(?:certificate |title )?(?:is |application is )?(?:pending|in progress|under review)\b/;

/** The text up to its first clause's end: a mark, or a space between words as phone typists end a clause
 * (高工能报不 我是技师): a space right at the start is no end. */
const firstClause = (rest: string): string => rest.split(/[,。;!?]|(?<=\S)\s+(?=[\u4e00-\u9fff])/)[0];

/** failed the technician exam, didn't pass level 2: a level tried for and not held. */
const FAILED_EN_BEFORE = /\b(?:failed|flunked|did not pass|didn'?t pass|(?:have )?not (?:yet )?passed|never passed|haven'?t passed)(?: the| my| an?)?(?: [a-z]+)?\s*$/;

/** 等下个月考完技师, 明年考过高级工再说, 快要考技师了: an exam still ahead, the level not yet held. */
const FUTURE_EXAM_BEFORE = /(?:等(?:到)?|下个?月|下周|下半年|明年|后年|年底|过(?:段时间|几个月|阵子)|马上(?:就)?要?|快要?|即将)[^了,。;!?]{0,5}?(?:考完|考过|考下|考出来?|拿到|拿下|评上|评完|考)[个了]?$/;

/** A subject and a plain verb of getting, no wish word or modal before it (i get, we take). */
const PLAIN_GET_BEFORE = /(?:^|[^a-z' ]\s*|^\s*)(?:i|we|he|she|my wife|my husband)\s+(?:get|become|take|pass|obtain|receive)(?: an?| the| my)?\s*$/;
/** A past date right after the level (in 2019, since march 2019, 2019 year). */
const DATED_AFTER_EN = /^\s*(?:(?:skill )?cert(?:ificate)?s?|level|title|grade)?\s*(?:in|on|since|from|at)?\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*)?(?:19|20)\d{2}\b/;
/** Whether the level (or award: awards.ts's names) at [start, end) of `original` is named as wanted or asked about. */
// 正在准备技师的考试, 在复习高级工, 报了技师的培训班, 技师的考试还在准备: a level studied for, sat or trained for is not held
const PREPARING_BEFORE = /(?:正在|在|还在|忙着|开始|打算|准备)?(?:准备|备考|复习|学习|培训|进修|报名|报了名?)(?:着|了)?(?:考|参加|报考|去考)?(?:那个|这个)?$/;
const PREPARING_AFTER = /^(?:证书?|等级)?的?(?:考前培训|培训班|培训课程?|备考班?|考试班)(?![^,。;!?]{0,6}(?:上完|结业|毕业|结束|完了|过了|通过))|^(?:证书?|等级)?的?(?:考试|鉴定|认定|考核|考评|评审|理论|实操|培训|课程|班)[^,。;!?]{0,8}?(?:正在|还在|在)?(?:准备|备考|复习|学习|报名|报了名?|进行中|没考|还没(?:考|出|过)|下个?月|明年|年底|快(?:要)?考)/;
const PAPERS_AFTER = /^(?:证书?|等级证书?)?的?(?:材料|资料|复印件|原件|扫描件|证明)/;
export function isWish(original: string, start: number, end: number): boolean {
  const clause0 = original.slice(Math.max(0, start - 12), start).split(/[,。;!?、]/).pop() ?? '';
  // (准备技师证的材料: the papers of a level held, prepared for an application, are no study for it)
  if ((PREPARING_BEFORE.test(clause0) && !/准备了/.test(clause0.slice(-4)) && !PAPERS_AFTER.test(original.slice(end, end + 12)))
    || PREPARING_AFTER.test(original.slice(end, end + 24))) return true;
  if (FUTURE_EXAM_BEFORE.test(original.slice(Math.max(0, start - 12), start).split(/[,。;!?]/).pop() ?? '')) return true;
  if (FAILED_EN_BEFORE.test(original.slice(Math.max(0, start - 30), start).split(/[,.;!?]/).pop() ?? '')) return true;
  const before = original.slice(Math.max(0, start - 12), start);
  if (IN_PROGRESS_AFTER.test(original.slice(end, end + 30))) return true;
  const clause = before.split(/[,。;!?、]/).pop() ?? '';
  if (ASKED_BEFORE.test(clause) && ASKED_TOPIC_AFTER.test(original.slice(end))) return true;
  if (!HOLDING_BEFORE.test(clause) && CHANCE_AFTER.test(original.slice(end)) && !CHANCE_OF_NEXT.test(original.slice(end))) return true;
  if (CHANCE_EN_BEFORE.test(original.slice(Math.max(0, start - 20), start))) return true;
  if (TOWARD.test(clause) && TOWARD_AFTER.test(original.slice(end))) return true;
  if (AIM_BEFORE.test(original.slice(Math.max(0, start - 30), start).split(/[,。;!?、]/).pop() ?? '') || AIM_AFTER.test(original.slice(end))) return true;
  if (!HOLDING_BEFORE.test(clause) && ASKED_AFTER.test(original.slice(end).split(/[,。;!?]/)[0])) return true;
  if (WHEN_AFTER.test(original.slice(end))) return true;
  if (WHEN_DIALECT_AFTER.test(original.slice(end))) return true;
  if (WHEN_HAOJIU_AFTER.test(original.slice(end)) || ABLE_DIALECT_AFTER.test(original.slice(end))) return true;
  if (STRIVE_BEFORE.test(clause)) return true;
  // (我是高级工 打算考…: a level held, then a plan for the next one)
  if (!HOLDING_BEFORE.test(clause) && PLAN_AFTER.test(original.slice(end, end + 24))) return true;
  if (WISH_VERB_BEFORE.test(clause) || WISH_BEFORE.test(clause) || WISH_WITH_OCCUPATION.test(clause) || WISH_TO_HAVE.test(clause) || WISH_IN_FIELD.test(clause)) return true;
  // (想申报高级技师还是工程师, 打算考技师或者高级工: the level after an "or" is wished as the one before it; the one before
  // is found by where a wish's verb ends, up to eight characters back from the "or")
  {
    const orBefore = original.slice(Math.max(0, start - 30), start).split(/[,。;!?]/).pop() ?? '';
    const m = /(?:还是|或者|或是|抑或|或)\s*$/.exec(orBefore);
    if (m) {
      const head = orBefore.slice(0, m.index);
      for (let k = 2; k <= Math.min(8, head.length); k++) {
        const rest = head.slice(0, head.length - k);
        if (WISH_VERB_BEFORE.test(rest) || WISH_BEFORE.test(rest)) return true;
      }
    }
  }
  {
    const near = original.slice(Math.max(0, start - 60), start).replace(/\be\.g\./g, 'eg  ');
    const cut = Math.max(near.lastIndexOf(','), near.lastIndexOf('?'), near.lastIndexOf('.'));
    if (cut >= 0 && EXAMPLE_BEFORE_EN.test(near.slice(cut + 1)) && ASKED_FOR_EN.test(near.slice(0, cut + 1))) return true;
  }
  if (WISH_MODAL_OCCUPATION.test(clause) && !/[了过的]/.test(clause.slice(-5))) return true;
  if (WISH_AFTER.test(firstClause(original.slice(end)))) return true;
  if (WISH_COLLOQUIAL_AFTER.test(firstClause(original.slice(end)))) return true;
  if (WISH_ABLE_AFTER.test(firstClause(original.slice(end)))) return true;
  const beforeEn = original.slice(Math.max(0, start - 30), start).split(/[,.;!?]/).pop() ?? '';
  // (i get technician in 2019, we become senior worker 2018: the present said for the past by a learner, the date says held)
  if (PLAIN_GET_BEFORE.test(beforeEn) && DATED_AFTER_EN.test(original.slice(end, end + 30))) return false;
  if (WISH_EN_BEFORE.test(beforeEn)) return true;
  return /^\s*(?:吗|么|嘛|不\?|没\?)/.test(original.slice(end, end + 3)) && /[评考报升]/.test(clause);
}

/** What may stand around a level asked on its own ("Engineer title?", "高级技师呢？", "工程师职称吗"): the level is wanted. */
const BARE_ASK_REST = /^(?:\s|[?？!,.。]|[-—–:]|\b(?:the|an?|my|title|titles|certificate|cert|level|please|then|and|or|possible|ok|next|too|also|now|can i|could i|for me|is it|is that)\b|证书?|职称|级别|的话|呢|吗|么|嘛|啊|呀|可以吗|行吗|能行吗|有戏吗|那|那么)*$/;

/** A clause (with its closing mark) that is a level asked on its own, `level` the level's words in it. */
export function isBareLevelAsk(clause: string, level: string): boolean {
  if (!/[?？吗呢么嘛]/.test(clause)) return false;
  const i = clause.indexOf(level);
  if (i < 0) return false;
  return BARE_ASK_REST.test(clause.slice(0, i) + ' ' + clause.slice(i + level.length));
}

/** Between two levels: the words that say the second names the first again (就是, 也就是, 即, 也叫, 俗称), or a bracket
 * (高级工程师（副高）). */
const RESTATED_BETWEEN = /^\s*\(\s*$|^\s*[,、]?\s*(?:(?:吗|呢|吧|啊|呀|么|嘛|不|没)\s*[,、?]?\s*)?(?:就是|也就是|也就是说|即|亦即|也叫|又叫|俗称|简称|说白了就是|就是说|也称)\s*(?:[,:]\s*)?$/;

/** Every level and series named, leftmost-longest; `original` is the unmasked text (for the wish test). */
export function findLevels(text: string, original: string): LevelHit[] {
  const cands: { start: number; end: number; entry: LevelEntry }[] = [];
  for (const [terms, entry] of ZH) {
    for (const term of terms) {
      let from = 0;
      for (let guard = 0; guard < 50; guard++) {
        const i = text.indexOf(term, from);
        if (i < 0) break;
        cands.push({ start: i, end: i + term.length, entry });
        from = i + term.length;
      }
    }
  }
  for (const [re, entry] of EN) {
    for (const m of allMatches(text, re)) cands.push({ start: m.index, end: m.index + m[0].length, entry });
  }
  const out: LevelHit[] = [];
  for (const c of pickSpans(cands)) {
    // 能不能评高级工程师就是副高, 想报工程师也就是中级职称: a level restated right after another is the same level, meant
    // the same way (wanted when that one is wanted, held when held)
    const prev = out.at(-1);
    if (prev && prev.entry.kind !== 'series' && c.entry.kind !== 'series' && RESTATED_BETWEEN.test(text.slice(prev.end, c.start))) {
      out.push({ ...c, target: prev.target });
      continue;
    }
    const after = text.slice(c.end, c.end + 6);
    const term = text.slice(c.start, c.end);
    if (c.entry.kind === 'skill' && /^[一二三四五1-5]级/.test(term) && term.length === 2) {
      // (哪一级, 几级, 每一级: a question word or a quantifier before 一级 names no level)
      if (NOT_SKILL_AFTER.test(after) || /[第\d零一二三四五六七八九十哪几每某同]$/.test(text.slice(Math.max(0, c.start - 1), c.start))) continue;
    }
    if ((c.entry.kind === 'skill' || c.entry.kind === 'ambiguous') && SCHOOL_AFTER.test(after)) continue;
    // 高技 for 高级技师, but not 高技能 (人才), 高技术, 高技校
    if (term === '高技' && /^(?:能|术|校|工|巧)/.test(after)) continue;
    if (c.entry.kind === 'ambiguous' && /^(?:中学|中专|职称)/.test(after)) continue;
    out.push({ ...c, target: c.entry.kind !== 'series' && isWish(original, c.start, c.end) });
  }
  return out;
}
