// Reads our SVG's elements by their data-* attributes (the picture is written by us, so a start-tag scan is enough).
export interface Tag { name: string; attrs: Record<string, string>; index: number }

export function tags(svg: string, name?: string): Tag[] {
  const out: Tag[] = [];
  const re = /<([a-zA-Z]+)((?:\s+[\w:-]+="[^"]*")*)\s*\/?>/g;
  for (let m = re.exec(svg); m; m = re.exec(svg)) {
    if (name && m[1] !== name) continue;
    const attrs: Record<string, string> = {};
    for (const a of m[2].matchAll(/([\w:-]+)="([^"]*)"/g)) attrs[a[1]] = a[2];
    out.push({ name: m[1], attrs, index: m.index });
  }
  return out;
}

/** The `<g>` groups with all the given attribute values. */
export function groups(svg: string, where: Record<string, string>): Tag[] {
  return tags(svg, 'g').filter((t) => Object.entries(where).every(([k, v]) => t.attrs[k] === v));
}

/** The text of a group (its <text> contents up to the group's end), XML entities decoded. */
export function groupText(svg: string, g: Tag): string {
  let depth = 0;
  const re = /<(\/?)g[\s>]/g;
  re.lastIndex = g.index;
  let end = svg.length;
  for (let m = re.exec(svg); m; m = re.exec(svg)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) { end = m.index; break; }
  }
  return [...svg.slice(g.index, end).matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** The first <line> inside a group. */
export function groupLine(svg: string, g: Tag): Tag {
  return tags(svg.slice(g.index), 'line')[0];
}
