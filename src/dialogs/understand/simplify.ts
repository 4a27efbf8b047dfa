// Text normalisation before any reading: traditional → simplified characters (opencc-js, Taiwan and Hong Kong
// forms), and the domain's common mistypings (技帅, 工程帅, 高级技术证书), each guess reported so it can be confirmed.
import * as OpenCC from 'opencc-js';
import { soundSlips } from './sounds';

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const hkToSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

// Converting costs tens of µs per message: only a message with a character that changes is converted. Whether a
// character changes is asked once per character (bounded: CJK has a fixed set).
const changes = new Map<string, boolean>();
function hasTraditional(s: string): boolean {
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x3400 || c > 0x9fff) continue;
    let v = changes.get(ch);
    if (v === undefined) changes.set(ch, (v = ch !== '么' && (toSimplified(ch) !== ch || hkToSimplified(ch) !== ch)));
    if (v) return true;
  }
  return false;
}

// Simplified characters the Taiwan table still maps (么 → 幺: 么有, 怎么): kept as typed.
const KEPT = /么/g;
const KEPT_MARK = '\ue000';

/** 蘇州 → 苏州, 技師 → 技师, 沒有職稱 → 没有职称; simplified text is returned as is. */
export function simplified(s: string): string {
  if (!hasTraditional(s)) return s;
  const kept = s.includes('么');
  const out = hkToSimplified(toSimplified(kept ? s.replace(KEPT, KEPT_MARK) : s));
  return kept ? out.replace(/\ue000/g, '么') : out;
}

// Cantonese written forms people type (冇職稱, 我係技師, 喺深圳), a few dialect words (俺, 莫得, 木有) and 甚么 (么得 / 木得: MEI below): read as
// Mandarin. Not guesses: always these words.
const COLLOQUIAL = /(?<=[\u4e00-\u9fff0-9])(?:逗号|逗號|句号|句號|问号|問號|感叹号|感嘆號)|甚麼|甚么|甚麽|什麽|莫得|木有|俺们|俺|唔該晒|唔该晒|多謝晒|多谢晒|唔該|唔该|冇嘢|乜嘢|乜野|[冇喺嘅咗佢哋唔拎啲睇咩攞嘢乜]|點樣|点样|邊度|边度|幾多|几多|(?<=^|[我你佢他她都唔就])係/g;
const MANDARIN: Record<string, string> = {
  冇: '没有', 係: '是', 喺: '在', 嘅: '的', 咗: '了', 佢: '他', 哋: '们', 唔: '不', 拎: '拿', 啲: '些', 睇: '看', 咩: '什么', 乜: '什么',
  // 唔該 (thanks for a service) and 多謝晒 (thanks very much) are thanks; 冇嘢 nothing; 攞 (take, get) is 拿
  唔該晒: '谢谢', 唔该晒: '谢谢', 多謝晒: '多谢', 多谢晒: '多谢', 唔該: '谢谢', 唔该: '谢谢', 冇嘢: '没有', 攞: '拿', 嘢: '东西',
  // 川渝 莫得 (没得), 木有 (没有), 北方 俺 (我)
  // punctuation spoken to voice input and typed out as words (…都合格逗号请问…什么时候能报问号)
  逗号: '，', 逗號: '，', 句号: '。', 句號: '。', 问号: '？', 問號: '？', 感叹号: '！', 感嘆號: '！',
  莫得: '没得', 木有: '没有', 俺们: '我们', 俺: '我',
  // 甚么 / 什麽: older and Taiwan-typed forms of 什么 (opencc keeps 甚么 as it is)
  甚麼: '什么', 甚么: '什么', 甚麽: '什么', 什麽: '什么',
  點樣: '怎样', 点样: '怎样', 乜嘢: '什么', 乜野: '什么', 邊度: '哪里', 边度: '哪里', 幾多: '多少', 几多: '多少',
};
// 没 typed as its dialect and keyboard homophones (么得, 么的, 木得, 莫有, 么奖, 么职称): mo / mu read as 没 where 得 / 有 or a
// fact's noun follows at once; 么 ending a word (什么, 怎么, 那么, 要么) and 木 / 莫 in words (木工, 莫名) are left alone.
const MEI = /(?<![什怎那这多要为干咋啥甚么])么(?=得|的|有|(?:啥|什么)?(?:奖|职称|证|荣誉|评|考|拿|获))|[木莫](?=得(?![到了])|有(?!名))/g;
/** 冇 → 没有, 係 → 是, 喺 → 在 (after simplification: 係 is also traditional for 系, which opencc keeps apart). */
export function mandarin(s: string): string {
  MEI.lastIndex = 0;
  const t = MEI.test(s) ? s.replace(MEI, '没') : s;
  COLLOQUIAL.lastIndex = 0;
  if (!COLLOQUIAL.test(t)) return t;
  COLLOQUIAL.lastIndex = 0;
  return t.replace(COLLOQUIAL, (c) => MANDARIN[c]);
}

