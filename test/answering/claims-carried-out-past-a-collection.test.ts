// "the two sides put into effect a package of practical measures": a thing the article only proposes, said carried
// out with a word for a collection before it ("a package of", "a whole raft of", "a series of") or by another word
// for it ("steps" of "measures"), is contradicted as done, quoting the proposal: the claim's words carrying it out are
// that detail, not words the sentence leaves uncovered. The proposal said as a proposal is still supported.
import { describe, expect, it } from 'vitest';
import { expectContradicted, expectSupported, firstMatch } from '../support/claim-verdicts.js';

describe('a proposed thing said carried out, past a word for a collection', () => {
  it.each([
    'In 2020 the two sides put into effect a package of practical measures to deepen ties.',
    'Both parties brought in a whole raft of practical steps to deepen ties in July 2020.',
    'The two parties in 2020 delivered on a series of practical measures for closer ties.',
    'In July 2020 the CPV and the CPC put in place a bundle of concrete measures to deepen ties.',
    'During the 2020 phone talks both sides rolled out a number of practical steps to deepen relations.',
    'In 2020 the two sides put into effect practical measures to deepen ties.',
    'In 2020 both sides implemented a whole package of practical measures to deepen ties.',
    'In 2020 the parties enacted a broad array of concrete steps to deepen ties.',
    'In the July 2020 call both sides carried out practical steps to deepen ties.',
    'Both sides launched a set of concrete steps in 2020 to strengthen ties.',
  ])('%j is contradicted, quoting the proposal', (claim) => {
    expectContradicted(claim, 'status', '2020-07-29');
    expect(firstMatch(claim).quote, claim).toContain('proposed practical measures');
  });
});

describe('near cases keep their verdicts', () => {
  it('the proposal said as one is supported', () => {
    expectSupported('In July 2020 both sides proposed a raft of practical steps to deepen ties.', '2020-07-29', 'proposed practical measures');
  });

  it('a thing the article reports done is supported', () => {
    expectSupported('In 2020 Quan said the two sides applied flexible and creative measures to keep relations going.', '2020-07-29', 'applied flexible and creative measures');
  });

  it('an act a proposal names, said done, is still contradicted', () => {
    expectContradicted('In 2022 Trung said Vietnam had already created favourable conditions for the border localities.', 'status', '2022-04-19');
  });
});
