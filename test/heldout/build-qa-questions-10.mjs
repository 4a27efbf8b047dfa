// Builds held-out Q&A set 10 (qa-questions-10.json; QA.md "Set 10"): `node --import tsx test/heldout/build-qa-questions-10.mjs`
// re-checks each computed eligibility's `truth` against the rule engine (as of 2026-11), then writes the file
// (`--stdout`: prints it instead). Exits 1, naming the question, where the engine does not offer the expected path.
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recheck } from './qaRecheck.mjs';
/* global process */

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const AS_OF = '2026-11';
const sk = (level, since) => ({ skills: [{ level, since }] });
const AS = ['助理工程师', '助理级', 'assistant', '助理工程師'];
const EN = ['工程师', '中级', 'intermediate', 'engineer', '工程師', '中級'];
const SE = ['高级工程师', '副高', 'deputy senior', 'senior engineer', 'deputy-senior', '高級工程師'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const at = (y, m) => [`${y}年${m}月`, `${y}-${String(m).padStart(2, '0')}`, `${y}.${m}`, `${y}/${m}`, `${MONTHS[m - 1]} ${y}`, `${MONTHS[m - 1].slice(0, 3)} ${y}`];
const STD = (target) => ({ target, route: 'standard' });
const NOTYET = (target, from) => ({ target, route: 'standard', status: ['not_yet'], from });
const Q_AS = '从事技术技能工作满2年，可申报评审相应专业助理工程师';
const Q_EN = '从事技术技能工作满3年，可申报评审相应专业工程师';
const Q_SE = '从事技术技能工作满4年，可申报评审相应专业高级工程师';
const Q_EX = '可免于理论知识考试';
const Q_EQ = '比照相应层级专业技术人员享受同等待遇';
const Q_SER = '将贯通领域扩大为工程、农业、工艺美术、文物博物、实验技术、艺术、体育';

const N = 'national', C = 'chongqing', S = 'sichuan', L = 'liaoning', J = 'jiangxi', Z = 'suzhou';
const set = [];
const checks = {};
let n = 0;
const id = () => `h10-${String(++n).padStart(3, '0')}`;
const isEn = (s) => (s.match(/[A-Za-z]/g) ?? []).length > (s.match(/[\u4e00-\u9fff]/g) ?? []).length;
/** An answerable question: region, topic, the question, its fact groups, the quote, and (computed) its truth. */
function q(region, topic, text, answerHas, quoteHas, truth) {
  const c = { id: id(), region, locale: isEn(text) ? 'en' : 'zh-CN', topic, q: text, answerHas, quoteHas };
  set.push(c);
  if (truth) checks[c.id] = { region, ...truth };
}
/** A question the texts do not answer. */
function no(region, text) { set.push({ id: id(), region, locale: isEn(text) ? 'en' : 'zh-CN', topic: 'not-in-texts', q: text, answerHas: [], refuse: true }); }

// ---- eligibility in people's words: towns, trades, months (Chongqing, Liaoning, Suzhou)
const TOWNS = { [C]: ['渝北', '江津', '永川', '合川', '万州', '黔江'], [L]: ['鞍山', '抚顺', '锦州', '丹东', '铁岭', '盘锦'], [Z]: ['昆山', '吴江', '常熟', '太仓', '吴中', '姑苏'] };
const TRADES = ['电工', '焊工', '数控车工', '钳工', '汽修工', '电梯安装维修工'];
const EN_TOWNS = { [C]: 'Chongqing', [L]: 'Liaoning', [Z]: 'Suzhou' };
for (const r of [C, L, Z]) {
  TOWNS[r].forEach((t, i) => {
    const tr = TRADES[i];
    const m = i + 1;
    q(r, 'eligibility', `我在${t}做${tr}，技师证是2022年${m}月拿的，现在能不能评工程师啊`, [EN], Q_EN, { ...sk('technician', `2022-${String(m).padStart(2, '0')}`), expect: STD('intermediate') });
    q(r, 'eligibility', `${t}这边的${tr}师傅，2021年${m + 2}月评上高级技师，副高现在能报了不`, [SE], Q_SE, { ...sk('senior_technician', `2021-${String(m + 2).padStart(2, '0')}`), expect: STD('deputy_senior') });
    q(r, 'eligibility', `来电人是${t}一家厂的人事，说他们${tr}2024年${m + 3}月刚拿技师，工程师最早哪个月能申报`, [EN, at(2027, m + 3)], Q_EN, { ...sk('technician', `2024-${String(m + 3).padStart(2, '0')}`), expect: NOTYET('intermediate', `2027-${String(m + 3).padStart(2, '0')}`) });
    q(r, 'eligibility', `HR here from ${t} (${EN_TOWNS[r]}), our ${['electrician', 'welder', 'CNC lathe operator', 'fitter', 'car mechanic', 'lift installer'][i]} got technicain certificate in ${MONTHS[m + 4]} 2025, when can he apply for engineer title?`, [EN, at(2028, m + 5)], Q_EN, { ...sk('technician', `2025-${String(m + 5).padStart(2, '0')}`), expect: NOTYET('intermediate', `2028-${String(m + 5).padStart(2, '0')}`) });
    q(r, 'eligibility', `${t}的${tr}，技師證${2020 + (i % 3)}年${m + 6}月取得，請問現在可以申報工程師嗎`, [EN], Q_EN, { ...sk('technician', `${2020 + (i % 3)}-${String(m + 6).padStart(2, '0')}`), expect: STD('intermediate') });
    if (r !== C) {
      q(r, 'eligibility', `俺是${t}的${tr}，高级工${2023 + (i % 2)}年${m}月拿的证，助理工程师能报了吗`, [AS], Q_AS, { ...sk('senior_worker', `${2023 + (i % 2)}-${String(m).padStart(2, '0')}`), expect: STD('assistant') });
      q(r, 'eligibility', `I am a ${['electrician', 'welder', 'CNC operator', 'fitter', 'mechanic', 'lift technician'][i]} in ${EN_TOWNS[r]}, got senoir worker level in ${MONTHS[m + 5]} 2025, can I apply assitant engineer now or when`, [AS, at(2027, m + 6)], Q_AS, { ...sk('senior_worker', `2025-${String(m + 6).padStart(2, '0')}`), expect: NOTYET('assistant', `2027-${String(m + 6).padStart(2, '0')}`) });
    }
  });
}

// ---- standard routes asked without a profile, every region that has one
for (const [r, who] of [[C, '重庆'], [L, '辽宁'], [Z, '苏州']]) {
  q(r, 'standard-route', `${who}技师拿证以后要干满几年才能评中级职称呀`, [['3年', '三年', '满3年']], Q_EN);
  q(r, 'standard-route', `${who}高级技师评副高要等多少年`, [['4年', '四年', '满4年']], Q_SE);
  q(r, 'standard-route', `how many years after technician before I can apply for engineer in ${who === '重庆' ? 'Chongqing' : who === '辽宁' ? 'Liaoning' : 'Suzhou'}?`, [['3 year', '3-year', 'three year', '3年']], Q_EN);
  q(r, 'standard-route', `${who}高級技師要工作滿幾年才能報高級工程師`, [['4年', '四年', '滿4年', '满4年']], Q_SE);
}

// ---- exemption, equal treatment, series (national, Sichuan, Jiangxi)
const NTOWNS = { [N]: ['全国', '国家层面', '在外省'], [S]: ['成都', '绵阳', '宜宾', '南充', '乐山', '达州'], [J]: ['南昌', '赣州', '九江', '上饶', '萍乡', '宜春'] };
for (const r of [N, S]) {
  NTOWNS[r].forEach((t) => {
    q(r, 'exemption', `${t}有工程师职称的技术员去考技能等级，理论考试是不是能免掉`, [['免于理论知识考试', '免理论', '免考理论', '理论']], Q_EX);
    q(r, 'equal-treatment', `${t}厂里评上技师的老师傅，待遇能不能跟工程师一样`, [['同等待遇']], Q_EQ);
  });
}
NTOWNS[J].forEach((t) => {
  q(J, 'series', `${t}这边技能人才能贯通到哪些职称系列呢`, [['农业'], ['工艺美术']], Q_SER);
  q(J, 'series', `江西${t}的技能人才贯通，包不包括體育和藝術系列`, [['体育', '體育']], Q_SER);
});
q(N, 'series', 'under the 2020 ministry notice can a welder go for an agricultre or arts title too, or engineering only', [['agricultur', '农业']], Q_SER);
q(J, 'series', 'jiangxi, which professional title series does the guantong policy cover', [['agricultur', '农业', 'engineering', '工程']], Q_SER);
q(S, 'exemption', 'sichuan: if I hold an engineer title, can I skip the theory exam for skill level?', [['theory', '理论', 'exempt']], Q_EX);
q(N, 'exemption', 'do profesional technical staff get exemption from theory test when taking skill assesment', [['theory', '理论', 'exempt']], Q_EX);
q(S, 'equal-treatment', 'in sichuan do senior technicians get same treatment as professional staff?', [['same', 'equal', '同等待遇']], Q_EQ);
q(N, 'equal-treatment', 'HR question: will our senior technician be treated equal to professional technical staff nationaly?', [['same', 'equal', '同等待遇']], Q_EQ);
q(S, 'schedule', '四川那个首次评价是哪段时间搞的', [['2021年11月', '2021-11'], ['2022年3月', '2022-03']], '组织首次评价（2021年11月－2022年3月）');
q(S, 'schedule', 'when was the first evaluation round in sichuan held?', [['2021', 'November 2021'], ['2022', 'March 2022']], '组织首次评价（2021年11月－2022年3月）');

// ---- not in the texts
const NOS = [
  '评职称报名费多少钱', '今年职称申报截止是哪天', '评上技师能加多少工资', '职称证书丢了咋补办', '评审结果在哪个网站查',
  '拿了高级工能落户吗', '评职称有年龄限制没', '明天天气怎么样', '推荐一家好吃的火锅', '我社保前年停过半年，会不会耽误评职称咯',
];
const NOS_EN = ['how much is the application fee', 'what is the deadline this year', 'can you write me a cover letter', 'is my foreign certificate recognised', 'where is the nearest exam centre'];
const NAMES = { [N]: '', [C]: '重庆', [S]: '四川', [L]: '辽宁', [J]: '江西', [Z]: '苏州' };
const EN_NAMES = { [N]: 'national', [C]: 'Chongqing', [S]: 'Sichuan', [L]: 'Liaoning', [J]: 'Jiangxi', [Z]: 'Suzhou' };
for (const r of [N, C, S, L, J, Z]) {
  NOS.forEach((t, i) => { if ((i + r.length) % 2 === 0) no(r, `${NAMES[r]}${t}`); });
  NOS_EN.forEach((t, i) => { if ((i + r.length) % 3 !== 1) no(r, `${EN_NAMES[r]}: ${t}?`); });
}
no(Z, '蘇州這邊申報職稱，要交幾多錢報名費呀');
no(L, '遼寧職稱評審結果幾時公佈');

// ---- re-check the computed eligibilities against the engine, then write (or print) the set
recheck(set, checks, { asOf: AS_OF });
const out = `${JSON.stringify(set, null, 1)}\n`;
if (process.argv.includes('--stdout')) process.stdout.write(out);
else writeFileSync(join(root, 'test', 'heldout', 'qa-questions-10.json'), out);
