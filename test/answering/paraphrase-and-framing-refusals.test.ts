// Kinds of miss from rounds 56-57's first contact, in all three languages: a fair question refused because a word of
// chat, framing or paraphrase was read as a subject the articles lack. A stretched greeting with chat after it ("heyy 👋
// quick q, …"), a modal verb ("能讲讲", "muốn"), the asker's own wanting ("tôi muốn biết"), a multi-word paraphrase of
// the facts' wording ("get more out of … arrangements", "đường biên trên bộ", "giảm tình trạng … ùn"), a body described
// by its members ("东南亚国家" for ASEAN), chat initials opening a Chinese message and a closing "没". A refusal names only
// what the question is about and the articles lack: a truly absent subject is still refused.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const firstLine = (q: string) => engine.answer(q).lines[0]?.text ?? '';
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('a stretched greeting, and chat between it and the question, are never the subject', () => {
  it.each([
    ['heyy quick q, what did china give vietnam in 2022?', /medical supplies/u],
    ['hii 👋 quick q: who did Song Tao talk with in 2020?', /Hoang Binh Quan/u],
    ['heyyo quick q did they sign anything in 2022', /cooperation plan/u],
  ])('%j is answered', (q, expected) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
    expect(a.text).not.toMatch(/do not mention "he|do not mention "hi/u);
  });

  it('a subject the articles lack after the same chat is still refused by its name', () => {
    const a = engine.answer('heyy quick q, did they discuss climate change?');
    expect(a.answered).toBe(false);
    expect(firstLine('heyy quick q, did they discuss climate change?')).toMatch(/"climate/u);
  });
});

describe('a modal verb frames the question; it is no subject', () => {
  it.each([
    ['能讲讲2022年两党签了什么文件吗？', /合作计划/u],
    ['能简单说说2022年中方送了越南什么吗', /医疗物资/u],
  ])('%j is answered, never refused for “能”', (q, expected) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
    expect(a.text).not.toContain('“能');
  });

  it('a wish asked with "muốn" is a wish: Yes, where the report says it was hoped', () => {
    const q = 'ông Trung có muốn hai nước sớm công nhận hộ chiếu vắc xin của nhau không?';
    expect(firstLine(q)).toMatch(/^Có/u);
    expect(dates(q)).toEqual(['2022-04-19']);
  });

  it("the asker's own wanting to know is no wish of the talks", () => {
    const a = engine.answer('Tôi muốn biết năm 2022 Trung Quốc đã tặng Việt Nam những gì?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/vật tư y tế/u);
    expect(a.text).not.toMatch(/mong muốn hai nước/u);
  });

  it('a subject the articles lack, asked with a modal, is still refused', () => {
    const a = engine.answer('能讲讲双方怎么谈气候变化的吗？');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/气候/u);
  });
});

describe("a paraphrase of the facts' own wording reaches it", () => {
  it('a term said in part ("đường biên trên bộ" for "biên giới trên bộ") is not a thing lacked', () => {
    const q = 'Năm 2022 phía Việt Nam nói gì về đường biên trên bộ?';
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).not.toContain('"trên bộ"');
    expect(a.text).toMatch(/biên giới/u);
  });

  it('"giảm tình trạng … ùn" is the reduction of congestion the report gives: Yes', () => {
    const q = 'Ông Trung có đề nghị Trung Quốc giảm tình trạng ùn ứ hàng hóa ở biên giới không?';
    expect(firstLine(q)).toMatch(/^Có/u);
    expect(engine.answer(q).text).toMatch(/giảm ùn tắc/u);
  });

  it('"get more out of the current arrangements" is making better use of the existing mechanisms', () => {
    const a = engine.answer('Which places did Trung want to make the most of the current cooperation arrangements?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/localities/u);
    expect(dates('Which places did Trung want to make the most of the current cooperation arrangements?')).toEqual(['2022-04-19']);
  });

  it('a thing the articles lack beside such a word is still refused', () => {
    expect(engine.answer('Did they sign any arrangement on climate?').answered).toBe(false);
  });
});

describe('a verb of prizing said otherwise reaches "attaches great importance"', () => {
  it.each([
    'How did the Chinese side describe the bond with Vietnam that it values most, back in 2020?',
    'In 2020, which ties with Vietnam did China say it cherishes?',
  ])('%j is answered by what China attaches importance to', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/neighbourliness/u);
    expect(dates(q)).toEqual(['2020-07-29']);
  });

  it('the value of a thing given is still its worth', () => {
    expect(engine.answer('What was the value of the medical supplies?').text).toMatch(/1\.5 million CNY/u);
  });

  it('a ranking the articles do not make is still refused', () => {
    expect(engine.answer('Which gates had the worst congestion?').answered).toBe(false);
  });
});

describe('help told of the talks is no request for the bot\'s help', () => {
  it('"in which direction did help flow" gives each talk its help', () => {
    const q = 'In which direction did help flow in each talk - who supported whom?';
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/floods/u);
    expect(a.text).toMatch(/medical supplies/u);
    expect(a.text).not.toMatch(/^I answer from/u);
  });

  it('asked of the bot, help is still its help', () => {
    expect(engine.answer('can you help me?').text).toMatch(/^I answer from/u);
  });
});

describe('a body described by its members names it', () => {
  it.each(['越方希望中国同东南亚国家一起做什么？', '在海上问题上，越方希望中国跟东南亚各国一起推动什么？'])('%j is answered by the call to work with ASEAN', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/东盟/u);
    expect(a.text).not.toContain('“东南亚');
    expect(dates(q)).toEqual(['2022-04-19']);
  });
});

describe('a format that only places the occasion of a thing asked does not make the question the format', () => {
  it.each([
    ['Besides bilateral matters, what information did both sides share with each other in the online meeting?', /international/u],
    ['Ngoài chuyện song phương, hai bên còn chia sẻ với nhau những thông tin gì trong buổi gặp trực tuyến?', /quốc tế/u],
  ])('%j is answered with what they exchanged', (q, expected) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
  });

  it('the format asked outright is still the format', () => {
    expect(firstLine('How were the 2022 talks held?')).toMatch(/videoconference/u);
  });
});

describe('chat in a Chinese message: initials opening it, "没" closing it', () => {
  it('chat initials before the question are no name lacked', () => {
    const a = engine.answer('zsbd 想问下中方送的物资值多少钱');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/150万/u);
  });

  it('an acronym of the facts typed in lower case still names its thing', () => {
    expect(engine.answer('coc 是什么意思，哪年提到的').text).toMatch(/COC/u);
  });

  it('"…了没" asks yes or no: something only hoped is not said done', () => {
    const a = engine.answer('lol 疫苗护照互认了没');
    expect(a.text).toMatch(/希望/u);
    expect(a.text).not.toMatch(/没有提到/u);
    expect(firstLine('lol 疫苗护照互认了没')).not.toMatch(/^是的/u);
  });
});
