// Absolute yes/no claims ("only", "never", "at all", "không hề", "一点…都没有"): a sentence saying the thing does not say
// nothing else was, or that it never was otherwise, so no Yes rests on it; "only" against the other things the same
// speaker asked for there is No. And Yes where every detail holds: a document's period asked ("áp dụng cho giai đoạn"),
// a person at both talks named by their formats, and an amount.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const first = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';

describe('an absolute the articles do not support is never confirmed', () => {
  it.each([
    '黄平君在2020年通话中是不是说两国关系一点障碍都没有？',
    '黄平君说两国关系一点障碍都没有吗？',
    '2020年通话时，黄平君是不是说两国关系丝毫障碍也没有？',
    'Did Quan say in 2020 there were no obstacles at all in relations?',
    'Ông Hoàng Bình Quân có nói năm 2020 quan hệ hai nước không hề có trở ngại nào không?',
    '黎怀忠是不是仅仅要求中方承认疫苗护照？',
  ])('%s', (q) => {
    expect(first(q)).not.toMatch(/^(Yes|Có|是的|对)/u);
  });

  it('"no obstacle at all" in Chinese is put right with the obstacles reported', () => {
    expect(first('黄平君在2020年通话中是不是说两国关系一点障碍都没有？')).toMatch(/^不是/u);
    expect(first('2022年会谈时双方是不是一点分歧都没有？')).not.toMatch(/^是的/u);
  });
});

describe('"only" against the other things the same speaker asked for is No', () => {
  it.each([
    ['Did Trung only want China to recognise vaccine passports?', /^No\./u],
    ['Ông Trung chỉ đề nghị công nhận hộ chiếu vắc-xin thôi à?', /^Không\./u],
    ['黎怀忠是不是只希望两国互认疫苗护照？', /^不是。/u],
  ])('%s', (q, lead) => {
    const a = engine.answer(q);
    expect(a.text, a.text).toMatch(lead);
    expect(a.citations.some((c) => c.date === '2022-04-19')).toBe(true);
  });

  it('"only" as one of the choices asked, or of who acted, is no claim to deny', () => {
    expect(first('Was trade on the agenda in both talks or only in one of them?')).not.toMatch(/^No\.$/u);
    expect(first('Did only Trung talk about vaccine passports?')).not.toMatch(/^No\.$/u);
  });
});

describe('Yes when every detail holds', () => {
  it.each([
    ['Đề án đào tạo cán bộ giữa hai Đảng có áp dụng cho giai đoạn 2021-2025 không?', /^Có\./u],
    ['Does the cadre training scheme apply to the 2021-2025 period?', /^Yes/u],
    ['Ông Tống Đào có tham gia cả cuộc điện đàm 2020 lẫn cuộc hội đàm trực tuyến 2022 không?', /^Có/u],
    ['Did Song Tao take part in both the phone call and the videoconference?', /^Yes/u],
    ['Vật tư y tế Trung Quốc tặng năm 2022 có trị giá 1,5 triệu nhân dân tệ đúng không?', /^Có\./u],
  ])('%s', (q, lead) => {
    expect(first(q)).toMatch(lead);
  });

  it('a document said to cover one year only is put right with its period', () => {
    const c = engine.check('the cadre training scheme is just a one-year thing for 2021 only');
    expect(c.verdict).toBe('contradicts');
    expect(c.differs.map((d) => d.kind)).toContain('period');
    expect(engine.check('the cooperation plan between the two parties is for 2021 only').verdict).toBe('contradicts');
  });
});
