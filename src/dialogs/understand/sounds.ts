// The domain's words read by their sound (issues 13 and 14): voice input and pinyin keyboards write a word with
// characters that sound like it (技丝, 工程湿, 副搞, 技术能首, 论闻, 必业证, 面考), and people of the south-west, and
// voice input, do not tell s / sh, z / zh, c / ch, n / l, in / ing, en / eng apart; tones are lost. One matcher, read
// by the dialog (simplify.ts's fixMistypings) and the Q&A (src/qa/slips.ts, through the understanding's text): a span
// of the message that sounds like one of WORDS, typed with at least one of its characters as they are, and that no
// common word (STOP_WORDS) overlaps, is read as that word, and reported as a guess ("您是说…吗？").
// The readings are those of 《现代汉语词典》/ Unicode Unihan kMandarin, toneless, for the characters the domain's
// words are written with and those that sound like them; a character with two readings (称 cheng / chen, 重, 曾, 熟)
// is listed under both.

import { placesIn } from '../../rules/places';

const TABLE: Record<string, string> = {
  zhu: '助主住注祝猪竹朱珠柱驻著筑铸煮逐嘱诸株蛛', zu: '组足祖阻租族卒',
  li: '理力里立利礼离李例丽历厉励粒莉梨黎璃栗', ni: '你泥尼逆拟腻倪',
  gong: '工公攻功宫共弓供恭躬拱贡汞',
  cheng: '程城成乘呈诚称撑秤承澄惩橙逞骋', chen: '陈沉尘臣晨辰趁衬称', ceng: '层曾蹭',
  // (帅 shuai: 技帅 / 工程帅, a slip of both the keyboard and the eye that people type for 师)
  shi: '师视士市事式是施诗狮史使世示试适势识时实石十食拾湿失室释始氏誓逝饰仕侍帅', si: '四思丝斯司私死似撕寺肆嘶',
  gao: '高搞告稿膏糕篙羔皋',
  ji: '技计记季既继纪寄际级济绩迹吉及即极集几机基击鸡籍辑急积挤剂寂肌姬脊疾棘忌冀',
  shu: '书术数树输属叔熟舒殊蔬梳抒淑鼠署薯暑竖束述', su: '苏速诉素俗塑宿肃',
  neng: '能', leng: '冷楞愣棱', nen: '嫩',
  shou: '手首守受收寿售瘦授兽熟', sou: '搜艘叟',
  zhong: '中钟终种重众忠衷肿仲', zong: '总宗纵综棕踪',
  chu: '初出处除储触厨础楚畜', cu: '粗促醋簇',
  zheng: '正证整政争征睁蒸挣郑症怔', zhen: '真针珍阵镇震振诊侦枕', zen: '怎', zeng: '增赠憎曾',
  fu: '副付富复负父夫服福府符扶附赴腐辅抚浮赋傅覆',
  zhi: '职直知值支执植纸指志制治质止只智至致置织汁枝肢之芝', zi: '资子字自姿紫滋籽', ci: '次此词刺瓷辞雌',
  kao: '考靠烤拷', he: '核合和盒河何禾荷贺赫鹤喝', ge: '格个各隔革搁阁歌哥割葛鸽',
  jiang: '匠将酱江讲奖降疆浆僵姜蒋',
  bi: '毕必比笔币闭壁避逼碧鼻彼毙', ye: '业也夜叶页野液爷冶',
  mian: '免面棉眠绵勉缅冕',
  lun: '论轮伦仑沦', wen: '文闻问纹吻稳温瘟蚊',
  nian: '年念粘黏碾撵', lian: '连脸练联恋莲廉帘链炼',
  xian: '限现先线显县鲜险献仙闲嫌宪陷馅',
};

/** A syllable as south-western speech and voice input hear it: zh, ch, sh as z, c, s; n as l; -ing, -eng as -in, -en. */
export function fuzzy(syllable: string): string {
  return syllable.replace(/^([zcs])h/, '$1').replace(/^n/, 'l').replace(/(?<=[ie])ng$/, 'n');
}

const READINGS = new Map<string, string[]>();
for (const [syllable, chars] of Object.entries(TABLE)) for (const ch of chars) {
  const at = READINGS.get(ch);
  if (!at) READINGS.set(ch, [syllable]); else if (!at.includes(syllable)) at.push(syllable);
}
/** The toneless readings of a character the table lists (none for others). */
export const readingsOf = (ch: string): readonly string[] => READINGS.get(ch) ?? [];

/** Whether two characters sound alike: the same, or a reading in common once made fuzzy (exact: without fuzziness). */
export function soundsAlike(a: string, b: string, exact = false): boolean {
  if (a === b) return true;
  const ra = READINGS.get(a);
  const rb = READINGS.get(b);
  if (!ra || !rb) return false;
  return exact ? ra.some((x) => rb.includes(x)) : ra.some((x) => rb.some((y) => fuzzy(x) === fuzzy(y)));
}

