// A change asked of a person's post ("did Song Tao's title change?", "chức vụ … có thay đổi không?") is the sameness
// of his roles asked the other way round: his roles at the talks he attended compared, No when it is the same body.
// Neither "Yes, in the same body" nor "Yes: he took part" answers it.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';
import { opensWith } from '../support/fresh-set.js';

const engine = sharedEngine();
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('a change asked of one person', () => {
  it.each([
    "Did Song Tao's title change between the two talks?",
    "was song tao's job different in 2022 than in 2020?",
    'Had Song Tao changed posts by 2022?',
    'Đến năm 2022 chức vụ của ông Tống Đào có thay đổi không?',
  ])('%j opens with No and cites his role at both talks', (q) => {
    const a = engine.answer(q);
    expect(opensWith(a)).toBe('no');
    expect(dates(q)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it('the sameness asked outright keeps its Yes', () => {
    expect(opensWith(engine.answer('Did Song Tao hold the same post at both talks?'))).toBe('yes');
  });

  it('a plain yes/no of taking part is unchanged', () => {
    expect(engine.answer('Did Song Tao take part in the 2022 talks?').text).toMatch(/^Yes: Song Tao took part/u);
  });
});
