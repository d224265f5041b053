// What a user sees when a fair question is worded in their own way (a leading "when" clause, a synonym the
// articles do not use, a context sentence before the ask) or asks each talk in turn: the fact asked, cited from
// the talk that holds it, and at each talk when each is asked; "help" after a party named is their act.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answering/engine.js';
import { sharedEngine } from '../support/engine.js';

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine();
});

const ask = (q: string) => engine.answer(q);
const dates = (q: string) => new Set(ask(q).citations.map((c) => c.date));

describe('a question in the asker own words', () => {
  it('reads a leading "when" clause as placing the question, and answers what follows it', () => {
    const a = ask("When the two parties' foreign-affairs chiefs spoke in mid-2020, what kind of trouble in relations did the Vietnamese side point to?");
    expect(a.answered).toBe(true);
    expect(a.intent).not.toBe('when');
    expect(a.text).toMatch(/at sea/);
    // A "when" that asks still asks the date.
    expect(ask('who attended the talks and when were they held?').text).toMatch(/2020/);
  });

  it('finds the congress from "gathering", at the talk that names it only', () => {
    const q = "Since which gathering of Vietnam's Communist Party did Song Tao say the country had been making progress?";
    expect(ask(q).text).toMatch(/13th National Congress/);
    expect(dates(q)).toEqual(new Set(['2022-04-19']));
  });

  it('reads "according to the participants" as the source, not a question of who took part', () => {
    const a = ask('According to the 2022 participants, what had helped build confidence between the two sides?');
    expect(a.intent).not.toBe('who');
    expect(a.text).toMatch(/General Secretaries/);
    expect(ask('according to the article, who took part in 2020?').text).toMatch(/Hoang Binh Quan/);
  });

  it('reads "contacts between ministries" as the exchanges the articles report', () => {
    expect(ask('What did the officials say about contacts between ministries and local governments in the 2022 talks?').text).toMatch(/had been maintained/);
  });

  it('reads Vietnamese "buôn bán" as trade', () => {
    const a = ask('Liên quan đến buôn bán hai chiều, Việt Nam mong Trung Quốc phối hợp giải quyết những việc gì trong cuộc hội đàm 2022?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/cân bằng thương mại/);
  });

  it('answers a hope reported with "sẽ" from the talks, not as what came after them', () => {
    const a = ask('Hai bên kỳ vọng mối quan hệ đối tác giữa hai nước sẽ phát triển với những đặc điểm gì, theo cuộc điện đàm năm 2020?');
    expect(a.answered).toBe(true);
    expect(a.citations.every((c) => c.date === '2020-07-29')).toBe(true);
  });

  it('keeps a long message on its ask: "mấy năm nay" counts nothing, and the leader of a body is no subject', () => {
    const q =
      'Tôi theo dõi chuyện xe hàng nằm chờ ở cửa khẩu phía Bắc mấy năm nay, có lúc cả tuần chưa thông quan được. Nghe nói lãnh đạo Ban Đối ngoại Trung ương có nêu chuyện này với phía bạn. Cụ thể ông ấy đã đề nghị những gì?';
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/ùn tắc hàng hóa/);
    expect(dates(q)).toEqual(new Set(['2022-04-19']));
  });

  it('reads "flag" as a verb of saying, and "value" as prizing rather than an amount', () => {
    const flagged = ask('Which sore point between the two countries did Quan flag during the 2020 conversation?');
    expect(flagged.answered).toBe(true);
    expect(flagged.text).toMatch(/obstacles/);
    const valued = ask('According to the Chinese official in 2020, what does Beijing value in its relationship with Vietnam?');
    expect(valued.text).toMatch(/neighbourliness and friendship/);
    // The worth of the supplies is still an amount.
    expect(ask('how much were the supplies valued at?').text).toMatch(/1\.5 million CNY/);
  });

  it('reads a word of another subject modifying a topic of a named talk as that topic ("the weather disaster")', () => {
    const a = ask('How did the Vietnamese official respond to the weather disaster China had just gone through, in the 2020 call?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/sympathy/);
    expect(ask('what was the weather in hanoi during the 2020 call?').answered).toBe(false);
  });

  it('finds Song Tao\'s response by the Vietnamese "phản hồi"', () => {
    const q = 'Ông Tống Đào phản hồi thế nào trước các đề xuất mà phía Việt Nam đưa ra?';
    expect(ask(q).text).toMatch(/phản hồi tích cực/);
    expect(dates(q)).toEqual(new Set(['2022-04-19']));
  });

  it('reads "flexible forms" as what the statements speak of, not the talks\' format', () => {
    const a = ask('Cả hai bản tin đều nói tới việc giữ liên lạc bằng hình thức linh hoạt – cụ thể mỗi lần đề cập điều gì?');
    expect(a.intent).not.toBe('format');
    expect(a.text).toMatch(/linh hoạt/);
  });
});

describe('help given, not help asked of the bot', () => {
  it('answers what help a side gave, and still helps who asks for help', () => {
    const a = ask('what help did the chinese side give?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/medical supplies/);
    expect(ask('what help can you give me?').intent).toBe('help');
    expect(ask('help').intent).toBe('help');
  });
});

describe('each talk asked in turn', () => {
  it('says whether a thing is named in both articles, not whether it was done', () => {
    const a = ask("Does the 'comprehensive strategic cooperative partnership' get named in both articles or just one?");
    expect(a.answered).toBe(true);
    expect(a.text).not.toMatch(/hoped for or proposed/);
    expect(a.text).toMatch(/^Not at every talk/);
  });

  it('reads "mỗi lần trao đổi" (each exchange) as asking each talk', () => {
    const q = 'Vấn đề trên biển được phía Việt Nam đề cập ở mỗi lần trao đổi ra sao?';
    expect(dates(q)).toEqual(new Set(['2020-07-29', '2022-04-19']));
  });

  it('gives the flexible forms of each talk, not their formats', () => {
    const a = ask('Cả hai bài đều nói về các hình thức giao lưu linh hoạt, vậy mỗi lần nhắc tới hình thức nào?');
    expect(a.intent).not.toBe('format');
    expect(new Set(a.citations.map((c) => c.date))).toEqual(new Set(['2020-07-29', '2022-04-19']));
  });

  it('compares who thanked whom in 2020 with what was given in 2022', () => {
    const a = ask('So sánh chuyện hỗ trợ lẫn nhau được nhắc trong hai bản tin: năm 2020 ai cảm ơn ai về việc gì, còn năm 2022 bên nào tặng gì?');
    expect(a.text).toMatch(/lũ lụt/);
    expect(a.text).toMatch(/vật tư y tế/);
    expect(new Set(a.citations.map((c) => c.date))).toEqual(new Set(['2020-07-29', '2022-04-19']));
  });
});

describe('"help" after a party named', () => {
  it('is their act, answered from what they gave, not a request for the bot’s help', () => {
    const a = engine.answer('did china help vietnam?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('medical supplies');
    expect(engine.answer('can you help me?').intent).toBe('help');
  });
});

describe('long messages', () => {
  it('an ask beyond the articles read across two context sentences does not refuse the asking part', () => {
    const a = engine.answer("Tôi hay thấy báo chí đưa tin 'ký kết' nhưng ít khi nói rõ ký cái gì. Lần hội đàm trực tuyến năm 2022 có ký gì không? Nếu có thì là những văn bản nào và áp dụng cho giai đoạn nào?");
    expect(a.answered).toBe(true);
    expect(a.text).toContain('2021-2025');
  });
});

describe('the subject a talk word belongs to', () => {
  it('"calls between the two Parties\' top leaders" are the leaders\' calls, answered where their effect is said', () => {
    const q = "What effect did they attribute to the calls between the two Parties' top leaders?";
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/General Secretaries/);
    expect(dates(q)).toEqual(new Set(['2022-04-19']));
  });
});

describe('the way a question is put', () => {
  it('"apart from X" sets X aside; "how far apart" still asks the time between the talks', () => {
    const a = ask('Apart from the cooperation plan, what other document was signed at the videoconference?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/training cadres/);
    expect(ask('How many years apart from each other were the talks?').intent).toBe('when');
  });

  it('a plural of the asker\'s frame ("no essays") is no subject the articles lack', () => {
    const a = ask('**TL;DR** of the 2020 phone call pls, no essays');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/29 July 2020/);
  });
});

describe('Vietnamese questions across both talks', () => {
  it('a topic compared in one report\'s wording ("vấn đề trên biển") is looked for at the other talk too, not said missing there', () => {
    const a = ask('Vấn đề trên biển được phía Việt Nam đề cập ở hai lần khác nhau ra sao?');
    expect(dates('Vấn đề trên biển được phía Việt Nam đề cập ở hai lần khác nhau ra sao?')).toEqual(new Set(['2020-07-29', '2022-04-19']));
    expect(a.text).toMatch(/diễn biến phức tạp trên biển/);
    expect(a.text).not.toMatch(/không có thông tin về biển/);
  });

  it('"bài nào" among "hai bài" asks which article, and each article is answered', () => {
    const q = 'Trong hai bài, bài nào nhắc tới ASEAN?';
    expect(ask(q).text.split('\n')[0]).toMatch(/19 tháng 4, 2022/);
    expect(dates(q)).toEqual(new Set(['2020-07-29', '2022-04-19']));
  });

  it('"dẫn dắt" (led) at each talk names who led each side there', () => {
    const a = ask('Ở mỗi lần, ai là người dẫn dắt phía Việt Nam?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Hoàng Bình Quân/);
    expect(a.text).toMatch(/Lê Hoài Trung/);
  });
});

describe('round 44 paraphrase kinds', () => {
  it('"friction" is read as an obstacle too, so the sea comes up', () => {
    expect(ask('What was the biggest friction point Quan raised in the 2020 phone talks?').text).toMatch(/at sea/);
  });

  it('"on time" is read as on schedule, so the cause of the delay is COVID-19', () => {
    expect(ask('Why could some party exchanges not take place on time in 2020?').text).toMatch(/COVID-19/);
  });

  it('a "milestone" commemorated is the anniversary', () => {
    expect(ask('What milestone of diplomatic ties did the 2020 talks commemorate?').text).toMatch(/70th/);
  });

  it('fighting the pandemic is the pledge to push it back with the international community', () => {
    expect(ask('What did the two sides promise about fighting COVID-19 in July 2020?').text).toMatch(/international community/);
  });

  it('"single out" reports what was said, not an opinion asked', () => {
    const a = ask('Which local authorities did Trung single out as needing better conditions to use existing cooperation mechanisms?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/border/);
  });

  it('a talk chosen twice over ("in which…, and in which…") answers each talk', () => {
    const q = 'In which talk did China express thanks, and in which did it hand over support?';
    expect(dates(q)).toEqual(new Set(['2020-07-29', '2022-04-19']));
    expect(ask(q).text).toMatch(/medical supplies/);
    const vi = 'Lần nào phía Trung Quốc bày tỏ cảm ơn, còn lần nào Trung Quốc trao hỗ trợ?';
    expect(dates(vi)).toEqual(new Set(['2020-07-29', '2022-04-19']));
  });
});
