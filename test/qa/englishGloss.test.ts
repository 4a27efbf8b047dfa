// English questions read through the Chinese phrasings' vocabulary (src/qa/englishGloss.ts, fixer fW): the domain's
// English words glossed with the Chinese the texts say them with, read again when the English alone decides nothing.
// Every phrasing here is written for these tests from the texts' topics (none is a set's sentence, none is in the
// intents), in chat style with typos (whats, pls, im, hav, gotta).
import { ask } from '../../src/qa/ask';
import { chineseGloss, ownGlosses, withOwnGloss } from '../../src/qa/englishGloss';
import { forClassifier } from '../../src/qa/normalize';
import type { Region } from '../../src/rules/vocabulary';

const en = (q: string, region?: Region) => ask(q, { region, locale: 'en', asOf: '2026-12' });

describe('the glossary: English domain words with the Chinese the texts use', () => {
  it.each([
    ['is a thesis a must?', ['论文', '强制']],
    ['which field does it cover', ['领域', '适用']],
    ['what is the plan based on', ['依据']],
    ['skills contest winners', ['竞赛', '获奖']],
    ['the yearly appraisal results', ['年度考核']],
    ['fast-track for titles', ['破格', '职称']],
    ['who sits on the review panel', ['评委']],
    ['technical reports and patents', ['技术报告', '专利']],
    ['when did it take effect', ['施行']],
    ['does my job need to match the specialty', ['对口', '专业']],
    ['senior technician to senior engineer', ['高级技师', '高级工程师']],
    ['front-line workers', ['一线']],
    ['continuing education hours', ['继续教育']],
    ['annual salary or equity for leading talents', ['年薪制', '领军人才']],
    ['faked materials', ['造假', '材料']],
  ] as [string, string[]][])('%s', (q, zh) => {
    const g = chineseGloss(q);
    for (const w of zh) expect(g).toContain(w);
  });

  it('glosses English only, and the common words (title, apply, review, skilled workers) own no topic', () => {
    expect(chineseGloss('评职称要论文吗')).toEqual([]);
    expect(ownGlosses('can skilled workers apply for a title review')).toEqual([]);
    expect(withOwnGloss('hello there, nice weather')).toBe('hello there, nice weather');
    // (results published are no paper published)
    expect(chineseGloss('when are the review results published')).not.toContain('论文');
  });

  it('a level\'s name is read as the level, not as its words (senior engineer is no engineering field)', () => {
    expect(chineseGloss('senior engineer')).not.toContain('工程技术');
  });

  it('the classifier\'s text of a phrasing has no glosses: the model is trained as before', () => {
    expect(forClassifier('is a thesis compulsory?')).not.toMatch(/\p{Script=Han}/u);
  });
});

