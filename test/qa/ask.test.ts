// ask() end to end on a development set written for these tests (not the intents' phrasings, not the held-out
// set): eligibility by the engine, several regions, mid-interview facts, Suzhou's annex both ways, honest refusals,
// English, quotes word for word, and a phrasing added to the data changing the answer without code.
import { ask, buildModel } from '../../src/qa/ask';
import { INTENT_FILES, loadIntents } from '../../src/qa/intents';
import type { Region } from '../../src/rules/vocabulary';
import { inTexts } from './policyTexts';
import { DEV } from './devQuestions';

const AS_OF = '2026-12';

describe('eligibility, computed by the rule engine', () => {
  it.each([
    ['我高级工干了三年了在沈阳能报助理工程师不', undefined, '辽宁', ['助理工程师', '满2年', '年限已经够了'], '三（二）2'],
    ['我是电工技师，拿证四年了，能评工程师不', 'chongqing', '重庆', ['工程师', '满3年'], '三（一）2'],
    ['我拿了苏州市技术能手 能直接报啥职称', 'suzhou', '苏州', ['苏州市技术能手', '助理'], '四（一）4'],
    ['世赛拿了铜牌，四川这边能直接评哪级', undefined, '四川', ['副高级'], '附件1 六（二）'],
    ['我是高级技师，2019年拿的证，能评高工了吗', 'liaoning', '辽宁', ['高级工程师', '年限已经够了'], '三（二）2'],
    ['工程师能考技师吗', 'sichuan', '四川', ['技师', '4年'], '附件2 五（二）'],
    ['我是技师，去年才拿的证，能评工程师吗', 'chongqing', '重庆', ['起满年限'], '三（一）2'],
  ] as [string, Region | undefined, string, string[], string][])('%s', (q, region, lead, has, clause) => {
    const a = ask(q, { region, locale: 'zh-CN', asOf: AS_OF });
    expect([a.matched, a.kind]).toEqual(['curated', 'engine']);
    expect(a.answer.startsWith(lead)).toBe(true);
    for (const h of has) expect([h, a.answer.includes(h)]).toEqual([h, true]);
    expect(a.citations.some((c) => c.clause.startsWith(clause))).toBe(true);
    for (const c of a.citations) expect([c.quote, inTexts(c)]).toEqual([c.quote, true]);
  });

  it.each([
    ['我拿过世界技能大赛金牌，在四川能评正高吗', 'sichuan', /正高级/],
    ['省里一类技能大赛拿了第二，苏州这边能直接报什么职称', 'suzhou', /副高级/],
  ] as const)('an award with a level asked goes to the engine, whatever not-covered topics its words resemble: %s', (q, region, level) => {
    const a = ask(q, { region, locale: 'zh-CN', asOf: AS_OF });
    expect([a.matched, a.kind]).toEqual(['curated', 'engine']);
    expect(a.answer).toMatch(level);
  });

  it('a competition named without its class is evaluated as both classes, and says so when they differ', () => {
    const a = ask('省赛拿了第二名，苏州能评什么职称', { region: 'suzhou', locale: 'zh-CN', asOf: AS_OF });
    expect([a.matched, a.kind]).toEqual(['curated', 'engine']);
    expect(a.answer).toMatch(/一类.*副高级.*二类.*中级/);
    for (const c of a.citations) expect([c.quote, inTexts(c)]).toEqual([c.quote, true]);
  });

  it('an award the region gives no path for gets the region\'s green-channel list, not a request for facts', () => {
    const a = ask('i won a national skills competition top 5, what title can i get', { region: 'national', locale: 'en', asOf: AS_OF });
    expect([a.matched, a.id]).toEqual(['curated', 'green_competition']);
    expect(a.citations.length).toBeGreaterThan(0);
  });

  it.each([
    // my own wordings, not the development sets'
    ['想问下全国技术能手在四川，破格能申报副高还是正高', 'sichuan', /副高级/, '附件1 六（二）'],
    ['我是焊工技师，前年拿的证，去年考核没合格，能评工程师吗', 'chongqing', /年度考核/, '三（一）2'],
    ['手上有江苏工匠称号，能直接评高级工程师不', 'suzhou', /^苏州/, '四（一）4'],
    ['我是正高级工程师，想考高级技师，有年限吗', 'sichuan', /不受年限限制/, '三（三）3'],
  ] as [string, Region, RegExp, string][])('reads the question right: %s', (q, region, want, clause) => {
    const a = ask(q, { region, locale: 'zh-CN', asOf: AS_OF });
    expect([a.matched, a.kind]).toEqual(['curated', 'engine']);
    expect(a.answer).toMatch(want);
    expect(a.citations.some((c) => c.clause.startsWith(clause))).toBe(true);
    for (const c of a.citations) expect([c.quote, inTexts(c)]).toEqual([c.quote, true]);
  });

  it.each([
    ['我是焊工，没有证书，能评职称吗', 'chongqing', 'junior_skill'],
    ['还没考到技师证，可以先报工程师吗', 'liaoning', 'eligibility'],
  ] as [string, Region, string][])('with no level held: %s', (q, region, id) => {
    const a = ask(q, { region, locale: 'zh-CN', asOf: AS_OF });
    expect([a.matched, a.id]).toEqual(['curated', id]);
    for (const c of a.citations) expect([c.quote, inTexts(c)]).toEqual([c.quote, true]);
  });

  it('reads an English contest result the understanding does not', () => {
    const a = ask('I finished 3rd at a provincial class one skills contest, which title can I apply for directly in Suzhou?', { locale: 'en', asOf: AS_OF });
    expect([a.matched, a.kind, a.region]).toEqual(['curated', 'engine', 'suzhou']);
    expect(a.answer).toMatch(/apply directly for deputy senior/);
  });

  it('answers one line per region named, each from its own text', () => {
    const a = ask('全国技术能手在辽宁和在重庆分别能评到哪一级', { locale: 'zh-CN', asOf: AS_OF });
    const lines = a.answer.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^辽宁：.*正高级/);
    expect(lines[1]).toMatch(/^重庆：.*中级（工程师）/);
    expect(a.regions).toEqual(['liaoning', 'chongqing']);
    expect(new Set(a.citations.map((c) => c.policy))).toEqual(new Set(['liaoning-2019-2', 'chongqing-2020-32']));
  });

  it('mid-interview, uses the person\'s own facts and says so', () => {
    const facts = { skills: [{ level: 'technician' as const, since: '2021-06' }], annualReviewsPassed: true };
    const a = ask('那我现在能报工程师吗', { region: 'chongqing', locale: 'zh-CN', asOf: AS_OF, facts });
    expect(a.usedPersonFacts).toBe(true);
    expect(a.answer).toMatch(/^按您前面说的情况：重庆：.*工程师/);
    expect(a.answer).not.toContain('年度考核合格');
    // The question's own facts win over the person's.
    const b = ask('高级工能评什么职称', { region: 'chongqing', locale: 'zh-CN', asOf: AS_OF, facts });
    expect([b.usedPersonFacts, b.answer.includes('助理')]).toEqual([undefined, true]);
  });

  it('says which route does not exist and what the facts do open', () => {
    const a = ask('高级工能直接评工程师吗', { region: 'chongqing', locale: 'zh-CN', asOf: AS_OF });
    expect(a.answer).toContain('不能直接申报中级（工程师）');
    expect(a.answer).toContain('助理级');
  });

  it('says what the text\'s routes to a level are when the facts reach none (Sichuan 正高级 needs a 高级工 too)', () => {
    const a = ask('没有技能证书，副高职称干了6年能评正高吗', { region: 'sichuan', locale: 'zh-CN', asOf: AS_OF });
    expect(a.answer).toContain('没有申报正高级');
    expect(a.answer).toContain('副高级（高级工程师）（并持有高级工（三级）以上）取得后满5年');
    expect(a.citations.some((c) => c.clause.startsWith('附件1 五（四）'))).toBe(true);
  });

  it('supposes the skill level a title-to-title row asks beside the title when none is said, and says so (Sichuan 副高 → 正高)', () => {
    const a = ask('副高职称干了6年能评正高吗', { region: 'sichuan', locale: 'zh-CN', asOf: AS_OF });
    expect(a.answer).toContain('按您同时持有高级工（三级）以上技能等级算');
    expect(a.answer).toContain('取得后满5年');
    expect(a.citations.some((c) => c.quote.includes('取得副高级职称后，从事技术技能工作满5年；或取得高级技师'))).toBe(true);
    expect(a.citations.some((c) => c.clause === '附件2 三')).toBe(false);
  });

  it('reads a title named after a dated title held, with when asked, as the title wanted (副高2022年6月 正高最早哪年哪月)', () => {
    const a = ask('四川 副高职称2022年6月取得 正高级最早哪年哪月', { region: 'sichuan', locale: 'zh-CN', asOf: AS_OF });
    expect(a.answer).toContain('2027年6月');
    expect(a.answer).toContain('副高级（高级工程师）（并持有高级工（三级）以上）取得后满5年');
    expect(a.citations.some((c) => c.clause.startsWith('附件1 五（四）'))).toBe(true);
  });

  it('answers a level asked for with nothing held by the text\'s routes to it', () => {
    const a = ask('咋样才能评上工程师呢', { region: 'chongqing', locale: 'zh-CN' });
    expect(a.kind).toBe('engine');
    expect(a.answer).toContain('技师（二级）取得后满3年');
    expect(a.citations[0].clause).toBe('三（一）2');
  });

  it('offers both levels of an award the text lists twice, and says so (ruling 5)', () => {
    const a = ask('市级以上技术发明奖在苏州能评什么', { region: 'suzhou', locale: 'zh-CN', asOf: AS_OF });
    expect(a.answer).toMatch(/副高级.*中级/);
    expect(a.answer).toContain('两条都列出');
  });

  it('answers in English, quotes staying Chinese with a gloss', () => {
    const a = ask('I have been a senior worker since 2022, can I apply for assistant engineer?', { region: 'liaoning', locale: 'en', asOf: AS_OF });
    expect(a.kind).toBe('engine');
    expect(a.answer).toMatch(/^Liaoning: .*assistant/i);
    expect(a.citations[0].quote).toMatch(/[\u4e00-\u9fff]/);
    expect(a.citations[0].gloss).toMatch(/assistant/i);
  });
});

