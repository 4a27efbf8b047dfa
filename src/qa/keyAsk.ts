// What a question asks for that its answer must hold (issue 14 item 4): a number in the unit asked (几寸, 多少学时,
// how many hours), a size, a substitute (用什么代替), names and contacts, an exam's contents, a group, a time, a place to
// go, attending in person, a rate, a document to be written for them, a circumstance no text names (work abroad), a
// term of validity, how an award is given, which contests make a class, who issues a proof, a document not held.
// An answer that lacks it answers a nearby question, not this one: ask() refuses it instead. Pure.
import { POLICY_META } from '../rules/policies';

export type KeyAsk =
  | { kind: 'quantity'; unit: string; noun?: string }
  | { kind: 'spec' }
  | { kind: 'substitute' }
  | { kind: 'contact' }
  | { kind: 'content' }
  | { kind: 'group'; group: string }
  | { kind: 'when' }
  | { kind: 'where' }
  | { kind: 'presence' }
  | { kind: 'rate' }
  | { kind: 'quota' }
  | { kind: 'compose' }
  | { kind: 'detail'; detail: string; context?: true }
  | { kind: 'validity' }
  | { kind: 'selection' }
  | { kind: 'tier' }
  | { kind: 'form' }
  | { kind: 'document'; docNo: string };

const NUMERAL = '(?:[0-9]+(?:\\.[0-9]+)?|[一二两三四五六七八九十百千半])';

/** Units a count is asked in (几寸, 多少个学时, 几张). Not 年 or 级: the years and levels are what the engine computes,
 * and an answer may rightly say none are needed (破格). 月 only as a duration (几个月), never a date (几月份). */
const ZH_UNITS = ['寸', '张', '份', '页', '篇', '字', '学时', '课时', '小时', '天', '周', '个月', '岁', '分', '人', '名', '位', '次', '项', '本', '元', '块', '章', '套', '道'];
const ZH_UNIT_SYNONYMS: Record<string, string[]> = { 学时: ['学时', '课时', '小时'], 课时: ['学时', '课时', '小时'], 小时: ['学时', '课时', '小时'], 学分: ['学分'], 人: ['人', '名', '位'], 名: ['人', '名', '位'], 位: ['人', '名', '位'], 元: ['元', '块', '钱'], 块: ['元', '块', '钱'] };
// 几 / 多少 asking (not "好几", "十几", "干了几个月": a rough figure stated; not "哪几道": which ones, a list).
const ZH_QUANTITY = new RegExp(`(?<![好十百千了零这那第前哪])(?:几|多少)(?![十百千])(?:个)?(${ZH_UNITS.join('|')})(?:的)?(\\p{Script=Han}{0,2})`, 'u');

/** A count asked with the thing counted between the numeral and its unit (折算多少个继续教育学时, 几个工作日, 多少个培训课时):
 * only units that are never a level or a year, so 几年 / 几级 stay the engine's. */
const ZH_QUANTITY_SPLIT = /(?<![好十百千了零这那第前哪])(?:几|多少)个?([\u4e00-\u9fff]{1,6}?)(学时|课时|学分|工作日)/u;

/** The unit named before the count asked (学时每年要多少, 字数有多少要求). */
const ZH_QUANTITY_BEFORE = /(学时|课时|小时|字数|页数|篇数|张数|份数|分数|人数)[^，,。？?]{0,6}?(?:多少|几)(?![十百千级])/u;
const UNIT_OF: Record<string, string> = { 字数: '字', 页数: '页', 篇数: '篇', 张数: '张', 份数: '份', 分数: '分', 人数: '人' };

/** English nouns a count is asked of (how many hours, how many copies of the photo). */
const EN_UNITS: Record<string, RegExp> = {
  hour: /\bhours?\b/i, photo: /\b(photos?|photographs?|pictures?)\b/i, copy: /\bcop(y|ies)\b/i, page: /\bpages?\b/i,
  word: /\bwords?\b/i, paper: /\b(papers?|articles?)\b/i, day: /\bdays?\b/i, week: /\bweeks?\b/i, month: /\bmonths?\b/i,
  point: /\b(points?|marks?|credits?)\b/i, person: /\b(people|persons?|experts?|members?|judges?|reviewers?|votes?)\b/i, time: /\btimes\b/i,
};
const EN_QUANTITY = /\bhow (?:many|much)\s+(?:\w+\s+){0,3}?(hours?|photos?|photographs?|pictures?|cop(?:y|ies)|pages?|words?|papers?|articles?|days?|weeks?|months?|points?|marks?|credits?|people|persons?|experts?|members?|judges?|reviewers?|votes?|times)\b|\bwhat size\b.*\b(photos?|pictures?)\b/i;
const EN_NUMERAL = '(?:[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred)';

