// How HR agents, English typists and traditional-character typists say a person's facts (branch fG, on wordings of its
// own): structured notes (地区：成都；证书：高级工 2019.6；诉求：评助理工程师, 区域=成都, Region: …; Goal: …), a colleague's
// facts in the third person (他 / 她 / 该员工 / 其 / 我们单位一个师傅), English as typed (lower case, typos, US / UK dates),
// traditional characters, and wishes said by agents or in English: the value of a wish key is a target, never held.
import { understand } from '../../src/dialogs/understand';
import { AS_OF, type Phrasing } from './fixtures';

const SC = { region: { region: 'sichuan' } } as const;
const CQ = { region: { region: 'chongqing' } } as const;
const LN = { region: { region: 'liaoning' } } as const;
const SZ = { region: { region: 'suzhou' } } as const;
const JX = { region: { region: 'jiangxi' } } as const;
const sw = (since?: string) => ({ level: 'senior_worker' as const, ...(since ? { since } : {}) });
const tech = (since?: string) => ({ level: 'technician' as const, ...(since ? { since } : {}) });
const st = (since?: string) => ({ level: 'senior_technician' as const, ...(since ? { since } : {}) });
const want = (level: 'assistant' | 'intermediate' | 'deputy_senior' | 'technician') => [{ level }];

