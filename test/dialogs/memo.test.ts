// The dialog's memos: bounded, never stale, never sharing what they keep with a caller.
import { dialogMachine, dialogTurn, type DialogState } from '../../src/dialogs';
import type { Facts } from '../../src/dialogs/facts';
import { BoundedMemo } from '../../src/dialogs/memo';
import { chosenSlotsKept, forgetChosenSlots, nextSlot } from '../../src/dialogs/nextQuestion';
import { resultReply } from '../../src/dialogs/replies';
import { forgetReadings, readingsKept, understand } from '../../src/dialogs/understand';
import { evaluate } from '../../src/rules';

const AS_OF = '2026-11';

describe('BoundedMemo', () => {
  it('keeps what was set and returns it', () => {
    const m = new BoundedMemo<number>(4);
    m.set('a', 1);
    m.set('b', 2);
    expect(m.get('a')).toBe(1);
    expect(m.get('b')).toBe(2);
    expect(m.get('c')).toBeUndefined();
    m.set('a', 3);
    expect(m.get('a')).toBe(3);
    expect(m.size).toBe(2);
  });

  it.each([2, 3, 10, 101])('never holds more than its capacity (%i)', (capacity) => {
    const m = new BoundedMemo<number>(capacity);
    for (let i = 0; i < capacity * 7; i++) {
      m.set(`k${i}`, i);
      expect(m.size).toBeLessThanOrEqual(capacity);
    }
    // the newest entry is always kept
    expect(m.get(`k${capacity * 7 - 1}`)).toBe(capacity * 7 - 1);
  });

  it('keeps what is used and lets the unused go', () => {
    const m = new BoundedMemo<number>(10);
    m.set('hot', 0);
    for (let i = 0; i < 100; i++) {
      m.set(`cold${i}`, i);
      expect(m.get('hot')).toBe(0);
    }
    expect(m.get('cold0')).toBeUndefined();
  });

  it('computes once in getOrMake', () => {
    const m = new BoundedMemo<string>(4);
    let made = 0;
    const make = () => { made++; return 'v'; };
    expect(m.getOrMake('k', make)).toBe('v');
    expect(m.getOrMake('k', make)).toBe('v');
    expect(made).toBe(1);
  });

  it.each([0, 1, 2.5, -3, NaN])('refuses a capacity of %p', (capacity) => {
    expect(() => new BoundedMemo(capacity)).toThrow(RangeError);
  });
});