/** What can stand in for a requirement (用什么代替论文, 可以拿什么抵, what can replace the paper). */
const SUBSTITUTE_CUE = /(?:用|拿|以)(?:什么|啥|哪些|哪种|哪样|别的|其他|其它)(?:东西|材料|成果)?(?:来)?(?:代替|替代|顶替|替换|抵|代)|(?:用|拿|以)[\u4e00-\u9fff]{1,8}?(?:来)?(?:代替|替代|顶替|替换)(?:论文|论著)?(?:吗|不|么|行不|可以吗|可不可以|能行吗)|(?:代替|替代|顶替|替换)(?:的)?(?:是|有|可以是|能是)?(?:什么|啥|哪些)|什么(?:东西|材料|成果)?(?:可以|能)(?:代替|替代|顶替|抵)|\binstead of\b|\b(?:replace[sd]?|substitut\w*|in (?:place|lieu) of|stand in for)\b/i;
// (what the review counts in a requirement's stead answers it too: 均可作为职称评审的重要内容, can all be review content)
const SUBSTITUTE_SAID = /代替|替代|顶替|替换|抵|折算|视同|等同|同等|可作为[^，,。；;]{0,12}(?:内容|依据)|instead|replace|substitut|in place of|in lieu|count(?:s|ed)? as|convert|equivalent|equal|can (?:all )?be (?:important )?review content/i;

/** Names, lists and contacts (评委名单, 联系电话, 官网): no text gives any (a notice's 主送名单, its addressees, it does). */
const CONTACT_CUE = /(?<!不在|没在|未在|不属于|没有在|主送|发送|下发|收文)(?:名单|名录)(?![里内上中]的)|花名册|姓名|名字|(?:评委|专家|评审委员会|评委会|委员)[^，,。？?]{0,6}(?:都有谁|都是谁|有谁|是谁|有哪几位|是哪几位|都是哪些人|是哪些人|有哪些人)|联系方式|联系电话|电话号码|电话(?:是)?多少|起草人|手机号|邮箱|网址|官网|网站|链接|二维码|公众号|小程序|\bphone numbers?\b|\bwebsite\b|\burl\b|\be-?mail\b|\blist of (?:the )?(?:names|experts|members|judges|reviewers|panel)|\bnames of (?:the )?(?:experts|members|judges|reviewers)|\bwho (?:exactly )?(?:are|sits? on|is on) the (?:panel|committee|jury|experts|members|judges|reviewers)\b/i;
const CONTACT_SAID = /https?:\/\/|www\.|[0-9]{5,}|@/;

/** An answer that says the thing counted is not required answers how many of it (论文不是门槛 for 几篇论文): the words
 * near the thing's own name in the answer. */
const NOT_REQUIRED = /不是门槛|不作为|不将|不得将|不受.{0,8}限制|不需要|不用|无需|不要求|不必|not (?:a )?(?:hurdle|required|needed|(?:limiting|restrictive) condition)|no (?:need|requirement)|need not/i;
function saysNotRequired(answer: string, noun: string | undefined): boolean {
  if (!noun) return false;
  const text = answer.toLowerCase();
  for (let i = text.indexOf(noun); i >= 0; i = text.indexOf(noun, i + 1)) {
    if (NOT_REQUIRED.test(text.slice(Math.max(0, i - 30), i + noun.length + 30))) return true;
  }
  return false;
}