const CASES: [string, Phrasing[]][] = [
  ['structured notes: each key says what its value is, a wish key\'s value is wanted', [
    { text: '地区：成都；证书：高级工 2019.6；职称：无；诉求：评助理工程师', want: { ...SC, skills: [sw('2019-06')], titles: [], targets: want('assistant') } },
    { text: '证书：高级工 2019.6；地区：成都；职称：无；诉求：评助理工程师；考核：合格；获奖：无', want: { ...SC, skills: [sw('2019-06')], titles: [], awards: [], annualReviewsPassed: true, targets: want('assistant') } },
    { text: '所在地：成都；技能等级：高级工；取证时间：2019年6月；职称：暂无；考核情况：近三年均合格；获奖情况：无；申报意向：助理工程师',
      want: { ...SC, skills: [sw('2019-06')], titles: [], awards: [], annualReviewsPassed: true, targets: want('assistant') } },
    { text: '姓名：王五 地区：沈阳 技能证书：技师 发证日期：2018.05 现有职称：无 年度考核：合格 奖励：无 意向：工程师',
      want: { ...LN, skills: [tech('2018-05')], titles: [], annualReviewsPassed: true, targets: want('intermediate') } },
    { text: '地区：重庆 | 等级：高级工 | 取证：2021-06 | 职称：无 | 考核：合格 | 获奖：无 | 目标：助理工程师',
      want: { ...CQ, skills: [sw('2021-06')], titles: [], awards: [], annualReviewsPassed: true, targets: want('assistant') } },
    { text: '区域=成都，证书=技师(2020.10)，职称=无，考核=合格，奖项=无，诉求=评工程师',
      want: { ...SC, skills: [tech('2020-10')], titles: [], awards: [], annualReviewsPassed: true, targets: want('intermediate') } },
    { text: '咨询人：李某；地区：苏州吴江；技能等级：技师（2020年9月）；职称：无；获奖：无；考核：合格；诉求：申报工程师',
      want: { ...SZ, skills: [tech('2020-09')], titles: [], awards: [], targets: want('intermediate') } },
    { text: '替员工咨询：地区：辽宁鞍山；证书：高级技师 2017.10；职称：无；考核：合格；诉求：评高级工程师',
      want: { ...LN, skills: [st('2017-10')], titles: [], annualReviewsPassed: true, targets: want('deputy_senior') } },
    { text: '本单位职工：鞍山人，技师（二级）2019年12月取得，无专业技术职称，年度考核合格。申报诉求：工程师',
      want: { ...LN, skills: [tech('2019-12')], titles: [], targets: want('intermediate') } },
    { text: '员工情况：苏州，高级工2018.9，技师2023.6，无职称，考核合格，诉求为评工程师',
      want: { ...SZ, skills: [sw('2018-09'), tech('2023-06')], titles: [], targets: want('intermediate') } },
    { text: '地區：瀋陽；證書：技師 2019.6；職稱：無；訴求：評工程師', want: { ...LN, skills: [tech('2019-06')], titles: [], targets: want('intermediate') } },
    { text: '单位：某机械厂；地区：南昌；等级：技师；取证：2022年8月；职称：无；拟申报：工程师', want: { ...JX, skills: [tech('2022-08')], titles: [], targets: want('intermediate') } },
    { text: '地区=大连;证书=高级工(2021.3);职称=无;目标=助工', want: { ...LN, skills: [sw('2021-03')], titles: [], targets: want('assistant') } },
    { text: '申报职称：高级工程师；现有等级：高级技师（2016年）；地区：重庆', want: { ...CQ, skills: [st('2016-12')], targets: want('deputy_senior') }, absent: ['titles'] },
    // a date or years after a key are a fact's, not a wish's
    { text: '地区：成都；目标：技师 2019年拿的', want: { ...SC, skills: [tech('2019-12')] }, absent: ['targets'] },
    // English notes
    { text: 'Region: Chongqing; Cert: technician 2021.6; Title: none; Awards: none; Goal: engineer',
      want: { ...CQ, skills: [tech('2021-06')], titles: [], awards: [], targets: want('intermediate') } },
    { text: 'region: chengdu | cert: senior worker 2019.6 | title: none | reviews: passed | target: assistant engineer',
      want: { ...SC, skills: [sw('2019-06')], titles: [], annualReviewsPassed: true, targets: want('assistant') } },
    { text: 'Location: Suzhou, Skill level: senior technician (2018-03), Professional title: N/A, Awards: no, Request: senior engineer',
      want: { ...SZ, skills: [st('2018-03')], titles: [], awards: [], targets: want('deputy_senior') } },
    { text: 'city=shenyang, cert=technician 05/2019, title=none, goal=engineer', want: { ...LN, skills: [tech('2019-05')], titles: [], targets: want('intermediate') } },
    { text: 'Employee: Nanchang; Certificate: technician, March 2020; Annual reviews: all passed; Wants: engineer',
      want: { ...JX, skills: [tech('2020-03')], annualReviewsPassed: true, targets: want('intermediate') } },
  ]],
  ['a colleague\'s or caller\'s facts in the third person: the person\'s, the wish a target', [
    { text: '帮同事问一下，他是沈阳的，2018年拿的技师，没职称，想评工程师，考核都合格', want: { ...LN, skills: [tech('2018-12')], titles: [], annualReviewsPassed: true, targets: want('intermediate') } },
    { text: '我们单位一个师傅，重庆的，高级技师2015年获得，想评高级工程师', want: { ...CQ, skills: [st('2015-12')], targets: want('deputy_senior') }, absent: ['titles'] },
    { text: '替人问：她在南昌，高级工2021年5月取得，无职称，考核合格，没获过奖，想报助理工程师', want: { ...JX, skills: [sw('2021-05')], titles: [], awards: [], targets: want('assistant') } },
    { text: '员工张三，大连，电工技师，2019年取证，其近三年考核均合格，无职称无奖项，该员工想申报工程师', want: { ...LN, skills: [tech('2019-12')], titles: [], awards: [], annualReviewsPassed: true, targets: want('intermediate') } },
    { text: '职工刘某 重庆渝北 焊工高级工 2022.03取证 无职称 考核合格 无奖 问能否评助工', want: { ...CQ, skills: [sw('2022-03')], titles: [], awards: [], targets: want('assistant') } },
    { text: '她是成都的，技师证2021年拿的，没有职称，想评工程师，要多久', want: { ...SC, skills: [tech('2021-12')], titles: [], targets: want('intermediate') } },
    { text: '他在苏州，高级技师2016年，想评高级工程师，考核合格，没奖', want: { ...SZ, skills: [st('2016-12')], awards: [], annualReviewsPassed: true, targets: want('deputy_senior') }, absent: ['titles'] },
    { text: '来电人反映：其持有高级工证书（2020年6月），现在沈阳工作，无职称，近三年考核合格，咨询能否申报助理工程师', want: { ...LN, skills: [sw('2020-06')], titles: [], annualReviewsPassed: true, targets: want('assistant') } },
    { text: '帮我们车间一个师傅问下，他技师2019年拿的，在重庆，考核都合格，没评过职称，他能评工程师不', want: { ...CQ, skills: [tech('2019-12')], titles: [], annualReviewsPassed: true, targets: want('intermediate') } },
    { text: '我同事在成都，高级工，2023年3月考的，想问什么时候能评助理工程师', want: { ...SC, skills: [sw('2023-03')], targets: want('assistant') }, absent: ['titles'] },
    { text: '来电人：男，52岁，成都双流，钳工高级技师（2012年取得），无职称，考核合格，想直接评副高', want: { ...SC, skills: [st('2012-12')], titles: [], targets: want('deputy_senior') } },
    { text: '该职工持技师证（2020年），沈阳，无职称，其想申报工程师，近三年考核合格，无获奖', want: { ...LN, skills: [tech('2020-12')], titles: [], awards: [], targets: want('intermediate') } },
    { text: '他说他是南昌的技师，2021年拿证，没职称没奖，考核合格，想评中级', want: { ...JX, skills: [tech('2021-12')], titles: [], awards: [], targets: want('intermediate') } },
    { text: '其于2019年6月取得高级工证书，现在成都工作，无职称，近三年考核合格，未获奖，其想申报助理工程师', want: { ...SC, skills: [sw('2019-06')], titles: [], targets: want('assistant') } },
    { text: '该员工2017年取得技师资格，工作地重庆，职称无，考核均合格，无奖项，咨询可否评工程师', want: { ...CQ, skills: [tech('2017-12')], titles: [], awards: [], targets: want('intermediate') } },
    { text: '员工李四，2020年3月获得高级技师证书，苏州，该员工未评职称，近三年年度考核合格，无获奖，拟申报高级工程师', want: { ...SZ, skills: [st('2020-03')], titles: [], targets: want('deputy_senior') } },
    { text: '咨询人在成都，她有高级工证，2019年拿的，她现在想评助理工程师，她考核都是合格，没获过奖', want: { ...SC, skills: [sw('2019-12')], awards: [], targets: want('assistant') }, absent: ['titles'] },
    { text: '他2018年3月考的技师，人在大连，没职称，近3年考核称职，没拿过奖，他问能不能评工程师', want: { ...LN, skills: [tech('2018-03')], titles: [], awards: [], targets: want('intermediate') } },
    { text: '替朋友问一下 他在重庆 技师 拿证4年了 没职称 考核合格 没奖 想评工程师', want: { ...CQ, skills: [tech('2022-11')], titles: [], awards: [], targets: want('intermediate') } },
    { text: '来电人咨询：本人在辽宁鞍山，2019年评上工程师，从事电工工作10年，能不能考电工技师', want: { ...LN, titles: [{ level: 'intermediate' as const, since: '2019-12' }], workYears: 10, targets: want('technician') }, absent: ['skills'] },
    { text: '该员工是助理工程师，能否申报车工高级工', want: { titles: [{ level: 'assistant' as const }], targets: [{ level: 'senior_worker' as const }] }, absent: ['skills'] },
    { text: '一个同事托我问的，他在苏州昆山，2018年拿的高级工，2022年拿的技师，没职称，考核合格，没有奖，能评什么', want: { ...SZ, skills: [sw('2018-12'), tech('2022-12')], titles: [], awards: [] } },
  ]],
  ['English as typed: lower case places, typos, US / UK dates, wishes in English never held', [
    { text: "hi, I'm in Chengdu, got my senior worker cert in 2019, can I go for assistant engineer?", want: { ...SC, skills: [sw('2019-12')], targets: want('assistant') }, absent: ['titles'] },
    { text: 'technician since march 2020 suzhou what title', want: { ...SZ, skills: [tech('2020-03')] }, absent: ['titles'] },
    { text: 'hello im from shenyang, senoir worker cert 2018, no title, want engineer', want: { ...LN, skills: [sw('2018-12')], titles: [], targets: want('intermediate') } },
    { text: 'i got techician cert 03/2020 in chongqing, no title no awards, reviews passed, what can i apply for', want: { ...CQ, skills: [tech('2020-03')], titles: [], awards: [], annualReviewsPassed: true } },
    { text: 'senior technician since 2020.3, living in nanchang, can i apply for senior enginer?', want: { ...JX, skills: [st('2020-03')], targets: want('deputy_senior') }, absent: ['titles'] },
    { text: 'I have a senior worker certficate from Mar 2020, based in chengdu, what can I get', want: { ...SC, skills: [sw('2020-03')] }, absent: ['titles'] },
    { text: 'employee wants to apply for technician, she is an assistant engineer since 2019, chengdu', want: { ...SC, titles: [{ level: 'assistant' as const, since: '2019-12' }], targets: want('technician') }, absent: ['skills'] },
    { text: 'she is aiming for senior engineer, senior technician since 2015, chongqing, reviews all passed, no awards', want: { ...CQ, skills: [st('2015-12')], awards: [], annualReviewsPassed: true, targets: want('deputy_senior') }, absent: ['titles'] },
    { text: 'my colleague in dalian got his technician cert in June 2019, he wants to become an engineer', want: { ...LN, skills: [tech('2019-06')], targets: want('intermediate') }, absent: ['titles'] },
    { text: 'caller is in suzhou, senior worker since 2021/06, no title, wants assistant engineer', want: { ...SZ, skills: [sw('2021-06')], titles: [], targets: want('assistant') } },
    { text: 'Im a technician (level 2) from 2019, chongqing, annual reviews ok, no prizes, can i be engineer', want: { ...CQ, skills: [tech('2019-12')], awards: [], annualReviewsPassed: true, targets: want('intermediate') } },
    { text: 'got my senior worker in 2019 chengdu can i apply assistant engineer', want: { ...SC, skills: [sw('2019-12')], targets: want('assistant') }, absent: ['titles'] },
    { text: 'suzhou, technician cert Sep 2021, no professional title, passed reviews, no award. what title can i apply', want: { ...SZ, skills: [tech('2021-09')], titles: [], awards: [], annualReviewsPassed: true } },
    { text: 'He is a senior technician since 2016 in Shenyang and he is aiming for senior engineer', want: { ...LN, skills: [st('2016-12')], targets: want('deputy_senior') }, absent: ['titles'] },
    { text: 'the employee holds a technician certificate (2020-05), works in Nanchang, no title, wants to apply for engineer', want: { ...JX, skills: [tech('2020-05')], titles: [], targets: want('intermediate') } },
    { text: 'i am senior worker since 2019 and live in chongqing, want to be assistant engineer, reviews passed', want: { ...CQ, skills: [sw('2019-12')], annualReviewsPassed: true, targets: want('assistant') }, absent: ['titles'] },
    { text: 'techncian 2020 suzhou, no title, want engineer title', want: { ...SZ, skills: [tech('2020-12')], titles: [], targets: want('intermediate') } },
    { text: 'I work in chengdu, hold senoir technician cert since 12/2014, no title, no awards, want to know if I can apply for senior engineer', want: { ...SC, skills: [st('2014-12')], titles: [], awards: [], targets: want('deputy_senior') } },
    { text: 'employee wants to apply for technician, engineer title since 2018, dalian', want: { ...LN, titles: [{ level: 'intermediate' as const, since: '2018-12' }], targets: want('technician') }, absent: ['skills'] },
    { text: 'my staff member is a senior worker from 2021.5 in chongqing, she is hoping to become assistant engineer', want: { ...CQ, skills: [sw('2021-05')], targets: want('assistant') }, absent: ['titles'] },
  ]],
  ['traditional characters, alone or mixed with simplified', [
    { text: '我在蘇州，技師證書2020年獲得，沒有職稱，考核合格，沒有獲獎，能評工程師嗎', want: { ...SZ, skills: [tech('2020-12')], titles: [], awards: [], annualReviewsPassed: true, targets: want('intermediate') } },
    { text: '瀋陽的，高級技師，2016年拿的證，職稱沒有，想評高級工程師', want: { ...LN, skills: [st('2016-12')], titles: [], targets: want('deputy_senior') } },
    { text: '重慶，高級工，2021年3月取得，沒有職稱，幾年能評助理工程師', want: { ...CQ, skills: [sw('2021-03')], titles: [], targets: want('assistant') } },
    { text: '來電人在蘇州工業園區，持技師證（2019年6月），無職稱，近三年考核均合格，無獲獎，諮詢能否申報工程師', want: { ...SZ, skills: [tech('2019-06')], titles: [], awards: [], annualReviewsPassed: true, targets: want('intermediate') } },
    { text: '他在瀋陽，高級工證書2018年獲得，想評助理工程師，考核都合格，沒得過獎', want: { ...LN, skills: [sw('2018-12')], awards: [], annualReviewsPassed: true, targets: want('assistant') } },
    { text: '南昌，技師2022年取得，職稱：無，獎項：無，考核：合格', want: { ...JX, skills: [tech('2022-12')], titles: [], awards: [], annualReviewsPassed: true } },
    { text: '我有高級技師證書，2015年獲得，人在重慶，沒有職稱，獲得過全國技術能手', want: { ...CQ, skills: [st('2015-12')], titles: [], awards: [{ id: 'national_technical_expert' }] } },
    { text: '蘇州的高級工，2020年拿的証，沒有职称，考核合格', want: { ...SZ, skills: [sw('2020-12')], titles: [], annualReviewsPassed: true } },
    { text: '員工在重慶，技師證書（2021年5月），該員工沒有職稱，考核合格，無獎，想報工程師', want: { ...CQ, skills: [tech('2021-05')], titles: [], awards: [], targets: want('intermediate') } },
    { text: '瀋陽', ctx: { expecting: 'region' }, want: LN },
    { text: '重慶萬州', ctx: { expecting: 'region' }, want: CQ },
    { text: '江蘇崑山', ctx: { expecting: 'region' }, want: SZ },
    { text: '高級技師', ctx: { expecting: 'skills' }, want: { skills: [st()] } },
    { text: '沒有', ctx: { expecting: 'titles' }, want: { titles: [] } },
    { text: '沒評過職稱', ctx: { expecting: 'titles' }, want: { titles: [] } },
    { text: '沒得過獎', ctx: { expecting: 'awards' }, want: { awards: [] } },
    { text: '近三年都合格', ctx: { expecting: 'annualReviewsPassed' }, want: { annualReviewsPassed: true } },
    { text: '2019年6月獲得的', ctx: { expecting: 'skills.since' }, want: { month: '2019-06' } },
    { text: '我是技師，想評工程師，在綿陽', want: { ...SC, skills: [tech()], targets: want('intermediate') } },
    { text: '錦州的 高級工 前年考的 沒職稱 考核合格', want: { ...LN, skills: [sw('2024-12')], titles: [], annualReviewsPassed: true } },
  ]],
];

describe.each(CASES)('%s', (_name, list) => {
  it.each(list.map((p): [string, Phrasing] => [`${JSON.stringify(p.text)}${p.ctx?.expecting ? ` (asked ${p.ctx.expecting})` : ''}`, p]))('%s', (_l, p) => {
    const got = understand(p.text, { asOf: AS_OF, ...p.ctx });
    expect(got).toMatchObject(p.want);
    for (const key of p.absent ?? []) expect(got[key]).toBeUndefined();
  });
});
