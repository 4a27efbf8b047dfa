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
  [/\bscaffold/i, '架子工'], [/\bcarpent|\bjoiner/i, '手工木工'], [/\belevator|\blift (mechanic|installer)/i, '电梯安装维修工'],
  [/\bweld/i, '焊工'], [/\belectrician/i, '电工'], [/\bcrane|\bhoist/i, '起重装卸机械操作工'], [/\bmould|\bmold|\btool ?maker/i, '模具工'],
  [/\bcasting|\bfoundry/i, '铸造工'], [/\bforg(e|ing)/i, '锻造工'], [/\bheat treat/i, '金属热处理工'], [/\bturner|\blathe/i, '车工'],
  [/\bmill(er|ing)/i, '铣工'], [/\bfitter/i, '钳工'], [/\bgrind/i, '磨工'], [/\bstamping|\bpress operator/i, '冲压工'],
  [/\b(car|auto(motive)?) (mechanic|repair)/i, '汽车维修工'], [/\brefrigerat/i, '制冷工'],
];

/** Other trades people name that the annex does not list (for "not listed, the closest are …"). */
const UNLISTED = /厨师|烹调|面点|美发|美容|保安|育婴|保育|养老护理|茶艺|花艺|电子商务|快递|物流|司机|驾驶|叉车|保洁|缝纫|裁缝|油漆|抹灰|管工|水电工|水暖|钣金|装配|质检|检验|数控|仪表|锅炉|化工总控|\b(cook|chef|driver|hairdresser|painter|plumber|cleaner|tailor|security guard)\b/i;

const SPECIALTY: [RegExp, string][] = [[/建设|建筑|\bconstruction\b/i, '建设'], [/机械|\bmachinery\b|\bmechanical\b/i, '机械'], [/化工|\bchemical\b/i, '化工工程']];

const ALL = SUZHOU_ANNEX.flatMap((r) => r.occupations.map((o) => ({ o, row: r })));

const BY_LENGTH = [...ALL].sort((a, b) => b.o.length - a.o.length);
/** A long trade's name without its last 工 / 员, as people say the work (做制冷空调系统安装维修的): matched whole. */
const BY_STEM = BY_LENGTH.filter((x) => x.o.length >= 6 && /[工员]$/.test(x.o)).map((x) => ({ ...x, stem: x.o.slice(0, -1) }));

export type AnnexFinding =
  | { kind: 'trade'; trade: string; row: AnnexRow }
  | { kind: 'specialty'; row: AnnexRow }
  | { kind: 'unlisted'; trade: string; closest: string[] }
  | { kind: 'none' };

/** The trade or specialty a question names, as the annex lists it. */
export function findInAnnex(text: string): AnnexFinding {
  const direct = BY_LENGTH.find((x) => text.includes(x.o)) ?? BY_STEM.find((x) => text.includes(x.stem));
  const unlisted = UNLISTED.exec(text);
  // 数控车工 is a trade of its own, not the listed 车工: the closest listed one.
  if (direct && unlisted && text.indexOf(direct.o) - (unlisted.index + unlisted[0].length) === 0) {
    const trade = unlisted[0] + direct.o;
    return { kind: 'unlisted', trade, closest: [direct.o, ...closest(trade).filter((o) => o !== direct.o)].slice(0, 3) };
  }
  if (direct) return { kind: 'trade', trade: direct.o, row: direct.row };
  if (unlisted) return { kind: 'unlisted', trade: unlisted[0], closest: closest(unlisted[0]) };
  for (const [re, o] of ACTIVITY) {
    if (re.test(text)) {
      const row = SUZHOU_ANNEX.find((r) => r.occupations.includes(o));
      if (row) return { kind: 'trade', trade: o, row };
    }
  }
  for (const [re, s] of SPECIALTY) {
    const row = SUZHOU_ANNEX.find((r) => r.specialty === s);
    if (re.test(text) && row) return { kind: 'specialty', row };
  }
  const trade = /([\u4e00-\u9fff]{1,4}工)(?![程种资作])/.exec(text.replace(/职工|员工|工人|工种|工作|工程|工资|技工/g, '  '));
  if (trade) return { kind: 'unlisted', trade: trade[1], closest: closest(trade[1]) };
  return { kind: 'none' };
}

/** Listed trades sharing the most characters with `trade` (工 aside), at most three. */
function closest(trade: string): string[] {
  const chars = new Set([...trade].filter((c) => c !== '工' && c !== '师' && c !== '员'));
  const scored = ALL.map(({ o }) => ({ o, s: [...o].filter((c) => chars.has(c)).length })).filter((x) => x.s > 0);
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
