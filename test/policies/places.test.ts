// The one place list (src/rules/places.ts, from policies/<region>/places.yaml): what the dialog, the Q&A and the
// poster read a place as.
import { PLACE_NAMES, bareName, placesIn, regionForPlace, regionsNamedIn } from '../../src/rules/places';
import { evaluate } from '../../src/rules';
import { regionInText } from '../../src/qa/retrieval';
import { parseRegion } from '../../src/poster/poster';
import { understand } from '../../src/dialogs/understand';

describe('places', () => {
  it.each([
    ['成都', 'sichuan', false], ['成都市', 'sichuan', false], ['凉山', 'sichuan', false], ['北川', 'sichuan', false],
    ['会理市', 'sichuan', false], ['沈阳', 'liaoning', false], ['瓦房店', 'liaoning', false], ['喀左', 'liaoning', false],
    ['南昌', 'jiangxi', false], ['婺源', 'jiangxi', false], ['共青城市', 'jiangxi', false], ['江北', 'chongqing', false],
    ['石柱', 'chongqing', false], ['忠县', 'chongqing', false], ['昆山', 'suzhou', false], ['吴江区', 'suzhou', false],
    ['无锡', 'national', true], ['南京', 'national', true], ['江苏', 'national', true], ['北京', 'national', true],
    ['Chengdu', 'sichuan', false], ['kunshan', 'suzhou', false], ['wuxi', 'national', true],
  ])('%s → %s', (name, region, fallback) => {
    expect(regionForPlace(name)).toMatchObject({ region, fallback });
  });

  it('holds every prefecture-level division and county of Sichuan, Liaoning and Jiangxi, and Chongqing\'s 38', () => {
    const count = (region: string, kind: string) => new Set(PLACE_NAMES.filter((p) => p.region === region && p.kind === kind && p.lang === 'zh' && !p.of).map((p) => p.name)).size;
    // 市中区 is in two Sichuan cities and 铁西区 in two Liaoning cities: one name each; 东区/西区/市中区/高县 and
    // 西湖区/昌江区 are listed but never read alone (places elsewhere bear the same name).
    expect([count('sichuan', 'city'), count('sichuan', 'county')]).toEqual([21, 183 - 1 - 4]);
    expect([count('liaoning', 'city'), count('liaoning', 'county')]).toEqual([14, 100 - 1]);
    expect([count('jiangxi', 'city'), count('jiangxi', 'county')]).toEqual([11, 100 - 2]);
    expect(count('chongqing', 'county')).toBe(38);
    expect(count('suzhou', 'county')).toBe(9);
  });

  it('reads a place inside a message, longest name first, weak names only when asked', () => {
    expect(placesIn('我在四川成都上班').map((h) => [h.name, h.region])).toEqual([['四川', 'sichuan'], ['成都', 'sichuan']]);
    expect(placesIn('在工业园区')).toEqual([]);
    expect(placesIn('在工业园区', { asked: true }).map((h) => h.region)).toEqual(['suzhou']);
    expect(regionsNamedIn('重庆和成都有什么不同')).toEqual(['chongqing', 'sichuan']);
    expect(bareName('渝')?.region).toBe('chongqing');
    expect(placesIn('渝')).toEqual([]);
  });

  it('keeps 无锡 and the rest of Jiangsu out of Suzhou, in the dialog, the Q&A and the poster alike', () => {
    expect(understand('无锡', { asOf: '2026-11', expecting: 'region' }).region).toMatchObject({ region: 'national', fallback: true });
    expect(understand('江苏苏州', { asOf: '2026-11', expecting: 'region' }).region).toMatchObject({ region: 'suzhou' });
    expect(understand('天津和平区', { asOf: '2026-11', expecting: 'region' }).region).toMatchObject({ region: 'national', fallback: true });
    expect(regionInText('无锡评职称要论文吗')).toBe('national');
    expect(regionInText('昆山评职称要论文吗')).toBe('suzhou');
    expect(parseRegion('无锡')).toBe('national');
    expect(parseRegion('昆山')).toBe('suzhou');
    expect(parseRegion('成都市')).toBe('sichuan');
    expect(parseRegion('全国')).toBe('national');
  });

  it('does not tell a person under the national text that a covered place is not covered', () => {
    const base = { region: 'national', asOf: '2026-11', skills: [{ level: 'senior_worker', since: '2020-01' }], annualReviewsPassed: true };
    const codes = (place: string) => evaluate({ ...base, place }).notes.map((n) => n.code);
    expect(codes('重庆')).toContain('national_chosen_place_covered');
    expect(codes('重庆')).not.toContain('national_fallback');
    expect(codes('无锡')).toContain('national_fallback');
    expect(codes('火星')).toContain('national_fallback');
  });
});
