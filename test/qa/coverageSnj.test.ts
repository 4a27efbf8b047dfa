// Clause coverage of the Suzhou, national and Jiangxi texts (issue 14, src/qa/intents/coverage-snj.json), asked in
// phrasings written for these tests (none a set's sentence): each kind of wording the audit found refused or wrong,
// three or more ways, with the sentence it must quote.
import { ask } from '../../src/qa/ask';
import type { Region } from '../../src/rules/vocabulary';
import { keyAsks } from '../../src/qa/keyAsk';
import { expectQuoted } from './policyTexts';

const AS_OF = '2026-12';
const q = (text: string, region: Region, locale: 'zh-CN' | 'en' = 'zh-CN') => ask(text, { region, locale, asOf: AS_OF });

type Row = [string, Region, 'zh-CN' | 'en', string | undefined, string[], string | undefined];

describe('answered from the texts', () => {
  it.each([
    // 哪几 asks which ones (a list), not how many
    ['苏州评职称申报材料要过哪几关', 'suzhou', 'zh-CN', 'topic', ['用人单位初审', '主管部门审核'], '经用人单位初审、主管部门审核、职称申报点受理后'],
    ['苏州 职称材料交上去要经过哪几个环节', 'suzhou', 'zh-CN', 'topic', ['职称申报点受理'], '经用人单位初审、主管部门审核、职称申报点受理后'],
    ['苏州评审程序按哪些规定执行', 'suzhou', 'zh-CN', 'topic', ['现行职称评审有关规定'], '申报评审程序按我市现行职称评审有关规定执行'],
    // the texts' own identity: number, issuer, addressees, contact
    ['苏州贯通意见的文号和发文单位是啥', 'suzhou', 'zh-CN', 'topic', ['苏人保职〔2019〕28号', '苏州市人力资源和社会保障局'], '苏人保职〔2019〕28号'],
    ['苏州那份文件主送哪些单位', 'suzhou', 'zh-CN', 'topic', ['苏州工业园区工委组织部'], '苏州工业园区工委组织部'],
    ['江西转发的那个通知的字号是多少', 'jiangxi', 'zh-CN', 'topic', ['赣人社字〔2021〕227号'], undefined],
    ['江西的通知是省里哪个部门发的', 'jiangxi', 'zh-CN', 'topic', ['江西省人力资源和社会保障厅'], '江西省人力资源和社会保障厅2021年7月14日'],
    ['全国那个96号文是哪个司联系的', 'national', 'zh-CN', 'topic', ['专业技术人员管理司'], '联系单位：专业技术人员管理司'],
    ['who published the national opinion, and what is its number', 'national', 'en', 'topic', ['人社部发〔2020〕96号'], undefined],
    // the guiding thought
    ['苏州出这个贯通意见图的是啥', 'suzhou', 'zh-CN', 'topic', ['复合型技术技能人才'], '复合型技术技能人才'],
    ['国家文件为啥要搞两类人才贯通，指导思想怎么说', 'national', 'zh-CN', 'topic', ['工匠精神'], '大力弘扬劳模精神、劳动精神、工匠精神'],
    ['what is the national policy aiming at, its guiding thought', 'national', 'en', 'topic', ['制造强国'], '制造强国'],
    // the principles' content, not only their names
    ['苏州科学评价原则主要评价哪些实际能力', 'suzhou', 'zh-CN', 'topic', ['解决工程技术难题'], '重点评价其解决工程技术难题'],
    ['国家文件里说的立交桥是什么意思', 'national', 'zh-CN', 'topic', ['立交桥'], '搭建两类人才成长立交桥'],
    ['全国政策是不是反对唯论文唯学历', 'national', 'zh-CN', 'topic', ['唯论文'], '进一步破除唯论文、唯学历、唯资历、唯奖项倾向'],
    // the work focus is a series
    ['国家贯通政策的重点放在哪个职称系列', 'national', 'zh-CN', 'topic', ['工程'], '以支持高技能人才参加工程系列职称评审为工作重点'],
    ['苏州的贯通只针对哪个系列', 'suzhou', 'zh-CN', 'topic', ['工程系列'], '工程系列专业技术职称'],
    ['江西贯通以什么系列为工作重点', 'jiangxi', 'zh-CN', 'topic', ['工程'], '以支持高技能人才参加工程系列职称评审为工作重点'],
    // Suzhou's awards in English
    ['got the Suzhou skills grand prize, what title can I apply for directly', 'suzhou', 'en', 'engine', ['engineer'], '获得苏州技能大奖'],
    ['I am a Gusu key high-skilled talent in Suzhou, which title directly?', 'suzhou', 'en', 'engine', ['assistant'], '姑苏高技能重点人才'],
    ['Suzhou: Gusu high-skill outstanding talent, can I go for an engineer title directly?', 'suzhou', 'en', 'engine', ['engineer'], '姑苏高技能突出人才'],
    // a level right after which / what, with an award: asked, not held
    ['Jiangsu craftsman here, which senior engineer title can I apply for in Suzhou?', 'suzhou', 'en', 'engine', ['senior engineer'], '获得全国技术能手、江苏工匠称号'],
    // an award asked of the green channel
    ['国家级技能大师工作室带头人 按全国文件有绿色通道没', 'national', 'zh-CN', 'engine', ['正高级或副高级'], '担任国家级技能大师工作室带头人'],
    ['苏州 江苏省技术能手评职称能走破格吗', 'suzhou', 'zh-CN', 'engine', ['工程师'], '江苏省技术能手'],
    ['全国技术能手 江西有没有职称快车道', 'jiangxi', 'zh-CN', 'engine', ['正高级或副高级'], '全国技术能手'],
    // English: how long must <held> … before <wanted>
    ['national policy: how long does a senior worker have to work before an assistant title?', 'national', 'en', 'engine', ['2'], '满2年'],
    ['In Suzhou, how long must a senior technician wait until a senior engineer title?', 'suzhou', 'en', 'engine', ['4'], '满4年，可申报评审相应专业高级工程师'],
    ['jiangxi: how long should a technician work until an intermediate title', 'jiangxi', 'en', 'engine', ['3'], '满3年，可申报评审相应专业中级职称'],
    // English: a title holder asking which skill level matches
    ['engineer in suzhou wants a skill level, which one fits', 'suzhou', 'en', 'engine', ['technician'], '可分别申请参加与现岗位相对应职业（工种）的高级工、技师、高级技师职业技能评价'],
    ['national: I hold a senior engineer title and want a skill grade, which level matches', 'national', 'en', 'engine', ['senior technician'], '高级技师职业技能评价'],
    // an HR department's part in the work: the organisation clause, never torn with a local office's matters
    ['县里的人社局在贯通工作中要干什么', 'national', 'zh-CN', 'topic', ['加强组织领导'], '结合实际抓好高技能人才职称评审工作'],
    ['市人社局在这项工作里负责什么', 'jiangxi', 'zh-CN', 'topic', ['加大工作力度'], '各级人力资源社会保障行政部门要加大工作力度'],
    // the annex: an unlisted trade named after a listed one gets the listed one's specialty and row
    ['苏州 数控车床操作工算哪个职称专业', 'suzhou', 'zh-CN', 'annex', ['机械'], '车工'],
    ['苏州 我是数控铣工，评职称对应啥专业', 'suzhou', 'zh-CN', 'annex', ['没有列', '铣工（机械专业）'], '铣工'],
    ['is a barber in the suzhou catalogue of trades for titles', 'suzhou', 'en', 'annex', ['does not list'], undefined],
    ['is a hairdresser covered by the Suzhou trade catalogue', 'suzhou', 'en', 'annex', ['does not list'], undefined],
  ] as Row[])('%s', (text, region, locale, kind, has, quote) => {
    const a = q(text, region, locale);
    expect([a.matched, a.kind]).toEqual(['curated', kind]);
    for (const h of has) expect(a.answer).toContain(h);
    if (quote) expectQuoted(a, quote);
  });
});

