// The two ladders side by side as an SVG (720×900, phone-sized): the region's arrows from the rule rows, the
// person's position, and their paths by status. Pure: no files, no clock. Every status is told by colour, line
// style, a drawn marker and words, so the picture reads without colour too.
import { t } from '../i18n';
import type { Locale } from '../dialogs/replyModel';
import { POLICIES, REGION_CONFIG } from '../rules/policies';
import { SKILL_LEVELS, TITLE_LEVELS, skillRank, titleRank, type Region, type SkillLevel, type Status, type TitleLevel } from '../rules/vocabulary';
import { regionLadder, type LadderArrow, type Rung } from './regionLadder';
import { FONT_FAMILY, esc, n, textWidth } from './svgText';
import type { LadderHighlights } from './link';

type Path = LadderHighlights['paths'][number];

export interface LadderProfile { skills?: readonly { level: SkillLevel }[]; titles?: readonly { level: TitleLevel }[] }

export interface LadderOptions {
  region: Region;
  locale: Locale;
  /** The engine's answer: its paths are highlighted by status. */
  result?: LadderHighlights;
  /** What the person holds: the highest rung of each ladder is marked as their position. */
  profile?: LadderProfile;
  /** Prefix for element ids, when several pictures share one document. */
  idPrefix?: string;
  /** Where to place the picture inside another SVG (the poster): the root scales to this width. */
  frame?: { x: number; y: number; width: number };
}

export const LADDER_WIDTH = 720;
/** The height with the full legend; without a person or a result the picture is a little shorter. */
export const LADDER_HEIGHT = 900;

const BOX_W = 210;
const BOX_H = 68;
const COL_X = { skill: 24, title: LADDER_WIDTH - 24 - BOX_W } as const;
const ROW_TOP = 178;
const ROW_STEP = 102;

interface Style { color: string; width: number; dash?: string; cap?: 'round' }
const STYLE: Record<Status | 'route', Style> = {
  route: { color: '#5b6770', width: 2 },
  eligible: { color: '#007a5a', width: 5 },
  not_yet: { color: '#c84e00', width: 4.5, dash: '0.1 8', cap: 'round' },
  conditional: { color: '#8a2f72', width: 4, dash: '12 7' },
  unmet: { color: '#8a8a8a', width: 2.5, dash: '3 4' },
};
const CURRENT = { stroke: '#0b5cad', fill: '#e3effa' };
const STATUS_ORDER: Record<Status, number> = { eligible: 0, not_yet: 1, conditional: 2, unmet: 3 };

/** Row 0 is the bottom. Titles sit one row up, so 高级工 faces 助理级, 技师 中级, 高级技师 副高级. */
const rowOf = (r: Rung): number => (r.ladder === 'skill' ? skillRank(r.level) : titleRank(r.level) + 1);
const rowCenter = (row: number): number => ROW_TOP + (5 - row) * ROW_STEP;
const rungKey = (r: Rung): string => `${r.ladder}:${r.level}`;

const rungName = (r: Rung, locale: Locale): string =>
  r.ladder === 'skill' ? t(locale, `ladder:skillName.${r.level}`) : t(locale, `ladder:titleName.${r.level}`);
const rungGrade = (r: Rung, locale: Locale): string =>
  r.ladder === 'skill' ? t(locale, `ladder:skillGrade.${r.level}`) : t(locale, `ladder:titleGrade.${r.level}`);

function monthWords(ym: string, locale: Locale): string {
  const [year, month] = ym.split('-');
  return t(locale, 'ladder:month', { year, month: String(Number(month)) });
}

function statusWords(p: Pick<Path, 'status' | 'eligibleFrom'>, locale: Locale): string {
  return p.status === 'not_yet' && p.eligibleFrom
    ? t(locale, 'ladder:status.not_yet', { month: monthWords(p.eligibleFrom, locale) })
    : t(locale, `ladder:status.${p.status}`);
}

function yearsWords(a: LadderArrow, locale: Locale): string {
  if (a.route === 'upgrade') return t(locale, 'ladder:upgrade', { years: a.years ?? 1 });
  const base = t(locale, `ladder:years.${a.yearsKind}`, { years: a.years });
  // A second starting rung on the other ladder (Sichuan: 副高级 + 高级工 → 正高级) is said on the arrow.
  const other = a.alsoHolds.filter((r) => r.ladder !== a.from.ladder || a.from.ladder === a.to.ladder);
  return other.length ? `${base}·${t(locale, 'ladder:alsoHolds', { what: other.map((r) => rungName(r, locale)).join('/') })}` : base;
}

