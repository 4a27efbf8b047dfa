// Small helpers for writing SVG by hand: escaping and a width estimate for labels (no font metrics here).

export const FONT_FAMILY = '"WenQuanYi Micro Hei","Noto Sans CJK SC",sans-serif';

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Rough advance width of a text: CJK and full-width characters one em, the rest a little over half. */
export function textWidth(s: string, fontSize: number): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    w += c >= 0x2e80 || (c >= 0xff00 && c <= 0xffef) ? 1 : /[A-Z0-9]/.test(ch) ? 0.62 : ch === ' ' ? 0.3 : 0.52;
  }
  return w * fontSize;
}

/** Round to one decimal, so the SVG stays short and byte-stable. */
export const n = (x: number): string => String(Math.round(x * 10) / 10);
