// Misreadings seen in earlier sessions and left alone (dlgE), through the whole dialog: what is recorded, what the
// 记下了 line says was assumed. Phrasings of our own, each seen failing before its fix.
import { converse } from '../helpers/converse';

const SICHUAN_4TH = '成都，技师2024年5月，没有职称，国赛一类第四名，考核合格';

describe('a team of four or more: kept as said, counted as of three, and the echo says so', () => {
  it.each([['4'], ['我们组4个人'], ['四人团队'], ['五个人一队']])('%s to "how many per team?"', (said) => {
    const { outs, facts, text } = converse([SICHUAN_4TH, said]);
    expect(outs[0].requestedSlot).toBe('awards.teamSize');
    const award = (facts().awards as { teamSize?: number }[])[0];
    expect(award.teamSize).toBeGreaterThan(3);
    expect(text(outs[1])).toMatch(/记下了：国家级一类技能竞赛第4名（[45]人赛项，文件只写到三人赛项，按三人赛项计）/);
    // the engine reads it as a team of three: 三人赛项 前2名, so the 4th place opens no green channel
    expect(outs[1].result?.paths.some((p) => p.route === 'green_channel' && p.status === 'eligible')).toBe(false);
  });

  it('in English the same', () => {
    const { outs } = converse(['Chengdu, technician since May 2024, no title, 4th in a national class 1 competition, reviews all passed', 'team of four'], { locale: 'en' });
    expect(outs[0].requestedSlot).toBe('awards.teamSize');
    expect(outs[1].replies.map((r) => r.text).join('\n')).toContain('teams of 4 (the texts name teams of up to three: counted as three)');
  });
});

describe('the start of last year: early in that year, and the echo says how it was counted', () => {
  it.each([['去年年初'], ['去年的年初'], ['去年年头吧']])('%s to the date question', (said) => {
    const { outs, facts, text } = converse(['重庆', '技师', said]);
    expect((facts().skills as { since?: string }[])[0].since).toBe('2025-03');
    expect(text(outs[2])).toContain('技师（二级）（2025年3月）');
    expect(text(outs[2])).toContain('年初按3月');
  });
});

describe('an honour said before the region: read when the region comes', () => {
  it.each([
    ['技师2020年3月，省技术能手', '成都', [{ type: 'honor', id: 'sichuan_technical_expert' }], '四川省技术能手'],
    ['省技术能手，技师', '沈阳', [{ type: 'honor', id: 'liaoning_technical_expert' }], '辽宁省技术能手'],
    ['高级工，拿过市技术能手', '重庆', [{ type: 'honor', id: 'chongqing_technical_expert' }], '重庆市技术能手'],
    // a region whose text does not list it: heard, counted as none, and said so
    ['我是省技术能手，技师', '南昌', [], '省技术能手（江西的贯通文件没有列这一称号，没有计入）'],
  ])('%s, then %s', (first, place, awards, echo) => {
    const { outs, facts, text } = converse([first, place]);
    expect(outs[0].requestedSlot).toBe('region');
    expect(facts().awards).toEqual(awards);
    expect(text(outs[1])).toContain(echo);
  });
});

describe('首席技师: a post the texts do not list, not the 技师 certificate', () => {
  it.each([['首席技师'], ['我是公司的首席技师'], ['厂里首席技师']])('%s to the certificate question', (said) => {
    const { outs, facts, text } = converse(['重庆', said]);
    expect(facts().skills).toBeUndefined();
    expect(outs[1].requestedSlot).toBe('skills');
    expect(text(outs[1])).toContain('重庆的贯通文件没有列这一称号，没有计入');
  });
});

describe('a bare 高级: by the question asked, with the reading said', () => {
  it.each([['高级'], ['我是高级'], ['高级的'], ['是高级']])('%s to the certificate question is 高级工, and the 记下了 line says so', (said) => {
    const { outs, facts, text } = converse(['重庆', said]);
    expect(facts().skills).toEqual([{ level: 'senior_worker' }]);
    expect(text(outs[1])).toContain(`记下了：高级工（三级）。（您说的“高级”，按高级工（三级）记下。）`);
  });

  it.each([['高级'], ['我是高级'], ['高级的']])('%s to the title question: noted as 副高级 and asked whether it is 正高级', (said) => {
    const { outs, facts, text } = converse(['重庆', '技师 2019年5月', said]);
    expect(facts().titles).toEqual([{ level: 'deputy_senior' }]);
    expect(text(outs[2])).toContain('按副高级（高级工程师）记下');
    expect(text(outs[2])).toContain('副高级还是正高级');
  });

  it('the answer to that question puts it right', () => {
    const { facts } = converse(['重庆', '技师 2019年5月', '高级', '不对，是正高级']);
    expect(facts().titles).toMatchObject([{ level: 'full_senior' }]);
  });
});

describe('English: a label or lead-in inside a sentence starts lower-case; names keep their capitals', () => {
  const en = (messages: string[]) => converse(messages, { locale: 'en' });

  it.each([
    ["I'm a senior worker since 2019", 'senior_worker', '2019-12', 'Noted: senior worker (level 3) (December 2019).'],
    // (a full date, one fact: nothing assumed, no echo)
    ['got my technician cert in march 2021', 'technician', '2021-03', undefined],
    ['senior technician from May 2015, no title', 'senior_technician', '2015-05', 'Noted: senior technician (level 1) (May 2015); no title.'],
  ])('%s to the certificate question', (said, level, since, echo) => {
    const { outs, facts, text } = en(['Chengdu', said]);
    expect(facts().skills).toMatchObject([{ level, since }]);
    if (echo) expect(text(outs[1])).toContain(echo);
    else expect(text(outs[1])).not.toContain('Noted');
  });

  it('the date question names the level in lower case', () => {
    const { outs, text } = en(['Chengdu', 'technician']);
    expect(text(outs[1])).toContain('When did you obtain the technician (level 2) certificate?');
  });

  it('the answer: labels after a colon and in lists are lower-case, the region keeps its capital', () => {
    const { last, text } = en(['Chengdu, technician since May 2021, no title, no awards, reviews all passed']);
    const answer = text(last);
    expect(answer).toContain('Noted: Sichuan;');
    expect(answer).toMatch(/Best route: intermediate \(engineer\)/);
    expect(answer).toMatch(/Bring: skill certificate \(vocational qualification or skill level\); annual review results/);
    expect(answer).not.toMatch(/[a-z,;:] (?:Senior|Technician|Intermediate|Assistant|Deputy|Proof|Annual|Work achievements)\b/);
  });
});
