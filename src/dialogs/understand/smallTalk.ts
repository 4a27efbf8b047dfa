// Small talk (matched on the bare text: no spaces, no punctuation): greetings, checking the bot is there (在吗, and
// in dialect 有人莫 / 在没), thanks, okays and goodbyes. Read only when a message is nothing
// else, so "谢谢，我在重庆" is an answer with thanks, not small talk. People string them together (辛苦了 谢谢, ok thanks that
// is all, 好的 明白了 再见): a message made only of such pieces is small talk of its strongest kind.
import { bare } from './text';

export type SmallTalk = 'greeting' | 'ping' | 'thanks' | 'ok' | 'bye' | 'who';

const RULES: [RegExp, SmallTalk][] = [
  [/^(?:好的?|好滴|行|嗯+|ok|okay|明白了?|知道了|收到|懂了|了解|gotit|isee|alright|fine)?(?:谢谢|多谢|谢了|谢谢你|谢谢您|感谢|非常感谢|辛苦了|thanks?|thankyou|thx|ty)?(?:拜拜|再见|88|bye|goodbye|seeyou|晚安|下次再聊|回头再聊|回头再说|先这样吧?|goodnight)(?:了|啦|哈)?$/, 'bye'],
  [/^(?:好的?|嗯+|ok|okay|明白了?|知道了|晓得了?|收到|了解|懂了|好吧|行|gotit|isee|alright|great|cool|perfect)?(?:谢谢|多谢|谢了|谢谢你|谢谢您|谢谢啦|谢|感谢|感谢你|非常感谢|太感谢了|辛苦了|辛苦|麻烦了|thanks?(?:alot|somuch|verymuch|again|agreat deal)?|thankyou(?:somuch|verymuch|alot|again)?|thx|ty|manythanks|cheers)(?:啊|啦|了|哈)?$/, 'thanks'],
  [/^(?:人|在|在吗|在不在|在不|在么|在没|在莫|有人吗|有人在吗|有人没|有人莫|有人不|有没有人|有人冇|人呢|还在吗|你在吗|在线吗|anyonethere|areyouthere|youthere|stillthere)$/, 'ping'],
  [/^(?:你好|您好|你好啊|哈喽|哈啰|嗨|hi|hey|hello|早|早上好|上午好|下午好|晚上好|good(?:morning|afternoon|evening))(?:呀|啊)?$/, 'greeting'],
  [/^(?:好的?|好滴|好吧|好嘞|嗯+|哦+|噢|行|行吧|可以|ok|okay|明白|明白了|知道了|收到|懂了|了解|gotit|isee|alright|cool|great|没有了|没了|没别的了|没别的|就这些|就这样|thatsall|thatsit|nothingelse|nomorequestions)$/, 'ok'],
  // 嗯嗯好的, 哦哦知道了, 哈哈: okays and laughs run together
  [/^(?:好的?|好滴|好吧|好嘞|嗯|哦|噢|行|ok|okay|明白了?|知道了|收到|懂了|了解|哈|呵|嘿|haha|lol)+$/, 'ok'],
  [/^(?:你是谁|你是(?:机器人|真人|人工|ai|人|程序)(?:吗|么|吧)?|是(?:机器人|真人)(?:吗|么)|你叫(?:什么|啥)(?:名字)?|whoareyou|areyoua(?:bot|robot|human|realperson|person)|areyouhuman|isthisabot)$/, 'who'],
];

/**
 * The pieces small talk is made of, each with its kind, matched from the start of what is left of the bare text.
 * Longer forms come first within a kind (谢谢你 before 谢谢); a particle after a piece (啊, 啦, 了) goes with it.
 */
