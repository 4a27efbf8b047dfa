// The clauses the Q&A searches and cites: references into the clause index of src/rules (generated from the texts
// in policies/ by `npm run policies:build`), each a whole clause or a run of its sentences. No text is copied here.
import { clause as indexed } from '../rules/clauses';
import { POLICIES, type PolicyId } from '../rules/policies';
import type { Citation } from '../rules/result';

export interface Clause {
  /** `${policy}:${clause}`, with `#n` for the n-th paragraph under one label. */
  id: string;
  policy: PolicyId;
  docNo: string;
  /** The clause's label in its text: `二（二）1`, `附件1 六（一）`, `五、2`. */
  clause: string;
  /** The clause's own words. */
  text: string;
}

/**
 * [Q&A id, index clause, what of it]: nothing = its own words; 'full' = with its sub-clauses; 'title' = its heading;
 * [from, to] = those sentences (0-based); ['chars', from, to] = those characters of its own words (a heading line the index
 * joins to the text: Jiangxi's number and title, run into 通知正文's first sentence). `liaoning-2019-2:五` is the closing paragraph of 五, which the index files
 * under 五（二） (the text's line breaks do not mark where 五（二） ends); it is cited as 五, as before.
 */
type Unit = [string, string] | [string, string, 'full' | 'title'] | [string, string, number, number] | [string, string, 'chars', number, number];

