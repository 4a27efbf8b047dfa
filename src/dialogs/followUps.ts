// Questions after the answer that name no fact but ask about the person's own result: what to bring (the checklist of
// their paths, not the general answer) and what they can apply for now (their best path). Read on normalised text.
import { normalizeText } from './understand';

export type ResultQuestion = 'materials' | 'now';

const MATERIALS = new RegExp([
  /(?:材料|资料|证明|证件|手续)(?:要|需要|得)?(?:哪些|什么|啥|有哪些)/.source,
  /(?:要|需要|得)?(?:准备|带|提交|备)(?:些|点|好)?(?:什么|啥|哪些)/.source,
  /(?:哪些|什么|啥)(?:证明|申报)?(?:材料|资料|证件|手续)/.source,
  /\b(?:what|which)\b.*\b(?:documents?|paperwork|papers)\b/.source,
  /\b(?:documents?|paperwork|papers)\b.*\b(?:need|bring|prepare|submit|required)\b/.source,
].join('|'));

const NOW = new RegExp([
  /(?:能|可以)(?:报|评|申报|申请|考)(?:个|些)?(?:啥|什么|哪个|哪些|哪一?级|几级)/.source,
  /(?:能|可以)(?:报|评)到(?:哪|几)/.source,
  /\bwhat (?:can|could) i (?:apply|go) for\b/.source,
  /\b(?:which|what) (?:levels?|titles?|grades?) (?:can|could) i\b/.source,
].join('|'));

/** What a message asks of the person's own result, if it is one of these questions. */
export function resultQuestion(text: string): ResultQuestion | undefined {
  const norm = normalizeText(text).text;
  if (MATERIALS.test(norm)) return 'materials';
  if (NOW.test(norm)) return 'now';
  return undefined;
}
