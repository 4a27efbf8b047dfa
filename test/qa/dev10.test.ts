// Kinds of question development set 10 missed (issue 14), each tested on wordings written for this file, not the set's:
// a judgement or a recommendation asked beside topic words (refused, never the topic's answer), and the Chinese kinds
// fixed by mechanism below. Every citation must stand word for word in the texts.
import { ask } from '../../src/qa/ask';
import { JUDGEMENT_WORDS, judgementAsked } from '../../src/qa/judgement';
import { onlyPlace } from '../../src/qa/askedClause';
import { tradesInAnnex } from '../../src/qa/annex';
import type { Region } from '../../src/rules/vocabulary';
import { inTexts, policyText } from './policyTexts';

const POLICIES = ['national-2020-96', 'jiangxi-2021-227', 'chongqing-2020-32', 'sichuan-2021', 'liaoning-2019-2', 'suzhou-2019-28'];
const HOTLINE = { phone: '028-12333-07' };
type Case = [string, Region | undefined, 'zh-CN' | 'en'];

/** Which of two things the texts do name (series, regions, routes, levels) is easier or better: a judgement. */
const JUDGED: Case[] = [
  ['四川评工艺美术系列和评工程系列，哪个好评一点', 'sichuan', 'zh-CN'],
  ['在辽宁评高工和考高级技师哪条路更轻松些', 'liaoning', 'zh-CN'],
  ['重庆和成都哪边评职称比较容易啊', 'chongqing', 'zh-CN'],
  ['苏州走职称路线还是技能路线划算点', 'suzhou', 'zh-CN'],
  ['農業系列跟工程系列哪個容易過', 'sichuan', 'zh-CN'],
  ['which series is simpler to get through in jiangxi, agriculture or engineering?', 'jiangxi', 'en'],
  ['In Chongqing, is it easier to become an engineer through the skills route or the normal title review?', 'chongqing', 'en'],
  ['senior technician vs senior engineer in liaoning - which one is more useful?', 'liaoning', 'en'],
  ['honestly, which would you pick for a welder in sichuan, the laboratory technology series or the engineering series', 'sichuan', 'en'],
];

/** Which training body, course or agency to go to: no text names any. */
const PROVIDER: Case[] = [
  ['考高级技师前想报个班，哪家培训学校比较好', 'liaoning', 'zh-CN'],
  ['评工程师的答辩有没有靠谱的辅导班推荐', 'chongqing', 'zh-CN'],
  ['苏州考电工技师要不要报培训班', 'suzhou', 'zh-CN'],
  ['which training centre in chengdu is best for the senior worker assessment?', 'sichuan', 'en'],
  ['is there a reliable agency that can help with my engineer title application in jiangxi', 'jiangxi', 'en'],
];

describe('a judgement or a recommendation asked', () => {
  it.each(JUDGEMENT_WORDS.map((re) => [re.source.slice(0, 30), re] as const))('%s appears in no policy text', (_s, re) => {
    for (const p of POLICIES) expect([p, re.test(policyText(p))]).toEqual([p, false]);
  });

  it.each([...JUDGED, ...PROVIDER])('%s (%s, %s) is refused with who to ask', (q, region, locale) => {
    const a = ask(q, { region, locale, asOf: '2026-12', hotline: HOTLINE });
    expect([q, a.matched, a.citations, a.answer.includes(HOTLINE.phone)]).toEqual([q, 'none', [], true]);
  });

  it('says a provider question is about providers, a comparison that the texts do not judge', () => {
    expect(ask(PROVIDER[0][0], { region: 'liaoning', locale: 'zh-CN' }).answer).toContain('培训机构');
    expect(ask(JUDGED[0][0], { region: 'sichuan', locale: 'zh-CN' }).id).toBe('nc_subjective');
  });

  it.each<Case>([
    ['贯通以后评职称是不是变容易了', 'liaoning', 'zh-CN'],
    ['are the conditions made easier for skilled workers in sichuan', 'sichuan', 'en'],
    ['苏州技能培训能折算继续教育学时吗', 'suzhou', 'zh-CN'],
    ['单位推荐申报要走什么程序', 'sichuan', 'zh-CN'],
  ])('still answers %s (%s, %s): no judgement asked', (q, region, locale) => {
    expect([q, judgementAsked(q)]).toEqual([q, undefined]);
    const a = ask(q, { region, locale, asOf: '2026-12' });
    expect([q, a.matched, a.citations.every(inTexts)]).toEqual([q, 'curated', true]);
  });
});

