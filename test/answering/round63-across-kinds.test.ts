// Kinds of miss across both talks from round 63, in all three languages: which talk came first, asked with a word of
// order said of the one chosen; a count of talks beyond the two ("三次会谈") put right and answered; "which time" asked
// with a preposition of occasion before it ("ở lần nào"), no meeting placed in a country; a bare "who were the two?"
// leaning on the sentence before it; whether a side changed its person; two yes/no questions in one, each answered;
// two acts asked, one of each talk ("一次…道谢、一次…送物资"), with a subject named for only one of them.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';
import { cited, converse } from '../support/conversation.js';

const engine = sharedEngine();
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();
const BOTH = ['2020-07-29', '2022-04-19'];

describe('which talk came first, asked with a word of order said of the one chosen', () => {
  it.each([
    ['Of the two rounds of talks, which one took place earlier?', /29 July 2020/u],
    ['Which of the talks was earlier?', /29 July 2020/u],
    ['Which one came later?', /19 April 2022/u],
    ['Which was earlier, the call or the video talks?', /29 July 2020/u],
    ['Trong hai cuộc, cuộc nào sớm hơn?', /29 tháng 7, 2020/u],
    ['哪次会谈更早？', /2020年7月29日/u],
    ['两次会谈中哪一次先举行？', /2020年7月29日/u],
  ])('%j gives each talk its date', (q, date) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.intent).toBe('when');
    expect(a.text).toMatch(date);
    expect(dates(q)).toEqual(BOTH);
  });

  it.each([
    ['Which document was signed at the later talks?', ['2022-04-19']],
    ['What did Song Tao say at the earlier talks?', ['2020-07-29']],
  ])('%j still picks the talk its word of order names', (q, talks) => {
    expect(engine.answer(q).intent).not.toBe('when');
    expect(dates(q)).toEqual(talks);
  });
});

describe('a count of talks beyond the two, in Chinese "三次", put right and answered', () => {
  it.each([
    ['越中两党三次会谈中越方代表分别是谁？', /黄平君[\s\S]*黎怀忠/u],
    ['两党三次会谈分别在什么时候？', /2020年7月29日/u],
  ])('%j says there were two talks and answers each', (q, answer) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/两次会谈/u);
    expect(a.text).toMatch(answer);
    expect(dates(q)).toEqual(BOTH);
  });

  it('"第三次会谈" is still a third talk, which the articles do not report', () => {
    expect(engine.answer('宋涛第三次会谈说了什么？').answered).toBe(false);
  });
});

describe('"which time" with a preposition of occasion before it is one of the talks, not a meeting placed in a country', () => {
  it.each([
    'Ở lần nào thì phía Trung Quốc tặng Việt Nam hàng hỗ trợ phòng chống dịch?',
    'Trong cuộc nào phía Trung Quốc tặng vật tư y tế cho Việt Nam?',
  ])('%j names the 2022 talks', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/19 tháng 4, 2022/u);
    expect(dates(q)).toContain('2022-04-19');
  });

  it('a meeting said to be held in China is still refused as one the articles never report', () => {
    expect(engine.answer('Trong cuộc gặp ở Trung Quốc, hai bên đã ký gì?').answered).toBe(false);
  });
});

describe('a bare "who were the two?" leans on the sentence before it', () => {
  it.each([
    ['两篇报道我都看了，感觉第二次比第一次务实得多，又签文件又送物资。而且越方牵头人好像换了。前后两位分别是谁？', /黄平君[\s\S]*黎怀忠/u],
    ['Tôi đọc cả hai bài. Trưởng đoàn phía Việt Nam hình như đã đổi. Trước và sau là ai?', /Hoàng Bình Quân[\s\S]*Lê Hoài Trung/u],
  ])('%j names the Vietnamese lead at each talk', (q, names) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(names);
    expect(dates(q)).toEqual(BOTH);
  });
});

describe('whether a side changed its person between the talks', () => {
  it.each([
    ['Phía Trung Quốc có đổi người không?', /^Không/u, /Tống Đào/u],
    ['Phía Việt Nam có đổi người không?', /^Có/u, /Lê Hoài Trung/u],
  ])('%j answers Yes or No with each talk\'s person', (q, lead, name) => {
    const a = engine.answer(q);
    expect(a.text).toMatch(lead);
    expect(a.text).toMatch(name);
    expect(dates(q)).toEqual(BOTH);
  });

  it('"phía TQ có đổi người không?" after the Vietnamese people of each talk: No, Song Tao both times', () => {
    const [, , changed] = converse('Năm 2022 ai là người phía VN dự hội đàm với TQ?', 'còn năm 2020 thì sao?', 'phía TQ có đổi người không?');
    expect(changed?.text).toMatch(/^Không/u);
    expect(changed?.text).toMatch(/Tống Đào/u);
    expect(cited(changed!)).toEqual(BOTH);
  });
});

describe('two yes/no questions in one, each naming its own subject, are each answered', () => {
  it.each([
    ['Ông Song Tao có mặt ở cả hai lần trao đổi không, còn người phía Việt Nam có giống nhau không?', /^Có/u, /\nKhông\./u],
    ['Was Song Tao at both talks, and was the Vietnamese side\'s person the same?', /^Yes/u, /\nNo\./u],
  ])('%j gives the Yes and then the No', (q, first, second) => {
    const a = engine.answer(q);
    expect(a.text).toMatch(first);
    expect(a.text).toMatch(second);
    expect(dates(q)).toEqual(BOTH);
  });
});

describe('two acts asked, one of each talk, with a subject named for one of them', () => {
  it.each([
    ['一次中方道谢、一次中方送物资，分别跟什么事情有关？', /洪灾[\s\S]*医疗物资/u],
    ['一次中方表示感谢，一次中方赠送物资，分别是为了什么？', /洪灾[\s\S]*医疗物资/u],
    ['Lần thì phía Trung Quốc cảm ơn, lần thì tặng vật tư y tế, mỗi lần liên quan đến chuyện gì?', /lũ lụt[\s\S]*vật tư y tế/u],
    ['In one round the Chinese side thanked Vietnam, in the other it gave medical supplies. What was each about?', /floods[\s\S]*medical supplies/u],
  ])('%j gives each talk its own act', (q, acts) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(acts);
    expect(dates(q)).toEqual(BOTH);
  });
});
