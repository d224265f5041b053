// Round 81's kinds of claims misjudged. A claim about a named thing the articles never speak of, sharing only a side or
// a year with them ("Vietnam won the AFF Cup in 2018"), has no verdict. A detail the articles neither confirm nor deny
// is no contradiction: another place said as one more ("also … to Laos"), people a disaster killed (no head count of
// the talk), a place name before its kind of place ("the Lang Son crossings": no one in a participant's place). A
// praise claimed played down contradicts the praise reported. Who asked for the talks is no hope voiced at them;
// someone in a participant's place at the talk a claim dates contradicts it, whatever else the claim says.
import { describe, expect, it } from 'vitest';
import { expectContradicted, firstMatch as first } from '../support/claim-verdicts.js';

describe('a claim about a named thing the articles never speak of', () => {
  it('has no verdict, though it names a side or a talk year', () => {
    for (const claim of [
      'Vietnam won the AFF Championship in 2008.',
      "China's GDP expanded by 3% in 2022",
      'vietnam topped the medal table at the 2021 SEA Games',
    ]) {
      expect(first(claim).verdict, claim).toBe('none');
    }
  });

  it('a claim on what the talks speak of, with a name they lack, is still related', () => {
    for (const claim of [
      'Trucks loaded with dragon fruit were stuck for weeks at the Lang Son border gates in early 2022.',
      'General Secretary Nguyen Phu Trong made an official visit to China in late 2022.',
      'China gave Vietnam millions of Sinopharm vaccine doses in 2021.',
    ]) {
      expect(first(claim).verdict, claim).toBe('related');
    }
  });
});

describe('a detail the articles neither confirm nor deny', () => {
  it('another place said as one more is related, not contradicted', () => {
    expect(first("Song Tao's department also sent aid to Myanmar and Laos during the pandemic.").verdict).toBe('related');
  });

  it('a place given instead of the one reported still contradicts', () => {
    expectContradicted("The 1.5 million CNY of medical supplies were meant for Myanmar's covid response", 'place');
    expectContradicted('Trung asked China to help clear the goods congestion at the seaports', 'place');
  });

  it('people a disaster killed are no head count of the talk', () => {
    expect(first('The floods Quan spoke of in July 2020 had killed over 200 people.').verdict).not.toBe('contradicts');
    expectContradicted('Four officials took part in the July 2020 phone call', 'number');
  });

  it('a place name before its kind of place is no one in a participant’s place', () => {
    expect(first('trung grumbled about trucks stuck at the Mong Cai crossings during the april 2022 meeting').verdict).not.toBe('contradicts');
  });
});

describe('a praise claimed played down', () => {
  it('contradicts the praise reported, naming the polarity', () => {
    expectContradicted("Song Tao played down Vietnam's achievements against COVID-19 in the 2020 call", 'polarity', '2020-07-29');
    expectContradicted("in 2020 song tao made light of vietnam's covid achievements", 'polarity');
  });
});

describe('who took part, and who wanted the talks held', () => {
  it('someone in a participant’s place at the dated talk contradicts, naming the person', () => {
    expectContradicted('In July 2020 it was Le Hoai Trung who called Song Tao to discuss the floods and the sea.', 'person', '2020-07-29');
  });

  it('talks said requested by a side are not supported by a hope voiced at them', () => {
    expect(first('Both the 2020 and the 2022 talks were requested by the Vietnamese side.').verdict).not.toBe('supports');
  });
});
