// Set 8's dialog misses, by mechanism, in wordings of our own (none taken from the set): an award, an honour or a
// contest result named as a wish or denied is never held (the wish words a level is wanted with); the checklist
// asked after the answer in the many ways people ask it (the follow-up classifier's word lists); thanks, goodbyes and
// okays said with words of one's own around them are small talk.
import { understand } from '../../src/dialogs/understand';
import { resultQuestion } from '../../src/dialogs/followUps';
import type { HonorId, Region } from '../../src/rules/vocabulary';

const AS_OF = '2026-11';
const read = (text: string, region?: Region, expecting: string | null = null) =>
  understand(text, { asOf: AS_OF, expecting: expecting as never, ...(region ? { region } : {}) });
const ids = (list: { type: string; id?: string; tier?: string }[] | undefined) => (list ?? []).map((a) => a.id ?? a.tier);

describe('an award wanted is kept as wanted, never held', () => {
  it.each<[string, Region | undefined, string]>([
    ['以后想评上全国技术能手，目前是高级技师', undefined, 'national_technical_expert'],
    ['我的目标是拿中华技能大奖', undefined, 'china_skills_award'],
    ['争取明年评上辽宁省技术能手', 'liaoning', 'liaoning_technical_expert'],
    ['希望拿到辽宁工匠称号', 'liaoning', 'liaoning_craftsman'],
    ['以后要当辽宁工匠 现在高级工', 'liaoning', 'liaoning_craftsman'],
    ['想当工匠', 'liaoning', 'liaoning_craftsman'],
    ['准备申报天府工匠，我是成都的技师', 'sichuan', 'tianfu_craftsman'],
    ['打算评个江苏工匠 苏州园区技师2020年', 'suzhou', 'jiangsu_craftsman'],
    ['俺想争取评重庆市技术能手撒', 'chongqing', 'chongqing_technical_expert'],
    ['想評上全國技術能手', undefined, 'national_technical_expert'],
    ['全国技术能手还没评上，想评', undefined, 'national_technical_expert'],
    ['我梦想是当上国务院特殊津贴专家', undefined, 'state_council_allowance'],
    ['hoping to become a national technical expert one day, technician since 2019', undefined, 'national_technical_expert'],
    ['I want to get the China Skills Award', undefined, 'china_skills_award'],
    ['my goal is national technical expert', undefined, 'national_technical_expert'],
    ['dreaming of the china skills award', undefined, 'china_skills_award'],
    ['aiming for a national technical expert title', undefined, 'national_technical_expert'],
    ['wanna be a liaoning craftsman some day', 'liaoning', 'liaoning_craftsman'],
    ['打算冲省赛一类第一', undefined, 'provincial_class1'],
    ['想冲一冲国赛一类前三', undefined, 'national_class1'],
    ['准备参加世赛拿个金牌', undefined, 'worldskills'],
    ['技师，想报名参加省里的一类大赛', undefined, 'provincial_class1'],
  ])('%s', (text, region, id) => {
    const u = read(text, region);
    expect(ids(u.awards)).not.toContain(id);
    expect(ids(u.wantedAwards)).toContain(id);
    expect(u.readings).toEqual(expect.arrayContaining([expect.objectContaining({ what: 'award', meaning: expect.stringMatching(/wants|asks/) })]));
  });
});

describe('an award denied is not held', () => {
  it.each<[string, Region | undefined, HonorId]>([
    ['还不是辽宁工匠，技师2019年', 'liaoning', 'liaoning_craftsman'],
    ["I'm not a national technical expert yet", undefined, 'national_technical_expert'],
    ['我不是全国技术能手', undefined, 'national_technical_expert'],
    ['没有评上四川省技术能手', 'sichuan', 'sichuan_technical_expert'],
  ])('%s', (text, region, id) => {
    expect(ids(read(text, region).awards)).not.toContain(id);
  });
  it('to the awards question, an award denied and none other named is none', () => {
    expect(read('还不是全国技术能手', undefined, 'awards').awards).toEqual([]);
  });
});

