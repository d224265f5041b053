// Questions in Vietnamese and Chinese: which language a question is in, how it is read (stage 0, the glossary
// and the facts' own terms), and that the answer comes in that language with the English quote verbatim.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answering/engine.js';
import { sharedEngine } from '../support/engine.js';

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine();
});

describe('language of a question', () => {
  it.each([
    ['Lê Hoài Trung là ai?', 'vi'],
    ['le hoai trung la ai', 'vi'],
    ['hoi dam nam 2022 duoc to chuc theo hinh thuc nao', 'vi'],
    ['ai ky ke hoach hop tac', 'vi'],
    ['宋涛是谁', 'zh'],
    ['宋濤是誰？', 'zh'],
    ['中联部是什么机构？', 'zh'],
    ['who is Lê Hoài Trung?', 'en'],
    ['what was said about Biển Đông?', 'en'],
    ['who took part in the 2022 talks?', 'en'],
    ['Trong', 'en'],
    // Round 94: one Vietnamese word with its tone mark says the language ("còn", folded "con", is English too).
    ['còn 2022?', 'vi'],
    ['con 2022?', 'en'],
    ['what is a café?', 'en'],
    ['did the two sides talk about the sea?', 'en'],
    ['what does CPV stand for', 'en'],
  ])('%s → %s', (question, lang) => {
    expect(engine.reader.language(question)).toBe(lang);
  });

  it('keeps each text\'s own language while several are asked in turn (the reader keeps the last few)', () => {
    const texts = [['宋涛是谁', 'zh'], ['Lê Hoài Trung là ai?', 'vi'], ['who took part in the 2022 talks?', 'en'], ['中联部是什么机构？', 'zh'], ['ai ky ke hoach hop tac', 'vi'], ['Trong', 'en']] as const;
    for (let round = 0; round < 3; round++) for (const [text, lang] of round === 1 ? [...texts].reverse() : texts) expect(engine.reader.language(text), text).toBe(lang);
  });

  it('every English question of the tuned and blind sets is read as English', async () => {
    const { loadQuestionSet } = await import('../support/question-set.js');
    const wrong = ['questions.json', 'holdout.json', 'blind/en.json'].flatMap((f) => loadQuestionSet(f).map((e) => e.q)).filter((q) => engine.reader.language(q) !== 'en');
    expect(wrong).toEqual([]);
  });
});

describe('reading a Vietnamese or Chinese question', () => {
  const words = (q: string) => engine.reader.tokens(q).map((t) => t.text);

  it('puts question words first and marks a yes/no question with "did"', () => {
    expect(words('Tống Đào là ai')[0]).toBe('who');
    expect(words('tong dao co tham gia ca hai cuoc hoi dam khong')[0]).toBe('did');
    expect(words('黄平君参加了2022年的会谈吗？')[0]).toBe('did');
  });

  it('takes a term of the facts whole: the "Trung" of "phía Trung Quốc" is not Le Hoai Trung', () => {
    const r = engine.read('Phía Trung Quốc do ai đại diện trong hai cuộc hội đàm?').reading;
    expect(r.people.map((p) => p.id)).toEqual([]);
    expect(r.sidesNamed.map((o) => o.id)).toEqual(['cpc']);
  });

  it('tells words apart by their diacritics when typed with them, and reads folded words without', () => {
    // "quà" (gift) is a term of the medical supplies; "qua" (via) is not.
    expect(words('hội đàm qua mạng')).not.toContain('qua');
    expect(engine.read('hoi dam 2020 duoc to chuc qua dien thoai a').reading.intent).toBe('format');
  });

  it('a word typed with diacritics no term has is not that term folded: "Tính đến" is not "tỉnh"', () => {
    const r = engine.read('Tính đến cuộc hội đàm năm 2022, ông Song Tao đứng đầu cơ quan nào của Đảng Cộng sản Trung Quốc?').reading;
    expect(r.topics.map((t) => t.topic.id)).toEqual([]);
    expect(engine.read('Những tỉnh nào của Trung Quốc bị lũ?').reading.rule).toBe('inside something only mentioned');
  });

  it('a term gives way to a longer one its last words begin: "ông TQ" is the Chinese official, not Le Hoai Trung', () => {
    const r = engine.read('ong tq trong cuoc goi 2020 ten gi v').reading;
    expect(r.people.map((p) => p.id)).toEqual([]);
    expect(engine.read('Ông Trung và ông Tống Đào ký gì?').reading.people.map((p) => p.id)).toContain('le-hoai-trung');
  });

  it('reads a question embedded after a verb of knowing as what its question word asks', () => {
    expect(words('Bạn có biết ai đại diện phía Việt Nam năm 2022 không?')[0]).toBe('who');
    // With no question word inside, it stays a yes/no question.
    expect(words('Bạn có biết ông Quân không?')[0]).toBe('did');
  });

  it('reads "bao nhiêu" before a plural noun as how many, and "mấy" opening a question that asks something else as a plural', () => {
    expect(words('Cuoc hoi dam 2022 co bao nhieu quan chuc moi ben tham du?').join(' ')).toContain('how many officials');
    expect(words('Vật tư y tế trị giá bao nhiêu?').join(' ')).toContain('how much');
    expect(words('Mấy cuộc gọi giữa hai vị Tổng Bí thư đã đem lại tác dụng gì?')).not.toContain('many');
    expect(words('Mấy văn kiện được ký năm 2022?').slice(0, 2)).toEqual(['how', 'many']);
  });

  it('reads traditional characters as simplified', () => {
    expect(words('宋濤是誰')).toEqual(words('宋涛是谁'));
  });

  it('reads dates and amounts in the English form', () => {
    expect(engine.read('Ai tham gia cuộc điện đàm ngày 29/7/2020?').reading.scope.talks?.map((t) => t.date)).toEqual(['2020-07-29']);
    expect(engine.read('2022年4月19日会谈有谁参加？').reading.scope.talks?.map((t) => t.date)).toEqual(['2022-04-19']);
  });

  it('refuses what the articles lack in the asker\'s own words', () => {
    const a = engine.answer('Tống Đào bao nhiêu tuổi?');
    expect(a.answered).toBe(false);
    expect(a.lang).toBe('vi');
    const b = engine.answer('2022年世界杯冠军是谁');
    expect(b.answered).toBe(false);
    expect(b.lang).toBe('zh');
  });
});

