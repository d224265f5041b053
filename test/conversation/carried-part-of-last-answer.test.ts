// Follow-ups carry the right part of the last answer (round 89's kinds): a talk pointed at by rank is the one a date is
// checked against; "two years later" with a digit points too; after who took part, his post is his post everywhere;
// a hope asked of "him" is what he said; a yes/no frame that needed the cut pronoun stays one; signing asked in words
// of its own is not narrowed to a subject nothing was signed on; a predicate the articles lack stays refused; "them"
// with no people to stand for is the subject; "the same body" of two people compares them; giving is donating.
import { describe, expect, it } from 'vitest';
import { cited, lastOf } from '../support/conversation.js';

describe('a talk pointed at by its rank, with a month claimed of it', () => {
  it('"and the earlier one was in june?" after the 2022 date: No, 29 July 2020, cited there', () => {
    const a = lastOf('quick q: the 2022 talks were on april 9?', 'and the earlier one was in june?');
    expect(a.text).toMatch(/^No: 29 July 2020, not June\./u);
    expect(cited(a)).toEqual(['2020-07-29']);
  });

  it('"còn cuộc kia là vào tháng 6 à?" and "那另一次是6月吗？": the other talk, in each language', () => {
    const vi = lastOf('cuộc hội đàm năm 2022 diễn ra ngày 9 tháng 4 à?', 'còn cuộc kia là vào tháng 6 à?');
    expect(vi.text).toMatch(/^Không: 29 tháng 7, 2020/u);
    expect(cited(vi)).toEqual(['2020-07-29']);
    const zh = lastOf('2022年的会谈是4月9日吗？', '那另一次是6月吗？');
    expect(zh.text).toMatch(/^不是/u);
    expect(cited(zh)).toEqual(['2020-07-29']);
  });

  it('"and that was in july?" of the 2020 talks is still Yes', () => {
    const a = lastOf('when were the 2020 talks?', 'and that was in july?');
    expect(a.text).toMatch(/^Yes/u);
    expect(cited(a)).toEqual(['2020-07-29']);
  });
});

describe('two years later, written with a digit', () => {
  it('"2 năm sau ổng chúc mừng VN vì gì?" after 2020: the 2022 talk only', () => {
    const a = lastOf('năm 2020 Tống Đào khen VN về cái gì?', '2 năm sau ổng chúc mừng VN vì gì?');
    expect(a.answered).toBe(true);
    expect(cited(a)).toEqual(['2022-04-19']);
  });
});

describe('a person asked about after the last answer', () => {
  it('"whats his job" after "was he on the 2020 call too?": his post at both talks', () => {
    const a = lastOf('who represented the chinese party at the 2022 videoconference', 'was he on the 2020 call too? who with?', 'whats his job');
    expect(a.text).toContain('International Liaison Department');
    expect(cited(a)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it('"his position" after what he said at one talk stays at that talk', () => {
    const a = lastOf('năm 2022 ông Tống Đào chúc mừng VN về thành tựu gì', 'chức vụ của ông ấy là gì');
    expect(cited(a)).toEqual(['2022-04-19']);
  });

  it('"and what kind of cooperation was he hoping for": what he said, not his office', () => {
    const a = lastOf('did the chinese side thank vietnam for anything during the phone call?', 'what did he say china values in ties with vn', 'and what kind of cooperation was he hoping for');
    expect(a.text).toMatch(/all realms/u);
    expect(a.text).not.toMatch(/^Song Tao, CPC/u);
  });

  it('"what department does he run?" is still who he is', () => {
    const a = lastOf('was song tao in both talks?', 'what department does he run');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('International Liaison Department');
  });

  it('"ổng có nói gì về hàng hóa bị ùn ứ ko" asks yes or no: Có', () => {
    const a = lastOf('ông Trung có đề nghị hai nước công nhận hộ chiếu vắc xin không?', 'ổng có nói gì về hàng hóa bị ùn ứ ko');
    expect(a.text).toMatch(/^Có\./u);
  });

  it('"did trung and quan lead the same body?" in a conversation on 2022: Yes, in the same body', () => {
    const a = lastOf('who did song tao talk to in 2020?', 'and two years later?', 'did trung and quan lead the same body?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Yes, in the same body/u);
  });
});

describe('an act of its own is not narrowed to the last answer\'s subject', () => {
  it('"did they sign anything in 2020?", "and in 2022?" after the supplies\' worth: No, then the two documents', () => {
    const no = lastOf('how much were the medical supplies worth?', 'did they sign anything in 2020?');
    expect(no.text).toMatch(/^No\./u);
    expect(no.text).not.toMatch(/medical supplies/u);
    expect(cited(no)).toEqual(['2020-07-29']);
    const yes = lastOf('how much were the medical supplies worth?', 'did they sign anything in 2020?', 'and in 2022?');
    expect(yes.text).toMatch(/^Yes\./u);
    expect(yes.text).toMatch(/cooperation plan/u);
  });

  it('"did china actually fix the congestion after that?" in a conversation on 2020 is never a Yes', () => {
    const a = lastOf('tell me about the 2020 talks', 'did china actually fix the congestion after that?');
    expect(a.text).not.toMatch(/^Yes/u);
  });

  // cw93: "fix", a word of done the articles never use, is a predicate of the question's own as an uncovered word is
  // (src/conversation/own-done-word.ts): the follow-up is answered as alone, not from an unrelated 2022 statement.
  it('"did china actually fix the congestion after that?" in a conversation on 2020 is refused, as alone', () => {
    expect(lastOf('tell me about the 2020 talks', 'did china actually fix the congestion after that?').answered).toBe(false);
  });

  it('"phía TQ có tặng gì cho VN ko" after the documents: the medical supplies, then their worth', () => {
    const gift = lastOf('hai bên ký những gì trong cuộc hội đàm trực tuyến năm 2022?', 'phía TQ có tặng gì cho VN ko');
    expect(gift.text).toMatch(/vật tư y tế/u);
    const worth = lastOf('hai bên ký những gì trong cuộc hội đàm trực tuyến năm 2022?', 'phía TQ có tặng gì cho VN ko', 'trị giá bao nhiêu?');
    expect(worth.text).toMatch(/1,5 triệu/u);
  });

  it('"ok did vietnam help china with them?" after the floods\' dead (no people named): the floods, answered', () => {
    const a = lastOf('what floods were they talking about in the july 2020 call', 'how many people died in those floods', 'ok did vietnam help china with them?');
    expect(a.answered).toBe(true);
    expect(cited(a)).toEqual(['2020-07-29']);
  });

  it('"那他们用什么方式替代？" after the exchanges called off: the flexible ways, answered', () => {
    const a = lastOf('2020年通话时双方说因为疫情哪些交流没能如期举行？', '那他们用什么方式替代？');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/灵活/u);
  });
});
