// A "where" whose alternatives are formats ("where was it held, in person or online?") asks how the talks were held,
// which the articles give; a "where" of a place alone, or with a format word that only names the talk, stays refused
// (matching/format-offered.ts, round 93).
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const dates = (a: ReturnType<typeof engine.answer>) => [...new Set(a.citations.map((c) => c.date))].sort();

describe('a "where" offering formats as its answers', () => {
  it.each([
    ['`where` was the 2022 meeting held lol, like in person or wut', '2022-04-19', /videoconference/u],
    ['Where was the 2022 meeting held, in person or online?', '2022-04-19', /videoconference/u],
    ['where were they for the 2020 talks, face to face or on the phone?', '2020-07-29', /phone talks/u],
    ['2022年的会谈在哪里举行的，线下还是线上？', '2022-04-19', /视频会谈/u],
    ['hội đàm 2022 diễn ra ở đâu, trực tiếp hay trực tuyến?', '2022-04-19', /hội đàm trực tuyến/u],
  ])('%s: the format, cited', (q, date, format) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(format);
    expect(dates(a)).toEqual([date]);
  });

  it.each([
    'Where was Song Tao physically sitting during the 2022 videoconference?',
    'Where was Song Tao sitting during the 2022 video talks, in Beijing or somewhere else?',
  ])('%s: a place alone stays refused', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/do not say where/u);
  });
});