/** A guessed reading of a mistyped word: `from` as typed, `to` as read. */
export interface Guess { from: string; to: string }

/**
 * Mistypings of the domain's words that are not slips of sound (sounds.ts reads those): [as typed, as meant]. Longest
 * first where one contains another. Each is a guess the dialog confirms ("您是说高级技师证书吗？").
 */
const MISTYPINGS: [string, string][] = [
  // 技术 for 技师 before a certificate; 技士 (a health title) before one; 攻城狮, the joke name.
  ['高级技术证书', '高级技师证书'], ['高级技术证', '高级技师证'], ['技士证', '技师证'], ['技术师证', '技师证'],
  ['攻城狮', '工程师'], ['合隔', '合格'],
];
const MISTYPED = new RegExp(MISTYPINGS.map(([f]) => f).join('|'), 'g');
const MEANT = new Map(MISTYPINGS);

/** The text with mistypings replaced, and what was guessed: the literal ones above, then the domain's words typed by
 * their sound (技丝, 工程湿, 主力工程师, 高几技师, 职城, 靠核, 都合个, 副搞, 技术能首: src/dialogs/understand/sounds.ts). */
export function fixMistypings(raw: string): { text: string; guessed: Guess[] } {
  const guessed: Guess[] = [];
  MISTYPED.lastIndex = 0;
  const s = MISTYPED.test(raw) ? raw.replace(MISTYPED, (m) => {
    const to = MEANT.get(m)!;
    if (!guessed.some((g) => g.from === m)) guessed.push({ from: m, to });
    return to;
  }) : raw;
  const sounds = soundSlips(s);
  for (const g of sounds.guessed) if (!guessed.some((x) => x.from === g.from)) guessed.push(g);
  return { text: sounds.text, guessed };
}

// Pinyin typed without choosing the characters (mei you, dou hege, jishi): a whole message of such words is read as
// the Chinese it spells. Only the interview's short answers are listed; anything else stays as typed.
const PINYIN: [string, string][] = [
  ['meiyouzhicheng', '没有职称'], ['meiyou', '没有'], ['meide', '没得'], ['mei', '没'], ['wu', '无'], ['meiyouhuojiang', '没有获奖'],
  ['buzhidao', '不知道'], ['buqingchu', '不清楚'], ['wangle', '忘了'], ['bushi', '不是'], ['budui', '不对'],
  ['shide', '是的'], ['shi', '是'], ['dui', '对'], ['duide', '对的'], ['haode', '好的'], ['hao', '好'], ['keyi', '可以'],
  ['douhege', '都合格'], ['hege', '合格'], ['buhege', '不合格'], ['dou', '都'],
  ['gaojijishi', '高级技师'], ['jishi', '技师'], ['gaojigong', '高级工'], ['zhongjigong', '中级工'], ['chujigong', '初级工'],
  ['zhuligongchengshi', '助理工程师'], ['gaojigongchengshi', '高级工程师'], ['gongchengshi', '工程师'], ['gaogong', '高工'], ['zhugong', '助工'],
  ['zhicheng', '职称'], ['zhengshu', '证书'], ['zheng', '证'],
  // (the short questions asked after the answer: shenme shihou neng bao, jige yue keyi bao, yao dai sha cailiao, xiexie)
  ['shenmeshihou', '什么时候'], ['shashihou', '啥时候'], ['jigeyue', '几个月'], ['jige', '几个'], ['jiyue', '几月'], ['nageyue', '哪个月'],
  ['nayue', '哪月'], ['nanian', '哪年'], ['duojiu', '多久'], ['haiyao', '还要'], ['neng', '能'], ['baoming', '报名'], ['shenbao', '申报'],
  ['bao', '报'], ['cailiao', '材料'], ['yaodai', '要带'], ['zhunbei', '准备'], ['shenme', '什么'], ['sha', '啥'], ['ne', '呢'], ['ma', '吗'],
  ['yao', '要'], ['xiexie', '谢谢'], ['zaijian', '再见'], ['nian', '年'], ['yue', '月'],
].sort((a, b) => b[0].length - a[0].length) as [string, string][];
const PINYIN_ONLY = /^[a-z ]{2,40}$/;

