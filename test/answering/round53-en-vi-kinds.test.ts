// Kinds of miss from rounds 51-53 in English and Vietnamese: a Vietnamese counting or keeping word read as what the
// articles lack, a folded Vietnamese word taken for the month May, a signing asked of a talk that did not sign it,
// and a post compared across talks by who held it rather than by the office.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();
const firstLine = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';
const text = (q: string) => engine.answer(q).text;

describe('a Vietnamese counting or keeping word is no subject the articles lack ("mấy chục năm", "giữ nguyên")', () => {
  it.each([
    ['năm 2020 hai nước kỷ niệm mấy chục năm quan hệ ngoại giao vậy?', '2020-07-29'],
    ['Dịp điện đàm 2020 là kỷ niệm bao nhiêu chục năm thiết lập quan hệ ngoại giao?', '2020-07-29'],
  ])('%j answers the anniversary, cited to its talk', (q, date) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/70 năm/u);
    expect(dates(q)).toEqual([date]);
  });

  it.each([
    'Ông Tống Đào có giữ nguyên chức vụ ở cả hai cuộc hội đàm không?',
    'Tống Đào vẫn giữ nguyên chức vụ trong cả hai lần chứ?',
  ])('%j compares his post at both talks: Có, the same body', (q) => {
    expect(firstLine(q)).toMatch(/^Có/u);
    expect(text(q)).toMatch(/Liên lạc Đối ngoại/u);
    expect(dates(q)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it('a post asked as "vị trí" is the person\'s role', () => {
    expect(firstLine('Ông Lê Hoài Trung giữ vị trí gì?')).toMatch(/Ban Đối ngoại/u);
  });
});

describe('a folded Vietnamese word that spells an English month ("bộ máy" → "may") dates no talk', () => {
  it.each([
    'Mình không rành bộ máy Đảng bên Trung Quốc lắm. Ông Tống Đào trong buổi hội đàm trực tuyến giữ vị trí gì vậy?',
    'Tôi chưa hiểu bộ máy bên đó. Trong hội đàm trực tuyến, ông Tống Đào là ai?',
  ])('%j is answered of the videoconference, not refused as talks in May', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).not.toMatch(/tháng 5/u);
    expect(a.text).toMatch(/Liên lạc Đối ngoại/u);
    expect(dates(q)).toEqual(['2022-04-19']);
  });
});

describe('when a document was signed, asked of a talk that did not sign it, is the date of the talk that did', () => {
  it.each([
    'Bạn tôi bảo đề án đào tạo cán bộ được ký trong cuộc điện đàm năm 2020. Rốt cuộc nó được ký vào dịp nào?',
    'When was the cadre training scheme signed during the 2020 phone call?',
  ])('%j gives 19 April 2022', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/19 (tháng 4|April), 2022|19 April 2022/u);
    expect(dates(q)).toEqual(['2022-04-19']);
  });

  it('a document no talk signed keeps its refusal of a date', () => {
    expect(engine.answer('When was the DOC signed in 2020?').answered).toBe(false);
  });
});

describe('a side\'s post compared across the talks is its office, whoever held it', () => {
  it.each([
    ['Did the Vietnamese officials in the two talks hold the same post?', /^Yes/u],
    ['Was the Vietnamese side represented in the same position both times?', /^Yes/u],
    ['Did Vietnam\'s representative have a different role in 2022 than in 2020?', /^No/u],
  ])('%j', (q, lead) => {
    expect(firstLine(q)).toMatch(lead);
    expect(text(q)).toMatch(/External Relations/u);
    expect(dates(q)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it('the same people asked, not the post, stays No', () => {
    expect(firstLine('Was the Vietnamese official the same person both times?')).toMatch(/^No/u);
  });
});

describe('people named apart, asked whether they are one person, are told apart', () => {
  it.each([
    ['Are Quan and Trung the same person?', /^No\. Hoang Binh Quan and Le Hoai Trung are two different people/u],
    ['Are Quan and Trung different people?', /^Yes\. Hoang Binh Quan and Le Hoai Trung are two different people/u],
    ['ông quân với ông trung là một người hay hai người khác nhau vậy', /hai người khác nhau/u],
    ['黄平君和黎怀忠是同一个人吗？', /^不是。.*两个不同的人/u],
  ])('%j', (q, first) => {
    expect(firstLine(q)).toMatch(first);
    expect(dates(q)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it('the same job asked of them is still compared by body', () => {
    expect(firstLine('Did Quan and Trung hold the same job?')).toMatch(/^Yes, in the same body/u);
  });
});
