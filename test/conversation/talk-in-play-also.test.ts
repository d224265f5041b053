// "Was Quan in that one too?", "and the 2020 one, also online?": a follow-up with "also" / "too" that asks a talk
// in play ("that one", "that call", "the 2020 one") whether someone named took part or whether it was held some
// way. Checked at that talk, yes or no: not at the named person's own talk, nor told as the format alone.
import { describe, expect, it } from 'vitest';
import { cited, lastOf } from '../support/conversation.js';

const first = (text: string) => text.split('\n')[0] ?? '';

describe('someone named, "also" at the talk in play', () => {
  it.each([
    ['when was the videoconference held?', 'was hoang binh quan on that one too?', /^No/u, '2022-04-19'],
    ['how were the july 2020 talks held?', 'did le hoai trung also take part in that call?', /^No/u, '2020-07-29'],
    ['how were the july 2020 talks held?', 'was trung in that one as well?', /^No/u, '2020-07-29'],
    ['cuộc hội đàm trực tuyến diễn ra khi nào?', 'ông Hoàng Bình Quân cũng tham gia cuộc đó à?', /^Không/u, '2022-04-19'],
    ['视频会谈是哪天？', '黄平君也参加了那次会谈吗？', /^(不|没有)/u, '2022-04-19'],
  ])('%j then %j', (q1, q2, lead, date) => {
    const a = lastOf(q1, q2);
    expect(a.answered).toBe(true);
    expect(first(a.text)).toMatch(lead);
    expect(cited(a)).toContain(date);
  });

  it('one who was there too is a Yes at that talk', () => {
    const a = lastOf('when was the videoconference held?', 'was song tao in that one too?');
    expect(first(a.text)).toMatch(/^Yes/u);
    expect(cited(a)).toContain('2022-04-19');
  });

  it('"that one" after a subject is still the subject, not the talk', () => {
    const a = lastOf('what did quan say about the sea in 2020?', 'did song tao say that too?');
    expect(a.answered).toBe(true);
    expect(cited(a)).toContain('2020-07-29');
  });
});

describe('a format, "also" of another talk, put back with a question mark', () => {
  it.each([
    ['what was the format of the 2022 talks?', 'and the 2020 talks, also by video?', /^No/u, '2020-07-29'],
    ['how was the 2020 meeting held?', 'the 2022 one, by phone too?', /^No/u, '2022-04-19'],
    ['how was the 2020 meeting held?', 'and in 2022, by phone as well?', /^No/u, '2022-04-19'],
    ['how were the 2022 talks held?', 'the 2020 ones, online too?', /^No/u, '2020-07-29'],
  ])('%j then %j', (q1, q2, lead, date) => {
    const a = lastOf(q1, q2);
    expect(a.answered).toBe(true);
    expect(first(a.text)).toMatch(lead);
    expect(cited(a)).toEqual([date]);
  });

  it('the format of another talk asked again is told, not a Yes or No', () => {
    const a = lastOf('how were the 2022 talks held?', 'and the 2020 ones?');
    expect(first(a.text)).toMatch(/^29 July 2020: phone talks/u);
  });

  it('a choice of formats is no claim', () => {
    const a = lastOf('how were the 2022 talks held?', 'and the 2020 one, phone or video?');
    expect(first(a.text)).not.toMatch(/^(Yes|No)\b/u);
    expect(cited(a)).toEqual(['2020-07-29']);
  });
});
