// Whole conversations as data: what the person says to each slot the bot asks for, and the answer expected.
// Shared by the dialog's tests and the channel tests. Expected answers follow the policy texts (see test/rules/policyTable.ts).
import type { Locale } from '../../src/dialogs/replyModel';

export interface Conversation {
  id: string;
  locale: Locale;
  open: string;
  /** Answers by requested slot. */
  answers: Record<string, string>;
  best: { skill_to_title: string | null; title_to_skill: string | null };
  /** Slots that must never be asked (they cannot change the answer). */
  neverAsks?: string[];
  maxMessages?: number;
  region?: string;
}

export const CONVERSATIONS: Conversation[] = [
  {
    id: 'chongqing worker, standard route', locale: 'zh-CN', open: '请问技能证书能评职称吗', region: 'chongqing',
    answers: { region: '重庆江北', skills: '高级工', 'skills.since': '2023年2月', titles: '没有职称', awards: '没有获奖', annualReviewsPassed: '都合格', workYears: '八年' },
    best: { skill_to_title: 'assistant', title_to_skill: null }, neverAsks: ['workYears', 'titles.since', 'awards.rank'], maxMessages: 7,
  },
  {
    id: 'liaoning craftsman by green channel', locale: 'zh-CN', open: '你好', region: 'liaoning',
    answers: { region: '沈阳', skills: '没有', titles: '没有', awards: '辽宁工匠', annualReviewsPassed: '合格', workYears: '10年' },
    best: { skill_to_title: 'full_senior', title_to_skill: null }, neverAsks: ['workYears', 'skills.since'],
  },
  {
    id: 'suzhou senior engineer to senior technician', locale: 'zh-CN', open: '你好', region: 'suzhou',
    answers: { region: '昆山', skills: '没有', titles: '高级工程师', 'titles.since': '2023年4月', awards: '无', annualReviewsPassed: '合格', workYears: '15年' },
    best: { skill_to_title: null, title_to_skill: 'senior_technician' }, neverAsks: ['titles.since', 'annualReviewsPassed', 'workYears'],
  },
  {
    id: 'sichuan engineer needs cumulative years', locale: 'zh-CN', open: '我是工程师，想考技师证', region: 'sichuan',
    answers: { region: '成都', skills: '没有', titles: '工程师', 'titles.since': '2020年3月', awards: '没有', annualReviewsPassed: '都合格', workYears: '5年' },
    best: { skill_to_title: null, title_to_skill: 'technician' },
  },
  {
    id: 'sichuan engineer short of years', locale: 'zh-CN', open: '你好', region: 'sichuan',
    answers: { region: '绵阳', skills: '没有', titles: '工程师', 'titles.since': '2024年3月', awards: '没有', annualReviewsPassed: '都合格', workYears: '3年' },
    // 技师 needs 4 cumulative years (附件2 五（二）5); an engineer also holds the assistant level (ruling 2): 高级工 after 2.
    best: { skill_to_title: null, title_to_skill: 'senior_worker' },
  },
  {
    id: 'jiangxi technician', locale: 'zh-CN', open: '你好', region: 'jiangxi',
    answers: { region: '南昌', skills: '技师', 'skills.since': '2020年6月', titles: '没有', awards: '没有', annualReviewsPassed: '合格', workYears: '12年' },
    best: { skill_to_title: 'intermediate', title_to_skill: null }, neverAsks: ['workYears'],
  },
  {
    id: 'national fallback for Beijing', locale: 'zh-CN', open: '你好', region: 'national',
    answers: { region: '北京', skills: '高级技师', 'skills.since': '2019年1月', titles: '没有', awards: '没有', annualReviewsPassed: '合格', workYears: '20年' },
    best: { skill_to_title: 'deputy_senior', title_to_skill: null },
  },
  {
    id: 'chongqing review failed', locale: 'zh-CN', open: '你好', region: 'chongqing',
    answers: { region: '重庆', skills: '技师', 'skills.since': '2018年1月', titles: '没有', awards: '没有', annualReviewsPassed: '去年不合格', workYears: '10' },
    best: { skill_to_title: null, title_to_skill: null },
  },
  {
    id: 'suzhou competition rank asked', locale: 'zh-CN', open: '你好', region: 'suzhou',
    answers: { region: '苏州', skills: '没有', titles: '没有', awards: '省级一类技能竞赛', 'awards.rank': '第二名', annualReviewsPassed: '都合格', workYears: '6年' },
    best: { skill_to_title: 'deputy_senior', title_to_skill: null },
  },
  {
    id: 'sichuan team event: team size asked, 三人赛项 第3名 is a medal only', locale: 'zh-CN', open: '你好', region: 'sichuan',
    answers: { region: '成都', skills: '没有', titles: '没有', awards: '国家级一类技能竞赛第3名', 'awards.teamSize': '三人赛项', annualReviewsPassed: '都合格', workYears: '6年' },
    best: { skill_to_title: 'intermediate', title_to_skill: null },
  },
  {
    id: 'sichuan individual event: 第3名 counts as 前5名', locale: 'zh-CN', open: '你好', region: 'sichuan',
    answers: { region: '成都', skills: '没有', titles: '没有', awards: '国家级一类技能竞赛第3名', 'awards.teamSize': '1', annualReviewsPassed: '都合格', workYears: '6年' },
    best: { skill_to_title: 'deputy_senior', title_to_skill: null },
  },
  {
    id: 'chongqing: team size cannot matter, never asked', locale: 'zh-CN', open: '你好', region: 'chongqing',
    answers: { region: '重庆', skills: '没有', titles: '没有', awards: '国家级一类技能竞赛第3名', annualReviewsPassed: '都合格' },
    best: { skill_to_title: 'intermediate', title_to_skill: null }, neverAsks: ['awards.teamSize', 'awards.rank'],
  },
  {
    id: 'english: Suzhou senior engineer', locale: 'en', open: 'hello', region: 'suzhou',
    answers: { region: 'Suzhou', skills: 'none', titles: 'senior engineer', 'titles.since': 'April 2023', awards: 'no', annualReviewsPassed: 'yes', workYears: '15' },
    best: { skill_to_title: null, title_to_skill: 'senior_technician' },
  },
  {
    id: 'english: Chongqing technician', locale: 'en', open: 'hi', region: 'chongqing',
    answers: { region: 'Chongqing', skills: 'technician', 'skills.since': 'May 2021', titles: 'none', awards: 'none', annualReviewsPassed: 'yes', workYears: '8' },
    best: { skill_to_title: 'intermediate', title_to_skill: null },
  },
  {
    id: 'english: Liaoning assistant engineer', locale: 'en', open: 'hello', region: 'liaoning',
    answers: { region: 'Dalian', skills: 'none', titles: 'assistant engineer', 'titles.since': 'March 2020', awards: 'no', annualReviewsPassed: 'yes', workYears: '8' },
    best: { skill_to_title: null, title_to_skill: 'technician' },
  },
  {
    id: 'english: Jiangxi senior technician', locale: 'en', open: 'hello', region: 'jiangxi',
    answers: { region: 'Nanchang', skills: 'senior technician', 'skills.since': 'March 2019', titles: 'none', awards: 'no', annualReviewsPassed: 'yes', workYears: '20' },
    best: { skill_to_title: 'deputy_senior', title_to_skill: null },
  },
  {
    id: 'english: Beijing falls back to the national baseline', locale: 'en', open: 'hi', region: 'national',
    answers: { region: 'Beijing', skills: 'senior worker', 'skills.since': 'June 2022', titles: 'none', awards: 'no', annualReviewsPassed: 'yes', workYears: '10' },
    best: { skill_to_title: 'assistant', title_to_skill: null },
  },
  {
    id: 'english: Sichuan by numbered choices', locale: 'en', open: 'hello', region: 'sichuan',
    answers: { region: '2', skills: '2', 'skills.since': '2019-05', titles: '5', awards: '4', annualReviewsPassed: '1', workYears: '9' },
    best: { skill_to_title: 'intermediate', title_to_skill: null },
  },
];

/** Everything in the first message: answered at once (at most 2 messages). */
export const ALL_IN_ONE: { text: string; locale: Locale; best: Conversation['best'] }[] = [
  { text: '我在重庆，2022年5月拿的技师证，没有职称，考核都合格，没获奖', locale: 'zh-CN', best: { skill_to_title: 'intermediate', title_to_skill: null } },
  { text: '我在成都，技师证是2024年6月拿的，没有职称，考核都合格，没有获奖', locale: 'zh-CN', best: { skill_to_title: 'assistant', title_to_skill: null } },
  { text: '辽宁大连，高级技师2020年3月取得，没有职称，年度考核都合格，没有获奖', locale: 'zh-CN', best: { skill_to_title: 'deputy_senior', title_to_skill: null } },
];