// (the words a phone's pinyin says beside digits and places: 2020 nian de, zai …, kaohe hege)
const PINYIN_MIXED: [string, string][] = [...PINYIN, ['de', '的'], ['zai', '在'], ['kaohe', '考核'],
  ['na', '拿'], ['kao', '考'], ['ping', '评'], ['le', '了'], ['you', '有'], ['wo', '我'], ['ji', '级'], ['gaoji', '高级'], ['zhongji', '中级'],
  ['chuji', '初级'], ['zhuli', '助理'], ['quanbu', '全部'], ['niandu', '年度'], ['jiang', '奖'], ['huojiang', '获奖'], ['zhengzai', '正在'], ['beikao', '备考']]
  .sort((a, b) => b[0].length - a[0].length) as [string, string][];
/** The levels and titles spelt in pinyin: a mixed message is read only when one of these is among its words. */
const PINYIN_DOMAIN = new Set(['高级技师', '技师', '高级工', '中级工', '初级工', '助理工程师', '高级工程师', '工程师', '高工', '助工', '职称', '证书', '证']);
// One syllable of Mandarin (an initial, then a final): a word of the message made of none but these may be pinyin.
const SYLLABLE = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ui|ao|ou|iu|ie|ve|ue|er|an|en|in|un|vn|ia|ua|uo|a|o|e|i|u|v)$/;
function syllables(w: string): boolean {
  const ok: boolean[] = [true];
  for (let i = 1; i <= w.length; i++) ok[i] = [1, 2, 3, 4, 5, 6].some((n) => n <= i && ok[i - n] && SYLLABLE.test(w.slice(i - n, i)));
  return ok[w.length];
}
function spell(t: string, table: [string, string][]): { out: string; domain: boolean } | undefined {
  let out = '';
  let domain = false;
  for (let i = 0; i < t.length;) {
    const hit = table.find(([py]) => t.startsWith(py, i));
    if (!hit) return undefined;
    out += hit[1];
    domain ||= PINYIN_DOMAIN.has(hit[1]);
    i += hit[0].length;
  }
  return { out, domain };
}

/** "mei you" → 没有, "dou hege" → 都合格; undefined when the text is not wholly made of the listed words. A message of
 * pinyin words beside digits and places (jishi zheng 2020 nian de, zai chongqing): each run of words the list spells is
 * read as its Chinese, the rest (a place) kept as typed, when every word is pinyin and a level or title is among them. */
export function fromPinyin(s: string): string | undefined {
  if (!PINYIN_ONLY.test(s)) return fromMixedPinyin(s);
  const t = s.replace(/ /g, '');
  let out = '';
  for (let i = 0; i < t.length;) {
    const hit = PINYIN.find(([py]) => t.startsWith(py, i));
    if (!hit) return undefined;
    out += hit[1];
    i += hit[0].length;
  }
  return out;
}

function fromMixedPinyin(s: string): string | undefined {
  if (s.length > 120 || /[\u4e00-\u9fff]/.test(s)) return undefined;
  const words = s.match(/[a-z]+/g);
  if (!words || words.length < 2 || !words.every(syllables)) return undefined;
  let domain = false;
  // (the longest run of words the list spells, from each word on: kaohe hege suzhou → 考核合格 suzhou)
  const out = s.replace(/[a-z]+(?: [a-z]+)*/g, (run) => {
    const ws = run.split(' ');
    const parts: string[] = [];
    for (let i = 0; i < ws.length;) {
      let j = ws.length;
      let r: ReturnType<typeof spell>;
      for (; j > i; j--) if ((r = spell(ws.slice(i, j).join(''), PINYIN_MIXED))) break;
      if (j > i && r) { parts.push(r.out); domain ||= r.domain; i = j; } else parts.push(ws[i++]);
    }
    return parts.join(' ');
  });
  return domain ? out.replace(/(?<=[\u4e00-\u9fff\d]) +(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]) +(?=\d)/g, '') : undefined;
}

