// A how-to the asker asks for himself ("how do I make a good bowl of pho at home?"): the articles instruct no one,
// so the thing it asks to make or do is its subject; words that loosely match theirs ("good" for goods, "at home" for
// the situation at home) no longer let a topic answer it. Questions about the articles that say "how to" stay answered.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const ask = (q: string) => sharedEngine().answer(q);

describe('a how-to about something the articles never mention', () => {
  it('is refused, naming what they lack, however its other words match', () => {
    for (const q of ['How do I make a good bowl of pho at home?', 'How to make good pho at home?', 'How can I grow good tomatoes at home?', 'Teach me how to cook beef pho.']) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.citations, q).toEqual([]);
      expect(a.text, q).toMatch(/do not mention/u);
    }
  });

  it('in Vietnamese and Chinese too', () => {
    for (const q of ['Làm thế nào để nấu một tô phở ngon tại nhà?', '怎么在家做一碗好吃的河粉？']) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.citations, q).toEqual([]);
    }
  });

  it('a question on the articles with "how to" in it is still answered from them', () => {
    const a = ask('What did Quan say about the sea and how to handle it in 2020?');
    expect(a.answered).toBe(true);
    expect(a.citations.map((c) => c.date)).toContain('2020-07-29');
  });
});