/** Characters that are words of their own everywhere (是, 时, 十, 数, 个, 也, 将, 中, 出 …): read as a slip only where the
 * word's context says so, or in a word of four or more characters typed otherwise right (高级技是). */
const COMMON = new Set('是时十实使市世示试适势史石食失室始数属术束述也之个各中出处总在现先线显县将讲奖降比');

interface Word {
  word: string;
  /** The words it is made of (高级 + 技师): a guess names the one typed otherwise, when it is of two characters or more. */
  parts?: string[];
  /** The positions at which a character typed as it is counts (all when absent); one at least is needed. */
  anchorAt?: number[];
  /** Where the word is expected around the span: then no character need be typed right (ctxAnchor), and the common
   * characters count. */
  ctx?: (before: string, after: string) => boolean;
  /** Matched only in its context (合格 after 都 / 全 and at the end of what is said). */
  onlyInCtx?: boolean;
  /** Characters typed right needed in context (0 when absent). */
  ctxAnchor?: number;
  /** Read by the exact syllable only (a single character: 年 after a number). */
  exact?: boolean;
}

/** After a certificate's 证 or a date (技式二零二二年, 级师 2019年8月, 计视证). */
const CERT_OR_DATE = /^(?:证|\s?(?:(?:19|20)?\d{2}年|[零〇一二][零〇一二三四五六七八九]{1,3}年))/;

/** The domain's words, longest first: levels, titles and what is said of them. */
export const WORDS: readonly Word[] = ([
  { word: '助理工程师', parts: ['助理', '工程师'] }, { word: '高级工程师', parts: ['高级', '工程师'] },
  { word: '技术能手', parts: ['技术', '能手'] }, { word: '高级技师', parts: ['高级', '技师'], ctx: (_b, a) => CERT_OR_DATE.test(a) },
  { word: '工程师' }, { word: '高级工', parts: ['高级', '工'] }, { word: '中级工', parts: ['中级', '工'] }, { word: '初级工', parts: ['初级', '工'] },
  { word: '正高级', parts: ['正高', '级'], anchorAt: [0] }, { word: '毕业证', parts: ['毕业', '证'] },
  { word: '技师', ctx: (_b, a) => CERT_OR_DATE.test(a) },
  { word: '职称' }, { word: '考核' },
  // (合个 / 和格 at the end of what is said of the reviews: 都合个, 年度考核和格了; not 结合个人, 合个影)
  { word: '合格', onlyInCtx: true, ctx: (b, a) => /(?:^|[都全是不也均还本年度核,\s])$/.test(b) && /^(?:$|[,。!?\s了的吧啊呀哈])/.test(a) },
  // (付高 where the title is said: 评付高, 付高职称; not 付高价)
  { word: '副高', anchorAt: [0], ctxAnchor: 1, ctx: (_b, a) => /^(?:[级职工]|$|[吗不呢吧啊,，。?？!！\s])/.test(a) },
  { word: '正高', anchorAt: [0] },
  // (工将 where an award is named, after its place or 大: 辽宁工将, 江苏大工将; not 员工将)
  { word: '证书', anchorAt: [0] }, { word: '技能', anchorAt: [0] }, { word: '工匠', anchorAt: [1], ctxAnchor: 1, ctx: (b) => /大$/.test(b) || placesIn(b).some((p) => p.end === b.length) },
  { word: '毕业', anchorAt: [1] }, { word: '免考' }, { word: '论文' }, { word: '理论' }, { word: '年限', anchorAt: [1] },
  // (四念 for 四年 after a number; not 一念)
  { word: '年', exact: true, onlyInCtx: true, ctx: (b) => /[二三四五六七八九十两几\d]$/.test(b) },
] as Word[]).slice().sort((a, b) => b.word.length - a.word.length);

/** Common words that sound like part of a domain word, or hold one of its sounds: where one overlaps a span (and is not
 * wholly inside it), the span is what it says (会计师, 设计师, 及时, 即使, 几时, 公司, 公务员, 工程事故, 结合个人, 参考和…). */
