// Issue 13, as people really type (branch fD): correction markers (打错字了, typo), levels not held yet (还没考, yet to
// sit), levels striven for (争取, 冲一把, going for), place names that are also words (朝阳, 三台), seasons and vague
// times (2023年夏天, 春节后), and years not yet reached (快 / 差不多 / nearly N years). Our own phrasings: phones, voice
// input, HR agents, English, traditional characters.
import { understand } from '../../src/dialogs/understand';
import { converse } from '../helpers/converse';
import { AS_OF, type Phrasing } from './fixtures';

const en = { locale: 'en' as const };
const since = { expecting: 'skills.since' as const };
const years = { expecting: 'workYears' as const };
const sw = (s?: string) => ({ level: 'senior_worker' as const, ...(s ? { since: s } : {}) });
const tech = (s?: string) => ({ level: 'technician' as const, ...(s ? { since: s } : {}) });
const st = { level: 'senior_technician' as const };
const notHeld = (level: string): Phrasing['want'] => ({ denied: [{ level: level as 'technician' }] });
const wanted = (level: string): Phrasing['want'] => ({ targets: [{ level: level as 'technician' }] });
const below = (n: number, b: number): Phrasing['want'] => ({ workYears: n, workYearsBelow: { below: b } });
const region = (r: string, place?: string): Phrasing['want'] => ({ region: { region: r as 'liaoning', fallback: false, ...(place ? { place } : {}) } });