describe('Suzhou annex, both ways', () => {
  it.each([
    ['磨工评职称归哪个专业', '磨工', '机械', '附件 2 机械'],
    ['搞防水的算哪个职称专业', '防水工', '建设', '附件 1 建设'],
    ['我是开吊车的，评职称走什么专业', '起重装卸机械操作工', '机械', '附件 2 机械'],
    ['电梯安装维修工评职称报哪个专业', '电梯安装维修工', '建设', '附件 1 建设'],
  ])('%s', (q, trade, specialty, clause) => {
    const a = ask(q, { region: 'suzhou', locale: 'zh-CN' });
    expect(a.kind).toBe('annex');
    expect(a.answer).toContain(`${trade}对应工程系列“${specialty}”专业`);
    expect(a.citations[0].clause).toBe(clause);
    expect(a.citations[0].quote).toContain(trade);
    expect(inTexts(a.citations[0])).toBe(true);
  });

  it('lists the trades of a specialty', () => {
    const a = ask('建设专业对应哪些工种', { region: 'suzhou', locale: 'zh-CN' });
    expect(a.answer).toContain('钢筋工');
    expect(a.citations[0].clause).toBe('附件 1 建设');
  });

  it('says a trade is not listed, with the closest listed ones', () => {
    const a = ask('数控车工评职称对应哪个专业', { region: 'suzhou', locale: 'zh-CN' });
    expect(a.answer).toContain('没有列“数控');
    expect(a.answer).toContain('车工');
  });
});

