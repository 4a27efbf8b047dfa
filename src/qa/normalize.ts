// A question as the Q&A reads it: full-width folded (NFKC), lowercased, traditional characters made simplified (a
// table of the characters these questions use, not a full converter), and for the classifier, places and numbers
// replaced by one placeholder each (what is asked does not depend on which city or how many years).
import { placesIn } from '../rules/places';

/** Traditional → simplified, in pairs. */
const PAIRS = [
  '職职 稱称 師师 級级 證证 書书 們们 麼么 嗎吗 這这 個个 評评 報报 審审 請请 問问 還还 沒没 錢钱 費费 幾几 條条 準准 備备',
  '資资 歷历 學学 論论 語语 腦脑 電电 銲焊 機机 鉗钳 鍛锻 鑄铸 熱热 處处 衝冲 壓压 維维 員员 裝装 調调 樓楼 際际 氣气 體体',
  '藝艺 術术 農农 業业 實实 驗验 專专 賽赛 獎奖 榮荣 譽誉 號号 國国 蘇苏 遼辽 寧宁 慶庆 貫贯 試试 題题 績绩 獲获 參参 與与',
  '種种 類类 關关 係系 對对 應应 華华 濟济 會会 計计 統统 譯译 軟软 謂谓 聽听 說说 讀读 寫写 課课 練练 習习 經经 點点 甚什',
  '麽么 為为 時时 間间 從从 後后 來来 過过 邊边 裡里 裏里 長长 開开 門门 線线 發发 現现 認认 識识 讓让 給给 買买 賣卖 帶带',
  '樣样 雙双 獨独 團团 隊队 區区 縣县 鄉乡 鎮镇 廠厂 單单 網网 絡络 傳传 紀纪 錄录 戶户 險险 醫医 療疗 補补 貼贴 額额 規规',
  '範范 標标 續续 辦办 構构 別别 務务 導导 歲岁 齡龄 層层 優优 勢势 難难 簡简 舊旧 換换 轉转 遷迁 離离 兩两 萬万 億亿 讚赞',
  '擁拥 護护 厲厉 礎础 齊齐 總总 變变 產产 廣广 東东 陝陕 漢汉 蘭兰 灣湾 臺台 島岛 鐵铁 鋼钢 築筑 圍围 閘闸 礦矿 銷销 鋪铺',
  '龍龙 鳳凤 鳥鸟 魚鱼 馬马 嚴严 聯联 繫系 擔担 選选 適适 氫氢 極极 積积 証证 筆笔 紙纸 簽签 蓋盖 屬属 並并 將将 幹干 麵面',
  '況况 攜携 雜杂',
].join(' ').split(' ');

const T2S = new Map<string, string>();
for (const p of PAIRS) T2S.set(p[0], p[1]);

/** NFKC, lowercase, simplified characters, one space for any run of whitespace. */
export function normalizeText(text: string): string {
  let s = String(text ?? '').normalize('NFKC').toLowerCase();
  s = [...s].map((ch) => T2S.get(ch) ?? ch).join('');
  return s.replace(/\s+/g, ' ').trim();
}

const NUMBER = /[0-9０-９]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百几]+(?=[年个月岁次])/g;

/** What the classifier sees: the normalised text, with places and numbers replaced by a placeholder. */
export function forClassifier(text: string): string {
  let s = normalizeText(text);
  for (const p of placesIn(s).reverse()) s = s.slice(0, p.start) + '某地' + s.slice(p.end);
  return s.replace(NUMBER, '几');
}
