// Kinds of out-of-scope question answered, and of fair chat refused, from rounds 58-59's first contact: a meeting
// before the talks reported, a tenure's length, things asked by the qualifier the articles already give, a post held
// now, a side's response that only the other side's sentences speak of, and "again" asking to be reminded.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';
import { lastOf } from '../support/conversation.js';

const engine = sharedEngine();
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('a meeting asked of a time before the talks reported', () => {
  it.each([
    'When did Quan and Song Tao last meet in person before their 2020 call?',
    'had Quan and Song Tao met before the 2020 call?',
    'What did the two of them talk about before the phone call in 2020?',
  ])('%j is refused as an earlier meeting the articles never report', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The articles report no earlier meeting/u);
  });

  it('before the later talks, the earlier reported ones may be the meeting: not refused as an earlier meeting', () => {
    expect(engine.answer('did they meet before the 2022 talks?').text).not.toMatch(/no earlier meeting/u);
  });
});

describe('how long someone held a post', () => {
  it.each([
    ['How many years did Song Tao head the ILD?', /^The articles do not say how long anyone held a post/u],
    ['宋涛当了几年中联部部长？', /^报道没有说明任何人担任职务多长时间/u],
    ['我看新闻说宋涛后来换了岗位。我挺好奇他在中联部一共干了多少年。这两篇报道里有提到吗?', /^报道没有说明任何人担任职务多长时间/u],
  ])('%j is refused, naming the tenure the articles lack', (q, text) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(text);
  });

  it('an age stays a personal question', () => {
    expect(engine.answer('how old is song tao').text).toMatch(/nothing personal/u);
  });
});

describe('things asked by the qualifier the articles already give them', () => {
  it.each([
    'Which Vietnamese border provinces did Trung name as needing better use of cooperation mechanisms?',
    'Which border provinces did Trung single out for better use of cooperation mechanisms?',
  ])('%j is refused as not named', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The articles name no particular border provinces/u);
  });

  it('asked by the thing alone, the qualifier the articles give answers ("especially those along the shared border")', () => {
    const a = engine.answer('Which provinces did Trung want to make better use of the mechanisms?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/shared border/u);
    expect(dates('Which provinces did Trung want to make better use of the mechanisms?')).toEqual(['2022-04-19']);
  });
});

describe('a post held now', () => {
  it.each(['what job does quan have now', 'where does Song Tao work today', "what is Song Tao's title now"])('%j is refused as after the talks', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/say nothing of what came after them/u);
  });

  it('his post at the talks is still answered', () => {
    const a = engine.answer('what job did quan have at the 2020 talks?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Commission for External Relations/u);
  });
});

describe("a side's response asked of sentences of the other side", () => {
  it('"did china accept that?" after what Quan said of the sea: refused, not Yes', () => {
    const a = lastOf('in the july 2020 call did quan raise any problems?', 'did china accept that?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The articles do not report how China responded/u);
  });

  it.each([
    "did china accept Quan's call to address disputes by peaceful means in 2020?",
    "did the chinese side go along with Quan's call for peaceful means on the sea in 2020?",
  ])('%j is refused, not Yes', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^Yes/u);
  });

  it("a response the side's own sentence reports is answered: Song Tao responded positively", () => {
    const a = engine.answer('Did Song Tao react positively to the issues Vietnam raised in 2022?');
    expect(a.text).toMatch(/^Yes/u);
    expect(a.citations.map((c) => c.date)).toContain('2022-04-19');
  });

  it('a document both sides signed is no one side\'s response', () => {
    expect(engine.answer('did China agree to the cooperation plan in 2022?').text).toMatch(/^Yes/u);
  });
});

describe('"again" asking to be reminded, with chat around it', () => {
  it.each(['when are the phone talks again? thx', 'when is the video call again', 'whens the phone talks again? ty'])('%j gives the date', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).not.toMatch(/what came after/u);
  });

  it('a verb asking when they meet again still asks of later talks', () => {
    expect(engine.answer('when do the two sides talk again?').answered).toBe(false);
    expect(engine.answer('will they hold phone talks again? ty').answered).toBe(false);
  });
});
