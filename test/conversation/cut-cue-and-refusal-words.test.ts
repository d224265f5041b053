// Yes/no follow-ups must be checked against the facts as standalone ones are: a reference cut out of "the same room"
// leaves nothing of its own, yet the question asks how the talks were held (No: by video), never a Yes of the
// conversation's subject; "say no to" is a refusal, put right by the response reported; a side's characterisation in
// words the articles lack is No, with what that side said; "a signing ceremony" asks which talk signed.
import { describe, expect, it } from 'vitest';
import { cited, lastOf } from '../support/conversation.js';
import { citedTalks, sharedEngine } from '../support/engine.js';

const engine = sharedEngine();

describe('a cut reference that was part of the format asked', () => {
  it('"were they in the same room for this?" after the 2022 congratulations: No, by videoconference', () => {
    const a = lastOf('In the April 2022 talks, what did the Vietnamese official congratulate China on?', 'and what did song tao congratulate vietnam on', 'were they in the same room for this?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^No\b/u);
    expect(a.text).toMatch(/video/u);
    expect(cited(a)).toEqual(['2022-04-19']);
  });

  it('standalone "were trung and song tao in the same room in 2022?" is the format, not the talks compared', () => {
    const a = engine.answer('were trung and song tao in the same room in 2022?');
    expect(a.text).toMatch(/^No\b/u);
    expect(a.text).toMatch(/videoconference/u);
    expect(citedTalks(a)).toEqual(['2022-04-19-videoconference']);
  });

  it('"were they the same people both times?" still compares', () => {
    const a = engine.answer('were they the same people both times?');
    expect(a.intent).toBe('compare');
  });
});

describe('a refusal asked as "say no to"', () => {
  it('"did song tao say no to vietnam\'s requests?" after 2022: No, he responded positively', () => {
    const a = lastOf('wat did they tell each other abt in 2022 besides bilateral stuff', "did song tao say no to vietnam's requests?");
    expect(a.text).toMatch(/^No\b/u);
    expect(a.text).not.toMatch(/^Yes/u);
    expect(a.text).toContain('responded positively');
    expect(cited(a)).toEqual(['2022-04-19']);
  });
});

describe('a side characterising something in words the articles lack', () => {
  it('"did the chinese side describe the relationship as a rivalry?" after the 2020 partnership: No, with friendship', () => {
    const a = lastOf('what kind of partnership do vn and china have according to the 2020 article', 'did the chinese side describe the relationship as a rivalry?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^No\b/u);
    expect(a.text).toMatch(/friendship/u);
    expect(a.text).not.toMatch(/rivalry/u);
  });

  it('each talk is headed once', () => {
    const a = engine.answer('did song tao call the relationship a rivalry?');
    expect(a.text.split('29 July 2020, phone talks:').length).toBeLessThanOrEqual(2);
  });
});

describe('a signing ceremony', () => {
  it('"which of the two talks had a signing ceremony" names the 2022 talks', () => {
    const a = engine.answer('which of the two talks had a signing ceremony');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^The talks via videoconference of 19 April 2022/u);
  });

  it('"was there a signing ceremony in 2020?" is No', () => {
    const a = engine.answer('was there a signing ceremony in 2020?');
    expect(a.text).toMatch(/^No\b/u);
  });
});
