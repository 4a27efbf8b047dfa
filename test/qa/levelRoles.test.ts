// Which level a question holds, which it asks about and which it wants, read the way callers say it: a level as the
// subject of a route (高级技师要干几年才报得了高工), a verb with its complement of being able (评得上, 报得了不), a level
// added (想补个高级技师证), 参加…评价, "file for" / "can I do" / "assistant level" in English, and the level words
// said with a flat s (技丝, 工程丝). The answer is the route row: its years, the month it opens, its clause. An award
// below the place asked says 不能 first; a green channel is said in the text's own word (破格申报 where it says so).
// Every phrasing here is the team's own (none a held-out set's sentence).
import { ask } from '../../src/qa/ask';
import { findLevels, understand } from '../../src/dialogs/understand';
import type { Region } from '../../src/rules/vocabulary';
import { questionFacts } from '../../src/qa/eligibility';
import { expectQuoted } from './policyTexts';

const AS_OF = '2026-01';
const run = (q: string, region: Region, locale: 'zh-CN' | 'en') => ask(q, { region, locale, asOf: AS_OF });

/** [question, region, locale, the answer's words (each a regex or a string), a part of the sentence it must quote] */
type Row = [string, Region, 'zh-CN' | 'en', (string | RegExp)[], string];

function expectAnswer([q, region, locale, has, quote]: Row): void {
  const a = run(q, region, locale);
  expect([q, a.matched, a.kind]).toEqual([q, 'curated', 'engine']);
  for (const h of has) expect(a.answer).toMatch(h);
  expectQuoted(a, quote);
}

const ENG = /中级（工程师）|intermediate \(engineer\)/;
const AST = /助理级（助理工程师）|assistant \(assistant engineer\)/;
const DEP = /副高级（高级工程师）|deputy senior \(senior engineer\)/;
const FUL = /正高级|full senior/;
const YEARS = (n: number) => new RegExp(`满${n}年|${n} years`);

describe('a level as a route\'s subject or held, another asked for: the route row', () => {
  it.each([
    ['重庆这边高级工得干几年才评得上助理工程师', 'chongqing', 'zh-CN', [AST, YEARS(2)], '满2年，可申报评审相应专业助理工程师'],
    ['四川技师要熬好多年才报得了工程师哦', 'sichuan', 'zh-CN', [ENG, YEARS(3)], '取得技师职业资格或职业技能等级后，从事技术技能工作满3年'],
    ['辽宁高级技师干几年能够得上高级工程师', 'liaoning', 'zh-CN', [DEP, YEARS(4)], '获得高级技师职业资格或职业技能等级后从事技术技能工作满4年'],
    ['苏州的技师一般几年以后才考得上工程师', 'suzhou', 'zh-CN', [ENG, YEARS(3)], '获得技师职业资格或职业技能等级后从事技术技能工作满3年'],
    ['高级工要满几年才申报得了助理级职称，国家文件咋说', 'national', 'zh-CN', [AST, YEARS(2)], '取得高级工职业资格或职业技能等级后从事技术技能工作满2年'],
    ['重慶技師要幹幾年才評得上工程師', 'chongqing', 'zh-CN', [ENG, YEARS(3)], '满3年，可申报评审相应专业工程师'],
    ['技师证满三年了 重庆这边报不报得了工程师', 'chongqing', 'zh-CN', [ENG, YEARS(3)], '满3年，可申报评审相应专业工程师'],
    ['咱辽宁技师都五年了，工程师评得上不', 'liaoning', 'zh-CN', [ENG, YEARS(3)], '获得技师职业资格或职业技能等级后从事技术技能工作满3年'],
    ['盘锦的高工，想补个高级技师证，辽宁有年限没', 'liaoning', 'zh-CN', [/高级技师/], '取得相关专业高级工程师资格，从事该职业（工种）或相关职业（工种）工作'],
    ['宜宾这边的中级工程师想补一个技师证，要干够几年', 'sichuan', 'zh-CN', [/技师/, /4年/], '取得中级职称或中级专业技术职业资格，累计从事本专业技术技能工作达到4年'],
    ['来电人系重庆某厂助理工程师，问可否参加高级工评价', 'chongqing', 'zh-CN', [/高级工/], '可分别申请参加与现岗位相对应职业（工种）的高级工、技师、高级技师职业技能评价'],
    ['我们有位工程师在一线干技能，苏州这边能不能参评技师', 'suzhou', 'zh-CN', [/技师/], '可分别申请参加与现岗位相对应职业（工种）的高级工、技师'],
    ['员工是助理工程师，按国家文件能不能参加高级工评价', 'national', 'zh-CN', [/高级工/], '可分别申请参加与现岗位相对应职业（工种）的高级工'],
    ['Fushun, senior technician grade since april 2023, which month can i file for senior engineer?', 'liaoning', 'en', [DEP, /April 2027/], '获得高级技师职业资格或职业技能等级后从事技术技能工作满4年'],
    ['chongqing, technician cert dated may 2024, from which month could i submit for engineer', 'chongqing', 'en', [ENG, /May 2027/], '满3年，可申报评审相应专业工程师'],
    ['Liaoning, assistent engineer since 2020, could I do technician now?', 'liaoning', 'en', [/technician/i], '取得相关专业助理工程师资格后，从事本职业（工种）或相关职业（工种）工作满3年'],
    ['Chengdu, asst engineer, how many years before I could do senior worker', 'sichuan', 'en', [/senior worker/i, /2 years/], '累计从事本专业技术技能工作达到2年'],
    ['senior worker in Hunan since 2022, can i aply for the assistant level?', 'national', 'en', [AST, YEARS(2)], '取得高级工职业资格或职业技能等级后从事技术技能工作满2年'],
    ['HR in Suzhou: our guy holds assistant engineer, can he file for senior worker?', 'suzhou', 'en', [/senior worker/i], '可分别申请参加与现岗位相对应职业（工种）的高级工'],
    ['senior technician 5 yrs in chongqing, can i do senior engineer?', 'chongqing', 'en', [DEP, YEARS(4)], '满4年，可申报评审相应专业高级工程师'],
    ['Dalian: intermediate engineer title for 4 years, how long till I can do senior technician', 'liaoning', 'en', [/senior technician/i], '取得相关专业工程师资格后，从事该职业（工种）或相关职业（工种）工作满3年'],
  ] as Row[])('%s', (...row) => expectAnswer(row as Row));
});

