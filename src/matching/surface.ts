// Before any stage reads a question: the forms people type that the stages would misread, rewritten in the
// form they expect. Chat shortenings become their full form (data/lexicon/en.json, vi.json, zh.json `chat`:
// "vn" → "Việt Nam", "med" → "medical", "干嘛" → "做什么"); years, dates and amounts written short become the
// long form ("apr '22" → "apr 2022", "19/4/22" → "19/4/2022", "1.5m" → "1.5 million", "1tr5" → "1,5 triệu",
// "150w" → "150万", "一百五十万" → "1,500,000", "20年7月" → "2020年7月"). A pure function of the text and its
// language: what the stages do with the long forms is theirs.
import type { Lang } from '../languages.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { ChatForms } from '../lexicon/schema.js';
import { escapeRegExp, viTones } from './normalize.js';

type Rule = readonly [RegExp, (m: readonly string[]) => string];

/** A number with a decimal comma or point, as a number. */
const numberOf = (s: string) => Number(s.replace(',', '.'));

/** Grouped as English writes it ("1,500,000"), which every language's stages read as the amount. */
const grouped = (n: number) => Math.round(n).toLocaleString('en-GB');

/** A short year of this century ("22") as its full form. */
const century = (yy: string) => `20${yy}`;

/** Forms every language types alike: short years in dates, after an apostrophe. */
const COMMON: readonly Rule[] = [
  // "19/4/22", "29-7-20": a day, a month and a short year.
  [/(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{2})(?![\d/.-])/g, (m) => `${m[1]}${m[2]}${m[3]}${m[2]}${century(m[4] ?? '')}`],
  // "apr '22", "the '20 call": a year by its last two digits after an apostrophe.
  [/(?<![\p{L}\p{N}])['’‘](\d{2})(?![\p{L}\p{N}'’])/gu, (m) => century(m[1] ?? '')],
];

/** "1.5m", "1.5 mil", "235k", "2bn": a scale written short, in English. */
const EN: readonly Rule[] = [
  [/(?<![\p{L}\d.,])(\d+(?:\.\d+)?)\s?(?:m|mn|mln|mil|mill|mio)\b\.?/giu, (m) => `${m[1]} million`],
  [/(?<![\p{L}\d.,])(\d+(?:\.\d+)?)\s?(?:b|bn|bln)\b\.?/giu, (m) => `${m[1]} billion`],
  [/(?<![\p{L}\d.,])(\d+(?:\.\d+)?)k\b/giu, (m) => grouped(numberOf(m[1] ?? '') * 1000)],
];

const VI_LETTER = '\\p{L}';

/** Vietnamese: "1tr5" (1,5 triệu), "1,5tr", "235k", "T7/2020" (tháng 7), "năm 22". */
const VI: readonly Rule[] = [
  [new RegExp(`(?<![${VI_LETTER}\\d.,])(\\d+)\\s?tr(\\d{1,3})(?![${VI_LETTER}\\d])`, 'giu'), (m) => ` ${m[1]},${m[2]} triệu `],
  // "1.5 triệu": a decimal point where Vietnamese writes a comma (three digits after it group thousands instead).
  [/(?<![\d.,])(\d+)\.(\d{1,2})(?=\s*(?:tri[eệ]u|t[yỷỉ]|tr)(?!\p{L}))/giu, (m) => `${m[1]},${m[2]}`],
  // "235 nghìn", "235 ngàn": thousands by their word.
  [/(?<![\d.,])(\d+(?:,\d+)?)\s*(?:nghìn|ngàn|nghin|ngan)(?!\p{L})/giu, (m) => ` ${grouped(numberOf(m[1] ?? '') * 1000)} `],
  // "235.000 đô": dollars, after a number only ("thủ đô" is a capital city).
  [/(\d(?:[\d.,]*\d)?\s*(?:tri[eệ]u|t[yỷỉ])?)\s*(?:đô la|đô-la|đô|dola|đô mỹ)(?!\p{L})/giu, (m) => `${m[1]} USD`],
  // Written against the number only: "2022 k" ends a yes/no question ("không").
  [new RegExp(`(?<![${VI_LETTER}\\d.,])(\\d+(?:[.,]\\d+)?)tr(?![${VI_LETTER}\\d])\\.?`, 'giu'), (m) => ` ${(m[1] ?? '').replace('.', ',')} triệu `],
  [new RegExp(`(?<![${VI_LETTER}\\d.,])(\\d+(?:[.,]\\d+)?)\\s?tỏi(?![${VI_LETTER}\\d])`, 'giu'), (m) => ` ${(m[1] ?? '').replace('.', ',')} tỷ `],
  [new RegExp(`(?<![${VI_LETTER}\\d.,])(\\d+)k(?![${VI_LETTER}\\d])`, 'giu'), (m) => ` ${grouped(Number(m[1]) * 1000)} `],
  // "T7/2020", "th7 năm 2020": a month by its number after "T".
  [new RegExp(`(?<![${VI_LETTER}\\d])(?:T|t|th|Th)\\s?(\\d{1,2})(?=\\s*(?:[/-]\\s*\\d{2,4}|\\s+(?:năm|nam)\\s))`, 'gu'), (m) => `tháng ${m[1]}`],
  // "sang năm 2022": "moving on to" a year named is that year, not "next year" (the glossary's "sang năm" alone).
  [/(?<![\p{L}])sang\s+(năm|nam)(?=\s+\d{4}(?!\d))/giu, (m) => m[1] ?? ''],
  // "tháng 7/20", "năm 22": a short year where only a year can stand (not "Việt Nam 20…"; "hồi" folds to "hội", as in "Đại hội 12").
  [/(th[aá]ng\s*\d{1,2}\s*[/-]\s*)(\d{2})(?![\d/.,])/giu, (m) => `${m[1]}${century(m[2] ?? '')}`],
  [/(?<!(?:vi[eệ]t|viet)\s)(?<![\p{L}])(năm|nam)\s+(\d{2})(?![\d/.,%]|\s*(?:năm|nam|tuổi|tuoi|người|nguoi)(?!\p{L}))/giu, (m) => `${m[1]} ${century(m[2] ?? '')}`],
];

