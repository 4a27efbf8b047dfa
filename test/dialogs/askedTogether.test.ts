// A first message with the place and a dated certificate (no title said): the titles and the awards are asked in one
// question, and one answer fills both; a clause with no noun of its own answers the first of the two still open. In
// wordings of our own (phones, voice-to-text with spaces, HR agents, English, traditional characters), none from a
// conversation set.
import { t } from '../../src/i18n';
import { converse } from '../helpers/converse';

type L = 'zh-CN' | 'en';
describe('a dated certificate and the place in the first message: one question for the titles and the awards', () => {
  it.each<[L, string]>([
    ['zh-CN', '重庆永川 高级工 2019年6月拿的'], ['zh-CN', '我在成都 技师证2021年3月考的'], ['zh-CN', '辽宁鞍山的，高级技师，2017年评上的'],
    ['zh-CN', '南昌 焊工高级工 二零二零年五月'], ['zh-CN', '苏州吴中区 电工技师 2022.04'], ['zh-CN', '来电人在沈阳，技师2019年10月取证，考核合格'],
    ['zh-CN', '帮同事问 他是绵阳的 高级工2018年拿证'], ['zh-CN', '萍乡的 前年9月考了个技师'], ['zh-CN', '重慶 技師 2020年8月'],
    ['zh-CN', '四川德陽 高級工 2021年1月取得'], ['zh-CN', '大连 数控车工高级工 2016年 近三年都合格'],
    ['en', 'chongqing, technician since June 2021'], ['en', 'Shenyang here, senior worker cert from March 2020'],
    ['en', 'HR calling for a worker in Chengdu: senior technician, certified 2018-09'], ['en', 'jiangxi ganzhou, techncian 2022 may'],
  ])('%s %s', (locale, first) => {
    const { outs } = converse([first], { locale });
    expect(outs[0].requestedSlot).toBe('titles');
    expect(outs[0].alsoRequested).toEqual(['awards']);
    expect(outs[0].replies.at(-1)!.text).toBe(t(locale, 'dialog:ask.titles_awards'));
  });
  it.each<[L, string]>([['zh-CN', '成都的'], ['zh-CN', '重庆 高级工'], ['en', 'chengdu, engineer since 2019'], ['zh-CN', '成都 高级工2019年 助理工程师2021年']])(
    '%s %s: nothing dated to ask beside, or a title already said: no question for both', (locale, first) => {
      const { outs } = converse([first], { locale });
      expect(outs[0].replies.at(-1)!.text).not.toBe(t(locale, 'dialog:ask.titles_awards'));
    });
});

describe('one answer to the question for both', () => {
  const CQ = '重庆永川 高级工 2019年6月拿的';
  it.each<[string, object]>([
    ['没有', { titles: [], awards: [] }], ['都没有', { titles: [], awards: [] }], ['啥都没得', { titles: [], awards: [] }],
    ['職稱沒有 獎也沒有', { titles: [], awards: [] }], ['没评过 奖也没拿过', { titles: [], awards: [] }],
    ['助理工程师2022年的，没获过奖', { titles: [{ level: 'assistant', since: '2022-12' }], awards: [] }],
    ['没搞过，一个奖没有', { titles: [], awards: [] }], ['从没评过 什么荣誉也没有', { titles: [], awards: [] }],
  ])('%s', (answer, want) => {
    const { facts } = converse([CQ, answer]);
    expect(facts()).toMatchObject(want);
  });
  it.each<[string, object]>([
    ['no', { titles: [], awards: [] }], ['neither', { titles: [], awards: [] }], ['no title, no awards', { titles: [], awards: [] }],
    ['none of those', { titles: [], awards: [] }],
  ])('en %s', (answer, want) => {
    const { facts } = converse(['chongqing, technician since June 2021', answer], { locale: 'en' });
    expect(facts()).toMatchObject(want);
  });
  it.each<[L, string, string]>([['zh-CN', CQ, '没有职称，拿过全国技术能手'], ['en', 'chongqing, technician since June 2021', 'no title but I was National Technical Expert']])(
    '%s an award named beside the none of the titles: both read (%s / %s)', (locale, first, answer) => {
      const { facts } = converse([first, answer], { locale });
      expect(facts().titles).toEqual([]);
      expect(JSON.stringify(facts().awards)).toContain('national_technical_expert');
    });
  it('the titles alone: the awards counted as none, and the echo says they were not said', () => {
    const { outs, facts } = converse([CQ, '没有职称']);
    expect(facts()).toMatchObject({ titles: [], awards: [] });
    expect(outs[1].replies.map((r) => r.text).join('\n')).toContain(t('zh-CN', 'dialog:ack.awardsUnsaid'));
  });
});
