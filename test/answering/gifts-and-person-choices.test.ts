// Gifts asked in other words, and choices between people: "present" after "did X" is the giving verb, not
// attendance; a why of the gift dated at the wrong talk puts the talk right and gives the reason; "which of Quan and
// Trung…" offers the people as options, answered by where each took part, with no "Not quite".
import { describe, expect, it } from 'vitest';
import { citedTalks, sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const PHONE_2020 = '2020-07-29-phone-talks';
const VIDEO_2022 = '2022-04-19-videoconference';

describe('"present" as a verb of giving', () => {
  it.each(['What did the Chinese side present to Vietnam?', 'What did the CPC present to Vietnam in 2022?', 'What did Song Tao present?'])('%j lists the gift', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.intent).not.toBe('who');
    expect(a.text).toMatch(/medical supplies/u);
    expect(citedTalks(a)).toEqual([VIDEO_2022]);
  });

  it('"was present" still asks who took part', () => {
    const a = engine.answer('Who was present at the 2022 talks?');
    expect(a.intent).toBe('who');
    expect(a.text).toMatch(/Le Hoai Trung/u);
  });
});

describe('a why of the gift dated at the wrong talk', () => {
  it('puts the talk right, then gives the reason', () => {
    const a = engine.answer('Why did Song Tao donate medical supplies during the 2020 phone talks?');
    expect(a.answered).toBe(true);
    expect(a.text).not.toMatch(/do not say why/u);
    expect(a.text).toMatch(/19 April 2022/u);
    expect(a.text).toMatch(/COVID-19 prevention and control/u);
  });
});

describe('a choice between two people', () => {
  it.each(['Which of Quan and Trung took part in the 2022 talks?', 'Who took part in the 2022 talks, Quan or Trung?', '兄弟们 黄平君跟黎怀忠 哪个是参加22年那次的？'])('%j says where each took part', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).not.toMatch(/^(Not quite|No\b|不对)/u);
    expect(a.text).toMatch(/Trung|黎怀忠/u);
    expect(citedTalks(a)).toEqual(expect.arrayContaining([PHONE_2020, VIDEO_2022]));
  });

  it('people asked of, not offered, are still put right', () => {
    expect(engine.answer('Who did Quan and Trung meet in 2022?').text).toMatch(/^Not quite/u);
  });
});
