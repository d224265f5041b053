// A claim that an act was done where the article only proposes, suggests or hopes for it: the thing proposed
// ("proposed practical measures") said carried out ("implemented", "carried out", "rolled out"), or the act a
// proposal names in its "-ing" form ("suggested creating favourable conditions") said done. The sentence's mood
// decides: it is contradicted, naming done, never supported; the proposal itself said as a proposal still is.
import { describe, expect, it } from 'vitest';
import { expectContradicted, expectSupported, firstMatch } from '../support/claim-verdicts.js';
import { namedDetails } from '../support/claim-set.js';
import { sharedEngine } from '../support/engine.js';
import { claimAnswer } from '../../src/answering/claims/answer.js';

/** The details named, as the claim sets name them ("done" for done said of what was only hoped for). */
const named = (claim: string) => sharedEngine().check(claim).differs.flatMap(namedDetails);

describe('a thing the article only proposes, said carried out', () => {
  it('is contradicted, naming done, quoting the proposal', () => {
    for (const claim of [
      'in the 2020 call both sides implemented new practical measures to deepen ties',
      'In July 2020 both parties carried out practical measures to strengthen ties between the two countries',
      'both sides rolled out practical measures to deepen ties in july 2020',
    ]) {
      expectContradicted(claim, 'status', '2020-07-29');
      expect(firstMatch(claim).quote, claim).toContain('proposed practical measures');
      expect(named(claim), claim).toContain('done');
    }
  });

  it('the answer says the articles have it only proposed', () => {
    const e = sharedEngine();
    const answer = claimAnswer(e.kb, e.check('in the 2020 call both sides implemented new practical measures to deepen ties'), 'en');
    expect(answer.text).toMatch(/^The articles say otherwise: .*proposed/u);
    expect(answer.text).toContain('not “implemented new practical measures”');
  });

  it('is still supported when said as proposed', () => {
    expectSupported('in the 2020 call both sides proposed practical measures to deepen ties', '2020-07-29', 'proposed practical measures');
  });

  it('a thing done that the article reports done is still supported', () => {
    expectSupported('Quan said both sides used flexible and creative measures to keep party relations going during COVID-19.', '2020-07-29', 'applied flexible and creative measures');
  });
});

describe('an act a proposal names in its -ing form, said done', () => {
  it('is contradicted, naming done', () => {
    const claim = 'In the 2022 talks Trung said Vietnam had created favourable conditions for border localities';
    expectContradicted(claim, 'status', '2022-04-19');
    expect(firstMatch(claim).quote).toContain('suggested creating favourable conditions');
    expect(named(claim)).toContain('done');
  });

  it('is still supported when said as suggested', () => {
    expectSupported('Trung suggested creating favourable conditions for border localities', '2022-04-19', 'suggested creating favourable conditions');
  });
});
