// Meaning-preserving rewrites of a question (the metamorphic robustness harness's transforms, scripts/eval-qa-variants.mjs):
// chatty lead-ins and particles added or removed, punctuation noise or none, full-/half-width, traditional characters;
// in English lowercase, no articles, a letter swapped or dropped in a long word, British/American spelling, contractions.
// Deterministic: the same question gives the same variants.
import * as OpenCC from 'opencc-js';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** A small deterministic hash (FNV-1a) of a string: which lead-in, which word, which letter. */
export function hash(s) {
  let h = 0x811c9dc5;
  for (const ch of String(s)) { h ^= ch.codePointAt(0); h = Math.imul(h, 0x01000193) >>> 0; }
  return h >>> 0;
}
const pick = (list, key) => list[hash(key) % list.length];

const HAN = /\p{Script=Han}/u;
const END_PUNCT = /[\s?？!！。.~～…]*$/u;

// ---- Chinese
const ZH_LEADS = ['请问', '我想问下，', '老师好，', '你好，请问一下', '麻烦问一下，', '打扰一下，'];
const ZH_TAILS = ['呢', '啊', '哈', '撒', '呀'];
const ZH_CHATTY = /^(?:(?:你好|您好|老师好?|老师您好|请问一下|请问|麻烦问一下|麻烦问下|想问一下|想问下|我想问一下|我想问下|问一下|问下|打扰一下)[，,、\s]*)+|(?<=[\p{Script=Han}])[呢啊哈撒呀吧嘛哦](?=[\s?？!！。.~～…]*$)/gu;

function zhLead(q) {
  return pick(ZH_LEADS, q) + q;
}
/** A final particle: after a question ending in 吗 or a particle already, a chatty thanks instead. */
function zhTail(q) {
  const body = q.replace(END_PUNCT, '');
  const end = q.slice(body.length);
  if (/[吗么呢啊哈撒呀吧嘛]$/.test(body)) return `${body}${end || '？'}谢谢哈`;
  return body + pick(ZH_TAILS, q) + end;
}
function zhStrip(q) {
  const out = q.replace(ZH_CHATTY, '').trim();
  return out && out !== q ? out : undefined;
}
function traditional(q) {
  const out = toTraditional(q);
  return out !== q ? out : undefined;
}