/** The path of the result drawn on an arrow: same rule row, else same direction, target and route. */
function pathFor(a: LadderArrow, paths: readonly Path[]): Path | undefined {
  return paths.find((p) => p.ruleId === a.ruleId)
    ?? paths.find((p) => !p.ruleId && p.direction === a.direction && p.target === a.to.level && p.route === a.route);
}

function bestPath(paths: readonly Path[]): Path | undefined {
  return [...paths].sort((x, y) => STATUS_ORDER[x.status] - STATUS_ORDER[y.status]
    || (x.eligibleFrom ?? '9999-99').localeCompare(y.eligibleFrom ?? '9999-99'))[0];
}

const lineAttrs = (s: Style): string =>
  `stroke="${s.color}" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}${s.cap ? ` stroke-linecap="${s.cap}"` : ''} fill="none"`;

/** A drawn status marker (check, clock, question diamond, cross) centred on x, y. */
function marker(kind: Status | 'current', x: number, y: number, color: string): string {
  switch (kind) {
    case 'eligible':
      return `<g data-marker="eligible"><circle cx="${n(x)}" cy="${n(y)}" r="8" fill="${color}"/><path d="M${n(x - 4)} ${n(y)} l3 3.5 l5.5 -7" stroke="#fff" stroke-width="2.2" fill="none" stroke-linecap="round" stroke-linejoin="round"/></g>`;
    case 'not_yet':
      return `<g data-marker="not_yet"><circle cx="${n(x)}" cy="${n(y)}" r="7.5" fill="#fff" stroke="${color}" stroke-width="2.2"/><path d="M${n(x)} ${n(y - 4.5)} V${n(y)} H${n(x + 3.5)}" stroke="${color}" stroke-width="2" fill="none" stroke-linecap="round"/></g>`;
    case 'conditional':
      return `<g data-marker="conditional"><path d="M${n(x)} ${n(y - 9)} L${n(x + 9)} ${n(y)} L${n(x)} ${n(y + 9)} L${n(x - 9)} ${n(y)} Z" fill="${color}"/><text x="${n(x)}" y="${n(y + 4.5)}" font-size="12" font-weight="bold" fill="#fff" text-anchor="middle">?</text></g>`;
    case 'unmet':
      return `<g data-marker="unmet"><circle cx="${n(x)}" cy="${n(y)}" r="7.5" fill="#fff" stroke="${color}" stroke-width="2"/><path d="M${n(x - 3.5)} ${n(y - 3.5)} l7 7 M${n(x + 3.5)} ${n(y - 3.5)} l-7 7" stroke="${color}" stroke-width="2" stroke-linecap="round"/></g>`;
    case 'current':
      // A map pin.
      return `<g data-marker="current"><path d="M${n(x)} ${n(y + 9)} C${n(x - 3)} ${n(y + 4)} ${n(x - 7)} ${n(y + 1)} ${n(x - 7)} ${n(y - 3)} A7 7 0 1 1 ${n(x + 7)} ${n(y - 3)} C${n(x + 7)} ${n(y + 1)} ${n(x + 3)} ${n(y + 4)} ${n(x)} ${n(y + 9)} Z" fill="${color}"/><circle cx="${n(x)}" cy="${n(y - 3)}" r="2.6" fill="#fff"/></g>`;
  }
}

function labelBox(text: string, x: number, y: number, size: number, color: string, bold = false): string {
  const w = textWidth(text, size) + 8;
  return `<rect x="${n(x - w / 2)}" y="${n(y - size)}" width="${n(w)}" height="${n(size + 5)}" rx="3" fill="#fff" fill-opacity="0.92"/>`
    + `<text x="${n(x)}" y="${n(y)}" font-size="${size}" text-anchor="middle" fill="${color}"${bold ? ' font-weight="bold"' : ''}>${esc(text)}</text>`;
}

interface Point { x: number; y: number }
interface ArrowGeom {
  a: LadderArrow; start: Point; end: Point; vertical: boolean;
  /** How far along the line the label sits, and whether on it (a lone slanted arrow) or beside it. */
  labelAt: number;
  labelOnLine: boolean;
}

