// Free policy questions: eligibility computed by the rule engine, Suzhou's annex looked up, topics classified into
// intents kept as data (src/qa/intents/*.json), and an honest "the texts do not cover this" otherwise.
// Pure: no fs, no clock, no SDK (the month comes in as `asOf`), so the dialog can call ask() mid-interview.
import { withNationalText } from './nationalText';
import { t, has, listSep } from '../i18n';
import { editDistance, understand, type Locale, type Understanding } from '../dialogs/understand';
import { placesIn, type PlaceHit } from '../rules/places';
import { REGION_CONFIG } from '../rules/policies';
import type { Citation } from '../rules/result';
import { skillRank, titleRank, type Region } from '../rules/vocabulary';
import { ANNEX_TITLE, findInAnnex, rowCitation, rowOf, tradesInAnnex } from './annex';
import { citationFor } from './clauses';
import { decide, fit, fromData, train, type Classifier, type Example, type Prediction, type Trained } from './classifier';
import { eligibilityLines, factsFor, levelOpensAsked, namesFacts, questionFacts, routeLines, takesQualification, withEnglishAwards, withEnglishNoTitle, withEnglishTargets, withEnglishYears, type PersonFacts, type QAUnderstanding } from './eligibility';
import { answerFor, intents as shippedIntents, servesRegion, type Intent } from './intents';
import { classifierText, forClassifier, normalizeText } from './normalize';
import { isPolicyQuestion } from './questionLike';
import { asksMore, asksOtherLadder, notTreatment, wantedAfterHeld } from './recall';
import { fixSlips } from './slips';
import { enStem, nearWord } from './spelling';
import { teamEventLines, teamSizeIn } from './teamEvent';
import { uncoveredAsk } from './keyAsk';
import { askedClause } from './askedClause';
import { askedDetail } from './askedDetail';
import { unlistedAward } from './unlistedAward';
import { uncoveredSubject } from './uncoveredSubject';
import { beyondLadder } from './beyondLadder';
import { awardCounts, englishRouteAsk, heldFromStart, withEnglishRoute } from './englishRoute';
import { FALSE_CUE, fakeDocuments } from './fakeDocs';
import { withChineseSkillNames } from './levelGloss';
import { judgementAsked, RANKED } from './judgement';
import { isEnglish, ownGlosses, withOwnGloss } from './englishGloss';

export interface AskOptions {
  region?: Region;
  locale: Locale;
  /** The hotline to name when the texts do not answer. */
  hotline?: { phone?: string };
  /** The month the answer is for (`YYYY-MM`): years since a date are counted to it. The clock stays outside. */
  asOf?: string;
  /** The person's facts, when asked mid-interview: an eligibility question naming none of its own uses them. */
  facts?: PersonFacts;
}

export interface AskCitation extends Citation {
  /** In English answers: what the Chinese quote says. */
  gloss?: string;
}

export interface AskResult {
  answer: string;
  citations: AskCitation[];
  /** 0..1: the classifier's probability of the intent answered (1 for a computed answer it routed to). */
  confidence: number;
  /** 'curated' a checked answer (an intent's, the engine's or the annex's); 'none' not answered, no citations. */
  matched: 'curated' | 'clause' | 'none';
  /** The intent answered (eligibility, suzhou_annex, a topic, or a not-covered topic when refused). */
  id?: string;
  /** How it was answered. */
  kind?: 'engine' | 'annex' | 'topic' | 'not_covered' | 'unknown';
  /** The region the answer speaks for; undefined: the national baseline, region unknown. */
  region?: Region;
  /** Every region answered, when the question named several. */
  regions?: Region[];
  /** Mid-interview, answered with the person's own facts. */
  usedPersonFacts?: boolean;
}

/** A not-covered intent this probable among the top three, with words of its own in the question, wins: refused. */
export const NOT_COVERED_NEAR = 0.15;

/** A reading under this share of known n-grams is not about anything the intents know (refused). */
export const KNOWN_MIN = 0.25;

// ---------------------------------------------------------------------------------------------------------------
// The model, trained from the intent files on first use (or installed from data trained elsewhere: a worker thread).

/** How the shipped model is trained: few epochs at a high rate keep training short; the weights averaged over the last
 * epoch (not the last step's) keep ten phrasings added to one intent from moving the others' answers much. Each
 * epoch's order is hashed from the phrasings themselves (the classifier's default), so phrasings added or left out
 * move no other's place; three runs bagged into one set of weights. Chosen by cross-validation on the intents' own
 * phrasings (`npx tsx scripts/qa-cv.ts`: held-out accuracy, log-loss, predictions flipped by 2% of them left out). */
export const TRAINING = { epochs: 5, rate: 4, temperature: 0.5, average: 1, bag: 3 } as const;

export interface Model {
  intents: Intent[]; byId: Map<string, Intent>; classifier: Classifier;
  /** Every English word of the intents' phrasings (off-topic ones aside): what an English question may be about. */
  enWords: Set<string>;
  /** Per English word stem, the intents whose phrasings have it. */
  enStems: Map<string, Set<string>>;
}

/** English words that say nothing of a topic. */
const EN_STOP = new Set(('a an the i me my we our you your he she they it its is am are was were be been being do does did have has had can could '
  + 'will would shall should may might must to of in on at for from by with about as into after before than then so if or and but not no '
  + 'this that these those there here what which who whom whose when where why how any some all each every much many more most other '
  + 'just also still only very really please tell know want like get got need there\'s what\'s i\'m don\'t doesn\'t can\'t '
  + 'say says said anything something thing things hi hello hey thanks okay yes yeah now ever wants happen happens happened').split(' '));
