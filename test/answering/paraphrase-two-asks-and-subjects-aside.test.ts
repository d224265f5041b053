// Kinds of paraphrase and long message from round 72: two things asked as joined clauses (the answer gave the first
// only), the talk's other subjects asked beside one set aside in the asker's words, Vietnamese words for proposing and
// for a trial the glossary lacked, and a long message's "mang tính hình thức" (merely ceremonial) taken for the format.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))];

describe('two things asked as joined clauses', () => {
  it('answers both: what the second clause alone finds is added after the first', () => {
    const q = 'Theo mình, vắc xin là chuyện sống còn giai đoạn 2021-2022. Nhiều người muốn qua lại giữa hai nước mà vướng thủ tục. Phía Việt Nam có kiến nghị gì về chuyện này trong buổi hội đàm, và Trung Quốc có hỗ trợ gì cho công tác chống dịch của Việt Nam không?';
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('hộ chiếu vắc xin');
    expect(a.text).toContain('vật tư y tế');
    expect(dates(q)).toEqual(['2022-04-19']);
  });

  it('adds nothing the whole answer already quotes, nor another talk', () => {
    const q = 'What did Trung urge about trade in 2022, and what did he hope about vaccine passports?';
    const a = engine.answer(q);
    const quotes = a.citations.map((c) => c.quote);
    expect(new Set(quotes).size).toBe(quotes.length);
    expect(dates(q)).toEqual(['2022-04-19']);
    expect(a.text).toMatch(/balance of trade/);
    expect(a.text).toMatch(/vaccine passports/);
  });
});

describe('the other subjects asked beside one set aside', () => {
  it('lists the talk’s subjects, international and regional issues among them, whatever is set aside', () => {
    for (const q of [
      'Ngoài chuyện hai nước với nhau, cuộc hội đàm 2022 còn bàn thêm những mảng nào?',
      'Ngoài quan hệ hai nước, năm 2022 hai ông còn chia sẻ với nhau về những chủ đề gì?',
      'Ngoài chuyện song phương, năm 2022 hai bên còn trao đổi với nhau về những mảng nào?',
    ]) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toContain('quốc tế và khu vực');
      expect(dates(q), q).toEqual(['2022-04-19']);
    }
  });
});

describe('Vietnamese paraphrases the glossary lacked', () => {
  it('reads "thử thách" as a challenge, answered by what was overcome', () => {
    const a = engine.answer('Ông Song Tao đánh giá Việt Nam đã vượt qua thử thách gì kể từ kỳ Đại hội gần nhất?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Đại hội XIII');
  });

  it('reads "dẫn dắt" (steering) as the orienting role of the Party channel', () => {
    const a = engine.answer('Theo bài năm 2022, sự hợp tác giữa hai Đảng giữ vị trí thế nào trong việc dẫn dắt quan hệ hai nước?');
    expect(a.text).toContain('định hướng');
    expect(engine.answer('What role did the officials in 2022 assign to links between the two ruling parties in steering Vietnam-China relations?').text).toContain('orienting');
  });

  it('takes "mang tính hình thức" in a long message’s context for merely ceremonial, not the talks’ format', () => {
    const a = engine.answer('Bạn mình bảo kênh ngoại giao giữa hai Đảng chỉ mang tính hình thức thôi. Mình thì không nghĩ vậy. Theo bài năm 2022, quan chức hai Đảng đánh giá kênh này đóng vai trò gì?');
    expect(a.text).toContain('định hướng');
    expect(a.text).not.toMatch(/^19 tháng 4, 2022: hội đàm trực tuyến\./);
  });
});
