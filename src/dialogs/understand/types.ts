// The data the understanding layer hands to the dialog: facts read from one message, no prose, each with what the
// person means by it (holds, wants, asks about, denies, corrects).
import type { Slot } from '../slots';
import type { Guess } from './simplify';
import type { SmallTalk } from './smallTalk';
import type { CompetitionTier, HonorId, Medal, Region, Series, SkillLevel, TechSchoolClass, TitleLevel } from '../../rules/vocabulary';

export type Locale = 'zh-CN' | 'en';

export type ParsedAward =
  | { type: 'honor'; id: HonorId }
  | {
    type: 'competition'; tier: CompetitionTier; rank?: number; medal?: Medal;
    /** People in one team of the event, as said (四人团队 → 4); the engine counts teams above three as of three. */
    teamSize?: number;
    /** 省赛 / 国赛 without 一类 / 二类: `tier` is then the second class (the reading that promises least) until asked. */
    classUnknown?: true;
    /** 团体 without the number of people: asked for when it matters. */
    team?: true;
  };

/** fallback=true: a place outside the six regions, read as the national baseline. */
export interface RegionMatch { region: Region; place: string; fallback: boolean }

export type Command =
  | { type: 'help' }
  | { type: 'restart' }
  | { type: 'back' }
  | { type: 'modify'; rest: string; slot?: 'region' | 'skills' | 'titles' | 'awards' | 'annualReviewsPassed' | 'workYears' }
  | { type: 'change_region'; region?: RegionMatch }
  // (targets: 考技师要准备啥 after the answer: the checklist of the paths to that level)
  | { type: 'materials'; targets?: ParsedTarget[] }
  | { type: 'original' }
  | { type: 'details' }
  | { type: 'delete_my_data' }
  | { type: 'handoff' }
  | { type: 'switch_locale'; locale: Locale };

export interface ParsedSkill { level: SkillLevel; since?: string; sinceApprox?: boolean; occupation?: string }
export interface ParsedTitle {
  level: TitleLevel; since?: string; sinceApprox?: boolean; series?: Series;
  /** A title outside the 贯通 series, as named (中级会计师): kept and echoed, never given to the engine. */
  outside?: string;
}

/** A level named as what the person wants (能评工程师吗), not as what they hold. */
export type ParsedTarget = { kind: 'skill'; level: SkillLevel } | { kind: 'title'; level: TitleLevel; series?: Series };

/** What the person means by a fact they name. */
export type Meaning = 'holds' | 'wants' | 'asks' | 'denies' | 'corrects';

/** One fact read, typed by its meaning: `what` names the fact, `level` the level when it is one. */
export interface Reading {
  meaning: Meaning;
  what: 'region' | 'skill' | 'title' | 'award' | 'date' | 'workYears' | 'annualReviews';
  level?: SkillLevel | TitleLevel;
}

/** A question about the person's own answer, asked after it: when, exemptions, or "what if I had X". */
export type FollowUp = 'when' | 'exempt' | 'hypothetical';