const CASES: [string, Phrasing[]][] = [
  ['1. correction markers: typed wrong, a typo, said the wrong way round', [
    { text: '打错字了，是技师', want: { skills: [tech()], correction: {} } },
    { text: '哎呀打错字了 高级工', want: { skills: [sw()], correction: {} } },
    { text: '打错了，应该是2019年', ctx: since, want: { month: '2019-12', correction: {} } },
    { text: '打错了 2019年', ctx: since, want: { month: '2019-12', correction: {} } },
    { text: '刚才写错了，是高级工', want: { skills: [sw()], correction: {} } },
    { text: '输错了，是十二年', ctx: years, want: { workYears: 12, correction: {} } },
    { text: '不好意思输错了，十五年', ctx: years, want: { workYears: 15, correction: {} } },
    { text: '说反了，高级工是2021年，技师是2018年', want: { skills: [sw('2021-12'), tech('2018-12')], correction: {} } },
    { text: '写反了 技师2018 高级工2021', want: { correction: {} } },
    { text: '年份打错了，是2019年', want: { month: '2019-12', correction: {} } },
    { text: '技师那个日期打错了，2019年6月', want: { skills: [tech('2019-06')], correction: {} } },
    { text: '刚才手滑打错了，是2020年', want: { month: '2020-12', correction: {} } },
    { text: '技師那個寫錯了，是2019年', want: { skills: [tech('2019-12')], correction: {} } },
    { text: '打错了打错了 是21年', ctx: since, want: { month: '2021-12', correction: {} } },
    { text: '敲错了个字，是高级技师', want: { skills: [st], correction: {} } },
    { text: 'typo, 2019', ctx: { ...en, ...since }, want: { month: '2019-12', correction: {} } },
    { text: "sorry typo, it's 2019", ctx: en, want: { month: '2019-12', correction: {} } },
    { text: "I typed it wrong, it's 2019", ctx: en, want: { month: '2019-12', correction: {} } },
    { text: 'I typed it wrong, technician is 2019', ctx: en, want: { skills: [tech('2019-12')], correction: {} } },
    { text: 'that was a typo, should be 12 years', ctx: { ...en, ...years }, want: { workYears: 12, correction: {} } },
    { text: 'oops typo, 15 years', ctx: { ...en, ...years }, want: { workYears: 15, correction: {} } },
    { text: 'my typo, technician since 2018', ctx: en, want: { skills: [tech('2018-12')], correction: {} } },
    { text: 'mistyped, senior worker 2017', ctx: en, want: { skills: [sw('2017-12')], correction: {} } },
  ]],
  ['2. not held yet: never recorded as held', [
    { text: '技师还没考', want: notHeld('technician'), absent: ['skills'] },
    { text: '我技师还没考呢，现在是高级工', want: { skills: [sw()], denied: [{ level: 'technician' }] } },
    { text: '高级技师没考过', want: notHeld('senior_technician'), absent: ['skills'] },
    { text: '技师没去考', want: notHeld('technician'), absent: ['skills'] },
    { text: '技师今年还没去考', want: notHeld('technician'), absent: ['skills'] },
    { text: '技师证还没拿到', want: notHeld('technician'), absent: ['skills'] },
    { text: '技师证书目前还没拿到', want: notHeld('technician'), absent: ['skills'] },
    { text: '高级工2019年 技师还没拿到手', want: { skills: [sw('2019-12')], denied: [{ level: 'technician' }] } },
    { text: '技师还没来得及考', want: notHeld('technician'), absent: ['skills'] },
    { text: '技师还没报名', want: notHeld('technician'), absent: ['skills'] },
    { text: '技師還沒考，高級工2019年拿的', want: { skills: [sw('2019-12')], denied: [{ level: 'technician' }] } },
    { text: '我们这个员工技师还没考，高级工是2018年的', want: { skills: [sw('2018-12')], denied: [{ level: 'technician' }] } },
    { text: '技师明年准备考', want: wanted('technician'), absent: ['skills'] },
    { text: '我是高级工 技师明年准备考', want: { skills: [sw()], targets: [{ level: 'technician' }] } },
    { text: '技师打算明年考', want: wanted('technician'), absent: ['skills'] },
    { text: '技师准备下半年考', want: wanted('technician'), absent: ['skills', 'number'] },
    { text: "I haven't taken the technician exam yet", ctx: en, want: notHeld('technician'), absent: ['skills'] },
    { text: "I'm a senior worker, yet to sit the technician exam", ctx: en, want: { skills: [sw()], denied: [{ level: 'technician' }] } },
    { text: 'I have not taken the technician test', ctx: en, want: notHeld('technician'), absent: ['skills'] },
    { text: "haven't sat the technician exam yet, senior worker since 2019", ctx: en, want: { skills: [sw('2019-12')], denied: [{ level: 'technician' }] } },
    { text: 'senior worker 2019, technician not yet', ctx: en, want: { skills: [sw('2019-12')], denied: [{ level: 'technician' }] } },
    { text: 'technician exam not taken yet', ctx: en, want: notHeld('technician'), absent: ['skills'] },
    { text: "I'm yet to take technician", ctx: en, want: notHeld('technician'), absent: ['skills'] },
    { text: 'we havent done the technician yet', ctx: en, want: notHeld('technician'), absent: ['skills'] },
  ]],
  ['3. striven for, hoped for: a target, never a holding', [
    { text: '争取高级技师', want: wanted('senior_technician'), absent: ['skills'] },
    { text: '今年争取拿下技师', want: wanted('technician'), absent: ['skills'] },
    { text: '力争评上工程师', want: wanted('intermediate'), absent: ['titles'] },
    { text: '力争明年拿到高级技师', want: wanted('senior_technician'), absent: ['skills'] },
    { text: '拼一下技师', want: wanted('technician'), absent: ['skills'] },
    { text: '想拼一把高级技师', want: wanted('senior_technician'), absent: ['skills'] },
    { text: '冲一下技师', want: wanted('technician'), absent: ['skills'] },
    { text: '今年冲一把高级工程师', want: wanted('deputy_senior'), absent: ['titles'] },
    { text: '奔着高级技师去的', want: wanted('senior_technician'), absent: ['skills'] },
    { text: '打算考高级技师，现在是技师2021年的', want: { skills: [tech('2021-12')], targets: [{ level: 'senior_technician' }] } },
    { text: '我們在爭取技師', want: wanted('technician'), absent: ['skills'] },
    { text: '高级工2018年，今年争取技师', want: { skills: [sw('2018-12')], targets: [{ level: 'technician' }] } },
    { text: '技师 争取一下', want: wanted('technician'), absent: ['skills'] },
    { text: '打算今年冲一冲工程师', want: wanted('intermediate'), absent: ['titles'] },
    { text: '我这边员工都是高级工，争取明年评技师', want: { skills: [sw()], targets: [{ level: 'technician' }] } },
    { text: '努力考个技师', want: wanted('technician'), absent: ['skills'] },
    // (held all the same: 通过努力拿到了技师)
    { text: '通过努力拿到了技师', want: { skills: [tech()] }, absent: ['targets'] },
    { text: "I'm hoping to get the technician cert next year", ctx: en, want: wanted('technician'), absent: ['skills'] },
    { text: 'going for technician this year', ctx: en, want: wanted('technician'), absent: ['skills'] },
    { text: "I'm a senior worker going for technician", ctx: en, want: { skills: [sw()], targets: [{ level: 'technician' }] } },
    { text: 'aiming for senior engineer', ctx: en, want: wanted('deputy_senior'), absent: ['titles'] },
    { text: 'hoping for technician by next year', ctx: en, want: wanted('technician'), absent: ['skills'] },
    { text: 'trying for technician this year', ctx: en, want: wanted('technician'), absent: ['skills'] },
  ]],
  ['4. place names that are also words: read where a place is named, not elsewhere', [
    { text: '朝阳的 技师', want: { ...region('liaoning', '朝阳'), skills: [tech()] } },
    { text: '我在朝阳上班，技师2020年', want: region('liaoning', '朝阳') },
    { text: '朝阳这边的高级工', want: region('liaoning', '朝阳') },
    { text: '在朝阳', want: region('liaoning', '朝阳') },
    { text: '朝陽的 技師 2020年', want: region('liaoning') },
    { text: '我是朝阳人，高级工', want: region('liaoning') },
    { text: '辽宁朝阳 技师', want: region('liaoning') },
    { text: '员工是朝阳这边的，技师', want: region('liaoning') },
    { text: '朝阳市的技师', want: region('liaoning') },
    { text: '在三台上班 技师', want: region('sichuan', '三台') },
    { text: '四川三台 高级工', want: region('sichuan') },
    { text: '我们厂在会理', want: region('sichuan', '会理') },
    { text: '重庆南岸的技师', want: region('chongqing') },
    { text: '樟树市的技师', want: region('jiangxi') },
    { text: '朝阳产业发展好，我是技师', want: { skills: [tech()] }, absent: ['region'] },
    { text: '北京朝阳区的技师', want: { region: { region: 'national' } } },
    { text: '我们车间有三台数控机床，我是技师', want: { skills: [tech()] }, absent: ['region'] },
    { text: '他不会理我', want: {}, absent: ['region'] },
    { text: '我是技师，小金也是技师', want: { skills: [tech()] }, absent: ['region'] },
    { text: '长江南岸的厂子', want: {}, absent: ['region'] },
    { text: '门口有棵樟树', want: {}, absent: ['region'] },
    { text: '千山万水来问问', want: {}, absent: ['region'] },
    { text: '石柱子倒了', want: {}, absent: ['region'] },
  ]],
  ['5. seasons and vague times: the latest plausible month, approximate', [
    { text: '2023年夏天', ctx: since, want: { month: '2023-08', monthApprox: true } },
    { text: '技师是2023年夏天拿的', want: { skills: [tech('2023-08')] } },
    { text: '2023年的夏天拿的技师', want: { skills: [tech('2023-08')] } },
    { text: '23年夏天', ctx: since, want: { month: '2023-08' } },
    { text: '2021年暑假', ctx: since, want: { month: '2021-08' } },
    { text: '二零二二年秋天', ctx: since, want: { month: '2022-11' } },
    { text: '2022年冬天', ctx: since, want: { month: '2022-12' } },
    { text: '2022年年初', ctx: since, want: { month: '2022-03', monthApprox: true } },
    { text: '技师2021年年中', want: { skills: [tech('2021-07')] } },
    { text: '2020年上半年', ctx: since, want: { month: '2020-06' } },
    { text: '高级工是2020年下半年考的', want: { skills: [sw('2020-12')] }, absent: ['number'] },
    { text: '2024年春节后', ctx: since, want: { month: '2024-03', monthApprox: true } },
    { text: '技师24年春节后拿的', want: { skills: [tech('2024-03')] }, absent: ['number'] },
    { text: '2023年开春', ctx: since, want: { month: '2023-03' } },
    { text: '2023年过完年', ctx: since, want: { month: '2023-03' } },
    { text: '去年春节后拿的技师', want: { skills: [tech('2025-03')] } },
    { text: '2023年春节前', ctx: since, want: { month: '2023-02' } },
    { text: '去年下半年拿的技师', want: { skills: [tech('2025-12')] } },
    { text: '年初', ctx: since, want: { month: '2026-03', monthApprox: true } },
    { text: '上半年拿的', ctx: since, want: { month: '2026-06' } },
    { text: '技师是年初拿的', want: { skills: [tech('2026-03')] } },
    { text: '技师年底考', want: wanted('technician'), absent: ['skills'] },
    { text: 'got the technician in the summer of 2023', ctx: en, want: { skills: [tech('2023-08')] } },
    { text: 'first half of 2021', ctx: { ...en, ...since }, want: { month: '2021-06' } },
    { text: 'in the second half of 2020', ctx: { ...en, ...since }, want: { month: '2020-12' } },
  ]],
  ['6. years not yet reached: the whole years below (N年多 stays N)', [
    { text: '快十年了', ctx: years, want: below(9, 10) },
    { text: '差不多十年', ctx: years, want: below(9, 10) },
    { text: '将近十年', ctx: years, want: below(9, 10) },
    { text: '干了快8年了', want: below(7, 8) },
    { text: '工作差不多十五年了', want: below(14, 15) },
    { text: '差不多5年吧', ctx: years, want: below(4, 5) },
    { text: '差不多有十年了', ctx: years, want: below(9, 10) },
    { text: '焊工干了差不多有12年', want: below(11, 12) },
    { text: '技師幹了差不多十年', want: below(9, 10) },
    { text: '十年不到', ctx: years, want: below(9, 10) },
    { text: '差两个月十年', ctx: years, want: below(9, 10) },
    { text: 'nearly 10 years', ctx: { ...en, ...years }, want: below(9, 10) },
    { text: 'almost ten years', ctx: { ...en, ...years }, want: below(9, 10) },
    { text: 'worked for nearly 8 years', ctx: en, want: below(7, 8) },
    { text: 'almost 15 years in the trade', ctx: en, want: below(14, 15) },
    { text: 'close to 10 years', ctx: { ...en, ...years }, want: below(9, 10) },
    { text: 'nearly a decade', ctx: { ...en, ...years }, want: below(9, 10) },
    { text: '5 years almost', ctx: { ...en, ...years }, want: below(4, 5) },
    { text: '10年多', ctx: years, want: { workYears: 10 }, absent: ['workYearsBelow'] },
    { text: '十年多', ctx: years, want: { workYears: 10 }, absent: ['workYearsBelow'] },
    { text: '干了八年多了', want: { workYears: 8 }, absent: ['workYearsBelow'] },
    { text: '考核差一点，干了十年', want: { workYears: 10 }, absent: ['workYearsBelow'] },
    { text: '拿证差不多三年了', ctx: since, want: { month: '2024-11' } },
    { text: 'i have had the technician cert for almost three years', ctx: en, want: { skills: [tech('2024-11')] } },
  ]],
];

