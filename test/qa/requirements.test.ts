// Requirements (学历, 外语, 计算机, 论文, 继续教育, 年限, 业绩, 专业, 职业道德, 年度考核) and the smaller provisions, asked
// the way callers ask (issue 14): each reaches its intent, the answer states the region's fact (or its text's
// silence) and cites the sentence that has it, word for word.
import { ask } from '../../src/qa/ask';
import { REGIONS } from '../../src/rules/vocabulary';

type Row = [question: string, region: (typeof REGIONS)[number], locale: 'zh-CN' | 'en', intent: string, has: string, quote: string];
const ROWS: Row[] = [
  ['我是中专学历的技师，评工程师学历卡不卡啊', 'chongqing', 'zh-CN', 'education', '没有学历要求', '近3年年度考核合格'],
  ['學歷不夠能評職稱嗎', 'sichuan', 'zh-CN', 'education', '学历不作为限制性条件', '不受学历、资历、层级限制'],
  ['苏州这边评职称看不看学历哦', 'suzhou', 'zh-CN', 'education', '没有学历要求', '相同或相近'],
  ['do I need a degree to apply for engineer as a technician', 'national', 'en', 'education', 'not a restrictive condition', '不将学历、论文、外语、计算机'],
  ['i only finished middle school, can i still get a title in jiangxi', 'jiangxi', 'en', 'education', 'not a restrictive condition', '不将学历、论文、外语、计算机'],
  ['评职称要考外语不，我英语一点不会', 'liaoning', 'zh-CN', 'foreign_language', '前置性必备条件', '不作为职称申报和评审的前置性必备条件'],
  ['技师转评工程师要不要英语成绩呀', 'sichuan', 'zh-CN', 'foreign_language', '限制性条件', '不将学历、论文、外语、计算机'],
  ['外語有要求嗎', 'suzhou', 'zh-CN', 'foreign_language', '没有写外语或计算机要求', '不将学历、论文、外语、计算机'],
  ['is there a foreign language test for skilled workers applying for titles', 'chongqing', 'en', 'foreign_language', 'does not mention', '不将学历、论文、外语、计算机'],
  ['电脑我不太会，评职称要考计算机么', 'chongqing', 'zh-CN', 'computer', '没有写外语或计算机要求', '不将学历、论文、外语、计算机'],
  ['计算机应用能力考试还要不要考呢', 'national', 'zh-CN', 'computer', '限制性条件', '不将学历、论文、外语、计算机'],
  ['do I need a computer skills certificate', 'liaoning', 'en', 'computer', 'not a prerequisite', '对职称外语和计算机应用能力考试不作统一要求'],
  ['我没发过论文，能评高级工程师吗', 'sichuan', 'zh-CN', 'paper', '不需要', '不将学历、论文、外语、计算机'],
  ['评职称必须要论文吗？我一篇都没写过', 'suzhou', 'zh-CN', 'paper', '没有提到论文要求', '不将学历、论文、外语、计算机'],
  ['論文是必須的嗎', 'liaoning', 'zh-CN', 'paper', '可以代替论文', '替代论文或论著要求'],
  ['I never published anything, is a paper required', 'jiangxi', 'en', 'paper', 'papers', '不将学历、论文、外语、计算机'],
  ['继续教育学时怎么算，我参加的技能培训算不算', 'suzhou', 'zh-CN', 'suzhou_continuing_education', '可折算继续教育学时', '职业技能培训成果可折算继续教育学时'],
  ['技能培训能折算成继续教育学时吗', 'sichuan', 'zh-CN', 'suzhou_continuing_education', '没有写', '职业技能培训成果可折算继续教育学时'],
  ['does skills training count toward continuing education hours', 'suzhou', 'en', 'suzhou_continuing_education', 'continuing education hours', '可折算继续教育学时'],
  ['继续教育学时在辽宁有说法没', 'liaoning', 'zh-CN', 'suzhou_continuing_education', '没有写', '可折算继续教育学时'],
  ['工作年限怎么算，技师之前的年头算不算', 'liaoning', 'zh-CN', 'years_counting', '可连续计算', '原从事相关技能工作或专业技术工作的经历，可连续计算。'],
  ['评职称要什么业绩成果，我搞过几个技改', 'chongqing', 'zh-CN', 'achievements', '技术和专利发明', '参与技术改造革新'],
  ['技术革新成果能当业绩用不', 'liaoning', 'zh-CN', 'achievements', '代替论文', '替代论文或论著要求'],
  ['業績成果有什麼要求', 'suzhou', 'zh-CN', 'achievements', '技能竞赛成绩', '参与技术改造革新'],
  ['what achievements count when a skilled worker applies for a title', 'sichuan', 'en', 'achievements', 'Competition awards', '均可作为职称评审的重要内容'],
  ['我是焊工，评职称的专业一定要跟工种一样吗', 'liaoning', 'zh-CN', 'same_specialty', '本工作领域', '可在本工作领域自愿申报'],
  ['专业相近也可以申报吗', 'chongqing', 'zh-CN', 'same_specialty', '相应专业', '可申报评审相应专业工程师'],
  ['工种跟职称专业不对口咋办', 'suzhou', 'zh-CN', 'same_specialty', '相同或相近', '须与申报的专业技术职称专业相同或相近'],
  ['职业道德方面有啥要求', 'liaoning', 'zh-CN', 'ethics', '一票否决', '有良好的职业道德和敬业精神'],
  ['评职称对品行有要求吗，我之前受过处分', 'chongqing', 'zh-CN', 'ethics', '首位', '坚持把职业道德放在评审的首位'],
  ['is professional ethics a condition', 'suzhou', 'en', 'ethics', 'professional ethics', '具有良好的职业道德和敬业精神'],
  ['职业道德有要求没', 'jiangxi', 'zh-CN', 'ethics', '全国文件没有单列品德条件', '具有良好的职业道德、敬业精神，作风端正。'],
  ['年度考核要几个合格啊', 'sichuan', 'zh-CN', 'annual_review', '近3年年度考核合格', '近3年年度考核合格。'],
  ['我去年考核基本合格，还能报吗', 'chongqing', 'zh-CN', 'annual_review', '近3年年度考核合格', '在现工作岗位上近3年年度考核合格'],
  ['do I need to pass the yearly appraisal', 'liaoning', 'en', 'annual_review', 'last 3 years', '在现工作岗位上近3年年度考核合格'],
  ['年度考核合格有几年要求', 'national', 'zh-CN', 'annual_review', '近3年', '高技能人才参加职称评审应在现工作岗位上近3年年度考核合格。'],
  ['获奖了但证书丢了只有红头文件，认不认', 'liaoning', 'zh-CN', 'award_proof', '以证书和表彰文件为准', '以证书和表彰文件为准'],
  ['评委会里会有技能人才当评委吗', 'chongqing', 'zh-CN', 'committee_experts', '没有写这一条', '参加相关职称评审委员会、专家库'],
  ['are skilled workers on the review committee in suzhou', 'suzhou', 'en', 'committee_experts', 'does not say', '专家库'],
  ['新职业没有职称专业怎么办', 'sichuan', 'zh-CN', 'emerging_occupations', '没有写新兴职业', '新兴职业、新兴领域贯通办法'],
  ['技能等级考核的标准是谁定的', 'liaoning', 'zh-CN', 'skill_standards', '没有写谁定这些标准', '结合本单位实际'],
  ['贯通了会不会降低评审标准啊', 'sichuan', 'zh-CN', 'standards_balance', '大体平衡', '适当向高技能人才倾斜'],
  ['企业技能岗位序列能和技术岗位对应吗', 'chongqing', 'zh-CN', 'post_sequences', '没有写这一条', '相互比照'],
  ['弄虚作假会怎么处理', 'liaoning', 'zh-CN', 'fraud', '一票否决', '实行“一票否决”'],
  ['what happens if someone fakes their materials', 'suzhou', 'en', 'fraud', 'does not say', '一票否决'],
  ['贯通是自愿的还是强制的', 'sichuan', 'zh-CN', 'voluntary', '自愿', '自愿参加职称评审'],
  ['is taking part voluntary', 'chongqing', 'en', 'voluntary', 'does not say', '自愿参加职称评审'],
  ['企业自己可以评职称吗', 'suzhou', 'zh-CN', 'company_review', '没有写这一条', '自主开展高技能人才职称评审'],
  ['can my company run its own skill assessment', 'liaoning', 'en', 'company_review', 'does not say', '单独分组、单独评审'],
  ['四川贯通工作啥时候开始实施', 'sichuan', 'zh-CN', 'schedule', '2021年3月', '第一阶段'],
  ['评副高要达到什么水平条件', 'chongqing', 'zh-CN', 'level_conditions', '没有按层级分列', '以职业能力和工作业绩评定为重点'],
  ['江西有没有自己的细则', 'jiangxi', 'zh-CN', 'jiangxi_measures', '结合本省实际', '并结合我省实'],
  ['我是技术员，没有职称，能去考技能等级证书吗', 'chongqing', 'zh-CN', 't2s_no_title', '没有单独写技术员', '累计工作年限达到申报条件的'],
];

describe('requirements and smaller provisions, asked as callers ask', () => {
  it.each(ROWS)('%s (%s, %s)', (q, region, locale, id, has, quote) => {
    const a = ask(q, { region, locale, asOf: '2026-12' });
    expect([a.matched, a.id]).toEqual(['curated', id]);
    expect(a.answer).toContain(has);
    expect(a.citations.some((c) => c.quote.includes(quote))).toBe(true);
  });
});
