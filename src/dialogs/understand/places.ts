// Places → the region whose policy applies. A place outside the six regions falls back to the national baseline.
import type { Region } from '../../rules/vocabulary';
import type { RegionMatch } from './types';
import { type Span, allMatches, pickSpans } from './text';

const ZH: Record<Exclude<Region, 'national'>, string[]> = {
  sichuan: [
    '四川', '川省', '成都', '绵阳', '德阳', '宜宾', '自贡', '泸州', '乐山', '南充', '达州', '攀枝花', '广元', '遂宁', '内江', '眉山',
    '广安', '雅安', '巴中', '资阳', '阿坝', '甘孜', '凉山', '西昌', '都江堰', '彭州', '邛崃', '崇州', '简阳', '天府新区', '郫都',
    '双流', '温江', '新都', '龙泉驿', '青白江', '江油', '峨眉山', '阆中', '华蓥', '万源', '射洪', '隆昌', '什邡', '广汉', '绵竹',
  ],
  liaoning: [
    '辽宁', '沈阳', '大连', '鞍山', '抚顺', '本溪', '丹东', '锦州', '营口', '阜新', '辽阳', '盘锦', '铁岭', '葫芦岛', '瓦房店',
    '庄河', '海城', '新民', '兴城', '凤城', '东港', '大石桥', '调兵山', '开原', '北票', '凌源', '旅顺', '金州',
  ],
  jiangxi: [
    '江西', '南昌', '景德镇', '萍乡', '九江', '新余', '鹰潭', '赣州', '吉安', '宜春', '抚州', '上饶', '赣江新区', '井冈山', '瑞金',
    '庐山', '樟树', '丰城', '高安', '贵溪', '德兴', '共青城', '瑞昌',
  ],
  chongqing: [
    '重庆', '渝中', '大渡口', '江北', '沙坪坝', '九龙坡', '南岸', '北碚', '渝北', '巴南', '万州', '涪陵', '黔江', '长寿区', '江津',
    '合川', '永川', '南川', '綦江', '大足', '璧山', '铜梁', '潼南', '荣昌', '开州', '梁平', '武隆', '城口', '丰都', '垫江', '忠县',
    '云阳', '奉节', '巫山', '巫溪', '石柱', '秀山', '酉阳', '彭水', '两江新区', '长寿', '渝',
  ],
  suzhou: [
    '苏州', '姑苏', '吴中', '相城', '吴江', '虎丘', '苏州高新区', '苏州工业园区', '昆山', '常熟', '张家港', '太仓', '苏州园区',
  ],
};

/** Weak names: read as Suzhou's only when the bot asked for a place (every city has a 高新区). */
const ZH_WEAK: Record<string, Exclude<Region, 'national'>> = { 工业园区: 'suzhou', 园区: 'suzhou', 高新区: 'suzhou' };

/** Provinces and major cities outside the six regions (朝阳, 吉安-like ambiguous names left out). */
const ZH_OTHER = [
  '北京', '天津', '上海', '河北', '山西', '内蒙古', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '山东', '河南', '湖北', '湖南',
  '广东', '广西', '海南', '贵州', '云南', '西藏', '陕西', '甘肃', '青海', '宁夏', '新疆', '香港', '澳门', '台湾',
  '石家庄', '唐山', '保定', '邯郸', '太原', '大同', '呼和浩特', '包头', '长春', '哈尔滨', '大庆', '南京', '无锡', '常州', '南通',
  '徐州', '扬州', '镇江', '盐城', '淮安', '连云港', '宿迁', '泰州', '杭州', '宁波', '温州', '绍兴', '嘉兴', '金华', '台州',
  '湖州', '义乌', '合肥', '芜湖', '蚌埠', '福州', '厦门', '泉州', '漳州', '济南', '青岛', '烟台', '潍坊', '淄博', '临沂', '济宁',
  '郑州', '洛阳', '开封', '新乡', '武汉', '宜昌', '襄阳', '十堰', '长沙', '株洲', '湘潭', '岳阳', '衡阳', '广州', '深圳', '东莞',
  '佛山', '珠海', '中山', '惠州', '汕头', '江门', '南宁', '柳州', '桂林', '海口', '三亚', '贵阳', '遵义', '昆明', '拉萨', '西安',
  '咸阳', '宝鸡', '兰州', '西宁', '银川', '乌鲁木齐', '克拉玛依', '宿州', '徐汇', '浦东', '海淀', '滨海新区',
];

