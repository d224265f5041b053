// What an answer is about (Answer.about): the ids a follow-up question can continue from.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const about = (q: string) => sharedEngine().answer(q).about;

describe('Answer.about', () => {
  it('names the talks the answer cites and the people it names, those the question did not name first', () => {
    expect(about('who did Song Tao talk to in 2022?')).toMatchObject({ talks: ['2022-04-19-videoconference'], people: ['le-hoai-trung', 'song-tao'] });
    expect(about('what did Song Tao say about the sea?')).toMatchObject({ people: ['song-tao'] });
  });

  it('names the people a side stands for when the question names only the side', () => {
    expect(about('who led the Vietnamese side in 2020?')).toMatchObject({ talks: ['2020-07-29-phone-talks'], people: ['hoang-binh-quan'] });
  });

  it('names the documents an agreements answer lists, and their parties', () => {
    expect(about('what did they sign in 2022?')).toMatchObject({
      documents: ['2022-cooperation-plan', '2022-cadre-training-scheme'],
      people: ['le-hoai-trung', 'song-tao'],
      topics: [],
    });
  });

  it('names the topics of the statements a topic answer quotes', () => {
    expect(about('what did they say about the sea?')?.topics).toEqual(['sea']);
  });

  it('keeps the talks a refusal was scoped to, and nothing it did not say', () => {
    expect(about('can you recommend a vpn?')).toMatchObject({ people: [], topics: [], documents: [] });
  });
});
