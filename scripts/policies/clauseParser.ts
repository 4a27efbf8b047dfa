// Cuts a policy text into its labelled parts (一、 / （一） / 1. / 附件N / an annex table's rows), each with its own
// words and sentences, whitespace removed. Used by scripts/policies/build.ts; pure, so a test can feed it a fixture.

export type Extraction = 'markdown' | 'lines' | 'pdf';

export interface ParsedClause {
  /** The clause's label in its text: `二（二）1`, `附件1 六（一）`, `五、1`, `附件 1 建设`; the preamble's label from policy.yaml. */
  id: string;
  /** The heading's own words where the heading stands apart from the clause's text (`（一）指导思想`). */
  title?: string;
  /** The clause's own words, without its sub-clauses. */
  text: string;
  sentences: string[];
  /** The enclosing clause's id. */
  parent?: string;
  /** The label as it stands in the text (`1.`, `（一）`, `五、`), whitespace removed: the full text rejoins a clause's parts with it. */
  marker?: string;
}

const CN = '一二三四五六七八九十';
const LEVEL1 = new RegExp(`^([${CN}]+)、`);
const LEVEL2 = new RegExp(`^[（(]([${CN}]+)[）)]\\s*`);
const LEVEL3 = /^(\d{1,2})\s*[．.、]\s*/;
const ANNEX = /^附件\s*(\d*)$/;
const squash = (s: string): string => s.replace(/\s+/g, '');

const BREAK = '\u0000';

/** Sentences end at 。！？ (a closing quote stays with its sentence), at a colon that ends a paragraph, and around a
 * heading line that labels no clause. */
export function sentencesOf(text: string): string[] {
  return text.split(BREAK).flatMap((part) => part.match(/[^。！？]+(?:[。！？]+[”’」』）]*|$)/g) ?? []).filter((s) => s.length > 0);
}

interface Open { id: string; level: number; title?: string; body: string[]; parent?: string; marker?: string }

export function parseClauses(raw: string, extraction: Extraction, preamble: string): ParsedClause[] {
  const out: Open[] = [];
  const stack: Open[] = []; // open clauses by level: [annex?, 一, （一）, 1]
  let annex = '';
  let inAnnexList = false;
  let table: { rowNext: boolean } | undefined;
  let current: Open = { id: preamble, level: 0, body: [] };
  out.push(current);

  const open = (level: number, label: string, marker: string, title: string | undefined, rest: string): void => {
    while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
    const parent = stack[stack.length - 1];
    let id: string;
    if (level === 3 && parent && parent.level === 1) id = `${parent.id}、${label}`;
    else if (parent && parent.level >= 1) id = `${parent.id}${label}`;
    else id = annex ? `${annex} ${label}` : label;
    current = { id, level, ...(title ? { title } : {}), body: rest ? [rest] : [], ...(parent ? { parent: parent.id } : {}), marker };
    out.push(current);
    stack.push(current);
  };

  const lines = raw.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    const mdHeading = extraction === 'markdown' && /^#+\s/.test(line);
    line = line.replace(/^#+\s*/, '');
    let boldTitle: string | undefined;
    const bold = /^\*\*(.+?)\*\*(.*)$/.exec(line);
    if (bold) {
      boldTitle = bold[1];
      line = bold[1] + bold[2];
    }

    const annexStart = ANNEX.exec(squash(line));
    if (annexStart) {
      // 四川's annexes are cited as 附件1, 附件2; 苏州's single annex as 附件.
      annex = annexStart[1] ? `附件${annexStart[1]}` : '附件';
      stack.length = 0;
      inAnnexList = false;
      table = undefined;
      current = { id: annex, level: 0, body: [] };
      out.push(current);
      stack.push(current);
      continue;
    }
    if (/^附件[：:]/.test(line) && !annex) {
      // The list of annexes at the end of the main text: a part of its own, not the last clause's words.
      inAnnexList = true;
      stack.length = 0;
      current = { id: '附件目录', level: 0, body: [squash(line)] };
      out.push(current);
      continue;
    }
    if (annex && line === '序号') {
      table = { rowNext: false };
      current.body.push(line); // the column headers are the annex's own words
      continue;
    }
    if (table) {
      const row = /^(\d+)$/.exec(line);
      if (row && i + 1 < lines.length) {
        const name = squash(lines[++i]);
        current = { id: `${annex} ${row[1]} ${name}`, level: 4, body: [], parent: annex, marker: `${row[1]}${name}` };
        out.push(current);
        table.rowNext = true;
        continue;
      }
      current.body.push(squash(line));
      continue;
    }

    const s = squash(line);
    const m1 = LEVEL1.exec(s);
    const m2 = LEVEL2.exec(line);
    const m3 = !inAnnexList && LEVEL3.exec(line);
    const m = m1 ? { level: 1, label: m1[1], marker: m1[0], rest: s.slice(m1[0].length) }
      : m2 ? { level: 2, label: `（${m2[1]}）`, marker: squash(m2[0]), rest: squash(line.slice(m2[0].length)) }
        : m3 ? { level: 3, label: m3[1], marker: squash(m3[0]), rest: squash(line.slice(m3[0].length)) }
          : undefined;
    if (!m || (m.level === 3 && stack.length === 0 && !annex)) {
      if (annex && current.level === 0 && current.body.length === 0 && !current.title) current.title = s;
      else if (annex && current.level === 0 && !/[，。；：]/.test(s) && current.body.length === 0) current.title += s;
      // A markdown heading that labels no clause (a text's issuer, its title) is a sentence of its own: joined to the
      // lines around it, a quote of the header would hold words the heading mark separates in the text as written.
      else current.body.push(mdHeading ? `${BREAK}${s}${BREAK}` : s);
      continue;
    }
    let title: string | undefined;
    let rest = m.rest;
    if (mdHeading) {
      title = rest;
      rest = '';
    } else if (boldTitle) {
      const t = squash(boldTitle).replace(m1 ? LEVEL1 : /^/, '').replace(/^[（(][一二三四五六七八九十]+[）)]/, '');
      title = t;
      rest = rest.slice(t.length);
    } else {
      const next = lines[i + 1] ?? '';
      const nextIsHeading = LEVEL1.test(squash(next)) || LEVEL2.test(next) || LEVEL3.test(next);
      if (!/[，。；：、,]/.test(rest) && (rest.length < 20 || nextIsHeading)) {
        title = rest;
        rest = '';
      }
    }
    open(m.level, m.label, m.marker, title, rest);
  }

  return out.map((c) => {
    const marked = c.body.map((l) => (/[：:]$/.test(l) ? l + BREAK : l)).join('');
    return {
      id: c.id,
      ...(c.title ? { title: c.title } : {}),
      text: marked.split(BREAK).join(''),
      sentences: sentencesOf(marked),
      ...(c.parent ? { parent: c.parent } : {}),
      ...(c.marker ? { marker: c.marker } : {}),
    };
  });
}
