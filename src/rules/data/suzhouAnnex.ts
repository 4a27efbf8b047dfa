// 苏人保职〔2019〕28号 附件: 苏州市工程系列职称专业类别对应技能类职业（工种）指导目录（第一批）, read from the clause
// index (the annex table's rows, policies/suzhou/su-renbaozhi-2019-28.txt), with a lookup both ways.
import { clause, clausesOf } from '../clauses';

export interface AnnexRow { no: number; specialty: string; occupations: readonly string[] }

const POLICY = 'suzhou-2019-28';
const ANNEX = clause(POLICY, '附件');

/** The annex's rows, as its table gives them: number, specialty, occupations. */
export const SUZHOU_ANNEX: readonly AnnexRow[] = (ANNEX?.children ?? []).map((id) => {
  const [, no, specialty] = /^附件 (\d+) (.+)$/.exec(id) ?? [];
  return { no: Number(no), specialty, occupations: clausesOf(POLICY).find((c) => c.id === id)!.text.split('、') };
});

export const SUZHOU_ANNEX_CITATION = {
  policy: POLICY, docNo: '苏人保职〔2019〕28号', clause: '附件', quote: ANNEX?.title ?? '',
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
