// Probes the policy texts do not answer, in callers' words (issue 14 item 4): each must be refused, no citation.
// Written apart from the intents' phrasings and from the held-out set: [question, region, locale].
import type { Region } from '../../src/rules/vocabulary';

export const PROBES: [string, Region | undefined, 'zh-CN' | 'en'][] = [
  // fees
  ['我们单位让我去评中级，听说要交好几百，到底收多少', 'liaoning', 'zh-CN'],
  ['技师认定的钱是单位出还是自己出', 'suzhou', 'zh-CN'],
  ['評審要繳費嗎', 'sichuan', 'zh-CN'],
  ['do i pay out of pocket for the skill assessment', 'chongqing', 'en'],
  // dates
  ['副高评审一般几月份', 'liaoning', 'zh-CN'],
  ['今年苏州的职称申报啥时候截止啊，我怕错过了', 'suzhou', 'zh-CN'],
  ['明年技师考试几号', 'chongqing', 'zh-CN'],
  ['when is the 2027 deadline for title applications', 'sichuan', 'en'],
  ['when does the review committee meet this year', 'suzhou', 'en'],
  // exam place / how
  ['技师证考试难不难', 'sichuan', 'zh-CN'],
  ['高级工考试在哪个考点考，要带身份证吗', 'chongqing', 'zh-CN'],
  ['技能鉴定是机考还是笔试', 'liaoning', 'zh-CN'],
  ['where do i sit the senior technician exam in chengdu', 'sichuan', 'en'],
  // hukou
  ['有了高级技师能不能在苏州落户', 'suzhou', 'zh-CN'],
  ['技师证可以积分入户吗', 'chongqing', 'zh-CN'],
  ['does a technician certificate help me get a hukou in suzhou', 'suzhou', 'en'],
  // retirement / pension
  ['评上高工退休金能多拿多少', 'liaoning', 'zh-CN'],
  ['快退休了还值得评职称吗', 'sichuan', 'zh-CN'],
  ['will a senior title raise my pension', 'chongqing', 'en'],
  // lost / forged
  ['高级工证书在哪里查真伪', 'liaoning', 'zh-CN'],
  ['我的技师证丢了，能补办吗', 'suzhou', 'zh-CN'],
  ['同事的职称证是假的，怎么举报', 'chongqing', 'zh-CN'],
  ['how do i verify if a skill certificate is genuine', 'sichuan', 'en'],
  // results / appeals
  ['评审没通过可以申请复议吗', 'sichuan', 'zh-CN'],
  ['职称评审结果在哪查', 'suzhou', 'zh-CN'],
  ['鉴定成绩多久出来', 'liaoning', 'zh-CN'],
  ['i failed the review, how do i appeal', 'chongqing', 'en'],
  // subsidy amounts
  ['考出技师政府补贴多少', 'suzhou', 'zh-CN'],
  ['拿到高级工证书有技能补贴吗，能领几千', 'chongqing', 'zh-CN'],
  ['how big is the training subsidy for a senior worker certificate', 'liaoning', 'en'],
  // salary
  ['评上工程师工资能涨吗', 'sichuan', 'zh-CN'],
  ['技师和高工哪个工资高', 'liaoning', 'zh-CN'],
  ['does a title mean a pay rise at my factory', 'suzhou', 'en'],
  // employer
  ['单位不认我的技师证怎么办', 'chongqing', 'zh-CN'],
  ['老板不给我盖章申报职称', 'suzhou', 'zh-CN'],
  ['民营企业不承认职称，我能去哪投诉', 'liaoning', 'zh-CN'],
  ['my boss refuses to sign my title application form', 'sichuan', 'en'],
  // which is easier / better
  ['考技师容易还是评工程师容易', 'sichuan', 'zh-CN'],
  ['走技能路线好还是走职称路线好', 'chongqing', 'zh-CN'],
  ['is it smarter to go for technician or engineer', 'liaoning', 'en'],
  // age
  ['五十五岁了还能考高级技师吗', 'liaoning', 'zh-CN'],
  ['评职称有年龄限制吗', 'suzhou', 'zh-CN'],
  ['is there an upper age limit for the skill exam', 'chongqing', 'en'],
  // foreign / HK / other province
  ['香港的资格证内地认不认', 'suzhou', 'zh-CN'],
  ['在德国拿的技工证书回国能用吗', 'sichuan', 'zh-CN'],
  ['can I apply for a title in Shanghai with a Sichuan certificate', 'sichuan', 'en'],
  ['is a german welding certificate recognised in china', 'suzhou', 'en'],
  // exam banks / training schools
  ['有没有技师考试的题库', 'chongqing', 'zh-CN'],
  ['哪个培训机构考高级工包过', 'liaoning', 'zh-CN'],
  ['recommend a training school for the technician exam', 'sichuan', 'en'],
  // online systems / phone numbers
  ['职称申报系统的网址是多少', 'sichuan', 'zh-CN'],
  ['人社局电话多少', 'chongqing', 'zh-CN'],
  ['申报系统登不上去，密码忘了', 'suzhou', 'zh-CN'],
  ['what is the website for the online application system', 'liaoning', 'en'],
  // local practice not in the texts
  ['大连市今年有单独的技师评审吗', 'liaoning', 'zh-CN'],
  ['昆山那边是不是可以自己评', 'suzhou', 'zh-CN'],
  ['成都那边有没有自己的细则', 'sichuan', 'zh-CN'],
  ['万州区可以单独评审吗', 'chongqing', 'zh-CN'],
  ['does dalian run its own title review', 'liaoning', 'en'],
  ['万州区人社局在哪办', 'chongqing', 'zh-CN'],
  // social insurance / housing fund / tax
  ['工程师职称能抵扣个税吗', 'liaoning', 'zh-CN'],
  ['拿到技师证，个税专项附加扣除怎么填', 'suzhou', 'zh-CN'],
  ['社保断了一年影响评职称吗', 'chongqing', 'zh-CN'],
  ['公积金能提出来交培训费吗', 'sichuan', 'zh-CN'],
  ['can i deduct my certificate from income tax', 'chongqing', 'en'],
  // other professions' exams
  ['教师资格证怎么考', 'sichuan', 'zh-CN'],
  ['二级建造师报名条件', 'suzhou', 'zh-CN'],
  ['司法考试能用技师证抵吗', 'liaoning', 'zh-CN'],
  ['注册安全工程师考几门', 'chongqing', 'zh-CN'],
  ['how do i register for the bar exam', 'suzhou', 'en'],
  ['what are the requirements for the constructor qualification exam', 'sichuan', 'en'],
  // off-topic
  ['明天成都下雨吗', 'sichuan', 'zh-CN'],
  ['帮我写个请假条', 'chongqing', 'zh-CN'],
  ['recommend a good hotpot place', 'chongqing', 'en'],
  // near-misses sharing words with covered topics
  ['评职称要交多少钱', 'suzhou', 'zh-CN'],
  ['职称论文找谁代写比较靠谱', 'sichuan', 'zh-CN'],
  ['评审专家的名单能提前知道吗', 'liaoning', 'zh-CN'],
  ['评审通过后证书多久发下来', 'chongqing', 'zh-CN'],
  ['技能等级证书电子版怎么下载', 'suzhou', 'zh-CN'],
  ['技师证能不能挂靠出去赚钱', 'sichuan', 'zh-CN'],
  ['职称证书可以转到别的单位用吗', 'liaoning', 'zh-CN'],
  ['how long is the senior technician exam, hours', 'suzhou', 'en'],
  ['how many people passed the title review last year', 'chongqing', 'en'],
  // more in English, in callers' words
  ['my technician certificate got wet and is unreadable, can i get a new one', 'chongqing', 'en'],
  ['how long do i wait for the skill test results', 'suzhou', 'en'],
  ['what is the passing score on the theory test', 'liaoning', 'en'],
  ['is the senior technician title easier to get than senior engineer', 'sichuan', 'en'],
  ['im 58, am i too old to apply for a title', 'suzhou', 'en'],
  ['what number do i call to ask about my application', 'chongqing', 'en'],
  ['does a title help my kid get into a better school', 'liaoning', 'en'],
  ['how many reviewers sit on the panel in dalian', 'liaoning', 'en'],
  ['will my housing fund go up after i become an engineer', 'sichuan', 'en'],
  ['what time does the hr office in suzhou close', 'suzhou', 'en'],
  ['how do i get a teacher certificate as a welder', 'chongqing', 'en'],
  ['my company says my skill certificate is worthless, is that allowed', 'sichuan', 'en'],
  ['can someone take the skill test for me', 'liaoning', 'en'],
  ['is there an online mock exam for senior workers', 'suzhou', 'en'],
  ['how much is the one-off reward for becoming a chief technician', 'chongqing', 'en'],
  // perks the texts never name, waiting for a certificate (not the years a route asks)
  ['成都市的高技能人才有购房补贴吗', 'sichuan', 'zh-CN'],
  ['do technicians get housing benefits', 'suzhou', 'en'],
  ['考完技师多久能拿到证', 'sichuan', 'zh-CN'],
  ['职称证书多久能发下来', 'suzhou', 'zh-CN'],
  // how papers are handed in or an exam is sat; a city's extra measures
  ['申报材料要原件还是复印件', 'chongqing', 'zh-CN'],
  ['is the skill test in english', 'sichuan', 'en'],
  ['张家港评上技师有没有额外的补贴政策', 'suzhou', 'zh-CN'],
  // the running of reviews and their figures; treating the panel
  ['辽宁今年评了多少个高级技师', 'liaoning', 'zh-CN'],
  ['评审答辩一般问些什么问题', 'liaoning', 'zh-CN'],
  ['职称评审是几个专家说了算，要几票', 'suzhou', 'zh-CN'],
  ['评审前要不要请评委吃饭', 'chongqing', 'zh-CN'],
  ['what questions do they ask in the review interview', 'suzhou', 'en'],
];