describe('哪几 is no count, 几 still is', () => {
  it.each([
    ['材料要过哪几道', []],
    ['评委有哪几项要求', []],
    ['照片要几张', ['quantity']],
    ['要交几份材料', ['quantity']],
  ] as [string, string[]][])('%s', (text, kinds) => {
    expect(keyAsks(text).map((k) => k.kind).filter((k) => k === 'quantity')).toEqual(kinds);
  });
});

describe('the 字号 of a notice is its number, of a form its font size', () => {
  it.each([
    ['通知的字号是多少', false],
    ['这个文件发文字号是多少', false],
    ['申报表字号要多大', true],
    ['材料字号是多少', true],
  ] as [string, boolean][])('%s', (text, spec) => {
    expect(keyAsks(text).some((k) => k.kind === 'spec')).toBe(spec);
  });
});

describe('refused: not in the texts, in these regions', () => {
  it.each([
    ['苏州贯通文件的评审费多少钱', 'suzhou'],
    ['江西的职称申报今年几号截止', 'jiangxi'],
    ['96号文的起草人是谁，电话多少', 'national'],
    // which is easier or worth more: subjective, whatever topic its words name
    ['苏州哪个专业的职称最好评', 'suzhou'],
    ['评哪个系列更划算', 'national'],
    ['江西 技能等级和职称哪个更吃香', 'jiangxi'],
  ] as [string, Region][])('%s', (text, region) => {
    const a = q(text, region);
    expect([a.matched, a.citations]).toEqual(['none', []]);
  });
});
