// Kinds of false premise from round 65, each put right before the answer rather than refused or left standing:
// a count stated in a sentence before the asking one, a participant at a talk named by its month that another held
// (the subject reported there alone), an office said of a side in Vietnamese, and a meeting in person presumed by a
// question asking what someone did there.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const first = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))];

describe('a count stated in a sentence before the asking one', () => {
  it('is put right before the answer: the asking sentence alone states none', () => {
    expect(first('Trung brought up four legal documents on land border management. What were they?')).toBe('Not quite. The articles report it otherwise: three, not four. [1]');
    expect(first('Song Tao signed four documents in April 2022. Which ones?')).toBe('Not quite. The articles report it otherwise: two, not four. [1]');
    expect(dates('Song Tao signed four documents in April 2022. Which ones?')).toEqual(['2022-04-19']);
  });

  it('leaves a count the articles give as it is', () => {
    const a = engine.answer('Trung mentioned three legal documents on land border management. Which were they?');
    expect(a.answered).toBe(true);
    expect(a.text.split('\n')[0]).toBe('19 April 2022, talks via videoconference:');
  });
});

describe('a participant asked of at talks named by their month, that another held', () => {
  it('is put right by who held his place there, when the subject was reported at those talks alone', () => {
    for (const q of ['In the April talks, what did Quan want done about vaccine passports?', 'Why did Hoang Binh Quan raise vaccine passports during the April talks?']) {
      // Put right by the talk's scope, or by the claim checker for a why ("Le Hoai Trung, not Hoang Binh Quan").
      expect(first(q), q).toMatch(/^Not quite\. .*Le Hoai Trung/);
      expect(engine.answer(q).answered, q).toBe(true);
      expect(engine.answer(q).text, q).toContain('vaccine passports');
      expect(dates(q), q).toEqual(['2022-04-19']);
    }
  });

  it('is answered at his own talks when they reported the subject', () => {
    const q = 'During the April talks, what did Hoang Binh Quan say about the floods?';
    expect(first(q)).toMatch(/^Not quite\. In these articles Hoang Binh Quan took part only in the talks of 29 July 2020/);
    expect(dates(q)).toEqual(['2020-07-29']);
  });
});

describe('an office said of a side that its participant did not hold, at talks named', () => {
  it('is read as that participant, in English lower case and in Vietnamese, the office named as typed', () => {
    expect(first('In the 2020 phone call, what did Quan discuss with the Chinese prime minister?')).toBe(
      'Not quite. The articles do not mention the Chinese prime minister; at the phone talks of 29 July 2020, Hoang Binh Quan spoke with Song Tao.',
    );
    const vi = 'Trong cuộc điện đàm năm 2020, ông Hoàng Bình Quân đã trao đổi những gì với Thủ tướng Trung Quốc?';
    expect(first(vi)).toBe('Không phải vậy. Các bài báo không nhắc đến Thủ tướng Trung Quốc; tại cuộc điện đàm ngày 29 tháng 7, 2020, người hội đàm với Hoàng Bình Quân là Tống Đào.');
    expect(dates(vi)).toEqual(['2020-07-29']);
  });
});

describe('a meeting in person presumed by a question asking what someone did there', () => {
  it('is put right first, then what was done is answered, in Vietnamese', () => {
    const q = 'Khi gặp trực tiếp ở Hà Nội năm 2022, ông Tống Đào đã tặng Việt Nam những gì?';
    const a = engine.answer(q);
    expect(a.text.split('\n')[0]).toMatch(/^Không phải vậy\. Hai bên không gặp trực tiếp/);
    expect(a.text).toContain('vật tư y tế');
    expect(dates(q)).toEqual(['2022-04-19']);
  });
});