describe('not in the texts: refused honestly, with who does, never a clause', () => {
  it.each([
    ['考高级技师报名费要多少', '收费'],
    ['今年职称申报几号截止啊', '申报时间'],
    ['技能鉴定的考场在哪个区', '考试'],
    ['评上高级工能落户苏州不', '落户'],
    ['评了职称退休金能多拿吗', '退休'],
    ['我的职称证丢了去哪补', '补办'],
    ['去年评的职称结果在哪查', '结果'],
    ['苏州考证补贴一次发多少钱', '金额'],
    ['公司不给我盖章申报怎么办', '单位'],
    ['评职称和考技师哪个容易点', '容易'],
    ['评上技师工资能涨多少', '工资'],
    ['多大年纪还能评高工', '年龄'],
    ['有职称考技能等级要交钱吗', '收费'],
    ['明天会不会下雪', '人工客服'],
    ['帮我点个外卖', '人工客服'],
  ])('%s', (q, says) => {
    for (const region of ['suzhou', 'chongqing', undefined] as (Region | undefined)[]) {
      const a = ask(q, { region, locale: 'zh-CN' });
      expect([q, region, a.matched, a.citations]).toEqual([q, region, 'none', []]);
      expect(a.answer).toContain(says);
    }
  });

  it.each([
    // money: no text names an amount
    ['拿了省技术能手单位给多少奖金', 'zh-CN'],
    ['is there prize money for the provincial skills contest', 'en'],
    // practical running of exams and reviews
    ['鉴定没考过多久能补考', 'zh-CN'],
    ['how long does it take to hear back after the review', 'en'],
    // English about something no intent knows, or sharing only common words with a topic
    ['can a senior technician become a civil servant', 'en'],
    ['does my factory have to give me time off to study for it', 'en'],
    ['how many workers became senior engineers in 2024', 'en'],
  ])('%s: refused, no citation', (q, locale) => {
    for (const region of ['sichuan', 'liaoning'] as Region[]) {
      const a = ask(q, { region, locale: locale as 'zh-CN' | 'en' });
      expect([q, region, a.matched, a.citations]).toEqual([q, region, 'none', []]);
    }
  });

  it('names the hotline when it has one', () => {
    expect(ask('评职称要交多少钱', { locale: 'zh-CN', hotline: { phone: '023-12333' } }).answer).toContain('023-12333');
    expect(ask('how much is the exam fee', { locale: 'en' }).answer).toMatch(/not (set|in)|do not/i);
  });

  it('answers nothing for an empty or wordless question', () => {
    for (const q of ['', '   ', '？？', '……']) expect(ask(q, { locale: 'zh-CN' }).matched).toBe('none');
  });
});