/** A topic's own word typed as a homophone (否决 as 否绝, 否诀, 否觉): read as meant. */
describe('a topic word typed as a homophone', () => {
  it.each<Case>([
    ['四川那个一票否诀针对啥情况', 'sichuan', 'zh-CN'],
    ['重庆评职称搞一票否觉吗', 'chongqing', 'zh-CN'],
    ['辽宁说的一票否绝指的是什么行为', 'liaoning', 'zh-CN'],
  ])('%s (%s) gets the fraud topic', (q, region, locale) => {
    const a = ask(q, { region, locale, asOf: '2026-12' });
    expect([q, a.id, a.citations.some((c) => c.quote.includes('一票否决')), a.citations.every(inTexts)]).toEqual([q, 'fraud', true, true]);
  });
});

/** Where the asker is, said in a clause of its own after the question (…，渝中区的 / 我是大连的 / 人在成都): context, not
 * what is asked (a city's own practice). */
describe('a trailing clause that only says where the asker is', () => {
  it.each<[string, Region, string]>([
    ['技师干满三年了评工程师要多久，我是大连的', 'liaoning', '中级（工程师）'],
    ['助理工程师考高级工需要几年 人在成都', 'sichuan', '高级工（三级）'],
    ['工程师拿了高级工以后多久能报技师，万州区的', 'chongqing', '技师（二级）'],
  ])('%s (%s) is answered by the engine', (q, region, level) => {
    const a = ask(q, { region, locale: 'zh-CN', asOf: '2026-12' });
    expect([q, a.kind, a.answer.includes(level), a.citations.every(inTexts)]).toEqual([q, 'engine', true, true]);
  });

  it('keeps a place clause that asks about the place', () => {
    expect(onlyPlace('渝中区的')).toBe(true);
    expect(onlyPlace('我是大连的')).toBe(true);
    for (const s of ['大连有单独的政策吗', '成都哪里报名', '技师能评工程师']) expect([s, onlyPlace(s)]).toEqual([s, false]);
  });
});

/** A team event's place asked what it opens, beside words of practical handling (算不算, 够不够): the text's team ranks. */
describe('a team event place asked what it opens', () => {
  it.each<[string, string]>([
    ['我们是三人组比赛拿了第二，这个名次够不够破格报高级工程师', '三人赛项前2名'],
    ['双人赛项第三名算不算获奖名次，能不能评副高', '双人赛项前3名'],
    ['参加三人团体赛得了第一，算前五名吗，可以直接报高级工程师不', '三人赛项前2名'],
  ])('%s (sichuan) quotes %s', (q, quote) => {
    const a = ask(q, { region: 'sichuan', locale: 'zh-CN', asOf: '2026-12' });
    expect([q, a.kind, a.answer.includes('副高级'), a.citations.some((c) => c.quote.includes(quote)), a.citations.every(inTexts)]).toEqual([q, 'engine', true, true, true]);
  });
});

