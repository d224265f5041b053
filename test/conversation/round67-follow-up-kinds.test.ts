// Follow-ups of round 67 and the out-of-scope turns of round 66: particulars a subject's own word asks for that the
// articles never name ("which islands"), a side's gift they never report ("what Vietnam gave for the floods"), a span of
// years set against the conversation's documents ("cover 2020 to 2025?"), and "which one" choosing among both talks.
import { describe, expect, it } from 'vitest';
import { cited, lastOf } from '../support/conversation.js';

describe('particulars asked by the subject\'s own word, which the articles never name', () => {
  it.each([
    ['any problems quan mentioned in 2020?', 'which islands was he talkin about'],
    ['what did trung say about the sea in 2022?', 'what islands did he mean?'],
  ])('%j then %j is refused as not named', (first, q) => {
    const a = lastOf(first, q);
    expect(a.answered).toBe(false);
    // Since round 109's unnamedParts (data/topics/topics.json), island groups are a part of the sea the articles never
    // name: refused as a thing the articles do not mention ("islands"), no longer as the sea's particulars unnamed.
    expect(a.text).toMatch(/^The articles do not (name them|mention "islands)/u);
  });

  it.each(['what islands came up', 'which islands were mentioned in the 2020 call?'])('%j asked alone is refused too', (q) => {
    const a = lastOf(q);
    expect(a.answered).toBe(false);
    // Since round 109's unnamedParts (data/topics/topics.json), island groups are a part of the sea the articles never
    // name: refused as a thing the articles do not mention ("islands"), no longer as the sea's particulars unnamed.
    expect(a.text).toMatch(/^The articles do not (name them|mention "islands)/u);
  });

  it.each([
    ['Which Vietnamese successes did the Chinese side applaud during the 2020 conversation?', '2020-07-29'],
    ['What kind of natural disaster prompted the Vietnamese official to offer condolences in 2020?', '2020-07-29'],
    ['What achievement of the Chinese side did Trung offer congratulations on?', '2022-04-19'],
  ])('%j, a word for what a sentence says, is still answered', (q, date) => {
    const a = lastOf(q);
    expect(a.answered).toBe(true);
    expect(cited(a)).toContain(date);
  });
});

describe("a side's gift that no sentence reports", () => {
  it.each(['what did vietnam give china for the floods?', 'what did the vietnamese side donate to china for the floods?'])('%j says Vietnam gave nothing, with its sympathy', (q) => {
    const a = lastOf(q);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The articles report nothing given by Vietnam/u);
    expect(a.text).toContain('sympathy');
  });

  it('a comparison with it in a follow-up is refused the same way', () => {
    const a = lastOf('in the 2020 call, what did they pledge to do about the pandemic?', 'and two years later, did china send any help for covid?', 'how does that compare with what vietnam gave china for the floods');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The articles report nothing given by Vietnam/u);
  });

  it.each([
    ['what did china give vietnam?', '2022-04-19'],
    ['For what did Song Tao give Vietnam credit during the 2022 session?', '2022-04-19'],
  ])('%j, a gift reported or no gift asked, is still answered', (q, date) => {
    const a = lastOf(q);
    expect(a.answered).toBe(true);
    expect(cited(a)).toContain(date);
  });
});

describe("a span of years set against the conversation's documents", () => {
  it.each(['so both of those cover 2020 to 2025?', 'and they run 2022 through 2027?'])('%j after what was signed is No, with their period', (q) => {
    const a = lastOf('wat did they sign during the april 2022 video talks', q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^No/u);
    expect(a.text).toContain('2021-2025');
    expect(cited(a)).toEqual(['2022-04-19']);
  });
});

describe('"which one" among both talks of the conversation', () => {
  it('"which one did they sign stuff in?" cites only the talk that signed', () => {
    const a = lastOf('hey whats different about the format of the two vn-china party talks?', 'which one did they sign stuff in?');
    expect(a.text).toMatch(/^The talks via videoconference of 19 April 2022\./u);
    expect(cited(a)).toEqual(['2022-04-19']);
  });

  it('"which one mentioned asean" after both talks cites only 2022', () => {
    const a = lastOf('did the sea issue come up in both sets of talks?', 'which one mentioned asean');
    expect(cited(a)).toEqual(['2022-04-19']);
  });

  it('asked alone, "which of the two talks…" still says what each reports', () => {
    expect(cited(lastOf('In which of the two talks were documents signed?'))).toEqual(['2020-07-29', '2022-04-19']);
  });
});