/**
 * Where each arrow leaves and meets its boxes. Between the ladders, level arrows keep fixed lanes (skill → title
 * above the middle, title → skill below), slanted ones meet the box's top or bottom part; within a group the
 * skill → title one is upper on both ends, so no two arrows cross or share a point.
 */
function layoutArrows(arrows: readonly LadderArrow[]): ArrowGeom[] {
  const sideX = (r: Rung) => (r.ladder === 'skill' ? COL_X.skill + BOX_W : COL_X.title);
  const groups = new Map<string, { arrow: number; end: 'start' | 'end'; s2t: boolean }[]>();
  arrows.forEach((a, i) => {
    if (a.from.ladder === a.to.ladder) return;
    for (const [end, r, other] of [['start', a.from, a.to], ['end', a.to, a.from]] as const) {
      const dy = rowOf(other) - rowOf(r);
      const key = `${rungKey(r)}|${dy > 0 ? 'up' : dy < 0 ? 'down' : 'level'}`;
      const list = groups.get(key) ?? [];
      list.push({ arrow: i, end, s2t: a.direction === 'skill_to_title' });
      groups.set(key, list);
    }
  });
  const ys = new Map<string, number>();
  for (const [key, list] of groups) {
    const [rk, lane] = key.split('|');
    const r: Rung = rk.startsWith('skill:') ? { ladder: 'skill', level: rk.slice(6) as SkillLevel } : { ladder: 'title', level: rk.slice(6) as TitleLevel };
    const c = rowCenter(rowOf(r));
    list.sort((p, q) => Number(q.s2t) - Number(p.s2t) || p.arrow - q.arrow);
    list.forEach((e, k) => {
      const offset = lane === 'level' ? (e.s2t ? -6 : 14)
        : list.length === 1 ? (lane === 'up' ? -26 : 26)
          : lane === 'up' ? -32 + (8 * k) / (list.length - 1) : 8 + (16 * k) / (list.length - 1);
      ys.set(`${e.arrow}:${e.end}`, c + offset);
    });
  }
  return arrows.map((a, i) => {
    if (a.from.ladder === a.to.ladder) {
      // Along one ladder (晋级, 副高级 → 正高级): up the gap between the two boxes.
      // Near the box's left edge, so the label beside it has room within the picture (the title ladder is on the right).
      const x = COL_X[a.from.ladder] + (a.route === 'upgrade' || a.from.ladder === 'title' ? 34 : BOX_W / 2);
      const up = rowOf(a.to) > rowOf(a.from);
      return {
        a, vertical: true, labelAt: 0.5, labelOnLine: false,
        start: { x, y: rowCenter(rowOf(a.from)) + (up ? -BOX_H / 2 : BOX_H / 2) },
        end: { x, y: rowCenter(rowOf(a.to)) + (up ? BOX_H / 2 : -BOX_H / 2) },
      };
    }
    const slanted = rowOf(a.from) !== rowOf(a.to);
    const twin = arrows.some((b, j) => j !== i && b.from.ladder !== b.to.ladder
      && new Set([rungKey(a.from), rungKey(a.to)]).has(rungKey(b.from)) && new Set([rungKey(a.from), rungKey(a.to)]).has(rungKey(b.to)));
    return {
      a, vertical: false, labelAt: twin && slanted ? 0.35 : 0.5, labelOnLine: !twin && slanted,
      start: { x: sideX(a.from), y: ys.get(`${i}:start`) ?? rowCenter(rowOf(a.from)) },
      end: { x: sideX(a.to), y: ys.get(`${i}:end`) ?? rowCenter(rowOf(a.to)) },
    };
  });
}

