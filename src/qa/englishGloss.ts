// An English question read through the Chinese phrasings' vocabulary too: the domain's English words (written from
// the texts and the topics' Chinese phrasings, not from any question asked) each with the Chinese words the texts and
// the Chinese phrasings say it with. When the model decides nothing for an English question (ask.ts's answer), the
// question is read again with the glosses of its own domain words appended (thesis → 论文, field → 领域, based on →
// 依据; the common ones, title → 职称, aside): what some 2,400 Chinese phrasings taught decides then, where the English
// phrasings alone are fewer. The model is trained as before (phrasings without glosses), so no Chinese answer and no
// English one the English alone decides moves. The levels' names come from the locale's own (ladder:skillName,
// ladder:titleName) through englishRoute.ts's EN_LEVELS; places are a placeholder already.
import { t } from '../i18n';
import { EN_LEVELS } from './englishRoute';

/** English word stems or phrases (read at a word's start, lower case; typos people make beside them) → Chinese. */
const DOMAIN: [string, string][] = [
  // the texts themselves
  ['documents?|docs?|files?|notices?|circulars?|opinions?|regulations?|measures', '文件'],
  ['polic(?:y|ies)|pol', '政策'],
  ['based on|basis|bases|according to|follows?|following|relies on|rests on|grounds?', '依据'],
  ['forward(?:s|ed|ing)?|relay(?:s|ed)?|transmit', '转发'],
  ['document numbers?|doc no|file numbers?|reference numbers?', '文号'],
  ['issu(?:er|ed by|ing office|ing body)|publish(?:ed|er)? by|which office', '印发'],
  ['old(?:er)?|earlier|previous|former|outdated', '以前 老政策'],
  ['dual[- ]?teacher|double[- ]?teacher', '双师'],
  ['expir|valid(?:ity)?|in force|effective until|lapse', '有效期 失效'],
  ['guiding|purpose|aims?|goals?|objectives?|why (?:was|is|did|does)', '指导思想 目的'],
  ['focus|priorit|key tasks?|main task', '重点'],
  ['principles?|principals?', '原则'],
  ['supervis|oversight|monitor|publici[sz]|propaganda|interpret', '监管 宣传'],
  ['competent departments?|departments? in charge|authorit(?:y|ies)|hr bureaus?|bureaus?', '主管部门 人社部门'],
  ['stages?|phases?|timetable|timeline|schedule|progress|steps? of the work', '阶段 进度安排'],
  ['pilot|trial', '试点'],
  ['industr|sectors?', '行业'],
  // who and what the policy is for
  ['fields?|areas?|domains?|realms?', '领域'],
  ['engineering|engineering[- ]technical', '工程技术 工程'],
  ['scope|applies to|apply to|applicable|covers?|covered|who can|who (?:is|are) eligible|who may|which people|whom', '适用 范围 哪些人'],
  ['take effect|took effect|came into (?:force|effect)|start(?:ed|s)? (?:applying|to apply)|effective (?:from|date|since)|in effect since|since when', '施行 实施'],
  ['front[- ]?line|shop[- ]?floor|production line|on the line|grassroots', '一线 生产一线'],
  ['skilled (?:workers?|talents?|people|personnel|staff)|workers?|high[- ]?skill(?:ed)?|highly skilled|skill talents?|tradesm[ae]n|craftsm[ae]n', '高技能人才 技能人才'],
  ['professionals?|technical (?:staff|personnel|people)|professional and technical|engineers and technicians', '专业技术人才 专业技术人员'],
  ['talents?|talented', '人才'],
  ['high[- ]?precision|cutting[- ]?edge|shortage|scarce|urgently needed|sophisticated', '高精尖缺 紧缺'],
  ['leading (?:skilled )?(?:talents?|workers?|people)|top talents?', '领军人才'],
  ['link(?:ed|ing|s)?|connect|through[- ]?evaluation|integrat|bridg|guantong|mutual recognition|interconnect', '贯通'],
  // titles and skills
  ['titles?|professional titles?|ranks?', '职称'],
  ['skill (?:levels?|grades?|certificates?|certs?|ratings?)|vocational skill|skill evaluation|skills? cert', '技能等级 职业技能等级'],
  ['certificates?|certs?|certificat', '证书'],
  ['series', '系列'],
  ['specialt(?:y|ies)|speciality|specialities|majors?|discipline', '专业'],
  ['same (?:specialty|speciality|field|major|line)|related (?:to (?:my|the|his|her) )?(?:specialty|speciality|field|major|trade|work|job)|match(?:es|ing)? (?:my|the|his|her|our) (?:job|work|trade|post|specialty|speciality|field|major)|specialty match|in line with (?:my|the) (?:job|work)|cross[- ](?:specialty|major|field)|different specialty', '对口'],
  ['upgrad|next level|level up|move up|promot(?:ion|ed) to the next', '晋级'],
  ['direct(?:ly)?|straight', '直接'],
  ['skip|exceptional|exception|break(?:ing)? the rules|fast[- ]?track|special route|special channel|without the years', '破格'],
  ['green channel|green route|green lane|green path', '绿色通道'],
  ['competitions?|contests?|tournaments?|championships?|skills? games|compet', '竞赛 大赛'],
  ['prizes?|awards?|medals?|honou?rs?|winners?|won|win|placed', '获奖 奖项'],
  ['ranking|ranked|top (?:three|five|six|ten)|first place|second place|third place', '名次'],
  ['prove|proof|evidence|verif|certify|recogni[sz]ed', '证明 认定'],
  // the review
  ['reviews?|evaluat|assess|apprais|judg', '评审 评价'],
  ['exams?|tests?|examination', '考试'],
  ['theory|theoretical|written (?:exam|test|part)', '理论'],
  ['exempt|waiv|excused|spared|no need to take|skip the', '免'],
  ['interviews?|defen[cs]e|oral|answer questions', '答辩'],
  ['committees?|review panels?|judging panels?|juries|jury|expert (?:pool|database|bank)|review board|sit on', '评委 评审委员会 专家库'],
  ['methods?|ways? of (?:evaluation|review|assessment)|forms? of|multiple ways|means of', '方式'],
  ['achievements?|accomplishments?|performance|contributions?|track record|work results', '业绩 成果'],
  ['patents?', '专利'],
  ['technical reports?|tech reports?|work reports?|project reports?', '技术报告'],
  ['construction methods?|work methods?|operating methods?', '工法 操作法'],
  ['papers?|thes[ie]s|articles?|publications?|dissertations?|essays?', '论文'],
  ['degrees?|diplomas?|education(?:al)?|schooling|graduat|college|university|academic', '学历'],
  ['foreign language|english|language test', '外语'],
  ['computers?|pc skills|it test', '计算机'],
  ['technical schools?|tech schools?|vocational schools?|technical colleges?|technician class', '技工院校'],
  ['ethic|moral|integrity|character|conduct|virtue', '职业道德 品德'],
  ['abilit|capabilit|competenc|capacity|level of skill', '能力'],
  ['standards?|criteria|criterion|requirements? for|bar|threshold', '标准'],
  ['lower(?:ed)?|relax|eas(?:ed|ier)|loosen|reduced', '降低 放宽'],
  ['annual (?:review|appraisal|assessment|evaluation)s?|yearly (?:review|appraisal|assessment)s?|appraisal results?', '年度考核'],
  ['count(?:ed|ing|s)?|calculat|start counting|add up|reckon', '算 计算'],
  ['years? of work|working years|years? required|how many (?:years|yrs)|yrs', '年限'],
  ['compulsory|mandatory|obligat|forced|must|required|voluntar', '强制 必须'],
  ['stay|remain|keep working', '留'],
  ['materials?|paperwork|forms?|what to bring|bring|prepare|supporting', '材料'],
  ['procedur|process|steps?|how (?:do|to) apply|where (?:do|to) apply|submit|sign up|register for', '流程 申报'],
  ['apply|application|applying|applied|declar|file for|filing', '申报'],
  ['enterprises?|compan(?:y|ies)|firms?|employers?|factor(?:y|ies)|businesses', '企业 单位'],
  ['on (?:its|their) own|themselves|independent|self[- ]', '自主'],
  ['separate group|separately|own group', '单独分组'],
  ['posts?|positions?|job grades?|sequences?|career ladders?', '岗位 序列'],
  ['management|managerial|administrative', '管理'],
  ['annual salar|equity|shares|stock|incentive|bonus', '年薪制 股权激励'],
  ['treatment|benefits?|equal (?:pay|status)|same pay|entitle', '待遇'],
  ['subsid|allowance|grant', '补贴'],
  ['qualification exams?|accountan|accounting|economist|licensed professional', '职业资格 会计 经济师'],
  ['access|licen[cs]e required|practice licen|by law', '准入'],
  ['local engineers?', '地方工程师'],
  ['continuing education|credit hours|study hours|cpd', '继续教育 学时'],
  ['training|trainings|courses?', '培训'],
  ['new (?:occupations?|jobs?)|emerging|new professions?|new trades?', '新兴职业 新职业'],
  ['no title|without (?:a |any )?title|untitled|no professional title', '没有职称'],
  ['junior worker|level (?:four|five|4|5)|entry level', '初级工 中级工'],
  ['fraud|fake|faking|falsif|cheat|forg|veto|lie|lying', '造假 弄虚作假 否决'],
];

