// Kinds of round 86's Vietnamese misses: where a person works ("làm ở đâu", "在哪工作", "在哪个部门", "where does he
// work") refused as a place the articles do not give, though his role names his body; a role asked "in the talks
// mentioned" ("trong các cuộc hội đàm được nhắc tới") read as what he said; "which leaders of Vietnam he talked with"
// read as the topic of leaders rather than his counterparts; "trao đổi với nhau bằng cách nào" (how they communicated
// with each other) read as a subject discussed rather than the talks' format.
import { describe, expect, it } from 'vitest';
import { citedTalks, sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const PHONE_2020 = '2020-07-29-phone-talks';
const VIDEO_2022 = '2022-04-19-videoconference';

describe("a person's workplace is answered by his role and body", () => {
  it.each([
    ['ủa ông song tao là ai z, làm ở đâu thế', /Ban Liên lạc Đối ngoại/u],
    ['ông Tống Đào công tác ở đâu?', /Ban Liên lạc Đối ngoại/u],
    ['宋涛在哪工作？', /对外联络部/u],
    ['宋涛在哪个部门？', /对外联络部/u],
    ['Where does Song Tao work?', /International Liaison Department/u],
  ])('%j names his department', (q, body) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(body);
    expect(citedTalks(a)).toEqual([PHONE_2020, VIDEO_2022]);
  });

  it('where the participants were is still not given', () => {
    const a = engine.answer('Where was Song Tao during the videoconference?');
    expect(a.text).toMatch(/do not say where/u);
  });
});

describe('a role or counterparts asked of the talks the reports mention', () => {
  it('"giữ cương vị gì trong các cuộc hội đàm được nhắc tới" gives his post', () => {
    const a = engine.answer('Ông Song Tao giữ cương vị gì trong các cuộc hội đàm được nhắc tới?');
    expect(a.text).toMatch(/Ban Liên lạc/u);
  });

  it('"what he said in the talks mentioned" is still what he said', () => {
    const a = engine.answer('Ông Tống Đào nói gì trong cuộc hội đàm được nhắc tới?');
    expect(a.answered).toBe(true);
    expect(a.text).not.toMatch(/^Tống Đào, CPC/u);
  });

  it('"which leaders of Vietnam he talked with" names both counterparts', () => {
    const a = engine.answer('Theo hai bài này, ông Tống Đào đã nói chuyện với những lãnh đạo Ban Đối ngoại nào của Việt Nam?');
    expect(a.text).toMatch(/Hoàng Bình Quân/u);
    expect(a.text).toMatch(/Lê Hoài Trung/u);
  });
});

describe('how the sides communicated with each other is the format', () => {
  it('"trao đổi với nhau bằng cách nào" in 2020 is the phone', () => {
    const a = engine.answer('Hồi mùa hè 2020, lãnh đạo hai ban phụ trách đối ngoại của đảng Việt Nam và Trung Quốc đã trao đổi với nhau bằng cách nào?');
    expect(a.text).toMatch(/điện thoại/u);
    expect(citedTalks(a)).toEqual([PHONE_2020]);
  });
});
