// Kinds of Vietnamese reading from rounds 73-75: a chat word of degree or hearsay ("lắm", "nghe nói") or a plain
// noun ("ý": point) named as what the articles lack; "giúp" and "xin", words of politeness before a request ("tóm tắt
// giúp mình"), dropped where they are the verb before a side ("Trung Quốc giúp Việt Nam", "vn có xin tq …"); a
// negated opposite ("không cứng nhắc": flexible) named as lacking; "gắn với" (linked to) left unread, so a yes/no had
// no Có; "các bộ ngành", a word the 2022 report uses, refused as a thing only mentioned.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const text = (q: string) => engine.answer(q).lines.map((l) => l.text).join('\n');
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('a chat word of degree, hearsay or a plain noun is read, never named as lacking', () => {
  it('"… lũ nặng lắm, VN có nói gì ko" gives the 2020 sympathy', () => {
    const q = 'tui nghe nói năm 2020 bên tq lũ nặng lắm, VN có nói gì ko bot 😅';
    expect(engine.answer(q).answered).toBe(true);
    expect(text(q)).toContain('cảm thông');
    expect(text(q)).not.toMatch(/"(tui nghe|nặng lắm|lắm)"/u);
    expect(dates(q)).toEqual(['2020-07-29']);
  });
  it('"mấy ý về biển đông" gives the 2022 points on the sea', () => {
    const q = 'bro tóm tắt giùm mình mấy ý về biển đông trong cuộc họp online năm 22 với 🙏';
    expect(engine.answer(q).answered).toBe(true);
    expect(text(q)).toContain('COC');
    expect(text(q)).not.toContain('"ý"');
  });
});

describe('"giúp" and "xin" before a side are its verb; before the asker they are politeness', () => {
  it('"vn có xin tq công nhận hộ chiếu vaccine ko" is Có: Vietnam asked', () => {
    const q = 'ơ vn có xin tq công nhận hộ chiếu vaccine ko nhỉ 💉';
    expect(text(q)).toMatch(/^Có\./u);
    expect(dates(q)).toEqual(['2022-04-19']);
  });
  it('"tq có giúp vn chống covid" cites the 2022 gift only', () => {
    expect(dates('xin chào!! tq có giúp vn chống covid thật ko hay chỉ nói mồm thôi 😂')).toEqual(['2022-04-19']);
  });
  it('"để giúp Việt Nam chống dịch, phía Trung Quốc đã trao tặng thứ gì" gives the 2022 medical supplies first', () => {
    const q = 'Để giúp Việt Nam chống dịch, phía Trung Quốc đã trao tặng thứ gì trong cuộc hội đàm năm 2022?';
    expect(engine.answer(q).lines[1]?.text ?? '').toContain('vật tư y tế');
    expect(dates(q)).toEqual(['2022-04-19']);
  });
  it('"điều gì đã giúp hai nước tin nhau hơn": a thing causing, no help between sides, so no gift is given as the answer', () => {
    const q = 'Theo cuộc trao đổi tháng 4/2022, những gì đã giúp hai nước tin nhau hơn?';
    expect(text(q)).not.toMatch(/• Ông Tống Đào thông báo/u);
    expect(dates(q)).toEqual(['2022-04-19']);
  });
  it('"mình xin tóm tắt …" and "tóm tắt giúp mình …" still ask a summary', () => {
    for (const q of ['mình xin tóm tắt cuộc điện đàm 2020', 'tóm tắt giúp mình cuộc điện đàm 2020']) {
      expect(engine.answer(q).answered).toBe(true);
      expect(text(q)).toContain('Hoàng Bình Quân');
      expect(dates(q)).toEqual(['2020-07-29']);
    }
  });
});

describe('a negated opposite reads as the word the articles use', () => {
  it('"hình thức mềm dẻo, không cứng nhắc … cả hai bài" gives the flexible forms of both talks', () => {
    const q = 'Tinh thần giao lưu bằng những hình thức mềm dẻo, không cứng nhắc có xuất hiện trong cả hai bài không?';
    expect(engine.answer(q).answered).toBe(true);
    expect(text(q)).toContain('linh hoạt');
    expect(text(q)).not.toContain('"cứng');
    expect(dates(q)).toEqual(['2020-07-29', '2022-04-19']);
  });
});

describe('"gắn với" is read, so a yes/no about the anniversary is answered Có or Không', () => {
  it('the 2020 phone talks: Có', () => {
    expect(text('Cuộc điện đàm năm 2020 có gắn với kỷ niệm 70 năm quan hệ ngoại giao không?')).toMatch(/^Có\./u);
  });
  it('the 2022 talks: Không', () => {
    expect(text('Cuộc hội đàm năm 2022 có gắn với kỷ niệm 70 năm quan hệ ngoại giao không?')).toMatch(/^Không/u);
  });
});

describe('"các bộ ngành", words the 2022 report uses, are not refused as only mentioned', () => {
  it('what kept growing thanks to the exchanges: the 2022 sentence on trade and investment', () => {
    const q = 'Nhờ các bộ ngành và địa phương vẫn giữ được giao lưu, mảng nào giữa hai nước tiếp tục đi lên?';
    expect(engine.answer(q).answered).toBe(true);
    expect(text(q)).toContain('thương mại');
    expect(dates(q)).toEqual(['2022-04-19']);
  });
});

describe('"diễn ra trước" asks which came first', () => {
  it('"cuộc có ông Hoàng Bình Quân và cuộc có ông Lê Hoài Trung, cuộc nào diễn ra trước?" gives both talks in order', () => {
    const q = 'Cuộc có ông Hoàng Bình Quân và cuộc có ông Lê Hoài Trung, cuộc nào diễn ra trước?';
    expect(engine.answer(q).answered).toBe(true);
    expect(text(q)).toMatch(/^29 tháng 7, 2020/u);
    expect(dates(q)).toEqual(['2020-07-29', '2022-04-19']);
  });
});