describe('topics, per region', () => {
  it.each([
    ['论文我真写不出来，评职称咋整', 'liaoning', 'paper', '替代论文'],
    ['俺技校预备技师班毕业，算啥学历呀', 'chongqing', 'tech_school', '本科'],
    ['四川贯通工作分了几个阶段', 'sichuan', 'schedule', '第二阶段'],
    ['造假被发现了会咋样', 'liaoning', 'fraud', '一票否决'],
    ['沒有職稱也能免理論考試嗎', 'chongqing', 'theory_exempt', '毕业证书'],
  ])('%s (%s)', (q, region, id, quoteHas) => {
    const a = ask(q, { region: region as Region, locale: 'zh-CN' });
    expect([a.matched, a.id]).toEqual(['curated', id]);
    expect(a.citations.some((c) => c.quote.includes(quoteHas))).toBe(true);
    for (const c of a.citations) expect(inTexts(c)).toBe(true);
  });

  it('tells someone without a title that the theory exemption is for title holders', () => {
    expect(ask('没有职称也能免理论考试吗', { region: 'chongqing', locale: 'zh-CN' }).answer).toContain('没有职称的，文件没有给这项免考');
  });

  it('says so when a place elsewhere gets the national baseline', () => {
    const a = ask('广东技师能评工程师吗', { region: 'chongqing', locale: 'zh-CN', asOf: AS_OF });
    expect(a.answer).toMatch(/^广东不在收录的地方文件里，按全国文件/);
    expect(a.citations[0].docNo).toBe('人社部发〔2020〕96号');
    expect(ask('评职称要论文吗', { region: 'chongqing', locale: 'zh-CN' }).answer).toMatch(/^重庆：/);
  });

  it('cites Jiangxi and 96号 both for Jiangxi', () => {
    const a = ask('评职称要论文吗', { region: 'jiangxi', locale: 'zh-CN' });
    expect(a.citations.map((c) => c.docNo)).toEqual(['赣人社字〔2021〕227号', '人社部发〔2020〕96号']);
  });
});

describe('the data loop: a phrasing added to the intent files changes the answer, no code', () => {
  const q = '职称那个一票否决咋回事来着';
  it('refused or answered otherwise before, answered by the intent after', () => {
    const files = JSON.parse(JSON.stringify(INTENT_FILES)) as { intents: { id: string; zh: string[] }[] }[];
    const before = ask(q, { region: 'liaoning', locale: 'zh-CN' }, buildModel(loadIntents(files)));
    // Whatever it was, add the phrasing to another intent: the new model follows the data.
    const target = before.id === 'voluntary' ? 'company_review' : 'voluntary';
    files[0].intents.find((i) => i.id === target)!.zh.push(q, '一票否决咋回事来着', '职称一票否决咋回事');
    const after = ask(q, { region: 'liaoning', locale: 'zh-CN' }, buildModel(loadIntents(files)));
    expect(after.id).toBe(target);
    expect(after.id).not.toBe(before.id);
  });
});

describe('the development set (test/qa/devQuestions.ts)', () => {
  // Each question routed to what must answer it: the engine, the annex, a topic, or a refusal.
  const got = DEV.map(([q, region, locale, want]) => {
    const a = ask(q, { region, locale, asOf: AS_OF });
    const what = a.matched === 'none' ? 'refuse' : a.kind === 'engine' || a.kind === 'annex' ? a.kind : a.id;
    return { q, want, what, ok: want.split('|').includes(what ?? '') };
  });
  it('routes at least 95% of it right, and refuses every question it must refuse', () => {
    expect(got.filter((x) => x.ok).length / got.length).toBeGreaterThanOrEqual(0.95);
    expect(got.filter((x) => x.want === 'refuse' && !x.ok)).toEqual([]);
  });
});