describe('level words said by sound (the flat s of the south-west): read as the level', () => {
  it.each([
    ['技丝证拿了三年半，重庆能评工程丝不', 'chongqing', 'zh-CN', [ENG, YEARS(3)], '满3年，可申报评审相应专业工程师'],
    ['高级技丝满四年了 四川可以报高级工程师吗', 'sichuan', 'zh-CN', [DEP, YEARS(4)], '取得高级技师职业资格或职业技能等级后，从事技术技能工作满4年'],
    ['技思干了四年 评工程师可以不', 'chongqing', 'zh-CN', [ENG, YEARS(3)], '满3年，可申报评审相应专业工程师'],
    ['技斯证满了三年，辽宁能报工程师吗', 'liaoning', 'zh-CN', [ENG, YEARS(3)], '获得技师职业资格或职业技能等级后从事技术技能工作满3年'],
    ['高级技司证五年了能不能评副高', 'national', 'zh-CN', [DEP, YEARS(4)], '满4年，可申报评审相应专业副高级职称'],
    ['技司证2021年拿的 苏州能报工程师了吗', 'suzhou', 'zh-CN', [ENG, YEARS(3)], '获得技师职业资格或职业技能等级后从事技术技能工作满3年'],
    ['高级公干了三年 能评助理工程丝吗', 'sichuan', 'zh-CN', [AST, YEARS(2)], '取得高级工职业资格或职业技能等级后，从事技术技能工作满2年'],
    ['我是技丝，四年了，能不能申报工程湿', 'chongqing', 'zh-CN', [ENG, YEARS(3)], '满3年，可申报评审相应专业工程师'],
    ['南充 技丝 三年零五个月 评工程师要得不', 'sichuan', 'zh-CN', [ENG, YEARS(3)], '取得技师职业资格或职业技能等级后，从事技术技能工作满3年'],
    ['俺高级技丝六年了 评高工能行不', 'liaoning', 'zh-CN', [DEP, YEARS(4)], '获得高级技师职业资格或职业技能等级后从事技术技能工作满4年'],
    ['计思证满了三年，重庆评啥职称', 'chongqing', 'zh-CN', [ENG, YEARS(3)], '满3年，可申报评审相应专业工程师'],
    ['工程丝三年了，辽宁能考高级技师吗', 'liaoning', 'zh-CN', [/高级技师/, /3年/], '取得相关专业工程师资格后，从事该职业（工种）或相关职业（工种）工作满3年'],
    ['助理工程丝在重庆能考高级工不', 'chongqing', 'zh-CN', [/高级工/], '可分别申请参加与现岗位相对应职业（工种）的高级工'],
    ['工程司职称，苏州能不能考技师', 'suzhou', 'zh-CN', [/技师/], '可分别申请参加与现岗位相对应职业（工种）的高级工、技师'],
    ['技絲證滿三年，重慶能評工程師嗎', 'chongqing', 'zh-CN', [ENG, YEARS(3)], '满3年，可申报评审相应专业工程师'],
    ['高級技絲五年了，遼寧能評高工嗎', 'liaoning', 'zh-CN', [DEP, YEARS(4)], '获得高级技师职业资格或职业技能等级后从事技术技能工作满4年'],
    ['技丝证书满三年了能报中级职称吗', 'national', 'zh-CN', [ENG, YEARS(3)], '取得技师职业资格或职业技能等级后从事技术技能工作满3年'],
    ['攀枝花的 技思证四年 报工程丝可以吗', 'sichuan', 'zh-CN', [ENG, YEARS(3)], '取得技师职业资格或职业技能等级后，从事技术技能工作满3年'],
    ['技私证三年多了，重庆报工程师行不行', 'chongqing', 'zh-CN', [ENG, YEARS(3)], '满3年，可申报评审相应专业工程师'],
    ['高级技思证拿了五年 苏州报高级工程师可以吗', 'suzhou', 'zh-CN', [DEP, YEARS(4)], '获得高级技师资格或职业技能等级后从事技术技能工作满4年'],
  ] as Row[])('%s', (...row) => expectAnswer(row as Row));

  it.each([
    ['工程思维很重要吧', 'title'],
    ['他在工程公司上班，想了解贯通政策', 'title'],
    ['科技思路要开阔', 'skill'],
  ])('%s names no level', (q, kind) => {
    expect(findLevels(q, q).filter((h) => h.entry.kind === kind)).toEqual([]);
    const u = understand(q, { asOf: AS_OF });
    expect(kind === 'title' ? u.titles ?? [] : u.skills ?? []).toEqual([]);
  });
});

