// Surface forms people type (src/matching/surface.ts, data/lexicon `chat`): chat shortenings, short years,
// dates and amounts are read in full, in every language; what a refusal names is still what the articles lack,
// never a shortening or a chat word.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answering/engine.js';
import { createSurface } from '../../src/matching/surface.js';
import { withoutChatMarkup } from '../../src/chat-text.js';
import { sharedEngine } from '../support/engine.js';

let engine: Engine;
let surface: ReturnType<typeof createSurface>;
beforeAll(() => {
  engine = sharedEngine();
  surface = createSurface(engine.lexicon);
});

/** What the user sees: the answer's text, to the question as a chat interface passes it on. */
const sees = (q: string) => {
  const a = engine.answer(withoutChatMarkup(q));
  return { answered: a.answered, text: a.text, first: a.text.split('\n')[0] ?? '' };
};

describe('the long form of what is typed short', () => {
  it.each([
    ['en', "what did china give in apr '22?", /apr 2022/],
    ['en', 'was the aid worth 1.5m CNY?', /1\.5 million CNY/],
    ['en', 'was the aid worth 235k usd?', /235,000 usd/],
    ['en', 'what was said on 29/7/20?', /29\/7\/2020/],
    ['en', 'how much $$ in med supplies did china send vn', /how much money in medical supplies did china send Vietnam/],
    ['vi', 'Có đúng là TQ tặng VN không', /Trung Quốc tặng Việt Nam/],
    ['vi', 'Viện trợ trị giá 1tr5 tệ', /1,5 triệu\s+tệ/],
    ['vi', 'Hồi T7/2020 hai bên nói gì', /tháng 7\/2020/],
    ['vi', 'hội đàm năm 22 ký gì', /năm 2022/],
    ['vi', 'trị giá 1.5 triệu tệ', /1,5 triệu/],
    ['vi', 'trị giá 235 nghìn đô', /235,000\s+USD/],
    ['zh', '价值23.5万刀', /23\.5万美元/],
    ['en', 'whats the diff btwn the 2 talks', /difference between/],
    ['zh', '价值一百五十万元', /1,500,000/],
    ['zh', '价值150w', /150万/],
    ['zh', '20年7月那次', /2020年7月/],
    // Chat writes this century's years by two digits anywhere, before a verb or a subject too.
    ['zh', '越方20年说了什么', /越方2020年说/],
    ['zh', '20年越共中央对外部是谁在管', /^2020年越共/],
    ['zh', '宋涛22年给越南说了啥', /宋涛2022年给/],
    ['zh', '二〇二二年的会谈', /2022年/],
    ['zh', '拿来干嘛的', /用来做什么的/],
    ['zh', '几几年到几几年', /哪年到哪年/],
    ['zh', '建交多少周年來著', /来着/],
  ] as const)('%s: %s', (lang, typed, long) => {
    expect(surface(typed, lang)).toMatch(long);
  });

  it.each([
    // Twenty years, not 2020; "k" after a year is "không", not thousands; a name's "Nam" before a number is no year.
    ['zh', '两国建交20年来', /建交20年来/],
    ['zh', '两党合作了20年', /了20年/],
    ['zh', '近20年两党关系', /近20年/],
    ['zh', '20年间变化很大', /^20年间/],
    ['vi', 'hội đàm năm 2022 có ký văn kiện k', /2022 có ký văn kiện k$/],
    ['vi', 'Việt Nam 20 năm qua', /Việt Nam 20 năm/],
    // A shortening is a whole word: "vn" inside a word, "med" inside "medal", stay.
    ['en', 'was a medal given?', /medal/],
    ['en', 'Viet Nam and China', /Viet Nam and China/],
    ['vi', 'Hà Nội là thủ đô', /thủ đô/],
  ] as const)('left as typed: %s: %s', (lang, typed, same) => {
    expect(surface(typed, lang)).toMatch(same);
  });
});

