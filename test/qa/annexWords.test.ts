// Suzhou's annex in the words people use for their trade: a trade said as work (搞园林绿化的) or with a self-
// introduction (我是插花员) that the annex does not list is said to be unlisted, under its own name; a listed trade typed
// with a homophone (汗工, 车功, 前工) is read as it, saying so, and quoted from its row. Phrasings written for this test.
import { findInAnnex } from '../../src/qa/annex';
import { ask } from '../../src/qa/ask';

const UNLISTED: [string, string][] = [
  ['搞园林绿化的，苏州目录里有对应专业吗', '园林绿化'],
  ['苏州 做绿化养护的评职称归哪个专业', '绿化养护'],
  ['昆山 我是插花员 对应啥职称专业', '插花员'],
  ['苏州 我是从事家政服务的，对应哪个职称专业', '家政服务'],
  ['苏州 我是管工，对应哪个职称专业', '管工'],
];

const MISHEARD: [string, string, string][] = [
  ['苏州 我是汗工 评职称对应啥专业', '汗工', '焊工'],
  ['我是车功，在苏州对应什么职称专业', '车功', '车工'],
  ['苏州 我在厂里当前工 对应啥专业', '前工', '钳工'],
  ['苏州 我是电汗工 算哪个专业', '电汗工', '焊工'],
  ['张家港的，我是干摸具工的，归哪个专业', '摸具工', '模具工'],
];

describe('Suzhou annex: trades in people\'s words', () => {
  it.each(UNLISTED)('%s → %s, not listed', (q, trade) => {
    const f = findInAnnex(q);
    expect(f).toEqual(expect.objectContaining({ kind: 'unlisted', trade }));
    const a = ask(q, { region: 'suzhou', locale: 'zh-CN' });
    expect([q, a.kind, a.answer.includes(`没有列“${trade}”`)]).toEqual([q, 'annex', true]);
  });

  it.each(MISHEARD)('%s → %s read as %s, quoting its row', (q, typed, trade) => {
    expect(findInAnnex(q)).toEqual(expect.objectContaining({ kind: 'trade', trade, typed }));
    const a = ask(q, { region: 'suzhou', locale: 'zh-CN' });
    expect([q, a.answer.includes(`按“${trade}”理解`), a.citations.some((c) => c.quote.includes(trade))]).toEqual([q, true, true]);
  });

  it('keeps listed trades, level words and typed place slips as they are', () => {
    expect(findInAnnex('苏州 我是钢筋工 对应什么专业')).toEqual(expect.objectContaining({ kind: 'trade', trade: '钢筋工' }));
    expect(findInAnnex('我是钢筋工').kind === 'trade' && !('typed' in findInAnnex('我是钢筋工'))).toBe(true);
    expect(findInAnnex('我是技术员 苏州对应啥专业').kind).toBe('none');
    // 苏洲 is a slip for 苏州: the annex answers though no region was given.
    const a = ask('苏洲 我是焊工 对应啥专业', { locale: 'zh-CN' });
    expect([a.kind, a.region]).toEqual(['annex', 'suzhou']);
  });
});