describe('an award below the place the text asks: 不能 said first, with the place asked and its item', () => {
  const NO = /^(?:[^：:]{1,12}[：:]\s*)?(?:不能：|No: )/;
  it.each([
    ['区县赛拿了个第四，重庆能直接报助理工程师吗', 'chongqing', 'zh-CN', [NO, /第1名/], '区县赛第1名的人员'],
    ['市级行业赛第四名能不能直接评助工', 'chongqing', 'zh-CN', [NO, /前3名/], '市级行业赛前3名'],
    ['国家级一类技能竞赛第六名在重庆能直接申报工程师吗', 'chongqing', 'zh-CN', [NO, /前5名/], '国家级一类技能竞赛前5名'],
    ['国家级二类大赛第五，重庆能不能直接上工程师', 'chongqing', 'zh-CN', [NO, /前3名/], '国家级二类技能竞赛前3名'],
    ['苏州 市级一类竞赛第六名 可以直接报助工吗', 'suzhou', 'zh-CN', [NO, /前3名/], '市级一类技能竞赛前三名'],
    ['區縣賽第三名能直接報助理工程師不', 'chongqing', 'zh-CN', [NO, /第1名/], '区县赛第1名的人员'],
    ['我们员工市级行业赛第五，重庆能直接报助理工程师不', 'chongqing', 'zh-CN', [NO, /前3名/], '市级行业赛前3名'],
    ['厂里小李区县赛拿了第二，重庆直接评助工行不行', 'chongqing', 'zh-CN', [NO, /第1名/], '区县赛第1名的人员'],
    ['国家级一类竞赛第9名 重庆能直接评工程师不嘛', 'chongqing', 'zh-CN', [NO, /前5名/], '国家级一类技能竞赛前5名'],
    ['市级一类技能竞赛第五名，苏州能直接申报助理工程师吗', 'suzhou', 'zh-CN', [NO, /前3名/], '市级一类技能竞赛前三名'],
    ['俺区县赛第三名，能直接整个助理工程师不，重庆的', 'chongqing', 'zh-CN', [NO, /第1名/], '区县赛第1名的人员'],
    ['國家級二類競賽第六名，重慶能直接申報工程師嗎', 'chongqing', 'zh-CN', [NO, /前3名/], '国家级二类技能竞赛前3名'],
    ['市级行业赛拿了第8，可以直接申报助理工程师吗', 'chongqing', 'zh-CN', [NO, /前3名/], '市级行业赛前3名'],
    ['四川 国家级二类竞赛第六名 能破格评中级吗', 'sichuan', 'zh-CN', [NO, /奖牌/], '在国家级技能竞赛中获得奖牌'],
    ['HR问：员工国家级一类竞赛第七名，重庆可否直接申报工程师', 'chongqing', 'zh-CN', [NO, /前5名/], '国家级一类技能竞赛前5名'],
    ['区县赛第二名 重庆可以直接申报助理工程师不', 'chongqing', 'zh-CN', [NO, /第1名/], '区县赛第1名的人员'],
    ['came 3rd in a district contest, chongqing, can i apply directly for assistant engineer?', 'chongqing', 'en', [NO, /1st|first/i], '区县赛第1名的人员'],
    ['national class II contest, 5th place, chongqing - can I apply directly for engineer?', 'chongqing', 'en', [NO, /top 3/i], '国家级二类技能竞赛前3名'],
    ['city-level industry contest 4th place, chongqing, can i apply directly for assistant engineer', 'chongqing', 'en', [NO, /top 3/i], '市级行业赛前3名'],
    ['Suzhou: 6th place in a city class I contest, can I apply directly for assistant engineer?', 'suzhou', 'en', [NO], '市级一类技能竞赛前三名'],
  ] as Row[])('%s', (...row) => expectAnswer(row as Row));
});

