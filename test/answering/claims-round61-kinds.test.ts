// Kinds of miss of the claim checker in claims round 61, each with wordings of its own: a verb that says nothing
// beyond its noun ("offered condolences") against the sentence's own such verb ("expressed his sympathies"); a quoted
// claim with a note naming the talks, whose note words ("summary of…") the articles cannot vouch for; a polarity a
// sentence gives of something else ("continue coordinating") preferred over the sentence saying it of the claim's thing.
import { describe, expect, it } from 'vitest';
import { expectContradicted as contradicted, expectSupported as supported, firstMatch as first } from '../support/claim-verdicts.js';

const SYMPATHY = 'The Vietnamese official expressed his sympathies';
const PRAISE = 'He spoke highly of Vietnam’s achievements in the fight against COVID-19';
const POSTPONED = 'could not be held as scheduled';

describe('a verb that says nothing beyond its noun is said by the sentence saying that noun with such a verb', () => {
  it('supports the claim in other words, in each language', () => {
    for (const claim of [
      "Hanoi's top party diplomat offered condolences to China over deadly rains and flooding that hit numerous Chinese provinces",
      'Quan extended condolences to China over the floods',
      'the vietnamese side conveyed sympathy to china about the heavy rains and floods',
      'Quân gửi lời chia buồn tới Trung Quốc về lũ lụt',
    ]) {
      supported(claim, '2020-07-29', SYMPATHY);
    }
  });

  it('the other side offering them is still contradicted', () => {
    contradicted('Song Tao offered condolences to Vietnam over the floods', 'person', '2020-07-29');
  });
});

describe('a quoted claim with a note naming the talks', () => {
  it('is supported by its quote where the note agrees with the sentence', () => {
    supported('"China praised how Vietnam handled the coronavirus" - summary of the Quan-Song Tao phone conversation', '2020-07-29', PRAISE);
    supported('"Song Tao praised how Vietnam handled the coronavirus" - notes from the 2020 phone call', '2020-07-29', PRAISE);
    supported('“越南抗疫成绩受到中方高度评价” —— 黄平君与宋涛通电话纪要', '2020-07-29', PRAISE);
  });

  it('a note naming someone else or the other talk still decides', () => {
    contradicted('"China praised how Vietnam handled the coronavirus" - summary of the Quan-Song Tao video talks in 2022', 'person');
    expect(first('"China praised how Vietnam handled the coronavirus" - summary of the Quan-Wang Yi phone conversation').verdict).not.toBe('supports');
  });
});

describe('a polarity is settled by the sentence saying it of the thing the claim says it of', () => {
  it('exchanges put off are supported, not contradicted by coordination that continues', () => {
    for (const claim of [
      "so covid meant some of the party-to-party exchanges between hanoi and beijing got pushed back and didn't happen on time, both sides admitted",
      'because of covid some party exchanges between the two sides did not happen on time',
    ]) {
      supported(claim, '2020-07-29', POSTPONED);
    }
  });

  it('exchanges said to have all gone ahead are still contradicted', () => {
    for (const claim of [
      "covid didn't stop any party-to-party exchanges between hanoi and beijing, they all happened on time",
      'party channel exchanges went ahead as scheduled despite covid',
    ]) {
      contradicted(claim, 'polarity', '2020-07-29');
    }
  });
});

describe("someone of a talk's side the articles do not name, at the talks' time", () => {
  it('is related to the talk of that year, in each language', () => {
    for (const claim of [
      'nguyen phu trong visited beijing later in 2022 after these talks',
      'Nguyen Phu Trong visited Beijing later in 2022',
      'xi jinping visited hanoi later in 2022 after these talks',
      '阮富仲在这次会谈之后于2022年晚些时候访问了北京',
    ]) {
      const c = first(claim);
      expect(c.verdict, claim).toBe('related');
      expect(c.date, claim).toBe('2022-04-19');
    }
  });

  it('a name of no side does not relate', () => {
    expect(first('Taylor Swift toured Asia later in 2022 after these talks').verdict).toBe('none');
  });
});
