// The picture, read through its data-* attributes: which arrows and boxes are highlighted for a given answer.
import { ladderSvg, type LadderProfile } from '../../src/ladder/ladderSvg';
import { regionLadder } from '../../src/ladder/regionLadder';
import { evaluate, REGIONS, type EligibilityResult } from '../../src/rules';
import { groupLine, groupText, groups, tags } from './svgQuery';

function picture(profile: Record<string, unknown>, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const result: EligibilityResult = evaluate(profile);
  const svg = ladderSvg({ region: profile.region as never, locale, result, profile: profile as LadderProfile });
  return { svg, result };
}

const arrow = (svg: string, path: string) => groups(svg, { class: 'arrow', 'data-path': path });
const box = (svg: string, ladder: string, level: string) => groups(svg, { class: 'rung', 'data-ladder': ladder, 'data-level': level })[0];

describe('ladderSvg', () => {
  it('is an accessible, phone-sized image with a title, a description and the CJK font', () => {
    const svg = ladderSvg({ region: 'chongqing', locale: 'zh-CN' });
    const root = tags(svg, 'svg')[0].attrs;
    expect(root.role).toBe('img');
    expect(Number(root.width)).toBe(720);
    expect(Number(root.height)).toBeGreaterThan(780);
    expect(Number(root.height)).toBeLessThanOrEqual(900);
    expect(root['font-family']).toBe('&quot;WenQuanYi Micro Hei&quot;,&quot;Noto Sans CJK SC&quot;,sans-serif');
    const title = svg.match(/<title id="([^"]+)">([^<]+)<\/title>/)!;
    const desc = svg.match(/<desc id="([^"]+)">([^<]+)<\/desc>/)!;
    expect(root['aria-labelledby']).toBe(`${title[1]} ${desc[1]}`);
    expect(title[2]).toContain('重庆');
    expect(desc[2]).toContain('技师，满3年，可申报工程师');
    for (const name of ['初级工', '中级工', '高级工', '技师', '高级技师', '技术员', '助理工程师', '工程师', '高级工程师', '正高级工程师', '员级', '助理级', '副高级', '正高级']) {
      expect(svg).toContain(`>${name}<`);
    }
  });

  it('draws every arrow of the region from the rule rows, and nothing highlighted without an answer', () => {
    for (const region of REGIONS) {
      const svg = ladderSvg({ region, locale: 'zh-CN' });
      const drawn = groups(svg, { class: 'arrow' });
      expect(drawn.map((g) => g.attrs['data-rule'])).toEqual(regionLadder(region).arrows.map((a) => a.ruleId));
      expect(drawn.every((g) => g.attrs['data-status'] === 'none')).toBe(true);
      expect(groups(svg, { class: 'rung' }).filter((g) => g.attrs['data-status'] !== 'none' || g.attrs['data-current'] === 'true')).toEqual([]);
    }
  });

  it('labels arrows with the region\'s years', () => {
    const sc = ladderSvg({ region: 'sichuan', locale: 'zh-CN' });
    expect(groupText(sc, groups(sc, { 'data-rule': 'sichuan.s2t.standard.full_senior.by_skill' })[0])).toBe('满10年');
    expect(groupText(sc, groups(sc, { 'data-rule': 'sichuan.s2t.standard.full_senior.by_title' })[0])).toBe('满5年·需高级工');
    expect(groupText(sc, groups(sc, { 'data-rule': 'sichuan.t2s.standard.technician' })[0])).toBe('累计4年');
    const cq = ladderSvg({ region: 'chongqing', locale: 'zh-CN' });
    expect(groupText(cq, arrow(cq, 'skill_to_title:assistant')[0])).toBe('满2年');
  });

  it('highlights a technician\'s eligible 助理级 and not-yet 中级 with its month, and marks where they are', () => {
    const { svg } = picture({ region: 'chongqing', asOf: '2024-11', skills: [{ level: 'technician', since: '2022-05' }], annualReviewsPassed: true });
    const [mid] = arrow(svg, 'skill_to_title:intermediate');
    expect(mid.attrs).toMatchObject({ 'data-status': 'not_yet', 'data-eligible-from': '2025-05', 'data-highlight': 'true' });
    expect(groupText(svg, mid)).toBe('满3年 · 2025年5月起');
    expect(groupLine(svg, mid).attrs['stroke-dasharray']).toBeDefined();
    const [asst] = arrow(svg, 'skill_to_title:assistant');
    expect(asst.attrs['data-status']).toBe('eligible');
    expect(groupLine(svg, asst).attrs['stroke-dasharray']).toBeUndefined();
    expect(arrow(svg, 'skill_to_title:deputy_senior')[0].attrs['data-status']).toBe('none');

    expect(box(svg, 'title', 'intermediate').attrs).toMatchObject({ 'data-status': 'not_yet', 'data-path': 'skill_to_title:intermediate' });
    expect(groupText(svg, box(svg, 'title', 'intermediate'))).toContain('2025年5月起');
    expect(box(svg, 'title', 'assistant').attrs['data-status']).toBe('eligible');
    expect(box(svg, 'skill', 'technician').attrs).toMatchObject({ 'data-current': 'true', 'data-held': 'true' });
    expect(box(svg, 'skill', 'senior_worker').attrs).toMatchObject({ 'data-current': 'false', 'data-held': 'true' });
    expect(box(svg, 'skill', 'senior_technician').attrs).toMatchObject({ 'data-current': 'false', 'data-held': 'false' });
    expect(groupText(svg, box(svg, 'skill', 'technician'))).toContain('您的位置');
  });

  it('tells statuses apart without colour: line style, a drawn marker and words', () => {
    const cond = picture({ region: 'sichuan', asOf: '2026-11', skills: [{ level: 'technician', since: '2020-01' }] }).svg;
    const [c] = arrow(cond, 'skill_to_title:intermediate');
    expect(c.attrs['data-status']).toBe('conditional');
    expect(groupLine(cond, c).attrs['stroke-dasharray']).toBe('12 7');
    expect(cond.slice(c.index)).toMatch(/^[\s\S]*?data-marker="conditional"/);
    expect(groupText(cond, box(cond, 'title', 'intermediate'))).toContain('有条件，需核实');

    const unmet = picture({ region: 'chongqing', asOf: '2026-11', annualReviewsPassed: false, skills: [{ level: 'technician', since: '2020-01' }] }).svg;
    expect(arrow(unmet, 'skill_to_title:intermediate')[0].attrs['data-status']).toBe('unmet');
    expect(groupText(unmet, box(unmet, 'title', 'intermediate'))).toContain('暂不满足');

    const notYet = picture({ region: 'chongqing', asOf: '2024-11', skills: [{ level: 'technician', since: '2022-05' }] }).svg;
    const dash = (svg: string) => groupLine(svg, arrow(svg, 'skill_to_title:intermediate')[0]).attrs['stroke-dasharray'];
    const dashes = new Set([dash(cond), dash(unmet), dash(notYet)]);
    expect(dashes.size).toBe(3);
  });

  it('shows a green channel on its target box (no arrow: awards are not rungs)', () => {
    const { svg } = picture({ region: 'sichuan', asOf: '2026-11', annualReviewsPassed: true, awards: [{ type: 'honor', id: 'tianfu_craftsman' }] });
    expect(box(svg, 'title', 'deputy_senior').attrs).toMatchObject({ 'data-status': 'eligible', 'data-route': 'green_channel' });
    expect(groupText(svg, box(svg, 'title', 'deputy_senior'))).toContain('破格');
    expect(groups(svg, { class: 'arrow' }).filter((g) => g.attrs['data-highlight'] === 'true')).toEqual([]);
  });

  it('highlights title → skill paths, per rule row, for a title holder (Liaoning)', () => {
    const { svg } = picture({ region: 'liaoning', asOf: '2026-11', titles: [{ level: 'assistant', since: '2024-01' }] });
    expect(groups(svg, { 'data-rule': 'liaoning.t2s.standard.senior_worker' })[0].attrs['data-status']).toBe('eligible');
    expect(groups(svg, { 'data-rule': 'liaoning.t2s.standard.technician.by_years' })[0].attrs).toMatchObject({ 'data-status': 'not_yet', 'data-eligible-from': '2027-01' });
    expect(groups(svg, { 'data-rule': 'liaoning.t2s.standard.technician' })[0].attrs['data-status']).toBe('none');
    expect(box(svg, 'title', 'assistant').attrs['data-current']).toBe('true');
  });

  it('speaks English with the same structure, and is deterministic', () => {
    const a = picture({ region: 'chongqing', asOf: '2024-11', skills: [{ level: 'technician', since: '2022-05' }] }, 'en').svg;
    expect(a).toBe(picture({ region: 'chongqing', asOf: '2024-11', skills: [{ level: 'technician', since: '2022-05' }] }, 'en').svg);
    expect(groupText(a, arrow(a, 'skill_to_title:intermediate')[0])).toBe('3 yrs held · from 5/2025');
    expect(a).toContain('>Senior technician<');
    expect(a).toContain('You are here');
    expect(tags(a, 'svg')[0].attrs['data-locale']).toBe('en');
  });

  it('keeps ids unique with a prefix, for several pictures in one page', () => {
    const svg = ladderSvg({ region: 'national', locale: 'zh-CN', idPrefix: 'p2' });
    const ids = tags(svg).map((t) => t.attrs.id).filter(Boolean);
    expect(ids.every((id) => id.startsWith('p2-'))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
