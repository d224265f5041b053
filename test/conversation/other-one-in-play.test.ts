// Follow-ups that must stay on the talk, person or thing in play: "the other guy" (the other person of the talk, not
// the other talk), "the other <thing> he mentioned" (at the conversation's talk), a yes/no of what "he" said (quoting
// the conversation's talk), whether "that was X talking" (who said what the last answer said), where the side of the
// last answer said it ("越方是在视频会议上说的吗"), and a format yes/no carried to another talk ("and in 2020?").
import { describe, expect, it } from 'vitest';
import { cited, lastOf } from '../support/conversation.js';

const first = (text: string) => text.split('\n')[0] ?? '';

describe('"the other guy": the other person of the talk in play', () => {
  it.each([
    ['who spoke on the july 2020 phone call?', "what was quan's post?", 'and the other official?', /^Song Tao/u, '2020-07-29'],
    ['who took part in the april 2022 videoconference?', 'what job did song tao hold in 2022?', 'what about the other man?', /^Le Hoai Trung/u, '2022-04-19'],
    ['Năm 2020 ai tham gia cuộc điện đàm?', 'ông Hoàng Bình Quân giữ chức vụ gì?', 'còn người kia thì sao?', /^Tống Đào/u, '2020-07-29'],
    ['2022年视频会谈谁参加了？', '宋涛当时是什么职务？', '那另一位呢？', /^黎怀忠/u, '2022-04-19'],
  ])('%j, %j, %j', (q1, q2, q3, person, date) => {
    const a = lastOf(q1, q2, q3);
    expect(a.answered).toBe(true);
    expect(first(a.text)).toMatch(person);
    expect(cited(a)).toEqual([date]);
  });

  it('"the other one" after a person still points at the other talk', () => {
    const a = lastOf("what was quan's job in the 2020 call?", 'and the other one?');
    expect(cited(a)).toContain('2022-04-19');
  });
});

describe('"the other <thing>" stays at the conversation\'s talk', () => {
  it('the other relationship he named, in 2020', () => {
    const a = lastOf('which partnership did song tao say china treasures with vietnam in 2020?', 'and the other relationship he talked about?');
    expect(a.answered).toBe(true);
    expect(cited(a)).toEqual(['2020-07-29']);
    expect(a.text).toMatch(/neighbourliness/u);
  });

  it('"the other call" still points at the other talk', () => {
    const a = lastOf('what did quan say about the sea in the 2020 call?', 'and in the other round of talks?');
    expect(cited(a)).not.toEqual(['2020-07-29']);
  });

  it('"the other doc they signed" stays the other document', () => {
    const a = lastOf('did they sign a cooperation plan in 2022?', 'what was the other doc they signed');
    expect(a.answered).toBe(true);
    expect(cited(a)).toEqual(['2022-04-19']);
  });
});

describe('a yes/no of what "he" said quotes the conversation\'s talk when it says Yes there', () => {
  it.each(['did he say beijing would keep working together with hanoi?', 'did he say china hopes to keep cooperating with vietnam?'])('after his praise in 2020, %j', (q) => {
    const a = lastOf('what did song tao praise vietnam for in 2020?', q);
    expect(first(a.text)).toMatch(/^Yes/u);
    expect(cited(a)).toEqual(['2020-07-29']);
  });

  it('one naming both talks itself is asked of both', () => {
    const a = lastOf('what did song tao praise vietnam for in 2020?', 'so he spoke for china both times, right?');
    expect(first(a.text)).toMatch(/^Yes/u);
    expect(cited(a)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it('what he said only at the other talk is still found there', () => {
    const a = lastOf('what did song tao praise vietnam for in 2020?', 'did he announce medical supplies for vietnam?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/19 April 2022/u);
  });
});

describe('"was that X talking?": who said what the last answer said', () => {
  it('Quan put forward for Trung\'s words of 2022: No, Trung, at 2022', () => {
    const a = lastOf('what did vietnam say about political trust in the 2022 talks?', 'was that quan speaking?');
    expect(first(a.text)).toMatch(/^No/u);
    expect(a.text).toMatch(/Trung/u);
    expect(cited(a)).toEqual(['2022-04-19']);
  });
});

describe('where the side of the last answer said it', () => {
  it('越方 on the floods, put at the videoconference: No, the 2020 call', () => {
    const a = lastOf('2020年电话会谈中宋涛对洪灾说了什么？', '那越方呢？', '越方是在视频会议上说的吗？');
    expect(first(a.text)).toMatch(/^不是/u);
    expect(cited(a)).toEqual(['2020-07-29']);
  });

  it('the same put at the phone call: Yes', () => {
    const a = lastOf('2020年电话会谈中宋涛对洪灾说了什么？', '那越方呢？', '越方是在电话里说的吗？');
    expect(first(a.text)).toMatch(/^是/u);
    expect(cited(a)).toEqual(['2020-07-29']);
  });
});

describe('a format yes/no carried to another talk', () => {
  it('"was it by phone?" of 2022, then "and in 2020?": Yes, phone', () => {
    const a = lastOf('who were the officials at the 2022 talks?', 'was it done by phone?', 'and in 2020?');
    expect(first(a.text)).toMatch(/^Yes/u);
    expect(cited(a)).toEqual(['2020-07-29']);
  });

  it('"was it by video?" of 2020, then "and in 2022?": Yes', () => {
    const a = lastOf('who were the officials at the 2020 talks?', 'was it over video?', 'what about 2022?');
    expect(first(a.text)).toMatch(/^Yes/u);
    expect(cited(a)).toEqual(['2022-04-19']);
  });
});
