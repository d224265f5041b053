// Kinds of miss from round 95's dialogues: "was he also the one on the 2020 call?" after the 2022 signer is No, shown
// with the talk he did hold that place at as well as the one asked (both cited); "what else did both sides cover apart
// from bilateral stuff" after one person's words asks the talk's other subjects ("both sides" are the parties, not the
// last answer's person).
import { describe, expect, it } from 'vitest';
import { cited, lastOf } from '../support/conversation.js';

describe('"also the one" at another talk', () => {
  it('after the 2022 signer, "was he also the one on the 2020 call?" is No, citing both talks', () => {
    const a = lastOf('What got signed at the 2022 videoconference?', 'who signed it for vietnam', 'was he also the one on the 2020 call?');
    expect(a.text.split('\n')[0]).toMatch(/^No\./u);
    expect(a.text).toContain('Hoang Binh Quan');
    expect([...new Set(cited(a))].sort()).toEqual(['2020-07-29', '2022-04-19']);
  });
  it('"was trung also on the 2020 call?" (presence only) keeps to the talk asked', () => {
    const a = lastOf('What got signed at the April 2022 talks?', 'who signed them', 'was trung also on the 2020 call?');
    expect(a.text.split('\n')[0]).toMatch(/^No\./u);
    expect([...new Set(cited(a))]).toEqual(['2020-07-29']);
  });
});

describe('"both sides" in a follow-up are the parties', () => {
  it('"what else did both sides cover apart from bilateral stuff" lists the talk\'s other subjects', () => {
    const a = lastOf('did le hoai trung congratulate china on reaching its second centenary goal?', 'what else did both sides cover apart from bilateral stuff');
    expect(a.answered).toBe(true);
    expect([...new Set(cited(a))]).toEqual(['2022-04-19']);
    expect(a.text).toMatch(/international and regional/u);
  });
});
