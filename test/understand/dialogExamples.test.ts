// Every answer the acceptance check (../shared/checks/check-dialog.mjs) types is understood for the slot it answers.
// Its personas are copied into test/fixtures (see test/fixtures/README.md), so the repository alone runs this test.
import { readFileSync } from 'fs';
import { join } from 'path';
import { understand, type Understanding } from '../../src/dialogs/understand';
import type { Slot } from '../../src/dialogs/slots';

interface Persona { id: string; locale: 'zh-CN' | 'en'; open: string; answers: Record<string, string> }
const personas: Persona[] = JSON.parse(readFileSync(join(__dirname, '../fixtures/dialog-examples.json'), 'utf8'));

/** check-dialog.mjs `defaults`: what the simulated worker answers to slots a persona does not list. */
const DEFAULTS: Record<'zh-CN' | 'en', Record<string, string>> = {
  'zh-CN': { confirm: '对', relatedDiploma: '没有', techSchoolClass: '没有', 'titles.series': '工程系列', 'skills.occupation': '焊工', occupation: '焊工', series: '工程' },
  en: { confirm: 'yes', relatedDiploma: 'no', techSchoolClass: 'no', 'titles.series': 'engineering', 'skills.occupation': 'welder', occupation: 'welder', series: 'engineering' },
};

/** The field a slot's answer fills. */
const FIELD: Record<string, keyof Understanding> = {
  region: 'region', skills: 'skills', 'skills.since': 'month', titles: 'titles', 'titles.since': 'month', workYears: 'workYears',
  annualReviewsPassed: 'annualReviewsPassed', awards: 'awards', confirm: 'yesNo', relatedDiploma: 'relatedDiploma',
  techSchoolClass: 'techSchoolClass', 'titles.series': 'series', series: 'series', 'skills.occupation': 'occupation', occupation: 'occupation',
};

const rows: [string, string, string, 'zh-CN' | 'en'][] = [];
for (const p of personas) {
  for (const [slot, answer] of Object.entries({ ...DEFAULTS[p.locale], ...p.answers })) rows.push([p.id, slot, answer, p.locale]);
}

describe('answers of the acceptance check', () => {
  it.each(rows)('%s: %s ← %j', (_id, slot, answer, locale) => {
    const u = understand(answer, { asOf: '2026-11', expecting: slot as Slot, locale });
    expect(u.recognized).toBe(true);
    expect(u.command).toBeUndefined();
    expect(u[FIELD[slot]]).not.toBeUndefined();
  });

  it('the check answers these values', () => {
    const ask = (text: string, expecting: Slot) => understand(text, { asOf: '2026-11', expecting });
    expect(ask('重庆江北', 'region').region?.region).toBe('chongqing');
    expect(ask('辽宁', 'region').region?.region).toBe('liaoning');
    expect(ask('苏州', 'region').region?.region).toBe('suzhou');
    expect(ask('成都', 'region').region?.region).toBe('sichuan');
    expect(ask('Suzhou', 'region').region?.region).toBe('suzhou');
    expect(ask('高级工', 'skills').skills).toEqual([{ level: 'senior_worker' }]);
    expect(ask('技师', 'skills').skills).toEqual([{ level: 'technician' }]);
    expect(ask('没有', 'skills').skills).toEqual([]);
    expect(ask('none', 'skills').skills).toEqual([]);
    expect(ask('高级工程师', 'titles').titles).toEqual([{ level: 'deputy_senior', series: 'engineering' }]);
    expect(ask('senior engineer', 'titles').titles).toEqual([{ level: 'deputy_senior', series: 'engineering' }]);
    expect(ask('没有职称', 'titles').titles).toEqual([]);
    expect(ask('2023年2月', 'skills.since').month).toBe('2023-02');
    expect(ask('2024年6月', 'skills.since').month).toBe('2024-06');
    expect(ask('2023年4月', 'titles.since').month).toBe('2023-04');
    expect(ask('April 2023', 'titles.since').month).toBe('2023-04');
    expect(ask('八年', 'workYears').workYears).toBe(8);
    expect(ask('10年', 'workYears').workYears).toBe(10);
    expect(ask('15年', 'workYears').workYears).toBe(15);
    expect(ask('6年', 'workYears').workYears).toBe(6);
    expect(ask('15', 'workYears').workYears).toBe(15);
    expect(ask('都合格', 'annualReviewsPassed').annualReviewsPassed).toBe(true);
    expect(ask('合格', 'annualReviewsPassed').annualReviewsPassed).toBe(true);
    expect(ask('yes', 'annualReviewsPassed').annualReviewsPassed).toBe(true);
    expect(ask('没有获奖', 'awards').awards).toEqual([]);
    expect(ask('没有', 'awards').awards).toEqual([]);
    expect(ask('无', 'awards').awards).toEqual([]);
    expect(ask('no', 'awards').awards).toEqual([]);
    expect(ask('辽宁工匠', 'awards').awards).toEqual([{ type: 'honor', id: 'liaoning_craftsman' }]);
    expect(ask('对', 'confirm').yesNo).toBe(true);
    expect(ask('没有', 'relatedDiploma').relatedDiploma).toBe(false);
    expect(ask('no', 'relatedDiploma').relatedDiploma).toBe(false);
    expect(ask('没有', 'techSchoolClass').techSchoolClass).toBeNull();
    expect(ask('工程系列', 'titles.series').series).toBe('engineering');
    expect(ask('工程', 'series').series).toBe('engineering');
    expect(ask('焊工', 'skills.occupation').occupation).toBe('焊工');
    expect(ask('welder', 'occupation').occupation).toBe('焊工');
  });

  it("\"I don't know\" and 不知道 are understood as such", () => {
    expect(understand("I don't know", { asOf: '2026-11', expecting: 'workYears' })).toMatchObject({ dontKnow: true, recognized: true });
    expect(understand('不知道', { asOf: '2026-11', expecting: 'workYears' })).toMatchObject({ dontKnow: true, recognized: true });
  });
});
