// Small talk strung together, the place of work among other places, a contest's class said with another of its details,
// English trade names and "what does it depend on", on phrasings of our own (not from any conversation set): each row
// is a rule about how people talk, not a sentence someone typed.
import { understand } from '../../src/dialogs/understand';
import { resultQuestion } from '../../src/dialogs/followUps';
import { AS_OF, type Phrasing } from './fixtures';

const read = (p: Phrasing) => understand(p.text, { asOf: AS_OF, ...p.ctx });
const reg = (region: string, place?: string) => ({ region: { region, fallback: false, ...(place ? { place } : {}) } }) as Phrasing['want'];

const CASES: [string, Phrasing[]][] = [
  ['small talk made of several pieces is small talk, of its strongest kind', [
    { text: '好的好的 谢谢老师', want: { smallTalk: 'thanks' } },
    { text: '收到，辛苦你了', want: { smallTalk: 'thanks' } },
    { text: '明白了 没别的了 拜拜', want: { smallTalk: 'bye' } },
    { text: '嗯嗯，太感谢了！', want: { smallTalk: 'thanks' } },
    { text: '您好，有人在吗', want: { smallTalk: 'ping' }, absent: ['question'] },
    { text: 'Alright, cheers!', want: { smallTalk: 'thanks' } },
    { text: 'got it. thank you very much, bye', want: { smallTalk: 'bye' } },
    { text: "Perfect, that's all I needed, thanks", want: { smallTalk: 'thanks' } },
    { text: 'ok, no further questions', want: { smallTalk: 'ok' } },
    { text: 'thanks for the help mate', want: { smallTalk: 'thanks' } },
    { text: '感谢您的详细解答！', want: { smallTalk: 'thanks' } },
    { text: '太好了，多谢', want: { smallTalk: 'thanks' } },
    { text: 'excellent, thanks for your time', want: { smallTalk: 'thanks' } },
    { text: 'kk', want: { smallTalk: 'ok' } },
    { text: 'hi, anyone there?', want: { smallTalk: 'ping' }, absent: ['question'] },
    // asking who one talks to, with the words around it, is not asking for a person
    { text: 'excuse me, is this a bot or a real person?', want: { smallTalk: 'who' }, absent: ['command'] },
    { text: '请问您是真人还是机器人啊', want: { smallTalk: 'who' } },
    { text: 'hello, how are you today?', want: { smallTalk: 'greeting' }, absent: ['question'] },
    { text: 'can I talk to a real person', want: { command: { type: 'handoff' } }, absent: ['smallTalk'] },
  ]],
  ['emoji and WeChat emoticons as small talk', [
    { text: '🙏🙏', want: { smallTalk: 'thanks' } },
    { text: '明白[抱拳]', want: { smallTalk: 'thanks' } },
    { text: '[强]', want: { smallTalk: 'ok' } },
    { text: '👋 see you', want: { smallTalk: 'bye' } },
    { text: '[微笑][微笑]', want: { smallTalk: 'ok' } },
    { text: '高级工😊', want: { skills: [{ level: 'senior_worker' }] }, absent: ['smallTalk'] },
  ]],
  ['an HR agent speaks of the caller in the third person', [
    { text: 'she hasn\'t won anything', want: { awards: [] } },
    { text: 'he doesn\'t have any awards or prizes', want: { awards: [] } },
    { text: 'he isn\'t a title holder', want: { titles: [] } },
    { text: 'she hasn\'t got a skill certificate', want: { skills: [] }, absent: ['awards'] },
    { text: 'I haven\'t got a title', want: { titles: [] }, absent: ['awards'] },
  ]],
  ['Cantonese courtesy and facts', [
    { text: '唔該晒！', want: { smallTalk: 'thanks' } },
    { text: '好嘅，多謝', want: { smallTalk: 'thanks' } },
    { text: '拜拜喇', want: { smallTalk: 'bye' } },
    { text: '年度考核都冇問題', want: { annualReviewsPassed: true } },
    { text: '舊年攞咗高級技師', want: { skills: [{ level: 'senior_technician' }] } },
  ]],
  ['small talk beside a fact or a question is not small talk', [
    { text: '好的谢谢，我是高级工', want: { skills: [{ level: 'senior_worker' }] }, absent: ['smallTalk'] },
    { text: 'thanks, and what about Chongqing?', want: { question: true }, absent: ['smallTalk'] },
    { text: '谢谢，那技师呢', want: {}, absent: ['smallTalk'] },
    { text: 'ok thanks, I also hold an engineer title', want: { titles: [{ level: 'intermediate' }] }, absent: ['smallTalk'] },
  ]],
  ['the place of work among other places', [
    // English says where one works with more words before the place than Chinese does
    { text: 'Born in Chengdu but now working in Dalian', want: reg('liaoning', 'Dalian') },
    { text: "My hometown is Sichuan, my job is in Chongqing", want: reg('chongqing', 'Chongqing') },
    // a province, and a place inside it with a text of its own said elsewhere in the message
    { text: 'Jiangsu province, in Taicang to be exact', want: reg('suzhou', 'Taicang') },
    { text: '江苏那边的，人在张家港', want: reg('suzhou', '张家港') },
    // the place of a contest is not where one works
    { text: 'got 2nd at a national class 1 competition held in Liaoning, I am based in Chengdu', want: reg('sichuan', 'Chengdu') },
    { text: '四川省的二类大赛拿过第二，现在在重庆', want: reg('chongqing', '重庆') },
  ]],
  ['a contest\'s class said with another of its details', [
    { text: '二类的，第一名', ctx: { expecting: 'awards.rank' }, want: { contestClass: 2, number: 1 } },
    { text: 'first place, class one event', ctx: { expecting: 'awards.rank' }, want: { contestClass: 1, number: 1 } },
    { text: '个人赛，一类的', ctx: { expecting: 'awards.teamSize' }, want: { contestClass: 1 } },
    { text: '一类，拿了个第五', ctx: { expecting: 'awards.class' }, want: { number: 1, placed: { rank: 5 } } },
    { text: 'category 2, bronze', ctx: { expecting: 'awards.class' }, want: { number: 2, placed: { medal: 'bronze' } } },
    { text: '第四名', ctx: { expecting: 'awards.rank' }, want: { number: 4 }, absent: ['contestClass'] },
  ]],
  ['a contest named by who ran it: its class from the organiser', [
    { text: '参加过省住建厅举办的技能竞赛，拿了第一', want: { awards: [{ type: 'competition', tier: 'provincial_class2', rank: 1 }] }, absent: [] },
    { text: '人社部门组织的全国大赛得过第七', want: { awards: [{ type: 'competition', tier: 'national_class1', rank: 7 }] } },
    { text: '省人社厅主办的比赛第四名', want: { awards: [{ type: 'competition', tier: 'provincial_class1', rank: 4 }] } },
    { text: '市总工会搞的比武得了第二', want: { awards: [{ type: 'competition', tier: 'municipal_industry', rank: 2 }] } },
  ]],
  ['English trade names are the trades a Chinese speaker names', [
    { text: "I'm an electrician, senior worker since 2020", want: { occupation: '电工' } },
    { text: 'I work as a fitter', want: { occupation: '钳工' } },
    { text: 'auto mechanic', ctx: { expecting: 'skills.occupation' }, want: { occupation: '汽车维修工' } },
    { text: 'I am a mould maker in Kunshan', want: { occupation: '模具工' } },
    // no one Chinese trade: kept as said
    { text: 'machinist', ctx: { expecting: 'occupation' }, want: { occupation: 'machinist' } },
  ]],
  ['English: levels by grade, years in decades, reviews and exams told apart, contests by tier and runner-up', [
    { text: 'holding a grade III certificate since 2019', want: { skills: [{ level: 'senior_worker', since: '2019-12' }] } },
    { text: 'I have been doing this job for more than a decade', want: { workYears: 10 } },
    // passing a level's assessment is holding the level, not an annual review
    { text: 'passed the technician assessment in March 2020', want: { skills: [{ level: 'technician', since: '2020-03' }] }, absent: ['annualReviewsPassed'] },
    { text: 'my annual appraisals have all been satisfactory', want: { annualReviewsPassed: true } },
    { text: 'for one of those years the rating was only basically competent', want: { annualReviewsPassed: false } },
    // failing a level's exam is neither holding it nor failing a review
    { text: 'I failed the senior technician exam last spring', want: { targets: [{ kind: 'skill', level: 'senior_technician' }] }, absent: ['skills', 'annualReviewsPassed'] },
    { text: 'bronze in a tier-2 provincial competition', want: { awards: [{ type: 'competition', tier: 'provincial_class2', rank: 3 }] }, absent: ['skills'] },
    { text: 'second runner-up in a national first-class contest', want: { awards: [{ type: 'competition', tier: 'national_class1', rank: 3 }] } },
    { text: "won my county's skills competition", want: { awards: [{ type: 'competition', tier: 'district', rank: 1 }] } },
  ]],
];

