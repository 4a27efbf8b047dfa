import { CLAUSES } from '../src/qa/clauses';
import { clausesOf } from '../src/rules/clauses';
const out: string[] = [];
for (const q of CLAUSES) {
  const cs = clausesOf(q.policy);
  let found = '';
  const same = cs.find((c) => c.id === q.clause);
  const order = same ? [same, ...cs.filter((c) => c !== same)] : cs;
  for (const c of order) {
    if (c.text === q.text) { found = `['${q.id}', '${c.id}']`; break; }
    if (c.fullText === q.text) { found = `['${q.id}', '${c.id}', 'full']`; break; }
    if (c.title === q.text) { found = `['${q.id}', '${c.id}', 'title']`; break; }
    const s = c.sentences;
    for (let a = 0; a < s.length && !found; a++) for (let b = a; b < s.length && !found; b++) {
      if (s.slice(a, b + 1).join('') === q.text) found = `['${q.id}', '${c.id}', ${a}, ${b}]`;
    }
    if (found) break;
  }
  out.push(found || `MISSING ${q.id} ${q.text.slice(0, 40)}`);
}
console.log(out.join('\n'));
