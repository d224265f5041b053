// An act the talks only time ("right after the July 2020 call…", "between the 2020 and 2022 talks") is another
// event: the talks' own people and format do not contradict it (related), while what it says of a subject the talks
// spoke of still can. And the brand or maker of a thing the articles only name is a detail they never give: refused.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();

describe('an act timed by the talks is related, not contradicted by their format or people', () => {
  it.each([
    'song tao visited hanoi in person sometime between the 2020 and 2022 talks',
    "Right after the July 2020 call, Vietnam sent flood relief money to China's Jiangxi province.",
    'Song Tao flew to Hanoi in 2020 to meet Quan in person after their phone call.',
  ])('%s', (claim) => {
    expect(engine.check(claim).verdict).toBe('related');
  });

  it('a subject the talks spoke of, said of a time after them, is still contradicted', () => {
    expect(engine.check('After the April 2022 talks, China and ASEAN have completed an effective Code of Conduct in the East Sea').verdict).toBe('contradicts');
  });

  it('the talks named as the event still have their format contradicted', () => {
    const c = engine.check('Song Tao and Hoang Binh Quan met in person in Hanoi on July 29, 2020.');
    expect(c.verdict).toBe('contradicts');
    expect(c.differs.map((d) => d.kind)).toContain('format');
  });
});

describe('the brand or maker of a thing the articles only name is refused', () => {
  it.each(['what brand of masks were in the shipment?', 'who manufactured the medical supplies China sent?'])('%s', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The articles do not give that detail/u);
  });

  it('what the shipment held is still answered', () => {
    const a = engine.answer('what did China send Vietnam in the shipment?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/medical supplies/u);
  });
});
