// cutChars gives what the array-of-characters cut it replaced gave, for texts around the limit, with characters
// outside the BMP and lone surrogates.
import { cutChars } from '../../src/conversation/conversationService';

const spreadCut = (s: string, max: number): string => {
  const chars = [...s];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
};

const pieces = ['a', '技', '😀', '\ud83d', '\ude00', 'é', ' '];
const texts: string[] = [''];
for (const len of [1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 20]) {
  for (let k = 0; k < pieces.length; k++) texts.push(Array.from({ length: len }, (_, i) => pieces[(i * (k + 1) + k) % pieces.length]).join(''));
}
texts.push('技'.repeat(4000), '😀'.repeat(170), `${'a'.repeat(159)}😀`, `${'a'.repeat(160)}😀`);

describe('cutChars', () => {
  it.each([1, 2, 3, 5, 10, 160])('at most %i characters: as the array-of-characters cut', (max) => {
    for (const t of texts) expect(cutChars(t, max)).toBe(spreadCut(t, max));
    expect(texts.length).toBeGreaterThan(70);
  });
});
