// How a checked claim is judged against a claims set's entry: a wrong year's entry names the received file's dated
// first line ("date 2020-07-29"), which no quote of the article can hold; the sentence of that date stating the
// talk's day meets it, another talk's or an undated one does not.
import { describe, expect, it } from 'vitest';
import { judgeClaim, type CheckedClaim, type ClaimEntry } from '../support/claim-set.js';

const entry: ClaimEntry = { claim: 'quan and song tao phoned each other in july 2019', kind: 'contradicted', verdict: 'contradicts', differs: 'year', talks: ['2020-07-29'], sentence: 'date 2020-07-29' };
const result = (date: string, quote: string): CheckedClaim => ({ verdict: 'contradicts', differs: ['date', 'year'], matches: [{ talk: 't', date, quote, verdict: 'contradicts' }] });

describe('a wrong year\'s entry', () => {
  it('is met by the sentence of that date that states the talk\'s day', () => {
    expect(judgeClaim(entry, result('2020-07-29', 'Quan and Song Tao held phone talks on July 29.'))).toBeNull();
  });

  it('is not met by another talk, nor by a sentence that states no day', () => {
    expect(judgeClaim(entry, result('2022-04-19', 'during their talks held via videoconferencing on April 19.'))).not.toBeNull();
    expect(judgeClaim(entry, result('2020-07-29', 'The Vietnamese official expressed his sympathies.'))).not.toBeNull();
  });

  it('so is one naming the dated first line with its headline after the date', () => {
    const headed = { ...entry, sentence: '2020-07-29 Vietnamese, Chinese Party officials hold phone talks' };
    expect(judgeClaim(headed, result('2020-07-29', 'Quan and Song Tao held phone talks on July 29.'))).toBeNull();
    expect(judgeClaim(headed, result('2020-07-29', 'The Vietnamese official expressed his sympathies.'))).not.toBeNull();
  });

  it('a sentence given as words is still looked for as typed', () => {
    expect(judgeClaim({ ...entry, sentence: 'held phone talks on July 29' }, result('2020-07-29', 'Song Tao held phone talks on July 29.'))).toBeNull();
  });
});