/** Chinese numerals with their units ("一百五十万", "二十三万五千"), as a number; null when it is not one. */
function hanAmount(text: string): number | null {
  const digits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  const units: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of text) {
    const d = digits[c];
    const u = units[c];
    if (d !== undefined) digit = d;
    else if (u !== undefined) {
      section += (digit ?? 1) * u;
      digit = null;
    } else if (c === '万' || c === '亿') {
      total += (section + (digit ?? 0)) * (c === '万' ? 10_000 : 100_000_000);
      section = 0;
      digit = null;
    } else return null;
  }
  return total + section + (digit ?? 0);
}

/** Chinese: years written in numerals or short, amounts with units in numerals, "w" for 万. */
const ZH: readonly Rule[] = [
  // "二〇二二年", "二零二零年": a year digit by digit.
  [/([〇零一二三四五六七八九]{4})(?=\s*年)/gu, (m) => [...(m[1] ?? '')].map((c) => '〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c)).join('')],
  // "一百五十万", "二十三万五千元": an amount in numerals with a unit of hundreds or more (no word of its own starts so).
  [/[零〇一二两三四五六七八九十百千]*[百千万亿][零〇一二两三四五六七八九十百千万亿]*/gu, (m) => {
    const all = m[0] ?? '';
    const n = /[一二两三四五六七八九]/u.test(all) ? hanAmount(all) : null;
    return n !== null && n >= 100 ? ` ${grouped(n)} ` : all;
  }],
  // "23.5万刀": dollars as chat writes them, after a number only.
  [/(\d(?:[\d.,]*\d)?\s*[万亿]?)\s*刀/gu, (m) => `${m[1]}美元`],
  // "150w", "150W": 万 as chat writes it.
  [/(\d+(?:\.\d+)?)\s?[wW](?![a-zA-Z])/g, (m) => `${m[1]}万`],
  [/(?<![\d.])(\d+(?:\.\d+)?)\s?[kK](?![a-zA-Z])/g, (m) => grouped(numberOf(m[1] ?? '') * 1000)],
  // "20年7月", "20年那次": a year by its last two digits before a month or the talk it dates.
  [/(?<![\d.])(\d{2})(\s*年\s*\d{1,2}\s*月)/g, (m) => `${century(m[1] ?? '')}${m[2]}`],
  [/(?<![\d.了近约多满超逾])(\d{2})(\s*年)(?=[那这]|的?(?:会谈|电话|通话|视频|会晤|时候))/g, (m) => `${century(m[1] ?? '')}${m[2]}`],
  // "越方20年说…", "20年越共中央对外部…", "宋涛22年给越南…": chat writes a year of this century by its last two digits
  // anywhere; twenty years is said as a span, after a word of counting or lasting ("近20年", "建交20年") or before one of
  // length ("20年来", "20年间", "20年了").
  [/(?<![\d.了近约多满超逾这那过去几每头第隔共整交作立有历经])([12]\d)(\s*年)(?![\d月来间内里了多后前左以之零半的时历])/g, (m) => `${century(m[1] ?? '')}${m[2]}`],
];

/** One pass of a language's chat shortenings over the text. */
function chatRule(forms: ChatForms, whole: boolean): ((text: string) => string) | null {
  const keys = Object.keys(forms).sort((a, b) => b.length - a.length);
  if (keys.length === 0) return null;
  const byKey = new Map(keys.map((k) => [k.normalize('NFC').toLowerCase(), forms[k] ?? k]));
  const alternatives = keys.map((k) => escapeRegExp(k.normalize('NFC'))).join('|');
  const pattern = whole ? new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives})(?![\\p{L}\\p{N}_])`, 'giu') : new RegExp(`(?:${alternatives})`, 'gu');
  return (text) => text.replace(pattern, (found) => byKey.get(found.toLowerCase()) ?? found);
}

/** Vietnamese without its diacritics, as a question typed without them reads. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');

function apply(text: string, rules: readonly Rule[]): string {
  let out = text;
  for (const [pattern, to] of rules) out = out.replace(pattern, (...args: unknown[]) => to(args.slice(0, -2) as string[]));
  return out;
}

/** The question as the stages read it: shortenings in full, short years, dates and amounts in their long form. */
export function createSurface(lexicon: Lexicon): (text: string, lang: Lang) => string {
  const chat = {
    en: chatRule(lexicon.chatForms.en, true),
    vi: chatRule(lexicon.chatForms.vi, true),
    zh: chatRule(lexicon.chatForms.zh, false),
  };
  const own: Readonly<Record<Lang, readonly Rule[]>> = { en: EN, vi: VI, zh: ZH };
  return (text, lang) => {
    // Chinese shortenings are listed in simplified characters.
    // Vietnamese tones on "oa", "oe", "uy" are placed as the facts write them ("hoá" → "hóa").
    const base = lang === 'zh' ? lexicon.simplified(text.normalize('NFC')) : lang === 'vi' ? viTones(text) : text.normalize('NFC');
    // Typed without diacritics, a Vietnamese question stays so: its full forms are folded too ("vn" → "Viet Nam").
    const plain = lang === 'vi' && !/[^\p{ASCII}]/u.test(base);
    const full = chat[lang]?.(base) ?? base;
    const expanded = plain && full !== base ? fold(full) : full;
    return apply(apply(expanded, COMMON), own[lang]);
  };
}
