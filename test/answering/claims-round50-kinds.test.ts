// Kinds of miss of the claim checker in claims rounds 49-50, each with wordings of its own: a claim held at both
// talks, a paraphrase (an official called a "diplomat", "in accordance with", "seven decades"), a claim of other
// exchanges in the talks' format by people the articles do not name, a count whose noun ran on past a pause, and
// "the two" with no noun.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();

const first = (claim: string) => {
  const c = engine.check(claim);
  return { verdict: c.verdict, date: c.matches[0]?.citation.date ?? '', quote: c.matches[0]?.citation.quote ?? '', differs: c.differs.map((d) => d.kind), matches: c.matches };
};

describe('a claim held at each of the talks it names', () => {
  it('is supported, shown first at the latest talk, then at the other', () => {
    for (const claim of [
      'Song Tao led the CPC International Liaison Department at both the 2020 and the 2022 talks',
      'Song Tao spoke for the Chinese side in the 2020 phone call and again in the 2022 video talks',
    ]) {
      const c = first(claim);
      expect(c.verdict, claim).toBe('supports');
      expect(c.date, claim).toBe('2022-04-19');
      expect(c.quote, claim).toContain('Song Tao');
      expect(c.matches.some((m) => m.verdict === 'supports' && m.citation.date === '2020-07-29'), claim).toBe(true);
    }
  });

  it('a wrong title at both talks is still contradicted', () => {
    const c = first('Song Tao headed the CPC Organization Department at both the 2020 and the 2022 talks');
    expect(c.verdict).toBe('contradicts');
    expect(c.differs).toContain('role');
  });
});

describe('a supported claim in other words than the article', () => {
  it('an official called a diplomat or an envoy, "in accordance with" for "in line with"', () => {
    for (const claim of [
      "Vietnam's top party diplomat called for disputes to be resolved by peaceful means in accordance with international law",
      'The Vietnamese envoy wanted disputes addressed through peaceful means consistent with international law',
    ]) {
      const c = first(claim);
      expect(c.verdict, claim).toBe('supports');
      expect(c.quote, claim).toContain('peaceful means in line with international law');
    }
  });

  it('spans of years counted are that many years: "seven decades" is the 70th anniversary, "six decades" is not', () => {
    const yes = first('2020 was seven decades since Vietnam and China set up diplomatic ties, and the talks marked the anniversary');
    expect(yes.verdict).toBe('supports');
    expect(yes.quote).toContain('70th founding anniversary');
    const no = first('2020 marked six decades of diplomatic ties between Vietnam and China');
    expect(no.verdict).toBe('contradicts');
    expect(no.differs).toContain('number');
  });

  it('"the two" with no noun after it is the two sides', () => {
    const c = first('Due to covid, a number of exchanges through the party channel between the two could not go ahead as scheduled');
    expect(c.verdict).toBe('supports');
    expect(c.quote).toContain('could not be held as scheduled');
  });
});

describe('other exchanges in a format of the talks', () => {
  it('by people the articles do not name, in a talk year: related to the sentence on such exchanges, not nothing', () => {
    const c = first('Nguyen Phu Trong talked with Xi Jinping by phone earlier in 2022');
    expect(c.verdict).toBe('related');
    expect(c.quote).toContain("phone talks between the two Parties' General Secretaries");
    expect(first('Nguyen Phu Trong and Xi Jinping held a phone call in early 2022').verdict).toBe('related');
  });

  it('said of the talk itself, the format is still contradicted', () => {
    for (const claim of ['Le Hoai Trung and Song Tao talked by phone on April 19, 2022', 'The April 2022 talks were a phone call']) {
      const c = first(claim);
      expect(c.verdict, claim).toBe('contradicts');
      expect(c.differs, claim).toContain('format');
    }
  });
});

describe('what a count counts ends at a pause', () => {
  it('"by a third last year, says the agency" counts no agency: an unrelated claim finds nothing', () => {
    for (const claim of ['Coffee prices in Brazil fell by a third last year, says industry group', 'Amazon deforestation in Brazil fell by a third last year, says government agency']) {
      expect(first(claim).verdict, claim).toBe('none');
    }
  });
});
