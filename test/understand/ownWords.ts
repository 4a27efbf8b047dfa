// The development set of phrasings in people's own words (workers on phones, HR agents, voice input, traditional
// characters, English), written for the parser's tables and kept apart from the held-out conversations.
import type { Phrasing } from './fixtures';

const since = (expecting: 'skills.since' | 'titles.since') => ({ expecting });

/** Wishes and questions are targets, never holdings; denials are not holdings. */
export const MEANINGS: Phrasing[] = [
  { text: '想冲高工', want: { targets: [{ kind: 'title', level: 'deputy_senior' }], readings: [{ meaning: 'wants', what: 'title' }] }, absent: ['titles'] },
  { text: '想考个电工技师', want: { targets: [{ kind: 'skill', level: 'technician' }] }, absent: ['skills'] },
  { text: '工程师能报不', want: { targets: [{ kind: 'title', level: 'intermediate' }], question: true }, absent: ['titles'] },
  { text: '技师评工程师要几年', want: { targets: [{ kind: 'title', level: 'intermediate' }], question: true }, absent: ['skills', 'titles'] },
  { text: '高级工能评助工吗', want: { targets: [{ kind: 'title', level: 'assistant' }] }, absent: ['skills', 'titles'] },
  { text: 'what do I need for a senior engineer title?', want: { targets: [{ kind: 'title', level: 'deputy_senior' }], question: true }, absent: ['titles'] },
  { text: 'I want to become a senior technician', want: { targets: [{ kind: 'skill', level: 'senior_technician' }] }, absent: ['skills'] },
  { text: '我没有技师证啊，是想考', want: { denied: [{ kind: 'skill', level: 'technician' }], targets: [{ kind: 'skill', level: 'technician' }] }, absent: ['skills'] },
  { text: '想问问高工怎么评', want: { targets: [{ kind: 'title', level: 'deputy_senior' }], question: true }, absent: ['titles'] },
  { text: '我是技师，能评工程师吗', want: { skills: [{ level: 'technician' }], targets: [{ kind: 'title', level: 'intermediate' }] }, absent: ['titles'] },
  { text: '她是技师，能评工程师吗', want: { skills: [{ level: 'technician' }], targets: [{ kind: 'title', level: 'intermediate' }] } },
  { text: 'The caller is a technician in Chongqing, can he apply for engineer?', want: { skills: [{ level: 'technician' }], targets: [{ kind: 'title', level: 'intermediate' }] } },
  { text: '我想知道我能不能升高级工程师', want: { targets: [{ kind: 'title', level: 'deputy_senior' }] }, absent: ['titles'] },
  { text: '我有高级工证，打算明年冲击技师', want: { skills: [{ level: 'senior_worker' }], targets: [{ kind: 'skill', level: 'technician' }] } },
  { text: '南充的 技师 2021年9月拿的证 想评个工程师', want: { skills: [{ level: 'technician', since: '2021-09' }], targets: [{ kind: 'title', level: 'intermediate' }] }, absent: ['titles'] },
];

/** Corrections: the part after the marker replaces what it names. */
export const CORRECTIONS: Phrasing[] = [
  { text: '2021年5月，哦不对，是2020年5月', ctx: since('skills.since'), want: { month: '2020-05', correction: { fields: ['month'] } } },
  { text: '2024年6月，说错了，应该是2022年6月', ctx: since('skills.since'), want: { month: '2022-06' } },
  { text: '不对，是2020年5月', ctx: { expecting: 'titles' }, want: { month: '2020-05', correction: {} }, absent: ['titles'] },
  { text: '不是技师，是高级技师', want: { skills: [{ level: 'senior_technician' }], correction: {} } },
  { text: '是高级工才对', want: { skills: [{ level: 'senior_worker' }], correction: {} } },
  { text: 'actually it was March 2019', ctx: since('skills.since'), want: { month: '2019-03', correction: {} } },
  { text: 'sorry I meant Sichuan', want: { region: { region: 'sichuan' }, correction: {} } },
  { text: '我在重庆，不对，我在成都', want: { region: { region: 'sichuan' }, correction: {} } },
  { text: '技师是2019年拿的，记错了，是2018年3月', want: { skills: [{ level: 'technician' }], month: '2018-03' } },
];

