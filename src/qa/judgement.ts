// A judgement or a recommendation asked (哪个更容易, 技师和工程师哪个吃香, which is easier, recommend a training school):
// the texts rank no route, region or series and name no training body or agency, so such a question is refused,
// whatever topic or facts it shares words with (…the engineering series or arts and crafts series → not the series).
// Pure; the text only.

/** Which is easier, better, more worth it; is it hard; a recommendation asked. (Not 变容易了: whether the standards
 * were eased is the standards topic's.) */
const JUDGEMENT = /哪(?:个|种|条|样|边|里|一个|一种|一条|家|所)?[^，,。？?！!\s]{0,12}?(?:更|比较|最|会)?(?:容易|简单|好考|好评|好过|好拿|好走|省事|轻松|难|吃香|含金量高|有前途|有前景|划算|值得|实用|有用|好|强|巴适|好吃)(?:过|考|评|拿|通过|考上|评上|走)?(?:一?点|一些|些)?(?:[吗呢啊呀吧哈？?，,。！!\s]|$)|还是[^，,。？?！!\s]{1,16}?(?:更|比较)?(?:好|容易|划算|合适|吃香)(?:一?点|一些|些)?(?:[吗呢啊呀吧哈？?，,。！!\s]|$)|推荐(?:一?个|一下|几个|一家|家|所|点|些)|有(?:什么|啥|没有)(?:好的|靠谱的)?推荐|难不难|好不好考|好不好评|容易不容易|(?<![变更得])(?:难|容易|好考|好评|好过)吗|靠谱|靠不靠谱|含金量|吃香|\bwhich\b[^?.!]{0,80}\b(?:easier|easiest|harder|hardest|simpler|simplest|better|more useful|more valuable|worth more)\b|\bwhich (?:one |route |path |option )?is (?:the )?best\b|\bbest for me\b|\bis it (?:easier|harder|better|simpler)\b[^?.!]{0,80}\bor\b|\b(?:can|could|would) you (?:please )?(?:recommend|suggest)\b|\bany (?:good )?recommendations?\b|\b(?:pls|plz|please) recommend\b|\brecommend (?:me )?(?:a|an|some|any)\b(?! (?:candidate|worker|employee|applicant)s?\b)|\bwhich (?:one )?would you (?:pick|choose|take|go for|recommend)\b|\bwhat would you (?:recommend|suggest|pick|choose)\b|\bworth it\b|\bis it (?:hard|difficult|easy|tough) to\b|\bhow (?:hard|difficult|easy|tough) is it\b/i;

/** A training body or an agency (培训机构, 培训班, 中介, training school), asked which, where or whether. */
const PROVIDER = /培训机构|培训班|辅导班|培训学校|培训中心|考前班|中介|代理机构|\btraining (?:schools?|centres?|centers?|courses?|class(?:es)?|institutions?|institutes?|providers?|agenc(?:y|ies))\b|\bagenc(?:y|ies)\b|\bcram schools?\b|\btutors?\b/i;
const PROVIDER_ASK = /哪|推荐|靠谱|好不好|怎么样|要不要报|需不需要报|(?:需要|要|得|必须)报|\bwhich\b|\bwhere\b|\brecommend|\bgood\b|\bbest\b|\breliable\b|\blegit|\btrust/i;

/** Which is easier, better or worth more, asked of the texts' own words (最好评, 划算, which is quicker): refused unless
 * the engine's question is asked (ask.ts: which is quicker with facts named is the years the texts set). */
export const RANKED = /最好评|更好评|好评一些|(?:最|更|比较)容易(?:评|考|过|通过|拿|申报|报)|容易评上|哪个(?:更|最)(?:好|容易|划算|值|快|吃香)|划算|更值得|最值得|更吃香|\bwhich (?:one )?is (?:easier|better|quicker|faster)\b|\beasiest\b|\bmore worth\b/i;

/** Which of two is easier, harder, better, in English ("which is easier in X, the engineering or the arts series", "is
 * a title or a skill grade better to go for"): src/qa/uncoveredSubject.ts's subjective subject. */
export const WHICH_BETTER_EN = /\bwhich(?: one| route| path| way| series| ladder| of (?:them|the two|these))? (?:is|would be|will be|'s) (?:the )?(?:easier|easiest|harder|hardest|simpler|simplest|better|best|more worth(?:while)?)\b|\b(?:easier|harder|better|simpler) (?:to (?:get|pick|choose|go for|take|pass)|for me)\b|\bis it worth (?:it|going for|trying)\b/i;

export type Judgement = 'provider' | 'judgement';

/** What the question asks to be judged: a provider (which training body), else a judgement; undefined otherwise. */
export function judgementAsked(text: string): Judgement | undefined {
  if (PROVIDER.test(text) && PROVIDER_ASK.test(text)) return 'provider';
  return JUDGEMENT.test(text) ? 'judgement' : undefined;
}

/** The patterns (for the test that no policy text has them). */
export const JUDGEMENT_WORDS: readonly RegExp[] = [JUDGEMENT, PROVIDER, RANKED, WHICH_BETTER_EN];