/** A size or a format asked for (照片多大尺寸, 什么格式, what size photo): no text gives one. */
const SPEC_CUE = /几寸|A4|红底|蓝底|白底|(?:多大|什么|啥|哪种|哪个)(?:的)?(?:尺寸|规格|大小|格式|字体|(?<!文|通知|通知的|文件的)字号|纸张|底色)|(?:尺寸|规格|格式|字体|(?<!文|通知|通知的|文件的)字号|底色)(?:是|要|有)?(?:多少|多大|什么|啥|哪种|要求)|\bwhat (?:size|format|font)\b|\b(?:photo|picture) size\b|\bfile format\b|\bA4\b|\bprint(?:ed)? on\b/i;
const SPEC_SAID = /尺寸|规格|格式|寸|字体|字号|底色|A4|\bsize\b|\bformat\b|\bfont\b/i;

/** What an exam covers (考哪些内容, 考几门, what does the exam cover): no text gives a syllabus. */
const CONTENT_CUE = /(?:考试|理论|实操|鉴定|笔试|机考|考核)(?:都|主要|一般)?(?:考|包括|包含)?(?:哪些|什么|啥)(?:内容|科目|题)|考(?:哪些|什么|啥)(?:内容|科目|题)|考几门|几门(?:课|科目)|(?:考试|考核)(?:的)?(?:内容|科目|大纲|范围)|题库|真题|\bwhat does the (?:\w+ )?(?:exam|test|assessment) cover\b|\b(?:exam|test) (?:content|subjects|syllabus|topics)\b|\bsyllabus\b|question bank|past papers/i;
const CONTENT_SAID = /考试内容|考核内容|科目|大纲|题库|syllabus|subjects/i;

/** People the texts never name as a group (残疾人, 外国人, 退役军人, 公务员; and kinds of work no text's scope names:
 * 劳务派遣, 灵活就业, 农民工, 个体户, self-employed): an answer must speak of them to answer. */
const GROUP_CUE = /(残疾人?|外国人|外籍|港澳台|香港|澳门|台湾|(?<!领)军人|退役|转业|公务员|参公|劳务派遣|派遣工|外包工|灵活就业|农民工|个体工商户|个体户|个体经营|自由职业|临时工|\bself-?employed\b|\bfreelanc\w*|\bgig workers?\b|\b(?:agency|dispatched|temp(?:orary)?) workers?\b|\bdisab\w*|\bforeign(?:ers?| nationals?| citizens?)\b|\bhong kong\b|\bmacau\b|\btaiwan\w*|\bveterans?\b|\bex-?(?:military|soldiers?)\b|\bcivil servants?\b)/i;

/** A time asked (什么时候, 多久, when will, how long): a topic's answer must give a date or a duration. (Not asked of the
 * engine's answers: they compute from the facts, and a green channel rightly gives none.) English "when" only as a
 * question word, not "when it comes to" or "when I apply". */
const WHEN_CUE = /什么时候|啥时候|哪天|哪一天|几号(?!文)|何时|哪年|哪一年|几月|多久|多长时间|\b(?:when|how long)\s+(?:will|can|could|do|does|did|is|are|was|were|should|would|must)\b|\bfrom when\b|\bwhat date\b|\bwhich day\b|\bhow long\b/i;
const WHEN_SAID = /[0-9]{4}年|[0-9]+月|[0-9]+日|[0-9一二两三四五六七八九十]+(?:个)?(?:年|月|日|天|周)|之日|\bfrom the date (?:of|it was|they were)\b|从[^，,。；]{1,12}(?:起|算|开始)|\bfrom the [a-z ]{1,30} on\b|\b(?:19|20)[0-9]{2}\b|\b[0-9]+ (?:full )?(?:years?|months?|days?|weeks?)\b|\b(?:one|two|three|four|five|six|a) (?:full )?(?:years?|months?)\b/i;

/** A place to go asked (去哪报名, 交到哪个窗口, 寄到什么地址, where do I hand in): only an address, a hall or a website
 * answers it, and no text gives one (who organises is not where to go). */
const WHERE_CUE = /设在(?:哪|什么地方|哪个)|(?:去|到|在)?(?:哪里|哪儿|哪|哪个(?:窗口|部门|单位|地方|网站|机构|大厅))(?:去)?(?:报名|申报|交|递交|提交|寄|办理|办|报)|(?:交|寄|送|递)到(?:哪|什么地方|啥地方)|(?:什么|啥)地址|哪个窗口|\bwhere (?:do|can|should|must) (?:i|we|you) (?:hand|send|submit|apply|register|sign up|go)\b|\bwhich office\b|\b(?:postal )?address\b/i;
const WHERE_SAID = /地址|窗口|大厅|网站|网址|https?:|号楼|\baddress\b|\bhall\b|\bwebsite\b/i;