describe('nextSlot memo', () => {
  beforeEach(() => forgetChosenSlots());

  const CQ: Facts = { region: 'chongqing', place: 'chongqing', fallback: false };
  // Pairs of facts one detail apart, and the slot each must get: a kept slot for one is never given to the other.
  const PAIRS: [string, Facts, string | null, Facts, string | null][] = [
    ['region known or not', {}, 'region', CQ, 'skills'],
    ['skills given or not', { ...CQ, skills: [{ level: 'technician' }] }, 'skills.since', { ...CQ, skills: [{ level: 'technician', since: '2021-06' }] }, 'titles'],
    ['a date the person cannot give', { ...CQ, skills: [{ level: 'technician' }] }, 'skills.since', { ...CQ, skills: [{ level: 'technician', sinceUnknown: true }] }, 'titles'],
    ['reviews answered or not', { ...CQ, skills: [{ level: 'technician', since: '2021-06' }], titles: [], awards: [] }, 'annualReviewsPassed',
      { ...CQ, skills: [{ level: 'technician', since: '2021-06' }], titles: [], awards: [], annualReviewsPassed: true }, null],
    ['a rank the person cannot give', { ...CQ, skills: [], titles: [], awards: [{ type: 'competition', tier: 'national_class1' }] }, 'awards.rank',
      { ...CQ, skills: [], titles: [], awards: [{ type: 'competition', tier: 'national_class1' }], unknown: ['awards.rank'] }, 'annualReviewsPassed'],
    ['a winning rank or a far one', { ...CQ, skills: [], titles: [], awards: [{ type: 'competition', tier: 'national_class1', rank: 2 }] }, 'annualReviewsPassed',
      { ...CQ, skills: [], titles: [], awards: [{ type: 'competition', tier: 'national_class1', rank: 50 }] }, null],
  ];

  it.each(PAIRS)('%s', (_name, a, slotA, b, slotB) => {
    expect(nextSlot(a, AS_OF)).toBe(slotA);
    expect(nextSlot(b, AS_OF)).toBe(slotB);
    // asked again, in the other order: still each its own
    expect(nextSlot(b, AS_OF)).toBe(slotB);
    expect(nextSlot(a, AS_OF)).toBe(slotA);
  });

  it('keys on the month too', () => {
    const f: Facts = { ...CQ, skills: [{ level: 'technician', since: '2024-06' }], titles: [], awards: [] };
    const cold = (asOf: string) => { forgetChosenSlots(); return nextSlot(f, asOf); };
    const expected = ['2026-11', '2024-07', '2030-01'].map(cold);
    forgetChosenSlots();
    expect(['2026-11', '2024-07', '2030-01'].map((m) => nextSlot(f, m))).toEqual(expected);
    expect(['2030-01', '2024-07', '2026-11'].map((m) => nextSlot(f, m))).toEqual([...expected].reverse());
  });

  it('keeps no error: facts the engine refuses throw every time', () => {
    const bad: Facts = { ...CQ, skills: [], titles: [], awards: [], workYears: 100 } as Facts;
    expect(() => nextSlot(bad, AS_OF)).toThrow(/workYears/);
    expect(() => nextSlot(bad, AS_OF)).toThrow(/workYears/);
  });

  it('stays bounded however many different facts it sees', () => {
    for (let i = 0; i < 5000; i++) nextSlot({ ...CQ, skills: [], titles: [], awards: [], workYears: i % 80, occupation: `o${i}` }, AS_OF);
    expect(chosenSlotsKept()).toBeGreaterThan(0);
    expect(chosenSlotsKept()).toBeLessThanOrEqual(2000);
  });
});

describe('understand memo', () => {
  beforeEach(() => forgetReadings());

  it('hands each caller its own copy', () => {
    const a = understand('技师', { asOf: AS_OF, expecting: 'skills' });
    a.skills!.push({ level: 'junior_worker' });
    (a as { region?: unknown }).region = 'x';
    const b = understand('技师', { asOf: AS_OF, expecting: 'skills' });
    expect(b.skills).toEqual([{ level: 'technician' }]);
    expect(b.region).toBeUndefined();
  });

  // The same text in different contexts: each reading equals a cold reading in its own context.
  const CONTEXTS: [string, string, Parameters<typeof understand>[1]][] = [
    ['21年', 'asked since when', { asOf: AS_OF, expecting: 'skills.since' }],
    ['21年', 'asked nothing', { asOf: AS_OF }],
    ['21年', 'another month', { asOf: '2021-03', expecting: 'skills.since' }],
    ['3', 'asked years', { asOf: AS_OF, expecting: 'workYears' }],
    ['3', 'asked the rank', { asOf: AS_OF, expecting: 'awards.rank' }],
    ['技术能手', 'in Chongqing', { asOf: AS_OF, region: 'chongqing' }],
    ['技术能手', 'in Sichuan', { asOf: AS_OF, region: 'sichuan' }],
    ['技术能手', 'region unknown', { asOf: AS_OF }],
    ['没有', 'asked titles', { asOf: AS_OF, expecting: 'titles' }],
    ['没有', 'asked awards', { asOf: AS_OF, expecting: 'awards' }],
  ];

  it('never gives one context the reading of another', () => {
    const cold = CONTEXTS.map(([text, , ctx]) => { forgetReadings(); return understand(text, ctx); });
    forgetReadings();
    const warm1 = CONTEXTS.map(([text, , ctx]) => understand(text, ctx));
    const warm2 = [...CONTEXTS].reverse().map(([text, , ctx]) => understand(text, ctx)).reverse();
    expect(warm1).toEqual(cold);
    expect(warm2).toEqual(cold);
    // and the contexts do change the readings (the table tests something)
    expect(cold[0]).not.toEqual(cold[1]);
    expect(cold[0]).not.toEqual(cold[2]);
    expect(cold[3]).not.toEqual(cold[4]);
    expect(cold[5]).not.toEqual(cold[6]);
    expect(cold[6]).not.toEqual(cold[7]);
    expect(cold[8]).not.toEqual(cold[9]);
  });

  it.each([
    ['a long message', '我在重庆，2022年5月拿的技师证，没有职称，考核都合格，没获奖，工作了十年'],
    ['a phone number', '13812345678'],
    ['full-width digits', '１３８１２３４５６７８'],
  ])('does not keep %s', (_name, text) => {
    understand(text, { asOf: AS_OF });
    expect(readingsKept()).toBe(0);
  });

  it('keeps a short answer once, and stays bounded', () => {
    understand('重庆', { asOf: AS_OF, expecting: 'region' });
    understand('重庆', { asOf: AS_OF, expecting: 'region' });
    expect(readingsKept()).toBe(1);
    for (let i = 0; i < 3000; i++) understand(`第${i}名`, { asOf: AS_OF, expecting: 'awards.rank' });
    expect(readingsKept()).toBeLessThanOrEqual(1000);
  });
});

