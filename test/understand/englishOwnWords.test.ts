// English (and mixed Chinese-English) as people type it, wordings of our own (none from a conversation set): a level
// wanted in the many English ways of wanting, suppositions in English conditionals, a level denied with the words far
// before it, a none said of a fact's noun, learners' grammar (i no have, i get technician in 2019, since 3 years), the
// domain's words cut short (tech cert, lvl 3, asst eng), small talk, corrections and don't-knows.
import { understand } from '../../src/dialogs/understand';
import { AS_OF, type Phrasing } from './fixtures';

const en = { locale: 'en' as const };
const asked = (expecting: NonNullable<Phrasing['ctx']>['expecting']) => ({ ...en, expecting });
const wantsTitle = (level: string) => ({ targets: [{ kind: 'title' as const, level: level as 'intermediate' }] });

const CASES: [string, Phrasing[]][] = [
  ['a level wanted in the English ways of wanting: never held', [
    { text: 'considering the assistant engineer title, i\'m senior worker', want: { skills: [{ level: 'senior_worker' }], ...wantsTitle('assistant') }, absent: ['titles'] },
    { text: 'i\'m eyeing senior engineer, have senior technician since 2018', want: { skills: [{ level: 'senior_technician', since: '2018-12' }], ...wantsTitle('deputy_senior') }, absent: ['titles'] },
    { text: 'my next step would be assistant engineer', want: wantsTitle('assistant'), absent: ['titles'] },
    { text: 'i wish to upgrade into engineer title', want: wantsTitle('intermediate'), absent: ['titles'] },
    { text: 'dreaming of senior technician lol, now technician since 2020', want: { skills: [{ level: 'technician', since: '2020-12' }], targets: [{ kind: 'skill', level: 'senior_technician' }] } },
    { text: 'is engineer title possible for me? technician 2019', want: { skills: [{ level: 'technician' }], ...wantsTitle('intermediate') }, absent: ['titles'] },
    { text: 'wondering about the engineer title, technician here', want: { skills: [{ level: 'technician' }], ...wantsTitle('intermediate') }, absent: ['titles'] },
    { text: 'curious whether i could be assistant engineer', want: wantsTitle('assistant'), absent: ['titles'] },
    { text: 'keen on engineer, got technician in 2020', want: { skills: [{ level: 'technician', since: '2020-12' }], ...wantsTitle('intermediate') }, absent: ['titles'] },
    { text: 'working towards senior engineer', want: wantsTitle('deputy_senior'), absent: ['titles'] },
    { text: 'Technician since Aug 2021. Been thinking about the engineer title lately', want: { skills: [{ level: 'technician', since: '2021-08' }], ...wantsTitle('intermediate') }, absent: ['titles'] },
    // asked about, for oneself or for someone else
    { text: 'caller: technician since 2019, Dalian, asks about engineer title', want: { skills: [{ level: 'technician' }], ...wantsTitle('intermediate') }, absent: ['titles'] },
    { text: 'he is technician from 2020, wants to know about engineer', want: { skills: [{ level: 'technician' }], ...wantsTitle('intermediate') }, absent: ['titles'] },
    { text: 'question regarding assistant engineer, i\'m senior worker 2019', want: { skills: [{ level: 'senior_worker' }], ...wantsTitle('assistant') }, absent: ['titles'] },
    // held stays held
    { text: 'i used to be a technician, now engineer since 2022', want: { titles: [{ level: 'intermediate', since: '2022-12' }] }, absent: ['targets'] },
  ]],
  ['English conditionals are suppositions, not holdings', [
    { text: 'and if I was a technician since then?', want: { followUp: 'hypothetical', skills: [{ level: 'technician' }] } },
    { text: 'and if I were an engineer already?', want: { followUp: 'hypothetical', titles: [{ level: 'intermediate' }] } },
    { text: 'say I had technician from 2020, then?', want: { followUp: 'hypothetical', skills: [{ level: 'technician', since: '2020-12' }] } },
    { text: 'let\'s say i got senior technician', want: { followUp: 'hypothetical', skills: [{ level: 'senior_technician' }] } },
    { text: 'imagine i had engineer title', want: { followUp: 'hypothetical', titles: [{ level: 'intermediate' }] } },
    { text: 'if I\'d had technician since 2018', want: { followUp: 'hypothetical', skills: [{ level: 'technician', since: '2018-12' }] } },
    { text: 'assuming I pass technician next month', want: { followUp: 'hypothetical', skills: [{ level: 'technician' }] } },
  ]],
  ['a level denied in English, the denying words further off', [
    { text: 'I don\'t have the technician cert yet, want to get it', want: { denied: [{ kind: 'skill', level: 'technician' }], targets: [{ kind: 'skill', level: 'technician' }] }, absent: ['skills'] },
    { text: 'not an engineer, just technician', want: { denied: [{ kind: 'title', level: 'intermediate' }], skills: [{ level: 'technician' }] }, absent: ['titles'] },
    { text: 'i\'m not a technician, i have senior worker since 2019', want: { denied: [{ kind: 'skill', level: 'technician' }], skills: [{ level: 'senior_worker', since: '2019-12' }] } },
    { text: 'never got the assistant engineer title, senior worker 2018', want: { denied: [{ kind: 'title', level: 'assistant' }], skills: [{ level: 'senior_worker' }] }, absent: ['titles', 'awards'] },
    { text: 'technician: not yet. senior worker since 2020', want: { denied: [{ kind: 'skill', level: 'technician' }], skills: [{ level: 'senior_worker', since: '2020-12' }] } },
    { text: 'engineer title - no, technician since 2019', want: { denied: [{ kind: 'title', level: 'intermediate' }], skills: [{ level: 'technician' }] }, absent: ['titles'] },
    { text: 'haven\'t got senior technician, only technician 2017', want: { denied: [{ kind: 'skill', level: 'senior_technician' }], skills: [{ level: 'technician', since: '2017-12' }] } },
  ]],
  ['none said of a fact\'s noun, or in learners\' words: that fact\'s none', [
    { text: 'never got any title', ctx: asked('skills.since'), want: { titles: [] }, absent: ['awards', 'yesNo'] },
    { text: 'no have title', ctx: asked('skills'), want: { titles: [] }, absent: ['skills', 'yesNo'] },
    { text: 'i no have any award', ctx: asked('awards'), want: { awards: [] } },
    { text: 'i have none of those', ctx: asked('skills'), want: { skills: [] } },
    { text: 'nothing of the sort', ctx: asked('titles'), want: { titles: [] } },
    { text: 'haven\'t received a single prize', ctx: asked('awards'), want: { awards: [] } },
    { text: 'dont hold any titles', ctx: asked('titles'), want: { titles: [] } },
    { text: 'senior worker 2019, never had any awards, no titles either', want: { skills: [{ level: 'senior_worker' }], awards: [], titles: [] } },
    // a having said after the no takes it back
    { text: 'no i have one', ctx: asked('awards'), want: {}, absent: ['awards'] },
  ]],
  ['learners\' grammar and words cut short', [
    { text: 'i get technician in 2019 year, chengdu city', want: { region: { region: 'sichuan' }, skills: [{ level: 'technician', since: '2019-12' }] }, absent: ['targets'] },
    { text: 'I get senior worker 2018', want: { skills: [{ level: 'senior_worker', since: '2018-12' }] }, absent: ['targets'] },
    { text: 'i have technician certificate since 3 years', want: { skills: [{ level: 'technician', since: '2023-11' }] } },
    { text: 'senior worker cert for 2 years now', want: { skills: [{ level: 'senior_worker', since: '2024-11' }] } },
    { text: 'tech cert 2021', ctx: asked('skills'), want: { skills: [{ level: 'technician', since: '2021-12' }] } },
    { text: 'lvl 3 worker since 2018, dalian', want: { region: { region: 'liaoning' }, skills: [{ level: 'senior_worker', since: '2018-12' }] } },
    { text: 'asst eng since 2020, suzhou', want: { region: { region: 'suzhou' }, titles: [{ level: 'assistant', since: '2020-12' }] } },
    { text: '10yrs exp', ctx: asked('workYears'), want: { workYears: 10 } },
    { text: '2nd in prov comp', ctx: asked('awards'), want: { awards: [{ type: 'competition', rank: 2 }] } },
    { text: 'reviews pass', want: { annualReviewsPassed: true } },
    { text: 'annual review: pass, no problem', want: { annualReviewsPassed: true } },
    // a fail denied is a pass
    { text: 'reviews: none of them failed', want: { annualReviewsPassed: true } },
    { text: 'never once failed a review', want: { annualReviewsPassed: true } },
    { text: 'and if i had no failed year?', want: { annualReviewsPassed: true, followUp: 'hypothetical' } },
    // a pass denied is a fail
    { text: 'senior worker, reviews not ok last year', want: { annualReviewsPassed: false } },
    { text: 'my reviews weren\'t all fine', want: { annualReviewsPassed: false } },
    { text: 'one of the three appraisals was not a pass', want: { annualReviewsPassed: false } },
    // "tech" that is no level
    { text: 'high tech company, senior worker 2019', want: { skills: [{ level: 'senior_worker' }] } },
    { text: 'I have 技师证 since 2019, want engineer', want: { skills: [{ level: 'technician', since: '2019-12' }], ...wantsTitle('intermediate') }, absent: ['titles'] },
  ]],
  ['two certificates in one English sentence: each keeps its own date', [
    { text: 'got my senior worker cert end of 2017 and the technician one in spring 2022', want: { skills: [{ level: 'senior_worker', since: '2017-12' }, { level: 'technician', since: '2022-05' }] } },
    { text: 'senior worker and technician 2019 and 2022', want: { skills: [{ level: 'senior_worker', since: '2019-12' }, { level: 'technician', since: '2022-12' }] } },
    { text: 'senior worker and technician, respectively 2016 and 2021', want: { skills: [{ level: 'senior_worker', since: '2016-12' }, { level: 'technician', since: '2021-12' }] } },
    { text: 'senior worker & technician in 2015, 2020', want: { skills: [{ level: 'senior_worker', since: '2015-12' }, { level: 'technician', since: '2020-12' }] } },
    { text: 'technician since 05.2020', want: { skills: [{ level: 'technician', since: '2020-05' }] } },
    // of two dates said as either, the later (the reading that promises least), for the level before them
    { text: 'not sure, maybe 2020 or 2021', ctx: asked('skills.since'), want: { month: '2021-12' } },
    { text: 'senior worker 2016 or 2017 and technician 2021', want: { skills: [{ level: 'senior_worker', since: '2017-12' }, { level: 'technician', since: '2021-12' }] } },
    { text: 'technician march or april 2019', want: { skills: [{ level: 'technician', since: '2019-04' }] } },
  ]],
  ['small talk, corrections and don\'t-knows', [
    { text: 'hi there', want: { smallTalk: 'greeting' } },
    { text: 'thx a lot', want: { smallTalk: 'thanks' } },
    { text: 'good, thanks', want: { smallTalk: 'thanks' } },
    { text: 'gotcha, many thx', want: { smallTalk: 'thanks' } },
    { text: 'makes sense, bye', want: { smallTalk: 'bye' } },
    { text: 'thanks, i\'m in chengdu', want: { region: { region: 'sichuan' } }, absent: ['smallTalk'] },
    { text: 'sorry, 2020 not 2021', ctx: asked('titles'), want: { month: '2020-12', correction: {} } },
    { text: 'oops, wrong year - 2018', want: { month: '2018-12', correction: {} } },
    { text: 'no wait, it\'s Chengdu not Chongqing', want: { region: { region: 'sichuan' }, correction: {} } },
    { text: 'dunno tbh', ctx: asked('skills.since'), want: { dontKnow: true } },
  ]],
];

describe.each(CASES)('%s', (_name, list) => {
  it.each(list.map((p): [string, Phrasing] => [`${JSON.stringify(p.text)}${p.ctx?.expecting ? ` (asked ${p.ctx.expecting})` : ''}`, p]))('%s', (_l, p) => {
    const got = understand(p.text, { asOf: AS_OF, ...en, ...p.ctx });
    expect(got).toMatchObject(p.want);
    for (const key of p.absent ?? []) expect(got[key]).toBeUndefined();
  });
});
