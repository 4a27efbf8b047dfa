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