const PIECES: [RegExp, SmallTalk][] = [
  // (leaving said as people type it: gotta go, gtg, ttyl, catch you later; 我先走了, 先撤了, 改天再问, 先不问了)
  [/^(?:拜拜|再见|88|bye|goodbye|seeyou(?:later|soon)?|晚安|下次再聊|回头再聊|回头再说|回头见|先这样吧?|先这么着|goodnight|takecare|haveaniceday|haveagoodday|talksoon|untilnexttime|(?:i)?(?:gotta|gota|got to|have to|hafta|must|need to|needto|haveto|gotto)(?:go|run|dash)(?:now)?|i?gtg|ttyl|catchyou(?:later)?|laters|signingoff|(?:i(?:m|am)|illbe)off|我?先(?:走|撤|下|忙)了?|改天再(?:问|聊|说)|有空再(?:问|聊)|先不(?:问|聊)了|下回再(?:问|聊)|(?:have|enjoy)(?:a|an|the|your)?(?:good|nice|great|lovely|wonderful|pleasant|fab|fantastic)?(?:one|day|night|evening|weekend|week|restofthe(?:day|week)|restofyourday)|祝(?:你|您|你们|大家)?(?:工作|生活|一切|万事|周末|节日|身体|天天|新年|好运)[\u4e00-\u9fff]{0,4})/, 'bye'],
  [/^(?:(?:谢谢|感谢|多谢)(?:你|您|你们)?的?(?:耐心|详细|热心)?(?:的)?(?:解答|回答|帮助|帮忙|讲解|指导|解释|答复)|thank(?:s|you|u)?for(?:your|the|all(?:the|your)?)?(?:help|time|patience|answers?|explanation|info(?:rmation)?)|非常感谢|太感谢了|太谢谢了|十分感谢|万分感谢|多谢|谢谢(?:你们|你|您)?|谢了|谢啦|谢喽|谢咯|感谢(?:你们|你|您)?|感恩|辛苦(?:你们|你|您)?|麻烦(?:你|您)?了|有劳了|(?:many|much|big|somany)thanks?(?:for(?:your|the|all(?:the|your)?)?(?:help|helping|info(?:rmation)?|answers?|time))?|thankyou(?:verymuch|somuch|alot|forthe(?:help|info(?:rmation)?|answer))?|thanks?(?:alot|somuch|verymuch|agreatdeal|forthe(?:help|info(?:rmation)?|answer))?|(?:many)?(?:thx|thnx|thanx|thanku|tks|thks|tysm|ty)(?:alot|somuch|verymuch|again|heaps|loads|mate)?|3q|cheers|(?:i)?(?:really)?appreciate(?:it|that)|muchappreciated|(?:that(?:s|is|was)?)?(?:very|really)?helpful|(?:that|this|it)?(?:really|truly)?(?:helps|helped)(?:alot|heaps|loads|somuch|mate)?|(?:that(?:s|is|was)?|you(?:re|are|were|vebeen|havebeen)?)?(?:a)?(?:big|great|huge|real)help|(?:很|非常|真|太)?有帮助(?:了)?|帮(?:了)?(?:我)?(?:大忙|大忙了)|(?:很|非常|真|太)有用(?:了)?)/, 'thanks'],
  [/^(?:你是谁|[你您]是(?:真人|人)还是机器人|[你您]是(?:机器人|真人|人工|ai|人|程序)(?:吗|么|吧)?|是(?:机器人|真人)(?:吗|么)|你叫(?:什么|啥)(?:名字)?|whoareyou|whoamitalkingto|(?:what|whats)(?:is)?yourname|areyou(?:a|an)?(?:bot|robot|human|realperson|person|ai|machine)(?:or(?:a|an)?(?:bot|robot|human|realperson|person|ai|machine))?|areyouhuman|is(?:this|that)(?:a|an)?(?:bot|robot|machine|ai|realperson|human)(?:or(?:a|an)?(?:bot|robot|human|realperson|person|ai|machine))?)/, 'who'],
  [/^(?:在吗|在不在|在么|在没|在莫|有人吗|有人在吗|有人没|有人莫|有人不|有没有人|有人冇|人呢|还在吗|你在吗|在线吗|(?:is)?any(?:one|body)(?:there|here|around|home)?|areyou(?:still)?(?:there|here|around)|you(?:still)?there|stillthere|hello(?:o)+)/, 'ping'],
  [/^(?:你好吗|你好啊?|您好|哈喽|哈啰|嗨|最近好吗|吃了吗|(?:hi|hey|hello|hiya|howdy)(?:there|again|all|guys|everyone)?|howareyou(?:doing|today)?|howsitgoing|(?:nice|good|glad)tomeetyou|早上好|上午好|下午好|晚上好|goodmorning|goodafternoon|goodevening)/, 'greeting'],
  [/^(?:太棒了|太好了|很好|不错|真棒|棒|赞|好嘞|好滴|好吧|好的|好|brilliant|greatstuff|excellent|wonderful|lovely|super|kk?(?=thx|thanks|$)|嗯|哦|噢|行吧?|可以|没问题|ok(?:ay)?|我?(?:明白|知道|清楚|懂|晓得)(?:了|啦)?|明白|知道了|清楚了|收到|懂了|了解|gotit|isee|alright|allright|allgood|fine|great|cool|perfect|sure|noted|understood|nice|awesome|(?:very|so|all)?good|okdok(?:ey|ay)|okiedokie|noproblem|np|gotcha|roger|makessense|thatmakessense|clear|没有了|没了|没别的了|没别的|没其他的?了|就这些|就这样|就这么多|that(?:s|is|was|llbe)?(?:all|it|everything)(?:ineed(?:ed)?(?:toknow)?|iwanted(?:toknow|toask)?|fromme|ihave|iask)?|nothingelse|nomorequestions|nofurtherquestions|哈|呵|嘿|ha|lol)/, 'ok'],
];
/** The strongest kind wins: a goodbye ends the talk, thanks answer help, a greeting or an okay only acknowledges. */
const STRENGTH: SmallTalk[] = ['ok', 'greeting', 'ping', 'who', 'thanks', 'bye'];
// particles, and the words people address the other with (谢谢老师, thanks mate)
const PARTICLE = /^(?:啊|呀|啦|了|呢|喔|嘛|哟|喇|啰|咯|囉|晒|嘞|哈|请问|对了|那个|不好意思|sorry|excuseme|btw|quickquestion|老师|师傅|领导|亲|小助手|助手|机器人|美女|帅哥|and|so|again|then|anyway|guys|everyone|fornow|mate|buddy|sir|madam|maam|dude|man|bot|friend|indeed|really|very|much|though)+/;