describe('answers in the question\'s language', () => {
  it.each([
    ['Lê Hoài Trung là ai?', 'vi', 'Ban Đối ngoại'],
    ['hoi dam nam 2022 duoc to chuc theo hinh thuc nao', 'vi', 'trực tuyến'],
    ['宋涛是谁', 'zh', '中共中央对外联络部'],
    ['2022年会谈签署了哪些文件？', 'zh', '合作计划'],
  ])('%s', (question, lang, wording) => {
    const a = engine.answer(question);
    expect(a.answered).toBe(true);
    expect(a.lang).toBe(lang);
    expect(a.text).toContain(wording);
    // The evidence stays the article's English, verbatim.
    for (const c of a.citations) expect(engine.kb.talks.find((t) => t.id === c.talk)?.article.body).toContain(c.quote);
    expect(a.citations.length).toBeGreaterThan(0);
  });

  it('answers in the language asked for, whatever the question\'s', () => {
    expect(engine.answer('who is Song Tao?', { lang: 'vi' }).text).toContain('Tống Đào');
    expect(engine.answer('Tống Đào là ai', { lang: 'en' }).text).toContain('Song Tao');
  });

  it('names the articles\' term when a question calls the sea otherwise', () => {
    const a = engine.answer('关于南海问题，越方提出了什么？');
    expect(a.answered).toBe(true);
    expect(a.text.split('\n')[0]).toContain('东海');
    expect(a.citations.every((c) => c.date === '2022-04-19')).toBe(true);
    expect(engine.answer('what was said about the South China Sea?').text.split('\n')[0]).toContain('East Sea');
  });
});

describe('Vietnamese kinds of miss of round 23', () => {
  const first = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';

  it('reads a tone typed on the other vowel of "oa", "oe", "uy" as the facts\' wording ("hoá" is "hóa")', () => {
    const a = engine.answer('Hai bên có nói gì về hàng hoá ùn tắc ở cửa khẩu không?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('ùn tắc hàng hóa');
  });

  it('reads common words of a question\'s framing instead of naming them as what the articles lack', () => {
    for (const q of ['Giá trị số vật tư y tế tính bằng nhân dân tệ là bao nhiêu?', 'ai nói chiện với ai qua đt năm 2022', 'Sau gần hai năm, chức vụ của ông Tống Đào có khác không?']) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).not.toContain('không nhắc đến');
    }
    expect(engine.answer('Giá trị số vật tư y tế tính bằng nhân dân tệ là bao nhiêu?').text).toContain('1,5 triệu nhân dân tệ');
  });

  it('still refuses another event once its words are read ("kết quả bầu cử")', () => {
    expect(engine.answer('Kết quả bầu cử tổng thống Mỹ năm 2020 ra sao?').answered).toBe(false);
  });

  it('answers No to a praise asked as criticism', () => {
    expect(first('Năm 2020 ông Tống Đào có phê phán Việt Nam chống dịch yếu kém không?')).toMatch(/^Không/);
  });

  it('reads a number word before a thing counted as that number, not as a year ("năm văn kiện": five)', () => {
    expect(first('Hai bên ký năm văn kiện trong hội đàm 2022 phải không?')).toMatch(/^Không: hai, không phải năm/);
    expect(first('Ông Trung kêu gọi tuân thủ bốn văn kiện pháp lý về biên giới trên đất liền, đúng không?')).toMatch(/^Không: ba, không phải bốn/);
    // A year stays a year.
    expect(first('Năm 2020 là dịp kỷ niệm 70 năm quan hệ ngoại giao phải không?')).toMatch(/^Có/);
  });

  it('puts right a name in the other side\'s place at talks named, linked to that side', () => {
    const a = engine.answer('Thủ tướng Lý Khắc Cường đã nói gì trong hội đàm trực tuyến với phía Việt Nam năm 2022?');
    expect(a.answered).toBe(true);
    expect(a.text.split('\n')[0]).toContain('Tống Đào');
  });
});
