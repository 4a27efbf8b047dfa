// Bare answers: yes / no, "I don't know", a numbered choice.
import { parseNumber } from './numbers';
import { bare } from './text';

const YES = new Set([
  '对', '对的', '对啊', '对呀', '是', '是的', '是啊', '是呀', '嗯', '嗯嗯', '恩', '恩恩', '好', '好的', '好滴', '可以', '行', '行的',
  '没错', '没问题', '正确', '确认', '确定', '有', '有的', '有啊', '当然', '当然有', '对头', '要得', '妥', '同意', '是滴', '对滴',
  'yes', 'y', 'yeah', 'yep', 'yup', 'ya', 'sure', 'ok', 'okay', 'k', 'correct', 'right', "that's right", 'thats right',
  'of course', 'true', 'confirm', 'confirmed', 'affirmative', 'i do', 'i have', 'yes i do', 'yes i have', 'yes please',
  // dialect yeses: 得行 / 要得嘛 (川渝), 嗯呐 / 嗯哪 (东北), 係 / 系啊 (粤), 是嘞 / 中 is 中原's (read only in reviews.ts)
  '得行', '得行的', '要得嘛', '嗯呐', '嗯哪', '嗯那', '是嘞', '係', '係啊', '系啊', '是嘛', '对头嘛', '可以嘛',
  'ok好的', '👍', '👌', '✅', '对的没错', '对没错', '是的没错', '没错没错', '对对对', '是是是', '是这样', '就是这样',
].map(s => bare(s)));

const NO = new Set([
  '不', '不是', '不对', '不是的', '没有', '没', '没有的', '无', '否', '不行', '不用', '不要', '不可以', '错', '错了', '不正确',
  '没有啊', '没呢', '还没有', '还没', '木有', '莫得', '没得', '都没有', '一个都没有', '啥都没有', '没有了', '无无', '暂无', '并没有',
  // dialect noes: 冇 / 唔係 (粤), 不得行 / 没得 (川渝), 不中 (中原), 木有
  '冇', '冇有', '唔係', '唔是', '不得行', '不中', '没得哦', '莫有',
  'no', 'n', 'nope', 'nah', 'not', 'none', 'nothing', 'false', 'wrong', "that's wrong", 'incorrect', 'no i don\'t', "i don't",
  'i do not', "i don't have", 'i have none', "haven't", 'no thanks', 'not really', 'n/a', 'na', '❌', '👎',
].map(s => bare(s)));

/** True / false for a bare yes or no ("嗯嗯", "不是的", "nope"), else undefined. */
export function yesNo(text: string): boolean | undefined {
  const b = bare(text);
  if (!b) return undefined;
  if (YES.has(b)) return true;
  if (NO.has(b)) return false;
  // a yes or no leading a longer answer: "对，2022年5月", "不是，是高级工"
  const lead = /^(对的|对|是的|是|嗯嗯|嗯|好的|没错|yes|yeah|yep|不是的|不是|不对|没有|no|nope)(?:[,。!\s]|\.(?!\s*\d)|$)/.exec(text.trim());
  if (lead) return YES.has(bare(lead[1]));
  return undefined;
}

/** A bare none, said alone (没有, 无, no, none): the awards' none where awards were asked beside another fact. */
const BARE_NONE = /^\s*(?:no|nope|none|nothing|nah|没有?|无|没得|木有|么得|都没有|没有的|没有哦|没有呢)\s*[.!。！]*\s*$/i;
export const bareNone = (text: string): boolean => BARE_NONE.test(text);

const DONT_KNOW = /不知道|^不知$|不知(?:是)?(?:哪|几|什么|啥)|不知(?:道)?(?:呢|啊|哦)$|没数|不记得了|想不起来|记不起来|不太记得|忘掉了|不清楚|不太清楚|不晓得|不记得|记不(?:清|得|住)|忘(?:了|记了)|不确定|说不(?:好|清)|搞不清|没(?:有)?印象|不了解|不造|不好说|不太确定|没(?:关注|注意|留意)过?|算不清|没算过|没数过|(?:要|得|需要)(?:问问|问一下|问|查一下|查查|查)(?:单位|人事|公司|领导|hr)|\b(?:can'?t say|not (?:too |really |quite |entirely )?sure|(?:have|need) to check|would have to ask)\b|\b(?:don'?t know|do not know|not sure|no idea|idk|dunno|forgot|forget|no clue|not certain|can'?t recall|cannot recall|don'?t recall|can'?t remember|cannot remember|don'?t remember|unsure|unknown)\b|^\?\?+$/;

export function dontKnow(text: string): boolean {
  return DONT_KNOW.test(text);
}

/** A numbered choice: "2", "第2个", "第二个", "选2", "选第二个", "2号", "option 2". 1-based. */
export function choiceNumber(text: string): number | undefined {
  const t = bare(text);
  const m = /^(?:选(?:择)?|我选|就|要)?(?:第)?([0-9]{1,2}|[一二两三四五六七八九十]{1,2})(?:个|项|号|条|种)?(?:吧)?$|^(?:option|choice|number|no\.?|#)\s*([0-9]{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)$/.exec(t);
  if (!m) return undefined;
  const v = parseNumber(m[1] ?? m[2]);
  return v !== undefined && Number.isInteger(v) && v >= 1 && v <= 20 ? v : undefined;
}
