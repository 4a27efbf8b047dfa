// Places → the region whose policy applies, read from the one place list of src/rules (policies/*/places.yaml).
// What stays here is how a message names a place: neighbouring names, "其他地区", "全国".
import { bareName, placesIn } from '../../rules/places';
import type { RegionMatch } from './types';
import { MASK, type Span } from './text';

export interface PlaceFound extends Span { match: RegionMatch }

const HOME_BEFORE = /(?:(?:老家|家乡|户口|户籍|籍贯|出生|原来|以前|之前|毕业于)(?:是|在|于)?(?:在)?|\bfrom\b|\bborn in\b|\bused to (?:work|live) in\b)\s*$/;
const NOW_BEFORE = /(?:现在在|目前在|现在|目前|如今在|人在|我在|人现在在|now (?:in|at)|currently (?:in|at)|now work(?:ing)? in|work(?:ing)? (?:in|at|for a company in)|(?:employed|based|located|stationed|posted|working) (?:in|at)|(?:job|workplace|work|company|employer|factory|plant) is (?:in|at)|i'?m (?:in|at)|i am (?:in|at))\s*$/;
/** Before a place: the words of a place of work or of origin are read over this many characters (English needs more). */
const LOOK_BACK = 24;
/** A place that names where an award was won, not where one works: a contest named just before it ("a contest in Jiangsu",
 * masked as read), or just after it (江苏省的一类大赛, 四川省技术能手). */
const AWARD_BEFORE = new RegExp(`${MASK}\\s*(?:held )?(?:in|at|of)\\s*(?:the )?$`);
const AWARD_AFTER = new RegExp(`^(?:省|市)?(?:的)?${MASK}`);
/** After a place: the rest of a school's name (重庆|大学, 四川|工程职业技术学院, 苏州|市职业大学), no work said between. */
const SCHOOL_AFTER = /^(?:(?!上班|工作|干活|打工|做|在|\s|[,。;!?])[\u4e00-\u9fff]){0,7}?(?:大学|学院|学校|技校|职校|中专|中学|技工院校)|^\s*(?:[a-z]+\s+){0,3}?(?:university|college|institute|polytechnic)\b/;
/** After a place: a company's name (四川|某某机械有限公司, 重庆|XX集团), no clause mark between. */
const COMPANY_AFTER = /^(?:(?!上班|工作|干活|打工|[,。;!?\s])[\u4e00-\u9fff]){0,10}?(?:公司|集团|有限|股份)/;
/** After a place: a company's branch there (深圳|分公司, 苏州|项目部). */
const BRANCH_AFTER = /^(?:市|省)?(?:的)?(?:分公司|子公司|分厂|项目部|办事处|基地|工地|厂区|分部|分院|工厂|厂)/;
/** A word standing alone in a message of several words (the start or a space or a comma on each side). */
const BARE_WORD = /(?:^|[\s,;])([\u4e00-\u9fff]{1,2})(?=[\s,;]|$)/g;
/** Before a place: the words that say it is not the one (不是, 并非, 而不是, 不在, not, rather than). */
const NOT_PLACE_BEFORE = /(?:(?<!是)不是|并非|而不是|而非|不在)(?:在)?$|\b(?:not|isn'?t|rather than|instead of|no longer (?:in|at)|not (?:in|at))\s*(?:the )?$/;
const WORK_AFTER = /^\s*(?:市|省)?(?:这边|那边)?(?:上班|工作|干活|打工|就业|参保|交社保)/;

/**
 * The first place named, with neighbouring names of the same region kept together ("重庆江北", "四川成都").
 * `asked`: the bot asked for a place, so weak names (园区, 长寿, 渝) and "other" answers count.
 */
export function findPlace(text: string, original: string, asked: boolean): PlaceFound | undefined {
  // 毕业于重庆大学, 成都技师学院毕业的: a school's name says where one studied, not where one works
  // 江苏徐州（不是苏州）, 不在重庆了, not Suzhou: a place said as not the one is not where one works
  const found = placesIn(text, { asked }).filter(h => !SCHOOL_AFTER.test(text.slice(h.end, h.end + 30))
    && !NOT_PLACE_BEFORE.test(text.slice(Math.max(0, h.start - 14), h.start)));
  if (found.length === 0) {
    // 渝 技师 20年: a one-word name (a bare name) standing as a word of its own in a message typed in words
    if (/[\s,;]/.test(text.trim())) {
      for (const word of text.matchAll(BARE_WORD)) {
        const bareWord = bareName(word[1]);
        if (!bareWord || bareWord.region === 'national') continue;
        const start = word.index + word[0].indexOf(word[1]);
        return { start, end: start + word[1].length, match: { region: bareWord.region, place: word[1], fallback: false } };
      }
    }
    if (!asked) return undefined;
    const t = text.replace(/[\s,。.!?市省区县]+$/g, '').trim();
    const bare = bareName(t);
    if (bare && bare.region !== 'national') return { start: 0, end: text.length, match: { region: bare.region, place: t, fallback: false } };
    const other = /(其他|其它|别的|外地|外省|另外的)(地区|地方|省份?|城市)?|\b(other|elsewhere|somewhere else|another province)\b/.exec(text);
    if (other) return { start: other.index, end: other.index + other[0].length, match: { region: 'national', place: original.slice(other.index, other.index + other[0].length), fallback: true } };
    const nation = /全国|国家(标准|层面)?|\bnational\b/.exec(text);
    if (nation) return { start: nation.index, end: nation.index + nation[0].length, match: { region: 'national', place: original.slice(nation.index, nation.index + nation[0].length), fallback: false } };
    return undefined;
  }
  // 在四川某某公司上班: a company's name says where the company comes from, not where this person works; said alone,
  // unasked, it is not taken as the region (the region is asked); named to "where do you work?", it is the answer
  if (!asked && found.every(h => COMPANY_AFTER.test(text.slice(h.end, h.end + 14)) && !BRANCH_AFTER.test(text.slice(h.end, h.end + 6)))) return undefined;
  // 老家四川，现在在重庆上班: the place of work, not of origin or of the past
  let from = 0;
  if (found.length > 1 && found.some(h => h.region !== found[0].region)) {
    const before = (h: Span) => text.slice(Math.max(0, h.start - LOOK_BACK), h.start);
    const ofAward = (h: Span) => AWARD_BEFORE.test(before(h)) || AWARD_AFTER.test(text.slice(h.end, h.end + 4));
    const work = found.findIndex(h => NOW_BEFORE.test(before(h)) || WORK_AFTER.test(text.slice(h.end, h.end + 8)));
    const notHome = found.findIndex(h => !HOME_BEFORE.test(before(h)) && !ofAward(h));
    from = work >= 0 ? work : notHome >= 0 ? notHome : 0;
    // 四川某某公司深圳分公司, 重庆某集团在苏州的厂: the company's name says where it comes from, its branch where one works
    if (work < 0) {
      const branch = found.findIndex(h => BRANCH_AFTER.test(text.slice(h.end, h.end + 6)));
      const named = found.findIndex(h => COMPANY_AFTER.test(text.slice(h.end, h.end + 14)));
      const other = found.findIndex((h, i) => i !== named && !COMPANY_AFTER.test(text.slice(h.end, h.end + 14)) && !HOME_BEFORE.test(before(h)) && !ofAward(h));
      if (branch >= 0) from = branch;
      else if (named === from && other >= 0) from = other;
    }
  }
  const first = found[from];
  let end = first.end;
  for (const h of found.slice(from + 1)) {
    if (h.region !== first.region || h.start - end > 2) break;
    if (!/^[\s市省区县]*$/.test(text.slice(end, h.start))) break;
    end = h.end;
  }
  // a region wins over the place elsewhere that contains it, named next to it: 江苏苏州 → suzhou (天津和平区 stays 天津)
  let region = first.region;
  let fallback = first.fallback;
  let start = first.start;
  if (fallback) {
    const next = found[from + 1];
    if (next && !next.fallback && first.contains?.includes(next.region) && next.start - first.end <= 2 && /^[\s市省区县]*$/.test(text.slice(first.end, next.start))) {
      region = next.region;
      fallback = false;
      end = next.end;
    } else {
      // Jiangsu … I work in Kunshan, 江苏的，具体在昆山: the province, and a region inside it named elsewhere in the message
      const inside = found.find(h => !h.fallback && first.contains?.includes(h.region));
      if (inside) ({ region, fallback, start, end } = { region: inside.region, fallback: false, start: inside.start, end: inside.end });
    }
  }
  let place = original.slice(start, end).trim();
  if (/^[a-z]/.test(place)) place = place.replace(/\b[a-z]/g, c => c.toUpperCase());
  return { start, end, match: { region, place, fallback } };
}
