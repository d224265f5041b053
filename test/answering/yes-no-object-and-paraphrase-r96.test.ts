// Round 96's yes/no kinds. An act that takes what it was for (praise, thanks, help) is confirmed only by a sentence saying
// that object too: praise cited for something else is No, never Yes, in each language. A fair yes/no whose predicate is
// the statement in other words ("lỡ lịch", postponed, for "could not be held as scheduled"; "thông báo cho nhau về tình
// hình … đất nước", informed each other of their countries' situations; "Có đúng là …?") is Yes.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answering/engine.js';
import { sharedEngine } from '../support/engine.js';

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine();
});

const first = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';
const talks = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))];

describe('praise asked for what it was not for', () => {
  it('"khen Việt Nam về thành tích xuất khẩu" of the 2020 call: No, with the praise for the fight against COVID-19', () => {
    const q = 'Có phải trong cuộc gọi năm 2020 ông Song Tao khen Việt Nam về thành tích xuất khẩu không?';
    const a = engine.answer(q);
    expect(a.text).toMatch(/^Không/u);
    expect(a.text).toMatch(/COVID-19/u);
    expect(talks(q)).toEqual(['2020-07-29']);
  });

  it('the same in English and Chinese ("export achievements", "出口成就")', () => {
    expect(first("Did Song Tao praise Vietnam's export achievements in the 2020 call?")).toMatch(/^No/u);
    expect(first('Did Song Tao praise Vietnam for its exports in 2020?')).toMatch(/^No/u);
    expect(first('2020年通话中宋涛是否称赞越南的出口成就？')).toMatch(/^不是/u);
  });

  it('praise asked for what it was for stays Yes', () => {
    expect(first('In 2020, did Song Tao praise Vietnam for its achievements in fighting COVID-19?')).toMatch(/^Yes/u);
    expect(first('Có phải năm 2020 ông Song Tao khen Việt Nam về thành tích chống dịch không?')).toMatch(/^Có/u);
    expect(first('Did Song Tao thank Vietnam for helping with the floods in 2020?')).toMatch(/^Yes/u);
  });

  it('a subject the reader finds in the sentence\'s own words, or in a word of praise, is no other object: Yes', () => {
    // "ổn định" is read as regional stability; the sentence says "ổn định kinh tế - xã hội". "good" is read as goods.
    expect(first('Hồi 2020 ông Tống Đào có khen Việt Nam giữ được ổn định kinh tế – xã hội không?')).toMatch(/^Có/u);
    expect(first('2020年宋涛有没有夸越南抗疫做得好？')).toMatch(/^是/u);
    expect(first('Did Song Tao praise Vietnam for doing a good job on covid in 2020?')).toMatch(/^Yes/u);
    expect(first("Did Song Tao praise Vietnam's COVID-19 response in 2020?")).toMatch(/^Yes/u);
  });
});

describe('a predicate in other words than the statement', () => {
  it('"bị lỡ lịch vì dịch", asked "Có đúng là …?": Yes, from the 2020 call', () => {
    const q = 'Có đúng là trong cuộc gọi năm 2020, hai bên thừa nhận vài hoạt động giao lưu qua kênh Đảng bị lỡ lịch vì dịch?';
    expect(first(q)).toMatch(/^Có/u);
    expect(talks(q)).toEqual(['2020-07-29']);
  });

  it('"postponed" and "推迟" for "could not be held as scheduled": Yes', () => {
    expect(first('In the 2020 call, did the two sides acknowledge that some Party-channel exchanges were postponed due to the pandemic?')).toMatch(/^Yes/u);
    expect(first('2020年通话中，双方是否承认一些党际交流因疫情被推迟？')).toMatch(/^是/u);
  });

  it('"thông báo cho nhau về tình hình Đảng và đất nước mình": Yes, from the 2022 talks', () => {
    const q = 'Trong buổi hội đàm 2022, hai bên có thông báo cho nhau về tình hình Đảng và đất nước mình không?';
    expect(first(q)).toMatch(/^Có/u);
    expect(talks(q)).toEqual(['2022-04-19']);
  });
});

describe('a Party commission the articles lack, asked as his post', () => {
  it('"Trưởng Ban Tổ chức" is the Organisation Commission, not holding the talks: No, with his post', () => {
    const a = first('Lê Hoài Trung có phải là Trưởng Ban Tổ chức không?');
    expect(a).toMatch(/^Không/u);
    expect(a).toMatch(/Đối ngoại/u);
  });
});
