// Words that are also members of Object.prototype ('constructor', 'toString' …), typed by a person, must be read as
// words: a table looked up as a plain object once turned "constructor" into "function Object() { [native code] }".
import { converse } from '../helpers/converse';
import { normalizeText } from '../../src/dialogs/understand';
import { ask } from '../../src/qa';
import { parseNumber } from '../../src/dialogs/understand/numbers';

const WORDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__'];
const CODE = /native code|function |\[object /;

describe('Object.prototype member names typed by a person', () => {
  it.each(WORDS)('%s is left as typed by normalisation and read as no number', (w) => {
    const sentence = `what are the requirements for the ${w} exam`;
    expect(normalizeText(sentence).text).toBe(sentence.toLowerCase());
    expect(parseNumber(w)).toBeUndefined();
    expect(parseNumber(`twenty-${w}`)).toBeUndefined();
  });

  it.each(WORDS)('%s gets a polite reply in the interview and the Q&A, with no code in it', (w) => {
    const c = converse(['你好', w, `my ${w} is 技师`, `${w}?`], { locale: 'en' });
    for (const o of c.outs) {
      expect(o.replies.length).toBeGreaterThan(0);
      expect(c.text(o)).not.toMatch(CODE);
    }
    const r = ask(`what are the requirements for the ${w} exam`, { locale: 'en' });
    expect(r.answer).not.toMatch(CODE);
  });
});
