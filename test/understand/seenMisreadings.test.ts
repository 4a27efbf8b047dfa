// Misreadings seen in earlier sessions and left alone (dlgE): phrasings of our own, of the same kinds, each seen
// failing before its fix. District contests ranked in the awards answer, team sizes of any count, 年初 / early last
// year, 首席技师 (a post, not the 技师 certificate), a bare 高级 read by the question asked, English dates.
import { understand } from '../../src/dialogs/understand';
import { AS_OF, type Phrasing } from './fixtures';

const awards = { expecting: 'awards' as const, region: 'chongqing' as const };
const district = (rank: number) => ({ awards: [{ type: 'competition' as const, tier: 'district' as const, rank }] });

const CASES: [string, Phrasing[]][] = [
  ['a district or county contest with its place, in the awards answer', [
    { text: '区里第一名', ctx: awards, want: district(1) },
    { text: '全县第二', ctx: awards, want: district(2) },
    { text: '在县里拿了个第一', ctx: awards, want: district(1) },
    { text: '区技能比武拿过第三', ctx: awards, want: district(3) },
    { text: '县总工会办的比赛第一', ctx: awards, want: district(1) },
    // the district named with its contest is the contest's place, not where one works
    { text: '渝北区比赛第一名', ctx: awards, want: district(1), absent: ['region'] },
    // 社区 / 地区 are no district's contest
    { text: '社区比赛第一', ctx: awards, absent: ['awards'], want: {} },
  ]],
  ['two contests, each with its own result', [
    { text: '县里比赛拿过第二，省赛也参加过没名次', ctx: awards, want: { awards: [{ tier: 'district', rank: 2 }, { tier: 'provincial_class2', rank: 99 }] } },
    // (in Chongqing, a municipality, its city-wide contest said plainly is 中国·重庆职业技能大赛: 四（二）)
    { text: '区里第一 市里第三', ctx: awards, want: { awards: [{ tier: 'district', rank: 1 }, { tier: 'chongqing_skills_competition', rank: 3 }] } },
  ]],
  ['a team of any count, Chinese or Arabic digits', [
    { text: '我们组4个人', ctx: { expecting: 'awards.teamSize' }, want: { teamSize: 4 } },
    { text: '四人团队', ctx: { expecting: 'awards.teamSize' }, want: { teamSize: 4 } },
    { text: '队里一共五个人', ctx: { expecting: 'awards.teamSize' }, want: { teamSize: 5 } },
    { text: '6人一组的', ctx: { expecting: 'awards.teamSize' }, want: { teamSize: 6 } },
    { text: 'a team of four', ctx: { expecting: 'awards.teamSize', locale: 'en' }, want: { teamSize: 4 } },
    { text: '国赛一类第四名，四人团队', ctx: { expecting: 'awards' }, want: { awards: [{ tier: 'national_class1', rank: 4, teamSize: 4 }] } },
    // the sizes the texts name stay as they were
    { text: '我们队三个人', ctx: { expecting: 'awards.teamSize' }, want: { teamSize: 3 } },
    { text: '两个人一组', ctx: { expecting: 'awards.teamSize' }, want: { teamSize: 2 } },
  ]],
  ['the start of a year said in other words: its March, approximate (宁晚勿早)', [
    { text: '去年的年初', ctx: { expecting: 'skills.since' }, want: { month: '2025-03', monthApprox: true } },
    { text: '前年年头拿的', ctx: { expecting: 'skills.since' }, want: { month: '2024-03', monthApprox: true } },
    { text: '技师去年刚开年考的', want: { skills: [{ level: 'technician', since: '2025-03', sinceApprox: true }] } },
    { text: 'early last year', ctx: { expecting: 'skills.since', locale: 'en' }, want: { month: '2025-03', monthApprox: true } },
    { text: 'at the beginning of this year', ctx: { expecting: 'skills.since', locale: 'en' }, want: { month: '2026-03', monthApprox: true } },
    { text: 'end of last year', ctx: { expecting: 'skills.since', locale: 'en' }, want: { month: '2025-12' }, absent: ['monthApprox'] },
  ]],
  ['首席技师 is a post, never the 技师 certificate', [
    { text: '我是首席技师', ctx: { region: 'chongqing' }, want: { awards: [], unlistedAwards: ['首席技师'] }, absent: ['skills'] },
    { text: '首席技师', ctx: { expecting: 'skills', region: 'sichuan' }, want: { unlistedAwards: ['首席技师'] }, absent: ['skills'] },
    { text: '厂里的首席技师，高级技师证2015年拿的', ctx: { region: 'liaoning' }, want: { skills: [{ level: 'senior_technician' }] } },
    { text: 'I am the chief technician of my plant', ctx: { region: 'suzhou', locale: 'en' }, want: { unlistedAwards: ['chief technician'] }, absent: ['skills'] },
  ]],
  ['an honour read by the region, said before the region is known: kept as said', [
    { text: '技师2020年3月，省技术能手', want: { awardsAwaitingRegion: ['省技术能手'], skills: [{ level: 'technician' }] }, absent: ['awards'] },
    { text: '拿过市级技术能手', want: { awardsAwaitingRegion: ['市级技术能手'] }, absent: ['awards'] },
    { text: 'I was named a provincial technical expert', ctx: { locale: 'en' }, want: { awardsAwaitingRegion: ['provincial technical expert'] } },
  ]],
  ['a bare 高级 read by the question asked, and marked so', [
    { text: '高级', ctx: { expecting: 'skills' }, want: { skills: [{ level: 'senior_worker' }], levelByQuestion: [{ said: '高级', kind: 'skill' }] } },
    { text: '我是高级', ctx: { expecting: 'skills' }, want: { skills: [{ level: 'senior_worker' }], levelByQuestion: [{ said: '高级' }] } },
    { text: '高级的，2019年拿的', ctx: { expecting: 'skills' }, want: { skills: [{ level: 'senior_worker' }] } },
    { text: '高级', ctx: { expecting: 'titles' }, want: { titles: [{ level: 'deputy_senior' }], levelByQuestion: [{ said: '高级', kind: 'title' }] } },
    // named in full, nothing to mark
    { text: '高级工', ctx: { expecting: 'skills' }, want: { skills: [{ level: 'senior_worker' }] }, absent: ['levelByQuestion'] },
    { text: '高级职称', ctx: { expecting: 'titles' }, want: { titles: [{ level: 'deputy_senior' }] }, absent: ['levelByQuestion'] },
  ]],
];

describe.each(CASES)('%s', (_name, list) => {
  it.each(list.map((p): [string, Phrasing] => [`${JSON.stringify(p.text)}${p.ctx?.expecting ? ` (asked ${p.ctx.expecting})` : ''}`, p]))('%s', (_l, p) => {
    const got = understand(p.text, { asOf: AS_OF, ...p.ctx });
    expect(got).toMatchObject(p.want);
    for (const key of p.absent ?? []) expect(got[key]).toBeUndefined();
  });
});