const EN: Record<Exclude<Region, 'national'>, string[]> = {
  sichuan: [
    'sichuan', 'chengdu', 'mianyang', 'deyang', 'yibin', 'zigong', 'luzhou', 'leshan', 'nanchong', 'dazhou', 'panzhihua',
    'guangyuan', 'suining', 'neijiang', 'meishan', "guang'an", 'guangan', "ya'an", 'yaan', 'bazhong', 'ziyang', 'aba',
    'ganzi', 'liangshan', 'xichang',
  ],
  liaoning: [
    'liaoning', 'shenyang', 'dalian', 'anshan', 'fushun', 'benxi', 'dandong', 'jinzhou', 'yingkou', 'fuxin', 'liaoyang',
    'panjin', 'tieling', 'huludao',
  ],
  jiangxi: [
    'jiangxi', 'nanchang', 'jingdezhen', 'pingxiang', 'jiujiang', 'xinyu', 'yingtan', 'ganzhou', "ji'an", 'yichun',
    'shangrao',
  ],
  chongqing: [
    'chongqing', 'chungking', 'yuzhong', 'jiangbei', 'shapingba', 'jiulongpo', "nan'an", 'beibei', 'yubei', 'banan',
    'wanzhou', 'fuling', 'yongchuan', 'hechuan', 'jiangjin', 'qijiang', 'dazu', 'bishan', 'tongliang', 'tongnan',
    'rongchang', 'kaizhou', 'liangping', 'qianjiang',
  ],
  suzhou: [
    'suzhou', 'soochow', 'kunshan', 'changshu', 'zhangjiagang', 'taicang', 'wujiang', 'wuzhong', 'xiangcheng', 'gusu',
    'huqiu', 'suzhou industrial park', 'sip',
  ],
};

const EN_OTHER = [
  'beijing', 'peking', 'shanghai', 'tianjin', 'guangdong', 'guangzhou', 'canton', 'shenzhen', 'jiangsu', 'nanjing', 'wuxi',
  'changzhou', 'nantong', 'xuzhou', 'yangzhou', 'zhejiang', 'hangzhou', 'ningbo', 'wenzhou', 'hubei', 'wuhan', 'hunan',
  'changsha', 'henan', 'zhengzhou', 'shandong', 'jinan', 'qingdao', 'hebei', 'shijiazhuang', 'shanxi', 'taiyuan', 'shaanxi',
  "xi'an", 'xian', 'anhui', 'hefei', 'fujian', 'xiamen', 'guangxi', 'nanning', 'yunnan', 'kunming', 'guizhou', 'guiyang',
  'hainan', 'haikou', 'jilin', 'changchun', 'heilongjiang', 'harbin', 'gansu', 'lanzhou', 'qinghai', 'xining', 'ningxia',
  'yinchuan', 'xinjiang', 'urumqi', 'tibet', 'xizang', 'lhasa', 'inner mongolia', 'hohhot', 'hong kong', 'macau', 'macao',
  'dongguan', 'foshan', 'zhuhai', 'xiamen',
];

interface PlaceEntry { region: Region; fallback: boolean }
interface PlaceHit extends Span, PlaceEntry {}

const zhTable = new Map<string, PlaceEntry>();
for (const [region, names] of Object.entries(ZH) as [Region, string[]][]) {
  for (const n of names) zhTable.set(n, { region, fallback: false });
}
for (const n of ZH_OTHER) if (!zhTable.has(n)) zhTable.set(n, { region: 'national', fallback: true });
const zhNames = [...zhTable.keys()];