describe('answer text memo', () => {
  it('words the same result alike, and each locale in its own words', () => {
    const profile = { region: 'chongqing' as const, asOf: AS_OF, skills: [{ level: 'technician' as const, since: '2021-06' }], titles: [], awards: [], annualReviewsPassed: true };
    const from = JSON.stringify(profile);
    const zh = evaluate(profile, { asOf: AS_OF, locale: 'zh-CN' });
    const en = evaluate(profile, { asOf: AS_OF, locale: 'en' });
    const zhText = resultReply(zh, 'zh-CN').text;
    const enText = resultReply(en, 'en').text;
    expect(zhText).not.toBe(enText);
    expect(resultReply(zh, 'zh-CN', from).text).toBe(zhText);
    expect(resultReply(en, 'en', from).text).toBe(enText);
    expect(resultReply(zh, 'zh-CN', from).text).toBe(zhText);
    expect(resultReply(zh, 'zh-CN', from).result).toBe(zh);
  });
});

describe('dialogTurn: the stored snapshot', () => {
  const say = (state: DialogState | undefined, text: string) => dialogTurn(state, { text, asOf: AS_OF, locale: 'zh-CN' });
  const copyOf = (s: DialogState) => JSON.parse(JSON.stringify(s)) as DialogState;

  it('is what XState itself would persist', () => {
    let state: DialogState | undefined;
    for (const text of ['你好', '重庆', '技师', '2021年6月', '没有', '没有', '都合格', '材料清单']) {
      state = say(state, text).state;
      const snapshot = state.snapshot as Parameters<typeof dialogMachine.resolveState>[0];
      expect(JSON.stringify(snapshot)).toBe(JSON.stringify(dialogMachine.getPersistedSnapshot(dialogMachine.resolveState(snapshot))));
    }
  });

  it('gives the same turn for the same object passed again, or for a copy', () => {
    const state = say(say(undefined, '你好').state, '重庆').state;
    for (const text of ['技师', '帮助', '没有', '技师', '上一步']) {
      expect(say(state, text)).toEqual(say(copyOf(state), text));
    }
  });

  it('sees a stored object changed between two turns', () => {
    const state = say(say(undefined, '你好').state, '重庆').state;
    const factsOf = (s: DialogState) => (s.snapshot as { context: { facts: Facts } }).context.facts;
    expect(say(state, '没有').requestedSlot).toBe('titles');
    expect(factsOf(say(state, '没有').state)).toMatchObject({ skills: [] });
    const snapshot = state.snapshot as { context: { facts: Facts; asking: string | null } };
    // a new context object: 没有 now answers the titles question
    snapshot.context = { ...snapshot.context, asking: 'titles' };
    const afterAsking = say(state, '没有');
    expect(afterAsking).toEqual(say(copyOf(state), '没有'));
    expect(factsOf(afterAsking.state)).toEqual({ region: 'chongqing', place: 'chongqing', fallback: false, titles: [] });
    // a change inside the same context object
    snapshot.context.facts = { ...snapshot.context.facts, region: 'sichuan' };
    const afterRegion = say(state, '没有');
    expect(afterRegion).toEqual(say(copyOf(state), '没有'));
    expect(factsOf(afterRegion.state).region).toBe('sichuan');
  });
});
