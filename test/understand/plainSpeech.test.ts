// Plain speech, phrasings of our own (not from any conversation set): a none said with a colloquial verb (没弄过) or a
// noun and no 都 (什么奖没拿过), a wish with a filler or a formal verb between the verb and the level (评那个工程师,
// 能否参评), English "apply" with no "for", waiting asked as a complaint (还得等多长时间), thanks with the person
// addressed (谢谢兄弟), and Chongqing's own city-wide contest said without 职业 or as 市里的大赛.
import { understand } from '../../src/dialogs/understand';
import { AS_OF, type Phrasing } from './fixtures';

const titles = { expecting: 'titles' as const };
const skills = { expecting: 'skills' as const };
const awards = { expecting: 'awards' as const };
const CQ = { region: 'chongqing' as const };

const CASES: [string, Phrasing[]][] = [
  ['none said with a colloquial verb (弄 / 搞 / 整 / 办 / 申请)', [
    { text: '没弄过', ctx: titles, want: { titles: [] }, absent: ['question'] },
    { text: '还没搞过呢', ctx: titles, want: { titles: [] } },
    { text: '从来没申请过', ctx: titles, want: { titles: [] } },
    { text: '一直没去办', ctx: skills, want: { skills: [] } },
    { text: '俺没评上过', ctx: titles, want: { titles: [] } },
  ]],
  ['none said with the noun and no 都 / 也', [
    { text: '什么奖没拿过', ctx: awards, want: { awards: [] }, absent: ['question'] },
    { text: '啥荣誉没得过', ctx: awards, want: { awards: [] }, absent: ['question'] },
    { text: '一个奖没有', ctx: awards, want: { awards: [] }, absent: ['question'] },
    { text: '啥证没考过', ctx: skills, want: { skills: [] }, absent: ['question'] },
    // asked with a mark it is still a question
    { text: '什么奖没有？', ctx: awards, want: { question: true } },
  ]],
  ['a wish with a filler or a formal verb before the level', [
    { text: '我是高级工，能不能考这个技师', want: { skills: [{ level: 'senior_worker' }], targets: [{ kind: 'skill', level: 'technician' }] } },
    { text: '技师 打算申报那个工程师', want: { skills: [{ level: 'technician' }], targets: [{ kind: 'title', level: 'intermediate' }] }, absent: ['titles'] },
    { text: '高级技师证有了，是否可以参评高级工程师', want: { skills: [{ level: 'senior_technician' }], targets: [{ kind: 'title', level: 'deputy_senior' }] }, absent: ['titles'] },
    { text: '本人技师，可否评定工程师职称', want: { skills: [{ level: 'technician' }], targets: [{ kind: 'title', level: 'intermediate' }] }, absent: ['titles'] },
    { text: '我高級工，想評審助理工程師', want: { skills: [{ level: 'senior_worker' }], targets: [{ kind: 'title', level: 'assistant' }] }, absent: ['titles'] },
    { text: '我是技师 有没有可能评高工', want: { skills: [{ level: 'technician' }], targets: [{ kind: 'title', level: 'deputy_senior' }] }, absent: ['titles'] },
    { text: '有技师证 工程师我能报名不', want: { skills: [{ level: 'technician' }], targets: [{ kind: 'title', level: 'intermediate' }] }, absent: ['titles'] },
    { text: '我高级工 技师能不能拿下', want: { skills: [{ level: 'senior_worker' }], targets: [{ kind: 'skill', level: 'technician' }] } },
    { text: '技师 工程师是否可以申报', want: { skills: [{ level: 'technician' }], targets: [{ kind: 'title', level: 'intermediate' }] }, absent: ['titles'] },
    { text: 'technician cert, interested in engineer title', want: { skills: [{ level: 'technician' }], targets: [{ kind: 'title', level: 'intermediate' }] }, absent: ['titles'] },
    { text: 'senior worker, aiming assistant engineer', want: { skills: [{ level: 'senior_worker' }], targets: [{ kind: 'title', level: 'assistant' }] }, absent: ['titles'] },
    // held stays held
    { text: 'engineer since 2019, technician cert too', want: { skills: [{ level: 'technician' }], titles: [{ level: 'intermediate' }] }, absent: ['targets'] },
    { text: '我评的那个工程师是2019年', want: { titles: [{ level: 'intermediate' }] }, absent: ['targets'] },
  ]],
  ['English "apply" with no "for"', [
    { text: 'technician since 2020, could I apply senior engineer?', want: { skills: [{ level: 'technician' }], targets: [{ kind: 'title', level: 'deputy_senior' }] }, absent: ['titles'] },
    { text: 'i have senior worker cert, want to apply assistant engineer', want: { skills: [{ level: 'senior_worker' }], targets: [{ kind: 'title', level: 'assistant' }] }, absent: ['titles'] },
    { text: 'is it possible to apply as an engineer with my technician certificate', want: { skills: [{ level: 'technician' }], targets: [{ kind: 'title', level: 'intermediate' }] }, absent: ['titles'] },
  ]],
  ['waiting asked as a complaint: when', [
    { text: '还得等多长时间', want: { followUp: 'when' } },
    { text: '那要等很久吧', want: { followUp: 'when' } },
    { text: '得熬好几年啊', want: { followUp: 'when' } },
    { text: 'so I have to wait a while?', want: { followUp: 'when' } },
    { text: '那还要干几年', want: { followUp: 'when' } },
    // what is still missing is its own follow-up, not a when
    { text: '还差几年', absent: ['followUp'], want: {} },
    { text: '得等到哪天去了', want: { followUp: 'when' } },
    { text: 'how many more years then', want: { followUp: 'when' } },
    // years of work are no wait
    { text: '得有十几年了', ctx: { expecting: 'workYears' }, want: { workYears: 10 }, absent: ['followUp'] },
    // a wait that is no question of when
    { text: '一等奖', ctx: { expecting: 'awards.rank' }, want: { number: 1 }, absent: ['followUp'] },
  ]],
  ['Chongqing\'s own city-wide contest', [
    { text: '重庆市的技能比赛第四名', ctx: awards, want: { awards: [{ type: 'competition', tier: 'chongqing_skills_competition', rank: 4 }] } },
    { text: '参加过重庆技能大赛 第2名', ctx: awards, want: { awards: [{ type: 'competition', tier: 'chongqing_skills_competition', rank: 2 }] } },
    { text: '全市职业技能大赛拿了第三', ctx: { ...awards, ...CQ }, want: { awards: [{ type: 'competition', tier: 'chongqing_skills_competition', rank: 3 }] } },
    { text: '市里的大赛第六', ctx: { ...awards, ...CQ }, want: { awards: [{ type: 'competition', tier: 'chongqing_skills_competition', rank: 6 }] } },
    { text: '高级工，永川的，市赛拿过第一', want: { region: { region: 'chongqing' }, awards: [{ type: 'competition', tier: 'chongqing_skills_competition', rank: 1 }] } },
    // elsewhere a city's contest stays the city's
    { text: '市里的大赛第二', ctx: { ...awards, region: 'suzhou' }, want: { awards: [{ type: 'competition', tier: 'municipal_class1', rank: 2 }] } },
    // Chongqing's trade contest stays the trade's
    { text: '市级行业赛第一', ctx: { ...awards, ...CQ }, want: { awards: [{ type: 'competition', tier: 'municipal_industry', rank: 1 }] } },
  ]],
];

