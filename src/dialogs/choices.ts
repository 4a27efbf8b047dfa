// The choices offered with each question, and what choosing one means, independent of the free-text parser.
import { t } from '../i18n';
import type { DialogContext } from './dialogMachine';
import { unrankedAward, type Facts } from './facts';
import type { Understanding } from './understand';

const KEYS: Record<string, string[]> = {
  region: ['chongqing', 'sichuan', 'liaoning', 'jiangxi', 'suzhou', 'other'],
  skills: ['senior_worker', 'technician', 'senior_technician', 'lower', 'none'],
  titles: ['assistant', 'intermediate', 'deputy_senior', 'full_senior', 'none'],
  awards: ['national_technical_expert', 'provincial_competition', 'national_competition', 'none'],
  annualReviewsPassed: ['yes', 'no', 'unknown'],
  'awards.rank': ['1', '2', '3', 'other'],
  'awards.teamSize': ['1', '2', '3', 'unknown'],
  'skills.since': ['unknown'],
  'titles.since': ['unknown'],
  workYears: ['unknown'],
  medal: ['gold', 'silver', 'bronze', 'excellence'],
  modify: ['region', 'skills', 'titles', 'awards', 'annualReviewsPassed', 'workYears'],
};

const slotKey = (slot: string, f: Facts) => {
  if (slot !== 'awards.rank') return slot;
  const a = unrankedAward(f);
  return a && a.type === 'competition' && a.tier === 'worldskills' ? 'medal' : slot;
};

export function choiceKeys(slot: string, f: Facts): string[] {
  return KEYS[slotKey(slot, f)] ?? [];
}

export function choiceLabel(slot: string, key: string, c: Pick<DialogContext, 'locale' | 'facts'>): string {
  return t(c.locale, `dialog:choice.${slotKey(slot, c.facts).replace('.', '_')}.${key}`);
}

export function choiceLabels(slot: string, c: Pick<DialogContext, 'locale' | 'facts'>): string[] | undefined {
  const keys = choiceKeys(slot, c.facts);
  return keys.length ? keys.map((k) => choiceLabel(slot, k, c)) : undefined;
}

const base: Understanding = { recognized: true };

/** What choosing `key` for `slot` says. */
export function choiceMeaning(slot: string, key: string): Understanding {
  switch (slot) {
    case 'region':
      return key === 'other'
        ? { ...base, region: { region: 'national', place: '其他地区', fallback: true } }
        : { ...base, region: { region: key as never, place: key, fallback: false } };
    case 'skills':
      return { ...base, skills: key === 'none' ? [] : [{ level: key === 'lower' ? 'intermediate_worker' : key as never }] };
    case 'titles':
      return { ...base, titles: key === 'none' ? [] : [{ level: key as never }] };
    case 'awards':
      return {
        ...base,
        awards: key === 'none' ? [] : key === 'national_technical_expert' ? [{ type: 'honor', id: 'national_technical_expert' }]
          : [{ type: 'competition', tier: key === 'provincial_competition' ? 'provincial_class1' : 'national_class1' }],
      };
    case 'annualReviewsPassed':
      return key === 'unknown' ? { ...base, dontKnow: true } : { ...base, annualReviewsPassed: key === 'yes' };
    case 'awards.rank':
      if (['gold', 'silver', 'bronze', 'excellence'].includes(key)) return { ...base, medal: key as never };
      return { ...base, number: key === 'other' ? 99 : Number(key) };
    case 'awards.teamSize':
      return key === 'unknown' ? { ...base, dontKnow: true } : { ...base, number: Number(key) };
    case 'modify':
      return { ...base, command: { type: 'modify', rest: key } };
    default:
      return { ...base, dontKnow: true };
  }
}
