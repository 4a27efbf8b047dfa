// Clause coverage of the Chongqing, Liaoning and Sichuan texts (issue 14, fJ): per kind of wording the audit found
// refused or wrong, new wordings written for these tests (none is in the intents or in the audit's dev set,
// test/dev/qa-questions-cov-cls.json), each answered with the clause's own words and quoted from the text.
import { ask } from '../../src/qa/ask';
import { withNationalText } from '../../src/qa/nationalText';
import type { Region } from '../../src/rules/vocabulary';
import { expectQuoted } from './policyTexts';

const AS_OF = '2026-12';
type Row = [string, Region, 'zh-CN' | 'en', string[], string];

describe('the national text named beside a region is one of the regions asked', () => {
  it.each([
    ['四川跟国家的文件比，高级技师评副高各要几年', 'sichuan', 'zh-CN', ['四川', '全国', '4年'], '满4年，可申报评审相应专业副高级职称'],
    ['辽宁和國家的規定裡，技師評工程師分別要幾年', 'liaoning', 'zh-CN', ['辽宁', '全国', '3年'], '满3年，可申报评审相应专业中级职称'],
    ['chongqing vs the national policy: senior worker to assistant engineer, years?', 'chongqing', 'en', ['Chongqing', 'National', '2 years'], '满2年，可申报评审相应专业助理工程师'],
  ] as Row[])('%s', (q, region, locale, has, quote) => {
    const a = ask(q, { region, locale, asOf: AS_OF });
    expect(a.matched).toBe('curated');
    for (const h of has) expect(a.answer).toContain(h);
    expectQuoted(a, quote);
  });

  it('reads only a text, not 国家级 or a national award', () => {
    const own = [{ region: 'sichuan' as Region, place: '四川', fallback: false }];
    expect(withNationalText('四川国家级技能竞赛前5名能评啥', own, 'sichuan')).toEqual(own);
    expect(withNationalText('国家职业技能标准怎么定', [], 'liaoning')).toEqual([]);
    // the national text asked for is no region to compare
    const cq = [{ region: 'chongqing' as Region, place: '重庆', fallback: false }];
    expect(withNationalText('what national document is chongqing\'s text made on', cq, 'chongqing')).toEqual(cq);
    expect(withNationalText('重庆的意见依据的是哪个国家文件', cq, 'chongqing')).toEqual(cq);
    expect(withNationalText('按国家文件算，技师几年评工程师', [], 'liaoning').map((x) => x.region)).toEqual(['liaoning', 'national']);
  });
});

describe('provisions of the three texts asked in new words', () => {
  it.each([
    // who issued the text (the issuer is said with the number and date)
    ['重庆那份贯通意见是谁发的文', 'chongqing', 'zh-CN', ['重庆市人力资源和社会保障局', '渝人社发'], '重庆市人力资源和社会保障局2020年4月22日'],
    ['辽宁这个实施意见的发文单位是哪个', 'liaoning', 'zh-CN', ['辽宁省人力资源和社会保障厅'], '辽宁省人力资源和社会保障厅2019年8月21日'],
    ['which body issued the liaoning opinion', 'liaoning', 'en', ['Department of Human Resources'], '辽宁省人力资源和社会保障厅2019年8月21日'],
    // Liaoning's foreign-language and computer tests, heard of as required
    ['盘锦有人讲评职称先要考过外语才行，辽宁是不是这样', 'liaoning', 'zh-CN', ['不作统一要求'], '对职称外语和计算机应用能力考试不作统一要求'],
    ['听说辽宁报工程师前得先把计算机考了？', 'liaoning', 'zh-CN', ['不作统一要求'], '对职称外语和计算机应用能力考试不作统一要求'],
    // whom a text covers, asked with a post outside the front line
    ['重庆搞后勤的职工能按这个文件评工程师不', 'chongqing', 'zh-CN', ['生产一线'], '在我市工程技术领域生产一线岗位'],
    ['辽宁这个政策管不管坐办公室的', 'liaoning', 'zh-CN', ['一线岗位'], '在我省工程技术领域一线岗位从事技术技能工作'],
    // a level below 高级工 with the engineering series named
    ['我徒弟只有中级工证 在重庆报工程系列职称行不行', 'chongqing', 'zh-CN', ['高级工'], '具有高级工以上职业资格或职业技能等级'],
    ['辽宁四级工能不能参加工程系列的评审', 'liaoning', 'zh-CN', ['高级工'], '具有高级工及以上职业资格或职业技能等级'],
    // a title holder asking which skill level, with 评
    ['我在重庆有工程师职称 想评个技能等级 能评到哪级', 'chongqing', 'zh-CN', ['技师'], '高级工、技师、高级技师职业技能评价'],
    ['辽宁高级工程师反过来评技能等级能评啥', 'liaoning', 'zh-CN', ['高级技师'], '取得相关专业高级工程师资格'],
    // Sichuan: whom the green channel is for, the basic conditions of 附件1, the principles
    ['四川哪类人可以走职称绿色通道', 'sichuan', 'zh-CN', ['绝招、绝技、绝活'], '具有绝招、绝技、绝活'],
    ['四川技能人才报职称最低得满足哪些条件', 'sichuan', 'zh-CN', ['宪法', '年度考核'], '近3年年度考核合格'],
    ['四川方案的原则里对用人单位怎么说', 'sichuan', 'zh-CN', ['用人单位评价主体地位'], '强化用人单位评价主体地位'],
    // Chongqing's 晋级 sentence quoted, not only the titles' one
    ['重庆技术人员考了技能证以后过多久可以申请晋级', 'chongqing', 'zh-CN', ['1年'], '可按累计工作年限申报现从事职业（工种）晋级评价'],
  ] as Row[])('%s', (q, region, locale, has, quote) => {
    const a = ask(q, { region, locale, asOf: AS_OF });
    expect(a.matched).toBe('curated');
    for (const h of has) expect(a.answer).toContain(h);
    expectQuoted(a, quote);
  });

  it('Sichuan\'s text carries no document number, and the answer says so without making one up', () => {
    for (const q of ['四川那个贯通方案几号文', '四川方案的發文字號是多少']) {
      const a = ask(q, { region: 'sichuan', locale: 'zh-CN', asOf: AS_OF });
      expect(a.answer).toContain('没有写文号');
      expect(a.answer).not.toMatch(/川人社[^\s]*号/);
    }
  });
});
