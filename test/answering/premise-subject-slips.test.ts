// Wrong premises put right rather than refused (round 44): a date no talk has, when the format or people and what
// is asked about all point at one talk; a title given in Chinese. Talks that do not exist as named (a date and a format alone, a third round) stay refused.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();

describe('a date no talk has, borne out by the subject asked', () => {
  it.each([
    ['What did they say about the floods in the 2019 phone call?', '29 July 2020', /flood/i],
    ['2019年越中两党对外部门负责人通电话时，越方对中国什么事表示慰问？', '2020年7月29日', /洪|水灾|暴雨/u],
    ['2021年3月那次两党视频会谈上签的干部培训方案管几年？', '2022年4月19日', /干部培训/u],
    ['Hồi tháng 3/2019 ông Hoàng Bình Quân điện đàm với ông Tống Đào và chia buồn về lũ lụt ở Trung Quốc, cuộc đó còn bàn những gì nữa?', '29 tháng 7, 2020', /lũ/u],
  ])('%j is put right to the talk meant, then answered', (q, date, subject) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    const [first] = a.text.split('\n');
    expect(first).toContain(date);
    expect(a.text).toMatch(subject);
  });

  it('a lone year beside a format dates that talk, not a plan: put right by the person named', () => {
    const a = engine.answer('Trong cuộc gọi năm 2021 giữa ông Quân và Song Tao, hai bên nói gì về COVID?');
    expect(a.answered).toBe(true);
    expect(a.text.split('\n')[0]).toContain('29 tháng 7, 2020');
  });

  it.each([
    'What did the two officials talk about during their 2019 video call?',
    '2021年中越两党对外部门负责人的视频会谈都谈了些什么？',
    'Hôm 5/9/2021 ông Tống Đào gọi điện cho ông Hoàng Bình Quân để bàn chuyện gì?',
    'What did Hoang Binh Quan and Song Tao agree on in their March 2021 videoconference?',
    'What did the two sides agree on during their third round of talks in 2021?',
  ])('%j, with nothing more than the date and a format or person, stays refused', (q) => {
    expect(engine.answer(q).answered).toBe(false);
  });
});

describe('Chinese titles and counts', () => {
  it('a wrong title given in Chinese is put right before the answer', () => {
    const a = engine.answer('宋涛在2022年会谈中以中共中央宣传部部长的身份说了些什么？');
    expect(a.answered).toBe(true);
    expect(a.text.split('\n')[0]).toMatch(/^不对/u);
    expect(a.text.split('\n')[0]).toContain('对外联络部');
  });

  it('a count of documents stated in Chinese is compared, not supported', () => {
    expect(engine.check('越方要求中国遵守的五份陆地边界法律文件').verdict).toBe('contradicts');
    expect(engine.check('宋涛是中国外交部长').verdict).toBe('contradicts');
  });
});
