// The help, asked for in any way, says what the bot answers once; a refusal's "did you mean" is also given apart
// from its text, so Discord can offer it as a button.
import { describe, expect, it } from 'vitest';
import { readingFor } from '../../src/answering/types.js';
import { messagesFor } from '../../src/i18n/index.js';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const times = (text: string, part: string) => text.split(part).length - 1;

describe('help', () => {
  it('is the same text, once, however it is asked', () => {
    const help = engine.ask(readingFor('help')).text;
    expect(times(help, 'I answer from')).toBe(1);
    for (const q of ['help', 'what can you do?', 'HELP!']) {
      const a = engine.answer(q);
      expect(a.intent, q).toBe('help');
      expect(a.text, q).toBe(help);
    }
  });

  it('a question no rule fits says what can be asked once too', () => {
    for (const q of ['what about taiwan?', 'bold spoiler code', 'how old is Song Tao?']) expect(times(engine.answer(q).text, 'I answer from'), q).toBe(1);
  });
});

describe('did you mean', () => {
  it('a refusal with a suggestion carries it, and its text says it in the words of the messages', () => {
    const a = engine.answer('what talks were held in 2019?');
    expect(a.answered).toBe(false);
    expect(a.suggestion).toBe('When were the talks held?');
    expect(a.text).toContain(messagesFor('en').didYouMean('When were the talks held?'));
    expect(engine.answer(a.suggestion ?? '').answered).toBe(true);
  });

  it('answers and refusals without a suggestion have none', () => {
    expect(engine.answer('who took part?').suggestion).toBeUndefined();
    expect(engine.answer('what is the weather in Hanoi?').suggestion).toBeUndefined();
  });
});
