// Kinds of miss from rounds 95-96 (English): a long message's background sentence about the asker's own work ("I write
// a lot about…") refused as an instruction, and "their language on maritime issues" refused as the talks' language; a
// second ask joined by "or" ("any money or any signed paperwork?") answered by its first part only; a bare "What is the
// difference?" after a sentence naming a side's titles answered with a general comparison; "where were the floods"
// read as where the participants were; a trip to the talks taken for granted ("when Song Tao flew to Hanoi…, what did
// they agree on?") refused instead of put right and answered. Instructions and trips asked for themselves still are not.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('the asker telling of his own work is no instruction to the bot', () => {
  const q = "I write a lot about tensions in the South China Sea, which Vietnam calls the East Sea. The wording in official readouts often shifts over time. How did the Vietnamese side's language on maritime issues differ between the 2020 call and the 2022 video talks?";
  it('the long message is answered from both talks, with what each said on the sea', () => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(dates(q)).toEqual(['2020-07-29', '2022-04-19']);
    expect(a.text).toContain('international law');
    expect(a.text).toMatch(/Code of Conduct|DOC/u);
  });
  it.each(['I want you to write me a poem about the talks', 'Write me a poem about the 2022 talks'])('%j is still refused', (x) => {
    expect(engine.answer(x).answered).toBe(false);
  });
  it('the language the talks were held in is still refused', () => {
    expect(engine.answer('What language were the 2022 talks held in?').answered).toBe(false);
  });
});

describe('a thing handed over asked beside the signing is its own ask', () => {
  it('"any money or any signed paperwork?" gives both the documents and the supplies', () => {
    const q = "Honestly I think these party-to-party talks are mostly ceremonial. Still, I'd like to know if anything concrete came out of the 2022 session. Was there any money or any signed paperwork?";
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(dates(q)).toEqual(['2022-04-19']);
    expect(a.text).toMatch(/cooperation plan/u);
    expect(a.text).toMatch(/medical supplies/u);
  });
  it('"was anything signed or donated in 2022?" does not say nothing was signed about the supplies', () => {
    const a = engine.answer('Was anything signed or donated in 2022?');
    expect(a.text.split('\n')[0]).toBe('Yes.');
    expect(a.text).toMatch(/scheme/u);
    expect(a.text).toMatch(/medical supplies/u);
  });
  it('signing on the supplies is still answered as no document signed about them', () => {
    expect(engine.answer('Was anything signed about the medical supplies?').text).toMatch(/no document signed about the medical supplies/u);
  });
});

describe('a bare "what is the difference?" compares what its context names', () => {
  it("the Vietnamese counterpart's titles: Head in 2020, Chairman in 2022", () => {
    const q = "The Vietnamese counterpart is called 'head' in one article and something else in the other. What is the difference?";
    const a = engine.answer(q);
    expect(dates(q)).toEqual(['2020-07-29', '2022-04-19']);
    expect(a.text).toMatch(/Hoang Binh Quan \(Head of/u);
    expect(a.text).toMatch(/Le Hoai Trung \(Chairman of/u);
  });
});

describe('"where were <event>" asks the place the report gives for it', () => {
  it.each(['where were the floods that came up in the 2020 talks', 'Where were the floods?'])('%j is answered: in China', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(dates(q)).toEqual(['2020-07-29']);
    expect(a.text).toMatch(/floods in China/u);
  });
  it('where the talks were held is still not given', () => {
    expect(engine.answer('where were the talks held').answered).toBe(false);
  });
});

describe('a trip to the talks taken for granted is put right, then the question answered', () => {
  it('"when Song Tao flew to Hanoi to meet Trung…, what did they agree on?"', () => {
    const q = 'When Song Tao flew to Hanoi to meet Trung in April 2022, what did they agree on?';
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(dates(q)).toEqual(['2022-04-19']);
    expect(a.text.split('\n')[0]).toMatch(/not held in person.*videoconference/u);
    expect(a.text).toMatch(/cooperation plan/u);
  });
  it('a trip asked for itself is still answered No', () => {
    expect(engine.answer('Did Song Tao fly to Hanoi to meet Trung in 2022?').text.split('\n')[0]).toMatch(/^No\./u);
  });
});
