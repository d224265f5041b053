// Kinds of miss of the claim checker in claims round 60, on how and when a talk was held, each with wordings of its
// own: a format said of the talk's own people talking ("talked on the phone") supported by a sentence on other
// people's phone talks; a format qualified by a word ("a regular phone call") or a year said of the day the claim
// names ("on July 29 were in 2021") left unread; a post after "was there as" read as a kind; the sides named inside
// the words of an anniversary ("of Vietnam-China diplomatic ties") hiding the count of it.
import { describe, expect, it } from 'vitest';
import { expectContradicted as contradicted, firstMatch as first } from '../support/claim-verdicts.js';

describe("a format said of the talk's own people talking is the talk's format", () => {
  it('the general sentence on phone talks between leaders does not support it', () => {
    for (const claim of ['le hoai trung and song tao talked on the phone on april 19', 'trung and song tao spoke over the phone on april 19']) {
      contradicted(claim, 'format', '2022-04-19');
      expect(first(claim).quote, claim).toContain('via videoconferencing');
    }
  });

  it('the talk held so is still supported', () => {
    expect(first('quan and song tao talked on the phone on july 29').verdict).toBe('supports');
  });
});

describe('a format qualified by a word, said of the dated talk', () => {
  it('is compared with that talk', () => {
    contradicted('the april 2022 talks were just a regular phone call, right?', 'format', '2022-04-19');
    contradicted('the 2022 talks were an ordinary phone call', 'format', '2022-04-19');
    expect(first('the 2020 talks were a quick phone call').verdict).toBe('supports');
  });
});

describe('a year said of the day the claim names the talk by', () => {
  it("contradicts where it is not that talk's year", () => {
    contradicted('the quan - song tao phone talks on july 29 were in 2021', 'date', '2020-07-29');
    contradicted('the talks on april 19 took place in 2023', 'date', '2022-04-19');
  });

  it('a year of something else the talk spoke of is not its year', () => {
    expect(first('the talks on july 29 discussed events of 2021').verdict).not.toBe('contradicts');
  });
});

describe('a post after "was there as"', () => {
  it('is the role claimed, put right by the sentence naming the post', () => {
    for (const claim of ["song tao was there as china's foreign minister in the 2022 talks", 'song tao was there as foreign minister in the 2022 talks']) {
      contradicted(claim, 'role', '2022-04-19');
      expect(first(claim).quote, claim).toContain('International Liaison Department');
    }
  });
});

describe('the sides named inside the words of an anniversary', () => {
  it('leave its count compared', () => {
    contradicted('The 2020 call came amid events marking the 60th anniversary of Vietnam-China diplomatic ties', 'number', '2020-07-29');
    expect(first('The 2020 call came amid events marking the 70th anniversary of Vietnam-China diplomatic ties').verdict).not.toBe('contradicts');
  });
});