/** Traditional characters, full-width text and mistypings are read as what they mean. */
export const NORMALISATION: Phrasing[] = [
  { text: '我在蘇州，技師，沒有職稱', want: { region: { region: 'suzhou' }, skills: [{ level: 'technician' }], titles: [] } },
  { text: '瀋陽的高級技師', want: { region: { region: 'liaoning' }, skills: [{ level: 'senior_technician' }] } },
  { text: '考核都合格，沒有獲獎', want: { annualReviewsPassed: true, awards: [] } },
  { text: '重慶江北區', ctx: { expecting: 'region' }, want: { region: { region: 'chongqing' } } },
  { text: '冇職稱', ctx: { expecting: 'titles' }, want: { titles: [] } },
  { text: '我係高級技師，喺深圳', want: { skills: [{ level: 'senior_technician' }], region: { region: 'national', fallback: true } } },
  { text: '職稱是工程師，2018年評的', want: { titles: [{ level: 'intermediate', since: '2018-12' }] } },
  { text: '年度考覈都合格', want: { annualReviewsPassed: true } },
  { text: '２０２１年６月', ctx: since('skills.since'), want: { month: '2021-06' } },
  { text: '技帅', ctx: { expecting: 'skills' }, want: { skills: [{ level: 'technician' }], guessed: [{ from: '技帅', to: '技师' }] } },
  { text: '工程帅', ctx: { expecting: 'titles' }, want: { titles: [{ level: 'intermediate' }], guessed: [{ to: '工程师' }] } },
  { text: '我有高级技术证书', want: { skills: [{ level: 'senior_technician' }], guessed: [{ to: '高级技师证书' }] } },
  { text: '我是中级会计师', want: { titles: [{ level: 'intermediate', outside: '中级会计师' }] } },
  { text: '高级经济师，2018年评的', want: { titles: [{ level: 'deputy_senior', outside: '高级经济师', since: '2018-12' }] } },
  { text: '没有职陈', ctx: { expecting: 'titles' }, want: { titles: [] } },
];

/** Voice input without punctuation: each certificate keeps its own date. */
export const RUN_ONS: Phrasing[] = [
  { text: '高级工2016年考的技师2021年6月拿的', want: { skills: [{ level: 'senior_worker', since: '2016-12' }, { level: 'technician', since: '2021-06' }] } },
  { text: '我有高级工证书2015年3月拿的还有技师证书2020年9月拿的', want: { skills: [{ level: 'senior_worker', since: '2015-03' }, { level: 'technician', since: '2020-09' }] } },
  { text: '高级工2015年3月技师2020年9月', want: { skills: [{ level: 'senior_worker', since: '2015-03' }, { level: 'technician', since: '2020-09' }] } },
  { text: '我在绵阳上班 有技师证 是二零二零年五月拿到的 然后还有个高级工 是二零一六年的 没评过职称', want: { skills: [{ level: 'technician', since: '2020-05' }, { level: 'senior_worker', since: '2016-12' }], titles: [] } },
  { text: '我叫张三在苏州昆山工作干焊工十二年了高级工证书是二零一八年六月拿的技师证二零二二年三月拿的没有职称', want: { workYears: 12, skills: [{ level: 'senior_worker', since: '2018-06' }, { level: 'technician', since: '2022-03' }], titles: [] } },
  { text: '技师2021年6月高级技师2024年3月', want: { skills: [{ level: 'technician', since: '2021-06' }, { level: 'senior_technician', since: '2024-03' }] } },
  { text: '我2015年拿的高级工2020年拿的技师', want: { skills: [{ level: 'senior_worker', since: '2015-12' }, { level: 'technician', since: '2020-12' }] } },
  { text: '我的技师证书是在二零二零年的六月份拿到的高级工证书是二零一六年的三月份拿到的', want: { skills: [{ level: 'technician', since: '2020-06' }, { level: 'senior_worker', since: '2016-03' }] } },
  { text: '嗯我是重庆的嗯拿了一个高级工的证书嗯是在二零二二年嗯三月份的时候拿的', want: { region: { region: 'chongqing' }, skills: [{ level: 'senior_worker', since: '2022-03' }] } },
  { text: '技师二零幺八年拿的高级技师二零二三年拿的', want: { skills: [{ level: 'technician', since: '2018-12' }, { level: 'senior_technician', since: '2023-12' }] } },
  { text: '技师证是2019年的6月', want: { skills: [{ level: 'technician', since: '2019-06' }] } },
  { text: '2014年拿的高级工 2019年拿的技师', want: { skills: [{ level: 'senior_worker', since: '2014-12' }, { level: 'technician', since: '2019-12' }] } },
];

