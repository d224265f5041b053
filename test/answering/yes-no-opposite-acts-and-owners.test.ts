// Yes/no questions that claim an act in the opposite sense of the article's verb, a format that is only talked
// about, the act's object owned by the other side, a trend word of Vietnamese or Chinese, or a name of several
// words: each is answered the right way, or at least never a reversed Yes.
// - Compliance against disregard is a pair of opposites of the claim checker (data/lexicon/en.json claims.polarity,
//   with the Vietnamese and Chinese glossaries' words for it): "ignore the border documents" is No where the
//   article says "comply with".
// - A format right after a word making it the subject ("talk about the phone calls between…", "mentioned phone
//   talks") is something talked of, not how the talk was held (claims.talkedAbout).
// - An act said of one side's thing that the article gives to the other side ("China's achievements" where Song
//   Tao praised Vietnam's) is No (act-object.ts).
// - "倒退", "thụt lùi" (going backwards) are read as words of a worsening trend.
// - A name of several words ("called a strategic alliance") claims every word; one no sentence says, beside one of
//   the name the articles give the subject, is that name given otherwise: No, with theirs.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const firstLine = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('an act in the opposite sense of the article\'s verb is a No', () => {
  it.each([
    ['Did Trung urge China to disregard the three legal documents on land border management?', /^No: “seriously comply with”/u],
    ['Did Trung call on China to violate the border documents?', /^No/u],
    ['Did Trung press China to flout the land border documents?', /^No/u],
    ['Trung đề nghị Trung Quốc phớt lờ các văn kiện về biên giới đất liền phải không?', /^Không: “tuân thủ”/u],
    ['Ông Trung có yêu cầu Trung Quốc làm ngơ các văn kiện về biên giới không?', /^Không/u],
    ['2022年黎怀忠是否要求中方无视陆地边界文件？', /^不是：是“遵守”/u],
    ['黎怀忠有没有让中方不理会陆地边界的三个法律文件？', /^不是/u],
  ])('%j', (q, opening) => {
    expect(engine.answer(q).answered).toBe(true);
    expect(firstLine(q)).toMatch(opening);
    expect(dates(q)).toEqual(['2022-04-19']);
  });

  it.each([
    ['Did Trung call on China to comply with the legal documents?', /^Yes\./u],
    ['Ông Trung có đề nghị Trung Quốc tuân thủ ba văn kiện pháp lý về biên giới đất liền không?', /^Có\./u],
    ['黎怀忠是否呼吁中方遵守陆地边界管理的三个法律文件？', /^是的/u],
  ])('near: %j stays a Yes', (q, opening) => {
    expect(firstLine(q)).toMatch(opening);
    expect(dates(q)).toEqual(['2022-04-19']);
  });
});

describe('a format talked about is a subject, not how the talk was held', () => {
  it.each([
    'Did the 2022 talks mention phone calls between the General Secretaries?',
    'Did the 2022 talks discuss phone talks between the two General Secretaries?',
    'At the 2022 talks, was there talk about phone calls between the two general secretaries?',
  ])('%j is a Yes', (q) => {
    expect(firstLine(q)).toMatch(/^Yes\./u);
    expect(engine.answer(q).text).toMatch(/General Secretaries/u);
    expect(dates(q)).toEqual(['2022-04-19']);
  });

  it.each([
    ['Were the 2022 talks held by phone?', /^No/u],
    ['Did Trung and Song Tao talk on the phone in 2022?', /^No: talks via videoconference/u],
    ['Was the July 2020 call between the General Secretaries?', /^No/u],
  ])('near: %j is still a No', (q, opening) => {
    expect(firstLine(q)).toMatch(opening);
  });
});

describe('the act\'s object owned by the other side is a No', () => {
  it.each([
    ['Did Song Tao praise China\'s achievements against COVID-19?', /^No/u],
    ['Did Song Tao hail China\'s achievements in fighting the pandemic?', /^No/u],
  ])('%j', (q, opening) => {
    expect(firstLine(q)).toMatch(opening);
    expect(engine.answer(q).text).toMatch(/Vietnam/u);
  });

  it.each([
    ['Did Song Tao praise Vietnam\'s fight against COVID-19 in 2020?', /^Yes\./u],
    ['Did China thank Vietnam for its support over the floods?', /^Yes\./u],
  ])('near: %j stays a Yes', (q, opening) => {
    expect(firstLine(q)).toMatch(opening);
  });
});

describe('a trend of going backwards, in Vietnamese and Chinese', () => {
  it.each([
    ['2020年黄平君是否说两党关系有所倒退？', /^不是/u],
    ['2020年越方是否表示两党关系退步了？', /^不是/u],
    ['Năm 2020 ông Quân có cho rằng quan hệ giữa hai Đảng đang đi lùi không?', /^Không/u],
    ['Năm 2020 phía Việt Nam có nói quan hệ hai Đảng đang thụt lùi không?', /^Không/u],
  ])('%j is a No', (q, opening) => {
    expect(engine.answer(q).answered).toBe(true);
    expect(firstLine(q)).toMatch(opening);
    expect(dates(q)).toEqual(['2020-07-29']);
  });

  it('near: the momentum said is a Yes', () => {
    expect(firstLine('2020年黄平君是否说两党关系保持积极发展势头？')).toMatch(/^是的/u);
  });
});

describe('a name of several words claims each of them', () => {
  it.each([
    'Was the Vietnam-China relationship called a strategic alliance in 2020?',
    'Is the partnership described as a strategic alliance?',
    'Is the relationship referred to as a strategic alliance?',
    'Was the partnership labelled a comprehensive alliance?',
  ])('%j is a No, with the articles\' name', (q) => {
    expect(engine.answer(q).answered).toBe(true);
    expect(firstLine(q)).toMatch(/^No: “comprehensive strategic cooperative partnership”, not “(strategic|comprehensive) alliance”/u);
    expect(dates(q)).toContain('2020-07-29');
  });

  it.each(['Was the party channel called important in 2022?', 'Was the relationship called a comprehensive strategic partnership?'])('near: %j stays a Yes', (q) => {
    expect(firstLine(q)).toMatch(/^Yes\./u);
  });
});
