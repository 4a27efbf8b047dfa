// What the dialog has learnt about the person, and how an understood message adds to it.
import type { ProfileInput } from '../rules';
import type { Region, TechSchoolClass } from '../rules/vocabulary';
import { awardsInRegion, type ParsedAward, type ParsedSkill, type ParsedTitle, type Understanding } from './understand';

/** A certificate or title as understood, plus whether the person said they cannot date it. */
export interface HeldSkill extends ParsedSkill { sinceUnknown?: boolean }
export interface HeldTitle extends ParsedTitle { sinceUnknown?: boolean }

/** undefined = not known yet; [] = the person said none. */
export interface Facts {
  region?: Region;
  place?: string;
  fallback?: boolean;
  skills?: HeldSkill[];
  titles?: HeldTitle[];
  workYears?: number;
  /** The years said as not reached yet (快五年): `workYears` counts the whole years below; the echo says so. */
  workYearsBelow?: { below: number; said: string };
  annualReviewsPassed?: boolean;
  awards?: ParsedAward[];
  relatedDiploma?: boolean;
  techSchoolClass?: TechSchoolClass | null;
  occupation?: string;
  /** Honours named that the region's text does not list (read as no award; the echo says so). */
  unlistedAwards?: string[];
  /** Honours whose reading depends on the region (省技术能手), said before the region was known: read when it is. */
  awardsAwaitingRegion?: string[];
  /** Slots the person could not answer (不知道): never asked again; the answer says it depends on them. */
  unknown?: string[];
}

export { ASKED_SLOTS as SLOTS, type AskedSlot as Slot } from './slots';

/** The engine's input for these facts (unknowns left out, so the engine treats them as unknown). */
export function toProfile(f: Facts, asOf: string, region: Region | undefined = f.region): ProfileInput | undefined {
  if (!region) return undefined;
  const occupation = f.occupation;
  return {
    region,
    ...(f.fallback && f.place && region === 'national' ? { place: f.place } : {}),
    asOf,
    skills: (f.skills ?? []).map((s) => ({ level: s.level, ...(s.since ? { since: s.since } : {}), ...((s.occupation ?? occupation) ? { occupation: s.occupation ?? occupation } : {}) })),
    // a title outside the 贯通 series opens no route: the engine does not see it (the answer says so)
    titles: (f.titles ?? []).filter((x) => !x.outside).map((x) => ({ level: x.level, ...(x.since ? { since: x.since } : {}), series: x.series ?? 'engineering' })),
    ...(f.workYears !== undefined ? { workYears: f.workYears } : {}),
    ...(f.annualReviewsPassed !== undefined ? { annualReviewsPassed: f.annualReviewsPassed } : {}),
    // A team size the person could not give counts as the largest team: the reading that promises least.
    awards: (f.awards ?? []).map((a) => {
      if (a.type === 'honor') return a;
      const { classUnknown: _c, team: _t, teamSize, ...c } = a;
      // (a team of four or more counts as of three: the largest the texts name, whose places are the fewest)
      const size = teamSize === undefined ? (f.unknown?.includes('awards.teamSize') ? 3 : undefined) : teamSize >= 3 ? 3 : teamSize as 1 | 2;
      return { ...c, ...(size !== undefined ? { teamSize: size } : {}) };
    }),
    ...(f.relatedDiploma !== undefined ? { relatedDiploma: f.relatedDiploma } : {}),
    ...(f.techSchoolClass ? { techSchoolClass: f.techSchoolClass } : {}),
  };
}

const isCompetitionWithoutRank = (a: ParsedAward) => a.type === 'competition' && a.rank === undefined && a.medal === undefined;

/** A competition named without its class (省赛, 国赛). */
export function classlessAward(f: Facts): ParsedAward | undefined {
  return f.awards?.find((a) => a.type === 'competition' && a.classUnknown);
}