const UNITS: readonly Unit[] = [
  ['national-2020-96:一（二）1', '一（二）1'],
  ['national-2020-96:一（二）2', '一（二）2'],
  ['national-2020-96:一（二）3', '一（二）3'],
  ['national-2020-96:一（二）4', '一（二）4'],
  ['national-2020-96:二（一）', '二（一）'],
  ['national-2020-96:二（二）1', '二（二）1'],
  ['national-2020-96:二（二）2', '二（二）2'],
  ['national-2020-96:二（二）3', '二（二）3'],
  ['national-2020-96:二（三）', '二（三）'],
  ['national-2020-96:二（四）', '二（四）'],
  ['national-2020-96:二（五）', '二（五）'],
  ['national-2020-96:三（一）', '三（一）', 2, 2],
  ['national-2020-96:三（二）', '三（二）', 1, 1],
  ['national-2020-96:三（三）#2', '三（三）', 1, 1],
  ['national-2020-96:三（三）', '三（三）', 3, 3],
  ['national-2020-96:序言', '序言', 1, 1],
  // (the addressees, run by the index into the heading before the preamble: 各省、自治区…各中央企业人事部门)
  ['national-2020-96:序言#0', '序言', 'chars', 63, 125],
  ['national-2020-96:一（一）', '一（一）'],
  ['national-2020-96:三（三）#3', '三（三）', 4, 4],
  ['jiangxi-2021-227:通知正文', '通知正文', 1, 1],
  // (the notice's number and its title, which the index runs into 通知正文's first sentence)
  ['jiangxi-2021-227:通知正文#0', '通知正文', 'chars', 13, 27],
  ['jiangxi-2021-227:通知正文#00', '通知正文', 'chars', 27, 77],
  // (the addressees, which the index runs into the same sentence: 各设区市…省直和中央驻赣有关单位)
  ['jiangxi-2021-227:通知正文#000', '通知正文', 'chars', 77, 122],
  ['jiangxi-2021-227:一', '一'],
  ['jiangxi-2021-227:二', '二'],
  ['jiangxi-2021-227:三', '三', 0, 1],
  ['jiangxi-2021-227:三#2', '三', 2, 2],
  ['chongqing-2020-32:一（二）1', '一（二）1'],
  ['chongqing-2020-32:一（二）2', '一（二）2'],
  ['chongqing-2020-32:一（二）3', '一（二）3'],
  ['chongqing-2020-32:一（二）4', '一（二）4'],
  ['chongqing-2020-32:二（一）', '二（一）'],
  ['chongqing-2020-32:二（二）', '二（二）'],
  ['chongqing-2020-32:三（一）', '三（一）'],
  ['chongqing-2020-32:三（一）1', '三（一）1'],
  ['chongqing-2020-32:三（一）2', '三（一）2'],
  ['chongqing-2020-32:三（一）3', '三（一）3'],
  ['chongqing-2020-32:三（二）', '三（二）'],
  ['chongqing-2020-32:三（二）1', '三（二）1'],
  ['chongqing-2020-32:三（二）2', '三（二）2'],
  ['chongqing-2020-32:四（一）', '四（一）'],
  ['chongqing-2020-32:四（二）', '四（二）', 0, 0],
  ['chongqing-2020-32:四（二）#2', '四（二）', 1, 1],
  ['chongqing-2020-32:四（二）#3', '四（二）', 2, 2],
  ['chongqing-2020-32:四（二）#4', '四（二）', 3, 3],
  ['chongqing-2020-32:四（二）#5', '四（二）', 4, 4],
  ['chongqing-2020-32:四（三）', '四（三）'],
  ['chongqing-2020-32:五（一）', '五（一）'],
  ['chongqing-2020-32:五（二）', '五（二）'],
  ['chongqing-2020-32:六', '六', 1, 1],
  ['chongqing-2020-32:六#2', '六', 4, 4],
  ['chongqing-2020-32:六#3', '六', 0, 0],
  ['chongqing-2020-32:六#4', '六', 2, 2],
  ['chongqing-2020-32:六#5', '六', 3, 3],
  ['chongqing-2020-32:通知', '通知', 2, 2],
  ['sichuan-2021:二（一）', '二（一）'],
  ['sichuan-2021:二（二）', '二（二）'],
  ['sichuan-2021:二（三）', '二（三）'],
  ['sichuan-2021:二（四）', '二（四）'],
  ['sichuan-2021:三（一）1', '三（一）1'],
  ['sichuan-2021:三（一）2', '三（一）2'],
  ['sichuan-2021:三（一）3', '三（一）3'],
  ['sichuan-2021:三（二）1', '三（二）1'],
  ['sichuan-2021:三（二）2', '三（二）2'],
  ['sichuan-2021:三（二）3', '三（二）3'],
  ['sichuan-2021:三（三）1', '三（三）1'],
  ['sichuan-2021:三（三）2', '三（三）2'],
  ['sichuan-2021:三（三）3', '三（三）3'],
  ['sichuan-2021:序言', '序言', 0, 0],
  ['sichuan-2021:四', '四', 0, 0],
  ['sichuan-2021:四#2', '四', 1, 4],
  ['sichuan-2021:四#3', '四', 5, 5],
  ['sichuan-2021:五（一）', '五（一）'],
  ['sichuan-2021:五（二）', '五（二）', 1, 4],
  ['sichuan-2021:五（三）', '五（三）', 1, 4],
  ['sichuan-2021:附件1 一', '附件1 一'],
  ['sichuan-2021:附件1 二', '附件1 二'],
  ['sichuan-2021:附件1 三', '附件1 三'],
  ['sichuan-2021:附件1 四', '附件1 四'],
  ['sichuan-2021:附件1 五', '附件1 五'],
  ['sichuan-2021:附件1 五（一）', '附件1 五（一）', 'full'],
  ['sichuan-2021:附件1 五（二）', '附件1 五（二）', 'full'],
  ['sichuan-2021:附件1 五（三）', '附件1 五（三）', 'full'],
  ['sichuan-2021:附件1 五（四）', '附件1 五（四）', 'full'],
  ['sichuan-2021:附件1 六', '附件1 六'],
  ['sichuan-2021:附件1 六（一）', '附件1 六（一）', 'full'],
  ['sichuan-2021:附件1 六（二）', '附件1 六（二）', 'full'],
  ['sichuan-2021:附件1 六（三）', '附件1 六（三）', 'full'],
  ['sichuan-2021:附件2 一', '附件2 一'],
  ['sichuan-2021:附件2 二', '附件2 二'],
  ['sichuan-2021:附件2 三', '附件2 三'],
  ['sichuan-2021:附件2 四', '附件2 四'],
  ['sichuan-2021:附件2 五（一）', '附件2 五（一）', 'full'],
  ['sichuan-2021:附件2 五（二）', '附件2 五（二）', 'full'],
  ['sichuan-2021:附件2 五（三）', '附件2 五（三）', 'full'],
  ['liaoning-2019-2:序言', '序言', 1, 1],
  ['liaoning-2019-2:一', '一', 0, 0],
  ['liaoning-2019-2:一#2', '一', 1, 1],
  ['liaoning-2019-2:二（一）', '二（一）'],
  ['liaoning-2019-2:二（二）', '二（二）'],
  ['liaoning-2019-2:二（三）', '二（三）'],
  ['liaoning-2019-2:二（四）', '二（四）'],
  ['liaoning-2019-2:二（五）', '二（五）'],
  ['liaoning-2019-2:三（一）', '三（一）'],
  ['liaoning-2019-2:三（二）1', '三（二）1'],
  ['liaoning-2019-2:三（二）2', '三（二）2'],
  ['liaoning-2019-2:三（三）2', '三（三）2'],
  ['liaoning-2019-2:三（三）3', '三（三）3'],
  ['liaoning-2019-2:三（四）', '三（四）'],
  ['liaoning-2019-2:三（四）1', '三（四）1'],
  ['liaoning-2019-2:三（四）2', '三（四）2'],
  ['liaoning-2019-2:三（四）3', '三（四）3'],
  ['liaoning-2019-2:四', '四'],
  ['liaoning-2019-2:四（一）', '四（一）'],
  ['liaoning-2019-2:四（二）', '四（二）'],
  ['liaoning-2019-2:四（三）', '四（三）', 'full'],
  ['liaoning-2019-2:四（四）', '四（四）', 'full'],
  ['liaoning-2019-2:四（五）', '四（五）'],
  ['liaoning-2019-2:五（一）', '五（一）'],
  ['liaoning-2019-2:五（二）', '五（二）', 0, 1],
  ['liaoning-2019-2:五', '五（二）', 3, 3],
  ['liaoning-2019-2:五（二）#3', '五（二）', 2, 2],
  ['liaoning-2019-2:五#2', '五（二）', 5, 5],
  ['liaoning-2019-2:五（二）#5', '五（二）', 4, 4],
  ['suzhou-2019-28:通知', '通知', 2, 2],
  ['suzhou-2019-28:通知#2', '通知', 0, 0],
  ['suzhou-2019-28:一', '一'],
  ['suzhou-2019-28:二（一）', '二（一）'],
  ['suzhou-2019-28:二（二）', '二（二）'],
  ['suzhou-2019-28:二（三）', '二（三）'],
  ['suzhou-2019-28:三（一）', '三（一）'],
  ['suzhou-2019-28:三（二）', '三（二）'],
  ['suzhou-2019-28:四（一）1', '四（一）1'],
  ['suzhou-2019-28:四（一）2', '四（一）2'],
  ['suzhou-2019-28:四（一）3', '四（一）3'],
  ['suzhou-2019-28:四（一）4', '四（一）4'],
  ['suzhou-2019-28:四（二）1', '四（二）1'],
  ['suzhou-2019-28:四（二）2', '四（二）2'],
  ['suzhou-2019-28:四（二）3', '四（二）3'],
  ['suzhou-2019-28:四（二）4', '四（二）4'],
  ['suzhou-2019-28:五、1', '五、1'],
  ['suzhou-2019-28:五、2', '五、2'],
  ['suzhou-2019-28:五、3', '五、3'],
  ['suzhou-2019-28:五、4', '五、4'],
  ['suzhou-2019-28:五、5', '五、5'],
  ['suzhou-2019-28:六、2', '六、2', 0, 0],
  ['suzhou-2019-28:六、1', '六、1'],
  ['suzhou-2019-28:附件', '附件', 'title'],
  ['suzhou-2019-28:附件 1 建设', '附件 1 建设'],
  ['suzhou-2019-28:附件 2 机械', '附件 2 机械'],
  ['suzhou-2019-28:附件 3 化工工程', '附件 3 化工工程'],
];