export const STOP_WORDS: readonly string[] = [
  // …技师
  '会计', '设计', '统计', '审计', '估计', '预计', '合计', '核计', '经济', '机师', '剂师', '技士', '师傅', '及时', '即使', '几时', '集市', '记事', '纪实',
  '科技', '竞技', '绝技', '特技', '演技', '杂技', '球技', '口技', '车技', '武技', '美技', '足技', '牌技', '游技',
  // …工程师
  '事故', '事业', '事务', '事情', '事项', '事宜', '事件', '施工', '实施', '城市', '成事', '思维', '思路', '思想', '司机', '司法', '司令', '司长',
  // …高级工, 中级工
  '公务', '公司', '公寓', '公路', '公园', '公安', '公民', '公开', '公示', '公布', '公告', '公式', '公众', '公交', '公平', '公正', '公里', '公斤',
  '公分', '公约', '公益', '公认', '公用', '公费', '公款', '公章', '公文', '公函', '公社', '攻略', '攻击', '攻关', '攻读', '功能', '功课',
  '工作', '工资', '工厂', '工人', '工地', '工龄', '工业', '工具', '工艺', '工商', '工会', '工种', '工期', '工位', '工序', '工友', '工区', '工段',
  '工价', '工钱', '工伤', '工装', '工服', '工务', '工科', '工学', '工农', '工部', '工委', '工团', '工单', '工时', '工分', '工薪', '工号', '工卡', '工牌',
  // …职称
  '自称', '指称', '称赞', '称呼', '称为', '称作', '称号', '称得', '称心', '称重', '支撑',
  // …考核
  '参考', '思考', '备考', '报考', '高考', '统考', '中考', '联考', '期考', '合作', '合同', '合适', '合理', '合法', '合算', '和谐', '何时',
  '河南', '河北', '核心', '核实', '核算', '核对', '核查',
  // …副高, 正高
  '恢复', '正告',
  // …工匠
  '江苏', '江西', '江南', '江北',
  // …免考
  '全面', '方面', '前面', '后面', '下面', '上面', '里面', '表面', '当面', '见面', '正面', '反面', '考虑', '考察', '避免',
  // …论文
  '讨论', '议论', '评论', '结论', '言论', '争论', '辩论', '舆论', '谈论', '无论', '不论', '勿论', '问题', '问答',
];

/** A guessed reading: `from` as typed, `to` as read. */
export interface SoundGuess { from: string; to: string }

// The first characters a span can start with: those of the words and every character the table lists.
const STARTS = new Set<string>([...WORDS.map((w) => w.word[0]), ...READINGS.keys()]);

function intervals(s: string, list: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const w of list) for (let i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + 1)) out.push([i, i + w.length]);
  return out;
}
/** Whether [a, b) is overlapped by one of `spans` other than one wholly inside it and shorter. */
const blocked = (a: number, b: number, spans: [number, number][]) =>
  spans.some(([x, y]) => x < b && y > a && !(x >= a && y <= b && y - x < b - a));

function matches(s: string, i: number, w: Word): boolean {
  const { word } = w;
  const span = s.slice(i, i + word.length);
  if (span.length < word.length || span === word) return false;
  const inCtx = w.ctx ? w.ctx(s.slice(0, i), s.slice(i + word.length)) : false;
  if (w.onlyInCtx && !inCtx) return false;
  let exact = 0;
  let anchored = false;
  let common = 0;
  for (let k = 0; k < word.length; k++) {
    if (span[k] === word[k]) {
      exact++;
      if (!w.anchorAt || w.anchorAt.includes(k)) anchored = true;
      continue;
    }
    if (!soundsAlike(span[k], word[k], w.exact)) return false;
    if (COMMON.has(span[k])) common++;
  }
  if (inCtx) return exact >= (w.ctxAnchor ?? 0);
  if (!anchored) return false;
  return common === 0 || (word.length >= 4 && exact >= word.length - 1);
}

/** What is reported as guessed: the part typed otherwise (告级工 → 高级, 住力工程师 → 助理) when only one of two
 * characters or more is, else the whole word (中级公 → 中级工); a single character with the number before it (四念 → 四年). */
function guessOf(s: string, i: number, w: Word): SoundGuess {
  if (w.word.length === 1) return { from: s.slice(i - 1, i + 1), to: s[i - 1] + w.word };
  const typed = s.slice(i, i + w.word.length);
  const differ: { at: number; part: string }[] = [];
  let at = 0;
  for (const part of w.parts ?? []) {
    if (typed.slice(at, at + part.length) !== part) differ.push({ at, part });
    at += part.length;
  }
  if (differ.length === 1 && differ[0].part.length >= 2) {
    const { at: from, part } = differ[0];
    return { from: typed.slice(from, from + part.length), to: part };
  }
  return { from: typed, to: w.word };
}

/** The text with the domain's words typed by their sound read as meant, and what was guessed. */
export function soundSlips(s: string): { text: string; guessed: SoundGuess[] } {
  const guessed: SoundGuess[] = [];
  let stops: [number, number][] | undefined;
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    if (!STARTS.has(s[i])) continue;
    for (const w of WORDS) {
      if (!matches(s, i, w)) continue;
      const end = i + w.word.length;
      stops ??= [...intervals(s, STOP_WORDS), ...intervals(s, WORDS.map((x) => x.word))];
      if (blocked(i, end, stops)) continue;
      const g = guessOf(s, i, w);
      if (!guessed.some((x) => x.from === g.from)) guessed.push(g);
      out += s.slice(last, i) + w.word;
      last = end;
      i = end - 1;
      break;
    }
  }
  return last ? { text: out + s.slice(last), guessed } : { text: s, guessed };
}
