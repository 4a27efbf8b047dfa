// A title asked for after the facts, the way people ask it (the round that opened dialog set 12; wordings of our own,
// none from a conversation set): 好久 / 是好久 / 啥辰光 ending the clause asks when; 得不得行, 行不行, 中不中 ask whether;
// a third person (他/她) or 现在 between the level and the modal; the Wu particle 伐; 哪个时候; punctuation spoken to
// voice input (逗号, 问号) read as punctuation. In every case the title is wanted, never held.
import { understand } from '../../src/dialogs/understand';

const read = (s: string) => understand(s, { asOf: '2026-11' });

describe('a title asked for after a dated certificate is a target, not a title held', () => {
  it.each([
    ['高级工2024年9月 助工是好久', 'assistant'],
    ['技师 2023年5月拿的 工程师好久？', 'intermediate'],
    ['焊工技师，2022年3月，中级得不得行', 'intermediate'],
    ['高级技师2021年 高工行不行', 'deputy_senior'],
    ['高级技师2020年6月的，副高中不中啊', 'deputy_senior'],
    ['帮我老公问下 他高级工2023年8月的 助理工程师他哪个时候能报', 'assistant'],
    ['技师2022年10月的 工程师我现在能报了吗', 'intermediate'],
    ['吴江 电工技师 2023年3月 工程师好报伐', 'intermediate'],
    ['我技师证书是二零二二年四月拿的逗号工程师什么时候能报问号', 'intermediate'],
  ])('%s', (text, level) => {
    const u = read(text);
    expect([text, u.targets?.map((x) => x.level), (u.titles ?? []).map((x) => x.level)]).toEqual([text, [level], []]);
  });
});

describe('held levels stay held', () => {
  it.each([
    ['技师好久了，2019年拿的', 'technician'],
    ['我是技师，2021年的，干得还行', 'technician'],
  ])('%s', (text, level) => {
    const u = read(text);
    expect([text, u.skills?.map((x) => x.level), u.targets ?? []]).toEqual([text, [level], []]);
  });

  it('a comma spoken to voice input separates the level from its date', () => {
    expect(read('我是技师逗号二零二一年五月拿的证').skills).toEqual([{ level: 'technician', since: '2021-05' }]);
  });
});