describe.each(CASES)('%s', (_name, list) => {
  it.each(list.map((p): [string, Phrasing] => [`${JSON.stringify(p.text)}${p.ctx?.expecting ? ` (asked ${p.ctx.expecting})` : ''}`, p]))('%s', (_l, p) => {
    const got = read(p);
    expect(got).toMatchObject(p.want);
    for (const key of p.absent ?? []) expect(got[key]).toBeUndefined();
  });
});

describe('"what does it depend on" asks what is still to be confirmed in the person\'s own result', () => {
  it.each(['这个取决于什么', '还要确认哪些', 'so what does that depend on?', 'What is it conditional on', 'what do I still need to confirm'])('%s', (text) => {
    expect(resultQuestion(text)).toEqual({ kind: 'depends' });
  });
  it.each(['am I still missing anything?', 'what else do I still need'])('%s: what is missing', (text) => {
    expect(resultQuestion(text)).toEqual({ kind: 'missing' });
  });
  it.each(['您确定没错吗', '这个有把握吗', 'are you certain?', 'can I rely on that', 'how reliable is this'])('%s: whether to trust it', (text) => {
    expect(resultQuestion(text)).toEqual({ kind: 'trust' });
  });
  it.each(['要带什么材料', 'what can I apply for'])('%s is another question', (text) => {
    expect(resultQuestion(text)?.kind).not.toBe('missing');
  });
});
