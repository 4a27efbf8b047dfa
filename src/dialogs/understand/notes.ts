// Structured notes, as HR agents and form-fillers type them: "地区：成都；证书：高级工 2019.6；职称：无；诉求：评助理工程师",
// "区域=成都 | 证书=技师", "Region: Chongqing; Cert: technician 2021.6; Title: none; Goal: engineer". Each key says what
// its value is; the notes are rewritten into the words the readers know (the value after a wish key is wanted, never
// held; "title: none" denies a title), on the normalised text (half-width, lower-case), before any reading.

/** Between a note's key and its value: = (区域=成都) reads as a colon; | between notes as a semicolon. */
const EQUALS = /(?<=[\u4e00-\u9fffa-z)）])\s*=\s*(?=\S)/g;
const BAR = /\s*\|\s*/g;

/** Keys whose value is what the person wants (诉求 / 意向 / 目标 / 拟申报 …): the value is a wish. */
const WISH_KEY_ZH = /(?<![\u4e00-\u9fff])(?:(?:申报|申请|评审|报考|职称)?(?:诉求|意向|意愿|目标|方向|需求|愿望|计划|打算)|拟申报(?:层级|级别|职称)?|想申报|申报(?:层级|级别|职称|项目)|咨询诉求)\s*(?::|为|是)\s*(?:为|是)?\s*(?:想|要|拟|希望|准备|打算)?\s*(?:申报|申请|评审|评|报考|考|报|升|冲击|冲|拿)?\s*/g;
/** English keys whose value is wanted. */
const WISH_KEY_EN = /\b(?:goal|target|aim|objective|wish|wants?|request(?:ed)?|intention|intends?|plan|applying for|apply(?:ing)? for|wishes|desired(?: level| title)?|target (?:level|title))\s*:\s*(?:to )?(?:apply for |go for |get |become |be |reach )?(?:an? |the )?/g;

/** English keys with a none (title: none, awards: no, cert: n/a): the denial in the words the readers know. */
const NONE_VALUE = String.raw`(?:none|no|nil|n\/a|na|nope|nothing|not yet|-|—)\b`;
const NONE_KEYS_EN: [RegExp, string][] = [
  [new RegExp(String.raw`\b(?:professional )?titles?\s*:\s*${NONE_VALUE}`, 'g'), 'no title'],
  [new RegExp(String.raw`\b(?:awards?|prizes?|honou?rs?|competitions?)\s*:\s*${NONE_VALUE}`, 'g'), 'no awards'],
  [new RegExp(String.raw`\b(?:skill )?(?:cert(?:ificate)?s?|skill levels?|skills?)\s*:\s*${NONE_VALUE}`, 'g'), 'no certificate'],
];
/** English review keys (reviews: passed / ok / yes / all passed): said the way the reader knows. */
const REVIEWS_KEY_EN = /\b(?:(?:annual )?(?:reviews?|appraisals?|assessments?|evaluations?)(?: \(last 3 years\)| last 3 years| 3 years)?)\s*:\s*(?:all )?(passed|pass|ok|okay|yes|good|fine|qualified|satisfactory|competent|failed|fail|no|not passed)\b/g;

/** A wish key's value: a short one, without a date or a number (a date or years after the key are a fact's). */
const wishValue = (rest: string): boolean => {
  const v = rest.split(/[;,。\n]|\.(?:\s|$)/)[0];
  return v.trim().length > 0 && v.length <= 24 && !/\d|年|月|\b(?:since|in|from)\b/.test(v);
};

/** The message with its notes' keys said as the readers read them. */
export function readNotes(s: string): string {
  if (!/[:=|]/.test(s)) return s;
  let t = s.replace(EQUALS, ':').replace(BAR, ';');
  t = t.replace(WISH_KEY_ZH, (m, at: number, all: string) => (wishValue(all.slice(at + m.length)) ? '想申报' : m));
  if (/[a-z]/.test(t)) {
    t = t.replace(WISH_KEY_EN, (m, at: number, all: string) => (wishValue(all.slice(at + m.length)) ? 'wants to apply for ' : m));
    for (const [re, said] of NONE_KEYS_EN) t = t.replace(re, said);
    t = t.replace(REVIEWS_KEY_EN, (_m, v: string) => (/^(?:failed|fail|no|not passed)$/.test(v) ? 'annual reviews not passed' : 'annual reviews passed'));
  }
  return t;
}
