// Commands, anywhere in a message. Words that are also ordinary words (材料, 人工, 详细, back, help) count only in a
// short message; unmistakable ones (重新开始, 转人工, 删除我的数据) count anywhere.
import type { Command, Locale } from './types';
import { type Span } from './text';

interface CommandRule { re: RegExp; make: (m: RegExpExecArray, text: string) => Command; anywhere: boolean }

const SHORT = 16;

const RULES: CommandRule[] = [
  { re: /删除(?:我的|个人)?(?:数据|信息|资料|记录)|清除(?:我的)?(?:数据|信息|记录)|删掉我的(?:数据|信息|记录)?|\b(?:delete|erase|remove|wipe) (?:all )?(?:my|our) (?:data|info(?:rmation)?|records?)\b|\bforget me\b/, make: () => ({ type: 'delete_my_data' }), anywhere: true },
  { re: /重新开始|从头开始|从头再来|重新来过?|再来一[次遍]|重来|重置|\b(?:restart|start over|start again|reset|begin again)\b/, make: () => ({ type: 'restart' }), anywhere: true },
  { re: /转人工|人工客服|人工服务|找人工|要人工|真人客服|找真人|\b(?:talk|speak) to (?:a |an )?(?:human|person|agent|real person|someone)\b|(?<!\b(?:are you|is (?:this|that|it)|you are|you're)\b[^.?!]{0,24})\breal person\b/, make: () => ({ type: 'handoff' }), anywhere: true },
  { re: /^(?:人工(?!智能)|真人|找人|客服|\bhuman\b|\bagent\b|\boperator\b)/, make: () => ({ type: 'handoff' }), anywhere: false },
  { re: /^(?:修改|更改|更正|\bmodify\b|\bedit\b)\s*[:：]?\s*(.*)$/, make: m => ({ type: 'modify', rest: m[1].trim() }), anywhere: true },
  { re: /换(?:个|一个|一下)?(?:地区|地方|城市|省份?)|切换(?:地区|城市|省份?)|更换(?:地区|城市)|改(?:一下)?地区|(?:看看?|查查?)(?:其他|其它|别的)(?:地区|地方|城市|省份?)|\b(?:change|switch|another|other|different) (?:the )?(?:region|city|province|place)\b/, make: () => ({ type: 'change_region' }), anywhere: true },
  { re: /材料清单|(?:需要|要)?(?:准备|带|交|提交)(?:哪些|什么|啥)(?:材料|资料|证件|东西)|要?带(?:什么|哪些|啥)|申报材料|\bwhat (?:to|should i|do i need to|do i have to) (?:bring|prepare|submit)\b|\b(?:what|which) (?:documents|papers|paperwork|materials)\b|\bdocuments (?:do i|should i|to) (?:need|bring|prepare)\b|\b(?:document|paperwork) (?:checklist|list)\b|\bchecklist\b/, make: () => ({ type: 'materials' }), anywhere: true },
  { re: /^(?:材料|资料|清单|要什么材料|\bmaterials?\b|\bdocuments?\b|\bpaperwork\b)$/, make: () => ({ type: 'materials' }), anywhere: false },
  { re: /政策原文|条款原文|看原文|原文|(?:具体)?条款|出处|\b(?:clauses?|original (?:text|wording)|policy text|source text)\b/, make: () => ({ type: 'original' }), anywhere: true },
  { re: /^(?:依据|政策依据|\bsources?\b|\boriginal\b)$/, make: () => ({ type: 'original' }), anywhere: false },
  { re: /^(?:详细|详情|展开|更多|说详细点|详细(?:说说|点|一点|说明|解释)|\bdetails?\b|\bmore details?\b|\btell me more\b|\bmore\b|\bexplain\b)$/, make: () => ({ type: 'details' }), anywhere: false },
  { re: /详细(?:说说|说明|解释|情况)|查看详情|\bmore details\b|\bin detail\b/, make: () => ({ type: 'details' }), anywhere: true },
  { re: /^(?:上一步|上一个|返回|后退|退回|回退|撤销|\bback\b|\bgo back\b|\bprevious\b|\bundo\b)$/, make: () => ({ type: 'back' }), anywhere: false },
  { re: /回到上一步|返回上一步|上一步/, make: () => ({ type: 'back' }), anywhere: true },
  { re: /^(?:(?:请|请你)?(?:用|说|切换(?:到|成)?|改成|换成)?(?:英文|英语)(?:回答|回复|版)?|\benglish(?: please)?\b|\bin english\b|\bspeak english\b|\ben\b)/, make: () => ({ type: 'switch_locale', locale: 'en' as Locale }), anywhere: false },
  { re: /^(?:(?:请|请你)?(?:用|说|切换(?:到|成)?|改成|换成)?(?:中文|汉语|普通话)(?:回答|回复|版)?|\bchinese(?: please)?\b|\bin chinese\b|\bzh\b)/, make: () => ({ type: 'switch_locale', locale: 'zh-CN' as Locale }), anywhere: false },
  { re: /^(?:帮助|求助|使用说明|说明|怎么用|如何使用|菜单|\?|\bhelp\b|\bmenu\b|\bhelp me\b|\bh\b)$/, make: () => ({ type: 'help' }), anywhere: false },
  { re: /^(?:帮助|\bhelp\b)/, make: () => ({ type: 'help' }), anywhere: false },
];

export interface CommandFound { command: Command; span: Span }

/** The first command in the message (rules in priority order). `text` is normalised (lower-case ASCII). */
export function findCommand(text: string): CommandFound | undefined {
  const t = text.trim();
  const short = t.replace(/[\s,。.!?]+$/g, '').length <= SHORT;
  for (const rule of RULES) {
    if (!rule.anywhere && !short) continue;
    const target = rule.anywhere ? text : t.replace(/[\s,。.!]+$/g, '');
    const m = rule.re.exec(target);
    if (!m) continue;
    const offset = rule.anywhere ? 0 : text.indexOf(t);
    return { command: rule.make(m, text), span: { start: offset + m.index, end: offset + m.index + m[0].length } };
  }
  return undefined;
}
