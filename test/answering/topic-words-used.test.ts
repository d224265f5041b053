// A topic tag is coarse: a topic whose own words the statement found uses is raised there. "Many Chinese localities
// suffered flood losses in 2020, right?" is on the flood sentence that says "many Chinese localities", not a second
// subject (cooperation between localities, raised only in 2022) that the 2020 talks never raised: never a No.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';
import { opensWith } from '../support/fresh-set.js';

const engine = sharedEngine();

describe("a topic named by words the statement itself uses", () => {
  it.each([
    'Hồi tháng 7/2020 nhiều địa phương Trung Quốc bị thiệt hại do mưa lũ phải không?',
    'Năm 2020 mưa lũ gây thiệt hại cho nhiều địa phương của Trung Quốc đúng không?',
    'In July 2020 many Chinese localities suffered losses from the floods, right?',
  ])('%j is not answered No, and cites the 2020 flood sentence', (q) => {
    const a = engine.answer(q);
    expect(opensWith(a)).not.toBe('no');
    expect(a.citations.map((c) => c.date)).toContain('2020-07-29');
    expect(a.text).toMatch(/floods|lũ/u);
  });

  it('a gift asked of the talk that never raised it keeps its No', () => {
    expect(opensWith(engine.answer('2020年通话时中方有没有捐赠抗疫物资？'))).toBe('no');
  });
});
