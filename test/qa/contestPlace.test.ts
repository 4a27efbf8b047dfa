// A competition item asking for a range of places (苏州: 省级一类 前四至六名) is said as the text says it, the same in
// the engine's line for a place won and in the list of green channels to a level: never as 前6名, which would promise
// places 1–3 a level the text gives them elsewhere. Phrasings written for this test.
import { ask } from '../../src/qa/ask';
import type { Region } from '../../src/rules/vocabulary';

const RANGE: [string, Region, 'zh-CN' | 'en', string][] = [
  ['昆山的 省级一类比赛第4名 可以评什么职称', 'suzhou', 'zh-CN', '前四至六名'],
  ['苏州 我省一类大赛第六名，能直接报工程师吗', 'suzhou', 'zh-CN', '前四至六名'],
  ['苏州 省二类竞赛拿了第三名能直接报啥', 'suzhou', 'zh-CN', '前二至三名'],
  ['苏州 我是高级工，今年刚拿证，能直接报工程师吗', 'suzhou', 'zh-CN', '前四至六名'],
  ['Suzhou: 5th place in a provincial class-1 contest, what title can I apply for directly?', 'suzhou', 'en', 'places 4 to 6'],
];

describe('a range of places, said as the text says it', () => {
  it.each(RANGE)('%s (%s, %s) says %s', (q, region, locale, said) => {
    const a = ask(q, { region, locale, asOf: '2026-12' });
    expect([q, a.answer.includes(said), /前6名|前3名|top 6\b/.test(a.answer)]).toEqual([q, true, false]);
  });
});