/** The first held item lacking a date, for skills.since / titles.since. */
export function undatedSkill(f: Facts): HeldSkill | undefined { return f.skills?.find((s) => !s.since && !s.sinceUnknown); }
export function undatedTitle(f: Facts): HeldTitle | undefined { return f.titles?.find((x) => !x.since && !x.sinceUnknown); }
export function unrankedAward(f: Facts): ParsedAward | undefined { return f.awards?.find(isCompetitionWithoutRank); }
/** A ranked competition whose team size was not said. */
export function teamlessAward(f: Facts): ParsedAward | undefined {
  return f.awards?.find((a) => a.type === 'competition' && (a.rank !== undefined || a.medal !== undefined) && a.teamSize === undefined);
}

/** Held certificates or titles merged by level: a level named again updates its entry and keeps the others. */
function mergeHeld<T extends { level: string; since?: string }>(old: T[] | undefined, said: T[]): T[] {
  if (!old?.length || !said.length) return said.map((x) => ({ ...x }));
  const out = old.map((o) => {
    const n = said.find((x) => x.level === o.level);
    if (!n) return o;
    const merged = { ...o } as Record<string, unknown>;
    for (const [k, v] of Object.entries(n)) if (v !== undefined) merged[k] = v;
    if (n.since) delete merged.sinceUnknown;
    if (n.since && !(n as { sinceApprox?: boolean }).sinceApprox) delete merged.sinceApprox;
    return merged as T;
  });
  for (const n of said) if (!old.some((o) => o.level === n.level)) out.push({ ...n });
  return out;
}

/** A topic said not to be known: left unknown (lists read as none, the reading that promises least), unless known. */
function unknownElsewhere(acc: Absorbing, slot: NonNullable<Understanding['dontKnowAbout']>): void {
  if (slot === 'titles' || slot === 'awards') {
    if (acc.out[slot] !== undefined) return;
    put(acc, { [slot]: [] });
  } else if (slot === 'region') {
    if (acc.out.region) return;
    put(acc, { region: 'national', place: '', fallback: true });
  } else if (acc.out[slot] !== undefined) return;
  acc.out = withUnknown(acc.out, slot);
  acc.learnt = true;
}

const withUnknown = (f: Facts, slot: string): Facts => ({ ...f, unknown: [...new Set([...(f.unknown ?? []), slot])] });

// absorb's working copy (a module-level helper rather than a closure per call: the dialog runs this every message).
interface Absorbing { out: Facts; learnt: boolean }
function put(acc: Absorbing, patch: Partial<Facts>): void {
  acc.out = { ...acc.out, ...patch };
  acc.learnt = true;
}
/** The years of work, with how they were said when not reached yet (快五年); a later plain number drops that. */
function putYears(acc: Absorbing, years: number, below: Facts['workYearsBelow']): void {
  const { workYearsBelow: _b, ...rest } = acc.out;
  acc.out = below ? { ...rest, workYears: years, workYearsBelow: below } : { ...rest, workYears: years };
  acc.learnt = true;
}

/**
 * Adds what a message says to the facts. `expecting` is the slot the bot asked for: bare answers ("3", "没有",
 * "都合格", "2021年6月") are read as answers to it. Returns the new facts and whether anything was learnt.
 */
export function absorb(f: Facts, u: Understanding, expecting: string | null, replace = false): { facts: Facts; learnt: boolean } {
  const r = absorbSaid(f, u, expecting, replace);
  const waiting = r.facts.awardsAwaitingRegion;
  if (!waiting?.length || !r.facts.region) return r;
  // the region now known: the honours said before it are read with it (四川: 省技术能手 is 四川省技术能手)
  const { awardsAwaitingRegion: _w, ...rest } = r.facts;
  const found = awardsInRegion(waiting, r.facts.region);
  const out: Facts = { ...rest };
  if (found.awards.length) out.awards = dedupeAwards([...(out.awards ?? []), ...found.awards]);
  if (found.unlisted.length) {
    out.unlistedAwards = [...new Set([...(out.unlistedAwards ?? []), ...found.unlisted])];
    // heard, and counted as none (as when the region is known as it is said)
    out.awards ??= [];
  }
  return { facts: out, learnt: true };
}