const enContent = (text: string) => (text.toLowerCase().match(/[a-z][a-z']+/g) ?? []).filter((w) => w.length > 2 && !EN_STOP.has(w));

const examplesOf = (list: readonly Intent[]): Example[] => list.flatMap((it) => [...it.zh, ...it.en].map((text) => ({ text: forClassifier(text), label: it.id })));

export function buildModel(list: readonly Intent[]): Model {
  return modelOf(list, train(examplesOf(list), TRAINING));
}

/** The model around a trained classifier: the intents by id and their English words (milliseconds, no training). */
function modelOf(list: readonly Intent[], classifier: Classifier): Model {
  const enWords = new Set<string>();
  const enStems = new Map<string, Set<string>>();
  // One pass over the phrasings' words for both.
  for (const it of list) for (const w of it.en.flatMap(enContent)) {
    if (it.kind !== 'off_topic') enWords.add(w);
    const k = enStem(w);
    if (!enStems.has(k)) enStems.set(k, new Set());
    enStems.get(k)!.add(it.id);
  }
  return { intents: [...list], byId: new Map(list.map((it) => [it.id, it])), classifier, enWords, enStems };
}


/** Words shared by a few topics (standards, eased) that together, each read alone, give the topic at least this. */
export const EN_OWN_EVIDENCE = 0.5;

/** Whether an English question has words that are the topic's own: a topic answered from words alone must share
 * something with its phrasings beyond question words and the domain's common ones (title, skill, apply, review).
 * The model itself judges each content word the topic's phrasings have, read alone: a word it puts the topic first
 * for (paper → paper, veto → fraud; title → no topic of its own), or words whose probabilities of the topic add up
 * to EN_OWN_EVIDENCE. What the training data taught, not a count of the intents using a word (which moves whenever
 * phrasings are added anywhere). */
export function ownEnglishWord(text: string, id: string, m: Model): boolean {
  // A Chinese term mixed into the English (软考, 技师, 工法) is a word too: the topic's own when the model, reading it
  // alone, puts the topic first.
  for (const run of text.match(/\p{Script=Han}{2,}/gu) ?? []) {
    if (m.classifier.predict(forClassifier(run))[0]?.label === id) return true;
  }
  // And the Chinese words its own domain words are said with (englishGloss.ts; the common ones aside): thesis → 论文,
  // field → 领域, each read alone as a Chinese term mixed in is.
  for (const g of ownGlosses(text)) {
    if (m.classifier.predict(forClassifier(g))[0]?.label === id) return true;
  }
  let evidence = 0;
  for (const w of enContent(text.replace(/\p{Script=Han}+/gu, ' '))) {
    if (!m.enStems.get(enStem(w))?.has(id)) continue;
    const alone = m.classifier.predict(w);
    if (alone[0]?.label === id) return true;
    evidence += alone.find((x) => x.label === id)?.p ?? 0;
  }
  return evidence >= EN_OWN_EVIDENCE;
}

/** An English question (no run of Chinese) with a word of the topic's own, as ownEnglishWord judges it. */
function englishOwnWord(text: string, id: string, m: Model): boolean {
  return /[a-z]{3}/i.test(text) && !/\p{Script=Han}{4}/u.test(text) && ownEnglishWord(text, id, m);
}

/** An English question whose content words are mostly unknown to every intent (civil servant, maternity leave, prize
 * money) is about something the texts do not cover, however confident the classifier is about its known words. */
export const EN_UNKNOWN_MAX = 0.5;
function offDomainEnglish(text: string, m: Model): boolean {
  const words = enContent(text.replace(/\p{Script=Han}+/gu, ' '));
  if (words.length < 3) return false;
  // A word counts as known when a phrasing has it or its stem (welders ~ welder, applying ~ apply).
  const unknown = words.filter((w) => !m.enWords.has(w) && ![...(m.enStems.get(enStem(w)) ?? [])].some((id) => m.byId.get(id)?.kind !== 'off_topic'));
  return unknown.length >= 2 && unknown.length / words.length >= EN_UNKNOWN_MAX;
}

/** Money asked about (多少钱, 奖金, fees, prize money): the texts name no amount of money anywhere. */
const MONEY_CUE = /多少钱|(?:多少|几多)(?:补助|补贴|津贴)|(?:补助|补贴|津贴)(?:是|有|能拿|发|给)?(?:多少|几多)|年薪(?:一般)?(?:给|发|是|有|能拿)?多少|经费|扣(?:我|我的)?(?:工资|钱|奖金)|(的|交|出|掏|花|要)钱|缴费|繳費|收多少|out of pocket|\bhow (big|large|high) (is|are) (the|my|a)\b.*\b(subsid|allowance|grant|bonus)|几块钱|多少元|几千|几百块|奖金|奖励多少|金额|收费|费用|报名费|评审费|鉴定费|工资多少|涨多少|多少工资|prize money|\bcash\b|(?<!performance )\bbonus|\bfees?\b|\bcosts?\b|\bsalary(?! (system|scheme)s?\b)|\bwages?\b|\byuan\b|\brmb\b|how much (money|do i (get|pay|earn))/i;
const MONEY_INTENTS = ['nc_fees', 'nc_subsidy_amount', 'nc_salary', 'nc_perks'];

/** Getting round the rules (a paper ghostwritten, a certificate rented out, an exam sat for someone): never answered
 * with the rule the question names (论文 → no paper needed); the texts say nothing of it. What befalls fraud found
 * (一票否决) is the fraud topic's. */
const FRAUD_CUE = /代写|代考|替考|作弊|舞弊|\bcheat(?:s|ed|ing)?\b|枪手|代办|挂靠|挂证|包过|买证|走后门|找关系|打招呼|请(?:评委|专家|领导)?吃饭|送礼|红包|打点|塞钱|\bbribe|ghostwrit|write my (paper|thesis)|rent (out )?my (certificate|title)|(sit|take) the (\w+ )?(exam|test) for me/i;

/** Tax, social insurance, the housing fund: the texts say nothing of them (人力社保局 is an office's name, not the topic). */
const TAX_CUE = /个税|所得税|抵税|扣税|专项附加扣除|(?<!人力)社保(?!局|部门|厅)|社会保险|医保|公积金|income tax|\btax(es)?\b|(?<!resources and )social (insurance|security)|housing (provident )?fund|medical insurance/i;

/** A city or county inside a region asked about as one that acts on its own (大连市今年有单独的评审吗, 昆山那边是不是可以
 * 自己评, does Dalian run its own review): the region's text says what the region does, not what a city arranges. */
const CITY_OWN = /^(?:市|区|县|州)?(?:那边|那里|这边|这里|当地|本地|的话)?[^,，。;；!！?？]{0,8}?(?:自己|单独|自主|另外|另行|独立|单搞|自行|有没有(?:自己的|单独的|本地的)?(?:政策|细则|办法|文件|规定)|(?:出台|发布|有)(?:了)?(?:自己的|单独的|本地的|新的)?(?:政策|细则|办法|文件|规定)|有没有[^,，。;；!！?？]{0,6}(?:额外|另外|特别|专门)[^,，。;；!！?？]{0,4}(?:奖励|补贴|政策|办法|细则))/;
const CITY_OWN_EN = /^[^.?!]{0,40}\b(?:its own|their own|on its own|by itself|separate(?:ly)?|local (?:rules?|polic(?:y|ies)|measures))\b/i;
export function cityPractice(text: string): boolean {
  return placesOf(text).some((h) => !h.fallback && (h.kind === 'city' || h.kind === 'county')
    && (/\p{Script=Han}/u.test(h.name) ? CITY_OWN.test(text.slice(h.end)) : CITY_OWN_EN.test(text.slice(h.end))));
}

/** Perks the texts never name (a flat, housing money, children's schooling, a talent card): not the subsidies and
 * equal treatment the texts do name, however close the words. */
const PERK_CUE = /医疗|医保|疗养|购房|买房|住房|分房|租房|房补|人才房|人才公寓|安家费|子女|孩子|小孩|入学|上学|人才卡|体检|housing|apartment|\bflat\b|\bhouse\b|children|\bkids?\b|school place|talent card/i;
const PERK_TOPICS = new Set(['subsidy', 'treatment']);

/** Waiting for a certificate to be issued (多久能拿到证, 证书多久发下来): practical handling, not the years a route asks. */
const ISSUE_WAIT_CUE = /(多久|多长时间|几天|几个月|啥时候|什么时候)(才)?(能|可以)?(拿到|领到|领|发|出|下来|寄)(证|证书|下来)|证书?(多久|多长时间|几天|啥时候|什么时候)(才)?(能|可以)?(发|出|下来|寄|领|拿到)|(出证|发证|领证)(要|得|需要)?(多久|多长时间|几天|几个月)|how long (until|till|before) i (get|receive) (my|the) certificate|when (will|do) i (get|receive) (my|the) certificate/i;

/** Which text a region's is made on or follows, asked in so many words (按哪个文件执行, 依据的是哪份文件, based on which
 * document): the basis topic's own question. */
const BASIS_ASKED = /(?:按|照|依据|根据|执行|落实|参照)(?:的是|着|了)?(?:哪|什么|啥)(?:个|份|一份|一号|号)?(?:文件|文|通知|意见)|\b(?:based on|follows?|implements?|according to) (?:which|what) (?:document|file|policy|notice|opinion)\b/i;

/** When a review's or an exam's result comes out (上个月评的工程师啥时候出结果, 成绩多久能出来, when will the results be
 * out): results and their dates, which no text gives (none of the six texts says 结果 or 公示 at all). */
const RESULT_WAIT_CUE = /(?:啥时候|什么时候|多久|多长时间|几时|何时|哪天|几号)(?:才|能|会|可以|就){0,2}(?:出|公布|公示|出来|下来|知道)(?:结果|成绩|名单)|(?:结果|成绩|名单)(?:要|得)?(?:啥时候|什么时候|多久|多长时间|几时|何时|哪天|几号)(?:才|能|会|可以|就){0,2}(?:出|公布|公示|出来|下来|知道)|\bwhen (?:will|do|can|would) (?:i|we|they) (?:get|know|see|hear)(?: about)? (?:the |my |our )?results?\b|\bwhen (?:are|will|do|would) (?:the |my )?results? (?:be |come )?(?:out|announced|published|released|posted)\b/i;

/** How papers are handed in or an exam is sat (纸质版还是电子版, 原件还是复印件, the exam in English), how a file is made up
 * (公证, 盖章, notarised, stamped): practical handling. */
const HANDLING_CUE = /(?:考试|考场|鉴定|答辩|实操|理论考)[^，,。？?]{0,4}(?:能|可以|让|允许|准)(?:不能|不)?带|带[^，,。？?]{1,6}进(?:考场|考点)|\b(?:bring|take) (?:a |my |an )?\w+ (?:in)?to the (?:exam|test)\b|纸质(?:版|的|材料)?还是电子|电子(?:版|的)?还是纸质|原件还是复印件|复印件还是原件|线上还是线下|网上还是现场|现场还是网上|用英[语文](?:考|答|作答)|英[语文](?:试卷|考卷)|\b(?:exam|test|assessment)s? in (?:english|a foreign language)\b|\bpaper or (?:electronic|online)\b|\b(?:electronic|online) or paper\b|公证|(?:要|需要|得|必须|用不用|要不要)盖[^，,。？?]{0,4}章|盖[^，,。？?]{0,4}章(?:吗|不|么|没)|骑缝章|\bnotari[sz]\w*|\bstamp(?:ed)?\b|\bcompany seal\b|\bcertified cop(?:y|ies)\b/i;

/** How many were approved, how a panel votes, what it asks (辽宁今年评了多少个高级技师, 几个专家投票, 答辩问什么问题):
 * the running of reviews and their figures, which no text gives. */
const REVIEW_DETAIL_CUE = /(?:评|考|批|通过|评上|考上|拿到|认定)了?多少(?:个|人|名|位)|多少人(?:评|考|通过|拿|报)|问(?:些|的)?(?:什么|啥|哪些)问题|几个(?:专家|评委)|多少(?:个|位)?(?:专家|评委)|几票|多少票|打分|评分标准|分数线|及格线|\bhow many (?:people|workers|applicants|votes|reviewers|experts)\b|\bhow many \w+ (?:were|got|have been) (?:approved|awarded|certified|promoted|passed)\b|what questions (?:do|will|did) they ask|passing (?:score|mark)/i;

/** When in the year a review or an exam is held (评审一般几月份开展, what time of year are the reviews held): this year's
 * calendar, which no text gives (Sichuan's phases are the schedule topic's). */
const HELD_WHEN_CUE = /(?:几月份?|哪个月|什么时候|啥时候|什么时间|一年中的什么时候)(?:一般|通常|才)?(?:开始)?(?:举行|举办|开展|组织|开评|受理申报)|\bwhat time of (?:the )?year\b|\bwhich months?\b[^?]{0,40}\b(?:held|run|organi[sz]ed|take place)\b|\bwhen (?:are|is|do|does) (?:the )?[a-z ]{0,40}\b(?:held|organi[sz]ed|take place)\b/i;

let shipped: Model | undefined;
/** The model of the shipped intent files (trained once, on first use). */
export function model(): Model {
  shipped ??= buildModel(shippedIntents());
  return shipped;
}

/** Whether the shipped model is trained already (the server trains it once healthy: src/server/app.ts's warmUp). */
export const modelTrained = (): boolean => shipped !== undefined;

/** The shipped intents' classifier trained, as plain data (what a worker thread computes: 1–2 s of CPU). */
export const trainedModelData = (): Trained => fit(examplesOf(shippedIntents()), TRAINING);

/** Makes the shipped model the one of `data` (from trainedModelData, maybe in another thread), without training.
 * A model there already (a question came first and trained it) is kept: false. Data of other intents is refused. */
export function installModel(data: Trained): boolean {
  if (shipped) return false;
  const list = shippedIntents();
  const ids = [...new Set(list.map((it) => it.id))].sort();
  if (ids.length !== data.labels.length || ids.some((id, i) => id !== data.labels[i])) throw new Error('the trained data is not of the shipped intents');
  shipped = modelOf(list, fromData(data));
  return true;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the question.

/** Every region a question names, in order (全国技术能手在辽宁和在重庆 → liaoning, chongqing); a place with no text of
 * its own is the national baseline, unless the region within it is named too (江苏苏州 → suzhou). */
export function regionsIn(text: string): Region[] {
  return placesNamed(text).map((x) => x.region);
}

/** A place that is part of an award's name (江苏工匠, 四川省技术能手, 辽宁省有突出贡献高技能人才): the award, not where. */
const AWARD_AFTER = /^((省|市)?(技术能手|技术能首|工匠|大工匠|技能大师|技能大奖|功勋|有突出贡献|高技能(重点|突出)人才|劳动模范|劳模)|'?s?\s*(provincial |municipal )?(grand )?(craftsm[ae]n|technical experts?|skills? masters?|model workers?)\b)/i;

/** The regions named, each with the first place that named it, and whether that place has no text of its own. A place
 * inside an award's name counts only when nothing else says where; a province that contains the person's own region
 * (江苏, asked in Suzhou) is that region. */
function placesNamed(text: string, own?: Region): { region: Region; place: string; fallback: boolean }[] {
  const all = placesOf(text);
  const where = all.filter((h) => !AWARD_AFTER.test(text.slice(h.end)));
  const hits = where.length || own ? where : all;
  const out: { region: Region; place: string; fallback: boolean }[] = [];
  // Only awards name places, one of another region with a text of its own (天府工匠和辽宁工匠, asked in Sichuan): the
  // person's region and that one, each evaluated.
  const awardRegions = !where.length && own ? all.filter((h) => !h.fallback && h.region !== own) : [];
  if (awardRegions.length) out.push({ region: own!, place: '', fallback: false });
  for (const h of awardRegions) if (!out.some((x) => x.region === h.region)) out.push({ region: h.region, place: text.slice(h.start, h.end), fallback: false });
  for (const h of hits) {
    if (h.fallback && h.contains?.some((r) => hits.some((x) => x.region === r))) continue;
    const region = h.fallback && own && h.contains?.includes(own) ? own : h.region;
    if (!out.some((x) => x.region === region)) out.push({ region, place: text.slice(h.start, h.end), fallback: region === h.region && h.fallback });
  }
  return out;
}

/** The places of a text (placesIn), the last text's kept: answer() reads the places of one text three times. Read only. */
let placesText: string | undefined;
let placesFound: readonly PlaceHit[] = [];
function placesOf(text: string): readonly PlaceHit[] {
  if (text !== placesText) { placesFound = placesIn(text); placesText = text; }
  return placesFound;
}

/** The region whose name stands in an award's name (江西省技术能手, 辽宁工匠): the award words are read as that region's. */
function awardRegion(text: string): Region | undefined {
  return placesOf(text).find((h) => !h.fallback && AWARD_AFTER.test(text.slice(h.end)))?.region;
}

/** Words that ask what it takes (怎样才能评上, 要什么条件, how do I become): a level asked for with nothing held. */
const HOW_CUE = /怎样|怎么|咋样|咋才|如何|什么条件|啥条件|哪些条件|要什么|要啥|需要|几年|多久|条件|\bhow (do|can|would)\b|what does it take|conditions|requirements?\b/i;

/** Words that ask what someone can apply for (eligibility), as opposed to a topic (待遇, 材料, 论文 …); 能不能参加高级工
 * 评价 asks it as much as 能不能考 (the understanding's wish verbs, src/dialogs/understand/levels.ts, have 参加 too). */
const ELIGIBILITY_CUE = /能(不能)?(评|报|考|申报|申请|申|直接|破格|冲|升|晋|到|够|奔|整|搞|弄|混|参加|参评)|可以(评|报|考|申报|申请|直接|破格|冲|升|晋|到|奔|整|搞|弄|混|参加|参评)|可不可以(评|报|考)|能否|允许[不吗么没]|允不允许|让不让|准不准|评(什么|啥|哪)|报(什么|啥|哪)|考(什么|啥|哪)|(评|报|升|到)(哪一?级|几级)|什么职称|啥职称|什么等级|哪级职称|[评报考].{0,4}[不吗么]|what (title|level|skill level)|(can|could|may) (i|a|an|he|she|they|someone|we)\b.*\b(apply|get|become|take|reach|sit|go for|try for|move up|be (recogni[sz]ed|certified|rated|assessed|evaluated|accredited))|how many (cumulative )?years|which (skill )?(title|level|grade)|what (does|do|would|will|can) .{0,80}\b(open|entitle|qualify)|eligible|\benough (for|to)\b|\b(?:ok|okay|fine|good|ready)(?: now)? for (?:an? |the )?(?:full senior|deputy senior|senior engineer|assistant engineer|engineer|senior technician|technician|senior worker|intermediate|assistant)\b|\b(?:applications?|route|path) (?:is |are )?open (?:for|to) (?:me|him|her|us|them)\b|\bqualif(y|ies) (me )?for\b|\bapply (directly )?for\b|\b(highest|top|maximum|max|best) (possible )?(title|level|grade|rank)\b|\bhow (high|far) (can|could|may|would)\b|\bcounts? (for|towards?)\b|\bopen to (me|him|her|us|them)\b|\bsame (?:title|level|grade|outcome|result)s?\b|\bdiffer(?:ent)? (?:title|level|grade)s?\b|\b(?:which|what) month\b|\bwhen (?:does|do|will|would|can|could) .{0,60}\bopen|\b(?:wants?|wanting|would like|hoping for|hopes for|aiming (?:at|for)|aims (?:at|for)|looking to (?:get|take)) (?:to (?:get|take|apply for|sit) )?(?:an? |the )?(?:full senior|deputy senior|senior engineer|assistant engineer|engineer|senior technician|technician|senior worker|intermediate|assistant)\b/i;

const round = (x: number) => Math.round(x * 100) / 100;

/** The lead-in naming whose text answers; a place elsewhere named in the question (广东, 无锡) is said to get the
 * national baseline. */
type Lead = (region: Region | undefined) => string;
function leadFor(locale: Locale, elsewhere: string | undefined): Lead {
  return (region) => (region === 'national' && elsewhere ? t(locale, 'qa:prefix.elsewhere', { place: elsewhere }) : t(locale, `qa:prefix.${region ?? 'unknown'}`));
}

/** Jiangxi applies 96号 as is: an answer resting on 96号 cites Jiangxi's adoption too (ruling 9). */
function withAdoption(citations: Citation[], region: Region | undefined): Citation[] {
  const adoption = region ? REGION_CONFIG[region].adoption : undefined;
  if (!adoption || citations.some((c) => c.policy === adoption.policy) || !citations.some((c) => c.policy === 'national-2020-96')) return citations;
  return [citationFor({ id: `${adoption.policy}:${adoption.clause}`, excerpt: adoption.quote }), ...citations];
}

/** Who to ask instead, after a "not in the texts": the hotline when configured, else the local bureau. */
function whoToAsk(locale: Locale, opts: AskOptions): string {
  const phone = opts.hotline?.phone;
  return phone ? t(locale, 'qa:none.who.withPhone', { phone }) : t(locale, 'qa:none.who.text');
}

/** The citations of `a`, then those of `more` it does not already have (same clause and quote). */
function mergeCitations(a: readonly AskCitation[], more: readonly AskCitation[]): AskCitation[] {
  const out = [...a];
  for (const c of more) if (!out.some((x) => x.quote === c.quote && x.clause === c.clause)) out.push(c);
  return out;
}

function refusal(locale: Locale, opts: AskOptions, confidence: number, id?: string, kind: AskResult['kind'] = 'unknown', m?: Model): AskResult {
  const phone = opts.hotline?.phone;
  const intent = id ? (m ?? model()).byId.get(id) : undefined;
  const key = intent?.kind === 'not_covered' ? answerFor(intent, undefined)?.key : undefined;
  const answer = key ? `${t(locale, `qa:${key}`)}${whoToAsk(locale, opts)}` : phone ? t(locale, 'qa:none.withPhone', { phone }) : t(locale, 'qa:none.text');
  return { answer, citations: [], confidence: round(confidence), matched: 'none', ...(key ? { id, kind } : { kind: 'unknown' }) };
}

function glossed(citations: Citation[], locale: Locale, gloss: string | undefined): AskCitation[] {
  if (locale !== 'en' || !gloss) return citations;
  return citations.map((c) => ({ ...c, gloss }));
}

// ---------------------------------------------------------------------------------------------------------------
// Answers.

/** How a region-silent answer begins ("您所在地区的文件没有写…"): for the national text itself (asked about the country,
 * no region given, or a region applying 96号 as is) it is the national text that is silent. */
const OWN_SILENT: Record<Locale, RegExp> = { 'zh-CN': /^您所在地区的(?:贯通)?文件/, en: /^Your region's (?:policy )?text/ };
function nationalSilence(body: string, region: Region | undefined, locale: Locale): string {
  const national = !region || region === 'national' || !!REGION_CONFIG[region].adoption;
  return national ? body.replace(OWN_SILENT[locale], t(locale, 'qa:silentNational')) : body;
}

function topicAnswer(intent: Intent, regions: (Region | undefined)[], locale: Locale, confidence: number, u: Understanding, prefix: Lead): AskResult | undefined {
  const lines: string[] = [];
  const citations: AskCitation[] = [];
  const served: Region[] = [];
  for (const region of regions) {
    if (!servesRegion(intent, region)) continue;
    const a = answerFor(intent, region);
    if (!a) continue;
    let key = a.key;
    // Theory exemption is for title holders: asked by someone with no title, say that first.
    if (intent.id === 'theory_exempt' && u.titles && u.titles.length === 0) key = 'theory.noTitle';
    const body = nationalSilence(t(locale, `qa:a.${key}`), region, locale);
    lines.push(intent.plain ? body : prefix(region) + body);
    const cites = withAdoption(a.cite.map((c) => citationFor({ id: c.clause, excerpt: c.quote })), region);
    for (const c of glossed(cites, locale, body.replace(/^[^：:]{0,40}[：:]\s*/, ''))) {
      addOnce(citations, c);
    }
    if (region) served.push(region);
  }
  if (!lines.length) return undefined;
  return {
    answer: lines.join('\n'), citations, confidence: round(confidence), matched: 'curated', id: intent.id, kind: 'topic',
    region: regions[0], ...(regions.length > 1 ? { regions: served } : {}),
  };
}

/** A trade or specialty of the annex in the answer's language (the annex itself is quoted in Chinese). */
function annexName(locale: Locale, zh: string): string {
  return locale === 'en' && has(locale, `qa:annexName.${zh}`) ? `${t(locale, `qa:annexName.${zh}`)} (${zh})` : zh;
}

function annexAnswer(text: string, regions: (Region | undefined)[], locale: Locale, confidence: number, prefix: Lead): AskResult {
  const found = findInAnnex(text);
  const suzhou = regions.includes('suzhou');
  const region = regions[0];
  // Several trades named in Suzhou (焊工和制冷工分别对应什么专业): each, in one line, with each row quoted.
  const many = suzhou ? tradesInAnnex(text) : [];
  if (many.length) {
    const sep = locale === 'en' ? '; ' : '；';
    const parts = many.map((f) => (f.kind === 'trade'
      ? t(locale, 'qa:a.dev10.annexMany.listed', { occupation: annexName(locale, f.trade), specialty: annexName(locale, f.row.specialty) })
      : t(locale, f.closest.length ? 'qa:a.dev10.annexMany.unlisted' : 'qa:a.dev10.annexMany.unlistedNone', { trade: f.trade, closest: f.closest.map((o) => annexName(locale, o)).join(listSep(locale)) })));
    const body = t(locale, 'qa:a.dev10.annexMany.line', { parts: parts.join(sep) }) + (many.some((f) => f.kind === 'unlisted') ? t(locale, 'qa:a.dev10.annexMany.tail') : '');
    const citations: Citation[] = [];
    for (const f of many) {
      const c = f.kind === 'trade' ? rowCitation(f.row) : ANNEX_TITLE;
      addOnce(citations, c);
    }
    return { answer: prefix(region) + body, citations: glossed(citations, locale, body), confidence: round(confidence), matched: 'curated', id: 'suzhou_annex', kind: 'annex', region };
  }
  let body: string;
  let citations: Citation[];
  switch (found.kind) {
    case 'trade':
      body = (found.typed ? t(locale, 'qa:a.annex.readAs', { typed: found.typed, trade: annexName(locale, found.trade) }) : '')
        + t(locale, suzhou ? 'qa:a.annex.suzhou.occupation' : 'qa:a.annex.other.occupation', { occupation: annexName(locale, found.trade), specialty: annexName(locale, found.row.specialty) });
      citations = [rowCitation(found.row)];
      break;
    case 'specialty':
      body = t(locale, 'qa:a.annex.suzhou.specialty', { specialty: annexName(locale, found.row.specialty), occupations: found.row.occupations.map((o) => annexName(locale, o)).join(listSep(locale)) });
      citations = [rowCitation(found.row)];
      break;
    case 'unlisted': {
      // The closest listed trades with the specialty each is listed under, their rows quoted (数控车工 → 车工, 机械).
      const rows = found.closest.map((o) => rowOf(o)!);
      const closest = found.closest.map((o, i) => t(locale, 'qa:a.snj.annexItem', { occupation: annexName(locale, o), specialty: annexName(locale, rows[i].specialty) }));
      body = t(locale, found.closest.length ? 'qa:a.annex.unlisted.closest' : 'qa:a.annex.unlisted.none', { trade: found.trade, closest: closest.join(listSep(locale)) });
      citations = rows.length ? [...new Set(rows)].map(rowCitation) : [ANNEX_TITLE];
      break;
    }
    default:
      body = t(locale, suzhou ? 'qa:a.annex.suzhou.general' : 'qa:a.annex.other.general');
      citations = [ANNEX_TITLE];
  }
  // Elsewhere the trade answer says itself that the region has no list; the others get it said first.
  const lead = suzhou || found.kind === 'none' || found.kind === 'trade' ? '' : t(locale, 'qa:a.annex.otherLead');
  return {
    answer: prefix(region) + lead + body, citations: glossed(citations, locale, body), confidence: round(confidence),
    matched: 'curated', id: 'suzhou_annex', kind: 'annex', region,
  };
}

/** Adds a citation unless the same clause and quote is there already. */
function addOnce<C extends Citation>(citations: C[], c: C): void {
  if (!citations.some((x) => x.quote === c.quote && x.clause === c.clause)) citations.push(c);
}

/** A region's line of a computed English answer, as it follows the region's label ("Sichuan: "): its first letter a
 * capital (the rule sentences start on an award's or a level's name, "gold at the…"), and a sentence joined on after
 * "; " going on in lower case ("; your technician counts as…"). Chinese lines are as they are. */
export function asLine(text: string, locale: Locale): string {
  if (locale !== 'en' || !text) return text;
  return (text.charAt(0).toUpperCase() + text.slice(1)).replace(/; Your\b/g, '; your');
}

/** Reads the question again as said in a region (a bare 省技术能手 is Liaoning's in Liaoning and Jiangsu's in Suzhou). */
type ReadIn = (region: Region) => QAUnderstanding;

function engineAnswer(u: Understanding, regions: (Region | undefined)[], opts: AskOptions, confidence: number, prefix: Lead, readIn?: ReadIn): AskResult | undefined {
  const asOf = opts.asOf ?? FALLBACK_MONTH;
  const got = factsFor(u, asOf, opts.facts);
  if (!got) return undefined;
  const locale = opts.locale;
  const asked = regions.map((r) => r ?? 'national');
  let lines;
  try {
    // Several regions asked: an award whose name each region reads its own way is evaluated as that region's.
    lines = asked.length > 1 && readIn && u.awards?.length ? asked.flatMap((r) => {
      const own = readIn(r);
      const same = JSON.stringify(own.awards ?? []) === JSON.stringify(u.awards ?? []);
      const g = same ? got : factsFor(own, asOf, opts.facts);
      return g ? eligibilityLines(same ? u : own, g.facts, [r], asOf, locale) : eligibilityLines(u, got.facts, [r], asOf, locale);
    }) : eligibilityLines(u, got.facts, asked, asOf, locale);
  } catch {
    return undefined; // facts the engine refuses (a rank of 5000, 90 years of work): not an eligibility answer
  }
  const text = lines.map((l, i) => prefix(regions[i]) + asLine(l.text, locale)).join('\n');
  const citations: AskCitation[] = [];
  lines.forEach((l) => {
    const cites = withAdoption(l.citations, l.region);
    for (const c of glossed(cites, locale, asLine(l.text, locale))) addOnce(citations, c);
  });
  if (!citations.length) return undefined;
  const lead = got.own ? '' : t(locale, 'qa:elig.yourFacts');
  return {
    answer: lead + (locale === 'en' ? withChineseSkillNames(text) : text), citations, confidence: round(confidence), matched: 'curated', id: 'eligibility', kind: 'engine',
    region: regions[0], ...(regions.length > 1 ? { regions: asked } : {}), ...(got.own ? {} : { usedPersonFacts: true }),
  };
}

/** Words asking what to bring or how a fact is proven (要提供啥证明, 凭啥材料认定, 要交职称证书吗, what must my application include). */
const DOCS_CUE = /材料|证明|证件|凭(什么|啥)|(?:要|需要|得|必须)(?:提)?交|提交|附上|以(什么|啥)为准|认定(看|凭|要)|documents?\b|paperwork|\bproofs?\b|\bprov(?:e|es|ed|ing)\b|evidence|\binclude\b|\bbring\b|hand in|\b(?:be|goes?|put) in(?:to)? the (?:application|file)\b/i;

/** Words asking from when the years count (这个十年从哪天开始算, 年限怎么算, when do the years start). */
const YEARS_FROM_CUE = /从(哪天|哪年|哪个时候|什么时候|啥时候|何时)(开始|起)?(算|计算)|年限(是)?(怎么|咋|如何)(算|计算)|(怎么|咋|如何)(算|计算)年限|when do(es)? the years (start|begin|count)|counted from when|from when (are|do) the years/i;

/** Words asking whether the field of work must match (专业有要求吗, 专业不对口, same specialty). */
const SPECIALTY_CUE = /专业.{0,6}(有(什么|啥)?要求|要求|对口|相同|相近|一致)|不对口|跨专业|same (specialty|field)|related field|match my (job|work|field)/i;

/** An eligibility question that also asks what to bring gets the engine's answer and then the documents: how the award
 * named is recognised (award_proof), else the region's application materials; one that asks from when the years count
 * gets the topic that says so (years_counting: from the certificate on). */
function withDocuments(a: AskResult, text: string, u: Understanding, regions: (Region | undefined)[], locale: Locale, m: Model): AskResult {
  const id = DOCS_CUE.test(text) ? (u.awards?.length ? 'award_proof' : 'materials') : YEARS_FROM_CUE.test(text) ? 'years_counting'
    : SPECIALTY_CUE.test(text) ? 'same_specialty' : undefined;
  if (!id) return a;
  const it = m.byId.get(id);
  const docs = it && topicAnswer(it, regions, locale, a.confidence, u, () => '');
  if (!docs) return a;
  const citations = mergeCitations(a.citations, docs.citations);
  return { ...a, answer: `${a.answer}\n${id === 'materials' || id === 'award_proof' ? '📋' : '•'} ${docs.answer}`, citations };
}

/** An engine answer that sets passed annual reviews as a condition (还须近3年年度考核合格), or that finds no route for
 * a skill level below 高级工, rests also on the region's basic condition: its sentence is quoted too (the annual-review
 * topic's, from the data). */
function withConditions(a: AskResult, u: Understanding, regions: (Region | undefined)[], locale: Locale, m: Model): AskResult {
  const below = u.skills?.some((x) => skillRank(x.level) < skillRank('senior_worker'));
  if (!below && !/年度考核|annual review/i.test(a.answer)) return a;
  const it = m.byId.get('annual_review');
  if (!it) return a;
  // (a title asked for from a title held, 副高 → 正高, is the title route's: its review sentence)
  const toSkill = u.targets?.length ? u.targets.some((x) => x.kind === 'skill') : !u.skills?.length && !!u.titles?.length;
  const citations = [...a.citations];
  for (const r of regions) {
    const review = answerFor(it, r);
    // The topic's first sentence is the title route's; a second, where the text has one, the skill route's (四川 附件2).
    const cite = review?.cite[toSkill ? 1 : 0];
    if (!review || !cite) continue;
    const cites = withAdoption([citationFor({ id: cite.clause, excerpt: cite.quote })], r);
    for (const c of glossed(cites, locale, t(locale, `qa:a.${review.key}`))) {
      addOnce(citations, c);
    }
  }
  return { ...a, citations };
}

/** A requirement asked of a route the question names (技师满三年评工程师，要不要年度考核): the topic's answer, then the
 * route itself from the engine (its level, years and row), when the topic's answer does not name the level asked for. */
function withRoute(a: AskResult, u: QAUnderstanding, regions: (Region | undefined)[], opts: AskOptions, lead: Lead): AskResult {
  const targets = u.targets ?? [];
  if (!targets.length || !namesFacts(u) || u.awards?.length) return a;
  const held = (kind: 'skill' | 'title') => (kind === 'skill' ? !!u.skills?.length : !!(u.titles?.length || u.qualifications?.length));
  // (a route crosses the ladders: a level held on one, the level asked for on the other)
  const route = targets.filter((x) => held(x.kind === 'skill' ? 'title' : 'skill'));
  if (!route.length || route.every((x) => a.answer.includes(t(opts.locale, x.kind === 'skill' ? `rules:skill.${x.level}` : `rules:title.${x.level}`)))) return a;
  const e = engineAnswer({ ...u, targets: route }, regions, { ...opts, facts: undefined }, a.confidence, regions.length > 1 ? lead : () => '');
  if (!e || !e.citations.length) return a;
  return { ...a, answer: `${a.answer}\n• ${e.answer}`, citations: mergeCitations(a.citations, e.citations) };
}

/** Asking what is looked at instead of a paper (没论文看啥, what do they look at instead). */
const INSTEAD_CUE = /看(?:啥|什么|哪些)|代替|顶替|替代|换成|拿什么|用什么|\binstead\b|\breplace|\blook at\b|\bin place of\b|\bin lieu of\b|\bsubstitut\w*|\bstand in for\b/i;

/** A paper question asking what counts instead: where the region's paper answer says only that no paper is needed, the
 * achievements it is judged on are said too (the topic's answer for the region, from the data). */
function withInstead(a: AskResult, intent: Intent, text: string, regions: (Region | undefined)[], locale: Locale, u: Understanding, m: Model): AskResult | undefined {
  if (intent.id !== 'paper' || !INSTEAD_CUE.test(text)) return undefined;
  const more = m.byId.get('achievements');
  if (!more || regions.some((r) => answerFor(intent, r)?.key !== 'noLimits')) return undefined;
  const b = topicAnswer(more, regions, locale, a.confidence, u, () => '');
  if (!b) return undefined;
  const citations = mergeCitations(a.citations, b.citations);
  return { ...a, answer: `${a.answer}\n• ${b.answer}`, citations };
}

/** A paper question asking what counts instead, where the paper answer is that none is needed: the answer is the
 * paper topic's with the achievements (withInstead), so the two topics' probabilities are one answer's. */
function paperInstead(preds: Prediction[], text: string, regions: (Region | undefined)[], m: Model): Prediction[] {
  const paper = m.byId.get('paper');
  if (!paper || !INSTEAD_CUE.test(text) || regions.some((r) => answerFor(paper, r)?.key !== 'noLimits')) return preds;
  const i = preds.findIndex((x) => x.label === 'paper'), j = preds.findIndex((x) => x.label === 'achievements');
  if (i < 0 || j < 0 || Math.max(i, j) > 1) return preds;
  return [{ label: 'paper', p: preds[i].p + preds[j].p }, ...preds.filter((_, k) => k !== i && k !== j)];
}

/** Without an `asOf`, durations ("拿证三年了") still count right: they are read against the same month. */
const FALLBACK_MONTH = '2026-01';

/** The English names of levels, as the understanding reads them: a word one slip away from one (enginner,
 * technican, techician) is read as it, unless the intents' phrasings use that word as it is. Another word mistyped
 * is read as the phrasings' word it is one slip from, when it is one only. */
const EN_LEVEL_WORDS = ['engineer', 'engineers', 'technician', 'technicians', 'assistant', 'intermediate', 'certificate'];
const spelled = new Map<string, string>();
const INFLECTED = /(?:ies|es|s|ing|ed|ers|er)$/;
/** The phrasings' words a typo may be read as: all but places' names (one set per model, made once). */
const spellables = new WeakMap<Model, Set<string>>();
function spellable(m: Model): Set<string> {
  let s = spellables.get(m);
  if (!s) spellables.set(m, (s = new Set([...m.enWords].filter((w) => !placesIn(w).length))));
  return s;
}
function englishSpelling(text: string, m: Model): string {
  if (!/[a-z]{4}/.test(text)) return text;
  return text.replace(/[a-z]{4,}/g, (w) => {
    if (m.enWords.has(w) || EN_LEVEL_WORDS.includes(w)) return w;
    // (four letters: only a doubled letter typed once, nearWord's own check)
    if (w.length < 5) return EN_STOP.has(w) || placesIn(w).length ? w : nearWord(w, spellable(m)) ?? w;
    let fix = spelled.get(w);
    if (fix === undefined) {
      const near = EN_LEVEL_WORDS.map((x) => ({ x, d: x[0] === w[0] ? editDistance(w, x, 2) : 3 })).filter((c) => c.d <= (c.x.length >= 9 ? 2 : 1));
      const best = Math.min(...near.map((c) => c.d));
      const at = near.filter((c) => c.d === best);
      fix = at.length === 1 ? at[0].x : w;
      if (spelled.size < 5000) spelled.set(w, fix);
    }
    // else a word of the phrasings one slip away (comupter, posible: src/qa/spelling.ts, which keeps one index per
    // vocabulary); not another form of a word they have (welders ~ welder), nor a word that says nothing of a topic
    // Places are the places' reader's (src/rules/places), which knows their spellings: never mended into one
    // (changsha is not changshu) nor out of one.
    if (fix === w && !(INFLECTED.test(w) && m.enStems.has(enStem(w))) && !EN_STOP.has(w) && !placesIn(w).length) return nearWord(w, spellable(m)) ?? w;
    return fix;
  });
}

/** The last clause, after 那 / 那么 (a question following a statement). */
const THEN_CLAUSE = /[，,。；;]\s*那(?:么|如果|要是)?\s*([^，,。；;]{3,})$/;

/** Answer a free policy question for the person's region (or the regions it names); never makes an answer up. */
export function ask(question: string, opts: AskOptions, m: Model = model()): AskResult {
  const text = normalizeText(question);
  return withAskedDetail(text, answersWhatIsAsked(text, withUnlistedAward(text, ownTextAsked(text, weakTopic(text, askedLast(text, answer(question, opts, m), opts, m), opts, m), opts), opts), opts), opts);
}

/** The region's own rule or list asked for, in English ("does Jiangxi have its own green channel list"). */
const OWN_ASKED = /\b(?:ha(?:ve|s)|got|set|sets|make|makes)\s+(?:its|their)\s+own\b|\b(?:its|their) own (?:list|rules?|standards?|version|conditions?|measures?|polic(?:y|ies))\b/i;
/** (a company's or an employer's own, not the region's) */
const NOT_REGION_OWN = /\b(?:compan(?:y|ies)|firms?|enterprises?|employers?|units?|factor(?:y|ies)|bosses?)\b/i;

/** A topic answered for a region that applies the national text as is (Jiangxi: ruling 9), from that text alone, when
 * the region's own rule is asked: the answer says first that the region's text sets none of its own. */
function ownTextAsked(text: string, a: AskResult, opts: AskOptions): AskResult {
  const adoption = a.region ? REGION_CONFIG[a.region].adoption : undefined;
  if (a.matched !== 'curated' || a.kind !== 'topic' || !adoption || a.regions || !isEnglish(text) || !OWN_ASKED.test(text) || NOT_REGION_OWN.test(text)) return a;
  if (!a.citations.every((c) => c.policy === 'national-2020-96' || (c.policy === adoption.policy && c.clause === adoption.clause))) return a;
  return { ...a, answer: t(opts.locale, `qa:ownTextSilent.${a.region}`) + a.answer };
}

/** The detail the question asks of its answer's region (src/qa/askedDetail.ts): the sentence of that region's text
 * carrying the question's own words is quoted with the answer; a term the region's text never uses gets its silence
 * said before the answer, which is then what the text says nearby, not an answer about the term. Chinese answers for
 * one region. */
function withAskedDetail(text: string, a: AskResult, opts: AskOptions): AskResult {
  if (a.matched !== 'curated' || opts.locale !== 'zh-CN' || (a.regions?.length ?? 1) > 1) return a;
  const region = a.region ?? 'national';
  const d = askedDetail(text, region, a.answer, a.citations.map((c) => c.quote.replace(/\s+/g, '')), askedClause(text), a.kind !== 'topic');
  if (!d) return a;
  if (d.kind === 'show') return { ...a, answer: `${a.answer}\n${t(opts.locale, 'qa:detail.quote', { quote: shownPart(d.quote, d.words) })}` };
  // (the text's silence said first: what follows is what it says nearby, not written for the term asked)
  if (d.kind === 'silent') return { ...a, answer: `${t(opts.locale, 'qa:detail.silent', { term: d.term })}\n${a.answer}` };
  return { ...a, answer: `${a.answer}\n${t(opts.locale, 'qa:detail.quote', { quote: shownPart(d.citation.quote, d.words) })}`, citations: [...a.citations, d.citation] };
}

/** A long sentence shown by its parts (at ，；：) that hold the words asked; the citation keeps the whole sentence. */
function shownPart(sentence: string, words: readonly string[]): string {
  if ([...sentence].length <= 90) return sentence;
  const parts = sentence.split(/(?<=[，,；;：:])/u);
  const kept = parts.filter((p) => words.some((w) => p.includes(w)));
  return kept.length ? kept.join('……').replace(/[，,；;：:]$/u, '') : sentence;
}

/** A topic answered unsurely (under UNSURE) on one n-gram of its own at most (答辩的时候… → 的时 → schedule) is a guess:
 * refused. (A word of the topic's own in English, as ownEnglishWord judges it, is evidence enough.) */
function weakTopic(text: string, a: AskResult, opts: AskOptions, m: Model): AskResult {
  if (a.matched !== 'curated' || a.kind !== 'topic' || a.confidence >= UNSURE || !a.id || routedByFacts.has(a)) return a;
  // (topics the question's facts or cues lead to, not its words: 没有证书 → junior_skill, 农艺师 → series)
  if (ENGINE_TOPICS.has(a.id) || a.id === 'series') return a;
  if (m.classifier.support(classifierText(text), a.id).length > 1 || englishOwnWord(text, a.id, m)) return a;
  return refusal(opts.locale, opts, a.confidence);
}

/** A green-channel list given for an award it does not name (南昌市技术能手 in 96号's list) is no answer for it: the
 * reply says the list does not name it, with no citation. */
function withUnlistedAward(text: string, a: AskResult, opts: AskOptions): AskResult {
  if (a.matched !== 'curated' || (a.id !== 'green_list' && a.id !== 'green_competition')) return a;
  const award = unlistedAward(text, a.answer);
  if (!award) return a;
  return { answer: t(opts.locale, 'qa:awardNotListed', { award }) + whoToAsk(opts.locale, opts), citations: [], confidence: a.confidence, matched: 'none', kind: 'not_covered' };
}

/** A topic answered unsurely (under UNSURE) whose asking clause, read alone, is surely another intent (at least
 * CLAUSE_SURE, with words of that intent's own): the clause is what is asked (…去考技能等级，能领补贴不 is about
 * subsidies), answered for the regions the whole question named. */
export const UNSURE = 0.6;
export const CLAUSE_SURE = 0.9;
/** Topics an engine answer adds itself when asked alongside (withDocuments), or that the engine answers better. */
const ALONGSIDE_ENGINE = new Set(['materials', 'award_proof', 'years_counting', 'same_specialty', 'annual_review']);
function askedLast(text: string, a: AskResult, opts: AskOptions, m: Model): AskResult {
  // Unsure of the whole question (no topic at all): the asking clause, read alone, may still be surely one topic of
  // its own words (有职称的技术员，准备考技能等级，近三年考核要求合格吗): the context before it blurred the reading.
  if (a.matched === 'none' && a.kind === 'unknown') {
    const clause = askedClause(text);
    return clause && !/[a-z]{3}/i.test(clause) ? contextOnly(clause, a, opts, m) : a;
  }
  if (a.matched !== 'curated' || (a.regions?.length ?? 1) > 1 || routedByFacts.has(a)) return a;
  // The engine's answer too, when the asking clause names no facts and no level of its own (…去考高级工，给不给补贴):
  // the facts before it are context.
  const engine = a.kind === 'engine';
  if (!engine && a.kind !== 'topic') return a;
  const clause = askedClause(text);
  // (English is split at its spaces: one word alone, "opinion?", is no asking clause)
  if (!clause || (/[a-z]{3}/i.test(clause) && !/\p{Script=Han}/u.test(clause) && !/\s/.test(clause.trim()))) return a;
  // A topic answered surely, but on the context alone (有职称的技术员…，想考技能等级，年度考核有没有讲究): none of its own
  // words is in the asking clause, which read alone is decided for another topic of its own words: that one is asked.
  if (!engine && a.confidence >= UNSURE) {
    // (a condition before it, 不交论文的话 / 如果…, is part of what is asked, not context)
    return a.id && !/[a-z]{3}/i.test(clause) && !CONDITION.test(text) && !m.classifier.support(forClassifier(clause), a.id).length ? contextOnly(clause, a, opts, m) : a;
  }
  if (engine) {
    const own = understand(clause, { asOf: opts.asOf ?? FALLBACK_MONTH, awardsAsNamed: true });
    // (a level named in it, however read, is what it asks of: 高工要到什么时候才能报 asks the route's month)
    if (namesFacts(own) || own.targets?.length || own.readings?.some((r) => (r.what === 'skill' || r.what === 'title') && r.level)) return a;
    // (the years a route asks are the engine's to say: 有年限限制吗 asks of the route named before it)
    if (YEARS_ASKED.test(clause)) return a;
    // (and so is the month: 啥时候能报 after the facts asks when the route named opens, not this year's calendar)
    if (WHEN_ASKED.test(clause) && !CALENDAR.test(clause)) return a;
  }
  const features = forClassifier(clause);
  const sure = decide(m.classifier.predict(features), { threshold: CLAUSE_SURE, ambiguity: 0.1 });
  // (a topic or a not-covered one: an engine question read from one clause would lose the facts said before it)
  const kind = sure ? m.byId.get(sure.label)?.kind : undefined;
  if (!sure || sure.label === a.id || (kind !== 'topic' && kind !== 'not_covered') || !m.classifier.support(features, sure.label).length) return a;
  if (engine && (ENGINE_TOPICS.has(sure.label) || ALONGSIDE_ENGINE.has(sure.label))) return a;
  return answer(clause, { ...opts, ...(a.region ? { region: a.region } : {}) }, m);
}

const CONDITION = /的话|如果|要是|假如|假设|万一|若是/;

/** The years a route asks, asked (年限, 几年, 多少年, 多久): what the engine's line for the route says. */
const YEARS_ASKED = /年限|几年|多少年|多久|多长时间|how (?:many|long)\b.*\byears?\b/i;

/** The asking clause's own topic (surely, CLAUSE_SURE, on words of its own there), answered for the regions the
 * whole question named; else the answer as it was. */
function contextOnly(clause: string, a: AskResult, opts: AskOptions, m: Model): AskResult {
  const features = forClassifier(clause);
  const sure = decide(m.classifier.predict(features), { threshold: CLAUSE_SURE, ambiguity: 0.1 });
  const kind = sure ? m.byId.get(sure.label)?.kind : undefined;
  const own = sure ? m.classifier.support(features, sure.label).map((g) => g.trim()) : [];
  // (an answer that says the clause's words, 考核 in 注重操作技能考核, answers it already)
  if (!sure || sure.label === a.id || kind !== 'topic' || !own.length || own.some((g) => a.answer.includes(g))) return a;
  const b = answer(clause, { ...opts, ...(a.region ? { region: a.region } : {}) }, m);
  return b.matched === 'curated' && b.id === sure.label ? b : a;
}

/** An answer that lacks what the question asks for (a figure, a substitute, a contact: src/qa/keyAsk.ts) answers a
 * nearby question: refused, saying what the texts do not give, with no citation. */
function answersWhatIsAsked(text: string, a: AskResult, opts: AskOptions): AskResult {
  if (a.matched !== 'curated') return a;
  // (The lead naming a place with no text of its own, 香港…按全国文件, is not the answer speaking of that group.)
  const missing = uncoveredAsk(text, withoutPlaceLead(a.answer, opts.locale), a.kind !== 'topic');
  if (!missing) return a;
  return { answer: t(opts.locale, `qa:none.uncovered.${missing.kind}`, { ...missing }) + whoToAsk(opts.locale, opts), citations: [], confidence: a.confidence, matched: 'none', kind: 'not_covered' };
}

/** The answer without the lead-in naming a place that has no text of its own (qa:prefix.elsewhere). */
function withoutPlaceLead(answer: string, locale: Locale): string {
  const [before, after] = t(locale, 'qa:prefix.elsewhere', { place: '\u0000' }).split('\u0000');
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return after === undefined ? answer : answer.replace(new RegExp(`^${esc(before)}[^\\n]{1,40}?${esc(after)}`), '');
}

function answer(question: string, opts: AskOptions, m: Model): AskResult {
  // (English typos mended before the understanding's own readings of words, national-level among them)
  const read0 = normalizeText(question);
  const mended = englishSpelling(read0, m);
  const text = englishSpelling(fixSlips(mended === read0 ? read0 : normalizeText(mended)), m);
  if (!/[\p{L}\p{N}]/u.test(text)) return refusal(opts.locale, opts, 0);
  const named = withNationalText(text, placesNamed(text, opts.region), opts.region);
  const regions: (Region | undefined)[] = named.length ? named.map((x) => x.region) : [opts.region];
  const lead = leadFor(opts.locale, named.find((x) => x.region === 'national' && x.fallback)?.place);
  // An award word a region's name comes with (江西省技术能手, asked in Sichuan) is that region's award, not the asker's.
  const ownAward = awardRegion(text);
  const readRegion = ownAward ?? regions[0];
  const readAs = (s: string, region: Region | undefined): QAUnderstanding => withEnglishNoTitle(s, withEnglishYears(s, withEnglishAwards(s, withEnglishRoute(s, withEnglishTargets(s, wantedAfterHeld(questionFacts(understand(s, { asOf: opts.asOf ?? FALLBACK_MONTH, awardsAsNamed: true, ...(region ? { region } : {}) }), s), s))))));
  const read = (s: string): QAUnderstanding => readAs(s, readRegion);
  // "技师能评工程师，那工程师能评技师吗": a last clause after 那 naming its own level and the level wanted is the question.
  const then = THEN_CLAUSE.exec(text);
  const asked = then ? read(then[1]) : undefined;
  const u = asked && namesFacts(asked) && asked.targets?.length ? asked : read(text);

  // Only intents that answer for the regions asked compete (a Jiangxi-only topic is no answer in Liaoning).
  // Their probabilities are renormalised over those that compete: a question a Jiangxi-only topic takes in its own
  // region is, in Suzhou, between the topics that can answer there.
  // (an HR department's part in the work asked, 县人社局…负责哪些, is no local office's matter: nc_local does not compete)
  const roleOnly = ROLE_CUE.test(text);
  const readingOf = (features: string) => {
    const ranked = m.classifier.predict(features);
    const served = ranked.filter((x) => {
      const it = m.byId.get(x.label);
      return !it || (regions.some((r) => servesRegion(it, r)) && !(roleOnly && x.label === 'nc_local'));
    });
    const mass = served.reduce((sum, x) => sum + x.p, 0);
    const preds: Prediction[] = mass > 0 ? served.map((x) => ({ label: x.label, p: x.p / mass })) : served;
    const known = m.classifier.known(features);
    // Torn between the engine and a topic it stands for (破格评啥: eligibility or the green list), the two agree on what
    // is asked: the topic, unless the question names facts the engine can compute from (then the engine, below).
    const pair = preds.length > 1 && [preds[0], preds[1]].some((x) => m.byId.get(x.label)?.kind === 'engine')
      ? [preds[0], preds[1]].find((x) => ENGINE_TOPICS.has(x.label)) : undefined;
    const torn = pair && preds[0].p + preds[1].p >= 0.8 ? { label: pair.label, p: preds[0].p + preds[1].p } : undefined;
    const alone = known >= KNOWN_MIN ? decide(sameAnswers(paperInstead(preds, text, regions, m), regions, m)) : undefined;
    const decided = known >= KNOWN_MIN ? alone ?? torn : undefined;
    return { features, ranked, preds, known, torn, alone, decided };
  };
  // English the model decides nothing for is read again with the Chinese its own domain words are said with
  // (englishGloss.ts: thesis → 论文, field → 领域, based on → 依据): what the Chinese phrasings taught decides then.
  // Only then, and only when that reading decides: a question the English alone decides keeps its reading.
  const plain = readingOf(classifierText(text));
  const withGloss = plain.decided ? undefined : withOwnGloss(plain.features);
  const reread = withGloss && withGloss !== plain.features ? readingOf(withGloss) : undefined;
  const { features, ranked, preds, torn, alone, decided } = reread?.decided ? reread : plain;
  // (decided only as the pair's sum: the question naming facts and asking what they open is the engine's, below)
  const tornOnly = !alone && !!torn && decided === torn;
  // A confident guess from question words alone (火星上有什么 → 有什么 → 待遇) is no answer: the question must share
  // something distinctive with the intent's phrasings.
  // (The engine's intent is the exception: its evidence is the facts the question names, checked below.)
  const decidedIntent = decided ? m.byId.get(decided.label) : undefined;
  // In English, a word the model itself puts the topic first for counts too (papers: a word too many intents' phrasings
  // have for support's share, yet the paper topic's own when read alone).
  const top = decided && (decidedIntent?.kind === 'engine' || m.classifier.support(features, decided.label).length
    || (decidedIntent?.kind === 'topic' && englishOwnWord(text, decided.label, m))) ? decided : undefined;
  // (false documents named: the fraud topic, not the documents to bring)
  const intent0 = top && fakeDocuments(text, top.label) && m.byId.get('fraud') ? m.byId.get('fraud') : top ? m.byId.get(top.label) : undefined;
  // Which text a place follows, asked of regions that have a text of their own (江西按哪个文件执行): that text and what
  // it was made on, not the answer for places the texts do not cover.
  const ownTexts = named.length > 0 && named.every((x) => !x.fallback && x.region !== 'national');
  // And which text is followed, in so many words (四川按哪个文件执行贯通), between the basis and another topic: the basis.
  const basisAsked = BASIS_ASKED.test(text) && (preds[0]?.p ?? 0) < UNSURE && preds.slice(0, 2).some((x) => x.label === 'basis_document');
  const intent = ((intent0?.id === 'region_not_covered' && ownTexts) || (basisAsked && intent0?.kind !== 'engine')) && m.byId.get('basis_document') ? m.byId.get('basis_document') : intent0;
  const p = preds[0]?.p ?? 0;

  // A subject no text speaks of (leave from work, 落户): refused, whatever topic or facts it shares words with.
  // (a level said to open for the facts named, when does the engineer title open for me, is the engine's month)
  const factsNamed = namesFacts(u);
  const subject = uncoveredSubject(text, factsNamed);
  if (subject && !(subject.intent === 'nc_dates' && levelOpensAsked(text) && factsNamed)) {
    if (subject.intent && m.byId.get(subject.intent)) return refusal(opts.locale, opts, p, subject.intent, 'not_covered', m);
    return { answer: t(opts.locale, `qa:notCovered.${subject.subject}`) + whoToAsk(opts.locale, opts), citations: [], confidence: round(p), matched: 'none', kind: 'not_covered' };
  }
  // Money, or an English question about something no intent knows: not in the texts.
  if (MONEY_CUE.test(text)) {
    // (the ranking over every intent, before the regions' filter: the classifier is not run again)
    const money = ranked.find((x) => MONEY_INTENTS.includes(x.label));
    if (money) return refusal(opts.locale, opts, money.p, money.label, 'not_covered', m);
  }
  if (FRAUD_CUE.test(text) && intent?.id !== 'fraud' && m.byId.get('nc_practical')) return refusal(opts.locale, opts, p, 'nc_practical', 'not_covered', m);
  // Fraud found and what befalls it (造假咋处理, 弄虚作假怎么处置) is the fraud topic's, however practical the asking
  // words (处理, 处置) sound: its words are its own, the topic is near the top.
  const fraud = m.byId.get('fraud');
  if (fraud && FALSE_CUE.test(text) && intent?.id !== 'fraud' && intent?.kind !== 'engine' && preds.slice(0, 3).some((x) => x.label === 'fraud')) {
    const a = topicAnswer(fraud, regions, opts.locale, preds.find((x) => x.label === 'fraud')!.p, u, lead);
    if (a) return byFacts(a);
  }
  // Which is easier, better, worth more (哪个系列最好评, 评哪个最划算): subjective, whatever topic its words name.
  if (RANKED.test(text) && intent?.kind !== 'engine' && m.byId.get('nc_subjective')) return refusal(opts.locale, opts, p, 'nc_subjective', 'not_covered', m);
  if (TAX_CUE.test(text) && m.byId.get('nc_tax')) return refusal(opts.locale, opts, p, 'nc_tax', 'not_covered', m);
  // A judgement or a recommendation asked (哪个更容易, which is easier, 哪个培训机构好): no text ranks or recommends
  // anything, whatever topic the other words name (…engineering series or arts and crafts series). Off-topic ones
  // (哪家火锅好吃) keep the plain refusal.
  const judged = judgementAsked(text);
  if (judged && m.byId.get(preds[0]?.label ?? '')?.kind !== 'off_topic') {
    if (judged === 'provider') return { answer: t(opts.locale, 'qa:a.dev10.provider') + whoToAsk(opts.locale, opts), citations: [], confidence: round(p), matched: 'none', kind: 'not_covered' };
    if (m.byId.get('nc_subjective')) return refusal(opts.locale, opts, p, 'nc_subjective', 'not_covered', m);
  }
  // Eligibility: the classifier says so, or the question names what one holds and asks what it opens. An award stated
  // with nothing asked (苏州 省级二类技能竞赛拿了第一名) asks what it opens, as it would in the interview.
  // (an award named with the green channel asked of it, 特殊津贴…有绿色通道吗: what it opens)
  const cue = ELIGIBILITY_CUE.test(text) || (!!u.awards?.length && (GREEN_ASKED.test(text) || AWARD_FOLLOW_UP.test(text))) || (!!routeAsked(u) && ROUTE_YEARS_ASKED.test(text)) || routeMonthAsked(u, text) || asksMore(text) || englishRouteAsk(text, u) || (!!u.awards?.length && awardCounts(text)) || (!!u.awards?.length && !isPolicyQuestion(text))
    // (an award and the level it opens named, with what proves it asked: 大赛前6名直接报助工 拿什么证明名次)
    || (!!u.awards?.length && !!u.targets?.length && DOCS_CUE.test(text));
  if (PERK_CUE.test(text) && intent && PERK_TOPICS.has(intent.id) && m.byId.get('nc_perks')) return refusal(opts.locale, opts, p, 'nc_perks', 'not_covered', m);
  if (((ISSUE_WAIT_CUE.test(text) && !u.targets?.length && intent?.kind !== 'engine') || HANDLING_CUE.test(text) || REVIEW_DETAIL_CUE.test(text))
    && m.byId.get('nc_practical')) {
    return refusal(opts.locale, opts, p, 'nc_practical', 'not_covered', m);
  }
  if (RESULT_WAIT_CUE.test(text) && intent?.kind !== 'engine' && m.byId.get('nc_results')) return refusal(opts.locale, opts, p, 'nc_results', 'not_covered', m);
  if (HELD_WHEN_CUE.test(text) && intent?.id !== 'schedule' && intent?.kind !== 'engine' && m.byId.get('nc_dates')) return refusal(opts.locale, opts, p, 'nc_dates', 'not_covered', m);
  // The annex named with a trade or a specialty (is a hairdresser in the annex, 附件里有没有钳工): the annex's row, or
  // that it lists no such trade, whatever topic the other words resemble (engineering titles → series).
  if (ANNEX_CUE.test(text) && findInAnnex(text).kind !== 'none') return annexAnswer(text, regions, opts.locale, top?.p ?? p, lead);
  // A city's own arrangements: not in the region's text (the facts named and asked what they open are the engine's).
  if (cityPractice(text) && intent?.kind !== 'annex' && !(cue && factsNamed && (u.targets?.length || u.awards?.length))
    && m.byId.get('nc_local')) {
    return refusal(opts.locale, opts, p, 'nc_local', 'not_covered', m);
  }
  // Computed answers rest on facts read from the question; a topic's rests on words, which must be known ones.
  // (an award read and asked what it opens is a fact read, whatever words around it the intents do not know)
  const computed = intent?.kind === 'annex' || (intent?.kind === 'engine' && factsNamed) || (cue && !!u.awards?.length && (awardCounts(text) || !!u.targets?.length));
  const english = /[a-z]{3}/i.test(text) && !/\p{Script=Han}{4}/u.test(text);
  if (!computed && english && offDomainEnglish(text, m)) return refusal(opts.locale, opts, p);
  if (english && intent?.kind === 'topic' && !(cue && factsNamed) && !ownEnglishWord(text, intent.id, m)) return refusal(opts.locale, opts, p);
  // In English the engine answers what is asked of the facts (can I apply, which title, a level wanted), not any
  // sentence that names a level ("how many people got the senior engineer title last year").
  if (english && intent?.kind === 'engine' && !cue && !u.targets?.length && !u.awards?.length) return refusal(opts.locale, opts, p);
  // Something the texts do not cover, close behind (报名费, 考场, 截止): never answered with a nearby rule instead.
  // Their probabilities add up: 啥时候能出结果 is as much about dates as about results, and not about the rule.
  // (an HR department's part in the work asked is no local office's matter: ROLE_CUE)
  const roleAsked = ROLE_CUE.test(text);
  const near = preds.slice(0, 5).filter((x) => m.byId.get(x.label)?.kind === 'not_covered' && m.classifier.support(features, x.label).length > 0
    && !(roleAsked && x.label === 'nc_local'));
  // A question naming facts and asking what they open is refused so only when the classifier decides on not-covered.
  // (When the not-covered topics together outweigh the engine, the facts named are context, not what is asked:
  // 我的技师证泡水了，能补一个吗.)
  const nearSum = near.reduce((sum, x) => sum + x.p, 0);
  const engineP = preds.find((x) => m.byId.get(x.label)?.kind === 'engine')?.p ?? 0;
  // An award or a level asked for is what the engine computes, whatever else the words resemble (世赛金牌能到正高吗).
  const asksRoute = !!(u.awards?.length || u.targets?.length) || (intent?.kind !== 'topic' && asksOtherLadder(u, text));
  const computable = cue && factsNamed && (asksRoute || engineP >= nearSum);
  const uncovered = nearSum >= NOT_COVERED_NEAR ? near[0] : undefined;
  // A team event's place asked what it opens (三人赛项第二名…能评副高不): the text's team ranks say it, computed below.
  const teamSize = u.awards?.length ? undefined : teamSizeIn(text);
  const teamAsked = !!teamSize && (cue || !!u.targets?.length);
  if (uncovered && !computable && !teamAsked && intent?.kind !== 'not_covered' && !(intent?.kind === 'engine' && (top?.p ?? 0) >= 0.8)) {
    return refusal(opts.locale, opts, uncovered.p, uncovered.label, 'not_covered', m);
  }
  // A level held and a level asked for (高级工 → 助理级, 工程师 → 技师, 副高 → 正高) is the engine's question
  // whatever topic it resembles among those the engine answers better.
  // So is an award named with what it opens asked (享受国务院特殊津贴能破格评什么).
  // And annual reviews said passed or failed alongside the levels held are a fact given, not the topic asked.
  // (An award asked about for a skill level, 科技奖能直接考技能等级吗, is the direct skill route, which no rule row holds.)
  const awardAsked = !!u.awards?.length && (intent?.id !== 'direct_skill' || !!u.targets?.some((x) => x.kind === 'title')
    || opensTitle(u, regions, opts.asOf ?? FALLBACK_MONTH));
  const across = cue && factsNamed && (awardAsked || (!!u.targets?.length && !!(u.skills?.length || u.titles?.length || u.qualifications?.length))
    || (intent?.id === 'annual_review' && u.annualReviewsPassed !== undefined)
    // (the topic of levels below 高级工 is no answer to someone holding a title or 高级工 and up)
    || (intent?.id === 'junior_skill' && heldFromStart(u)));
  // An award named and asked what it opens overrides any topic it resembles (非遗传承人 is no question about series).
  // A not-covered intent decided over an award or a level asked for is the words' resemblance, not what is asked
  // (…workshop, what title could I go for; 世赛金牌能到正高吗): not a subjective or practical question.
  // (The direct skill route asked with a title and no level or award named is that topic's, not a route the engine has.)
  const directAsked = intent?.id === 'direct_skill' && !u.targets?.length && !u.awards?.length;
  // A topic of one direction (its data's `direction`) is no answer to a route named the other way (副高职称考高级技师，
  // 年限有啥区别 is no question of the title levels' conditions): the engine computes the route named.
  const routeDir = routeAsked(u);
  const otherWay = intent?.kind === 'topic' && !!intent.direction && !!routeDir && routeDir !== intent.direction;
  // A topic for those without a title (技术员, 没有职称) is no answer to someone naming a title it does not cover.
  // (A 专业技术职业资格 too, where the region's rows take it in place of the title.)
  const premiseOff = intent?.id === 't2s_no_title' && (!!u.titles?.some((x) => titleRank(x.level) >= titleRank('assistant'))
    || (!!u.qualifications?.length && regions.some((r) => takesQualification(r ?? 'national'))))
    // (the qualification exams topic is of a qualification wanted: held, with a skill level wanted, it is the route)
    || (intent?.id === 'professional_qualification' && !!u.qualifications?.length && !!u.targets?.some((x) => x.kind === 'skill'));
  // (an award named and asked what it is good for, 天府工匠能干嘛, is no small talk about what the assistant can do)
  const awardUse = awardAsked && intent?.kind === 'off_topic' && awardCounts(text);
  const engineFirst = !directAsked && (intent?.kind === 'engine' || otherWay || awardUse || (computable && asksRoute && intent?.kind === 'not_covered')
    || (cue && intent?.id === 'treatment' && notTreatment(u, text)) || (cue && factsNamed && (!intent || intent.kind === 'topic'
    && (((top?.p ?? 0) < 0.8 || across || tornOnly) && ENGINE_TOPICS.has(intent.id) || premiseOff || awardAsked))));
  // A skill holder asking for the next skill level is asking about 晋级 (the engine offers it to title holders only).
  const skillUp = !!u.targets?.length && u.targets.every((x) => x.kind === 'skill') && !!u.skills?.length && !u.titles?.length;
  const upgrade = m.byId.get('upgrade');
  if (skillUp && upgrade && intent && (intent.kind === 'engine' || intent.id === 'upgrade' || ENGINE_TOPICS.has(intent.id))) {
    const a = topicAnswer(upgrade, regions, opts.locale, top?.p ?? p, u, lead);
    if (a) return a;
  }
  // A title series other than engineering named (农艺师, 工艺美术, arts and crafts): which series the text opens is
  // the answer, before any route within engineering.
  const seriesIntent = m.byId.get('series');
  // (a topic decided unsurely on other words, 四川贯通包括群众文化吗 → the schedule's 群众文化 sentence, gives way too)
  if (seriesIntent && (SERIES_CUE.test(text) || u.targets?.some((x) => x.kind === 'title' && x.series && x.series !== 'engineering'))
    && (!intent || intent.kind === 'engine' || ENGINE_TOPICS.has(intent.id) || intent.id === 'series' || (intent.kind === 'topic' && (top?.p ?? 0) < 0.8))) {
    const a = topicAnswer(seriesIntent, regions, opts.locale, top?.p ?? p, u, lead);
    if (a) return a;
  }
  // A team event's place with no contest read (三人赛项拿了第三名): the team ranks the region's text sets.
  if (teamSize && (!intent || intent.kind === 'engine' || ENGINE_TOPICS.has(intent.id) || (teamAsked && intent.kind === 'not_covered'))) {
    const lines = teamEventLines(teamSize, regions.map((r) => r ?? 'national'), u.targets ?? [], opts.locale);
    if (lines) {
      const body = lines.map((l) => lead(regions[regions.map((r) => r ?? 'national').indexOf(l.region)]) + asLine(l.text, opts.locale)).join('\n');
      const citations: AskCitation[] = [];
      for (const l of lines) for (const c of glossed(withAdoption(l.citations, l.region), opts.locale, l.text)) if (!citations.some((x) => x.quote === c.quote)) citations.push(c);
      return { answer: body, citations, confidence: round(top?.p ?? p), matched: 'curated', id: 'eligibility', kind: 'engine', region: regions[0], ...(regions.length > 1 ? { regions: lines.map((l) => l.region) } : {}) };
    }
  }
  // 正高 asked where no route of the text leads there (重庆): the text's silence and its highest routes, not "cannot".
  const fullSenior = m.byId.get('s2t_full_senior');
  if (engineFirst && fullSenior && u.targets?.length && u.targets.every((x) => x.kind === 'title' && x.level === 'full_senior')
    && regions.every((r) => beyondLadder(u.targets!, r ?? 'national'))) {
    const a = topicAnswer(fullSenior, regions, opts.locale, top?.p ?? p, u, lead);
    if (a) return a;
  }
  if (engineFirst) {
    const said = u === asked && then ? then[1] : text;
    const a = engineAnswer(u, regions, opts, top?.p ?? p, lead, ownAward ? undefined : (r) => readAs(said, r));
    if (a) return withConditions(withDocuments(a, text, u, regions, opts.locale, m), u, regions, opts.locale, m);
    // An award the region's text gives no title for, asked with the skill ladder (省科技进步奖…考技能等级有啥优待):
    // the direct skill route, which is where such awards lead (四川 附件2). Routed by the facts, not the words.
    const award = u.awards?.[0];
    const direct = m.byId.get('direct_skill');
    if (award && direct && !u.skills?.length && !u.titles?.length && !u.targets?.some((x) => x.kind === 'title')
      && (SKILL_LADDER_ASKED.test(text) || u.targets?.some((x) => x.kind === 'skill'))) {
      const d = topicAnswer(direct, regions, opts.locale, top?.p ?? p, u, lead);
      if (d) return byFacts(d);
    }
    const list = award ? m.byId.get(award.type === 'competition' ? 'green_competition' : 'green_list') : undefined;
    if (list && !u.skills?.length && !u.titles?.length) {
      const g = topicAnswer(list, regions, opts.locale, top?.p ?? p, u, lead);
      if (g) return g;
    }
    // Facts below what the texts start from (中级工, 初级工): the topic that says so.
    const junior = m.byId.get('junior_skill');
    if (junior && u.skills?.length) {
      const j = topicAnswer(junior, regions, opts.locale, top?.p ?? p, u, lead);
      if (j) return j;
    }
  }
  // No certificate at all (没有任何证书), asking whether a title is open: the texts start from 高级工, and the answer
  // that says so, whatever the classifier made of the rest.
  const juniorTopic = m.byId.get('junior_skill');
  // (A topic of the other direction decided, 没证能直接评技能等级吗: the skill ladder is asked, not a title.)
  // (A title asked for is the other way: 没有证书，能评工程师吗 names the skill ladder held, none.)
  const titleAsked = !!u.targets?.length && u.targets.every((x) => x.kind === 'title');
  if (juniorTopic && cue && u.skills && u.skills.length === 0 && !u.titles?.length && !u.awards?.length && (intent?.direction !== 'title_to_skill' || titleAsked)
    && (!intent || intent.kind === 'engine' || ENGINE_TOPICS.has(intent.id) || intent.id === 'education')) {
    // (证书 read as a skill certificate by the understanding, not a diploma: 没有学历证书 is the education topic's.)
    const j = topicAnswer(juniorTopic, regions, opts.locale, top?.p ?? p, u, lead);
    if (j) return j;
  }
  // Undecided between two topics, one of them who the text covers, asked in English in so many words (who is covered
  // by…, does it apply to me): that topic, not a refusal.
  const covers = !intent && english && WHO_COVERED.test(text) ? preds.slice(0, 2).find((x) => x.label === 'who_s2t') : undefined;
  const coversIntent = covers && m.byId.get(covers.label);
  if (covers && coversIntent && preds[0].p + preds[1].p >= 0.8) {
    const a = topicAnswer(coversIntent, regions, opts.locale, covers.p, u, lead);
    if (a) return a;
  }
  // Undecided between a local office's matter and the organisation clause, an HR department's part in the work asked
  // (县人社局在贯通工作里负责哪些, ROLE_CUE): the organisation clause, as when the local office's matter is decided.
  const roleTopic = !intent && roleAsked && preds.slice(0, 3).some((x) => x.label === 'nc_local') ? preds.slice(0, 3).find((x) => x.label === 'implementation') : undefined;
  const roleIntent = roleTopic && m.byId.get(roleTopic.label);
  if (roleTopic && roleIntent) {
    const a = topicAnswer(roleIntent, regions, opts.locale, roleTopic.p, u, lead);
    if (a) return byFacts(a);
  }
  // Undecided, the documents asked in so many words (which documents go in the file): the materials topic (the
  // award's proof with an award named) when the classifier has it among its first three.
  const docsNear = !intent && DOCS_CUE.test(text) ? preds.slice(0, 3).find((x) => x.label === 'materials' || x.label === 'award_proof') : undefined;
  const docsIntent = docsNear && m.byId.get(u.awards?.length ? 'award_proof' : docsNear.label);
  if (docsNear && docsIntent) {
    const a = topicAnswer(docsIntent, regions, opts.locale, docsNear.p, u, lead);
    if (a) return a;
  }
  if (!intent) return refusal(opts.locale, opts, p);
  switch (intent.kind) {
    case 'annex':
      return annexAnswer(text, regions, opts.locale, top!.p, lead);
    case 'topic': {
      // A route topic of one direction (直接申报技能等级) asked for levels of the other ladder only (…直接报助理工程师):
      // not what is asked.
      if (ROUTE_TOPICS.has(intent.id) && intent.direction && u.targets?.length
        && u.targets.every((x) => (x.kind === 'title') !== (intent.direction === 'skill_to_title'))) return refusal(opts.locale, opts, p);
      // (top is undefined when the basis was taken over an undecided ranking: BASIS_ASKED)
      // The documents asked with an award named (世赛金牌报正高要交什么证明): what the text says the award is
      // recognised by (以证书或文件为准), or that it is silent, is the answer, not the standard route's materials.
      const proof = intent.id === 'materials' && (u.awards?.length || GREEN_CUE.test(text)) ? m.byId.get('award_proof') : undefined;
      const a = (proof && topicAnswer(proof, regions, opts.locale, top?.p ?? p, u, lead)) || topicAnswer(intent, regions, opts.locale, top?.p ?? p, u, lead);
      const b = (a && withInstead(a, intent, text, regions, opts.locale, u, m)) ?? a;
      return b ? withRoute(b, u, regions, opts, lead) : refusal(opts.locale, opts, p);
    }
    case 'not_covered': {
      // What an HR department has to do in this work (区里的人社部门负责什么) is the text's organisation clause, not a
      // local office's address or own practice.
      const implementation = m.byId.get('implementation');
      if (intent.id === 'nc_local' && implementation && roleAsked) {
        const a = topicAnswer(implementation, regions, opts.locale, top!.p, u, lead);
        if (a) return byFacts(a);
      }
      return refusal(opts.locale, opts, top!.p, intent.id, 'not_covered', m);
    }
    case 'engine': {
      // No certificate at all (没有证): the texts start from 高级工, and the answer that says so.
      const junior = m.byId.get('junior_skill');
      if (junior && u.skills && u.skills.length === 0 && !u.titles?.length && !u.awards?.length) {
        const j = topicAnswer(junior, regions, opts.locale, top!.p, u, lead);
        if (j) return j;
      }
      // A level asked for with nothing held (怎样才能评上工程师): the texts' routes to it.
      // A level denied held (还没拿到技师证) is asked about as what it would take, too.
      if (u.targets?.length && (HOW_CUE.test(text) || u.denied?.length)) {
        const asked = regions.map((r) => r ?? 'national');
        const lines = routeLines(u.targets, asked, opts.locale);
        const citations = lines.flatMap((l) => withAdoption(l.citations, l.region));
        if (citations.length) {
          const body = lines.map((l, i) => lead(regions[i]) + l.text).join('\n');
          return { answer: body, citations: glossed(citations, opts.locale, body), confidence: round(top!.p), matched: 'curated', id: intent.id, kind: 'engine', region: regions[0], ...(regions.length > 1 ? { regions: asked } : {}) };
        }
      }
      // 破格 / an award or a contest named that the understanding could not read: the region's green-channel list.
      const green = GREEN_CUE.exec(text);
      const list = green ? m.byId.get(/竞赛|大赛|比赛|赛项|名次|第.名|contest|competition|place\b|medal/i.test(text) ? 'green_competition' : 'green_list') : undefined;
      if (list) {
        const g = topicAnswer(list, regions, opts.locale, top!.p, u, lead);
        if (g) return g;
      }
      // The documents asked of a level with no facts named (for a worker applying for engineer, which certificate goes
      // in the file): the region's materials, not a request for facts.
      const docsTopic = DOCS_CUE.test(text) ? m.byId.get(u.awards?.length ? 'award_proof' : 'materials') : undefined;
      const docs = docsTopic && topicAnswer(docsTopic, regions, opts.locale, top!.p, u, lead);
      if (docs) return docs;
      // An eligibility question with no facts at all: ask for them (not an answer).
      return { answer: t(opts.locale, 'qa:elig.needFacts'), citations: [], confidence: round(top!.p), matched: 'none', id: intent.id, kind: 'engine' };
    }
    default:
      return refusal(opts.locale, opts, p);
  }
}

/** Topics that give the same answer in every region asked are one answer: the same text (外语 and 计算机: one sentence
 * answers both), or one resting only on sentences the other quotes too (竞赛获奖 as review content: the national
 * competition answer quotes one sentence of the achievements answer). Their probabilities add up under the likelier,
 * so a question on both is not refused as torn between them. */
const SAME_MIN = 0.02;
function sameAnswers(preds: Prediction[], regions: (Region | undefined)[], m: Model): Prediction[] {
  const answersOf = (label: string) => {
    const it = m.byId.get(label);
    return it?.kind === 'topic' ? regions.map((r) => answerFor(it, r)) : undefined;
  };
  const within = (a: Set<string>, b: Set<string>) => a.size > 0 && [...a].every((q) => b.has(q));
  const alike = (x: ReturnType<typeof answersOf>, y: ReturnType<typeof answersOf>) => !!x && !!y && x.every((a, i) => {
    const b = y[i];
    if (!a || !b) return false;
    if (a.key === b.key) return true;
    const qa = new Set(a.cite.map((c) => c.quote)), qb = new Set(b.cite.map((c) => c.quote));
    return within(qa, qb) || within(qb, qa);
  });
  const out: Prediction[] = [];
  const seen: ReturnType<typeof answersOf>[] = [];
  for (const x of preds) {
    // (Only the likelier ones can change what is decided; the tail is passed on as it is, at no cost.)
    if (x.p < SAME_MIN) { out.push(x); seen.push(undefined); continue; }
    const a = answersOf(x.label);
    const i = a ? seen.findIndex((b) => alike(a, b)) : -1;
    if (i >= 0) out[i] = { label: out[i].label, p: out[i].p + x.p };
    else { out.push(x); seen.push(a); }
  }
  return out.sort((a, b) => b.p - a.p);
}

/** When asked (最早什么时候, 要等到哪年哪月, 最快好久, when is the earliest), not this year's calendar (每年, 今年的申报时间, 截止). */
const WHEN_ASKED = /什么时候|啥时候|啥子时候|哪年|哪一年|哪个月|几月|几年几月|最早|最快|何时|几时|好久|多会|申报时间|\bwhen\b|\bearliest\b|\bwhich (?:month|year)\b|\bwhat (?:month|year|date)\b/i;
const CALENDAR = /每年|每一年|今年|明年|年度申报|截止|报名时间|受理时间|开始(?:受理|申报|报名)|\bdeadline|\bthis year\b|\bevery year\b|\beach year\b/i;
/** A route named with what to count it from (a level held since a month, or the years worked) and when asked: the
 * month the engine computes (高级工证2026年1月刚拿到手，助理级最快什么时候; 中级职称最早可申报时间是？). */
function routeMonthAsked(u: QAUnderstanding, text: string): boolean {
  const dated = !!(u.skills?.some((x) => x.since) || u.titles?.some((x) => x.since) || u.workYears !== undefined);
  return dated && !!routeAsked(u) && WHEN_ASKED.test(text) && !CALENDAR.test(text);
}

/** The direction of the route a question names: a level held on one ladder and only levels of the other asked for. */
function routeAsked(u: QAUnderstanding): 'skill_to_title' | 'title_to_skill' | undefined {
  const targets = u.targets ?? [];
  if (!targets.length || u.awards?.length) return undefined;
  const skills = !!u.skills?.length, titles = !!(u.titles?.length || u.qualifications?.length);
  if (targets.every((x) => x.kind === 'title') && skills && !titles) return 'skill_to_title';
  if (targets.every((x) => x.kind === 'skill') && titles && !skills) return 'title_to_skill';
  return undefined;
}

/** Whether the awards named open a title by a green channel in a region asked (中华技能大奖 does; 科学技术奖, which
 * opens a skill level directly, does not in Sichuan). */
function opensTitle(u: Understanding, regions: (Region | undefined)[], asOf: string): boolean {
  const got = factsFor(u, asOf, undefined);
  if (!got) return false;
  try {
    return eligibilityLines({ ...u, targets: [] }, { ...got.facts, skills: [], titles: [] }, regions.map((r) => r ?? 'national'), asOf, 'zh-CN')
      .some((l) => l.paths.some((p) => p.route === 'green_channel'));
  } catch {
    return false;
  }
}

/** A title series other than engineering (the texts name 农业, 工艺美术, 文物博物, 实验技术, 艺术, 体育, 技工院校教师). */
const SERIES_CUE = /农业系列|农艺师|畜牧师|兽医师|工艺美术|文物博物|文博|群众文化|实验技术|实验师|艺术系列|体育系列|技工院校教师|(?:技工院校|技工学校|技校)(?:的|里的)?(?:老师|教师)|\bagricultur|arts and crafts|cultural relics|mass culture|laboratory technolog|\bsports series|\bart series|technical school teachers?\b|\bteach(?:ers?|ing) (?:at|in|of) (?:a )?technical schools?\b/i;

/** Asking in English who a text covers (who is covered, who does it apply to, am I covered). */
const WHO_COVERED = /\bwho (?:is|are|gets?) (?:covered|included|eligible)\b|\bwho (?:does|do|can) (?:it|this|the [\w-]+(?: [\w-]+)?) (?:apply to|cover)\b|\b(?:am i|are we|is my \w+) covered\b/i;

/** The annex itself named (附件, 目录, annex, the list of trades). */
const ANNEX_CUE = /附件|目录|对照表|\bannex\b|\bappendix\b|\bcatalog(?:ue)?s?\b|\b(?:list|table|catalogue|directory|index) of (?:trades|occupations|jobs)\b|\b(?:trade|occupation|job)s? (?:list|table|directory|index)\b/i;

/** Words of the green channel: 破格, applying directly, an award, a title of honour, a contest's place. */
const GREEN_CUE = /破格|绿色通道|快车道|直通车|直接(申报|评|报)|技术能[手首]|工匠|技能大师|技能大奖|劳模|劳动模范|竞赛|大赛|比赛|世赛|国赛|省赛|教练|非遗|传承人|特殊津贴|工作室|\bdirectly\b|green channel|\btalent\b|craftsm[ae]n|skill master|technical expert|allowance|studio|heritage|model worker|\bcontest\b|\bcompetition\b|\bmedal\b|\baward\b|\b(1st|2nd|3rd|\d+th) place\b/i;

/** The green channel itself asked about (有绿色通道吗, 能破格吗, a fast track): of an award named, what it opens. */
/** 那省级二类竞赛第一名呢, 要是国赛第三名呢: a follow-up naming only another award or result asks what that one opens. */
const AWARD_FOLLOW_UP = /^(?:那|那么|那要是|那如果|要是|如果|换成)[^，,。？?!！]{2,30}?呢(?:[？?。!！]|\s|$)/;
/** 工程师考技师 四川跟辽宁年限有啥区别: the years of a route named (a level held, one of the other ladder wanted) asked. */
const ROUTE_YEARS_ASKED = /年限|年头|年数|几年|多少年|多久|多长时间|how (?:many|long)/i;
// (in English also the usual route skipped: skip the normal path, bypass the years, a shortcut)
const GREEN_ASKED = /绿色通道|快车道|直通车|破格|(?:跳过|跳|越过|绕过|免|不用等|不看|不受|不管|不论|不计)(?:掉)?(?:工作)?年限|年限(?:可以|能)?(?:免|不算|不要|不用)|\bfast[- ]track|\bgreen channel|\b(?:skip|bypass|jump|get around|go around|sidestep)(?:ping)? (?:the |my )?(?:usual|normal|standard|regular|ordinary|whole)? ?(?:route|path|process|procedure|steps?|queue|line|wait|waiting|years?|requirements?|ladder)\b|\bshort-?cut\b|\bwithout the (?:usual|normal|standard) (?:years?|route|path|steps?|requirements?)\b/i;

/** The skill ladder asked about in general (考技能等级, 技能评价, skill level). */
const SKILL_LADDER_ASKED = /技能等级|技能评价|职业技能|技能鉴定|技能证|\bskill (?:level|evaluation|assessment|grade|certificate)s?\b/i;

/** Answers the question's facts led to (an award named), not its words: the asking clause is not read again for a
 * topic of its own (askedLast, weakTopic), which would lose the facts said before it. */
const routedByFacts = new WeakSet<AskResult>();
function byFacts(a: AskResult): AskResult {
  routedByFacts.add(a);
  return a;
}

/** An HR department's part in the work asked (人社局…管什么 / 负责什么 / 职责), not where it is or what it does on its own. */
const ROLE_CUE = /(?:人社局|人社部门|人力社保部门|人力资源(?:和)?社会保障(?:局|部门|厅)|人社厅)[^，,。？?]{0,10}?(?:管什么|管啥|管哪些|负责什么|负责啥|负责哪些|职责|承担什么|起什么作用|要做什么|要干什么|要干啥|(?:怎么|如何|咋)(?:指导|组织|推进|落实|抓))/;

/** Topics that are a route to levels of one ladder (their intent's direction). */
const ROUTE_TOPICS = new Set(['direct_skill', 'upgrade']);

/** Topics an eligibility question with facts is easily taken for (the engine answers them better). */
const ENGINE_TOPICS = new Set(['who_s2t', 't2s_general', 'green_list', 'green_competition', 's2t_full_senior', 'upgrade', 'direct_skill', 'junior_skill', 'years_counting', 'annual_review', 'region_not_covered']);

/** The intents nearest to a question, best first (for tests and for adding phrasings). */
export function rankIntents(question: string, n = 3, m: Model = model()): Prediction[] {
  return m.classifier.predict(forClassifier(question)).slice(0, n).map((x) => ({ label: x.label, p: round(x.p) }));
}
