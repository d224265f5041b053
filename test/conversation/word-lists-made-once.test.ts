// Lexicon word lists that were split and looked up afresh for every question are now made once per lexicon (how-to
// openers, the words of done the articles never use), and the question's typed words for names are made only when a
// word of a name is asked about. Each must say exactly what the per-question version said: compared here with it.
import { describe, expect, it } from 'vitest';
import { ownDoneWords } from '../../src/conversation/own-done-word.js';
import { howToFrom } from '../../src/matching/how-to.js';
import { namelessIn } from '../../src/matching/name-only.js';
import { sharedEngine } from '../support/engine.js';

const QUESTIONS = [
  'Did China actually fix the congestion after that?',
  'did they resolve the border issue in the end?',
  'how do I make a good bowl of pho at home?',
  'please teach me how to bake bread',
  'what idea about how to keep in touch did they share?',
  'Trung có giải quyết được vấn đề biên giới không?',
  '中方后来真的解决了拥堵问题吗？',
  'what did Song Tao say about the national song?',
  'who took part in the 2022 talks?',
  'did they complete the land border documents?',
];

/** ownDoneWords as it was: every phrase split and its words looked up on every call. */
function ownDoneWordsEachTime(reading: Parameters<typeof ownDoneWords>[1]): string[] {
  const lexicon = sharedEngine().lexicon;
  const words = reading.said.words;
  const out: string[] = [];
  for (const phrase of lexicon.claims.status.done) {
    const parts = phrase.split(' ');
    const at = words.findIndex((_, i) => parts.every((p, k) => words[i + k] === p));
    if (at < 0) continue;
    const used = parts.some((p) => lexicon.vocabulary.has(p) || lexicon.vocabulary.has(lexicon.lemma(p)));
    if (!used) out.push(phrase);
  }
  return out;
}

describe('word lists made once say what they said when made for each question', () => {
  const engine = sharedEngine();
  for (const q of QUESTIONS) {
    it(`the words of done of "${q}"`, () => {
      const reading = engine.read(q).reading;
      expect(ownDoneWords(engine.lexicon, reading)).toEqual(ownDoneWordsEachTime(reading));
    });
  }

  it('a word of done the articles never use is still found ("fix")', () => {
    expect(ownDoneWords(engine.lexicon, engine.read('Did China actually fix the congestion after that?').reading)).toContain('fix');
  });

  it('the how-to opener is found where it was, and twice in a row the same', () => {
    const tokens = (q: string) => engine.reader.tokens(q);
    const opened = howToFrom(tokens('how do I make a good bowl of pho at home?'), engine.lexicon.howTo);
    expect(opened).toBeGreaterThan(0);
    expect(howToFrom(tokens('how do I make a good bowl of pho at home?'), engine.lexicon.howTo)).toBe(opened);
    expect(howToFrom(tokens('what idea about how to keep in touch did they share?'), engine.lexicon.howTo)).toBe(-1);
  });

  it('a word only of a name is nameless unless another word of that name is typed; the typed words are made once, when needed', () => {
    let made = 0;
    const nameOnly = new Map([['song', new Set(['tao'])]]);
    const typed = (words: string[]) => () => {
      made++;
      return new Set(words);
    };
    const without = namelessIn(nameOnly, typed(['national', 'song']));
    expect(without('national')).toBe(false);
    expect(made).toBe(0);
    expect(without('song')).toBe(true);
    expect(without('song')).toBe(true);
    expect(made).toBe(1);
    expect(namelessIn(nameOnly, typed(['song', 'tao']))('song')).toBe(false);
  });
});
