// Paraphrased questions whose answer missed what was asked: signing said in other words ("put to pen", "paperwork");
// a document guessed after an open "what did they sign" narrowing the answer to it (every document signed is asked);
// trust said as "trusting each other" in Vietnamese; "money" describing a worry raised (no amount asked); a hope asked
// of "future" cooperation (what is hoped is to come, not another instance the articles lack).
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const ask = (q: string) => sharedEngine().answer(q);
const talks = (q: string) => [...new Set(ask(q).citations.map((c) => c.date))].sort();

describe('signing said in other words', () => {
  it('lists what was signed', () => {
    for (const q of ['What paperwork did they put to pen during the 2022 video call?', 'Which documents got penned at the April 2022 videoconference?', 'What did the two officials put to paper in 2022?']) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/cooperation plan/u);
      expect(a.text, q).toMatch(/training cadres/u);
      expect(talks(q), q).toEqual(['2022-04-19']);
    }
  });
});

describe('a document guessed after an open "what did they sign"', () => {
  it('lists every document signed, the guessed one among them', () => {
    for (const q of ['so what exactly got signed in 2022, a plan or smth?', 'Hai Đảng ký gì hồi 2022 thế, kế hoạch gì đó à?', '2022年两党签了些什么？是不是某个计划？', 'what did the two sides sign at the videoconference, the plan?']) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/training cadres|đào tạo cán bộ|干部培训/u);
      expect(a.text, q).toMatch(/cooperation plan|kế hoạch hợp tác|合作计划/u);
    }
  });

  it('a document asked by the question word or named as set aside stays the subject', () => {
    for (const q of ['Which plan did they sign in 2022?', '2022年他们签了什么计划？']) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).not.toMatch(/training cadres|干部培训/u);
    }
    const besides = ask('What did they sign besides the plan?');
    expect(besides.text).toMatch(/training cadres/u);
  });
});

describe('trust said as trusting each other', () => {
  it('answers with what built trust, the General Secretaries\' phone talks among it', () => {
    for (const q of ['Năm 2022 những gì đã giúp hai nước tin nhau hơn?', 'Theo hội đàm 2022, điều gì làm hai Đảng tin tưởng nhau hơn?', 'Cuộc hội đàm năm 2022 nói gì về niềm tin giữa hai bên?']) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/Tổng Bí thư/u);
      expect(talks(q), q).toEqual(['2022-04-19']);
    }
  });
});

describe('"money" describing the worry raised', () => {
  it('answers with the trade worry, not "no figure"', () => {
    for (const q of ['What money worries about trade did Vietnam bring up in 2022?', 'Which money-and-goods issue at the border did Trung raise?']) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/balance of trade|goods congestion/u);
    }
  });

  it('money asked of a gift still asks its amount', () => {
    const a = ask('What money did China give Vietnam in 2022?');
    expect(a.text).toMatch(/1\.5 million CNY/u);
  });
});

describe('a hope asked of future cooperation', () => {
  it('answers with the hope, not "no future cooperation"', () => {
    for (const q of ['In 2020 what did China hope for about future cooperation with Vietnam?', 'What did China hope for in terms of future cooperation at the 2020 talks?']) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/all realms/u);
    }
  });

  it('a future document, hoped for by no one, stays one the articles lack', () => {
    expect(ask('What was said about the future cooperation plan?').answered).toBe(false);
  });
});