const THANKS_ADDRESSED = ['谢谢兄弟', '好的 多谢大姐', '收到 谢啦哥们', 'ok 谢谢小哥', '明白了 感谢老哥',
  // thanks in short forms and with what was understood said first
  '好 我明白了 多谢', '感谢您嘞', 'tks', '3q', 'ok thanku', '谢谢你啊小伙子', 'cheers mate'];

describe.each(CASES)('%s', (_name, list) => {
  it.each(list.map((p): [string, Phrasing] => [`${JSON.stringify(p.text)}${p.ctx?.expecting ? ` (asked ${p.ctx.expecting})` : ''}`, p]))('%s', (_l, p) => {
    const got = understand(p.text, { asOf: AS_OF, ...p.ctx });
    expect(got).toMatchObject(p.want);
    for (const key of p.absent ?? []) expect(got[key]).toBeUndefined();
  });
});

describe('thanks with the person addressed', () => {
  it.each(THANKS_ADDRESSED)('%s', (text) => {
    expect(understand(text, { asOf: AS_OF }).smallTalk).toBe('thanks');
  });
  it.each(['拜拜 老弟', 'bye bro'])('%s is a goodbye', (text) => {
    expect(understand(text, { asOf: AS_OF }).smallTalk).toBe('bye');
  });
  // a place, a level or a trade after the thanks is a fact, not an address
  it.each([['谢谢 重庆的', 'region'], ['谢谢 技师', 'skills'], ['谢谢 大连', 'region']] as const)('%s is no small talk', (text, key) => {
    const got = understand(text, { asOf: AS_OF });
    expect(got[key]).toBeDefined();
  });
});