function absorbSaid(f: Facts, u: Understanding, expecting: string | null, replace: boolean): { facts: Facts; learnt: boolean } {
  const acc: Absorbing = { out: { ...f }, learnt: false };
  if (u.awardsAwaitingRegion?.length) put(acc, { awardsAwaitingRegion: [...new Set([...(f.awardsAwaitingRegion ?? []), ...u.awardsAwaitingRegion])] });

  if (u.region) put(acc, { region: u.region.region, place: u.region.place, fallback: u.region.fallback, unknown: f.unknown?.filter((s) => s !== 'region') });
  if (u.occupation) put(acc, { occupation: u.occupation });
  if (u.skills) put(acc, { skills: replace ? u.skills.map((s) => ({ ...s })) : mergeHeld(acc.out.skills, u.skills) });
  if (u.titles) put(acc, { titles: replace ? u.titles.map((x) => ({ ...x })) : mergeHeld(acc.out.titles, u.titles) });
  // 没有技师证 said of a certificate recorded: it goes; said in answer to the question and naming nothing held: none
  for (const d of u.denied ?? []) {
    const list = d.kind === 'skill' ? acc.out.skills : acc.out.titles;
    if (list?.some((x) => x.level === d.level)) put(acc, { [d.kind === 'skill' ? 'skills' : 'titles']: list.filter((x) => x.level !== d.level) });
    else if (expecting === (d.kind === 'skill' ? 'skills' : 'titles') && list === undefined && !(d.kind === 'skill' ? u.skills : u.titles)) {
      put(acc, { [d.kind === 'skill' ? 'skills' : 'titles']: [] });
    }
  }
  if (u.workYears !== undefined) putYears(acc, u.workYears, u.workYearsBelow);
  if (u.annualReviewsPassed !== undefined) put(acc, { annualReviewsPassed: u.annualReviewsPassed });
  if (u.relatedDiploma !== undefined) put(acc, { relatedDiploma: u.relatedDiploma });
  if (u.techSchoolClass !== undefined) put(acc, { techSchoolClass: u.techSchoolClass });
  // asked a contest's detail, the contest named again with it (是省级一类技能竞赛, it was a class 1 provincial
  // competition): the details complete the contest asked about, no second contest is added
  // (said while another question is asked, 省赛第二名 after 参加过省赛: the result of the contest named without one)
  const again = u.awards?.length === 1 ? u.awards[0] : undefined;
  const asking = expecting === 'awards.class' ? classlessAward(acc.out) : expecting === 'awards.rank' ? unrankedAward(acc.out)
    : expecting === 'awards.teamSize' ? teamlessAward(acc.out)
      : expecting !== 'awards' && again?.type === 'competition' && (again.rank !== undefined || again.medal !== undefined)
        ? acc.out.awards?.find((a) => a.type === 'competition' && a.rank === undefined && a.medal === undefined && tierLevel(a.tier) === tierLevel(again.tier))
        : undefined;
  if (asking?.type === 'competition' && again?.type === 'competition' && tierLevel(again.tier) === tierLevel(asking.tier)) {
    const { classUnknown: _c, ...rest } = asking;
    const patched: ParsedAward = {
      ...(again.classUnknown ? asking : { ...rest, tier: again.tier }),
      ...(again.rank !== undefined ? { rank: again.rank } : {}), ...(again.medal ? { medal: again.medal } : {}),
      ...(again.teamSize !== undefined ? { teamSize: again.teamSize } : {}), ...(again.team ? { team: true as const } : {}),
    };
    put(acc, { awards: acc.out.awards!.map((x) => x === asking ? patched : x) });
  } else if (u.unlistedAwards?.length && !u.awards?.length && acc.out.awards?.length) {
    // an honour that counts for nothing, said beside awards known: they stay (it is no "none")
    put(acc, { unlistedAwards: [...new Set([...(acc.out.unlistedAwards ?? []), ...u.unlistedAwards])] });
  } else if (u.awards && !(expecting === 'awards.rank' && u.awards.length === 0)) {
    const merged = expecting === 'awards' || u.awards.length === 0 ? u.awards : [...(acc.out.awards ?? []), ...u.awards];
    put(acc, { awards: dedupeAwards(merged), ...(u.unlistedAwards?.length ? { unlistedAwards: u.unlistedAwards } : {}) });
  }

  // A date alone while something else is asked: the date of the certificate or title still undated (工程师 → 2021年评的)
  if (u.month && !u.skills?.length && !u.titles?.length && expecting !== 'skills.since' && expecting !== 'titles.since') {
    const title = acc.out.titles?.find((x) => !x.since);
    const skill = acc.out.skills?.find((x) => !x.since);
    const key = title && (!skill || /评|职称|title/.test(u.dateCue ?? '')) ? 'titles' : skill ? 'skills' : undefined;
    if (key) {
      const list = acc.out[key]!;
      const i = list.findIndex((x) => !x.since);
      put(acc, { [key]: list.map((x, j) => j === i ? { ...x, since: u.month, ...(u.monthApprox ? { sinceApprox: true } : {}) } : x) });
    }
  }

  // 团体 / 三个人 while a competition's details are asked
  if (u.teamSize !== undefined) {
    const a = acc.out.awards?.find((x) => x.type === 'competition' && x.teamSize === undefined);
    if (a && a.type === 'competition') {
      const patched = u.teamSize === 'team' ? { ...a, team: true as const } : { ...a, teamSize: u.teamSize };
      put(acc, { awards: acc.out.awards!.map((x) => x === a ? patched : x) });
    }
  }

  // 一类赛第二名 to "which place?": the class of the contest still without one
  if (u.contestClass !== undefined) {
    const a = classlessAward(acc.out);
    if (a && a.type === 'competition') {
      const { classUnknown: _c, ...rest } = a;
      const tier = (u.contestClass === 1 ? a.tier.replace('class2', 'class1') : a.tier.replace('class1', 'class2')) as typeof a.tier;
      put(acc, { awards: acc.out.awards!.map((x) => x === a ? { ...rest, tier } : x) });
    }
  }

  // 拿了个第四 said while something else is asked: the result of the contest named without one
  if (u.placed && expecting !== 'awards.rank') {
    const a = unrankedAward(acc.out);
    if (a && a.type === 'competition') {
      const { rank, medal } = u.placed;
      const patched: ParsedAward = a.tier === 'worldskills'
        ? { ...a, ...(medal ? { medal } : {}) }
        : { ...a, ...(rank !== undefined ? { rank } : medal ? { rank: ({ gold: 1, silver: 2, bronze: 3, excellence: 99 } as const)[medal] } : {}) };
      if (patched.type === 'competition' && (patched.rank !== undefined || patched.medal !== undefined)) put(acc, { awards: acc.out.awards!.map((x) => x === a ? patched : x) });
    }
  }

  // 考核的事我不清楚 while the title is asked: the don't-know answers the topic it names, not the question asked
  if (u.dontKnow && u.dontKnowAbout && u.dontKnowAbout !== expecting?.split('.')[0]) {
    unknownElsewhere(acc, u.dontKnowAbout);
    return { facts: acc.out, learnt: acc.learnt };
  }

  // Bare answers to the question asked.
  switch (expecting) {
    case 'skills.since':
    case 'titles.since': {
      const list = expecting === 'skills.since' ? acc.out.skills : acc.out.titles;
      const target = list?.find((x) => !x.since && !x.sinceUnknown);
      if (target && u.month) {
        const patched = list!.map((x) => x === target ? { ...x, since: u.month, ...(u.monthApprox ? { sinceApprox: true } : {}) } : x);
        put(acc, expecting === 'skills.since' ? { skills: patched as HeldSkill[] } : { titles: patched as HeldTitle[] });
      } else if (target && u.dontKnow) {
        const patched = list!.map((x) => x === target ? { ...x, sinceUnknown: true } : x);
        put(acc, expecting === 'skills.since' ? { skills: patched as HeldSkill[] } : { titles: patched as HeldTitle[] });
      }
      break;
    }
    case 'workYears':
      if (u.workYears === undefined && u.number !== undefined && u.number >= 0 && u.number <= 80) putYears(acc, u.number, undefined);
      else if (u.dontKnow) { acc.out = withUnknown(acc.out, 'workYears'); acc.learnt = true; }
      break;
    case 'annualReviewsPassed':
      if (u.annualReviewsPassed === undefined && u.yesNo !== undefined) put(acc, { annualReviewsPassed: u.yesNo });
      else if (u.dontKnow) { acc.out = withUnknown(acc.out, 'annualReviewsPassed'); acc.learnt = true; }
      break;
    case 'skills':
    case 'titles':
    case 'awards':
      if (acc.out[expecting] === undefined && u.yesNo === false) put(acc, { [expecting]: [] });
      // not known: read as none (the reading that promises least), and the answer says it depends on it
      else if (acc.out[expecting] === undefined && u.dontKnow) { put(acc, { [expecting]: [] }); acc.out = withUnknown(acc.out, expecting); }
      break;
    case 'region':
      if (!acc.out.region && u.dontKnow) { put(acc, { region: 'national', place: '', fallback: true }); acc.out = withUnknown(acc.out, 'region'); }
      break;
    case 'awards.class': {
      const a = classlessAward(acc.out);
      if (a && a.type === 'competition') {
        const cls = u.number === 1 || u.number === 2 ? u.number : u.choice === 1 || u.choice === 2 ? u.choice : undefined;
        if (cls !== undefined) {
          const { classUnknown: _c, ...rest } = a;
          const tier = (cls === 1 ? a.tier.replace('class2', 'class1') : a.tier.replace('class1', 'class2')) as typeof a.tier;
          put(acc, { awards: acc.out.awards!.map((x) => x === a ? { ...rest, tier } : x) });
        } else if (u.dontKnow) {
          const { classUnknown: _c, ...rest } = a;
          put(acc, { awards: acc.out.awards!.map((x) => x === a ? rest : x) });
          acc.out = withUnknown(acc.out, 'awards.class');
        }
      }
      break;
    }
    case 'awards.rank': {
      const a = unrankedAward(acc.out);
      const medal = u.medal;
      if (a && a.type === 'competition' && (u.number !== undefined || medal)) {
        const patched: ParsedAward = a.tier === 'worldskills'
          ? { ...a, ...(medal ? { medal } : {}) }
          : { ...a, ...(u.number !== undefined ? { rank: Math.max(1, Math.round(u.number)) } : medal ? { rank: ({ gold: 1, silver: 2, bronze: 3, excellence: 99 } as const)[medal] } : {}) };
        if (patched !== a && (patched.type === 'competition' && (patched.rank !== undefined || patched.medal !== undefined))) {
          put(acc, { awards: acc.out.awards!.map((x) => x === a ? patched : x) });
        }
      } else if (a && u.dontKnow) { acc.out = withUnknown(acc.out, 'awards.rank'); acc.learnt = true; }
      break;
    }
    case 'awards.teamSize': {
      const a = teamlessAward(acc.out);
      const size = u.number !== undefined && Number.isInteger(u.number) && u.number >= 1 && u.number <= 50 ? u.number : undefined;
      if (a && size !== undefined) {
        put(acc, { awards: acc.out.awards!.map((x) => x === a ? { ...a, teamSize: size } : x) });
      } else if (a && u.dontKnow) { acc.out = withUnknown(acc.out, 'awards.teamSize'); acc.learnt = true; }
      break;
    }
  }
  return { facts: acc.out, learnt: acc.learnt };
}

/** A contest's level apart from its class (provincial_class1 → provincial; municipal_industry is the city's too). */
const tierLevel = (tier: string): string => (tier === 'municipal_industry' ? 'municipal' : tier.split('_')[0]);

function dedupeAwards(list: ParsedAward[]): ParsedAward[] {
  const seen = new Set<string>();
  return list.filter((a) => {
    const k = JSON.stringify(a);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