// ---- punctuation and width (either language)
function noPunctuation(q) {
  const out = q.replace(/(?<=\w)['’](?=\w)/g, '').replace(/[\p{P}\p{S}]+/gu, ' ').replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '').replace(/\s+/g, ' ').trim();
  return out && out !== q ? out : undefined;
}
function punctuationNoise(q) {
  const body = q.replace(END_PUNCT, '');
  const han = HAN.test(q);
  const noisy = body.replace(/[，,]\s*/g, han ? '，，' : ' , ').replace(/[：:]\s*/g, han ? '：' : ' : ');
  return `${han ? '  ' : ' '}${noisy}${han ? '？？？' : ' ???'}`;
}
const FULL = (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0);
function fullWidth(q) {
  const out = q.replace(/[!-~]/g, FULL).replace(/ /g, '\u3000');
  return out !== q ? out : undefined;
}
const HALF_PUNCT = { '，': ',', '。': '.', '？': '?', '！': '!', '：': ':', '；': ';', '（': '(', '）': ')', '、': ',' };
function halfWidth(q) {
  const out = q.replace(/[，。？！：；（）、]/g, (c) => HALF_PUNCT[c]);
  return out !== q ? out : undefined;
}

// ---- English
const EN_LEADS = ['hi, ', 'quick question: ', 'hello, ', 'sorry to bother you, ', 'hey there, '];
function enLead(q) { return pick(EN_LEADS, q) + q; }
function enPls(q) {
  const body = q.replace(END_PUNCT, '');
  return `${body} pls${q.slice(body.length) || '?'}`;
}
function enLower(q) { const out = q.toLowerCase(); return out !== q ? out : undefined; }
function enNoArticles(q) {
  const out = q.replace(/\b(?:the|an?)\s+/gi, '').replace(/\s+/g, ' ').trim();
  return out !== q ? out : undefined;
}
/** The long lower-case words (7 letters or more; names and acronyms, capitalised, are left alone). */
const longWords = (q) => [...q.matchAll(/(?<![\w'])[a-z]{7,}(?![\w'])/g)];
function typo(q, kind) {
  const words = longWords(q);
  if (!words.length) return undefined;
  const m = words[hash(q + kind) % words.length];
  const w = m[0];
  // an inner letter (not the first or the last): where typing slips, and what a reader still recognises
  const i = 1 + (hash(w + kind) % (w.length - 3));
  const typed = kind === 'swap' ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2) : w.slice(0, i) + w.slice(i + 1);
  if (typed === w) return undefined;
  return q.slice(0, m.index) + typed + q.slice(m.index + w.length);
}
/** American → British spelling (and back, when the question is British). Stems, so recognized and recognizing follow. */
const SPELLINGS = [['recogniz', 'recognis'], ['organiz', 'organis'], ['speciali[sz]', null], ['labor', 'labour'], ['honor', 'honour'],
  ['center', 'centre'], ['license', 'licence'], ['program\\b', 'programme'], ['enroll', 'enrol'], ['analyz', 'analys'], ['favor', 'favour'],
  ['prioritiz', 'prioritis'], ['apologiz', 'apologis'], ['utiliz', 'utilis'], ['categoriz', 'categoris'], ['authoriz', 'authoris'], ['minimiz', 'minimis']];
function spelling(q) {
  let out = q;
  for (const [us, gb] of SPELLINGS) {
    if (gb === null) { out = out.replace(/speciali([sz])/gi, (_, c) => `speciali${c === 'z' ? 's' : 'z'}`); continue; }
    const reUs = new RegExp(us, 'gi'), reGb = new RegExp(gb, 'gi');
    if (reGb.test(out)) out = out.replace(reGb, us.replace('\\b', ''));
    else out = out.replace(reUs, gb);
  }
  return out !== q ? out : undefined;
}
const CONTRACTIONS = [["I am", "I'm"], ['do not', "don't"], ['does not', "doesn't"], ['did not', "didn't"], ['cannot', "can't"],
  ['is not', "isn't"], ['are not', "aren't"], ['what is', "what's"], ['I have', "I've"], ['it is', "it's"], ['there is', "there's"],
  ['I would', "I'd"], ['have not', "haven't"], ['has not', "hasn't"], ['will not', "won't"], ['that is', "that's"], ['I will', "I'll"]];
function contractions(q) {
  const expand = CONTRACTIONS.some(([, c]) => new RegExp(`\\b${c}\\b`, 'i').test(q));
  let out = q;
  for (const [full, short] of CONTRACTIONS) {
    const [from, to] = expand ? [short, full] : [full, short];
    out = out.replace(new RegExp(`\\b${from.replace("'", "['’]")}\\b`, 'gi'), (m) => (m[0] === m[0].toUpperCase() && m[0] !== 'i' ? to[0].toUpperCase() + to.slice(1) : to));
  }
  return out !== q ? out : undefined;
}

/** The transforms, by name: each gives a variant of the question, or undefined where it changes nothing. */
export const TRANSFORMS = {
  'zh.lead-in': { applies: (q) => HAN.test(q), make: zhLead },
  'zh.particle': { applies: (q) => HAN.test(q), make: zhTail },
  'zh.no-chatty': { applies: (q) => HAN.test(q), make: zhStrip },
  'zh.traditional': { applies: (q) => HAN.test(q), make: traditional },
  'punct.none': { applies: () => true, make: noPunctuation },
  'punct.noise': { applies: () => true, make: punctuationNoise },
  'width.full': { applies: () => true, make: fullWidth },
  'width.half': { applies: (q) => HAN.test(q), make: halfWidth },
  'en.lead-in': { applies: (q) => !HAN.test(q), make: enLead },
  'en.pls': { applies: (q) => !HAN.test(q), make: enPls },
  'en.lowercase': { applies: (q) => /[a-z]{3}/i.test(q), make: enLower },
  'en.no-articles': { applies: (q) => /[a-z]{3}/i.test(q), make: enNoArticles },
  'en.typo-swap': { applies: (q) => /[a-z]{3}/i.test(q), make: (q) => typo(q, 'swap') },
  'en.typo-drop': { applies: (q) => /[a-z]{3}/i.test(q), make: (q) => typo(q, 'drop') },
  'en.spelling': { applies: (q) => /[a-z]{3}/i.test(q), make: spelling },
  'en.contractions': { applies: (q) => /[a-z]{3}/i.test(q), make: contractions },
};

/** Every variant of a question: [{transform, q}], each different from the question and from one another. */
export function variantsOf(q) {
  const out = [];
  const seen = new Set([q]);
  for (const [name, t] of Object.entries(TRANSFORMS)) {
    if (!t.applies(q)) continue;
    const v = t.make(q);
    if (v === undefined || seen.has(v)) continue;
    seen.add(v);
    out.push({ transform: name, q: v });
  }
  return out;
}
