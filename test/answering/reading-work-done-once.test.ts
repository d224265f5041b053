// Speed work that must change no answer (branch perf93): work the reading did again and again is done once (a
// person's name pattern, the offices by first word, an aside's words per clause, the first word of a question), and
// whether a message is Chinese is told without splitting the whole of it. What a user sees stays as it was: the
// language answered in, titles beside a name read as titles, an asker's aside set aside, a possessive read as one,
// the same answer however often the question is asked.
import { describe, expect, it } from 'vitest';
import { fuzzInputs } from '../../bench/fuzz.js';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();

describe('a Chinese question is told by counting the other words only until they outnumber its characters', () => {
  it.each([
    ['2020年宋涛如何评价越南的抗疫成果？', true],
    ['hey bot, 2020年宋涛如何评价越南的抗疫成果？', true],
    ['What did Song Tao (宋涛) say about the floods?', false],
    // An astral letter is two UTF-16 units: a word of its own, as before.
    ['宋 𝐀', true],
    ['宋 𝐀 𝐁', false],
  ] as const)('%j read as Chinese: %s', (q, chinese) => {
    expect(engine.reader.language(q) === 'zh').toBe(chinese);
  });

  it('a Chinese question with a few English words is answered in Chinese', () => {
    const a = engine.answer('hey bot, 2020年宋涛如何评价越南的抗疫成果？');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('宋涛高度评价');
  });

  it('an English question naming Song Tao in characters is answered in English', () => {
    const a = engine.answer('What did Song Tao (宋涛) say about the floods?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^29 July 2020/);
    expect(a.text).toContain('floods');
  });

  /** The count as it was made before: the whole message split into words. */
  const HAN = /\p{Script=Han}/gu;
  const wholeCount = (q: string, han: number) => han >= q.replace(HAN, ' ').split(/[^\p{L}]+/u).filter((w) => w.length > 1).length;

  it('on fuzzed messages of mixed scripts the verdict is the one the whole split gives', () => {
    let checked = 0;
    for (const raw of fuzzInputs(400, 93)) {
      const q = raw.slice(0, 500);
      const han = q.match(HAN)?.length ?? 0;
      if (han === 0 || !/\p{L}/u.test(q.replace(HAN, ''))) continue;
      checked++;
      expect(engine.reader.language(q) === 'zh', JSON.stringify(q)).toBe(wholeCount(q, han));
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('patterns and lists made once answer as before, every time', () => {
  it('a capitalised office beside a name is his title, not a name the articles lack', () => {
    const a = engine.answer('What did Chinese Foreign Minister Song Tao announce?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('1.5 million CNY');
  });

  it("a person named only as an owner (\"Quan's concerns\") is not the one asked to speak, on every asking", () => {
    const q = "How did Song Tao respond to Quan's concerns?";
    const first = engine.answer(q);
    expect(first.answered).toBe(true);
    expect(first.text).toContain('Song Tao thanked');
    expect(first.text).not.toContain('Hoang Binh Quan said');
    // The name pattern is kept between answers: asked again, the same answer.
    for (let i = 0; i < 3; i++) expect(engine.answer(q).text).toBe(first.text);
  });

  it("the asker's aside is still set aside when its words are made once per clause", () => {
    const a = engine.answer('大佬们 2022那次越方是谁去谈的 我老记混 😅');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('黎怀忠');
    expect(a.text).not.toContain('老记混');
  });
});
