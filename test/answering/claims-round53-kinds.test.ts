// Kinds of miss of the claim checker in claims rounds 51-53, each with wordings of its own: support told in chat or
// headline words (grammar typed short, a heading of verbs, a verb for holding a post, a body beside its own words, a
// count's noun in another word, the article's words said otherwise), a quoted call read as done, a role after "as"
// past "was", and a dismissal said with a word between or in other words.
import { describe, expect, it } from 'vitest';
import { expectContradicted as contradicted, expectSupported as supported, firstMatch as first } from '../support/claim-verdicts.js';

describe('a supported claim in chat or headline words', () => {
  it('grammar typed short is grammar, and still joins the two sides', () => {
    supported('quan n song tao held phone talks on july 29', '2020-07-29', 'held phone talks on July 29');
    supported('song tao w quan talked by phone on july 29', '2020-07-29', 'held phone talks on July 29');
    supported('le hoai trung n song tao signed the 2021-2025 cooperation plan', '2022-04-19', 'signed a cooperation plan');
    contradicted('quan n song tao held phone talks on july 19', 'date');
  });

  it('a heading of verbs alone says how the message came, and hides no wrong detail', () => {
    supported('Forwarded: Quan and Song Tao held phone talks on July 29', '2020-07-29', 'held phone talks on July 29');
    supported('UPDATED: the two parties signed a cadre-training scheme for 2021-2025', '2022-04-19', 'training cadres');
    contradicted('Forwarded: Quan and Song Tao held phone talks on July 19', 'date');
    contradicted('BREAKING: the two parties signed a cooperation plan for 2021-2030', 'period');
  });

  it('a verb for holding a post is said by the sentence giving that post', () => {
    supported('The Chinese side at the 2022 talks was led by Song Tao, who heads the CPC\'s International Liaison Department', '2022-04-19', 'Song Tao, head of');
    supported("In 2020 the Vietnamese side was led by Hoang Binh Quan, who chairs the CPV's external relations commission", '2020-07-29', 'Hoang Binh Quan');
  });

  it('a word for a body beside the post\'s own words names that body', () => {
    supported("the CPC's liaison office donated medical supplies worth 235,000 USD to Vietnam", '2022-04-19', '235,000 USD');
    supported("China's party liaison bureau gave Vietnam medical supplies worth 1.5 million CNY", '2022-04-19', '1.5 million CNY');
  });

  it("a count's noun in another word for it counts alike, and a wrong count is still wrong", () => {
    supported('2020 was the 70th birthday of diplomatic ties between vietnam and china', '2020-07-29', '70th founding anniversary');
    contradicted('the 2020 party activities marked the 60th birthday of vietnam-china diplomatic ties', 'number');
  });

  it("the article's words said otherwise: conveyed condolences over deaths, sticking to the documents, a trio of them", () => {
    supported('Quan conveyed his condolences to China over the deaths and damage from the floods', '2020-07-29', 'expressed his sympathies');
    supported('Trung asked China to stick strictly to the trio of legal documents on land border management', '2022-04-19', 'three legal documents');
    contradicted('Trung asked China to stick to the four legal documents on land border management', 'number');
  });

  it("the official named after their side is no act of that side on itself", () => {
    supported("Chinese party envoy Song Tao praised Vietnam's achievements in fighting COVID-19", '2020-07-29', 'spoke highly of Vietnam');
  });
});

describe('a quoted call opening the claim is a call, not a thing done', () => {
  it('supported by the sentence that calls for it', () => {
    supported('"Resolve disputes by peaceful means in line with international law," Quan told Song Tao', '2020-07-29', 'peaceful means in line with international law');
    supported('"Solve disputes peacefully, in line with international law" - Quan\'s call to China in 2020', '2020-07-29', 'peaceful means in line with international law');
  });
});

describe('a role after "as", past "was"', () => {
  it('is compared with the post the articles give', () => {
    contradicted("Quan was on the 2020 call as Vietnam's ambassador to China", 'role');
    contradicted("Song Tao was at the April 2022 talks as China's vice president", 'role');
    supported("Song Tao was on the 2020 call as head of the CPC's International Liaison Department", '2020-07-29', 'Song Tao');
  });
});

describe('a dismissal of the issues raised, against a positive response', () => {
  it('said with a word between or in other words, is contradicted naming polarity', () => {
    for (const claim of ['Song Tao brushed aside the issues Vietnam raised', 'Song Tao snubbed the issues raised by the Vietnamese side', 'Song Tao pushed back firmly on the issues raised by Vietnam']) {
      contradicted(claim, 'polarity');
      expect(first(claim).quote, claim).toContain('responded positively');
    }
  });

  it('a warm response is supported', () => {
    supported('Song Tao responded warmly to the issues the Vietnamese side raised', '2022-04-19', 'responded positively');
  });
});