describe('an award conferred stays held, whatever verb of applying its words end with', () => {
  it.each<[string, Region | undefined, string]>([
    ['2019年获评全国技术能手', undefined, 'national_technical_expert'],
    ['我是辽宁工匠，2021年评上的', 'liaoning', 'liaoning_craftsman'],
    ['拿过省赛一类第二名', undefined, 'provincial_class1'],
    ['被评为辽宁工匠', 'liaoning', 'liaoning_craftsman'],
    ['荣获全国技术能手称号', undefined, 'national_technical_expert'],
    ['I won the national technical expert title in 2020', undefined, 'national_technical_expert'],
    ['I was named a liaoning craftsman in 2020', 'liaoning', 'liaoning_craftsman'],
  ])('%s', (text, region, id) => {
    const u = read(text, region);
    expect(ids(u.awards)).toContain(id);
    expect(u.wantedAwards).toBeUndefined();
  });
  it('a supposition (要是评上…呢) supposes it held', () => {
    expect(ids(read('要是评上辽宁工匠呢', 'liaoning').awards)).toContain('liaoning_craftsman');
  });
  it('the Q&A reads every award named as named (what a named award opens is what it answers)', () => {
    const u = understand('以后想当辽宁工匠', { asOf: AS_OF, region: 'liaoning', awardsAsNamed: true });
    expect(ids(u.awards)).toContain('liaoning_craftsman');
    expect(u.wantedAwards).toBeUndefined();
  });
});

describe('what to bring, asked after the answer in the ways people ask it', () => {
  it.each([
    '要带啥', '准备哪些东西', '交些什么', '需要啥手续材料', '要交的东西呢', '材料清单发我一下', '告诉我需要带齐的文件',
    '申报的时候得带齐哪些东西', '递交些啥子哦', '要备齐哪些证件', '资料给我列一下', '麻烦把要准备的材料说一下',
    '列一下要提交的资料', '報名要交哪些資料', '申請時需要準備什麼', '那我要整啥材料', '要提供哪几样',
    '要带些啥子嘛', '需要交上去的文件有哪些', '要准备好什么',
    'what do I hand in', 'paperwork', 'what should i take with me', 'which forms do i fill in', 'list the documents please',
    'what papers do i need to bring', 'send me the list of documents', 'wat docs do i need',
  ])('%s', (text) => {
    expect(resultQuestion(text)?.kind).toBe('materials');
  });
  it.each(['社保交多少年', '提交材料后多久出结果', '我能拿什么证', '哪个文件规定的', '文件怎么说的', '依据什么文件', '能评什么'])('not: %s', (text) => {
    expect(resultQuestion(text)?.kind).not.toBe('materials');
  });
});

describe('thanks, goodbyes and okays with words of their own around them are small talk', () => {
  it.each([
    'thanks a million you\'re a star', 'ok will do cheers', 'cheers mate have a great weekend', 'thnx heaps legend',
    'cheers for that, talk later', 'ty ty!! gonna go prep the docs now', 'awesome thx, off to get my paperwork sorted',
    'thank u so much!! u r the best', 'ok got it, will check with HR', 'lovely, enjoy your evening', 'perfect ta, have a nice one',
    '好的谢谢，我回去准备一下', '谢谢啦，祝你工作顺利', '好嘞 多谢 我先去问问单位', '多谢多谢 辛苦了老师 祝您生活愉快',
    '谢了哈 明天再来问', '好的好的 明白啦 我回头看看', '行 谢了 兄弟们辛苦', '要得要得 谢谢了哈', '中 谢谢恁', '妥了 谢谢',
    '謝謝你，祝你週末愉快', '好滴 晓得了 我去找人事',
  ])('%s', (text) => {
    expect(['thanks', 'bye', 'ok']).toContain(read(text).smallTalk);
  });
  it.each(['i have a book', 'ok thanks but nope', 'thanks, that was not what i asked', '谢谢，还是没搞懂', '谢谢，但是结果不对', 'thanks, what about engineer?'])('not: %s', (text) => {
    expect(read(text).smallTalk).toBeUndefined();
  });
  it('a thanks with words around it is no yes to the question asked', () => {
    const u = read('ok thanks, have a lovely day', undefined, 'annualReviewsPassed');
    expect(u.annualReviewsPassed).toBeUndefined();
  });
});
