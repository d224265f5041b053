// Kinds of round 80-81's Vietnamese misses that came from how a Vietnamese word was read: "giữ được quan hệ" (kept
// relations) taken for how the talks were held, a noun of kind ("khuôn khổ") named as lacking, a quality placed on
// "hình thức" by a preposition read as the talks' format, a syllable of a common word ("liên quan", "tập trung") taken
// for Quân or Trung, a number inside a glossary phrase ("mục tiêu 100 năm") put right as an amount, and a long message's
// guess at a subject deciding a question of who spoke for a side.
import { describe, expect, it } from 'vitest';
import { citedTalks, sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const PHONE_2020 = '2020-07-29-phone-talks';
const VIDEO_2022 = '2022-04-19-videoconference';

describe('keeping relations up in the pandemic is the flexible measures, not the format', () => {
  it.each([
    'Trong bối cảnh đại dịch, hai Đảng vẫn giữ được quan hệ bằng cách nào theo bài năm 2020?',
    'Năm 2020 hai bên giữ vững quan hệ bằng cách nào khi có dịch?',
  ])('%j', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.intent).not.toBe('format');
    expect(citedTalks(a)).toEqual([PHONE_2020]);
    expect(a.text).toMatch(/linh hoạt/u);
  });

  it('a post held still reads as a post', () => {
    const a = engine.answer('Khi điện đàm năm 2020, ông Hoàng Bình Quân giữ chức vụ gì?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Trưởng Ban Đối ngoại/u);
  });
});

describe('a quality placed on "hình thức" describes the forms of exchange', () => {
  it('flexibility in the forms of contact is answered with what was said of it', () => {
    const a = engine.answer('Sự linh hoạt trong hình thức tiếp xúc được nhấn mạnh ở lần nào?');
    expect(a.intent).not.toBe('format');
    expect(a.text).toMatch(/linh hoạt/u);
  });

  it('a bare "which format" still answers how the talks were held', () => {
    const a = engine.answer('Hội đàm năm 2022 diễn ra theo hình thức nào?');
    expect(a.intent).toBe('format');
    expect(citedTalks(a)).toEqual([VIDEO_2022]);
  });
});

describe('a noun of kind ("khuôn khổ", "loại") is no thing the articles lack', () => {
  it.each([
    'Năm 2020, ông Tống Đào nói Trung Quốc coi trọng quan hệ với Việt Nam trong những khuôn khổ nào?',
    'Năm 2020, ông Tống Đào nói Trung Quốc coi trọng quan hệ với Việt Nam ở những loại quan hệ nào?',
  ])('%j names the partnership', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(citedTalks(a)).toEqual([PHONE_2020]);
    expect(a.text).toMatch(/đối tác hợp tác chiến lược toàn diện/u);
  });
});

describe('"đường biên" is the land border', () => {
  it('the documents on the land border Vietnam asked China to respect are the three legal documents', () => {
    const a = engine.answer('Phía Việt Nam yêu cầu Trung Quốc tôn trọng những văn bản nào về đường biên trên đất liền?');
    expect(a.answered).toBe(true);
    expect(citedTalks(a)).toEqual([VIDEO_2022]);
    expect(a.text).toMatch(/ba văn kiện pháp lý/u);
  });
});

describe('"từ sau" is since', () => {
  it('the achievements congratulated since an event are 2022 only', () => {
    const a = engine.answer('Ông Tống Đào chúc mừng Việt Nam về những thành tựu từ sau sự kiện nào?');
    expect(citedTalks(a)).toEqual([VIDEO_2022]);
    expect(a.text).toMatch(/Đại hội XIII/u);
  });
});

describe('a common word holding a name syllable is not that person', () => {
  it.each([
    'Ai đã ký văn bản liên quan?',
    'Mình làm nghiên cứu về công tác đào tạo cán bộ Đảng. Nghe nói Việt Nam và Trung Quốc có hợp tác trong lĩnh vực này. Ai đã ký văn bản liên quan, vào ngày nào và cho giai đoạn nào?',
  ])('%j answers with the 2022 signing, not a 2020 call with Quân', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(citedTalks(a)).toEqual([VIDEO_2022]);
    expect(a.text).toMatch(/^19 tháng 4, 2022/u);
    expect(a.text).toMatch(/đào tạo cán bộ/u);
  });

  it('who signed, on what date, in English too: the talks date the signing', () => {
    const a = engine.answer('Who signed the documents, on what date?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^19 April 2022/u);
  });
});

describe('a number inside a glossary phrase is no amount to put right', () => {
  it.each([
    'Ông Lê Hoài Trung nói với ai về mục tiêu 100 năm?',
    'Mục tiêu 100 năm lần thứ nhất được nhắc khi nào?',
  ])('%j does not say the articles lack "100"', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(citedTalks(a)).toEqual([VIDEO_2022]);
    expect(a.text).not.toMatch(/Không phải vậy|con số "100"/u);
  });

  it('an amount the articles lack is still refused', () => {
    const a = engine.answer('Trung Quốc tặng 100 máy thở à?');
    expect(a.answered).toBe(false);
  });
});

describe('a long message guessing why a side changed still asks who spoke for it', () => {
  it('each talk\'s Vietnamese representative is named', () => {
    const a = engine.answer('Tôi đọc cả hai bài và thấy đại diện Việt Nam thay đổi. Điều này chắc do nhân sự sau Đại hội Đảng. Theo bài, ai đại diện Việt Nam ở mỗi lần?');
    expect(a.intent).toBe('who');
    expect(a.text).toMatch(/Hoàng Bình Quân/u);
    expect(a.text).toMatch(/Lê Hoài Trung/u);
  });
});
