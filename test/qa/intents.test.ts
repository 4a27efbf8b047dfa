// The intent files as data: enough phrasings of each kind, every answer in both languages, every quote whole
// sentences of its clause and word for word in the texts; the model's calibration on a held-out split of this data.
import { clauseById, citationFor } from '../../src/qa/clauses';
import { decide, train } from '../../src/qa/classifier';
import { INTENT_FILES, intents, loadIntents } from '../../src/qa/intents';
import { forClassifier } from '../../src/qa/normalize';
import { TRAINING } from '../../src/qa/ask';
import { has } from '../../src/i18n';
import { policyText } from './policyTexts';

const ALL = intents();
const HAN = /[\u4e00-\u9fff]/;
const TRADITIONAL = /[職稱師級證書評報審還沒麼嗎這個]/;

describe('intent files', () => {
  it('load, with unique ids, and every kind present', () => {
    expect(new Set(ALL.map((i) => i.id)).size).toBe(ALL.length);
    expect(new Set(ALL.map((i) => i.kind))).toEqual(new Set(['topic', 'engine', 'annex', 'not_covered', 'off_topic']));
  });

  it.each(ALL.map((i) => [i.id, i] as const))('%s: at least 20 phrasings, Chinese and English', (_id, it) => {
    expect(it.zh.length + it.en.length).toBeGreaterThanOrEqual(20);
    expect(it.en.length).toBeGreaterThanOrEqual(2);
    for (const p of it.zh) expect([p, HAN.test(p)]).toEqual([p, true]);
    for (const p of it.en) expect([p, HAN.test(p)]).toEqual([p, false]);
  });

  it('are written the way people ask: particles, personal context and traditional characters occur', () => {
    const zh = ALL.flatMap((i) => i.zh);
    expect(zh.filter((p) => /[啊呀呢吧么不]$|[啊呀呢吧]？?$/.test(p)).length).toBeGreaterThan(50);
    expect(zh.filter((p) => /^我|^俺|我们/.test(p)).length).toBeGreaterThan(50);
    expect(zh.filter((p) => TRADITIONAL.test(p)).length).toBeGreaterThan(30);
    // Typos people make on a phone keyboard (homophones): 职程, 申抱, 论闻, 学力, 工成师, 技士 …
    expect(zh.filter((p) => /职程|只称|申抱|论闻|学力|工成师|技士|补帖|考合|外与|计算几|年线|通到|晋及|造价/.test(p)).length).toBeGreaterThanOrEqual(20);
  });

  const answers = ALL.flatMap((i) => i.answers.map((a) => [i.id, a.key, a] as const));
  it.each(answers)('%s %s: the text in both languages, the quotes in the texts', (_id, key, a) => {
    expect([key, has('zh-CN', `qa:${key.startsWith('notCovered.') ? key : `a.${key}`}`), has('en', `qa:${key.startsWith('notCovered.') ? key : `a.${key}`}`)]).toEqual([key, true, true]);
    for (const c of a.cite) {
      const cited = citationFor({ id: c.clause, excerpt: c.quote });
      expect(policyText(cited.policy)).toContain(cited.quote.replace(/\s+/g, ''));
      // A quote is the sentence (or two) that answers: a run of one or two whole sentences of the clause (cut at
      // 。！？ and at ；, which separates the items of a list), not a clause's first characters.
      const sentences = clauseById(c.clause)!.text.split(/(?<=[。！？；])/).filter(Boolean);
      const runs = sentences.flatMap((x, i) => [x, x + (sentences[i + 1] ?? '')]);
      expect([c.clause, c.quote, runs.includes(c.quote)]).toEqual([c.clause, c.quote, true]);
    }
  });

  it('not-covered and off-topic intents cite nothing', () => {
    for (const i of ALL.filter((x) => x.kind === 'not_covered' || x.kind === 'off_topic')) expect(i.answers.flatMap((a) => a.cite)).toEqual([]);
  });

  it('name the file, intent and field of a mistake', () => {
    const bad = JSON.parse(JSON.stringify(INTENT_FILES[0])) as { intents: { zh: unknown }[] };
    bad.intents[1].zh = [];
    expect(() => loadIntents([bad])).toThrow(/intent file 0: intents\.1\.zh/);
    expect(() => loadIntents([INTENT_FILES[0], INTENT_FILES[0]])).toThrow(/defined twice/);
  });
});

describe('calibration on a held-out split of the intents\' own phrasings', () => {
  // Every fifth phrasing is held out; the model is trained on the rest, as the shipped one is trained on all.
  const all = ALL.flatMap((it) => [...it.zh, ...it.en].map((text) => ({ text: forClassifier(text), label: it.id })));
  const held = all.filter((_, i) => i % 5 === 0);
  const m = train(all.filter((_, i) => i % 5 !== 0), TRAINING);
  const graded = held.map((e) => {
    const preds = m.predict(e.text);
    return { p: preds[0].p, right: preds[0].label === e.label, accepted: decide(preds)?.label === e.label, decided: !!decide(preds) };
  });

  it('is right on most held-out phrasings, and more often when it accepts than when it would refuse', () => {
    const acc = (xs: typeof graded) => xs.filter((x) => x.right).length / Math.max(1, xs.length);
    expect(acc(graded)).toBeGreaterThan(0.65);
    const accepted = graded.filter((x) => x.decided);
    const refused = graded.filter((x) => !x.decided);
    expect(acc(accepted)).toBeGreaterThan(acc(refused));
    expect(acc(accepted)).toBeGreaterThan(0.8);
  });

  it('gives right answers higher confidence than wrong ones, and its confidence is close to its accuracy', () => {
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
    expect(mean(graded.filter((x) => x.right).map((x) => x.p))).toBeGreaterThan(mean(graded.filter((x) => !x.right).map((x) => x.p)) + 0.15);
    // Expected calibration error over five bins.
    let ece = 0;
    for (let b = 0; b < 5; b++) {
      const bin = graded.filter((x) => x.p >= b / 5 && (x.p < (b + 1) / 5 || b === 4));
      if (bin.length) ece += (bin.length / graded.length) * Math.abs(mean(bin.map((x) => x.p)) - bin.filter((x) => x.right).length / bin.length);
    }
    expect(ece).toBeLessThan(0.2);
  });
});
