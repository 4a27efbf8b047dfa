// Small talk (matched on the bare text: no spaces, no punctuation): greetings, checking the bot is there, thanks, okays and goodbyes. Read only when a message is nothing
// else, so "谢谢，我在重庆" is an answer with thanks, not small talk.
import { bare } from './text';

export type SmallTalk = 'greeting' | 'ping' | 'thanks' | 'ok' | 'bye' | 'who';

const RULES: [RegExp, SmallTalk][] = [
  [/^(?:好的?|好滴|行|嗯+|ok|okay|明白了?|知道了|收到|懂了|了解|gotit|isee|alright|fine)?(?:谢谢|多谢|谢了|谢谢你|谢谢您|感谢|非常感谢|辛苦了|thanks?|thankyou|thx|ty)?(?:拜拜|再见|88|bye|goodbye|seeyou|晚安|下次再聊|回头再聊|回头再说|先这样吧?|goodnight)(?:了|啦|哈)?$/, 'bye'],
  [/^(?:好的?|嗯+|ok|okay|明白了?|知道了|收到|了解|懂了|好吧|行|gotit|isee|alright|great|cool|perfect)?(?:谢谢|多谢|谢了|谢谢你|谢谢您|谢谢啦|感谢|感谢你|非常感谢|太感谢了|辛苦了|辛苦|麻烦了|thanks?(?:alot|somuch|verymuch|again|agreat deal)?|thankyou(?:somuch|verymuch|alot|again)?|thx|ty|manythanks|cheers)(?:啊|啦|了|哈)?$/, 'thanks'],
  [/^(?:人|在|在吗|在不在|在不|在么|有人吗|有人在吗|人呢|还在吗|你在吗|在线吗|anyonethere|areyouthere|youthere|stillthere)$/, 'ping'],
  [/^(?:你好|您好|你好啊|哈喽|哈啰|嗨|hi|hey|hello|早|早上好|上午好|下午好|晚上好|good(?:morning|afternoon|evening))(?:呀|啊)?$/, 'greeting'],
  [/^(?:好的?|好滴|好吧|好嘞|嗯+|哦+|噢|行|行吧|可以|ok|okay|明白|明白了|知道了|收到|懂了|了解|gotit|isee|alright|cool|great|没有了|没了|没别的了|没别的|就这些|就这样|thatsall|thatsit|nothingelse|nomorequestions)$/, 'ok'],
  // 嗯嗯好的, 哦哦知道了, 哈哈: okays and laughs run together
  [/^(?:好的?|好滴|好吧|好嘞|嗯|哦|噢|行|ok|okay|明白了?|知道了|收到|懂了|了解|哈|呵|嘿|haha|lol)+$/, 'ok'],
  [/^(?:你是谁|你是(?:机器人|真人|人工|ai|人|程序)(?:吗|么|吧)?|是(?:机器人|真人)(?:吗|么)|你叫(?:什么|啥)(?:名字)?|whoareyou|areyoua(?:bot|robot|human|realperson|person)|areyouhuman|isthisabot)$/, 'who'],
];

/** The kind of small talk a whole message is, if it is nothing else. `text` is normalised. */
export function smallTalk(text: string): SmallTalk | undefined {
  const b = bare(text).replace(/[~～!！。.?？,，]+/g, '');
  // 哈哈 / 哦哦 are all particles, which bare() strips: an okay all the same
  if (!b && /^(?:哈{2,}|哦{2,}|嘿{2,})$/.test(text.replace(/[\s~～!！。.,，]+/g, ''))) return 'ok';
  if (!b || b.length > 24) return undefined;
  for (const [re, kind] of RULES) if (re.test(b)) return kind;
  return undefined;
}
