// Two kinds from round 86's first contact. Whether something was done after the talks ("did China actually fix the
// congestion after that?") is beyond the articles: never a Yes from a statement that only reports the problem or a
// hope, alone or in a conversation whose "after that" points past the latest talk. And a premise that puts a fact at
// the wrong talk ("signed during the July 2020 phone call") is put right citing both talks: the one that holds the
// fact and the one the question named.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';
import { cited, lastOf } from '../support/conversation.js';

const engine = sharedEngine();
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('an outcome asked "after that" is not answered Yes', () => {
  it.each([
    'did china actually fix the congestion after that?',
    'did china fix the congestion after that?',
    'did they recognise the vaccine passports after that?',
  ])('%j alone is refused with what the articles say', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^Yes/u);
  });

  it('after an answer on the 2022 talks, "after that" asks past them: refused', () => {
    const a = lastOf('yo what did trung say abt trade w china', 'three legal documents on what?', 'did china actually fix the congestion after that?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^Yes/u);
  });

  it('after an answer on the 2020 talks, a Yes of what was signed later still stands', () => {
    const a = lastOf('what did quan and song tao discuss in 2020?', 'did they sign a cooperation plan after that?');
    expect(a.text).not.toMatch(/^No\b/u);
    expect(cited(a)).toContain('2022-04-19');
  });
});

describe('a fact put at the wrong talk cites both talks', () => {
  it.each([
    'Why was the 2021-2025 cooperation plan signed during the July 2020 phone call?',
    'Vì sao trong cuộc điện đàm năm 2020 hai bên đã ký luôn kế hoạch hợp tác 2021-2025?',
    'Tại sao hai bên lại ký kế hoạch hợp tác 2021-2025 ngay trong cuộc điện đàm 29/7/2020?',
  ])('%j: put right, citing 2020 and 2022', (q) => {
    expect(engine.answer(q).text).toMatch(/^(Not quite|Không phải vậy)/u);
    expect(dates(q)).toEqual(['2020-07-29', '2022-04-19']);
  });
});
