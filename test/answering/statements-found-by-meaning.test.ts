// English asked in words the articles do not use, found by what they mean: "problems" in the relationship are the
// obstacles Quan named (a curated word's plural means what its singular does), "pointing at" is a verb of saying,
// the possessed "Vietnam's COVID response" is no act of China's asked, "the common participant in both" is who was at
// each, "that call" and "they commit" point at no subject of a long message's context, and "which specific
// instruments" on the East Sea are the DOC and the COC the statement names.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';
import { lastOf } from '../support/conversation.js';

const engine = sharedEngine();
const talksOf = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.talk.slice(0, 10)))].sort();

describe('problems, troubles, difficulties: the obstacles the articles name', () => {
  it('a plural of a curated word finds the obstacles at sea, as its singular does', () => {
    for (const q of [
      'What problems in the relationship did Quan bring up in 2020?',
      'What problem in the relationship did Quan bring up in 2020?',
      'What troubles in the relationship did Quan bring up in 2020?',
      'What problems in the relationship did Hoang Binh Quan point out?',
    ]) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toContain('obstacles');
      expect(a.text, q).toContain('at sea');
      expect(talksOf(q), q).toEqual(['2020-07-29']);
    }
  });

  it('a yes/no about problems or difficulties in the relationship gives the obstacles with its Yes', () => {
    for (const q of [
      'in the 2020 call did quan point out any problems in the relationship?',
      'Did Quan mention any difficulties in the relationship in 2020?',
    ]) {
      const a = engine.answer(q);
      expect(a.text, q).toMatch(/^Yes\./u);
      expect(a.text, q).toContain('at sea');
    }
  });

  it('"pointing at" asks what someone said', () => {
    const a = engine.answer('what problems was Quan pointing at?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('obstacles');
  });

  it('"what problems was he pointing at?" after the disputes Quan wanted settled', () => {
    const a = lastOf('in the 2020 phone talks how did quan want disputes handled', 'what problems was he pointing at?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('at sea');
  });

  it('the difficulties of COVID-19 Song Tao spoke of in 2022 stay his', () => {
    const q = 'what difficulties did song tao mention?';
    expect(engine.answer(q).text).toContain('overcoming COVID-19');
    expect(talksOf(q)).toEqual(['2022-04-19']);
  });
});

describe('an act owned by a side not asked as speaking', () => {
  it('"Vietnam\'s COVID response" is what China praised, not a response of China\'s: the 2022 praise is its recovery', () => {
    const q = "How did China's praise for Vietnam's COVID response change from the first talk to the second?";
    const a = engine.answer(q);
    expect(a.text).toContain('resume socio-economic development');
    expect(a.text).toContain('socio-economic stability');
    expect(talksOf(q)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it('a response of the speaker asked still narrows to it', () => {
    const a = engine.answer("What was Song Tao's response to the issues Vietnam raised in 2022?");
    expect(a.text).toContain('responded positively');
  });
});

describe('the common participant in both talks', () => {
  it('is the person present at each, cited by both talks', () => {
    const q = 'Who was the common participant in both the 2020 and 2022 talks?';
    const a = engine.answer(q);
    expect(a.text).toMatch(/^Song Tao took part in both talks\./u);
    expect(talksOf(q)).toEqual(['2020-07-29', '2022-04-19']);
  });
});

describe('"that call" and "they commit" in a long message', () => {
  it('the asking part asks what was pledged, not the summary its context says it is for', () => {
    const q = "I'm writing a short summary of the 2020 phone call for a newsletter. I want to end on what they pledged together. What did they commit to at the end of that call?";
    const a = engine.answer(q);
    expect(a.text).toContain('international community');
    expect(a.text).not.toContain('Topics:');
    expect(talksOf(q)).toEqual(['2020-07-29']);
  });

  it('"these talks" are the talks at large: the context says what is asked (the help China gave)', () => {
    const q = "My cousin says China only ever takes from Vietnam and never gives anything back. I'm not sure that's fair. Do these talks mention any concrete help from the Chinese side?";
    expect(engine.answer(q).text).toContain('medical supplies');
    expect(talksOf(q)).toEqual(['2022-04-19']);
  });

  it('"what did it cover?" with nothing named still reads the whole message', () => {
    const a = engine.answer('I read about the 2022 talks yesterday. What exactly did it cover?');
    expect(a.answered).toBe(true);
  });
});

describe('named things asked in other words', () => {
  it('"which specific instruments and which regional partner" on the East Sea: the DOC, the COC and ASEAN', () => {
    for (const q of [
      'The East Sea question is obviously sensitive for both sides. In 2022 Trung seemed to go beyond general calls for peace. Which specific instruments and which regional partner did he name in that context?',
      'Which specific instruments did Trung name on the East Sea in 2022?',
    ]) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toContain('Code of Conduct');
      expect(a.text, q).toContain('ASEAN');
      expect(talksOf(q), q).toEqual(['2022-04-19']);
    }
  });

  it('specific incidents at sea, or disputes by a name offered, are not identified by the names of documents', () => {
    for (const q of ['Which specific incidents at sea did Trung mention in 2022?', 'Which specific incidents at sea did Quan have in mind in 2020?', 'which disputes exactly, the paracels?']) {
      expect(engine.answer(q).answered, q).toBe(false);
    }
  });
});
