// One tokenizer for indexing and for search: MiniSearch finds nothing in Chinese with its default one.
// Chinese: Intl.Segmenter words, and character bigrams over each run of words between stop words (the segmenter
// splits 公积金 into 公|积|金 and 助理工程师 into 助理|工程|师; the bigrams join them again). English: words, lowercased.

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** Words that carry no topic: particles, pronouns, question words, numerals, and the region names (the region is an option, not a topic). */
const ZH_STOP = new Set([
  '吗', '呢', '么', '吧', '啊', '呀', '嘛', '哦', '哈', '的', '地', '得', '了', '着', '过', '我', '我们', '你', '您', '他', '她', '它', '咱',
  '是', '在', '和', '与', '及', '或', '或者', '也', '都', '就', '还', '又', '再', '才', '要', '想', '会', '能', '可以', '可', '有', '没有',
  '没', '无', '什么', '怎么', '怎样', '怎么样', '如何', '哪些', '哪个', '哪', '哪里', '多少', '几', '啥', '咋', '请问', '请', '问', '一下',
  '这', '那', '这个', '那个', '这些', '那些', '个', '能不能', '可不可以', '是不是', '有没有', '要不要', '需不需要', '会不会', '算不算',
  '不', '把', '被', '给', '让', '吧', '现在', '自己', '时候', '如果', '需要', '需', '一个', '样', '么样', '为什么', '为', '啦',
  '你们', '有人', '包括', '包含', '涵盖', '覆盖', '只有', '只是', '就是', '已经', '还是', '但是', '因为', '所以', '然后', '一定', '可能', '应该', '算', '算数', '算是', '干什么', '干嘛', '干啥', '零', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '半', '年', '月', '日', '号', '天',
  '重庆', '重庆市', '四川', '四川省', '成都', '辽宁', '辽宁省', '沈阳', '大连', '江西', '江西省', '南昌', '苏州', '苏州市',
  '江苏', '昆山', '我市', '我省', '本市', '本省', '市', '省', '地区', '当地', '本地', '这边', '那边', '咱们', '人家',
]);

const EN_STOP = new Set([
  'a', 'an', 'the', 'i', 'me', 'my', 'we', 'our', 'you', 'your', 'it', 'is', 'are', 'am', 'was', 'be', 'been', 'do', 'does', 'did',
  'can', 'could', 'will', 'would', 'should', 'shall', 'may', 'might', 'must', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'by',
  'as', 'and', 'or', 'if', 'so', 'what', 'which', 'who', 'how', 'when', 'where', 'why', 'there', 'this', 'that', 'these', 'those',
  'any', 'some', 'have', 'has', 'had', 'get', 'got', 'need', 'needs', 'about', 'into', 'after', 'before', 'than', 'then', 'still',
  'please', 'tell', 'needed', 'know', 'want', 'one', 'there', 'here', 'much', 'many', 'just', 'also', 'not', 'no', 'yes', 'its', 'it\'s', 'up',
  'chongqing', 'sichuan', 'liaoning', 'jiangxi', 'suzhou', 'chengdu', 'shenyang', 'nanchang', 'national', 'china', 'region', 'province',
]);

const HAN = /\p{Script=Han}/u;
/** 三年, 两年半: how long, which the dialog asks about; not a topic. */
const YEARS = /^[0-9一二两三四五六七八九十几半多]+年$/;
/** 评 (a title) and 考 (a skill level) tell the two directions apart: 技师能评工程师吗 / 工程师能考技师吗. */
/** Single characters too vague to be a topic alone (有职称的人, 要交什么). */
const LONE_STOP = new Set(['人', '到', '上', '下', '里', '中', '后', '前', '时', '交', '办', '师', '工', '证', '报', '做', '干', '用', '去', '来', '说', '看', '拿', '给', '找', '讲']);
export const DIRECTION = new Set(['评', '考']);
/** The segmenter glues 要 and 不 to the next character (要写, 不对|口): a particle there, except in these words. */
const KEEP_WHOLE = new Set(['要求', '要件', '要素', '要点', '不得', '不同', '不受', '不将']);

function stem(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

export interface Term {
  term: string;
  /** A word of its own (a segmenter word or an English word), not only a bigram across words. */
  word: boolean;
}

/** The terms of a text, for MiniSearch's `tokenize` (indexing and search alike). */
export function tokenize(text: string): string[] {
  return terms(text).map((x) => x.term);
}

/** The terms with what they are: a question's stray bigram (写论) weighs less than an unknown word (公积金's 提取). */
export function terms(text: string): Term[] {
  const out: Term[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length) {
      const s = run.join('');
      // A character standing alone between words is a word of its own (丢 in 职称|证书|丢); two or more single
      // characters in a row are glued by their bigrams instead (正|高 gives 正高).
      const alone = (k: number) => run[k].length === 1 && !LONE_STOP.has(run[k]) && (run[k - 1]?.length ?? 2) > 1 && (run[k + 1]?.length ?? 2) > 1;
      const words = new Set(run.filter((w, k) => w.length >= 2 || alone(k)));
      // owner[i]: the run word that character i belongs to
      const owner = run.flatMap((w, k) => [...w].map(() => k));
      for (const w of words) out.push({ term: w, word: true });
      for (let i = 0; i + 1 < s.length; i++) {
        const bigram = s.slice(i, i + 2);
        if (words.has(bigram)) continue;
        const a = run[owner[i]];
        const b = run[owner[i + 1]];
        // Inside one word, or gluing two single characters (晋|级, 公|积): a word the segmenter split. Else a stray.
        out.push({ term: bigram, word: owner[i] === owner[i + 1] || (a.length === 1 && b.length === 1) });
      }
      run = [];
    }
  };
  const take = (w: string) => {
    if (ZH_STOP.has(w) || YEARS.test(w)) flush();
    else if (w.length === 2 && (w[0] === '要' || w[0] === '不') && !KEEP_WHOLE.has(w)) { flush(); take(w[1]); }
    else {
      if (DIRECTION.has(w)) out.push({ term: w, word: true });
      run.push(w);
    }
  };
  for (const { segment, isWordLike } of segmenter.segment(text.normalize('NFKC').toLowerCase())) {
    if (!isWordLike) { flush(); continue; }
    if (HAN.test(segment)) { take(segment); continue; }
    flush();
    for (const w of segment.split(/[^a-z]+/)) {
      if (w.length >= 2 && !EN_STOP.has(w)) out.push({ term: stem(w), word: true });
    }
  }
  flush();
  return out;
}
