// Issue 13 items 1 and 4 (branch fI): facts the understanding recorded wrongly or lost. A level being prepared, studied
// or trained for (正在准备技师的考试, 在上高级技师培训班) is wanted, not held; annual reviews said as not known (no idea if my
// reviews count as passed, 考核合不合格不清楚) are not passed; a phone's pinyin beside digits and places (jishi zheng 2020
// nian de, zai chongqing) is read as the Chinese it spells. Our own phrasings: phones, voice input, HR agents' notes,
// English, traditional characters; each group with what must still be read as before.
import { understand } from '../../src/dialogs/understand';
import { AS_OF, type Phrasing } from './fixtures';

const en = { locale: 'en' as const };
const sw = (s?: string) => ({ level: 'senior_worker' as const, ...(s ? { since: s } : {}) });
const iw = (s?: string) => ({ level: 'intermediate_worker' as const, ...(s ? { since: s } : {}) });
const tech = (s?: string) => ({ level: 'technician' as const, ...(s ? { since: s } : {}) });
const st = (s?: string) => ({ level: 'senior_technician' as const, ...(s ? { since: s } : {}) });
const wants = (level: string) => ({ level: level as 'technician' });
const cq = { region: { region: 'chongqing' as const, fallback: false } };
const sz = { region: { region: 'suzhou' as const, fallback: false } };

