// 苏人保职〔2019〕28号 附件: 苏州市工程系列职称专业类别对应技能类职业（工种）指导目录（第一批）, as data with a lookup both ways.
export interface AnnexRow { no: number; specialty: string; occupations: readonly string[] }

export const SUZHOU_ANNEX: readonly AnnexRow[] = [
  { no: 1, specialty: '建设', occupations: ['电梯安装维修工', '制冷空调系统安装维修工', '防水工', '砌筑工', '混凝土工', '钢筋工', '架子工', '手工木工'] },
  {
    no: 2, specialty: '机械',
    occupations: ['焊工', '电工', '起重装卸机械操作工', '机床装调维修工', '模具工', '铸造工', '锻造工', '金属热处理工', '车工', '铣工',
      '钳工', '磨工', '冲压工', '电切削工', '汽车维修工', '智能楼宇管理员', '中央空调系统运行操作员'],
  },
  { no: 3, specialty: '化工工程', occupations: ['制冷工'] },
];

export const SUZHOU_ANNEX_CITATION = {
  policy: 'suzhou-2019-28', docNo: '苏人保职〔2019〕28号', clause: '附件',
  quote: '苏州市工程系列职称专业类别对应技能类职业（工种）指导目录（第一批）',
} as const;

const norm = (s: string) => s.replace(/\s+/g, '');

/** The occupations (工种) that a title specialty (职称专业类别) corresponds to; [] when the annex does not list it. */
export function occupationsForSpecialty(specialty: string): readonly string[] {
  const s = norm(specialty).replace(/(专业|类)$/, '');
  return SUZHOU_ANNEX.find((r) => r.specialty === s || (s.length >= 2 && r.specialty.startsWith(s)))?.occupations ?? [];
}

/** The title specialty an occupation corresponds to, or undefined when the annex does not list it. */
export function specialtyForOccupation(occupation: string): string | undefined {
  const o = norm(occupation);
  return SUZHOU_ANNEX.find((r) => r.occupations.includes(o))?.specialty;
}