/** Two trades or more in one annex question (…和…分别对应什么专业): each trade's row, listed or not. */
describe('several trades asked of Suzhou annex at once', () => {
  it.each<[string, 'zh-CN' | 'en', string[], string[]]>([
    ['苏州这边焊工跟钢筋工评职称各归哪个专业', 'zh-CN', ['焊工对应工程系列“机械”', '钢筋工对应工程系列“建设”'], ['附件 2 机械', '附件 1 建设']],
    ['搞防水的和修车的分别评什么专业的职称', 'zh-CN', ['防水工', '“建设”', '汽车维修工', '“机械”'], ['附件 1 建设', '附件 2 机械']],
    ['电工、厨师、制冷工在目录里对应啥专业', 'zh-CN', ['电工对应', '“厨师”没有列', '制冷工对应工程系列“化工工程”'], ['附件 2 机械', '附件 3 化工工程']],
    ['in suzhou which specialties do welders and bricklayers come under', 'en', ['welder', 'machinery', 'bricklayer', 'construction'], ['附件 2 机械', '附件 1 建设']],
  ])('%s', (q, locale, says, clauses) => {
    const a = ask(q, { region: 'suzhou', locale, asOf: '2026-12' });
    expect([q, a.kind, says.filter((x) => !a.answer.includes(x))]).toEqual([q, 'annex', []]);
    expect(clauses.filter((c) => !a.citations.some((x) => x.clause === c))).toEqual([]);
    expect(a.citations.every(inTexts)).toBe(true);
  });

  it('reads one trade as before', () => {
    expect(tradesInAnnex('磨工评职称归哪个专业')).toEqual([]);
    expect(tradesInAnnex('制冷空调系统安装维修工对应什么专业')).toEqual([]);
  });
});

/** Which text a region with a text of its own follows (执行的是哪个文件, which document does it follow): that text and
 * what it was made on; Jiangxi's quotes its notice's title (转发…的通知). Places without a text keep their answer. */
describe('which text a region follows', () => {
  it.each<[string, Region, 'zh-CN' | 'en', string]>([
    ['江西这边贯通是按哪份文件办的，是转发部里的吗', 'jiangxi', 'zh-CN', '江西省人力资源和社会保障厅转发'],
    ['which document is jiangxi following on this?', 'jiangxi', 'en', '江西省人力资源和社会保障厅转发'],
    ['四川按哪个文件执行贯通', 'sichuan', 'zh-CN', '根据人力资源社会保障部'],
    ['辽宁贯通用的是哪个号文', 'liaoning', 'zh-CN', '人社部发〔2018〕74号'],
  ])('%s (%s, %s)', (q, region, locale, quote) => {
    const a = ask(q, { region, locale, asOf: '2026-12' });
    expect([q, a.id, a.citations.some((c) => c.quote.includes(quote)), a.citations.every(inTexts)]).toEqual([q, 'basis_document', true, true]);
  });

  it('answers a place without a text of its own as before', () => {
    expect(ask('我在山东，按哪个文件', { locale: 'zh-CN' }).id).toBe('region_not_covered');
  });
});

/** A text's work focus (工作重点): 96号 and Jiangxi's say it; the others are told theirs does not, with 96号's sentence.
 * What an evaluation focuses on (评价以什么为重点) stays the evaluation method topic. */
describe('a text\'s work focus', () => {
  it.each<[string, Region, boolean]>([
    ['江西转发的文件把什么当作工作重点', 'jiangxi', false],
    ['全国文件说贯通工作重点是什么系列', 'national', false],
    ['四川贯通工作重点写了吗', 'sichuan', true],
  ])('%s (%s)', (q, region, silent) => {
    const a = ask(q, { region, locale: 'zh-CN', asOf: '2026-12' });
    expect([q, a.id, a.answer.includes('工作重点'), a.answer.includes('没有写'), a.citations.some((c) => c.quote.includes('为工作重点')), a.citations.every(inTexts)])
      .toEqual([q, 'work_focus', true, silent, true, true]);
  });

  it.each<[string, Region]>([['重庆评价高技能人才以什么为重点', 'chongqing'], ['苏州评技能人才职称主要侧重看哪些', 'suzhou']])('%s (%s) is the evaluation focus', (q, region) => {
    const a = ask(q, { region, locale: 'zh-CN', asOf: '2026-12' });
    expect([q, a.id, a.citations.some((c) => c.quote.includes('以职业能力和工作业绩评定为重点'))]).toEqual([q, 'evaluation_method', true]);
  });
});

