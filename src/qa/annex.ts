// Suzhou's annex (苏人保职〔2019〕28号 附件) both ways in people's words: a trade → its title specialty, a specialty →
// its trades, quoting the annex row that names them; a trade the annex does not list is said so, with the closest
// listed ones. The rows themselves are src/rules/data/suzhouAnnex.ts.
import { SUZHOU_ANNEX, SUZHOU_ANNEX_CITATION, type AnnexRow } from '../rules/data/suzhouAnnex';
import { POLICIES } from '../rules/policies';
import type { Citation } from '../rules/result';

/** How people name the work of a listed trade (搞防水的, 砌墙的, 开吊车的), longest first when matched. */
const ACTIVITY: [RegExp, string][] = [
  [/防水/, '防水工'], [/砌(墙|砖|筑)|瓦工|泥瓦/, '砌筑工'], [/混凝土|打灰/, '混凝土工'], [/钢筋/, '钢筋工'], [/架子|脚手架/, '架子工'],
  [/木工|木匠/, '手工木工'], [/电梯/, '电梯安装维修工'], [/空调(安装|维修)|装空调|修空调/, '制冷空调系统安装维修工'],
  [/中央空调/, '中央空调系统运行操作员'], [/楼宇/, '智能楼宇管理员'], [/制冷/, '制冷工'],
  [/电焊|焊接|氩弧焊|气焊|焊/, '焊工'], [/电工|电气/, '电工'], [/起重|吊车|装卸|行车/, '起重装卸机械操作工'], [/机床(装调|维修)|修机床/, '机床装调维修工'],
  [/模具/, '模具工'], [/铸造|翻砂/, '铸造工'], [/锻造|打铁/, '锻造工'], [/热处理|淬火/, '金属热处理工'], [/车床|车工/, '车工'],
  [/铣床|铣工/, '铣工'], [/钳工/, '钳工'], [/磨床|磨工/, '磨工'], [/冲压|冲床/, '冲压工'], [/线切割|电火花|电切削/, '电切削工'],
  [/修车|汽修|汽车维修|汽车修理/, '汽车维修工'],
  [/\bwaterproof/i, '防水工'], [/\bbricklay|\bmason/i, '砌筑工'], [/\bconcrete/i, '混凝土工'], [/\brebar|\bsteel fix/i, '钢筋工'],
  [/\bscaffold/i, '架子工'], [/\bcarpent|\bjoiner/i, '手工木工'], [/\belevator|\blift (mechanic|installer|repair|maintenance|technician|engineer)|\b(?:fix|repair|install|service|maintain)(?:ing|s)? lifts\b/i, '电梯安装维修工'],
  [/\bweld/i, '焊工'], [/\belectrician/i, '电工'], [/\bcrane|\bhoist/i, '起重装卸机械操作工'], [/\bmould|\bmold|\btool ?maker/i, '模具工'],
  [/\bcasting|\bfoundry/i, '铸造工'], [/\bforg(e|ing)/i, '锻造工'], [/\bheat treat/i, '金属热处理工'], [/\bturner|\blathe/i, '车工'],
  [/\bmill(er|ing)/i, '铣工'], [/\bfitter/i, '钳工'], [/\bgrind/i, '磨工'], [/\bstamping|\bpress operator/i, '冲压工'],
  [/\b(car|auto(motive)?) (mechanic|repair)/i, '汽车维修工'], [/\brefrigerat/i, '制冷工'],
];

/** Other trades people name that the annex does not list (for "not listed, the closest are …"). */
const UNLISTED = /化妆|摄影|调酒|理发|按摩|推拿|营养|心理咨询|导游|咖啡|烘焙|西点|健身|美甲|纹绣|月嫂|收银|营业员|客房|服务员|宠物|眼镜验光|验光|中药调剂|护工|厨师|烹调|面点|美发|美容|保安|育婴|保育|养老护理|茶艺|花艺|电子商务|快递|物流|司机|驾驶|叉车|保洁|缝纫|裁缝|油漆|抹灰|管工|水电工|水暖|钣金|装配|质检|检验|数控|仪表|锅炉|化工总控|\b(cook|chef|driver|hairdresser|barber|beautician|painter|plumber|cleaner|tailor|security guard|courier|cashier|waiter|waitress|baker|gardener|florist|nanny|babysitter|caregiver|make-?up artist|photographer|bartender|masseur|massage therapist|tour guide|barista|nutritionist|fitness (?:coach|trainer)|housekeeper)\b/i;