// English words of the domain mistyped (techician, senoir, enginner, reveiws): a word of six letters or more, not a
// word in its own right, one edit (two for the long ones) from one of these and with its first letter, is read as it.
const EN_WORDS = ['technician', 'senior', 'worker', 'engineer', 'assistant', 'intermediate', 'junior', 'certificate', 'annual',
  'reviews', 'review', 'passed', 'electrician', 'welder', 'experience', 'professional', 'qualification', 'competition', 'provincial',
  // (the trades of occupations.ts said in English, and the contest's words: carpentar, plumer, machinsit, natinal, contset)
  'carpenter', 'plumber', 'machinist', 'mechanic', 'hairdresser', 'bricklayer', 'scaffolder', 'national', 'municipal', 'contest'];
const EN_KNOWN = new Set([...EN_WORDS, 'worked', 'works', 'working', 'workers', 'seniors', 'juniors', 'reviewed', 'reviewer', 'passes',
  'passer', 'pasted', 'engineers', 'engineered', 'engineering', 'technicians', 'technical', 'assistants', 'assistance', 'experienced',
  'experiences', 'certificates', 'certificated', 'certified', 'electricians', 'electrical', 'welders', 'welding', 'welded', 'annually',
  'professionals', 'qualifications', 'competitions', 'province', 'provinces', 'competitive', 'seminar', 'senate', 'passage', 'passes',
  'machine', 'machines', 'machinery', 'machining', 'mechanical', 'mechanism', 'mechanics', 'plumbing', 'plumbers', 'carpentry', 'carpenters',
  'nationals', 'nationally', 'nation', 'nations', 'context', 'contests', 'contested', 'contestant', 'contact', 'contacts', 'content',
  'municipality', 'machinists', 'mechanics', 'hairdressers', 'bricklayers', 'scaffolders', 'scaffolding']);
// A Map, not an object literal: a typed word such as 'constructor' must not find Object.prototype's members.
const EN_SHORT = new Map([['anual', 'annual'], ['enginer', 'engineer'], ['senoir', 'senior'], ['techican', 'technician']]);

/** Short words of the domain typed with two letters swapped (yeras, yaer, tilte, levle): no word in its own right is. */
const EN_SWAPPED = ['years', 'year', 'title', 'titles', 'level', 'skill'];
const swappedFrom = (w: string): string | undefined => EN_SWAPPED.find((x) => x.length === w.length && x !== w
  && [...x].some((_, i) => i + 1 < x.length && x.slice(0, i) + x[i + 1] + x[i] + x.slice(i + 2) === w));

/** Edit distance with adjacent transpositions, giving up above `max` (then max + 1). */
export function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

/** The text with mistyped English domain words read as meant, and the guesses. */
export function fixEnglishMistypings(s: string): { text: string; guessed: Guess[] } {
  const guessed: Guess[] = [];
  if (!/[a-z]{4,}/.test(s)) return { text: s, guessed };
  const text = s.replace(/[a-z]{4,}/g, (w) => {
    if (EN_KNOWN.has(w)) return w;
    let to = EN_SHORT.get(w) ?? (w.length <= 6 ? swappedFrom(w) : undefined);
    if (!to && w.length >= 6) {
      const max = w.length >= 8 ? 2 : 1;
      to = EN_WORDS.find((x) => x[0] === w[0] && distance(w, x, max) <= max);
    }
    if (!to) return w;
    if (!guessed.some((g) => g.from === w)) guessed.push({ from: w, to });
    return to;
  });
  return { text, guessed };
}