function drawArrow(g: ArrowGeom, path: Path | undefined, locale: Locale, ids: (s: string) => string): string {
  const { a, start, end } = g;
  const status = path?.status;
  const style = STYLE[status ?? 'route'];
  const head = `url(#${ids(`head-${status ?? 'route'}`)})`;
  // Stop the line short of the box so the arrowhead's tip touches it.
  const len = Math.hypot(end.x - start.x, end.y - start.y);
  const back = 2;
  const ex = end.x - ((end.x - start.x) / len) * back;
  const ey = end.y - ((end.y - start.y) / len) * back;
  const words = yearsWords(a, locale);
  const attrs = [
    `data-path="${a.direction}:${a.to.level}"`, `data-rule="${esc(a.ruleId)}"`, `data-route="${a.route}"`,
    `data-from="${a.from.ladder}:${a.from.level}"`, `data-status="${status ?? 'none'}"`,
    `data-highlight="${status ? 'true' : 'false'}"`,
    ...(path?.eligibleFrom ? [`data-eligible-from="${path.eligibleFrom}"`] : []),
  ].join(' ');
  let out = `<g class="arrow" ${attrs}>`;
  out += `<line x1="${n(start.x)}" y1="${n(start.y)}" x2="${n(ex)}" y2="${n(ey)}" ${lineAttrs(style)} marker-end="${head}"/>`;
  const size = a.route === 'upgrade' ? 12 : 13.5;
  const color = status ? style.color : '#3d474f';
  // One line: the years, and for a path that opens later the month it opens (the box says the rest).
  const text = path?.status === 'not_yet' && path.eligibleFrom ? `${words} · ${statusWords(path, locale)}` : words;
  const mark = (x: number, y: number) => (status ? marker(status, x, y, style.color) : '');
  if (g.vertical) {
    // Beside the line, within the picture: shifted left near the right edge; on two lines (years, month) when long.
    const parts = path?.status === 'not_yet' && path.eligibleFrom ? [words, statusWords(path, locale)] : [words];
    const markerSpace = status ? 24 : 0;
    const maxW = Math.min(BOX_W + 20, LADDER_WIDTH - 10 - (start.x + 8)) - markerSpace;
    const lines = textWidth(parts.join(' · '), size) > maxW ? parts : [parts.join(' · ')];
    // Two lines fill the gap between two boxes (34 px): at most 12 px each.
    const fs = Math.min(lines.length > 1 ? 12 : size, ...lines.map((l) => (size * maxW) / Math.max(1, textWidth(l, size))));
    const lw = Math.max(...lines.map((l) => textWidth(l, fs)));
    const lh = fs + 2;
    const x = Math.min(start.x + 8, LADDER_WIDTH - 10 - lw - markerSpace);
    const mid = (start.y + end.y) / 2;
    const top = mid - (lines.length * lh) / 2;
    out += `<rect x="${n(x - 2)}" y="${n(top - 1)}" width="${n(lw + 4)}" height="${n(lines.length * lh + 3)}" rx="3" fill="#fff" fill-opacity="0.92"/>`;
    out += lines.map((l, i) => `<text x="${n(x)}" y="${n(top + (i + 1) * lh - 3)}" font-size="${n(fs)}" fill="${color}"${status ? ' font-weight="bold"' : ''}>${esc(l)}</text>`).join('');
    out += mark(x + lw + 14, mid);
  } else {
    // Level arrows are labelled above (skill → title) or below (title → skill) the line; a lone slanted arrow
    // crosses the gap between rows and carries its label on the line. Slanted labels follow the line's angle.
    const x = start.x + (end.x - start.x) * g.labelAt;
    const y = start.y + (end.y - start.y) * g.labelAt;
    let angle = (Math.atan2(end.y - start.y, end.x - start.x) * 180) / Math.PI;
    if (angle > 90) angle -= 180;
    if (angle < -90) angle += 180;
    const w = textWidth(text, size);
    const base = y + (g.labelOnLine ? size / 2 - 2 : a.direction === 'skill_to_title' ? -7 : size + 5);
    const label = labelBox(text, x, base, size, color, Boolean(status)) + mark(x - w / 2 - 13, base - size / 2 + 1);
    out += Math.abs(angle) > 1 ? `<g transform="rotate(${n(angle)} ${n(x)} ${n(y)})">${label}</g>` : label;
  }
  return `${out}</g>`;
}

interface BoxState { current: boolean; held: boolean; path?: Path; green: boolean }