// The whole message as pieces and particles, tried every way (a regular expression backtracks where a greedy scan would
// stop at 好 before 好嘞, at thanks before thank you); then the strongest kind among the pieces it holds.
const WHOLE = new RegExp(`^(?:${PIECES.map(([re]) => re.source.slice(1)).join('|')}|${PARTICLE.source.slice(1, -1)})+$`);
const ANYWHERE: [RegExp, SmallTalk][] = PIECES.map(([re, kind]) => [new RegExp(re.source.slice(1)), kind]);
const STICKY: [RegExp, SmallTalk | null][] = [...PIECES.map(([re, kind]): [RegExp, SmallTalk] => [new RegExp(re.source.slice(1), 'y'), kind]),
  [new RegExp(PARTICLE.source.slice(1), 'y'), null]];

/** A message made only of small-talk pieces (辛苦了谢谢, okthanksthatisall): its strongest kind, among the pieces it is
 * cut into from the start (so the hi inside "nothing" is no greeting). */
function pieces(b: string): SmallTalk | undefined {
  if (!WHOLE.test(b)) return undefined;
  // from each position to the end: the strongest kind of a cut into pieces (undefined: none; null: particles only)
  const best: (SmallTalk | null | undefined)[] = new Array(b.length + 1).fill(undefined);
  best[b.length] = null;
  const rank = (k: SmallTalk | null | undefined) => (k === undefined ? -2 : k === null ? -1 : STRENGTH.indexOf(k));
  for (let i = b.length - 1; i >= 0; i--) {
    for (const [re, kind] of STICKY) {
      re.lastIndex = i;
      const m = re.exec(b);
      if (!m || !m[0].length) continue;
      const rest = best[i + m[0].length];
      if (rest === undefined) continue;
      const k = rank(kind) > rank(rest) ? kind : rest;
      if (rank(k) > rank(best[i])) best[i] = k;
    }
  }
  if (best[0]) return best[0];
  // (an alternation tries its forms in order, so a cut the whole-message match found may be missed here: then the
  // strongest kind found anywhere, as before)
  let kind: SmallTalk | undefined;
  for (const [re, k] of ANYWHERE) if ((!kind || STRENGTH.indexOf(k) > STRENGTH.indexOf(kind)) && re.test(b)) kind = k;
  return kind;
}

// Emoji and WeChat's bracketed emoticons said as small talk: thanks (🙏, [抱拳]), okays (👍, [OK], [强]), goodbyes (👋,
// [再见]); smiles only soften what they stand beside (a smile alone is an okay).
const EMOTICONS: [RegExp, string][] = [
  [/🙏|\[(?:抱拳|作揖|谢谢|感谢|合十)\]/gu, '谢谢'],
  [/👋|\[(?:再见|拜拜)\]/gu, '再见'],
  [/[👍👌✌🤝]|\[(?:ok|强|好的|胜利|握手|赞|好)\]/gu, '好'],
  [/(?:[😊🙂😄😀😁😃☺😉🌹🌷💐❤]|\ufe0f)|\[(?:微笑|呲牙|愉快|憨笑|调皮|偷笑|可爱|玫瑰|爱心|鼓掌|嘿哈|耶|机智|笑脸)\]/gu, ''],
];

/**
 * Thanks or a goodbye, then the person addressed as people address each other: 老 / 小 / 大 and one syllable (老哥,
 * 小哥, 大姐), a surname and 哥 / 姐 / 总 / 工 (王姐, 李工), or a word for a mate (兄弟, 哥们, 伙计, bro). No table of
 * names: the way of addressing is the rule. Only after thanks or a goodbye (好的没有 stays an answer).
 */
const ADDRESSED = /^(.+?)(?:(?:老|小|大)[\u4e00-\u9fff](?:子|儿)?|[\u4e00-\u9fff]?(?:哥|姐|总|工)|兄弟|哥们儿?|姐妹|伙计|朋友|同志|bro|mate|pal)$/;

/** Around a thanks, a goodbye or an okay, words that are no small talk but may still be a complaint or a doubt (但是, 不对,
 * but, not right): the message is then not closed by them. */
