// Follow-ups of round 69: particulars asked in a later clause ("what was happening at sea, like which islands?"), what a
// document holds when no sentence on it lists anything, what came of a hope after the talks ("did china end up doing
// it?"), a purpose asked of the conversation's gift in Vietnamese and Chinese ("số đó", "是用来防洪…"), and a whole
// claimed in Vietnamese against the part the report gives.
import { describe, expect, it } from 'vitest';
import { cited, lastOf } from '../support/conversation.js';

describe('particulars asked in a later clause, which the articles never name', () => {
  it.each([
    ['any problems quan raised in 2020?', 'what was going on at sea, like which islands?'],
    ['what did trung say about the sea in 2022?', 'what happened out there, which islands exactly?'],
  ])('%j then %j is refused as not named', (first, q) => {
    const a = lastOf(first, q);
    expect(a.answered).toBe(false);
    // Since round 109's unnamedParts (data/topics/topics.json), island groups are a part of the sea the articles never
    // name: refused as a thing the articles do not mention ("islands"), no longer as the sea's particulars unnamed.
    expect(a.text).toMatch(/^The articles do not (name them|mention "islands)/u);
  });

  it('asked alone, the later "which islands" is refused too', () => {
    const a = lastOf('what was happening at sea in 2020, like which islands?');
    expect(a.answered).toBe(false);
    // Since round 109's unnamedParts (data/topics/topics.json), island groups are a part of the sea the articles never
    // name: refused as a thing the articles do not mention ("islands"), no longer as the sea's particulars unnamed.
    expect(a.text).toMatch(/^The articles do not (name them|mention "islands)/u);
  });
});

describe('what a document holds, when no sentence on it lists anything', () => {
  it.each(['what projects does the plan include?', 'which activities does the cooperation plan include?'])('%j is refused, not answered with a list of other things', (q) => {
    const a = lastOf(q);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The articles do not say what it contained/u);
  });

  it.each([
    ['2022年会谈时双方签了哪些文件？', '这个计划具体包括哪些项目？'],
    ['Năm 2022 hai bên ký những văn kiện gì?', 'Kế hoạch hợp tác đó gồm những dự án nào?'],
  ])('%j then %j is refused', (first, q) => {
    expect(lastOf(first, q).answered).toBe(false);
  });

  it('what was signed is still answered', () => {
    const a = lastOf('what did they sign in 2022?');
    expect(a.answered).toBe(true);
    expect(cited(a)).toEqual(['2022-04-19']);
  });
});

describe('what came of a hope after the talks', () => {
  it.each(['did china end up doing it?', 'did they end up doing that?'])('%j after the passports hope is refused with the hope', (q) => {
    const a = lastOf('what did trung say about covid travel stuff in the 2022 talks?', q);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The articles do not say it was done/u);
    expect(a.text).toContain('vaccine passports');
  });

  it('"did they eventually do it?" is refused too', () => {
    expect(lastOf('what did trung say about covid travel stuff in the 2022 talks?', 'did they eventually do it?').answered).toBe(false);
  });

  it('a gift reported is still Yes when asked with "end up"', () => {
    const a = lastOf('Did China end up sending medical supplies to Vietnam in 2022?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Yes/u);
    expect(cited(a)).toEqual(['2022-04-19']);
  });
});

describe("a purpose asked of the conversation's gift", () => {
  it.each([
    ['Năm 2022 Trung Quốc tặng Việt Nam cái gì?', 'Số tiền đó có phải để chống lũ không?', /^Không/u],
    ['Năm 2022 Trung Quốc tặng Việt Nam bao nhiêu tiền vật tư y tế?', 'Khoản đó là để khắc phục lũ lụt phải không?', /^Không/u],
    ['宋涛2022年送了越南多少钱的医疗物资？', '是用来防汛的吗？', /^不是/u],
  ])('%j then %j is No: it was for COVID-19', (first, q, lead) => {
    const a = lastOf(first, q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(lead);
    expect(cited(a)).toContain('2022-04-19');
  });

  it('asked alone in Chinese, flood control is No too', () => {
    const a = lastOf('这些医疗物资是用来防洪救灾的吗？');
    expect(a.text).toMatch(/^不是/u);
  });
});

describe('a whole claimed in Vietnamese against the part the report gives', () => {
  it.each(['Năm 2020 vì COVID nên hai bên hủy hết mọi hoạt động giao lưu phải không?', 'Năm 2020 hai bên hủy tất cả các hoạt động giao lưu vì COVID phải không?'])('%j is No, with the exchanges that could not be held', (q) => {
    const a = lastOf(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Không/u);
    expect(cited(a)).toEqual(['2020-07-29']);
  });

  it('as a follow-up it is No too', () => {
    const a = lastOf('Năm 2020 hai nước kỷ niệm bao nhiêu năm thiết lập quan hệ ngoại giao?', 'Vì COVID nên họ hủy hết mọi hoạt động giao lưu phải không?');
    expect(a.text).toMatch(/^Không/u);
    expect(cited(a)).toEqual(['2020-07-29']);
  });
});
