// Confidently wrong kinds met up to round 50, in all three languages: a thing asked by the asker's other name for a
// topic ("South China Sea arbitration") answered with the sea's statements; a talk named by a year of one talk and by
// a person and format of the other ("Quan's 2022 phone call") answered of one of them; what an anniversary is of
// (diplomatic ties, not the two parties) confirmed; full names asked of documents the articles leave unnamed answered
// with the statement that names none.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const first = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';

describe('a thing named with the asker\'s other name for a topic is what is asked', () => {
  it.each([
    'What did the South China Sea arbitration tribunal decide?',
    'What about the South China Sea militarisation?',
    '南海仲裁案的结果是什么？',
    '南海航行自由怎么说？',
  ])('%j is refused, citing nothing', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.citations).toHaveLength(0);
  });

  it.each(['What was said about the South China Sea?', '南海问题双方说了什么？', 'Did they discuss South China Sea disputes?'])(
    '%j is still answered, giving the articles\' name first',
    (q) => {
      const a = engine.answer(q);
      expect(a.answered).toBe(true);
      expect(a.text).toMatch(/East Sea|东海/u);
    },
  );
});

describe('a year of one talk against a person and format of the other pins no talk', () => {
  it.each([
    'What did Quan and Song Tao talk about on their 2022 phone call?',
    'What did Trung and Song Tao discuss on their 2020 videoconference?',
    'Hoàng Bình Quân và Tống Đào điện đàm năm 2022 đã bàn những gì?',
    '黄平君和宋涛2022年打电话时谈了什么？',
  ])('%j is refused as talks the articles do not report', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.citations).toHaveLength(0);
  });

  it('a year with no talk, borne out by two details of one talk, is still put right', () => {
    const a = engine.answer('What did Trung sign at the April 2021 videoconference?');
    expect(a.answered).toBe(true);
    expect(a.citations.map((c) => c.date)).toEqual(expect.arrayContaining(['2022-04-19']));
  });

  it('one person of the other talk is put right, the year standing', () => {
    const a = engine.answer('What did Quan and Song Tao discuss in 2022?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Le Hoai Trung');
  });
});

describe('what an anniversary is of', () => {
  it.each([
    ['Did the 2020 call celebrate the anniversary of the two parties?', /^No/u],
    ['Was the 2020 phone call held for the 70th anniversary of party-to-party relations?', /^No/u],
    ['2020年通话提到的是两党之间的周年吗？', /^不是/u],
    ['Cuộc điện đàm 2020 kỷ niệm quan hệ giữa hai Đảng phải không?', /^Không/u],
    ['Did the 2020 call celebrate the anniversary of diplomatic ties?', /^Yes/u],
    ['2020年通话提到的是建交周年吗？', /^是的/u],
  ])('%j', (q, lead) => {
    expect(first(q)).toMatch(lead);
  });

  it('a wrong ordinal of the anniversary is still No', () => {
    expect(first('Did the 2020 call mark the 60th anniversary of diplomatic ties?')).toMatch(/^No/u);
  });
});

describe('full names asked of things the articles leave unnamed', () => {
  it.each(['Tên đầy đủ của ba văn kiện pháp lý về biên giới đất liền là gì?', '越方提到的三份陆地边界法律文件的全称是什么？'])('%j is refused', (q) => {
    expect(engine.answer(q).answered).toBe(false);
  });

  it.each([
    ['Tên đầy đủ của Ban Đối ngoại Trung ương là gì?', 'Ban Đối ngoại Trung ương Đảng Cộng sản Việt Nam'],
    ['中联部的全称是什么？', '中共中央对外联络部'],
    ['2022年签署的两份文件全称是什么？', '干部培训合作'],
  ])('%j is answered with the name the articles give', (q, name) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toContain(name);
  });
});