/** Jiangxi's notice asked by its number or date: the number is quoted from the notice's own head (赣人社字〔2021〕227号). */
describe('Jiangxi notice number quoted', () => {
  it.each(['江西那个227号文是哪天发的', '江西转发96号的通知是哪一天下发的', '江西的贯通通知啥时候出的，文号写一下'])('%s', (q) => {
    const a = ask(q, { region: 'jiangxi', locale: 'zh-CN', asOf: '2026-12' });
    expect([q, a.matched, a.citations.some((c) => c.quote.includes('赣人社字〔2021〕227号')), a.citations.every(inTexts)]).toEqual([q, 'curated', true, true]);
  });
});

/** An award named as the text names it, saying who recognises it (各省（区、市）人民政府认定的“高精尖缺”高技能人才). */
describe('an award named with who recognises it', () => {
  it.each(['“高精尖缺”人才由谁来认定，能破格评什么', '高精尖缺高技能人才能直接报正高吗', '被认定为高精尖缺人才，国家文件说能评啥'])('%s', (q) => {
    const a = ask(q, { region: 'national', locale: 'zh-CN', asOf: '2026-12' });
    expect([q, a.kind, a.answer.includes('人民政府认定'), a.citations.every(inTexts)]).toEqual([q, 'engine', true, true]);
  });
});

/** A skill level asked of a title held where the text sets no years (辽宁 工程师 → 技师): no waiting, in the occupation
 * of one's own work, as the row says (从事本职业（工种）或相关职业（工种）工作). */
describe('a title holder asking whether a skill level waits for years', () => {
  it.each<[string, Region]>([
    ['我是高级工程师，在辽宁考高级技师要不要等几年', 'liaoning'],
    ['辽宁 拿到工程师职称了，报技师要等几年吗', 'liaoning'],
    ['苏州 助理工程师去评高级工有没有年限', 'suzhou'],
  ])('%s (%s)', (q, region) => {
    const a = ask(q, { region, locale: 'zh-CN', asOf: '2026-12' });
    expect([q, a.kind, a.answer.includes('不受年限限制'), a.answer.includes('所从事工作相关的职业'), a.citations.every(inTexts)]).toEqual([q, 'engine', true, true, true]);
  });
});

/** A level below 高级工 asked beside whom the text covers (适用于哪些人 中级工可以吗): Liaoning's answer quotes whom its
 * text covers (取得高级工及以上职业资格或技能等级的技能人才). */
describe('a level below the texts\' start asked with whom they cover', () => {
  it.each(['辽宁这个意见管哪些人 初级工行不行', '拿的是中级工证，辽宁这个贯通用得上不', '我是中级工，辽宁的贯通政策包括我不'])('%s', (q) => {
    const a = ask(q, { region: 'liaoning', locale: 'zh-CN', asOf: '2026-12' });
    expect([q, a.answer.includes('高级工'), a.citations.some((c) => c.quote.includes('取得高级工及以上职业资格或技能等级')), a.citations.every(inTexts)]).toEqual([q, true, true, true]);
  });
});

/** An HR department's part in the work asked, undecided between a local office's matter and the organisation clause:
 * the organisation clause (as when the local office's matter is decided). */
describe('an HR department asked what it is responsible for', () => {
  it.each(['区人社局在贯通里管什么', '县里的人社部门在这项工作中要做什么', '市人社局在贯通工作里负责哪些事'])('%s (chongqing)', (q) => {
    const a = ask(q, { region: 'chongqing', locale: 'zh-CN', asOf: '2026-12' });
    expect([q, a.matched, a.id, a.citations.every(inTexts)]).toEqual([q, 'curated', 'implementation', true]);
  });
});
