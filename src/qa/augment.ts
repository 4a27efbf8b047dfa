// Variants of a phrasing for training: the chatter people wrap a question in (请问, 师傅, 我想问下 …, 啊, 呀), added
// and removed by one fixed rule for every phrasing alike, so that the model learns to look past it. Deterministic.

const ZH_PREFIX = ['请问', '我想问一下，', '你好，', '师傅，', '问下', '麻烦问一下', '我们厂里的，', '同事让我问，'];
const ZH_SUFFIX = ['啊', '呀', '？', '呢', '谢谢', '，急'];
const EN_PREFIX = ['hi, ', 'quick question: ', 'please tell me ', 'excuse me, '];
const EN_SUFFIX = [' please', '?', ' thanks'];
const PARTICLES = /[啊呀呢吧嘛哦哈啦]+(?=[?？!！。]*$)|[?？!！。~～]+$/u;

/** The phrasing and two variants: one with chatter before or after it, one with its end particles removed. */
export function augment(text: string, i: number): string[] {
  const zh = /[\u4e00-\u9fff]/.test(text);
  const out = [text];
  if (zh) {
    out.push(i % 2 ? ZH_PREFIX[i % ZH_PREFIX.length] + text : text.replace(/[?？]$/, '') + ZH_SUFFIX[i % ZH_SUFFIX.length]);
    const bare = text.replace(PARTICLES, '');
    if (bare && bare !== text) out.push(bare);
  } else {
    out.push(i % 2 ? EN_PREFIX[i % EN_PREFIX.length] + text : text.replace(/\?$/, '') + EN_SUFFIX[i % EN_SUFFIX.length]);
  }
  return out;
}
