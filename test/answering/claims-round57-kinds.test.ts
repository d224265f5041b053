// Kinds of miss of the claim checker in claims rounds 56-57, each with wordings of its own: support said in other
// words (slang praise, a phrase the lexicon gives, a word of a party's name, an ability to do something), a topic the
// articles do not report contradicted on a place it never gives, a wrong detail not caught (a name in a participant's
// place, a place given otherwise), and a teller named by side and post read as someone else.
import { describe, expect, it } from 'vitest';
import { expectContradicted as contradicted, expectSupported as supported, firstMatch as first } from '../support/claim-verdicts.js';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const related = (claim: string) => expect(first(claim).verdict, claim).toBe('related');

describe('support said in other words', () => {
  it('praise in slang is speaking highly', () => {
    supported('song tao gave hanoi kudos for its fight against covid', '2020-07-29', 'spoke highly');
    supported('song tao gave props to vietnam for handling the pandemic in 2020', '2020-07-29', 'spoke highly');
  });

  it('a phrase the lexicon gives an article word for covers the claim', () => {
    supported("Song Tao had kind words for Vietnam's achievements against COVID-19", '2020-07-29', 'spoke highly');
    supported('because of covid some party exchanges missed their scheduled dates', '2020-07-29', 'could not be held as scheduled');
    supported('some exchanges through the party channel could not go ahead on their planned dates because of covid', '2020-07-29', 'could not be held as scheduled');
  });

  it("a word of a party's name is said by its acronym", () => {
    supported('vietnam and china communist parties signed a scheme on training cadres', '2022-04-19', 'signed a cooperation plan');
  });

  it('the detail a claim leaves unreported keeps it related', () => {
    related('The cadre training scheme includes sending Vietnamese officials to study at Chinese party schools');
    related('the quan-song tao phone call went on for about an hour');
  });
});

describe('a topic the articles do not report is not contradicted on a place', () => {
  it('words for the talks and their people do not say where the thing is', () => {
    related('Song Tao and Trung talked about the war in Ukraine during their talks');
    related('quan and song tao discussed the Ukraine crisis on the phone');
  });

  it('a place given otherwise still is', () => {
    contradicted('Quan offered condolences to Song Tao over the floods in Vietnam', 'place', '2020-07-29');
  });
});

describe('a wrong detail caught', () => {
  it("a name the articles lack in a participant's place, at a talk named by date or format", () => {
    contradicted("quan's counterpart on the july 2020 phone call was wang yi", 'person', '2020-07-29');
    contradicted('wang yi held phone talks with quan on july 29, 2020', 'person', '2020-07-29');
  });

  it('a name before a noun of its own names a thing, not a participant', () => {
    expect(first('Quan raised the Vanguard Bank standoff during the July 2020 call').verdict).not.toBe('contradicts');
  });

  it('a place given otherwise, in the paraphrase of the thing', () => {
    contradicted('Trung urged China to help ease goods congestion at the seaports', 'place', '2022-04-19');
    contradicted("Trung urged China to reduce freight congestion at Vietnam's airports", 'place', '2022-04-19');
    supported('Trung urged China to reduce goods congestion at border gates', '2022-04-19', 'goods congestion');
  });
});

describe('a teller named by side and post', () => {
  it("is that side's official, telling the person named", () => {
    supported('"China must comply with the three legal documents on land border management," Vietnam\'s top party diplomat told Song Tao', '2022-04-19', 'three legal documents');
    supported('"China must observe the three legal documents on the land border," the Vietnamese official told Song Tao', '2022-04-19', 'three legal documents');
  });

  it('the other way round is contradicted, never supported', () => {
    contradicted('Song Tao told Vietnam\'s envoy that China must comply with the three legal documents on the land border', 'person', '2022-04-19');
    contradicted("China's top party diplomat told Trung that China must comply with the three legal documents on the land border", 'person', '2022-04-19');
  });
});

describe('a question naming another meeting is not corrected as a slip of the name', () => {
  it("Quan's talks with Wang Yi, named by no date or format, are refused", () => {
    const a = engine.answer("can you compare that with Quan's talks with Wang Yi?");
    expect(a.text.split('\n')[0]).not.toMatch(/^No\b/u);
  });
});
