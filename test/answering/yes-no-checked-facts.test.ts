// Yes/No answers checked against the facts, in all three languages: the side a person is said to speak for against
// his party; a proposal's direction ("reduce" against "promote"); the format only when it is what the question
// claims, not where or when something else is claimed; and a first time, which the articles never state.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const first = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';

describe('the side a person is said to speak for is his party', () => {
  it.each([
    'Did Song Tao speak on behalf of the Vietnamese side?',
    'Song Tao was speaking for Vietnam at both talks, right?',
    'Was Hoang Binh Quan representing the Chinese side in 2020?',
    'Tống Đào thay mặt phía Việt Nam phát biểu phải không?',
    'Lê Hoài Trung có đại diện cho phía Trung Quốc không?',
    '宋涛是代表越方发言的吗？',
    '黎怀忠代表中方参加会谈吗？',
  ])('%j leads with No, citing the talk that names him', (q) => {
    const a = engine.answer(q);
    expect(first(q)).toMatch(/^(No|Không|不是)/u);
    expect(a.citations.length).toBeGreaterThan(0);
  });

  it.each(['Did Song Tao speak for the Chinese side?', 'Did Le Hoai Trung speak on behalf of Vietnam in 2022?'])('%j does not lead with No', (q) => {
    expect(first(q)).not.toMatch(/^No/u);
  });
});

describe('a proposal asked in the reverse direction is No, with the sentence', () => {
  it.each([
    ['Did Le Hoai Trung call for fewer high-level exchanges?', '2022-04-19'],
    ['Did Trung want to scale down high-level exchanges between the two countries?', '2022-04-19'],
    ['黎怀忠是否呼吁减少两国高层交往？', '2022-04-19'],
    ['黎怀忠是不是主张两国减少高层往来？', '2022-04-19'],
  ])('%j leads with No and cites the talk', (q, date) => {
    const a = engine.answer(q);
    expect(first(q)).toMatch(/^(No|不是)/u);
    expect(a.citations.some((c) => c.date === date)).toBe(true);
  });

  it.each(['Did Trung call for reducing goods congestion at the border?', 'Did Le Hoai Trung urge China to reduce congestion of goods?'])(
    '%j, the direction the sentence gives, is Yes',
    (q) => {
      expect(first(q)).toMatch(/^Yes/u);
    },
  );
});

describe('the format answers only a question whose claim is the format', () => {
  it.each(['did Song Tao look tired on the video call?', 'Was Trung smiling on the video call?', 'Did Quan seem nervous during the phone talks?'])(
    '%j is refused: the articles do not say how anyone looked',
    (q) => {
      const a = engine.answer(q);
      expect(a.answered).toBe(false);
      expect(a.text).not.toMatch(/^Yes/u);
    },
  );

  it('a post asked by the time of a talk is about the post, not the format', () => {
    expect(engine.answer('Had Song Tao changed posts by the 2022 videoconference?').text).not.toMatch(/^Yes: it was/u);
  });

  it.each(['Was the 2022 meeting held by video?', 'Did they talk by phone in 2020?', 'Was the 2020 meeting a phone call rather than face to face?'])(
    '%j, the format claimed, is still Yes',
    (q) => {
      expect(first(q)).toMatch(/^Yes/u);
    },
  );
});

describe('a first time is never Yes', () => {
  it.each([
    'Was the 2020 call the first time Song Tao talked with Vietnam\'s external relations chief?',
    'Was the July 2020 phone call the first meeting between Quan and Song Tao?',
    'Cuộc điện đàm năm 2020 có phải là lần đầu tiên ông Tống Đào nói chuyện với Trưởng Ban Đối ngoại Việt Nam không?',
    '2020年的电话会谈是宋涛第一次和越方对外部部长交谈吗？',
  ])('%j, of the earliest talk reported, says the articles cannot tell', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/earlier|trước đó|此前/u);
  });

  it.each(['Was the 2022 videoconference the first time Song Tao talked with Vietnam\'s external relations chief?', 'Was the 2022 videoconference the first meeting between the two departments?'])(
    '%j, after the 2020 talks, is No, citing them',
    (q) => {
      const a = engine.answer(q);
      expect(first(q)).toMatch(/^No/u);
      expect(a.citations.some((c) => c.date === '2020-07-29')).toBe(true);
    },
  );

  it.each(['who was across from him the first time?', '第一次会谈和第二次会谈之间隔了多长时间？'])('%j still reads "first" as the first talk', (q) => {
    expect(engine.answer(q).answered).toBe(true);
  });
});