function drawBox(r: Rung, st: BoxState, locale: Locale): string {
  const x = COL_X[r.ladder];
  const cy = rowCenter(rowOf(r));
  const y = cy - BOX_H / 2;
  const p = st.path;
  const style = p ? STYLE[p.status] : undefined;
  const attrs = [
    `data-ladder="${r.ladder}"`, `data-level="${r.level}"`,
    `data-current="${st.current}"`, `data-held="${st.held}"`,
    `data-status="${p?.status ?? 'none'}"`,
    ...(p ? [`data-path="${p.direction}:${p.target}"`, `data-route="${p.route}"`] : []),
    ...(p?.eligibleFrom ? [`data-eligible-from="${p.eligibleFrom}"`] : []),
  ].join(' ');
  const fill = st.current ? CURRENT.fill : st.held ? '#f1f5f9' : '#ffffff';
  let out = `<g class="rung" ${attrs}>`;
  out += `<rect x="${n(x)}" y="${n(y)}" width="${BOX_W}" height="${BOX_H}" rx="10" fill="${fill}" stroke="#9aa5ad" stroke-width="1.5"/>`;
  if (st.current) {
    out += `<rect x="${n(x - 3)}" y="${n(y - 3)}" width="${BOX_W + 6}" height="${BOX_H + 6}" rx="12" fill="none" stroke="${CURRENT.stroke}" stroke-width="4"/>`;
  }
  if (style) {
    const inset = st.current ? 4 : 0;
    out += `<rect x="${n(x + inset)}" y="${n(y + inset)}" width="${BOX_W - 2 * inset}" height="${BOX_H - 2 * inset}" rx="10" ${lineAttrs({ ...style, width: Math.min(style.width, 4) })}/>`;
  }
  const name = rungName(r, locale);
  const nameSize = locale === 'en' ? (textWidth(name, 17) > BOX_W - 24 ? 15 : 17) : 20;
  const hasLine3 = Boolean(p) || st.current;
  const y1 = hasLine3 ? y + 24 : y + 30;
  out += `<text x="${n(x + 12)}" y="${n(y1)}" font-size="${nameSize}" font-weight="bold" fill="#1d2327">${esc(name)}</text>`;
  out += `<text x="${n(x + 12)}" y="${n(y1 + 19)}" font-size="12.5" fill="#4a555c">${esc(rungGrade(r, locale) + (st.held && !st.current ? ` · ${t(locale, 'ladder:held')}` : ''))}</text>`;
  if (p && style) {
    const words = statusWords(p, locale) + (st.green ? ` · ${t(locale, 'ladder:green')}` : '');
    out += marker(p.status, x + BOX_W - 20, y + 18, style.color);
    out += `<text x="${n(x + 12)}" y="${n(y + 61)}" font-size="13" font-weight="bold" fill="${style.color}">${esc(words)}</text>`;
  } else if (st.current) {
    out += `<text x="${n(x + 12)}" y="${n(y + 61)}" font-size="13" font-weight="bold" fill="${CURRENT.stroke}">${esc(t(locale, 'ladder:you'))}</text>`;
  }
  if (st.current) out += marker('current', x + BOX_W - (p ? 42 : 20), y + 20, CURRENT.stroke);
  return `${out}</g>`;
}

/** The key to the picture: the route line always; the position and the statuses when they are shown. */
function legend(locale: Locale, ids: (s: string) => string, top: number, show: { current: boolean; statuses: boolean }): { svg: string; height: number } {
  const items: [Status | 'route' | 'current', string][] = [
    ['current', t(locale, 'ladder:legend.current')], ['route', t(locale, 'ladder:legend.route')],
    ['eligible', t(locale, 'ladder:legend.eligible')], ['not_yet', t(locale, 'ladder:legend.not_yet')],
    ['conditional', t(locale, 'ladder:legend.conditional')], ['unmet', t(locale, 'ladder:legend.unmet')],
  ].filter(([k]) => (k === 'current' ? show.current : k === 'route' ? true : show.statuses)) as [Status | 'route' | 'current', string][];
  const height = Math.ceil(items.length / 2) * 30 + 14;
  let out = `<g class="legend" data-legend="true"><rect x="16" y="${top}" width="${LADDER_WIDTH - 32}" height="${height}" rx="8" fill="#f6f8fa" stroke="#d5dbe0"/>`;
  items.forEach(([kind, words], i) => {
    const col = i % 2;
    const row = Math.floor(i / 2);
    const x = 32 + col * 340;
    const y = top + 24 + row * 30;
    if (kind === 'current') {
      out += `<rect x="${x}" y="${y - 10}" width="44" height="20" rx="5" fill="${CURRENT.fill}" stroke="${CURRENT.stroke}" stroke-width="3"/>`;
      out += marker('current', x + 54, y, CURRENT.stroke);
    } else {
      const s = STYLE[kind];
      out += `<line x1="${x}" y1="${y}" x2="${x + 44}" y2="${y}" ${lineAttrs(s)} marker-end="url(#${ids(`head-${kind}`)})"/>`;
      if (kind !== 'route') out += marker(kind, x + 62, y, s.color);
    }
    out += `<text x="${x + 76}" y="${y + 5}" font-size="14" fill="#1d2327">${esc(words)}</text>`;
  });
  return { svg: `${out}</g>`, height };
}