describe.each(CASES)('%s', (_name, list) => {
  it.each(list.map((p): [string, Phrasing] => [`${JSON.stringify(p.text)}${p.ctx?.expecting ? ` (asked ${p.ctx.expecting})` : ''}`, p]))('%s', (_l, p) => {
    const got = understand(p.text, { asOf: AS_OF, ...p.ctx });
    expect(got).toMatchObject(p.want);
    for (const key of p.absent ?? []) expect(got[key]).toBeUndefined();
  });
});

// Whole interviews: the correction replaces only the fact it names, and the reply says what changed.
const ZH = ['重庆的高级工2018年技师2022年', '没有', '没有', '合格', '十年'];
const EN = ['Chongqing, senior worker 2018, technician 2022', 'no', 'no', 'yes', '10'];
describe('a correction marker after the answer: only that fact changes, and the reply says so', () => {
  it.each([
    ['打错了，技师是2021年', { skills: [sw('2018-12'), tech('2021-12')] }],
    ['打错字了 技师应该是2021年', { skills: [sw('2018-12'), tech('2021-12')] }],
    ['说反了，高级工是2022年，技师是2018年', { skills: [sw('2022-12'), tech('2018-12')] }],
    ['输错了，工作是十二年', { skills: [sw('2018-12'), tech('2022-12')], workYears: 12 }],
  ])('%s', (text, want) => {
    const { facts, last } = converse([...ZH, text], { locale: 'zh-CN', asOf: AS_OF });
    expect(facts()).toMatchObject({ ...want, region: 'chongqing', titles: [], awards: [] });
    expect(last.replies.map((r) => r.text).join('\n')).toContain('已改为');
  });
  it.each([
    ['typo, technician is 2021', { skills: [sw('2018-12'), tech('2021-12')] }],
    ['I typed it wrong, 12 years of work', { skills: [sw('2018-12'), tech('2022-12')], workYears: 12 }],
  ])('%s', (text, want) => {
    const { facts, last } = converse([...EN, text], { locale: 'en', asOf: AS_OF });
    expect(facts()).toMatchObject({ ...want, region: 'chongqing' });
    expect(last.replies.map((r) => r.text).join('\n')).toContain('Changed to');
  });
});

describe('the 记下了 line says the month a season was read as', () => {
  it('2023年夏天 → 2023年8月, with the note', () => {
    const { outs } = converse(['重庆的技师 2023年夏天拿的'], { locale: 'zh-CN', asOf: AS_OF });
    const text = outs[0].replies.map((r) => r.text).join('\n');
    expect(text).toContain('2023年8月');
    expect(text).toContain('夏天按8月');
  });
  it('差不多十年 → 9 years, said so', () => {
    const { facts, outs } = converse(['重庆的高级工2018年，干这行差不多十年了'], { locale: 'zh-CN', asOf: AS_OF });
    expect(facts().workYears).toBe(9);
    expect(outs[0].replies.map((r) => r.text).join('\n')).toContain('差不多十年');
  });
});
