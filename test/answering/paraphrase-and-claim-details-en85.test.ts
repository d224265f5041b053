// Round 85's English kinds: paraphrases of the 2020 exchanges that fell through: a bond valued, "what became of …, according to the 2020 report" asked of that report; and claims
// whose detail was missed or misjudged: "a single year", a date glossed by a distance in days, "had already
// implemented" what was only called for, an office held somewhere set off before the name, a gift back said as one
// more, a period's opening words, "back in" before a date.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';
import { expectContradicted, expectSupported, firstMatch as first } from '../support/claim-verdicts.js';

const engine = sharedEngine();
const talksOf = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.talk.slice(0, 10)))].sort();

describe('paraphrases of the 2020 exchanges', () => {
  it('answers "what became of" planned visits from the report named, not as a later event', () => {
    const q = 'What became of the party-to-party visits that had been planned before the outbreak, according to the 2020 report?';
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('could not be held');
    expect(talksOf(q)).toEqual(['2020-07-29']);
  });

  it('still refuses what became of someone after the talks', () => {
    expect(engine.answer('What did Quan become after 2022?').answered).toBe(false);
  });

  it('finds the bond China values as its relationship of neighbourliness and friendship', () => {
    const a = engine.answer('What sort of bond with Vietnam did the Chinese side say it values highly in 2020?');
    expect(a.text).toContain('neighbourliness');
  });
});

describe('claim details', () => {
  it('"a single year" is a period put right', () => {
    expectContradicted('the cadre training scheme they signed only covers a single year tho', 'period', '2022-04-19');
  });

  it('a date glossed by a distance in days is still the date claimed', () => {
    expectContradicted('Quan and Song Tao spoke by phone on July 19, about ten days before the end of the month.', 'date', '2020-07-29');
  });

  it('"had already implemented" what was only called for is contradicted', () => {
    expectContradicted('Quan said the two countries had already implemented all the common perceptions reached by their Party leaders.', 'status', '2020-07-29');
  });

  it('an office held somewhere, set off before the name, is a role put right', () => {
    expectContradicted("Vietnam's ambassador to China, Hoang Binh Quan, had a phone call with Song Tao in July 2020", 'role', '2020-07-29');
  });

  it('a gift back said as one more is related, the gift reversed alone still contradicted', () => {
    expect(first("Vietnam's party also sent a batch of medical supplies to China in April 2022").verdict).toBe('related');
    expectContradicted("Vietnam's party sent a batch of medical supplies to China in April 2022", 'place', '2022-04-19');
  });

  it('a period opened by "running from" and a date after "back in" claim nothing more', () => {
    expectSupported('The ruling parties of Hanoi and Beijing inked a cooperation plan running from 2021 through 2025.', '2022-04-19', 'cooperation plan');
    expectContradicted('The two parties signed a cooperation plan running from 2020 through 2025.', 'period', '2022-04-19');
  });
});