const enTable = new Map<string, PlaceEntry>();
for (const [region, names] of Object.entries(EN) as [Region, string[]][]) {
  for (const n of names) enTable.set(n, { region, fallback: false });
}
for (const n of EN_OTHER) if (!enTable.has(n)) enTable.set(n, { region: 'national', fallback: true });
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\']/g, m => (m === "'" ? "['’]?" : '\\' + m));
const EN_RE = new RegExp(`\\b(?:${[...enTable.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})\\b`, 'g');

function add(out: PlaceHit[], text: string, name: string, entry: PlaceEntry): void {
  if (name === '渝' || name === '长寿') return; // only as part of a longer match or bare answer, see below
  let from = 0;
  for (let guard = 0; guard < 50; guard++) {
    const i = text.indexOf(name, from);
    if (i < 0) break;
    out.push({ start: i, end: i + name.length, ...entry });
    from = i + name.length;
  }
}

function hits(text: string, weak: boolean): PlaceHit[] {
  const out: PlaceHit[] = [];
  for (const n of zhNames) add(out, text, n, zhTable.get(n)!);
  if (weak) for (const [n, region] of Object.entries(ZH_WEAK)) add(out, text, n, { region, fallback: false });
  for (const m of allMatches(text, EN_RE)) {
    const key = m[0].replace(/’/g, "'");
    const entry = enTable.get(key) ?? enTable.get(key.replace(/'/g, ''));
    if (entry) out.push({ start: m.index, end: m.index + m[0].length, ...entry });
  }
  return pickSpans(out);
}

export interface PlaceFound extends Span { match: RegionMatch }

/**
 * The first place named, with neighbouring names of the same region kept together ("重庆江北", "四川成都").
 * `asked`: the bot asked for a place, so weak names (园区, 长寿, 渝) and "other" answers count.
 */
export function findPlace(text: string, original: string, asked: boolean): PlaceFound | undefined {
  const found = hits(text, asked);
  if (found.length === 0) {
    if (!asked) return undefined;
    const t = text.replace(/[\s,。.!?市省区县]+$/g, '').trim();
    if (t === '渝' || t === '长寿') return { start: 0, end: text.length, match: { region: 'chongqing', place: t, fallback: false } };
    const other = /(其他|其它|别的|外地|外省|另外的)(地区|地方|省份?|城市)?|\b(other|elsewhere|somewhere else|another province)\b/.exec(text);
    if (other) return { start: other.index, end: other.index + other[0].length, match: { region: 'national', place: original.slice(other.index, other.index + other[0].length), fallback: true } };
    const nation = /全国|国家(标准|层面)?|\bnational\b/.exec(text);
    if (nation) return { start: nation.index, end: nation.index + nation[0].length, match: { region: 'national', place: original.slice(nation.index, nation.index + nation[0].length), fallback: false } };
    return undefined;
  }
  const first = found[0];
  let end = first.end;
  for (const h of found.slice(1)) {
    if (h.region !== first.region || h.start - end > 2) break;
    if (!/^[\s市省区县]*$/.test(text.slice(end, h.start))) break;
    end = h.end;
  }
  // the region wins over a fallback named next to it: 江苏苏州 → suzhou
  let region = first.region;
  let fallback = first.fallback;
  if (fallback) {
    const next = found[1];
    if (next && !next.fallback && next.start - first.end <= 2 && /^[\s市省区县]*$/.test(text.slice(first.end, next.start))) {
      region = next.region;
      fallback = false;
      end = next.end;
    }
  }
  let place = original.slice(first.start, end).trim();
  if (/^[a-z]/.test(place)) place = place.replace(/\b[a-z]/g, c => c.toUpperCase());
  return { start: first.start, end, match: { region, place, fallback } };
}
