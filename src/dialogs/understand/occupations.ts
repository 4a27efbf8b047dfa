// Occupations (职业/工种) by name, longest first: 维修电工 before 电工, 数控车工 before 车工.
import { type Span, allMatches, pickSpans } from './text';

const ZH = [
  '焊工', '电焊工', '气焊工', '氩弧焊工', '电工', '维修电工', '电气设备安装工', '钳工', '装配钳工', '机修钳工', '工具钳工', '车工',
  '数控车工', '铣工', '数控铣工', '磨工', '镗工', '刨工', '加工中心操作工', '数控程序员', '模具工', '铸造工', '锻造工', '热处理工',
  '冲压工', '钣金工', '汽车维修工', '汽车修理工', '汽车装调工', '电梯安装维修工', '制冷空调系统安装维修工', '管工', '木工',
  '瓦工', '砌筑工', '钢筋工', '架子工', '混凝土工', '抹灰工', '油漆工', '防水工', '装饰装修工', '起重工', '起重装卸机械操作工',
  '叉车司机', '电气值班员', '变电站值班员', '送电线路工', '配电线路工', '锅炉操作工', '化工总控工', '化学检验员', '仪器仪表维修工',
  '仪表工', '电子设备装接工', '电子仪器仪表装调工', '无线电装接工', '茶艺师', '评茶员', '育婴员', '保育员', '养老护理员', '美容师',
  '美发师', '中式烹调师', '西式烹调师', '中式面点师', '西式面点师', '面点师', '厨师', '花艺师', '插花员', '园林绿化工', '农艺工',
  '家畜饲养员', '眼镜验光员', '保安员', '电子商务师', '物流员', '网络与信息安全管理员', '计算机程序设计员', '互联网营销师',
  '企业人力资源管理师', '人力资源管理师', '劳动关系协调员', '健康管理师', '公共营养师', '消防设施操作员', '安全评价师', '司机',
  '机动车驾驶员', '列车员', '电力电缆安装运维工', '水工', '水电工', '机械设备安装工', '装配工', '质检员', '检验员', '工艺品雕刻工',
  '陶瓷工艺师', '陶瓷装饰工', '服装制版师', '缝纫工', '纺织工', '印刷工', '建筑信息模型技术员', '工业机器人系统操作员',
  '工业机器人系统运维员', '电子专用设备装调工', '半导体分立器件和集成电路装调工', '光伏组件制造工', '汽车生产线操作调整工',
  '铁路线路工', '信号工', '机车司机', '挖掘机司机', '装载机司机', '矿山救护工', '采煤工', '井下作业工', '钻井工', '采油工',
];

// English trade names read as the occupation (工种) a Chinese speaker would name, so that the rules (Suzhou's annex, the
// occupation's standard) see the same trade in either language; a word with no one Chinese trade (machinist, mechanic,
// CNC operator) is kept as said.
const EN: [RegExp, string][] = [
  [/\b(?:electric |arc |gas |tig |mig )?welders?\b|\bwelding\b/g, '焊工'],
  [/\b(?:maintenance )?electricians?\b/g, '电工'],
  [/\b(?:bench )?fitters?\b/g, '钳工'],
  [/\bturners?\b|\blathe (?:operators?|workers?)\b/g, '车工'],
  [/\bmilling (?:machine )?(?:operators?|workers?)\b|\bmillers?\b/g, '铣工'],
  [/\bgrinders?\b|\bgrinding (?:machine )?operators?\b/g, '磨工'],
  [/\bmachinists?\b/g, 'machinist'],
  [/\b(?:car|auto(?:motive)?|vehicle) (?:mechanics?|repairers?|repair (?:workers?|technicians?))\b/g, '汽车维修工'],
  [/\bmechanics?\b/g, 'mechanic'],
  [/\bplumbers?\b|\bpipe ?fitters?\b/g, '管工'],
  [/\bcarpenters?\b|\bjoiners?\b/g, '木工'],
  [/\b(?:chefs?|cooks?)\b/g, '厨师'],
  [/\bbricklayers?\b|\bmasons?\b/g, '砌筑工'],
  [/\b(?:mou?ld|die) ?makers?\b|\btool and die makers?\b/g, '模具工'],
  [/\bforklift (?:drivers?|operators?)\b/g, '叉车司机'],
  [/\bcrane operators?\b/g, '起重装卸机械操作工'],
  [/\bcnc (?:operators?|machinists?|programmers?)\b/g, 'cnc operator'],
  [/\belevator (?:installers?|mechanics?|fitters?)\b|\blift (?:installers?|mechanics?)\b/g, '电梯安装维修工'],
  [/\bcare(?:givers?| workers?)\b|\belderly carers?\b/g, '养老护理员'],
  [/\bhairdressers?\b|\bbarbers?\b/g, '美发师'],
  [/\bscaffolders?\b/g, '架子工'],
  [/\b(?:steel fixers?|rebar workers?)\b/g, '钢筋工'],
  [/\bconcrete workers?\b/g, '混凝土工'],
  [/\bwaterproofing workers?\b/g, '防水工'],
  [/\bfoundry ?(?:workers?|men|man)\b/g, '铸造工'],
  [/\bforgers?\b|\bblacksmiths?\b/g, '锻造工'],
  [/\bpress (?:operators?|workers?)\b|\bstamping (?:operators?|workers?)\b/g, '冲压工'],
  [/\bsheet metal workers?\b/g, '钣金工'],
];

/** A 工种 named by its own name, read as the 职业 (occupation) its national standard puts it under, as certificates
 * write it (车工（数控车工）, 钳工（装配钳工）): the rules (Suzhou's annex, the occupation's standard) name the 职业. */
const TRADE_OF: Record<string, string> = {
  数控车工: '车工', 数控铣工: '铣工', 数控磨工: '磨工', 数控镗工: '镗工',
  装配钳工: '钳工', 机修钳工: '钳工', 工具钳工: '钳工',
  电焊工: '焊工', 气焊工: '焊工', 氩弧焊工: '焊工',
};

/** Work named by its activity: 做焊接的 → 焊工. */
const ALIASES: [string, string][] = [['焊接', '焊工'], ['电焊', '焊工'], ['修车', '汽车维修工'], ['开叉车', '叉车司机']];

export interface OccupationHit extends Span { name: string }

export function findOccupations(text: string): OccupationHit[] {
  const cands: OccupationHit[] = [];
  for (const name of ZH) {
    let from = 0;
    for (let guard = 0; guard < 20; guard++) {
      const i = text.indexOf(name, from);
      if (i < 0) break;
      // 机电工程师, 电工程: 工 starts 工程 there, not a trade's name
      if (!(name.endsWith('工') && text[i + name.length] === '程')) cands.push({ start: i, end: i + name.length, name: TRADE_OF[name] ?? name });
      from = i + name.length;
    }
  }
  for (const [alias, name] of ALIASES) {
    const i = text.indexOf(alias);
    if (i >= 0) cands.push({ start: i, end: i + alias.length, name });
  }
  for (const [re, name] of EN) for (const m of allMatches(text, re)) cands.push({ start: m.index, end: m.index + m[0].length, name });
  return pickSpans(cands);
}
