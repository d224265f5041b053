// Kinds of miss across both talks from round 69: who took part in both talks, asked with no one named ("which Chinese
// official took part in both sets of talks?"), is the person present at each, said first with no Yes; a yes/no
// clause closed before a question of what about the one it named ("…có dự cả hai không, chức vụ của ông ấy là gì?",
// "…都是宋涛吗？他是什么职务？") leads with its Yes; the parts of one question each talk answers ("两次的互助分别是什么")
// cite both talks; "他们领导的是不是同一个机构" (did they lead the same body?) is the bodies, not the leaders' statements; "援引"
// (cited) asks what was invoked, no opinion.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();
const BOTH = ['2020-07-29', '2022-04-19'];

describe('who took part in both talks, with no one named', () => {
  it.each([
    'Which Chinese official took part in both sets of talks?',
    'which chinese official shows up in both talks?',
    'Which official was present at both rounds of talks?',
    'Who represented China at both rounds?',
  ])('%j names Song Tao first, with no Yes, citing both talks', (q) => {
    const a = engine.answer(q);
    expect(a.text.split('\n')[0]).toBe('Song Tao took part in both talks.');
    expect(dates(q)).toEqual(BOTH);
  });

  it('a side no one of which was at both gets each talk\'s people, with no one said to be at both', () => {
    const a = engine.answer('Which Vietnamese official took part in both talks?');
    expect(a.text).not.toMatch(/took part in both/u);
    expect(a.text).toMatch(/Hoang Binh Quan/u);
    expect(a.text).toMatch(/Le Hoai Trung/u);
  });

  it('a yes/no still leads with Yes', () => {
    expect(engine.answer('Did Song Tao take part in both sets of talks?').text).toMatch(/^Yes: Song Tao took part in both talks\./u);
  });
});

describe('a yes/no clause closed before a question of what', () => {
  it.each([
    ['Ông Tống Đào có dự cả hai không, chức vụ của ông ấy là gì?', /^Có: Tống Đào đã tham gia cả hai cuộc hội đàm\./u, /Ban Liên lạc Đối ngoại/u],
    ['ong tong dao co du ca hai khong, chuc vu cua ong ay la gi?', /^Có: Tống Đào/u, /Ban Liên lạc Đối ngoại/u],
    ['两次会谈中方都是宋涛吗？他是什么职务？', /^是的：宋涛参加了两次会谈。/u, /中共中央对外联络部部长/u],
    ['宋涛两次都参加了吗，他是什么职务？', /^是的：宋涛参加了两次会谈。/u, /中共中央对外联络部部长/u],
  ])('%j leads with Yes and gives the post', (q, lead, post) => {
    const a = engine.answer(q);
    expect(a.text).toMatch(lead);
    expect(a.text).toMatch(post);
    expect(dates(q)).toEqual(BOTH);
  });

  it('a No is still a No', () => {
    expect(engine.answer('Ông Lê Hoài Trung có dự cuộc năm 2020 không, ông ấy giữ chức gì?').text).toMatch(/^Không\./u);
  });

  it('a verb of knowing asks nothing of the talks', () => {
    expect(engine.answer('Bạn có biết không, năm 2022 ký gì?').text).not.toMatch(/^Có/u);
  });

  it.each(['越方出面的人两次是同一个吗？如果换了，是从谁换成谁？', '越方出面的人前后换了吗?分别是谁?'])('%j, a question of its own after the yes/no, names both people', (q) => {
    const a = engine.answer(q);
    expect(a.text).toMatch(/黄平君/u);
    expect(a.text).toMatch(/黎怀忠/u);
  });
});

describe('the parts of one question each talk answers', () => {
  it.each([
    '2020年越南支持中国抗洪，2022年中方又给越南送了东西，两次的互助分别是什么内容？',
    '两次的互助分别是什么内容？',
    'What was the mutual help in each talk?',
  ])('%j answers each talk\'s help', (q) => {
    const a = engine.answer(q);
    expect(a.intent).not.toBe('help');
    expect(a.text).toMatch(/洪|flood/u);
    expect(dates(q)).toEqual(BOTH);
  });

  it.each(['两次会谈越方代表换了人，但他们领导的是不是同一个机构？', '两次会谈越方代表领导的是不是同一个机构？'])('%j is Yes, the same commission', (q) => {
    const a = engine.answer(q);
    expect(a.text).toMatch(/^是的。/u);
    expect(a.text).toMatch(/越共中央对外部部长/u);
    expect(dates(q)).toEqual(BOTH);
  });

  it('"领导人" is still the leaders', () => {
    expect(engine.answer('两党领导的共识是什么？').text).toMatch(/领导人达成的共识/u);
  });

  it.each(['越方两次谈海上问题时，分别援引了什么规则或文件？', '越方两次谈海上问题时援引了哪些文件？'])('%j gives what each talk invoked', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/国际法/u);
    expect(a.text).toMatch(/DOC|COC|行为宣言|行为准则/u);
    expect(dates(q)).toEqual(BOTH);
  });
});