/** Whether one must come in person (本人到场, 亲自去, in person): how a review is run, which no text says. */
const PRESENCE_CUE = /本人(?:要|需要|必须|得)?(?:到场|亲自|去|参加)|亲自(?:去|到场|参加|来)|到场|\bin person\b|\bpersonally (?:attend|go|come)\b/i;
const PRESENCE_SAID = /本人|到场|亲自|in person|personally/i;

/** A rate or a share asked (通过率, 几成能过, what share of applicants, the odds): only a figure in per cent answers it. */
const RATE_CUE = /(?:一般|容易|好)(?:能)?(?:评|通)?过吗|通过的人(?:多不多|多吗|多么|有多少)|(?:多少|几个)人(?:能)?(?:通过|评上|过了)|\bhow many (?:people|applicants|workers|technicians|candidates)\b[^?]{0,30}\b(?:pass|passed|succeed|succeeded|get through|got through)\b|通过率|合格率|录取率|成功率|几成|多大比例|什么比例|占比|百分之几|\bpass(?:ing)? rates?\b|\bsuccess rates?\b|\bwhat (?:share|percentage|proportion|fraction|part) of\b|\bhow many (?:of|out of)\b|\bodds\b|\bchances? (?:of|to|that)\b/i;
const RATE_SAID = /%|百分之|\bper ?cent\b/i;

/** A quota asked (名额, 指标, a cap on how many): no text sets one. */
const QUOTA_CUE = /名额|指标|限额|配额|\bquotas?\b|\bcap on how many\b|\blimit on how many\b/i;
const QUOTA_SAID = /名额|指标|限额|配额|quota/i;

/** A circumstance of the asker's the texts never speak of (work abroad, part-time work, agency staff or
 * 工勤 posts, a certificate from another province, a similarity check): an answer must speak of it to answer. */
const DETAIL_CUE = /((?:在|去)?(?:国外|境外|海外)(?:的)?(?:工作|干|上班|务工|打工|经历|证|证书|拿的|考的|取得)|出国(?:工作|务工|打工)|兼职|业余时间|劳务派遣|派遣工|外包工|工勤|(?:外地|外省|省外|异地|别的省)(?:考|拿|取得|获得|发)的|跨省|异地|\b(?:work(?:ed|ing)?|jobs?|years?) (?:abroad|overseas)\b|\b(?:abroad|overseas) (?:work|experience|certificates?)\b|\bpart[- ]time\b|\bagency (?:workers?|staff)\b|\bdispatched workers?\b|\bmove (?:to|away to) (?:another|a different) (?:city|province)\b|\bif i move to\b|\bplagiarism (?:check|report)\b)/i;
/** A matter no text speaks of, whatever facts come with it (where a paper is published: 期刊, 刊物; the review's language or dress, a referee's comments, a
 * school's length of study, a lost certificate, recognition in another province, a similarity check). */
const MATTER_CUE = /((?:核心)?期刊|刊物|杂志|普通话|方言|自然年|正装|着装|评语|几年制|学制|丢了|遗失|丢失|弄丢|补办|查重|(?:外地|外省|省外|别的省|其他省|其他地方|别的地方)[^，,。？?]{0,8}(?:承认|认可|通用|互认|认不认)|(?:到|去|在)(?:外地|外省|别的省|其他省)(?:还)?(?:承认|认可|通用|认不认|有效|算数|算不算)|\bplagiarism (?:check|report)\b|\bdress code\b|\bwhat (?:should I|to) wear\b|\binterview in (?:english|mandarin)\b|\bdialect\b|\blost (?:my |the )?(?:certificate|diploma)\b|\brecogni[sz]ed (?:in (?:other|another|a different)|outside|elsewhere|by (?:other|another) (?:provinces?|cities|regions?))\b|\brecogni[sz]ed in (?!(?:the|my|our|your|his|her|their|a|an|this|that|each|every|all)\b)[a-z]+\b)/i;

