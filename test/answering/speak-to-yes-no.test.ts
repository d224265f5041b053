// Speaking to the other participant is the talk itself: "did Quan speak to Song Tao by phone?" asks whether the two
// held that talk (Yes), not who said something to whom, so the speaker of a sentence is never put right against it.
// A verb of the talk ("spoke to", "talked to", "điện đàm với") with the other participant after it, and how it was
// held ("by phone"), read no act of one side on the other. The No cases stay No, naming the talk asked.
import { describe, expect, it } from 'vitest';
import { citedTalks, sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const first = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';

describe('a participant speaking to the other one is the talk they held', () => {
  it.each([
    ['did Quan speak to Song Tao by phone?', /^Yes/u],
    ['can you confirm that Quan spoke to Song Tao by phone?', /^Yes/u],
    ['did Quan talk to Song Tao by phone?', /^Yes/u],
    ['did Song Tao speak to Quan by phone?', /^Yes/u],
    ['Did Hoang Binh Quan talk to Song Tao over the phone in July 2020?', /^Yes/u],
    ['did Quan phone Song Tao?', /^Yes/u],
    ['Ông Quân có nói chuyện với ông Tống Đào qua điện thoại không?', /^Có/u],
    ['Ông Quân đã điện đàm với ông Tống Đào phải không?', /^Có/u],
    ['Ông Tống Đào đã điện đàm với ông Quân phải không?', /^Có/u],
  ])('%j', (q, lead) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(first(q)).toMatch(lead);
    expect(first(q)).not.toMatch(/not Hoang Binh Quan|không phải Hoàng Bình Quân/u);
    expect(citedTalks(a)).toEqual(['2020-07-29-phone-talks']);
  });
});

describe('who acted on whom is still checked where the claim names an act', () => {
  it('a side praising the other the wrong way round is No', () => {
    expect(first("did Vietnam speak highly of China's achievements?")).toMatch(/^No/u);
  });
  it('the side that did praise is Yes', () => {
    expect(first("did Song Tao speak highly of Vietnam's achievements?")).toMatch(/^Yes/u);
  });
});

describe('speaking to someone at a talk he was not at stays No, naming that talk', () => {
  it.each([
    ['did Trung speak to Song Tao by phone?', /^No\. Le Hoai Trung did not take part in the phone talks of 29 July 2020/u],
    ['was Trung on the phone call?', /^No\. Le Hoai Trung did not take part in the phone talks of 29 July 2020/u],
    ['did Song Tao speak to Trung in 2020?', /^No\. Le Hoai Trung did not take part in the phone talks/u],
    ['did Quan speak to Song Tao by videoconference?', /^No\. Hoang Binh Quan did not take part in the talks via videoconference of 19 April 2022/u],
    ['Ông Trung có nói chuyện với ông Tống Đào qua điện thoại không?', /^Không\. Lê Hoài Trung không tham gia cuộc điện đàm/u],
  ])('%j', (q, lead) => {
    expect(first(q)).toMatch(lead);
  });

  it('someone the articles do not name is not answered Yes', () => {
    expect(first('did Quan speak to Wang Yi?')).not.toMatch(/^Yes/u);
  });
});
