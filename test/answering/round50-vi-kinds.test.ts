// Kinds of miss from rounds 49 and 50's first contact in Vietnamese: a yes/no naming a term with a number in it, a
// period asked by its figures, the videoconference named by "qua truyền hình", a count of plans signed, a summary
// of one subject, a title word that is the speaker, a border area named with a generic word for an area.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();
const firstLine = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';

describe('a yes/no naming a term whose number is part of its name ("COVID-19", "kỷ niệm 70 năm")', () => {
  it.each([
    ['Năm 2020 ông Tống Đào có khen ngợi kết quả chống COVID-19 của Việt Nam không?', '2020-07-29'],
    ['Trong cuộc điện đàm 2020, ông Tống Đào có đánh giá cao thành tích phòng chống COVID-19 của Việt Nam không?', '2020-07-29'],
    ['Có phải năm 2020 là dịp kỷ niệm 70 năm Việt Nam và Trung Quốc thiết lập quan hệ ngoại giao?', '2020-07-29'],
    ['Cuộc điện đàm năm 2020 có diễn ra nhân dịp kỷ niệm 70 năm quan hệ ngoại giao không?', '2020-07-29'],
  ])('%j opens with Có, cited to its talk', (q, date) => {
    expect(firstLine(q)).toBe('Có.');
    expect(dates(q)).toEqual([date]);
  });

  it('the number in the name does not confirm another talk that never raised it', () => {
    expect(firstLine('Có phải năm 2022 là dịp kỷ niệm 70 năm thiết lập quan hệ ngoại giao?')).toMatch(/^Không/u);
  });

  it('a figure asked apart from the name is still checked', () => {
    expect(firstLine('Có phải năm 2020 là dịp kỷ niệm 60 năm thiết lập quan hệ ngoại giao?')).toMatch(/^Không/u);
  });
});

describe('a call with ASEAN asked in Vietnamese ("cùng ASEAN")', () => {
  it.each([
    'Việt Nam có kêu gọi Trung Quốc cùng ASEAN thực hiện DOC và thúc đẩy COC không?',
    'Ông Trung có đề nghị Trung Quốc cùng ASEAN thực hiện đầy đủ DOC không?',
  ])('%j opens with Có', (q) => {
    expect(firstLine(q)).toBe('Có.');
    expect(dates(q)).toEqual(['2022-04-19']);
  });
});

describe('a period asked by its figures', () => {
  it.each(['`2021-2025` là thời hạn của cái gì trong bài 2022 vậy mn', '2021-2025 là giai đoạn của cái gì?', '2021-2025 là thời kỳ của văn kiện gì vậy?'])(
    '%j names the documents that run over it',
    (q) => {
      const a = engine.answer(q);
      expect(a.answered).toBe(true);
      expect(a.text).toContain('2021-2025');
      expect(a.text).toContain('đào tạo cán bộ');
      expect(dates(q)).toEqual(['2022-04-19']);
    },
  );

  it.each(['2021-2025 họ bàn gì?', 'Năm 2021 hai bên bàn những gì?'])('%j, the years as a time of talks, is still refused', (q) => {
    expect(engine.answer(q).answered).toBe(false);
  });
});

describe('the videoconference named "qua truyền hình"', () => {
  it.each([
    'Buổi hội đàm qua truyền hình giữa hai ban đối ngoại diễn ra chính xác vào ngày nào?',
    'Cuộc hội đàm qua truyền hình diễn ra ngày nào?',
  ])('%j is dated 19 April 2022 alone', (q) => {
    expect(dates(q)).toEqual(['2022-04-19']);
    expect(engine.answer(q).text).toContain('19 tháng 4, 2022');
  });
});

describe('a count of plans signed, asked in chat', () => {
  it.each(['hội đàm 2022 ký mấy cái kế hoạch gì thế ae', '2022 ký mấy kế hoạch thế', 'năm 2022 hai bên ký mấy kế hoạch vậy'])(
    '%j lists both documents signed',
    (q) => {
      const a = engine.answer(q);
      expect(a.text).toContain('kế hoạch hợp tác');
      expect(a.text).toContain('đào tạo cán bộ');
      expect(dates(q)).toEqual(['2022-04-19']);
    },
  );
});

describe('a count of documents signed, their kind qualified', () => {
  it.each([
    'tq vs vn ký mấy văn bản hợp tác hôm 19/4/2022 vậy ae??',
    'hnay rảnh hỏi xíu: 2 đảng ký mấy cái văn bản hợp tác năm 2022 thế',
    'How many cooperation documents were signed in 2022?',
  ])('%j is answered with the two documents', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/hai văn kiện|two documents/u);
    expect(dates(q)).toEqual(['2022-04-19']);
  });

  it('a count of something the documents never give is still refused', () => {
    expect(engine.answer('How many cadres will be trained under the scheme signed in 2022?').answered).toBe(false);
  });
});

describe('a summary of one subject', () => {
  it.each([
    'tóm tắt giúp t phần biên giới đất liền trong bài 2022 với, cảm ơn nhiều 🙌',
    'Tóm tắt nội dung về biên giới trên đất liền năm 2022',
    'Summarise the land border part of the 2022 article',
  ])('%j gives what was said on it, the three legal documents among it', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/ba văn kiện|three legal documents/u);
    expect(dates(q)).toEqual(['2022-04-19']);
  });

  it('a summary of a talk stays its summary', () => {
    expect(engine.answer('Tóm tắt cuộc hội đàm năm 2022').intent).toBe('summary');
  });
});

describe('goods stuck at the border, asked at length or in other words', () => {
  it.each([
    'Nhà mình làm xuất nhập khẩu nông sản, năm đó xe hàng kẹt ở cửa khẩu mệt lắm. Nghe nói lãnh đạo hai bên có nhắc tới chuyện này. Phía Việt Nam đã đề nghị gì với Trung Quốc?',
    'Bên mình chở hàng qua cửa khẩu suốt, có hôm xe nằm chờ cả tuần. Nghe bảo lãnh đạo hai nước có bàn chuyện này. Việt Nam đề nghị Trung Quốc làm gì?',
    'Ba mình làm xuất nhập khẩu ở Lạng Sơn, mùa dịch xe hàng nằm chờ ở cửa khẩu cả cây số. Nghe nói lãnh đạo có nêu chuyện này với phía bên kia. Cụ thể Việt Nam đã đề nghị gì vậy?',
    'Phía Việt Nam muốn Trung Quốc xử lý tình trạng xe hàng bị dồn ứ ở khu vực giáp ranh ra sao?',
    'Hàng hóa ùn ứ ở khu vực biên giới được nhắc thế nào?',
  ])('%j cites the 2022 call to ease congestion alone', (q) => {
    const a = engine.answer(q);
    expect(a.text).toContain('ùn tắc hàng hóa');
    expect(dates(q)).toEqual(['2022-04-19']);
  });

  it('the phone talks between the leaders, asked of both reports, still name both', () => {
    expect(dates('Việc điện đàm giữa lãnh đạo hai bên được nhắc tới trong hai bài như thế nào?')).toEqual(['2020-07-29', '2022-04-19']);
  });
});