/** How long a certificate or a title stays valid, or must be used by (有效期, 过期, 年审, expire): no text sets a term. */
const VALIDITY_CUE = /有效期|过期|失效|作废|年审|(?:几|多少)年(?:之|以)?内(?:必须|要|得|一定)|\bexpir\w*|\bvalid (?:for|until)\b|\bvalidity\b|\brenew(?:ed|al)?\b/i;
const VALIDITY_SAID = /有效期|过期|失效|长期有效|expir|valid/i;
/** An older text said void or replaced (以前那套双师规定作废了没, is the old policy still valid): which text a region follows,
 * answered by the text that says it (older_policies), not a certificate's term. */
const TEXT_VOID = /(?:政策|规定|規定|办法|辦法|文件|意见|意見|通知)[^，,。？?]{0,8}(?<!什么时候|啥时候|哪年|何时)(?:作废|作廢|废止|廢止|還有效|还有效|有效吗|有效没|有效嗎)|\b(?:policy|policies|rules?|documents?|opinions?)\b[^?]{0,20}\b(?:still valid|still in force|abolished|void)\b/i;

/** How an award or title of honour is given, and how often (辽宁工匠怎么评出来的, 多久评一次, how is the award chosen): the
 * texts only say what holding one opens. (Not how the holder applies for a title: 全国技术能手怎么申请职称.) */
const SELECTION_CUE = /(?:工匠|能手|技能大奖|技能大师|劳模|劳动模范|传承人|称号|荣誉|奖项|大奖)(?:是|这个称号|这个奖)?(?:怎么|如何|咋|怎样)(?:才能)?(?:评出来|评选|选出来|选拔|申请|获得|拿到|评上|拿)(?![^，,。？?]{0,6}(?:职称|工程师|正高|副高|中级|助理|高工|评审|技师|高级工))|(?:多久|几年|每年|一年)(?:评|评选|颁发)(?:一次|几个|几人|几名|多少个|多少人|几次)|评选(?:条件|标准|办法|程序)|\bhow (?:is|are) (?:the |a )?[\w -]{0,40}(?:award|craftsman|expert|master|honou?r)s? (?:awarded|selected|chosen|given|decided)\b|\bhow often is (?:the |a )?[\w -]{0,40}(?:award|craftsman|expert|honou?r)\b|\bhow (?:do|can) (?:i|you|one) (?:get|win|become) (?:a |an |the )?[\w -]{0,30}(?:craftsman|technical expert|skills? master|award|title of honou?r)\b(?![^?]{0,20}\b(?:engineer|title review)\b)/i;
const SELECTION_SAID = /评选|颁发|认定办法|每年评|selected|awarded by|chosen by/i;

/** Which contests make up a class or a tier, and how the classes are told apart (行业赛有哪些比赛, 一类和二类怎么划分):
 * the texts name the tiers, never the contests in them. */
const TIER_CUE = /(?:一类|二类|行业赛|行业竞赛|区县赛|市级赛|省级赛|国赛|省赛|市赛)(?:具体)?(?:都)?(?:有|包括|包含|指|是)(?:哪些|什么|啥|哪几个)(?:比赛|竞赛|赛事|赛项|大赛)|(?:一类|二类)(?:竞赛|比赛|赛)?(?:和|与|跟|、)(?:一类|二类)(?:竞赛|比赛|赛)?(?:是)?(?:怎么|如何|咋|怎样)(?:划分|区分|分的|分|认定|界定)|(?:一类|二类)(?:竞赛|比赛|赛)?(?:是)?(?:怎么|如何|咋|怎样)(?:划分|区分|认定|界定)|什么(?:样的)?(?:比赛|竞赛)(?:才)?算(?:是)?(?:国家级|省级|市级)?(?:一类|二类|行业赛)|\bwhich (?:competitions|contests) (?:count as|are) (?:a )?(?:class|category|tier)\b|\bwhat counts as a (?:class|category|tier)[- ](?:one|two|1|2|i|ii)\b|\bhow are (?:the )?(?:class|category)[- ](?:one|two|1|2|i|ii) (?:and|or)\b/i;
const TIER_SAID = /一类(?:竞赛|比赛)?(?:包括|是指|指的是)|二类(?:竞赛|比赛)?(?:包括|是指|指的是)/;

