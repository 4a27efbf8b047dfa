// English questions of the kinds dev set 10 and held-out set 6 showed failing, asked in wordings written for these tests
// (non-native, typos, telegraphic, an HR agent's), none a set's sentence nor an intent's phrasing; plus how a computed
// English answer reads after its region's label, and the one reading of telegraphic English (englishRoute.ts).
import { ask, asLine } from '../../src/qa/ask';
import { understand } from '../../src/dialogs/understand';
import { withEnglishRoute, englishRouteAsk } from '../../src/qa/englishRoute';
import type { Region } from '../../src/rules/vocabulary';
import { expectQuoted, inTexts } from './policyTexts';

const AS_OF = '2026-12';
const en = (q: string, region?: Region) => ask(q, { region, locale: 'en', asOf: AS_OF });

type Row = [string, Region, string[], string];
const computed = (rows: Row[]) => it.each(rows)('%s', (q, region, has, quote) => {
  const a = en(q, region);
  expect([a.matched, a.kind]).toEqual(['curated', 'engine']);
  for (const h of has) expect(a.answer.toLowerCase()).toContain(h.toLowerCase());
  expectQuoted(a, quote);
});

describe('a level after which / what is the kind asked about, not a level held', () => {
  computed([
    ['jiangsu craftsman here, what engineer title is open to me in suzhou', 'suzhou', ['deputy senior'], '江苏工匠'],
    ['chongqing city level master studio lead, what kind of engineer title i can apply?', 'chongqing', ['assistant'], '市级技能大师工作室领衔专家'],
    ['i am technician 2019 in liaoning, which engineer title can i get', 'liaoning', ['intermediate', 'years are met'], '获得技师职业资格或职业技能等级后从事技术技能工作满3年'],
  ]);
  it('reads no title held from "which engineer title"', () => {
    const q = 'suzhou skill award winner, which engineer title can i apply for?';
    const u = withEnglishRoute(q, understand(q, { asOf: AS_OF, region: 'suzhou' }));
    expect(u.titles ?? []).toEqual([]);
  });
});

describe("English award names said with their middle words (the locale's own names, a \"grand\" award)", () => {
  computed([
    ['I am a Gusu key high skill talent, what title can I get in suzhou', 'suzhou', ['assistant'], '姑苏高技能重点人才'],
    ['gusu outstanding high-skilled talents - engineer title direct?', 'suzhou', ['intermediate'], '姑苏高技能突出人才'],
    ['suzhou skill grand award winner - engineer title direct?', 'suzhou', ['intermediate'], '苏州技能大奖'],
  ]);
});

describe('a skill level wanted, said of someone else or as a need (wants, needs, looking for)', () => {
  computed([
    ['engineer in liaoning wants skill level, which one he can get', 'liaoning', ['technician'], '取得相关专业工程师以上资格'],
    ['HR here: employee holds intermediate title (sichuan), needs skill level, which one corresponds?', 'sichuan', ['technician'], '取得中级职称或中级专业技术职业资格'],
    ['my worker is asst engineer in chongqing, looking for a skill cert, which?', 'chongqing', ['senior worker'], '取得助理工程师、工程师、高级工程师职称'],
  ]);
});

describe('how long, with words between it and the level (how long must X work before Y)', () => {
  computed([
    ['how long does a senior worker have to work before assistant engineer, liaoning', 'liaoning', ['2 years'], '满2年，可申报评审相应专业助理'],
    ['how long must a technician wait before an intermediate title? national', 'national', ['3 years'], '满3年，可申报评审相应专业中级职称'],
    ['HR query: how long should a senior technician serve before the senior engineer title, national rule', 'national', ['4 years'], '满4年，可申报评审相应专业副'],
  ]);
  it('is a route asked, in so many words', () => {
    for (const q of ['how long must a technician work before engineer?', 'how many years does an engineer need to get to senior technician']) expect(englishRouteAsk(q)).toBe(true);
    expect(englishRouteAsk('how long does the review take')).toBe(false);
  });
});

