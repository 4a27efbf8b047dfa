// The choices offered with each question, and what choosing one means, independent of the free-text parser.
import { t } from '../i18n';
import type { DialogContext } from './dialogMachine';
import { REGIONS_WITH_TEXT } from '../rules/places';
import { unrankedAward, type Facts } from './facts';
import type { Understanding } from './understand';

const KEYS: Record<string, string[]> = {
  // the one list of places decides which regions are offered; anywhere else is 'other' (the national baseline)
  region: [...REGIONS_WITH_TEXT, 'other'],
  skills: ['senior_worker', 'technician', 'senior_technician', 'lower', 'none'],
  titles: ['assistant', 'intermediate', 'deputy_senior', 'full_senior', 'none'],
  awards: ['national_technical_expert', 'provincial_competition', 'national_competition', 'none'],
  annualReviewsPassed: ['yes', 'no', 'unknown'],
  'awards.rank': ['1', '2', '3', 'other'],
  'awards.class': ['class1', 'class2', 'unknown'],
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

// The labels never change while the process runs: each is looked up once per locale, slot and key.
interface Labels { list: string[]; byKey: Map<string, string>; byLowerLabel: Map<string, string> }
const labelCache = new Map<string, Map<string, Labels>>();
function labelsOf(locale: DialogContext['locale'], key: string): Labels {
  let perLocale = labelCache.get(locale);
  if (!perLocale) labelCache.set(locale, (perLocale = new Map()));
  let l = perLocale.get(key);
  if (!l) {
    l = { list: [], byKey: new Map(), byLowerLabel: new Map() };
    for (const k of KEYS[key] ?? []) {
      const label = t(locale, key === 'region' && k !== 'other' ? `rules:region.${k}` : `dialog:choice.${key.replace('.', '_')}.${k}`);
      l.list.push(label);
      l.byKey.set(k, label);
      // the first key with a label wins, as a search in order would find it
      if (!l.byLowerLabel.has(label.toLowerCase())) l.byLowerLabel.set(label.toLowerCase(), k);
    }
    perLocale.set(key, l);
  }
  return l;
}

export function choiceLabel(slot: string, key: string, c: Pick<DialogContext, 'locale' | 'facts'>): string {
  const sk = slotKey(slot, c.facts);
  return labelsOf(c.locale, sk).byKey.get(key) ?? t(c.locale, sk === 'region' && key !== 'other' ? `rules:region.${key}` : `dialog:choice.${sk.replace('.', '_')}.${key}`);
}

/** The choice of `slot` whose label is `text` (case aside), if any. */
export function choiceByLabel(slot: string, text: string, c: Pick<DialogContext, 'locale' | 'facts'>): string | undefined {
  return labelsOf(c.locale, slotKey(slot, c.facts)).byLowerLabel.get(text.toLowerCase());
}

export function choiceLabels(slot: string, c: Pick<DialogContext, 'locale' | 'facts'>): string[] | undefined {
  const sk = slotKey(slot, c.facts);
  // a copy: the list goes out with the reply
  return KEYS[sk]?.length ? labelsOf(c.locale, sk).list.slice() : undefined;
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
          // the button names the level, not the class: the class is asked when it matters
          : [{ type: 'competition', tier: key === 'provincial_competition' ? 'provincial_class2' : 'national_class2', classUnknown: true }],
      };
    case 'annualReviewsPassed':
      return key === 'unknown' ? { ...base, dontKnow: true } : { ...base, annualReviewsPassed: key === 'yes' };
    case 'awards.rank':
      if (['gold', 'silver', 'bronze', 'excellence'].includes(key)) return { ...base, medal: key as never };
      return { ...base, number: key === 'other' ? 99 : Number(key) };
    case 'awards.class':
      return key === 'unknown' ? { ...base, dontKnow: true } : { ...base, number: key === 'class1' ? 1 : 2 };
    case 'awards.teamSize':
      return key === 'unknown' ? { ...base, dontKnow: true } : { ...base, number: Number(key) };
    case 'modify':
      return { ...base, command: { type: 'modify', rest: key } };
    default:
      return { ...base, dontKnow: true };
  }
}