describe('English topic questions answered with the topic the texts speak of', () => {
  it.each([
    ['liaoning guys here, do we gotta write a thesis to get the engineer title??', 'liaoning', 'paper'],
    ['pls is a published article needed in sichuan for skilled workers\' titles', 'sichuan', 'paper'],
    ['chongqing: essay or paper needed for my title? im a welder', 'chongqing', 'paper'],
    ['whats the national line on papers for skilled workers going for titles', 'national', 'paper'],
    ['suzhou, do i hav to publish a paper for senior engineer as a worker?', 'suzhou', 'paper'],
    ['which upper-level document is the sichuan plan based on', 'sichuan', 'basis_document'],
    ['liaoning\'s text: what is it based on?', 'liaoning', 'basis_document'],
    ['chongqing\'s opinion rests on which national documents?', 'chongqing', 'basis_document'],
    ['liaoning: only engineering field or other title series too?', 'liaoning', 'series'],
    ['chongqing, does the link cover only the engineering series?', 'chongqing', 'series'],
    ['national text: which title series besides engineering are in?', 'national', 'series'],
    ['national: who can join title reviews, frontline workers only?', 'national', 'who_s2t'],
    ['sichuan: which people can apply for titles under this, scope pls', 'sichuan', 'who_s2t'],
    ['suzhou who is eligible for the engineering title review as a worker', 'suzhou', 'who_s2t'],
    ['can high skill workers sit on the review committee? national doc', 'national', 'committee_experts'],
    ['sichuan can skilled workers get into the expert pool for title reviews?', 'sichuan', 'committee_experts'],
    ['national: can firms run their own title reviews for skilled staff?', 'national', 'company_review'],
    ['chongqing does my specialty have to match my job for the title?', 'chongqing', 'same_specialty'],
    ['suzhou, can i apply in a different specialty from my trade?', 'suzhou', 'same_specialty'],
    ['national doc: does the title review care about degrees for skilled workers?', 'national', 'education'],
    ['sichuan no diploma, im a senior technician, education requirement for title?', 'sichuan', 'education'],
    ['national: english test needed for skilled workers titles?', 'national', 'foreign_language'],
    ['liaoning any computer test for workers going for titles?', 'liaoning', 'computer'],
    ['chongqing: what happens if someone fakes achievements in the review', 'chongqing', 'fraud'],
    ['national: falsified materials in a title application, whats the penalty', 'national', 'fraud'],
    ['sichuan\'s timetable, what are the stages of the work?', 'sichuan', 'schedule'],
    ['jiangxi notice, since when is it in effect?', 'jiangxi', 'schedule'],
    ['suzhou, which sectors go first in the pilot?', 'suzhou', 'suzhou_pilot'],
    ['suzhou: does skills training count for my continuing education hours?', 'suzhou', 'suzhou_continuing_education'],
    ['national opinion\'s basic principles pls', 'national', 'principles'],
    ['whats the guiding idea of the national opinion', 'national', 'guiding_thought'],
    ['national policy, what\'s its work focus?', 'national', 'work_focus'],
    ['national text: how are high-skill workers evaluated, by which methods?', 'national', 'evaluation_method'],
    ['liaoning: do i need my annual appraisals passed to apply for a title?', 'liaoning', 'annual_review'],
    ['sichuan, failed my yearly appraisal once, still ok to apply?', 'sichuan', 'annual_review'],
    ['national: can patents or work methods count as achievements in the review?', 'national', 'achievements'],
    ['chongqing: do technical reports count as achievements for titles?', 'chongqing', 'achievements'],
    ['national: can skill posts be matched with management posts in a company?', 'national', 'post_sequences'],
    ['national: are standards lowered for skilled workers\' titles?', 'national', 'standards_balance'],
    ['national doc: new emerging occupations, can they link to titles?', 'national', 'emerging_occupations'],
    ['national: is the older dual-teacher policy still in force?', 'national', 'older_policies'],
    ['national: can skilled workers sit accountant or economist qualification exams?', 'national', 'professional_qualification'],
    ['national: for jobs needing a licence by law, whats the rule on access qualifications?', 'national', 'access_qualification'],
    ['jiangxi notice: what must the competent departments of title series do?', 'jiangxi', 'jiangxi_measures'],
    ['jiangxi: whats the doc number of the notice?', 'jiangxi', 'doc_identity'],
    ['national: which honours open the green channel for titles?', 'national', 'green_list'],
    ['sichuan: which awards let skilled workers skip the years for a title?', 'sichuan', 'green_list'],
    ['liaoning upgrade eval: after how long can i go to the next skill level?', 'liaoning', 'upgrade'],
  ] as [string, Region, string][])('%s', (q, region, id) => {
    const a = en(q, region);
    expect(a.matched).toBe('curated');
    expect(a.id).toBe(id);
  });
});

describe('a region that applies the national text as is, asked for its own rule', () => {
  it.each([
    'does jiangxi have its own fast track list?',
    'has jiangxi got their own green channel rules, or just the national ones?',
  ])('%s: never the national answer alone (it says Jiangxi\'s notice sets none of its own, or refuses)', (q) => {
    const a = en(q, 'jiangxi');
    if (a.matched === 'curated') expect(a.answer).toMatch(/^Jiangxi's notice does not say/);
    else expect(a.citations).toEqual([]);
  });

  it('a company\'s own review is no question of the region\'s own text', () => {
    expect(en('in jiangxi can a company do its own title review for workers?', 'jiangxi').answer).not.toMatch(/^Jiangxi's notice does not say/);
  });
});