function describe(opts: LadderOptions, arrows: readonly LadderArrow[], current: Rung[], paths: readonly Path[]): string {
  const { locale, region } = opts;
  const sep = t(locale, 'ladder:desc.sep');
  const parts = [t(locale, 'ladder:desc.intro', { region: t(locale, `rules:region.${region}`) })];
  parts.push(arrows.filter((a) => a.route === 'standard')
    .map((a) => t(locale, 'ladder:desc.arrow', { from: rungName(a.from, locale), years: yearsWords(a, locale), to: rungName(a.to, locale) }))
    .join(sep) + (locale === 'en' ? '.' : '。'));
  if (current.length) parts.push(t(locale, 'ladder:desc.current', { where: current.map((r) => rungName(r, locale)).join(sep) }));
  if (paths.length) {
    parts.push(t(locale, 'ladder:desc.paths', {
      list: paths.map((p) => t(locale, 'ladder:desc.path', {
        to: rungName(p.direction === 'skill_to_title' ? { ladder: 'title', level: p.target as TitleLevel } : { ladder: 'skill', level: p.target as SkillLevel }, locale),
        route: t(locale, `rules:route.${p.route}`), status: statusWords(p, locale),
      })).join(sep),
    }));
  }
  return parts.join(locale === 'en' ? ' ' : '');
}

/** The ladder picture as a standalone SVG document (no XML declaration, so it can be inlined as is). */
export function ladderSvg(opts: LadderOptions): string {
  return ladderPicture(opts).svg;
}

