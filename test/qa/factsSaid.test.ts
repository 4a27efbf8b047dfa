// What a question says of the person that the understanding leaves unread or misreads (src/qa/eligibility.ts
// questionFacts): a year's review below 合格 (有一年基本称职, an unsatisfactory appraisal), a title asked beside a dated
// level (够吗 / 够格 after it, 副高2022年 正高最早哪年, English "is senior engineer application open for me"); and
// Suzhou's annex offering closest trades only on a shared trade word (src/qa/annex.ts). The questions of
// test/dev/qa-questions-fe.json are the end-to-end measure.
import { understand } from '../../src/dialogs/understand';
import { questionFacts } from '../../src/qa/eligibility';
import { findInAnnex } from '../../src/qa/annex';

const AS_OF = '2026-06';
const read = (q: string) => questionFacts(understand(q, { asOf: AS_OF, awardsAsNamed: true }), q);
const levels = (xs?: { level: string }[]) => (xs ?? []).map((x) => x.level).sort();

describe('a review below 合格 said in the question', () => {
  it.each([
    ['沈阳 高级技师2018年拿证，近三年有一年考核基本称职，能报高级工程师不'],
    ['俺是高级工，2021年拿的证，有一年考核评了个不称职，助工还能申报不'],
    ['来电人重庆，高级工2021年6月取证，2024年度考核基本合格，问能否申报助理工程师'],
    ['南昌 技师2020年拿证 去年年度考核是基本称职 评工程师有戏吗'],
    ['技师 2020年 考核去年没评上合格 工程师能报吗'],
    ["I'm a senior technician since 2017 but my annual appraisal was unsatisfactory last year, can I go for senior engineer?"],
    ['Chongqing, senior worker since 2020, one of my last three annual reviews was a fail, is assistant engineer possible?'],
    ['Sichuan, technician certificate from 2019, I got a basically competent rating one year, am I ok for an intermediate title?'],
  ])('%s: not met', (q) => {
    expect(read(q).annualReviewsPassed).toBe(false);
  });

  it.each([
    ['技师2020年拿证，考核没有一年不合格，能评工程师吗', true],
    ['技师2020年拿证，考核都合格，能评工程师吗', true],
    ['技师2020年拿证，能评工程师吗', undefined],
    ['technician since 2020, I never failed an annual review, can I apply for engineer?', true],
    ['technician since 2020, I failed the technician exam once, can I apply for engineer?', undefined],
  ])('%s: left as read (%s)', (q, passed) => {
    expect(read(q).annualReviewsPassed).toBe(passed);
  });
});

describe('a title asked beside a dated level', () => {
  it.each([
    ['技师2025年1月拿证，工程师现在够吗', 'intermediate'],
    ['高级工2021年取得 助理工程师够格不', 'assistant'],
    ['四川 副高职称2022年6月取得 正高级最早哪年哪月', 'full_senior'],
    ['宜宾 2023年3月评的副高 正高要等到哪年哪月', 'full_senior'],
    ['chongqing, senior technician since 2020-11, is senior engineer application open for me?', 'deputy_senior'],
    ['technician since 2019, is the engineer application open to me?', 'intermediate'],
    ['sichuan: I have technician level since Oct 2022, am I ok for intermediate now?', 'intermediate'],
    ['哈尔滨 senior worker 2 years experience, is it ok for assistant engineer', 'assistant'],
  ])('%s: %s asked, not held', (q, level) => {
    const u = read(q);
    expect(levels(u.targets)).toContain(level);
    expect((u.titles ?? []).filter((x) => !x.since).map((x) => x.level)).not.toContain(level);
  });

  it.each([
    ['I am a technician since 2019 and an engineer, what next?', 'intermediate'],
    ['technician with an engineer title since 2018, what skill level can I get?', 'intermediate'],
  ])('%s: %s stays held', (q, level) => {
    expect(levels(read(q).titles)).toContain(level);
  });
});

describe('Suzhou annex: closest listed trades only on a shared trade word', () => {
  it.each([['调酒师评职称归哪个专业'], ['中药调剂员对应什么'], ['保安员算哪个专业'], ['仪表维修工对应哪个专业'], ['锅炉操作工归哪个专业'], ['管工属于哪个专业'], ['电子商务师在目录里吗'], ['园林绿化工对应哪个专业']])(
    '%s: unlisted, none closest', (q) => {
      expect(findInAnnex(q)).toEqual(expect.objectContaining({ kind: 'unlisted', closest: [] }));
    },
  );

  it.each([['数控车工评职称对应哪个专业', '车工'], ['装配钳工对应哪个', '钳工'], ['数控铣工对应苏州哪个职称专业', '铣工']])('%s: closest %s', (q, o) => {
    const f = findInAnnex(q);
    expect(f.kind).toBe('unlisted');
    expect(f.kind === 'unlisted' && f.closest).toContain(o);
  });
});