const SPECIALTY: [RegExp, string][] = [[/建设|建筑|\bconstruction\b/i, '建设'], [/机械|\bmachinery\b|\bmechanical\b/i, '机械'], [/(?<![绿美净亮硬软])化工|\bchemical\b/i, '化工工程']];

const ALL = SUZHOU_ANNEX.flatMap((r) => r.occupations.map((o) => ({ o, row: r })));

/** The annex row that lists an occupation (车工 → 机械), if any. */
export const rowOf = (occupation: string): AnnexRow | undefined => SUZHOU_ANNEX.find((r) => r.occupations.includes(occupation));

const BY_LENGTH = [...ALL].sort((a, b) => b.o.length - a.o.length);
/** A long trade's name without its last 工 / 员, as people say the work (做制冷空调系统安装维修的): matched whole. */
const BY_STEM = BY_LENGTH.filter((x) => x.o.length >= 6 && /[工员]$/.test(x.o)).map((x) => ({ ...x, stem: x.o.slice(0, -1) }));

/** Homophones typed for the characters of the annex's trade names (汗工 → 焊工, 车功 → 车工, 前工 → 钳工): a trade
 * named with one is read as the listed trade, and the answer says how it read it. */
const HOMOPHONES: Record<string, string> = {
  汗: '焊', 旱: '焊', 悍: '焊', 捍: '焊', 翰: '焊', 功: '工', 公: '工', 攻: '工', 弓: '工', 宫: '工', 前: '钳', 钱: '钳', 潜: '钳',
  洗: '铣', 西: '铣', 默: '磨', 末: '磨', 魔: '磨', 摸: '模', 膜: '模', 段: '锻', 断: '锻', 缎: '锻', 住: '铸', 注: '铸', 柱: '铸',
  点: '电', 店: '电', 垫: '电', 刚: '钢', 驾: '架', 嫁: '架', 充: '冲', 虫: '冲',
};
const HOMOPHONE = new RegExp(`[${Object.keys(HOMOPHONES).join('')}]`, 'g');
const HAS_HOMOPHONE = new RegExp(HOMOPHONE.source);

/** How people introduce their own trade (我是汗工, 俺是做插花员的, 我在厂里当钳工): the words before the trade's name. */
const SELF = /(?:我们|我|俺|本人|咱)(?:在[\u4e00-\u9fff]{1,4}?(?=当|做|干|搞))?(?:是)?(?:个|一名|一个|一位)?(?:做|干|搞|当|从事)?/g;

/** A trade said as work (搞园林绿化的, 做绿化养护的, 干园林的, 从事插花工作): the work's words, when no listed trade
 * or known activity matched them. */
const WORK_SAID = /(?:搞|做|干|从事)([\u4e00-\u9fff]{2,6}?)(?:工作|行业|这行|这一行|的)/;

/** Level and title words that end like a trade (技术员, 工程师): never a trade named. */
const NOT_TRADE = /^(?:技术员|高级工|中级工|初级工|技师|高级技师|工程师|助理工程师|高级工程师|[职员技]工|工人)$/;

export type AnnexFinding =
  | { kind: 'trade'; trade: string; row: AnnexRow; typed?: string }
  | { kind: 'specialty'; row: AnnexRow }
  | { kind: 'unlisted'; trade: string; closest: string[] }
  | { kind: 'none' };

/** The trade or specialty a question names, as the annex lists it. */
/** 都挂了哪些工种, 包括哪些职业, 底下有啥工种: the trades of a specialty asked for as a list. */
const TRADES_LISTED_ASKED = /哪些(?:技能)?(?:工种|职业)|都(?:有|挂了?|包括|含|对应)了?(?:哪些|啥|什么)(?:技能)?(?:工种|职业)?|包括(?:哪些|啥|什么)|有哪几个工种/;

