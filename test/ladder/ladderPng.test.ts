// The PNG: real pixels, drawn with the CJK font (distinct glyphs, not tofu boxes); a clear error without a font.
import { PNG } from 'pngjs';
import { FontNotFoundError, findCjkFont, ladderPng, renderSvg } from '../../src/ladder/ladderPng';
import { evaluate } from '../../src/rules';

const inkOf = (png: Buffer) => {
  const img = PNG.sync.read(png);
  const dark: number[] = [];
  for (let i = 0; i < img.data.length; i += 4) if (img.data[i] + img.data[i + 1] + img.data[i + 2] < 300) dark.push(i / 4);
  return { img, dark };
};
const word = (s: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="60"><text x="10" y="44" font-size="40" font-family="WenQuanYi Micro Hei">${s}</text></svg>`;

describe('ladderPng', () => {
  it('renders the picture at 720 px wide as a real PNG', () => {
    const profile = { region: 'chongqing', asOf: '2024-11', skills: [{ level: 'technician' as const, since: '2022-05' }] };
    const png = ladderPng({ region: 'chongqing', locale: 'zh-CN', result: evaluate(profile), profile });
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const { img, dark } = inkOf(png);
    expect(img.width).toBe(720);
    expect(img.height).toBeGreaterThan(780);
    expect(png.length).toBeGreaterThan(20_000);
    expect(dark.length).toBeGreaterThan(5_000);
  });

  it('draws Chinese with real glyphs: 高级技师 has ink, and different characters look different', () => {
    const { dark } = inkOf(renderSvg(word('高级技师')).png);
    expect(dark.length).toBeGreaterThan(800);
    // With no CJK glyph every character would be the same missing-glyph box.
    const gao = inkOf(renderSvg(word('高')).png).dark.join(',');
    const ji = inkOf(renderSvg(word('级')).png).dark.join(',');
    expect(gao.length).toBeGreaterThan(0);
    expect(gao).not.toBe(ji);
  });

  it('renders at a requested width', () => {
    const { width, height } = renderSvg(word('技师'), { width: 480 });
    expect([width, height]).toEqual([480, 120]);
  });

  it('finds the CJK font in known paths or in given folders', () => {
    expect(findCjkFont()).toMatch(/\.(ttc|ttf|otf)$/);
    expect(findCjkFont({ knownFonts: [], fontDirs: ['/usr/share/fonts'] })).toMatch(/wqy|noto/i);
  });

  it('names the Debian package when no CJK font is found', () => {
    const saved = process.env.GUANTONG_CJK_FONT;
    delete process.env.GUANTONG_CJK_FONT;
    try {
      expect(() => findCjkFont({ knownFonts: ['/nonexistent/font.ttc'], fontDirs: ['/nonexistent-dir'] })).toThrow(FontNotFoundError);
      expect(() => findCjkFont({ knownFonts: [], fontDirs: [] })).toThrow(/fonts-wqy-microhei/);
      expect(() => ladderPng({ region: 'national', locale: 'zh-CN', knownFonts: [] })).toThrow(/apt-get install fonts-wqy-microhei/);
    } finally {
      if (saved !== undefined) process.env.GUANTONG_CJK_FONT = saved;
    }
  });
});
