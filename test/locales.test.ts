// Every key in one locale exists in the other, with the same interpolation variables.
import { resources, NAMESPACES } from '../src/i18n';

type Dict = { [k: string]: string | Dict };
function flatten(d: Dict, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(d)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}
const vars = (s: string) => [...s.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

describe.each(NAMESPACES)('locale namespace %s', (ns) => {
  const zh = flatten(resources['zh-CN'][ns] as Dict);
  const en = flatten(resources.en[ns] as Dict);
  it('has the same keys in zh-CN and en', () => {
    expect([...zh.keys()].filter((k) => !en.has(k))).toEqual([]);
    expect([...en.keys()].filter((k) => !zh.has(k))).toEqual([]);
  });
  it('uses the same interpolation variables and no empty texts', () => {
    for (const [k, v] of zh) {
      expect([k, vars(v)]).toEqual([k, vars(en.get(k) ?? '')]);
      expect([k, v.trim().length > 0]).toEqual([k, true]);
    }
  });
});
