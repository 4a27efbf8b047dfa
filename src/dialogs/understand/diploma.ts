// A diploma in a related field (相关专业毕业证书): it exempts a title holder from a skill evaluation's theory exam.
// Said in passing (我是机电专业毕业的, 专业对口) it counts at any point; loose answers (学的数控) only when asked.

/** Not related, or no diploma: 专业不对口, 跨专业, 非相关专业, not related. */
const UNRELATED = /(?:专业|学历|毕业证书?|学的)?(?:不对口|不相关|不太对口|不怎么对口|对不上|无关|不一样|不沾边)|非(?:相关|本|对口)专业|跨专业|没有?(?:相关|对口)?(?:专业|学历|毕业证书?)|没(?:上过|读过|念过)(?:学|大学|大专|中专|技校)|\b(?:not|isn'?t|wasn'?t) (?:really )?related\b|\bunrelated\b|\b(?:no|without an?) (?:related )?(?:degree|diploma)\b|\bdifferent (?:field|major|subject)\b/;

/** Said in passing: a major named with graduation, or the words 相关专业 / 专业对口. */
const RELATED = /(?:相关|对口|本)专业(?:的)?(?:毕业|学历|毕业证|出身)?|专业(?:对口|相关|是相关的)|[\u4e00-\u9fffa-z]{2,10}专业(?:的)?(?:毕业|出身|科班)|毕业于[^,。;!?]{0,12}专业|(?:学|读|念)的是?[\u4e00-\u9fff]{2,10}专业|\brelated (?:degree|diploma|major|field)\b|\b(?:degree|diploma|major(?:ed)?|graduated|studied)\b[^,.;!?]{0,24}\bin\b [a-z]/;

/** Answering the question: 学的数控, 中专读的机电, 是的, 相关. */
const RELATED_LOOSE = /相关|对口|(?:学|读|念)的|毕业|科班|\brelated\b|\bsame (?:field|major)\b/;

/** true / false when the text says whether the person holds a related diploma; `asked`: the bot asked. */
export function findDiploma(text: string, asked: boolean): boolean | undefined {
  if (UNRELATED.test(text)) return asked || /专业|学历|毕业|degree|diploma|major|field/.test(text) ? false : undefined;
  if (RELATED.test(text)) return true;
  if (asked && RELATED_LOOSE.test(text)) return true;
  return undefined;
}