// English as typed on a phone (wat docs do i need, pls, u, ur, yrs, dunno): the words meant, for every reader. Only in
// a message with no Chinese in it (a letter beside Chinese is something else: u盘).
const EN_CHAT: [RegExp, string][] = [
  [/\b(?:wat|wot|wht|whta|waht)\b/g, 'what'], [/\b(?:u)\b/g, 'you'], [/\b(?:ur)\b/g, 'your'], [/\b(?:pls|plz|plse)\b/g, 'please'],
  [/\bdocs\b/g, 'documents'], [/\bdoc\b/g, 'document'], [/\byrs\b/g, 'years'], [/\byr\b/g, 'year'], [/\bb4\b/g, 'before'],
  [/\b(?:cuz|coz|bc)\b/g, 'because'], [/\bdunno\b/g, "don't know"], [/\bidk\b/g, "i don't know"], [/\babt\b/g, 'about'],
  [/\bwanna\b/g, 'want to'], [/\bgonna\b/g, 'going to'], [/\bhw\b/g, 'how'], [/\bcn\b/g, 'can'],
  // the domain's words cut short (tech cert 2021, lvl 3, 10yrs exp, 2y, asst eng, prov comp)
  [/\b(?<!(?:high|hi|sr|snr|senior|advanced) )techs?(?=\s*(?:cert|certificate|level|lvl|grade|since|from|in \d|\(|\d|[,.;!?]|$))/g, 'technician'],
  [/\blvl\b|\blv\b/g, 'level'], [/\b(\d{1,2}(?:\.\d)?)\s?(?:y|yr|yrs)\b/g, '$1 years'], [/\b(\d{1,2})\s?(?:mo|mos|mth|mths)\b/g, '$1 months'],
  [/\bexp\b/g, 'experience'], [/\bengr\b/g, 'engineer'], [/\b(asst|assistant|senior|sr|snr|intermediate|mid[- ]level) eng\b/g, '$1 engineer'],
  [/\bprov\b/g, 'provincial'], [/\bcomps?\b(?= (?:\d|1st|2nd|3rd|\d+th|first|second|third|place|rank|winner))|(?<=(?:provincial|national|city|municipal|skills?) )comps?\b/g, 'competition'],
  [/\bcerts\b/g, 'certificates'], [/\bcert\b/g, 'certificate'],
];
export function chatEnglish(s: string): string {
  if (/[\u3400-\u9fff]/.test(s) || !/\b(?:wat|wot|wht|whta|waht|u|ur|pls|plz|plse|docs?|yrs?|b4|cuz|coz|bc|dunno|idk|abt|wanna|gonna|hw|cn|techs?|lvl|lv|exp|engr|eng|prov|comps?|certs?|mos?|mths?)\b|\d\s?(?:y|yrs?|mos?|mths?)\b/.test(s)) return s;
  return EN_CHAT.reduce((t, [re, to]) => t.replace(re, to), s);
}

// Years as English voice input writes them (twenty twenty one, two thousand and nineteen, nineteen ninety eight,
// twenty oh five): digits, so that every date reader sees 2021.
const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const UNIT = '(one|two|three|four|five|six|seven|eight|nine)';
const TWO_DIGITS = `(?:(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]${UNIT})?|(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(?:oh|o)[- ]${UNIT})`;
const SPOKEN_YEAR = new RegExp(`\\b(?:(twenty|nineteen)[- ]${TWO_DIGITS}|two thousand(?: and)?(?:[- ]${TWO_DIGITS}|[- ]${UNIT})?)\\b`, 'g');

function twoDigits(tens?: string, unit?: string, teen?: string, oh?: string): number | undefined {
  if (tens) return TENS[tens] + (unit ? UNITS[unit] : 0);
  if (teen) return TEENS[teen];
  if (oh) return UNITS[oh];
  return undefined;
}

/** "twenty twenty one" → 2021, "two thousand and nineteen" → 2019; other text as it is. */
export function spokenEnglishYears(s: string): string {
  if (!/twenty|nineteen|thousand/.test(s)) return s;
  return s.replace(SPOKEN_YEAR, (m, century?: string, t1?: string, u1?: string, teen1?: string, oh1?: string, t2?: string, u2?: string, teen2?: string, oh2?: string, unitAlone?: string) => {
    if (century) {
      const v = twoDigits(t1, u1, teen1, oh1);
      return v === undefined ? m : String((century === 'twenty' ? 2000 : 1900) + v);
    }
    const v = twoDigits(t2, u2, teen2, oh2) ?? (unitAlone ? UNITS[unitAlone] : 0);
    return String(2000 + v);
  });
}