describe("the annex named as a catalogue or a trade list: its row, or that it lists no such trade", () => {
  it.each([
    ['does the suzhou trade catalog include welder', true, '焊工'],
    ['is cook in the occupation catalogue for suzhou engineering titles', false, 'cook'],
    ['plumber in suzhous trades list for titles?', false, 'plumber'],
  ] as [string, boolean, string][])('%s', (q, listed, word) => {
    const a = en(q, 'suzhou');
    expect([a.matched, a.kind]).toEqual(['curated', 'annex']);
    expect(a.answer).toContain(word);
    expect(/does not list/.test(a.answer)).toBe(!listed);
    for (const c of a.citations) expect(inTexts(c)).toBe(true);
  });
});

describe('which is easier, harder or better, in English: a judgement no text makes (refused, no citation)', () => {
  it.each([
    ['Which is easier in Liaoning, the engineering series or agriculture series?', 'liaoning'],
    ['which series is better to pick in sichuan, engineering or agriculture', 'sichuan'],
    ['better to go for title or skill grade in chongqing, which one is simpler?', 'chongqing'],
  ] as [string, Region][])('%s', (q, region) => {
    const a = en(q, region);
    expect(a.matched).toBe('none');
    expect(a.citations).toEqual([]);
    expect(a.id).toBe('nc_subjective');
  });
});

describe('the policy basis asked with through-train and other English names for 贯通', () => {
  it.each([
    ['jiangxi through train policy - which document it follows?', 'jiangxi', '96号'],
    ['which file does sichuan\'s through-train plan follow', 'sichuan', '96号'],
    ['liaoning\'s through route opinions, made under which ministry document?', 'liaoning', '74号'],
  ] as [string, Region, string][])('%s', (q, region, doc) => {
    const a = en(q, region);
    expect([a.matched, a.id]).toEqual(['curated', 'basis_document']);
    expect(a.answer).toContain(doc);
    for (const c of a.citations) expect(inTexts(c)).toBe(true);
  });
});

describe('English answers as worded: numbers in figures, "not required", "without any years limit"', () => {
  it.each([
    ['chongqing asst engineer, senior worker for 1 yr+, technician exam possible?', 'chongqing', '1 year'],
    ['national: i got skill level, when can i go next level, how long?', 'national', '1 year'],
    ['sichuan, papers and english and computer test are needed for skilled worker title?', 'sichuan', 'not required'],
    ['full senior in sichuan -> senior technician, any years limit?', 'sichuan', 'without any years limit'],
  ] as [string, Region, string][])('%s', (q, region, has) => {
    const a = en(q, region);
    expect(a.matched).toBe('curated');
    expect(a.answer).toContain(has);
  });
});

describe('a computed English answer after its region label', () => {
  it.each([
    ['chongqing district competition 1st place, which title?', 'chongqing'],
    ['worldskills gold medal, sichuan, full senior directly?', 'sichuan'],
    ['suzhou engineer since 2019, which skill level can i apply for?', 'suzhou'],
  ] as [string, Region][])('%s starts each line on a capital and goes on in lower case after "; "', (q, region) => {
    const a = en(q, region);
    expect(a.kind).toBe('engine');
    for (const line of a.answer.split('\n')) {
      const body = line.replace(/^[^:]*?\)?: /, '');
      expect(body.charAt(0)).toBe(body.charAt(0).toUpperCase());
    }
    expect(a.answer).not.toMatch(/; Your\b/);
  });
  it('is a pure function of the line', () => {
    expect(asLine('gold at the X: you can apply; Your technician counts as Y', 'en')).toBe('Gold at the X: you can apply; your technician counts as Y');
    expect(asLine('技师：可申报', 'zh-CN')).toBe('技师：可申报');
  });
});

describe('one reading of telegraphic English', () => {
  it.each([
    ['technician since 2021, liaoning, engineer ok?', { kind: 'title', level: 'intermediate' }],
    ['senior worker 2022 - assistant engineer this year?', { kind: 'title', level: 'assistant' }],
    ['deputy senior -> senior technician, yrs needed', { kind: 'skill', level: 'senior_technician' }],
  ])('%s reads the level wanted', (q, want) => {
    const u = withEnglishRoute(q, understand(q, { asOf: AS_OF }));
    expect(u.targets).toMatchObject([want]);
    // (the level wanted is no level held)
    expect([...(u.skills ?? []), ...(u.titles ?? [])].some((x) => x.level === want.level)).toBe(false);
    expect(englishRouteAsk(q, u)).toBe(true);
  });
});