/** Who issues or signs a proof, and where a form is downloaded (证明由谁出具, 申报表在哪下载): no text says. */
const FORM_CUE = /下载|(?:谁|哪个部门|哪个单位|本单位|单位)(?:来)?(?:出具|开具|开的|盖章|签字)|(?:出具|开具)(?:的)?(?:吗|不|么|呢)|(?:申报表|申请表|表格|模板)(?:在)?(?:哪里|哪儿|哪|从哪)(?:弄|拿|领|找|打印)|\bdownload\w*\b|\bwho (?:issues|signs|stamps)\b|\bwhere (?:do|can) (?:i|we) (?:get|find) the (?:application )?forms?\b/i;
const FORM_SAID = /下载|(?<!作)出具(?!体)|开具|盖章|download|issued by|signed by/i;

/** A document named by its number (人社部发〔2018〕74号, 苏办发2019年20号文) that is none of the texts held (their docNo in
 * policies/<region>/policy.yaml): an answer about a held text is not about it. A year beside the number, or 号文 after
 * it, tells a document from a date (4月22号). */
const DOC_NUMBER = /(?:((?:19|20)[0-9]{2})\s*(?:年|〕|\]|）|\))?\s*(?:第)?\s*([0-9]{1,4})\s*号|(?<![0-9月日])([0-9]{1,4})\s*号(?=文))/u;
const HELD_DOCS: readonly { year?: string; no: string }[] = Object.values(POLICY_META).flatMap((m) => {
  const d = /(?:〔((?:19|20)[0-9]{2})〕)?\s*([0-9]{1,4})\s*号/u.exec(m.docNo);
  return d ? [{ ...(d[1] ? { year: d[1] } : {}), no: d[2] }] : [];
});
function unheldDocument(question: string): string | undefined {
  const d = DOC_NUMBER.exec(question);
  if (!d) return undefined;
  const year = d[1];
  const no = d[2] ?? d[3];
  return HELD_DOCS.some((h) => h.no === no && (!year || !h.year || h.year === year)) ? undefined : `${no}号`;
}

/** A document asked to be written for the asker (帮我写个述职报告, 替我填一下表, write me a cover letter): no answer writes
 * one, so none holds it. Imperatives only: "申报书要写什么" asks what goes in, which a topic may answer. */
const COMPOSE_CUE = /(?:帮|替|给|为)(?:我|俺|咱)(?:写|起草|拟|填|编|润色|改)|帮忙(?:写|起草|拟|填)|代写|\b(?:write|draft|compose|prepare|fill (?:in|out)|polish|edit)\s+(?:me|for me|up)\b|\b(?:please|can you|could you|would you|help me)\s+(?:write|draft|compose|fill (?:in|out)|polish)\b/i;

/** An amount asked with no unit (how much continuing education is required): any figure answers it. */
const EN_AMOUNT = /\bhow much (?:\w+ ){0,3}?(?:is|are|do (?:i|we|you) need|must (?:i|we|you))\b/i;
const ANY_FIGURE = /[0-9]|[一二两三四五六七八九十百]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred)\b/i;