export interface Understanding {
  command?: Command;
  /** Every fact read with its meaning (the fields below hold the facts; wishes and questions never among them). */
  readings?: Reading[];
  /** The message corrects something (不对, 说错了, actually …): `fields` are the fields its corrected part names. */
  correction?: { fields: (keyof Understanding)[] };
  /** Levels the person says they do not hold (没有技师证). */
  denied?: ParsedTarget[];
  /** Mistyped words read as what they were taken to mean (技帅 → 技师): to be confirmed. */
  guessed?: Guess[];
  /** A bare 高级 / 中级 / 初级 read by the question asked (高级 to the certificate question: 高级工): said in the echo. */
  levelByQuestion?: { said: string; kind: 'skill' | 'title'; level: SkillLevel | TitleLevel }[];
  /** 我是高级, I am senior since 2019: a bare level word said of oneself with no question asked, which can be of either
   * ladder (高级工 or 高级职称): not recorded; the dialog asks which, and the date said goes to the level chosen. */
  ladderUnclear?: { said: string; skill: SkillLevel; title: TitleLevel; since?: string; sinceApprox?: true };
  /** The message was a choice's number (1, 选2, 第二个): the dialog echoes what it was taken as. */
  byNumber?: true;
  /** The whole message is small talk (在吗, 谢谢, 好的拜拜). */
  smallTalk?: SmallTalk;
  followUp?: FollowUp;
  /** A date named that lies after asOf ('YYYY-MM'): questioned, never held. */
  futureMonth?: string;
  /** A contest's result said alone while something else is asked (拿了个第四): the rank or medal of the contest named before. */
  placed?: { rank?: number; medal?: Medal };
  /** The class answered by who ran the contest (人社厅办的), not by its class: a reading the reply says it made. */
  classByOrganiser?: true;
  /** The class of the contest asked about, said with another of its details (一类赛第二名 to "which place?"). */
  contestClass?: 1 | 2;
  /** A team size said while a competition's details are asked (团体 → 'team'), or alone after it was named. */
  teamSize?: number | 'team';
  /** The words around a date named alone (评的, 拿的): whose date it is. */
  dateCue?: string;
  /** `month` was counted back from asOf (三年前, 拿证三年了): the echo shows the month it was read as. */
  monthRelative?: boolean;
  /** `month` counted back by years said as not reached yet (拿证快四年了): the whole years below, said in the echo. */
  monthBelow?: { below: number; said: string };
  /** `month` was worked out from a bare number ("3" → 3 years ago): to be confirmed. */
  monthFromNumber?: boolean;
  region?: RegionMatch;
  /** [] = explicitly none (没有证书). */
  skills?: ParsedSkill[];
  /** [] = explicitly none (没有职称). */
  titles?: ParsedTitle[];
  workYears?: number;
  /** The years said as not reached yet (快五年, 将近六年): `workYears` is the whole years below `below`; `said` as typed. */
  workYearsBelow?: { below: number; said: string };
  annualReviewsPassed?: boolean;
  /** [] = explicitly none (没获奖, 无). */
  awards?: ParsedAward[];
  relatedDiploma?: boolean;
  /** null = explicitly none. */
  techSchoolClass?: TechSchoolClass | null;
  /** 焊工, 电工 … when named. */
  occupation?: string;
  /** A bare yes / no: 对, 是的, 嗯, 好, 可以 / 不是, 不对, 没有, no. */
  yesNo?: boolean;
  /** A bare choice number, 1-based: "2", "第二个", "选2". */
  choice?: number;
  /** 不知道, 不清楚, 忘了, not sure. */
  dontKnow?: boolean;
  /** With dontKnow: the topic the message says is not known (考核的事不清楚 → annualReviewsPassed), when it names one. */
  dontKnowAbout?: 'annualReviewsPassed' | 'titles' | 'awards' | 'workYears' | 'region';
  /** Honours whose reading depends on the region (省技术能手), named while no region is known: read when it is. */
  awardsAwaitingRegion?: string[];
  /** Honours named that the region's text does not list (市技术能手 where no city honour counts): read as none. */
  unlistedAwards?: string[];
  /** A date found in the text, 'YYYY-MM', resolved against ctx.asOf. */
  month?: string;
  /** Only a year was given (21年, 前年): month is that year's December (or asOf, if that year is asOf's). */
  monthApprox?: boolean;
  /** A bare number or duration in years (两年半 → 2.5). With `awards.rank`: the rank (第二名, 亚军, 前三 → 3). */
  number?: number;
  /** With `awards.rank`: a medal named (金牌 → gold, 优胜奖 → excellence). */
  medal?: Medal;
  /** A title series named on its own (工程系列, 农业 …), e.g. for the `titles.series` slot. */
  series?: Series;
  /** Levels named as wishes (能评工程师吗, 想考技师), kept apart from what is held. */
  targets?: ParsedTarget[];
  /** Awards named as wishes (想当辽宁工匠, my goal is national technical expert), kept apart from `awards`. */
  wantedAwards?: ParsedAward[];
  /** Looks like a free question (吗, 什么, 怎么, ?, how, what …) rather than an answer. */
  question?: boolean;
  /** False when nothing at all was understood. */
  recognized: boolean;
}

export interface UnderstandContext {
  /** The current month, 'YYYY-MM' (a 'YYYY-MM-DD' is cut to the month). */
  asOf: string;
  /** The slot the bot just asked for. */
  expecting?: Slot | null;
  /** The region already known, for region-dependent award names (市技术能手 …). */
  region?: Region;
  locale?: Locale;
  /** Every award named read as named, wished or denied alike (the Q&A answers what a named award opens). */
  awardsAsNamed?: true;
}
