// A region from what people type for it: its code (sichuan), or its name in either locale (四川, 四川省, Sichuan,
// 全国), the names read from the rules' texts (region.*), or a place in policies/<region>/places.yaml (成都).
// Used by the ladder's query and the poster.
import { t } from '../i18n';
import { LOCALES } from '../dialogs/replyModel';
import { regionForPlace } from '../rules/places';
import { REGIONS, type Region } from '../rules/vocabulary';

/** The name without its bracketed note ("全国（人社部文件）" → "全国") and a 省 / 市 suffix, lower-cased. */
const plain = (s: string): string => s.trim().replace(/[（(].*$/, '').trim().replace(/[省市]$/, '').toLowerCase();

let names: Map<string, Region> | undefined;
function nameTable(): Map<string, Region> {
  if (!names) {
    names = new Map();
    for (const r of REGIONS) {
      names.set(r, r);
      for (const l of LOCALES) names.set(plain(t(l, `rules:region.${r}`)), r);
    }
    names.set('国家', 'national');
  }
  return names;
}

/** The region `input` names, or the one of the place it names (成都 → sichuan, 无锡 → national), or undefined. */
export function regionByName(input: string): Region | undefined {
  return nameTable().get(plain(input)) ?? regionForPlace(input.trim())?.region;
}
