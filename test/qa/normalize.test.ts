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
