// Questions after the answer that name no fact but ask about the person's own result: what to bring (the checklist of
// their paths, not the general answer), what they can apply for now, what is still missing, whether the theory exam
// is waived, "and next year?", whether the result can be trusted, a comparison with another region. Read on
// normalised text; the dialog answers each from the person's own result.
import { BoundedMemo, keepableText } from './memo';
import { normalizeText } from './understand';
import { yearsAhead } from './yearsAhead';

export type ResultQuestion =
  | { kind: 'materials' | 'now' | 'missing' | 'exempt' | 'trust' | 'compare' | 'depends' }
  | { kind: 'when'; year: number };

const any = (...res: RegExp[]) => new RegExp(res.map((r) => r.source).join('|'));

// What to bring, from word lists rather than phrasings: the things handed in, the verbs of handing them in (带齐, 交上去,
// 准备好: with the word that completes them), the words that ask which, and the verbs of listing them (列给我, 发我).
/** Things handed in, named alone with a question (材料有哪些): not 文件 (哪个文件 asks which policy text) nor 东西. */
const THINGS = '(?:证明材料|申报材料|材料|资料|证明|证件|手续|附件)';
/** Things handed in, named after a verb of bringing or as "the ones to bring" (要带齐哪些文件, 要交的东西). */
const THINGS_BROUGHT = `(?:${THINGS.slice(3, -1)}|文件|东西|证书|表格|单子|复印件|原件)`;
/** Verbs of bringing or handing in (拿 is not one: 能拿什么证 asks what can be had). */
const BRING = '(?:准备|预备|带|携带|提交|递交|上交|交|提供|备|出具|报送|报上去|上传|递|呈交|整|弄|搞)';
/** What completes such a verb (带齐, 交上去, 准备好, 备全). */
const DONE = '(?:齐全|齐|全|好|上去|上|过去|去|来|给)?';
/** The words that ask which (啥子 of south-western speech begins with 啥). */
const WHICH = '(?:什么|啥|哪些|哪几样|哪几个|哪几种|哪样)';
/** Verbs of listing or telling (列给我, 发我一下, 说说). */
const LIST = '(?:列|列出|列举|罗列|写|发|给|说|讲|告诉|整理|汇总|梳理)';
/** The things as a phrase: named alone, or as the ones to bring (要交的材料, 需要带齐的文件). */
const THINGS_SAID = `(?:(?:要|需要|得)?${BRING}${DONE}的${THINGS_BROUGHT}|${THINGS})`;
const MATERIALS = any(
  // (with words between the thing and the question: 材料具体是哪些, 资料都有啥, 手续到底包括什么)
  // (the thing asked with 呢: 那材料呢, 资料方面呢, 申报助工材料呢, 要带的东西呢)
  new RegExp(`${THINGS_SAID}(?:方面|这块|这一块|这边)?(?:呢|咧|嘞|捏)$`),
  new RegExp(`${THINGS_SAID}(?:具体|到底|究竟|都|一共|总共|主要|大概|大致|分别)*(?:要|需要|得|是|有|包括|包含|指)?(?:些)?${WHICH}`),
  // a verb of bringing, what completes it, then which (带齐哪些, 交些啥, 准备好什么, 提供哪几样)
  new RegExp(`${BRING}${DONE}(?:些|点|一些|一点)?${WHICH}`),
  new RegExp(`${WHICH}(?:样的|种)?(?:证明|申报|要交的|要带的|需要的)?${THINGS}`),
  // (the things as 东西 after a verb of needing: 报上去要些什么东西, 需要啥东西)
  new RegExp(`(?:要|需要|得)(?:些|点|一些)?${WHICH}东西`),
  // asked to be listed, with no question word (把要交的材料列给我看看, 材料清单发我, 列一下要带的东西)
  new RegExp(`${THINGS_SAID}(?:清单|目录|单子)?(?:都|全|全部|一下)?(?:给我)?${LIST}(?:一下|下|出来|给我|我|一遍)`),
  new RegExp(`${LIST}(?:我|给我)?(?:一下|下|出来)?(?:都)?(?:要|需要|得)${BRING}${DONE}(?:的)?(?:哪些|些)?${THINGS_BROUGHT}`),
  // the things, then, a few words on, a list asked for (把要交的材料列个单子给我, 要带的东西帮我写张清单)
  new RegExp(`${THINGS_SAID}[^。;]{0,8}?${LIST}(?:个|一个|张|一张|份|一份)?(?:清单|单子|目录|表)`),
  // the things to bring said as what one was told to bring, then which, after a pause (单位让准备材料，具体有哪些)
  new RegExp(`${BRING}${DONE}${THINGS}[,，\\s]*(?:那)?(?:具体|到底|究竟|都|一共|总共|主要)*(?:要|需要|得|是|有|包括)?(?:些)?${WHICH}`),
  /\b(?:what|which)\b.*\b(?:documents?|paperwork|papers|forms|docs|certificates? (?:do|should|must) i (?:bring|submit|show))\b/,
  /\b(?:documents?|paperwork|papers|docs)\b.*\b(?:need|bring|prepare|submit|required|hand in|take)\b/,
  /^what (?:do|would|will) i need\??$/,
  /\bwhat (?:do|does|should|must|would|will|shall)? ?(?:i|he|she|we|they) (?:needs?(?: to)? |have to |got to |gotta |must |should )?(?:bring|prepare|submit|hand in|hand over|give|provide|show|take along|take with me|carry|send in|turn in|upload|file|get ready|have ready|gather|collect|sort out)\b/,
  /\b(?:list|send|show|give|tell)(?: me| us)?(?: the| a| all the)? ?(?:list of |checklist of )?(?:the )?(?:documents?|papers|paperwork|forms|docs|materials)\b/,
);
const NOW = any(
  /(?:能|可以)(?:报|评|申报|申请|考)(?:个|些)?(?:啥|什么|哪个|哪些|哪一?级|几级)/,
  /(?:能|可以)(?:报|评)到(?:哪|几)/,
  /\bwhat (?:can|could) i (?:apply|go) for\b/,
  /\b(?:which|what) (?:levels?|titles?|grades?) (?:can|could) i\b/,
);
const MISSING = any(
  /还(?:差|缺|少)(?:些|点)?(?:什么|啥|哪些|几年|多久|多少|好久|多长时间|几个月|几个年头)|差(?:什么|啥|哪些)(?:条件)?|缺(?:什么|啥)(?:条件)?|还要(?:几年|多久)/,
  /\bwhat (?:else )?am i (?:still )?missing\b|\bam i (?:still )?missing (?:anything|something)\b|\bwhat (?:else )?do i still need\b|\bwhat(?:'s| is) missing\b|\bwhat (?:else )?do i (?:still )?(?:lack|miss)\b|\bhow (?:many|much) (?:more )?(?:years?|months?|time) (?:left|more|to go)\b|\bhow long (?:left|to go)\b/,
);
const EXEMPT = any(/理论.{0,6}免|免.{0,4}理论|不用考理论|理论.{0,4}(?:不用|不必)考/, /\btheory (?:exam|test)\b.*\b(?:skip|waive|exempt|need|have to)\b/);
const TRUST = any(/(?:结果|这个|答案|算得?)(?:准|对|靠谱|可靠)(?:吗|不|么)|准不准|靠不靠谱|可靠吗|靠得住(?:吗|不|么)|(?:你|您)?(?:确定|肯定)(?:吗|么|不|没错)|有把握(?:吗|么|不)|(?:没|不会)(?:算|搞)错(?:吧|吗)/, /\bis (?:this|that|it) (?:right|correct|accurate|reliable|certain|official)\b|\bcan i (?:trust|rely on|count on)\b|\bhow (?:sure|certain|confident|accurate|reliable) (?:are you|is (?:this|that|it))\b|\bare you (?:sure|certain)\b/);
// "取决于什么", "what does it depend on?": what the answer rests on that is not confirmed
const DEPENDS = any(
  /取决于(?:什么|啥|哪些|哪个)|(?:跟|和|与)(?:什么|啥|哪些)有关|(?:由|靠)(?:什么|啥)(?:来)?决定|(?:还|要|需要|得)(?:确认|核实)(?:些)?(?:什么|啥|哪些)|(?:哪些|什么|啥)(?:还)?(?:没确定|不确定|待确认|要确认|要核实)|(?:要|得)看(?:什么|啥|哪些)(?:条件|情况)?$/,
  /\bdepends? on (?:what|which)\b|\bwhat (?:does|would|will) (?:it|that|this|the answer) depend on\b|\bwhat (?:do|would|should) i (?:still )?(?:need to |have to )?(?:confirm|check)\b|\bwhat(?:'s| is) (?:it|that|this) (?:based|conditional) on\b|\bwhat (?:needs|is left|remains) to (?:be )?(?:confirmed|checked)\b|\bwhat (?:does|do|would|will) (?:they|the result)(?: all)? depend on\b|\bwhat (?:is|'s) (?:it|this|that) dependent on\b|\bwhat (?:do you|does it) (?:still )?need to (?:confirm|check)\b|\bwhat (?:is|'s|are) (?:still )?(?:to be confirmed|unconfirmed|open)\b|\bwhat conditions?\b/,
);
const COMPARE = any(/对比|比较|比一比|比比|相比/, /\bcompare\b|\bversus\b|\bvs\.?\b/);
// "那明年呢" / "and next year?": when, by that year, with no level named
const BARE_YEAR = /^(?:那|那么|and|what about|how about)?\s*(?:大后年|后年|明年|next year|in (?:two|three) years|the year after(?: next)?)\s*(?:呢|吗|能报吗|可以吗|行吗|能行吗|\?)*$/;

// "is it possible this year?", "could I apply by next year", "and before the year's end?": when, by that year
const YEAR_ASKED_EN = /^(?:and|so|but|ok|what about|how about)?[,\s]*(?:(?:is|would|will) (?:it|that) (?:be )?(?:possible|doable|ok|likely|realistic)|(?:can|could|may|will) i (?:apply|do it|go for it|make it|get it)|possible)?\s*(?:by|in|within|before|for)?\s*(?:this year|next year|the year after(?: next)?|before (?:the )?year'?s? end|by the end of the year|in (?:two|three) years)(?: then| maybe| perhaps)?$/;
const MATERIALS_BARE_EN = /^(?:and|so|ok|what about|how about)?\s*(?:the )?(?:documents?|paperwork|papers|materials?|checklist|list of documents)(?: then| please| needed| required)?$/;

// A message is asked this up to three times in one turn (after the answer, as a question, its question part), and
// the same short ones come from many people: the reading (normalisation included) is kept, frozen, by the text.
const read = new BoundedMemo<ResultQuestion | null>(500);

/** What a message asks of the person's own result, if it is one of these questions. `hasRegion`: it names a region. */
export function resultQuestion(text: string, hasRegion = false): ResultQuestion | undefined {
  if (!keepableText(text)) return readQuestion(text, hasRegion);
  return read.getOrMake(`${hasRegion ? 1 : 0}${text}`, () => Object.freeze(readQuestion(text, hasRegion)) ?? null) ?? undefined;
}

function readQuestion(text: string, hasRegion: boolean): ResultQuestion | undefined {
  const norm = normalizeText(text).text.replace(/[?？!！。.]+$/, '').trim();
  if (hasRegion) return COMPARE.test(norm) ? { kind: 'compare' } : undefined;
  if (MATERIALS.test(norm) || MATERIALS_BARE_EN.test(norm)) return { kind: 'materials' };
  if (DEPENDS.test(norm)) return { kind: 'depends' };
  if (MISSING.test(norm)) return { kind: 'missing' };
  if (EXEMPT.test(norm)) return { kind: 'exempt' };
  if (NOW.test(norm)) return { kind: 'now' };
  if (TRUST.test(norm)) return { kind: 'trust' };
  if (BARE_YEAR.test(norm) || YEAR_ASKED_EN.test(norm)) return { kind: 'when', year: yearsAhead(norm)! };
  return undefined;
}
