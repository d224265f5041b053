// A yes/no asking whether someone called for, pushed for, proposed or had a view on a thing is answered by the
// statement that says so, a hope included: Yes where it was said. Only a question asking whether the thing was done
// gets "the articles report it only as hoped for"; nor does one claiming what was said ("did they say X was fine?").
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const firstLine = (q: string) => engine.answer(q).lines[0]?.text ?? '';
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('a wish or a view asked is answered by what was said', () => {
  it.each([
    ['2020年越方是否呼吁依照国际法用和平手段解决争端？', '是的', '2020-07-29'],
    ['黄平君2020年是否呼吁依照国际法解决争端？', '是的', '2020-07-29'],
    ['Did Quan push for settling disputes by peaceful means in 2020?', 'Yes', '2020-07-29'],
    ['Năm 2020 ông Quân có kêu gọi giải quyết tranh chấp bằng biện pháp hòa bình không?', 'Có', '2020-07-29'],
    ['越方2022年对疫苗护照有没有什么想法？', '是的', '2022-04-19'],
    ['Did Vietnam have any views on vaccine passports in 2022?', 'Yes', '2022-04-19'],
    ['Năm 2022 phía Việt Nam có nói gì về hộ chiếu vắc xin không?', 'Có', '2022-04-19'],
    ['2022年越方有没有把东盟拉进来？', '是的', '2022-04-19'],
  ])('%j', (q, yes, date) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(firstLine(q)).toMatch(new RegExp(`^${yes}`, 'u'));
    expect(dates(q)).toEqual([date]);
  });
});

describe('near cases keep their answers', () => {
  it.each([
    ['Have they recognised each other’s vaccine passports?', 'The articles do not say it was done'],
    ['2022年以后两国互认疫苗护照了吗？', '报道没有说这件事已经做到'],
  ])('whether it was done is still only hoped: %j', (q, line) => {
    expect(engine.answer(q).answered).toBe(false);
    expect(firstLine(q)).toContain(line);
  });

  it('a wish the other side is not reported making is No', () => {
    expect(firstLine('Did China call for settling disputes peacefully in 2020?')).toMatch(/^No/u);
  });

  it('whether they said a thing the report contradicts is not Yes', () => {
    expect(firstLine('2022年越方是不是表示中越贸易平不平衡无所谓？')).not.toMatch(/^是的/u);
  });

  it('a view asked of a talk that never raised it is not Yes', () => {
    expect(firstLine('2020年中方对疫苗护照有什么想法吗？')).not.toMatch(/^是的/u);
  });
});
