// Levels asked about beside levels held (round fA, phrasings of our own, none from a conversation set): a wait said as a
// complaint (工程师得等很久吧), a question closed with any particle (能评了吧, 可以申报了没), a question sentence that
// says nothing of the asker beside one where they say what they hold, thanks said as "that helps", and the ladder of
// a bare 高级 said with no question asked.
import { understand } from '../../src/dialogs/understand';
import { smallTalk } from '../../src/dialogs/understand/smallTalk';
import { normalizeText } from '../../src/dialogs/understand';
import { AS_OF, type Phrasing } from './fixtures';

const CASES: [string, Phrasing[]][] = [
  ['a wait said as a complaint after a level: the level is asked about, not held', [
    { text: '高级工前年考的 工程师得等很久吧', want: { skills: [{ level: 'senior_worker' }], targets: [{ kind: 'title', level: 'intermediate' }] }, absent: ['titles'] },
    { text: '技师2023年的，高工还要熬好几年', want: { skills: [{ level: 'technician', since: '2023-12' }], targets: [{ kind: 'title', level: 'deputy_senior' }] }, absent: ['titles'] },
    { text: '德阳 高级工 助工要等多长时间', want: { skills: [{ level: 'senior_worker' }], targets: [{ kind: 'title', level: 'assistant' }] }, absent: ['titles'] },
    // a length after a level with no verb of waiting is how long it is held
    { text: '技师好几年了', want: { skills: [{ level: 'technician' }] }, absent: ['targets'] },
  ]],
  ['a level then "can I apply", closed with any particle', [
    { text: '技师2018年拿的，工程师能评了吧', want: { skills: [{ level: 'technician', since: '2018-12' }], targets: [{ kind: 'title', level: 'intermediate' }] }, absent: ['titles'] },
    { text: '高级工三年了，助工可以申报了没', want: { skills: [{ level: 'senior_worker' }], targets: [{ kind: 'title', level: 'assistant' }] }, absent: ['titles'] },
    { text: '我高级工2020年的 助理工程师应该能报了吧', want: { skills: [{ level: 'senior_worker' }], targets: [{ kind: 'title', level: 'assistant' }] }, absent: ['titles'] },
    { text: '电焊工技师，工程师可以报不啦', want: { skills: [{ level: 'technician' }], targets: [{ kind: 'title', level: 'intermediate' }] }, absent: ['titles'] },
  ]],
  ['a question sentence that says nothing of the asker, beside the asker\'s own sentence', [
    { text: '请问高级工评助工要多久？我现在是技师，20年拿的', want: { skills: [{ level: 'technician', since: '2020-12' }] }, absent: ['titles'] },
    { text: '想咨询一下技师转工程师要几年。本人高级工，2021年考的', want: { skills: [{ level: 'senior_worker', since: '2021-12' }], targets: [{ kind: 'title', level: 'intermediate' }] }, absent: ['titles'] },
    // the asker's own sentence keeps its level; a question with no level of the asker's keeps the level (whose else)
    { text: '技师评工程师要几年? 我是技师', want: { skills: [{ level: 'technician' }], targets: [{ kind: 'title', level: 'intermediate' }] } },
    { text: '我在绵阳。技师能评工程师吗？', want: { skills: [{ level: 'technician' }], targets: [{ kind: 'title', level: 'intermediate' }] } },
  ]],
  ['asking words make a sentence a question without a question mark', [
    { text: '想了解一下高级工评助工的条件。我自己是技师，2019年拿的', want: { skills: [{ level: 'technician', since: '2019-12' }] }, absent: ['titles'] },
    { text: '咨询一下技师转工程师。我高级工', want: { skills: [{ level: 'senior_worker' }], targets: [{ kind: 'title', level: 'intermediate' }] } },
  ]],
  ['heading for a level (奔着 / 冲着 … 去): wanted, not held', [
    { text: '技师2021年的 奔着高工去', want: { skills: [{ level: 'technician' }], targets: [{ kind: 'title', level: 'deputy_senior' }] }, absent: ['titles'] },
    { text: '高级工 冲着技师去的', want: { skills: [{ level: 'senior_worker' }], targets: [{ kind: 'skill', level: 'technician' }] } },
  ]],
  ['a level, a dash, then a question about another: the first is held', [
    { text: 'technician - eligible for engineer?', want: { skills: [{ level: 'technician' }], targets: [{ kind: 'title', level: 'intermediate' }] } },
    { text: 'senior worker – could I go for assistant engineer?', want: { skills: [{ level: 'senior_worker' }], targets: [{ kind: 'title', level: 'assistant' }] } },
    { text: '高级技师——能评高工吗', want: { skills: [{ level: 'senior_technician' }], targets: [{ kind: 'title', level: 'deputy_senior' }] } },
    // a hyphen inside a word or a date is no dash
    { text: 'full-senior engineer since 2019-06', want: { titles: [{ level: 'full_senior', since: '2019-06' }] } },
  ]],
  ['等下 as a correction only when it stands alone (等下个月 is a date, 等下次 a later time)', [
    { text: '高级工2020年5月，等下，是2021年5月', want: { skills: [{ level: 'senior_worker', since: '2021-05' }], correction: {} } },
    { text: '等下个月拿到技师证再来问', want: { targets: [{ kind: 'skill', level: 'technician' }] }, absent: ['correction', 'skills'] },
    { text: '等下次考完高级工再说', want: { targets: [{ kind: 'skill', level: 'senior_worker' }] }, absent: ['correction', 'skills'] },
    { text: '等下我再来问问', want: {}, absent: ['correction'] },
  ]],
  ['a level corrected to another in one message: the old one goes', [
    { text: '高级工，不对，应该是技师', want: { skills: [{ level: 'technician' }], correction: {} } },
    { text: '工程师 等等 应该是高级工程师', want: { titles: [{ level: 'deputy_senior' }], correction: {} } },
    // a subject before the marker still goes with the new value
    { text: '技师那个说错了，应该是2022年4月', want: { skills: [{ level: 'technician', since: '2022-04' }] } },
  ]],
  ['an exam still ahead: the level is not held', [
    { text: '明年考过技师再说', want: { targets: [{ kind: 'skill', level: 'technician' }] }, absent: ['skills'] },
    { text: '快要考高级技师了', want: { targets: [{ kind: 'skill', level: 'senior_technician' }] }, absent: ['skills'] },
    { text: '前年考完技师', want: { skills: [{ level: 'technician' }] }, absent: ['targets'] },
  ]],
];

describe.each(CASES)('%s', (_name, list) => {
  it.each(list.map((p): [string, Phrasing] => [`${JSON.stringify(p.text)}${p.ctx?.expecting ? ` (asked ${p.ctx.expecting})` : ''}`, p]))('%s', (_l, p) => {
    const got = understand(p.text, { asOf: AS_OF, ...p.ctx });
    expect(got).toMatchObject(p.want);
    for (const key of p.absent ?? []) expect(got[key]).toBeUndefined();
  });
});

describe('thanks said as "that helps" / 有帮助', () => {
  it.each([['that helped heaps'], ["you've been a big help, thanks"], ['cheers mate, that helps'], ['很有帮助'], ['帮了大忙了 谢谢']])('%s', (said) => {
    expect(smallTalk(normalizeText(said).text)).toBe('thanks');
  });
  it.each([['有帮助吗'], ['that helps with what?']])('%s is no thanks', (said) => {
    expect(smallTalk(normalizeText(said).text)).toBeUndefined();
  });
});
