// ask() normalises a question once and gives the classifier classifierText(normalised): that equals forClassifier
// (what training sees) only while normalising is idempotent. Checked on every intent phrasing and the dev questions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifierText, forClassifier, normalizeText } from '../../src/qa/normalize';
import { intents } from '../../src/qa/intents';
import { DEV } from './devQuestions';

const dev2 = JSON.parse(readFileSync(join(__dirname, '../dev/qa-questions-2.json'), 'utf8')) as { q: string }[];
const texts = [...intents().flatMap((i) => [...i.zh, ...i.en]), ...DEV.map(([q]) => q), ...dev2.map((d) => d.q), '  技師 ２０２２年 蘇州 ', 'Ｅｎｇｉｎｅｅｒ？'];

describe('question normalisation', () => {
  it('is idempotent, so a question normalised once reads as the phrasings were trained', () => {
    const unstable = texts.filter((t) => normalizeText(normalizeText(t)) !== normalizeText(t));
    expect(unstable).toEqual([]);
    const differ = texts.filter((t) => classifierText(normalizeText(t)) !== forClassifier(t));
    expect(differ).toEqual([]);
  });
});

describe('the topics\' own words mistyped', () => {
  it.each([
    ['辽宁评职称论闻还要吗', '论文'], ['技师有啥待预', '待遇'], ['考证有补帖吗', '补贴'], ['破隔申报要什么', '破格'],
    ['我想申抱职称', '申报'], ['要哪些才料', '材料'], ['业积怎么算', '业绩'],
  ])('%s is read with %s by the classifier', (q, word) => {
    expect(forClassifier(q)).toContain(word);
  });
  it('leaves the words that only look alike alone (申报 包括, 期待)', () => {
    expect(forClassifier('申包括哪些')).toContain('申包括');
    expect(forClassifier('期待预约')).toContain('期待预约');
  });
});