const CASES: [string, Phrasing[]][] = [
  ['1. a level prepared, studied or trained for is wanted, not held', [
    { text: '我在准备高级技师的考试，现在是技师，2020年拿的', want: { skills: [tech('2020-12')], targets: [wants('senior_technician')] } },
    { text: '正在备考技师 手上高级工2021年6月', want: { skills: [sw('2021-06')], targets: [wants('technician')] } },
    { text: '嗯我现在在复习技师那个考试然后我是高级工二零二二年拿的', want: { skills: [sw()], targets: [wants('technician')] } },
    { text: '报了技师的培训班，高级工是19年考的', want: { skills: [sw('2019-12')], targets: [wants('technician')] } },
    { text: '员工目前高级工（2020.9），正在准备技师考试，近三年考核合格', want: { skills: [sw('2020-09')], targets: [wants('technician')], annualReviewsPassed: true } },
    { text: '帮同事问下，他高级工2018年，在学习技师的课程，苏州的', want: { skills: [sw('2018-12')], targets: [wants('technician')], ...sz } },
    { text: '高级技师的考试还在准备，技师证2019年3月的', want: { skills: [tech('2019-03')], targets: [wants('senior_technician')] } },
    { text: '技师的鉴定下个月才考 现在中级工', want: { skills: [iw()], targets: [wants('technician')] } },
    { text: '在上高级工培训班 中级工2022年拿的', want: { skills: [iw('2022-12')], targets: [wants('senior_worker')] } },
    { text: '忙着备考高级技师，技师2017年12月取得', want: { skills: [tech('2017-12')], targets: [wants('senior_technician')] } },
    { text: '我正在準備技師的考試，手上是高級工，2021年拿的', want: { skills: [sw('2021-12')], targets: [wants('technician')] } },
    { text: '在備考高級技師 技師證2018年', want: { skills: [tech('2018-12')], targets: [wants('senior_technician')] } },
    { text: '技師的考試還在準備 高級工19年', want: { skills: [sw('2019-12')], targets: [wants('technician')] } },
    { text: '該員工持高級工證（2020年），正在複習技師考試', want: { skills: [sw('2020-12')], targets: [wants('technician')] } },
    { text: 'zhengzai beikao jishi, gaojigong 2020 nian', want: { skills: [sw('2020-12')], targets: [wants('technician')] } },
    { text: '我是高级工2019年的 开始准备技师了', want: { skills: [sw('2019-12')], targets: [wants('technician')] } },
    { text: '职工张某，高级工，2021年4月发证，已报名技师考试', want: { skills: [sw('2021-04')], targets: [wants('technician')] } },
    { text: 'I am preparing for the technician exam, I hold senior worker since 2021', ctx: en, want: { skills: [sw('2021-12')], targets: [wants('technician')] } },
    { text: "studying for senior technician now, technician cert from 2019", ctx: en, want: { skills: [tech('2019-12')], targets: [wants('senior_technician')] } },
    { text: "he's taking a technician course, senior worker since march 2020", ctx: en, want: { skills: [sw('2020-03')], targets: [wants('technician')] } },
    { text: "Employee: senior worker (2019). Currently preparing for the technician assessment.", ctx: en, want: { skills: [sw('2019-12')], targets: [wants('technician')] } },
    // what must stay held: a level studied for and got, materials prepared for a level held
    { text: '技师考试去年考过了，2025年拿的证', want: { skills: [tech()] }, absent: ['targets'] },
    { text: '我是技师，2019年拿的，在准备申报材料', want: { skills: [tech('2019-12')] }, absent: ['targets'] },
    { text: '高级工的培训班上完了，证2022年拿到', want: { skills: [sw()] }, absent: ['targets'] },
  ]],
  ['2. annual reviews said as not known are not passed', [
    { text: 'Suzhou, technician since 2020, no idea if my annual reviews count as passed', ctx: en, want: { skills: [tech('2020-12')], ...sz }, absent: ['annualReviewsPassed'] },
    { text: "I'm a senior worker from 2021, not sure whether my appraisals were all passed", ctx: en, want: { skills: [sw('2021-12')] }, absent: ['annualReviewsPassed'] },
    { text: "technician 2019. don't know if the reviews count as pass", ctx: en, want: { skills: [tech('2019-12')] }, absent: ['annualReviewsPassed'] },
    { text: "he has senior technician (2018), unsure if his reviews passed", ctx: en, want: { skills: [st('2018-12')] }, absent: ['annualReviewsPassed'] },
    { text: "Chongqing, senior worker, 2020. Reviews: not sure", ctx: en, want: { skills: [sw('2020-12')], ...cq }, absent: ['annualReviewsPassed'] },
    { text: "technician since june 2021, no clue whether the evaluations were passed", ctx: en, want: { skills: [tech('2021-06')] }, absent: ['annualReviewsPassed'] },
    { text: '高级工2020年拿的，考核合不合格不太清楚', want: { skills: [sw('2020-12')] }, absent: ['annualReviewsPassed'] },
    { text: '技师2019年 考核合格不合格我不知道', want: { skills: [tech('2019-12')] }, absent: ['annualReviewsPassed'] },
    { text: '员工高级技师，2021年取得，考核情况不清楚', want: { skills: [st('2021-12')] }, absent: ['annualReviewsPassed'] },
    { text: '帮员工问：高级工2019年，不清楚他近三年考核是不是都合格', want: { skills: [sw('2019-12')] }, absent: ['annualReviewsPassed'] },
    { text: '嗯我是技师二零二一年拿的那个考核算不算合格我也不知道', want: { skills: [tech()] }, absent: ['annualReviewsPassed'] },
    { text: '重庆 高级工 2020年6月 考核有没有过说不准', want: { skills: [sw('2020-06')], ...cq }, absent: ['annualReviewsPassed'] },
    { text: '技师 2018年 不确定考核算不算合格', want: { skills: [tech('2018-12')] }, absent: ['annualReviewsPassed'] },
    { text: '考核的结果我不太清楚，高级工2022年的', want: { skills: [sw('2022-12')] }, absent: ['annualReviewsPassed'] },
    { text: '高級工2020年拿的，考核合不合格不太清楚', want: { skills: [sw('2020-12')] }, absent: ['annualReviewsPassed'] },
    { text: '技師2019年，考核情況我不清楚', want: { skills: [tech('2019-12')] }, absent: ['annualReviewsPassed'] },
    { text: '該員工高級技師，2021年取得，不確定考核是否都合格', want: { skills: [st('2021-12')] }, absent: ['annualReviewsPassed'] },
    { text: '苏州 技师 2020年 考核过没过记不清了', want: { skills: [tech('2020-12')], ...sz }, absent: ['annualReviewsPassed'] },
    { text: 'jishi 2020 nian, kaohe buqingchu', want: { skills: [tech('2020-12')] }, absent: ['annualReviewsPassed'] },
    { text: '高级工19年，考核合没合格拿不准', want: { skills: [sw('2019-12')] }, absent: ['annualReviewsPassed'] },
    // what must stay passed: passed said, and something else not known
    { text: '考核都合格，不知道能报什么，高级工2019年', want: { skills: [sw('2019-12')], annualReviewsPassed: true } },
    { text: "technician 2019, reviews all passed, not sure what I can apply for", ctx: en, want: { skills: [tech('2019-12')], annualReviewsPassed: true } },
    { text: '技师2020年，考核合格，不清楚哪年能报工程师', want: { skills: [tech('2020-12')], annualReviewsPassed: true } },
  ]],
  ['3. a phone\'s pinyin beside digits and places', [
    { text: 'jishi zheng 2020 nian de, zai chongqing jiangbei', want: { skills: [tech('2020-12')], ...cq } },
    { text: 'gaojigong 2019 nian, suzhou', want: { skills: [sw('2019-12')], ...sz } },
    { text: 'gaoji gong 2021 nian 6 yue', want: { skills: [sw('2021-06')] } },
    { text: 'zhongjigong 2022 nian 3 yue na de', want: { skills: [iw('2022-03')] } },
    { text: 'wo shi jishi, 2018 nian kao de', want: { skills: [tech('2018-12')] } },
    { text: 'gaojijishi 2017 nian, kaohe dou hege', want: { skills: [st('2017-12')], annualReviewsPassed: true } },
    { text: 'jishi 2019, kaohe hege, chongqing', want: { skills: [tech('2019-12')], annualReviewsPassed: true, ...cq } },
    { text: 'zai suzhou, gaojigong zheng 2020 nian 9 yue', want: { skills: [sw('2020-09')], ...sz } },
    { text: 'gaojigong zhengshu 2023 nian', want: { skills: [sw('2023-12')] } },
    { text: 'jishi 2016 nian, mei you zhicheng', want: { skills: [tech('2016-12')], titles: [] } },
    { text: 'wo shi gaoji jishi 2015 nian na de', want: { skills: [st('2015-12')] } },
    { text: 'zhongjigong 2020 nian 12 yue, kaohe dou hege, suzhou wujiang', want: { skills: [iw('2020-12')], annualReviewsPassed: true, ...sz } },
    { text: 'jishi, 2021 nian 5 yue', want: { skills: [tech('2021-05')] } },
    { text: 'gaojigong 18 nian', want: { skills: [sw('2018-12')] } },
    { text: 'chongqing yubei, gaojigong, 2019 nian 7 yue', want: { skills: [sw('2019-07')], ...cq } },
    { text: 'jishi 2020 nian 10 yue na de zheng', want: { skills: [tech('2020-10')] } },
    { text: 'gongchengshi 2019 nian ping de', want: { titles: [{ level: 'intermediate' }] } },
    { text: 'zhuligongchengshi 2021 nian', want: { titles: [{ level: 'assistant' }] } },
    { text: 'gaojigong 2020 nian, mei you huojiang', want: { skills: [sw('2020-12')] } },
    { text: 'jishi zheng 2022 nian, zai chongqing', want: { skills: [tech('2022-12')], ...cq } },
    // English with words that are also syllables stays English
    { text: 'i am a technician since 2020 in chongqing', ctx: en, want: { skills: [tech('2020-12')], ...cq } },
    { text: 'senior worker 2019, suzhou, reviews passed', ctx: en, want: { skills: [sw('2019-12')], annualReviewsPassed: true, ...sz } },
  ]],
];

describe.each(CASES)('%s', (_name, list) => {
  it.each(list.map((p): [string, Phrasing] => [`${JSON.stringify(p.text)}${p.ctx?.expecting ? ` (asked ${p.ctx.expecting})` : ''}`, p]))('%s', (_l, p) => {
    const got = understand(p.text, { asOf: AS_OF, ...p.ctx });
    expect(got).toMatchObject(p.want);
    for (const key of p.absent ?? []) expect(got[key]).toBeUndefined();
  });
});