export function findInAnnex(text: string): AnnexFinding {
  const direct = BY_LENGTH.find((x) => text.includes(x.o)) ?? BY_STEM.find((x) => text.includes(x.stem));
  const unlisted = UNLISTED.exec(text);
  // 数控车工 is a trade of its own, not the listed 车工: the closest listed one.
  if (direct && unlisted && text.indexOf(direct.o) - (unlisted.index + unlisted[0].length) === 0) {
    const trade = unlisted[0] + direct.o;
    return { kind: 'unlisted', trade, closest: [direct.o, ...closest(trade).filter((o) => o !== direct.o)].slice(0, 3) };
  }
  // A specialty's trades asked for, with one of them named to look for (机械那一类都挂了哪些工种，车工在不在): the
  // specialty's row, which names that trade among the rest.
  if (direct && TRADES_LISTED_ASKED.test(text)) {
    const rest = text.replace(direct.o, ' ');
    const spec = SPECIALTY.find(([re]) => re.test(rest));
    const row = spec && SUZHOU_ANNEX.find((r) => r.specialty === spec[1]);
    if (row) return { kind: 'specialty', row };
  }
  if (direct) return { kind: 'trade', trade: direct.o, row: direct.row };
  if (unlisted) {
    // The trade as said (数控车床操作工, not 数控 alone), and a listed trade its work names (车床 → 车工) first.
    const said = /\p{Script=Han}/u.test(unlisted[0]) ? new RegExp(`${unlisted[0]}[\u4e00-\u9fff]{0,5}?[工员师]`).exec(text)?.[0] : undefined;
    const trade = said && !NOT_TRADE.test(said) ? said : unlisted[0];
    const rest = text.slice(unlisted.index + unlisted[0].length);
    const work = ACTIVITY.find(([re]) => re.test(rest))?.[1];
    return { kind: 'unlisted', trade, closest: [...new Set([...(work ? [work] : []), ...closest(trade)])].slice(0, 3) };
  }
  for (const [re, o] of ACTIVITY) {
    if (re.test(text)) {
      const row = rowOf(o);
      if (row) return { kind: 'trade', trade: o, row };
    }
  }
  for (const [re, s] of SPECIALTY) {
    const row = SUZHOU_ANNEX.find((r) => r.specialty === s);
    if (re.test(text) && row) return { kind: 'specialty', row };
  }
  const plain = text.replace(SELF, ' ').replace(/职工|员工|工人|工种|工作|工程|工资|技工/g, '  ');
  const said = /([\u4e00-\u9fff]{1,4}[工功公攻弓员])(?![程种资作])/.exec(plain);
  const name = said && !NOT_TRADE.test(said[1]) ? said[1] : undefined;
  // A listed trade typed with a homophone (汗工, 电汗工): read as it, saying so.
  const heard = name ? misheard(name) : undefined;
  if (heard) return heard;
  const work = WORK_SAID.exec(text);
  const trade = name && /[工员]$/.test(name) ? name : work ? work[1] : undefined;
  if (trade) return { kind: 'unlisted', trade, closest: closest(trade) };
  return { kind: 'none' };
}

/** Two trades or more joined in one question (焊工和制冷工分别对应什么专业, 搞防水的跟砌墙的): each, in the order named,
 * listed or not; fewer than two: empty (findInAnnex reads the one). A trade's name is blanked once read, so 制冷 in
 * 制冷空调系统安装维修工 is not read again as 制冷工. */
