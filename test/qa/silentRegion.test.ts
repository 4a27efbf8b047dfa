// Near-misses (qaC): a region whose own text is silent on what is asked, while another region's text speaks. The
// answer must say the asker's text does not say it (another text's rule only as labelled context) or refuse — never
// present another region's clause, or a flat "cannot", as that region's answer. [question, region, locale].
import { ask } from '../../src/qa/ask';
import type { Region } from '../../src/rules/vocabulary';

const SILENT = /没有写|没有申报|give no route|没有这一条|没有按|does not (say|mention|give|have|list)|gives no|is not in|are not in/i;

const PROBES: [string, Region, 'zh-CN' | 'en'][] = [
  ['重庆评职称要不要考外语啊', 'chongqing', 'zh-CN'],
  ['苏州这边职称外语有没有要求呢', 'suzhou', 'zh-CN'],
  ['重庆评职称要考计算机么', 'chongqing', 'zh-CN'],
  ['重庆没有论文可以用什么代替', 'chongqing', 'zh-CN'],
  ['江西论文可以用啥替代呀', 'jiangxi', 'zh-CN'],
  ['重庆材料造假是不是一票否决', 'chongqing', 'zh-CN'],
  ['四川弄虚作假会一票否决吗', 'sichuan', 'zh-CN'],
  ['苏州有没有一票否决的规定哦', 'suzhou', 'zh-CN'],
  ['重庆考技能等级有补贴不', 'chongqing', 'zh-CN'],
  ['辽宁评上技师有没有补贴啊', 'liaoning', 'zh-CN'],
  ['江西有補貼嗎', 'jiangxi', 'zh-CN'],
  ['重庆贯通工作分几个阶段', 'chongqing', 'zh-CN'],
  ['辽宁的进度安排是啥样的', 'liaoning', 'zh-CN'],
  ['苏州啥时候全面推开', 'suzhou', 'zh-CN'],
  ['江西技工院校毕业相当于大专吗', 'jiangxi', 'zh-CN'],
  ['重庆工作年限要连续的吗', 'chongqing', 'zh-CN'],
  ['苏州的年限必须连续计算吗', 'suzhou', 'zh-CN'],
  ['江西工作年限中断了还算不算', 'jiangxi', 'zh-CN'],
  ['重庆技能人才能评正高不', 'chongqing', 'zh-CN'],
  ['我拿了江西省技术能手能评啥', 'jiangxi', 'zh-CN'],
  ['辽宁五一劳动奖章能破格吗', 'liaoning', 'zh-CN'],
  ['重庆继续教育每年要多少学时', 'chongqing', 'zh-CN'],
  ['辽宁技能培训能算继续教育不', 'liaoning', 'zh-CN'],
  ['四川技能培训能折算继续教育学时吗', 'sichuan', 'zh-CN'],
  ['重庆地方工程师能转国家职称吗', 'chongqing', 'zh-CN'],
  ['辽宁哪些行业先试点', 'liaoning', 'zh-CN'],
  ['重庆准入类职业资格要先取得吗', 'chongqing', 'zh-CN'],
  ['苏州只有技术员能考技能等级吗', 'suzhou', 'zh-CN'],
  ['江西中级工能评助理工程师不', 'jiangxi', 'zh-CN'],
  ['江西造假咋处理', 'jiangxi', 'zh-CN'],
  ['四川对职称系列主管部门有啥要求', 'sichuan', 'zh-CN'],
  ['Does Chongqing require a foreign language test for titles?', 'chongqing', 'en'],
  ['Is there a subsidy for skill certification in Liaoning?', 'liaoning', 'en'],
  ['What is the schedule of the Suzhou rollout?', 'suzhou', 'en'],
  ['Does Chongqing have a one-vote veto for fraud?', 'chongqing', 'en'],
  ['In Jiangxi, does a technical school diploma count as junior college?', 'jiangxi', 'en'],
  ['Must the work years be continuous in Suzhou?', 'suzhou', 'en'],
  ['What can replace the paper in Chongqing?', 'chongqing', 'en'],
  ['Can a Jiangxi intermediate worker apply for assistant engineer?', 'jiangxi', 'en'],
  ['Can vocational training count as continuing education in Sichuan?', 'sichuan', 'en'],
  ['Which industries pilot first in Liaoning?', 'liaoning', 'en'],
];

describe('a region whose text is silent is told so', () => {
  it('has at least 40 probes', () => expect(PROBES.length).toBeGreaterThanOrEqual(40));

  it.each(PROBES)('%s (%s, %s)', (q, region, locale) => {
    const a = ask(q, { region, locale, asOf: '2026-12', hotline: { phone: '023-12333-01' } });
    const honest = a.matched === 'none' || SILENT.test(a.answer);
    expect([q, honest]).toEqual([q, true]);
  });
});