/** The picture and its size (the height depends on the legend; the width is fixed, or the frame's). */
export function ladderPicture(opts: LadderOptions): { svg: string; width: number; height: number } {
  const { region, locale, result } = opts;
  // Without a profile, the result says what is held (its `held` field).
  const profile = opts.profile ?? (result?.held ? {
    skills: result.held.skill ? [{ level: result.held.skill }] : [],
    titles: result.held.title ? [{ level: result.held.title }] : [],
  } : undefined);
  const pre = opts.idPrefix ?? 'ladder';
  const ids = (s: string) => `${pre}-${s}`;
  const { arrows } = regionLadder(region);
  const paths = result?.paths ?? [];

  // The person's position: the highest rung held on each ladder; lower rungs count as held (ruling 2).
  const topSkill = profile?.skills?.length ? Math.max(...profile.skills.map((s) => skillRank(s.level))) : -1;
  const topTitle = profile?.titles?.length ? Math.max(...profile.titles.map((s) => titleRank(s.level))) : -1;
  const current: Rung[] = [
    ...(topSkill >= 0 ? [{ ladder: 'skill', level: SKILL_LEVELS[topSkill] } as Rung] : []),
    ...(topTitle >= 0 ? [{ ladder: 'title', level: TITLE_LEVELS[topTitle] } as Rung] : []),
  ];

  const rungs: Rung[] = [
    ...SKILL_LEVELS.map((level): Rung => ({ ladder: 'skill', level })),
    ...TITLE_LEVELS.map((level): Rung => ({ ladder: 'title', level })),
  ];
  const boxes = rungs.map((r) => {
    const rank = r.ladder === 'skill' ? skillRank(r.level) : titleRank(r.level);
    const top = r.ladder === 'skill' ? topSkill : topTitle;
    const targeting = paths.filter((p) => p.target === r.level && (p.direction === 'skill_to_title') === (r.ladder === 'title'));
    const best = bestPath(targeting);
    const state: BoxState = {
      current: rank === top, held: rank <= top, path: best,
      green: Boolean(best && best.route === 'green_channel'),
    };
    return drawBox(r, state, locale);
  });

  const geoms = layoutArrows(arrows);
  const cfg = REGION_CONFIG[region];
  const docs = cfg.policies.map((id) => POLICIES[id].docNo).join(locale === 'en' ? ', ' : '、');
  const heading = t(locale, 'ladder:heading');
  const regionLine = t(locale, 'ladder:regionLine', { region: t(locale, `rules:region.${region}`), docs });
  const series = t(locale, 'ladder:seriesLine', { series: cfg.series.map((s) => t(locale, `rules:series.${s}`)).join(locale === 'en' ? ', ' : '、') });
  const desc = describe(opts, arrows, current, paths);
  // Eight series in English take two lines; both stay above the column headings.
  const seriesLines = wrap(series, LADDER_WIDTH - 48, 13);
  const seriesTop = seriesLines.length > 1 ? 86 : 90;

  const heads = (Object.keys(STYLE) as (keyof typeof STYLE)[]).map((k) =>
    `<marker id="${ids(`head-${k}`)}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="${k === 'route' ? 6 : 4}" markerHeight="${k === 'route' ? 6 : 4}" markerUnits="strokeWidth" orient="auto"><path d="M0 0 L10 5 L0 10 Z" fill="${STYLE[k].color}"/></marker>`).join('');

  const legendTop = rowCenter(0) + BOX_H / 2 + 16;
  const key = legend(locale, ids, legendTop, { current: current.length > 0, statuses: Boolean(result) });
  const footY = legendTop + key.height + 22;
  const footnote = wrap(t(locale, 'ladder:footnote'), LADDER_WIDTH - 40, 12.5);

  const H = Math.min(LADDER_HEIGHT, Math.ceil(footY + (footnote.length - 1) * 17 + 16));
  const f = opts.frame;
  const width = f ? f.width : LADDER_WIDTH;
  const height = (width * H) / LADDER_WIDTH;
  const size = f ? `x="${n(f.x)}" y="${n(f.y)}" width="${n(width)}" height="${n(height)}"` : `width="${LADDER_WIDTH}" height="${H}"`;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" ${size} viewBox="0 0 ${LADDER_WIDTH} ${H}" role="img" aria-labelledby="${ids('title')} ${ids('desc')}" font-family="${esc(FONT_FAMILY)}" data-region="${region}" data-locale="${locale}">`,
    `<title id="${ids('title')}">${esc(`${heading} · ${t(locale, `rules:region.${region}`)}`)}</title>`,
    `<desc id="${ids('desc')}">${esc(desc)}</desc>`,
    `<defs>${heads}</defs>`,
    `<rect width="${LADDER_WIDTH}" height="${H}" fill="#ffffff"/>`,
    `<text x="${LADDER_WIDTH / 2}" y="40" font-size="${locale === 'en' ? 22 : 26}" font-weight="bold" text-anchor="middle" fill="#1d2327">${esc(heading)}</text>`,
    `<text x="${LADDER_WIDTH / 2}" y="68" font-size="14" text-anchor="middle" fill="#3d474f">${esc(regionLine)}</text>`,
    ...seriesLines.map((line, i) => `<text x="${LADDER_WIDTH / 2}" y="${n(seriesTop + i * 17)}" font-size="13" text-anchor="middle" fill="#4a555c">${esc(line)}</text>`),
    `<text x="${COL_X.skill + BOX_W / 2}" y="128" font-size="17" font-weight="bold" text-anchor="middle" fill="#1d2327">${esc(t(locale, 'ladder:column.skill'))}</text>`,
    `<text x="${COL_X.title + BOX_W / 2}" y="128" font-size="17" font-weight="bold" text-anchor="middle" fill="#1d2327">${esc(t(locale, 'ladder:column.title'))}</text>`,
    ...boxes,
    ...geoms.map((g) => drawArrow(g, pathFor(g.a, paths), locale, ids)),
    key.svg,
    ...footnote.map((line, i) => `<text x="20" y="${n(footY + i * 17)}" font-size="12.5" fill="#4a555c">${esc(line)}</text>`),
    '</svg>',
  ];
  return { svg: parts.join('\n'), width, height };
}

/** Greedy line breaking by estimated width (CJK anywhere, Latin at spaces, or anywhere with `anywhere`). */
export function wrap(text: string, width: number, size: number, anywhere = false): string[] {
  const tokens = (anywhere ? [...text] : text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+\s*|\s+/g)) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens) {
    if (line && textWidth(line + tok.trimEnd(), size) > width) {
      lines.push(line.trimEnd());
      line = tok.trimStart();
    } else line += tok;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