const NOT_CLOSING = /但|不过|可是|不|没|错|问题|怎么|为什么|\d/;
const NOT_CLOSING_EN = /\b(?:but|not|no|never|(?:do|does|did|is|are|was|were|ca|wo|have|has|should|could)n'?t|wrong|however|problem|questions?|issues?|why|how|what|wait|still|though)\b/;
/** Longest English and Chinese leftover a closing may carry (have a great one, 祝你工作顺利 are pieces; 我回去准备一下,
 * will do, you're a star are not). */
const LEFTOVER_LATIN = 30;
const LEFTOVER_HAN = 12;

/**
 * Thanks, a goodbye or an okay with words of one's own before or after it (brilliant thanks so much you're a star,
 * 好的谢谢 我回去准备一下, ok will do): the longest small-talk start and end, and between or around them a short
 * leftover that names no doubt. The strongest kind of the two ends; only thanks, goodbyes and okays close a message so.
 * For a message nothing else was read from (index.ts asks only then). `text` is normalised.
 */
export function closingTalk(text: string): SmallTalk | undefined {
  const words = text.replace(/'/g, '').split(/[\s,。.;!?、:~…"()\-_*·！？，～；：]+/).filter(Boolean);
  const b = words.join('');
  if (!b || b.length > 48) return undefined;
  // (cut only where a word ends: between two letters of one English word there is none, so the ok of "book" is no okay)
  const ends = new Set<number>();
  words.reduce((at, w) => { ends.add(at + w.length); return at + w.length; }, 0);
  const cuttable = (i: number) => i === 0 || i === b.length || ends.has(i) || !/[a-z0-9]/.test(b[i - 1]) || !/[a-z0-9]/.test(b[i]);
  let head = 0;
  let headKind: SmallTalk | undefined;
  for (let i = b.length - 1; i > 0; i--) { if (!cuttable(i)) continue; const k = pieces(b.slice(0, i)); if (k) { head = i; headKind = k; break; } }
  let tail = b.length;
  let tailKind: SmallTalk | undefined;
  for (let j = Math.max(head, 1); j < b.length; j++) { if (!cuttable(j)) continue; const k = pieces(b.slice(j)); if (k) { tail = j; tailKind = k; break; } }
  // (neither end small talk, a short message: the longest small-talk stretch inside it, 中 谢谢恁)
  let left = b.slice(head, tail);
  if (!headKind && !tailKind && b.length <= 24) {
    for (let len = b.length - 1; len >= 2 && !headKind; len--) {
      for (let i = 0; i + len <= b.length; i++) {
        if (!cuttable(i) || !cuttable(i + len)) continue;
        const k = pieces(b.slice(i, i + len));
        if (k) { headKind = k; left = b.slice(0, i) + b.slice(i + len); break; }
      }
    }
  }
  const kinds = [headKind, tailKind].filter((k): k is SmallTalk => k === 'thanks' || k === 'bye' || k === 'ok');
  if (!kinds.length) return undefined;
  const han = (left.match(/[\u4e00-\u9fff]/g) ?? []).length;
  if (!left || NOT_CLOSING.test(left) || NOT_CLOSING_EN.test(text) || han > LEFTOVER_HAN || left.length - han > LEFTOVER_LATIN) return undefined;
  return kinds.sort((x, y) => STRENGTH.indexOf(y) - STRENGTH.indexOf(x))[0];
}

/** The kind of small talk a whole message is, if it is nothing else. `text` is normalised. */
export function smallTalk(raw: string): SmallTalk | undefined {
  let text = raw;
  if (/[\u2600-\u27bf\ud800-\udfff[]/.test(text)) {
    for (const [re, word] of EMOTICONS) text = text.replace(re, word ? ` ${word} ` : ' ');
    if (!text.trim() && raw.trim()) return 'ok';
  }
  const b = bare(text).replace(/[~～!！。.?？,，]+/g, '');
  // 哈哈 / 哦哦 are all particles, which bare() strips: an okay all the same
  if (!b && /^(?:哈{2,}|哦{2,}|嘿{2,})$/.test(text.replace(/[\s~～!！。.,，]+/g, ''))) return 'ok';
  if (!b || b.length > 40) return undefined;
  if (b.length <= 24) for (const [re, kind] of RULES) if (re.test(b)) return kind;
  // (a digit is a fact, not small talk: 88 is the one goodbye written in digits)
  if (/\d/.test(b) && !/88|3q/.test(b)) return undefined;
  const whole = pieces(b.replace(/'/g, ''));
  if (whole) return whole;
  const addressed = ADDRESSED.exec(b.replace(/'/g, ''));
  const kind = addressed ? pieces(addressed[1]) : undefined;
  return kind === 'thanks' || kind === 'bye' ? kind : undefined;
}
