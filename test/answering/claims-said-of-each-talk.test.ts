// A claim joining the two talks is checked at each: one thing said of both ("both the 2020 call and the 2022 talks
// were…", "Quan did the 2020 call and the 2022 talks too") holds only where it holds at each talk, and a later clause
// that leaves its subject out ("Trung, who…, also spoke … on the 2020 call") is said of the claim's subject. A day
// without a year beside one talk's year is the day the claim gives that talk.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const kinds = (claim: string) => engine.check(claim).differs.map((d) => d.kind);

describe('one thing said of both talks, wrong at one of them', () => {
  it.each([
    ['Both the 2020 phone talks and the 2022 videoconference were held on April 19.', 'date', '2020-07-29'],
    ['Le Hoai Trung took part in the 2020 call and the 2022 talks alike.', 'person', '2020-07-29'],
    ['Hoang Binh Quan represented Vietnam in the 2020 talks and again in the 2022 talks.', 'person', '2022-04-19'],
    ['Cả cuộc điện đàm năm 2020 và cuộc hội đàm năm 2022 đều diễn ra ngày 19 tháng 4.', 'date', '2020-07-29'],
    ['2020年和2022年的两次会谈都是通过视频举行的。', 'format', '2020-07-29'],
    ['Ông Hoàng Bình Quân tham gia cả cuộc điện đàm năm 2020 lẫn cuộc hội đàm năm 2022.', 'person', '2022-04-19'],
  ])('%j contradicts, naming the %s at %s', (claim, kind, date) => {
    const c = engine.check(claim);
    expect(c.verdict).toBe('contradicts');
    expect(kinds(claim)).toContain(kind);
    expect(c.matches[0]?.citation.date).toBe(date);
  });
});

describe("a later clause said of the claim's subject", () => {
  it.each([
    ['Trung, who chaired the commission in 2022, also spoke for Vietnam on the 2020 phone call.', '2020-07-29'],
    ['Quan held the 2020 call with Song Tao, and later chaired the 2022 talks too.', '2022-04-19'],
  ])('%j contradicts, naming the person at %s', (claim, date) => {
    const c = engine.check(claim);
    expect(c.verdict).toBe('contradicts');
    expect(kinds(claim)).toContain('person');
    expect(c.matches[0]?.citation.date).toBe(date);
  });
});

describe('a day without a year beside one talk\'s year', () => {
  it.each([
    ['The 2022 videoconference took place on July 29.', '2022-04-19'],
    ['The 2020 phone call was held on April 19.', '2020-07-29'],
    ['Hội đàm năm 2022 diễn ra ngày 29 tháng 7.', '2022-04-19'],
    ['2022年的视频会谈是在7月29日举行的。', '2022-04-19'],
  ])('%j contradicts, naming the date of %s', (claim, date) => {
    const c = engine.check(claim);
    expect(c.verdict).toBe('contradicts');
    expect(kinds(claim)).toContain('date');
    expect(c.matches[0]?.citation.date).toBe(date);
  });
});

describe('near cases that hold', () => {
  it.each([
    'Song Tao headed the CPC\'s International Liaison Department at the 2020 call and at the 2022 talks.',
    'Song Tao took part in both the 2020 and the 2022 talks.',
    'Song Tao, who announced medical supplies in 2022, also thanked Vietnam for flood support in 2020.',
    'the 2020 one was a phone call while the 2022 one was a videoconference',
    'Quan phoned Song Tao in 2020, while the 2022 talks were held by video.',
    'The 2020 call on July 29 and the 2022 talks on April 19 both dealt with COVID-19.',
  ])('%j is supported', (claim) => {
    expect(engine.check(claim).verdict).toBe('supports');
  });

  it('a claim both talks only relate to stays related, not contradicted by the other talk\'s date', () => {
    expect(engine.check("Both the 2020 and 2022 CPV-CPC talks were held at China's request.").verdict).toBe('related');
  });
});
