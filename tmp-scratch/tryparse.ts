import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { parseClauses } from '../scripts/policies/clauseParser';
for (const r of ['national','jiangxi','chongqing','sichuan','liaoning','suzhou']) {
  const meta = load(readFileSync(`/work/wt-policy/policies/${r}/policy.yaml`,'utf8')) as any;
  const cs = parseClauses(readFileSync(`/work/wt-policy/policies/${r}/${meta.text}`,'utf8'), meta.extraction, meta.preamble);
  console.log('==', r);
  for (const c of cs) console.log(c.id, '|', c.title ?? '', '|', c.text.slice(0, 30), c.text.length, c.sentences.length);
}
