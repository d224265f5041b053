// Confidently wrong answers and reversed yes/no of round 78's first contact, each as a kind: an office in a side's
// place at talks named only by their format; whether someone said something, checked against his statement; another
// of a name the articles only mention, asked what it is; an act claimed "finally" done that was only urged; a person
// put on the other side; a post asked of someone at talks named by their format; a gift given the other way round.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const firstLine = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('an office in a side\'s place at talks named only by their format', () => {
  it.each([
    "What did Song Tao tell Vietnam's Prime Minister on their phone call?",
    "What did Song Tao tell Vietnam's foreign minister during their phone call?",
  ])('%j is refused: a call between those two is none the articles report', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/Hoang Binh Quan/u);
  });

  it.each([
    ["What did Song Tao discuss with Vietnam's foreign minister on the phone on July 29, 2020?", 'Hoang Binh Quan', '2020-07-29'],
    ["What did Song Tao and Vietnam's Prime Minister talk about in their 2022 videoconference?", 'Le Hoai Trung', '2022-04-19'],
  ])('%j, dated, is put right by who held the place', (q, who, date) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(firstLine(q)).toMatch(/^Not quite\./u);
    expect(a.text).toContain(who);
    expect(dates(q)).toEqual([date]);
  });
});

describe('whether someone said something, checked against his own statement', () => {
  it.each([
    'in the 2020 call did song tao say china values ties with vietnam?',
    'Did the Chinese official in 2020 say China values its traditional friendship with Vietnam?',
  ])('%j is Yes, with what he said', (q) => {
    const a = engine.answer(q);
    expect(firstLine(q)).toBe('Yes.');
    expect(a.text).toMatch(/neighbourliness and friendship/u);
    expect(dates(q)).toEqual(['2020-07-29']);
  });

  it('a receiver given otherwise in his own statement stays No', () => {
    const a = engine.answer('Did Song Tao congratulate China on the first centenary goal in 2022?');
    expect(a.text).not.toMatch(/^Yes/u);
  });

  it('an act only hoped for is still no Yes', () => {
    expect(engine.answer('Did China recognise Vietnam\'s vaccine passports in 2022?').text).not.toMatch(/^Yes/u);
  });
});

describe('another of a name the articles only mention, asked what it is', () => {
  it('"whats the second centenary goal" is refused, not put right to the first', () => {
    const a = engine.answer('whats the second centenary goal tho');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^Not quite/u);
  });

  it('the ordinal of what was said is still put right', () => {
    expect(firstLine("What did Song Tao say about Vietnam's achievements since the 12th National Congress of the CPV?")).toMatch(/^Not quite\..*13th, not 12th/u);
  });
});

describe('an act claimed finally done that was only urged', () => {
  it('"finally signing the Code of Conduct" is contradicted: he urged building one', () => {
    const c = engine.check('BREAKING: Trung welcomes China and ASEAN finally signing the Code of Conduct in the East Sea');
    expect(c.verdict).toBe('contradicts');
    expect(c.differs.map((d) => d.kind)).toContain('status');
  });

  it('a state after "finally" is no act claimed done', () => {
    expect(engine.check('China and ASEAN are finally discussing the Code of Conduct').verdict).not.toBe('contradicts');
  });
});

describe('a person put on the other side', () => {
  it.each([
    ['Ông Lê Hoài Trung là người dẫn đầu phía Trung Quốc trong buổi hội đàm đúng không?', /^Không/u],
    ['Was Le Hoai Trung the head of the Chinese side at the talks?', /^No/u],
  ])('%j leads with No', (q, lead) => {
    expect(firstLine(q)).toMatch(lead);
    expect(dates(q)).toEqual(['2022-04-19']);
  });

  it('"đầu" typed with its diacritics is no "đâu" (where): the tag still asks Yes or No', () => {
    expect(engine.read('Ông Tống Đào là người dẫn đầu phía Việt Nam đúng không?').reading.aspects.yesNo).toBe(true);
  });
});

describe('a post asked of someone at talks named by their format', () => {
  it.each([
    ['2020年通话时，宋涛是中联部的负责人吗？', /中联部|对外联络部/u, '2020-07-29'],
    ['2022年视频会谈时，黎怀忠是越共中央对外部部长吗？', /对外部/u, '2022-04-19'],
  ])('%j names his post, not the format', (q, post, date) => {
    const a = engine.answer(q);
    expect(a.text).not.toMatch(/那是(电话|视频)会谈/u);
    expect(a.text).toMatch(post);
    expect(dates(q)).toEqual([date]);
  });
});

describe('a gift taken as given, the other way round', () => {
  it('"Tại sao năm 2022 Việt Nam lại tặng Trung Quốc…" is put right: Song Tao\'s department gave it', () => {
    const q = 'Tại sao năm 2022 Việt Nam lại tặng Trung Quốc số vật tư y tế trị giá 1,5 triệu nhân dân tệ?';
    expect(firstLine(q)).toMatch(/^Không phải vậy\./u);
    expect(engine.answer(q).text).toMatch(/Tống Đào/u);
    expect(dates(q)).toEqual(['2022-04-19']);
  });

  it('asked the right way round, nothing is put right', () => {
    expect(firstLine('Tại sao năm 2022 Trung Quốc lại tặng Việt Nam số vật tư y tế?')).not.toMatch(/^Không phải vậy/u);
  });
});