/** Competitions as people say them: tier, class, rank, medal, team size. */
export const COMPETITIONS: Phrasing[] = [
  { text: '省赛第三名', want: { awards: [{ type: 'competition', tier: 'provincial_class2', rank: 3, classUnknown: true }] } },
  { text: '国赛拿了个第四', want: { awards: [{ type: 'competition', tier: 'national_class2', rank: 4, classUnknown: true }] } },
  { text: '拿了个第四，省里的比赛', ctx: { expecting: 'awards' }, want: { awards: [{ type: 'competition', rank: 4 }] } },
  { text: '市里的比赛第一名，个人赛', want: { awards: [{ type: 'competition', tier: 'municipal_class1', rank: 1, teamSize: 1 }] } },
  { text: '省级一类竞赛三等奖', want: { awards: [{ type: 'competition', tier: 'provincial_class1', rank: 3 }] } },
  { text: '省赛，二类的，第2名', want: { awards: [{ type: 'competition', tier: 'provincial_class2', rank: 2 }] }, absent: [] },
  { text: '国赛一类第五名，我们队三个人', want: { awards: [{ type: 'competition', tier: 'national_class1', rank: 5, teamSize: 3 }] } },
  { text: '全国技能大赛第二名，团体', want: { awards: [{ type: 'competition', rank: 2, team: true }] } },
  { text: '国家级一类竞赛，双人赛项第3名', want: { awards: [{ type: 'competition', tier: 'national_class1', rank: 3, teamSize: 2 }] } },
  { text: '一类的', ctx: { expecting: 'awards.class' }, want: { number: 1 } },
  { text: '二类', ctx: { expecting: 'awards.class' }, want: { number: 2 } },
  { text: '没考过', ctx: { expecting: 'skills' }, want: { skills: [] } },
  { text: '对的没错', ctx: { expecting: 'confirm' }, want: { yesNo: true } },
  { text: 'not yet', ctx: { expecting: 'titles' }, want: { titles: [] } },
  { text: 'none at all', ctx: { expecting: 'awards' }, want: { awards: [] } },
  { text: 'no idea', ctx: { expecting: 'annualReviewsPassed' }, want: { dontKnow: true }, absent: ['annualReviewsPassed', 'yesNo'] },
  { text: '都ok', ctx: { expecting: 'annualReviewsPassed' }, want: { annualReviewsPassed: true } },
  { text: '没问题，年年都过', ctx: { expecting: 'annualReviewsPassed' }, want: { annualReviewsPassed: true } },
  { text: 'never won anything', ctx: { expecting: 'awards' }, want: { awards: [] } },
  { text: 'senior tech', ctx: { expecting: 'skills' }, want: { skills: [{ level: 'senior_technician' }] } },
  { text: '没参加过什么比赛', ctx: { expecting: 'awards' }, want: { awards: [] } },
  { text: '团体', ctx: { expecting: 'awards.class' }, want: { teamSize: 'team' } },
  { text: '三个人一队', ctx: { expecting: 'awards.rank' }, want: { teamSize: 3 } },
  { text: '市技能比赛前三', want: { awards: [{ type: 'competition', tier: 'municipal_class1', rank: 3 }] } },
  { text: '区里的比赛第一', want: { awards: [{ type: 'competition', tier: 'district', rank: 1 }] } },
  { text: '省技能大赛二等奖', want: { awards: [{ type: 'competition', tier: 'provincial_class2', rank: 2, classUnknown: true }] } },
  { text: '世赛铜牌', want: { awards: [{ type: 'competition', tier: 'worldskills', medal: 'bronze' }] } },
  { text: 'I came 3rd in a provincial contest', want: { awards: [{ type: 'competition', tier: 'provincial_class2', rank: 3, classUnknown: true }] } },
  { text: 'I finished fourth in a national class 1 competition, team of three', want: { awards: [{ type: 'competition', tier: 'national_class1', rank: 4, teamSize: 3 }] } },
];

/** Dates: a bare number to a date question is marked for confirmation; a future date is never held. */
export const DATES_OWN: Phrasing[] = [
  { text: '3', ctx: since('skills.since'), want: { month: '2023-11', monthFromNumber: true } },
  { text: '2027年', ctx: since('skills.since'), want: { futureMonth: '2027-12' }, absent: ['month'] },
  { text: '技师2028年3月拿的', want: { skills: [{ level: 'technician' }], futureMonth: '2028-03' } },
  { text: '三年前', ctx: since('skills.since'), want: { month: '2023-11' }, absent: ['monthFromNumber'] },
];

/** Small talk and follow-ups. */
export const TALK: Phrasing[] = [
  { text: '在吗', want: { smallTalk: 'ping' }, absent: ['question'] },
  { text: '人呢', want: { smallTalk: 'ping' }, absent: ['question'] },
  { text: '谢谢', want: { smallTalk: 'thanks' } },
  { text: '好的拜拜', want: { smallTalk: 'bye' } },
  { text: 'thanks', want: { smallTalk: 'thanks' } },
  { text: 'Thank you so much!', want: { smallTalk: 'thanks' } },
  { text: '谢谢，我在重庆', want: { region: { region: 'chongqing' } }, absent: ['smallTalk'] },
  { text: '什么时候能报', want: { followUp: 'when', question: true } },
  { text: '那我后年能评高工吗', want: { targets: [{ kind: 'title', level: 'deputy_senior' }] } },
  { text: '我是机电专业毕业的，能免理论吗', want: { followUp: 'exempt' } },
  { text: '如果我有高级技师证呢', want: { followUp: 'hypothetical', skills: [{ level: 'senior_technician' }] } },
  { text: 'what if I had a technician certificate', want: { followUp: 'hypothetical', skills: [{ level: 'technician' }] } },
];

export const OWN_WORDS: [string, Phrasing[]][] = [
  ['meanings', MEANINGS], ['corrections', CORRECTIONS], ['normalisation', NORMALISATION], ['run-ons', RUN_ONS],
  ['competitions', COMPETITIONS], ['dates', DATES_OWN], ['talk', TALK],
];