const ESC_WORD = (s: string) => `(?<![a-z])(?:${s})`;
const TABLE: [RegExp, string][] = DOMAIN.map(([en, zh]) => [new RegExp(ESC_WORD(en), 'i'), zh]);

/** The levels' English names (englishRoute.ts) with their Chinese ones from the locale (ladder:skillName/titleName). */
let levels: [RegExp, string][] | undefined;
function levelTable(): [RegExp, string][] {
  levels ??= EN_LEVELS.map(([en, l]) => [new RegExp(`(?<![a-z])${en}(?![a-z])`, 'i'),
    t('zh-CN', l.kind === 'skill' ? `ladder:skillName.${l.level}` : `ladder:titleName.${l.level}`)] as [RegExp, string]);
  return levels;
}

/** Whether a text is English for glossing: words of three letters or more, no run of four Chinese characters. */
export const isEnglish = (s: string): boolean => /[a-z]{3}/i.test(s) && !/\p{Script=Han}{4}/u.test(s);

/** The Chinese words an English text's domain words are said with in the texts (each once, in the table's order);
 * empty for Chinese text. */
export function chineseGloss(text: string): string[] {
  if (!isEnglish(text)) return [];
  const out: string[] = [];
  const lower = text.toLowerCase();
  // (a level's name read first, and taken out: senior engineer is no engineering field)
  let rest = lower;
  for (const [re, zh] of levelTable()) {
    if (re.test(rest)) { out.push(zh); rest = rest.replace(new RegExp(re.source, 'gi'), ' '); }
  }
  for (const [re, zh] of TABLE) if (re.test(rest)) out.push(...zh.split(' '));
  return [...new Set(out)];
}

/** Glosses of the domain's common words (document, apply, title, review, skilled workers, exam, certificate…): every
 * topic's questions say them, so read alone they are no topic's own (ask.ts's ownEnglishWord reads the others). */
const COMMON = new Set('文件 政策 申报 职称 技能人才 高技能人才 专业技术人才 专业技术人员 人才 评审 评价 考试 证书 技能等级 职业技能等级 直接 企业 单位 算 计算 相关 工程 工程技术 证明 认定 获奖 奖项 标准 能力 方式 国家'.split(' '));

/** The glosses of a text's domain words that are not common ones (no level's name either): words a topic may own. */
export function ownGlosses(text: string): string[] {
  const levelNames = new Set(levelTable().map(([, zh]) => zh));
  return chineseGloss(text).filter((g) => !COMMON.has(g) && !levelNames.has(g));
}

/** The text with the Chinese glosses of its own domain words appended (unchanged when it has none). */
export function withOwnGloss(text: string): string {
  const g = ownGlosses(text);
  return g.length ? `${text} ${g.join(' ')}` : text;
}