describe('an award asked what it is good for (能干嘛, 有啥用, what can I do with it): what it opens', () => {
  it.each([
    ['市级行业赛拿了第二 能干嘛', 'chongqing', 'zh-CN', [AST], '市级行业赛前3名'],
    ['区县赛第一名有啥用', 'chongqing', 'zh-CN', [AST], '区县赛第1名的人员'],
    ['全市技术能手能干什么', 'chongqing', 'zh-CN', [AST], '全市技术能手'],
    ['四川省技术能手这个称号有什么用', 'sichuan', 'zh-CN', [ENG], '获得四川省技术能手称号'],
    ['辽宁工匠评上了能干啥', 'liaoning', 'zh-CN', [FUL], '辽宁工匠'],
    ['苏州市技术能手有啥用处', 'suzhou', 'zh-CN', [AST], '获得苏州市技术能手'],
    ['辽宁省技术能手顶啥用', 'liaoning', 'zh-CN', [ENG], '获得辽宁省技术能手，可破格申报工程师'],
    ['天府工匠能干嘛', 'sichuan', 'zh-CN', [DEP], '天府工匠'],
    ['江苏工匠在苏州有什么用', 'suzhou', 'zh-CN', [DEP], '江苏工匠'],
    ['市級行業賽第三名能幹嘛', 'chongqing', 'zh-CN', [AST], '市级行业赛前3名'],
    ['came 1st in a district contest in chongqing - what can I do with it?', 'chongqing', 'en', [AST], '区县赛第1名的人员'],
  ] as Row[])('%s', (...row) => expectAnswer(row as Row));
});