describe('what a user sees', () => {
  it('English chat shortenings and a mention: the figure', () => {
    const a = sees('<@123456789012345678> how much $$ in med supplies did china send vn in 2022??');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/1\.5 million CNY \(235,000 USD\)/);
  });

  it('an amount written short is compared, and put right', () => {
    expect(sees('was the aid worth 300k usd?').first).toMatch(/^No: 1\.5 million CNY \(235,000 USD\), not 300,000 USD/);
    expect(sees('was the aid worth 2.5 mil yuan?').first).toMatch(/^No: .*not 2\.5 million CNY/);
  });

  it("a short year after an apostrophe is a year, not a day", () => {
    const a = sees("who spoke in the jul '20 call?");
    expect(a.text).not.toMatch(/no talks/i);
    expect(a.text).toMatch(/Hoang Binh Quan/);
  });

  it('Vietnamese chat: "Có đúng là TQ tặng VN … 2,5 triệu nhân dân tệ không?" is No, with the right figure', () => {
    const a = sees('Có đúng là TQ tặng VN số vật tư y tế trị giá 2,5 triệu nhân dân tệ không?');
    expect(a.first).toMatch(/^Không: 1,5 triệu nhân dân tệ/);
  });

  it('Vietnamese chat with a quoted line and shortenings: what China thanked Vietnam for', () => {
    const a = sees('> 2020 tq cảm ơn vn vụ gì z\nai bít chỉ e vs 😂');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/lũ/);
    expect(a.text).not.toMatch(/19 tháng 4, 2022/);
  });

  it('a Vietnamese date with a short year', () => {
    const a = sees('Hội đàm ngày 19/4/22 ký gì?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/đào tạo cán bộ/);
  });

  it('Vietnamese without diacritics: "chia se" is the facts\' "chia sẻ", not "sẽ" (will)', () => {
    const a = sees('Trong cuoc hoi dam truc tuyen nam 2022, hai ben da chia se voi nhau nhung thong tin nao?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/19 tháng 4, 2022/);
  });

  it('Vietnamese without diacritics: an obstacle in other words finds the sea', () => {
    const a = sees('Ong Quan co chi ra van de gi dang gay vuong mac cho quan he hai nuoc khong?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/biển/);
  });

  it('Vietnamese without diacritics: a Yes needs the words left side by side in the facts\' wording', () => {
    expect(sees('Hai ben co chia se kinh nghiem chong dich khong?').first).not.toMatch(/^Có/);
  });

  it('Chinese: a two-digit year before a month or a talk, and a traditional particle', () => {
    expect(sees('草 刚看到 20年7月那次 越方说争端要靠啥方式解决啊').text).toMatch(/和平/);
    const a = sees('大佬们 20年那通电话里说的是建交多少周年來著 🙏🙏');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/70周年/);
  });

  it('Chinese: amounts in numerals or "w" are compared', () => {
    expect(sees('宋涛送了价值两百万元的物资吗？').first).toMatch(/^不是：是150万 CNY/);
    expect(sees('物资价值150w吗').first).toMatch(/^是/);
  });

  it('Chinese chat: a wrong amount is put right and "拿来干嘛" asks what for', () => {
    const a = sees('宋涛在2022年会谈中宣布捐了价值300万元人民币的医疗物资，这些物资是拿来干嘛的？');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/150万/);
    expect(a.text).toMatch(/新冠/);
  });

  it('Chinese chat: "几几年到几几年" asks for the years', () => {
    const a = sees('嗯嗯 所以两党那个培训干部的方案是几几年到几几年的啊 ≧▽≦');
    expect(a.text).toMatch(/2021/);
    expect(a.text).toMatch(/2025/);
  });
});

describe('a refusal names what the articles lack, never a shortening or chat word', () => {
  it.each([
    ['yo how much $$ did china spend on ventilators for vn?', 'ventilators', /"(?:yo|vn|\$\$|money)"/],
    ['Có đúng là TQ tặng VN máy thở không?', 'máy thở', /dung|TQ|VN|Viet/],
    ['中国送给越南呼吸机了吗？', '呼吸机', /越南/],
  ])('%s', (q, named, never) => {
    const a = sees(q);
    expect(a.answered).toBe(false);
    expect(a.first).toContain(named);
    expect(a.first).not.toMatch(never);
  });

  it('a Chinese chat question about something the articles lack is refused without naming its chat words', () => {
    const a = sees('那个呼吸机是拿来干嘛的');
    expect(a.answered).toBe(false);
    expect(a.first).not.toMatch(/拿来|干嘛|那个/);
  });

  it('"Vietnam gave China …" is No: the report has China give (in every language)', () => {
    expect(sees('Is it true that in 2022 Vietnam gave China medical supplies worth 1.5 million CNY?').first).toMatch(/^No: Vietnam, not China/);
    expect(sees('Có đúng là năm 2022 Việt Nam đã tặng Trung Quốc vật tư y tế trị giá 1,5 triệu CNY không?').first).toMatch(/^Không/);
    expect(sees('越南向中国捐赠了医疗物资吗？').first).toMatch(/^不是/);
    expect(sees('Did China give Vietnam medical supplies in 2022?').first).toMatch(/^Yes/);
    expect(sees('Trung Quốc có tặng Việt Nam vật tư y tế không?').first).toMatch(/^Có/);
  });
});