const JOINED = /和|跟|与|、|及|还有|以及|分别|\band\b|\bor\b|,|，|\//i;
export function tradesInAnnex(text: string): Exclude<AnnexFinding, { kind: 'none' | 'specialty' }>[] {
  if (!JOINED.test(text)) return [];
  let rest = text;
  const found: { at: number; f: Exclude<AnnexFinding, { kind: 'none' | 'specialty' }> }[] = [];
  const take = (at: number, len: number, f: Exclude<AnnexFinding, { kind: 'none' | 'specialty' }>) => {
    found.push({ at, f });
    rest = rest.slice(0, at) + ' '.repeat(len) + rest.slice(at + len);
  };
  for (const x of BY_LENGTH) for (let i = rest.indexOf(x.o); i >= 0; i = rest.indexOf(x.o)) {
    // (an unlisted prefix, 数控车工, makes it another trade)
    const before = UNLISTED.exec(rest.slice(Math.max(0, i - 4), i));
    if (before && before.index + before[0].length === Math.min(4, i)) {
      const trade = before[0] + x.o;
      take(i - before[0].length, trade.length, { kind: 'unlisted', trade, closest: [x.o, ...closest(trade).filter((o) => o !== x.o)].slice(0, 3) });
    } else take(i, x.o.length, { kind: 'trade', trade: x.o, row: x.row });
  }
  for (const x of BY_STEM) { const i = rest.indexOf(x.stem); if (i >= 0) take(i, x.stem.length, { kind: 'trade', trade: x.o, row: x.row }); }
  for (const [re, o] of ACTIVITY) {
    const m = re.exec(rest);
    const row = m && !found.some((x) => x.f.trade === o) ? rowOf(o) : undefined;
    if (m && row) take(m.index, m[0].length, { kind: 'trade', trade: o, row });
  }
  for (let m = UNLISTED.exec(rest); m; m = UNLISTED.exec(rest)) take(m.index, m[0].length, { kind: 'unlisted', trade: m[0], closest: closest(m[0]) });
  // (the same trade said twice, 专业是化妆…化妆师, is one trade)
  const once = found.sort((a, b) => a.at - b.at).filter((x, i, all) => all.findIndex((y) => y.f.trade === x.f.trade) === i);
  return once.length >= 2 ? once.map((x) => x.f) : [];
}

/** The listed trade a name typed with homophones stands for (汗工 → 焊工; 电汗工 → 电焊 → 焊工), if any. */
function misheard(name: string): Extract<AnnexFinding, { kind: 'trade' }> | undefined {
  if (!HAS_HOMOPHONE.test(name)) return undefined;
  const fixed = name.replace(HOMOPHONE, (c) => HOMOPHONES[c]);
  const direct = BY_LENGTH.find((x) => fixed.endsWith(x.o));
  if (direct) return { kind: 'trade', trade: direct.o, row: direct.row, typed: name };
  for (const [re, o] of ACTIVITY) {
    const row = re.test(fixed) ? rowOf(o) : undefined;
    if (row) return { kind: 'trade', trade: o, row, typed: name };
  }
  return undefined;
}

/** Work words many trades share (维修, 安装, 操作): a name sharing only one of them with a listed trade is no closer to
 * it than to any other (仪表维修工 is no kind of 汽车维修工). */
const GENERIC_WORK = new Set(['维修', '安装', '操作', '系统', '管理', '运行', '装调', '加工', '设备', '装配', '处理', '机械', '调试', '检修', '保养', '清洗', '制作', '生产']);

/** A trade's name without its last 工 / 员 / 师 (the part that says what work it is). */
const stemOf = (name: string) => name.replace(/[工员师]$/, '');

/** The longest word of two characters or more that `a` and `b` both have, generic work words aside (调酒师 and
 * 机床装调维修工 share only 调: none). */
function sharedWord(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) for (let j = i + 2; j <= a.length; j++) {
    const w = a.slice(i, j);
    if (!b.includes(w)) break;
    if (!GENERIC_WORK.has(w) && j - i > best) best = j - i;
  }
  return best;
}

/** Listed trades sharing a meaningful word with `trade` (汽车驾驶员 → 汽车维修工; 电梯司机 → 电梯安装维修工), longest
 * shared word first, at most three; none when only single characters or generic work words are shared. */
function closest(trade: string): string[] {
  const own = stemOf(trade);
  const scored = ALL.map(({ o }) => ({ o, s: sharedWord(own, stemOf(o)) })).filter((x) => x.s >= 2);
  return scored.sort((a, b) => b.s - a.s || a.o.length - b.o.length).slice(0, 3).map((x) => x.o);
}

/** The annex row as the text has it (number, specialty, its trades), for the quote. */
export function rowCitation(row: AnnexRow): Citation {
  return {
    policy: 'suzhou-2019-28', docNo: POLICIES['suzhou-2019-28'].docNo, clause: `附件 ${row.no} ${row.specialty}`,
    quote: `${row.specialty} ${row.occupations.join('、')}`,
  };
}

/** The annex's own title, quoted when the question names no trade. */
export const ANNEX_TITLE: Citation = { ...SUZHOU_ANNEX_CITATION };