describe('a green channel in the text\'s own word: 破格申报 where the text says it, 直接申报 where it says that', () => {
  const PG = /破格申报/;
  it.each([
    ['四川技能大师可以破格报哪级', 'sichuan', 'zh-CN', [DEP, PG], '四川技能大师'],
    ['省级技能大师工作室领办人在四川破格能评啥', 'sichuan', 'zh-CN', [ENG, PG], '担任省级技能大师工作室领办人'],
    ['四川 中华技能大奖 破格能到正高不', 'sichuan', 'zh-CN', [FUL, PG], '获得中华技能大奖称号'],
    ['四川省级非遗传承人能破格申报什么', 'sichuan', 'zh-CN', [ENG, PG], '被认定为四川省省级非物质文化遗产代表性传承人'],
    ['四川 世赛金牌 能破格评正高吗', 'sichuan', 'zh-CN', [FUL, PG], '在世界技能大赛中获得金牌'],
    ['辽宁省有突出贡献高技能人才能评啥职称', 'liaoning', 'zh-CN', [DEP, PG], '辽宁省有突出贡献高技能人才'],
    ['辽宁 省级技能大师工作站负责人能破格到哪级', 'liaoning', 'zh-CN', [DEP, PG], '省级技能大师工作站负责人'],
    ['辽宁省功勋高技能人才能破格评正高不', 'liaoning', 'zh-CN', [FUL, PG], '辽宁省功勋高技能人才'],
    ['全国技术能手在辽宁能破格申报什么', 'liaoning', 'zh-CN', [FUL, PG], '全国技术能手'],
    ['辽宁省技术能手能评工程师吗', 'liaoning', 'zh-CN', [ENG, PG], '获得辽宁省技术能手，可破格申报工程师'],
    ['遼寧省技術能手能破格評什麼', 'liaoning', 'zh-CN', [ENG, PG], '获得辽宁省技术能手，可破格申报工程师'],
    ['四川省技術能手能破格報哪級', 'sichuan', 'zh-CN', [ENG, PG], '获得四川省技术能手称号'],
    ['苏州技能大奖能破格评工程师吗', 'suzhou', 'zh-CN', [ENG, PG], '获得苏州技能大奖'],
    ['江苏大工匠在苏州能评正高不', 'suzhou', 'zh-CN', [FUL, PG], '江苏大工匠'],
    ['Sichuan provincial technical expert - which title by exception?', 'sichuan', 'en', [ENG, /破格申报/], '获得四川省技术能手称号'],
    ['liaoning craftsman, what title can i apply for directly', 'liaoning', 'en', [FUL, /破格申报/], '辽宁工匠'],
    ['我们单位有个辽宁工匠，能破格报什么', 'liaoning', 'zh-CN', [FUL, PG], '辽宁工匠'],
    ['天府工匠在四川能不能破格评副高', 'sichuan', 'zh-CN', [DEP, PG], '获得全国技术能手、天府工匠、四川技能大师等称号'],
  ] as Row[])('%s', (...row) => expectAnswer(row as Row));

  it.each([
    ['全国技术能手在重庆能破格评啥', 'chongqing', 'zh-CN', [ENG, /可直接申报/], '全国技术能手'],
    ['全市技术能手重庆能直接报啥', 'chongqing', 'zh-CN', [AST, /可直接申报/], '全市技术能手'],
    ['中华技能大奖按国家文件能直接评什么', 'national', 'zh-CN', [/正高级或副高级/, /可直接申报/], '获得中华技能大奖'],
  ] as Row[])('%s: the text says 直接申报, not 破格', (...row) => {
    expectAnswer(row as Row);
    expect(run(row[0], row[1], row[2]).answer).not.toMatch(/破格申报/);
  });
});

describe('the understanding: held, asked about, wanted', () => {
  const read = (q: string) => understand(q, { asOf: AS_OF });
  it.each([
    ['高级技师要干几年才报得了高级工程师', 'senior_technician', 'deputy_senior'],
    ['技师评不评得上工程师', 'technician', 'intermediate'],
    ['技师报得上工程师不', 'technician', 'intermediate'],
  ])('%s: the first level a start, the second wanted', (q, start, want) => {
    // (an impersonal question's first level is asked about; the Q&A answers for someone holding it)
    const u = questionFacts(read(q), q);
    expect(u.skills?.map((x) => x.level)).toEqual([start]);
    expect(u.titles ?? []).toEqual([]);
    expect(u.targets).toEqual([expect.objectContaining({ kind: 'title', level: want })]);
  });

  it('想补个高级技师证 wants the level; 补办 a certificate held is no wish', () => {
    expect(read('我是高工，想补个高级技师证').targets).toEqual([expect.objectContaining({ kind: 'skill', level: 'senior_technician' })]);
    expect(read('我的技师证丢了，想补办一个').targets ?? []).toEqual([]);
  });
});
