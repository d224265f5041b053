// A long message's asking sentences, read after a context sentence, keep the subject the context names when they
// point at it: answering the act the context names ("…sending condolences. How did the Chinese side respond?") asks
// the reply on its topic, and one asking sentence pointing back ("anything like that") asks of the context's subject
// beside another sentence's own. A yes/no asking whether anything tangible came out lists what was handed over too.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();

describe('a long message keeps the subject its context names', () => {
  it('an act the context names, answered in the asking sentence, asks the reply', () => {
    const a = engine.answer('Summer floods seem to hit southern China almost every year. I vaguely remember the Vietnamese party sending condolences once. How did the Chinese side respond in that 2020 call?');
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain('Song Tao thanked the Vietnamese Party');
    expect(a.citations.every((c) => c.talk === '2020-07-29-phone-talks')).toBe(true);
  });

  it('an act pointed back at and asked of a person is still that act ("Was it Song Tao?": No)', () => {
    expect(engine.answer('I read that someone expressed sympathy over the floods. Was it Song Tao?').text).toMatch(/^No: Song Tao is not reported saying so\./);
  });

  it('one asking sentence pointing back keeps the context subject beside the other sentence\'s own', () => {
    const a = engine.answer("I read about the Chinese Communist Party's big centenary celebrations and all the fanfare around them. Did the Vietnamese side acknowledge anything like that in the April 2022 talks? And what did Trung say the two sides should do to strengthen ties?");
    expect(a.text).toMatch(/^Yes\./);
    expect(a.text).toContain('first centenary goal');
  });

  it('whether anything tangible came out lists what was signed and what was handed over', () => {
    const a = engine.answer('I teach a class on Asian politics and want a concrete example of party-to-party diplomacy. Talks are nice, but students like results. Did anything tangible come out of the 2022 videoconference?');
    expect(a.text).toMatch(/^Yes\./);
    expect(a.text).toContain('cooperation plan');
    expect(a.text).toContain('medical supplies worth 1.5 million CNY');
  });
});