/** What the question asks for that an answer must hold, if anything (most questions: nothing beyond their topic). */
export function keyAsks(question: string): KeyAsk[] {
  const out: KeyAsk[] = [];
  const zh = ZH_QUANTITY.exec(question);
  if (zh) out.push({ kind: 'quantity', unit: zh[1], ...(zh[2] ? { noun: zh[2] } : {}) });
  const split = zh ? undefined : ZH_QUANTITY_SPLIT.exec(question);
  if (split) out.push({ kind: 'quantity', unit: split[2] === '工作日' ? '天' : split[2] });
  const before = zh || split ? undefined : ZH_QUANTITY_BEFORE.exec(question);
  if (before) out.push({ kind: 'quantity', unit: UNIT_OF[before[1]] ?? before[1] });
  const en = EN_QUANTITY.exec(question);
  if (en) {
    const noun = (en[1] ?? en[2]).toLowerCase();
    const unit = Object.entries(EN_UNITS).find(([, re]) => re.test(noun))?.[0];
    if (unit) out.push({ kind: 'quantity', unit, noun: noun.replace(/s$/, '') });
  }
  if (SPEC_CUE.test(question)) out.push({ kind: 'spec' });
  if (SUBSTITUTE_CUE.test(question)) out.push({ kind: 'substitute' });
  if (CONTACT_CUE.test(question)) out.push({ kind: 'contact' });
  if (CONTENT_CUE.test(question)) out.push({ kind: 'content' });
  const group = GROUP_CUE.exec(question);
  if (group) out.push({ kind: 'group', group: group[1] });
  if (WHEN_CUE.test(question)) out.push({ kind: 'when' });
  if (WHERE_CUE.test(question)) out.push({ kind: 'where' });
  if (PRESENCE_CUE.test(question)) out.push({ kind: 'presence' });
  if (RATE_CUE.test(question)) out.push({ kind: 'rate' });
  if (QUOTA_CUE.test(question)) out.push({ kind: 'quota' });
  if (COMPOSE_CUE.test(question)) out.push({ kind: 'compose' });
  const detail = DETAIL_CUE.exec(question);
  if (detail) out.push({ kind: 'detail', detail: detail[1], context: true });
  const matter = MATTER_CUE.exec(question);
  if (matter) out.push({ kind: 'detail', detail: matter[1] });
  if (VALIDITY_CUE.test(question) && !TEXT_VOID.test(question)) out.push({ kind: 'validity' });
  if (SELECTION_CUE.test(question)) out.push({ kind: 'selection' });
  if (TIER_CUE.test(question)) out.push({ kind: 'tier' });
  if (FORM_CUE.test(question)) out.push({ kind: 'form' });
  const doc = unheldDocument(question);
  if (doc) out.push({ kind: 'document', docNo: doc });
  if (!en && EN_AMOUNT.test(question)) out.push({ kind: 'quantity', unit: 'amount' });
  return out;
}

/** Whether an answer holds what is asked. */
export function covers(answer: string, ask: KeyAsk): boolean {
  switch (ask.kind) {
    case 'quantity': {
      if (saysNotRequired(answer, ask.noun)) return true;
      if (ask.unit === 'amount') return ANY_FIGURE.test(answer);
      const en = EN_UNITS[ask.unit];
      if (en) return new RegExp(`\\b${EN_NUMERAL}(?:-|\\s+)(?:\\w+\\s+){0,2}?(?:${en.source.replace(/\\b/g, '')})`, 'i').test(answer);
      const units = ZH_UNIT_SYNONYMS[ask.unit] ?? [ask.unit];
      return new RegExp(`${NUMERAL}(?:个)?(?:${units.join('|')})`).test(answer);
    }
    case 'substitute':
      return SUBSTITUTE_SAID.test(answer);
    case 'contact':
      return CONTACT_SAID.test(answer);
    case 'spec':
      return SPEC_SAID.test(answer);
    case 'content':
      return CONTENT_SAID.test(answer);
    case 'group':
      return answer.toLowerCase().includes(ask.group.toLowerCase());
    case 'when':
      return WHEN_SAID.test(answer);
    case 'where':
      return WHERE_SAID.test(answer);
    case 'presence':
      return PRESENCE_SAID.test(answer);
    case 'rate':
      return RATE_SAID.test(answer);
    case 'quota':
      return QUOTA_SAID.test(answer);
    case 'compose':
      return false;
    case 'detail':
      return answer.toLowerCase().includes(ask.detail.toLowerCase());
    case 'validity':
      return VALIDITY_SAID.test(answer);
    case 'selection':
      return SELECTION_SAID.test(answer);
    case 'tier':
      return TIER_SAID.test(answer);
    case 'form':
      return FORM_SAID.test(answer);
    case 'document':
      return answer.replace(/\s+/g, '').includes(ask.docNo);
  }
}

/** The first thing the question asks for that the answer does not hold (undefined: the answer holds all it asks).
 * `computed`: the engine's answer, of which a time or a circumstance is not asked. */
export function uncoveredAsk(question: string, answer: string, computed = false): KeyAsk | undefined {
  // (a circumstance beside the facts the engine computed from, 去国外参加竞赛拿了第七, is context, not what is asked)
  return keyAsks(question).find((a) => !(computed && (a.kind === 'when' || (a.kind === 'detail' && a.context))) && !covers(answer, a));
}
