// A person's or a body's contact details (a phone number, an e-mail or postal address, how to reach them) are never in
// the articles: refused in every language, alone and in a conversation, not answered with a role or the talks' format.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';
import { lastOf } from '../support/conversation.js';

const engine = sharedEngine();

describe('contact details asked alone', () => {
  it.each([
    ["What's Song Tao's telephone number?", /^The articles give no contact details/u],
    ['could you share an email address for the Commission for External Relations?', /^The articles give no contact details/u],
    ['how do I contact Hoang Binh Quan directly', /^The articles give no contact details/u],
    ['what is the office address of the International Liaison Department', /^The articles give no contact details/u],
    ['cho tôi xin số điện thoại của ông Lê Hoài Trung', /^Các bài báo không cung cấp thông tin liên hệ/u],
    ['Ban Đối ngoại Trung ương có địa chỉ email nào không?', /^Các bài báo không cung cấp thông tin liên hệ/u],
    ['宋涛的手机号是多少？', /^报道没有提供官员或其所在机构的联系方式/u],
    ['中联部的联系方式有吗？', /^报道没有提供官员或其所在机构的联系方式/u],
  ])('%j is refused as contact details', (q, text) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(text);
  });
});

describe('contact details asked in a conversation', () => {
  it('"his number" after who led the 2020 call: refused, not his post', () => {
    const a = lastOf('who spoke for vietnam on the 2020 phone call?', 'ok and what is his phone number');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/no contact details/u);
  });

  it('the phone number of his commission: refused, not "Yes: it was phone talks"', () => {
    const a = lastOf('what did quan say about the sea?', 'could you give me the telephone number of his commission?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^Yes/u);
  });

  it('in Chinese: 他的电话是多少 after who Song Tao is', () => {
    const a = lastOf('宋涛是谁？', '他的电话是多少？');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/联系方式/u);
  });
});

describe('near cases that stay answered', () => {
  it.each([
    ['was the 2020 meeting a phone call?', /^Yes/u],
    ['cuộc hội đàm năm 2020 diễn ra qua điện thoại phải không?', /^Có/u],
    ['2020年的会谈是打电话吗？', /^是/u],
  ])('%j: the format is still answered', (q, lead) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(lead);
  });

  it('the means of contact between the leaders (之间的联系方式) is how they kept in touch, answered', () => {
    const a = engine.answer('两篇报道里都提到的领导人之间的联系方式是哪一种？');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/通电话|phone/u);
  });

  it('who Song Tao is stays his post', () => {
    expect(engine.answer('who is Song Tao?').text).toMatch(/International Liaison Department/u);
  });
});