function unitText(u: Unit, policy: string): string {
  const c = indexed(policy, u[1]);
  if (!c) throw new Error(`Q&A clause ${u[0]}: no clause ${u[1]} in the index`);
  if (u.length === 2) return c.text;
  if (u[2] === 'full') return c.fullText;
  if (u[2] === 'title') return c.title ?? '';
  if (u[2] === 'chars') return c.text.slice(u[3], u[4]);
  return c.sentences.slice(u[2], (u[3] as number) + 1).join('');
}

export const CLAUSES: readonly Clause[] = UNITS.map((u) => {
  const [policy, label] = u[0].split(':') as [PolicyId, string];
  return { id: u[0], policy, clause: label.replace(/#\d+$/, ''), text: unitText(u, policy), docNo: POLICIES[policy].docNo };
});

const BY_ID = new Map(CLAUSES.map((c) => [c.id, c]));

export function clauseById(id: string): Clause | undefined {
  return BY_ID.get(id);
}

/** A reference to a clause, optionally to one excerpt of its words (which must stand in the clause). */
export type ClauseRef = string | { id: string; excerpt: string };

/** The citation for a reference; throws on a reference that names no clause or an excerpt not in it (a data bug). */
export function citationFor(ref: ClauseRef): Citation {
  const id = typeof ref === 'string' ? ref : ref.id;
  const c = BY_ID.get(id);
  if (!c) throw new Error(`unknown clause ${id}`);
  const quote = typeof ref === 'string' ? c.text : ref.excerpt;
  if (!c.text.includes(quote)) throw new Error(`excerpt not in clause ${id}: ${quote}`);
  return { policy: c.policy, docNo: c.docNo, clause: c.clause, quote };
}
